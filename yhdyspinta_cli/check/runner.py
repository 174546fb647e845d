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

import re
from dataclasses import dataclass, replace
from functools import cache
from itertools import chain
from pathlib import Path
from typing import Any, ClassVar

import yaml

from yhdyspinta_cli import resources
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
from yhdyspinta_cli.check.stages import DEFAULT_STAGE, Stage
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.loading.yaml_loader import (
    Document,
    _Loader,
    decode_text,
    load_document,
    read_bytes,
)
from yhdyspinta_cli.privacy.detectors import redact
from yhdyspinta_cli.privacy.placement import iter_personal_data_problems, may_hold_personal_data
from yhdyspinta_cli.problems import Problem, ProblemError, Severity

# Anchors, aliases and merge keys: yamlread refuses them with a located problem; the plain
# loader would expand them, so such a file takes the full path. `R&D` or `**bold**` inside a
# text only costs that file the full path.
MAX_REMEMBERED_TAGS = 8192
_COMPOSER_ONLY = re.compile(r"(?:^|[\s\[{,])[&*]\S|<<\s*:", re.MULTILINE)


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


class _NotClean(Exception):
    """The fast path cannot vouch for this file."""


class _FastLoader(_Loader):
    """yamlread's loader (dates kept as text), that gives up on a duplicate key.

    It also remembers the tag of each plain scalar: without path resolvers the tag depends on
    the text alone, and an assessment repeats the same few hundred (3, tre, planned) thousands
    of times. That saves a tenth of the load.
    """

    _tags: ClassVar[dict[str, str]] = {}

    def resolve(self, kind: type[yaml.Node], value: str, implicit: tuple[bool, bool]) -> str:
        if kind is not yaml.ScalarNode or not implicit[0]:
            return str(super().resolve(kind, value, implicit))
        tag = self._tags.get(value)
        if tag is None:
            tag = str(super().resolve(kind, value, implicit))
            if len(self._tags) < MAX_REMEMBERED_TAGS:
                self._tags[value] = tag
        return tag

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        mapping: dict[Any, Any] = super().construct_mapping(node, deep=deep)
        if len(mapping) != len(node.value):
            raise _NotClean
        return mapping


@cache
def fast_validator() -> Any:
    """The assessment schema compiled by jsonschema-rs (draft 2020-12, like the schema)."""
    import jsonschema_rs

    return jsonschema_rs.Draft202012Validator(resources.schema("assessment"))


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
    if ("&" in text or "*" in text or "<<" in text) and _COMPOSER_ONLY.search(text):
        return None
    try:
        data = yaml.load(text, Loader=_FastLoader)
        if not fast_validator().is_valid(data):
            return None
    except Exception:  # any loading or conversion error: the full path says what and where
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
    from yhdyspinta_cli.loading.schema_validation import validator

    return bool(validator("assessment").is_valid(data))


def _finish(problems: list[Problem], context: CheckContext) -> tuple[Problem, ...]:
    """Those of this stage, sorted by position; no personal data in any message; warnings are
    errors when strict (a rule the policy disables is in no stage)."""
    finished = []
    for problem in filter(context.reports, problems):
        message = redact(problem.message)
        severity = Severity.ERROR if context.strict else problem.severity
        finished.append(replace(problem, message=message, severity=severity))
    return tuple(sorted(finished, key=lambda p: (p.line or 0, p.column or 0)))
