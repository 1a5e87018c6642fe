"""Extractive answering: quote the units of the passages that answer the question, cited.

Every unit of the passages read (sentence, list item, table row or cell) gets the
probability that it holds the answer, from the learned unit model over general features
(:mod:`assistant.features`). The answer is composed from those probabilities as a person
would read the passages:

- the best unit, and further units whose probability comes close to it (from any
  passage, so a second passage answers the second half of a question), within a word
  budget that keeps the answer readable; a unit of a passage not cited yet joins only
  when it gives something asked that the chosen units lack;
- the best unit of each part of a two-part question ("who wrote X, and who leads it?");
- never a bare heading or lead-in: a heading brings the sentence under it, a lead-in
  ("... are:", "as follows") the list or table rows it announces;
- a sentence that opens by pointing back ("This", "They") brings the one before it.

Units are quoted in reading order, each with its passage's ``[n]``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

import numpy as np
from langchain_core.documents import Document

from assistant.answer import Passage, layout, source_line
from assistant.features import (
    HEADING_WORDS,
    ITEM_KINDS,
    TABLE_KINDS,
    TermStats,
    UnitRow,
    introducer,
    leads_in,
    numbered_under,
    paragraph_number,
    question_features,
    states_amount,
    unit_features,
)
from assistant.model import AnswerModel, Composition
from assistant.query import QueryAnalysis, analyse, asks_for_list, satisfies, sub_questions, without_names
from vectorstore.lexical import tokenize
from vectorstore.text import strip_bullet
from vectorstore.unit_vectors import UnitEmbeddingCache

_ANAPHOR = re.compile(
    r"^(?:[-•]\s*)?(?:this|these|that|those|it|its|they|their|them|he|she|such|the latter|"
    r"the former|both|as a result|however|in addition|also)\b",
    re.I,
)
# "This paper sets out ...", "This short report ...": the demonstrative points at the document (or its part) itself,
# not at the sentence before, so the sentence needs nothing above it (over the 308 questions, leave-one-document-out:
# three answers changed, all better; key facts 0.741 -> 0.747, citation precision 0.831 -> 0.833).
_SELF_REFERENCE = re.compile(
    r"^(?:[-•]\s*)?this\s+(?:\w+\s+)?(?:paper|report|document|briefing|update|plan|strategy|appendix|section|"
    r"presentation|summary)\b",
    re.I,
)
_ELLIPTICAL_PART_TERMS = 2  # a part of a question with this many terms or fewer leans on the rest of the question
_ROW_NAME_WORDS = 12  # a row's first cell at most this long names it ("Podiatry", "Apply for a Blue Badge")
# "1." "2.2." "3.04" "(a)" "b)" open a numbered paragraph; a bare "212" is a figure and stays.
_NUMBERING = re.compile(r"^(?:[-•]\s*)*(?:\d{1,3}(?:\.\d{1,3})+\.?|\d{1,3}\.|\(\w{1,3}\)|[a-z]\))\s+(?=\S)")
_BARE_ITEM_WORDS = 20  # after a lead-in, a short line of its own is an item that lost its bullet


@dataclass(frozen=True)
class PassageRef:
    n: int
    title: str
    location: str
    text: str
    continues: int = 0  # the n of the passage this one goes on from (the chunk before it in the same section), or 0
    source: str = ""  # the paper's file name
    titles: tuple[tuple[int, str], ...] = ()  # where in the text a new title takes over from the location's section
    heading: str = ""  # the paper's own title in force where the text starts (a PDF's bold title), if any
    table_header: str = ""  # the header row of the table its rows belong to (or its list items' lead-in), if any
    date: str = ""  # the paper's date (its meeting's), ISO, if known

    @classmethod
    def from_document(cls, n: int, doc: Document, continues: int = 0) -> PassageRef:
        """Passage ``[n]`` as the answer prompt shows it: source line, location, text."""
        passage = Passage.from_document(doc)
        source = str(doc.metadata.get("source") or "")
        titles = tuple((at, title) for at, _, title in passage.places if title)
        return cls(
            n,
            source_line(doc.metadata),
            passage.location,
            doc.page_content,
            continues,
            source,
            titles,
            passage.heading or "",
            str(doc.metadata.get("table_header") or ""),
            str(doc.metadata.get("date") or ""),
        )

    @classmethod
    def numbered(cls, docs: Sequence[Document]) -> list[PassageRef]:
        """The passages ``[1]``, ``[2]`` ... of these documents, each marked with the passage it goes on from
        when both are read: a list or table cut between two chunks is read across the cut."""
        place = {_chunk_place(d): n for n, d in enumerate(docs, start=1)}
        refs = []
        for n, doc in enumerate(docs, start=1):
            paper, section, index = _chunk_place(doc)
            refs.append(cls.from_document(n, doc, place.get((paper, section, index - 1), 0)))
        return refs

    @property
    def context(self) -> Mapping[str, object]:
        """Where the passage sits, as the features read it: its source line (title, meeting, publisher)
        and its location (item, section path, page), as the answer prompt shows them, its paper's file name, and
        the header row of its table's rows."""
        return {
            "title": self.title,
            "section": self.location,
            "table_header": self.table_header,
            "source": self.source,
            "titles": self.titles,
            "heading": self.heading,
        }


