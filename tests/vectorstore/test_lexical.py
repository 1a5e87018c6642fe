"""The lexical index's tokenizer and corpus word statistics."""

from __future__ import annotations

from vectorstore.index import lexical_text
from vectorstore.lexical import LexicalIndex, tokenize


def test_contractions_give_no_stray_terms():
    assert tokenize("Nights weren't staffed, they're short and we can't cover") == tokenize(
        "Nights staffed, short and we cover"
    )
    assert "t" not in tokenize("don’t") and "weren" not in tokenize("weren't")


def test_ligature_characters_are_the_letters_they_print():
    # A typeset PDF's text gives "fi" and "fl" as one character each; the question types the letters.
    assert tokenize("The \ufb01nance and \ufb02u o\ufb03ce") == tokenize("The finance and flu office")


def test_a_word_hyphenated_at_a_line_end_is_found_whole():
    found = tokenize("The commis- sioning intentions")  # "commis-" ended a printed line
    assert set(tokenize("commissioning")) <= set(found)
    assert tokenize("decision-making and - as listed - more") == tokenize("decision making and as listed more")


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


def test_periods_cut_short_are_the_periods_written_out():
    # Tables and charts write "Q2", "Sept", "Mar 23" where questions say "quarter 2", "September", "March".
    assert tokenize("Q2 figures") == tokenize("Quarter 2 figures")
    assert tokenize("Sept and Mar 23") == tokenize("September and March 23")
    assert tokenize("the year to Nov") == tokenize("the year to November")
    assert tokenize("q7 results") != tokenize("quarter 7 results")  # a year has four quarters


def test_an_index_saved_under_older_token_rules_is_retokenized_when_loaded(tmp_path):
    import bm25s

    texts = ["Parking fines issued in the 12 months to Oct 25", "Library visits rose"]
    index = LexicalIndex.build(["a", "b"], texts, [{}, {}])
    # What the rules before month names were written out stored: "oct" as a term of its own.
    old = bm25s.BM25(k1=1.2, b=0.75)
    old.index([["park", "fine", "issu", "12", "month", "oct", "25"], ["librari", "visit", "rose"]], show_progress=False)
    index._bm25 = old
    index.save(tmp_path / "lexical")
    (tmp_path / "lexical" / "tokenizer").unlink()  # saved before versions were written

    loaded = LexicalIndex.load(tmp_path / "lexical")
    assert loaded.retokenized
    assert [hit.id for hit in loaded.search("fines to October", k=1)] == ["a"]
    loaded.save(tmp_path / "lexical")
    assert not LexicalIndex.load(tmp_path / "lexical").retokenized


def test_bm25_reads_a_tables_header_row_with_its_later_rows_once():
    meta = {"title": "Clinic report", "section": "Waits", "table_header": "Clinic | Spring 2031"}
    assert lexical_text("Quay | 4 weeks", meta) == "Clinic report\nWaits\nClinic | Spring 2031\nQuay | 4 weeks"
    shown = "Clinic | Spring 2031\nQuay | 4 weeks"  # the chunk that starts the table shows its header already
    assert lexical_text(shown, meta) == f"Clinic report\nWaits\n{shown}"


def test_a_filters_mask_is_made_once_for_the_searches_of_one_question():
    from vectorstore.retrievers import SearchFilter

    metadatas = [{"doc_id": "a.pdf"}, {"doc_id": "b.pdf"}, {"doc_id": "a.pdf"}]
    index = LexicalIndex.build(["1", "2", "3"], ["ward beds", "ward staff", "ward rota"], metadatas)
    calls = []

    def counting(metadata):
        calls.append(metadata)
        return metadata["doc_id"] == "a.pdf"

    assert index.allowed(counting).tolist() == [True, False, True] and len(calls) == 3
    assert index.allowed(counting).tolist() == [True, False, True] and len(calls) == 3  # the same filter: kept
    assert {h.id for h in index.search("ward", 3, counting)} == {"1", "3"} and len(calls) == 3
    # Two equal search filters are one filter; another filter is worked out afresh.
    first, second = SearchFilter(doc_ids=frozenset({"b.pdf"})), SearchFilter(doc_ids=frozenset({"b.pdf"}))
    assert index.allowed(first.allows) is index.allowed(second.allows)
    assert index.allowed(SearchFilter(doc_ids=frozenset({"a.pdf"})).allows).tolist() == [True, False, True]
    assert not index.allowed(first.allows).flags.writeable
