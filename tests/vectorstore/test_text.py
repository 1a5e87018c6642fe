"""The shared text rules: sentences, bullets, months, figures, page furniture."""

from __future__ import annotations

import re

import pytest

from vectorstore.text import (
    BULLET,
    FIGURE,
    MONTH,
    MONTH_ABBREVIATIONS,
    MONTH_NAMES,
    clause_spans,
    first_sentence,
    is_list_item,
    is_page_number,
    month_number,
    recurring,
    sentence_spans,
    strip_bullet,
)


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


def test_sentences_end_at_full_stops_not_inside_figures_abbreviations_or_item_numbers():
    text = (
        "Funding of £1.6m was approved, e.g. for Dr. Patel's team. Waits fell 2.04 per cent in Sept. 2023. "
        "1.2. The Board noted it. J. Smith agreed! Next steps follow."
    )
    assert sentences(text) == [
        "Funding of £1.6m was approved, e.g. for Dr. Patel's team.",
        "Waits fell 2.04 per cent in Sept. 2023.",
        "1.2. The Board noted it.",
        "J. Smith agreed!",
        "Next steps follow.",
    ]


def test_sentence_spans_of_a_slice_point_into_the_whole_text():
    text = "Intro. | First cell. Second cell. | Tail."
    start, end = text.index("First"), text.index(" |", 10)
    assert [text[s:e] for s, e in sentence_spans(text, start, end)] == ["First cell.", "Second cell."]


def test_clauses_end_at_every_stop_and_semicolon_for_the_chunker_to_cut_at():
    text = "Costs rose 3.5% (see 2.1); the Board agreed. Dr. Patel spoke! Next"
    assert [text[s:e] for s, e in clause_spans(text)] == [
        "Costs rose 3.",
        "5% (see 2.",
        "1);",
        "the Board agreed.",
        "Dr.",
        "Patel spoke!",
        "Next",
    ]
    start = text.index("the")
    assert clause_spans(text, start, text.index(" Next")) == [
        (start, text.index(" Dr")),
        *clause_spans(text, text.index("Dr"), text.index(" Next")),
    ]


def test_first_sentence():
    assert first_sentence("Dr. Jones chairs the Board [1]. It meets monthly [2].") == "Dr. Jones chairs the Board [1]."
    assert first_sentence("   ") == ""


@pytest.mark.parametrize("word", [*MONTH_NAMES, *MONTH_ABBREVIATIONS, "Sept", "JUNE"])
def test_every_month_name_and_abbreviation_is_a_month(word):
    assert re.fullmatch(MONTH, word, re.I)
    assert month_number(word) == next(i for i, name in enumerate(MONTH_NAMES, 1) if name[:3] == word[:3].title())


@pytest.mark.parametrize("word", ["decision", "market", "novel", "junior", "octopus", "mayor", "augment"])
def test_words_that_only_begin_like_a_month_are_not_months(word):
    assert not re.search(rf"\b{MONTH}\b", word, re.I)


def test_figures_keep_their_decimals_and_leave_the_full_stop():
    assert FIGURE.findall("Costs rose from £1,250.50 to 3.5% of 2023. Section v2 and Q4 aside.") == [
        "£1,250.50",
        "3.5%",
        "2023",
    ]


@pytest.mark.parametrize("line", ["12", "- 4 -", "Page 3", "page 7 of 12", "3 of 12", "7/20", "1125"])
def test_page_numbers(line):
    assert is_page_number(line)


@pytest.mark.parametrize("line", ["2025", "2021/22", "2025/26", "25/26", "7 of 5", "12 months", "Table 3"])
def test_years_financial_years_and_words_are_not_page_numbers(line):
    assert not is_page_number(line)


@pytest.mark.parametrize(
    "line, page", [("9", True), ("212", True), ("1125", False), ("Page 4 of 8", False), ("- 4 -", False)]
)
def test_bare_page_numbers_of_text_whose_pages_are_lost(line, page):
    assert is_page_number(line, bare=True) is page


def test_running_lines_are_the_ones_that_recur():
    lines = ["Item 5", "Budget", "Item 5", "Page 2", "Item 5", "Budget"]
    assert recurring(lines, 3) == {"Item 5"}
    assert recurring(lines, 2) == {"Item 5", "Budget"}


@pytest.mark.parametrize("line", ["• Item", "● Item", "■ Item", "➢Item", "- Item", "– Item", "— Item"])
def test_bullets_of_printed_papers(line):
    assert BULLET.sub("", line) == "Item"


def test_a_dash_is_a_bullet_only_before_a_space():
    assert not BULLET.match("-5% on last year")


def test_list_items_of_normalised_text():
    assert is_list_item("- Item") and is_list_item(" • Item") and is_list_item("2) Item") and is_list_item("3. Item")
    assert not is_list_item("2023. It rose") and not is_list_item("-5% on last year")
    assert strip_bullet("- • Item") == "Item" and strip_bullet("Item - one") == "Item - one"
