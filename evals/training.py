"""Fit the answer model (``assistant/answer_model.json``) on question sets, and the tables behind it.

For every question of the sets, :func:`collect` retrieves as the assistant does and keeps
the pooled candidates with their passage features, and the gold: which candidates hold a
gold quote, and the key facts. :func:`fit` then fits, on the questions it is given:

1. the reranker: passage features -> which of a question's candidates holds a gold quote
   (a listwise fit: each question's candidates compete, see :func:`_listwise`);
2. the unit model: unit features of the passages the fitted reranker puts first -> does the
   unit hold a key fact?
3. the gate: the question's evidence features -> do the passages read answer it (the question
   is answerable and a passage read holds its answer)? Its threshold answers nine in ten of the
   answerable training questions (on cross-fitted evidence);
4. the composition's keep ratio and word budget, from a short grid, by the key facts the answers hold and
   their citation precision.

Before the reranker, its L2 penalty and how far a candidate rises towards the score of the passage next to it
in its paper (:class:`assistant.model.Neighbours`) are chosen by leave-one-document-out over the same questions.

Each question belongs to one document (its first gold source; an unanswerable one, the
document of its best BM25 hit), so ``evals/folds.py`` can fit on some documents' questions
and score on another's. Run as a tool (it may read question sets from anywhere, the
product never does)::

    python -m evals.training --index-dir DIR SET.jsonl [SET.jsonl ...] [--out assistant/answer_model.json]
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np
from langchain_core.documents import Document
from scipy.optimize import minimize
from scipy.special import expit
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

from assistant.chain import Assistant
from assistant.extractive import AnswerSelector, PassageRef, ScoredUnit, compose
from assistant.features import PASSAGE_FEATURES, QUESTION_FEATURES, UnitRow, question_features
from assistant.model import DEFAULT_PATH, AnswerModel, Composition, LinearModel, Neighbours
from assistant.query import analyse
from assistant.rerank import adjacent
from assistant.retrieval import HybridRetriever
from evals.dataset import Question, load_datasets
from evals.matching import contains_fact, contains_quote
from evals.metrics import recall_at_words
from settings import Settings
from vectorstore.retrievers import DenseRetriever, E5Retriever, LexicalRetriever

UNIT_MODEL_FEATURES = AnswerModel.blank().units.features
C = 0.1  # inverse L2 penalty of every fit
# The weights of the gate whose direction is not in doubt: more evidence never makes a question
# less answerable; a question word the passages lack never makes it more answerable.
GATE_SIGNS = {
    "best": 1,
    "best_typed": 1,
    "names_found": 1,
    "typed_window": 1,
    "typed_sim": 1,
    "best_sim": 1,
    "typed_focus": 1,
    "best_focus": 1,
    "best_asked_sim": 1,
    "typed_asked_sim": 1,
    "max_asked_sim": 1,
    "missing": -1,
    "missing_max": -1,
    "typed_rarest_missing": -1,
    "best_rarest_missing": -1,
}
ANSWERED_SHARE = 0.9  # the gate answers this share of the answerable training questions
KEEP_RATIOS = (0.1, 0.25, 0.4, 0.6)
# The answer's word budget (a list question's stays ``Composition.list_budget_words``): chosen with the keep ratio by
# the key facts and citation precision of the answers; a tie goes to the shorter budget. Offering 110 beside 80
# (leave-one-document-out, 422 questions): key facts 0.701 -> 0.720, citation precision 0.796 -> 0.798. 140 is not
# on offer: the answer stays short enough to read, and against 110 it is a coin toss (simulated, five folds of
# fourteen chose 140 from (80, 110, 140), nine 110).
BUDGETS = (80, 110)
# The reranker's L2 penalty: the grid its leave-one-document-out choice runs over (log-spaced). Penalties of 10
# and more shrink the weights so far that a held-out paper's ranking falls back towards BM25's (a sweep over the
# eight papers: recall@800w 0.886 at 0.1, 0.884 at 1, 0.872 at 10, 0.864 at 30), and the inner choice, whose
# differences are within noise, picked 10 for one paper and cost it 0.06.
RERANK_PENALTIES = (1.0, 0.3, 0.1, 0.03, 3.0)
# How far a candidate may rise towards its neighbour's score (:class:`assistant.model.Neighbours`): each weight's
# grid, chosen by leave-one-document-out like the penalty.
NEIGHBOUR_WEIGHTS = (0.0, 0.25, 0.5, 0.75, 0.9)
NO_RISE = Neighbours()


@dataclass
class QuestionTable:
    """One question's retrieval, features and gold, computed once and reused by every fit."""

    question: Question
    group: str  # the document the question belongs to (for leave-one-document-out)
    pool: list[Document]  # the pooled candidates, with both retrievers' signals
    features: list[dict[str, float]]  # passage features of each candidate
    gold: list[bool]  # the candidate holds a gold quote
    bm25: list[str]  # BM25 alone: the ranked texts (baseline)
    dense: list[str]  # dense alone: the ranked texts (baseline)
    e5: list[str] = field(default_factory=list)  # the second passage model alone (baseline)
    searched: str = ""  # the question as the assistant searches it: typing slips read as the papers' words

    @property
    def text(self) -> str:
        return self.searched or self.question.question


