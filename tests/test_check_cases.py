"""Data-driven: every case file produces exactly the rules at the lines its `# expect:` marks."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml
from assessment_helpers import Cli
from check_helpers import BAD, CASES, case_files, complete_text, expected, json_report, problems
from conftest import DATA

from yhdyspinta_cli.check.policy import Policy
from yhdyspinta_cli.check.runner import CheckContext, check_file
from yhdyspinta_cli.checklist.catalog import load_catalog
from yhdyspinta_cli.loading.schema_validation import fast_validator, validator
from yhdyspinta_cli.loading.yaml_loader import _Loader
from yhdyspinta_cli.rules import RULES

BAD_EXPECTED = yaml.safe_load((DATA / "assessments" / "bad.expected.yaml").read_text("utf-8"))
TODAY = date(2026, 6, 1)


@pytest.mark.parametrize("path", case_files(), ids=lambda p: p.stem)
def test_case_produces_exactly_its_expected_problems(cli: Cli, path: Path) -> None:
    run = cli("check", "--format", "json", path)

    want = {(path.name, line, rule) for line, rule in expected(path)}
    assert problems(run) == want, run.output
    errors = [p for p in json_report(run)["problems"] if p["severity"] == "error"]
    assert run.code == (1 if errors else 0), run.output


def test_the_cases_cover_every_rule_of_check() -> None:
    """A rule nobody tests could silently stop working."""
    rules = {rule for path in case_files() for _, rule in expected(path)}
    assert {rule.id for rule in RULES if rule.phase == "policy"} | {"outdated"} <= rules
    assert any(not expected(path) for path in case_files()), "a clean case too"


@pytest.mark.parametrize("name", sorted(BAD_EXPECTED))
def test_bad_assessment_reports_its_rule_at_its_line(cli: Cli, name: str) -> None:
    """The files every other command refuses are reported by check, at the same place."""
    case = BAD_EXPECTED[name]
    run = cli("check", "--format", "json", BAD / name)

    assert run.code == 1, run.output
    found = [
        p
        for p in json_report(run)["problems"]
        if p["rule"] == case["rule"] and p["line"] == case["line"]
    ]
    assert found, run.output
    assert any(case["text"] in p["message"] for p in found), run.output


@pytest.fixture(scope="module")
def context() -> CheckContext:
    return CheckContext(load_catalog(), Policy(), TODAY.isoformat())


@pytest.mark.parametrize("path", [*case_files(), *sorted(BAD.glob("*.yaml"))], ids=lambda p: p.stem)
def test_fast_path_reports_what_the_full_path_reports(context: CheckContext, path: Path) -> None:
    """The fast path may only pass a file the full, positioned check finds nothing in."""
    fast = check_file(path, context)
    full = check_file(path, context, fast=False)

    assert fast.problems == full.problems
    assert fast.coverage == full.coverage
    assert fast.language == full.language


def _loadable(paths: list[Path]) -> list[Path]:
    """The files PyYAML reads at all (a syntax error reaches neither validator)."""
    found = []
    for path in paths:
        try:
            yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
        except yaml.YAMLError:
            continue
        found.append(path)
    return found


@pytest.mark.parametrize(
    "path", _loadable([*case_files(), *sorted(BAD.glob("*.yaml"))]), ids=lambda p: p.stem
)
def test_jsonschema_rs_agrees_with_jsonschema(path: Path) -> None:
    """The fast validator is the same schema compiled differently: same verdict on every file."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
    assert fast_validator("assessment").is_valid(data) == validator("assessment").is_valid(data)


def test_every_case_is_a_valid_assessment_except_where_marked() -> None:
    """Only the cases that expect a schema-level error may break the schema."""
    schema_rules = {"schema", "duplicate-key", "unknown-level"}
    for path in case_files():
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_Loader)
        if not {rule for _, rule in expected(path)} & schema_rules:
            assert validator("assessment").is_valid(data), path


def test_cases_folder_at_once(cli: Cli) -> None:
    """A folder is checked file by file; each file's problems carry its own path."""
    run = cli("check", "--format", "json", CASES)

    assert run.code == 1
    want = {(path.name, line, rule) for path in case_files() for line, rule in expected(path)}
    assert problems(run) == want
    report = json_report(run)
    assert report["summary"]["files"] == len(case_files())


def test_fast_loader_reads_every_scalar_as_the_full_loader_does() -> None:
    """The fast loader remembers scalar tags: twice over, YAML 1.1's odd scalars stay the same."""
    from yhdyspinta_cli.loading.plain_yaml import load_plain

    text = (
        "a: [yes, No, ~, null, 1.10, 0o7, 010, 0x1F, 1_000, .inf, -.5, 2026-03-14, '3', 3, tre]\n"
        "b: {on: off, 12:30: 1:20, '': x}\n"
    )
    full = yaml.load(text, Loader=_Loader)
    assert load_plain(text) == full
    assert load_plain(text) == full  # now from the remembered tags
    assert full["a"][:3] == [True, False, None]


EDGE_VALUES = [
    ("{current: 3, target: 3}", "{current: 3.0, target: 3}"),
    ("{current: 3, target: 3}", "{current: true, target: 3}"),
    ("{current: 3, target: 3}", "{current: '3', target: 3}"),
    ("{current: 3, target: 3}", "{current: 3, target: 11}"),
    ("{current: 3, target: 3}", "{current: not-applicable}"),
    ("{current: 3, target: 3}", "{current: 3, target: 3, participants: [tre, tre]}"),
    ("{current: 3, target: 3}", "{current: 3, target: 3, evidence: ['']}"),
    ("{current: 3, target: 3}", "{current: 3, target: 3, ratings: {tre: not-applicable}}"),
    ("{current: 3, target: 3}", "{current: 3, target: 3, changed: 2026-03-14}"),
    ("date: '2026-03-14'", "date: '2026-3-14'"),
    ("region: Tampereen seutu", "region: ''"),
    ("S1.1b:", "S1.1B:"),
    ("key: tre", "key: Tre"),
    ("S2: 1.1.0", "S2: '1.1'"),
    ("id: A1,", 'id: "A1\\n",'),  # Python's $ matches before a final newline; Rust's does not
    ("status: planned", "status: open"),
    ("items: [S1.1a]", "items: []"),
    ("version: 1", "version: 2"),
]


@pytest.mark.parametrize(("old", "new"), EDGE_VALUES, ids=[new for _, new in EDGE_VALUES])
def test_fast_validator_never_passes_what_jsonschema_fails(old: str, new: str) -> None:
    """The dangerous direction: a file the fast path passed would never be explained."""
    data = yaml.load(complete_text(**{old: new}), Loader=_Loader)
    if fast_validator("assessment").is_valid(data):
        assert validator("assessment").is_valid(data)


def test_number_that_is_not_a_level_is_named(cli: Cli, tmp_path: Path) -> None:
    text = complete_text(**{"S1.3: {current: 3, target: 3}": "S1.3: {current: 3.0, target: 3}"})
    path = tmp_path / "float.yaml"
    path.write_text(text, encoding="utf-8")

    run = cli("check", "--format", "json", path)

    [problem] = json_report(run)["problems"]
    assert problem["rule"] == "not-addressed"
    assert "has current: 3.0, which is not a level" in problem["message"]
