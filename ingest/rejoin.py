"""Rejoin sentences that a PDF-to-Markdown conversion cut at every printed line.

Such conversions put a blank line after every printed line, so "42% of working-age
adults are unable to" and "understand or make use of everyday health information"
arrive as two paragraphs. Reading them as separate units loses the sentence (and the
figure with its meaning), so paragraphs are joined back where the text says they run on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.blocks import LIST_ITEM, PARAGRAPH, Block
from vectorstore.text import is_page_number, recurring

# Words a sentence does not end on: a paragraph ending with one runs on into the next.
# "... appointed a new", "... held on the 16": a lower-case word, or a figure a preposition or article governs.
_RUNS_ON = re.compile(
    r"(?:^|\s)(?:[a-z][a-z'’-]*|(?:the|a|an|of|to|on|by|at|in|from|for|with|than|over|about|"
    r"around|and|or)\s+\d[\d,.]*),?$"
)
_SECTION_START = re.compile(r"^\d{1,3}(?:\.\d{1,3})+\.?\s")  # "1.2 The Board is asked ..." opens a paragraph
_TERMINAL = re.compile(r"[.!?:;][\"'”’)\]]*$")


HARD_WRAPPED_SHARE = 0.1  # share of paragraphs that open mid-sentence in a conversion that cut every line
_MIN_WRAPS = 20  # wrapped lines needed before their common width is trusted
_WIDTH_SPREAD = 0.5  # ...and how tightly their lengths must agree (p90 - p10, relative to the median)


@dataclass(frozen=True)
class _Wrapping:
    hard_wrapped: bool  # many paragraphs open mid-sentence: the conversion cut every printed line
    full_line: int | None  # a line at least this long filled the page width, so it was cut, not ended


def rejoin_wrapped(blocks: list[Block]) -> list[Block]:
    """Paragraphs a conversion cut at its line ends, joined back into sentences.

    A paragraph (or list item) that stops without closing punctuation continues in the
    next paragraph when that one opens in lower case. In a document cut that way
    throughout (many paragraphs open mid-sentence), a full line (8+ words) stopping on a
    lower-case word or a figure also continues ("... appointed a new" + "Chair for the
    Trust: ..."), and so does any line as long as the page's printed lines where those are
    all of a width ("... will be interim Chief" + "Executive of ..."); elsewhere such lines
    are list entries and stay apart.
    """
    wrapping = _wrapping(blocks)
    margins = _page_margins(blocks)
    out: list[Block] = []
    page_numbers: list[Block] = []  # a page number or running header met mid-sentence waits for its end
    last_line = 0  # length of the last printed line joined into out[-1]
    for block in blocks:
        previous = out[-1] if out else None
        if previous is not None and wrapping.hard_wrapped and block.text in margins and _unfinished(previous):
            page_numbers.append(block)
            continue
        if previous is not None and block.kind == PARAGRAPH and _runs_on(previous, last_line, block.text, wrapping):
            previous.text = f"{previous.text} {block.text}"
        else:
            out.extend(page_numbers)
            page_numbers = []
            out.append(block)
        last_line = len(block.text)
    return out + page_numbers


def _page_margins(blocks: list[Block]) -> set[str]:
    """Page numbers and running headers: bare numbers, and short lines that recur on many pages."""
    short = [b.text for b in blocks if len(b.text.split()) <= 6]
    return {text for text in short if is_page_number(text, bare=True)} | recurring(short, 3)


def _wrapping(blocks: list[Block]) -> _Wrapping:
    plain = _Wrapping(False, None)
    paragraphs = sum(b.kind == PARAGRAPH for b in blocks)
    cut = sorted(
        len(a.text)
        for a, b in zip(blocks, blocks[1:], strict=False)
        if b.kind == PARAGRAPH and _runs_on(a, len(a.text), b.text, plain)
    )
    hard_wrapped = len(cut) >= HARD_WRAPPED_SHARE * max(1, paragraphs)
    full_line = None
    if hard_wrapped and len(cut) >= _MIN_WRAPS:
        p10, median, p90 = (cut[int(q * (len(cut) - 1))] for q in (0.1, 0.5, 0.9))
        if p90 - p10 <= _WIDTH_SPREAD * median:
            full_line = p10
    return _Wrapping(hard_wrapped, full_line)


def _unfinished(block: Block) -> bool:
    """Prose that stops without closing punctuation."""
    return block.kind in (PARAGRAPH, LIST_ITEM) and not _TERMINAL.search(block.text)


def _runs_on(previous: Block, last_line: int, text: str, wrapping: _Wrapping) -> bool:
    if not _unfinished(previous) or _SECTION_START.match(text):
        return False
    if text[:1].islower():
        return True
    if not wrapping.hard_wrapped:
        return False
    if wrapping.full_line is not None and last_line >= wrapping.full_line:
        return True
    return len(previous.text.split()) >= 8 and bool(_RUNS_ON.search(previous.text))
