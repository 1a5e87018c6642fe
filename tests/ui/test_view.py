"""The view-model: answers, refusals, sources and documents as escaped HTML."""

from __future__ import annotations

import html
from html.parser import HTMLParser
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from assistant.answer import REFUSAL_TEXT, Answer, AnswerSentence, Citation, Passage
from assistant.chain import UNAVAILABLE
from ui.documents import Outcome
from ui.view import (
    RELATED_HEADING,
    account_html,
    answer_html,
    documents_html,
    documents_table_html,
    message_html,
    outcomes_html,
    partial_html,
    question_html,
    removal_confirmation_html,
)
from vectorstore.index import DocRecord

XSS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    '<a href="javascript:alert(1)">x</a>',
    "&lt;script&gt;",
]
# Everything the view-model itself emits; any other tag in the output came from the data.
OWN_TAGS = {
    "div",
    "p",
    "ul",
    "li",
    "span",
    "details",
    "summary",
    "strong",
    "blockquote",
    "mark",
    "br",
    "table",
    "caption",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
    "a",
}
OWN_ATTRIBUTES = {"class", "title", "scope", "role", "href", "aria-label", "target", "rel"}
OWN_LINKS = ("#bpa-source", "/bpa/original?", "/logout")


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    def handle_data(self, data):
        self.text.append(data)


def parsed(markup: str) -> _Collect:
    parser = _Collect()
    parser.feed(markup)
    parser.close()
    return parser


def assert_only_own_markup(markup: str) -> None:
    for tag, attrs in parsed(markup).tags:
        assert tag in OWN_TAGS, (tag, markup)
        assert {name for name, _ in attrs} <= OWN_ATTRIBUTES, (attrs, markup)
        assert all(value.startswith(OWN_LINKS) for name, value in attrs if name == "href"), (attrs, markup)


def passage(text: str, **extra: Any) -> Passage:
    fields: dict[str, Any] = {
        "chunk_id": "c1",
        "doc": "south.md",
        "title": "South Borough Health Board",
        "text": text,
        "score": 0.9,
        "section": "Item 3 Enclosure C > Workforce",
        "item": "Item 3 Enclosure C",
        "meeting": "South Borough Health Board, 14 March 2024",
        "date": "2024-03-14",
        "page": 4,
    }
    return Passage(**(fields | extra))


def cited_answer(text: str = "Vacancy rates fell to 8.2% in February. [1]") -> Answer:
    body = "The trust reported a deficit.\nVacancy rates fell to 8.2% in February, the lowest level for three years."
    start = body.index("Vacancy")
    return Answer(
        question="What was the vacancy rate?",
        text=text,
        refused=False,
        citations=[Citation(1, passage(body), (start, len(body)))],
        sentences=[AnswerSentence("Vacancy rates fell to 8.2% in February.", [1], 0.9, True)],
    )


def test_answer_shows_markers_sources_and_the_highlighted_supporting_sentence():
    out = answer_html(cited_answer())
    assert '<a class="bpa-cite" href="#bpa-source" title="Show source 1" aria-label="Show source 1">[1]</a>' in out
    assert (
        "<details" in out
        and "<summary>[1] <strong>South Borough Health Board</strong> (14 March 2024)</summary>" in out
    )
    for label, value in [
        ("Meeting", "South Borough Health Board, 14 March 2024"),
        ("Item", "Item 3 Enclosure C"),
        ("Section", "Item 3 Enclosure C &gt; Workforce"),
        ("Page", "4"),
        ("Document", "south.md"),
    ]:
        assert f'<span class="bpa-label">{label}:</span> {value}</li>' in out
    assert "<mark>Vacancy rates fell to 8.2% in February, the lowest level for three years.</mark>" in out
    assert "The trust reported a deficit.<br>" in out  # the rest of the passage, unhighlighted
    assert "\n" not in out  # one HTML block: Markdown never re-reads the escaped text
    assert_only_own_markup(out)


def test_date_is_not_repeated_when_the_meeting_already_says_it():
    out = answer_html(cited_answer())
    assert '<span class="bpa-label">Date:</span>' not in out
    p = passage("Text.", meeting=None)
    out = answer_html(Answer("q", "Text. [1]", False, citations=[Citation(1, p, None)]))
    assert '<span class="bpa-label">Date:</span> 14 March 2024' in out
    assert "<mark>" not in out


