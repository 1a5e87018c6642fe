"""Turn a table found in layout text into a header row over rows written as printed.

The header is the lines above the first row holding both a label and figures (or, in a
table of words, a first line of short labels over rows with digits); its lines stack into
one label per column ("April" over "2023" is "April 2023"), and a header cell spanning
several columns prefixes theirs ("Headcount" over "GP" is "Headcount GP"). Body lines
group into records: a line with nothing in the key column (the first column filled on the
first body line) continues the record above, as does one whose text carries on from it
(lower case, a closing bracket, or a record ending "... and"). Each record is written as printed,
"label | value | value", under the header row the chunker carries to every chunk of the table.
A table cut by a page break carries its header over to the next page.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace

from ingest.blocks import PARAGRAPH, TABLE_ROW, Block
from ingest.pdf_lines import Line, continues, ends_sentence, is_figure, label_like, starts_lower
from ingest.pdf_prose import starts_item
from ingest.pdf_records import Record, group_records
from ingest.pdf_table_header import Grid, column_labels, grid, header_lines
from ingest.pdf_zones import RUNNING_WORDS, Zone, crosses, find_tables
from ingest.table_rows import printed_row

_MIN_SCALE = 0.75  # the narrowest a page's character grid is against another's
_FIT_SLACK = 2  # characters: the layout text's grid places proportional type only roughly
_RUN_LINES = 3  # lines of one entry in a column beside which another column's entries are counted
_ROW_STARTS = 0.75  # share of the other columns starting an entry beside the first column's, in a table's rows
_RUN_ON_WORDS = 3  # words of a column's first line that carries on a sentence from the column before


@dataclass
class Carried:
    """What a table continued on the next page needs from the part before the break."""

    anchors: list[int]  # where each column's text starts
    labels: list[str]
    key: int
    table: int
    last_key: str = ""


@dataclass
class TableText:
    carried: Carried  # what the next page needs to read on, and this table's id
    caption: list[str] = field(default_factory=list)  # the title line right above the table
    spanning: list[str] = field(default_factory=list)  # header cells over every column
    header: str | None = None
    rows: list[str] = field(default_factory=list)
    keys: list[str] = field(default_factory=list)  # each row's label (its key column's text)
    before: list[str] = field(default_factory=list)  # "name | value" lines set apart above the header
    key_label: str = ""  # the header over the key column
    by_group: bool = False  # one row per group of a two-level header: the group names each row


def table_blocks(table: TableText, page: int | None = None) -> list[Block]:
    """A table's blocks: the "name | value" lines set apart above it, its title, the lines across its columns, its
    header row and its rows."""
    table_id = table.carried.table
    blocks = [Block(PARAGRAPH, text, page=page) for text in table.before]
    blocks += [Block(PARAGRAPH, text, page=page, table=table_id) for text in table.caption]  # its title
    blocks += [Block(PARAGRAPH, text, page=page) for text in table.spanning]
    if table.header:
        blocks.append(Block(TABLE_ROW, table.header, page=page, table=table_id, header=True))
    blocks.extend(Block(TABLE_ROW, row, page=page, table=table_id) for row in table.rows)
    return blocks


def text_columns(zone: Zone, lines: list[Line]) -> list[list[Line]] | None:
    """Columns of running text side by side (a slide, a text box): each column's lines, or None.

    Such columns are each filled on most lines and read on from line to line (a line stops mid-phrase, or
    wrapped: the next line's first word would not have fitted on it); a table's wrapped cells do that in one
    column at most, and a table has figures (a year ending a sentence, "2026.", wrapped onto a line of its own is
    no table's figure). Lines across the columns (``zone.spanning``) are not in any column: the caller reads them
    first.
    """
    body = [lines[i] for i in range(zone.first, zone.last + 1) if not lines[i].blank and i not in zone.spanning]
    grids = [grid(zone, line) for line in body]
    if any(is_figure(text) and not text.endswith(".") for grid in grids for text in grid.values()):
        return None
    columns = [_spans(zone, body, k) for k in range(len(zone.columns))]
    flowing = 0
    for spans in columns:
        pairs = [(a, b) for a, b in itertools.pairwise(spans) if b.number == a.number + 1]
        flows = sum(1 for a, b in pairs if _reads_on(a, b, spans))
        if len(spans) * 2 >= len(body) and len(pairs) >= 2 and flows * 2 >= len(pairs):
            flowing += 1
    if (flowing < 2 and not _entry_beside_entries(columns)) or (
        _rows_start_together(body, columns) and not _runs_on_across(columns)
    ):
        return None
    return [
        [
            Line(line.number, line.raw, [c for c in zone.cells(line) if zone.column_of(c) == k])
            for line, grid in zip(body, grids, strict=False)
            if k in grid
        ]
        for k in range(len(zone.columns))
    ]


def inner_columns(column: list[Line]) -> tuple[list[Line], list[list[Line]], list[Line]] | None:
    """A column of text that holds columns of its own (three columns of a foreword beside a sidebar of key
    facts): its lines above them, those columns, and its lines below them; or None."""
    if not column:
        return None
    page = [Line(number, "") for number in range(column[-1].number + 1)]
    for line in column:
        page[line.number] = line
    for found in find_tables(page):
        zone = with_text_around(found, page)
        columns = text_columns(zone, page) if not (zone.spanning or zone.caption) else None
        if columns is not None:
            above = [line for line in column if line.number < zone.first]
            return above, columns, [line for line in column if line.number > zone.last]
    return None


def with_text_around(zone: Zone, lines: list[Line]) -> Zone:
    """The zone with the lines right above and right below it, up to a blank line or a line across its gutters,
    when they are the columns' first and last lines: the table finder starts a zone at its first row and ends it at
    its last, and a column of text may open or close with lines that are no row (a bullet with text beside it, a
    line of one column)."""
    first, last = zone.first, zone.last
    while first > 0 and not lines[first - 1].blank and not crosses(lines[first - 1], zone.gutters):
        first -= 1
    while last + 1 < len(lines) and not lines[last + 1].blank and not crosses(lines[last + 1], zone.gutters):
        last += 1
    if (first, last) == (zone.first, zone.last) or zone.spanning or zone.caption:
        return zone
    grown = replace(zone, first=first, last=last)
    return grown if text_columns(grown, lines) is not None else zone


@dataclass(frozen=True)
class _Span:
    """A line's text in one column, and where it ends."""

    number: int
    text: str
    end: int


def _spans(zone: Zone, body: list[Line], column: int) -> list[_Span]:
    spans = []
    for line in body:
        cells = [c for c in zone.cells(line) if zone.column_of(c) == column]
        if cells:
            spans.append(_Span(line.number, " ".join(c.text for c in cells), max(c.end for c in cells)))
    return spans


def _reads_on(above: _Span, span: _Span, column: list[_Span]) -> bool:
    """The span carries on the line above it in its column: that line stops mid-phrase, or it is running text
    that wrapped (it ends where the span's first word would not have fitted before the column's right edge:
    "... and Emergency Care" over "Board with all ...")."""
    if continues(above.text, span.text):
        return True
    right = max(s.end for s in column)
    running = len(above.text.split()) >= RUNNING_WORDS
    return running and not starts_item(span.text) and above.end + 1 + len(span.text.split()[0]) > right - _FIT_SLACK


def _rows_start_together(body: list[Line], columns: list[list[_Span]]) -> bool:
    """Where the first column starts a new entry, the other columns start theirs on the same line: rows of a
    table of wrapped text. Side-by-side lists start their items wherever the column above them ends.

    The first column starts an entry unless its line goes on in lower case or the line above stops mid-phrase:
    a row's name may begin right under a full line. A line in another column that carries on a full line of
    running text above it starts nothing."""
    by_line: dict[int, dict[int, _Span]] = {}
    for k, spans in enumerate(columns):
        for span in spans:
            by_line.setdefault(span.number, {})[k] = span
    on_line = [by_line.get(line.number, {}) for line in body]
    last: dict[int, _Span] = {}
    shares: list[float] = []
    for number, cells in enumerate(on_line):
        starts = {
            k
            for k, span in cells.items()
            if not starts_lower(span.text) and not _goes_on(last.get(k), span, columns[k] if k else None)
        }
        # A header's labels ("What we will do", "Led by") run on into no row.
        last = {} if number == 0 and label_like(body[0].cells) else {**last, **cells}
        others = [k for k in cells if k != 0]
        if number and 0 in starts and others:
            shares.append(sum(1 for k in others if k in starts) / len(others))
    return len(shares) >= 2 and sum(shares) / len(shares) >= _ROW_STARTS


def _runs_on_across(columns: list[list[_Span]]) -> bool:
    """A sentence runs on from the foot of one column to the head of the next, beside it (a newspaper's columns,
    whose bullets may start level with each other like a table's rows): "9,870 checks for" at the foot of one
    column, "people aged 40 to 74" at the head of the next. No cell of a table goes on in the next column."""
    return any(
        left
        and right
        and right[0].number < left[-1].number
        and starts_lower(right[0].text)
        and len(right[0].text.split()) >= _RUN_ON_WORDS
        and not ends_sentence(left[-1].text)
        for left, right in itertools.pairwise(columns)
    )


def _entry_beside_entries(columns: list[list[_Span]]) -> bool:
    """A column's text runs on over lines where another column starts two entries or more (a paragraph beside a
    box of points): no row of a table holds two of another column's entries beside one cell."""
    for k, spans in enumerate(columns):
        run = [spans[0]] if spans else []
        for above, span in itertools.pairwise(spans):
            if span.number == above.number + 1 and _reads_on(above, span, spans):
                run.append(span)
                continue
            if _starts_beside(run, columns, k):
                return True
            run = [span]
        if _starts_beside(run, columns, k):
            return True
    return False


def _starts_beside(run: list[_Span], columns: list[list[_Span]], k: int) -> bool:
    """The run is running text (not a column of one-letter marks) beside two entries or more of another column."""
    if len(run) < _RUN_LINES or not any(len(span.text.split()) >= RUNNING_WORDS for span in run):
        return False
    first, last = run[0].number, run[-1].number
    for j, spans in enumerate(columns):
        if j == k:
            continue
        starts = sum(
            1
            for n, span in enumerate(spans)
            if first <= span.number <= last
            and not starts_lower(span.text)
            and not _goes_on(spans[n - 1] if n else None, span, spans)
        )
        if starts >= 2:
            return True
    return False


def _goes_on(above: _Span | None, span: _Span, column: list[_Span] | None) -> bool:
    """The span continues its column's text above it; wrapped, if ``column`` is given, from the line right above."""
    if above is None:
        return False
    if column is not None and above.number == span.number - 1:
        return _reads_on(above, span, column)
    return continues(above.text, span.text)


def build_table(
    zone: Zone, lines: list[Line], table_id: int, carried: Carried | None, words: frozenset[str] = frozenset()
) -> TableText:
    part = lines[zone.first : zone.last + 1]
    filled = [(line, grid(zone, line)) for line in part if not line.blank]
    starts = _anchors(zone, [line for line, _ in filled])
    mapping = _continuation(carried, starts) if carried else None
    if mapping is not None and carried is not None and carried.key not in mapping.values() and _bare(filled):
        mapping = None  # figures only, none under the labels: other columns of the same rows (a spread)
    # The part after a page break repeats its header only sometimes; trust a line of plain labels (years too).
    count = header_lines(filled) if mapping is None or label_like(filled[0][0].cells, digits=True) else 0
    if count and carried is not None and mapping is None:  # header labels sit apart from their figures
        mapping = _continuation(carried, _anchors(zone, [line for line, _ in filled[count:]]))
    caption = [lines[i].text for i in zone.caption]
    header_text: str | None = None
    before: list[str] = []
    spanning: list[str] = []
    groups: list[str] = []
    key: int | None = None
    if count:
        pairs = _pairs_above(filled[:count])
        before = [" | ".join(c.text for c in line.cells) for line, _ in filled[:pairs]]
        header = [line for line, _ in filled[pairs:count]]
        part = [line for line in part if line.number > header[-1].number]
        labels, spanning, groups = column_labels(zone, header, part, words)
        if carried is not None and mapping is not None and _same_labels(labels, carried.labels):
            table_id = carried.table  # the header repeated at the top of the next page
    elif mapping is not None and carried is not None:
        labels, key = _carry_over(zone, carried, mapping, starts)
        table_id = carried.table
    else:
        labels = [""] * len(zone.columns)
    body = [(line, grid(zone, line)) for line in part]
    filled_body = [(line, g) for line, g in body if g]
    key = _key_column(filled_body) if key is None else key
    records = group_records(body, key, frozenset(zone.spanning))
    if count == 0 and mapping is not None and carried and carried.last_key and records and not records[0].get(key):
        records[0][key] = [f"{carried.last_key} (continued)"]  # the record the page break cut
    by_group = _by_group(records, groups)
    if by_group is not None:
        keys, rows = [group for group, _ in by_group], [row for _, row in by_group]
        header_text = " | ".join(dict.fromkeys(_own(labels[k], groups[k]) for k in range(len(labels)) if groups[k]))
    else:
        # The columns a label or a cell fills, so a column the zone found empty here leaves no gap in the rows.
        used = sorted({k for record in records for k in record} | {k for k, label in enumerate(labels) if label})
        rows = [printed_row(" ".join(record.get(k, [])) for k in used) for record in records]
        keys = [" ".join(record.get(key, [])) for record in records]
        if count:  # the header row, over the same columns as the rows
            header_text = printed_row(labels[k] if k < len(labels) else "" for k in used) or None
    key_label = labels[key] if key < len(labels) else ""
    last_key = " ".join(records[-1].get(key, [])) if records else ""
    carried_on = Carried(_anchors(zone, [line for line, _ in filled_body]), labels, key, table_id, last_key)
    return TableText(
        carried_on,
        caption,
        spanning,
        header_text,
        rows,
        keys=keys,
        before=before,
        key_label=key_label,
        by_group=by_group is not None,
    )


def _pairs_above(header: list[tuple[Line, Grid]]) -> int:
    """How many of the header lines are "name | value" pairs set apart above the real header by a
    blank line ("Cabinet Member  Dan Watkins" over a blank line over "KPI Summary  GREEN  AMBER"); a name opens
    its line, so two labels over the figure columns ("This month", "Year to date") are the header's group line."""
    gaps = [j for j in range(1, len(header)) if header[j][0].number > header[j - 1][0].number + 1]
    if not gaps:
        return 0
    j = gaps[-1]
    pairs = all(len(line.cells) == 2 and 0 in grid for line, grid in header[:j])
    return j if pairs and any(len(line.cells) > 2 for line, _ in header[j:]) else 0


def _bare(filled: list[tuple[Line, Grid]]) -> bool:
    """Every cell a figure or a year: no row labels anywhere."""
    return all(is_figure(text) for _, g in filled for text in g.values())


def _same_labels(labels: list[str], before: list[str]) -> bool:
    return [label for label in labels if label] == [label for label in before if label]


def _carry_over(zone: Zone, carried: Carried, mapping: dict[int, int], starts: list[int]) -> tuple[list[str], int]:
    """Labels and key column of the table this part continues."""
    if len(mapping) < len(carried.labels):
        mapping = _adopt_columns(zone, carried, mapping, starts)
    labels = [carried.labels[mapping[k]] if k in mapping else "" for k in range(len(zone.columns))]
    return labels, next((k for k, j in mapping.items() if j == carried.key), 0)


def _key_column(filled: list[tuple[Line, Grid]]) -> int:
    """The column naming each record: the first one filled on the first body line."""
    return min(filled[0][1]) if filled else 0


def _by_group(records: list[Record], groups: list[str]) -> list[tuple[str, str]] | None:
    """Rows of figures with no row labels under a two-level header, one row per group ("Quarter 3"
    over "2024/25" over "Fatal  Serious  Slight  Total", and one line of figures): the group
    names the row, as a reader says it ("2024/25 | 4 | 215 | ...", under "Fatal | Serious | ..."). None
    for any other table."""
    if not records or not groups:
        return None
    cells = [(k, " ".join(texts)) for record in records for k, texts in sorted(record.items())]
    if not all(is_figure(text) and k < len(groups) and groups[k] for k, text in cells):
        return None
    rows: list[tuple[str, list[str]]] = []
    for record in records:
        for k, texts in sorted(record.items()):
            group = groups[k]
            if not rows or rows[-1][0] != group or k == min(record):
                rows.append((group, [group]))
            rows[-1][1].append(" ".join(texts))
    return [(group, printed_row(parts)) for group, parts in rows]


def _own(label: str, group: str) -> str:
    """A column's label without its group's ("Serious" of "2024/25 Serious")."""
    return label.removeprefix(group).strip()


# --- tables cut by a page break ------------------------------------------------------
def _anchors(zone: Zone, lines: list[Line]) -> list[int]:
    starts: dict[int, int] = {}
    for line in lines:
        for cell in zone.cells(line):
            k = zone.column_of(cell)
            starts[k] = min(starts.get(k, cell.start), cell.start)
    return [starts.get(k, -1) for k in range(len(zone.columns))]


def _continuation(carried: Carried, anchors: list[int]) -> dict[int, int] | None:
    """Column k of this page -> column j of the table before the break, when the columns line up.

    Pages can have slightly different character widths, so columns far right may drift a little;
    a page whose text is set in a narrower or wider character grid (pypdf measures each page by
    its own fonts) has the same columns at positions scaled by one factor.
    """
    new = [(k, x) for k, x in enumerate(anchors) if x >= 0]
    old = [(j, x) for j, x in enumerate(carried.anchors) if x >= 0]
    if len(new) < 2 or len(new) > len(old):
        return None
    mapping = _lined_up(new, old, 1.0)
    if mapping is None and len(new) == len(old) and old[-1][1] > 0:
        scale = new[-1][1] / old[-1][1]
        if _MIN_SCALE <= scale <= 1 / _MIN_SCALE:
            mapping = _lined_up(new, old, scale)
    return mapping


def _lined_up(new: list[tuple[int, int]], old: list[tuple[int, int]], scale: float) -> dict[int, int] | None:
    mapping: dict[int, int] = {}
    for k, position in new:
        j, distance = min(((j, abs(position - x * scale)) for j, x in old), key=lambda t: t[1])
        if distance > max(3, 0.08 * position) or j in mapping.values():
            return None
        mapping[k] = j
    return mapping


def _adopt_columns(zone: Zone, carried: Carried, mapping: dict[int, int], anchors: list[int]) -> dict[int, int]:
    """Lay the columns of the part before the break over this part, which lacks some of them."""
    shift = min(anchors[k] - carried.anchors[j] for k, j in mapping.items())
    starts = [x + shift for x in carried.anchors if x >= 0]
    zone.gutters = [(x - 1, x) for x in starts[1:]]
    return {k: j for k, j in enumerate(j for j, x in enumerate(carried.anchors) if x >= 0)}
