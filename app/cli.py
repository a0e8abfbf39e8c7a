"""The ``newsarchive`` command: ingest, reindex, serve, extract, eval, bench."""

from __future__ import annotations

import json
import logging
import sys
from pathlib import Path
from typing import Annotated

from app.heap import long_lived

# What every command imports lives as long as the process: no collector pass while it is
# imported, and none scans it afterwards (app/heap.py). Collected as they were made, these
# modules cost 9 collector passes of a server's start (typer and the settings' pydantic).
with long_lived():
    import typer

    from app.config import Settings
    from app.editor_cli import editor_cli
    from app.errors import BUG, INTERRUPTED

cli = typer.Typer(
    help="A searchable archive of conflict news. Settings come from NEWSARCHIVE_* variables.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


# Commands that never open the archive: they still say which one is configured, marked so.
ARCHIVE_UNUSED = {"extract", "eval", "bench-extract", "bench"}


# The settings this run settled in the group callback (``--data-dir`` or the environment):
# one process runs one command, so one value.
_chosen: list[Settings] = []
# Set by the --debug option: a failure then shows its traceback too.
_options = {"debug": False}


@cli.callback()
def _archive_option(
    ctx: typer.Context,
    data_dir: Annotated[
        Path | None,
        typer.Option(
            "--data-dir",
            help="The archive's folder (database and index); overrides NEWSARCHIVE_DATA_DIR. "
            "Default: the user's data folder, e.g. ~/.local/share/newsarchive.",
        ),
    ] = None,
    debug: Annotated[
        bool,
        typer.Option(
            "--debug", help="On a failure, show the traceback too (and log at debug level)."
        ),
    ] = False,
) -> None:
    """Settle the settings once, and say on stderr which archive this command uses, first
    thing: with a default outside the current folder, the user must see where it is."""
    _options["debug"] = debug
    if debug:
        logging.getLogger("app").setLevel(logging.DEBUG)
    settings = Settings(data_dir=data_dir) if data_dir is not None else Settings()
    _chosen[:] = [settings]
    unused = " (not used by this command)" if ctx.invoked_subcommand in ARCHIVE_UNUSED else ""
    typer.echo(f"archive: {settings.archive_location}{unused}", err=True)


def _settings() -> Settings:
    """The settings the group callback settled."""
    return _chosen[0] if _chosen else Settings()


@cli.command()
def ingest(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders (searched recursively).")],
    map_: Annotated[
        list[str] | None,
        typer.Option(
            "--map",
            metavar="FIELD=COLUMN,...",
            help="Which CSV column / JSON Lines key holds a field, where the common names "
            "are not used: e.g. --map text=article_content,date=date. Fields: text, title, "
            "date, url, source, author.",
        ),
    ] = None,
) -> None:
    """Extract, store and index news: text and HTML pages, WARC web archives, CSV and JSON
    Lines exports. Bad files and records are reported and skipped."""
    from app.archive import open_archive
    from app.ingest.columns import parse_mapping
    from app.locks import ingest_lock
    from app.priority import lower_priority

    try:
        mapping = parse_mapping(map_ or [])
    except ValueError as error:
        typer.echo(f"error: --map: {error}", err=True)
        raise typer.Exit(2) from None
    settings = _settings()
    # The lock first: writing is the lock holder's alone.
    with ingest_lock(settings.data_dir):
        lower_priority(settings)  # a server's readers first (app/priority.py)
        archive = open_archive(settings)
        try:
            report = _run_ingest(archive, paths, mapping)
        finally:
            archive.close()
    typer.echo(report.summary())
    raise typer.Exit(0 if report.ok else 1)


def _run_ingest(archive, paths: list[Path], mapping: dict[str, str] | None = None, demo=False):  # type: ignore[no-untyped-def]
    """Ingest with a progress bar (one tick per record) when a person watches the terminal."""
    from tqdm import tqdm

    from app.ingest.pipeline import ingest_paths

    # trafilatura logs a warning for each page it finds no text in; the report lists
    # those already, with their file and record.
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    with tqdm(unit=" records", disable=not sys.stderr.isatty(), desc="ingest") as bar:
        return ingest_paths(
            archive, paths, mapping=mapping, on_record=lambda _origin: bar.update(), demo=demo
        )


@cli.command()
def reindex() -> None:
    """Rebuild the search index from the database (the source of truth)."""
    from app.archive import open_archive
    from app.ingest.indexing import reindex as rebuild
    from app.locks import ingest_lock
    from app.priority import lower_priority

    settings = _settings()
    with ingest_lock(settings.data_dir):
        lower_priority(settings)
        # A damaged index is moved aside: the database holds everything to rebuild it.
        archive = open_archive(settings, replace_damaged_index=True)
        try:
            count = rebuild(archive)
        finally:
            archive.close()
    from app.wording import counted

    typer.echo(f"reindexed {counted(count, 'article')}")


@cli.command()
def remove(
    ids: Annotated[
        list[int] | None, typer.Argument(help="Article ids.", show_default=False)
    ] = None,
    source: Annotated[
        list[str] | None, typer.Option(help="Every article of this source (any spelling or case).")
    ] = None,
    origin: Annotated[
        list[str] | None,
        typer.Option(help="Every article ingested from this file or folder."),
    ] = None,
    query: Annotated[
        str | None,
        typer.Option(help="Every story this search finds, with all its versions."),
    ] = None,
    demo: Annotated[
        bool, typer.Option("--demo", help="The demo articles `serve` ingested.")
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="List what would go; change nothing.")
    ] = False,
    yes: Annotated[bool, typer.Option("--yes", help="Do not ask for confirmation.")] = False,
) -> None:
    """Remove articles (the union of the criteria given) with their links, versions and
    index entries; lists them and asks first. Everything else stays."""
    from app.locks import ingest_lock
    from app.removal import Selection

    selection = Selection(tuple(ids or ()), tuple(source or ()), tuple(origin or ()), query, demo)
    if selection.empty:
        typer.echo(
            "error: name what to remove: ids, --source, --origin, --query or --demo", err=True
        )
        raise typer.Exit(2)
    settings = _settings()
    with ingest_lock(settings.data_dir):  # it writes the database and the index
        _remove(selection, settings, dry_run=dry_run, yes=yes)


