"""Pure choice of the sentence that carries an event, from a report's own words.

A report is a headline and a summary. The backstory quotes summaries, not headlines: a
headline is written to be scanned ("Syria: rebels take Aleppo airport"), a summary sentence
is written to be read ("Rebels captured the airport on Sunday, ..."). The sentence chosen:

- is a real sentence (enough words, a lower-case word that is not a name, no "Click here",
  "Read more", "Watch:", "Reuters reported", newsletter or live-blog furniture);
- shares the most content words with the report's own headline and with the other
  outlets' reports of the same event (what every outlet says is the event itself, not the
  colour one outlet added);
- is quoted as written, minus a wire dateline ("BEIRUT (Reuters) -").

Nothing is paraphrased or generated: `Quote.text` is a span of the report's text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from digest.stories.text import tokens

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")
_TAGS = re.compile(r"<[^>]+>")
# Between two sentences: after ".", "!" or "?" and any closing quote (group 1, which stays
# with its sentence), before a capital, a digit or an opening quote.
_SPLIT = re.compile(r"(?<=[.!?])([\"'\u201d\u2019]?)\s+(?=[A-Z0-9\"'\u201c\u2018])")
# A full stop that ends an abbreviation does not end the sentence: wire copy writes "the U.S.
# Treasury", "since Dec. 1", "Gen. Mazloum Abdi", "at 3 p.m. Sunday".
_INITIALS = re.compile(r"(?:[A-Za-z]\.)+$")
_LOOK_BACK = 40  # characters: longer than any abbreviation
_ABBREVIATIONS = frozenset({
    "Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Adm", "Sen", "Rep",
    "Gov", "Pres", "Prof", "Rev", "St", "Jr", "No", "Mt", "Ft", "Jan", "Feb", "Mar", "Apr",
    "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
})
_DATELINE = re.compile(
    r"^(?:[A-Z][A-Z .'/-]{2,40}(?:,\s*[A-Za-z0-9 .]+)?\s*)?"
    r"\((?:AP|AFP|Reuters|dpa|ANSA|UPI)\)\s*[-\u2013\u2014:]\s*"
    r"|^[A-Z][A-Z .'-]{2,30}\s*[-\u2013\u2014]{1,2}\s+"
)
_BOILERPLATE = re.compile(
    r"click here|read more|read the full|sign up|subscribe|newsletter|follow (?:our|us|live)"
    r"|live updates|live blog|watch:|listen:|photo:|video:|image:|copyright|all rights reserved"
    r"|^(?:reuters|ap|afp|the associated press|bloomberg|the guardian|bbc|we|it)"
    r" (?:reported|reports|has reported|has learned|understands)\b"
    r"|\bcontinue reading\b|\bthe post .* appeared first\b|\bupdated\b.*\d{4}|\bthis story\b"
    r"|\bmore to follow\b|\bbreaking news\b|\bwe will bring you\b|\bwhat we know\b",
    re.IGNORECASE,
)
# Words that Title Case headlines leave lower case.
_TITLE_CASE_SMALL = frozenset({
    "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "but", "or", "nor", "as", "by",
    "via", "vs", "with", "from", "into", "onto", "over", "off", "up", "per"})
MIN_WORDS = 7
MAX_CHARS = 320
# A backstory line is dated ("On Tuesday, ..."): a sentence in the past tense reads right
# after the day, one whose main clause is in the present perfect or the present ("rebels
# have entered", "monitors say") does not. Such a sentence loses TENSE_PENALTY of its score,
# so another outlet's past-tense sentence of the event wins when it carries the event about
# as well. Only the main clause counts: not a relative clause ("Assad, who has been in power
# since 2000, fled") nor reported speech ("rebels said they have taken Hama").
_PARTICIPLE = (r"(?!children\b|women\b|men\b|often\b|even\b|red\b|hundred\b)"
               r"(?:[a-z]+(?:ed|en|wn|un|ft|lt|ld|ne|ght|de|ck)|hit|put|cut|set|shot|struck"
               r"|fled|won|lost|held|left|made|met|led|sent|spent|built|kept|said|told|sold)\b")
_PRESENT_PERFECT = re.compile(
    r"(?<!\bwho )(?<!\bwhich )(?<!\bthat )\b(?:has|have)\s+(?:now\s+|also\s+|already\s+)?"
    r"(?:been\s+)?" + _PARTICIPLE)
_PRESENT = re.compile(r"\b(?:says|say)\b")
# A sentence that opens on a pronoun leans on the sentence before it ("It is the jihadists'
# most ambitious attack since 2019", "He said the talks failed"): quoted alone in the story
# so far it says nothing of the event, so it is never a report's event sentence. "This week"
# or "That night" open on a time, not a pronoun, and stay.
_LEANS_BACK = re.compile(
    r"^(?:It|It's|He|She|They|His|Her|Its|Their|Them)\b(?!-)"
    r"|^(?:This|That|These|Those)\s+(?:is|was|are|were|would|will|has|had|could|may)\b")
_REPORTED = re.compile(r"(?<!\bhas )(?<!\bhave )\b(?:said|told|added|announced|reported)\b")


def reads_as_past(sentence: str) -> bool:
    """False when the sentence's main clause is in the present perfect or the present."""
    if _PRESENT.search(sentence):
        return False
    main = _REPORTED.split(sentence, maxsplit=1)[0]  # what follows "said" is reported
    return not _PRESENT_PERFECT.search(main)


