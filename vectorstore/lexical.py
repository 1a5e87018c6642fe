"""BM25 over the same chunks as the dense index, persisted beside it.

The lexical index is derived data: it is rebuilt whenever the chunk index changes and
can always be rebuilt from Chroma. It also keeps each chunk's text and metadata, so a
lexical hit becomes a LangChain ``Document`` without a round trip to Chroma.
"""

from __future__ import annotations

import json
import logging
import math
import os
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np

from vectorstore.text import MONTH_ABBREVIATIONS, MONTH_NAMES, month_number, spelled_out

_TOKEN = re.compile(r"[a-z0-9£%]+")
_THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}\b)")
_APOSTROPHE = re.compile(r"['\u2019]s\b")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]+")
_ANY_WORD = re.compile(r"[a-z]+")
_ADDRESS = re.compile(r"\S+@\S+|\b(?:https?://|www\.)\S+")  # "rachel.harrison@..." is not the word "rachel"
_CONTRACTION = re.compile(r"\b\w+n['\u2019]t\b|['\u2019](?:re|ve|ll|d|m)\b")  # "weren't", "they're": no terms
_FOOTNOTE = re.compile(r"\b([a-z]{4,})(\d{1,2})\b")  # "Barometer11": a word and its footnote mark
_ORDINAL = re.compile(r"\b(\d+)(?:st|nd|rd|th)\b")  # "27th April" is "27 April"
_AMPERSAND_WORD = re.compile(r"\b([a-z])\s?&\s?([a-z])\b")  # "A&E", "R & D" are single terms
# Tables, charts and headings cut periods short where prose and questions write them out: "Q3" is "quarter 3",
# "Dec" is "December" (so "the year to December" finds a column headed "12 mths to Dec 24").
_QUARTER = re.compile(r"\bq([1-4])\b")
# A word a typeset page hyphenated at a line's end ("commis-" / "sioning") arrives as "commis- sioning": the whole
# word is a term too. A compound broken there ("decision- making") gains a term no question holds, and loses none.
_LINE_END_HYPHEN = re.compile(r"\b([a-z]{2,})- ([a-z]{2,})\b")
_FULL_MONTH = {short: MONTH_NAMES[month_number(short) - 1].lower() for short in MONTH_ABBREVIATIONS}

# Common English function words; domain words ("care", "health") are kept: IDF handles them.
STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "am",
        "an",
        "and",
        "any",
        "are",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "could",
        "did",
        "do",
        "does",
        "doing",
        "down",
        "during",
        "each",
        "few",
        "for",
        "from",
        "further",
        "had",
        "has",
        "have",
        "having",
        "he",
        "her",
        "here",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "i",
        "if",
        "in",
        "into",
        "is",
        "it",
        "its",
        "itself",
        "just",
        "me",
        "more",
        "most",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "she",
        "should",
        "so",
        "some",
        "such",
        "than",
        "that",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "very",
        "was",
        "we",
        "were",
        "what",
        "when",
        "where",
        "which",
        "while",
        "who",
        "whom",
        "why",
        "will",
        "with",
        "would",
        "you",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "also",
        "may",
        "might",
        "must",
        "shall",
        "said",
        "says",
        "say",
        "tell",
        "told",
        "does",
        "did",
        "what's",
        "whats",
    ]
)


logging.getLogger("bm25s").setLevel(logging.WARNING)


@lru_cache(maxsize=1)
def _stemmer() -> Any:
    import Stemmer

    return Stemmer.Stemmer("english")


# The version of tokenize's rules. Bump it when they change: an index saved under other rules is re-tokenized
# from its stored texts when it is loaded (terms of the old rules would no longer match a question's).
TOKENIZER_VERSION = "4"


def tokenize(text: str) -> list[str]:
    """Lower-cased, stop-word-free, stemmed terms; '2,000' and '2000' are the same term.

    Remembered for the last 50,000 texts: reranking and answering tokenize the same passages'
    sentences question after question (40 % of a warm retrieval's time before, over the dev questions)."""
    return list(_tokenize(text))


