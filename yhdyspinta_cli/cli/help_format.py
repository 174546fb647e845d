"""The fixed words of a `--help` page (Usage, Options, [required]) in the user's language.

Typer's bundled click writes them in English through its help formatter; a command whose
context makes this formatter writes them from the catalog instead.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial
from typing import Any

from typer._click.formatting import HelpFormatter

from yhdyspinta_cli.i18n import message

HEADINGS = {"Options": "help_options", "Arguments": "help_arguments", "Commands": "help_commands"}
DEFAULT_PREFIX = "default: "
REQUIRED = "required"


class LocalHelpFormatter(HelpFormatter):
    """Click's help formatter, with its headings and option notes in `lang`."""

    def __init__(self, lang: str, **options: Any) -> None:
        super().__init__(**options)
        self.lang = lang

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        """The usage line, `Usage:` in `lang`."""
        said = message("usage_usage", self.lang) + " " if prefix is None else prefix
        super().write_usage(prog, args, said)

    def write_heading(self, heading: str) -> None:
        """A section heading: `Options`, `Arguments`, `Commands` in `lang`."""
        key = HEADINGS.get(heading)
        super().write_heading(message(key, self.lang) if key else heading)

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        """The option rows, their `[default: …; required]` notes in `lang`."""
        local = [(term, self._local_notes(text)) for term, text in rows]
        super().write_dl(local, col_max, col_spacing)

    def _local_notes(self, text: str) -> str:
        start = text.rfind("[")
        if start < 0 or not text.endswith("]"):
            return text
        notes = [self._local_note(note) for note in text[start + 1 : -1].split("; ")]
        return f"{text[:start]}[{'; '.join(notes)}]"

    def _local_note(self, note: str) -> str:
        if note == REQUIRED:
            return message("help_required", self.lang)
        if note.startswith(DEFAULT_PREFIX):
            value = note.removeprefix(DEFAULT_PREFIX)
            return message("help_default", self.lang, value=value)
        return note


def set_help_format(command: Any, lang: str) -> None:
    """Make `command` and its subcommands write their help pages' fixed words in `lang`."""
    base = command.context_class
    command.context_class = type(
        f"{base.__name__}InLanguage",
        (base,),
        {"formatter_class": partial(LocalHelpFormatter, lang)},
    )
    for sub in getattr(command, "commands", {}).values():
        set_help_format(sub, lang)
