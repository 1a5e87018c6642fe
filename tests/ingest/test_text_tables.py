"""Text tables (Markdown pipe tables, tab-separated rows) read with their header row."""

from __future__ import annotations

from ingest.blocks import TABLE_ROW
from ingest.html import parse_html
from ingest.markdown import parse_markdown


def rows(text: str) -> list[str]:
    return [b.text for b in parse_markdown(text).blocks if b.kind == TABLE_ROW]


def test_a_cell_under_a_category_column_is_under_the_header_row_that_names_the_category():
    # Columns are the categories; each row is one kind of fact about every category.
    table = (
        "Parks\tLibraries\tSwimming pools\n"
        "<b>Leads:</b> Head of Green Spaces and Director of Place, Borough Council\t<b>Leads:</b> Chief Librarian, Borough Council\t"
        "<b>Leads:</b> Leisure Contracts Manager, Borough Council\n"
    )
    parsed = parse_markdown(table)
    assert [b.header for b in parsed.blocks if b.kind == TABLE_ROW] == [True, False]
    assert rows(table) == [
        "Parks | Libraries | Swimming pools",
        "Leads: Head of Green Spaces and Director of Place, Borough Council | Leads: Chief Librarian, Borough Council"
        " | Leads: Leisure Contracts Manager, Borough Council",
    ]


def test_a_row_of_figures_is_written_as_printed_under_its_header():
    table = "| Ward | Beds | Occupancy |\n|---|---|---|\n| Larch | 24 | 91% |\n"
    assert rows(table) == ["Ward | Beds | Occupancy", "Larch | 24 | 91%"]


def test_a_header_with_an_empty_first_cell_is_still_the_header():
    table = "\tCost\tRisk\nOption A\tLow, within budget\tHigh, untested supplier\n"
    assert rows(table) == ["Cost | Risk", "Option A | Low, within budget | High, untested supplier"]
    assert [b.header for b in parse_markdown(table).blocks if b.kind == TABLE_ROW] == [True, False]


def test_key_value_rows_and_rows_like_their_first_are_not_read_as_headed():
    key_value = "<b>Title:</b>\t<b>Estates Update</b>\n<b>Author:</b>\tJo Smith, Director of Estates\n"
    assert rows(key_value) == ["Title: | Estates Update", "Author: | Jo Smith, Director of Estates"]
    people = "JS\tJo Smith\tDirector of Estates\nAK\tAmir Khan\tChief Nurse\n"  # the first row is a person too
    assert rows(people) == ["JS | Jo Smith | Director of Estates", "AK | Amir Khan | Chief Nurse"]


def test_a_header_heads_only_the_rows_directly_under_it():
    text = (
        "<b>Name</b>\t<b>Role</b>\n"
        "Jo Smith\tDirector of Estates\n"
        "\n"
        "1.\tWelcome. The chair opened the meeting and noted apologies from two members.\n"
    )
    assert rows(text) == [
        "Name | Role",
        "Jo Smith | Director of Estates",
        "1. | Welcome. The chair opened the meeting and noted apologies from two members.",
    ]


def test_an_html_cell_spanning_columns_keeps_the_cells_after_it_under_their_columns():
    page = (
        "<table><tr><th>Ward</th><th colspan='2'>Beds open</th><th>Staff</th></tr>"
        "<tr><td>Larch</td><td>12</td><td>14</td><td>30</td></tr>"
        "<tr><td>Birch</td><td colspan='2'>9</td><td>7</td></tr>"
        "<tr><td colspan='3'>Closed for repairs</td><td>5</td></tr></table>"
    )
    table = [b.text for b in parse_html(page).blocks if b.kind == TABLE_ROW]
    assert table == [
        "Ward | Beds open |  | Staff",  # a header cell spanning two columns, said once
        "Larch | 12 | 14 | 30",
        "Birch | 9 |  | 7",  # a figure spanning two columns is one figure, not two
        "Closed for repairs |  |  | 5",  # any other spanning cell is said once, and 5 stays under Staff
    ]


def test_a_short_value_repeated_in_the_next_column_is_two_values_and_a_repeated_phrase_one_merged_cell():
    # One rule for merged cells, labelled or not: "12 weeks" twice is each quarter's wait; a phrase repeated
    # word for word beside itself is a cell merged over both columns.
    table = (
        "| Clinic | Q1 wait | Q2 wait |\n|---|---|---|\n"
        "| Larch | 12 weeks | 12 weeks |\n"
        "| Birch | Closed for refurbishment | Closed for refurbishment |\n"
    )
    assert rows(table)[1:] == [
        "Larch | 12 weeks | 12 weeks",
        "Birch | Closed for refurbishment",
    ]