@lru_cache(maxsize=50_000)
def _tokenize(text: str) -> tuple[str, ...]:
    text = _APOSTROPHE.sub("", _CONTRACTION.sub(" ", _THOUSANDS.sub("", spelled_out(text).lower())))
    text = _ORDINAL.sub(r"\1", _AMPERSAND_WORD.sub(r"\1\2", text))
    text = _QUARTER.sub(r"quarter \1", _FOOTNOTE.sub(r"\1 \2", text))
    words = [_FULL_MONTH.get(w, w) for w in _TOKEN.findall(text) if w not in STOPWORDS]
    words += [first + rest for first, rest in _LINE_END_HYPHEN.findall(text)]
    stems: list[str] = _stemmer().stemWords(words)
    return tuple(stems)


@dataclass
class LexicalHit:
    id: str
    text: str
    metadata: dict[str, Any]
    score: float


class LexicalIndex:
    """A BM25 index plus the text and metadata of every chunk it covers."""

    def __init__(
        self,
        ids: list[str],
        texts: list[str],
        metadatas: list[dict[str, Any]],
        bm25: Any,
        index_texts: list[str] | None = None,
    ) -> None:
        self.ids = ids
        self.texts = texts
        self.metadatas = metadatas
        self.index_texts = index_texts or texts
        self._bm25 = bm25
        self._idf: dict[str, float] | None = None
        self._lowercase: frozenset[str] | None = None
        self._words: Counter[str] | None = None
        self._positions: dict[str, int] | None = None
        self._last_mask: tuple[object, np.ndarray] | None = None  # (filter, mask): see allowed()
        self.retokenized = False  # loaded from an index saved under other token rules, and rebuilt

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def build(
        cls,
        ids: Sequence[str],
        texts: Sequence[str],
        metadatas: Sequence[dict[str, Any]],
        index_texts: Sequence[str] | None = None,
    ) -> LexicalIndex:
        """``index_texts`` (defaults to ``texts``) is what BM25 sees, e.g. heading path + body."""
        import bm25s

        logging.getLogger("bm25s").setLevel(logging.WARNING)  # bm25s sets DEBUG when first imported
        corpus = [tokenize(t) or ["\u2205"] for t in (index_texts or texts)]
        bm25 = bm25s.BM25(k1=1.2, b=0.75)
        if corpus:
            bm25.index(corpus, show_progress=False)
        return cls(
            list(ids), list(texts), [dict(m) for m in metadatas], bm25 if corpus else None, list(index_texts or texts)
        )

    def search(self, query: str, k: int, allow: Callable[[dict[str, Any]], bool] | None = None) -> list[LexicalHit]:
        """Top ``k`` chunks by BM25 score; ``allow`` filters on chunk metadata."""
        terms = tokenize(query)
        if not terms or self._bm25 is None or not self.ids:
            return []
        mask = None
        if allow is not None:
            mask = self.allowed(allow).astype(np.float32)
            if not mask.any():
                return []
        known = [t for t in terms if t in self._bm25.vocab_dict]
        if not known:
            return []
        k = min(k, len(self.ids))
        positions, scores = self._bm25.retrieve([known], k=k, show_progress=False, weight_mask=mask)
        hits = []
        for pos, score in zip(positions[0], scores[0], strict=False):
            if score <= 0:
                continue
            i = int(pos)
            hits.append(LexicalHit(self.ids[i], self.texts[i], self.metadatas[i], float(score)))
        return hits

    def allowed(self, allow: Callable[[dict[str, Any]], bool]) -> np.ndarray:
        """Which chunks ``allow`` lets through, by their metadata (a boolean per chunk, in this index's order, which
        the second model's vectors share: see ``ChunkIndex.passages``). Read-only.

        The last filter's mask is kept: a filtered question's BM25 and e5 searches ask for the same one, and
        one Python call per chunk is 11 to 16 ms on 43,197 chunks. A filter is the same when ``allow`` is the
        same function of an equal object (two equal search filters' ``allows``), or the same function."""
        key = (getattr(allow, "__func__", allow), getattr(allow, "__self__", None))
        last = self._last_mask
        if last is not None and last[0] == key:
            return last[1]
        mask = np.fromiter((allow(m) for m in self.metadatas), dtype=bool, count=len(self.metadatas))
        mask.flags.writeable = False
        self._last_mask = (key, mask)
        return mask

    def rows(self, ids: Sequence[str]) -> dict[str, tuple[str, dict[str, Any]]]:
        """The text and metadata of those of ``ids`` this index holds (the dense search's hits are looked up
        here rather than sent again by Chroma: the same rows, already in memory)."""
        if self._positions is None:
            self._positions = {chunk_id: i for i, chunk_id in enumerate(self.ids)}
        found = (self._positions.get(chunk_id) for chunk_id in ids)
        return {self.ids[i]: (self.texts[i], self.metadatas[i]) for i in found if i is not None}

    def idf(self) -> dict[str, float]:
        """Inverse document frequency of every indexed term (BM25's formula), computed once."""
        if self._idf is None:
            df: Counter[str] = Counter()
            for text in self.index_texts:
                df.update(set(tokenize(text)))
            n = max(1, len(self.ids))
            self._idf = {t: math.log(1 + (n - f + 0.5) / (f + 0.5)) for t, f in df.items()}
        return self._idf

    def lowercase_words(self) -> frozenset[str]:
        """Words the corpus writes in lower case more than once (so a capitalised one is not a name).

        Addresses do not count, and neither does a single use: one "rachel.harrison@" or one
        stray lower-case surname must not stop "Rachel Harrison" being read as a name.
        """
        if self._lowercase is None:
            counts: Counter[str] = Counter()
            for text in self.texts:
                counts.update(_LOWER_WORD.findall(_ADDRESS.sub(" ", text)))
            self._lowercase = frozenset(word for word, n in counts.items() if n >= 2)
        return self._lowercase

    def word_counts(self) -> Counter[str]:
        """How often the indexed texts (headings included) use each word, lower-cased, addresses left out."""
        if self._words is None:
            counts: Counter[str] = Counter()
            for text in self.index_texts:
                counts.update(_ANY_WORD.findall(_ADDRESS.sub(" ", text).lower()))
            self._words = counts
        return self._words

    def unseen_idf(self) -> float:
        """IDF of a term no chunk contains (the most informative a term can be)."""
        n = max(1, len(self.ids))
        return math.log(1 + (n + 0.5) / 0.5)

    # --- persistence ------------------------------------------------------------
    def save(self, folder: Path) -> None:
        """Write to ``folder`` atomically: a reader sees the old files or the new ones."""
        folder.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=folder.name + ".tmp-", dir=folder.parent))
        with open(staging / "chunks.jsonl", "w", encoding="utf-8") as out:
            for chunk_id, text, meta, indexed in zip(
                self.ids, self.texts, self.metadatas, self.index_texts, strict=False
            ):
                row = {"id": chunk_id, "text": text, "metadata": meta}
                if indexed != text:
                    row["indexed"] = indexed
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
        if self._bm25 is not None:
            self._bm25.save(str(staging / "bm25"))
        (staging / "tokenizer").write_text(TOKENIZER_VERSION, encoding="utf-8")
        _fsync_tree(staging)
        if folder.exists():
            shutil.rmtree(folder)
        os.replace(staging, folder)

    @classmethod
    def load(cls, folder: Path) -> LexicalIndex:
        import bm25s

        ids, texts, metas, indexed = [], [], [], []
        with open(folder / "chunks.jsonl", encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                ids.append(row["id"])
                texts.append(row["text"])
                metas.append(row["metadata"])
                indexed.append(row.get("indexed", row["text"]))
        if _saved_version(folder) != TOKENIZER_VERSION:
            index = cls.build(ids, texts, metas, indexed)
            index.retokenized = True
            return index
        bm25 = bm25s.BM25.load(str(folder / "bm25")) if (folder / "bm25").exists() else None
        return cls(ids, texts, metas, bm25, indexed)


def _saved_version(folder: Path) -> str:
    """The tokenizer version an index was saved under ("1" before versions were written)."""
    try:
        return (folder / "tokenizer").read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return "1"


def _fsync_tree(folder: Path) -> None:
    for path in folder.rglob("*"):
        if path.is_file():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
