"""The lexical index's tokenizer and corpus word statistics."""

from __future__ import annotations

from vectorstore.lexical import LexicalIndex, tokenize


def test_contractions_give_no_stray_terms():
    assert tokenize("Nights weren't staffed, they're short and we can't cover") == tokenize(
        "Nights staffed, short and we cover"
    )
    assert "t" not in tokenize("don’t") and "weren" not in tokenize("weren't")


def test_lower_case_words_ignore_addresses_and_single_uses():
    texts = [
        "Contact Rachel Harrison on rachel.harrison@stockton.gov.uk or see www.example.org/booth",
        "Support for young people and young carers",
        "A booth at the event",
    ]
    index = LexicalIndex.build(["a", "b", "c"], texts, [{}, {}, {}])
    words = index.lowercase_words()
    assert "young" in words  # written in lower case twice: "Young People" is not a name
    assert not {"rachel", "harrison", "booth"} & words
