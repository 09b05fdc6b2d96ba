"""Turning a topic's hits into a score and a sentence a person can check.

Contract (`assess`): pure and deterministic. Evidence is summed per entity:
  * a mention in the title counts the entity's weight, one in the summary weight/title_weight;
  * extra mentions of the same entity add `repeat_bonus` of theirs (at most two);
  * a mention inside an enumeration of three or more countries counts `list_factor` of itself;
  * when the title names another country (a "rival") and nothing of this topic, summary
    evidence is multiplied by `rival_factor`;
  * supporting entities and context words count only once a primary entity matched;
  * entities inside a negative phrase, or whose `unless` words occur, count nothing;
  * an ambiguous alias (a surname, a city that names other things) counts `ambiguous_factor`
    of itself unless another unambiguous topic entity or a context word corroborates it;
  * when the title names another country, the country as a location word ("near the Syrian
    border", "the Syrian side") counts `location_factor` of itself.
score = 1 - exp(-evidence), rounded to two places; tagged when score >= threshold.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from digest.tagging.topic import Hit, Role, Scan, Topic

# Words allowed between two countries of one enumeration ("Iran, Iraq and Syria").
_CONNECTORS = frozenset({"", "and", "or", "et", "ou", "und", "oder", "y", "e", "o", "as well as"})
_MAX_REASONS = 4


@dataclass(frozen=True)
class Assessment:
    """The verdict for one item and one topic, also for items that are not tagged."""

    topic: str
    score: float
    why: str
    tagged: bool


def _contained(hit: Hit, others: list[Hit]) -> bool:
    """True when a longer entity or negative phrase covers this hit."""
    size = hit.end - hit.start
    return any(
        other.start <= hit.start and hit.end <= other.end and other.end - other.start > size
        for other in others
    )


def _in_enumeration(hit: Hit, countries: list[Hit], text: str) -> bool:
    """True when `hit` sits in a run of >= 3 country names joined by commas/connectors."""
    ordered = sorted({(c.start, c.end) for c in countries})
    position = ordered.index((hit.start, hit.end))

    def joined(left: tuple[int, int], right: tuple[int, int]) -> bool:
        gap = text[left[1]:right[0]]
        return "\n" not in gap and gap.strip() in _CONNECTORS

    run = 1
    for step in (-1, 1):
        index = position
        while 0 <= index + step < len(ordered):
            pair = (ordered[index], ordered[index + step])
            if not joined(*(pair if step == 1 else pair[::-1])):
                break
            run += 1
            index += step
    return run >= 3


def _display(topic: Topic, hit: Hit) -> str:
    entity = topic.entities[hit.ref]
    if not entity.group:
        return entity.name
    if not hit.alias.isascii():
        return hit.alias
    # Short single words in a group are acronyms (YPG, SDF); the rest are names.
    return hit.alias.upper() if len(hit.alias) <= 4 and hit.alias.isalpha() else hit.alias.title()


def _usable_entity_hits(topic: Topic, scan: Scan) -> tuple[list[Hit], set[int]]:
    entities = [h for h in scan.hits if h.role is Role.ENTITY]
    blockers = entities + [h for h in scan.hits if h.role is Role.NEGATIVE]
    vetoed = {h.ref for h in scan.hits if h.role is Role.UNLESS}
    kept: dict[tuple[int, int], Hit] = {}
    for hit in entities:
        if hit.ref not in vetoed and not _contained(hit, blockers):
            kept.setdefault((hit.ref, hit.start), hit)
    return list(kept.values()), vetoed


_NEIGHBOURING = ("neighbouring", "neighboring", "neighbour", "neighbor")


def _is_location(hit: Hit, text: str, words: frozenset[str]) -> bool:
    """True when the next word (or the one after a country adjective) is "border", "side"...,
    or the country is "neighbouring Syria" seen from another country's story."""
    if text[max(0, hit.start - 14) : hit.start].rstrip().endswith(_NEIGHBOURING):
        return True
    following = text[hit.end : hit.end + 40].split()[:3]
    if following[:1] == ["s"]:  # "Syria's border"
        following = following[1:]
    return bool(following) and (
        following[0] in words or (len(following) > 1 and following[1] in words)
    )


