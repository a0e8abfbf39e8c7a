"""chunks.py: which sentences read as Title Case headlines. Written by hand."""

import pytest

from app.extract.chunks import chunks


def title_case(line: str) -> bool:
    """Whether the line's first capitalised run is read as part of a Title Case sentence."""
    return chunks(line)[0].title_case_line


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
    assert title_case(line) is expected
