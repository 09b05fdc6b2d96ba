"""Stories: cluster items that report one event, link stories into storylines, tell kinds."""

from digest.stories.clustering import cluster_items
from digest.stories.kinds import classify_kind
from digest.stories.leads import also_reported_by, pick_lead
from digest.stories.model import Assignment, Kind, StoryItem

__all__ = [
    "Assignment",
    "Kind",
    "StoryItem",
    "also_reported_by",
    "classify_kind",
    "cluster_items",
    "pick_lead",
]
