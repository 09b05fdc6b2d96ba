"""Pure event types: the kind of event a report tells, from words any outlet would use.

Two reports of one thread often share no name at all ("Obama seeks Congress vote on Syria
strike" and "Russia urges Syria to hand over chemical arms" are both the chemical-weapons
crisis), but they share the kind of event. `event_types(text)` returns the types whose words
occur in a text, as names the thread check can weigh like any other ("type:chemical").
Only distinctive kinds are listed: "offensive", "strike" or "killed" occur in every thread of
a war and would join threads that have nothing else in common.

The words are matched on token stems (digest.stories.text.tokens), so "smugglers",
"smuggling" and "smuggled" meet.
"""

from __future__ import annotations

from digest.stories.text import tokens

_TYPES: dict[str, tuple[str, ...]] = {
    "chemical": ("chemical", "sarin", "chlorine", "nerve agent", "poison gas", "gas attack",
                 "opcw", "chemical weapons"),
    "quake": ("earthquake", "quake", "tremor", "aftershock", "rubble", "magnitude"),
    "drugs": ("captagon", "drug", "drugs", "smuggling", "smuggler", "smugglers",
              "amphetamine", "crystal meth", "trafficking", "narcotics"),
    "detainees": ("detainee", "detainees", "prison", "prisoners", "mass grave", "missing",
                  "disappeared", "jail", "torture"),
    "sanctions": ("sanction", "sanctions", "caesar act", "embargo", "terrorist designation",
                  "designation"),
    "talks": ("talks", "negotiations", "roadmap", "peace process", "resolution",
              "transition", "envoy"),
    "refugees": ("refugee", "refugees", "asylum", "migrants", "displaced", "fled", "exodus"),
    "siege": ("siege", "besieged", "encircled", "encircle", "trapped", "starvation"),
    "evacuation": ("evacuation", "evacuated", "evacuate", "buses", "surrender deal",
                   "leave for idlib"),
    "truce": ("ceasefire", "truce", "pause", "de escalation", "humanitarian corridor"),
    "aid": ("aid", "convoy", "crossing", "crossings", "humanitarian", "relief", "donors"),
    "normalisation": ("arab league", "normalise", "normalisation", "readmit", "readmits",
                      "isolation", "summit", "diplomatic relations", "embassy"),
    "sectarian": ("alawite", "alawites", "druze", "sectarian", "bedouin", "reprisal",
                  "revenge killings"),
}


def _stems(phrase: str) -> tuple[str, ...]:
    return tuple(tokens(phrase))


_PATTERNS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (kind, stems) for kind, words in _TYPES.items() for stems in map(_stems, words) if stems
)


def event_types(text: str) -> frozenset[str]:
    """The distinctive event types a text tells, as "type:<kind>" names."""
    words = tokens(text)
    found: set[str] = set()
    single = set(words)
    joined = f" {' '.join(words)} "
    for kind, stems in _PATTERNS:
        hit = stems[0] in single if len(stems) == 1 else f" {' '.join(stems)} " in joined
        if hit:
            found.add(f"type:{kind}")
    return frozenset(found)
