"""Ids as people type them: matched without regard to case, near misses answered with a guess.

Item, recommendation, action and organisation ids are short codes (`S1.1a`, `S2`, `A3`,
`tre`). People type `s1.1a`, drop the dot (`S11a`) or stop short (`S1.1`); the tool takes the
first when it is unambiguous and suggests the nearest ids for the others.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from yhdyspinta_cli.checklist.catalog import Catalog

MAX_SUGGESTIONS = 3
_NOT_ALNUM = re.compile(r"[^0-9a-z]")


def match_id(given: str, known: Iterable[str]) -> str | None:
    """The known id equal to `given` exactly, else without regard to case if only one is."""
    candidates = list(known)
    if given in candidates:
        return given
    folded = [k for k in candidates if k.casefold() == given.casefold()]
    return folded[0] if len(folded) == 1 else None


def suggest_ids(given: str, known: Iterable[str]) -> list[str]:
    """The ids a mistyped `given` most likely meant, best first (at most three)."""
    candidates = list(dict.fromkeys(known))
    folded = given.casefold()
    extending = [k for k in candidates if k.casefold().startswith(folded) and folded]
    if extending:
        return extending[:MAX_SUGGESTIONS]
    bare = _bare(given)
    same_letters = [k for k in candidates if _bare(k) == bare and bare]
    if same_letters:
        return same_letters[:MAX_SUGGESTIONS]
    by_bare = {_bare(k): k for k in candidates}
    close = set(difflib.get_close_matches(bare, list(by_bare), n=MAX_SUGGESTIONS, cutoff=0.6))
    return [k for k in candidates if _bare(k) in close]  # in the catalog's order


def did_you_mean(suggestions: Sequence[str], word_or: str = "or") -> str:
    """`S1.1a or S1.1b?`, `S1.1a?`, or '' when there is nothing to suggest."""
    if not suggestions:
        return ""
    if len(suggestions) == 1:
        return f"{suggestions[0]}?"
    return f"{', '.join(suggestions[:-1])} {word_or} {suggestions[-1]}?"


def _bare(text: str) -> str:
    return _NOT_ALNUM.sub("", text.casefold())


def resolve_id(given: str, known: Iterable[str], unknown: str, listing: str) -> str:
    """The known id `given` means, or a UsageError: `unknown`, then the nearest ids or `listing`.

    `unknown` says what was not found, with `{given}` for the id: "unknown item '{given}'".
    """
    from yhdyspinta_cli.problems import UsageError

    candidates = list(known)
    found = match_id(given, candidates)
    if found is not None:
        return found
    guess = did_you_mean(suggest_ids(given, candidates))
    hint = f"did you mean {guess}" if guess else listing
    raise UsageError(f"{unknown.format(given=given)}; {hint}")


def resolve_item_id(given: str, catalog: Catalog) -> str:
    """The catalog's item id that `given` means (`s1.1a` -> `S1.1a`), or a UsageError."""
    items = [item.id for item in catalog.iter_items()]
    return resolve_id(
        given, items, "unknown item '{given}'", "`yhdyspinta checklists show S1` lists the item ids"
    )


def resolve_checklist_id(given: str, catalog: Catalog) -> str:
    """The catalog's checklist (recommendation) id that `given` means (`s2` -> `S2`)."""
    ids = [checklist.id for checklist in catalog.checklists]
    return resolve_id(given, ids, "no checklist '{given}'", f"the checklists are: {', '.join(ids)}")