TENSE_PENALTY = 0.25


@dataclass(frozen=True)
class Quote:
    """A sentence taken verbatim from one report."""

    text: str
    item_id: str
    score: float  # how well it carries the event (shared content words), for ranking


def plain(text: str) -> str:
    """Text without tags or control characters, whitespace collapsed."""
    return " ".join(_CONTROL.sub(" ", _TAGS.sub(" ", text)).split())


def sentence_parts(text: str) -> list[str]:
    """A text cut into its sentences as written (the news summaries quote them too); an
    abbreviation's full stop ("U.S.", "Dec.", "Gen.") does not end one."""
    parts, start = [], 0
    for boundary in _SPLIT.finditer(text):
        # The word before the stop; a bounded look back keeps a summary of nothing but
        # initials ("A. A. A. ...") linear.
        before = text[max(start, boundary.start() - _LOOK_BACK):boundary.start()]
        last = before.rsplit(None, 1)[-1].lstrip("(\"'\u201c\u2018")
        if not boundary.group(1) and (
                _INITIALS.fullmatch(last) or last.rstrip(".") in _ABBREVIATIONS):
            continue
        parts.append(text[start:boundary.end(1)])
        start = boundary.end()
    parts.append(text[start:])
    return parts


def without_dateline(text: str) -> str:
    """The text without a leading wire dateline ("BEIRUT (Reuters) - "): where the reporter
    filed from, not what the report is about."""
    return _DATELINE.sub("", text.lstrip(), count=1)


def split_sentences(text: str) -> list[str]:
    """Sentences of a summary (`sentence_parts` of its plain text), each without a leading
    wire dateline."""
    return [_DATELINE.sub("", part).strip() for part in sentence_parts(plain(text))
            if part.strip()]


def is_sentence(text: str) -> bool:
    """A readable sentence, not a headline, a fragment or page furniture."""
    words = text.split()
    if len(words) < MIN_WORDS or len(text) > MAX_CHARS or _BOILERPLATE.search(text):
        return False
    if not text[0].isupper() and not text[0].isdigit() and text[0] not in "\"'\u201c":
        return False
    if text.rstrip("\"'\u201d\u2019)").endswith("?"):
        return False
    # Title Case throughout reads as a headline: a sentence has lower-case words beyond the
    # short ones Title Case leaves lower ("Rebels Take Control of Aleppo in Offensive"), so
    # "Rebels led by HTS entered Aleppo on Friday." is a sentence.
    lower = [w for w in words[1:] if w[0].islower()
             and (len(w) > 3 or w.casefold() not in _TITLE_CASE_SMALL)]
    return len(lower) >= 2


def _overlap(sentence: set[str], other: set[str]) -> float:
    return len(sentence & other) / (len(sentence) or 1)


def event_quote(
    item_id: str, title: str, summary: str, others: Sequence[str] = ()
) -> Quote | None:
    """The summary sentence of a report that states its event, or None when it has none.

    `others`: the other outlets' reports of the same event (title + summary), whose shared
    words show what the event is.
    """
    headline = set(tokens(title))
    echoes = [set(tokens(text)) for text in others]
    best: Quote | None = None
    for position, sentence in enumerate(split_sentences(summary)):
        if not is_sentence(sentence) or _LEANS_BACK.match(sentence):
            continue
        words = set(tokens(sentence))
        if not words:
            continue
        score = 2 * _overlap(words, headline) + sum(_overlap(words, e) for e in echoes) / max(
            1, len(echoes)) + len(words & headline) * 0.05
        score -= 0.1 * position  # the lead sentence usually carries the news
        if not reads_as_past(sentence):
            score -= TENSE_PENALTY
        if best is None or score > best.score:
            best = Quote(text=sentence, item_id=item_id, score=score)
    return best


def best_quote(reports: Sequence[tuple[str, str, str]]) -> Quote | None:
    """Among reports (id, title, summary) of one event, the sentence that best states it."""
    texts = [f"{title}. {summary}" for _, title, summary in reports]
    found = []
    for index, (item_id, title, summary) in enumerate(reports):
        others = texts[:index] + texts[index + 1:]
        quote = event_quote(item_id, title, summary, others)
        if quote is not None:
            found.append(quote)
    return max(found, key=lambda q: q.score, default=None)
