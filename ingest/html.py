"""Parse HTML documents (and HTML tables inside Markdown) into blocks.

HTML is first rewritten as the Markdown dialect :mod:`ingest.markdown` reads (headings
as ``#``, list items as ``-``, table rows as tab-separated cells), with the text
re-escaped so that nothing in it is taken for markup a second time.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from ingest.blocks import ParsedDocument

_BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "figure",
    "figcaption",
    "caption",
    "address",
    "body",
    "br",
    "hr",
    "details",
    "summary",
    "aside",
}
# Never content: code, and a site's menus and breadcrumbs (``<nav>``) around a published paper.
_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object", "nav"}
_MAIN = re.compile(r"<main\b|\brole\s*=\s*(?:\"main\"|'main'|main[\s>])", re.IGNORECASE)
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#|~])")


def parse_html(text: str) -> ParsedDocument:
    from ingest.markdown import parse_markdown

    return parse_markdown(html_to_markdown(text))


def html_to_markdown(text: str) -> str:
    """A page that marks its main content (``<main>``, ``role="main"``) is read from there only: the site's
    header, menus and footer around a published paper are not the paper."""
    if _MAIN.search(text):
        markdown, read = _convert(text, main_only=True)
        if read:
            return markdown
    return _convert(text, main_only=False)[0]  # no main content marked, or an empty one: the whole page


def _convert(text: str, main_only: bool) -> tuple[str, bool]:
    """The page as Markdown, and whether any of its text was read (beyond the title)."""
    converter = _Converter(main_only=main_only)
    converter.feed(text)
    converter.close()
    markdown = converter.result()
    return markdown, bool(converter.lines)


_SPANNED = "\x00spanned"  # a column covered by the cell before it (replaced when its row ends)


def _span(colspan: str | None) -> int:
    """The columns (rows) a cell spans: its ``colspan`` (``rowspan``), 1 when absent or unreadable, at most 100."""
    try:
        return min(100, max(1, int(colspan or 1)))
    except ValueError:
        return 1


def _role(attrs: list[tuple[str, str | None]]) -> str:
    return next(((v or "").strip().lower() for k, v in attrs if k == "role"), "")


class _Region:
    """An element and how deep the same tag is nested inside it, to find the end tag that closes it."""

    def __init__(self, tag: str) -> None:
        self.tag, self.depth = tag, 1

    def enters(self, tag: str) -> None:
        self.depth += tag == self.tag

    def closed_by(self, tag: str) -> bool:
        self.depth -= tag == self.tag
        return self.depth == 0


def _escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


class _Converter(HTMLParser):
    def __init__(self, main_only: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.row: list[str] | None = None
        self.header_row = False  # every cell of the current row is a <th>
        self.cell: list[str] | None = None
        self.span = 1  # the columns the current cell spans
        self.rows_down = 1  # the rows the current cell spans
        # Cells of rows above that span down into this one (``rowspan``): column -> (text, rows still to fill).
        self.down: dict[int, tuple[str, int]] = {}
        self.main_only = main_only  # read only inside the page's main content
        self.main: _Region | None = None
        self.navigation: _Region | None = None  # an element with role="navigation"
        self.term: int | None = None  # the line of the last <dt>, while nothing has come after it
        self.block = ""  # the block element the current text is in
        self.prefix = ""
        self.title = ""
        self._in_title = False

    # --- structure ---------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.main is not None:
            self.main.enters(tag)
        elif self.main_only and (tag == "main" or _role(attrs) == "main"):
            self.main = _Region(tag)
        if self.navigation is not None:
            self.navigation.enters(tag)
        elif _role(attrs) == "navigation" and tag not in ("br", "hr", "img", "input"):
            self.navigation = _Region(tag)
        if tag in _SKIP_TAGS:
            self.skip_depth += 1
            return
        if tag == "title" and not self.title.strip():
            self._in_title = True  # the document's first <title> only (an <svg> has its own)
        if self.cell is not None:
            if tag == "li":
                self.cell.append(" • ")
            elif tag in ("br", "p", "div"):
                self.cell.append(" ")
            return
        if tag == "tr":
            self._break()
            self.row = []
            self.header_row = True
        elif tag in ("td", "th") and self.row is not None:
            self._fill_down()
            self.cell = []
            self.span = _span(dict(attrs).get("colspan"))
            self.rows_down = _span(dict(attrs).get("rowspan"))
            self.header_row = self.header_row and tag == "th"
        elif re.fullmatch(r"h[1-6]", tag):
            self._break()
            self.prefix = "#" * int(tag[1]) + " "
        elif tag == "li":
            self._break()
            self.prefix = "- "
        elif tag == "dd" and self.term is not None and self.term == len(self.lines) - 2:
            # A term and its description are one line, as a reader takes them: "Venue: Town Hall".
            term = self.lines[self.term]
            del self.lines[self.term :]
            self.current = [term if term.endswith(":") else f"{term}:", " "]
        elif tag in _BLOCK_TAGS or tag == "table":
            self._break()
            if tag == "table":
                self.down = {}
        self.block = tag if tag in _BLOCK_TAGS else self.block

    def _fill_down(self) -> None:
        """Put the cells of rows above that span down into this row under their columns, up to the next cell."""
        assert self.row is not None
        while len(self.row) in self.down:
            column = len(self.row)
            text, left = self.down.pop(column)
            self.row.append(text)
            if left > 1:
                self.down[column] = (text, left - 1)

    def handle_endtag(self, tag: str) -> None:
        if self.main is not None and self.main.closed_by(tag):
            self._break()
            self.main = None
        if self.navigation is not None and self.navigation.closed_by(tag):
            self.navigation = None
            return
        if tag in _SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag == "title":
            self._in_title = False
        if tag in ("td", "th") and self.cell is not None and self.row is not None:
            self._end_cell()
        elif tag == "tr" and self.row is not None:
            if self.cell is not None:
                self._end_cell()
            self._fill_down()
            # A cell spanning columns keeps the cells after it under their own columns: a header cell labels
            # each column it spans ("2024" over two quarters), any other is said once, under its first.
            for i, cell in enumerate(self.row):
                if cell == _SPANNED:
                    self.row[i] = self.row[i - 1] if self.header_row else ""
            if any(self.row):
                self.lines.append("\t".join(c or " " for c in self.row) + "\t")
                if self.header_row and len(self.row) >= 2:
                    # A Markdown separator marks the row above as the header, so long tables
                    # cut into pieces still say what their columns are.
                    self.lines.append("\t".join("---" for _ in self.row) + "\t")
            self.row = None
        elif self.cell is None and (
            re.fullmatch(r"h[1-6]", tag) or tag == "li" or tag in _BLOCK_TAGS or tag == "table"
        ):
            self._break()

    def _end_cell(self) -> None:
        """A row label spanning rows (``rowspan``) is said in each row it labels, as a value keeps its label."""
        assert self.row is not None and self.cell is not None
        text = " ".join("".join(self.cell).split())
        for offset in range(self.span):
            if self.rows_down > 1:
                self.down[len(self.row)] = (text, self.rows_down - 1)
            self.row.append(text if offset == 0 else _SPANNED)
        self.cell = None

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _SKIP_TAGS:
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self._in_title:  # before the skip test: <title> sits inside the skipped <head>
            self.title += data
            return
        if self.skip_depth or self.navigation is not None or (self.main_only and self.main is None):
            return
        text = _escape(data.replace("\t", " "))
        if self.cell is not None:
            self.cell.append(text)
        elif self.row is None:
            self.current.append(text)

    # --- output --------------------------------------------------------------------
    def _break(self) -> None:
        text = " ".join("".join(self.current).split())
        self.term = None
        if text:
            if self.block == "dt" and not self.prefix:
                self.term = len(self.lines)
            self.lines.append(self.prefix + text)
            self.lines.append("")
        self.current = []
        self.prefix = ""

    def result(self) -> str:
        self._break()
        head = (
            [f"# {_escape(self.title.strip())}", ""]
            if self.title.strip() and not any(line.startswith("# ") for line in self.lines)
            else []
        )
        return "\n".join(head + self.lines)
