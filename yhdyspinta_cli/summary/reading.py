"""Reading one assessment for a summary: the same loader and validation as every command.

A clean file takes the fast way that `check` takes: PyYAML's C loader without positions, the
schema by jsonschema-rs and the cross-references on the plain data. Only a file with an error
is read again with positions, so it is skipped with the rule and line `status` would give.
Messages never quote a file's texts beyond what `status` prints; --anonymise replaces names in
notes only.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from yhdyspinta_cli.assessment.validation import iter_assessment_problems, iter_reference_problems
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.loading.plain_yaml import load_plain
from yhdyspinta_cli.loading.schema_validation import is_valid
from yhdyspinta_cli.loading.yaml_loader import Document, Key, load_document, read_text
from yhdyspinta_cli.privacy.detectors import has_personal_data, iter_findings
from yhdyspinta_cli.privacy.placement import RULE, field_name, personal_data_message
from yhdyspinta_cli.problems import Problem, ProblemError, Severity
from yhdyspinta_cli.summary.names import Pseudonyms

# Warnings a summary passes on (answers to unknown items have a note of their own; a file behind
# the checklists is normal in a summary across years).
SHOWN_WARNINGS = frozenset({"unknown-checklist", "newer-checklist"})


@dataclass(frozen=True)
class ReadRules:
    """What a worker needs to read files: the checklists and what the summary includes."""

    catalog: Catalog
    since: str | None = None
    include_notes: bool = False
    pseudonyms: Pseudonyms | None = None
    items: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "items", frozenset(i.id for i in self.catalog.iter_items()))

    @property
    def levels(self) -> tuple[int, ...]:
        """The scale's levels."""
        return self.catalog.scale.values


@dataclass
class FileFacts:
    """What one accepted file contributes; forgotten once it is counted."""

    region: str
    county: str | None
    date: str
    org_types: dict[str, str]
    org_names: tuple[str, ...] = ()
    answers: list[tuple[str, Any, dict[str, Any]]] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)
    unknown_items: list[str] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def read_facts(path: Path, rules: ReadRules) -> FileFacts | Problem | None:
    """The file's facts, the problem that keeps it out, or None when it is before --since."""
    try:
        text = read_text(path)
    except ProblemError as error:
        return error.problems[0]
    plain = load_plain(text)
    problems = _fast_problems(path, plain, rules.catalog)
    data: dict[str, Any] = plain
    if problems is None:
        checked = read_checked(path, text, rules.catalog)
        if isinstance(checked, Problem):
            return checked
        data = checked
        problems = list(iter_reference_problems(Document(path, data), rules.catalog))
    if rules.since is not None and data["date"] < rules.since:
        return None
    facts = facts_from_data(data, rules)
    if any(p.rule in SHOWN_WARNINGS for p in problems):  # rare: read again for the lines
        located = iter_reference_problems(load_document(path, text), rules.catalog)
        facts.warnings = [p for p in located if p.rule in SHOWN_WARNINGS]
    return printed_personal_data(path, text, facts) or _anonymised(facts, rules)


def _fast_problems(path: Path, data: Any, catalog: Catalog) -> list[Problem] | None:
    """The warnings of a file the fast way vouches for; None when it cannot."""
    if data is None or not is_valid(data, "assessment"):
        return None
    problems = list(iter_reference_problems(Document(path, data), catalog))
    if any(problem.severity is Severity.ERROR for problem in problems):
        return None
    return problems


def read_checked(path: Path, text: str, catalog: Catalog) -> dict[str, Any] | Problem:
    """The data of a file the fast way could not vouch for, or the first error `status` gives."""
    try:
        document = load_document(path, text)
    except ProblemError as error:
        return error.problems[0]
    problems = iter_assessment_problems(document, catalog)
    found = next((p for p in problems if p.severity is Severity.ERROR), None)
    if found is not None:
        return found
    data: dict[str, Any] = document.data
    return data


def facts_from_data(data: dict[str, Any], rules: ReadRules) -> FileFacts:
    """The parts of a valid assessment that a summary counts."""
    organisations = data["organisations"]
    facts = FileFacts(
        data["region"],
        data.get("county") or None,
        data["date"],
        {org["key"]: org["type"] for org in organisations},
        tuple(org["name"] for org in organisations),
    )
    for item_id, answer in data["answers"].items():
        if item_id not in rules.items:
            facts.unknown_items.append(item_id)
            continue
        facts.answers.append((item_id, answer.get("current"), answer.get("ratings") or {}))
        note = answer.get("note")
        if note and rules.include_notes:
            facts.notes.append((item_id, note))
    return facts


def printed_personal_data(path: Path, text: str, facts: FileFacts) -> Problem | None:
    """Why a file must be skipped because what the summary prints of it holds personal data.

    The summary prints region, county and organisation names, and the notes with
    --include-notes (`facts.notes` is empty without it). One scan of them joined, then the field.
    """
    printed: list[tuple[Key, str]] = [
        (("region",), facts.region),
        (("county",), facts.county or ""),
        *((("organisations", index, "name"), name) for index, name in enumerate(facts.org_names)),
        *((("answers", item_id, "note"), note) for item_id, note in facts.notes),
    ]
    if not has_personal_data("\n".join(value for _, value in printed)):
        return None
    for key, value in printed:
        finding = next(iter_findings(value), None)
        if finding is not None:
            found = personal_data_message(field_name(key), finding)
            message = msg("personal_data_in_summary", problem=found)
            return load_document(path, text).problem(key, RULE, message)
    return None  # pragma: no cover - the joined scan found what no single field holds


def _anonymised(facts: FileFacts, rules: ReadRules) -> FileFacts:
    if facts.notes and rules.pseudonyms is not None:
        facts.notes = [(item, _anonymise(facts, rules.pseudonyms, n)) for item, n in facts.notes]
    return facts


def _anonymise(facts: FileFacts, pseudonyms: Pseudonyms, note: str) -> str:
    names = dict.fromkeys(facts.org_names, "organisation")
    names[facts.region] = "region"
    if facts.county:
        names[facts.county] = "county"
    return pseudonyms.replace_in(note, names)
