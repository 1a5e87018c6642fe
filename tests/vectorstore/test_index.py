"""The versioned chunk index: generations, atomic switch, clean-up, model guard, lexical rebuild, filters."""

from __future__ import annotations

import json
import shutil
from dataclasses import replace
from types import SimpleNamespace

import pytest

from ingest.pipeline import IngestOptions, ingest
from tests.helpers import EAST_PLAN, NORTH_COMMITTEE, SOUTH_BOARD, RenamedEmbeddings, new_index, write
from vectorstore.errors import StoreUnavailable
from vectorstore.index import ChunkIndex, IndexUpdateError
from vectorstore.lexical import LexicalIndex
from vectorstore.retrievers import DenseRetriever, LexicalRetriever, SearchFilter

QUIET = IngestOptions(progress=False)


def collection_names(index) -> set[str]:
    return {c.name for c in index.client.list_collections()}


@pytest.fixture(scope="module")
def three_papers(tmp_path_factory):
    """South (14 March 2024), North (9 June 2022), East (30 September 2023), each a few chunks."""
    folder = tmp_path_factory.mktemp("papers")
    return [
        write(folder, "south.md", SOUTH_BOARD),
        write(folder, "north.md", NORTH_COMMITTEE),
        write(folder, "east.md", EAST_PLAN),
    ]


@pytest.fixture(scope="module")
def filtered_index(tmp_path_factory, embeddings, three_papers):

    index = new_index(tmp_path_factory.mktemp("filtered"), embeddings)
    assert ingest(three_papers, index, QUIET).ok
    return index


def test_commits_make_numbered_generations_and_switch(index, three_papers):
    assert index.is_empty() and index.generation().number == 0 and index.documents() == []
    ingest(three_papers[:1], index, QUIET)
    first = index.generation(refresh=True)
    assert first.number == 1 and first.collection.startswith("test_index-g000001-")
    assert [d.doc_id for d in index.documents()] == ["south.md"]

    ingest(three_papers[1:2], index, QUIET)
    second = index.generation(refresh=True)
    assert second.number == 2 and second.collection.startswith("test_index-g000002-")
    # The previous generation is kept for readers that were mid-query; older ones are dropped.
    assert first.manifest.startswith("test_index-m000001-") and second.manifest.startswith("test_index-m000002-")
    kept = {"test_index-registry", first.collection, first.manifest, second.collection, second.manifest}
    assert collection_names(index) == kept

    index.commit(remove=["south.md"])
    third = index.generation(refresh=True)
    assert third.number == 3
    # After a removal the previous generation goes at once: the removed text must not linger in it.
    assert collection_names(index) == {"test_index-registry", third.collection, third.manifest}
    # Lexical indexes are one folder per generation (beside them, shared by all generations: the
    # sentence-vector store and the documents' original files).
    assert sorted(p.name for p in index.lexical_dir.iterdir() if p.is_dir() and not p.name.startswith(".")) == sorted(
        [third.collection, index.originals().folder.name]
    )
    assert [d.doc_id for d in index.documents()] == ["north.md"]
    assert {m["doc_id"] for m in index.collection().get(include=["metadatas"])["metadatas"]} == {"north.md"}


def test_a_second_index_object_sees_the_committed_generation(make_index, three_papers, tmp_path):
    writer = make_index()
    reader = make_index(tmp_path / "index")
    ingest(three_papers[:1], writer, QUIET)
    assert [d.doc_id for d in reader.documents()] == ["south.md"]
    assert reader.collection().count() == writer.collection().count() > 0


def test_the_manifest_is_parsed_again_only_when_another_writer_changed_it(make_index, three_papers, tmp_path):
    writer = make_index()
    reader = make_index(tmp_path / "index")
    ingest(three_papers[:1], writer, QUIET)
    first = reader.generation(refresh=True)
    assert reader.generation(refresh=True) is first  # unchanged registry: the parsed manifest is reused
    ingest(three_papers[1:2], writer, QUIET)
    second = reader.generation(refresh=True)
    assert second is not first and second.number == first.number + 1
    assert sorted(second.documents) == sorted(p.name for p in three_papers[:2])


