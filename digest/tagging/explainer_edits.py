"""Pure edits of a topic file's who's-who section, for the admin console's explainers form.

Contract:
- `explainer_tables(definition)` returns the [[explainers]] tables of a topic's TOML as
  written (name, text, match with the admin's own spellings), ValueError on invalid TOML;
- `with_explainer(definition, original=, name=, text=, match=)` adds an explainer (`original`
  empty) or replaces the one named `original`, keeping its place; `without_explainer(...)`
  removes one. Both return the whole definition with every other line as it was (the
  explainers are written back as one section at the end) and check that by re-reading it:
  if anything but the explainers would change, they raise ValueError instead of losing it.
Validation of the explainers themselves (lengths, duplicates) is the topic file's
(digest.tagging.explainers.parse_explainers), run when the result is compiled.
"""

from __future__ import annotations

import json
import re
import tomllib
from collections.abc import Sequence
from typing import Any

_HEADER = re.compile(r"^\s*\[")
_EXPLAINERS = re.compile(r"^\s*\[\[\s*explainers\s*\]\]\s*(#.*)?$")
Table = dict[str, Any]


def _parse(definition: str) -> dict[str, Any]:
    try:
        return tomllib.loads(definition)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(f"the topic's TOML is invalid ({exc}); fix it on the topic page "
                         "first") from None


def explainer_tables(definition: str) -> list[Table]:
    """The [[explainers]] tables as written in the topic's TOML."""
    raw = _parse(definition).get("explainers", [])
    if not isinstance(raw, list):
        raise ValueError("explainers must be tables ([[explainers]])")
    return [dict(table) for table in raw if isinstance(table, dict)]


def _toml(value: Any) -> str:
    # JSON strings and arrays of strings are valid TOML basic strings and arrays.
    return json.dumps(value, ensure_ascii=False)


def _render(tables: Sequence[Table]) -> str:
    blocks = []
    for table in tables:
        lines = ["[[explainers]]"] + [f"{key} = {_toml(value)}" for key, value in table.items()]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


def _replace_section(definition: str, tables: Sequence[Table]) -> str:
    kept: list[str] = []
    skipping = False
    for line in definition.splitlines():
        if _EXPLAINERS.match(line):
            skipping = True
            continue
        if skipping and _HEADER.match(line):
            skipping = False
        if not skipping:
            kept.append(line)
    body = "\n".join(kept).rstrip()
    section = _render(tables)
    result = f"{body}\n\n{section}\n" if section else f"{body}\n"
    before, after = _parse(definition), _parse(result)
    before.pop("explainers", None)
    written = after.pop("explainers", [])
    if before != after or written != [dict(t) for t in tables]:
        raise ValueError("the explainers could not be rewritten without changing the rest of "
                         "the topic; edit the TOML on the topic page instead")
    return result


def with_explainer(definition: str, *, original: str, name: str, text: str,
                   match: Sequence[str]) -> str:
    """The definition with explainer `name` added, or replacing `original` in its place."""
    tables = explainer_tables(definition)
    table: Table = {"name": name.strip(), "text": " ".join(text.split())}
    spellings = [s.strip() for s in match if s.strip()]
    if spellings:
        table["match"] = spellings
    places = [i for i, t in enumerate(tables) if original and t.get("name") == original]
    if original and not places:
        raise ValueError(f"no explainer named {original!r}; it may have been renamed or "
                         "removed meanwhile")
    if places:
        tables[places[0]] = table
    else:
        tables.append(table)
    return _replace_section(definition, tables)


def without_explainer(definition: str, name: str) -> str:
    """The definition without the explainer named `name`."""
    tables = explainer_tables(definition)
    left = [t for t in tables if t.get("name") != name]
    if len(left) == len(tables):
        raise ValueError(f"no explainer named {name!r}")
    return _replace_section(definition, left)