def _chunk_place(doc: Document) -> tuple[str, str, int]:
    """Which paper, section and chunk number a passage is (chunks of one section are numbered in order)."""
    meta = doc.metadata
    try:
        index = int(meta.get("chunk_index", -10))
    except (TypeError, ValueError):
        index = -10
    return str(meta.get("doc_id", "")), str(meta.get("section", "")), index


@dataclass
class ScoredUnit:
    n: int  # the passage's number in the prompt
    row: UnitRow
    probability: float
    listed: bool = False  # a bare line quoted as a list item
    names_row: bool = False  # the short first cell of a table row, quoted for a cell of that row

    @property
    def key(self) -> tuple[int, int]:
        return (self.n, self.row.unit.start)

    @property
    def text(self) -> str:
        return self.row.unit.text

    @property
    def words(self) -> int:
        return len(self.row.unit.text.split())


@dataclass(frozen=True)
class Evidence:
    """The units of a question's passages with their probabilities, and the gate's verdict."""

    units: list[ScoredUnit]
    answerable: float  # the gate's probability that the passages answer the question
    features: dict[str, float]


class AnswerSelector:
    """Scores passage units with the answer model and composes the extractive answer.

    Shared by the answer step and the refusal gate; the last few questions' scores are
    kept, so the gate and the answer do the work once."""

    def __init__(self, cache: UnitEmbeddingCache, stats: TermStats, model: AnswerModel) -> None:
        self.cache = cache
        self.stats = stats
        self.model = model
        self._units = lru_cache(maxsize=64)(self._score_question)

    def forget(self) -> None:
        """Drop the remembered scores (a benchmark's warm pass measures a question as if new)."""
        self._units.cache_clear()

    def units(self, question: str, passages: Sequence[PassageRef]) -> tuple[list[ScoredUnit], np.ndarray]:
        """Every unit of the passages with its probability of holding the answer (and its logit)."""
        return self._units(question, tuple(passages))

    def evidence(self, question: str, passages: Sequence[PassageRef], top_passage: float = 0.0) -> Evidence:
        """The units and the gate's verdict; ``top_passage`` is the first passage's reranker logit."""
        units, logits = self.units(question, passages)
        features = question_features(
            analyse(question),
            [(p.text, p.context) for p in passages],
            [u.row for u in units],
            logits,
            top_passage,
            self.stats,
        )
        return Evidence(units, float(self.model.gate.probabilities([features])[0]), features)

    def rows(self, analysis: QueryAnalysis, passages: Sequence[PassageRef]) -> list[UnitRow]:
        """The unit features (also what ``evals/training.py`` fits the unit model on)."""
        return unit_features(
            analysis,
            [(p.text, p.context) for p in passages],
            self.cache.query(analysis.text),
            self.cache.vectors,
            self.stats,
            self.cache.query(without_names(analysis)) if analysis.names else None,
        )

    def _score_question(self, question: str, passages: tuple[PassageRef, ...]) -> tuple[list[ScoredUnit], np.ndarray]:
        rows = self.rows(analyse(question), passages)
        if not rows:
            return [], np.zeros(0)
        logits = self.model.units.logits([r.features for r in rows])
        probabilities = 1.0 / (1.0 + np.exp(-logits))
        return [
            ScoredUnit(passages[r.passage].n, r, float(p)) for r, p in zip(rows, probabilities, strict=True)
        ], logits

    def answer_units(self, question: str, passages: Sequence[PassageRef]) -> list[ScoredUnit]:
        """The units an answer quotes for the whole question and each of its parts, in reading order."""
        units, _ = self.units(question, passages)
        continues = {p.n: p.continues for p in passages if p.continues}
        headers = {p.n: p.table_header for p in passages if p.table_header}
        chosen = compose(question, units, self.model.composition, continues, self.stats.common_words, headers)
        reading = _reading(units, continues)
        for part in sub_questions(question):
            part_units, _ = self.units(part, passages)
            if part_units:
                best = part_answer(part, part_units, units)
                same = next((u for u in units if u.key == best.key), best)
                typed = analyse(part).answer_type is not None
                for unit in _complete(same, reading, self.model.composition, asks_for_list(question), typed, headers):
                    chosen.setdefault(unit.key, unit)
        return _introducers_first(_reading_order(_meaningful(chosen, reading).values()), reading)


