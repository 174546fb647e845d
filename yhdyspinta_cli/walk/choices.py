"""The choices the walk offers, with the same shortcut keys in every language."""

from __future__ import annotations

from collections.abc import Sequence

from yhdyspinta_cli.assessment.model import Organisation
from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE, Item, Scale
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.walk.prompter import BACK, JUMP, QUIT, SKIP, Choice

SHORTCUTS = {DONT_KNOW: "d", NOT_APPLICABLE: "n", BACK: "b", SKIP: "s", JUMP: "g", QUIT: "q"}
NAVIGATION_LABELS = {BACK: "nav_back", SKIP: "nav_skip", JUMP: "nav_jump", QUIT: "nav_quit"}
SKIP_ORG = "-"


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
            )
            for answer in scale.special
        ]
    return choices


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
        ),
        Choice(SKIP_ORG, message("skip_org", lang)),
        *navigation_choices(lang),
    ]


def navigation_choices(lang: str) -> list[Choice]:
    """Back, skip, jump to a recommendation, quit."""
    return [
        Choice(value=key, title=message(label, lang), shortcut=SHORTCUTS[key])
        for key, label in NAVIGATION_LABELS.items()
    ]


def org_choices(organisations: Sequence[Organisation]) -> list[Choice]:
    """The file's organisations, by name."""
    return [Choice(value=org.key, title=f"{org.name} ({org.key})") for org in organisations]


def _descriptor(item: Item, value: int, lang: str) -> str | None:
    text = item.levels.get(value)
    return text.get(lang) if text else None
