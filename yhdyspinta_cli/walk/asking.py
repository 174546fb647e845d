"""Asking for typed text in the walks: what cannot be kept is asked again, saying why."""

from __future__ import annotations

from collections.abc import Sequence

from yhdyspinta_cli.assessment.typed_text import TypedTextError, accept_typed_text
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.walk.prompter import Prompter


def ask_typed_text(
    prompter: Prompter,
    question: str,
    default: str,
    field: str,
    lang: str,
    required: bool = False,
    suggestions: Sequence[str] = (),
) -> str:
    """Typed text made safe to keep (`accept_typed_text`); asked again until it is, or given.

    `suggestions` are offered as the facilitator types (earlier regions, the counties).
    """
    while True:
        answer = prompter.text(question, default, suggestions)
        try:
            text = accept_typed_text(field, answer)
        except TypedTextError as refused:
            prompter.show_message(why_refused(refused, lang), emphasis=True)
            continue
        if text.strip() or not required:
            return text
        prompter.show_message(message("answer_required", lang), emphasis=True)


def why_refused(refused: TypedTextError, lang: str) -> str:
    """The reason in the walk's language: the character's code point, or personal data."""
    if refused.code_point is not None:
        return message("typed_character", lang).format(code=f"U+{refused.code_point:04X}")
    return message("typed_personal_data", lang)
