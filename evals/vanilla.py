"""The naive LangChain baseline the product is compared with, in the same run.

What a first LangChain tutorial builds: the corpus files read as plain text (PDFs page by
page with pypdf, HTML with its tags dropped), ``RecursiveCharacterTextSplitter`` with
``chunk_size=1000, chunk_overlap=200``, ``Chroma.from_documents`` with OUR embeddings
object (all-MiniLM-L6-v2 from ``vectorstore/embeddings.py``, so the comparison is not a
comparison of embedding models) into its own temporary directory, and dense top-k search.

The answer comes from the same chat model and backend as ours (``make_chat_model`` with the
configured backend) given the same prompt (``prompts.loader.answer_messages``) over the top
``k`` vanilla passages, with none of our reranking, refusal gate or verifier: what the
model writes is the answer, and it counts as a refusal only when it is empty or says the
papers do not answer. For the default extractive backend the model needs corpus term
statistics and sentence vectors: it takes the term statistics from our index's lexical
index (statistics of the same documents, not its ranking), and looks sentence vectors up
in our index's sentence-vector store without ever writing to it (the same model's vectors
of the same sentences; without them vanilla's "generate" latency would mostly measure
embedding sentences our ingest embeds ahead of time). ``retrieved`` keeps the top max(8, k)
hits, so recall@8 is measured the same way for both systems.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import time
import uuid
from collections.abc import Iterable, Mapping, Sequence
from html.parser import HTMLParser
from pathlib import Path
from typing import Self

import numpy as np
from langchain_chroma import Chroma
from langchain_core.documents import Document
from langchain_core.embeddings import Embeddings
from langchain_core.language_models import BaseChatModel
from langchain_text_splitters import RecursiveCharacterTextSplitter

from assistant.answer import REFUSAL_TEXT, Answer, Citation, Passage
from assistant.backends import make_chat_model
from assistant.extractive import AnswerSelector
from assistant.features import TermStats
from assistant.model import AnswerModel
from ingest.load import SUPPORTED, discover
from prompts.loader import answer_messages
from settings import Settings
from vectorstore.chroma import open_client
from vectorstore.index import ChunkIndex
from vectorstore.unit_vectors import UnitEmbeddingCache, UnitVectorStore

CHUNK_SIZE = 1000
CHUNK_OVERLAP = 200
NAME = "vanilla"
_BLOCKS = {"p", "div", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "title", "section", "br"}
_MARKER = re.compile(r"\[(\d{1,3}(?:\s*[,;]\s*\d{1,3})*)\]")
_REFUSAL = re.compile(
    r"don.t answer this|do not answer this|cannot answer|can.t answer|"
    r"not (?:in|covered by) the (?:passages|papers)",
    re.IGNORECASE,
)


class _TextOnly(HTMLParser):
    """The text of an HTML page, scripts and styles left out."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag, attrs) -> None:
        self._skip += tag in ("script", "style")

    def handle_endtag(self, tag) -> None:
        if tag in ("script", "style") and self._skip:
            self._skip -= 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data) -> None:
        if not self._skip:
            self.parts.append(data)


def load_documents(paths: Iterable[Path], names: Mapping[Path, str] | None = None) -> list[Document]:
    """Each supported file as LangChain documents (one per PDF page), with ``doc`` = file name
    (or the name ``names`` gives the file: an index keeps its originals under their content hash)."""
    documents = []
    names = names or {}
    for path in discover(list(paths)):
        kind = SUPPORTED.get(path.suffix.lower())
        name = names.get(path, path.name)
        meta = {"doc": name, "title": name}
        if kind == "pdf":
            from pypdf import PdfReader

            for number, page in enumerate(PdfReader(str(path)).pages, start=1):
                documents.append(Document(page_content=page.extract_text() or "", metadata={**meta, "page": number}))
        elif kind == "html":
            parser = _TextOnly()
            parser.feed(path.read_text(encoding="utf-8", errors="replace"))
            documents.append(Document(page_content="".join(parser.parts), metadata=meta))
        elif kind == "docx":
            documents.append(Document(page_content=_docx_text(path), metadata=meta))
        elif kind:
            documents.append(Document(page_content=path.read_text(encoding="utf-8", errors="replace"), metadata=meta))
    return [d for d in documents if d.page_content.strip()]


def _docx_text(path: Path) -> str:
    """A Word file's text as a tutorial's loader gives it (docx2txt): every paragraph and table cell in the body,
    one per line, in order; no headings, list or table structure."""
    from docx import Document as WordDocument
    from docx.oxml.ns import qn

    return "\n".join(node.text for node in WordDocument(str(path)).element.body.iter(qn("w:p")))


