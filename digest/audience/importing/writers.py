"""Bulk writes that stay fast on both backends: COPY into a temporary table and one
INSERT/UPDATE from it on PostgreSQL, executemany on SQLite.  Values go through each column's
own bind processor, so what is stored is exactly what the ORM would store.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any

from sqlalchemy import JSON, ColumnElement, Table, any_, literal
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.types import TypeEngine


def is_postgres(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def one_of(session: Session, column: ColumnElement[Any] | InstrumentedAttribute[Any],
           values: Sequence[Any],
           item_type: TypeEngine[Any]) -> ColumnElement[bool]:
    """`column IN values`, as `= ANY(array)` on PostgreSQL (one parameter, not thousands)."""
    if is_postgres(session):
        return column == any_(literal(list(values), ARRAY(item_type)))
    return column.in_(values)


def _processed(session: Session, table: Table, columns: Sequence[str],
               rows: Sequence[Sequence[Any]]) -> list[list[Any]]:
    """Column-wise values after each column type's bind processor."""
    dialect = session.get_bind().dialect
    out = []
    for index, name in enumerate(columns):
        values = [row[index] for row in rows]
        column_type = table.c[name].type
        process: Callable[[Any], Any] | None = column_type.bind_processor(dialect)
        if process is None and isinstance(column_type, JSON):
            # psycopg adapts JSON itself for ORM statements; raw arrays need the text.
            process = json.dumps
        if process is not None:
            cache: dict[Any, Any] = {}
            processed = []
            for value in values:
                try:
                    if value not in cache:
                        cache[value] = process(value)
                    processed.append(cache[value])
                except TypeError:  # unhashable (JSON dicts): process every time
                    processed.append(process(value))
            values = processed
        out.append(values)
    return out


def _copy_to_temp(session: Session, table: Table, columns: Sequence[str],
                  values: list[list[Any]]) -> tuple[Any, str]:
    """PostgreSQL: COPY the rows into a temporary table shaped like `table`; (cursor, name)."""
    raw = session.connection().connection.dbapi_connection
    assert raw is not None
    cursor = raw.cursor()
    temp = f"import_{table.name}"
    names = ", ".join(columns)
    cursor.execute(f"DROP TABLE IF EXISTS {temp}")
    cursor.execute(f"CREATE TEMP TABLE {temp} AS SELECT {names} FROM {table.name} WITH NO DATA")
    with cursor.copy(f"COPY {temp} ({names}) FROM STDIN") as copy:
        for row in zip(*values, strict=True):
            copy.write_row(row)
    return cursor, temp


def insert_ignore(session: Session, table: Table, columns: Sequence[str],
                  rows: Sequence[Sequence[Any]], conflict: Sequence[str]) -> None:
    """INSERT the rows, skipping any that collide on `conflict` (added meanwhile)."""
    if not rows:
        return
    names = ", ".join(columns)
    target = ", ".join(conflict)
    values = _processed(session, table, columns, rows)
    if is_postgres(session):
        cursor, temp = _copy_to_temp(session, table, columns, values)
        cursor.execute(f"INSERT INTO {table.name} ({names}) SELECT {names} FROM {temp} "
                       f"ON CONFLICT ({target}) DO NOTHING")
        cursor.execute(f"DROP TABLE {temp}")
        cursor.close()
    else:
        marks = ", ".join("?" for _ in columns)
        session.connection().exec_driver_sql(
            f"INSERT INTO {table.name} ({names}) VALUES ({marks}) "
            f"ON CONFLICT ({target}) DO NOTHING", list(zip(*values, strict=True)))


def update_by_key(session: Session, table: Table, key: Sequence[str], set_columns: Sequence[str],
                  rows: Sequence[Sequence[Any]]) -> None:
    """UPDATE table SET set_columns WHERE key columns match; each row is key values + new values."""
    if not rows:
        return
    columns = [*key, *set_columns]
    values = _processed(session, table, columns, rows)
    if is_postgres(session):
        cursor, temp = _copy_to_temp(session, table, columns, values)
        assignments = ", ".join(f"{c} = {temp}.{c}" for c in set_columns)
        matches = " AND ".join(f"{table.name}.{c} = {temp}.{c}" for c in key)
        cursor.execute(f"UPDATE {table.name} SET {assignments} FROM {temp} WHERE {matches}")
        cursor.execute(f"DROP TABLE {temp}")
        cursor.close()
    else:
        assignments = ", ".join(f"{c} = ?" for c in set_columns)
        matches = " AND ".join(f"{c} = ?" for c in key)
        session.connection().exec_driver_sql(
            f"UPDATE {table.name} SET {assignments} WHERE {matches}",
            [(*row[len(key):], *row[:len(key)]) for row in zip(*values, strict=True)])
