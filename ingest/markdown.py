"""Parse Markdown and plain text (including inline HTML and HTML tables) into blocks.

Board papers converted to Markdown come in many dialects: ``#`` headings or bold-only
lines, pipe tables or tab-separated rows with HTML in the cells, one sentence per line
or one line per paragraph. This parser reads them all into the same blocks.
"""

from __future__ import annotations

import re

from ingest.blocks import (
    HEADING,
    LIST_ITEM,
    PARAGRAPH,
    SOFT_HEADING_LEVEL,
    TABLE_ROW,
    Block,
    ParsedDocument,
    assemble,
    clean_inline,
    join_cells,
)
from ingest.fixed_width import RULE, fixed_width_tables
from ingest.rejoin import rejoin_wrapped
from ingest.text_tables import TextRow, mark_header
from vectorstore.text import BULLET_MARK, recurring

_HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")
_SEPARATOR_CELL = re.compile(r"^\s*:?-{2,}:?\s*$")
_BULLET = re.compile(rf"^\s*(?:{BULLET_MARK}|[*+])\s+(?=\S)")  # Markdown's own "*" and "+" too
_NUMBERED = re.compile(r"^\s*(?:\d{1,3}[.)]|[a-zA-Z][.)]|\((?:[a-z]|[ivx]{1,4}|\d{1,2})\))\s+(?=\S)")
_BOLD_LINE = re.compile(r"^\s*(?:\*\*|__)(.+?)(?:\*\*|__)\s*:?\s*$")
_HTML_TABLE = re.compile(r"<table\b.*?</table>", re.I | re.S)
_RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
_TITLE_WORDS = 12
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


def _html_table_to_rows(match: re.Match[str]) -> str:
    from ingest.html import html_to_markdown

    return "\n" + html_to_markdown(match.group(0)) + "\n"


def _repeated_bold_lines(lines: list[str]) -> set[str]:
    """Bold lines that recur (running headers such as "Item 5") are not section headings."""
    return recurring((m.group(1).strip() for line in lines if (m := _BOLD_LINE.match(line))), 3)


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
        self.tables: dict[int, list[TextRow]] = {}
        self.blank = False  # a blank line came before this one

    def blocks(self) -> list[Block]:
        # Plain text sets its tables in columns of spaces (Markdown has its pipe tables).
        tables = {} if self.markdown else {t.first: t for t in fixed_width_tables(self.lines, self._next_table)}
        done = -1  # lines up to here are read already (a table's, a heading's underline)
        for i, line in enumerate(self.lines):
            if i <= done:
                continue
            below = self.lines[i + 1] if i + 1 < len(self.lines) else ""
            if (table := tables.get(i)) is not None:
                self._flush()
                self.out.extend(table.blocks)
                done, self.in_table, self.blank = table.last, False, False
            elif self._underlined(line, below):
                self._flush()
                self._emit(HEADING, line.strip(), level=1 if "=" in below else 2)
                done, self.in_table, self.blank = i + 1, False, False
            else:
                self._line(line, self._next_nonblank(i))
        self._flush()
        for rows in self.tables.values():
            mark_header(rows)
        return self.out

    def _next_table(self) -> int:
        self.table_id += 1
        return self.table_id

    def _underlined(self, line: str, below: str) -> bool:
        """A title underlined with "=" or "-" (a Markdown "setext" heading; plain text's only way to set one): a
        short line, not a sentence or a table row, over a rule at least half its length."""
        title = line.strip()
        return (
            bool(RULE.match(below))
            and 0 < len(title.split()) <= _TITLE_WORDS
            and not title.endswith((".", ",", ";", ":"))
            and not RULE.match(line)
            and not self._is_row(line)
            and not (self.markdown and _HEADING.match(line))
            and 2 * len(below.strip()) >= len(title)
        )

    def _next_nonblank(self, i: int) -> str:
        for line in self.lines[i + 1 : i + 4]:
            if line.strip():
                return line
        return ""

    def _line(self, line: str, following: str) -> None:
        blank, self.blank = self.blank, not line.strip()
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
            self._row(line, blank)
            return
        elif _RULE.match(line) or (not self.markdown and RULE.match(line)):
            self._flush()  # a rule: no text (in plain text, a line of "=" too)
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

    def _row(self, line: str, after_blank: bool = False) -> None:
        stripped = line.strip()
        # A tab row keeps its leading empty cells: they hold its columns in place under the header's labels.
        cells = stripped.strip("|").split("|") if stripped.startswith("|") else line.rstrip().split("\t")
        if cells and all(_SEPARATOR_CELL.match(c) or not c.strip() for c in cells):
            # A Markdown separator: the row above it was the header.
            if self.out and self.out[-1].kind == TABLE_ROW:
                self.out[-1].header = True
                self.out[-1].text = " | ".join(c for c in self.out[-1].text.split(" | ") if not _PLACEHOLDER.match(c))
                if rows := self.tables.get(self.table_id):
                    rows[-1].cells = ["" if _PLACEHOLDER.match(c) else c for c in rows[-1].cells]
            return
        if not self.in_table:
            self.table_id += 1
            self.in_table = True
        cleaned = [clean_inline(c, self.markdown) for c in cells]
        before = len(self.out)
        self._emit(TABLE_ROW, join_cells(cleaned), table=self.table_id, cleaned=True)
        if len(self.out) > before:
            self.tables.setdefault(self.table_id, []).append(TextRow(self.out[-1], cells, cleaned, after_blank))

    def _is_soft_heading(self, text: str) -> bool:
        text = text.strip()
        words = text.split()
        return (
            0 < len(words) <= _TITLE_WORDS
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
