import pytest

from app.extract.country_label import drop_country_label

LABELS = ({"burma": "MM", "myanmar": "MM", "sudan": "SD"}, frozenset(["burma", "myanmar", "sudan"]))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The country named again first, or a number opening the clause: a section label.
        ("Burma Myanmar Junta Airstrikes Hit Villages", "Myanmar Junta Airstrikes Hit Villages"),
        ("Burma Thousands Flee as Myanmar Army Shells", "Thousands Flee as Myanmar Army Shells"),
        # Every number word of lexicons.NUMBER_WORDS opens a clause, "Thirty" too.
        ("Burma Thirty Killed as Myanmar Army Shells", "Thirty Killed as Myanmar Army Shells"),
        ("Burma 30 Killed as Myanmar Army Shells", "30 Killed as Myanmar Army Shells"),
        # The country's name can go on into the headline: kept.
        (
            "Burma Rebels Say Myanmar Army Shells Villages",
            "Burma Rebels Say Myanmar Army Shells Villages",
        ),
        ("Sudan Rebels Retake Town", "Sudan Rebels Retake Town"),
    ],
)
def test_drop_country_label(text, expected):
    assert drop_country_label(text, LABELS) == expected


def test_no_labels_keeps_the_text():
    assert (
        drop_country_label("Burma Myanmar Junta Airstrikes", None)
        == "Burma Myanmar Junta Airstrikes"
    )
