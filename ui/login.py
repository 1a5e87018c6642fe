"""Staff mode's sign-in page: the product's own look instead of Gradio's bare form.

``/login`` shows the page; its form posts to Gradio's own ``POST /login`` (the accounts file's
check, Gradio's session cookie), so sign-in works exactly as before, only styled and worded
for people. A visit to the chat without a session is redirected here; ``/logout`` (Gradio's)
ends the session and lands here again. :func:`signed_in_user` reads a request's session the
way Gradio's ``/user`` route does, for the app's own routes (the originals) to require it.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping

from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

LOGIN_PATH = "/login"
# The page's own script and style only; it shows nothing that comes from a document or a user.
LOGIN_CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; form-action 'self'"
)


def signed_in_user(request: Request) -> str | None:
    """The staff user of this request's Gradio session, or None (as Gradio's ``get_current_user``)."""
    app = request.scope.get("app")
    cookie_id = getattr(app, "cookie_id", None)
    tokens = getattr(app, "tokens", None)
    if not cookie_id or not isinstance(tokens, Mapping):  # ui.sessions.StaffSessions, or Gradio's dict
        return None
    token = request.cookies.get(f"access-token-{cookie_id}") or request.cookies.get(
        f"access-token-unsecure-{cookie_id}"
    )
    return tokens.get(token) if token else None


class SignInRedirect:
    """Sends a visit to the chat page without a staff session to the sign-in page."""

    def __init__(self, app: ASGIApp, signed_in: Callable[[Request], str | None] = signed_in_user) -> None:
        self.app = app
        self.signed_in = signed_in

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        page = scope["type"] == "http" and scope["method"] in ("GET", "HEAD") and scope["path"] in ("", "/")
        if page and not self.signed_in(Request(scope)):
            await RedirectResponse(LOGIN_PATH, status_code=303)(scope, receive, send)
            return
        await self.app(scope, receive, send)


def routes(title: str, scope_statement: str) -> list[Route]:
    def login_page(request: Request):
        if signed_in_user(request):
            return RedirectResponse("/", status_code=303)
        return HTMLResponse(
            login_page_html(title, scope_statement),
            headers={
                "Content-Security-Policy": LOGIN_CSP,
                "X-Content-Type-Options": "nosniff",
                "Cache-Control": "no-store",
            },
        )

    return [Route(LOGIN_PATH, login_page, methods=["GET", "HEAD"], name="bpa-login")]


def login_page_html(title: str, scope_statement: str) -> str:
    t, scope = html.escape(title), html.escape(scope_statement)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign in · {t}</title>
<style>
body{{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;margin:0;
background:#f3f6f9;color:#1d2a35}}
main{{max-width:26rem;margin:8vh auto;padding:0 1rem}}
.card{{background:#fff;border:1px solid #d5dde5;border-radius:.6rem;padding:1.5rem 1.5rem 1.25rem;
box-shadow:0 1px 3px rgba(0,0,0,.06)}}
h1{{font-size:1.45rem;margin:0 0 .2rem}} h2{{font-size:1.05rem;font-weight:600;margin:0 0 1rem;color:#33414e}}
label{{display:block;font-weight:600;margin:.9rem 0 .3rem}}
input{{box-sizing:border-box;width:100%;font:inherit;padding:.55rem .6rem;border:1px solid #8b99a6;border-radius:.35rem}}
input:focus{{outline:3px solid #1d4ed8;outline-offset:1px}}
button{{margin-top:1.2rem;width:100%;font:inherit;font-weight:600;padding:.6rem;border:0;border-radius:.35rem;
background:#1d4ed8;color:#fff;cursor:pointer}} button:hover{{background:#1e40af}} button[disabled]{{opacity:.7}}
.error{{margin:1rem 0 0;padding:.55rem .7rem;border-left:4px solid #b91c1c;background:#fdecec;color:#7f1d1d}}
.error:empty{{display:none}} .scope{{font-size:.92rem;line-height:1.45;color:#4b5966;margin:1rem 0 0}}
</style></head>
<body><main>
<div class="card">
<h1>{t}</h1><h2>Staff sign-in</h2>
<form id="bpa-login" method="post" action="{LOGIN_PATH}" autocomplete="on">
<label for="username">User name</label>
<input id="username" name="username" autocomplete="username" required autofocus>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">Sign in</button>
<p class="error" id="bpa-login-error" role="alert" aria-live="assertive"></p>
</form>
</div>
<p class="scope">{scope}</p>
</main>
<script>
document.getElementById("bpa-login").addEventListener("submit", async (event) => {{
  event.preventDefault();
  const form = event.target, error = document.getElementById("bpa-login-error"), button = form.querySelector("button");
  error.textContent = ""; button.disabled = true; button.textContent = "Signing in…";
  try {{
    const response = await fetch("{LOGIN_PATH}", {{method: "POST", body: new URLSearchParams(new FormData(form)),
      credentials: "same-origin"}});
    if (response.ok) {{ window.location.assign("/"); return; }}
    let detail = "";
    try {{ detail = (await response.json()).detail; }} catch (e) {{}}
    error.textContent = response.status === 400 || response.status === 401
      ? "The user name or password is not right. Check them and try again."
      : (typeof detail === "string" && detail) || "Sign-in is not possible at the moment. Please try again shortly.";
    form.password.value = ""; form.password.focus();
  }} catch (e) {{
    error.textContent = "The server could not be reached. Check your connection and try again.";
  }} finally {{ button.disabled = false; button.textContent = "Sign in"; }}
}});
</script>
</body></html>
"""
