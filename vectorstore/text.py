"""The text rules every part of the library reads board papers with: sentences, list bullets,
months and weekdays, figures, and page furniture (page numbers, running headers and footers).

Ingest cuts long passages at clause ends and drops page furniture, the index splits passages
into sentences and list items, and the assistant quotes, composes and verifies them: with one
set of rules a sentence, a bullet or a month is the same thing at every step. It lives at the
bottom of the library (``vectorstore/``) so that ingest and the assistant can both import it.
``evals/`` keeps its own, deliberately independent, copy: the product is not scored by its own rules.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

# --- typeset letters -----------------------------------------------------------------------
# Typeset PDFs (InDesign, LaTeX) print "fi", "fl", "ff" as one ligature glyph, and pypdf gives it as one
# character (U+FB01 "ﬁ"): "ﬁnance" would be the term "nance" and the models' unknown piece. Searching and
# embedding read the letters; the stored text stays as printed, so a quote copied from the page still matches it.
_LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
)


def spelled_out(text: str) -> str:
    """``text`` with its ligature characters as the letters they stand for ("ﬁnance" -> "finance")."""
    return text.translate(_LIGATURES)


# --- months and weekdays -----------------------------------------------------------------
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTHS = {name.lower(): number for number, name in enumerate(MONTH_NAMES, start=1)}  # "january" -> 1
MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# A month written out or cut short ("Jan", "Sept", "September"), as a regular expression (no group; match with re.I).
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)


def month_number(word: str) -> int:
    """1-12 for a month's name or abbreviation ("Sept" -> 9); ``word`` must be one (see ``MONTH``)."""
    prefix = word.lower()[:3]
    return next(number for name, number in MONTHS.items() if name.startswith(prefix))


# --- sentences ---------------------------------------------------------------------------
# A sentence ends at . ! ? followed by space and a capital, digit, quote or bullet, unless the
# dot closes an abbreviation, an initial, or the number opening an item ("3.1").
_ABBREVIATIONS = frozenset(
    [
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "st",
        "cllr",
        "rt",
        "hon",
        "no",
        "nos",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "eg",
        "ie",
        "cf",
        "approx",
        "fig",
        "figs",
        "inc",
        "ltd",
        "co",
        "para",
        "paras",
        "p",
        "pp",
        "vol",
        "ref",
        "est",
        "min",
        "max",
        "dept",
    ]
) | frozenset(MONTH_ABBREVIATIONS)
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9•-])")
_ITEM_NUMBER = re.compile(r"\s*[-•]?\s*(?:\d{1,3}\.)+\d{0,3}\s*$")  # "1." or "- 3.2." opening an item


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """[start, end) of each sentence of ``text[start:end]``, surrounding spaces trimmed."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    for m in _BOUNDARY.finditer(text, start, end):
        if _is_abbreviation(text, m.start()) or _ITEM_NUMBER.match(text, begin, m.start()):
            continue
        spans.append((begin, m.start()))
        begin = m.end()
    spans.append((begin, end))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


# Where a passage too long for one chunk may be cut: after every run of . ! ? or ; (and the quote or
# bracket closing it). Finer than a sentence, and blind to abbreviations and decimals, so a long paragraph
# can be cut inside "51.7%" or after "Dr."; ``sentence_spans`` would not, but it moves chunk boundaries
# (and so retrieval), a change to make with a re-ingest and the eval folds, not in passing.
_CLAUSE = re.compile(r"[^.!?;]*(?:[.!?;]+(?:[\"'”’)\]]+)?|$)\s*")


def clause_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """[start, end) of each clause of ``text[start:end]`` (see ``_CLAUSE``), trailing spaces trimmed."""
    end = len(text) if end is None else end
    spans = []
    for m in _CLAUSE.finditer(text, start, end):
        s, e = m.start(), m.end()
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` ("" when it has none)."""
    spans = sentence_spans(text)
    return text[spans[0][0] : spans[0][1]] if spans else ""


