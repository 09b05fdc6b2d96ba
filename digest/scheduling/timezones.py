"""Time zones a person picks from: the common ones first, then every Area/City zone.

`zoneinfo.available_timezones()` also holds aliases and oddities (`localtime`,
`Factory`, `Etc/GMT+3`, `US/Pacific`) that nobody should choose from a list; only
IANA Area/City names and UTC are offered.
"""

from __future__ import annotations

from functools import lru_cache
from zoneinfo import available_timezones

COMMON = ("UTC", "Europe/London", "Europe/Paris", "Europe/Berlin", "Europe/Istanbul",
          "Asia/Damascus", "Asia/Beirut", "Asia/Amman", "Asia/Baghdad", "Asia/Dubai",
          "Africa/Cairo", "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo", "Australia/Sydney",
          "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
          "America/Sao_Paulo")
AREAS = frozenset({"Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
                   "Australia", "Europe", "Indian", "Pacific"})


def is_offered(name: str) -> bool:
    """An IANA Area/City name (or UTC): what a picker lists."""
    return name == "UTC" or name.split("/", 1)[0] in AREAS and "/" in name


@lru_cache(maxsize=1)
def timezone_choices() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(group label, zone names) for a picker: common zones, then all the others A-Z."""
    offered = {name for name in available_timezones() if is_offered(name)} | {"UTC"}
    common = tuple(name for name in COMMON if name in offered)
    rest = tuple(sorted(offered - set(common)))
    return (("Common", common), ("All time zones", rest))


def offered_zone(name: str) -> bool:
    """Whether `name` is one of the zones the picker offers."""
    return any(name in names for _, names in timezone_choices())