def _weak_hits(topic: Topic, hits: list[Hit], scan: Scan, has_context: bool) -> dict[Hit, str]:
    """Hits that count only a fraction, with the note the explanation shows for them."""
    spec = topic.spec
    weak: dict[Hit, str] = {}
    if spec.ambiguous and not has_context:
        primary = [h for h in hits if not topic.entities[h.ref].supporting]
        sure = any(h.alias not in spec.ambiguous for h in primary)
        # Two different ambiguous entities ("HTS ... Hama") vouch for each other.
        if not sure and len({h.ref for h in primary}) < 2:
            for hit in hits:
                if hit.alias in spec.ambiguous:
                    weak[hit] = " (ambiguous, nothing corroborates it)"
    rival_title = any(h.role is Role.RIVAL and h.in_title for h in scan.hits)
    if spec.location_words and rival_title:
        for hit in hits:
            if topic.entities[hit.ref].listable and _is_location(hit, scan.text,
                                                                 spec.location_words):
                weak[hit] = " (only as a location)"
    return weak


def assess(topic: Topic, title: str, summary: str) -> Assessment:
    """Score one item against one topic; see the module docstring for the rules."""
    spec = topic.spec
    scan = topic.scan(title, summary)
    hits, vetoed = _usable_entity_hits(topic, scan)
    if not hits:
        why = "no topic words" if not vetoed else "only words ruled out by their context"
        return Assessment(topic.name, 0.0, f"{why}; score 0.00", False)
    context = sorted({h.alias for h in scan.hits if h.role is Role.CONTEXT})
    weak = _weak_hits(topic, hits, scan, bool(context))
    peers = [h for h in scan.hits if h.role is Role.PEER]
    countries = peers + [h for h in hits if topic.entities[h.ref].listable]
    listed = {h for h in hits if topic.entities[h.ref].listable and peers
              and _in_enumeration(h, countries, scan.text)}
    title_primary = any(h.in_title and h not in listed and h not in weak
                        and not topic.entities[h.ref].supporting for h in hits)
    damped = not title_primary and any(h.role is Role.RIVAL and h.in_title for h in scan.hits)
    summary_factor = (spec.rival_factor if damped else 1.0) / spec.title_weight

    factors: dict[int, list[float]] = {}
    first: dict[int, Hit] = {}
    for hit in sorted(hits, key=lambda h: (not h.in_title, h.start)):
        factor = 1.0 if hit.in_title else summary_factor
        if hit in listed:
            factor *= spec.list_factor
        if hit in weak:
            location = weak[hit].endswith("location)")
            factor *= spec.location_factor if location else spec.ambiguous_factor
        factors.setdefault(hit.ref, []).append(factor)
        first.setdefault(hit.ref, hit)
    evidence: dict[int, float] = {}
    for index, values in factors.items():
        values.sort(reverse=True)
        bonus = spec.repeat_bonus * sum(values[1:3])
        evidence[index] = topic.entities[index].weight * (values[0] + bonus)
    primary = sum(v for i, v in evidence.items() if not topic.entities[i].supporting)
    total = 0.0
    if primary > 0:
        supporting = sum(v for i, v in evidence.items() if topic.entities[i].supporting)
        total = primary + supporting + min(spec.context_cap, spec.context_weight * len(context))
    score = round(1.0 - math.exp(-total), 2)

    reasons = []
    for index in sorted(evidence, key=lambda i: -evidence[i])[:_MAX_REASONS]:
        hit = first[index]
        where = "title" if hit.in_title else "summary"
        note = " (in a list of countries)" if hit in listed else weak.get(hit, "")
        reasons.append(f"{_display(topic, hit)} in {where}{note}")
    parts = [", ".join(reasons)]
    if primary <= 0:
        parts.append("only supporting words")
    elif context:
        parts.append("context: " + ", ".join(context[:3]))
    if damped:
        parts.append("title is about another country")
    parts.append(f"score {score:.2f}")
    return Assessment(topic.name, score, "; ".join(parts), score >= spec.threshold)