def part_answer(part: str, part_units: Sequence[ScoredUnit], units: Sequence[ScoredUnit]) -> ScoredUnit:
    """The unit that answers one part of a two-part question (``part_units``: its units scored for the part,
    ``units``: the same units scored for the whole question).

    A part with a word or two of its own ("when did she start", "from what date") asks about what the rest of
    the question names; alone it is close to any unit with a date in it. Such a part takes the unit both it and
    the whole question score well (the product of the two probabilities). A part that says what it is about is
    read on its own: the whole question, mostly about its other part, would pull it back to that part's answer
    (over the 308 questions, leave-one-document-out: three answers better, none worse; key facts 0.739 -> 0.741)."""
    if len(analyse(part).terms) > _ELLIPTICAL_PART_TERMS:
        return max(part_units, key=lambda u: u.probability)
    whole = {u.key: u.probability for u in units}
    return max(part_units, key=lambda u: u.probability * whole.get(u.key, 0.0))


def compose(
    question: str,
    units: Sequence[ScoredUnit],
    settings: Composition,
    continues: Mapping[int, int] | None = None,
    common_words: frozenset[str] = frozenset(),
    headers: Mapping[int, str] | None = None,
) -> dict[tuple[int, int], ScoredUnit]:
    """The units that answer one question: the best, those close to it within the budget, and what completes them.

    ``continues`` maps a passage's n to the n of the passage it goes on from (see :meth:`PassageRef.numbered`);
    ``common_words`` are the index's words seen in lower case, which name no one (see :func:`satisfies`);
    ``headers`` maps a passage's n to the header row of its table's rows (:attr:`PassageRef.table_header`)."""
    if not units:
        return {}
    wants_list = asks_for_list(question)
    kind = analyse(question).answer_type
    typed = kind is not None
    asked = set(tokenize(question))
    budget = settings.list_budget_words if wants_list else settings.budget_words
    reading = _reading(units, continues or {})
    ranked = sorted(units, key=lambda u: -u.probability)
    # The answer opens on the first passage, the one the reranker ranks above the others: it is fitted to put the
    # answering passage there and does so more often than the best-scored single unit's passage does. That
    # passage's best unit leads; a unit of another passage joins when it scores close to it, or above it.
    opening = min(u.n for u in units)
    lead = next(u for u in ranked if u.n == opening)
    ranked = [lead, *(u for u in ranked if u is not lead)]
    best = lead.probability
    chosen: dict[tuple[int, int], ScoredUnit] = {}
    anchors = 0
    if wants_list and not _brings_list(lead, reading, settings.max_list_items):
        # A question asking for several things is answered by a list whose items each hold one of them; one
        # sentence (or a stray line) can outscore every item alone. When the items of a list announced in the
        # passages together outweigh the opening unit, the answer opens on that list, and the unit still joins on
        # its merit (over the 308 questions, leave-one-document-out: one answer changed, key facts 0.745 -> 0.750,
        # citation precision 0.841 -> 0.846).
        items = _best_list(reading, settings.max_list_items)
        if items and sum(u.probability for u in items) >= settings.list_weight * best:
            top = max(items, key=lambda u: u.probability)
            chosen = {u.key: u for u in _complete(top, reading, settings, wants_list, typed, headers)}
            anchors = 1
    for candidate in ranked:
        if anchors >= settings.max_units or candidate.probability < settings.keep_ratio * best:
            break
        if candidate.key in chosen:
            continue
        cited = {u.n for u in chosen.values()}
        completed = [
            u for u in _complete(candidate, reading, settings, wants_list, typed, headers) if u.key not in chosen
        ]
        if (
            cited
            and candidate.n not in cited
            and (
                candidate.probability < settings.other_passage_ratio * best
                or not (wants_list or _adds_what_is_asked(asked, kind, list(chosen.values()), completed, common_words))
            )
        ):
            continue
        words = sum(u.words for u in chosen.values())
        if chosen and words + sum(u.words for u in completed) > budget:
            continue
        for unit in completed:
            chosen[unit.key] = unit
        anchors += 1
    if settings.next_sentence:
        siblings = reading[ranked[0].n]
        position = _position(ranked[0], siblings)
        after = siblings[position + 1] if position + 1 < len(siblings) else None
        words = sum(u.words for u in chosen.values())
        if after is not None and after.key not in chosen and words + after.words <= budget:
            chosen[after.key] = after
    kept = _meaningful(chosen, reading)
    # A question asking for a figure, name or date is answered by a passage that gives one: when the first
    # passage's units give none and another passage's do, the first passage's are beside the point. Passages the
    # first goes on from or into are the same text (a heading in one, its figure in the next).
    first = {opening} | {u.n for u in reading[opening]}
    if typed and not any(satisfies(kind, u.text, common_words) for u in kept.values() if u.n in first):
        others = {key: u for key, u in kept.items() if u.n not in first}
        if any(satisfies(kind, u.text, common_words) for u in others.values()):
            return others
    return kept


