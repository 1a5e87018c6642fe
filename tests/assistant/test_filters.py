"""Filters from the CLI and the UI become one SearchFilter for both retrievers."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from assistant.filters import FilterError, filter_summary, nothing_to_search, resolve_documents, to_search_filter
from vectorstore.retrievers import SearchFilter


def test_dict_filters():
    f = to_search_filter({"docs": ["a.md"], "date_from": "2023-01-01", "date_to": "2023-04"})
    assert f == SearchFilter(("a.md",), 20230101, 20230431)
    assert to_search_filter({"date_to": "2023"}).date_to == 20231231
    assert to_search_filter(None).empty and to_search_filter({}).empty


@pytest.mark.parametrize("bad", [{"date_from": "last week"}, {"date_to": "25/04/2023"}, "a.md"])
def test_bad_filters_are_clear_errors(bad):
    with pytest.raises(FilterError):
        to_search_filter(bad)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("25/04/2023", "must be a date like 2023-04-25"),
        ("2023-13-01", "has no month 13"),
        ("2023-02-30", "is not a day of the calendar"),
        ("last week", "“last week” is not"),
    ],
)
def test_a_bad_date_is_explained_in_the_callers_words(value, expected):
    with pytest.raises(FilterError) as caught:
        to_search_filter({"date_from": value}, {"date_from": "--date-from"})
    message = str(caught.value)
    assert message.startswith("--date-from") and expected in message and "date_from" not in message


def test_a_start_after_the_end_is_an_error_naming_both():
    with pytest.raises(FilterError, match=r"Meetings from \(2024-01-01\) is after Meetings up to \(2023-06\)"):
        to_search_filter(
            {"date_from": "2024-01-01", "date_to": "2023-06"},
            {"date_from": "Meetings from", "date_to": "Meetings up to"},
        )


@dataclass
class Doc:
    doc_id: str
    title: str
    date: str | None


DOCS = [
    Doc("south.md", "South Borough Health Board", "2024-03-14"),
    Doc("north.md", "North Trust Quality Committee", "2022-06-09"),
    Doc("minutes.pdf", "Minutes", None),
    Doc("Winter-Plan.HTML", "East District Winter Plan", "2023-09"),
]


def test_document_names_match_with_or_without_extension_in_any_case():
    assert resolve_documents(["south.md", "NORTH", "winter-plan", "Minutes.PDF"], DOCS) == (
        "south.md",
        "north.md",
        "Winter-Plan.HTML",
        "minutes.pdf",
    )


def test_an_unknown_document_name_lists_the_close_ones():
    with pytest.raises(FilterError) as caught:
        resolve_documents(["sout.md"], DOCS)
    assert "no indexed document is called “sout.md”" in str(caught.value)
    assert "did you mean south.md" in str(caught.value)
    with pytest.raises(FilterError, match="did you mean Winter-Plan.HTML"):
        resolve_documents(["winter"], DOCS)
    with pytest.raises(FilterError, match="no indexed document is called “budget-2019”"):
        resolve_documents(["budget-2019"], DOCS)


def test_a_name_two_documents_share_is_ambiguous():
    with pytest.raises(FilterError, match="matches several documents: a/minutes.md, b/minutes.md"):
        resolve_documents(["minutes"], [Doc("a/minutes.md", "A", None), Doc("b/minutes.md", "B", None)])


def test_a_date_range_that_leaves_nothing_says_so_and_what_it_left_out():
    f = to_search_filter({"date_from": "2030-01-01", "date_to": "2030-12-31"})
    message = nothing_to_search(f, DOCS)
    assert "meeting dates filter (1 January 2030 to 31 December 2030)" in message
    assert "dated 9 June 2022 to 14 March 2024" in message and "1 undated" in message
    assert nothing_to_search(to_search_filter({"date_from": "2024"}), DOCS) is None  # the south paper remains
    assert nothing_to_search(SearchFilter(), DOCS) is None


def test_chosen_documents_outside_the_dates_are_named_as_the_cause():
    f = to_search_filter({"docs": ["north.md"], "date_from": "2023-01-01"})
    message = nothing_to_search(f, DOCS)
    assert "leaves out every document you chose (dated 9 June 2022)" in message
    assert "choose other documents" in message
    assert "North Trust" in filter_summary(to_search_filter({"docs": ["north.md"]}), DOCS)
    assert filter_summary(to_search_filter({"docs": ["north.md"]}), DOCS).startswith("1 of 4 documents")
    assert "is indexed" in nothing_to_search(SearchFilter(("gone.md",)), DOCS)
