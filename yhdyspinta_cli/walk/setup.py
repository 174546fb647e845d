"""The questions that start a new assessment when `assess` is given no existing file."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from datetime import date

from yhdyspinta_cli.assessment.create import ORG_KEY, NewAssessment
from yhdyspinta_cli.assessment.model import Organisation
from yhdyspinta_cli.checklist.model import Vocabulary
from yhdyspinta_cli.i18n import catalog, languages, message
from yhdyspinta_cli.walk.asking import ask_typed_text
from yhdyspinta_cli.walk.counties import county_names
from yhdyspinta_cli.walk.dates import parse_date
from yhdyspinta_cli.walk.prompter import Choice, Prompter

DONE = "-"
KEY_LENGTH = 26  # a suggested key stops at the last whole word within this many characters


def ask_new_assessment(
    prompter: Prompter,
    vocabulary: Vocabulary,
    lang: str,
    places: Sequence[tuple[str, str | None]] = (),
) -> NewAssessment:
    """Language, region, county, date, facilitator and organisations for a new file.

    `places` are the (region, county) pairs earlier assessments in the repository used; they
    are offered so that the rounds of one region stay comparable.
    """
    codes = [
        Choice(code, f"{code}  {catalog(code).name}", shortcut=str(n))
        for n, code in enumerate(languages(), start=1)
    ]
    lang = prompter.choose(message("ask_language", lang), codes, lang)
    prompter.lang = lang
    regions = list(dict.fromkeys(region for region, _ in places))
    latest = regions[0] if regions else ""  # Enter keeps the region of the newest round
    region = _required(prompter, lang, message("ask_region", lang), "region", regions, latest)
    county = _ask_county(prompter, lang, dict(reversed(places)).get(region) or "")
    when = _ask_date(prompter, lang)
    typed = ask_typed_text(prompter, message("ask_facilitator", lang), "", "facilitator", lang)
    facilitator = typed.strip() or None
    organisations = _ask_organisations(prompter, vocabulary, lang)
    return NewAssessment(region, when, lang, tuple(organisations), county, facilitator)


def _ask_county(prompter: Prompter, lang: str, default: str) -> str | None:
    """A county from the list of 21 + Helsinki (typing completes it), or any other text."""
    question, names = message("ask_county", lang), county_names(lang)
    typed = ask_typed_text(prompter, question, default, "county", lang, suggestions=names)
    return typed.strip() or None


def _ask_date(prompter: Prompter, lang: str) -> str:
    today = date.today()
    shown = f"{today.day}.{today.month}.{today.year}"
    while True:
        parsed = parse_date(prompter.text(message("ask_date", lang), shown))
        if parsed is not None:
            return parsed
        prompter.show_message(message("date_format", lang), emphasis=True)


def _ask_organisations(prompter: Prompter, vocabulary: Vocabulary, lang: str) -> list[Organisation]:
    # The types keep their numbers whether or not "ready" is offered: ready is 0 (or Enter).
    types = [
        Choice(term.key, term.label.get(lang), shortcut=str(n) if n < 10 else None)
        for n, term in enumerate(vocabulary.actors, start=1)
    ]
    organisations: list[Organisation] = []
    while True:
        done = [Choice(DONE, message("orgs_done", lang), shortcut="0")] if organisations else []
        actor = prompter.choose(
            message("ask_org_type", lang), [*types, *done], DONE if organisations else None
        )
        if actor == DONE:
            return organisations
        name = _required(prompter, lang, message("ask_org_name", lang), "name")
        taken = {org.key for org in organisations}
        key = _ask_key(prompter, lang, suggest_key(name, taken), taken)
        organisations.append(Organisation(key, actor, name))


def _ask_key(prompter: Prompter, lang: str, suggestion: str, taken: set[str]) -> str:
    while True:
        key = prompter.text(message("ask_org_key", lang), suggestion).strip()
        if key in taken:
            prompter.show_message(message("key_taken", lang).format(key=key), emphasis=True)
        elif ORG_KEY.match(key):
            return key
        else:
            prompter.show_message(message("key_format", lang), emphasis=True)


def _required(
    prompter: Prompter,
    lang: str,
    question: str,
    field: str,
    suggestions: Sequence[str] = (),
    default: str = "",
) -> str:
    """Typed text that must be given (and may be kept: `ask_typed_text`)."""
    answer = ask_typed_text(prompter, question, default, field, lang, True, suggestions)
    return answer.strip()


def suggest_key(name: str, taken: set[str]) -> str:
    """A short ASCII key from whole words: 'Päijät-Hämeen hyvinvointialue' -> 'paijat-hameen'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = [word for word in re.split(r"[^a-z0-9]+", ascii_name.lower()) if word]
    base = ""
    for word in words:
        longer = f"{base}-{word}" if base else word
        if base and len(longer) > KEY_LENGTH:
            break
        base = longer
    base = base[:32] if base else "org"  # one word longer than a key can be: rare enough
    key, number = base, 2
    while key in taken:
        key, number = f"{base[:28]}-{number}", number + 1
    return key
