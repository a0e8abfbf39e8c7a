"""The people and cities of many stored articles at once (a page of search results), on
both databases: right per article, in the order pages show them, in one query."""

from sqlalchemy import event

from app.domain import CityMention, EntityRef, Extraction, NamedEntities, PersonMention
from app.store import article_entities, entity_corrections, repository

MOSUL = CityMention("Mosul", "Iraq", "IQ", 36.335, 43.119, 99072, count=2)
ALEPPO = CityMention("Aleppo", "Syria", "SY", 36.202, 37.158, 170063, count=2)
RAQQA = CityMention("Raqqa", "Syria", "SY", 35.953, 39.009, 163915)
PARIS = CityMention("Paris", "France", "FR", 48.853, 2.349, 2988507)
# 25 reporters with distinct surnames (names alike would be merged into one person).
SURNAMES = (
    "Abbas", "Baker", "Cohen", "Dahl", "Evans", "Farah", "Grant", "Haddad", "Ito", "Jones",
    "Khan", "Lopez", "Moreau", "Nasser", "Okafor", "Petrov", "Quinn", "Rossi", "Suzuki",
    "Tanaka", "Usman", "Varga", "Weber", "Xu", "Young",
)  # fmt: skip


def _store(archive, extractions: list[Extraction]) -> list[int]:
    with archive.sessions() as session, session.begin():
        return [
            repository.add_article(
                session, extraction=extraction, content_hash=f"hash-{n}", origin=f"page-{n}.txt"
            )
            for n, extraction in enumerate(extractions)
        ]


def _coalition_and_paris(archive) -> list[int]:
    coalition = Extraction(
        title="Coalition ministers meet on Mosul and Raqqa",
        body="Kerry and Carter met. Kerry spoke three times.",
        persons=(
            PersonMention("Ash Carter"),
            PersonMention("John Kerry", count=3),
            PersonMention("Ban Ki-moon", role="author"),
        ),
        cities=(RAQQA, MOSUL, ALEPPO),
    )
    paris = Extraction(title="Talks in Paris", body="Talks were held in Paris.", cities=(PARIS,))
    return _store(archive, [coalition, paris])


def test_each_article_gets_its_people_and_cities_most_mentioned_first(archive):
    coalition, paris = _coalition_and_paris(archive)
    with archive.sessions() as session:
        found = article_entities.named_entities(session, article_ids=[paris, coalition, 999])
    # Kerry is named 3 times; Carter and Ban once each, then by name. Mosul and Aleppo
    # twice each (by name: Aleppo first), Raqqa once. Bylines are listed with their role.
    assert found[coalition] == NamedEntities(
        persons=(
            EntityRef("John Kerry", "john-kerry", role="mentioned"),
            EntityRef("Ash Carter", "ash-carter", role="mentioned"),
            EntityRef("Ban Ki-moon", "ban-ki-moon", role="author"),
        ),
        cities=(
            EntityRef("Aleppo", "aleppo", "Syria", 36.202, 37.158),
            EntityRef("Mosul", "mosul", "Iraq", 36.335, 43.119),
            EntityRef("Raqqa", "raqqa", "Syria", 35.953, 39.009),
        ),
    )
    assert found[paris] == NamedEntities(
        persons=(), cities=(EntityRef("Paris", "paris", "France", 48.853, 2.349),)
    )
    assert found[999] == NamedEntities()  # no such article: nothing, no error
    assert list(found) == [paris, coalition, 999]


def test_a_person_an_editor_marked_not_a_person_is_not_listed(archive):
    coalition, _paris = _coalition_and_paris(archive)
    with archive.sessions() as session, session.begin():
        carter = entity_corrections.entity_row(session, kind="person", slug="ash-carter")
        entity_corrections.set_hidden(session, kind="person", entity_id=carter.id, hidden=True)
    with archive.sessions() as session:
        persons = article_entities.named_entities(session, article_ids=[coalition])[coalition]
    assert [p.slug for p in persons.persons] == ["john-kerry", "ban-ki-moon"]


def test_a_page_of_any_size_costs_one_query(archive):
    """The documented property (README, JSON API): the hits' people and cities are read in
    one query, whether the page holds one article or 25."""
    pages = [
        Extraction(
            title=f"Report {n}",
            body=f"Report number {n} from Mosul.",
            persons=(PersonMention(f"Sami {surname}"),),
            cities=(MOSUL,),
        )
        for n, surname in enumerate(SURNAMES)
    ]
    ids = _store(archive, pages)
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(archive.engine, "before_cursor_execute", count)
    try:
        with archive.sessions() as session:
            one = article_entities.named_entities(session, article_ids=ids[:1])
            after_one = len(statements)
            every = article_entities.named_entities(session, article_ids=ids)
    finally:
        event.remove(archive.engine, "before_cursor_execute", count)
    assert after_one == 1 and len(statements) == 2
    assert [c.slug for c in one[ids[0]].cities] == ["mosul"]
    assert every[ids[24]].persons == (EntityRef("Sami Young", "sami-young", role="mentioned"),)
