"""Lines of running text on a PDF page -> paragraphs and list items.

Wrapped lines are rejoined. A blank line, a bullet, a numbered point ("2.", "(b)") or a line
starting left of the text it would continue ends a paragraph or item, and so does a short
line followed by one starting with a capital (a form's "Name: ..." lines, a heading
without a blank line under it).
"""

from __future__ import annotations

import re

from ingest.blocks import LIST_ITEM, PARAGRAPH, Block
from ingest.pdf_lines import Line, ends_open, starts_lower
from vectorstore.text import BULLET

_NUMBERED = re.compile(r"^(?:\d{1,2}[.)]|\(?[a-z]\)|\(?[ivx]{1,4}\))\s")
_SHORT = 0.6  # of the page's text width: a line ending this early did not wrap


def starts_item(text: str) -> bool:
    """The text opens a bulleted or numbered point."""
    return bool(BULLET.match(text) or _NUMBERED.match(text))


class ProseWriter:
    """Collects the text lines of one page into blocks, in order."""

    def __init__(self, page: int, right_margin: int) -> None:
        self.page = page
        self.right_margin = right_margin
        self.blocks: list[Block] = []
        self._lines: list[Line] = []
        self._kind = PARAGRAPH
        self._indent = 0  # where the wrapped lines of the current list item start

    def feed(self, line: Line) -> None:
        if line.blank:
            self.flush()
            return
        text = line.text
        if BULLET.match(text):
            self.flush()
            self._kind = LIST_ITEM
            self._indent = (
                line.cells[1].start if len(line.cells) > 1 and len(line.cells[0].text) == 1 else line.start + 2
            )
        elif self._lines and self._breaks_before(line):
            self.flush()
        self._lines.append(line)

    def flush(self) -> None:
        if self._lines:
            text = " ".join(line.text for line in self._lines)
            if self._kind == LIST_ITEM:
                text = BULLET.sub("- ", text, count=1)
            self.blocks.append(Block(self._kind, text, page=self.page))
        self._lines, self._kind = [], PARAGRAPH

    def _breaks_before(self, line: Line) -> bool:
        last = self._lines[-1]
        if starts_item(line.text):
            return True
        # Back left of where the item's (or paragraph's) wrapped lines start: it has ended.
        indent = (
            self._indent
            if self._kind == LIST_ITEM
            else min(x.start for x in self._lines[1:])
            if len(self._lines) >= 2
            else None
        )
        if indent is not None and line.start < indent - 2 and not starts_lower(line.text):
            return True
        short = last.end < _SHORT * self.right_margin
        hanging = len(last.cells) >= 2 and line.start == last.cells[1].start  # "8   Title ..." wrapped
        return short and not hanging and not ends_open(last.text) and not starts_lower(line.text)
