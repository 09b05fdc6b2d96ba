"""Names folded through a topic's own entity data: spellings, transliterations and epithets.

Contract: `Folding.apply(lowered_text)` replaces every alias of a named (non-group) entity of
the topic, and every epithet the topic lists ("syria's second city"), with one token for the
entity ("aleppo"), so "Halab", "Alep", "Aleppo" and "Syria's second city" meet in story and
storyline scoring. Group entities ("Other Syrian places") are skipped: their aliases name
different things. Prefix aliases ("syrien*") are skipped: they only make sense to the tagger.
`builtin_folding()` folds through every built-in topic and is built once per process.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache

from digest.tagging.topic_file import TopicSpec

_LEADING_ARTICLE = re.compile(r"^(?:al|el|the)\s+")
_PARENTHESES = re.compile(r"\([^)]*\)")


def entity_token(name: str) -> str:
    """One token for an entity name: "Deir ez-Zor" -> "deirezzor", "al-Sharaa" -> "sharaa"."""
    plain = _PARENTHESES.sub(" ", name.lower()).replace("-", " ").strip()
    plain = _LEADING_ARTICLE.sub("", plain)
    return re.sub(r"\W+", "", plain)


def _phrase_pattern(phrase: str) -> str:
    # Topic phrases are normalised (punctuation became spaces), so any run of non-word
    # characters between their words matches: "deir ez zor" finds "Deir ez-Zor" and "syria s"
    # finds "Syria's".
    return r"[\W_]+".join(re.escape(word) for word in phrase.split())


@dataclass(frozen=True)
class Folding:
    """A compiled phrase -> token table (empty folds nothing)."""

    table: dict[str, str]
    pattern: re.Pattern[str] | None

    @cached_property
    def tokens(self) -> frozenset[str]:
        """Every entity token this folding produces (they all name something)."""
        return frozenset(self.table.values())

    def apply(self, lowered: str) -> str:
        """Lower-case text with every known phrase replaced by its entity token."""
        if self.pattern is None:
            return lowered
        table = self.table
        return self.pattern.sub(
            lambda match: " " + table[" ".join(re.findall(r"[^\W_]+", match.group(0)))] + " ",
            lowered,
        )


def folding_for(specs: Iterable[TopicSpec]) -> Folding:
    """The folding table of one or more topics (later topics do not override earlier ones)."""
    table: dict[str, str] = {}
    for spec in specs:
        tokens = {entity.name: entity_token(entity.name) for entity in spec.entities}
        for entity in spec.entities:
            if entity.group:
                continue
            for alias in entity.aliases:
                if not alias.endswith("*"):
                    table.setdefault(alias, tokens[entity.name])
        for phrase, name in spec.epithets:
            table.setdefault(phrase, tokens[name])
    if not table:
        return Folding({}, None)
    alternatives = sorted(table, key=lambda phrase: (-len(phrase), phrase))
    pattern = re.compile(
        r"(?<![^\W_])(?:" + "|".join(_phrase_pattern(p) for p in alternatives) + r")(?![^\W_])"
    )
    return Folding(table, pattern)


@lru_cache(maxsize=1)
def builtin_folding() -> Folding:
    """Folding through every built-in topic (the `digest cluster` default)."""
    from digest.tagging import builtin_topic_names, load_topic

    return folding_for(load_topic(name).spec for name in builtin_topic_names())
