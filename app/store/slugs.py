"""Slugs for new entities: the name's, or a longer one when another entity has it or had
it before a merge (slugs never change, and an old slug keeps redirecting)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.store.models import EntityRedirectRow
from app.textfold import make_slug


class SlugPicker:
    """Picks unused slugs for one kind of entity (person, city, region)."""

    def __init__(self, session: Session, model: type, kind: str) -> None:
        self.session, self.model, self.kind = session, model, kind

    def _taken(self, slug: str) -> bool:
        entity = self.session.scalar(select(self.model.id).where(self.model.slug == slug))
        if entity is not None:
            return True
        redirect = select(EntityRedirectRow.id).where(
            EntityRedirectRow.kind == self.kind, EntityRedirectRow.old_slug == slug
        )
        return self.session.scalar(redirect) is not None

    def pick(self, name: str, fallback: str | None = None) -> str:
        candidates = [make_slug(name)]
        if fallback:
            candidates.append(make_slug(fallback))
        for slug in candidates:
            if not self._taken(slug):
                return slug
        base, n = candidates[-1], 2
        while self._taken(f"{base}-{n}"):
            n += 1
        return f"{base}-{n}"
