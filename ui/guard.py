"""The web chat's front door: which HTTP routes answer at all, how big a request may be, who is asking.

Gradio serves some sixty routes; the chat needs a few. Every other one (monitoring, the
development reload stream, the page's own events called by name, run history, vibe
editing, proxies, deep links) answers 404 before Gradio sees it, and so does any API name
but ``ask``. In public mode nothing may be uploaded; in staff mode Gradio's sign-in check
still guards every route. Request bodies other than uploads are capped. The client's
address (see ``ui.limits.client_address``) is made available to the sign-in throttle.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Awaitable, Callable, MutableMapping
from contextvars import ContextVar
from typing import Any

from ui.limits import client_address

log = logging.getLogger(__name__)
CLIENT_ADDRESS: ContextVar[str] = ContextVar("bpa_client_address", default="unknown")
MAX_BODY_BYTES = 64 * 1024  # a question is at most a few thousand characters
API_NAMES = ("ask",)

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

_API = "|".join(re.escape(n) for n in API_NAMES)
# (methods, path) the page and the `ask` API use; anything else is not found.
_ROUTES = [
    ("GET HEAD", r"/|/config|/favicon\.ico|/theme\.css|/manifest\.json|/robots\.txt|/pwa_icon(?:/\d+)?"),
    ("GET HEAD", r"/(?:assets|static|svelte)/.+"),
    ("GET", r"/logout"),
    ("GET HEAD", r"/login"),  # the staff sign-in page (ui.login)
    ("POST", r"/login"),
    ("GET HEAD", r"/bpa/original"),  # the original files citations link to (ui.originals)
    ("GET", r"/gradio_api/(?:info|app_id|login_check|user|startup-events|theme\.css|queue/data|queue/status)"),
    ("GET", r"/gradio_api/heartbeat/[\w-]+"),
    ("GET HEAD", r"/gradio_api/file=.+"),
    ("POST", r"/gradio_api/(?:queue/join|cancel|reset)"),
    ("POST", rf"/gradio_api/(?:call|call/v2|run|api)/(?:{_API})"),
    ("POST", r"/gradio_api/run/predict"),  # the page's unqueued events, by number (queued ones: see api_open)
    ("GET", rf"/gradio_api/(?:call|call/v2)/(?:{_API})/[\w-]+"),
]
_UPLOAD = ("POST", re.compile(r"/gradio_api/upload"))
_UPLOAD_PROGRESS = ("GET", re.compile(r"/gradio_api/upload_progress"))
_ALLOWED = [(set(methods.split()), re.compile(pattern)) for methods, pattern in _ROUTES]


class Guard:
    """ASGI middleware; ``uploads`` is False in public mode."""

    def __init__(self, app: Callable, uploads: bool, trusted_proxy_header: str = "") -> None:
        self.app = app
        self.uploads = uploads
        self.trusted_proxy_header = trusted_proxy_header

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        peer = (scope.get("client") or (None,))[0]
        address = client_address(peer, headers, self.trusted_proxy_header)
        token = CLIENT_ADDRESS.set(address)
        try:
            await self._route(scope, receive, send, headers)
        finally:
            CLIENT_ADDRESS.reset(token)

    async def _route(self, scope: Scope, receive: Receive, send: Send, headers: dict[str, str]) -> None:
        method = scope["method"]
        path = re.sub(r"/{2,}", "/", scope["path"])
        path = path.rstrip("/") or "/"
        upload = _matches(_UPLOAD, method, path) or _matches(_UPLOAD_PROGRESS, method, path)
        if upload and not self.uploads:
            await _reply(send, 403, "Uploads are not accepted here.")
            return
        if not upload and not any(method in methods and pattern.fullmatch(path) for methods, pattern in _ALLOWED):
            log.info("refused %s %s", method, path[:200])
            await _reply(send, 404, "Not found.")
            return
        if not upload:
            length = headers.get("content-length", "")
            if length.isdigit() and int(length) > MAX_BODY_BYTES:
                await _reply(send, 413, "The request is too large.")
                return
            receive = _capped(receive)
        try:
            await self.app(scope, receive, send)
        except _TooLarge:
            await _reply(send, 413, "The request is too large.")


class _TooLarge(Exception):
    pass


def _capped(receive: Receive) -> Receive:
    """A body sent without a length (chunked) is cut off at the same size."""
    seen = 0

    async def wrapped() -> MutableMapping[str, Any]:
        nonlocal seen
        message = await receive()
        if message["type"] == "http.request":
            seen += len(message.get("body", b""))
            if seen > MAX_BODY_BYTES:
                raise _TooLarge()
        return message

    return wrapped


def _matches(route: tuple[str, re.Pattern[str]], method: str, path: str) -> bool:
    return method == route[0] and route[1].fullmatch(path) is not None


async def _reply(send: Send, status: int, message: str) -> None:
    body = json.dumps({"error": message}).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})
