"""The two stages of `check`: the commit stage lets a workshop's results in, CI wants the plan."""

from __future__ import annotations

from pathlib import Path

import pytest
from assessment_helpers import Cli
from check_helpers import CASES, case_files, expected, json_report, problems, write

from yhdyspinta_cli.check.policy import Policy
from yhdyspinta_cli.check.runner import CheckContext, check_file
from yhdyspinta_cli.checklist.catalog import load_catalog

# Stated here, not imported: the test must fail if the code moves a rule by mistake.
CI_ONLY = {"not-addressed", "gap-without-action", "missing-target", "action-overdue"}


@pytest.mark.parametrize("path", case_files(), ids=lambda p: p.stem)
def test_commit_stage_reports_all_but_the_planning_rules(cli: Cli, path: Path) -> None:
    run = cli("check", "--stage", "commit", "--format", "json", path)

    want = {(path.name, line, rule) for line, rule in expected(path) if rule not in CI_ONLY}
    assert problems(run) == want, run.output
    errors = [p for p in json_report(run)["problems"] if p["severity"] == "error"]
    assert run.code == (1 if errors else 0), run.output


def test_a_workshop_with_gaps_and_no_plan_passes_commit_and_fails_ci(cli: Cli) -> None:
    unplanned = CASES / "gap-without-action.yaml"

    assert cli("check", "--stage", "commit", unplanned).code == 0
    ci = cli("check", unplanned)
    assert ci.code == 1
    assert "(gap-without-action)" in ci.out
    assert cli("check", "--stage", "ci", unplanned).code == 1


@pytest.mark.parametrize("path", case_files(), ids=lambda p: p.stem)
def test_fast_path_agrees_with_the_full_path_at_the_commit_stage(path: Path) -> None:
    context = CheckContext(load_catalog(), Policy(), "2026-06-01", stage="commit")

    fast, full = check_file(path, context), check_file(path, context, fast=False)

    assert fast.problems == full.problems
    assert fast.coverage == full.coverage


def test_the_config_moves_rules_between_the_stages(cli: Cli, tmp_path: Path) -> None:
    config = "policy:\n  stages:\n    not-addressed: commit\n    personal-data: ci\n"
    write(tmp_path / "yhdyspinta.yaml", config)
    unanswered = write(tmp_path / "assessments" / "u.yaml", (CASES / "unanswered.yaml").read_text())
    hetu = write(tmp_path / "assessments" / "h.yaml", (CASES / "hetu.yaml").read_text())

    moved_in = cli("check", "--stage", "commit", "--format", "json", unanswered)
    moved_out = cli("check", "--stage", "commit", "--format", "json", hetu)

    assert moved_in.code == 1
    assert {rule for _, _, rule in problems(moved_in)} == {"not-addressed"}
    assert "personal-data" not in {rule for _, _, rule in problems(moved_out)}
    assert "personal-data" in {
        rule for _, _, rule in problems(cli("check", "--format", "json", hetu))
    }


def test_moving_a_rule_check_does_not_have_is_a_usage_error(cli: Cli, tmp_path: Path) -> None:
    write(tmp_path / "yhdyspinta.yaml", "policy:\n  stages:\n    not-adressed: commit\n")
    write(tmp_path / "assessments" / "a.yaml", (CASES / "complete.yaml").read_text())

    run = cli("check", "--stage", "commit")

    assert run.code == 2
    assert run.err.startswith("yhdyspinta.yaml:3:")
    assert "'not-adressed'" in run.err
    assert "not-addressed" in run.err.split("rules are:")[1]


def test_a_stage_that_does_not_exist_is_refused(cli: Cli) -> None:
    run = cli("check", "--stage", "merge", CASES / "complete.yaml")

    assert run.code == 2