def test_every_quoted_sentence_of_a_passage_is_highlighted_in_its_source():
    body = "Beds | March: 410\nStaff | March: 1,020\nVisits | March: 7,300"
    spans = ((0, body.index("\n")), (body.index("Visits"), len(body)))
    answer = Answer("q", "x [1]", False, citations=[Citation(1, passage(body), spans[0], spans)])
    out = answer_html(answer)
    assert "<mark>Beds | March: 410</mark>" in out and "<mark>Visits | March: 7,300</mark>" in out
    assert "<mark>Staff" not in out and out.count("<mark>") == 2
    assert answer.to_dict()["citations"][0]["spans"] == [list(s) for s in spans]


def test_bullets_become_a_list_and_markers_stay_visible():
    out = answer_html(cited_answer("Vacancy rates fell: [1]\n- 8.2% in February [1]\n- 9% in January [1]"))
    assert '<ul><li>8.2% in February <a class="bpa-cite"' in out and '<li>9% in January <a class="bpa-cite"' in out
    assert " ".join(parsed(out).text).count("[1]") >= 3


def test_refusal_offers_the_closest_passages_and_no_sources():
    retrieved = [passage(f"Closest passage {i} about parking.", chunk_id=f"c{i}") for i in range(5)]
    out = answer_html(Answer("What is the house price?", REFUSAL_TEXT, True, retrieved=retrieved))
    assert html.escape(REFUSAL_TEXT, quote=True) in out
    assert RELATED_HEADING in out and "Sources" not in out
    assert out.count("bpa-related") == 3  # the three closest, not all five
    assert "Closest passage 0 about parking." in out and "Closest passage 3" not in out
    assert "bpa-refused" in out


def test_unavailable_search_is_a_plain_message_without_internal_notices():
    out = answer_html(Answer("q", UNAVAILABLE, True, notices=["search unavailable"]))
    assert html.escape(UNAVAILABLE, quote=True) in out
    assert "search unavailable" not in out.lower().replace(html.escape(UNAVAILABLE, quote=True).lower(), "")
    assert RELATED_HEADING not in out


def test_reader_notices_are_shown_and_backend_errors_are_not():
    notice = "Your question was long, so only its first 2000 characters were used."
    out = answer_html(
        Answer(
            "q",
            "Answer. [1]",
            False,
            citations=cited_answer().citations,
            notices=[notice, "answer backend unavailable: ConnectError: refused"],
        )
    )
    assert notice in out and "ConnectError" not in out


def test_unsupported_sentences_are_never_shown():
    answer = cited_answer()
    answer.dropped_sentences = [AnswerSentence("The board approved a £9m deficit.", [2], 0.1, False)]
    out = answer_html(answer)
    assert "£9m" not in out and "approved" not in out
    assert "One generated sentence was left out because the papers do not support it." in out


def test_markup_in_passages_titles_and_metadata_is_escaped():
    for payload in XSS:
        p = passage(
            f"Before {payload} after.",
            title=f"Title {payload}",
            section=f"Section {payload}",
            meeting=f"Meeting {payload}",
            item=f"Item {payload}",
            doc=f"doc{payload}.md",
        )
        for out in (
            answer_html(Answer("q", f"Said {payload} [1]", False, citations=[Citation(1, p, (0, 6))])),
            answer_html(Answer("q", REFUSAL_TEXT, True, retrieved=[p])),
        ):
            assert "<script" not in out and "<img" not in out and "<svg" not in out
            assert out.count("<a ") == out.count('<a class="bpa-cite" href="#bpa-source"')  # only our markers
            assert_only_own_markup(out)
            assert payload in "".join(parsed(out).text)  # shown as text, in full


def test_questions_and_messages_are_escaped():
    for payload in XSS:
        for out in (question_html(f"Why {payload}?"), message_html(f"Limit {payload}"), partial_html(payload)):
            assert_only_own_markup(out)
            assert payload in "".join(parsed(out).text)


def test_documents_panel_and_staff_table_escape_titles():
    record = DocRecord(
        doc_id="x.html",
        title=XSS[1],
        content_hash="h",
        chunks=3,
        date="2024-05",
        meeting=XSS[0],
        ingested_at="2024-05-01T10:00:00+00:00",
    )
    for out in (documents_html([record]), documents_table_html([record])):
        assert "<img" not in out and "<script" not in out
        assert_only_own_markup(out)
    assert "May 2024" in documents_html([record]) and "1 document indexed" in documents_html([record])
    assert "No documents are indexed" in documents_html([])


def test_outcomes_list_errors_first_with_reasons_escaped():
    out = outcomes_html(
        [
            Outcome("added", "a.pdf", "Report (3 passages)"),
            Outcome("error", "<b>x.exe</b>", "only PDF, Markdown, HTML or plain text files can be added"),
        ]
    )
    assert out.index("x.exe") < out.index("a.pdf")
    assert "&lt;b&gt;x.exe&lt;/b&gt;" in out
    assert_only_own_markup(out)


