"""Checking one assessment file: a fast path for clean files, a full path that locates problems.

Most files in a repository are clean, and finding line numbers costs as much again as parsing.
So the fast path loads with PyYAML's C loader without positions, validates with jsonschema-rs
(a compiled validator of the same JSON Schema, about 150 times faster than jsonschema) and runs
every other rule on the plain data. Only a file with something to report, or anything the fast
path cannot vouch for (anchors, aliases, merge keys, duplicate keys, any loading error), goes
the full way: yamlread with positions, jsonschema for the located and explained schema errors,
and the same rules again, now with lines and columns.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import chain
from pathlib import Path
from typing import Any

from yhdyspinta_cli.assessment.model import Assessment, assessment_from_data
from yhdyspinta_cli.assessment.validation import iter_assessment_problems, iter_reference_problems
from yhdyspinta_cli.check.policy import Policy
from yhdyspinta_cli.check.result import FileReport
from yhdyspinta_cli.check.rules import (
    coverage,
    iter_conflict_problems,
    iter_marker_problems,
    iter_policy_problems,
)
from yhdyspinta_cli.check.stages import DEFAULT_STAGE
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.loading.plain_yaml import load_plain
from yhdyspinta_cli.loading.schema_validation import is_valid
from yhdyspinta_cli.loading.yaml_loader import Document, decode_text, load_document, read_bytes
from yhdyspinta_cli.privacy.detectors import redact
from yhdyspinta_cli.privacy.placement import iter_personal_data_problems, may_hold_personal_data
from yhdyspinta_cli.problems import Problem, ProblemError, Severity
from yhdyspinta_cli.rules import Stage


@dataclass(frozen=True)
class CheckContext:
    """Everything a check of one file needs; pickled once to each worker process."""

    catalog: Catalog
    policy: Policy
    today: str  # YYYY-MM-DD, for overdue actions
    strict: bool = False
    stage: Stage = DEFAULT_STAGE

    def reports(self, problem: Problem) -> bool:
        """Whether this check's stage reports `problem`."""
        return self.policy.reports(problem.rule, self.stage)


def check_file(path: Path, context: CheckContext, fast: bool = True) -> FileReport:
    """Every problem in one assessment file, and its coverage of the required checklists.

    `fast=False` skips the fast path: the same report, only slower (the tests compare the two).
    """
    try:
        text = decode_text(path, read_bytes(path))
    except ProblemError as error:
        return FileReport(path, tuple(error.problems))
    report = _fast_check(path, text, context) if fast else None
    return report or _full_check(path, text, context)


def _fast_check(path: Path, text: str, context: CheckContext) -> FileReport | None:
    """The report of a clean file, or None when there is anything to report or to doubt."""
    data = load_plain(text)
    if data is None or not is_valid(data, "assessment"):
        return None
    document = Document(path, data)
    assessment = assessment_from_data(data)
    if _has_problems(document, assessment, context) or may_hold_personal_data(text, data):
        return None
    lang = assessment.language
    return FileReport(path, (), lang, coverage(assessment, context.catalog, context.policy, lang))


def _has_problems(document: Document, assessment: Assessment, context: CheckContext) -> bool:
    catalog, policy = context.catalog, context.policy
    found = chain(
        iter_reference_problems(document, catalog),
        iter_policy_problems(document, assessment, catalog, policy, context.today),
        iter_conflict_problems(document),
    )
    return any(context.reports(problem) for problem in found)


def _full_check(path: Path, text: str, context: CheckContext) -> FileReport:
    """Every problem with its line and column."""
    try:
        document = load_document(path, text)
    except ProblemError as error:
        unreadable = Document(path, None)
        problems = [
            *iter_marker_problems(path, text),
            *error.problems,
            *iter_personal_data_problems(unreadable, text),
        ]
        return FileReport(path, _finish(problems, context))
    catalog, policy = context.catalog, context.policy
    problems = list(iter_assessment_problems(document, catalog))
    language: str | None = None
    covered = None
    if _schema_valid(document.data):
        assessment = assessment_from_data(document.data)
        problems += iter_policy_problems(document, assessment, catalog, policy, context.today)
        language = assessment.language
        covered = coverage(assessment, catalog, policy, language)
    problems += iter_conflict_problems(document)
    problems += iter_personal_data_problems(document, text)
    return FileReport(path, _finish(problems, context), language, covered)


def _schema_valid(data: Any) -> bool:
    return is_valid(data, "assessment")


def _finish(problems: list[Problem], context: CheckContext) -> tuple[Problem, ...]:
    """Those of this stage, sorted by position; no personal data in any message; warnings are
    errors when strict (a rule the policy disables is in no stage)."""
    finished = []
    for problem in filter(context.reports, problems):
        message = redact(problem.message)
        severity = Severity.ERROR if context.strict else problem.severity
        finished.append(replace(problem, message=message, severity=severity))
    return tuple(sorted(finished, key=lambda p: (p.line or 0, p.column or 0)))
