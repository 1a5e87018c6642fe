"""Chunking: heading-aware, sized in the embedding model's word pieces, exact offsets, tables kept whole, stable ids."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ingest.blocks import HEADING, PARAGRAPH, SOFT_HEADING_LEVEL, Block, assemble
from ingest.chunk import ChunkingOptions, chunk_document, embedding_text
from ingest.manifest import load_manifest
from ingest.markdown import parse_markdown
from ingest.structure import describe
from tests.helpers import CORPUS_DIR, ICP_PAPER, RECOVERY_PLAN, SOUTH_BOARD
from vectorstore.embeddings import default_window

WINDOW = default_window()  # all-MiniLM-L6-v2 reads 254 word pieces of text
count_tokens = WINDOW.count


def chunk_markdown(
    text: str, options: ChunkingOptions | None = None, doc_id: str = "paper.md", entry: dict | None = None
):
    options = options or ChunkingOptions()
    parsed = parse_markdown(text)
    info = describe(doc_id, doc_id, "markdown", parsed, entry)
    return parsed, chunk_document(parsed, info, options)


def check_invariants(parsed, chunks, options: ChunkingOptions) -> None:
    hard = [b for b in parsed.blocks if b.kind == HEADING and b.level < SOFT_HEADING_LEVEL]
    headings = {b.start: b for b in parsed.blocks if b.kind == HEADING}
    for chunk in chunks:
        start, end = chunk.metadata["start"], chunk.metadata["end"]
        assert chunk.page_content == parsed.text[start:end]
        assert chunk.page_content.strip() == chunk.page_content and chunk.page_content
        assert count_tokens(chunk.page_content) == chunk.metadata["tokens"]
        # A section's first chunk may open with the heading above it: the rest is what max_tokens bounds.
        lead = headings.get(start)
        text = parsed.text[lead.end : end].strip() if lead is not None else chunk.page_content
        assert count_tokens(text) <= options.max_tokens, chunk.page_content
        assert count_tokens(embedding_text(chunk)) <= WINDOW.size, chunk.metadata  # the model reads all of it
        assert embedding_text(chunk).endswith(chunk.page_content)
        crossed = [h.text for h in hard if start < h.start < end]
        assert not crossed, f"chunk crosses heading {crossed[0]!r}"


def after_heading(parsed, chunk) -> str:
    """The chunk's text after the heading it opens with, if it opens with one (a section's first chunk)."""
    lead = next((b for b in parsed.blocks if b.kind == HEADING and b.start == chunk.metadata["start"]), None)
    return parsed.text[lead.end : chunk.metadata["end"]].strip() if lead is not None else chunk.page_content


def corpus_documents():
    manifest = load_manifest(CORPUS_DIR)
    for name in (ICP_PAPER, RECOVERY_PLAN):
        parsed = parse_markdown((CORPUS_DIR / name).read_text(encoding="utf-8"))
        yield name, parsed, describe(name, name, "markdown", parsed, manifest[name])


@pytest.mark.parametrize("max_tokens, overlap", [(64, 16), (192, 32), (512, 64)])
def test_corpus_chunks_respect_size_offsets_and_headings(max_tokens, overlap):
    options = ChunkingOptions(max_tokens=max_tokens, overlap_tokens=overlap)
    for _, parsed, info in corpus_documents():
        chunks = chunk_document(parsed, info, options)
        check_invariants(parsed, chunks, options)
        # Nothing is dropped: every block's text is inside some chunk.
        covered = sorted((c.metadata["start"], c.metadata["end"]) for c in chunks)
        for block in parsed.blocks:
            if not block.is_heading:
                assert (
                    any(s <= block.start and block.end <= e for s, e in covered)
                    or count_tokens(block.text) > min(max_tokens, WINDOW.size)  # a block longer than a chunk is cut
                ), block.text


# --- generated documents: the invariants hold for any mix of blocks ---------------------
_WORDS = st.lists(
    st.sampled_from(
        [
            "board",
            "care",
            "plan",
            "beds",
            "2,400",
            "£3.1m",
            "(<3%)",
            "waiting",
            "list",
            "Bexley",
            "staff",
            "winter",
            "the",
            "of",
            "and",
            "acute",
            "primary",
            "deficit",
            "18",
            "weeks",
        ]
    ),
    min_size=1,
    max_size=60,
)
_SENTENCES = st.lists(_WORDS.map(lambda ws: " ".join(ws) + "."), min_size=1, max_size=8).map(" ".join)
_BLOCK = st.one_of(
    _SENTENCES,
    st.integers(1, 3)
    .flatmap(lambda n: st.just("#" * n))
    .flatmap(lambda hashes: _WORDS.map(lambda ws: f"{hashes} {' '.join(ws[:8])}")),
    _WORDS.map(lambda ws: f"**{' '.join(ws[:6])}**"),
    st.lists(_WORDS.map(lambda ws: "- " + " ".join(ws)), min_size=1, max_size=6).map("\n".join),
    st.lists(st.lists(_WORDS.map(lambda ws: " ".join(ws[:5])), min_size=3, max_size=3), min_size=1, max_size=12).map(
        lambda rows: "\n".join(
            ["| " + " | ".join(r) + " |" for r in rows[:1]]
            + ["|---|---|---|"]
            + ["| " + " | ".join(r) + " |" for r in rows[1:]]
        )
    ),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    blocks=st.lists(_BLOCK, min_size=1, max_size=14),
    max_tokens=st.sampled_from([24, 40, 64, 128]),
    overlap=st.sampled_from([0, 8, 16]),
)
def test_generated_documents_respect_size_offsets_and_headings(blocks, max_tokens, overlap):
    options = ChunkingOptions(
        max_tokens=max_tokens, overlap_tokens=min(overlap, max_tokens // 2), min_tokens=min(48, max_tokens // 2)
    )
    parsed, chunks = chunk_markdown("\n\n".join(blocks), options)
    check_invariants(parsed, chunks, options)


def test_soft_heading_merged_into_a_small_chunk_still_fits():
    small = "The board noted the update."  # well under min_tokens, so the soft heading does not end it
    heading = "**Bexley Local Care Partnership winter resilience and discharge summary**"
    body = "Discharges before noon rose to 31% of all discharges. " * 4
    options = ChunkingOptions(max_tokens=64, overlap_tokens=8, min_tokens=48)
    parsed, chunks = chunk_markdown(f"## Update\n\n{small}\n\n{heading}\n\n{body}", options)
    check_invariants(parsed, chunks, options)


def test_chunks_never_cross_hard_headings():
    parsed, chunks = chunk_markdown("# Paper\n\n## A\n\nShort a.\n\n## B\n\nShort b.\n\n### B1\n\nShort b1.\n")
    assert [(c.page_content, c.metadata["section"]) for c in chunks] == [
        ("A\nShort a.", "Paper > A"),
        ("B\nShort b.", "Paper > B"),
        ("B1\nShort b1.", "Paper > B > B1"),
    ]


def test_a_sections_first_chunk_opens_with_its_heading_and_the_rest_do_not():
    # A heading over a row of names ("Children's services", then "Lead member | ...") says whose names they are:
    # the passage a reader, BM25 and the answer step see holds it, as the page does.
    rows = "\n".join(f"| Ward {i} | {i * 10} beds |" for i in range(40))
    text = f"## Children's services\n\n| Role | Name |\n|---|---|\n| Lead member | Ann Example |\n{rows}\n"
    options = ChunkingOptions(max_tokens=64, overlap_tokens=8)
    parsed, chunks = chunk_markdown(text, options)
    check_invariants(parsed, chunks, options)
    assert len(chunks) > 2
    assert chunks[0].page_content.startswith("Children's services\nRole | Name\nLead member | Ann Example")
    assert not any("Children's services" in c.page_content for c in chunks[1:])
    assert {c.metadata["section"] for c in chunks} == {"Children's services"}
    # The heading costs the first chunk none of its rows: the rows after it are where they were without it.
    bodies = [c.page_content.split("\n", 1)[1] if i == 0 else c.page_content for i, c in enumerate(chunks)]
    assert "\n".join(bodies).count("Ward 39") == 1


def test_a_heading_on_the_page_before_its_text_is_not_pulled_into_the_chunk():
    # The chunk is cited with one page: a heading left at the foot of the page before stays in the path only.
    parsed = assemble(
        [Block(HEADING, "Adult services", level=2, page=1), Block(PARAGRAPH, "The service saw 120 people.", page=2)],
        pages=2,
    )
    info = describe("paper", "paper.pdf", "pdf", parsed, None)
    (chunk,) = chunk_document(parsed, info, ChunkingOptions())
    assert (chunk.page_content, chunk.metadata["section"], chunk.metadata["page"]) == (
        "The service saw 120 people.",
        "Adult services",
        2,
    )


def test_bold_line_joins_a_small_chunk_of_its_own_section_only():
    # Inside a section, a bold line does not end a chunk that is still small...
    _, chunks = chunk_markdown("## A\n\nShort a.\n\n**Bold line**\n\nShort b.\n")
    assert [c.page_content for c in chunks] == ["A\nShort a.\nBold line\nShort b."]
    # ...but a hard heading before it still ends the previous section.
    _, chunks = chunk_markdown("## A\n\nShort a.\n\n## B\n\n**Bold line**\n\nShort b.\n")
    assert [(c.page_content, c.metadata["section"]) for c in chunks] == [
        ("A\nShort a.", "A"),
        ("Bold line\nShort b.", "B > Bold line"),
    ]


def test_small_table_stays_in_one_chunk():
    rows = "\n".join(f"| Ward {i} | {i * 10} beds | {90 + i}% |" for i in range(6))
    parsed, chunks = chunk_markdown(f"## Beds\n\nIntro.\n\n| Ward | Beds | Occupancy |\n|---|---|---|\n{rows}\n")
    tables = [c for c in chunks if "Ward 0" in c.page_content]
    assert len(tables) == 1
    assert all(f"Ward {i}" in tables[0].page_content for i in range(6))


def test_long_table_is_cut_between_rows_and_pieces_carry_the_header():
    header = "| Borough | Referrals | Waiting over 18 weeks |"
    rows = [f"| Borough number {i} | {1000 + i * 37} referrals | {i}.5% of patients |" for i in range(40)]
    text = "## Referrals\n\n" + "\n".join([header, "|---|---|---|"] + rows) + "\n"
    options = ChunkingOptions(max_tokens=96, overlap_tokens=16)
    parsed, chunks = chunk_markdown(text, options)
    check_invariants(parsed, chunks, options)
    assert len(chunks) >= 3
    row_texts = {b.text for b in parsed.blocks}
    for chunk in chunks:
        assert chunk.metadata["content"] == "table"
        assert all(line in row_texts for line in after_heading(parsed, chunk).splitlines())  # whole rows only
    assert chunks[0].page_content.startswith("Referrals\nBorough | Referrals | Waiting over 18 weeks")
    for chunk in chunks:  # the rows' context, which the embedding reads once: the first chunk shows it already
        assert chunk.metadata["table_header"] == "Borough | Referrals | Waiting over 18 weeks"
        assert embedding_text(chunk).count("Borough | Referrals | Waiting over 18 weeks") == 1
    # Every row is in exactly one chunk (table rows are never repeated as overlap).
    bodies = "\n".join(c.page_content for c in chunks)
    assert all(bodies.count(f"Borough number {i} |") == 1 for i in range(40))


def test_long_list_is_cut_between_items():
    items = "\n".join(
        f"- Action {i}: the partnership will review discharge pathways in borough {i}." for i in range(30)
    )
    options = ChunkingOptions(max_tokens=80, overlap_tokens=0)
    parsed, chunks = chunk_markdown(f"## Actions\n\n{items}\n", options)
    check_invariants(parsed, chunks, options)
    assert len(chunks) > 1
    for chunk in chunks:
        lines = after_heading(parsed, chunk).splitlines()
        assert all(line.startswith("- Action ") and line.endswith(".") for line in lines)


def test_long_paragraph_is_cut_between_sentences_with_overlap():
    sentences = [f"Sentence {i} reports that the waiting list in area {i} fell by {i} per cent." for i in range(30)]
    options = ChunkingOptions(max_tokens=64, overlap_tokens=24)
    parsed, chunks = chunk_markdown("## Waits\n\n" + " ".join(sentences) + "\n", options)
    check_invariants(parsed, chunks, options)
    assert len(chunks) > 3
    for chunk in chunks:
        text = after_heading(parsed, chunk)
        assert text.startswith("Sentence ") and text.endswith("per cent.")
    for before, after in zip(chunks, chunks[1:], strict=False):
        assert after.metadata["start"] < before.metadata["end"]  # overlapping text


def test_ids_are_stable_and_follow_content():
    _, first = chunk_markdown(SOUTH_BOARD, doc_id="south.md")
    _, again = chunk_markdown(SOUTH_BOARD, doc_id="south.md")
    assert [c.id for c in first] == [c.id for c in again]
    assert all(c.id == c.metadata["chunk_id"] for c in first)
    assert len({c.id for c in first}) == len(first)

    changed = SOUTH_BOARD.replace("Vacancy rates fell to 8.2%", "Vacancy rates fell to 7.9%")
    _, edited = chunk_markdown(changed, doc_id="south.md")
    old, new = {c.id for c in first}, {c.id for c in edited}
    assert len(old - new) == 1 and len(new - old) == 1
    moved = next(c for c in edited if c.id in new - old)
    assert "7.9%" in moved.page_content

    _, other = chunk_markdown(SOUTH_BOARD, doc_id="other.md")
    assert not old & {c.id for c in other}  # ids are per document


def test_identical_passages_get_distinct_ids():
    _, chunks = chunk_markdown("## A\n\nSame words.\n\n## A\n\nSame words.\n")
    assert len(chunks) == 2 and len({c.id for c in chunks}) == 2


def test_metadata_a_citation_needs():
    _, chunks = chunk_markdown(SOUTH_BOARD, doc_id="south.md")
    finance = next(c for c in chunks if "deficit" in c.page_content)
    meta = finance.metadata
    assert meta["doc_id"] == "south.md" and meta["source"] == "south.md"
    assert meta["title"] == "South Borough Health Board"
    assert meta["meeting"] == "South Borough Health Board, 14 March 2024"
    assert (meta["date"], meta["date_int"]) == ("2024-03-14", 20240314)
    assert meta["item"] == "Item 3 Enclosure C"
    assert meta["section"] == "Item 3 Enclosure C > Finance report"
    public = next(c for c in chunks if "parking" in c.page_content)
    assert public.metadata["item"] == "Item 4 Enclosure D"
    assert public.metadata["section"] == "Item 4 Enclosure D > Questions from the public"
    assert [c.metadata["chunk_index"] for c in chunks] == list(range(len(chunks)))


def test_shipped_papers_carry_item_meeting_and_section_paths():
    docs = {name: chunk_document(parsed, info) for name, parsed, info in corpus_documents()}
    icp = docs[ICP_PAPER]
    assert {c.metadata["meeting"] for c in icp} == {"Integrated Care Partnership, 25 April 2023"}
    assert {"Item 2 Enclosure B", "Item 3 Enclosure C", "Item 4 Enclosure D", "Item 5 Enclosure E"} <= {
        c.metadata.get("item") for c in icp
    }
    plan = docs[RECOVERY_PLAN]
    assert all("meeting" not in c.metadata and c.metadata["date"] == "2020-10" for c in plan)
    assert any(c.metadata["section"].endswith("> Bexley Local Care Partnership") for c in plan)


def test_chunk_size_follows_the_options():
    text = (CORPUS_DIR / RECOVERY_PLAN).read_text(encoding="utf-8")
    _, small = chunk_markdown(text, ChunkingOptions(max_tokens=96, overlap_tokens=16))
    _, large = chunk_markdown(text, ChunkingOptions(max_tokens=384, overlap_tokens=32))
    assert len(small) > 1.5 * len(large)
    assert max(c.metadata["tokens"] for c in large) > 96


def test_word_pieces_are_counted_offline_on_any_text():
    assert WINDOW.size == 256 - 2  # max_seq_length less [CLS] and [SEP]
    assert count_tokens("hello world") == 2
    assert count_tokens("") == 0
    assert count_tokens("The ICB's £3.1m deficit") == 10  # punctuation and figures are pieces of their own
    # Text that looks like a special token is counted, not refused: as the model reads it.
    assert count_tokens("<|endoftext|>") > 1


@pytest.mark.parametrize("max_tokens", [64, 96, 128])
def test_a_table_header_never_ends_a_chunk_whose_rows_start_the_next(max_tokens):
    intro = " ".join(f"Sentence {i} says how the borough's referrals were counted this year." for i in range(6))
    rows = "\n".join(f"| Borough number {i} | {1000 + i * 37} referrals | {i}.5% |" for i in range(30))
    table = "| Borough | Referrals | Waiting over 18 weeks |\n|---|---|---|\n" + rows
    options = ChunkingOptions(max_tokens=max_tokens, overlap_tokens=16, min_tokens=24)
    parsed, chunks = chunk_markdown(f"## Referrals\n\n{intro}\n\n{table}\n", options)
    check_invariants(parsed, chunks, options)
    header = "Borough | Referrals | Waiting over 18 weeks"
    for chunk in chunks:
        assert chunk.page_content.splitlines()[-1] != header
    lines = next(c for c in chunks if header in c.page_content.splitlines()).page_content.splitlines()
    assert lines[lines.index(header) + 1].startswith("Borough number 0 |")
    assert all(c.metadata.get("table_header") == header for c in chunks if "Borough number 29" in c.page_content)


def test_a_row_too_long_for_a_chunk_repeats_its_last_sentence_in_the_next():
    cell = " ".join(f"Point {i}: the partnership will review discharge pathways in borough {i}." for i in range(12))
    table = f"| Area | Actions |\n|---|---|\n| Discharge | {cell} |\n| Estates | Review the sites. |"
    options = ChunkingOptions(max_tokens=64, overlap_tokens=24)
    parsed, chunks = chunk_markdown(f"## Actions\n\n{table}\n", options)
    check_invariants(parsed, chunks, options)
    pieces = [c for c in chunks if "Point " in c.page_content]
    assert len(pieces) > 2
    for before, after in zip(pieces, pieces[1:], strict=False):
        assert after.metadata["start"] < before.metadata["end"]  # a quote across the cut is whole in one


def test_a_long_title_is_cut_between_words_and_marked_as_cut():
    from ingest.chunk import _shortened

    title = "12. 25/00042 - Replacement of the Northfield Library Heating System and the Eastgate Depot Roof Covering"
    assert (
        _shortened(title)
        == "12. 25/00042 - Replacement of the Northfield Library Heating System and the Eastgate Depot …"
    )
    assert len(_shortened(title)) <= 92 and _shortened("13. Any Other Business") == "13. Any Other Business"
