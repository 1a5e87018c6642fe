"""The web chat: Gradio Blocks over :class:`ui.chat.ChatService` (and, for staff, the Documents tab).

``build(settings)`` lays out the page and wires events; ``WebChat.launch`` serves it.
Public mode: no sign-in, per-session rate limit, queue concurrency limit. Staff mode:
sign-in against the credentials file and a Documents tab for uploads and removals.
A named API endpoint ``ask`` (question → ``Answer.to_dict()``) serves scripts and benchmarks.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
import threading
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, TypedDict

import gradio as gr
from starlette.middleware import Middleware

from assistant.chain import Assistant
from assistant.filters import FilterError, filter_summary, to_search_filter
from settings import Settings
from ui import login, originals, style
from ui.accounts import AccountError, Accounts
from ui.chat import EXPORT_MAX_AGE_S, FILTER_LABELS, AssistantSource, ChatService, LimitError
from ui.conversation import Conversation
from ui.documents import ALLOWED_TYPES, UNAVAILABLE_INDEX, DocumentManager, Outcome
from ui.examples import ExampleQuestions
from ui.feedback import FeedbackStore
from ui.guard import Guard
from ui.limits import AddressLimiter, RateLimiter, client_address
from ui.sessions import StaffSessions
from ui.signin import SignIn
from ui.view import (
    SCOPE_STATEMENT,
    account_html,
    documents_html,
    documents_table_html,
    esc,
    outcomes_html,
    removal_confirmation_html,
    unavailable_documents_html,
)
from vectorstore.errors import StoreUnavailable

log = logging.getLogger(__name__)
TITLE = "Board Papers Assistant"
# Example questions are made from the indexed papers and checked against the assistant (ui.examples);
# the page has room for this many.
EXAMPLE_SLOTS = 6


# The page's own events are not an API: only `ask` is (one documented, rate-limited way in); ui.guard
# refuses the others' names.
class _Visibility(TypedDict):
    api_visibility: Literal["public", "private", "undocumented"]


PAGE_ONLY: _Visibility = {"api_visibility": "private"}


class StaffAccountsMissing(RuntimeError):
    """Staff mode without any account to sign in with."""


@dataclass
class WebChat:
    demo: gr.Blocks
    settings: Settings
    service: ChatService
    documents: DocumentManager
    export_dir: Path
    examples: ExampleQuestions | None = None
    accounts: Accounts | None = None  # staff mode's credentials (default: BPA_DATA_DIR/users.json)
    # Removes the exports folder build() made (None when the caller supplied it: theirs to keep).
    remove_exports: Callable[[], object] | None = field(default=None, repr=False)

    def launch(self, block: bool = True, quiet: bool = False):
        """Serve the chat; with ``block=False`` return at once (tests, benchmarks) and stop with ``close()``."""
        s = self.settings
        staff = s.ui_mode == "staff"
        signin, sessions = None, None
        if staff:
            accounts = staff_accounts(s, self.accounts)
            signin = SignIn(accounts, s)
            sessions = StaffSessions(accounts, idle_s=s.session_idle_minutes * 60)
        # Which header names the client's address is BPA_TRUSTED_PROXY_HEADER's decision alone: uvicorn
        # would otherwise believe an X-Forwarded-For sent over loopback, whoever wrote it.
        os.environ["FORWARDED_ALLOW_IPS"] = ""
        # api_open=False: a queued event (answering) cannot be run past the queue through /run/...
        self.demo.queue(
            default_concurrency_limit=s.ui_concurrency, max_size=max(16, s.ui_concurrency * 32), api_open=False
        )
        # The app's own routes come first: the originals citations link to, and in staff mode the sign-in page.
        own_routes = originals.routes(
            lambda: getattr(self.service.source.get(), "index", None), login.signed_in_user if staff else None
        )
        # The guard first: a route the chat does not use is refused before anything else runs.
        middleware = [Middleware(Guard, uploads=staff, trusted_proxy_header=s.trusted_proxy_header)]
        if staff:
            own_routes += login.routes(TITLE, SCOPE_STATEMENT)
            middleware.append(Middleware(login.SignInRedirect))
        return self.demo.launch(
            server_name=s.host,
            server_port=s.port,
            # Gradio awaits a coroutine function here (routes.py checks iscoroutinefunction); its hint says bool.
            auth=signin.check if signin else None,  # type: ignore[arg-type]
            auth_message=f"{TITLE}: staff sign-in",
            max_file_size=s.max_file_bytes,
            show_error=False,
            ssr_mode=False,
            quiet=quiet,
            prevent_thread_lock=not block,
            allowed_paths=[str(self.export_dir)],
            theme=style.theme(),
            css=style.CSS,
            head=style.CITATION_SCRIPT,
            footer_links=["api"],
            enable_monitoring=False,
            app_kwargs={"routes": own_routes, "middleware": middleware, "lifespan": _sessions_table(sessions)},
        )

    def close(self) -> None:
        """Stop serving; the exports folder build() made goes too (a supplied one stays)."""
        try:
            self.demo.close()
        finally:
            if self.remove_exports is not None:
                self.remove_exports()

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
        if self.examples is not None:
            self.examples.refresh()


def staff_accounts(settings: Settings, accounts: Accounts | None = None) -> Accounts:
    """The staff accounts, or StaffAccountsMissing when there is none to sign in with."""
    accounts = accounts or Accounts(settings.users_file)
    try:
        names = accounts.names()
    except AccountError as exc:
        raise StaffAccountsMissing(str(exc)) from exc
    if not names:
        raise StaffAccountsMissing(
            f"staff mode needs an account: run `board-assistant users add NAME` "
            f"(credentials file {settings.users_file})"
        )
    return accounts


def _sessions_table(sessions: StaffSessions | None):
    """At start-up, before any request, replace Gradio's plain token table by the checked one."""

    @contextlib.asynccontextmanager
    async def lifespan(app):
        if sessions is not None:
            app.tokens = sessions
        yield

    return lifespan


