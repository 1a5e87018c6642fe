"""Hybrid retrieval when many papers repeat the same text: copies take one place in the pool, not all of it."""

from __future__ import annotations

from langchain_core.documents import Document

from assistant.retrieval import DEEPEST, HybridRetriever, distinct, uncrowded
from ingest.pipeline import IngestOptions, ingest
from tests.helpers import write
from vectorstore.retrievers import Hit

COPY = (
    "The {org} winter plan for winter pressures sets out extra beds, extra staff and extra ambulance "
    "capacity across the {org} hospitals this winter, and the board will review the winter plan in {month}."
)


TOPICS = [
    "Parking charges rise in May and staff parking is under review.",
    "The estates strategy names three sites for new community clinics.",
    "Sickness absence fell to four per cent after the wellbeing programme.",
    "A new electronic patient record goes live in the children's wards.",
    "Complaints about discharge letters doubled since the spring audit.",
    "Volunteers staff the hospital welcome desks on weekday mornings.",
    "The charity funded garden at the hospice opened in the summer.",
    "Agency spending is capped by the regional workforce agreement.",
    "Freedom to speak up guardians report quarterly to the committee.",
    "Pharmacy opening hours extend to weekends at the main site.",
]


def _hits(texts: list[str]) -> list[Hit]:
    """Search hits as the retrievers return them, best first."""
    return [(f"c{i}", t, {}, 1.0 - i / 100) for i, t in enumerate(texts)]


def test_a_reworded_copy_is_dropped_and_different_passages_kept():
    ranked = [
        COPY.format(org="Northfield", month="March"),
        COPY.format(org="Southmoor", month="April"),  # the same paragraph under another name
        TOPICS[0],
        COPY.format(org="Eastway", month="June").replace("extra staff", "more staff"),
    ]
    assert distinct(ranked, 10) == [0, 2]
    assert distinct(ranked, 1) == [0]
    figures = ["12.5 | 13.1 | 9.8", "4,210 | 3,977 | 4,005"]  # no words to compare: both kept
    assert distinct(figures, 10) == [0, 1]


def test_a_list_with_a_few_repeats_is_left_as_it_is():
    texts = [COPY.format(org="Northfield", month="March"), COPY.format(org="Southmoor", month="March")]
    texts += TOPICS
    searched: list[int] = []

    def search(depth: int) -> list[Hit]:
        searched.append(depth)
        return _hits(texts)[:depth]

    kept = uncrowded(search, 8)
    assert [d.id for d in kept] == [f"c{i}" for i in range(8)]  # the copy keeps its place
    assert [d.metadata["rank"] for d in kept] == list(range(1, 9))
    assert searched == [DEEPEST * 8]  # one search, read deeper only if the top is crowded


def test_a_crowded_list_is_read_deeper_for_distinct_passages():
    copies = [COPY.format(org=f"Trust {chr(65 + i)}", month="March") for i in range(30)]
    ranked = _hits(copies + TOPICS)

    def search(depth: int) -> list[Hit]:
        return ranked[:depth]

    kept = uncrowded(search, 6)
    assert [d.id for d in kept] == ["c0", "c30", "c31", "c32", "c33", "c34"]
    assert [d.id for d in uncrowded(search, 12)] == ["c0", *[f"c{i}" for i in range(30, 40)]]  # all there is


def test_copies_in_many_papers_do_not_push_the_answer_out_of_the_pool(tmp_path, make_index):
    """Forty papers repeat a paragraph that matches the question better than the one passage that answers it:
    both retrievers' top 24 are copies alone, so without reading past them the answer is never found."""
    folder = tmp_path / "papers"
    months = ["March", "April", "May", "June"]
    for i in range(40):
        org = f"Trust {chr(65 + i % 26)}{i}"
        write(folder, f"paper-{i:02d}.md", f"# {org} board papers\n\n{COPY.format(org=org, month=months[i % 4])}\n")
    answer = "# Riverside board papers\n\nRiverside Hospital will open 48 more beds in November to cope this winter.\n"
    question = "What does the winter plan say about extra beds for winter pressures?"
    found = _search(folder, make_index, answer, question, k=8)
    assert any("48 more beds" in d.page_content for d in found)
    # One per retriever (BM25, MiniLM, e5) at most: each list keeps its first copy.
    assert sum("winter plan for winter pressures" in d.page_content for d in found) <= 3


def test_a_phrase_the_question_quotes_brings_the_passage_holding_it_whole(tmp_path, make_index):
    """Sixty papers use the quoted phrase's words apart, in sentences closer to the rest of the question; the
    one passage that holds 'Care Well' whole, the papers' own name for what is asked, joins the pool anyway."""
    folder = tmp_path / "papers"
    syllables = ["ba", "ko", "ri", "nu", "le", "ma", "sto", "vy", "del", "quin"]
    groups = ["carers", "young people", "veterans", "new mothers", "care leavers", "students", "shift workers"]
    for i in range(60):
        names = [
            syllables[(i + k) % 10] + syllables[(i * 7 + k * 3) % 10] + syllables[(i // 10 + k) % 10] for k in range(4)
        ]
        place, scheme = " ".join(names[:2]).title(), " ".join(names[2:]).title()
        text = (
            f"The {place} borough priorities cover how well we care for {groups[i % len(groups)]}. "
            f"The {scheme} scheme reports to the {place} partnership. {TOPICS[i % len(TOPICS)]}"
        )
        write(folder, f"paper-{i:02d}.md", f"# {place} partnership papers\n\n{text}\n")
    answer = (
        "# Riverside plan\n\nCare Well: support in residential settings for older people and people with dementia.\n"
    )
    question = "What does 'Care Well' cover in the borough's priorities?"
    pool = _search(folder, make_index, answer, question, k=100)  # the whole pool, unranked
    assert any("residential settings" in d.page_content for d in pool)


def _search(folder, make_index, answer: str, question: str, k: int) -> list[Document]:
    """The papers in ``folder`` and one more holding the answer, ingested; the best ``k`` for the question."""
    write(folder, "riverside.md", answer)
    index = make_index()
    assert ingest([folder], index, IngestOptions(progress=False)).ok
    return HybridRetriever(index=index, k=k, candidates=24).invoke(question)
