"""End to end in real headless Chromium: the real Gradio app over a real Assistant and index.

Each behaviour is checked at desktop width and at 390 px (a phone), with screenshots in
tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import socket
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.answer import REFUSAL_TEXT
from assistant.chain import UNAVAILABLE, Assistant
from settings import Settings
from tests.helpers import (
    REPO_ROOT,
    SOUTH_BOARD,
    board_docx,
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
DESKTOP = {"width": 1100, "height": 1300}
PHONE = {"width": 390, "height": 844}
# The built-in examples the chat used to show, 4 of 6 refused by the papers it had.
OLD_EXAMPLES = (
    "What decisions did the board take at this meeting?",
    "Which agenda items came to the meeting for approval?",
)


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
    context = browser.new_context(viewport=DESKTOP, accept_downloads=True)
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


@pytest.fixture(scope="module")
def pdf_app(tmp_path_factory, embeddings):
    """A public chat over a PDF, a Markdown and a Word paper: citations at a page and at a section."""
    from ingest.pipeline import IngestOptions, ingest

    folder = tmp_path_factory.mktemp("pdf_app")
    papers = folder / "papers"
    write(papers, "performance-report.pdf", board_pdf())
    write(papers, "south.md", SOUTH_BOARD)
    write(papers, "riverside.docx", board_docx())
    index = new_index(folder / "index", embeddings, "board_papers")
    assert ingest([papers], index, IngestOptions(progress=False)).ok
    settings = Settings.from_env(ui_mode="public", port=_free_port(), data_dir=folder / "data")
    yield from _serve(settings, Assistant(settings, index))


def sign_in(page, url: str, user: str = STAFF_USER, password: str = STAFF_PASSWORD) -> None:
    from playwright.sync_api import expect

    page.goto(url)
    expect(page).to_have_url(url + "login")
    page.get_by_label("User name").fill(user)
    page.get_by_label("Password").fill(password)
    page.get_by_role("button", name="Sign in").click()


def http_get(url: str, cookies: str = "") -> tuple[int, dict, bytes]:
    request = urllib.request.Request(url, headers={"Cookie": cookies} if cookies else {})

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    try:
        with urllib.request.build_opener(NoRedirect).open(request, timeout=60) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


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


def original_at_section(page, question: str):
    """Ask, open the answer's first citation, and follow its link to the original at the cited section."""
    answer = ask(page, question)
    answer.locator("a.bpa-cite").first.click()
    source = answer.locator("details.bpa-source").first
    with page.expect_popup() as opened:
        source.get_by_role("link", name="Open the original document at this section ↗").click()
    original = opened.value
    original.wait_for_load_state()
    return original


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
    # The confirmation and the comment box sit right under the conversation the answer ends.
    chat_box, feedback_box = (
        page.locator("#bpa-chat").bounding_box(),
        page.locator("#bpa-feedback-status").bounding_box(),
    )
    assert 0 <= feedback_box["y"] - (chat_box["y"] + chat_box["height"]) < 40
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
    # The product's own sign-in page, in plain words, instead of Gradio's default form.
    sign_in(page, url, password="wrong password")
    expect(page.locator("#bpa-login-error")).to_have_text(
        "The user name or password is not right. Check them and try again."
    )
    expect(page.get_by_role("heading", name="Staff sign-in")).to_be_visible()
    assert page.get_by_text("Incorrect Credentials").count() == 0
    page.screenshot(path=str(ARTIFACTS / "staff-sign-in.png"), full_page=True)
    page.get_by_label("Password").fill(STAFF_PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.get_by_role("heading", name="Board Papers Assistant")).to_be_visible()
    expect(page.locator("#bpa-account")).to_contain_text(f"Signed in as {STAFF_USER}")
    expect(page.get_by_role("link", name="Sign out")).to_be_visible()

    page.get_by_role("tab", name="Documents").click()
    table = page.locator("#bpa-doc-table")
    expect(table).to_contain_text("South Borough Health Board")
    for column in ("Organisation", "Meeting date", "Pages", "Passages", "Ingested"):
        expect(table.get_by_role("columnheader", name=column)).to_be_visible()
    pdf = write(tmp_path, "performance-report.pdf", board_pdf())
    scan = write(tmp_path, "scanned-minutes.pdf", imageless_pdf())
    page.locator("#bpa-upload input[type=file]").set_input_files([str(pdf), str(scan)])
    expect(page.locator("#bpa-upload").get_by_role("row")).to_have_count(2)  # both uploaded to the server
    expect(page.locator("#bpa-upload")).not_to_contain_text("Uploading")
    page.locator("#bpa-add").click()
    result = page.locator("#bpa-doc-result")
    expect(result).to_contain_text("performance-report.pdf: Board Performance Report")
    expect(result.locator(".bpa-error")).to_contain_text("scanned-minutes.pdf")
    row = table.get_by_role("row").filter(has_text="Board Performance Report")
    expect(row).to_contain_text("12 March 2024")
    expect(row.get_by_role("cell").nth(4)).to_have_text("3")  # pages
    page.screenshot(path=str(ARTIFACTS / "staff-documents.png"), full_page=True)

    page.get_by_role("tab", name="Ask").click()
    expect(page.locator(".bpa-knows")).to_contain_text("Board Performance Report")
    answer = ask(page, "How many missed appointments were there in February?")
    expect(answer).to_contain_text("998")
    expect(answer.locator("summary").first).to_contain_text("Board Performance Report")

    page.get_by_role("tab", name="Documents").click()
    page.get_by_role("button", name="Remove selected documents").click()  # nothing chosen: said so
    expect(result).to_contain_text("Choose the documents to remove first.")
    expect(page.locator(".bpa-confirm")).to_have_count(0)
    page.locator("#bpa-remove-choice input").click()
    page.get_by_role("option", name="Board Performance Report (2024-03-12)").click()
    page.get_by_role("button", name="Remove selected documents").click()
    confirm = page.locator(".bpa-confirm")
    expect(confirm).to_contain_text("Remove this document from the index?")
    expect(confirm).to_contain_text("Board Performance Report")
    page.screenshot(path=str(ARTIFACTS / "staff-remove-confirm.png"), full_page=True)
    page.get_by_role("button", name="Cancel").click()
    expect(result).to_contain_text("Nothing was removed.")
    expect(table).to_contain_text("Board Performance Report")
    page.get_by_role("button", name="Remove selected documents").click()
    page.get_by_role("button", name="Yes, remove them").click()
    expect(result).to_contain_text("removed performance-report.pdf")
    expect(table).not_to_contain_text("Board Performance Report")

    page.set_viewport_size(PHONE)
    page.wait_for_timeout(300)
    page.screenshot(path=str(ARTIFACTS / "staff-documents-390px.png"), full_page=True)
    page.get_by_role("link", name="Sign out").click()
    expect(page).to_have_url(url + "login")
    page.goto(url)  # the session is over: back to the sign-in page
    expect(page).to_have_url(url + "login")
    page.screenshot(path=str(ARTIFACTS / "staff-sign-in-390px.png"), full_page=True)


