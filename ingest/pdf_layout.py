"""A page's layout text, with every cell of a table row at its printed column.

pypdf's layout mode writes each line in a fixed-width grid. Text drawn within one text object
(BT ... ET) on one line is joined into one run, and the gap before each later piece is written
as so many space widths, while every character takes one column whatever its printed width.
Where one text object holds a whole table row, as office suites write them, the columns after
the first drift: left after a long first cell, right after a short one with a wide gap. The
column finder then sees no straight gutter, and cells land in their neighbours' columns.

Here a gap wider than :data:`CELL_GAP` space widths on a line starts a new run, placed at its
printed column like any run that starts a text object. Words of running text are never that far
apart, so prose reads as before. Everything else is pypdf's own layout mode: its text state,
fonts, line grouping, character width and page grid.

The grid's character width is the page's average, so a line set smaller than the page's larger
type runs past its grid columns. A run that starts where the line's text already reaches is
written straight after it, and where design tools draw each word as a text object of its own
(no space characters, the gaps made by placing), the words of such a line ran together
("patientstell us"). A run that starts a word gap (:data:`WORD_GAP`) after the one before it now
keeps one space.

``_group_text_runs`` and ``_fixed_width_page`` follow pypdf 7.1's ``recurse_to_target_op`` and
``fixed_width_page`` (pypdf/_text_extraction/_layout_mode/_fixed_width_page.py, BSD-3-Clause,
Copyright (c) 2006-2008 Mathieu Fenniak and contributors), changed only where marked. Should
pypdf's internals move, the page is read with pypdf's layout mode unchanged.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from math import ceil
from typing import Any, Literal

from ingest.pdf_ruled import RuledTable, marker

CELL_GAP = 3  # space widths: a wider gap between two pieces of text on one line parts two cells
# A gap of this share of the type's height or more between two runs on one line is a word space (a space is
# about a quarter of the height; letters of one word, kerned or tracked, sit closer).
WORD_GAP = 0.15


def layout_text(page: Any, tables: Sequence[RuledTable] = (), number: int = 0) -> str:
    """The page's layout text, each cell at its column; pypdf's layout mode if its internals are not as expected.

    The text inside ``tables`` (the page's ruled tables, :mod:`ingest.pdf_ruled`) is left out, and a line of its
    own, ``marker(number, k)``, stands where the ``k``-th of them starts."""
    try:
        return _layout_text(page, tables, number)
    except (ImportError, AttributeError, TypeError):
        return page.extract_text(extraction_mode="layout") or ""


def _layout_text(page: Any, tables: Sequence[RuledTable], number: int) -> str:
    from pypdf._text_extraction import _layout_mode
    from pypdf._text_extraction._layout_mode._text_state_manager import TextStateManager
    from pypdf.generic import ArrayObject, ContentStream, StreamObject

    fonts = page._layout_mode_fonts()
    contents = page.get("/Contents")
    if contents is not None:
        contents = contents.get_object()
    if not isinstance(contents, (ArrayObject, StreamObject)):
        return ""
    ops = iter(ContentStream(contents, page.pdf, "bytes").operations)
    state = TextStateManager()
    turn = _upright(page)
    if turn is not None:
        state.add_cm(*turn)
        tables = ()  # found in the page's own coordinates, which no longer hold its text's places
    groups: list[Any] = []
    for operands, op in ops:  # as pypdf's text_show_operations
        if op in (b"BT", b"q"):
            groups.extend(_group_text_runs(ops, state, b"ET" if op == b"BT" else b"Q", fonts))
        elif op == b"Tf":
            _layout_mode._fixed_width_page.set_font_operation(state, fonts, operands)
        elif op == b"cm" and len(operands) == 6:
            # Changed from pypdf: a transformation set outside any saved state (a browser's "0.24 0 0 -0.24 0 842
            # cm", drawing in device pixels) places the page's text too; without it the text's places are not the
            # page's, and a ruled table's box (in the page's points) misses the table's own text.
            state.add_cm(*operands)
        else:
            state.set_state_param(op, operands)
    if not groups:
        return ""
    min_x = min(g["tx"] for g in groups)

    def placed(runs: list[Any]) -> list[Any]:
        return [
            dict(g, tx=g["tx"] - min_x, displaced_tx=g["displaced_tx"] - min_x)
            for g in sorted(runs, key=lambda g: (g["ty"] * g["flip_sort"], -g["tx"]), reverse=True)
        ]

    # The grid and its character width come from every run on the page, a ruled table's too, so the rest of
    # the page is laid out exactly as it would be without the tables taken out.
    width = _layout_mode.fixed_char_width(placed(groups), 1.25)
    if tables:
        groups = _tables_marked(groups, tables, page, number)
    lines = _layout_mode.y_coordinate_groups(placed(groups))
    return _fixed_width_page(lines, width)


def _fixed_width_page(lines: dict[int, list[Any]], char_width: float) -> str:
    """The page's lines in a grid of ``char_width`` columns (pypdf's ``fixed_width_page``, spacing lines
    vertically by their type's height, with the word-gap change marked)."""
    from pypdf._text_extraction._layout_mode._fixed_width_page import NEWLINE_LIMIT, WHITESPACE_LIMIT

    page: list[str] = []
    control = str.maketrans(dict.fromkeys(range(14, 32), " "))
    last_y = 0
    for y, runs in lines.items():
        if page:
            height = runs[0]["font_height"]
            page.extend([""] * min(0 if height == 0 else int(abs(y - last_y) / height) - 1, NEWLINE_LIMIT))
        parts: list[str] = []
        length, last_end = 0, 0.0
        for run in runs:
            tx = run["tx"]
            needed = (int(tx // char_width) if char_width else length) - length
            if needed > 0 and ceil(last_end) < int(tx):
                parts.append(" " * min(needed, WHITESPACE_LIMIT))
                length += min(needed, WHITESPACE_LIMIT)
            elif parts and tx - last_end >= WORD_GAP * run["font_height"] and not parts[-1].endswith(" "):
                # Changed from pypdf: a run a word gap on from the text before it, whose grid column that
                # text has already passed, keeps a space.
                parts.append(" ")
                length += 1
            text = run["text"].translate(control)
            parts.append(text)
            length += len(text)
            last_end = run["displaced_tx"]
        line = "".join(parts).rstrip()
        if line.strip() or page:
            page.append(line)
        last_y = y
    return "\n".join(page)


def _upright(page: Any) -> list[float] | None:
    """The transformation that draws a page set to display turned (``/Rotate`` 90, 180 or 270) as it displays:
    a landscape page turned into a portrait pack by a PDF editor has its text running up the page, which layout
    mode cannot read (it leaves rotated text out), though a reader of the pack sees it upright. None for a page
    not turned."""
    turn = int(page.get("/Rotate", 0) or 0) % 360  # pypdf copies a /Rotate set on the page tree into each page
    box = page.mediabox
    x0, y0, width, height = float(box.left), float(box.bottom), float(box.width), float(box.height)
    return {
        90: [0, -1, 1, 0, -y0, x0 + width],
        180: [-1, 0, 0, -1, x0 + width, y0 + height],
        270: [0, 1, -1, 0, y0 + height, -x0],
    }.get(turn)


def _tables_marked(groups: list[Any], tables: Sequence[RuledTable], page: Any, number: int) -> list[Any]:
    """``groups`` without the runs inside a ruled table; one run, the table's marker, at each table's top left."""
    box = page.mediabox
    left, top = float(box.left), float(box.top)
    kept: list[Any] = []
    inside: dict[int, list[Any]] = {}
    for group in groups:
        # A page drawn upside down and flipped back (flip_sort -1, as some office suites write) counts its y down.
        y = group["ty"] if group["flip_sort"] < 0 else top - group["ty"]
        k = next((k for k, t in enumerate(tables) if t.holds(group["tx"] - left, y)), None)
        if k is None:
            kept.append(group)
        else:
            inside.setdefault(k, []).append(group)
    for k, runs in inside.items():
        first = max(runs, key=lambda g: (g["ty"] * g["flip_sort"], -g["tx"]))
        text = marker(number, k)
        kept.append(dict(first, text=text, tx=min(g["tx"] for g in runs), displaced_tx=first["tx"] + len(text)))
    return kept


def _group_text_runs(
    ops: Iterator[tuple[list[Any], bytes]], state: Any, end: Literal[b"Q", b"ET"], fonts: dict[str, Any]
) -> list[Any]:
    """The runs of text one text object (or graphics state) draws: pypdf's, with cell gaps starting new runs."""
    from pypdf._text_extraction import LAYOUT_NEW_BT_GROUP_SPACE_WIDTHS
    from pypdf._text_extraction._layout_mode._fixed_width_page import (
        _show_text_operand,
        bt_group,
        set_font_operation,
    )
    from pypdf.generic import ArrayObject

    groups: list[Any] = []
    shown: list[Any] = []
    if end == b"Q":
        state.add_q()
    for operands, op in ops:
        if op == end:
            if op == b"Q":
                state.remove_q()
            if op == b"ET":
                groups.extend(_runs(shown, LAYOUT_NEW_BT_GROUP_SPACE_WIDTHS, bt_group))
                state.reset_tm()
            return groups
        if op == b"q" or (op == b"BT" and end == b"Q"):
            groups.extend(_group_text_runs(ops, state, b"ET" if op == b"BT" else b"Q", fonts))
        elif op == b"cm":
            state.add_cm(*operands)
        elif op == b"BT":
            state.reset_tm()
        elif op == b"Tj" and operands and isinstance(operands[0], (str, bytes)):
            shown.append(state.text_state_params(operands[0]))
        elif op == b"TJ" and operands and isinstance(operands[0], ArrayObject):
            piece = state.text_state_params()
            for item in (x for x in operands[0] if isinstance(x, (bytes, int, float))):
                if isinstance(item, bytes):
                    piece = state.text_state_params(item)
                    shown.append(piece)
                else:
                    state.add_trm(piece.displacement_matrix(td_offset=item))
        elif op == b"'":
            state.reset_trm()
            state.add_tm([0, -state.TL])
            _show_text_operand(operands, 0, state, shown)
        elif op == b'"' and len(operands) >= 3:
            state.reset_trm()
            state.set_state_param(b"Tw", operands[0])
            state.set_state_param(b"Tc", operands[1])
            state.add_tm([0, -state.TL])
            _show_text_operand(operands, 2, state, shown)
        elif op in (b"Td", b"Tm", b"TD", b"T*"):
            state.reset_trm()
            if op == b"Tm":
                state.reset_tm()
            elif op == b"TD" and len(operands) >= 2 and isinstance(operands[1], (int, float)):
                state.set_state_param(b"TL", -operands[1])
            elif op == b"T*":
                operands = [0, -state.TL]
            state.add_tm(operands)
        elif op == b"Tf":
            set_font_operation(state, fonts, operands)
        else:
            state.set_state_param(op, operands)
    if end == b"ET":  # an unclosed text object: its text still counts
        groups.extend(_runs(shown, LAYOUT_NEW_BT_GROUP_SPACE_WIDTHS, bt_group))
    return groups


def _runs(shown: list[Any], back_widths: int, bt_group: Any) -> list[Any]:
    """Join one text object's pieces into runs, a line at a time (pypdf's ET step)."""
    runs: list[Any] = []
    if not shown:
        return runs
    text, first = "", 0
    last_end, last_ty = shown[0].displaced_tx, shown[0].ty
    for i, piece in enumerate(shown):
        if piece.rotated or not piece.font.interpretable:
            continue
        if abs(piece.ty - last_ty) > piece.font_height:  # a new line
            if text.strip():
                runs.append(bt_group(shown[first], text, last_end))
            first, text = i, ""
        gap = piece.tx - last_end
        space = piece.space_tx * abs(piece.transform[0])
        # Changed from pypdf: a wide gap forward parts two cells, as a jump back parts two runs there.
        if -gap > piece.space_tx * back_widths or (i != first and space and gap > space * CELL_GAP):
            if text.strip():
                runs.append(bt_group(shown[first], text, last_end))
            first, text = i, ""
            last_end = piece.displaced_tx
        excess = round(piece.tx - last_end, 3) * (i != first)
        spaces = round(excess / space) if excess > 0 and space else 0
        text += " " * min(spaces, 10_000) + piece.text
        last_ty, last_end = piece.ty, piece.displaced_tx
    if text:
        runs.append(bt_group(shown[first], text, last_end))
    return runs
