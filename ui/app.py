"""The web chat: Gradio Blocks over :class:`ui.chat.ChatService` (and, for staff, the Documents tab).

``build(settings)`` lays out the page and wires events; ``WebChat.launch`` serves it.
Public mode: no sign-in, per-session rate limit, queue concurrency limit. Staff mode:
sign-in against the credentials file and a Documents tab for uploads and removals.
A named API endpoint ``ask`` (question → ``Answer.to_dict()``) serves scripts and benchmarks.
"""

from __future__ import annotations

import logging
import tempfile
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import gradio as gr

from assistant.chain import Assistant
from assistant.settings import Settings
from ui import style
from ui.accounts import AccountError, Accounts
from ui.chat import AssistantSource, ChatService, LimitError
from ui.conversation import Conversation
from ui.documents import ALLOWED_TYPES, DocumentManager
from ui.feedback import FeedbackStore
from ui.limits import RateLimiter
from ui.view import (
    SCOPE_STATEMENT,
    documents_html,
    documents_table_html,
    esc,
    outcomes_html,
    unavailable_documents_html,
)

log = logging.getLogger(__name__)
TITLE = "Board Papers Assistant"
# Generic to board papers: some in a staff register, some as a member of the public would ask.
EXAMPLES = (
    "What decisions did the board take at this meeting?",
    "What are the main risks in the plan, and how will they be managed?",
    "Which agenda items came to the meeting for approval?",
    "What is being done to shorten waits for care?",
    "Will any of this change the services near where I live?",
    "How are local people being involved in these plans?",
)


# The page's own events are not an API: only `ask` is (one documented, rate-limited way in).
PAGE_ONLY = {"api_visibility": "private"}


class StaffAccountsMissing(RuntimeError):
    """Staff mode without any account to sign in with."""


@dataclass
class WebChat:
    demo: gr.Blocks
    settings: Settings
    service: ChatService
    documents: DocumentManager
    export_dir: Path

    def launch(self, block: bool = True, quiet: bool = False):
        """Serve the chat; with ``block=False`` return at once (tests, benchmarks) and stop with ``close()``."""
        s = self.settings
        self.demo.queue(default_concurrency_limit=s.ui_concurrency, max_size=max(16, s.ui_concurrency * 32))
        return self.demo.launch(
            server_name=s.host,
            server_port=s.port,
            auth=staff_auth(s),
            auth_message=f"{TITLE}: staff sign-in",
            max_file_size=s.max_file_bytes,
            show_error=False,
            ssr_mode=False,
            quiet=quiet,
            prevent_thread_lock=not block,
            allowed_paths=[str(self.export_dir)],
            theme=style.theme(),
            css=style.CSS,
            footer_links=["api"],
        )

    def close(self) -> None:
        self.demo.close()

    def warm_up_in_background(self) -> threading.Thread:
        """Load the embedding model and the lexical index now, so the first question is not the slow one."""
        thread = threading.Thread(target=self._warm_up, name="bpa-warm-up", daemon=True)
        thread.start()
        return thread

    def _warm_up(self) -> None:
        assistant = self.service.source.get()
        try:
            if assistant is None or assistant.index.is_empty():
                return
            assistant.index.embeddings.embed_query("board papers")
            assistant.chat_model  # noqa: B018 - builds the scorer (idf, common words)
        except Exception as exc:  # noqa: BLE001 - a failed warm-up only means a slower first answer
            log.warning("warm-up failed: %s", exc)


def staff_auth(settings: Settings):
    if settings.ui_mode != "staff":
        return None
    accounts = Accounts(settings.users_file)
    try:
        names = accounts.names()
    except AccountError as exc:
        raise StaffAccountsMissing(str(exc)) from exc
    if not names:
        raise StaffAccountsMissing(
            f"staff mode needs an account: run `board-assistant users add NAME` "
            f"(credentials file {settings.users_file})"
        )
    return accounts.verify