def test_staff_originals_need_a_session(staff_app, browser):
    url, _ = staff_app
    assert http_get(url + "bpa/original?doc=south.md")[0] == 401
    context = browser.new_context()
    page = context.new_page()
    try:
        sign_in(page, url)
        page.wait_for_url(url)
        cookies = "; ".join(f"{c['name']}={c['value']}" for c in context.cookies())
        status, headers, body = http_get(url + "bpa/original?doc=south.md", cookies)
        assert status == 200 and b"South Borough Health Board" in body
        assert "sandbox" in headers["content-security-policy"]
    finally:
        context.close()


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


def test_a_downloaded_export_and_the_copy_gradio_served_are_gone_when_the_public_chat_closes(
    page, tmp_path, ui_assistant
):
    from urllib.parse import unquote

    from playwright.sync_api import expect

    from ui.app import build

    settings = Settings.from_env(ui_mode="public", port=_free_port(), data_dir=tmp_path / "data")
    chat = build(settings, ui_assistant)
    chat.launch(block=False, quiet=True)
    try:
        page.goto(f"http://127.0.0.1:{settings.port}/")
        expect(ask(page, VACANCY)).to_contain_text("8.2%")
        with page.expect_download() as download:
            page.locator("#bpa-export").click()
        assert VACANCY in Path(download.value.path()).read_text(encoding="utf-8")
        served = Path(unquote(download.value.url.split("/file=", 1)[1]))  # Gradio's copy in its cache
        [written] = chat.export_dir.glob("*/*.md")
        assert served.exists() and served != written and served.read_bytes() == written.read_bytes()
    finally:
        chat.close()
    assert not served.exists() and not chat.export_dir.exists()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "390px"])