def _remove(selection, settings: Settings, *, dry_run: bool, yes: bool) -> None:  # type: ignore[no-untyped-def]
    """List, confirm and remove what ``selection`` names (the caller holds the lock)."""
    from app.archive import open_archive
    from app.removal import RemovalError, choose
    from app.removal import remove as remove_chosen
    from app.wording import counted

    archive = open_archive(settings)
    try:
        try:
            chosen = choose(archive, selection)
        except RemovalError as error:
            typer.echo(f"error: {error}; nothing removed", err=True)
            raise typer.Exit(1) from None
        if not chosen:
            typer.echo("no article matches: nothing to remove")
            return
        typer.echo(
            f"{'would remove' if dry_run else 'to remove'}: {counted(len(chosen), 'article')}"
        )
        for listing in chosen:
            typer.echo(_listing_line(listing))
        if dry_run:
            return
        if not yes and not typer.confirm(
            f"Remove {counted(len(chosen), 'article')}?", default=False
        ):
            typer.echo("nothing removed")
            raise typer.Exit(1)
        removal = remove_chosen(archive, [listing.id for listing in chosen])
    finally:
        archive.close()
    typer.echo(
        f"removed {counted(len(removal.removed), 'article')}; "
        f"{counted(len(removal.promoted), 'other version')} now shown for its story; "
        f"dropped {counted(removal.persons_dropped, 'person')} and "
        f"{counted(removal.cities_dropped, 'city', 'cities')} no longer named; "
        "search index updated"
    )


def _listing_line(listing) -> str:  # type: ignore[no-untyped-def]
    """id, source, date, title (and whose version it is), origin: tab-separated."""
    date = listing.published.isoformat() if listing.published else "undated"
    copy = f" (version of {listing.duplicate_of})" if listing.duplicate_of else ""
    fields = [str(listing.id), listing.source or "-", date, listing.title + copy]
    return "  " + "\t".join([*fields, listing.origin or ""])


