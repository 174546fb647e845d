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

    `unknown` and `listing` are catalog messages (`i18n.msg`), shown in the user's language.
    """
    from yhdyspinta_cli.i18n import msg
    from yhdyspinta_cli.problems import UsageError

    candidates = list(known)
    found = match_id(given, candidates)
    if found is not None:
        return found
    guess = _guess(suggest_ids(given, candidates))
    hint = msg("ids_did_you_mean", guess=guess) if guess else listing
    raise UsageError(msg("ids_problem_hint", problem=unknown, hint=hint))


def _guess(suggestions: Sequence[str]) -> str | None:
    """`S1.1a or S1.1b?` as a catalog message (the word for "or" is the language's)."""
    from yhdyspinta_cli.i18n import msg

    if not suggestions:
        return None
    if len(suggestions) == 1:
        return msg("ids_guess_one", id=suggestions[0])
    return msg("ids_guess_many", ids=", ".join(suggestions[:-1]), last=suggestions[-1])


def known_ids_listing(ids: Sequence[str], key: str) -> str:
    """`the organisations are: a, b` (or: none), as a catalog message."""
    from yhdyspinta_cli.i18n import msg

    return msg(key, ids=", ".join(ids) if ids else msg("ids_none"))


def resolve_item_id(given: str, catalog: Catalog) -> str:
    """The catalog's item id that `given` means (`s1.1a` -> `S1.1a`), or a UsageError."""
    from yhdyspinta_cli.i18n import msg

    items = [item.id for item in catalog.iter_items()]
    return resolve_id(given, items, msg("ids_unknown_item", given=given), msg("ids_list_items"))


def resolve_checklist_id(given: str, catalog: Catalog) -> str:
    """The catalog's checklist (recommendation) id that `given` means (`s2` -> `S2`)."""
    ids = [checklist.id for checklist in catalog.checklists]
    from yhdyspinta_cli.i18n import msg

    unknown = msg("ids_no_checklist", given=given)
    return resolve_id(given, ids, unknown, known_ids_listing(ids, "ids_list_checklists"))
