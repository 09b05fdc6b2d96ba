from __future__ import annotations

from datetime import UTC, datetime

import pytest

from digest.stories import StoryItem, classify_kind
from digest.stories.evaluation import accuracy

KIND_ACCURACY_FLOOR = 1.0  # every development item is classified right today


def _item(
    title: str,
    link: str = "https://www.bbc.com/news/articles/c1234567890o",
    summary: str = "",
    categories: tuple[str, ...] = (),
) -> StoryItem:
    return StoryItem(
        "x", title, summary, link, "BBC", datetime(2024, 12, 8, tzinfo=UTC), categories
    )


@pytest.mark.parametrize("split", ["tune", "check"])
def test_it_tells_news_from_analysis_on_the_development_set(split, devset):
    items, rows = devset(split)
    predicted = {item.id: classify_kind(item) for item in items}
    assert accuracy({r["id"]: r["gold_kind"] for r in rows}, predicted) >= KIND_ACCURACY_FLOOR


@pytest.mark.parametrize(
    "link",
    [
        "https://www.theguardian.com/commentisfree/2024/dec/08/assad-fall-syria",
        "https://www.nytimes.com/2024/12/09/opinion/syria-assad.html",
        "https://www.aljazeera.com/opinions/2024/12/10/syrias-future",
        "https://www.aljazeera.com/features/2024/12/8/what-next-for-syria",
        "https://www.cnn.com/2024/12/09/middleeast/assad-gone-analysis-intl/index.html",
        "https://www.france24.com/en/tv-shows/the-debate/20250717-israel-druze",
    ],
)
def test_commentary_sections_in_the_url_mean_analysis(link):
    assert classify_kind(_item("Syria after Assad", link)) == "analysis"


@pytest.mark.parametrize(
    "title",
    [
        "Analysis: Assad's downfall redraws the Middle East map",
        "EXPLAINER-What sanctions remain on Syria?",
        "Opinion: The Idlib ceasefire is a fig leaf",
        "The Guardian view on Aleppo: a catastrophe",
        "Syria strikes: What we know so far",
        "Q&A: Who are Islamic State militants?",
        "What Assad's Fall Means for Russia and Iran",
        "Who is Abu Mohammed al-Jolani, the man who toppled Assad?",
    ],
)
def test_headline_cues_mean_analysis(title):
    assert classify_kind(_item(title)) == "analysis"


@pytest.mark.parametrize(
    "title",
    [
        "Syrian rebels seize Damascus, Assad flees",
        "'Where is my son?': Families search Sednaya prison",
        "Israel strikes Syrian army headquarters in Damascus",
    ],
)
def test_plain_reports_are_news(title):
    assert classify_kind(_item(title)) == "news"


def test_an_opinion_word_in_the_slug_alone_is_not_a_section():
    link = (
        "https://www.reuters.com/world/middle-east/opinion-poll-shows-syrians-back-vote-2025-10-01/"
    )
    assert classify_kind(_item("Poll shows Syrians back vote", link)) == "news"


def test_feed_categories_mark_analysis():
    item = _item("Sectarian Massacres Test Syria's New Rulers", categories=("News Analysis",))
    assert classify_kind(item) == "analysis"


@pytest.mark.parametrize(
    ("title", "summary", "kind"),
    [
        ("Why the fall of Jisr al-Shughur matters for Assad", "", "analysis"),
        ("How eastern Ghouta became a death trap", "", "analysis"),
        ("How many died in Sednaya is still unknown, families say", "", "news"),
        ("Peace talks stall in Geneva", "In this episode, our correspondent asks why.", "analysis"),
        ("Peace talks stall in Geneva", "The envoy said he would try again.", "news"),
    ],
)
def test_headlines_that_explain_and_podcasts_count_as_analysis(title, summary, kind):
    assert classify_kind(_item(title, summary=summary)) == kind


def test_an_inside_story_programme_page_is_analysis():
    link = "https://www.aljazeera.com/program/inside-story/2016/2/3/can-geneva-talks-succeed"
    assert classify_kind(_item("Can the Geneva talks succeed", link)) == "analysis"
