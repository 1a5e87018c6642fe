"""Charts drawn with their data labels, read as tables of each category's values.

A bar or line chart drawn as vector graphics (a spreadsheet's, a plotting library's, a web page's) puts
its words in layout text where they stand on the page: the value axis's ticks down the left edge, each
bar's data label over its bar at whatever height the bar reaches, the categories ("Apr", "May", ...)
in one line under the plot. Read as text, "78.4%" lands lines away from "Jun", among other data
labels and beside the text of whatever stands to the chart's right, so no passage says June's figure
was 78.4%. Here such a chart is taken out of its page and written as a small table under its title:
each category beside the labels set over it ("Jun    78.4%"); the rest of the page is read as before.

Two shapes are read, both by their axes, which tables do not have:

- columns or points over a line of three or more evenly spaced categories, with the value axis's
  ticks (numbers going up in equal round steps, 60, 65, 70 or 0.8, 0.9, 1.0, one per line, aligned on
  their right edge at the left of the plot) above it: each data label is the category's whose centre it
  stands over (within half the categories' spacing);
- bars across from a line of three or more evenly spaced ticks in equal round steps, with their
  category labels ending just left of the plot: each data label is the category's on the nearest line
  (layout text may put a label a line above or below its category). The chart's title, across the value
  axis, bounds it from above.

A table's row going up by the same amount in each column (5.90, 6.40, 6.90) is not in round steps, and a
table's header stands over its figures, not under them.

A chart needs data labels on at least half its categories (three or more) to be read: without them
its picture holds the figures, and its words are left where they are.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

from ingest.pdf_lines import Cell, cells_of, is_figure, is_year

_WORD = re.compile(r"\S+")
_TICK = re.compile(r"^[£$€]?-?\d[\d,]*(?:\.\d+)?%?[kmKM]?$")  # "60", "1.5", "£1.2m", "80%", "1,000"
_MAX_CATEGORY_WORDS = 3  # an axis category is a word or a short phrase ("Trauma and orthopaedics" is a bar's)
_MAX_BAR_LABEL_WORDS = 6
_SPACING = 1.6  # widest over narrowest gap between neighbouring categories or ticks: evenly spaced
_ROUND_STEPS = (1, 2, 2.5, 5)  # an axis's step is one of these times a power of ten
_MIN_STEPS = 3  # categories, ticks and data labels a chart has at least
_REACH = 80  # lines above its category line a chart's ticks and labels may stand
_ALIGN = 2  # columns by which ticks aligned on their right edge may differ
_LABEL_REACH = 12  # columns between a bar's category label and the value axis, at most (labels end near it)
_NEAR_LINES = 2  # lines between a bar's data label and its category label, at most
_TITLE_REACH = 5  # lines from a chart's title down to its plot, at most
_LABEL_GAP = 3  # spaces between the category and its values in the table written out


@dataclass
class _Chart:
    top: int  # first and last line of the chart's place on the page (title to axis title)
    bottom: int
    left: int  # columns of the page the chart stands in
    right: int
    title: list[str]
    legend: list[str]
    axis_title: str
    rows: list[tuple[str, list[str]]] = field(default_factory=list)

    def text(self) -> str:
        width = max(len(category) for category, _ in self.rows) + _LABEL_GAP
        lines = [*self.title, *self.legend, ""]
        if self.axis_title:
            lines.append(self.axis_title)
        lines += [category.ljust(width) + (" " * _LABEL_GAP).join(values) for category, values in self.rows]
        return "\n".join(lines)


@dataclass(frozen=True)
class _Word:
    line: int
    start: int
    end: int
    text: str

    @property
    def centre(self) -> float:
        return (self.start + self.end) / 2


def chart_pages(text: str) -> list[str]:
    """The page's layout text without its labelled charts, then each chart as a table; the page alone when it
    holds none."""
    lines = text.split("\n")
    charts: list[_Chart] = []
    for find in (_column_chart, _bar_chart):
        for i in range(len(lines)):
            if any(chart.top <= i <= chart.bottom for chart in charts):
                continue
            chart = find(lines, i)
            if chart is not None and not any(_overlap(chart, other) for other in charts):
                charts.append(chart)
    if not charts:
        return [text]
    rest = list(lines)
    for chart in charts:
        for i in range(chart.top, chart.bottom + 1):
            rest[i] = _blanked(rest[i], chart.left, chart.right)
    return ["\n".join(rest), *(chart.text() for chart in sorted(charts, key=lambda c: c.top))]


def _overlap(a: _Chart, b: _Chart) -> bool:
    return a.top <= b.bottom and b.top <= a.bottom and a.left < b.right and b.left < a.right


def _blanked(line: str, left: int, right: int) -> str:
    """The line with the cells that stand within columns [left, right) replaced by spaces."""
    out = list(line)
    for cell in _within(line, left, right):
        out[cell.start : cell.end] = " " * (cell.end - cell.start)
    return "".join(out).rstrip()


def _within(line: str, left: int, right: int) -> list[Cell]:
    """The line's cells whose centres stand within columns [left, right)."""
    return [cell for cell in cells_of(line) if left <= (cell.start + cell.end) / 2 < right]