@cli.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Interface to listen on.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
    seed: Annotated[
        bool, typer.Option(help="Ingest the demo pages in seeds/ when the archive is empty.")
    ] = True,
    workers: Annotated[
        int | None,
        typer.Option(min=1, help="Processes answering requests (NEWSARCHIVE_SERVE_WORKERS)."),
    ] = None,
) -> None:
    """Serve the archive over HTTP (migrating the database first)."""
    settings = _settings()
    with long_lived():
        import uvicorn

        from app.archive import data_dir_writable, open_archive, open_read_only
        from app.errors import IngestRunning
        from app.locks import ingest_lock
        from app.search import import_backend
        from app.web import create_app
        from app.web.workers import can_fork, serve_in_workers

        import_backend(settings)  # else imported by open_archive, with the collector on
    if data_dir_writable(settings):
        archive = open_archive(settings)
        try:
            with ingest_lock(settings.data_dir):
                _catch_up(archive, seed=seed)
        except IngestRunning as busy:
            # The ingest indexes as it goes and the server sees each commit: nothing to do.
            typer.echo(f"{busy.message.split(':')[0]}: serving what it has indexed so far")
    else:
        # Searching and reading need no write: served as the folder holds it.
        archive = open_read_only(settings)
        typer.echo(
            f"the data folder {settings.data_dir} is read-only: serving the archive as it is, "
            "for reading only (signing in, corrections and collections are off)",
            err=True,
        )
    from app.accounts.secret_key import several_machines_notice

    if notice := several_machines_notice(settings):
        typer.echo(notice, err=True)
    # Searcher and cache ready before the first request (any arrays missing on disk are
    # read and saved now), rather than built while that request waits.
    archive.search.prepare()
    host, port = host or settings.host, port or settings.port
    workers = (workers or settings.serve_workers) if can_fork() else 1
    if workers > 1:
        read_only = archive.read_only
        archive.close()  # each worker opens its own (the arrays above are saved on disk)

        def open_for_serving():  # type: ignore[no-untyped-def]
            opened = open_read_only(settings) if read_only else open_archive(settings)
            opened.search.prepare()
            opened.search.warm_for_serving()
            return opened

        typer.echo(f"serving on http://{host}:{port} from {workers} processes", err=True)
        status = serve_in_workers(settings, open_for_serving, host=host, port=port, workers=workers)
        raise typer.Exit(status)
    archive.search.warm_for_serving()
    with long_lived():
        app = create_app(settings, archive)
    uvicorn.run(app, host=host, port=port, log_level="info")
    archive.close()


def _catch_up(archive, *, seed: bool) -> None:  # type: ignore[no-untyped-def]
    """Serve's start-up writes, under the ingest lock: the demo pages into an empty
    archive, and the articles the index is missing."""
    from app.ingest.indexing import index_pending
    from app.store import repository

    settings = archive.settings
    with archive.sessions() as session:
        empty = seed and settings.seeds_dir.is_dir() and not repository.has_articles(session)
    if empty:
        typer.echo(
            f"The archive is empty: ingesting the demo pages in {settings.seeds_dir} "
            "(marked demo: `newsarchive remove --demo` takes them out)"
        )
        typer.echo(_run_ingest(archive, [settings.seeds_dir], demo=True).summary())
    if index_pending(archive):
        typer.echo("indexed the articles the search index was missing")


@cli.command()
def extract(
    file: Annotated[Path, typer.Argument(help="A page (.txt, .html), or an export or WARC.")],
) -> None:
    """Print what the archive would store from a file, as JSON: read as ingest reads it
    (HTML metadata, sidecar, export columns), then extracted. Touches nothing.
    A file of several records (CSV, JSON Lines, WARC) gives a list."""
    from app.extract import extraction_to_json
    from app.ingest.pipeline import extract as extract_record
    from app.ingest.sources import BadInput, Record, items_under

    settings = _settings()
    results, failed = [], False
    for item in items_under(
        [file],
        max_file_bytes=settings.max_file_bytes,
        max_record_bytes=settings.max_record_bytes,
    ):
        if isinstance(item, Record):
            results.append(extraction_to_json(extract_record(item)))
        elif isinstance(item, BadInput):
            typer.echo(f"error: {item.origin}: {item.reason}", err=True)
            failed = True
    if results:
        shown = results[0] if len(results) == 1 else results
        typer.echo(json.dumps(shown, ensure_ascii=False, indent=2, default=str))
    if failed or not results:
        raise typer.Exit(1)


@cli.command()
def check() -> None:
    """Verify that the search index agrees with the database (counts, ids, titles,
    sources, dates); exits 1 on any difference, which `reindex` repairs."""
    from app.archive import open_archive
    from app.ingest.check import check_archive
    from app.search import SearchBackendError

    try:
        archive = open_archive(_settings())
    except SearchBackendError as error:  # one line naming the fix, not a traceback
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from None
    try:
        report = check_archive(archive)
    finally:
        archive.close()
    typer.echo(report.summary())
    raise typer.Exit(0 if report.ok else 1)