def collect(assistant: Assistant, questions: Sequence[Question], progress: Callable[[int], None] | None = None):
    """The tables of every question, retrieved from the assistant's index."""
    assistant.index.generation(refresh=True)
    candidates = assistant.settings.candidates
    pool_retriever = HybridRetriever(index=assistant.index, k=2 * candidates, candidates=candidates)
    reranker = assistant.reranker()
    tables = []
    for i, q in enumerate(questions):
        # The baselines search the question as typed; the assistant's pool, as the assistant searches it.
        bm25 = LexicalRetriever(index=assistant.index, k=candidates).invoke(q.question)
        dense = DenseRetriever(index=assistant.index, k=candidates).invoke(q.question)
        e5 = E5Retriever(index=assistant.index, k=candidates).invoke(q.question)
        searched = assistant.spelled(q.question)
        pool = pool_retriever.invoke(searched)
        group = q.sources[0].doc if q.sources else (bm25[0].metadata.get("doc_id", "") if bm25 else "")
        tables.append(
            QuestionTable(
                question=q,
                group=str(group),
                pool=pool,
                features=reranker.features(pool, analyse(searched)),
                gold=[any(contains_quote(d.page_content, s.quote) for s in q.sources) for d in pool],
                bm25=[d.page_content for d in bm25],
                dense=[d.page_content for d in dense],
                e5=[d.page_content for d in e5],
                searched=searched,
            )
        )
        if progress:
            progress(i + 1)
    return tables


def fit(tables: Sequence[QuestionTable], assistant: Assistant, k: int | None = None) -> AnswerModel:
    """The answer model fitted on these questions only (see the module docstring for the steps).

    The gate learns from the evidence the answer step will really show it: for each
    question, the passages and unit logits of a reranker and unit model fitted without
    that question's document (cross-fitting), not of models that have seen its answer."""
    k = k or assistant.settings.k
    selector = assistant.selector()
    rows_cache: dict[tuple[str, tuple[str, ...]], list[UnitRow]] = {}

    def rows_of(table: QuestionTable, passages: list[PassageRef]) -> list[UnitRow]:
        key = (table.question.id, tuple(p.text for p in passages))
        if key not in rows_cache:
            rows_cache[key] = selector.rows(analyse(table.text), passages)
        return rows_cache[key]

    held_out = _HeldOutLogits(tables)
    penalty = _rerank_penalty(tables, held_out)
    neighbours = _neighbour_weights(tables, held_out, penalty)

    def fit_evidence(train: Sequence[QuestionTable]) -> tuple[LinearModel, LinearModel]:
        reranker = _listwise(train, PASSAGE_FEATURES, penalty)
        # Every question teaches the unit model: no unit of an unanswerable question holds its answer.
        unit_rows = [(t, r) for t in train for r in rows_of(t, _read(t, reranker, k, neighbours)[0])]
        units = _logistic(
            [r.features for _, r in unit_rows],
            [any(contains_fact(r.unit.text, f) for f in t.question.key_facts) for t, r in unit_rows],
            UNIT_MODEL_FEATURES,
            balanced=False,
        )
        return reranker, units

    def evidence_features(
        table: QuestionTable, reranker: LinearModel, units: LinearModel
    ) -> tuple[dict[str, float], bool]:
        """The gate's features for one question, and whether the passages read hold its answer."""
        passages, top = _read(table, reranker, k, neighbours)
        rows = rows_of(table, passages)
        logits = units.logits([r.features for r in rows]) if rows else np.zeros(0)
        contexts = [(p.text, p.context) for p in passages]
        features = question_features(analyse(table.text), contexts, rows, logits, top, selector.stats)
        return features, answer_read(table.question, passages)

    reranker, units = fit_evidence(tables)
    groups = sorted({t.group for t in tables})
    gate_rows: dict[int, tuple[dict[str, float], bool]] = {}
    for group in groups if len(groups) > 1 else []:
        inner = fit_evidence([t for t in tables if t.group != group])
        gate_rows.update({id(t): evidence_features(t, *inner) for t in tables if t.group == group})
    if not gate_rows:
        gate_rows = {id(t): evidence_features(t, reranker, units) for t in tables}
    x = [gate_rows[id(t)][0] for t in tables]
    labels = [t.question.answerable for t in tables]
    # The gate tells passages that answer from passages that do not (:func:`answer_read`); the threshold still
    # answers a share of all answerable questions (over the 308 questions, leave-one-document-out: key facts
    # 0.750 -> 0.755, citation precision 0.846 -> 0.852, refused 0.714 -> 0.705, answered 0.918 unchanged).
    held = [gate_rows[id(t)][1] for t in tables]
    gate = _logistic(x, held if any(held) else labels, QUESTION_FEATURES, signs=GATE_SIGNS)  # none held: a tiny set
    model = AnswerModel(
        reranker=reranker, units=units, gate=gate, gate_threshold=_threshold(gate, x, labels), neighbours=neighbours
    )
    answerable = [t for t in tables if t.question.answerable]
    read = {id(t): _read(t, reranker, k, neighbours) for t in answerable}
    # The units' scores do not depend on the composition: scored once, composed under each one tried.
    scorer = AnswerSelector(selector.cache, selector.stats, model)
    scored = {id(t): scorer.units(t.text, read[id(t)][0])[0] for t in answerable}
    composition = max(
        (Composition(keep_ratio=ratio, budget_words=words) for ratio in KEEP_RATIOS for words in BUDGETS),
        key=lambda c: _answer_quality(answerable, read, scored, c, selector.stats.common_words),
    )
    return replace(model, composition=composition)


