"""Text to comparable tokens: phrase and synonym folding, light stemming, entity spotting.

Pure functions only. `tokens(text)` gives canonical word tokens for TF-IDF; `entities(text)`
gives the subset that names places, people or groups (capitalised mid-sentence, or listed in the
gazetteer), which are the strongest sign that two reports are about the same event.
"""

from __future__ import annotations

import re
from functools import lru_cache

from digest.stories.folding import builtin_folding
from digest.stories.lexicon import GAZETTEER, PHRASES, STOPWORDS, SYNONYMS

_TAGS = re.compile(r"<[^>]+>")
_ENTITY_IS = re.compile(r"\bIS\b")  # capital "IS" is the Islamic State, lower-case "is" a verb
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'.]*")
# One alternation for every phrase, longest first, so "islamic state group" wins.
_PHRASES = re.compile(
    r"\b(?:"
    + "|".join(re.escape(p) for p in sorted(PHRASES, key=lambda p: (-len(p), p)))
    + r")(?=\W|$)"
)
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def clean(text: str) -> str:
    """Strips HTML tags, unifies quotes and turns hyphens into spaces (keeping "al-" names)."""
    text = _TAGS.sub(" ", text).translate(_QUOTES)
    text = _ENTITY_IS.sub("ISIS", text)
    text = re.sub(r"\b[Aa]l-(?=[A-Z])", "", text)  # al-Assad -> Assad, al-Sharaa -> Sharaa
    return text.replace("-", " ").replace("\u2013", " ").replace("\u2014", " ")


@lru_cache(maxsize=8192)
def stem(word: str) -> str:
    """A deliberately light suffix stripper: enough to meet plurals and tenses, no more."""
    if len(word) <= 4 or word.isdigit():
        return word
    for suffix, replacement in (("ies", "y"), ("ing", ""), ("ied", "y"), ("ed", ""), ("es", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + replacement
    if word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _canonical(word: str) -> str | None:
    word = word.strip("'.").lower()
    if word.endswith("'s"):
        word = word[:-2]
    if not word or word in STOPWORDS or "'" in word:  # won't, don't: no content
        return None
    if word[0].isdigit():  # casualty figures and dates differ between outlets of one event
        return None
    word = SYNONYMS.get(word, word)
    if word in GAZETTEER:
        return word
    return SYNONYMS.get(stem(word), stem(word))


def _fold_phrases(text: str) -> str:
    lowered = builtin_folding().apply(text.lower())
    return _PHRASES.sub(lambda match: " " + PHRASES[match.group(0)] + " ", lowered)


def tokens(text: str) -> list[str]:
    """Canonical content tokens of text, in order, duplicates kept (term counts matter)."""
    folded = _fold_phrases(clean(text))
    result = []
    for word in _WORD.findall(folded):
        token = _canonical(word)
        if token is not None:
            result.append(token)
    return result


def _is_title_case(words: list[str]) -> bool:
    long_words = [word for word in words if len(word) > 3]
    if not long_words:
        return False
    capitals = sum(1 for word in long_words if word[0].isupper())
    return capitals / len(long_words) > 0.6


def entities(text: str) -> set[str]:
    """Canonical tokens naming places, people or groups.

    A word counts when the gazetteer lists it, or when it is capitalised but neither starts a
    sentence nor sits in a Title Case Headline (where every word is capitalised).
    """
    cleaned = clean(text)
    named = builtin_folding().tokens
    found = {token for token in tokens(cleaned) if token in GAZETTEER or token in named}
    for sentence in re.split(r"(?<=[.!?:;])\s+|\s+-\s+", cleaned):
        words = _WORD.findall(sentence)
        if _is_title_case(words):
            continue
        for position, word in enumerate(words):
            if position == 0 or not word[0].isupper() or word.isupper() and len(word) <= 1:
                continue
            token = _canonical(word)
            if token is not None and not token.isdigit():
                found.add(token)
    return found
