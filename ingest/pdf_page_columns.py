"""A page set in columns of running text, read as pages: the left column, then the next to the right.

pypdf's layout text gives such a page line by line across both columns. Where a column also holds a
table, a list or a note, the table finder sees one page-wide run of "cells" (the left column's line
beside the right column's) and reads the two columns' sentences as the cells of rows. So a page whose
lines all leave one gutter clear, with sentences on both sides of it on many lines, is cut there first,
as a printed spread is (:mod:`ingest.pdf_sheets`); each side is then read as a page of its own. The
running header and footer, across the gutter at the page's top and foot, stay whole.

A table's columns leave gutters clear too, but a table's cells are short, or several to a side: the
cut is made only where at least half of each side's lines are one run of words (a sentence's part),
six lines or more hold such a run on both sides, the gutter is three characters wide or more (a
space lining up down a page of prose by chance is one), and the two sides' entries do not start line
for line (a table of two wrapped text columns, a risk beside its mitigation, does).

Each side is cut again where it still holds two columns, so a page of three columns reads as three. A
designed page often sets its columns under a title and introduction that run across the page, or
above a section across it: when the page is not columns from top to foot, each band of twelve lines
or more that is (the longest first, then the rest above and below it) is read column by column
between the lines across the page.

A column's running text may announce a small table set in it ("... our ratings for the trust as a whole:", then
"Safe      Good" a line): its lines count as the column's text (see :func:`_panel`).

A title over the columns, its words set far apart in large type ("Our    priorities    for    2026/27"), may
leave the gutter clear too: such display lines at the columns' top are read whole, above them (see :func:`_titled`).

A column of running text may have short lines set beside it instead of a second column: key figures,
each over its label. Read across, each figure lands in the middle of a sentence and
its label lines away from it. The page is cut there too when those lines are no table's (see
:func:`_aside`).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from ingest.pdf_lines import EDGE_LINES, continues, ends_sentence
from vectorstore.text import recurring

# Words set apart from the rest of their line by six spaces or more. Words that a design tool places one by one,
# justified, are written up to five spaces apart on the layout grid; a column's gutter is wider.
_RUN = re.compile(r"\S+(?: {1,5}\S+)*")
_SENTENCE_WORDS = 4  # a run of this many words or more is running text
_MIN_BESIDE = 6  # lines with running text on both sides of the gutter
_RUNNING_SHARE = 0.5  # of each side's lines, those that are one run of running text
_TOGETHER = 0.75  # share of entries starting on the same line on both sides, in a table of two columns of text
_ASIDE_TOGETHER = 0.25  # at most this share of an aside's lines start where the text beside starts an entry
_MIDDLE = (0.3, 0.7)  # the gutter lies in this part of the page's width
_MIN_BAND = 12  # lines (not counting blank ones) of a band of columns on a page that is not all columns
_PANEL_LINES = 3  # lines of a small table set in a column of text
_MIN_GUTTER = 3  # characters clear on every line: a space that lines up down a page of prose by chance is one
_DIGITS = re.compile(r"\d+")


def running_lines(texts: list[str]) -> set[str]:
    """The lines at the top or foot of two pages or more (page numbers aside): a running header or footer, which
    may leave the gutter clear (a title at the left margin, "Page 3" at the right) and is still not two columns."""
    edges: list[str] = []
    for text in texts:
        filled = [line for line in text.split("\n") if line.strip()]
        edges += {_plain(line) for line in filled[:EDGE_LINES] + filled[-EDGE_LINES:]}  # each page's once
    return recurring(edges, 2)


def column_pages(text: str, running: Collection[str] = ()) -> list[str]:
    """The page's layout text as the pages it reads as: itself, or its columns, left to right, each read down.
    ``running``: the document's running lines (:func:`running_lines`), kept whole."""
    lines = text.split("\n")
    filled = [i for i, line in enumerate(lines) if line.strip()]
    if len(filled) < 2 * EDGE_LINES + _MIN_BESIDE:
        return [text]
    body = filled[EDGE_LINES:-EDGE_LINES]
    cut = _gutter(lines, body)
    if cut is None:
        return _banded(lines, body) or [text]
    top, foot = filled[EDGE_LINES - 1], filled[-EDGE_LINES]
    whole = {i for i in filled if (i <= top or i >= foot) and (_crosses(lines[i], cut) or _plain(lines[i]) in running)}
    titled = _titled(lines, [i for i in filled if i not in whole], cut, -1)
    display = {i for i in filled if i <= titled and i not in whole}
    whole |= display
    top = max(top, titled)
    left = [
        line if i in whole and i <= top else "" if i in whole else line[:cut].rstrip() for i, line in enumerate(lines)
    ]
    for i in display:
        left[i] = _display([lines[i]], cut)
    right = [line if i in whole and i >= foot else "" if i in whole else line[cut:] for i, line in enumerate(lines)]
    return _sides(left, right, above=sum(1 for i in filled if i <= top and i in whole))