def _read(
    table: QuestionTable, reranker: LinearModel, k: int, neighbours: Neighbours = NO_RISE
) -> tuple[list[PassageRef], float]:
    """The ``k`` passages the answer step would read under this reranker, and the first one's logit."""
    if not table.pool:
        return [], 0.0
    logits = neighbours.apply(reranker.logits(table.features), *adjacent(table.pool))
    order = np.argsort(-logits, kind="stable")[:k]
    return PassageRef.numbered([table.pool[i] for i in order]), float(logits[order[0]])


def _listwise(tables: Sequence[QuestionTable], names: Sequence[str], penalty: float) -> LinearModel:
    """A linear reranker fitted so that each question's gold candidates outrank its others.

    The loss is the softmax (conditional logit) over one question's candidates: minus the log
    of the share of the softmax its gold candidates take, plus ``penalty / 2 * |w|^2`` on
    standardised features. Unlike a logistic fit over all passages at once, it learns what
    tells the answering passage from the other candidates *of the same question*, which is all
    a ranking needs; questions with no gold candidate teach nothing."""
    usable = [t for t in tables if t.question.answerable and any(t.gold)]
    if not usable:
        raise ValueError("no question with a gold passage among its candidates to fit the reranker on")
    x_all = np.array([[row[n] for n in names] for t in usable for row in t.features], dtype=np.float64)
    mean = x_all.mean(axis=0)
    scale = np.where(x_all.std(axis=0) > 0, x_all.std(axis=0), 1.0)
    lists = [
        ((np.array([[row[n] for n in names] for row in t.features], dtype=np.float64) - mean) / scale, np.array(t.gold))
        for t in usable
    ]

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        value, grad = 0.5 * penalty * float(w @ w), penalty * w
        for z, gold in lists:
            s = z @ w
            e = np.exp(s - s.max())
            p, p_gold = e / e.sum(), e[gold] / e[gold].sum()
            value -= float(np.log(e[gold].sum() / e.sum()))
            grad = grad - z[gold].T @ p_gold + z.T @ p
        return value, grad

    weights = minimize(loss, np.zeros(len(names)), jac=True, method="L-BFGS-B").x
    return LinearModel(
        tuple(names),
        tuple(float(w) for w in weights),
        0.0,
        tuple(float(m) for m in mean),
        tuple(float(s) for s in scale),
    )