def build(
    settings: Settings,
    assistant: Assistant | None = None,
    export_dir: Path | None = None,
    accounts: Accounts | None = None,
) -> WebChat:
    source = AssistantSource(settings, assistant)
    staff = settings.ui_mode == "staff"
    owned = export_dir is None
    export_dir = Path(tempfile.mkdtemp(prefix="bpa-exports-")) if export_dir is None else export_dir
    service = ChatService(
        settings,
        source,
        FeedbackStore(settings.feedback_db, mode=settings.ui_mode),
        None if staff else RateLimiter(settings.questions_per_minute),
        export_dir,
        None if staff else AddressLimiter(settings.questions_per_minute_per_address),
    )
    # A folder made here is removed by close(), or at interpreter exit (or when the service, which the
    # page's events hold, is collected) if close() never runs; finalize runs it once whichever comes first.
    remove_exports = weakref.finalize(service, shutil.rmtree, export_dir, ignore_errors=True) if owned else None
    manager = DocumentManager(settings, lambda: getattr(source.get(), "index", None))
    examples = ExampleQuestions(source, EXAMPLE_SLOTS)
    # Gradio's copies of the files it serves (exports; staff uploads never added) are deleted after an hour,
    # checked every ten minutes, and all of them when the server stops; export() sweeps its own folder.
    with gr.Blocks(title=TITLE, analytics_enabled=False, delete_cache=(600, EXPORT_MAX_AGE_S)) as demo:
        with gr.Row(elem_classes=["bpa-top"], equal_height=False):
            gr.HTML(
                f'<header class="bpa-header"><h1>{TITLE}</h1><p class="bpa-scope">{esc(SCOPE_STATEMENT)}</p></header>',
                scale=4,
            )
            account = gr.HTML(elem_id="bpa-account", scale=1, min_width=160) if staff else None
        if staff:
            with gr.Tabs():
                with gr.Tab("Ask"):
                    chat = _chat_panel(settings, service, manager)
                with gr.Tab("Documents"):
                    views = _documents_panel(manager, chat)
        else:
            chat = _chat_panel(settings, service, manager)
            views = [chat["knows"], chat["doc_filter"]]
        # On every page load, so a page opened after an upload or removal is current.
        demo.load(lambda: _document_views(manager)[: len(views)], None, views, queue=False, **PAGE_ONLY)
        demo.load(
            lambda: _example_updates(examples.current(wait_s=8)),
            None,
            [chat["examples_label"], *chat["examples"]],
            queue=False,
            **PAGE_ONLY,
        )
        if account is not None:

            def signed_in(request: gr.Request) -> str:
                return account_html(_user(request))

            demo.load(signed_in, None, account, queue=False, **PAGE_ONLY)
        gr.api(
            _api(service),
            api_name="ask",
            concurrency_id="answer",
            api_description="Ask one question; returns the answer object (text, citations, ...) as JSON.",
        )
    return WebChat(demo, settings, service, manager, export_dir, examples, accounts, remove_exports)


