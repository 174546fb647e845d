"""`yhdyspinta init [DIR]`: the files of a new assessment repository, each checked by the tool
that will read it (our config loader, yamllint, pre-commit, JSON Schemas of GitHub and GitLab)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from assessment_helpers import CHECK_JSONSCHEMA, Cli
from git_helpers import git, needs_git, new_repo
from report_helpers import describe_lint, markdownlint

from yhdyspinta_cli import __version__, resources
from yhdyspinta_cli.history.driver import driver_command

FILES = [
    "yhdyspinta.yaml",
    "README.md",
    ".pre-commit-config.yaml",
    ".github/workflows/yhdyspinta.yml",
    ".gitlab-ci.yml",
    ".gitattributes",
    ".gitignore",
    ".vscode/settings.json",
    ".vscode/extensions.json",
    "assessments/.gitkeep",
]
SCHEMA_COPIES = [".yhdyspinta/assessment.schema.json", ".yhdyspinta/config.schema.json"]
NEXT = "yhdyspinta init --git-config"
BIN = Path(sys.executable).parent


@pytest.fixture
def scaffold(cli: Cli, tmp_path: Path) -> Path:
    root = tmp_path / "pirkanmaa"
    run = cli("init", root, "--lang", "sv")
    assert run.code == 0, run.output
    return root


def listing(root: Path) -> list[str]:
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def test_init_writes_every_file_and_says_what_to_run_next(cli: Cli, tmp_path: Path) -> None:
    run = cli("init", tmp_path / "alue", "--lang", "en")

    assert run.code == 0, run.output
    assert listing(tmp_path / "alue") == sorted(FILES + SCHEMA_COPIES)
    assert run.out.splitlines()[: len(FILES)] == [f"created {tmp_path / 'alue' / f}" for f in FILES]
    assert f"{NEXT} {tmp_path / 'alue'}" in run.out


def test_the_config_is_valid_and_holds_the_language_and_the_policy(scaffold: Path) -> None:
    from yhdyspinta_cli.config import load_config

    config = load_config(scaffold / "yhdyspinta.yaml")

    assert config.language == "sv"
    assert config.assessments == (scaffold / "assessments",)
    assert config.policy == {
        "required": [],
        "allow_dont_know": False,
        "gap_threshold": 1,
        "strict": False,
    }


def test_the_language_defaults_to_the_locale(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "en_GB.UTF-8")

    assert cli("init", tmp_path / "alue").code == 0

    assert yaml.safe_load((tmp_path / "alue" / "yhdyspinta.yaml").read_text())["language"] == "en"


def test_the_yaml_files_pass_yamllint(scaffold: Path) -> None:
    config = (
        "{extends: default, rules: {document-start: disable, truthy: {check-keys: false},"
        " line-length: {max: 100}}}"
    )
    files = [scaffold / f for f in FILES if f.endswith((".yaml", ".yml"))]

    result = subprocess.run(
        [str(BIN / "yamllint"), "-f", "parsable", "-d", config, *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("name", "schema"),
    [(".github/workflows/yhdyspinta.yml", "github-workflows"), (".gitlab-ci.yml", "gitlab-ci")],
)
def test_the_ci_files_match_their_platforms_schema(scaffold: Path, name: str, schema: str) -> None:
    result = subprocess.run(
        [str(CHECK_JSONSCHEMA), "--builtin-schema", f"vendor.{schema}", str(scaffold / name)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr


def test_github_runs_check_with_annotations_after_installing_the_tool(scaffold: Path) -> None:
    workflow = yaml.safe_load((scaffold / ".github/workflows/yhdyspinta.yml").read_text())

    runs = [step.get("run") for step in workflow["jobs"]["check"]["steps"]]

    assert runs[-2:] == [
        f'python -m pip install "yhdyspinta=={__version__}"',
        "yhdyspinta check --format github",
    ]


def test_gitlab_runs_check_with_a_junit_report(scaffold: Path) -> None:
    job = yaml.safe_load((scaffold / ".gitlab-ci.yml").read_text())["yhdyspinta-check"]

    assert job["script"][0] == f'python -m pip install "yhdyspinta=={__version__}"'
    assert job["script"][1].startswith("yhdyspinta check --format junit > yhdyspinta-check.xml ")
    assert job["artifacts"] == {"when": "always", "reports": {"junit": "yhdyspinta-check.xml"}}


def test_the_package_option_changes_what_ci_installs(cli: Cli, tmp_path: Path) -> None:
    spec = "yhdyspinta @ git+https://git.example.invalid/yhdyspinta.git@v0.1.0"

    assert cli("init", tmp_path / "alue", "--package", spec).code == 0

    for name in (".github/workflows/yhdyspinta.yml", ".gitlab-ci.yml", "README.md"):
        assert f'pip install "{spec}"' in (tmp_path / "alue" / name).read_text(), name


def test_the_pre_commit_config_is_valid_and_runs_check(scaffold: Path) -> None:
    result = subprocess.run(
        [str(BIN / "pre-commit"), "validate-config", str(scaffold / ".pre-commit-config.yaml")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    [repo] = yaml.safe_load((scaffold / ".pre-commit-config.yaml").read_text())["repos"]
    [hook] = repo["hooks"]
    assert (repo["repo"], hook["entry"], hook["language"]) == (
        "local",
        "yhdyspinta check --stage commit",
        "system",
    )


@needs_git
def test_gitattributes_wires_the_merge_driver_in_subfolders_too(scaffold: Path) -> None:
    git(scaffold, "init", "-q")
    names = ["assessments/a.yaml", "assessments/tre/2026/a.yml", "README.md", "a.yaml"]

    attributes = git(scaffold, "check-attr", "merge", "--", *names).stdout.splitlines()

    assert attributes == [
        "assessments/a.yaml: merge: yhdyspinta",
        "assessments/tre/2026/a.yml: merge: yhdyspinta",
        "README.md: merge: unspecified",
        "a.yaml: merge: unspecified",
    ]
    assert NEXT in (scaffold / ".gitattributes").read_text()


def test_editor_settings_point_the_yaml_files_at_current_schemas(scaffold: Path) -> None:
    settings = json.loads((scaffold / ".vscode/settings.json").read_text())

    mapping = settings["yaml.schemas"]
    assert mapping["./.yhdyspinta/assessment.schema.json"][0] == "assessments/*.yaml"
    assert mapping["./.yhdyspinta/config.schema.json"] == ["yhdyspinta.yaml"]
    for schema in mapping:
        name = Path(schema).name.removesuffix(".schema.json")
        assert (scaffold / schema).read_text(encoding="utf-8") == resources.schema_text(name)
    extensions = json.loads((scaffold / ".vscode/extensions.json").read_text())
    assert extensions == {"recommendations": ["redhat.vscode-yaml"]}


def test_the_readme_passes_markdownlint_and_names_the_setup_commands(scaffold: Path) -> None:
    readme = scaffold / "README.md"

    problems = markdownlint(readme)

    assert problems == [], describe_lint(problems)
    text = readme.read_text(encoding="utf-8")
    assert NEXT in text
    assert "yhdyspinta doctor" in text
    assert "pre-commit install" in text
    assert "*På svenska:*" in text
    assert "*In English:*" in text


def test_existing_files_are_listed_and_nothing_is_written(cli: Cli, tmp_path: Path) -> None:
    root = tmp_path / "alue"
    (root / ".vscode").mkdir(parents=True)
    (root / "README.md").write_text("Oma README\n", encoding="utf-8")
    (root / ".vscode" / "settings.json").write_text("{}\n", encoding="utf-8")

    run = cli("init", root)

    assert run.code == 1
    assert run.err == (
        f"error: {root} already has README.md, .vscode/settings.json; nothing was written. "
        "Move them away, or run init in another folder\n"
    )
    assert listing(root) == [".vscode/settings.json", "README.md"]
    assert (root / "README.md").read_text(encoding="utf-8") == "Oma README\n"


def test_a_file_as_dir_is_refused(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "tiedosto"
    target.write_text("", encoding="utf-8")

    run = cli("init", target)

    assert run.code == 1
    assert "is a file" in run.err


@needs_git
def test_git_config_sets_up_the_merge_driver_in_the_repository(cli: Cli, tmp_path: Path) -> None:
    repo = new_repo(tmp_path / "alue")

    run = cli("init", repo, "--git-config", "--lang", "en")

    assert run.code == 0, run.output
    driver = git(repo, "config", "merge.yhdyspinta.driver").stdout
    assert driver == driver_command(sys.executable) + "\n"
    assert "merge driver set in this clone's git config" in run.out


@needs_git
def test_git_config_outside_a_repository_writes_nothing(cli: Cli, tmp_path: Path) -> None:
    root = tmp_path / "alue"
    root.mkdir()

    run = cli("init", root, "--git-config")

    assert run.code == 1
    assert "is not a git repository" in run.err
    assert "git init" in run.err
    assert listing(root) == []


def test_the_temporary_files_of_an_interrupted_save_are_ignored(scaffold: Path) -> None:
    import subprocess

    subprocess.run(["git", "init", "-q", str(scaffold)], check=True)
    (scaffold / "assessments" / ".a.yaml.x1y2.tmp").write_text("half", encoding="utf-8")
    (scaffold / "assessments" / "a.yaml").write_text("format: x\n", encoding="utf-8")

    status = subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=all"],
        cwd=scaffold, capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip

    assert "a.yaml.x1y2.tmp" not in status
    assert "assessments/a.yaml" in status
