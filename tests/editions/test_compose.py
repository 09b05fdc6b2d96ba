"""Which story leads, what each section holds, and what feed text is allowed through."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from digest.editions.compose import (
    FULL_NEWS,
    MAX_NEWS,
    Source,
    StoryView,
    compose,
    safe_link,
    shorten,
    summarise,
)

DAY = datetime(2024, 12, 9, 8, 0, tzinfo=UTC)


def _story(n: int, sources: int = 1, kind: str = "news", hours: int = 0) -> StoryView:
    return StoryView(n, f"Story {n}", f"https://a.test/{n}", f"Summary {n}.",
                     DAY - timedelta(hours=hours), kind=kind,
                     sources=tuple(Source(f"Outlet {i}", f"https://o{i}.test/{n}")
                                   for i in range(sources)))


def test_the_story_most_outlets_carried_leads_and_names_the_edition() -> None:
    content = compose("Syria", [_story(1, 1), _story(2, 3, hours=5), _story(3, 2)], [], date=DAY)
    assert [s.story_id for s in content.going_on_now] == [2, 3, 1]
    assert content.headline == "Story 2"
    assert content.preheader == "Also: Story 3; Story 1"


def test_analysis_goes_to_digging_deep_even_when_it_is_the_only_story() -> None:
    content = compose("Syria", [_story(1, kind="analysis")], [], date=DAY)
    assert content.going_on_now == [] and [s.story_id for s in content.digging_deep] == [1]
    assert content.headline == "Story 1" and not content.is_empty


def test_later_news_shows_as_headlines_and_the_overflow_is_counted() -> None:
    content = compose("Syria", [_story(n, hours=n) for n in range(MAX_NEWS + 5)], [], date=DAY)
    assert [s.brief for s in content.going_on_now].count(False) == FULL_NEWS
    assert len(content.going_on_now) == MAX_NEWS and content.more_on_web == 5


def test_shorten_cuts_later_stories_first() -> None:
    views = [_story(n, hours=n) for n in range(4)] + [_story(9, kind="analysis")]
    content = compose("Syria", views, [], date=DAY)
    short = shorten(content, 2, 4)
    assert [s.brief for s in short.going_on_now] == [False, False, True, True]
    assert short.digging_deep == [] and short.more_on_web == 1


def test_feed_titles_lose_line_breaks_and_unsafe_links_are_dropped() -> None:
    hostile = StoryView(1, "Breaking\r\nBcc: x@y.org", "javascript:alert(1)", "a\nb", DAY,
                        sources=(Source("Bad\r\nFeed", "data:text/html,<script>"),))
    content = compose("Syria", [hostile], [], date=DAY)
    story = content.going_on_now[0]
    assert story.title == "Breaking Bcc: x@y.org" and story.link == ""
    assert story.sources == (Source("Bad Feed", ""),) and story.summary == "a b"


def test_safe_link_keeps_only_absolute_http_urls() -> None:
    assert safe_link(" https://a.test/x?y=1 ") == "https://a.test/x?y=1"
    for bad in ("javascript:alert(1)", "JaVaScRiPt:alert(1)", "//a.test/x", "/relative",
                "https://a.test/x\" onmouseover=\"x", "http://", "vbscript:x",
                "https://a.test/\nBcc: x"):
        assert safe_link(bad) == "", bad


def test_a_summary_is_the_lead_sentences_cut_on_a_word() -> None:
    assert summarise("One. Two. Three.") == "One. Two."
    long = summarise("word " * 200, limit=50)
    assert long.endswith("\u2026") and len(long) <= 51 and "wor\u2026" not in long


def test_a_summarys_two_sentences_are_whole_when_the_first_names_the_us() -> None:
    # The backstory's splitter: "U.S." does not end the first sentence.
    assert summarise("The U.S. Treasury imposed sanctions on Tuesday. It named 14 firms. "
                     "A third sentence.") == (
        "The U.S. Treasury imposed sanctions on Tuesday. It named 14 firms.")