def _sides(left: list[str], right: list[str], above: int = 0) -> list[str]:
    """The two sides of a cut, each read as its own columns: a page of three columns is cut at one gutter, and the
    side holding two columns again at the other. ``above``: the left side's first lines (not counting blank ones)
    that are the page's top, above its columns."""
    sides = (_closed_up(left, right), _closed_up(right, left))
    return [piece for k, side in enumerate(sides) for piece in _columns("\n".join(side), above if k == 0 else 0)]


def _columns(text: str, above: int = 0) -> list[str]:
    """A side of a cut as the columns it still holds (every line of it is body: the page's edges are placed; the
    first ``above`` lines are the page's top)."""
    lines = text.split("\n")
    body = [i for i, line in enumerate(lines) if line.strip()]
    cut = _gutter(lines, body) if len(body) >= _MIN_BESIDE else None
    if cut is None:
        return [text]
    top = body[above - 1] if 0 < above <= len(body) else -1
    titled = _titled(lines, body[above:], cut, top)
    if titled == top:
        return _sides(*_cut(lines, cut))
    return [_display(lines[: titled + 1], cut), *_sides(*_cut(lines[titled + 1 :], cut))]


def _cut(lines: list[str], cut: int) -> tuple[list[str], list[str]]:
    """The lines' left and right sides of the gutter at ``cut``."""
    return [line[:cut].rstrip() for line in lines], [line[cut:] for line in lines]


def _banded(lines: list[str], body: list[int]) -> list[str]:
    """A page whose columns run over part of it only (a title and introduction across the page, then three columns,
    then a section across it again), as its bands read in turn, the columns of each band left to right; [] when
    no run of :data:`_MIN_BAND` lines or more is set in columns."""
    bands = sorted(_bands(lines, body))
    if not bands:
        return []
    pieces: list[str] = []
    start = 0
    for k, (first, last, cut) in enumerate(bands):
        # The band runs on over the edge lines under it that leave its gutter clear (a column's last lines near
        # the foot of the page), up to a line across it or the next band.
        floor = bands[k + 1][0] if k + 1 < len(bands) else len(lines)
        while last + 1 < floor and not lines[last + 1][cut - 1 : cut + 2].strip():
            last += 1
        pieces.append("\n".join(lines[start:first]))
        below = _titled(lines, [i for i in range(first, last + 1) if lines[i].strip()], cut, first - 1) + 1
        pieces.append(_display(lines[first:below], cut))  # the display lines the band's columns open under
        pieces += _sides(*_cut(lines[below : last + 1], cut))
        start = last + 1
    pieces.append("\n".join(lines[start:]))
    return [piece for piece in pieces if piece.strip()]


def _bands(lines: list[str], body: list[int]) -> list[tuple[int, int, int]]:
    """(first line, last line, gutter) of each longest run of body lines that reads as columns, the rest searched
    again above and below it."""
    if len(body) < _MIN_BAND:
        return []
    width = max(len(line) for line in lines)
    middle = range(int(width * _MIDDLE[0]), int(width * _MIDDLE[1]))
    clear = [frozenset(x for x in middle if not _crosses(lines[i], x)) for i in body]
    runs: set[tuple[int, int]] = set()  # (start, end) into body: each start's longest run with columns clear
    for start in range(len(body) - _MIN_BAND + 1):
        common, end = clear[start], start
        while end + 1 < len(body) and len(common & clear[end + 1]) >= _MIN_GUTTER:
            end += 1
            common = common & clear[end]
        if end - start + 1 >= _MIN_BAND:
            runs.add((start, end))
    for start, end in sorted(runs, key=lambda run: (run[0] - run[1], run[0])):  # the longest first
        cut = _gutter(lines, body[start : end + 1])
        if cut is not None:
            return [*_bands(lines, body[:start]), (body[start], body[end], cut), *_bands(lines, body[end + 1 :])]
    return []