def _best_list(reading: Mapping[int, list[ScoredUnit]], limit: int) -> list[ScoredUnit]:
    """The items of the list (or the rows) a lead-in announces whose probabilities sum highest, over the runs read;
    none when no lead-in announces two items or more."""
    best: list[ScoredUnit] = []
    weight = 0.0
    runs = {id(run): run for run in reading.values()}  # passages read as one run share their list
    for run in runs.values():
        for unit in run:
            items = _list_items(unit, run, limit) if leads_in(unit.text) else []
            total = sum(u.probability for u in items)
            if len(items) >= 2 and total > weight:
                best, weight = items, total
    return best


def _adds_what_is_asked(
    asked: set[str],
    kind: str | None,
    chosen: Sequence[ScoredUnit],
    completed: Sequence[ScoredUnit],
    common_words: frozenset[str] = frozenset(),
) -> bool:
    """Whether units of a passage the answer does not cite yet hold something asked that the chosen units lack: a
    word of the question (``asked``: its terms), or the kind of thing it asks for (``kind``: a figure, a name, a
    date). A further passage is cited for what the first leaves out, not for saying the same things again (over
    the 308 questions, leave-one-document-out: citation precision 0.833 -> 0.838, key facts 0.735 -> 0.738)."""
    if any(u.row.unit.kind in TABLE_KINDS for u in chosen) and any(u.row.unit.kind in TABLE_KINDS for u in completed):
        return True  # more rows of a table the answer quotes, cut into another passage: each row is its own record
    have = " ".join(u.text for u in chosen)
    new = " ".join(u.text for u in completed)
    if (asked - set(tokenize(have))) & set(tokenize(new)):
        return True
    return kind is not None and not satisfies(kind, have, common_words) and satisfies(kind, new, common_words)


