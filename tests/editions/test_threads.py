"""The thread check: an earlier story is told only when it is part of today's thread."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from digest.editions.threads import ThreadCheck, ThreadModel, ThreadText, topic_names
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


def test_the_kind_of_event_links_reports_that_share_no_name() -> None:
    check = ThreadCheck(POOL, names=NAMES)
    assert "type:chemical" in check.shared("vote", "gas")
    vague = _story("vote", 10, "Obama asks Congress to vote on Syria strike",
                   "Barack Obama said he would punish the attack but wanted a vote.")
    without = ThreadCheck([*POOL[:4], vague], names=NAMES)
    assert not without.shared("vote", "gas")
    assert check.pair_probability("vote", "gas") > without.pair_probability("vote", "gas")


def test_the_same_pair_is_less_likely_one_thread_the_further_apart_it_is() -> None:
    near = ThreadCheck(POOL, names=NAMES)
    later = [*POOL[:1], _story("saraqeb-siege", 1, POOL[1].texts[0][0], POOL[1].texts[0][1])]
    far = ThreadCheck([*later, *POOL[2:]], names=NAMES)
    assert far.probability("today", "saraqeb-siege") < near.probability("today", "saraqeb-siege")


def _in_line(story: ThreadText, storyline: str) -> ThreadText:
    return ThreadText(key=story.key, storyline=storyline, texts=story.texts, date=story.date)


def test_the_clusterers_storyline_makes_a_pair_more_likely_one_thread() -> None:
    apart = ThreadCheck(POOL, names=NAMES)
    linked = ThreadCheck([_in_line(POOL[0], "line"), _in_line(POOL[1], "line"), *POOL[2:]],
                         names=NAMES)
    assert linked.probability("today", "saraqeb-siege") > apart.probability(
        "today", "saraqeb-siege")


def test_a_development_whose_headline_tells_todays_actors_place_and_verb_belongs() -> None:
    # The same words in the summary, not the headline, do not make it the same thread.
    today = _story("today", 20, "Rebels reach outskirts of Homs as army pulls back",
                   "Opposition fighters were a few kilometres away on Friday, witnesses told "
                   "reporters.")
    headline = _story("hama", 10, "Rebels capture Hama as army pulls back",
                      "Insurgents entered the city after days of clashes, and residents fled "
                      "south.")
    summary = _story("hama", 10, "Insurgents enter city after days of clashes",
                     "Rebels capture Hama as the army pulls back; residents fled south.")
    assert ThreadCheck([today, headline, *POOL[2:]], names=NAMES).belongs("today", "hama")
    assert not ThreadCheck([today, summary, *POOL[2:]], names=NAMES).belongs("today", "hama")


def test_a_story_many_outlets_ran_is_held_to_more_before_an_earlier_one_is_its_thread(
) -> None:
    title, summary = POOL[0].texts[0]
    wide = ThreadText(key="today", storyline="", texts=((title, summary),) * 6,
                      date=POOL[0].date)
    one = ThreadCheck(POOL, names=NAMES).probability("today", "saraqeb-siege")
    six = ThreadCheck([wide, *POOL[1:]], names=NAMES).probability("today", "saraqeb-siege")
    # Six outlets' copies add no evidence of the thread, but do add chances to share words
    # with other threads by luck: the odds are less than half those for one report.
    assert six / (1 - six) < 0.5 * one / (1 - one)


# Saraqeb's thread told over two weeks: with the siege, three developments before today's.
SIEGE = [*POOL, _story("saraqeb-road", 8, "Army cuts the M5 highway south of Saraqeb",
                       "Government troops seized villages on the M5 highway south of Saraqeb "
                       "in Idlib province."),
         _story("saraqeb-shelling", 11, "Shelling empties Saraqeb as army closes in",
                "Thousands fled Saraqeb in Idlib province as government troops and shelling "
                "closed in on the town.")]


def test_the_developments_of_todays_thread_are_grouped_with_it_and_no_other() -> None:
    check = ThreadCheck(SIEGE, names=NAMES)
    saraqeb = {"today", "saraqeb-siege", "saraqeb-road", "saraqeb-shelling"}
    assert {key for key in saraqeb if check.group(key) == check.group("today")} == saraqeb
    assert all(check.group(key) != check.group("today") for key in ("sweida", "gas", "vote"))
    assert check.thread("today") == saraqeb - {"today"}


def test_in_todays_group_a_development_belongs_from_the_models_threshold() -> None:
    probability = ThreadCheck(SIEGE, names=NAMES).probability("today", "saraqeb-road")
    # `alone` above every probability: only the group's threshold can let it in.
    strict = ThreadModel(threshold=probability + 0.01, alone=2.0)
    exact = ThreadModel(threshold=probability, alone=2.0)
    assert not ThreadCheck(SIEGE, names=NAMES, model=strict).belongs("today", "saraqeb-road")
    assert ThreadCheck(SIEGE, names=NAMES, model=exact).belongs("today", "saraqeb-road")


def test_a_development_alone_with_today_in_its_group_needs_the_higher_bar() -> None:
    # POOL's Saraqeb thread is two stories: a group of two is one pair, and says no more.
    probability = ThreadCheck(POOL, names=NAMES).probability("today", "saraqeb-siege")
    strict = ThreadModel(threshold=0.0, alone=probability + 0.01)
    exact = ThreadModel(threshold=0.0, alone=probability)
    assert not ThreadCheck(POOL, names=NAMES, model=strict).belongs("today", "saraqeb-siege")
    assert ThreadCheck(POOL, names=NAMES, model=exact).belongs("today", "saraqeb-siege")
    assert ThreadModel().alone > ThreadModel().threshold


def test_stories_grouped_on_the_semantic_path_are_decided_by_its_own_bars() -> None:
    probability = ThreadCheck(SIEGE, names=NAMES).probability("today", "saraqeb-road")
    model = ThreadModel(threshold=probability + 0.01, semantic_threshold=probability,
                        alone=2.0, semantic_alone=2.0)
    assert not ThreadCheck(SIEGE, names=NAMES, model=model).belongs("today", "saraqeb-road")
    assert ThreadCheck(SIEGE, names=NAMES, model=model, semantic=True).belongs(
        "today", "saraqeb-road")
    alone = ThreadModel(alone=2.0, semantic_alone=0.0)
    assert not ThreadCheck(POOL, names=NAMES, model=alone).belongs("today", "saraqeb-siege")
    assert ThreadCheck(POOL, names=NAMES, model=alone, semantic=True).belongs(
        "today", "saraqeb-siege")
    # Larger stories give lower probabilities with the same weights: the bar is lower there.
    assert ThreadModel().semantic_threshold < ThreadModel().threshold


def test_a_story_is_not_a_development_of_itself() -> None:
    assert not ThreadCheck(POOL, names=NAMES).belongs("today", "today")


def test_a_name_most_stories_of_the_weeks_carry_still_links_them() -> None:
    # In weeks one thread fills the news ("Idlib" in February 2020) its own name is what links
    # its developments.
    pool = [_story(f"s{day}", day, f"Clashes near Qardaha kill {day}",
                   f"Fighters clashed in Qardaha on day {day}.") for day in range(1, 8)]
    check = ThreadCheck(pool, names=NAMES)
    assert "qardaha" in check.shared("s7", "s1")
    assert check.belongs("s7", "s1")


def test_institutions_agencies_and_dates_are_not_a_storys_specific_names() -> None:
    # "United States", "Reuters", "Secretary-General" and "Oct." say nothing of a thread.
    quake = _story("quake", 9, "Aid reaches Jindires after the quake",
                   "Aid sent by the United States reached the town after the quake, and the "
                   "Secretary-General told Reuters on Oct. 3 that much more was needed there.")
    check = ThreadCheck([quake], names=NAMES)
    assert check.names("quake") == {"jindires", "jindir", "type:aid", "type:quake"}


def test_a_wire_dateline_is_neither_a_name_nor_a_word_of_the_story() -> None:
    # Half the wire copy of a week is filed from Beirut; that says nothing of its thread.
    strikes = _story("strikes", 9, "Israeli jets strike arms depot near Tartus",
                     "BEIRUT (Reuters) - Israeli jets struck an arms depot near Tartus.")
    returns = _story("returns", 8, "Refugees return to Qusayr after the war",
                     "BEIRUT (Reuters) - Hundreds of refugees returned to Qusayr this week.")
    check = ThreadCheck([strikes, returns], names=NAMES)
    assert "beirut" not in check.names("strikes")
    assert check.shared("strikes", "returns") == frozenset()
    assert check.signals("strikes", "returns")[0] == 0.0  # no word in common either


def test_a_development_is_linked_through_the_story_closest_to_both() -> None:
    # "Damascus falls" names nothing of the offensive's first day; the entry into Aleppo,
    # close to both, links them.
    falls = _story("falls", 8, "Rebels take Damascus as the president flees",
                   "Rebels entered Damascus on Sunday after the president fled; Aleppo and Hama "
                   "had fallen in the days before.")
    aleppo = _story("aleppo", 3, "Rebels led by HTS enter Aleppo in lightning offensive",
                    "Fighters of Hayat Tahrir al-Sham entered Aleppo city, the offensive they "
                    "launched in the Aleppo countryside last week gaining ground.")
    launch = _story("launch", 1, "HTS launches offensive in Aleppo countryside",
                    "Hayat Tahrir al-Sham launched an offensive in the Aleppo countryside, the "
                    "largest in years.")
    linked = ThreadCheck([falls, aleppo, launch, *POOL[2:]], names=NAMES)
    alone = ThreadCheck([falls, launch, *POOL[2:]], names=NAMES)
    assert linked.through_another("falls", "launch") == pytest.approx(min(
        linked.pair_probability("falls", "aleppo"), linked.pair_probability("aleppo", "launch")))
    assert linked.through_another("falls", "launch") > alone.through_another("falls", "launch")


def test_words_common_in_the_topics_past_year_weigh_less() -> None:
    # A month of Saraqeb news makes "Saraqeb" a rare word in the pool; a year of the topic's
    # reports that often name it says it is not.
    plain = ThreadCheck(POOL, names=NAMES)
    busy = ThreadCheck(POOL, names=NAMES, background=[
        ("Shelling near Saraqeb", "Government troops shelled villages around Saraqeb.")] * 40)
    assert busy.signals("today", "saraqeb-siege")[0] < plain.signals("today", "saraqeb-siege")[0]