def _closed_up(side: list[str], other: list[str]) -> list[str]:
    """The side's lines without a blank line its text runs on over: one the other column's taller lines left in
    it (a heading's) where this side's sentence goes on, or one between a line and the rest of its sentence
    ("... and the waiting list for" and "hip operations fell"). Read as a paragraph's end, it would cut the sentence."""
    kept: list[str] = []
    for i, (line, beside) in enumerate(zip(side, other, strict=True)):
        if not line.strip():
            last = next((k.strip() for k in reversed(kept) if k.strip()), "")
            after = side[i + 1].strip() if i + 1 < len(side) else ""
            if last and ((beside.strip() and not ends_sentence(last)) or continues(last, after)):
                continue
        kept.append(line)
    return kept


def _titled(lines: list[str], body: list[int], cut: int, top: int) -> int:
    """The last line above the columns: ``top``, or the last of the display lines the columns open under. A design
    tool sets a title's words in a large type, spread out on the layout grid ("Our    priorities    for    2026/27"),
    and the gutter below runs through it; cut there, the title's last word would open the right column."""
    for i in body:
        runs = list(_RUN.finditer(lines[i]))
        if not _past(lines[i], cut):
            continue  # the left column's, read first either way (the page's title, a column's first lines)
        if not (_spread(lines[i]) and runs[0].start() < cut) or _heads_cells(lines, i, runs):
            break
        top = i
    return top


def _heads_cells(lines: list[str], i: int, runs: list[re.Match[str]]) -> bool:
    """Whether the next line sets words where two or more of this line's words start: a table's header or row."""
    after = next((line for line in lines[i + 1 :] if line.strip()), "")
    starts = {m.start() for m in _RUN.finditer(after)}
    return sum(1 for run in runs[1:] if run.start() in starts) >= 2


def _spread(line: str) -> bool:
    """Three words or more, each set apart from the next by a gutter's width: a display line, or a table's header
    of one-word cells."""
    runs = _RUN.findall(line)
    return len(runs) >= 3 and all(" " not in run for run in runs)


def _display(lines: list[str], cut: int) -> str:
    """Lines above a page's columns, with a display line's words (those across the gutter at ``cut``) read as the
    words of one line: set apart, they would read as a table's cells. A row of one-word cells in the left column
    above it keeps its spaces."""
    return "\n".join(" ".join(line.split()) if _spread(line) and _past(line, cut) else line for line in lines)


def _past(line: str, cut: int) -> bool:
    """Whether the line's words reach past the gutter at ``cut``."""
    return len(line.rstrip()) > cut


def _plain(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split()))