class _HeldOutLogits:
    """Each question's reranker logits from a reranker fitted without its document, by penalty (fitted once)."""

    def __init__(self, tables: Sequence[QuestionTable]) -> None:
        self.tables = tables
        self.groups = sorted({t.group for t in tables})
        self._logits: dict[float, dict[int, np.ndarray]] = {}
        self._adjacent = {id(t): adjacent(t.pool) for t in tables}  # the same for every penalty and weight tried

    def __call__(self, penalty: float) -> dict[int, np.ndarray]:
        if penalty not in self._logits:
            found: dict[int, np.ndarray] = {}
            for group in self.groups:
                reranker = _listwise([t for t in self.tables if t.group != group], PASSAGE_FEATURES, penalty)
                found.update({id(t): reranker.logits(t.features) for t in self.tables if t.group == group and t.pool})
            self._logits[penalty] = found
        return self._logits[penalty]

    def recalls(self, penalty: float, neighbours: Neighbours = NO_RISE) -> list[float]:
        """Recall of the gold quotes in the first 800 words, per answerable question, held out."""
        logits, scores = self(penalty), []
        for t in self.tables:
            if t.question.answerable and id(t) in logits:
                order = np.argsort(-neighbours.apply(logits[id(t)], *self._adjacent[id(t)]), kind="stable")
                score = recall_at_words([t.pool[i].page_content for i in order], [s.quote for s in t.question.sources])
                if score is not None:
                    scores.append(score)
        return scores or [0.0]


def _rerank_penalty(tables: Sequence[QuestionTable], held_out: _HeldOutLogits | None = None) -> float:
    """The reranker's L2 penalty, chosen by leave-one-document-out over these questions only (recall of the
    gold quotes in the first 800 words); the first of the grid when there is one document.

    The strongest penalty whose recall is within one standard error of the best (the one-standard-error
    rule): the grid's recalls differ by less than that, so taking the best followed noise, and a small change
    to a few questions flipped the choice between 0.03 and 3 and one paper's recall by 0.05 with it."""
    held_out = held_out or _HeldOutLogits(tables)
    if len(held_out.groups) < 2:
        return RERANK_PENALTIES[0]
    return strongest_within_one_error({penalty: held_out.recalls(penalty) for penalty in RERANK_PENALTIES})


def _neighbour_weights(tables: Sequence[QuestionTable], held_out: _HeldOutLogits, penalty: float) -> Neighbours:
    """How far a candidate rises towards its neighbours' scores: the grid's pair with the best held-out recall
    (leave-one-document-out at the chosen penalty); the smaller weights on a tie; none with one document.

    Over the 422 questions of the fourteen sample papers (retrieval alone, an outer leave-one-document-out
    around this choice): recall@800w 0.930 -> 0.935; within a section only (the neighbour under the same
    heading), 0.927: the passages that gain are mostly across a boundary the parser drew or missed."""
    if len(held_out.groups) < 2:
        return Neighbours()
    grid = [Neighbours(a, b) for a in NEIGHBOUR_WEIGHTS for b in NEIGHBOUR_WEIGHTS]
    return max(grid, key=lambda n: (float(np.mean(held_out.recalls(penalty, n))), -(n.after + n.before)))


def strongest_within_one_error(scored: Mapping[float, Sequence[float]]) -> float:
    """The largest penalty whose mean score is within one standard error of the best mean (the standard error
    of the best penalty's per-question scores)."""
    best = max(scored.values(), key=lambda scores: float(np.mean(scores)))
    error = float(np.std(best, ddof=1) / np.sqrt(len(best))) if len(best) > 1 else 0.0
    return max(penalty for penalty, scores in scored.items() if float(np.mean(scores)) >= float(np.mean(best)) - error)


def _logistic(
    rows: Sequence[dict[str, float]],
    labels: Sequence[bool],
    names: Sequence[str],
    balanced: bool = True,
    signs: dict[str, int] | None = None,
) -> LinearModel:
    """L2-regularised logistic regression on standardised features.

    ``signs`` fixes the direction of a feature's weight where what it means leaves no doubt
    (a question term missing from every passage never makes a question more answerable):
    a weight may be 0 but never of the other sign, so a bias of the training questions
    (near misses that name real things) cannot teach the opposite."""
    x = np.array([[row[n] for n in names] for row in rows], dtype=np.float64)
    y = np.array(labels, dtype=int)
    scaler = StandardScaler().fit(x)
    scale = np.where(scaler.scale_ > 0, scaler.scale_, 1.0)
    z = (x - scaler.mean_) / scale
    if not signs:
        lr = LogisticRegression(C=C, max_iter=5000, class_weight="balanced" if balanced else None).fit(z, y)
        weights, bias = lr.coef_[0], float(lr.intercept_[0])
    else:
        weights, bias = _constrained_logistic(z, y, [signs.get(n, 0) for n in names], balanced)
    return LinearModel(
        tuple(names),
        tuple(float(w) for w in weights),
        bias,
        tuple(float(m) for m in scaler.mean_),
        tuple(float(s) for s in scale),
    )


