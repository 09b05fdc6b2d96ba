"""News or analysis: explainers, analysis, opinion, editorials and Q&As go to "Digging real deep".

Outlets mark commentary in three places, checked in order of reliability: the URL path
(/opinion/, /commentisfree/, /explainer/, /features/, "-analysis-"), the feed categories
("Opinion", "News Analysis", "Explainer") and the headline ("Analysis:", "EXPLAINER-",
"The Guardian view on", "What we know", "Who is ...?", "What X means for Y"). A summary can
also say it explains ("here is what you need to know"). Anything without a cue is news.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from digest.stories.model import Kind, StoryItem

_URL_SEGMENTS = frozenset(
    """
    opinion opinions commentisfree comment commentary analysis news-analysis explainer
    explainers explained editorial editorials op-ed oped opeds columnists column columns
    features feature in-depth long-read longread the-big-picture perspective perspectives
    the-debate letters blogs ideas longreads long-reads insight insights podcasts podcast
    inside-story the-take
    """.split()  # noqa: SIM905 (a word list reads better as text)
)
_URL_FRAGMENTS = ("-analysis-", "-explainer", "explainer-", "-explained", "-opinion-", "/qa-")

_CATEGORY_WORDS = re.compile(
    r"\b(opinion|analysis|explainer|explained|comment|commentary|editorials?|op-?ed|"
    r"columnists?|features?|q&a|perspective|long read|in depth|the big picture|fact ?check)\b"
)

_TITLE_PREFIX = re.compile(
    r"^\s*(analysis|news analysis|explainer|explained|opinion|comment|commentary|editorial|"
    r"factbox|fact box|q&a|insight|column|view|the big picture|timeline|in depth|"
    r"what we know|what to know)\b\s*[-:\u2013\u2014|]",
    re.IGNORECASE,
)
_TITLE_CUES = re.compile(
    r"(\bthe \w+ view on\b|\bwhat we know\b|\bwhat to know\b|\bwhat you need to know\b|"
    r"\bexplained\b|\bexplainer\b|\bq&a\b|\bwhat (?:it|this|that) means\b|"
    r"\bwhat [\w'\u2019 ]+ means? for\b|\bwhat'?s next\b|\bwhat next\b|\bkey points\b|"
    r"\bin (?:maps|charts|numbers)\b|\bvisual guide\b|\bhow to help\b|: (?:how|why|what|who)\b|"
    r"\b(?:analysis|opinion)\s*$)",
    re.IGNORECASE,
)
# "Why Aleppo fell so fast", "How the Assads ruled for 54 years": an explanation, not a report.
_EXPLAINING_START = re.compile(r"^\s*(why|how)\s+(?!many\b|much\b)\S+", re.IGNORECASE)
_QUESTION_START = re.compile(
    r"^\s*(who|what|why|how|can|could|will|is|are|should|does|do|where)\b", re.IGNORECASE
)
_SUMMARY_CUES = re.compile(
    r"(what you need to know|here(?:'s| is) what|a look at|we explain|explains\b|"
    r"our (?:panel|guests)|debates? whether|\bexplainer\b|\bin this episode\b|\bpodcast\b|"
    r"\b(?:he|she|they|the author|our correspondent) (?:argues|writes|explains)\b)",
    re.IGNORECASE,
)


def _url_says_analysis(link: str) -> bool:
    path = urlsplit(link).path.lower()
    segments = [segment for segment in path.split("/") if segment]
    # The last segment is the article slug; a slug word like "opinion-poll" must not count.
    if any(segment in _URL_SEGMENTS for segment in segments[:-1]):
        return True
    return any(fragment in path for fragment in _URL_FRAGMENTS)


def _title_says_analysis(title: str) -> bool:
    if _TITLE_PREFIX.search(title) or _TITLE_CUES.search(title):
        return True
    if _EXPLAINING_START.search(title):
        return True
    stripped = title.strip()
    # A headline that is itself a question asks the reader to think along; a quoted question
    # ("'Where is my son?': ...") is a news quote, so only a bare trailing "?" counts.
    return stripped.endswith("?") and bool(_QUESTION_START.search(stripped))


def classify_kind(item: StoryItem) -> Kind:
    """ "analysis" when the URL, categories, headline or summary mark commentary, else "news"."""
    if _url_says_analysis(item.link):
        return "analysis"
    if any(_CATEGORY_WORDS.search(category.lower()) for category in item.categories):
        return "analysis"
    if _title_says_analysis(item.title):
        return "analysis"
    if _SUMMARY_CUES.search(item.summary):
        return "analysis"
    return "news"
