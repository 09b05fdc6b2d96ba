"""Pure casing of a quoted sentence after the day a backstory line opens with.

A line reads "On Tuesday, rebels captured Hama ...": the quoted sentence keeps every word as
written except its first, which is lower case when it is a common word ("The", "Polls",
"Fourteen", "Rebel-held") and keeps its capital when it names someone or something
("Syrian", "Islamist", "Ahmed", "Security Council"). A word is common when it is in the
lists below or when the reports around the sentence write it in lower case ("Cars queued"
-> "cars queued": "cars" appears lower case); a word never seen so keeps its capital: a name
lower-cased is worse than a common word left capitalised.
"""

from __future__ import annotations

import re

# Sentence-opening words that are not names, lower-cased after "On Tuesday, " (so is the
# first part of a hyphenated word whose second part is lower case, "Rebel-held", but not
# "As-Safir" or "At-Tanf"; and a number word, "Fourteen"). Anything else keeps its capital:
# "Syrian", "Islamist", "Hayat" or "Ahmed" must not become lower case.
_LOWER_WORDS = """
    The A An At In On After Before During More Most Several Some Many Each Both All Any Other
    No Neither Half Nearly About Around Among Between Within Under Since While If As By For
    From Over Up With Despite Following It Its He His She Her They Their This That These Those
    Dozens Hundreds Thousands Tens Rebels Regime Troops Fighters Insurgents Gunmen Militants
    Jihadists Activists Residents Locals Crowds Warplanes Investigators Searchers Buses Convoys
    Donors Jihadist Forces Clashes Fighting Rescuers Rescue Police Protesters Demonstrators
    Civilians Families Women Men Children Officials Satellite Soldiers Militias Interim Former
    Heavy Deadly Fierce Huge Entire Fresh Renewed Rival Religious
    Preliminary Anti Pro Explosive Aerial Airstrikes Strikes Drones Rockets Shells Mortar Tanks
    Guns Shots Aid Food Refugee Refugees Voting Polling Polls Candidates Talks Meeting
    Delegations Delegates Leaders Lawmakers Ministers Diplomats Reports Monitors
    Observers Witnesses Medics Analysts Journalists Staff Organisers Volunteers
    Survivors Mourners Coffins Bodies Funerals Wounded Remains Footage Video Videos Sanctions
    Curfews Shops Roads Crossing Days Tests Groups Neighbours Calm Loss Authorities
"""
_LOWER_FIRST = frozenset(_LOWER_WORDS.split())
# Words that begin a title or a name as often as a plain phrase: lower-cased only when the
# next word is ("security forces", but "Security Council", "Deputy Foreign Minister Mekdad",
# "Doctors Without Borders", "New York-based", "Major General").
_TITLE_WORDS = """
    President Secretary Interior Defence Foreign Deputy Senior State Security Army Government
    Opposition Military Air Mission Spokesman Official Local Tribal Armed Rebel New First Long
    Major Doctors Sources
"""
_TITLE_FIRST = frozenset(_TITLE_WORDS.split())
_NUMBER_WORDS = re.compile(
    r"(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen"
    r"|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy"
    r"|Eighty|Ninety)(?:-[a-z]+)?")


def first_word(text: str) -> str:
    """The sentence's first word as `after_the_day` weighs it ("Rebel-held" -> "Rebel")."""
    return text.partition(" ")[0].partition("-")[0].rstrip(",;:")


def after_the_day(text: str, written_lower: bool = False) -> str:
    """The sentence as it reads after "On Tuesday, " (module docstring). `written_lower`:
    the reports around it write its first word in lower case ("cars", "international"),
    so it is a common word too, unless the next word is capitalised ("Security Council")."""
    first, _, rest = text.partition(" ")
    head, dash, tail = first.partition("-")
    if dash and not tail[:1].islower():  # "As-Safir", "At-Tanf": a name
        return text
    bare = head.rstrip(",;:")
    title = (bare in _TITLE_FIRST or written_lower) and (dash or not rest[:1].isupper())
    if bare in _LOWER_FIRST or title or _NUMBER_WORDS.fullmatch(first.rstrip(",;:")):
        first = head.lower() + dash + tail
    return f"{first} {rest}".rstrip()
