"""Originals as the web chat serves them: cleaned, anchored at headings, found by a citation's section path."""

from __future__ import annotations

from ingest.pipeline import IngestOptions, ingest
from tests.helpers import DOCX_FURNITURE, board_docx, write
from ui.originals import DOCUMENT_CSP, Heading, anchor_for, original_url, rendered, serve

PAPER = """# Riverside Board

Meeting held on 5 May 2024

## Item 3 Enclosure C

### Finance report

The trust reported a deficit.

## Item 4 Enclosure D

### Finance report

A second finance report, in another item.

<script>window.__xss=1</script><img src=x onerror="window.__xss=1">
"""


def test_markdown_is_rendered_clean_with_an_anchor_on_every_heading(tmp_path):
    body, headings = rendered(str(write(tmp_path, "riverside.md", PAPER)), "markdown")
    assert [h.text for h in headings] == [
        "Riverside Board",
        "Item 3 Enclosure C",
        "Finance report",
        "Item 4 Enclosure D",
        "Finance report",
    ]
    assert len({h.id for h in headings}) == 5  # repeated headings get their own anchors
    assert '<h3 id="s-finance-report-2">Finance report</h3>' in body
    assert "<script" not in body and "onerror" not in body and "window.__xss" not in body.replace("&lt;", "")


def test_html_is_cleaned_and_its_own_ids_replaced(tmp_path):
    page = '<html><body><h1 id="evil" onclick="x()">Plan</h1><h2>Urgent care</h2><p>Text</p><iframe src="x"></iframe>'
    body, headings = rendered(str(write(tmp_path, "plan.html", page + "</body></html>")), "html")
    assert [(h.id, h.level) for h in headings] == [("s-plan", 1), ("s-urgent-care", 2)]
    assert 'id="evil"' not in body and "onclick" not in body and "<iframe" not in body


def test_a_section_path_finds_its_heading_even_when_the_text_repeats():
    headings = [
        Heading("s-riverside-board", "Riverside Board", 1),
        Heading("s-item-3-enclosure-c", "Item 3 Enclosure C", 2),
        Heading("s-finance-report", "Finance report", 3),
        Heading("s-item-4-enclosure-d", "Item 4 Enclosure D", 2),
        Heading("s-finance-report-2", "Finance report", 3),
    ]
    assert anchor_for(headings, "Item 4 Enclosure D > Finance report") == "s-finance-report-2"
    assert anchor_for(headings, "Item 3 Enclosure C > Finance report") == "s-finance-report"
    # A soft heading the parser made from a bold line is no anchor: its nearest heading is.
    assert anchor_for(headings, "Item 4 Enclosure D > Finance report > Capital:") == "s-finance-report-2"
    # The parser joins a title and its subtitle with a dash.
    assert anchor_for(headings, "Riverside Board — Meeting held on 5 May 2024") == "s-riverside-board"
    assert anchor_for(headings, "Nothing like it") is None


def test_links_carry_the_document_page_and_section_escaped():
    url = original_url("a b&c.md", 3, "Item 3 > Finance & estates")
    assert url == "/bpa/original?doc=a%20b%26c.md&page=3&section=Item%203%20%3E%20Finance%20%26%20estates"


def test_a_word_paper_opens_laid_out_with_its_tables_at_the_cited_section(tmp_path, make_index):
    index = make_index()
    assert ingest([write(tmp_path / "papers", "riverside.docx", board_docx())], index, IngestOptions(progress=False)).ok
    response = serve(index, "riverside.docx", {})
    body = bytes(response.body).decode()
    assert response.status_code == 200 and response.headers["content-security-policy"] == DOCUMENT_CSP
    assert response.headers["content-type"].startswith("text/html")
    assert '<h2 id="s-community-performance">Community performance</h2>' in body
    assert "<th>June 2025</th>" in body and '<td colspan="2">Not reported (system change)</td>' in body
    assert "<p>• Weekly audits of mattress stock</p>" in body and "<p>2. Note the pressure ulcer actions</p>" in body
    assert not any(furniture in body for furniture in DOCX_FURNITURE)
    # A citation's section path, as the chunks of this paper carry it, opens at its heading.
    lexical = index.lexical()
    [section] = [m["section"] for t, m in zip(lexical.texts, lexical.metadatas, strict=True) if "Podiatry" in t]
    redirect = serve(index, "riverside.docx", {"section": section})
    assert redirect.status_code == 303
    assert redirect.headers["location"] == "/bpa/original?doc=riverside.docx#s-community-performance"