def _complete(
    unit: ScoredUnit,
    reading: dict[int, list[ScoredUnit]],
    settings: Composition,
    wants_list: bool,
    typed: bool,
    headers: Mapping[int, str] | None = None,
) -> list[ScoredUnit]:
    """The unit with what a reader needs around it: the list a lead-in announces, the sentence under a
    heading, the sentence a "This ..." points back to, the lead-in above a list item, the lead-in (and list) its
    paragraph goes on into, the cell naming a quoted cell's row, the header row above a quoted row. ``typed``: the
    question asks for a name, figure or date (:attr:`assistant.query.QueryAnalysis.answer_type`)."""
    siblings = reading[unit.n]
    position = _position(unit, siblings)
    out = [unit]
    if (header := _header_row(unit, siblings, position, (headers or {}).get(unit.n, ""))) is not None:
        # A row is written as printed ("Podiatry | 12 weeks | 11 weeks"): the header row above it says which
        # figure is which, as a list's lead-in says what its items are.
        out.insert(0, header)
    if unit.row.unit.kind == "cell":
        # A long row is quoted cell by cell: "12 weeks" says nothing without the cell naming its row.
        # Only a short first cell names the row; a long one is a column of prose in a layout table.
        row = [u for u in siblings if u.n == unit.n and u.row.unit.line == unit.row.unit.line]
        naming = row[0]
        if naming is not unit and naming.row.unit.kind == "cell" and naming.words <= _ROW_NAME_WORDS:
            out.append(replace(naming, names_row=True))
        elif naming is unit and unit.words <= _ROW_NAME_WORDS and len(row) > 1:
            # The cell naming a row matched the question ("Cllr A. Example | Interest: ..."), but a row's name
            # answers nothing alone: its row's cells are what is known about it.
            out = [replace(unit, names_row=True), *row[1:]]
    if leads_in(unit.text) or (unit.row.features["heading"] and position + 1 < len(siblings)):
        out += _following(unit, siblings, settings.max_list_items)
    elif (j := _lead_in(siblings, position)) is not None:
        out.insert(0, siblings[j])  # the lead-in of this item's list: a sentence, or an item that ends in ':'
        if wants_list:
            out += [u for u in _following(siblings[j], siblings, settings.max_list_items) if u is not unit]
    elif (
        not typed
        and position + 1 < len(siblings)
        and _same_line(unit, after := siblings[position + 1])
        and leads_in(after.text)
    ):
        # A sentence whose paragraph goes on into a lead-in ("... a formal agreement. This enables:") is what the
        # list elaborates: for a question asking what something says or does, the lead-in and its list come with
        # it. A question asking for a name, figure or date is answered by the unit that gives it.
        out += [after, *_following(after, siblings, settings.max_list_items)]
    opening = _strip_numbering(unit.text)
    if position > 0 and _ANAPHOR.match(opening) and not _SELF_REFERENCE.match(opening):
        out.insert(0, siblings[position - 1])
    return out


def _header_row(unit: ScoredUnit, siblings: list[ScoredUnit], position: int, header: str) -> ScoredUnit | None:
    """The header row of the table a quoted row belongs to, when the passages read show it above the row."""
    if not header or unit.row.unit.kind not in ("row", "cell"):
        return None
    wanted = " ".join(header.split())
    return next(
        (u for u in reversed(siblings[:position]) if u.row.unit.kind == "row" and " ".join(u.text.split()) == wanted),
        None,
    )


