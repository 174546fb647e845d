"""The Prompter the workshop uses: rich for the screen, questionary for the questions.

This is the only module that imports questionary. `unsafe_ask` lets Ctrl-C raise
KeyboardInterrupt, which the `assess` command handles in one place.
"""

from __future__ import annotations

from collections.abc import Sequence

import questionary
from prompt_toolkit.styles import Style
from rich.console import Console

from yhdyspinta_cli.cli.render_walk import item_screen_panel
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.walk.prompter import Choice, ItemScreen

STYLE = Style.from_dict(
    {
        "question": "bold",
        "pointer": "fg:ansicyan bold",
        "highlighted": "fg:ansicyan bold",
        "selected": "fg:ansigreen",
        "instruction": "fg:ansibrightblack",
    }
)


class QuestionaryPrompter:
    """Asks in the terminal, one clear screen per item, with hints in the walk's language.

    The level descriptors are on the item screen right above the list, so questionary's own
    description line (which has a fixed English label) is turned off.
    """

    def __init__(self, lang: str, console: Console | None = None) -> None:
        self.lang = lang
        self.console = console or Console()

    def show_item(self, screen: ItemScreen) -> None:
        """Clear the screen and show the item, large and uncluttered."""
        self.console.clear()
        self.console.print(item_screen_panel(screen))

    def show_message(self, text: str, emphasis: bool = False) -> None:
        """One line, highlighted when it needs attention."""
        self.console.print(text, style="bold yellow" if emphasis else None)

    def choose(self, question: str, choices: Sequence[Choice], default: str | None = None) -> str:
        """A selection list; digits and letters jump to a choice, Enter confirms."""
        options = [_choice(choice) for choice in choices]
        chosen = next((o for o in options if o.value == default), None)
        answer = questionary.select(
            question,
            options,
            default=chosen,
            use_shortcuts=True,
            use_jk_keys=False,
            show_description=False,
            instruction=message("hint_select", self.lang),
            style=STYLE,
        ).unsafe_ask()
        return str(answer)

    def choose_many(
        self, question: str, choices: Sequence[Choice], selected: Sequence[str]
    ) -> list[str]:
        """A checklist; space toggles, Enter confirms."""
        options = [
            questionary.Choice(title=c.title, value=c.value, checked=c.value in selected)
            for c in choices
        ]
        hint = message("hint_checkbox", self.lang)
        answer = questionary.checkbox(question, options, instruction=hint, style=STYLE).unsafe_ask()
        return [str(value) for value in answer]

    def text(self, question: str, default: str = "") -> str:
        """A line of text, pre-filled with `default`."""
        return str(questionary.text(question, default=default, style=STYLE).unsafe_ask())


def _choice(choice: Choice) -> questionary.Choice:
    return questionary.Choice(
        title=choice.title,
        value=choice.value,
        shortcut_key=choice.shortcut if choice.shortcut else None,
    )