def _is_abbreviation(text: str, dot_end: int) -> bool:
    i = dot_end
    while i > 0 and text[i - 1] in "\"'”’)]":
        i -= 1
    if i == 0 or text[i - 1] != ".":
        return False
    word = re.search(r"([A-Za-z][A-Za-z.]*)\.$", text[max(0, i - 12) : i])
    if not word:
        return False
    token = word.group(1).lower()
    return token in _ABBREVIATIONS or len(token) == 1  # initials such as "J. Smith"


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


# --- list items and bullets ----------------------------------------------------------------
# Bullets as printed papers draw them; a dash is a bullet only before a space ("- item", not "-5%").
BULLET_GLYPHS = "•●▪◦■□➢►✓∙·○◆◇➤→"
DASHES = "-–—"
BULLET_MARK = f"[{re.escape(BULLET_GLYPHS + DASHES)}]"  # one bullet, glyph or dash, as a regular expression
# A bullet opening a line of a source document, and the space after it.
BULLET = re.compile(rf"^(?:[{re.escape(BULLET_GLYPHS)}]|[{re.escape(DASHES)}](?=\s))\s*")
# In the normalised text chunks hold, parsers write every bullet as "- " (and a cell's items as " • ").
_ITEM_BULLET = re.compile(r"^(?:[-•]\s*)+")
_NUMBERED_ITEM = re.compile(r"^\d{1,3}[.)]\s")  # "1. " or "2) "


def is_list_item(line: str) -> bool:
    """A line of normalised text that is a list item: bulleted ("- ", "• ") or numbered ("1. ", "2) ")."""
    line = line.strip()
    return line.startswith(("- ", "• ")) or bool(_NUMBERED_ITEM.match(line))


def strip_bullet(text: str) -> str:
    """``text`` without the bullets opening it ("- • Item" -> "Item")."""
    return _ITEM_BULLET.sub("", text)


# --- figures -----------------------------------------------------------------------------
# A figure as written: "£1,250", "3.5%", "2023"; not the end of a word ("Q4", "COVID-19") or of a section number.
FIGURE = re.compile(r"(?<![\w.])[£$€]?\d[\d,]*(?:\.\d+)?%?")


# --- page furniture ----------------------------------------------------------------------
# "12", "- 4 -", "Page 3", "Page 3 of 12", "3 of 12", "7/20": a line that only numbers its page.
_PAGE_NUMBER = re.compile(
    r"^(?P<page>page\s*)?[-–]?\s*(?P<n>\d{1,4})\s*[-–]?(?:\s*(?:of|/)\s*(?P<of>\d{1,4}))?$", re.IGNORECASE
)


_BARE_PAGE_NUMBER = re.compile(r"^\d{1,3}$")


def is_page_number(line: str, *, bare: bool = False) -> bool:
    """Whether ``line`` (spaces folded) only numbers its page: not a year ("2025") or a financial
    year ("2021/22", "25/26"), and never page 7 of 5.

    ``bare``: only a number of one to three digits alone. For text whose pages are lost (a Markdown or
    text conversion of a PDF), where a line is not known to sit at a page's edge: there a four-digit
    number alone is more often a reference (risk 1125) that belongs to the line before."""
    if bare:
        return bool(_BARE_PAGE_NUMBER.match(line))
    m = _PAGE_NUMBER.match(line)
    if m is None:
        return False
    n = int(m["n"])
    if m["of"] is None:
        return bool(m["page"]) or not 1900 <= n < 2100
    total = int(m["of"])
    financial_year = n >= 10 and total % 100 == (n + 1) % 100
    return bool(m["page"]) or (n <= total and not financial_year)


def recurring(lines: Iterable[str], times: int) -> set[str]:
    """Lines found at least ``times`` times: running headers and footers repeat on page after page."""
    return {line for line, n in Counter(lines).items() if n >= times}
