"""The browser tests' Chromium set-up: installed when missing and possible, otherwise one
line saying how, never a skip."""

import sys
from pathlib import Path

import pytest

from tests.browser.chromium import ChromiumMissing, ensure_chromium


def test_a_present_binary_is_used_without_installing(tmp_path: Path):
    binary = tmp_path / "chromium"
    binary.write_text("")
    said: list[str] = []
    assert ensure_chromium(str(binary), say=said.append, is_root=True) == str(binary)
    assert said == []


def test_missing_without_root_fails_with_one_line_saying_how_to_install(tmp_path: Path):
    binary = tmp_path / "chromium"
    with pytest.raises(ChromiumMissing) as raised:
        ensure_chromium(str(binary), say=lambda _line: None, is_root=False)
    message = str(raised.value)
    assert "\n" not in message
    assert message == (
        f"{binary} is missing and the tests do not run as root: install it with "
        "`sudo apt-get install chromium` and run the tests again"
    )


def test_missing_as_root_runs_the_install_commands_and_says_so(tmp_path: Path):
    binary = tmp_path / "chromium"
    # Stands in for apt-get: a real process that creates the binary.
    install = [sys.executable, "-c", f"open({str(binary)!r}, 'w').close()"]
    said: list[str] = []
    assert ensure_chromium(str(binary), say=said.append, is_root=True, commands=[install]) == str(
        binary
    )
    assert binary.exists()
    assert said[0].startswith(f"browser tests: {binary} is missing, running: {sys.executable} -c")
    assert said[-1] == f"browser tests: installed {binary}"


def test_a_failing_install_fails_with_the_command_and_how_to_install(tmp_path: Path):
    binary = tmp_path / "chromium"
    failing = [sys.executable, "-c", "import sys; sys.exit('E: Unable to locate package')"]
    with pytest.raises(ChromiumMissing) as raised:
        ensure_chromium(str(binary), say=lambda _line: None, is_root=True, commands=[failing])
    message = str(raised.value)
    assert "\n" not in message
    assert "failed (exit 1: E: Unable to locate package)" in message
    assert message.endswith(
        "install it with `sudo apt-get install chromium` and run the tests again"
    )


def test_an_install_that_leaves_no_binary_fails(tmp_path: Path):
    binary = tmp_path / "chromium"
    with pytest.raises(ChromiumMissing, match="still missing after installing"):
        ensure_chromium(
            str(binary), say=lambda _line: None, is_root=True, commands=[[sys.executable, "-c", ""]]
        )
