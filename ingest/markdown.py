"""Parse Markdown and plain text (including inline HTML and HTML tables) into blocks.

Board papers converted to Markdown come in many dialects: ``#`` headings or bold-only
lines, pipe tables or tab-separated rows with HTML in the cells, one sentence per line
or one line per paragraph. This parser reads them all into the same blocks.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ingest.blocks import (
    HEADING, LIST_ITEM, PARAGRAPH, SOFT_HEADING_LEVEL, TABLE_ROW, Block, ParsedDocument, assemble,
    clean_inline, join_cells,
)

_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_SEPARATOR_CELL = re.compile(r"^\s*:?-{2,}:?\s*$")
_BULLET = re.compile(r"^\s*[-*+•●▪◦–]\s+(?=\S)")
_NUMBERED = re.compile(r"^\s*(?:\d{1,3}[.)]|[a-zA-Z][.)]|\((?:[a-z]|[ivx]{1,4}|\d{1,2})\))\s+(?=\S)")
_BOLD_LINE = re.compile(r"^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*$")
_HTML_TABLE = re.compile(r"<table\b.*?</table>", re.I | re.S)
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
# PDF-to-Markdown converters name header cells they found empty "Col1", "Col2", ...
_PLACEHOLDER = re.compile(r"^Col\d+$")


def parse_markdown(text: str, markdown: bool = True) -> ParsedDocument:
    """Blocks of a Markdown (or, with ``markdown=False``, plain-text) document."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    if markdown:
        text = _HTML_TABLE.sub(_html_table_to_rows, text)
    lines = text.split("\n")
    repeated = _repeated_bold_lines(lines)
    return assemble(rejoin_wrapped(_Reader(lines, markdown, repeated).blocks()))


# Words a sentence does not end on: a paragraph ending with one runs on into the next.
# "... appointed a new", "... held on the 16": a lower-case word, or a figure a preposition or article governs.
_RUNS_ON = re.compile(r"(?:^|\s)(?:[a-z][a-z'’-]*|(?:the|a|an|of|to|on|by|at|in|from|for|with|than|over|about|"
                      r"around|and|or)\s+\d[\d,.]*),?$")
_PAGE_NUMBER = re.compile(r"^\d{1,3}$")
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
    """Paragraphs a PDF-to-Markdown conversion cut at its line ends, joined back into sentences.

    Such conversions put a blank line after every printed line, so "42% of working-age
    adults are unable to" and "understand or make use of everyday health information"
    arrive as two paragraphs. A paragraph (or list item) that stops without closing
    punctuation continues in the next paragraph when that one opens in lower case. In a
    document cut that way throughout (many paragraphs open mid-sentence), a full line
    (8+ words) stopping on a lower-case word or a figure also continues ("... appointed a
    new" + "Chair for the Trust: ..."), and so does any line as long as the page's printed
    lines where those are all of a width ("... will be interim Chief" + "Executive of ...");
    elsewhere such lines are list entries and stay apart.
    """
    wrapping = _wrapping(blocks)
    margins = _page_margins(blocks)
    out: list[Block] = []
    page_numbers: list[Block] = []  # a page number or running header met mid-sentence waits for its end
    last_line = 0  # length of the last printed line joined into out[-1]
    for block in blocks:
        previous = out[-1] if out else None
        if previous is not None and wrapping.hard_wrapped and block.text in margins \
                and _runs_on(previous, last_line, "x", wrapping):
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
    counts = Counter(b.text for b in blocks if len(b.text.split()) <= 6)
    return {text for text, n in counts.items() if _PAGE_NUMBER.match(text) or n >= 3}


def _wrapping(blocks: list[Block]) -> _Wrapping:
    plain = _Wrapping(False, None)
    paragraphs = sum(b.kind == PARAGRAPH for b in blocks)
    cut = sorted(len(a.text) for a, b in zip(blocks, blocks[1:])
                 if b.kind == PARAGRAPH and _runs_on(a, len(a.text), b.text, plain))
    hard_wrapped = len(cut) >= HARD_WRAPPED_SHARE * max(1, paragraphs)
    full_line = None
    if hard_wrapped and len(cut) >= _MIN_WRAPS:
        p10, median, p90 = (cut[int(q * (len(cut) - 1))] for q in (0.1, 0.5, 0.9))
        if p90 - p10 <= _WIDTH_SPREAD * median:
            full_line = p10
    return _Wrapping(hard_wrapped, full_line)


