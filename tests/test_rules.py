"""The rule registry: every rule in one list, which README, JSON, tests and the policy use (9.9)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from assessment_helpers import Cli
from check_helpers import BAD, CASES, case_files, json_report, write
from conftest import REPO

from yhdyspinta_cli.rules import RULE_BY_ID, RULES

# Calls that make a problem, and which argument is its rule.
RULE_ARGUMENT = {
    "Problem": 3,
    "problem": 1,
    "_fail": 2,
    "_add": 1,
    "_warning": 2,
    "_at_key": 2,
    "config_error": 2,
    "Finding": 0,  # doctor's findings about the repository's setup (scaffold/ only)
}
CHECKED_PACKAGES = ("loading", "assessment", "check", "privacy", "checklist", "scaffold")


def rule_literals() -> set[tuple[str, str]]:
    """(module, rule) for every string literal given as the rule of a problem."""
    found = set()
    for package in CHECKED_PACKAGES:
        for module in (REPO / "yhdyspinta_cli" / package).glob("*.py"):
            for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                name = ast.unparse(node.func).rsplit(".", 1)[-1]
                index = RULE_ARGUMENT.get(name)
                if name == "Finding" and package != "scaffold":
                    continue  # privacy's Finding names a kind of personal data, not a rule
                if index is not None and index < len(node.args):
                    argument = node.args[index]
                    if isinstance(argument, ast.Constant) and isinstance(argument.value, str):
                        found.add((module.name, argument.value))
    return found


def test_every_rule_the_code_names_is_registered() -> None:
    literals = rule_literals()
    assert len(literals) > 20  # the scan finds them
    unregistered = {(module, rule) for module, rule in literals if rule not in RULE_BY_ID}
    assert not unregistered


def test_rule_ids_are_unique() -> None:
    assert len(RULE_BY_ID) == len(RULES)


@pytest.mark.parametrize("path", [*case_files(), *sorted(BAD.glob("*.yaml"))], ids=lambda p: p.stem)
def test_what_check_reports_is_registered_with_its_severity(cli: Cli, path: Path) -> None:
    for problem in json_report(cli("check", "--format", "json", path))["problems"]:
        rule = RULE_BY_ID[problem["rule"]]
        assert problem["severity"] == rule.severity.value, problem


def test_the_readme_table_is_the_registry() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    rows = re.findall(
        r"^\| `([\w-]+)` \| (\w+) \| (error|warning) \| (any|commit|ci) \| (yes|no) \| (.+) \|$",
        readme,
        re.MULTILINE,
    )
    registry = [
        (
            r.id,
            r.phase,
            r.severity.value,
            r.placement,
            "yes" if r.can_be_disabled else "no",
            r.description,
        )
        for r in RULES
    ]
    assert rows == registry


def test_check_json_lists_the_rules(cli: Cli) -> None:
    report = json_report(cli("check", "--format", "json", CASES / "complete.yaml"))
    assert [rule["id"] for rule in report["rules"]] == [rule.id for rule in RULES]
    assert all(rule["enabled"] for rule in report["rules"])


def test_policy_disable_turns_a_rule_off(cli: Cli, tmp_path: Path) -> None:
    case = write(tmp_path / "assessments" / "a.yaml", (CASES / "overdue.yaml").read_text("utf-8"))
    before = json_report(cli("check", "--format", "json", case))
    assert "action-overdue" in {problem["rule"] for problem in before["problems"]}
    write(tmp_path / "yhdyspinta.yaml", "policy:\n  disable: [action-overdue]\n")
    after = json_report(cli("check", "--format", "json"))
    assert "action-overdue" not in {problem["rule"] for problem in after["problems"]}
    states = {rule["id"]: rule["enabled"] for rule in after["rules"]}
    assert states["action-overdue"] is False and states["not-addressed"] is True


@pytest.mark.parametrize(
    ("name", "says"),
    [
        ("action-overdu", "did you mean 'action-overdue'?"),
        ("no-such-thing", "the rules that can be turned off are: "),
        ("personal-data", "'personal-data' cannot be turned off"),
    ],
)
def test_a_rule_that_cannot_be_disabled_is_a_config_error(
    cli: Cli, tmp_path: Path, name: str, says: str
) -> None:
    write(tmp_path / "assessments" / "a.yaml", (CASES / "complete.yaml").read_text("utf-8"))
    write(tmp_path / "yhdyspinta.yaml", f"policy:\n  disable: [outdated, {name}]\n")
    run = cli("check")
    assert run.code == 2
    assert run.err.startswith("yhdyspinta.yaml:2:23: [error] policy.disable: "), run.err
    assert says in run.err and run.err.rstrip().endswith("(unknown-rule)")


def test_the_readme_policy_table_gives_each_rule_its_registered_stage() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    rows = re.findall(r"^\| `([\w-]+)` \| (error|warning) \| (commit|ci) \| ", readme, re.MULTILINE)
    assert len(rows) >= 7
    assert [(rule, stage) for rule, _, stage in rows] == [
        (rule, RULE_BY_ID[rule].stage) for rule, _, _ in rows
    ]
