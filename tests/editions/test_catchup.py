"""The story so far and who's who of an edition: dated sentences of today's thread, per reader."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from digest.editions.backstory import Development, Report, SoFar, relative_day, story_so_far
from digest.editions.catchup import tell
from digest.tagging import load_topic

NOW = datetime(2024, 12, 8, 20, tzinfo=UTC)  # a Sunday
EXPLAINERS = load_topic("syria").spec.explainers


def _development(key: str, days_ago: float, title: str, summary: str,
                 source: str = "Wire") -> Development:
    when = NOW - timedelta(days=days_ago)
    return Development(key=key, storyline="l", reports=(Report(
        id=f"{key}-1", title=title, summary=summary, link=f"https://wire.test/{key}",
        source=source, published=when),))


TODAY = _development("damascus", 0.2, "Rebels take Damascus",
                     "Rebels entered Damascus and declared the fall of Bashar al-Assad.")
EARLIER = [
    _development("aleppo", 9, "Rebels seize Aleppo", "HTS fighters captured most of Aleppo "
                 "after a surprise offensive launched from Idlib."),
    _development("hama", 3, "Hama falls", "Rebels captured Hama after days of fighting with "
                 "the army, which withdrew from the city."),
    _development("homs", 1, "Rebels near Homs", "Rebels reached the outskirts of Homs after "
                 "taking Rastan, as the army pulled back."),
    _development("repeat", 0.9, "Rebels in Damascus", "Rebels entered Damascus and declared "
                 "the fall of Bashar al-Assad."),
    _development("golan", 2, "Israel in buffer zone", "Israeli troops moved into the buffer "
                 "zone on the Golan Heights, the army said."),
]
OFFENSIVE = {"aleppo", "hama", "homs", "repeat"}


def same_thread(today: str, earlier: str) -> bool:
    return earlier in OFFENSIVE


def test_days_are_said_from_the_edition() -> None:
    assert relative_day(NOW - timedelta(days=1), NOW) == "Yesterday"
    assert relative_day(NOW - timedelta(days=3), NOW) == "On Thursday"
    assert relative_day(NOW - timedelta(days=9), NOW) == "Last week"
    assert relative_day(datetime(2024, 11, 18, tzinfo=UTC), NOW) == "On 18 Nov"
    assert relative_day(datetime(2023, 11, 18, tzinfo=UTC), NOW) == "On 18 Nov 2023"


def test_a_sentence_that_names_its_own_day_is_not_told_that_day_again() -> None:
    # NOW is a Sunday: three days ago was a Thursday.
    vote = _development("vote", 3, "EU lifts sanctions", "European Union ministers agreed on "
                        "Thursday to lift economic sanctions on Syria.")
    strike = _development("strike", 3, "Strike near Masyaf", "Israeli jets struck a "
                          "research centre near Masyaf on Wednesday night, state media said.")
    def told(development: Development) -> str:
        return story_so_far(TODAY, [development], lambda today, earlier: True, now=NOW)[0].reads

    assert told(vote) == (
        "European Union ministers agreed on Thursday to lift economic sanctions on Syria.")
    assert told(strike) == ("On Thursday, Israeli jets struck a research centre near Masyaf on "
                            "Wednesday night, state media said.")  # another day: still dated
    old = _development("old", 12, "EU lifts sanctions", "European Union ministers agreed on "
                       "Wednesday to lift economic sanctions on Syria.")
    assert story_so_far(TODAY, [old], lambda today, earlier: True, now=NOW)[0].when == (
        "Last week")  # a weekday alone does not date a line of an earlier week


def test_after_the_day_a_common_first_word_is_lower_case_and_a_name_keeps_its_capital(
) -> None:
    def reads(text: str) -> str:
        return SoFar(date=NOW, when="On Tuesday", text=text, source="", link="",
                     items=()).reads

    assert reads("Polls have opened in government-held areas.") == (
        "On Tuesday, polls have opened in government-held areas.")
    assert reads("Fourteen groups back the operation.").startswith("On Tuesday, fourteen groups")
    assert reads("Rebel-held towns emptied.").startswith("On Tuesday, rebel-held towns")
    assert reads("Syrian forces withdrew.").startswith("On Tuesday, Syrian forces")
    assert reads("Islamist-led rebels entered Aleppo.").startswith("On Tuesday, Islamist-led")
    assert reads("Ahmed al-Sharaa spoke.").startswith("On Tuesday, Ahmed al-Sharaa")
    # A title or a name keeps its capital; the same word in a plain phrase does not.
    assert reads("Security Council members met.").startswith("On Tuesday, Security Council")
    assert reads("Security forces fired on crowds.").startswith("On Tuesday, security forces")
    assert reads("Doctors Without Borders said.").startswith("On Tuesday, Doctors Without")
    assert reads("New York-based monitors said.").startswith("On Tuesday, New York-based")
    assert reads("As-Safir reported the deal.").startswith("On Tuesday, As-Safir")


def test_a_first_word_the_reports_write_in_lower_case_is_lower_case_after_the_day() -> None:
    crossing = _development("crossing", 3, "Queues at the Masnaa crossing", "Cars queued for "
                            "kilometres at the Masnaa border crossing as families fled.")
    today = _development("traffic", 0.2, "Border traffic", "Officials said more cars than "
                         "ever crossed the border, and the Security Council met.")
    envoy = _development("envoy", 5, "Envoy meets Assad", "International envoy Kofi Annan met "
                         "Bashar al-Assad in Damascus.")
    council = _development("council", 6, "Council meets", "Security Council members met in "
                           "New York to discuss the crossings.")

    def told(development: Development) -> str:
        return story_so_far(today, [development], lambda today, earlier: True,
                            now=NOW)[0].reads

    assert told(crossing).startswith("On Thursday, cars queued")  # "cars" in another report
    assert told(envoy).startswith("On Tuesday, International envoy")  # never seen lower case
    assert told(council).startswith("On Monday, Security Council")  # a name, though "security"
    # A name written lower case in a link or a hashtag is not a common word.
    linked = _development("linked", 0.2, "Saraqeb", "Read more at https://x.test/masyaf-hit "
                          "and #saraqeb, @masyaf_news.")
    for town in ("Masyaf", "Saraqeb"):
        hit = _development("hit", 3, f"{town} hit", f"{town} was hit by air strikes overnight, "
                           "residents said after a week of fighting.")
        assert story_so_far(linked, [hit], lambda today, earlier: True, now=NOW)[0].reads == (
            f"On Thursday, {town} was hit by air strikes overnight, residents said after a "
            "week of fighting.")


def test_days_are_counted_in_the_editions_time_zone() -> None:
    evening_in_new_york = datetime(2024, 12, 8, 20, tzinfo=ZoneInfo("America/New_York"))
    last_night = datetime(2024, 12, 8, 2, tzinfo=UTC)  # 21:00 on the 7th in New York
    assert relative_day(last_night, evening_in_new_york) == "Yesterday"
    morning = datetime(2024, 12, 8, 15, tzinfo=UTC)  # 10:00 in New York, the same day there
    assert relative_day(morning, evening_in_new_york) == "Earlier today"
    assert relative_day(morning, evening_in_new_york.astimezone(UTC)) == "Yesterday"


def test_a_new_reader_gets_the_thread_oldest_first_in_sentences_never_what_today_says() -> None:
    lines = story_so_far(TODAY, EARLIER, same_thread, now=NOW, lines=5)
    assert [line.story for line in lines] == ["aleppo", "hama", "homs"]
    assert lines[0].reads == ("Last week, HTS fighters captured most of Aleppo after a surprise "
                              "offensive launched from Idlib.")
    assert lines[2].reads.startswith("Yesterday, rebels reached the outskirts of Homs")
    assert lines[0].link == "https://wire.test/aleppo" and lines[0].items == ("aleppo-1",)


def test_a_daily_reader_gets_only_the_latest_developments() -> None:
    lines = story_so_far(TODAY, EARLIER, same_thread, now=NOW, lines=2)
    assert [line.story for line in lines] == ["hama", "homs"]


def test_a_development_told_under_one_story_is_not_told_again_under_the_next() -> None:
    second = _development("hama-today", 0.1, "Hama residents return",
                          "Residents returned to Hama as shops reopened.")
    shared = tell([TODAY, second], EARLIER, same_thread, EXPLAINERS, now=NOW, lines=5)
    told = [line.story for b in shared for line in b.so_far]
    assert len(told) == len(set(told))
    alone = tell([TODAY, second], EARLIER, same_thread, EXPLAINERS, now=NOW, lines=5,
                 share=False)
    # Standing alone, the second story also tells the report that only repeated the first.
    assert [len(b.so_far) for b in alone] == [3, 4]


def test_explainers_go_to_readers_who_have_not_seen_them_lately() -> None:
    new_reader = tell([TODAY], EARLIER, same_thread, EXPLAINERS, now=NOW, lines=5)
    assert [w.name for w in new_reader[0].who] == ["Bashar al-Assad"]
    daily = tell([TODAY], EARLIER, same_thread, EXPLAINERS, now=NOW, lines=2,
                 explained={"Bashar al-Assad"})
    assert daily[0].who == ()


def test_a_line_lists_the_reports_its_sentence_comes_from_and_no_other() -> None:
    # The daily ran the wire's sentence as written; the radio's report is of the same
    # development, but the sentence does not come from it.
    when = NOW - timedelta(days=4)
    sentence = "Rebels captured Hama after days of fighting with the army, which withdrew."
    reports = tuple(Report(
        id=f"hama-{n}", title=title, summary=summary, link=f"https://{source}.test/hama",
        source=source, published=when + timedelta(hours=n)) for n, (source, title, summary) in
        enumerate([("wire", "Rebels take Hama", sentence),
                   ("daily", "Hama falls to rebels", f"{sentence}  Residents fled south."),
                   ("radio", "Hama quiet", "Residents said the streets were quiet on Friday.")]))
    hama = Development(key="hama", storyline="l", reports=reports)
    [line] = story_so_far(TODAY, [hama], lambda t, e: True, now=NOW)
    assert line.text == sentence and line.items == ("hama-0", "hama-1")


def _merged(key: str, *parts: tuple[float, str, str]) -> Development:
    """One story of several reports, each (days ago, title, summary)."""
    return Development(key=key, storyline="l", reports=tuple(Report(
        id=f"{key}-{n}", title=title, summary=summary, link=f"https://wire.test/{key}/{n}",
        source="Wire", published=NOW - timedelta(days=days_ago))
        for n, (days_ago, title, summary) in enumerate(parts)))


ALEPPO_TWO_DAYS = _merged(
    "aleppo",
    (9.3, "Rebels enter Aleppo", "Rebels entered the western districts of Aleppo on Friday."),
    (9.2, "Fighting in Aleppo", "Insurgents pushed into the city's western edge, residents said."),
    (8.4, "Aleppo falls", "Opposition fighters seized the airport and the citadel, a war "
     "monitor said."))


def test_a_story_that_paused_half_a_day_is_told_part_by_part() -> None:
    # The clusterer merged two days of the offensive into one story: both days are told.
    lines = story_so_far(TODAY, [ALEPPO_TWO_DAYS], lambda t, e: True, now=NOW)
    assert [line.text for line in lines] == [
        "Rebels entered the western districts of Aleppo on Friday.",
        "Opposition fighters seized the airport and the citadel, a war monitor said."]
    assert [line.items for line in lines] == [("aleppo-0",), ("aleppo-2",)]


def test_other_developments_come_before_a_second_part_of_one() -> None:
    hama = _development("hama", 3, "Hama falls", "Rebels captured Hama after days of fighting "
                        "with the army, which withdrew from the city.")
    lines = story_so_far(TODAY, [ALEPPO_TWO_DAYS, hama], lambda t, e: True, now=NOW, lines=2)
    assert [line.items for line in lines] == [("aleppo-0",), ("hama-1",)]


def test_reports_hours_apart_are_one_part() -> None:
    # Seven hours apart: two outlets' reports of one development, told once.
    close = _merged(
        "aleppo",
        (9.3, "Rebels enter Aleppo", "Rebels entered the western districts of Aleppo."),
        (9.0, "Aleppo falls", "Opposition fighters took control of most of Aleppo."))
    assert len(story_so_far(TODAY, [close], lambda t, e: True, now=NOW)) == 1


def test_a_day_is_said_once_for_lines_in_a_row_on_it() -> None:
    # Aleppo's two days both fall last week: the paragraph says "Last week" once.
    hama = _development("hama", 3, "Hama falls", "Rebels captured Hama after days of fighting "
                        "with the army, which withdrew from the city.")
    lines = story_so_far(TODAY, [ALEPPO_TWO_DAYS, hama], lambda t, e: True, now=NOW)
    assert [line.reads for line in lines] == [
        "Last week, rebels entered the western districts of Aleppo on Friday.",
        "Opposition fighters seized the airport and the citadel, a war monitor said.",
        "On Thursday, rebels captured Hama after days of fighting with the army, which withdrew "
        "from the city."]
