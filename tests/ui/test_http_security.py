"""The web chat's HTTP routes called directly, as a hostile script would: no page, no session, in a loop.

Each test starts the real Gradio app on a loopback port and talks to it with plain HTTP
(httpx), a new client for each call where an attacker would use one.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpx
import pytest

from settings import Settings
from ui.accounts import Accounts

STAFF_PASSWORD = "a long staff password"
VACANCY = "What was the vacancy rate in February?"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serving(settings: Settings, assistant=None, accounts=None) -> Iterator[str]:
    from ui.app import build

    chat = build(settings, assistant) if accounts is None else build(settings, assistant, accounts=accounts)
    chat.launch(block=False, quiet=True)
    try:
        yield f"http://127.0.0.1:{settings.port}"
    finally:
        chat.close()


def public_settings(tmp_path, **overrides) -> Settings:
    return Settings.from_env(ui_mode="public", port=_free_port(), data_dir=tmp_path / "data", **overrides)


def staff_settings(tmp_path, users=("carol", "dave"), **overrides) -> Settings:
    settings = Settings.from_env(ui_mode="staff", port=_free_port(), data_dir=tmp_path / "data", **overrides)
    for user in users:
        Accounts(settings.users_file).add(user, STAFF_PASSWORD)
    return settings


def call_ask(url: str, question: str, headers: dict | None = None) -> tuple[str, object]:
    """One question through POST /gradio_api/call/ask from a fresh client: (event, data)."""
    with httpx.Client(timeout=120, headers=headers) as client:
        posted = client.post(f"{url}/gradio_api/call/ask", json={"data": [question]})
        if posted.status_code != 200:
            return "http", posted.status_code
        stream = client.get(f"{url}/gradio_api/call/ask/{posted.json()['event_id']}").text
    events = [block for block in stream.split("\n\n") if block.startswith("event:")]
    event, _, data = events[-1].partition("\ndata: ")
    return event.removeprefix("event: ").strip(), json.loads(data) if data.strip() else None


def sign_in(client: httpx.Client, url: str, user: str, password: str = STAFF_PASSWORD) -> httpx.Response:
    return client.post(f"{url}/login", data={"username": user, "password": password})


# --- defect 5: the public question limit holds per client address, not only per session -------------------
def test_new_clients_without_a_session_are_limited_by_address(tmp_path, ui_assistant):
    settings = public_settings(tmp_path, questions_per_minute=2, questions_per_minute_per_address=4)
    with serving(settings, ui_assistant) as url:
        results = [call_ask(url, VACANCY) for _ in range(6)]
    answered = [data for event, data in results if event == "complete"]
    refused = [data for event, data in results if event == "error"]
    assert len(answered) == 4 and "8.2%" in answered[0][0]["text"]
    assert len(refused) == 2 and all("from your network" in str(message) for message in refused)


def test_the_proxy_header_counts_only_when_it_is_trusted(tmp_path, ui_assistant):
    spoofed = [{"X-Forwarded-For": f"203.0.113.{n}"} for n in range(4)]
    with serving(public_settings(tmp_path, questions_per_minute_per_address=2), ui_assistant) as url:
        events = [call_ask(url, VACANCY, headers)[0] for headers in spoofed]
    assert events.count("complete") == 2  # a header anyone can set does not buy more questions
    trusted = public_settings(tmp_path, questions_per_minute_per_address=2, trusted_proxy_header="X-Forwarded-For")
    with serving(trusted, ui_assistant) as url:
        events = [call_ask(url, VACANCY, headers)[0] for headers in spoofed]
        assert events.count("complete") == 4  # behind the proxy, each client has its own quota
        same = {"X-Forwarded-For": "198.51.100.7, 203.0.113.9"}  # the proxy appends the address it saw
        assert [call_ask(url, VACANCY, same)[0] for _ in range(3)] == ["complete", "complete", "error"]


# --- defect 2: a removed account's session ends at once; an idle one ends after the idle period ------------
def test_removing_an_account_ends_its_session_at_once(tmp_path, ui_assistant):
    settings = staff_settings(tmp_path)
    with serving(settings, ui_assistant) as url, httpx.Client(timeout=60) as carol, httpx.Client(timeout=60) as dave:
        assert sign_in(carol, url, "carol").status_code == 200 and sign_in(dave, url, "dave").status_code == 200
        assert carol.get(f"{url}/config").status_code == 200
        assert Accounts(settings.users_file).remove("carol")  # what `board-assistant users remove carol` does
        assert carol.get(f"{url}/config").status_code == 401
        assert carol.post(f"{url}/gradio_api/queue/join", json={"data": [], "fn_index": 0}).status_code == 401
        assert carol.post(f"{url}/gradio_api/upload", files={"files": ("a.md", b"# A")}).status_code == 401
        assert dave.get(f"{url}/config").status_code == 200  # other people's sessions go on
        assert sign_in(carol, url, "carol").status_code == 400


def test_a_new_password_ends_the_sessions_signed_in_with_the_old_one(tmp_path, ui_assistant):
    settings = staff_settings(tmp_path, users=("carol",))
    with serving(settings, ui_assistant) as url, httpx.Client(timeout=60) as old, httpx.Client(timeout=60) as new:
        assert sign_in(old, url, "carol").status_code == 200
        Accounts(settings.users_file).add("carol", "another long password")
        assert old.get(f"{url}/config").status_code == 401
        assert sign_in(new, url, "carol", "another long password").status_code == 200
        assert new.get(f"{url}/config").status_code == 200


def test_an_idle_session_ends(tmp_path, ui_assistant):
    settings = staff_settings(tmp_path, users=("carol",), session_idle_minutes=0.03)  # 1.8 s
    with serving(settings, ui_assistant) as url, httpx.Client(timeout=60) as carol:
        assert sign_in(carol, url, "carol").status_code == 200
        assert carol.get(f"{url}/config").status_code == 200
        time.sleep(2.5)
        assert carol.get(f"{url}/config").status_code == 401


# --- defect 7: failed sign-ins are throttled; password checks do not hold the server up ------------------
def test_failed_sign_ins_are_throttled_per_user_and_per_address(tmp_path, ui_assistant):
    settings = staff_settings(
        tmp_path, users=("carol", "dave", "erin"), login_failures_per_user=3, login_failures_per_address=5
    )
    with serving(settings, ui_assistant) as url, httpx.Client(timeout=60) as client:
        assert [sign_in(client, url, "carol", "wrong password").status_code for _ in range(3)] == [400, 400, 400]
        locked = sign_in(client, url, "carol")  # the right password, once the user name is locked
        assert locked.status_code == 429 and int(locked.headers["Retry-After"]) > 0
        assert "Too many failed sign-ins for this user name" in locked.json()["detail"]
        assert sign_in(client, url, "dave").status_code == 200  # another user, same address: not locked yet
        assert [sign_in(client, url, "erin", "wrong password").status_code for _ in range(3)] == [400, 400, 429]
        refused = sign_in(client, url, "dave")
        assert refused.status_code == 429 and "your network" in refused.json()["detail"]


class BlockingAccounts(Accounts):
    """The real accounts; each password check waits until the test lets it go on."""

    def __init__(self, path) -> None:
        super().__init__(path)
        self.checking = threading.Event()
        self.go_on = threading.Event()

    def verify(self, name: str, password: str) -> bool:
        self.checking.set()
        self.go_on.wait(60)
        return super().verify(name, password)


def test_a_password_check_in_progress_does_not_hold_up_other_requests(tmp_path, ui_assistant):
    settings = staff_settings(tmp_path, users=("carol",))
    accounts = BlockingAccounts(settings.users_file)
    with serving(settings, ui_assistant, accounts=accounts) as url:
        signed: list[httpx.Response] = []
        client = httpx.Client(timeout=90)
        thread = threading.Thread(target=lambda: signed.append(sign_in(client, url, "carol")))
        thread.start()
        try:
            assert accounts.checking.wait(30), "the sign-in never reached the password check"
            page = httpx.get(f"{url}/login", timeout=15)  # before: no answer until the check ended
            assert page.status_code == 200 and not signed
        finally:
            accounts.go_on.set()
            thread.join(60)
            client.close()
        assert signed[0].status_code == 200


# --- defect 6: no anonymous uploads; staff uploads are cleaned up after ingest -----------------------------
def test_public_mode_stores_no_uploads(tmp_path, ui_assistant):
    with serving(public_settings(tmp_path), ui_assistant) as url:
        for _ in range(3):
            refused = httpx.post(f"{url}/gradio_api/upload", files={"files": ("x.md", b"# anything")}, timeout=30)
            assert refused.status_code == 403 and "not accepted" in refused.json()["error"]
        assert httpx.get(f"{url}/gradio_api/upload_progress?upload_id=x", timeout=30).status_code == 403


def test_staff_uploads_need_a_signed_in_user(tmp_path, ui_assistant):
    with serving(staff_settings(tmp_path), ui_assistant) as url, httpx.Client(timeout=60) as client:
        assert client.post(f"{url}/gradio_api/upload", files={"files": ("a.md", b"# A")}).status_code == 401
        assert sign_in(client, url, "carol").status_code == 200
        stored = client.post(f"{url}/gradio_api/upload", files={"files": ("a.md", b"# A")})
        assert stored.status_code == 200 and stored.json()[0].endswith("a.md")


# --- defect 8: only the page's routes and the `ask` API answer ------------------------------------------
@pytest.mark.parametrize(
    "method, path",
    [
        ("POST", "/gradio_api/call/respond"),
        ("POST", "/gradio_api/call/rate"),
        ("POST", "/gradio_api/call/v2/respond"),
        ("POST", "/gradio_api/run/respond"),
        ("POST", "/gradio_api/call/no_such_endpoint"),
        ("GET", "/monitoring"),
        ("GET", "/monitoring/summary"),
        ("GET", "/gradio_api/dev/reload"),
        ("GET", "/gradio_api/deep_link"),
        ("GET", "/gradio_api/token"),
        ("GET", "/gradio_api/vibe-code"),
        ("POST", "/gradio_api/process_recording"),
        ("GET", "/gradio_api/proxy=http://127.0.0.1:9/"),
    ],
)
def test_routes_that_are_not_the_chat_are_not_found(public_url, method, path):
    response = httpx.request(method, f"{public_url}{path}", json={"data": [VACANCY]}, timeout=10)
    assert response.status_code == 404, response.text[:200]


def test_the_page_and_the_ask_api_still_answer(public_url):
    assert httpx.get(f"{public_url}/", timeout=30).status_code == 200
    assert httpx.get(f"{public_url}/config", timeout=30).status_code == 200
    assert list(httpx.get(f"{public_url}/gradio_api/info", timeout=30).json()["named_endpoints"]) == ["/ask"]
    event, data = call_ask(public_url, VACANCY)
    assert event == "complete" and "8.2%" in data[0]["text"]


def test_an_unknown_endpoint_leaves_no_traceback(public_url, capfd):
    assert httpx.post(f"{public_url}/gradio_api/call/nothing", json={"data": ["x"]}, timeout=10).status_code == 404
    assert "Traceback" not in "".join(capfd.readouterr())


def test_an_oversized_request_is_refused_unread(public_url):
    huge = {"data": ["x" * 1_000_000]}
    response = httpx.post(f"{public_url}/gradio_api/call/ask", json=huge, timeout=30)
    assert response.status_code == 413 and len(response.content) < 200  # nothing echoed back
    joined = httpx.post(f"{public_url}/gradio_api/queue/join", json={**huge, "fn_index": 0, "session_hash": "s"})
    assert joined.status_code == 413


@pytest.fixture(scope="module")
def public_url(tmp_path_factory, ui_assistant):
    settings = public_settings(tmp_path_factory.mktemp("public"))
    with serving(settings, ui_assistant) as url:
        yield url


def test_answering_cannot_skip_the_queue(public_url):
    """/run/ runs an event at once, past the queue's concurrency limit: only unqueued page events may use it."""
    for body in ({"data": [VACANCY]}, {"data": [VACANCY, None, [], "", ""], "fn_index": 0}):
        name = "ask" if "fn_index" not in body else "predict"
        response = httpx.post(f"{public_url}/gradio_api/run/{name}", json=body, timeout=30)
        assert response.status_code in (403, 404) and "8.2%" not in response.text
