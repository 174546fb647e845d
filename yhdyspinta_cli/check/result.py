"""What `check` found: per file, its problems and how much of the required checklists it covers."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from yhdyspinta_cli.check.rules import Coverage
from yhdyspinta_cli.problems import Problem, Severity


@dataclass(frozen=True)
class FileReport:
    """One checked file. `coverage` is None when the file could not be read as an assessment."""

    path: Path
    problems: tuple[Problem, ...] = ()
    language: str | None = None
    coverage: tuple[Coverage, ...] | None = None

    @property
    def errors(self) -> int:
        """How many problems are errors."""
        return sum(p.severity is Severity.ERROR for p in self.problems)

    @property
    def warnings(self) -> int:
        """How many problems are warnings."""
        return len(self.problems) - self.errors


@dataclass(frozen=True)
class CheckResult:
    """Every file checked, in the order given, and the language of the closing line."""

    reports: tuple[FileReport, ...]
    language: str
    strict: bool = False
    disabled: frozenset[str] = frozenset()  # the rules `policy.disable` turned off
    problem_lang: str | None = None  # --lang; without it problem lines follow the locale
    checklists: Mapping[str, str] = field(default_factory=dict)  # id: version; none if broken

    @property
    def problems(self) -> list[Problem]:
        """Every problem of every file."""
        return [problem for report in self.reports for problem in report.problems]

    @property
    def errors(self) -> int:
        """Errors in all files."""
        return sum(report.errors for report in self.reports)

    @property
    def warnings(self) -> int:
        """Warnings in all files."""
        return sum(report.warnings for report in self.reports)

    @property
    def ok(self) -> bool:
        """No errors (under --strict every warning has become an error)."""
        return self.errors == 0