def _chat_panel(settings: Settings, service: ChatService, manager: DocumentManager) -> dict[str, Any]:
    # Conversation first, then what belongs to its latest answer (rating, comment), then the question
    # box: on a phone the box is on the first screen, and a rating's confirmation sits by its answer.
    chatbot = gr.Chatbot(
        label="Conversation",
        show_label=False,
        height=480,
        latex_delimiters=[],
        elem_id="bpa-chat",
        feedback_options=("Like", "Dislike"),
        buttons=["copy"],
        sanitize_html=True,
        placeholder="Ask a question about the board papers listed under “What this assistant knows”. "
        "Every answer cites its sources: select a [1] to see the passage and open the original.",
    )
    with gr.Group(visible=False, elem_id="bpa-feedback") as feedback_box:
        feedback_status = gr.Markdown(elem_id="bpa-feedback-status")
        with gr.Row(equal_height=True):
            comment = gr.Textbox(label="Comment on the answer you rated (optional)", lines=2, max_length=4000, scale=3)
            send = gr.Button("Send comment", scale=1, min_width=120)
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
    examples_label = gr.Markdown(
        "**Example questions the papers answer** (select one, then press Ask):",
        visible=False,
        elem_id="bpa-examples-label",
    )
    with gr.Row(elem_classes=["bpa-examples"], elem_id="bpa-examples"):
        examples = [gr.Button("", size="sm", visible=False) for _ in range(EXAMPLE_SLOTS)]
    gr.Markdown("Rate any answer with the thumbs up (helpful) or thumbs down (not helpful) under it.")
    with gr.Accordion("What this assistant knows", open=True):
        knows = gr.HTML(elem_classes=["bpa-knows-panel"])
    with gr.Accordion("Filters: documents and meeting dates", open=False):
        doc_filter = gr.Dropdown(
            label="Only search these documents (leave empty for all)",
            multiselect=True,
            choices=[],
            elem_id="bpa-doc-filter",
        )
        with gr.Row():
            date_from = gr.Textbox(
                label="Meetings from (YYYY-MM-DD)",
                placeholder="e.g. 2023-01-01",
                max_length=10,
                elem_id="bpa-date-from",
            )
            date_to = gr.Textbox(
                label="Meetings up to (YYYY-MM-DD)", placeholder="e.g. 2023-12-31", max_length=10, elem_id="bpa-date-to"
            )
        filter_note = gr.Markdown(elem_id="bpa-filter-note", elem_classes=["bpa-filter-note"])
    export = gr.DownloadButton(
        "Download this conversation (Markdown)", value=None, interactive=False, elem_id="bpa-export"
    )
    state = gr.State(Conversation())

    def respond(text: str, conv: Conversation, docs: Sequence[str] | None, start: str, end: str, request: gr.Request):
        session = _session(request)
        filters = {"docs": list(docs or []), "date_from": start, "date_to": end}
        for shown in service.respond(conv, text, session, filters, _address(request, settings)):
            yield shown.messages(), "", shown, gr.update()
        path = service.export(conv, session)
        yield conv.messages(), "", conv, gr.DownloadButton(value=str(path) if path else None, interactive=bool(path))

    inputs = [question, state, doc_filter, date_from, date_to]
    outputs = [chatbot, question, state, export]
    for trigger in (ask.click, question.submit):
        trigger(respond, inputs, outputs, concurrency_id="answer", show_progress="minimal", **PAGE_ONLY)
    for button in examples:
        button.click(lambda text: text, button, question, queue=False, **PAGE_ONLY)
    hidden = gr.Group(visible=False)
    new.click(
        lambda: ([], Conversation(), gr.DownloadButton(value=None, interactive=False), "", hidden),
        None,
        [chatbot, state, export, feedback_status, feedback_box],
        queue=False,
        **PAGE_ONLY,
    )
    chatbot.clear(
        lambda: (Conversation(), gr.DownloadButton(value=None, interactive=False), "", hidden),
        None,
        [state, export, feedback_status, feedback_box],
        queue=False,
        **PAGE_ONLY,
    )

    def rate(conv: Conversation, data: gr.LikeData, request: gr.Request):
        status = service.rate(conv, data.index, data.liked, _session(request))
        return status, conv, gr.Group(visible=bool(status))

    chatbot.like(rate, [state], [feedback_status, state, feedback_box], queue=False, **PAGE_ONLY)
    send.click(
        lambda conv, text: (service.comment(conv, text), ""),
        [state, comment],
        [feedback_status, comment],
        queue=False,
        **PAGE_ONLY,
    )

    def explain(docs: Sequence[str] | None, start: str, end: str) -> str:
        return _filter_note(manager, docs, start, end)

    for event in (doc_filter.change, date_from.change, date_to.change):
        event(explain, [doc_filter, date_from, date_to], filter_note, queue=False, **PAGE_ONLY)
    return {"knows": knows, "doc_filter": doc_filter, "examples": examples, "examples_label": examples_label}


