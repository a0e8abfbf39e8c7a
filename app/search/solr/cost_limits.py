"""Bounding what one query may cost on Solr, with the embedded engine's limits and words.

The same settings and the same refusals as app/search/whoosh/limits.py: a prefix* (or a
wildcard) needs ``search_prefix_min_chars`` letters before its first * or ?, may stand for
at most ``search_prefix_max_terms`` indexed words of the body (counted with Solr's terms
component, stopping one past the limit), and the query as a whole may look for at most
``search_query_max_terms`` words; Solr stops a search at ``search_time_budget_s``
(``timeAllowed``) and a stopped search is refused rather than shown incomplete.
"""

from __future__ import annotations

import re
from typing import Any

from app.search.backend import QueryLimits, QueryTooCostly
from app.search.solr.client import SolrClient

# Words a query searches are counted in the body (each is searched in the title too).
COUNTED_FIELD = "body"


# The engine-neutral limits, under the name this module gave them before they were shared.
CostLimits = QueryLimits


def time_allowed(limits: QueryLimits) -> dict[str, Any]:
    """The parameter that makes Solr stop a search at the budget."""
    return {"timeAllowed": int(limits.time_budget_s * 1000)}


def check_cost(
    client: SolrClient, patterns: tuple[str, ...], words: int, limits: QueryLimits
) -> None:
    """Raise QueryTooCostly if the query's prefixes or words are beyond the limits."""
    for pattern in patterns:
        if len(_stem(pattern)) < limits.prefix_min_chars:
            raise QueryTooCostly(
                f"The prefix {pattern!r} is too short: a prefix needs at least "
                f"{limits.prefix_min_chars} letters before its * or ?",
                "Type more of the word before the *, or search for whole words.",
            )
    for pattern in patterns:
        words += _expansions(client, pattern, limits)
    if words > limits.query_max_terms:
        raise QueryTooCostly(
            f"This search would look for {words:,} indexed words (its words plus every word "
            f"its prefixes stand for); the limit is {limits.query_max_terms:,}",
            "Use fewer or longer prefixes (ending in *), or fewer words.",
        )


def check_complete(answer: dict[str, Any], limits: QueryLimits) -> None:
    """Raise QueryTooCostly if Solr stopped the search at the time budget."""
    if (answer.get("responseHeader") or {}).get("partialResults"):
        raise QueryTooCostly(
            f"This search took longer than the {limits.time_budget_s:g} s a search may take",
            "Narrow it: fewer prefixes (ending in *), fewer OR alternatives, or add a filter.",
        )


def _stem(pattern: str) -> str:
    """The letters before the first wildcard character."""
    return re.split(r"[*?]", pattern, maxsplit=1)[0]


def _expansions(client: SolrClient, pattern: str, limits: QueryLimits) -> int:
    regex = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    answer = client.terms(
        **{
            "terms.fl": COUNTED_FIELD,
            "terms.prefix": _stem(pattern),
            "terms.regex": regex,
            "terms.limit": limits.prefix_max_terms + 1,
            "terms.sort": "index",
        }
    )
    listed = (answer.get("terms") or {}).get(COUNTED_FIELD) or []
    found = len(listed) // 2 if listed and not isinstance(listed[0], list) else len(listed)
    if found > limits.prefix_max_terms:
        raise QueryTooCostly(
            f"The prefix {pattern!r} stands for more than {limits.prefix_max_terms:,} "
            "indexed words",
            "Use a longer prefix, or search for whole words.",
        )
    return found
