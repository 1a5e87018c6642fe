"""Every stored chunk is read whole by the embedding model: its body, with as much of its section path and
table header as the window leaves, fits what all-MiniLM-L6-v2 reads (256 word pieces; it silently drops the rest)."""

from __future__ import annotations

import numpy as np
from langchain_core.documents import Document

from ingest.chunk import embedding_text
from ingest.pipeline import IngestOptions, ingest
from tests.helpers import board_pdf, write
from vectorstore.embeddings import default_window

# Figures cost many word pieces ("£12,345.67" is 7), the way finance tables and dashboards do: sized in
# cl100k tokens, as chunks were, a chunk of them was cut off before the model had read half of it.
_FIGURES = " ".join(
    f"Ward {i} spent £{12_345 + i * 1_017:,}.{i % 97:02d} (+{i % 9}.{i % 7}%) in Q{i % 4 + 1}." for i in range(60)
)
_HEADER = " | ".join(f"Measure {c} of the integrated performance dashboard (month {c}, 2023/24)" for c in range(8))
_ROWS = "\n".join("| " + " | ".join(f"{r * 1_000 + c * 37:,}.{c}" for c in range(8)) + " |" for r in range(40))
PAPER = f"""# Integrated Performance Report of the South East London Acute Provider Collaborative

## Section 4: Finance, workforce and productivity across the acute providers of the system

### Subsection 4.2: Month 9 year-to-date expenditure against the operational plan by ward and site

{_FIGURES}

| {_HEADER} |
|{"---|" * 8}
{_ROWS}
"""


def test_no_stored_chunk_is_longer_than_the_model_reads(tmp_path, index, embeddings):
    docs = [write(tmp_path / "docs", "performance.md", PAPER), write(tmp_path / "docs", "board.pdf", board_pdf())]
    assert ingest(docs, index, IngestOptions(progress=False)).ok
    window = default_window()
    got = index.collection().get(include=["documents", "metadatas", "embeddings"])
    assert len(got["ids"]) > 10
    for chunk_id, body, meta in zip(got["ids"], got["documents"], got["metadatas"], strict=True):
        text = embedding_text(Document(page_content=body, metadata=meta))
        # The model's own tokenizer, cutting as it does when embedding: nothing is cut.
        encoded = embeddings.tokenizer.encode(text)
        assert not encoded.overflowing and len(encoded.ids) <= 256, (chunk_id, len(encoded.ids))
        assert window.count(text) <= window.size
        assert text.endswith(body)  # the body whole; only a long prefix is cut
        assert meta["tokens"] == window.count(body)
    # What was checked is what was embedded: the stored vector is the embedding of that text.
    for chunk_id, body, meta, stored in list(
        zip(got["ids"], got["documents"], got["metadatas"], got["embeddings"], strict=True)
    )[:6]:
        fresh = embeddings.embed_documents([embedding_text(Document(page_content=body, metadata=meta))])[0]
        assert float(np.dot(stored, fresh)) > 0.999, chunk_id
