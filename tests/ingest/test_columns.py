"""Column names and --map specs."""

import pytest

from app.ingest.columns import as_text, parse_mapping, resolve


@pytest.mark.parametrize(
    ("specs", "expected"),
    [
        (["text=article_content,date=date"], {"text": "article_content", "published": "date"}),
        (["TEXT = body", "title=Head line"], {"text": "body", "title": "Head line"}),
        (["published=when,"], {"published": "when"}),
        ([], {}),
    ],
)
def test_parse_mapping(specs, expected):
    assert parse_mapping(specs) == expected


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("text", "'text' is not FIELD=COLUMN"),
        ("text=", "'text=' is not FIELD=COLUMN"),
        ("body=content", "unknown field 'body' in 'body=content' (fields: author, date, "),
    ],
)
def test_parse_mapping_errors(spec, message):
    with pytest.raises(ValueError) as error:
        parse_mapping([spec])
    assert str(error.value).startswith(message)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        (
            ["unit_id", "article_title", "article_content", "source", "date"],
            {"title": "article_title", "text": "article_content", "source": "source",
             "published": "date"},
        ),
        (
            ["Headline", "Article Text", "Link", "Publish-Date", "Publisher", "Byline"],
            {"title": "Headline", "text": "Article Text", "url": "Link",
             "published": "Publish-Date", "source": "Publisher", "author": "Byline"},
        ),
        # Two candidates for one field: the more usual name wins.
        (["\ufefftext", "content", "domain", "source"], {"text": "\ufefftext", "source": "source"}),
    ],
)  # fmt: skip
def test_resolve(header, expected):
    assert dict(resolve(header, {}).by_field) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("x", "x"),
        (3, "3"),
        (True, None),
        (None, None),
        (["A", "", "B"], "A, B"),
        ([{"name": "A"}, {"name": "B"}], "A, B"),
        ({"@type": "Organization", "name": "Reuters"}, "Reuters"),
        ({"id": 1}, None),
    ],
)
def test_as_text(value, expected):
    assert as_text(value) == expected