def _runs_on(previous: Block, last_line: int, text: str, wrapping: _Wrapping) -> bool:
    if previous.kind not in (PARAGRAPH, LIST_ITEM) or _TERMINAL.search(previous.text) or _SECTION_START.match(text):
        return False
    if text[:1].islower():
        return True
    if not wrapping.hard_wrapped:
        return False
    if wrapping.full_line is not None and last_line >= wrapping.full_line:
        return True
    return len(previous.text.split()) >= 8 and bool(_RUNS_ON.search(previous.text))


def _html_table_to_rows(match: re.Match[str]) -> str:
    from ingest.html import html_to_markdown

    return "\n" + html_to_markdown(match.group(0)) + "\n"


def _repeated_bold_lines(lines: list[str]) -> set[str]:
    """Bold lines that recur (running headers such as "Item 5") are not section headings."""
    counts = Counter(m.group(1).strip() for line in lines if (m := _BOLD_LINE.match(line)))
    return {text for text, n in counts.items() if n >= 3}


class _Reader:
    def __init__(self, lines: list[str], markdown: bool, repeated: set[str]) -> None:
        self.lines = lines
        self.markdown = markdown
        self.repeated = repeated
        self.out: list[Block] = []
        self.paragraph: list[str] = []
        self.paragraph_kind = PARAGRAPH
        self.table_id = 0
        self.in_table = False
        self.pipe_header_pending = False

    def blocks(self) -> list[Block]:
        for i, line in enumerate(self.lines):
            self._line(line, self._next_nonblank(i))
        self._flush()
        return self.out

    def _next_nonblank(self, i: int) -> str:
        for line in self.lines[i + 1:i + 4]:
            if line.strip():
                return line
        return ""

    def _line(self, line: str, following: str) -> None:
        if not line.strip():
            self._flush()
            if not self._is_row(following):
                self.in_table = False
            return
        if self.markdown and (m := _HEADING.match(line)):
            self._flush()
            self._emit(HEADING, m.group(2), level=len(m.group(1)))
        elif self._is_row(line):
            self._flush()
            self._row(line)
            return
        elif self.markdown and _RULE.match(line):
            self._flush()
        elif self.markdown and (m := _BOLD_LINE.match(line)) and self._is_soft_heading(m.group(1)):
            self._flush()
            self._emit(HEADING, m.group(1), level=SOFT_HEADING_LEVEL)
        elif _BULLET.match(line) or _NUMBERED.match(line):
            self._flush()
            self.paragraph = [_BULLET.sub("- ", line, count=1).strip()]
            self.paragraph_kind = LIST_ITEM
        else:
            self.paragraph.append(line.strip())
        self.in_table = False

    def _is_row(self, line: str) -> bool:
        if not line.strip():
            return False
        if _PIPE_ROW.match(line):
            return True
        # Tab-separated rows (tables pasted from PDFs); a single leading tab is just indentation.
        return "\t" in line.strip()

    def _row(self, line: str) -> None:
        stripped = line.strip()
        if stripped.startswith("|"):
            cells = stripped.strip("|").split("|")
        else:
            cells = stripped.split("\t")
        if cells and all(_SEPARATOR_CELL.match(c) or not c.strip() for c in cells):
            # A Markdown separator: the row above it was the header.
            if self.out and self.out[-1].kind == TABLE_ROW:
                self.out[-1].header = True
                self.out[-1].text = " | ".join(c for c in self.out[-1].text.split(" | ") if not _PLACEHOLDER.match(c))
            return
        if not self.in_table:
            self.table_id += 1
            self.in_table = True
        text = join_cells([clean_inline(c, self.markdown) for c in cells])
        self._emit(TABLE_ROW, text, table=self.table_id, cleaned=True)

    def _is_soft_heading(self, text: str) -> bool:
        text = text.strip()
        words = text.split()
        return (
            0 < len(words) <= 12
            and not text.endswith((".", ",", ";"))
            and text not in self.repeated
            and any(ch.isalpha() for ch in text)
        )

    def _flush(self) -> None:
        if self.paragraph:
            self._emit(self.paragraph_kind, " ".join(self.paragraph))
        self.paragraph = []
        self.paragraph_kind = PARAGRAPH

    def _emit(self, kind: str, raw: str, level: int = 0, table: int | None = None, cleaned: bool = False) -> None:
        text = raw if cleaned else clean_inline(raw, self.markdown)
        if text:
            self.out.append(Block(kind, text, level=level, table=table))
