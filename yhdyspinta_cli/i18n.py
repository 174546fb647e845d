"""Languages, and the user-facing words of the tool in Finnish, Swedish and English."""

from __future__ import annotations

import os
from collections.abc import Mapping

LANGUAGES = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"

LANGUAGE_NAMES = {"fi": "Finnish", "sv": "Swedish", "en": "English"}


def language_from_env(environ: Mapping[str, str] | None = None) -> str | None:
    """The language of the user's locale (LC_ALL, LC_MESSAGES, LANG), if it is one we speak."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        code = value.split(".")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return None


def resolve_language(
    option: str | None, configured: str | None, environ: Mapping[str, str] | None = None
) -> str:
    """`--lang` first, then the project config, then the locale, then Finnish."""
    return option or configured or language_from_env(environ) or DEFAULT_LANGUAGE


MESSAGES: dict[str, dict[str, str]] = {
    "recommendation": {"fi": "Suositus", "sv": "Rekommendation", "en": "Recommendation"},
    "checklist": {"fi": "Tarkistuslista", "sv": "Checklista", "en": "Checklist"},
    "items": {"fi": "Kohtia", "sv": "Punkter", "en": "Items"},
    "item": {"fi": "Kohta", "sv": "Punkt", "en": "Item"},
    "version": {"fi": "Versio", "sv": "Version", "en": "Version"},
    "origin": {"fi": "Lähde", "sv": "Källa", "en": "Source"},
    "bundled": {"fi": "kansallinen", "sv": "nationell", "en": "national"},
    "regional": {"fi": "alueellinen", "sv": "regional", "en": "regional"},
    "question": {"fi": "Kysymys", "sv": "Fråga", "en": "Question"},
    "guidance": {"fi": "Miksi ja miten", "sv": "Varför och hur", "en": "Why and how"},
    "levels": {"fi": "Tasot", "sv": "Nivåer", "en": "Levels"},
    "actors": {"fi": "Toimijat", "sv": "Aktörer", "en": "Actors"},
    "roles": {"fi": "Roolit", "sv": "Roller", "en": "Roles"},
    "legal": {"fi": "Lainsäädäntö", "sv": "Lagstiftning", "en": "Legislation"},
    "evidence": {"fi": "Näyttöä voi olla", "sv": "Belägg kan vara", "en": "Evidence could be"},
    "source_text": {"fi": "Suosituksen teksti", "sv": "Rekommendationens text", "en": "Source text"},
    "total": {"fi": "Yhteensä", "sv": "Totalt", "en": "Total"},
    "scale": {"fi": "Asteikko", "sv": "Skala", "en": "Scale"},
}


def message(key: str, lang: str) -> str:
    """One word or phrase of the interface in `lang`."""
    return MESSAGES[key][lang]
