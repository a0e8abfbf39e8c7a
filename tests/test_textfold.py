"""Folding names into keys."""

import pytest

from app.textfold import source_key


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Reuters", "reuters"),
        ("REUTERS ", "reuters"),
        ("Al-Jazeera", "aljazeera"),
        ("Al Jazeera", "aljazeera"),
        ("Agence France-Presse", "agencefrancepresse"),
        ("Le Monde diplomatique", "lemondediplomatique"),
        ("Ánadolu", "anadolu"),
        ("  ", ""),
        ("--", ""),
    ],
)
def test_source_keys(name, key):
    assert source_key(name) == key