def test_the_registry_stays_small_however_many_documents(make_index, three_papers):
    """Every question reads the registry: it names the manifest's collection instead of holding the manifest."""
    index = make_index()
    ingest(three_papers[:1], index, QUIET)
    one = index._registry().metadata
    ingest(three_papers[1:], index, QUIET)
    gen = index.generation(refresh=True)
    three = index._registry().metadata
    assert set(one) == set(three) == {"generation", "active", "embedding", "manifest_at", "updated"}
    assert len(json.dumps(one)) < 200 and len(json.dumps(three)) < 200
    assert sorted(gen.documents) == sorted(p.name for p in three_papers)
    index.update_records([replace(gen.documents["north.md"], title="North, renamed")])
    renamed = index.generation(refresh=True)
    assert renamed.documents["north.md"].title == "North, renamed" and renamed.manifest != gen.manifest
    # The manifest replaced by the update is kept for a reader mid-question; the one before it goes.
    assert {n for n in collection_names(index) if "-m0" in n} == {gen.manifest, renamed.manifest}


def test_an_index_with_its_manifest_in_the_registry_is_still_read(make_index, three_papers, tmp_path):
    """Indexes written before manifests had a collection of their own: the registry holds the manifest."""
    writer = make_index()
    ingest(three_papers[:2], writer, QUIET)
    gen = writer.generation(refresh=True)
    manifest = writer.client.get_collection(gen.manifest).metadata["manifest"]
    writer._registry().modify(
        metadata={"generation": gen.number, "active": gen.collection, "embedding": gen.embedding, "manifest": manifest}
    )
    writer.client.delete_collection(gen.manifest)
    reader = make_index(tmp_path / "index")
    assert sorted(d.doc_id for d in reader.documents()) == sorted(p.name for p in three_papers[:2])
    ingest(three_papers[2:], reader, QUIET)  # the next update writes the new layout
    assert sorted(reader.generation(refresh=True).documents) == sorted(p.name for p in three_papers)
    assert "manifest" not in reader._registry().metadata


class _ReadsAStaleRegistryFirst(ChunkIndex):
    """A reader that read the registry just before two other switches: it names a manifest deleted since."""

    stale: dict | None = None

    def _registry(self):
        if self.stale is not None:
            meta, self.stale = self.stale, None
            return SimpleNamespace(metadata=meta)
        return super()._registry()


def test_a_reader_whose_manifest_was_deleted_meanwhile_reads_the_registry_again(
    make_index, embeddings, three_papers, tmp_path
):
    writer = make_index()
    ingest(three_papers[:1], writer, QUIET)
    stale = dict(writer._registry().metadata)
    ingest(three_papers[1:2], writer, QUIET)
    ingest(three_papers[2:], writer, QUIET)
    assert stale["manifest_at"] not in collection_names(writer)
    reader = _ReadsAStaleRegistryFirst(writer.client, embeddings, "test_index", tmp_path / "reader")
    reader.stale = stale
    assert sorted(reader.generation(refresh=True).documents) == sorted(p.name for p in three_papers)


def test_a_manifest_deleted_for_good_is_reported_as_the_store_unavailable(make_index, three_papers, tmp_path):
    writer = make_index()
    ingest(three_papers[:1], writer, QUIET)
    writer.client.delete_collection(writer.generation(refresh=True).manifest)
    with pytest.raises(StoreUnavailable, match="reading the registry failed"):
        make_index(tmp_path / "index").documents()


class _DiesBeforeSwitch(ChunkIndex):
    """A writer killed after building its staging collection, just before the switch."""

    def _switch(self, base, new):
        raise KeyboardInterrupt("killed before the switch")