def build(settings: Settings, assistant: Assistant | None = None, export_dir: Path | None = None) -> WebChat:
    source = AssistantSource(settings, assistant)
    staff = settings.ui_mode == "staff"
    export_dir = export_dir or Path(tempfile.mkdtemp(prefix="bpa-exports-"))
    service = ChatService(
        settings,
        source,
        FeedbackStore(settings.feedback_db, mode=settings.ui_mode),
        None if staff else RateLimiter(settings.questions_per_minute),
        export_dir,
    )
    manager = DocumentManager(settings, lambda: getattr(source.get(), "index", None))
    with gr.Blocks(title=TITLE, analytics_enabled=False) as demo:
        gr.HTML(f'<header class="bpa-header"><h1>{TITLE}</h1><p class="bpa-scope">{esc(SCOPE_STATEMENT)}</p></header>')
        if staff:
            with gr.Tabs():
                with gr.Tab("Ask"):
                    chat = _chat_panel(settings, service)
                with gr.Tab("Documents"):
                    views = _documents_panel(manager, chat)
        else:
            chat = _chat_panel(settings, service)
            views = [chat["knows"], chat["doc_filter"]]
        # On every page load, so a page opened after an upload or removal is current.
        demo.load(lambda: _document_views(manager)[: len(views)], None, views, queue=False, **PAGE_ONLY)
        gr.api(
            _api(service),
            api_name="ask",
            concurrency_id="answer",
            api_description="Ask one question; returns the answer object (text, citations, ...) as JSON.",
        )
    return WebChat(demo, settings, service, manager, export_dir)


def _chat_panel(settings: Settings, service: ChatService) -> dict[str, Any]:
    with gr.Accordion("What this assistant knows", open=True):
        knows = gr.HTML(elem_classes=["bpa-knows-panel"])
    chatbot = gr.Chatbot(
        label="Conversation",
        height=480,
        latex_delimiters=[],
        elem_id="bpa-chat",
        feedback_options=("Like", "Dislike"),
        buttons=["copy"],
        sanitize_html=True,
        placeholder="Ask a question about the papers listed above. Every answer cites its sources.",
    )
    question = gr.Textbox(
        label="Your question",
        placeholder="Type a question about the board papers",
        lines=1,
        max_lines=6,
        max_length=settings.max_question_chars,
        elem_id="bpa-question",
    )
    with gr.Row():
        ask = gr.Button("Ask", variant="primary", elem_id="bpa-ask")
        new = gr.Button("New conversation")
    gr.Markdown("**Example questions** (select one, then press Ask):")
    with gr.Row(elem_classes=["bpa-examples"]):
        examples = [gr.Button(text, size="sm") for text in EXAMPLES]
    with gr.Accordion("Filters: documents and meeting dates", open=False):
        doc_filter = gr.Dropdown(
            label="Only search these documents (leave empty for all)",
            multiselect=True,
            choices=[],
            elem_id="bpa-doc-filter",
        )
        with gr.Row():
            date_from = gr.Textbox(label="Meetings from (YYYY-MM-DD)", placeholder="e.g. 2023-01-01", max_length=10)
            date_to = gr.Textbox(label="Meetings up to (YYYY-MM-DD)", placeholder="e.g. 2023-12-31", max_length=10)
    gr.Markdown("**Feedback:** rate any answer with the thumbs up (helpful) or thumbs down (not helpful) under it.")
    feedback_status = gr.Markdown(elem_id="bpa-feedback-status")
    with gr.Row():
        comment = gr.Textbox(label="Comment on the answer you rated (optional)", lines=2, max_length=4000, scale=3)
        send = gr.Button("Send comment", scale=1)
    export = gr.DownloadButton(
        "Download this conversation (Markdown)", value=None, interactive=False, elem_id="bpa-export"
    )
    state = gr.State(Conversation())

    def respond(text: str, conv: Conversation, docs: Sequence[str] | None, start: str, end: str, request: gr.Request):
        session = _session(request)
        filters = {"docs": list(docs or []), "date_from": start, "date_to": end}
        for shown in service.respond(conv, text, session, filters):
            yield shown.messages(), "", shown, gr.update()
        path = service.export(conv, session)
        yield conv.messages(), "", conv, gr.DownloadButton(value=str(path) if path else None, interactive=bool(path))

    inputs = [question, state, doc_filter, date_from, date_to]
    outputs = [chatbot, question, state, export]
    for trigger in (ask.click, question.submit):
        trigger(respond, inputs, outputs, concurrency_id="answer", show_progress="minimal", **PAGE_ONLY)
    for button, text in zip(examples, EXAMPLES, strict=False):
        button.click(lambda text=text: text, None, question, queue=False, **PAGE_ONLY)
    new.click(
        lambda: ([], Conversation(), gr.DownloadButton(value=None, interactive=False), ""),
        None,
        [chatbot, state, export, feedback_status],
        queue=False,
        **PAGE_ONLY,
    )
    chatbot.clear(
        lambda: (Conversation(), gr.DownloadButton(value=None, interactive=False), ""),
        None,
        [state, export, feedback_status],
        queue=False,
        **PAGE_ONLY,
    )

    def rate(conv: Conversation, data: gr.LikeData, request: gr.Request):
        return service.rate(conv, data.index, data.liked, _session(request)), conv

    chatbot.like(rate, [state], [feedback_status, state], queue=False, **PAGE_ONLY)
    send.click(
        lambda conv, text: (service.comment(conv, text), ""),
        [state, comment],
        [feedback_status, comment],
        queue=False,
        **PAGE_ONLY,
    )
    return {"knows": knows, "doc_filter": doc_filter}