@cli.command(name="copy")
def copy_(
    to_database: Annotated[
        str, typer.Option(help="SQLAlchemy URL of an empty database: postgresql+psycopg://...")
    ],
    to_search: Annotated[
        str,
        typer.Option(
            help="Search engine to fill: solr://HOST:PORT/solr/COLLECTION, or a "
            "folder for an embedded index."
        ),
    ],
) -> None:
    """Copy this archive into another database and search engine, keeping every article
    id and entity slug (and merge redirect), so bookmarked URLs keep working."""
    from sqlalchemy.exc import ArgumentError, DBAPIError

    from app.archive import open_archive
    from app.ingest.archive_copy import CopyRefused, copy_archive, target_settings
    from app.search import SearchBackendError

    settings = _settings()
    try:
        target = target_settings(settings, to_database=to_database, to_search=to_search)
        source = open_archive(settings)
        try:
            report = copy_archive(source, target)
        finally:
            source.close()
    except (CopyRefused, SearchBackendError) as error:
        typer.echo(f"error: {error}", err=True)
        raise typer.Exit(1) from None
    except (ArgumentError, DBAPIError) as error:  # a wrong URL, a server that does not answer
        reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
        typer.echo(f"error: the database could not be used: {reason}", err=True)
        raise typer.Exit(1) from None
    typer.echo(report.summary())


@cli.command(name="eval")
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Folder of NNN.txt pages with NNN.json gold.")],
    show: Annotated[
        bool, typer.Option(help="List what was missed and extra, per article.")
    ] = False,
) -> None:
    """Measure extraction against hand-annotated pages: precision, recall, F1."""
    from app.extract.evaluate import evaluate as run_eval
    from app.extract.evaluate import format_report

    if not gold_dir.is_dir():
        typer.echo(f"error: {gold_dir} is not a folder", err=True)
        raise typer.Exit(2)
    typer.echo(format_report(run_eval(gold_dir), show=show))


@cli.command(name="bench-extract")
def bench_extract(
    corpus: Annotated[
        Path | None, typer.Option(help="A CSV export with an article_content column.")
    ] = None,
    runs: Annotated[int, typer.Option(help="Timed runs; the median is reported.")] = 5,
) -> None:
    """Print extraction throughput (articles/s, one process) on a corpus and on seeds/."""
    from app.config import PROJECT_ROOT
    from app.extract.benchmark import main as run

    corpus = corpus or PROJECT_ROOT.parent / "shared" / "corpus" / "fa-kes.csv"
    typer.echo(run(corpus if corpus.is_file() else None, _settings().seeds_dir, runs=runs))


@cli.command()
def bench(
    articles: Annotated[
        int, typer.Option(help="Size of the synthetic archive (10k, 100k, 1M).")
    ] = 10_000,
    out: Annotated[Path | None, typer.Option(help="Write the results here as JSON.")] = None,
    queries: Annotated[int, typer.Option(help="Requests per query kind.")] = 200,
    workdir: Annotated[
        Path | None, typer.Option(help="Build the archive here and keep it (default: temp dir).")
    ] = None,
    reuse: Annotated[
        Path | None, typer.Option(help="Measure an archive a previous --workdir run built.")
    ] = None,
    seed: Annotated[int, typer.Option(help="Seed of the synthetic archive.")] = 0,
    http: Annotated[bool, typer.Option(help="Also measure a served archive over HTTP.")] = True,
    ingest_only: Annotated[
        bool, typer.Option(help="Measure the ingest only (with its time per stage), no queries.")
    ] = False,
) -> None:
    """Benchmark ingest and search on a synthetic archive against SQLite FTS5 (bench/README.md)."""
    from app.bench.report import format_table
    from app.bench.runner import run

    if ingest_only and reuse:
        raise typer.BadParameter("--ingest-only builds a new archive: use --workdir, not --reuse")
    results = run(
        articles,
        base=_settings(),
        queries=queries,
        workdir=reuse or workdir,
        reuse=reuse is not None,
        seed=seed,
        http=http,
        ingest_only=ingest_only,
    )
    typer.echo(json.dumps(results, indent=2) if ingest_only else format_table(results))
    if out:
        out.write_text(json.dumps(results, indent=2))


@cli.command(name="bench-table")
def bench_table(
    results: Annotated[list[Path], typer.Argument(help="JSON files written by bench --out.")],
) -> None:
    """Print several bench runs side by side (the growth table of bench/growth)."""
    from app.bench.report import format_growth

    runs = []
    for path in results:
        try:
            runs.append(json.loads(path.read_text()))
        except (OSError, ValueError) as error:
            typer.echo(f"{path}: not a bench result ({error})", err=True)
            raise typer.Exit(2) from None
    typer.echo(format_growth(runs))


