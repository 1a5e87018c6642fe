"""The vanilla LangChain baseline on a tiny corpus: its own temporary Chroma, tutorial splitting, no verifier."""

from __future__ import annotations

import sqlite3

import pytest

from assistant.answer import REFUSAL_TEXT
from evals.dataset import Question, Source
from evals.runner import evaluate
from evals.vanilla import (
    CHUNK_SIZE,
    VanillaAnswerer,
    load_documents,
    split_documents,
    vanilla_chat_model,
)
from settings import Settings
from tests.helpers import EAST_PLAN, NORTH_COMMITTEE, PRESSURE_ACTIONS, SOUTH_BOARD, board_docx, long_paper, write

PAGE = """<html><head><title>West board</title><style>p{color:red}</style><script>var secret = 1;</script></head>
<body><h1>West Trust Board</h1><p>The west trust opened 40 new beds in its &amp; frailty unit.</p></body></html>"""


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("vanilla-corpus")
    write(folder, "south-board.md", SOUTH_BOARD)
    write(folder, "north-committee.md", NORTH_COMMITTEE)
    write(folder, "east-plan.md", EAST_PLAN)
    write(folder, "west-board.html", PAGE)
    write(folder, "long-paper.txt", long_paper("Long Paper", "1 May 2024", sections=4))
    write(folder, "notes.csv", "not,a,paper")  # unsupported: skipped as a loader would
    return folder


@pytest.fixture(scope="module")
def vanilla(corpus, embeddings, corpus_index):
    with VanillaAnswerer.build([corpus], embeddings, vanilla_chat_model(Settings.from_env(), corpus_index), k=4) as v:
        yield v


def test_documents_are_read_as_plain_text_and_split_1000_200(corpus):
    documents = load_documents([corpus])
    assert sorted(d.metadata["doc"] for d in documents) == [
        "east-plan.md",
        "long-paper.txt",
        "north-committee.md",
        "south-board.md",
        "west-board.html",
    ]
    page = next(d for d in documents if d.metadata["doc"] == "west-board.html").page_content
    assert "40 new beds in its & frailty unit" in page and "secret" not in page and "color" not in page
    assert "West Trust Board\nThe west trust" in page
    chunks = split_documents(documents)
    assert all(len(c.page_content) <= CHUNK_SIZE for c in chunks)
    long_chunks = [c.page_content for c in chunks if c.metadata["doc"] == "long-paper.txt"]
    assert len(long_chunks) >= 2
    assert long_chunks[1][:40] in long_chunks[0]  # the 200-character overlap


def test_answers_cite_the_dense_top_k(vanilla):
    answer = vanilla.ask("What deficit did the trust report at month 10?")
    assert not answer.refused and "£2.1m" in answer.text
    assert answer.citations and answer.citations[0].passage.doc == "south-board.md"
    assert len(answer.retrieved) == vanilla.chunks < 8  # every chunk, when there are fewer than 8
    scores = [p.score for p in answer.retrieved]
    assert scores == sorted(scores, reverse=True) and all(-1 <= s <= 1 for s in scores)  # cosine similarity
    assert set(answer.timings) == {"retrieve", "generate", "total"}
    assert answer.sentences == [] and answer.backend == "vanilla"


def test_an_empty_question_is_a_refusal(vanilla):
    answer = vanilla.ask("   ")
    assert answer.refused and answer.text == REFUSAL_TEXT and not answer.citations


def test_a_word_paper_is_read_as_its_text_not_its_zip(tmp_path):
    (tmp_path / "riverside.docx").write_bytes(board_docx())
    [document] = load_documents([tmp_path])
    text = document.page_content
    assert PRESSURE_ACTIONS[0] in text and "Speech and language therapy" in text  # paragraphs and table cells
    assert "OFFICIAL SENSITIVE" not in text and "PK" not in text and "\ufffd" not in text


def test_vanilla_never_writes_the_product_sentence_store(corpus, embeddings, corpus_index):
    store = corpus_index.unit_store()

    def count():
        return sqlite3.connect(store.path).execute("SELECT count(*) FROM units").fetchone()[0]

    before = count()
    with VanillaAnswerer.build(
        [corpus], embeddings, vanilla_chat_model(Settings.from_env(), corpus_index), k=2, only={"east-plan.md"}
    ) as v:
        answer = v.ask("When do flu vaccination clinics for care home residents start?")
        folder = v.folder
        assert v.indexed_docs() == {"east-plan.md"}
    assert "October" in answer.text
    assert count() == before
    assert not folder.exists()


def test_runner_scores_vanilla_without_a_verifier(vanilla, tmp_path):
    questions = [
        Question(
            "v1",
            "How many cases of C. difficile were there in May?",
            "public",
            "number",
            "two",
            ("two cases",),
            (Source("north-committee.md", "There were two cases of C. difficile in May"),),
        )
    ]
    evaluation = evaluate(questions, vanilla, tmp_path, k=4, progress=False, report=False)
    result = evaluation.results[0]
    assert result.sentences is None and result.dropped is None
    h = evaluation.metrics["headline"]
    assert h["recall@1"] == 1 and h["key_fact_recall"] == 1
    assert h["grounding_verifier"] is None and h["grounding_lexical"] == 1
