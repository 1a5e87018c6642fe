"""Split passages into the units an answer quotes: sentences, list items, table rows or cells.

Every unit keeps its [start, end) span in the passage text, so a citation can point at
exactly the sentence that supports an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# A sentence ends at . ! ? followed by space and a capital/digit/quote, unless the dot
# closes an abbreviation, an initial, or a number like "3.1".
_ABBREVIATIONS = {
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
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
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
}
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9•-])")
_NUMBERING = re.compile(r"\s*[-•]?\s*(?:\d{1,3}\.)+\d{0,3}\s*$")  # "1." or "- 3.2." opening an item
_CELL_SPLIT_WORDS = 40  # a table row longer than this is quoted cell by cell


@dataclass(frozen=True)
class Unit:
    text: str
    start: int
    end: int
    kind: str  # "sentence" | "item" | "row" | "cell"
    line: int  # index of the passage line the unit comes from


def split_units(passage: str) -> list[Unit]:
    """The passage's units in order. Remembered for the last 20,000 passages: the reranker, the answer
    step and the verifier split the same candidates question after question."""
    return list(_split_units(passage))


@lru_cache(maxsize=20_000)
def _split_units(passage: str) -> tuple[Unit, ...]:
    units: list[Unit] = []
    offset = 0
    for line_no, line in enumerate(passage.split("\n")):
        if line.strip():
            units.extend(_line_units(line, offset, line_no))
        offset += len(line) + 1
    return tuple(units)


def _line_units(line: str, offset: int, line_no: int) -> list[Unit]:
    stripped = line.strip()
    lead = len(line) - len(line.lstrip())
    if " | " in stripped:
        if len(stripped.split()) <= _CELL_SPLIT_WORDS:
            return [Unit(stripped, offset + lead, offset + lead + len(stripped), "row", line_no)]
        return _cells(line, offset, line_no)
    kind = "item" if stripped.startswith(("- ", "• ")) or re.match(r"^\d{1,3}[.)]\s", stripped) else "sentence"
    spans = sentence_spans(line)
    if kind == "item" and len(spans) <= 2:
        return [Unit(stripped, offset + lead, offset + lead + len(stripped), "item", line_no)]
    return [Unit(line[s:e], offset + s, offset + e, "sentence", line_no) for s, e in spans]


def _cells(line: str, offset: int, line_no: int) -> list[Unit]:
    units: list[Unit] = []
    for m in re.finditer(r"[^|]+", line):
        cell = m.group(0)
        s = m.start() + len(cell) - len(cell.lstrip())
        e = m.end() - (len(cell) - len(cell.rstrip()))
        if e <= s:
            continue
        if len(line[s:e].split()) > _CELL_SPLIT_WORDS:
            units.extend(
                Unit(line[a:b], offset + a, offset + b, "sentence", line_no) for a, b in sentence_spans(line, s, e)
            )
        else:
            units.append(Unit(line[s:e], offset + s, offset + e, "cell", line_no))
    return units


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """[start, end) of each sentence of ``text[start:end]``."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    begin = start
    for m in _BOUNDARY.finditer(text, start, end):
        if _is_abbreviation(text, m.start()) or _NUMBERING.match(text, begin, m.start()):
            continue
        spans.append((begin, m.start()))
        begin = m.end()
    spans.append((begin, end))
    return [_trim(text, s, e) for s, e in spans if text[s:e].strip()]


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
