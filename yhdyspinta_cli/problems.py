"""Problems found in user files, kept as values and reported at the edge."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path


class Severity(str, Enum):
    """How bad a problem is."""

    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file, with its position where there is one."""

    path: Path
    line: int | None
    column: int | None
    rule: str
    message: str
    severity: Severity = Severity.ERROR

    @property
    def location(self) -> str:
        """`path:line:col`, or as much of it as is known."""
        parts = [str(self.path)]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def format(self, lang: str | None = None) -> str:
        """The yamllint-like one-line form: `path:line:col: message (rule)`.

        The message is in `lang`, else in the locale's language, else in English.
        """
        from yhdyspinta_cli.i18n import localize, problem_language

        said = localize(self.message, lang or problem_language(None))
        prefix = "warning: " if self.severity is Severity.WARNING else ""
        return f"{self.location}: {prefix}{said} ({self.rule})"


class ProblemError(Exception):
    """Raised by the core when a file cannot be used at all; carries its problems."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(p.format() for p in problems))
        self.problems = problems


class UserError(Exception):
    """A mistake the user can fix that has no file position (a bad option value, say)."""
