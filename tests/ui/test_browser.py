"""End to end in real headless Chromium: the real Gradio app over a real Assistant and index.

Screenshots go to tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.answer import REFUSAL_TEXT
from assistant.chain import UNAVAILABLE, Assistant
from assistant.settings import Settings
from tests.helpers import (
    REPO_ROOT,
    SOUTH_BOARD,
    board_pdf,
    imageless_pdf,
    new_index,
    write,
)
from tests.ui.conftest import XSS_IMG, XSS_SCRIPT
from ui.accounts import Accounts
from ui.feedback import FeedbackStore

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = REPO_ROOT / "tests" / "artifacts"
VACANCY = "What was the vacancy rate in February?"
STAFF_USER, STAFF_PASSWORD = "editor", "a long staff password"
TIMEOUT_MS = 60_000


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve(settings: Settings, assistant: Assistant) -> Iterator[tuple[str, Settings]]:
    from ui.app import build

    chat = build(settings, assistant)
    chat.launch(block=False, quiet=True)
    try:
        yield f"http://127.0.0.1:{settings.port}/", settings
    finally:
        chat.close()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("the browser tests need Chromium at /usr/bin/chromium (`make test` installs it)")
    from playwright.sync_api import expect, sync_playwright

    expect.set_options(timeout=TIMEOUT_MS)  # a loaded CI machine answers slower than expect's 5 s default
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--headless=new"])
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1100, "height": 1300}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    page.outside_requests = []  # anything not served by the app itself: the chat must work offline
    page.on(
        "request",
        lambda r: (
            None if r.url.startswith(("http://127.0.0.1", "data:", "blob:")) else page.outside_requests.append(r.url)
        ),
    )
    page.dialogs = []
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))
    yield page
    context.close()


@pytest.fixture(scope="module")
def public_app(tmp_path_factory, ui_assistant):
    settings = Settings.from_env(ui_mode="public", port=_free_port(), data_dir=tmp_path_factory.mktemp("public_data"))
    yield from _serve(settings, ui_assistant)


@pytest.fixture(scope="module")
def staff_app(tmp_path_factory, embeddings):
    from ingest.pipeline import IngestOptions, ingest

    folder = tmp_path_factory.mktemp("staff")
    index = new_index(folder / "index", embeddings, "board_papers")
    assert ingest([write(folder / "papers", "south.md", SOUTH_BOARD)], index, IngestOptions(progress=False)).ok
    settings = Settings.from_env(ui_mode="staff", port=_free_port(), data_dir=folder / "data")
    Accounts(settings.users_file).add(STAFF_USER, STAFF_PASSWORD)
    yield from _serve(settings, Assistant(settings, index))


def ask(page, question: str, press_enter: bool = False):
    """Types the question, sends it, and returns the finished answer (after streaming)."""
    from playwright.sync_api import expect

    answers = page.locator("#bpa-chat .bpa-answered, #bpa-chat .bpa-refused")
    before = answers.count()
    box = page.get_by_label("Your question")
    box.fill(question)
    if press_enter:
        box.press("Enter")
    else:
        page.get_by_role("button", name="Ask", exact=True).click()
    expect(answers).to_have_count(before + 1, timeout=TIMEOUT_MS)
    return answers.last


def test_public_chat_answers_cites_expands_takes_feedback_and_exports(page, public_app):
    from playwright.sync_api import expect

    url, settings = public_app
    page.goto(url)
    expect(page.get_by_role("heading", name="Board Papers Assistant")).to_be_visible()
    expect(page.locator(".bpa-scope")).to_contain_text("does not give medical advice")
    expect(page.locator(".bpa-knows")).to_contain_text("South Borough Health Board")
    expect(page.locator(".bpa-knows")).to_contain_text("14 March 2024")

    answer = ask(page, VACANCY)
    expect(answer).to_contain_text("Vacancy rates fell to 8.2% in February")
    expect(answer.locator(".bpa-cite").first).to_have_text("[1]")
    source = answer.locator("details.bpa-source").first
    expect(source.locator("summary")).to_contain_text("South Borough Health Board")
    expect(source.locator(".bpa-passage")).to_be_hidden()
    source.locator("summary").click()
    expect(source.locator(".bpa-passage")).to_be_visible()
    expect(source.locator("mark")).to_contain_text("Vacancy rates fell to 8.2% in February")
    expect(source.locator(".bpa-facts")).to_contain_text("Meeting:")
    page.screenshot(path=str(ARTIFACTS / "public-answer.png"), full_page=True)

    page.get_by_role("button", name="Like").last.click()
    expect(page.locator("#bpa-feedback-status")).to_contain_text("your rating was saved")
    page.get_by_label("Comment on the answer you rated (optional)").fill("Clear and cited, thanks")
    page.get_by_role("button", name="Send comment").click()
    expect(page.locator("#bpa-feedback-status")).to_contain_text("your comment was saved")
    [row] = [r for r in FeedbackStore(settings.feedback_db).rows() if r["question"] == VACANCY]
    assert row["helpful"] == 1 and row["comment"] == "Clear and cited, thanks" and "8.2%" in row["answer"]
    assert '"doc": "south.md"' in row["citations"]

    refusal = ask(page, "What is the average house price in Bexley?", press_enter=True)
    expect(refusal).to_contain_text(REFUSAL_TEXT)
    expect(refusal).to_contain_text("You may find these relevant")

    with page.expect_download() as download:
        page.locator("#bpa-export").click()
    exported = Path(download.value.path()).read_text(encoding="utf-8")
    assert download.value.suggested_filename.endswith(".md")
    assert f"> {VACANCY}" in exported and "[1] **South Borough Health Board**" in exported and REFUSAL_TEXT in exported

    page.set_viewport_size({"width": 320, "height": 900})
    page.wait_for_timeout(300)
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
    page.screenshot(path=str(ARTIFACTS / "public-320px.png"), full_page=True)
    assert page.outside_requests == []


def test_markup_in_documents_and_questions_runs_nothing(page, public_app):
    from playwright.sync_api import expect

    url, _ = public_app
    page.goto(url)
    expect(page.locator(".bpa-knows")).to_contain_text(f"Riverside Board {XSS_IMG} papers")  # shown, as text
    question = f"{XSS_SCRIPT}<img src=x onerror=alert(1)> When will the new car park open?"
    answer = ask(page, question)
    expect(page.locator("#bpa-chat .bpa-question").last).to_have_text(question)
    expect(answer).to_contain_text(f"The new multi-storey car park {XSS_IMG} will open in July")
    source = answer.locator("details.bpa-source").first
    source.locator("summary").click()
    expect(source.locator(".bpa-passage")).to_contain_text(XSS_SCRIPT)
    expect(source.locator(".bpa-facts")).to_contain_text(XSS_IMG)
    page.get_by_text("Filters: documents and meeting dates").click()  # the filter's options carry the title too
    page.locator("#bpa-doc-filter input").click()
    expect(page.get_by_role("option", name=f"Riverside Board {XSS_IMG} papers")).to_be_visible()
    page.screenshot(path=str(ARTIFACTS / "xss.png"), full_page=True)
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.dialogs == []
    assert page.locator("#bpa-chat img[src='x'], .bpa-knows img, #bpa-chat script").count() == 0


def test_staff_sign_in_upload_ask_and_remove(page, staff_app, tmp_path):
    from playwright.sync_api import expect

    url, _ = staff_app
    page.goto(url)
    page.get_by_label("username").fill(STAFF_USER)
    page.get_by_label("password").fill("wrong password")
    page.get_by_role("button", name="Login").click()
    expect(page.get_by_text("Incorrect Credentials")).to_be_visible()
    page.get_by_label("username").fill(STAFF_USER)  # the form clears itself after a failure
    page.get_by_label("password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Login").click()
    expect(page.get_by_role("heading", name="Board Papers Assistant")).to_be_visible()

    page.get_by_role("tab", name="Documents").click()
    expect(page.locator("#bpa-doc-table")).to_contain_text("South Borough Health Board")
    pdf = write(tmp_path, "performance-report.pdf", board_pdf())
    scan = write(tmp_path, "scanned-minutes.pdf", imageless_pdf())
    page.locator("#bpa-upload input[type=file]").set_input_files([str(pdf), str(scan)])
    expect(page.locator("#bpa-upload").get_by_role("row")).to_have_count(2)  # both uploaded to the server
    expect(page.locator("#bpa-upload")).not_to_contain_text("Uploading")
    page.locator("#bpa-add").click()
    result = page.locator("#bpa-doc-result")
    expect(result).to_contain_text("performance-report.pdf: Board Performance Report")
    expect(result.locator(".bpa-error")).to_contain_text("scanned-minutes.pdf")
    expect(page.locator("#bpa-doc-table")).to_contain_text("Board Performance Report")
    page.screenshot(path=str(ARTIFACTS / "staff-documents.png"), full_page=True)

    page.get_by_role("tab", name="Ask").click()
    expect(page.locator(".bpa-knows")).to_contain_text("Board Performance Report")
    answer = ask(page, "How many missed appointments were there in February?")
    expect(answer).to_contain_text("998")
    expect(answer.locator("summary").first).to_contain_text("Board Performance Report")

    page.get_by_role("tab", name="Documents").click()
    page.locator("#bpa-remove-choice input").click()
    page.get_by_role("option", name="Board Performance Report (2024-03-12)").click()
    page.get_by_role("button", name="Remove selected documents").click()
    expect(result).to_contain_text("removed performance-report.pdf")
    expect(page.locator("#bpa-doc-table")).not_to_contain_text("Board Performance Report")


def test_named_api_endpoint_returns_the_answer_object(public_app):
    from gradio_client import Client

    url, _ = public_app
    client = Client(url, verbose=False)
    assert list(client.view_api(print_info=False, return_format="dict")["named_endpoints"]) == ["/ask"]
    data = client.predict(VACANCY, api_name="/ask")
    assert not data["refused"] and "8.2%" in data["text"]
    assert data["citations"][0]["doc"] == "south.md" and "8.2%" in data["citations"][0]["supporting_text"]
    assert data["timings"]["total"] > 0


def test_an_unreachable_index_shows_search_unavailable(page, tmp_path):
    from playwright.sync_api import expect

    from ui.app import build

    with socket.socket() as s:  # a port nobody listens on: the Chroma server is down
        s.bind(("127.0.0.1", 0))
        dead = s.getsockname()[1]
    settings = Settings.from_env(port=_free_port(), data_dir=tmp_path, chroma_url=f"http://127.0.0.1:{dead}")
    chat = build(settings)
    chat.launch(block=False, quiet=True)
    try:
        page.goto(f"http://127.0.0.1:{settings.port}/")
        expect(page.locator(".bpa-knows")).to_contain_text("unavailable at the moment")
        answer = ask(page, VACANCY)
        expect(answer).to_have_text(UNAVAILABLE)
        assert "Traceback" not in page.content() and page.locator(".toast-body").count() == 0
    finally:
        chat.close()