def _constrained_logistic(z: np.ndarray, y: np.ndarray, signs: Sequence[int], balanced: bool):
    """The same loss as scikit-learn's (L2 penalty 1/(2C), balanced class weights), with sign bounds."""
    weight = np.ones(len(y))
    if balanced:
        for label in (0, 1):
            weight[y == label] = len(y) / (2 * max(1, int((y == label).sum())))
    target = 2 * y - 1

    def loss(params: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = params[:-1], params[-1]
        margin = target * (z @ w + b)
        value = float(np.sum(weight * np.logaddexp(0, -margin)) + 0.5 / C * w @ w)
        g = -weight * target * expit(-margin)
        return value, np.append(z.T @ g + w / C, g.sum())

    bounds = [(0, None) if s > 0 else (None, 0) if s < 0 else (None, None) for s in signs] + [(None, None)]
    result = minimize(loss, np.zeros(z.shape[1] + 1), jac=True, method="L-BFGS-B", bounds=bounds)
    return result.x[:-1], float(result.x[-1])


def _threshold(gate: LinearModel, rows: Sequence[dict[str, float]], labels: Sequence[bool]) -> float:
    """The threshold that answers ANSWERED_SHARE of these answerable questions (on cross-fitted evidence).

    A fixed share, not the best trade-off on these questions: the best trade-off sits on a flat
    stretch of the curve and moves from one set of documents to the next, while refusing about one
    answerable question in ten is the promise the product can keep on papers it has not seen."""
    p = gate.probabilities(rows)
    y = np.array(labels, dtype=bool)
    if not y.any():
        return 0.5
    return float(np.quantile(p[y], 1.0 - ANSWERED_SHARE))


def _answer_quality(
    tables,
    read,
    scored: Mapping[int, list[ScoredUnit]],
    composition: Composition,
    common_words: frozenset[str],
) -> float:
    """Key-fact recall plus citation precision of the answers composed under ``composition`` from each question's
    scored units (refusals aside): quoting more finds more key facts but cites more passages that are beside the
    point."""
    recall = precision = 0.0
    for t in tables:
        passages = read[id(t)][0]
        continues = {p.n: p.continues for p in passages if p.continues}
        headers = {p.n: p.table_header for p in passages if p.table_header}
        chosen = list(compose(t.text, scored[id(t)], composition, continues, common_words, headers).values())
        text = " ".join(u.text for u in chosen)
        recall += sum(contains_fact(text, f) for f in t.question.key_facts) / len(t.question.key_facts)
        cited = {u.n for u in chosen}
        relevant = [_relevant(passages[n - 1].text, t.question) for n in cited]
        precision += sum(relevant) / len(relevant) if relevant else 0.0
    return (recall + precision) / max(1, len(tables))


def answer_read(question: Question, passages: Sequence[PassageRef]) -> bool:
    """What the gate is fitted to tell: the question is answerable and a passage read holds a gold quote or a key
    fact. An answerable question whose passages miss its answer is, to the gate, a near miss."""
    return question.answerable and any(_relevant(p.text, question) for p in passages)


def _relevant(text: str, question: Question) -> bool:
    """The passage holds a gold quote or a key fact (the citation-precision rule of ``evals/metrics.py``)."""
    return any(contains_quote(text, s.quote) for s in question.sources) or any(
        contains_fact(text, f) for f in question.key_facts
    )


def provenance(datasets: Sequence[Path], tables: Sequence[QuestionTable]) -> dict[str, object]:
    """What a fitted model records of its training: the question sets, counts, documents and date. A set is named
    by its file name, or with its folder when two sets share one ("unseen_layouts2/questions.jsonl")."""
    names = [p.name for p in datasets]
    if len(set(names)) < len(names):
        names = [f"{p.parent.name}/{p.name}" for p in datasets]
    return {
        "question_sets": names,
        "questions": len(tables),
        "unanswerable": sum(not t.question.answerable for t in tables),
        "documents": sorted({t.group for t in tables}),
        "fitted": dt.date.today().isoformat(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("datasets", nargs="+", type=Path)
    parser.add_argument("--index-dir", type=Path, required=True)
    parser.add_argument("--collection", default="board_papers")
    parser.add_argument("--out", type=Path, default=DEFAULT_PATH)
    args = parser.parse_args()
    settings = Settings.from_env(index_dir=args.index_dir, collection=args.collection)
    from assistant.store import open_index

    assistant = Assistant(settings, open_index(settings), model=AnswerModel.blank())
    questions = load_datasets(args.datasets)
    tables = collect(assistant, questions)
    model = fit(tables, assistant)
    model = replace(
        model,
        trained_on=provenance(args.datasets, tables),
    )
    model.save(args.out)
    print(f"wrote {args.out}: fitted on {len(questions)} questions over {len(model.trained_on['documents'])} documents")


if __name__ == "__main__":
    main()
