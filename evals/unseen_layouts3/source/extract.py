"""Reader's-eye text of each document, as the quotes were copied:
- HTML: visible text via html.parser (script/style/template/head skipped; a space at every block
  tag and table cell so cells and paragraphs do not run together; inline tags such as <sup> add
  nothing, so "£104.8m<sup>1</sup>" reads "£104.8m1"), whitespace collapsed. One passage.
- DOCX: python-docx body paragraphs and table rows (cells in order, joined by spaces; a merged
  cell, which python-docx returns once per grid column, is written once), plus header/footer text.
- PDF: pypdf extract_text() of each page."""
import re
from html.parser import HTMLParser

BLOCK = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "td", "th", "tr", "table", "caption", "thead",
         "tbody", "h1", "h2", "h3", "h4", "h5", "h6", "br", "header", "footer", "nav", "main", "aside",
         "section", "details", "summary", "button", "html", "body", "title", "hr"}
SKIP = {"script", "style", "head", "template", "noscript"}


class _Visible(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag in BLOCK:
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag in BLOCK:
            self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(path):
    p = _Visible()
    p.feed(open(path, encoding="utf-8").read())
    return " ".join("".join(p.out).split())


def docx_passages(path):
    import docx
    d = docx.Document(path)
    out = [p.text for p in d.paragraphs if p.text.strip()]

    def rows(table):
        for r in table.rows:
            cells, seen = [], set()
            for c in r.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                cells.append(" ".join(c.text.split()))
            yield " ".join(x for x in cells if x)

    for t in d.tables:
        out.extend(x for x in rows(t) if x)
    for s in d.sections:
        for part in (s.header, s.footer, s.first_page_header, s.first_page_footer):
            out.extend(p.text for p in part.paragraphs if p.text.strip())
    return out


def pdf_pages(path):
    from pypdf import PdfReader
    return [p.extract_text() or "" for p in PdfReader(str(path)).pages]
