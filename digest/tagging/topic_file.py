"""Reading and validating topic data files (TOML).

Contract: `read_topic_file(path)` returns a `TopicSpec` or raises ValueError whose message
starts with the file path and names the offending key, so an admin can fix the file
without reading code. Nothing here compiles or matches; see matcher.py.
"""

from __future__ import annotations

import math
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from digest.tagging.explainers import Explainer, parse_explainers
from digest.tagging.normalise import normalise

_TOP_KEYS = {
    "name", "description", "threshold", "title_weight", "repeat_bonus", "context_weight",
    "context_cap", "list_factor", "rival_factor", "entities", "context", "negative", "rivals",
    "list_peers", "explainers", "epithets", "corroboration",
}
_CORROBORATION_KEYS = {"ambiguous", "factor", "location_words", "location_factor"}
_ENTITY_KEYS = {"name", "weight", "aliases", "unless", "supporting", "listable", "group"}
_DEFAULTS = {
    "threshold": 0.5, "title_weight": 2.0, "repeat_bonus": 0.25, "context_weight": 0.1,
    "context_cap": 0.3, "list_factor": 0.15, "rival_factor": 0.6,
}


@dataclass(frozen=True)
class EntitySpec:
    """One named thing (place, person, group, event) and the spellings that mean it."""

    name: str
    weight: float
    aliases: tuple[str, ...]  # normalised; a trailing "*" marks a word-prefix alias
    unless: tuple[str, ...] = ()
    supporting: bool = False
    listable: bool = False
    group: bool = False  # explanations show the matched alias, not the entity name


@dataclass(frozen=True)
class TopicSpec:
    """Everything a topic file says, validated and normalised."""

    name: str
    description: str
    threshold: float
    title_weight: float
    repeat_bonus: float
    context_weight: float
    context_cap: float
    list_factor: float
    rival_factor: float
    entities: tuple[EntitySpec, ...]
    context: tuple[str, ...]
    negative: tuple[str, ...]
    rivals: tuple[str, ...]
    list_peers: tuple[str, ...]
    explainers: tuple[Explainer, ...] = ()  # who's who (digest.tagging.explainers)
    # Phrases that stand for an entity ("syria s second city" -> "Aleppo"). Stories fold them
    # into the entity so paraphrased reports meet; they never tag on their own.
    epithets: tuple[tuple[str, str], ...] = ()
    # Aliases that also name other things (a surname, a product, a town elsewhere): alone they
    # count `ambiguous_factor` of their evidence; another topic entity or a context word in
    # the item corroborates them.
    ambiguous: frozenset[str] = frozenset()
    ambiguous_factor: float = 1.0
    # Words after the country's name that make it a location ("Syrian border", "Syrian side"):
    # in an item whose title is about another country they count `location_factor`.
    location_words: frozenset[str] = frozenset()
    location_factor: float = 1.0


