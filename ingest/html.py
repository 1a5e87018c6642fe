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
}
_SKIP_TAGS = {"script", "style", "noscript", "template", "head", "svg", "iframe", "object"}
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]#|~])")


def parse_html(text: str) -> ParsedDocument:
    from ingest.markdown import parse_markdown

    return parse_markdown(html_to_markdown(text))


def html_to_markdown(text: str) -> str:
    converter = _Converter()
    converter.feed(text)
    converter.close()
    return converter.result()


_SPANNED = "\x00spanned"  # a column covered by the cell before it (replaced when its row ends)


def _span(colspan: str | None) -> int:
    """The columns a cell spans: its ``colspan``, 1 when absent or unreadable, at most 100."""
    try:
        return min(100, max(1, int(colspan or 1)))
    except ValueError:
        return 1


def _escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


class _Converter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self.current: list[str] = []
        self.skip_depth = 0
        self.row: list[str] | None = None
        self.header_row = False  # every cell of the current row is a <th>
        self.cell: list[str] | None = None
        self.span = 1  # the columns the current cell spans
        self.prefix = ""
        self.title = ""
        self._in_title = False

    # --- structure ---------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
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
            self.cell = []
            self.span = _span(dict(attrs).get("colspan"))
            self.header_row = self.header_row and tag == "th"
        elif re.fullmatch(r"h[1-6]", tag):
            self._break()
            self.prefix = "#" * int(tag[1]) + " "
        elif tag == "li":
            self._break()
            self.prefix = "- "
        elif tag in _BLOCK_TAGS or tag == "table":
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag == "title":
            self._in_title = False
        if tag in ("td", "th") and self.cell is not None and self.row is not None:
            self.row.append(" ".join("".join(self.cell).split()))
            self.row.extend([_SPANNED] * (self.span - 1))
            self.cell = None
        elif tag == "tr" and self.row is not None:
            if self.cell is not None:
                self.row.append(" ".join("".join(self.cell).split()))
                self.cell = None
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

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _SKIP_TAGS:
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self._in_title:  # before the skip test: <title> sits inside the skipped <head>
            self.title += data
            return
        if self.skip_depth:
            return
        text = _escape(data.replace("\t", " "))
        if self.cell is not None:
            self.cell.append(text)
        elif self.row is None:
            self.current.append(text)

    # --- output --------------------------------------------------------------------
    def _break(self) -> None:
        text = " ".join("".join(self.current).split())
        if text:
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
