"""Text normalisation shared by topic aliases and item text.

Contract: `normalise(text)` returns lower-case words separated by single spaces, with
accents and Arabic diacritics removed, Arabic letter variants folded, and every run of
punctuation or whitespace turned into one space. Aliases and items go through the same
function, so matching " alias " inside " text " respects word boundaries in every script
that separates words with spaces or punctuation.

It is on the hot path (two calls per item), so the common cases take fast routes:
plain ASCII text never touches Unicode normalisation.
"""

from __future__ import annotations

import html
import re
import unicodedata

# Combining accents, Arabic harakat/hamza marks, and the tatweel (kashida) stretch character.
_MARKS = re.compile("[\u0300-\u036f\u064b-\u065f\u0670\u0640]+")
_NON_WORD = re.compile(r"[\W_]+")
_TAGS = re.compile(r"<[^>]*>")
# Typographic characters common in English feeds; replacing them first keeps most
# headlines on the ASCII fast path.
_TYPOGRAPHIC = re.compile("[\u2019\u2018\u201c\u201d\u2013\u2014\u00ab\u00bb\u2026\u00a0\u2032]")
_ARABIC_FOLDS = (("\u0629", "\u0647"), ("\u0649", "\u064a"))  # ta marbuta -> ha, alef maqsura -> ya


def _ascii_table() -> bytes:
    """One byte table that lower-cases letters and turns punctuation into spaces."""
    table = bytearray(range(256))
    for code in range(ord("A"), ord("Z") + 1):
        table[code] = code + 32
    for char in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\t\n\r\f\v":
        table[ord(char)] = ord(" ")
    return bytes(table)


_ASCII_TABLE = _ascii_table()


def _fold_ascii(text: str) -> str:
    # bytes.translate + split is several times faster than str.translate with a dict.
    return b" ".join(text.encode("ascii").translate(_ASCII_TABLE).split()).decode("ascii")


def _repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded as Latin-1/cp1252 ("tÃ¶tet" -> "tötet")."""
    for codec in ("cp1252", "latin-1"):
        try:
            return text.encode(codec).decode("utf-8")
        except UnicodeError:
            continue
    return text


def _clean_markup(text: str) -> str:
    if "<" in text:
        text = _TAGS.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    return text


def normalise(text: str) -> str:
    """Fold case, accents and punctuation; see the module docstring for the contract."""
    if not text:
        return ""
    text = _clean_markup(text)
    if text.isascii():
        return _fold_ascii(text)
    if "\u00c3" in text or "\u00c2" in text:
        text = _repair_mojibake(text)
    text = _TYPOGRAPHIC.sub(" ", text)
    if text.isascii():
        return _fold_ascii(text)
    text = _MARKS.sub("", unicodedata.normalize("NFKD", text.casefold()))
    if text.isascii():
        return _fold_ascii(text)
    for before, after in _ARABIC_FOLDS:
        if before in text:
            text = text.replace(before, after)
    return _NON_WORD.sub(" ", text).strip()
