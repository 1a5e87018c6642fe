"""Letter-spaced headings of designed PDFs are read as the document's own words."""

from __future__ import annotations

from ingest.pdf import parse_pdf
from ingest.pdf_letter_spacing import closed_up

PAGE = (
    "Harbourview Trust annual review\n"
    "\n"
    "O U  R   P  L A N  S   F O R   T H E   H A R B O U R          Key figures\n"
    "Our plans for the harbour were agreed by the trust in May. Our staff worked for months on the plans.\n"
    "\n"
    "Berth       Rating\n"
    "North       G A R G A G\n"
    "\n"
    "S E A W E E D   F A R M I N G\n"
    "Trust staff met the harbour users twice.\n"
)


def test_a_letter_spaced_heading_is_written_as_the_words_the_document_uses():
    lines = closed_up([PAGE])[0].split("\n")
    heading = next(line for line in lines if "Key figures" in line)
    assert heading.startswith("OUR PLANS FOR THE HARBOUR ")
    assert heading.index("Key figures") == PAGE.split("\n")[2].index(
        "Key figures"
    )  # what stands beside keeps its place
    assert "North       G A R G A G" in lines  # a row of ratings spells none of the document's words
    assert "S E A W E E D   F A R M I N G" in lines  # words the document does not use twice are not guessed


def test_the_heading_names_its_section():
    parsed = parse_pdf([PAGE])
    assert any(block.text.startswith("OUR PLANS FOR THE HARBOUR") for block in parsed.blocks)