def _documents_panel(manager: DocumentManager, chat: dict[str, Any]) -> list:
    gr.Markdown(
        "Add board papers to the index (PDF, Markdown or HTML), or remove them. Questions asked after a "
        "change search the new set of papers."
    )
    upload = gr.File(label="Files to add", file_count="multiple", file_types=list(ALLOWED_TYPES), elem_id="bpa-upload")
    add = gr.Button("Add to the index", variant="primary", elem_id="bpa-add")
    result = gr.HTML(elem_id="bpa-doc-result")
    table = gr.HTML(elem_id="bpa-doc-table")
    remove_choice = gr.Dropdown(label="Documents to remove", multiselect=True, choices=[], elem_id="bpa-remove-choice")
    remove = gr.Button("Remove selected documents", variant="stop")
    views = [chat["knows"], chat["doc_filter"], table, remove_choice]

    def added(files: Sequence[str] | None):
        outcomes = manager.add([str(f) for f in files or []])
        return (outcomes_html(outcomes), *_document_views(manager), None)

    def removed(doc_ids: Sequence[str] | None):
        outcomes = manager.remove(list(doc_ids or []))
        return (outcomes_html(outcomes), *_document_views(manager))

    add.click(added, [upload], [result, *views, upload], concurrency_limit=1, concurrency_id="documents", **PAGE_ONLY)
    remove.click(
        removed, [remove_choice], [result, *views], concurrency_limit=1, concurrency_id="documents", **PAGE_ONLY
    )
    return views


def _document_views(manager: DocumentManager) -> tuple:
    """Knows panel, filter choices, staff table and removal choices, from the current index."""
    try:
        documents = manager.documents()
    except Exception as exc:  # noqa: BLE001 - the index may be down; the page must still load
        log.warning("cannot list documents: %s", exc)
        return (
            unavailable_documents_html(),
            gr.Dropdown(choices=[]),
            unavailable_documents_html(),
            gr.Dropdown(choices=[]),
        )
    choices = [(f"{d.title} ({d.date or 'undated'})", d.doc_id) for d in documents]
    return (
        documents_html(documents),
        gr.Dropdown(choices=choices),
        documents_table_html(documents),
        gr.Dropdown(choices=choices, value=[]),
    )


def _api(service: ChatService):
    def ask(question: str, request: gr.Request) -> dict:
        try:
            return service.ask_api(question, _session(request))
        except LimitError as exc:
            raise gr.Error(str(exc)) from None

    return ask


def _session(request: gr.Request | None) -> str:
    return str(getattr(request, "session_hash", None) or "anonymous")
