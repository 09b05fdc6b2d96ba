"""Compiled topics: one Aho-Corasick automaton per topic, built once and shared.

Contract: `Topic` is immutable after construction and safe to reuse across items and
threads (pyahocorasick automata are read-only once built). `Topic.scan(title, summary)`
returns every raw hit with its position; scoring lives in scoring.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import Any, NamedTuple

import ahocorasick

from digest.tagging.normalise import normalise
from digest.tagging.topic_file import EntitySpec, TopicSpec


class Role(Enum):
    """What a phrase means to the scorer."""

    ENTITY = "entity"
    NEGATIVE = "negative"
    UNLESS = "unless"
    CONTEXT = "context"
    RIVAL = "rival"
    PEER = "peer"


class Hit(NamedTuple):
    """A phrase found in the normalised item; start/end bound the words (no spaces)."""

    role: Role
    ref: int  # entity index for ENTITY/UNLESS, phrase index otherwise
    start: int
    end: int
    in_title: bool
    alias: str


@dataclass(frozen=True)
class Scan:
    """All hits for one item plus the normalised text they point into."""

    text: str
    hits: tuple[Hit, ...]


_ARABIC_PROCLITICS = ("و", "ب", "ل", "ف", "وب", "ول")  # and, in/with, to/for, so


def _with_arabic_clitics(alias: str) -> list[str]:
    """Arabic writes "and", "in", "to" joined to the next word: وسوريا, بدمشق, للسوريين."""
    if not ("\u0600" <= alias[:1] <= "\u06ff"):
        return [alias]
    stem = alias[2:] if alias.startswith("ال") else None
    variants = [alias] + [prefix + alias for prefix in _ARABIC_PROCLITICS]
    if stem:
        variants.append("لل" + stem)  # li + al- contracts to lil-
    return variants


def _pattern(phrase: str) -> str:
    """Pad with spaces so a match can only start and end on word boundaries."""
    if phrase.endswith("*"):
        return " " + phrase[:-1]
    return " " + phrase + " "


class Topic:
    """A compiled topic. Build with `Topic(spec)` or `load_topic(...)`."""

    __slots__ = ("_spec", "_automaton")
    _spec: TopicSpec
    _automaton: Any

    def __init__(self, spec: TopicSpec) -> None:
        object.__setattr__(self, "_spec", spec)
        object.__setattr__(self, "_automaton", self._build(spec))

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Topic is immutable; load a new one instead")

    @property
    def spec(self) -> TopicSpec:
        return self._spec

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def description(self) -> str:
        return self.spec.description

    @property
    def threshold(self) -> float:
        return self.spec.threshold

    @property
    def entities(self) -> tuple[EntitySpec, ...]:
        return self.spec.entities

    @staticmethod
    def _build(spec: TopicSpec) -> Any:
        roles: dict[str, list[tuple[Role, int, str]]] = {}

        def add(phrase: str, role: Role, index: int) -> None:
            roles.setdefault(_pattern(phrase), []).append((role, index, phrase.rstrip("*")))

        for index, entity in enumerate(spec.entities):
            for alias in entity.aliases:
                for variant in _with_arabic_clitics(alias):
                    add(variant, Role.ENTITY, index)
            for word in entity.unless:
                add(word, Role.UNLESS, index)
        lists = ((Role.NEGATIVE, spec.negative), (Role.CONTEXT, spec.context),
                 (Role.RIVAL, spec.rivals), (Role.PEER, spec.list_peers))
        for role, phrases in lists:
            for index, phrase in enumerate(phrases):
                add(phrase, role, index)
        automaton = ahocorasick.Automaton()
        for pattern, meanings in roles.items():
            names_entity = any(role is Role.ENTITY for role, _, _ in meanings)
            automaton.add_word(pattern, (len(pattern), names_entity, tuple(meanings)))
        automaton.make_automaton()
        return automaton

    def scan(self, title: str, summary: str) -> Scan:
        """Find every phrase of this topic in the item (pure; no scoring).

        When no entity alias occurs at all, `hits` is empty: nothing else can matter then,
        and skipping the bookkeeping keeps off-topic items (the vast majority) cheap.
        """
        title_text = normalise(title)
        text = f" {title_text} \n {normalise(summary)} "
        found = list(self._automaton.iter(text))
        if not any(value[1] for _, value in found):
            return Scan(text, ())
        title_end = len(title_text) + 2
        hits = []
        for last, (length, _, meanings) in found:
            start = last - length + 2  # skip the leading space
            end = last if text[last] == " " else last + 1
            for role, index, alias in meanings:
                hits.append(Hit(role, index, start, end, start < title_end, alias))
        return Scan(text, tuple(hits))

    def __repr__(self) -> str:
        return f"Topic({self.name!r}, {len(self.entities)} entities)"
