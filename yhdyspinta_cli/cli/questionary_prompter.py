"""The Prompter the workshop uses: rich for the screen, one-key menus and questionary to ask.

This is the only module that imports questionary (for typed text, with suggestions). Menus
are the one-key menus of `key_menu`, which have no words of their own. Ctrl-C raises
KeyboardInterrupt, which the `assess` command handles in one place.
"""

from __future__ import annotations

from collections.abc import Sequence

import questionary
from prompt_toolkit.styles import Style
from rich.console import Console
from rich.text import Text

from yhdyspinta_cli.cli.key_menu import choose_in_list, choose_on_line, choose_several
from yhdyspinta_cli.cli.render_walk import Line, details_lines, item_screen_lines
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.walk.prompter import Choice, ItemScreen

TEXT_STYLE = Style.from_dict({"question": "bold", "answer": "bold"})


class QuestionaryPrompter:
    """Asks in the terminal, one cleared screen per item, every word in the walk's language."""

    def __init__(self, lang: str, console: Console | None = None) -> None:
        self.lang = lang
        self.console = console or Console()

    def show_item(self, screen: ItemScreen) -> None:
        """Clear the screen and show the item, fitted to the terminal (in full after `i`)."""
        width, height = self.console.size
        if screen.details:
            lines = details_lines(screen, width)
        else:
            lines = item_screen_lines(screen, width, height)
        self.console.clear()
        for line in lines:
            self.console.print(_styled(line), soft_wrap=True)

    def show_message(self, text: str, emphasis: bool = False) -> None:
        """One line, in bold when it needs attention."""
        self.console.print(Text(text, style="bold" if emphasis else ""))

    def choose(self, question: str, choices: Sequence[Choice], default: str | None = None) -> str:
        """A list, one choice a line; a choice's key takes it, or arrows and Enter."""
        return choose_in_list(question, choices, default, message("hint_select", self.lang))

    def choose_by_key(
        self, question: str, choices: Sequence[Choice], default: str | None, legend: str
    ) -> str:
        """The legend and one prompt line; a choice's key takes it, or arrows and Enter."""
        return choose_on_line(question, choices, default, legend)

    def choose_many(
        self, question: str, choices: Sequence[Choice], selected: Sequence[str]
    ) -> list[str]:
        """Boxes to tick with a choice's key or the space bar; Enter accepts."""
        return choose_several(question, choices, selected, message("hint_checkbox", self.lang))

    def text(self, question: str, default: str = "", suggestions: Sequence[str] = ()) -> str:
        """A line of text, pre-filled with `default`; suggestions complete as one types."""
        if suggestions:
            prompt = questionary.autocomplete(
                question,
                list(suggestions),
                default=default,
                match_middle=True,
                style=TEXT_STYLE,
                qmark="",
            )
        else:
            prompt = questionary.text(question, default=default, style=TEXT_STYLE, qmark="")
        return str(prompt.unsafe_ask())


def _styled(line: Line) -> Text:
    text = Text(line.text, style=line.style)
    if line.bold_prefix:
        text.stylize("bold", 0, line.bold_prefix)
    return text
