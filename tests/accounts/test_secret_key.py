"""The session key: generated once into the data dir, readable by its owner only."""

from __future__ import annotations

import stat

from app.accounts.secret_key import session_secret
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
