"""Knobs of the story and storyline scorers, in one frozen value the benchmark can vary."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta


@dataclass(frozen=True)
class Tuning:
    """Knobs of the story scorer; defaults were chosen on tests/data/stories/dev_tune.jsonl."""

    text_weight: float = 0.7
    entity_weight: float = 0.3
    threshold: float = 0.08
    grace_hours: float = 6.0  # no time penalty while reports are this close
    half_life_hours: float = 24.0  # beyond the grace, the score halves after this long
    same_source_penalty: float = 0.5  # an outlet rarely files the same event twice
    place_conflict_penalty: float = 0.5  # headlines naming different towns, none in common
    storyline_threshold: float = 0.08
    storyline_window: timedelta = timedelta(days=30)
    storyline_half_life_days: float = 30.0  # a link weakens as the gap between stories grows
    storyline_anchor_penalty: float = 0.5  # no shared actor or place beyond the background
    storyline_linkage: float = 0.7  # mean link to a group, as a share of the threshold
    storyline_support: int = 0  # links that mean counts, strongest first (0: all in the window)
    # Chaining along time (0: off): a link this strong between stories at most this many days
    # apart that share names this specific (summed rarity, see storylines.py) joins threads.
    storyline_chain_threshold: float = 0.06
    storyline_chain_days: float = 21.0
    storyline_chain_shared: float = 1.0
    # Semantic path (only used with an embedder): how much the embedding cosine counts, and the
    # cosine that means "unrelated" for these short news texts (mapped to 0).
    semantic_weight: float = 0.5
    semantic_floor: float = 0.35
    storyline_semantic_weight: float = 0.5
    storyline_semantic_floor: float = 0.45


# The semantic path scores on a different scale, so it has its own defaults, chosen on the
# tune split with `bench/cluster.py --sweep semantic`.
SEMANTIC_TUNING = Tuning(
    threshold=0.1, semantic_weight=0.7, semantic_floor=0.25, half_life_hours=18.0,
    storyline_support=2, storyline_linkage=1.0, storyline_semantic_floor=0.6,
    storyline_chain_days=30.0, storyline_chain_shared=1.5,
)


def default_tuning(semantic: bool) -> Tuning:
    """The knobs `cluster_items` uses on the default or the semantic path."""
    return SEMANTIC_TUNING if semantic else Tuning()
