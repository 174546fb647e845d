"""Problems found in user files, kept as values, and the one line each is shown as."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from yhdyspinta_cli.safe_text import one_line

# Of one rule in one file, this many lines are shown, then one line says how many more there are.
MAX_REPEATS = 20


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
    def position(self) -> tuple[int, int]:
        """Line and column; a problem of the whole file points at its start."""
        return self.line or 1, self.column or 1

    def format(self, lang: str | None = None) -> str:
        """The one line every command shows: `path:line:col: [severity] message (rule)`.

        The message is in `lang`, else in the locale's language, else in English.
        """
        return problem_line(self, lang=lang)


def problem_line(problem: Problem, message: str | None = None, lang: str | None = None) -> str:
    """yamllint's parsable form, with the path as given, personal data redacted, one line."""
    from yhdyspinta_cli.i18n import localize, problem_language
    from yhdyspinta_cli.privacy.detectors import redact  # its patterns compile when first needed

    line, column = problem.position
    said = localize(problem.message if message is None else message, lang or problem_language(None))
    text = one_line(redact(said))
    severity = problem.severity.value
    return f"{one_line(str(problem.path))}:{line}:{column}: [{severity}] {text} ({problem.rule})"


def iter_problem_lines(problems: Iterable[Problem], lang: str | None = None) -> Iterator[str]:
    """One line per problem; of one rule in one file the first 20, then `and N more`."""
    for problem, message in iter_capped(problems):
        yield problem_line(problem, message, lang)


def iter_capped(problems: Iterable[Problem]) -> Iterator[tuple[Problem, str]]:
    """The problems to show with their messages: of one rule in one file the first 20, then the
    21st standing for the rest, with the message `and N more like this`."""
    problems = list(problems)
    totals = Counter((problem.path, problem.rule) for problem in problems)
    seen: Counter[tuple[Path, str]] = Counter()
    for problem in problems:
        key = (problem.path, problem.rule)
        seen[key] += 1
        if seen[key] <= MAX_REPEATS:
            yield problem, problem.message
        elif seen[key] == MAX_REPEATS + 1:
            from yhdyspinta_cli.i18n import msg  # the catalogs import this module

            yield problem, msg("problem_more_like_this", count=totals[key] - MAX_REPEATS)


class ProblemError(Exception):
    """Raised by the core when a file cannot be used at all; carries its problems."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(iter_problem_lines(problems)))
        self.problems = problems


class ConfigError(ProblemError):
    """The project configuration (yhdyspinta.yaml) cannot be used: a usage error, not a finding."""


class OptionFileError(ProblemError):
    """A file an option names (`--benchmark FILE`) cannot be used: a usage error, not a finding."""


class UserError(Exception):
    """A problem with an input that has no file position (a missing file, an unknown id)."""


class UsageError(UserError):
    """A bad option or a bad combination of options."""
