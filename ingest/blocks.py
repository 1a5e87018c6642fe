"""Parse output: a document as a list of typed blocks over one normalised text.

Every parser (Markdown, HTML, PDF, Word) produces blocks; :func:`assemble` lays their text
end to end, one block per line, and records where each block starts and ends. That
joined text is the *normalised document text* that chunk offsets point into.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

HEADING, PARAGRAPH, LIST_ITEM, TABLE_ROW = "heading", "paragraph", "list_item", "table_row"
SOFT_HEADING_LEVEL = 7  # bold-only lines, PDF page titles: context, not hard section breaks


@dataclass
class Block:
    kind: str
    text: str
    level: int = 0  # headings: 1-6 from Markdown/HTML, SOFT_HEADING_LEVEL for inferred ones
    page: int | None = None
    table: int | None = None  # rows of one table share an id
    header: bool = False  # the header row of its table
    start: int = 0
    end: int = 0

    @property
    def is_heading(self) -> bool:
        return self.kind == HEADING


@dataclass
class ParsedDocument:
    text: str
    blocks: list[Block]
    pages: int | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    # Titles the parser found outside the blocks' structure (a PDF's bold item titles), with where each starts in
    # ``text``: they name the places a citation points into, and change neither the blocks nor the chunks.
    titles: list[tuple[int, str]] = field(default_factory=list)


def assemble(blocks: list[Block], pages: int | None = None, metadata: dict[str, Any] | None = None) -> ParsedDocument:
    """Join block texts with newlines and set each block's [start, end) in that text."""
    parts: list[str] = []
    offset = 0
    kept = []
    for block in blocks:
        if not block.text:
            continue
        block.start = offset
        block.end = offset + len(block.text)
        parts.append(block.text)
        offset = block.end + 1
        kept.append(block)
    return ParsedDocument("\n".join(parts), kept, pages, metadata or {})


# --- inline clean-up shared by the parsers -------------------------------------------
# Only real tags: a '<' followed by a letter or '/'. "(<3%)" and "a < b" survive.
_TAG = re.compile(r"</?[a-zA-Z][^<>]{0,300}>")
_ITEM_TAG = re.compile(r"<li\b[^<>]{0,300}>", re.I)
_BREAK_TAG = re.compile(r"<br\s*/?>|</?(?:p|div|ul|ol|li|tr|td|th|table|h[1-6])\b[^<>]{0,300}>", re.I)
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\((?:[^()\s]|\([^()\s]*\))*\)")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>~])")
_MD_STRONG = re.compile(r"\*\*|__")
_MD_EM = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])")
_DIGIT = re.compile(r"\d")
_FIGURE_WORDS = 3  # a cell of at most this many words with a digit is a value ("10", "12 weeks", "Q3 2024/25")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u3000]+")


def clean_inline(text: str, markdown: bool = True) -> str:
    """Plain text of one line: tags stripped, entities unescaped, Markdown markup removed."""
    text = _ITEM_TAG.sub(" • ", text)
    text = _BREAK_TAG.sub(" ", text)
    text = _TAG.sub("", text)
    if markdown:
        # Escaped characters are parked in the private-use area so '\*' is not taken for emphasis.
        text = _MD_ESCAPE.sub(lambda m: chr(0xE000 + ord(m.group(1))), text)
        text = _MD_LINK.sub(r"\1", text)
        text = _MD_STRONG.sub("", text)
        text = _MD_EM.sub(r"\1", text)
        text = re.sub("[\ue000-\ue07f]", lambda m: chr(ord(m.group(0)) - 0xE000), text)
    text = html.unescape(text)
    return _SPACES.sub(" ", text).strip()


def join_cells(cells: list[str]) -> str:
    """A table row as readable text: non-empty cells, adjacent duplicates (merged cells) once.

    A short figure is never merged: "Bexley | 10 | 10" is two quarters of 10, not one merged cell. A longer cell
    repeated word for word beside itself is one cell spanning columns, figures in it or not ("We cut costs by 45%
    this year" four times over is said once).
    """
    return " | ".join(text for _, text in kept_cells(cells))


def kept_cells(cells: Sequence[str]) -> Iterator[tuple[int, str]]:
    """The non-empty cells with their column, a cell repeated beside itself (merged over columns) once unless it
    is a short value ("12 weeks" twice is two values). Every reader of table cells judges merged cells by this."""
    previous = ""
    for i, text in enumerate(cells):
        if text and (text != previous or _is_value(text)):
            yield i, text
        previous = text or previous


def _is_value(cell: str) -> bool:
    """A short cell with a digit ("10", "12 weeks", "Q3 2024/25")."""
    return bool(_DIGIT.search(cell)) and len(cell.split()) <= _FIGURE_WORDS