def test_citations_open_their_source_and_the_original_at_its_page_or_section(browser, pdf_app, viewport):
    from playwright.sync_api import expect

    url, _ = pdf_app
    context = browser.new_context(viewport=viewport)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    name = "desktop" if viewport is DESKTOP else "390px"
    try:
        page.goto(url)
        answer = ask(page, "How many missed appointments were there in February?")
        source = answer.locator("details.bpa-source").first
        expect(source.locator(".bpa-passage")).to_be_hidden()
        answer.locator("a.bpa-cite", has_text="[1]").first.click()  # [1] opens its source in place
        expect(source.locator(".bpa-passage")).to_be_visible()
        # the quoted rows are highlighted in the passage, the one that answers among them
        expect(source.locator("mark", has_text="998")).to_have_count(1)
        link = source.get_by_role("link", name="Open the original document at page 2 ↗")
        page.screenshot(path=str(ARTIFACTS / f"citation-pdf-{name}.png"), full_page=True)
        with page.expect_popup() as opened:
            link.click()
        pdf = opened.value
        pdf.wait_for_load_state()
        assert pdf.url.endswith("/bpa/original?doc=performance-report.pdf#page=2")
        status, headers, body = http_get(pdf.url.split("#")[0])
        assert status == 200 and headers["content-type"] == "application/pdf" and body.startswith(b"%PDF")
        pdf.close()

        markdown = original_at_section(page, "What was the vacancy rate in February?")
        assert markdown.url.endswith("/bpa/original?doc=south.md#s-workforce")
        expect(markdown.locator("h3#s-workforce")).to_be_in_viewport()
        expect(markdown.locator("h3#s-workforce")).to_have_text("Workforce")
        markdown.screenshot(path=str(ARTIFACTS / f"original-markdown-{name}.png"))

        word = original_at_section(page, "How long was the wait for podiatry in May 2025?")
        assert word.url.endswith("/bpa/original?doc=riverside.docx#s-community-performance")
        expect(word.locator("h2#s-community-performance")).to_be_in_viewport()
        expect(word.locator("td", has_text="12 weeks")).to_be_visible()  # the table, laid out as a table
        word.screenshot(path=str(ARTIFACTS / f"original-word-{name}.png"))
        assert page.url == url  # the conversation stayed where it was
    finally:
        context.close()


def test_the_original_route_serves_only_indexed_documents(public_app, pdf_app):
    for url, _ in (public_app, pdf_app):
        status, headers, body = http_get(url + "bpa/original?doc=south.md")
        assert status == 200 and b"Vacancy rates fell to 8.2%" in body
        assert headers["x-content-type-options"] == "nosniff" and "sandbox" in headers["content-security-policy"]
    url, _ = public_app
    # The hostile HTML paper is served cleaned: its escaped markup stays text, nothing runs.
    status, _, body = http_get(url + "bpa/original?doc=riverside-board.html")
    assert status == 200 and b"<script" not in body and b"<img" not in body
    assert b"&lt;script&gt;window.__xss=1&lt;/script&gt;" in body  # shown as the text it is
    for attempt in (
        "bpa/original?doc=../../../../etc/passwd",
        "bpa/original?doc=%2e%2e%2f%2e%2e%2fetc%2fpasswd",
        "bpa/original?doc=..%5C..%5Cusers.json",
        "bpa/original?doc=/etc/passwd",
        "bpa/original?doc=users.json",
        "bpa/original?doc=feedback.sqlite3",
        "bpa/original?doc=south.md/../../users.json",
        "bpa/original?doc=",
        "bpa/original",
        "bpa/original/../../etc/passwd",
        "bpa/original?doc=" + "a" * 64 + ".md",
    ):
        status, _, body = http_get(url + attempt)
        assert status == 404, attempt
        assert b"root:" not in body and b"users" not in body
    status, headers, _ = http_get(url + "bpa/original?doc=south.md&section=Item%203%20Enclosure%20C%20%3E%20Workforce")
    assert status == 303 and headers["location"].endswith("/bpa/original?doc=south.md#s-workforce")


