"""Slugs for new entities: the name's, else the fallback's, else a number added, never one
taken now or by a redirect (expectations written by hand)."""

from __future__ import annotations

from app.store.models import CityRow, EntityRedirectRow, PersonRow
from app.store.repository import utcnow
from app.store.slugs import SlugPicker

# (model, kind, name, fallback, slug expected) with "ali-hassan", "ali-hassan-2",
# "tripoli" taken by entities and "omar-aziz", "tripoli-lebanon" by redirects.
CASES = [
    (PersonRow, "person", "Leila Nasser", None, "leila-nasser"),
    (PersonRow, "person", "Ali Hassan", None, "ali-hassan-3"),
    (PersonRow, "person", "Omar Aziz", None, "omar-aziz-2"),
    (CityRow, "city", "Tripoli", "Tripoli Libya", "tripoli-libya"),
    (CityRow, "city", "Tripoli", "Tripoli Lebanon", "tripoli-lebanon-2"),
    (CityRow, "city", "Homs", "Homs Syria", "homs"),
    # A city's redirect does not hold a person's slug, nor a person's a city's.
    (PersonRow, "person", "Tripoli Lebanon", None, "tripoli-lebanon"),
    (CityRow, "city", "Omar Aziz", None, "omar-aziz"),
]


def test_picked_slugs(archive):  # type: ignore[no-untyped-def]
    with archive.sessions() as session, session.begin():
        session.add_all(
            [
                PersonRow(name="Ali Hassan", slug="ali-hassan"),
                PersonRow(name="Ali Hassan", slug="ali-hassan-2"),
                CityRow(name="Tripoli", slug="tripoli", country="Libya", country_code="LY"),
            ]
        )
        session.flush()
        for kind, slug in [("person", "omar-aziz"), ("city", "tripoli-lebanon")]:
            session.add(
                EntityRedirectRow(
                    kind=kind,
                    old_slug=slug,
                    old_name=slug,
                    target_id=1,
                    reason="merge",
                    created_at=utcnow(),
                )
            )
        session.flush()
        for model, kind, name, fallback, expected in CASES:
            assert SlugPicker(session, model, kind).pick(name, fallback) == expected, name
