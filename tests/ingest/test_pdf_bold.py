"""Bold text of a PDF page (ingest/pdf_bold.py), on made-up font dictionaries and runs."""

from __future__ import annotations

from ingest.pdf_bold import BoldLines, BoldRuns, is_bold


def test_bold_faces_are_known_by_name_or_weight():
    assert is_bold({"/BaseFont": "/ABCDEF+Arial-BoldMT"})
    assert is_bold({"/BaseFont": "/Montserrat-SemiBold"})
    assert is_bold({"/BaseFont": "/Lato-Black"})
    assert not is_bold({"/BaseFont": "/ABCDEF+ArialMT"})
    assert not is_bold({"/BaseFont": "/Boldon+Times-Roman"})  # the subset tag is not the face's name
    assert not is_bold(None)


def test_a_line_is_bold_inside_one_stretch_of_bold_runs_and_each_stretch_is_read_once():
    runs = BoldRuns()
    regular, bold = {"/BaseFont": "/Helvetica"}, {"/BaseFont": "/Helvetica-Bold"}
    for text, font in [
        ("7.", bold),
        ("Renewal of the Harbour Lease and the", bold),
        ("Quay Wall Repairs", bold),
        ("The harbour master reported on", regular),
        ("Harbour Lease", bold),
    ]:
        runs(text, None, None, font, 11)
    lines = BoldLines(runs.stretches)
    assert lines.holds("7.   Renewal of the Harbour Lease and the")  # spaced out by layout: spaces ignored
    assert lines.holds("Quay Wall Repairs")
    assert not lines.holds("The harbour master reported on")
    assert lines.holds("Harbour Lease")  # the second stretch
    assert not lines.holds("Harbour Lease")  # both read already: a third showing is not bold
    assert not lines.holds("")
