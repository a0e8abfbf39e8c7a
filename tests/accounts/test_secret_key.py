"""The session key: generated once into the data dir, readable by its owner only."""

from __future__ import annotations

import multiprocessing
import stat

from app.accounts.secret_key import session_secret, several_machines_notice
from app.config import Settings


def test_a_key_is_made_once_with_mode_0600_and_kept(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")
    key = session_secret(settings)
    path = tmp_path / "data" / "secret_key"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert len(key) >= 40
    assert session_secret(settings) == key  # the same after a restart


def test_the_setting_wins_and_nothing_is_written(tmp_path):
    settings = Settings(data_dir=tmp_path / "data", secret_key="from-the-environment")
    assert session_secret(settings) == "from-the-environment"
    assert not (tmp_path / "data" / "secret_key").exists()


def _make_key(settings: Settings, start, results) -> None:  # type: ignore[no-untyped-def]
    start.wait()
    try:
        results.put(session_secret(settings))
    except BaseException as error:  # reported by the test
        results.put(f"error: {error!r}")


def test_processes_making_the_key_at_once_all_get_the_same_one(tmp_path):
    """``serve --workers 8`` on a new archive: every worker signs cookies with one key
    (before, all but one failed to create the file, or read it still empty)."""
    settings = Settings(data_dir=tmp_path / "data")
    context = multiprocessing.get_context("fork")
    start, results = context.Barrier(8), context.Queue()
    processes = [
        context.Process(target=_make_key, args=(settings, start, results)) for _ in range(8)
    ]
    for process in processes:
        process.start()
    keys = [results.get(timeout=60) for _ in processes]
    for process in processes:
        process.join(timeout=60)
    assert len(set(keys)) == 1, keys
    assert len(keys[0]) >= 40 and not keys[0].startswith("error")
    assert (tmp_path / "data" / "secret_key").read_text().strip() == keys[0]
    assert sorted(p.name for p in (tmp_path / "data").iterdir()) == ["secret_key"]


def test_serve_over_postgresql_without_a_set_key_says_every_machine_needs_one(tmp_path):
    url = "postgresql+psycopg://archive@db.example.org/news"
    notice = several_machines_notice(Settings(data_dir=tmp_path, database_url=url))
    assert notice == (
        "the session key is this machine's (data_dir/secret_key): if other machines serve "
        "this database, give them all the same NEWSARCHIVE_SECRET_KEY, or an editor signed "
        "in on one is signed out on the next"
    )
    # A key given by the setting, or the embedded SQLite file (one machine): nothing to say.
    given = Settings(data_dir=tmp_path, database_url=url, secret_key="one-for-all")
    assert several_machines_notice(given) is None
    assert several_machines_notice(Settings(data_dir=tmp_path)) is None
