"""Split passages into the units an answer quotes: sentences, list items, table rows or cells.

Every unit keeps its [start, end) span in the passage text, so a citation can point at
exactly the sentence that supports an answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from vectorstore.text import is_list_item, sentence_spans

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
    kind = "item" if is_list_item(stripped) else "sentence"
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
