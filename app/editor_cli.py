"""``newsarchive editor add|list|remove``: the accounts that may correct the archive.

The password is never a command-line argument (it would be in the shell history and in
``ps``): it is asked twice on a terminal, or read as the first line of standard input
when that is not a terminal (``printf '%s\\n' "$PW" | newsarchive editor add alice``)."""

from __future__ import annotations

import getpass
import re
import sys
from typing import Annotated

import typer

editor_cli = typer.Typer(
    help="Editor accounts: who may correct people and places and keep collections.",
    no_args_is_help=True,
)

NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.@-]{0,99}$")


def _open():  # type: ignore[no-untyped-def]
    from app.archive import open_archive
    from app.config import Settings

    return open_archive(Settings())


def _read_password() -> str:
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass("Password: ")
    if getpass.getpass("Repeat it: ") != first:
        typer.echo("error: the two passwords differ; nothing was changed", err=True)
        raise typer.Exit(2)
    return first


@editor_cli.command("add")
def add(name: Annotated[str, typer.Argument(help="The editor's sign-in name.")]) -> None:
    """Create an editor; the password is read from the terminal (or standard input)."""
    from app.accounts.passwords import hash_password, password_problem
    from app.store import editors

    if not NAME.match(name):
        typer.echo("error: a name is letters, digits and . _ @ - (up to 100)", err=True)
        raise typer.Exit(2)
    password = _read_password()
    if problem := password_problem(password):
        typer.echo(f"error: {problem}; nothing was changed", err=True)
        raise typer.Exit(2)
    archive = _open()
    try:
        with archive.sessions() as session, session.begin():
            if editors.editor_exists(session, name=name):
                typer.echo(f"error: there is an editor {name!r} already", err=True)
                raise typer.Exit(1)
            editors.add_editor(session, name=name, password_hash=hash_password(password))
    finally:
        archive.close()
    typer.echo(f"editor {name} added")


@editor_cli.command("list")
def list_() -> None:
    """List the editors."""
    from app.store import editors

    archive = _open()
    try:
        with archive.sessions() as session:
            rows = editors.list_editors(session)
    finally:
        archive.close()
    for name, created in rows:
        typer.echo(f"{name}\tsince {created:%Y-%m-%d}")
    if not rows:
        typer.echo("no editors yet: newsarchive editor add NAME")


@editor_cli.command("remove")
def remove(name: Annotated[str, typer.Argument(help="The editor to remove.")]) -> None:
    """Remove an editor (their sessions end at once; their corrections stay)."""
    from app.store import editors

    archive = _open()
    try:
        with archive.sessions() as session, session.begin():
            found = editors.remove_editor(session, name=name)
    finally:
        archive.close()
    if not found:
        typer.echo(f"error: there is no editor {name!r}", err=True)
        raise typer.Exit(1)
    typer.echo(f"editor {name} removed")
