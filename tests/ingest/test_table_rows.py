"""A table row as printed, the one rule PDF, Word and text tables share."""

from __future__ import annotations

from ingest.table_rows import printed_row


def test_cells_keep_their_printed_order_and_an_empty_cell_inside_the_row_keeps_its_place():
    assert printed_row(["Podiatry", "12 weeks", "", "11 weeks"]) == "Podiatry | 12 weeks |  | 11 weeks"


def test_empty_cells_at_either_end_are_left_out():
    assert printed_row(["", "Podiatry", "12 weeks", " "]) == "Podiatry | 12 weeks"
    assert printed_row(["", ""]) == ""


def test_a_row_of_figures_reads_as_the_run_a_reader_copies_from_the_page():
    row = printed_row(["Renew a permit", "84%", "86%", "21,663"])
    assert row.replace(" | ", " ") == "Renew a permit 84% 86% 21,663"
