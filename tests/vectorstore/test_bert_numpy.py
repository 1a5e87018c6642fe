"""The NumPy forward pass a question is embedded with gives the sentence-transformers model's vectors."""

from __future__ import annotations

import numpy as np

from vectorstore.embeddings import MiniLMEmbeddings, load_embeddings, token_window

TEXTS = [
    "What did the ICP minute about the Bristol flow model?",
    "The trust reported a deficit of £2.1m at month 10, which is £0.4m better than plan.",
    "Vacancy rates fell to 8.2% in February.",
    "Extra ambulance handover capacity will open in November. " * 40,  # past the 256-piece cut
    "",
]


def test_the_light_path_matches_sentence_transformers():
    model = load_embeddings("minilm")
    assert isinstance(model, MiniLMEmbeddings)
    light = model.light.encode(TEXTS)
    reference = np.array(model.full.embed_documents(TEXTS))  # the model ingest embeds chunks with
    assert light.shape == reference.shape == (len(TEXTS), 384)
    assert (light * reference).sum(axis=1).min() > 0.99999
    assert np.abs(light - reference).max() < 1e-5
    # A question goes the light way, a batch the full way; either gives the same vector.
    assert np.allclose(model.embed_query(TEXTS[0]), reference[0], atol=1e-5)
    assert np.allclose(model.embed_documents(TEXTS * 3)[-2], reference[-2], atol=1e-5)
    assert token_window(model).count("hello world") == 2


def test_ligature_characters_embed_as_the_letters_they_print():
    # "ﬁnance" from a typeset PDF would be an unknown word piece; both paths read it as "finance".
    model = MiniLMEmbeddings()
    printed, typed = "The \ufb01nance team and the \ufb02u clinic", "The finance team and the flu clinic"
    light = np.array(model.embed_documents([printed, typed]))
    full = np.array(model.embed_documents([printed] * 5 + [typed] * 5))  # more than SMALL: sentence-transformers
    # Within float32 rounding: two rows of one batch may take different BLAS kernels (7e-8 apart on some CPUs);
    # without the ligatures read as letters the two texts are 0.54 apart.
    assert np.allclose(light[0], light[1], atol=1e-6) and np.allclose(full[0], full[-1], atol=1e-6)