def _position(unit: ScoredUnit, siblings: list[ScoredUnit]) -> int:
    """Where the unit sits in its run; a unit a chunk repeats from the one before sits where it was first read."""
    if unit in siblings:
        return siblings.index(unit)
    text = " ".join(unit.text.split())
    return next(i for i, u in enumerate(siblings) if " ".join(u.text.split()) == text)


def _brings_list(unit: ScoredUnit, reading: dict[int, list[ScoredUnit]], limit: int) -> bool:
    """Quoted for a list question, the unit brings a list (:func:`_complete`): it is an item or row under a
    lead-in, or a lead-in with items under it."""
    siblings = reading[unit.n]
    if _lead_in(siblings, _position(unit, siblings)) is not None:
        return True
    return leads_in(unit.text) and bool(_list_items(unit, siblings, limit))


def _lead_in(siblings: list[ScoredUnit], position: int) -> int | None:
    """Where the lead-in of the list item or row at ``position`` is ("Risks include:"), if it has one."""
    j = introducer([u.row.unit for u in siblings], position)
    return j if j is not None and leads_in(siblings[j].text) else None


def _list_items(anchor: ScoredUnit, siblings: list[ScoredUnit], limit: int) -> list[ScoredUnit]:
    """The items, rows or bare short lines a lead-in announces (:func:`_following`, marking nothing as listed)."""
    return [
        u
        for u in _following(anchor, siblings, limit, mark=False)
        if u.row.unit.kind in ITEM_KINDS or _bare_line(u, siblings)
    ]


def _following(anchor: ScoredUnit, siblings: list[ScoredUnit], limit: int, mark: bool = True) -> list[ScoredUnit]:
    """What a lead-in or heading announces: the list items, rows or short lines after it, or the next sentence.
    ``mark``: the short lines taken as items are marked as listed (quoted as list items)."""
    position = _position(anchor, siblings)
    run: list[ScoredUnit] = []
    for unit in siblings[position + 1 :]:
        if len(run) >= limit or (run and leads_in(unit.text)):  # the next lead-in opens another list
            break
        if not numbered_under(paragraph_number(unit.text), anchor.row.unit):
            break  # "4.6" after "4.5 ... :" and its 4.5.1, 4.5.2: the next paragraph, not an item of the list
        run_has_items = any(u.row.unit.kind in ITEM_KINDS for u in run)
        if unit.row.unit.kind in ITEM_KINDS:
            run.append(unit)
        elif leads_in(anchor.text) and not run_has_items and _bare_line(unit, siblings):
            # A list's items share their form: a short line without a bullet is an item that lost its bullet
            # only in a list that has none; after bulleted items it is what follows the list (a heading).
            unit.listed = unit.listed or mark
            run.append(unit)
        else:
            if not run:
                run.append(unit)  # a heading's (or an empty lead-in's) next sentence
            break
    return run


def _bare_line(unit: ScoredUnit, siblings: list[ScoredUnit]) -> bool:
    """A short line on its own (one unit), not a lead-in or a full sentence: an item that lost its bullet."""
    alone = sum(u.n == unit.n and u.row.unit.line == unit.row.unit.line for u in siblings) == 1
    words = unit.words
    prose = unit.text.rstrip().endswith(".") and words > 10
    return alone and words <= _BARE_ITEM_WORDS and not prose and not leads_in(unit.text)


def render(units: Sequence[ScoredUnit]) -> str:
    """Answer text: sentences run together, list items and rows on their own lines (the cells quoted from one
    row on one line, "Podiatry | 12 weeks"); each cited [n]."""
    pieces: list[tuple[list[str], ScoredUnit]] = []  # the texts of each line, and its first unit
    for u in units:
        first = pieces[-1][1] if pieces else None
        if first is not None and first.names_row and u.row.unit.kind == "cell" and _same_line(u, first):
            pieces[-1][0].append(u.text.strip())
        else:
            pieces.append(([_strip_numbering(u.text.strip())], u))
    return layout((f"{' | '.join(texts)} [{u.n}]", u.row.unit.kind in ITEM_KINDS or u.listed) for texts, u in pieces)


