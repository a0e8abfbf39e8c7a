"""The API's plain-text snippets."""

from app.web.api_results import plain_snippet


def test_plain_snippet_unescapes_and_measures_the_marked_words():
    text, spans = plain_snippet(
        "Carter said &quot;no&quot; in <mark>Mosul</mark> … <mark>Mosul</mark>&#x27;s &amp; more"
    )
    assert text == 'Carter said "no" in Mosul … Mosul\'s & more'
    assert spans == [[20, 25], [28, 33]]