entities_cli = typer.Typer(
    help="The archive's people and places: repair them with the current rules, or list "
    "what a curator should check.",
    no_args_is_help=True,
)
cli.add_typer(entities_cli, name="entities")
cli.add_typer(editor_cli, name="editor")


@entities_cli.command("repair")
def entities_repair() -> None:
    """Re-resolve every stored article's persons and cities with the current rules, in
    place (no original files needed): merges leave redirects, article ids stay, changed
    articles are re-indexed. Running it twice changes nothing the second time."""
    from app.archive import open_archive
    from app.ingest.repair import repair
    from app.locks import ingest_lock

    settings = _settings()
    with ingest_lock(settings.data_dir):  # it writes the database and the index
        archive = open_archive(settings)
        try:
            report = repair(archive)
        finally:
            archive.close()
    typer.echo(report.summary())


@entities_cli.command("report")
def entities_report(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
    limit: Annotated[int, typer.Option(help="How many most-mentioned entities to list.")] = 30,
) -> None:
    """List likely splits (one person under two entities), suspicious persons
    (organisation words, places, one-word names) and the most-mentioned entities."""
    from app.archive import open_archive
    from app.ingest.entity_report import format_text, report_data

    archive = open_archive(_settings())
    try:
        data = report_data(archive, limit=limit)
    finally:
        archive.close()
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2) if as_json else format_text(data))


@cli.command(name="bench-load")
def bench_load(
    clients: Annotated[int, typer.Option(min=1, help="Concurrent clients.")] = 8,
    seconds: Annotated[
        float, typer.Option(min=0.1, help="How long the clients load the idle archive.")
    ] = 30.0,
    ingest: Annotated[
        int,
        typer.Option(
            min=0, help="Then ingest this many new synthetic articles, the clients running on."
        ),
    ] = 0,
    ingest_timeout: Annotated[
        float, typer.Option(min=1, help="The longest the clients run during the ingest.")
    ] = 900.0,
) -> None:
    """Load the configured archive, served on 127.0.0.1, with concurrent clients: idle, then
    while an ingest adds articles (--ingest N); print errors, median, p95 and maximum
    latency for each. Exits 1 on any error."""
    from app.bench.load import run_load

    report = run_load(
        _settings(), clients=clients, seconds=seconds, ingest=ingest, ingest_timeout=ingest_timeout
    )
    typer.echo(report.summary())
    raise typer.Exit(1 if report.errors else 0)


def main() -> None:
    """The entry point: every failure ends as one line on stderr and an exit code
    (``app/errors.py``); ``--debug`` adds the traceback. Usage errors are typer's own
    (exit 2)."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        cli()
    except SystemExit as done:
        if done.code == INTERRUPTED and _interrupted(done):  # typer's exit after Ctrl-C
            _fail(KeyboardInterrupt())
        raise
    except Exception as error:
        sys.exit(_fail(error))


def _interrupted(done: BaseException) -> bool:
    seen: BaseException | None = done
    while seen is not None:
        if isinstance(seen, KeyboardInterrupt):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _fail(error: BaseException) -> int:
    """Print the failure's one line (after its traceback under --debug); its exit code."""
    import traceback

    from app.errors import explain

    if _options["debug"]:
        traceback.print_exception(error)
    try:
        data_dir = _settings().data_dir
    except Exception:  # the settings themselves may be what failed
        data_dir = None
    explained = explain(error, data_dir=data_dir)
    # A database that does not answer at all (PostgreSQL down, a wrong URL): one line, once
    # the known failures (locked, disk full, permissions) have had their say.
    line = _database_failure(error) if explained.exit_code == BUG else None
    if line is not None:
        typer.echo(line, err=True)
        return 1
    typer.echo(f"error: {explained.message}", err=True)
    return explained.exit_code


def _database_failure(error: BaseException) -> str | None:
    """One line for a database that cannot be reached (a PostgreSQL server down, a wrong
    URL, a missing database), instead of a traceback; None for anything else."""
    if not type(error).__module__.startswith("sqlalchemy"):
        return None
    from sqlalchemy.exc import OperationalError

    if not isinstance(error, OperationalError):
        return None
    reason = str(error.orig or error).strip().splitlines()[0]
    return (
        f"error: the database does not answer: {reason}; check NEWSARCHIVE_DATABASE_URL "
        "and that the server runs"
    )


if __name__ == "__main__":
    main()
