"""The synthetic scale corpus: board-paper-like distractors, distinct, and never a second copy of a gold passage."""

from __future__ import annotations

import json

from benchmarks.synthetic import SYNTHETIC_PUBLISHER, build_corpus
from evals.dataset import load_dataset
from evals.matching import contains_quote
from tests.helpers import CORPUS_DIR

QUOTES = [(s.doc, s.quote) for q in load_dataset() for s in q.sources]


def test_three_times_the_corpus(tmp_path):
    corpus = build_corpus(CORPUS_DIR, tmp_path / "syn", 3, QUOTES, seed=7)
    docs = {p.name: p.read_text(encoding="utf-8") for p in corpus.folder.glob("*.md")}
    synthetic = {name: text for name, text in docs.items() if name.startswith("syn-")}
    shipped = {p.name for p in CORPUS_DIR.glob("*.md")}

    assert set(docs) == shipped | set(synthetic) and len(synthetic) == corpus.synthetic_documents >= 5
    total = sum(len(t) for t in docs.values())
    assert 3 * corpus.source_characters <= total < 3 * corpus.source_characters + 60_000

    entries = {e["file"]: e for e in json.loads((corpus.folder / "manifest.json").read_text())["documents"]}
    assert set(entries) == set(docs)
    made = [entries[name] for name in synthetic]
    assert len({e["title"] for e in made}) == len(made) and all(e["publisher"] == SYNTHETIC_PUBLISHER for e in made)
    assert all(e["date"] in e["file"] and docs[e["file"]].startswith(f"# {e['title']}") for e in made)

    # Recombined and perturbed: other places, and no real section copied through unchanged.
    for text in synthetic.values():
        assert "South East London" not in text and "Lewisham" not in text
    shipped_lines = {line for name in shipped for line in docs[name].splitlines() if len(line) > 300}
    copied = sum(line in shipped_lines for text in synthetic.values() for line in text.splitlines())
    assert copied < 0.2 * len(shipped_lines)

    # Every gold quote is still found exactly once: in its own shipped document, in no distractor.
    assert corpus.quotes_in_own_document == len(QUOTES) and corpus.synthetic_documents_holding_a_quote == 0
    for doc, quote in QUOTES:
        assert contains_quote(docs[doc], quote)
        assert not any(contains_quote(text, quote) for text in synthetic.values()), quote[:60]


def test_same_seed_same_corpus(tmp_path):
    a = build_corpus(CORPUS_DIR, tmp_path / "a", 1.5, QUOTES, seed=3)
    b = build_corpus(CORPUS_DIR, tmp_path / "b", 1.5, QUOTES, seed=3)
    assert [p.read_text() for p in sorted(a.folder.iterdir())] == [p.read_text() for p in sorted(b.folder.iterdir())]
