"""The thread check: an earlier story is told only when it is part of today's thread."""

from __future__ import annotations

from datetime import UTC, datetime

from digest.editions.threads import ThreadCheck, ThreadText, ThreadTuning, topic_names
from digest.tagging import load_topic

NAMES = topic_names(load_topic("syria"))


def _story(key: str, day: int, title: str, summary: str) -> ThreadText:
    return ThreadText(key=key, storyline="", texts=((title, summary),),
                      date=datetime(2025, 3, day, 12, tzinfo=UTC))


POOL = [
    _story("today", 20, "Syrian army retakes Saraqeb from rebels",
           "Government troops captured Saraqeb in Idlib province after a week of fighting."),
    _story("saraqeb-siege", 14, "Rebels besieged in Saraqeb as army advances",
           "Government troops encircled Saraqeb in Idlib province, cutting the road north."),
    _story("sweida", 15, "Druze leaders in Sweida reject Damascus deal",
           "Sheikh Hikmat al-Hijri said the Druze of Sweida would keep their own fighters."),
    _story("gas", 3, "UN inspectors confirm sarin used near Damascus",
           "Inspectors found that the nerve agent sarin was used in the attack on the suburbs."),
    _story("vote", 10, "Obama asks Congress to vote on Syria strike",
           "Barack Obama said he would punish the chemical weapons attack but wanted a vote."),
]


def test_an_earlier_story_of_the_same_town_and_fighting_belongs() -> None:
    check = ThreadCheck(POOL, names=NAMES)
    assert check.belongs("today", "saraqeb-siege")
    assert "saraqeb" in check.shared("today", "saraqeb-siege")


def test_a_parallel_thread_sharing_only_the_capital_and_the_army_is_kept_apart() -> None:
    check = ThreadCheck(POOL, names=NAMES)
    assert not check.belongs("today", "sweida")


def test_the_kind_of_event_joins_reports_that_share_no_name() -> None:
    check = ThreadCheck(POOL, names=NAMES)
    assert "type:chemical" in check.shared("vote", "gas")
    assert check.belongs("vote", "gas") and not check.belongs("vote", "saraqeb-siege")


def test_the_same_pair_scores_lower_the_further_apart_it_is() -> None:
    near = ThreadCheck(POOL, names=NAMES)
    later = [*POOL[:1], _story("saraqeb-siege", 1, POOL[1].texts[0][0], POOL[1].texts[0][1])]
    far = ThreadCheck([*later, *POOL[2:]], names=NAMES)
    assert far.score("today", "saraqeb-siege") < near.score("today", "saraqeb-siege")


def test_one_hop_brings_in_a_development_close_to_one_already_accepted() -> None:
    # The convoy report names no town today's story names; it is told because it is close
    # to the siege report, which today's story accepted directly, and days from it.
    pool = [*POOL, _story("convoy", 13, "Rebels besieged as Turkish convoy arrives",
                          "Troops encircled the rebels and cut the road north, as a Turkish "
                          "convoy arrived.")]
    without_hop = ThreadCheck(pool, names=NAMES, tuning=ThreadTuning(hop_days=-1.0))
    assert without_hop.belongs("today", "saraqeb-siege")
    assert not without_hop.belongs("today", "convoy")
    assert ThreadCheck(pool, names=NAMES).belongs("today", "convoy")


def _in_line(story: ThreadText, storyline: str) -> ThreadText:
    return ThreadText(key=story.key, storyline=storyline, texts=story.texts, date=story.date)


def test_when_the_storyline_agrees_a_development_outside_it_needs_names_shared_with_both() -> None:
    # Today's story and the siege are one storyline; the convoy report, let in by one hop,
    # shares no name with today's story and is dropped; the shelling report outside the
    # storyline names Saraqeb like both and comes days after the siege, so it stays.
    shelling = _story("shelling", 16, "Army shells Saraqeb ahead of assault",
                      "Government artillery pounded Saraqeb in Idlib province.")
    convoy = _story("convoy", 13, "Rebels besieged as Turkish convoy arrives",
                    "Troops encircled the rebels and cut the road north, as a Turkish "
                    "convoy arrived.")
    pool = [_in_line(POOL[0], "line"), _in_line(POOL[1], "line"), *POOL[2:], shelling, convoy]
    check = ThreadCheck(pool, names=NAMES)
    assert check.belongs("today", "saraqeb-siege") and check.belongs("today", "shelling")
    assert not check.belongs("today", "convoy")
    assert ThreadCheck([*POOL, shelling, convoy], names=NAMES).belongs("today", "convoy")


def test_a_story_naming_only_new_places_takes_its_storylines_close_developments() -> None:
    # Today's report names only Homs and Rastan, which no earlier story names; the clusterer
    # put the capture of Hama in its storyline and the words are close, so Hama is told.
    # The Sweida report, in the same storyline but far in words, is not. (Words alone are
    # switched off: the storyline, not the words-alone rule, must let Hama in.)
    homs = _story("homs", 20, "Rebels reach outskirts of Homs as army pulls back",
                  "Rebels reached the outskirts of Homs after taking Rastan, as the army "
                  "pulled back.")
    hama = _story("hama", 18, "Insurgents capture Hama", "Insurgents captured Hama after days "
                  "of fighting; the army withdrew from the city.")
    pool = [_in_line(homs, "offensive"), _in_line(hama, "offensive"),
            _in_line(POOL[2], "offensive"), *POOL[3:]]
    tuning = ThreadTuning(words_alone=2.0)
    check = ThreadCheck(pool, names=NAMES, tuning=tuning)
    assert not check.shared("homs", "hama")
    assert check.belongs("homs", "hama") and not check.belongs("homs", "sweida")
    apart = ThreadCheck([homs, hama, *POOL[2:]], names=NAMES, tuning=tuning)
    assert not apart.belongs("homs", "hama")


def test_the_storyline_does_not_stand_in_for_names_when_today_shares_a_name() -> None:
    # Today's Saraqeb report is linked by name to the siege; a report of its storyline that
    # shares no name with it stays out, however close its words.
    retreat = _story("retreat", 19, "Syrian army retakes town from rebels",
                     "Government troops captured the town after a week of fighting.")
    pool = [_in_line(POOL[0], "line"), _in_line(retreat, "line"), *POOL[1:]]
    check = ThreadCheck(pool, names=NAMES, tuning=ThreadTuning(words_alone=2.0))
    assert check.belongs("today", "saraqeb-siege")
    assert not check.belongs("today", "retreat")