def _words(lines: list[str], i: int) -> list[_Word]:
    return [_Word(i, m.start(), m.end(), m.group(0)) for m in _WORD.finditer(lines[i])]


def _value(text: str) -> float | None:
    digits = re.sub(r"[^\d.\-]", "", text)
    try:
        return float(digits)
    except ValueError:
        return None


def _even(centres: list[float]) -> bool:
    gaps = [b - a for a, b in zip(centres, centres[1:], strict=False)]
    return len(gaps) >= _MIN_STEPS - 1 and min(gaps) > 0 and max(gaps) <= _SPACING * min(gaps)


def _steps(values: list[float]) -> bool:
    """Numbers in equal round steps, as an axis's ticks are: the step 1, 2, 2.5 or 5 times a power of ten, each
    number a whole number of steps (0.5, 1.0, 1.5; 0, 250, 500), not years (a table's column of years is no axis).
    A row of a table going up by the same amount each month (5.90, 6.40, 6.90) is not round."""
    diffs = [b - a for a, b in zip(values, values[1:], strict=False)]
    if len(values) < _MIN_STEPS or diffs[0] == 0:
        return False
    step = abs(diffs[0])
    scale = 10 ** math.floor(math.log10(step))
    return (
        all(abs(d - diffs[0]) <= 1e-6 * max(1.0, step) for d in diffs)
        and any(math.isclose(step, m * scale) for m in _ROUND_STEPS)
        and all(abs(v / step - round(v / step)) <= 1e-6 for v in values)
        and not all(is_year(f"{v:g}") for v in values)
    )


def _categories(line: str) -> list[Cell] | None:
    """The longest run of evenly spaced short labels on the line (an axis's categories), or None."""
    cells = [c for c in cells_of(line) if _category(c.text, _MAX_CATEGORY_WORDS)]
    best: list[Cell] = []
    for first in range(len(cells)):
        for last in range(len(cells), first + _MIN_STEPS - 1, -1):
            run = cells[first:last]
            if len(run) > len(best) and _even([(c.start + c.end) / 2 for c in run]):
                best = run
                break
    return best or None


def _category(text: str, words: int) -> bool:
    return len(text.split()) <= words and (not is_figure(text) or is_year(text)) and any(ch.isalpha() for ch in text)


def _title(lines: list[str], above: int, left: int, right: int) -> tuple[int, list[str]]:
    """The one or two lines of words right above ``above`` within the columns (the chart's title), and where
    they start."""
    title: list[str] = []
    top = above
    for i in range(above - 1, max(-1, above - _TITLE_REACH - 1), -1):
        inside = [c.text for c in _within(lines[i], left, right)]
        if not inside:
            if title:
                break
            continue
        if any(is_figure(t) for t in inside) or len(title) == 2:
            break
        title.insert(0, " ".join(inside))
        top = i
    return top, title


def _axis_title(lines: list[str], below: int, left: int, right: int) -> tuple[int, str]:
    """The words of the line or two under the axis within the columns ("Month (2025)"), and where they are."""
    for i in range(below + 1, min(len(lines), below + 3)):
        inside = [c.text for c in _within(lines[i], left, right)]
        if inside:
            text = " ".join(inside)
            return (i, text) if not is_figure(text) and len(text.split()) <= _MAX_BAR_LABEL_WORDS else (below, "")
    return below, ""


def _ticks(starts: list[_Word]) -> list[_Word] | None:
    """The value axis's ticks among the numbers opening lines above the categories (nearest first): from the
    nearest, those aligned with it on their right edge, upwards while they go up in equal round steps."""
    run: list[_Word] = []
    amounts: list[float] = []
    for word in starts:
        amount = _value(word.text)
        if amount is None or (run and abs(word.end - run[0].end) > _ALIGN):
            continue
        if len(run) >= 2 and not _steps([*amounts, amount]):
            break
        run.append(word)
        amounts.append(amount)
    return run if _steps(amounts) and amounts[0] < amounts[1] else None


