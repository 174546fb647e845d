"""The policy in yhdyspinta.yaml, config discovery, regional checklists and configuration errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from assessment_helpers import Cli
from check_helpers import CASES, COMPLETE, HYTE, complete_text, item_line, json_report, problems
from check_helpers import write as write_file

CONFIG = "yhdyspinta.yaml"


def project(root: Path, config: str | None, **assessments: str) -> Path:
    """A repository: the config (if any) and assessments/NAME.yaml for each keyword."""
    if config is not None:
        write_file(root / CONFIG, config)
    for name, text in assessments.items():
        write_file(root / "assessments" / f"{name}.yaml", text)
    return root


def case(name: str) -> str:
    return (CASES / f"{name}.yaml").read_text(encoding="utf-8")


# Discovery -----------------------------------------------------------------------------------


def test_no_paths_checks_the_assessments_folder_beside_the_config(cli: Cli, tmp_path: Path) -> None:
    project(tmp_path, "language: fi\n", tre=complete_text(), pirha=case("dont-know"))
    write_file(tmp_path / "elsewhere" / "broken.yaml", "not: [an assessment\n")

    run = cli("check", "--format", "json")

    assert run.code == 1, run.output
    files = [entry["path"] for entry in json_report(run)["files"]]
    assert files == ["assessments/pirha.yaml", "assessments/tre.yaml"]
    assert {name for name, _, _ in problems(run)} == {"pirha.yaml"}


def test_config_names_files_and_folders(cli: Cli, tmp_path: Path) -> None:
    config = "assessments:\n  - arviot/tre.yaml\n  - muut\n"
    project(tmp_path, config, ignored=case("dont-know"))
    write_file(tmp_path / "arviot" / "tre.yaml", complete_text())
    write_file(tmp_path / "arviot" / "not-named.yaml", case("dont-know"))
    write_file(tmp_path / "muut" / "sub" / "pirha.yaml", complete_text())

    run = cli("check", "--format", "json")

    assert run.code == 0, run.output
    files = [entry["path"] for entry in json_report(run)["files"]]
    assert files == ["arviot/tre.yaml", "muut/sub/pirha.yaml"]


def test_config_is_found_from_a_subfolder(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project(tmp_path, "policy: {allow_dont_know: true}\n", tre=case("dont-know"))
    (tmp_path / "docs").mkdir()
    monkeypatch.chdir(tmp_path / "docs")

    run = cli("check", "--format", "json")

    assert run.code == 0, run.output  # the policy of the config above allowed don't know
    [entry] = json_report(run)["files"]
    assert Path(entry["path"]) == tmp_path / "assessments" / "tre.yaml"


def test_explicit_paths_use_the_config_of_the_current_folder(cli: Cli, tmp_path: Path) -> None:
    project(tmp_path, "policy: {allow_dont_know: true}\n")
    path = write_file(tmp_path / "one.yaml", case("dont-know"))

    assert cli("check", path).code == 0
    (tmp_path / CONFIG).unlink()
    assert cli("check", path).code == 1


def test_nothing_to_check_is_a_usage_error(cli: Cli, tmp_path: Path) -> None:
    run = cli("check")

    assert run.code == 2
    assert "nothing to check" in run.err
    assert run.out == ""


def test_empty_assessments_folder_passes_with_a_note(cli: Cli, tmp_path: Path) -> None:
    project(tmp_path, "language: en\n")
    (tmp_path / "assessments").mkdir()

    run = cli("check")

    assert run.code == 0, run.output
    assert "No assessment files to check." in run.out


def test_missing_path_argument_is_a_usage_error(cli: Cli, tmp_path: Path) -> None:
    run = cli("check", tmp_path / "missing.yaml")

    assert run.code == 2
    assert "missing.yaml" in run.err


# Configuration errors: exit 2, located -------------------------------------------------------


@pytest.mark.parametrize(
    ("config", "line", "says"),
    [
        ("policy:\n  gap_treshold: 2\n", 2, "unknown key 'gap_treshold'"),
        ("policy:\n  strict: true\n  allow_dont_know: maybe\n", 3, "expected true or false"),
        ("policy:\n  gap_threshold: 0\n", 2, "0 is less than the minimum of 1"),
        ("policy:\n  required: [S1, HYTE]\n", 2, "requires checklist 'HYTE', which is not loaded"),
        ("assessments: [arviot/]\n", 1, "'arviot' does not exist"),
        ("checklists: regional\n", 1, "checklist folder"),
        ("policy: {strict: true\n", 2, "YAML syntax error"),
    ],
    ids=["unknown-key", "wrong-type", "too-small", "unknown-checklist", "no-folder", "no-lists",
         "syntax"],
)  # fmt: skip
def test_bad_config_is_exit_2_with_its_line(
    cli: Cli, tmp_path: Path, config: str, line: int, says: str
) -> None:
    project(tmp_path, config, tre=complete_text())

    run = cli("check")

    assert run.code == 2, run.output
    [first, *_] = run.err.splitlines()
    assert first.startswith(f"{CONFIG}:{line}:"), run.err
    assert says in first
    assert run.out == ""


# The rules, each passing and failing by the policy ----------------------------------------


def test_dont_know_fails_by_default_and_passes_when_allowed(cli: Cli, tmp_path: Path) -> None:
    project(tmp_path, "language: fi\n", tre=case("dont-know"))
    run = cli("check", "--format", "json")
    assert run.code == 1
    assert {rule for _, _, rule in problems(run)} == {"not-addressed"}

    (tmp_path / CONFIG).write_text("policy:\n  allow_dont_know: true\n", encoding="utf-8")
    run = cli("check", "--format", "json")
    assert run.code == 0, run.output
    assert problems(run) == set()


def test_unanswered_item_is_never_allowed(cli: Cli, tmp_path: Path) -> None:
    project(tmp_path, "policy: {allow_dont_know: true}\n", tre=case("unanswered"))

    run = cli("check", "--format", "json")

    assert run.code == 1
    [problem] = json_report(run)["problems"]
    assert (problem["rule"], problem["message"].split(";")[0]) == (
        "not-addressed",
        "item S2.3 has no answer",
    )


@pytest.mark.parametrize(
    ("threshold", "fails"), [(None, {"S3.1", "S3.2"}), (2, {"S3.1"}), (3, set())]
)
def test_gap_threshold_decides_which_gaps_need_an_action(
    cli: Cli, tmp_path: Path, threshold: int | None, fails: set[str]
) -> None:
    """S3.1 has a gap of 2 and S3.2 a gap of 1, neither with an action."""
    text = complete_text(**{
        "S3.1: {current: 3, target: 3}": "S3.1: {current: 1, target: 3}",
        "S3.2: {current: 3, target: 3}": "S3.2: {current: 2, target: 3}",
    })  # fmt: skip
    config = f"policy: {{gap_threshold: {threshold}}}\n" if threshold else "language: fi\n"
    project(tmp_path, config, tre=text)

    run = cli("check", "--format", "json")

    flagged = {item for item in ("S3.1", "S3.2") if ("tre.yaml", item_line(text, item),
               "gap-without-action") in problems(run)}  # fmt: skip
    assert flagged == fails, run.output
    assert run.code == (1 if fails else 0)


def test_a_gap_with_an_open_dated_action_passes(cli: Cli, tmp_path: Path) -> None:
    """The complete case has S1.1a at 2 of 4, with action A1 (owner, due date)."""
    project(tmp_path, None, tre=complete_text())
    assert cli("check").code == 0

    (tmp_path / "assessments" / "tre.yaml").write_text(
        complete_text(**{"  - {id: A1, items: [S1.1a]": "  - {id: A1, items: [S1.2]"}),
        encoding="utf-8",
    )
    run = cli("check", "--format", "json")
    assert run.code == 1
    assert {rule for _, _, rule in problems(run)} == {"gap-without-action"}


@pytest.mark.parametrize("how", ["option", "config"])
def test_overdue_action_is_a_warning_and_an_error_when_strict(
    cli: Cli, tmp_path: Path, how: str
) -> None:
    project(tmp_path, "language: fi\n", tre=case("overdue"))
    run = cli("check", "--format", "json")
    assert run.code == 0, run.output
    [problem] = json_report(run)["problems"]
    assert (problem["rule"], problem["severity"]) == ("action-overdue", "warning")

    args = ["--strict"] if how == "option" else []
    if how == "config":
        (tmp_path / CONFIG).write_text("policy:\n  strict: true\n", encoding="utf-8")
    run = cli("check", "--format", "json", *args)
    assert run.code == 1, run.output
    [problem] = json_report(run)["problems"]
    assert (problem["rule"], problem["severity"]) == ("action-overdue", "error")
    assert json_report(run)["strict"] is True


def test_outdated_file_names_the_migrate_command(cli: Cli, tmp_path: Path) -> None:
    project(tmp_path, None, tre=case("outdated"))

    run = cli("check")

    assert run.code == 0, run.output
    assert "yhdyspinta migrate assessments/tre.yaml" in run.out
    assert "[warning]" in run.out
    assert cli("check", "--strict").code == 1


# Regional checklists ---------------------------------------------------------------------------


def regional(tmp_path: Path, config: str, hyte: str | None = None) -> None:
    folder = tmp_path / "regional"
    folder.mkdir(exist_ok=True)
    shutil.copy(HYTE, folder / "hyte.yaml")
    if hyte is not None:
        (folder / "hyte.yaml").write_text(hyte, encoding="utf-8")
    project(tmp_path, f"checklists: regional\n{config}", tre=complete_text())


def test_regional_checklist_required_by_the_policy(cli: Cli, tmp_path: Path) -> None:
    regional(tmp_path, "policy:\n  required: [HYTE]\n")

    run = cli("check", "--format", "json")

    assert run.code == 1, run.output
    report = json_report(run)
    unaddressed = [p["message"] for p in report["problems"] if p["rule"] == "not-addressed"]
    assert [m.split(" ")[1] for m in unaddressed] == ["HYTE.1", "HYTE.2"]
    coverage = {c["id"]: c["complete"] for c in report["files"][0]["checklists"]}
    assert coverage == {"S1": True, "S2": True, "S3": True, "S4": True, "HYTE": False}

    answers = "  S4.5: {current: 3, target: 3}\n"
    path = tmp_path / "assessments" / "tre.yaml"
    path.write_text(
        complete_text(**{answers: answers + "  HYTE.1: {current: 2, target: 2}\n"
                         "  HYTE.2: {current: not-applicable, reason: Ei järjestöjä.}\n"}),
        encoding="utf-8",
    )  # fmt: skip
    run = cli("check", "--format", "json")
    assert run.code == 0, run.output
    assert {rule for _, _, rule in problems(run)} == {"outdated"}  # HYTE is not pinned yet


def test_regional_checklist_not_required_is_not_enforced(cli: Cli, tmp_path: Path) -> None:
    regional(tmp_path, "")

    run = cli("check", "--format", "json")

    assert run.code == 0, run.output
    assert [c["id"] for c in json_report(run)["files"][0]["checklists"]] == ["S1", "S2", "S3", "S4"]


def test_regional_checklist_that_says_required_is_enforced(cli: Cli, tmp_path: Path) -> None:
    regional(tmp_path, "", HYTE.read_text("utf-8").replace("required: false", "required: true"))

    run = cli("check", "--format", "json")

    assert run.code == 1
    rules = [p["rule"] for p in json_report(run)["problems"]]
    assert rules.count("not-addressed") == 2  # HYTE.1 and HYTE.2, both at `answers:`


def test_broken_regional_checklist_is_reported_in_the_chosen_format(
    cli: Cli, tmp_path: Path
) -> None:
    broken = HYTE.read_text("utf-8").replace("id: HYTE.2", "id: HYTE.1")
    regional(tmp_path, "", broken)

    run = cli("check", "--format", "json")

    assert run.code == 1, run.output
    report = json_report(run)
    assert {p["path"] for p in report["problems"]} == {"regional/hyte.yaml"}
    assert "duplicate-id" in {p["rule"] for p in report["problems"]}


def test_complete_file_passes_without_any_config(cli: Cli, tmp_path: Path) -> None:
    run = cli("check", COMPLETE)
    assert run.code == 0, run.output


def test_missing_checklists_folder_given_as_an_option_is_a_usage_error(
    cli: Cli, tmp_path: Path
) -> None:
    project(tmp_path, None, tre=complete_text())

    run = cli("check", "--checklists", tmp_path / "nowhere")

    assert run.code == 2
    assert "nowhere: folder not found" in run.err