def test_crashed_update_leaves_the_old_generation_and_its_leftovers_are_deleted(
    make_index, embeddings, three_papers, tmp_path
):
    index = make_index()
    ingest(three_papers[:1], index, QUIET)
    live = index.generation(refresh=True)
    hits_before = [d.id for d in DenseRetriever(index=index, k=3).invoke("deficit at month 10")]

    dying = _DiesBeforeSwitch(index.client, embeddings, "test_index", tmp_path / "index" / "lexical")
    with pytest.raises(KeyboardInterrupt):
        ingest(three_papers[1:], dying, QUIET)
    stale = collection_names(index) - {"test_index-registry", live.collection, live.manifest}
    assert len(stale) == 1 and next(iter(stale)).startswith("test_index-g000002-")
    assert index.client.get_collection(next(iter(stale))).count() > 0  # a half-finished update exists...
    assert (index.lexical_dir / next(iter(stale))).is_dir()

    # ...but readers see the old generation, unchanged.
    assert index.generation(refresh=True) == live
    assert [d.id for d in DenseRetriever(index=index, k=3).invoke("deficit at month 10")] == hits_before

    # The next commit deletes the leftovers, lexical folder included.
    index.commit(remove=["south.md"])
    assert stale.isdisjoint(collection_names(index))
    assert not any(p.name in stale for p in index.lexical_dir.iterdir())


def test_an_index_built_with_another_model_is_refused(make_index, embeddings, three_papers, tmp_path):
    ingest(three_papers[:1], make_index(), QUIET)
    other = make_index(tmp_path / "index", embeddings_=RenamedEmbeddings(embeddings, "another-model"))
    with pytest.raises(IndexUpdateError, match="embedding model 'minilm-int8'"):
        ingest(three_papers[1:2], other, QUIET)
    with pytest.raises(IndexUpdateError, match="embedding model 'minilm-int8'"):
        other.commit(remove=["south.md"])
    # Querying its vectors with another model's would give nonsense: refused too.
    with pytest.raises(IndexUpdateError, match="embedding model 'minilm-int8'"):
        DenseRetriever(index=other, k=3).invoke("deficit")
    assert [d.doc_id for d in make_index().documents()] == ["south.md"]


def test_lexical_index_is_rebuilt_from_chroma_when_its_folder_is_gone(make_index, three_papers, tmp_path):
    index = make_index()
    ingest(three_papers, index, QUIET)
    query = "maternity unit rated good"
    before = [(d.id, d.metadata["score"]) for d in LexicalRetriever(index=index, k=4).invoke(query)]
    assert before and before[0][0]

    shutil.rmtree(index.lexical_dir)
    reopened = make_index(tmp_path / "index")
    after = [(d.id, pytest.approx(d.metadata["score"])) for d in LexicalRetriever(index=reopened, k=4).invoke(query)]
    assert after == before
    assert (index.lexical_dir / reopened.generation().collection / "chunks.jsonl").is_file()


def test_dense_hits_carry_what_chroma_stores_also_when_the_lexical_index_lacks_them(make_index, three_papers):
    """Dense hits take their text and metadata from the lexical index of the same generation, and from Chroma
    for any chunk it lacks (a generation committed between the two reads)."""
    index = make_index()
    ingest(three_papers, index, QUIET)
    stored = index.collection().get(include=["documents", "metadatas"])
    truth = {i: (t, m) for i, t, m in zip(stored["ids"], stored["documents"], stored["metadatas"], strict=True)}

    def hits() -> list[tuple[str, dict]]:
        found = DenseRetriever(index=index, k=30).invoke("maternity unit rated good")
        assert len(found) == len(truth)
        return [(d.page_content, {k: v for k, v in d.metadata.items() if k not in ("score", "rank")}) for d in found]

    expected = [truth[d.id] for d in DenseRetriever(index=index, k=30).invoke("maternity unit rated good")]
    assert hits() == expected
    whole = index.lexical()
    index._lexical = (
        index.generation().collection,
        LexicalIndex.build(whole.ids[:2], whole.texts[:2], whole.metadatas[:2]),
    )
    assert hits() == expected


def test_vectors_are_reused_by_chunk_id(filtered_index):
    ids = filtered_index.collection().get()["ids"]
    vectors = filtered_index.vectors_for(ids + ["no-such-chunk"])
    assert set(vectors) == set(ids)
    assert all(len(v) == 384 for v in vectors.values())