_PIECES = st.text(st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029"), max_size=20)
_TEXT = st.lists(
    _PIECES | st.sampled_from(["\n", "\r", "<", ">", "&", '"', "'", "[1]", "<script>", " onerror=", "&amp;"]),
    max_size=12,
).map("".join)


@settings(max_examples=200, deadline=None)
@given(_TEXT, _TEXT, st.integers(0, 200), st.integers(0, 200))
def test_any_passage_renders_as_its_text_and_nothing_else(text, title, a, b):
    span = (min(a, b), max(a, b)) if a != b else None
    out = answer_html(Answer("q", title, False, citations=[Citation(1, passage(text, title=title), span)]))
    assert_only_own_markup(out)
    assert "\n" not in out and "\r" not in out
    # The passage, every character of it, is the text of its blockquote (line breaks become <br>).
    assert text.replace("\r", "").replace("\n", "") in "".join(parsed(out).text)


def test_a_source_links_to_its_original_at_the_page_or_section():
    from ui.originals import original_url

    def link(p):
        return original_url(p.doc, p.page, p.section)

    out = answer_html(cited_answer(), link)
    assert 'href="/bpa/original?doc=south.md&amp;page=4&amp;section=Item%203%20Enclosure%20C%20%3E%20Workforce"' in out
    assert "Open the original document at page 4 ↗" in out and 'target="_blank"' in out
    markdown = answer_html(Answer("q", "x [1]", False, citations=[Citation(1, passage("t", page=None))]), link)
    assert "Open the original document at this section ↗" in markdown
    assert "bpa-original" not in answer_html(cited_answer(), lambda p: None)  # no original kept: no link
    assert_only_own_markup(out)


def test_the_staff_table_has_organisation_meeting_date_pages_passages_and_ingest_time():
    record = DocRecord(
        doc_id="stockton-pack.pdf",
        title="Adult Social Care and Health Select Committee",
        content_hash="h",
        chunks=212,
        date="2023-10-24",
        meeting="Adult Social Care and Health Select Committee, 24 October 2023",
        publisher="Stockton-on-Tees Borough Council",
        pages=56,
        ingested_at="2026-11-29T23:48:33+00:00",
    )
    out = documents_table_html([record])
    headers = [t for t in parsed(out).text if t.strip()]
    for column in ("Document", "Organisation", "Meeting", "Meeting date", "Pages", "Passages", "Ingested"):
        assert column in headers
    for value in ("Stockton-on-Tees Borough Council", "24 October 2023", "56", "212", "29 November 2026, 23:48 UTC"):
        assert value in out
    assert "1 indexed document" in out


def test_removal_confirmation_and_account_escape_what_they_show():
    record = DocRecord(doc_id="<b>x</b>.md", title=XSS[1], content_hash="h")
    for out in (removal_confirmation_html([record]), account_html(XSS[0])):
        assert "<img" not in out and "<script" not in out
        assert_only_own_markup(out)
    assert "Remove this document from the index?" in removal_confirmation_html([record])
    assert "Sign out" in account_html("editor") and account_html(None) == ""


def test_a_source_gives_the_page_and_title_of_the_sentence_quoted_not_of_where_its_passage_starts():
    # A passage of minutes running from the end of one item into the next, and onto the next page.
    body = "The report was noted.\n15. Library Opening Hours\nRESOLVED that the new opening hours be agreed."
    start = body.index("RESOLVED")
    places = ((body.index("15."), 4, "15. Library Opening Hours"), (start, 5, "15. Library Opening Hours"))
    cited = passage(body, section="14. Parking Charges", heading="14. Parking Charges", places=places)
    out = answer_html(Answer("q", "Agreed. [1]", False, citations=[Citation(1, cited, (start, len(body)))]))
    assert '<span class="bpa-label">Section:</span> 15. Library Opening Hours</li>' in out
    assert '<span class="bpa-label">Page:</span> 5</li>' in out
    first = answer_html(Answer("q", "Noted. [1]", False, citations=[Citation(1, cited, (0, 21))]))
    assert '<span class="bpa-label">Section:</span> 14. Parking Charges</li>' in first
    assert '<span class="bpa-label">Page:</span> 4</li>' in first
    plain = answer_html(
        Answer("q", "Noted. [1]", False, citations=[Citation(1, passage(body, section="Minutes"), (0, 21))])
    )
    assert '<span class="bpa-label">Section:</span> Minutes</li>' in plain  # no title known: the section path