def _same_line(a: ScoredUnit, b: ScoredUnit) -> bool:
    return a.n == b.n and a.row.unit.line == b.row.unit.line


def _strip_numbering(text: str) -> str:
    """ "- 4.09 Catherine Mbema welcomed ..." reads as "Catherine Mbema welcomed ..."."""
    return _NUMBERING.sub("", strip_bullet(text)) or text


# Words outside short brackets: a line with none ("4", "(Item 6)", "(May 2023)") is a page's or table's
# fragment; a sentence wholly in brackets still says something.
_BRACKETED = re.compile(r"[(\[][^()\[\]\s]*(?:\s[^()\[\]\s]*){0,2}[)\]]")
_WORD = re.compile(r"[^\W\d_]{2,}")


def _meaningful(
    chosen: dict[tuple[int, int], ScoredUnit], reading: dict[int, list[ScoredUnit]]
) -> dict[tuple[int, int], ScoredUnit]:
    """The chosen units without those that say nothing on their own (all of them if none says anything)."""
    kept = {key: u for key, u in chosen.items() if not _says_nothing(u)}
    kept = _without_bare_announcements(kept, reading)
    return kept or chosen


def _without_bare_announcements(
    chosen: dict[tuple[int, int], ScoredUnit], reading: dict[int, list[ScoredUnit]]
) -> dict[tuple[int, int], ScoredUnit]:
    """Without the headings (or title lines) whose next unit, as a reader meets them (:func:`_reading`: into the
    passage that goes on from this one), is not quoted, and the short lead-ins none of whose lines is quoted: a
    heading names what follows it and a lead-in announces it, neither is an answer on its own (a passage that ends
    on the title of the next item, or on "Key points included:"). A title over two lines is bare when its last
    line is."""
    following: dict[tuple[int, int], tuple[int, int] | None] = {}
    known: dict[tuple[int, int], ScoredUnit] = dict(chosen)
    for run in reading.values():
        for here, after in zip(run, [*run[1:], None], strict=True):
            following.setdefault(here.key, after.key if after is not None else None)
            known.setdefault(here.key, here)
    by_place = {(u.n, u.row.index): key for key, u in chosen.items()}
    for key, u in chosen.items():  # a line a chunk repeats from the one before is read in its own passage
        following.setdefault(key, by_place.get((u.n, u.row.index + 1)))
    bare: dict[tuple[int, int], bool] = {}

    def announced(key: tuple[int, int]) -> list[tuple[int, int]]:
        """The lines a lead-in announces: those after it, up to the next heading or lead-in."""
        out, after = [], following.get(key)
        while after is not None and after not in out and not _announces(known[after]):
            out.append(after)
            after = following.get(after)
        return out

    def is_bare(key: tuple[int, int]) -> bool:
        if key not in bare:
            bare[key] = False  # a title line never waits on itself
            unit, after = chosen[key], following.get(key)
            if unit.row.features["heading"]:
                bare[key] = after is None or after not in chosen or is_bare(after)
            elif _announces(unit):
                bare[key] = not any(k in chosen for k in announced(key))
        return bare[key]

    return {key: u for key, u in chosen.items() if not is_bare(key)}


def _announces(unit: ScoredUnit) -> bool:
    """A heading, or a short lead-in that only announces what follows ("Key points included:", "Present:"). A
    longer one says something itself ("Mr Hale, Leader of the Council, gave an update on the following:"), as
    does one giving an amount ("The survey drew 1,240 responses, which raised:")."""
    text = unit.text
    return bool(unit.row.features["heading"]) or (
        leads_in(text) and len(text.split()) < HEADING_WORDS and not states_amount(text)
    )


