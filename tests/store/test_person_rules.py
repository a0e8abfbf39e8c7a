"""One person, one entity across the archive: real ingests of hand-written pages, one
batch or several, and what the archive then lists (expectations written by hand)."""

from __future__ import annotations

from sqlalchemy import select

from app.store import repository
from app.store.models import EntityRedirectRow, PersonRow
from tests.entity_pages import ingest_pages


def people(archive) -> dict[str, int]:  # type: ignore[no-untyped-def]
    """Listed person name -> article count."""
    with archive.sessions() as session:
        return {ref.name: n for ref, n in repository.list_persons(session)}


def redirects(archive) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    """(old slug, reason, survivor slug) of every merge."""
    with archive.sessions() as session:
        rows = session.execute(
            select(EntityRedirectRow.old_slug, EntityRedirectRow.reason, PersonRow.slug).join(
                PersonRow, PersonRow.id == EntityRedirectRow.target_id
            )
        ).all()
    return {tuple(row) for row in rows}


def test_four_spellings_of_abdel_rahman_are_one_person(archive, tmp_path):
    ingest_pages(archive, tmp_path / "b1", "rahman1", "rahman2", "rahman3", "rahman4")
    assert people(archive) == {"Rami Abdel Rahman": 4}


def test_the_spellings_meet_across_batches(archive, tmp_path):
    ingest_pages(archive, tmp_path / "b1", "rahman2")
    ingest_pages(archive, tmp_path / "b2", "rahman1", "rahman4")
    ingest_pages(archive, tmp_path / "b3", "rahman3")
    assert people(archive) == {"Rami Abdulrahman": 4}  # the first form stored names him


def test_possessive_merges_into_the_plain_name_arriving_later(archive, tmp_path):
    ingest_pages(archive, tmp_path / "b1", "trumps")
    assert people(archive) == {"Donald Trumps": 1}
    report = ingest_pages(archive, tmp_path / "b2", "trump")
    assert report.merged == 1
    assert people(archive) == {"Donald Trump": 2}
    # Written so more often than the plain name, the possessive still does not name him.
    ingest_pages(archive, tmp_path / "b3", "trumps2", "trumps3")
    assert people(archive) == {"Donald Trump": 4}
    assert redirects(archive) == {("donald-trumps", "possessive", "donald-trump")}


def test_article_and_no_article_forms_are_one_person(archive, tmp_path):
    ingest_pages(archive, tmp_path / "b1", "bashar1", "bashar2", "bashar3")
    assert people(archive) == {"Bashar al-Assad": 3}


def test_never_merged(archive, tmp_path):
    ingest_pages(archive, tmp_path / "b1", "bashar1", "hafez", "hassan", "jimmy", "ashton")
    assert people(archive) == {
        "Bashar al-Assad": 1,
        "Hafez al-Assad": 1,
        "Ali Hassan": 1,
        "Ali Hussein": 1,
        "Jimmy Carter": 1,
        "Ashton Carter": 1,
    }
    assert redirects(archive) == set()


def test_lone_surname_goes_to_the_person_who_dominates_it(archive, tmp_path):
    ingest_pages(archive, tmp_path / "b1", "bashar1", "bashar2", "bashar3")
    report = ingest_pages(archive, tmp_path / "b2", "assad")
    assert report.merged == 1
    assert people(archive) == {"Bashar al-Assad": 4}
    assert redirects(archive) == {("assad", "surname", "bashar-al-assad")}


def test_lone_surname_stays_when_the_archive_has_too_little(archive, tmp_path):
    # Bashar in 3 articles, Hafez in 1: Bashar holds 75% of the surname, under 90%.
    ingest_pages(archive, tmp_path / "b1", "bashar1", "bashar2", "bashar3", "hafez")
    ingest_pages(archive, tmp_path / "b2", "assad")
    assert people(archive) == {"Bashar al-Assad": 3, "Hafez al-Assad": 1, "Assad": 1}


def test_lone_surname_two_people_share_stays_apart(archive, tmp_path):
    ingest_pages(archive, tmp_path / "b1", "jimmy", "ashton", "carter")
    assert people(archive) == {"Jimmy Carter": 1, "Ashton Carter": 1, "Carter": 1}


def test_a_second_settling_changes_nothing(archive, tmp_path):
    from app.ingest.entities import settle

    ingest_pages(archive, tmp_path / "b1", "trumps", "trump", "bashar1", "assad")
    before = people(archive)
    assert settle(archive).merges == []
    assert people(archive) == before


def test_display_name_is_the_form_written_most_often(archive, tmp_path):
    """The misspelling came first; two later articles spell him right."""
    ingest_pages(archive, tmp_path / "b1", "barrack")
    assert people(archive) == {"Barrack Obama": 1}
    ingest_pages(archive, tmp_path / "b2", "barack1", "barack2")
    assert people(archive) == {"Barack Obama": 3}


def test_a_middle_name_used_as_given_name_is_one_person(archive, tmp_path):
    ingest_pages(archive, tmp_path / "b1", "erdogan1", "erdogan2")
    assert people(archive) == {"Recep Tayyip Erdogan": 2}


def test_a_glued_word_merges_into_the_name_the_archive_knows(archive, tmp_path):
    ingest_pages(archive, tmp_path / "b1", "bashar1", "bashar2", "bashar3")
    report = ingest_pages(archive, tmp_path / "b2", "glued")
    assert report.merged == 1
    assert people(archive) == {"Bashar al-Assad": 4}
    assert ("bashar-assad-airstrikes", "glued-word", "bashar-al-assad") in redirects(archive)


def test_a_typo_merges_into_the_name_written_far_more_often(archive, tmp_path):
    ingest_pages(archive, tmp_path / "b1", "mistura1", "mistura2", "mistura3")
    report = ingest_pages(archive, tmp_path / "b2", "staffa")
    assert report.merged == 1
    assert people(archive) == {"Staffan de Mistura": 4}
    assert redirects(archive) == {("staffa-de-mistura", "typo", "staffan-de-mistura")}


def test_two_given_names_one_letter_apart_stay_two_people(archive, tmp_path):
    ingest_pages(archive, tmp_path / "b1", "maria", "mario1", "mario2", "mario3")
    assert people(archive) == {"Mario Lopez": 3, "Maria Lopez": 1}
    assert redirects(archive) == set()
