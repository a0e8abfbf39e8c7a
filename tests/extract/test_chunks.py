"""chunks.py: which sentences read as Title Case headlines. Written by hand."""

import pytest

from app.extract.chunks import chunks


def read_as_headline(line: str) -> bool:
    """Whether person finding reads the line's first run as part of a Title Case headline
    (a Title Case sentence that is no comma list of names)."""
    first = chunks(line)[0]
    return first.title_case_line and not first.list_sentence


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # headlines: every content word capitalised
        ("Russia, Turkey, Iran Agree on Syria Safe Zones", True),
        ("Five Civilians Killed in Car Bomb Attack in Idlib", True),
        # a sentence of names is mostly capitals but reads as a list, not a headline
        (
            "The victims are Musa Sani, Bello Garba, Abdullahi Yusuf, Ibrahim Musa and Sani Ali.",
            False,
        ),
        ("Killed in the attack were Audu Bello, Shehu Dan Asabe, Ali Musa and Lawan Kudi.", False),
    ],
)
def test_list_of_names_is_no_headline(line: str, expected: bool) -> None:
    assert read_as_headline(line) is expected
