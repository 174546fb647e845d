"""The choices the walk offers, with the same shortcut keys in every language."""

from __future__ import annotations

from collections.abc import Sequence

from yhdyspinta_cli.assessment.model import Organisation
from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE, Item, Scale
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.walk.prompter import BACK, INFO, JUMP, QUIT, SKIP, Choice

NO_TARGET = "no-target"
SKIP_ORG = "-"
SHORTCUTS = {
    DONT_KNOW: "d",
    NOT_APPLICABLE: "n",
    NO_TARGET: "n",
    SKIP_ORG: "x",
    BACK: "b",
    SKIP: "s",
    JUMP: "g",
    INFO: "i",
    QUIT: "q",
}
NAVIGATION_LABELS = {BACK: "nav_back", SKIP: "nav_skip", JUMP: "nav_jump", QUIT: "nav_quit"}
# The short word after each key in the one-line legend; the levels are summed up as "1–5 …".
LEGEND_WORDS = {
    DONT_KNOW: "legend_dont_know",
    NOT_APPLICABLE: "legend_not_applicable",
    NO_TARGET: "legend_no_target",
    SKIP_ORG: "legend_no_rating",
    BACK: "legend_back",
    SKIP: "legend_skip",
    JUMP: "legend_jump",
    INFO: "legend_info",
    QUIT: "legend_quit",
}
KEEP_WORD = "legend_keep"  # `s` on an answered item keeps the answer


def level_choices(item: Item, scale: Scale, lang: str, special: bool) -> list[Choice]:
    """Each level with this item's own descriptor; with `special`, don't know and n/a too."""
    choices = [
        Choice(
            value=str(level.value),
            title=level.label.get(lang),
            description=_descriptor(item, level.value, lang),
            shortcut=str(level.value) if level.value < 10 else None,
        )
        for level in scale.levels
    ]
    if special:
        choices += [
            Choice(
                value=answer.key,
                title=answer.label.get(lang),
                description=answer.description.get(lang),
                shortcut=SHORTCUTS[answer.key],
                key_word=message(LEGEND_WORDS[answer.key], lang),
            )
            for answer in scale.special
        ]
    return choices


def answer_choices(item: Item, scale: Scale, lang: str, answered: bool) -> list[Choice]:
    """The level question: levels, don't know, n/a, then back, skip, jump, more info, quit."""
    return [*level_choices(item, scale, lang, special=True), *navigation_choices(lang, answered)]


def target_choices(item: Item, scale: Scale, lang: str) -> list[Choice]:
    """The target question: levels, no target yet, back to the level, more info, quit."""
    return [
        *level_choices(item, scale, lang, special=False),
        _keyed(NO_TARGET, message("no_target", lang), lang),
        _keyed(BACK, message("nav_back_level", lang), lang),
        _keyed(INFO, message("nav_info", lang), lang),
        _keyed(QUIT, message("nav_quit", lang), lang),
    ]


def rating_choices(item: Item, scale: Scale, lang: str) -> list[Choice]:
    """One organisation's own rating: a level, don't know or no rating; or navigation."""
    dont_know = scale.special_answer(DONT_KNOW)
    return [
        *level_choices(item, scale, lang, special=False),
        Choice(
            DONT_KNOW,
            dont_know.label.get(lang),
            dont_know.description.get(lang),
            shortcut=SHORTCUTS[DONT_KNOW],
            key_word=message(LEGEND_WORDS[DONT_KNOW], lang),
        ),
        _keyed(SKIP_ORG, message("skip_org", lang), lang),
        *navigation_choices(lang, answered=False),
    ]


def navigation_choices(lang: str, answered: bool = False) -> list[Choice]:
    """Back, skip (or keep the answer), jump, more info, quit."""
    choices = [_keyed(key, message(label, lang), lang) for key, label in NAVIGATION_LABELS.items()]
    if answered:
        keep = message("nav_keep", lang)
        choices[1] = Choice(SKIP, keep, shortcut=SHORTCUTS[SKIP], key_word=message(KEEP_WORD, lang))
    return [*choices[:-1], _keyed(INFO, message("nav_info", lang), lang), choices[-1]]


def legend(choices: Sequence[Choice], levels_word: str) -> str:
    """One line naming every key: '1–5 taso · d en osaa sanoa · … · q lopeta'."""
    digits = [c.shortcut for c in choices if c.shortcut and c.shortcut.isdigit()]
    parts = [f"{digits[0]}–{digits[-1]} {levels_word}"] if digits else []
    for choice in choices:
        if choice.shortcut and not choice.shortcut.isdigit():
            parts.append(f"{choice.shortcut} {choice.key_word or choice.title}")
    return " · ".join(parts)


def org_choices(organisations: Sequence[Organisation]) -> list[Choice]:
    """The file's organisations, by name, numbered in their order."""
    return [
        Choice(value=org.key, title=f"{org.name} ({org.key})", shortcut=_number(n))
        for n, org in enumerate(organisations, start=1)
    ]


def _number(n: int) -> str | None:
    return str(n) if n < 10 else None


def _keyed(value: str, title: str, lang: str) -> Choice:
    word = message(LEGEND_WORDS[value], lang)
    return Choice(value=value, title=title, shortcut=SHORTCUTS[value], key_word=word)


def _descriptor(item: Item, value: int, lang: str) -> str | None:
    text = item.levels.get(value)
    return text.get(lang) if text else None
