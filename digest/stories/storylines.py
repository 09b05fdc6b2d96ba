"""Stories linked into storylines: one thread followed over weeks.

Contract of `storyline_groups`: pure and deterministic; returns groups of story numbers.
Two stories link when they share the actors and events of a thread, not merely the setting:
  * each story's profile is the mean of its items' TF-IDF vectors with the background removed
    (the topic country, its capital and words every report of the war uses: "Syria",
    "Damascus", "government", "army"), so two threads of the same weeks in the same country
    do not look alike for that alone;
  * a link without any shared named actor or place beyond the background is damped;
  * the score weakens as the gap between the stories grows (half-life in days);
  * on the semantic path the stories' mean embeddings join the score.
Groups then merge strongest link first under average linkage over the story pairs within the
storyline window: a thread grows by links to most of it, not by one loose link at its edge,
which is what stitched parallel threads (an offensive, an incursion, an aid story) together.
Then threads are chained along time: a thread that runs for weeks while its words change (an
offensive, a city's fall, the reactions, a transition) is not alike on average, but each
development resembles the one just before it. A group joins another when one of its stories
has a strong link (`storyline_chain_threshold`) to a story of the other at most
`storyline_chain_days` apart and the two share at least `storyline_chain_shared` named actors
or places beyond the background; a shared country, capital and weeks never chain two threads.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from digest.stories.lexicon import BACKGROUND
from digest.stories.model import StoryItem
from digest.stories.semantic import Embedding, mean_direction
from digest.stories.semantic import cosine as dot
from digest.stories.tuning import Tuning
from digest.stories.unionfind import UnionFind
from digest.stories.vectors import Profile, centroid, cosine

_DAY = 86_400.0


def _foreground(profile: Profile) -> dict[str, float]:
    return {term: weight for term, weight in profile.vector.items() if term not in BACKGROUND}


class _Links:
    """Link scores of story pairs within the window, the days between them and the named
    actors and places (beyond the background) each pair shares."""

    def __init__(self) -> None:
        self.scores: dict[tuple[int, int], float] = {}
        self.days: dict[tuple[int, int], float] = {}
        self.shared: dict[tuple[int, int], float] = {}


def _link_scores(
    ordered: Sequence[StoryItem],
    profiles: Sequence[Profile],
    stories: list[list[int]],
    tuning: Tuning,
    embeddings: Sequence[Embedding] | None,
) -> _Links:
    vectors = [centroid(_foreground(profiles[i]) for i in story) for story in stories]
    anchors = [
        {name for i in story for name in profiles[i].entities} - BACKGROUND for story in stories
    ]
    # How specific a name is: rare across the batch's stories (a town, a commander) weighs
    # more than one most stories name ("Islamic State" in a year of the war against it).
    # Scaled by the rarity of a name only one story carries, so the measure means about the
    # same in a day's batch and in a year's.
    spread = Counter(name for names in anchors for name in names)
    most = math.log((1 + len(stories)) / 2) or 1.0
    rarity = {name: math.log((1 + len(stories)) / (1 + count)) / most
              for name, count in spread.items()}
    meanings = None
    if embeddings is not None:
        meanings = [mean_direction([embeddings[i] for i in story]) for story in stories]
    spans = [
        (min(ordered[i].published for i in story), max(ordered[i].published for i in story))
        for story in stories
    ]
    links = _Links()
    for a in range(len(stories)):
        for b in range(a + 1, len(stories)):
            gap = max(spans[a][0], spans[b][0]) - min(spans[a][1], spans[b][1])
            if gap > tuning.storyline_window:
                continue
            score = cosine(vectors[a], vectors[b])
            common = anchors[a] & anchors[b]
            if not common:
                score *= tuning.storyline_anchor_penalty
            if meanings is not None:
                weight = tuning.storyline_semantic_weight
                floor = tuning.storyline_semantic_floor
                meaning = max(0.0, (dot(meanings[a], meanings[b]) - floor) / (1 - floor))
                score = (1 - weight) * score + weight * meaning
            days = max(0.0, gap.total_seconds() / _DAY)
            links.scores[(a, b)] = score / (1 + days / tuning.storyline_half_life_days)
            links.days[(a, b)] = days
            links.shared[(a, b)] = sum(rarity[name] for name in common)
    return links


def _chain(lines: UnionFind, links: _Links, tuning: Tuning) -> None:
    """Joins groups through strong links between stories close in time that share specific
    names (see the module contract), strongest link first."""
    if not tuning.storyline_chain_threshold:
        return
    for pair in sorted(links.scores, key=lambda pair: (-links.scores[pair], pair)):
        if links.scores[pair] < tuning.storyline_chain_threshold:
            break
        if (links.days[pair] <= tuning.storyline_chain_days
                and links.shared[pair] >= tuning.storyline_chain_shared):
            lines.union(*pair)


def storyline_groups(
    ordered: Sequence[StoryItem],
    profiles: Sequence[Profile],
    stories: list[list[int]],
    tuning: Tuning,
    embeddings: Sequence[Embedding] | None = None,
) -> list[list[int]]:
    """Story numbers grouped into storylines (see the module contract)."""
    links = _link_scores(ordered, profiles, stories, tuning, embeddings)
    scores = links.scores
    lines = UnionFind(len(stories))
    threshold = tuning.storyline_threshold
    for a, b in sorted(scores, key=lambda pair: (-scores[pair], pair)):
        if scores[(a, b)] < threshold:
            break
        left, right = lines.members(a), lines.members(b)
        if left is right:
            continue
        near = sorted((scores[(min(x, y), max(x, y))] for x in left for y in right
                       if (min(x, y), max(x, y)) in scores), reverse=True)
        # Mean of the strongest links, at most `storyline_support` of them (0: all of them):
        # a thread's new development resembles its recent stories, not every earlier one.
        if tuning.storyline_support:
            near = near[: tuning.storyline_support]
        if sum(near) / len(near) >= threshold * tuning.storyline_linkage:
            lines.union(a, b)
    _chain(lines, links, tuning)
    return lines.groups()