def test_filters_say_which_one_left_nothing_to_search(page, public_app):
    from playwright.sync_api import expect

    url, _ = public_app
    page.goto(url)
    page.get_by_text("Filters: documents and meeting dates").click()
    page.get_by_label("Meetings from (YYYY-MM-DD)").fill("2024-13-01")
    note = page.locator("#bpa-filter-note")
    expect(note).to_contain_text("“Meetings from” “2024-13-01” has no month 13")
    page.get_by_label("Meetings from (YYYY-MM-DD)").fill("2030-01-01")
    expect(note).to_contain_text("leaves out every indexed paper")
    answer = ask(page, VACANCY)
    expect(answer).to_contain_text("The meeting dates filter (from 1 January 2030) leaves out every indexed paper")
    expect(answer).not_to_contain_text(REFUSAL_TEXT)
    page.screenshot(path=str(ARTIFACTS / "filters-desktop.png"), full_page=True)
    page.get_by_label("Meetings from (YYYY-MM-DD)").fill("")
    page.locator("#bpa-doc-filter input").click()
    page.get_by_role("option", name="North Trust Quality Committee (2022-06-09)").click()
    expect(note).to_contain_text("1 of 4 documents are searched: North Trust Quality Committee")
    page.set_viewport_size(PHONE)
    page.wait_for_timeout(300)
    page.screenshot(path=str(ARTIFACTS / "filters-390px.png"), full_page=True)


def test_a_follow_up_is_searched_as_a_question_of_its_own(page, public_app):
    from playwright.sync_api import expect

    url, _ = public_app
    page.goto(url)
    ask(page, "What did the board hear about the finance report?")
    answer = ask(page, "and what about the workforce?")
    expect(answer.locator(".bpa-searched")).to_contain_text("workforce")
    expect(answer.locator(".bpa-searched")).not_to_contain_text("finance")
    expect(answer).to_contain_text("Vacancy rates fell to 8.2% in February")
    page.screenshot(path=str(ARTIFACTS / "follow-up-desktop.png"), full_page=True)


def test_examples_come_from_the_papers_and_are_answered(page, public_app):
    from playwright.sync_api import expect

    url, _ = public_app
    page.goto(url)
    buttons = page.locator("#bpa-examples button")
    expect(buttons.first).to_be_visible()
    shown = buttons.all_inner_texts()
    assert shown and not set(shown) & set(OLD_EXAMPLES)
    for text in shown[:2]:  # each one is answered, as checked at start-up
        page.get_by_role("button", name=text).click()
        expect(page.get_by_label("Your question")).to_have_value(text)
        page.get_by_role("button", name="Ask", exact=True).click()
        expect(page.locator("#bpa-chat .bpa-answered, #bpa-chat .bpa-refused")).to_have_count(shown.index(text) + 1)
        expect(page.locator("#bpa-chat .bpa-answer").last).to_have_class("bpa-answer bpa-answered")
    page.screenshot(path=str(ARTIFACTS / "examples-desktop.png"), full_page=True)


def test_on_a_phone_the_question_box_is_on_the_first_screen_and_feedback_by_the_answer(browser, public_app):
    from playwright.sync_api import expect

    url, _ = public_app
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    try:
        page.goto(url)
        box = page.get_by_label("Your question")
        expect(box).to_be_visible()
        assert box.bounding_box()["y"] + box.bounding_box()["height"] <= PHONE["height"]  # no scrolling needed
        assert page.evaluate("window.scrollY") == 0
        expect(page.get_by_role("button", name="Ask", exact=True)).to_be_in_viewport()
        page.screenshot(path=str(ARTIFACTS / "phone-first-screen.png"))
        answer = ask(page, VACANCY)
        # No label drawn over the messages.
        assert page.locator("#bpa-chat").get_by_text("Conversation", exact=True).count() == 0
        first = page.locator("#bpa-chat .bpa-question").first.bounding_box()
        chat = page.locator("#bpa-chat").bounding_box()
        assert first["y"] >= chat["y"]
        expect(answer).to_contain_text("8.2%")
        page.get_by_role("button", name="Like").last.click()
        status = page.locator("#bpa-feedback-status")
        expect(status).to_contain_text("your rating was saved")
        chat = page.locator("#bpa-chat").bounding_box()
        feedback = page.locator("#bpa-feedback-status").bounding_box()
        assert 0 <= feedback["y"] - (chat["y"] + chat["height"]) < 40  # right under the answer
        comment = page.get_by_label("Comment on the answer you rated (optional)")
        comment.scroll_into_view_if_needed()
        expect(comment).to_be_in_viewport()
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        page.screenshot(path=str(ARTIFACTS / "phone-rated.png"), full_page=True)
    finally:
        context.close()
