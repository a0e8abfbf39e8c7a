"""Password storage: only an Argon2id hash is kept, and it verifies the right password only."""

from __future__ import annotations

from app.accounts.passwords import hash_password, password_problem, verify_password


def test_the_hash_is_argon2id_and_holds_no_plaintext():
    stored = hash_password("correct horse battery")
    assert stored.startswith("$argon2id$")
    assert "correct horse battery" not in stored
    assert "horse" not in stored


def test_two_hashes_of_one_password_differ_by_their_salt():
    assert hash_password("correct horse battery") != hash_password("correct horse battery")


def test_verify_accepts_the_password_and_refuses_others():
    stored = hash_password("correct horse battery")
    assert verify_password(stored, "correct horse battery") is True
    assert verify_password(stored, "correct horse batterY") is False
    assert verify_password(stored, "") is False


def test_an_unknown_editor_or_a_damaged_hash_never_verifies():
    assert verify_password(None, "correct horse battery") is False
    assert verify_password("not a hash", "correct horse battery") is False


def test_short_passwords_are_refused():
    assert password_problem("short") == "the password must have at least 8 characters"
    assert password_problem("long enough") is None