def _column_chart(lines: list[str], c: int) -> _Chart | None:
    """A chart whose categories are on line ``c``, with the value axis's ticks up its left side."""
    categories = _categories(lines[c])
    if categories is None:
        return None
    centres = [(cell.start + cell.end) / 2 for cell in categories]
    half = min(b - a for a, b in zip(centres, centres[1:], strict=False)) / 2
    starts = [
        w
        for i in range(c - 1, max(-1, c - _REACH), -1)
        for w in _words(lines, i)[:1]
        if _TICK.match(w.text) and w.end <= categories[0].start + 1
    ]
    ticks = _ticks(starts)
    if ticks is None:
        return None
    top = min(w.line for w in ticks)
    left, right = min(w.start for w in ticks), int(centres[-1] + half)
    rows: list[tuple[str, list[str]]] = [(cell.text, []) for cell in categories]
    legend: list[str] = []
    tick_words = set(ticks)
    for i in range(top, c):
        for cell in _within(lines[i], left, right):
            words = [w for w in _words(lines, i) if cell.start <= w.start < cell.end and w not in tick_words]
            if words and all(is_figure(w.text) for w in words):
                for w in words:
                    k = min(range(len(centres)), key=lambda j: abs(centres[j] - w.centre))
                    if abs(centres[k] - w.centre) <= half:
                        rows[k][1].append(w.text)
            elif words:
                legend.append(" ".join(w.text for w in words))
    if not _labelled(rows):
        return None
    start, title = _title(lines, top, left, right)
    end, axis = _axis_title(lines, c, left, right)
    return _Chart(start, end, left, right, title, legend, axis, rows)


def _bar_chart(lines: list[str], t: int) -> _Chart | None:
    """A chart whose bars run across from their category labels, with the value axis's ticks on line ``t``."""
    ticks = _tick_run([w for w in _words(lines, t) if _TICK.match(w.text)])
    if ticks is None:
        return None
    step = (ticks[-1].centre - ticks[0].centre) / (len(ticks) - 1)
    low, high = ticks[0].centre - 1, ticks[-1].centre + step / 2
    labels: list[tuple[int, Cell]] = []  # category labels, ending at the plot's left edge
    found: list[_Word] = []  # data labels, in the plot
    legend: list[str] = []
    for i in range(t - 1, max(-1, t - _REACH), -1):
        cells = cells_of(lines[i])
        if any(cell.start < low - 1 and cell.end > low + 1 for cell in cells):
            break  # words across the value axis: the chart's title, or whatever stands above it
        for cell in cells:
            if low - _LABEL_REACH <= cell.end <= low + 1 and _category(cell.text, _MAX_BAR_LABEL_WORDS):
                labels.insert(0, (i, cell))
            elif low <= (cell.start + cell.end) / 2 < high:
                if all(is_figure(w) for w in cell.text.split()):
                    found += [w for w in _words(lines, i) if cell.start <= w.start < cell.end]
                else:
                    legend.insert(0, cell.text)
    if not labels:
        return None
    rows: list[tuple[str, list[str]]] = [(cell.text, []) for _, cell in labels]
    for word in sorted(found, key=lambda w: min(abs(w.line - i) for i, _ in labels)):
        free = [k for k, (_, values) in enumerate(rows) if not values]
        near = min(free, key=lambda k: abs(labels[k][0] - word.line), default=None)
        if near is not None and abs(labels[near][0] - word.line) <= _NEAR_LINES:
            rows[near][1].append(word.text)
    if not _labelled(rows):
        return None
    top = min(i for i, _ in labels)
    left, right = min(cell.start for _, cell in labels), int(high)
    start, title = _title(lines, top, left, right)
    end, axis = _axis_title(lines, t, left, right)
    return _Chart(start, end, left, right, title, legend, axis, rows)


def _tick_run(numbers: list[_Word]) -> list[_Word] | None:
    """The longest run of the line's numbers that reads as a value axis's ticks: evenly spaced, going up in equal
    round steps."""
    best: list[_Word] = []
    for first in range(len(numbers)):
        for last in range(len(numbers), first + _MIN_STEPS - 1, -1):
            run = numbers[first:last]
            amounts = [_value(w.text) for w in run]
            known = [v for v in amounts if v is not None]
            if (
                len(known) == len(run)
                and len(run) > len(best)
                and _steps(known)
                and known == sorted(known)
                and _even([w.centre for w in run])
            ):
                best = run
                break
    return best or None


def _labelled(rows: list[tuple[str, list[str]]]) -> bool:
    labelled = sum(1 for _, values in rows if values)
    return len(rows) >= _MIN_STEPS and labelled >= _MIN_STEPS and labelled * 2 >= len(rows)
