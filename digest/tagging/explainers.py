"""Who's who: short neutral explainers of the actors, groups and places a topic's news names.

A topic file keeps them in their own section, after the entities:

    [[explainers]]
    name = "HTS"
    text = "Hayat Tahrir al-Sham, the Islamist group that led the offensive ..."
    match = ["HTS", "Hayat Tahrir al-Sham", "Tahrir al-Sham"]

`match` lists the spellings that mean it (normalised like item text; default: the name).
Contract: `parse_explainers(check, raw)` validates the section and returns Explainer values,
raising the topic file's ValueError (file path first, key named) on a bad entry.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from digest.tagging.normalise import normalise

TEXT_MAX = 400  # one or two sentences
_KEYS = {"name", "text", "match"}


class _Failing(Protocol):
    def fail(self, problem: str) -> ValueError: ...


@dataclass(frozen=True)
class Explainer:
    """Who or what `name` is, in one or two sentences, and the spellings that mean it."""

    name: str
    text: str
    match: tuple[str, ...]  # normalised


def parse_explainers(check: _Failing, raw: Any) -> tuple[Explainer, ...]:
    """The topic file's [[explainers]] tables, validated; names must be unique."""
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise check.fail("explainers must be tables ([[explainers]])")
    found: list[Explainer] = []
    names: set[str] = set()
    for position, table in enumerate(raw):
        where = f"explainers[{position}]"
        if not isinstance(table, dict):
            raise check.fail(f"{where} must be a table ([[explainers]])")
        extra = sorted(set(table) - _KEYS)
        if extra:
            raise check.fail(f"unknown key(s) {', '.join(extra)} in {where}")
        name, text = table.get("name"), table.get("text")
        if not isinstance(name, str) or not name.strip():
            raise check.fail(f"{where}.name must be a non-empty string")
        where = f"explainer {name.strip()!r}"
        if not isinstance(text, str) or not text.strip():
            raise check.fail(f"{where}.text must be a non-empty string")
        if len(text.strip()) > TEXT_MAX:
            raise check.fail(f"{where}.text is over {TEXT_MAX} characters; keep it to two "
                             "sentences")
        spellings = table.get("match", [name])
        if not isinstance(spellings, list) or not all(isinstance(s, str) for s in spellings):
            raise check.fail(f"{where}.match must be a list of strings")
        match = tuple(dict.fromkeys(m for m in (normalise(s) for s in spellings) if m))
        if not match:
            raise check.fail(f"{where}.match has no letters or digits")
        if name.strip().casefold() in names:
            raise check.fail(f"{where} is listed twice")
        names.add(name.strip().casefold())
        found.append(Explainer(name=name.strip(), text=" ".join(text.split()), match=match))
    return tuple(found)