def _says_nothing(unit: ScoredUnit) -> bool:
    """A line that says nothing on its own: a bare figure or a bracketed fragment, not in a list or table
    (where its item or row gives it a meaning) - an answer does not show it as a line of its own."""
    if unit.row.unit.kind in ITEM_KINDS:
        return False
    return not _WORD.search(_BRACKETED.sub(" ", strip_bullet(unit.text)))


def _reading_order(units: Iterable[ScoredUnit]) -> list[ScoredUnit]:
    return sorted(units, key=lambda u: (u.row.passage, u.row.unit.start))


def _introducers_first(ordered: list[ScoredUnit], reading: dict[int, list[ScoredUnit]]) -> list[ScoredUnit]:
    """The units in reading order, passage by passage, except that a heading or lead-in is shown above the lines
    it introduces. Passages are numbered by rank, so when a chunk goes on from a lower-ranked one, the items its
    lead-in announces (or the sentence under its heading) would otherwise be shown above it. The lead-in moves
    above the first of them, and the items that followed it go with it, after those: a list stays together, and
    the line the answer opens on stays near the top."""
    out = list(ordered)
    for _ in range(len(out)):  # each pass moves one heading or lead-in above lines after it in its run
        for here, unit in enumerate(out):
            if not _introduces(unit):
                continue
            texts, run = _introduced(unit, reading[unit.n]), {u.n for u in reading[unit.n]}

            def introduced(u: ScoredUnit, texts: set[str] = texts, run: set[int] = run) -> bool:
                return u.n in run and " ".join(u.text.split()) in texts

            first = next((i for i, u in enumerate(out[:here]) if introduced(u)), None)
            if first is None:
                continue
            end = here + 1
            while end < len(out) and introduced(out[end]):
                end += 1
            items = out[here + 1 : end]
            del out[here:end]
            after = first
            while after < len(out) and introduced(out[after]):
                after += 1
            out[after:after] = items
            out.insert(first, unit)
            break
        else:
            return out
    return out


def _introduces(unit: ScoredUnit) -> bool:
    """A heading or a lead-in of any length: a line that other lines follow on from."""
    return bool(unit.row.features["heading"]) or leads_in(unit.text)


def _introduced(unit: ScoredUnit, run: list[ScoredUnit]) -> set[str]:
    """The texts of the lines a heading or lead-in introduces: those after it in its run, up to the next heading or
    lead-in after the first line (a heading may stand over a lead-in)."""
    out: set[str] = set()
    for i, after in enumerate(run[_position(unit, run) + 1 :]):
        if i and _introduces(after):
            break
        out.add(" ".join(after.text.split()))
    return out


def _reading(units: Sequence[ScoredUnit], continues: Mapping[int, int]) -> dict[int, list[ScoredUnit]]:
    """Each passage's units as a reader meets them: passages that go on from one another are read as one
    run (a list or table cut between two chunks), without the text a chunk repeats from the one before."""
    by_passage = _by_passage(units)
    following = {before: n for n, before in continues.items() if before in by_passage and n in by_passage}
    starts = [n for n in by_passage if continues.get(n) not in by_passage]
    reading: dict[int, list[ScoredUnit]] = {}
    for start in starts:
        run: list[ScoredUnit] = []
        seen: set[str] = set()
        n: int | None = start
        while n is not None and n not in reading:
            for unit in by_passage[n]:
                text = " ".join(unit.text.split())
                if n != start and text in seen:
                    continue  # the overlap a chunk repeats from the one before
                seen.add(text)
                run.append(unit)
            reading[n] = run
            n = following.get(n)
    for n, siblings in by_passage.items():
        reading.setdefault(n, siblings)  # a cycle cannot happen in real metadata; read alone if it does
    return reading


def _by_passage(units: Sequence[ScoredUnit]) -> dict[int, list[ScoredUnit]]:
    out: dict[int, list[ScoredUnit]] = {}
    for unit in units:
        out.setdefault(unit.n, []).append(unit)
    for siblings in out.values():
        siblings.sort(key=lambda u: u.row.unit.start)
    return out
