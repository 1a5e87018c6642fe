"""Lines of pypdf layout text, split into cells, and what their words say.

Layout text places every run of text at its column on the page, so a gap of two or more
spaces separates cells of a table row, columns of a slide, or the stretched words of a
justified line. These helpers describe lines; deciding which lines form tables is
:mod:`ingest.pdf_tables`' job.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field

from vectorstore.text import BULLET_GLYPHS

_RUN = re.compile(r"\S+(?: \S+)*")
_FIGURE = re.compile(
    r"^[(£$€+\-–]?\s?\d[\d,.:/]*\s?(?:%|[kmb]|bn|pp)?\)?\*{0,2}$|^(?:n/?a|nil|-|–|—|\*)$", re.IGNORECASE
)
_DIGIT = re.compile(r"\d")
_SPACE = re.compile(r"[^\S\n]")  # any space character, kept one for one so columns stay put
_CONNECTOR = re.compile(  # "85+" (an age band) is complete, "a +" is not
    r"(?:[,\-–—&/(]|(?<!\d)\+|\b(?:and|or|of|the|to|for|with|in|a|an|by|on|at|from|as|that|which|between|per|including|"
    r"into|under|over|than|whose|their|its|is|are|was|were|be|not|nor))$",
    re.IGNORECASE,
)
_LABEL_WORDS = 6  # words a column label has at most
_TERMINAL = re.compile(r"[.!?:;]['\"’”)]*$")
_WORD = re.compile(r"[^\W\d_]+")
# A bullet glyph alone (not a dash: "-" in a table's cell stands for none) and the widest gap a slide sets
# between a bullet and its text.
_BULLET_ONLY = re.compile(rf"^[{re.escape(BULLET_GLYPHS)}]$")
_BULLET_GAP = 4
# Word's second-level bullet, a letter "o" set a few spaces before its item at the start of a line (no word is a
# lone "o"): read as the bullet it stands for.
_SUB_BULLET, _SUB_BULLET_AS = "o", "◦"
EDGE_LINES = 3  # running headers and footers sit within this many lines of the top or bottom of a page
_YEAR = re.compile(r"^(?:19|20)\d\d(?:[/–-]\d\d)?$")
_SHORT_YEAR = re.compile(r"^(\d\d)[/–-](\d\d)$")


def is_year(text: str) -> bool:
    """A year or financial year heading a column ("2024", "2024/25", "2024-25", "24/25"), not a figure.

    The short form counts only for two consecutive years: "24/25" is a year, "12/15" a score or a date."""
    text = text.strip()
    short = _SHORT_YEAR.match(text)
    return bool(_YEAR.match(text)) or (short is not None and int(short[2]) == (int(short[1]) + 1) % 100)


@dataclass(frozen=True)
class Cell:
    start: int  # column of the first character in the layout line
    end: int  # column just after the last character
    text: str


@dataclass
class Line:
    number: int  # index of the line on its page
    raw: str
    cells: list[Cell] = field(default_factory=list)

    @property
    def blank(self) -> bool:
        return not self.cells

    @property
    def start(self) -> int:
        return self.cells[0].start if self.cells else 0

    @property
    def end(self) -> int:
        return self.cells[-1].end if self.cells else 0

    @property
    def text(self) -> str:
        return " ".join(c.text for c in self.cells)


def split_lines(text: str) -> list[Line]:
    lines = []
    for i, raw in enumerate(text.splitlines()):
        raw = _SPACE.sub(" ", raw.expandtabs(4)).rstrip()
        lines.append(Line(i, raw, cells_of(raw)))
    return lines


def cells_of(raw: str) -> list[Cell]:
    """Runs of text separated by two or more spaces; a bullet glyph set a few spaces before its text is one
    cell with it (a slide's "•   Improve access" is an item, not an empty cell beside a cell of text), and so is
    a sub-bullet "o" opening the line, written as the bullet glyph it stands for."""
    cells: list[Cell] = []
    for m in _RUN.finditer(_SPACE.sub(" ", raw)):
        before = cells[-1] if cells else None
        if before is not None and _BULLET_ONLY.match(before.text) and m.start() - before.end <= _BULLET_GAP:
            cells[-1] = Cell(before.start, m.end(), f"{before.text} {m.group(0)}")
        elif (
            len(cells) == 1
            and before is not None
            and before.text == _SUB_BULLET
            and m.start() - before.end <= _BULLET_GAP
        ):
            cells[-1] = Cell(before.start, m.end(), f"{_SUB_BULLET_AS} {m.group(0)}")
        else:
            cells.append(Cell(m.start(), m.end(), m.group(0)))
    return cells


def is_figure(text: str) -> bool:
    """A number, percentage, amount, ratio or date, or a dash standing for none."""
    return bool(_FIGURE.match(text.strip()))


def has_digit(text: str) -> bool:
    return bool(_DIGIT.search(text))


def ends_open(text: str) -> bool:
    """The text stops mid-phrase ("... booking and", "office, trade,"), so the next line continues it."""
    text = text.rstrip()
    return bool(_CONNECTOR.search(text)) or text.count("(") > text.count(")")


def ends_sentence(text: str) -> bool:
    return bool(_TERMINAL.search(text.rstrip()))


def starts_lower(text: str) -> bool:
    first = text.lstrip()[:1]
    return first.islower()


def continues(previous: str, text: str) -> bool:
    """``text`` reads as the rest of ``previous`` wrapped onto a new line."""
    if not previous or not text:
        return False
    return starts_lower(text) or text[0] in ")]}" or ends_open(previous)


def is_prose(line: Line) -> bool:
    """A line of running text stretched by justification: its gaps fall mid-sentence, not between columns.

    A narrow gap before a word in lower case, or any gap after "the", "of", ... or before a comma;
    or the two spaces some writers type after a full stop, between two sentences.
    """
    gaps = list(itertools.pairwise(line.cells))
    if not gaps:
        return False
    mid_sentence = sum(
        1
        for a, b in gaps
        if (b.start - a.end <= 6 and _runs_on(a.text, b.text))
        or (starts_lower(b.text) and _CONNECTOR.search(a.text))
        or b.text[:1] in ",.;:"
        or (b.start - a.end <= 3 and _next_sentence(a.text, b.text))
    )
    return mid_sentence >= 2 or mid_sentence * 2 >= len(gaps)


def _next_sentence(before: str, after: str) -> bool:
    """A sentence of running text ends and the next begins ("... a patrol site." and "We")."""
    return (
        len(before.split()) >= 4
        and before.endswith((".", "!", "?"))
        and after[:1].isupper()
        and not is_figure(after.split()[0])
    )


def _runs_on(before: str, after: str) -> bool:
    if not after[:1].isalpha() and not after[:1].isdigit() and after[:1] not in "(‘'\"“":
        return False
    if is_figure(after) and is_figure(before):
        return False
    return after[:1].islower() or before.endswith(",")


def vocabulary(pages: list[str]) -> frozenset[str]:
    """Every word of a document, in lower case: the words a piece of one may be part of."""
    return frozenset(word.lower() for text in pages for word in _WORD.findall(text))


def join_wrapped(upper: str, lower: str, words: frozenset[str]) -> str:
    """Two lines of one cell as one text, mending a word the PDF broke between them.

    A word too wide for a narrow column is drawn in pieces, one under the other ("Tota" over
    "l"): the lower line's first word, in lower case, carries on the upper line's last word
    when the two make a word the document uses.
    """
    tail = upper.rsplit(" ", 1)[-1]
    first = lower.split(" ", 1)[0]
    if first.isalpha() and first.islower() and tail.isalpha() and (tail + first).lower() in words:
        return upper + lower
    return f"{upper} {lower}"


def spans_below(cell: Cell, line: Line, below: Line) -> bool:
    """A label over two or more labels of the line below it ("2024/25" over "Fatal" and "Serious").

    A two-level header sets a group label over its sub-columns' labels, often across the
    gutter between them. The labels under it are those nearer to it than to any other label
    of its line (a label centred over an even number of sub-columns may touch only the gutter
    between the middle two). Header lines hold short labels (years among them), not the
    figures or sentences of a row, and lie at most a blank line apart."""
    if below.number - line.number > 2 or not (_labels(line) and _labels(below)):
        return False
    under = [c for c in below.cells if _nearest(c, line.cells) is cell]
    return len(under) >= 2 and min(cell.end, under[-1].end) > max(cell.start, under[0].start)


def _nearest(cell: Cell, cells: list[Cell]) -> Cell:
    return min(cells, key=lambda c: max(c.start - cell.end, cell.start - c.end, 0))


def _labels(line: Line) -> bool:
    return all(
        len(c.text.split()) <= _LABEL_WORDS and not (is_figure(c.text) and not is_year(c.text)) for c in line.cells
    )


def label_like(cells: list[Cell], wrapped: bool = False, digits: bool = False) -> bool:
    """Short labels ("Seen in 2 weeks" too, with ``digits``; never a bare figure but a year)."""
    return (len(cells) >= 2 or wrapped) and all(
        len(c.text.split()) <= _LABEL_WORDS
        and not c.text.endswith((":", "."))
        and (not has_digit(c.text) or (digits and (not is_figure(c.text) or is_year(c.text))))
        and (wrapped or not c.text[:1].islower())
        for c in cells
    )