class _Checker:
    """Validation helpers that prefix every error with the file path."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def fail(self, problem: str) -> ValueError:
        return ValueError(f"topic file {self.path}: {problem}")

    def unknown_keys(self, table: dict[str, Any], allowed: set[str], where: str) -> None:
        extra = sorted(set(table) - allowed)
        if extra:
            raise self.fail(f"unknown key(s) {', '.join(extra)} in {where}")

    def number(self, value: Any, where: str, low: float, high: float) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(f"{where} must be a number, got {value!r}")
        if not (low <= float(value) <= high) or math.isnan(value):
            raise self.fail(f"{where} must be between {low} and {high}, got {value!r}")
        return float(value)

    def text(self, value: Any, where: str) -> str:
        if not isinstance(value, str) or not value.strip():
            raise self.fail(f"{where} must be a non-empty string")
        return value.strip()

    def phrases(self, value: Any, where: str) -> tuple[str, ...]:
        """A list of strings, normalised, de-duplicated, order kept."""
        if not isinstance(value, list):
            raise self.fail(f"{where} must be a list of strings")
        seen: dict[str, None] = {}
        for position, item in enumerate(value):
            raw = self.text(item, f"{where}[{position}]")
            prefix = raw.endswith("*")
            folded = normalise(raw.rstrip("*"))
            if not folded:
                raise self.fail(f"{where}[{position}] {raw!r} has no letters or digits")
            seen[folded + ("*" if prefix else "")] = None
        return tuple(seen)


def _entity(check: _Checker, table: Any, position: int) -> EntitySpec:
    where = f"entities[{position}]"
    if not isinstance(table, dict):
        raise check.fail(f"{where} must be a table ([[entities]])")
    misplaced = sorted((set(table) - _ENTITY_KEYS) & _TOP_KEYS)
    if misplaced:
        raise check.fail(
            f"{', '.join(misplaced)} inside {where}; top-level keys must come before the "
            "first [[entities]] table"
        )
    check.unknown_keys(table, _ENTITY_KEYS, where)
    name = check.text(table.get("name"), f"{where}.name")
    where = f"entity {name!r}"
    if "aliases" not in table:
        raise check.fail(f"{where} has no aliases")
    aliases = check.phrases(table["aliases"], f"{where}.aliases")
    if not aliases:
        raise check.fail(f"{where}.aliases is empty")
    for flag in ("supporting", "listable", "group"):
        if not isinstance(table.get(flag, False), bool):
            raise check.fail(f"{where}.{flag} must be true or false")
    return EntitySpec(
        name=name,
        weight=check.number(table.get("weight", 1.0), f"{where}.weight", 0.0, 10.0),
        aliases=aliases,
        unless=check.phrases(table.get("unless", []), f"{where}.unless"),
        supporting=table.get("supporting", False),
        listable=table.get("listable", False),
        group=table.get("group", False),
    )


def _no_shared_aliases(check: _Checker, entities: list[EntitySpec]) -> None:
    owner: dict[str, str] = {}
    for entity in entities:
        for alias in entity.aliases:
            if alias in owner and owner[alias] != entity.name:
                raise check.fail(
                    f"alias {alias!r} is listed under both {owner[alias]!r} and {entity.name!r}"
                )
            owner[alias] = entity.name


def _epithets(
    check: _Checker, value: Any, entities: list[EntitySpec]
) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        raise check.fail("[epithets] must be a table of \"phrase\" = \"entity name\"")
    names = {entity.name for entity in entities}
    pairs = []
    for phrase, name in value.items():
        target = check.text(name, f"epithets.{phrase!r}")
        if target not in names:
            raise check.fail(f"epithets.{phrase!r} names unknown entity {target!r}")
        folded = normalise(phrase)
        if not folded:
            raise check.fail(f"epithet {phrase!r} has no letters or digits")
        pairs.append((folded, target))
    return tuple(pairs)


def _corroboration(check: _Checker, value: Any) -> dict[str, Any]:
    """The [corroboration] table as TopicSpec keyword arguments."""
    if not isinstance(value, dict):
        raise check.fail("[corroboration] must be a table")
    check.unknown_keys(value, _CORROBORATION_KEYS, "[corroboration]")
    return {
        "ambiguous": frozenset(
            check.phrases(value.get("ambiguous", []), "corroboration.ambiguous")
        ),
        "ambiguous_factor": check.number(value.get("factor", 1.0), "corroboration.factor", 0, 1),
        "location_words": frozenset(
            check.phrases(value.get("location_words", []), "corroboration.location_words")
        ),
        "location_factor": check.number(
            value.get("location_factor", 1.0), "corroboration.location_factor", 0, 1
        ),
    }


def parse_topic(data: dict[str, Any], path: Path) -> TopicSpec:
    """Validate an already-parsed TOML document; `path` is only used in messages."""
    check = _Checker(path)
    check.unknown_keys(data, _TOP_KEYS, "the top level")
    raw_entities = data.get("entities")
    if not isinstance(raw_entities, list) or not raw_entities:
        raise check.fail("needs at least one [[entities]] table")
    entities = [_entity(check, table, i) for i, table in enumerate(raw_entities)]
    _no_shared_aliases(check, entities)
    numbers = {
        key: check.number(data.get(key, default), key, 0.0, 100.0)
        for key, default in _DEFAULTS.items()
    }
    if not 0.0 < numbers["threshold"] < 1.0:
        raise check.fail(f"threshold must be strictly between 0 and 1, got {numbers['threshold']}")
    if numbers["title_weight"] < 1.0:
        raise check.fail("title_weight must be at least 1 (a title match counts at least as much)")
    corroboration = _corroboration(check, data.get("corroboration", {}))
    return TopicSpec(
        ambiguous=corroboration["ambiguous"],
        ambiguous_factor=corroboration["ambiguous_factor"],
        location_words=corroboration["location_words"],
        location_factor=corroboration["location_factor"],
        name=check.text(data.get("name"), "name"),
        description=str(data.get("description", "")).strip(),
        entities=tuple(entities),
        context=check.phrases(data.get("context", []), "context"),
        negative=check.phrases(data.get("negative", []), "negative"),
        rivals=check.phrases(data.get("rivals", []), "rivals"),
        list_peers=check.phrases(data.get("list_peers", []), "list_peers"),
        explainers=parse_explainers(check, data.get("explainers")),
        epithets=_epithets(check, data.get("epithets", {}), entities),
        **numbers,
    )


def read_topic_file(path: Path) -> TopicSpec:
    """Read and validate one topic file; ValueError names the file and the problem."""
    try:
        with path.open("rb") as handle:
            data = tomllib.load(handle)
    except FileNotFoundError:
        raise ValueError(f"topic file {path}: not found") from None
    except OSError as error:
        raise ValueError(f"topic file {path}: cannot be read ({error.strerror})") from None
    except tomllib.TOMLDecodeError as error:
        raise ValueError(f"topic file {path}: invalid TOML ({error})") from None
    return parse_topic(data, path)
