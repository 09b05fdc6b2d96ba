"""Alembic environment: runs against the engine digest hands over."""

from alembic import context

from digest.models import Base

config = context.config
engine = config.attributes["engine"]

with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # Batch mode rebuilds a SQLite table by copy, drop and rename; with foreign keys on,
        # the drop would cascade (rebuilding delivery_batches would delete the deliveries).
        # SQLite's ALTER TABLE procedure turns them off first (only possible outside a
        # transaction) and checks them after.
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        connection.commit()
    try:
        with connection.begin():
            context.configure(
                connection=connection,
                target_metadata=Base.metadata,
                render_as_batch=sqlite,
                compare_type=True,
            )
            context.run_migrations()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration left broken foreign keys: {broken[:5]}")
    finally:
        if sqlite:  # the connection goes back to the pool: enforce foreign keys again
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
            connection.commit()