def _gutter(lines: list[str], body: list[int]) -> int | None:
    """The middle of the widest clear run of columns where the body reads as two columns of text, or None."""
    width = max(len(line) for line in lines)
    clear = [
        x
        for x in range(int(width * _MIDDLE[0]), int(width * _MIDDLE[1]))
        if not any(_crosses(lines[i], x) for i in body) and _columns_at(*_halves(lines, body, x))
    ]
    if not clear:
        return None
    runs: list[list[int]] = []
    for x in clear:
        if runs and x == runs[-1][-1] + 1:
            runs[-1].append(x)
        else:
            runs.append([x])
    widest = max(runs, key=len)
    return widest[len(widest) // 2] if len(widest) >= _MIN_GUTTER else None


def _crosses(line: str, x: int) -> bool:
    return len(line) > x and line[x - 1] != " " and line[x] != " "


def _halves(lines: list[str], body: list[int], x: int) -> tuple[list[str], list[str]]:
    """The body lines' text left and right of ``x``."""
    return [lines[i][:x].strip() for i in body], [lines[i][x:].strip() for i in body]


def _columns_at(left: list[str], right: list[str]) -> bool:
    """Whether a clear gutter between these halves parts two columns: of running text, or of text and its aside."""
    return _two_columns(left, right) or _aside(left, right)


def _two_columns(left: list[str], right: list[str]) -> bool:
    # A column's text: its running lines, and the lines of a small table set in it (a box of ratings beside the
    # paragraph that introduces them), beside running text.
    text: list[set[int]] = []
    panels: list[set[int]] = []
    columns: list[set[int]] = []
    for side in (left, right):  # most candidate gutters part no columns: too little text on the left settles it
        text.append({i for i, s in enumerate(side) if _running(s)})
        panels.append(_panel(side))
        columns.append(text[-1] | panels[-1])
        if len(columns[-1]) < _MIN_BESIDE:
            return False
    beside = columns[0] & columns[1] & (text[0] | text[1])
    return (
        len(beside) >= _MIN_BESIDE
        and all(
            len(columns[k]) >= _RUNNING_SHARE * max(1, sum(1 for s in side if s))
            for k, side in enumerate((left, right))
        )
        and not _rows(left, right)
        and not any(
            panels[k] and len(panels[k] & _starts(other)) > _TOGETHER * len(panels[k])
            for k, other in ((0, right), (1, left))
        )
    )


def _panel(side: list[str]) -> set[int]:
    """The lines of small tables set in a column under the running line that announces them ("... our ratings for
    the trust as a whole:", then "Safe      Requires improvement", "Caring      Outstanding"): three lines or more,
    one under another, each of two runs or more, the second run starting at one place. Read from each announcing
    line only: the test runs for every candidate gutter of every page."""
    lines: set[int] = set()
    for j, text in enumerate(side):
        if not (text.endswith(":") and _running(text)):
            continue
        k = next((k for k in range(j + 1, len(side)) if side[k]), len(side))
        block: list[int] = []
        second = -1
        while k < len(side):
            runs = list(_RUN.finditer(side[k]))
            if len(runs) < 2 or (block and runs[1].start() != second):
                break
            second = runs[1].start()
            block.append(k)
            k += 1
        if len(block) >= _PANEL_LINES:
            lines.update(block)
    return lines


def _aside(left: list[str], right: list[str]) -> bool:
    """A column of running text with key figures set beside it, each over its label, that are not a table's: no
    line beside is running text, each is one run, they take fewer than half as many lines as the text, they do not
    start where the text's entries start (a table's cells start on its rows' lines), and most figures have a line
    of words under them (a table's column of scores or statuses has one value a row)."""
    for text, aside in ((left, right), (right, left)):
        filled = [s for s in text if s]
        beside = [i for i, s in enumerate(aside) if s]
        # The aside's few lines are tested first: the text's many lines are read only for a page that has one.
        if (
            not beside
            or 2 * len(beside) > len(filled)
            or any(_running(aside[i]) or len(_RUN.findall(aside[i])) > 1 for i in beside)
        ):
            continue
        running = sum(map(_running, filled))
        if running < _MIN_BESIDE or running < _RUNNING_SHARE * len(filled):
            continue
        starts = _starts(text)
        figures = [i for i in beside if _DIGITS.search(aside[i])]
        labelled = [i for i in figures if i + 1 < len(aside) and aside[i + 1] and not _DIGITS.search(aside[i + 1])]
        if (
            sum(1 for i in beside if i in starts) <= _ASIDE_TOGETHER * len(beside)
            and len(labelled) >= 2
            and 2 * len(labelled) >= len(figures)
        ):
            return True
    return False


def _rows(left: list[str], right: list[str]) -> bool:
    """Entries of text starting side by side, line for line: a table's rows of two wrapped cells (a risk and its
    mitigation), not two columns of a page, whose paragraphs start where they fall."""
    starts = [_starts(side) for side in (left, right)]
    together = len(starts[0] & starts[1])
    return together > _TOGETHER * max(1, min(len(starts[0]), len(starts[1])))


def _starts(side: list[str]) -> set[int]:
    """The lines where an entry starts: after a blank line or a sentence's end."""
    out = set()
    for i, text in enumerate(side):
        if text and (i == 0 or not side[i - 1] or ends_sentence(side[i - 1])):
            out.add(i)
    return out


def _running(text: str) -> bool:
    runs = _RUN.findall(text)
    return len(runs) == 1 and len(runs[0].split()) >= _SENTENCE_WORDS