def _filter_note(manager: DocumentManager, docs: Sequence[str] | None, start: str, end: str) -> str:
    """What the filters leave to search, or why they cannot be used, as the reader types them."""
    try:
        search_filter = to_search_filter({"docs": list(docs or []), "date_from": start, "date_to": end}, FILTER_LABELS)
    except FilterError as exc:
        return str(exc)
    if search_filter.empty:
        return ""
    try:
        return filter_summary(search_filter, manager.documents())
    except StoreUnavailable:  # the index is down: the answer will say so
        return ""


def _example_updates(questions: Sequence[str]) -> list:
    slots = list(questions)[:EXAMPLE_SLOTS]
    buttons = [gr.Button(value=q, visible=True) for q in slots]
    buttons += [gr.Button(value="", visible=False) for _ in range(EXAMPLE_SLOTS - len(slots))]
    return [gr.Markdown(visible=bool(slots)), *buttons]


def _documents_panel(manager: DocumentManager, chat: dict[str, Any]) -> list:
    gr.Markdown(
        "Add board papers to the index (PDF, Word, Markdown or HTML), or remove them. Questions asked after a "
        "change search the new set of papers."
    )
    upload = gr.File(label="Files to add", file_count="multiple", file_types=list(ALLOWED_TYPES), elem_id="bpa-upload")
    add = gr.Button("Add to the index", variant="primary", elem_id="bpa-add")
    result = gr.HTML(elem_id="bpa-doc-result")
    table = gr.HTML(elem_id="bpa-doc-table")
    remove_choice = gr.Dropdown(label="Documents to remove", multiselect=True, choices=[], elem_id="bpa-remove-choice")
    remove = gr.Button("Remove selected documents", variant="stop", elem_id="bpa-remove")
    with gr.Group(visible=False, elem_id="bpa-remove-confirm") as confirm_box:
        confirm_text = gr.HTML()
        with gr.Row():
            confirm = gr.Button("Yes, remove them", variant="stop", elem_id="bpa-remove-yes")
            cancel = gr.Button("Cancel", elem_id="bpa-remove-cancel")
    pending = gr.State([])  # what the confirmation was asked about: removed only if confirmed
    views = [chat["knows"], chat["doc_filter"], table, remove_choice]

    def added(files: Sequence[str] | None):
        outcomes = manager.add([str(f) for f in files or []], discard=True)  # Gradio's copies: never kept
        return (outcomes_html(outcomes), *_document_views(manager), None)

    def ask_to_remove(doc_ids: Sequence[str] | None):
        chosen = list(doc_ids or [])
        if not chosen:
            message = outcomes_html(manager.remove([]))  # "Choose the documents to remove first."
            return message, gr.Group(visible=False), "", []
        try:
            known = {d.doc_id: d for d in manager.documents()}
        except StoreUnavailable:
            return (
                outcomes_html([Outcome("error", "", f"nothing was removed: {UNAVAILABLE_INDEX}")]),
                gr.Group(visible=False),
                "",
                [],
            )
        records = [known[d] for d in chosen if d in known]
        return "", gr.Group(visible=True), removal_confirmation_html(records), chosen

    def removed(doc_ids: Sequence[str]):
        outcomes = manager.remove(list(doc_ids or []))
        return (outcomes_html(outcomes), *_document_views(manager), gr.Group(visible=False), [])

    def cancelled():
        return '<p class="bpa-note" role="status">Nothing was removed.</p>', gr.Group(visible=False), []

    add.click(added, [upload], [result, *views, upload], concurrency_limit=1, concurrency_id="documents", **PAGE_ONLY)
    remove.click(ask_to_remove, [remove_choice], [result, confirm_box, confirm_text, pending], queue=False, **PAGE_ONLY)
    confirm.click(
        removed,
        [pending],
        [result, *views, confirm_box, pending],
        concurrency_limit=1,
        concurrency_id="documents",
        **PAGE_ONLY,
    )
    cancel.click(cancelled, None, [result, confirm_box, pending], queue=False, **PAGE_ONLY)
    return views


def _document_views(manager: DocumentManager) -> tuple:
    """Knows panel, filter choices, staff table and removal choices, from the current index."""
    try:
        documents = manager.documents()
    except StoreUnavailable as exc:  # the index may be down; the page must still load
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
            return service.ask_api(question, _session(request), _address(request, service.settings))
        except LimitError as exc:
            raise gr.Error(str(exc)) from None

    return ask


def _session(request: gr.Request | None) -> str:
    return str(getattr(request, "session_hash", None) or "anonymous")


def _user(request: gr.Request | None) -> str | None:
    user = getattr(request, "username", None)
    return str(user) if user else None


def _address(request: gr.Request | None, settings: Settings) -> str:
    client = getattr(request, "client", None)
    headers = getattr(request, "headers", None) or {}
    return client_address(getattr(client, "host", None), headers, settings.trusted_proxy_header)
