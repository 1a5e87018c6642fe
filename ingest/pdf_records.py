"""Group the body lines of a table into records (one logical row each).

pypdf gives one line per printed line, so a cell that wraps spreads a record over several
lines. A line continues the record above when it leaves the key column empty (a wrapped
cell), or when its text carries on from it: lower case, a closing bracket, a record line
ending "... and" or a field label ending ':'. Where the table sets its rows apart with
blank lines, a key cell directly under another key cell is the same name wrapped (not under a field's
label, complete with its colon: "Date:").
Figures never wrap, so figures under figures start a new record; one with no key of its own but a label
in the next column is a row of the group named above it, and takes that name.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass

from ingest.pdf_lines import Line, continues, ends_sentence, has_digit, is_figure
from ingest.pdf_table_header import Grid

Record = dict[int, list[str]]


@dataclass
class _Layout:
    key: int
    key_width: int  # widest key cell, where keys may wrap at a word; 0 where they do not
    blank_separated: bool  # rows set apart by blank lines
    widest: int = 0  # widest key cell
    tails: bool = False  # rows start with their label beside their figures (no group headings)


def group_records(body: list[tuple[Line, Grid]], key: int, across: frozenset[int] = frozenset()) -> list[Record]:
    """``across``: the numbers of lines running across the columns (a group's title, an introduction); their
    run is one record of its own, whatever its last words."""
    layout = _layout(body, key)
    records: list[Record] = []
    after_blank = False
    above: Grid = {}
    was_across = False
    grids = [grid for _, grid in body]
    for i, grid in enumerate(grids):
        if not grid:
            after_blank = bool(records)
            continue
        following = next((g for g in grids[i + 1 :] if g), None)
        is_across = body[i][0].number in across
        if records and (
            (is_across and was_across)
            or (
                is_across == was_across
                and (
                    _continues(records[-1], grid, above, after_blank, layout)
                    or _wrapped_tail(records[-1], grid, after_blank, layout, following)
                )
            )
        ):
            for k, text in grid.items():
                records[-1].setdefault(k, []).append(text)
        elif records and _group_member(records[-1], grid, key):
            # A row of a group whose label stands only on the group's first row: the label is carried down.
            records.append({key: [" ".join(records[-1][key])], **{k: [text] for k, text in grid.items()}})
        else:
            records.append({k: [text] for k, text in grid.items()})
        after_blank, above, was_across = False, grid, is_across
    return _merge_unlabelled(records, key)


def _layout(body: list[tuple[Line, Grid]], key: int) -> _Layout:
    filled = [g for _, g in body if g]
    key_lines = sum(1 for g in filled if key in g)
    gaps = sum(1 for (_, a), (_, b) in itertools.pairwise(body) if a and not b)
    multiline = key_lines < len(filled)  # some lines leave the key column empty
    widest = max((len(g[key]) for g in filled if key in g), default=0)
    tails = bool(filled) and key in filled[0] and len(filled[0]) > 1
    return _Layout(key, widest if multiline else 0, gaps >= 2 and gaps * 3 >= key_lines, widest, tails)


def _has_figures(grid: Grid, key: int) -> bool:
    return any(is_figure(text) for k, text in grid.items() if k != key)


def _continues(record: Record, grid: Grid, above: Grid, after_blank: bool, layout: _Layout) -> bool:
    """Whether a line carries on the record above rather than starting a new one."""
    key = layout.key
    label = grid.get(key)
    if _figure_clash(record, grid, key):
        return False
    if label is None and not any(k < key for k in grid):
        return not after_blank or _text_runs_on(record, grid, key)
    keys = record.get(key, [])
    if keys and (continues(keys[-1], label or "") or (label or "").startswith("(")):
        return True
    if _text_runs_on(record, grid, key) or (not after_blank and _field_labels(above)):
        return True
    if layout.blank_separated:  # a name wrapped, unless the one above is a field's label, complete ("Date:")
        return not after_blank and key in above and not above[key].endswith(":")
    return _wrapped_name(keys, label, after_blank, layout.key_width)


def _wrapped_name(keys: list[str], label: str | None, after_blank: bool, key_width: int) -> bool:
    """A name wrapped at its last word ("Marsh House Medical" / "Practice"): the line above was full."""
    return (
        key_width > 0
        and not after_blank
        and len(keys) == 1
        and label is not None
        and len(label.split()) == 1
        and label[:1].isupper()
        and len(keys[0]) + 1 + len(label) >= 0.85 * key_width
    )


def _wrapped_tail(record: Record, grid: Grid, after_blank: bool, layout: _Layout, following: Grid | None) -> bool:
    """The end of a label wrapped under its row ("Apply for or renew a Blue  84%  86%" / "Badge"):
    the label alone, right under a complete row whose label was too long to take its first word,
    and followed by a row with a label of its own (not by the values of a row of its own)."""
    key = layout.key
    keys, label = record.get(key, []), grid.get(key, "")
    return (
        layout.tails
        and not after_blank
        and len(grid) == 1
        and len(keys) == 1
        and (label[:1].isupper() or label[:1].isdigit())
        and not is_figure(label)
        and any(k != key for k in record)
        and (following is None or key in following)
        and len(keys[0]) + 1 + len(label.split()[0]) >= 0.85 * layout.widest
    )


def _field_labels(grid: Grid) -> bool:
    """A line of form labels ("Contact details:"), whose values are on the next line."""
    return bool(grid) and all(text.endswith(":") for text in grid.values())


def _text_runs_on(record: Record, grid: Grid, key: int) -> bool:
    """A wrapped cell of running text: the record's cell is a phrase, this line finishes it."""
    for k, text in grid.items():
        if k == key or not record.get(k):
            continue
        before = record[k][-1]
        if len(before.split()) >= 3 and not ends_sentence(before) and continues(before, text):
            return True
    return False


def _group_member(record: Record, grid: Grid, key: int) -> bool:
    """A line with nothing in the key column or left of it, a label of its own (no digit) in the next column
    filled and figures, under a record with a key: a row of the record's group ("Medicine | Acute medical unit |
    48" over "| Respiratory | 32")."""
    if key in grid or any(k < key for k in grid) or key not in record:
        return False
    first = min(grid)
    return not has_digit(grid[first]) and any(is_figure(t) for k, t in grid.items() if k != first)


def _figure_clash(record: Record, grid: Grid, key: int) -> bool:
    """Figures on the line where the record already has figures: a new record (figures do not wrap)."""
    return any(is_figure(text) and any(is_figure(t) for t in record.get(k, [])) for k, text in grid.items() if k != key)


def _merge_unlabelled(records: list[Record], key: int) -> list[Record]:
    """A record with nothing in the key column or left of it belongs to the one above (a spanned cell)."""
    merged: list[Record] = []
    for record in records:
        if merged and not any(k <= key for k in record):
            for k, texts in record.items():
                merged[-1].setdefault(k, []).extend(texts)
        else:
            merged.append(record)
    return merged
