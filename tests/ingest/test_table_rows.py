"""A table row that reads on its own, the one rule PDF and Word tables share."""

from __future__ import annotations

from ingest.table_rows import labelled_row


def test_values_carry_their_column_labels_and_the_row_name_stands_alone():
    cells = [("Podiatry", "Service", True), ("12 weeks", "May 2025:", False), ("11 weeks", "", False)]
    assert labelled_row(cells) == "Podiatry | May 2025: 12 weeks | 11 weeks"  # a column without a label: bare


def test_a_figure_in_the_naming_column_is_labelled_and_a_value_equal_to_its_label_stands_alone():
    assert labelled_row([("2024", "Year", True), ("Total", "Total", False)]) == "Year: 2024 | Total"
