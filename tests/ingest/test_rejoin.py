"""Rejoining sentences a PDF-to-Markdown conversion cut at its printed lines (through the Markdown parser)."""

from __future__ import annotations

from ingest.blocks import LIST_ITEM
from ingest.markdown import parse_markdown

HARD_WRAPPED = """# Chief executive's report

49. Finally, the Council of Governors at Airedale NHS Foundation Trust appointed a new

Chair for the Trust: John Lawlor OBE who will take up the role on 1 August 2025. John

will be known to many of you.

This is vital when in Leeds, 42% of working-age adults are unable to

understand or make use of everyday health information.

The annual general meeting will be held on the 16

September at 12.30pm at The Vinery in Leeds.

The ICB has set out the savings it expects to make over the coming year and the

steps it will take to protect front-line services while it does so.
"""


def test_lines_a_pdf_conversion_cut_apart_are_joined_back_into_sentences():
    blocks = [b for b in parse_markdown(HARD_WRAPPED).blocks if not b.is_heading]
    assert [b.text for b in blocks] == [
        "49. Finally, the Council of Governors at Airedale NHS Foundation Trust appointed a new Chair for the Trust: "
        "John Lawlor OBE who will take up the role on 1 August 2025. John will be known to many of you.",
        "This is vital when in Leeds, 42% of working-age adults are unable to understand or make use of everyday "
        "health information.",
        "The annual general meeting will be held on the 16 September at 12.30pm at The Vinery in Leeds.",
        "The ICB has set out the savings it expects to make over the coming year and the steps it will take to "
        "protect front-line services while it does so.",
    ]
    assert blocks[0].kind == LIST_ITEM


def test_unpunctuated_entries_of_an_ordinary_document_stay_apart():
    text = (
        "Our priorities for the coming year\n\n"
        "Recognising and addressing the psychological impact of the pandemic\n\n"
        "A focus on supporting at risk and vulnerable staff, including shielding staff\n\n"
        "Communicate and engage with, and listen to, our communities\n\n"
        "Each of these is described below.\n"
    )
    texts = [b.text for b in parse_markdown(text).blocks]
    assert texts == [line for line in text.split("\n") if line]


def _printed_lines(text: str, width: int = 80) -> list[str]:
    """``text`` as a PDF prints it: cut at ``width`` characters, between words."""
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return lines + [line]


def test_full_printed_lines_run_on_and_page_numbers_and_headers_wait_for_the_sentence_end():
    prose = (
        "The partnership has worked with every council in the area on the plan and the engagement that shaped it. "
    ) * 25
    first, second = (
        "It has been agreed with NHS England that Dr Sara Munro of Leeds will be interim Chief",
        "Executive of the trust from the first of September.",
    )
    sentence = f"{first} {second}"
    lines = _printed_lines(prose.strip()) + [first, "9", "Item 5", second]  # a page break mid-sentence
    text = "\n\n".join(["Item 5", *lines, "Item 5", "More text follows here.", "Item 5", "The end."])
    texts = [b.text for b in parse_markdown(text).blocks]
    assert sentence in texts
    assert texts.count("9") == 1 and texts.count("Item 5") == 4  # kept, after the sentence they interrupted
