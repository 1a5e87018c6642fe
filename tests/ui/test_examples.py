"""Example questions come from what is indexed, and only those the assistant answers are shown."""

from __future__ import annotations

from assistant.examples import candidates, checked_examples, question_for
from ui.chat import AssistantSource
from ui.examples import ExampleQuestions

OLD_GENERIC = "What decisions did the board take at this meeting?"


def test_headings_become_questions_by_their_form():
    assert question_for("Mental health next steps") == "What are the Mental health next steps?"
    assert question_for("elective care recovery priorities") == "What are the elective care recovery priorities?"
    assert question_for("Industrial strike action") == "What do the papers say about Industrial strike action?"
    assert question_for("progress so far on the five priorities").startswith("What do the papers say about")


def test_candidates_skip_furniture_titles_and_lead_ins_and_spread_over_documents():
    metadatas = [
        {"doc_id": "a.md", "title": "Riverside Board", "section": "Riverside Board"},
        {"doc_id": "a.md", "title": "Riverside Board", "section": "Riverside Board > Agenda"},
        {"doc_id": "a.md", "title": "Riverside Board", "section": "Item 3 > 2. Workforce and vacancies"},
        {"doc_id": "a.md", "title": "Riverside Board", "section": "Item 3 > Our work to reduce risk includes:"},
        {"doc_id": "b.md", "title": "East Plan", "section": "East Plan > Urgent care recovery priorities"},
        {"doc_id": "a.md", "title": "Riverside Board", "section": "Item 4 > Estates and car parking"},
    ]
    questions = [c.question for c in candidates(metadatas, frozenset({"workforce", "urgent", "care", "estates"}))]
    assert questions == [
        "What do the papers say about workforce and vacancies?",
        "What are the urgent care recovery priorities?",
        "What do the papers say about estates and car parking?",
    ]


def test_only_examples_the_assistant_answers_are_shown(ui_assistant):
    lexical = ui_assistant.index.lexical()
    shown = checked_examples(ui_assistant, lexical.metadatas, lexical.lowercase_words())
    assert shown and OLD_GENERIC not in shown
    made = {c.question for c in candidates(lexical.metadatas, lexical.lowercase_words())}
    for question in shown:
        assert question in made and not ui_assistant.ask(question).refused


def test_the_web_chat_keeps_one_checked_list_per_index_generation(ui_assistant):
    examples = ExampleQuestions(AssistantSource(ui_assistant.settings, ui_assistant))
    first = examples.refresh()
    assert first and examples.current(wait_s=0) == first
