"""Signing in and out. The login page answers the same for an unknown name and a wrong
password, and refuses further attempts past the rate limit (``app.accounts``)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool

from app.accounts.signing_in import TooManyAttempts, check_credentials
from app.web.auth import FormEditor, client_address, csrf_token, same_site, token_matches
from app.web.deps import TemplatesDep
from app.web.errors import Forbidden, TooMany

router = APIRouter(default_response_class=HTMLResponse, include_in_schema=False)

WRONG = "Wrong editor name or password."


def _local(target: str | None) -> str:
    """Where to go after signing in: a path of this site only (no open redirect)."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/"


@router.get("/login")
def login_page(request: Request, templates: TemplatesDep):  # type: ignore[no-untyped-def]
    context = {"next": _local(request.query_params.get("next")), "error": None, "name": ""}
    return templates.TemplateResponse(request, "login.html", context)


@router.post("/login")
async def login(request: Request, templates: TemplatesDep):  # type: ignore[no-untyped-def]
    same_site(request)
    form = await request.form()
    if not token_matches(request, str(form.get("csrf_token") or "")):
        raise Forbidden("The sign-in form has expired or did not come from this site: reload it.")
    name, password = str(form.get("name") or "").strip(), str(form.get("password") or "")
    target = _local(str(form.get("next") or ""))
    archive = request.app.state.archive

    def check() -> bool:
        with archive.sessions() as session:
            return check_credentials(
                session,
                request.app.state.login_limiter,
                address=client_address(request),
                name=name,
                password=password,
            )

    try:
        ok = bool(name and password) and await run_in_threadpool(check)
    except TooManyAttempts as error:
        raise TooMany(f"Too many failed sign-ins: try again in {error.retry_after} seconds.",
                      error.retry_after) from None  # fmt: skip
    if not ok:
        context = {"next": target, "error": WRONG, "name": name}
        return templates.TemplateResponse(request, "login.html", context, status_code=401)
    request.session.clear()  # a new session on sign-in: nothing carried over from before
    request.session["editor"] = name
    csrf_token(request)
    return RedirectResponse(target, 303)


@router.post("/logout")
async def logout(request: Request, _editor: FormEditor):  # type: ignore[no-untyped-def]
    request.session.clear()
    return RedirectResponse("/", 303)