@pytest.mark.parametrize(
    "search_filter, allowed",
    [
        (SearchFilter(doc_ids=("north.md",)), {"north.md"}),
        (SearchFilter(doc_ids=("north.md", "east.md")), {"north.md", "east.md"}),
        (SearchFilter(date_from=20230101), {"south.md", "east.md"}),
        (SearchFilter(date_to=20221231), {"north.md"}),
        (SearchFilter(date_from=20230101, date_to=20231231), {"east.md"}),
        (SearchFilter(doc_ids=("south.md",), date_to=20221231), set()),
    ],
)
@pytest.mark.parametrize("retriever", [DenseRetriever, LexicalRetriever])
def test_retrievers_honour_search_filters(filtered_index, retriever, search_filter, allowed):
    query = "board care residents infection deficit vacancy flu maternity ambulance"
    unfiltered = {d.metadata["doc_id"] for d in retriever(index=filtered_index, k=30).invoke(query)}
    assert unfiltered == {"south.md", "north.md", "east.md"}
    hits = retriever(index=filtered_index, k=30, search_filter=search_filter).invoke(query)
    assert {d.metadata["doc_id"] for d in hits} == allowed
    assert [d.metadata["rank"] for d in hits] == list(range(1, len(hits) + 1))


def test_documents_without_a_date_are_outside_any_date_range(make_index, tmp_path):
    index = make_index()
    ingest([write(tmp_path / "d", "undated.md", "# Notes\n\nThe flu clinic opened.\n")], index, QUIET)
    for retriever in (DenseRetriever, LexicalRetriever):
        assert retriever(index=index, k=5).invoke("flu clinic")
        assert retriever(index=index, k=5, search_filter=SearchFilter(date_from=20000101)).invoke("flu clinic") == []


def _files_holding(folder, text: str) -> list[str]:
    return sorted(
        str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file() and text.encode() in p.read_bytes()
    )


def test_removed_text_leaves_every_file_of_the_index(tmp_path, make_index):
    from ingest.pipeline import IngestOptions, ingest
    from tests.helpers import NORTH_COMMITTEE, SOUTH_BOARD, write

    index = make_index()
    papers = tmp_path / "papers"
    assert ingest(
        [write(papers, "south.md", SOUTH_BOARD), write(papers, "north.md", NORTH_COMMITTEE)],
        index,
        IngestOptions(progress=False),
    ).ok
    removed = "two cases of C. difficile in May"
    assert _files_holding(tmp_path / "index", removed)
    reader = make_index(tmp_path / "index")  # another process, mid-question on the generation removed
    assert reader.generation().collection == index.generation().collection
    index.commit(remove=["north.md"])
    assert _files_holding(tmp_path / "index", removed) == []  # no earlier generation keeps it
    assert [d.doc_id for d in index.documents()] == ["south.md"]
    assert reader.lexical().search("vacancy rates", 3) and reader.collection().count() > 0  # moved on
    assert reader.generation().collection == index.generation().collection


def test_a_segment_folder_no_collection_owns_is_swept_by_the_next_commit(tmp_path, make_index):
    import uuid

    from ingest.pipeline import IngestOptions, ingest
    from tests.helpers import NORTH_COMMITTEE, SOUTH_BOARD, write

    index = make_index()
    ingest([write(tmp_path / "p", "south.md", SOUTH_BOARD)], index, IngestOptions(progress=False))
    chroma = tmp_path / "index" / "chroma"
    orphan = chroma / str(uuid.uuid4())  # what a commit killed while Chroma wrote its segment leaves
    orphan.mkdir()
    (orphan / "data_level0.bin").write_bytes(b"\0" * 4096)
    live = {p.name for p in chroma.iterdir() if p.is_dir()} - {orphan.name}
    ingest([write(tmp_path / "p", "north.md", NORTH_COMMITTEE)], index, IngestOptions(progress=False))
    assert not orphan.exists()
    assert live & {p.name for p in chroma.iterdir() if p.is_dir()}  # the live collections' folders stay
    assert index.collection().count() > 0 and len(index.documents()) == 2