def split_documents(documents: Sequence[Document]) -> list[Document]:
    """RecursiveCharacterTextSplitter 1000/200, the tutorial defaults."""
    splitter = RecursiveCharacterTextSplitter(chunk_size=CHUNK_SIZE, chunk_overlap=CHUNK_OVERLAP)
    return splitter.split_documents(list(documents))


class _ReadOnlyUnits:
    """Sentence vectors looked up in the product's store, never written to it."""

    def __init__(self, store: UnitVectorStore) -> None:
        self.store = store

    def get_many(self, texts: Sequence[str]) -> dict[str, np.ndarray]:
        return self.store.get_many(texts)

    def put_many(self, texts: Sequence[str], vectors: Sequence[Sequence[float]]) -> None:
        pass


def vanilla_chat_model(settings: Settings, index: ChunkIndex) -> BaseChatModel:
    """The configured backend over its own sentence-vector cache (see the module docstring)."""
    lexical = index.lexical()
    cache = UnitEmbeddingCache(index.embeddings, _ReadOnlyUnits(index.unit_store()))
    stats = TermStats(lexical.idf(), lexical.unseen_idf(), lexical.lowercase_words())
    return make_chat_model(settings, AnswerSelector(cache, stats, AnswerModel.load()))


class VanillaAnswerer:
    """Dense top-k over the vanilla chunks, then the chat model: nothing else."""

    name = NAME
    verified = False  # no verifier: Answer.sentences stay empty

    def __init__(self, store: Chroma, chat_model: BaseChatModel | None, k: int, docs: set[str], folder: Path) -> None:
        self.store = store
        self.chat_model = chat_model
        self.k = k
        self.docs = docs
        self.folder = folder
        self.chunks = 0

    @classmethod
    def build(
        cls,
        paths: Iterable[Path],
        embeddings: Embeddings,
        chat_model: BaseChatModel | None,
        k: int = 4,
        only: set[str] | None = None,
        names: Mapping[Path, str] | None = None,
    ) -> VanillaAnswerer:
        """Read, split and embed the corpus into a new temporary Chroma directory.

        ``only``: keep just these file names (the documents the compared index holds);
        ``names``: the document name of a file whose own name is not it; ``chat_model`` None: retrieval only
        (the ingest benchmark), ``ask`` then refuses to run."""
        documents = [d for d in load_documents(paths, names) if only is None or d.metadata["doc"] in only]
        chunks = split_documents(documents)
        folder = Path(tempfile.mkdtemp(prefix="bpa-vanilla-"))
        store = Chroma.from_documents(
            chunks,
            embedding=embeddings,
            collection_name="vanilla",
            client=open_client(path=folder),
            ids=[str(uuid.uuid4()) for _ in chunks],
        )
        answerer = cls(store, chat_model, k, {d.metadata["doc"] for d in documents}, folder)
        answerer.chunks = len(chunks)
        return answerer

    def indexed_docs(self) -> set[str]:
        return set(self.docs)

    def ask(self, question: str, history: Sequence[tuple[str, str]] = ()) -> Answer:
        """A naive setup has no follow-up handling: ``history`` is ignored, the question searched as typed."""
        started = time.perf_counter()
        hits = self.store.similarity_search_with_score(question, k=max(8, self.k)) if question.strip() else []
        # Chroma's default space gives squared L2 distances; for unit vectors cosine = 1 - d / 2.
        retrieved = [
            Passage(
                chunk_id=str(d.id or ""),
                doc=d.metadata["doc"],
                title=d.metadata["title"],
                text=d.page_content,
                score=1.0 - float(distance) / 2,
                page=d.metadata.get("page"),
            )
            for d, distance in hits
        ]
        searched = time.perf_counter()
        top = retrieved[: self.k]
        reply = ""
        if top:
            if self.chat_model is None:
                raise ValueError("this vanilla baseline was built for retrieval only (no chat model)")
            messages = answer_messages(question, [(n, p.title, p.location, p.text) for n, p in enumerate(top, start=1)])
            reply = str(self.chat_model.invoke(messages).content).strip()
        answered = time.perf_counter()
        refused = not reply or bool(_REFUSAL.search(reply[:200]))
        cited = dict.fromkeys(int(n) for m in _MARKER.finditer(reply) for n in re.split(r"\s*[,;]\s*", m.group(1)))
        return Answer(
            question=question,
            text=REFUSAL_TEXT if refused else reply,
            refused=refused,
            citations=[] if refused else [Citation(n, top[n - 1]) for n in cited if 1 <= n <= len(top)],
            retrieved=retrieved,
            backend=NAME,
            timings={
                "retrieve": round((searched - started) * 1000, 2),
                "generate": round((answered - searched) * 1000, 2),
                "total": round((answered - started) * 1000, 2),
            },
        )

    def close(self) -> None:
        """Drop the temporary index."""
        shutil.rmtree(self.folder, ignore_errors=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
