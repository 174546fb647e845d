"""The questions that start a new assessment when `assess` is given no existing file."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from yhdyspinta_cli.assessment.create import ORG_KEY, NewAssessment
from yhdyspinta_cli.assessment.model import Organisation
from yhdyspinta_cli.checklist.model import Vocabulary
from yhdyspinta_cli.i18n import LANGUAGE_NAMES, LANGUAGES, message
from yhdyspinta_cli.walk.asking import ask_typed_text
from yhdyspinta_cli.walk.prompter import Choice, Prompter

DONE = "-"


def ask_new_assessment(prompter: Prompter, vocabulary: Vocabulary, lang: str) -> NewAssessment:
    """Language, region and organisations for a new file."""
    languages = [
        Choice(code, f"{code}  {LANGUAGE_NAMES[code]}", shortcut=str(n))
        for n, code in enumerate(LANGUAGES, start=1)
    ]
    lang = prompter.choose(message("ask_language", lang), languages, lang)
    region = _required(prompter, message("ask_region", lang), "region", lang)
    organisations = _ask_organisations(prompter, vocabulary, lang)
    return NewAssessment(region, date.today().isoformat(), lang, tuple(organisations))


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
        name = _required(prompter, message("ask_org_name", lang), "name", lang)
        taken = {org.key for org in organisations}
        key = _ask_key(prompter, lang, suggest_key(name, taken), taken)
        organisations.append(Organisation(key, actor, name))


def _ask_key(prompter: Prompter, lang: str, suggestion: str, taken: set[str]) -> str:
    while True:
        key = prompter.text(message("ask_org_key", lang), suggestion).strip()
        if ORG_KEY.match(key) and key not in taken:
            return key


def _required(prompter: Prompter, question: str, field: str, lang: str) -> str:
    return ask_typed_text(prompter, question, "", field, lang, required=True).strip()


def suggest_key(name: str, taken: set[str]) -> str:
    """A short ASCII key from a name: 'Pirkanmaan hyvinvointialue' -> 'pirkanmaan-hyvinvo'."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:18] or "org"
    key, number = base, 2
    while key in taken:
        key, number = f"{base}-{number}", number + 1
    return key
