"""One error boundary: one exit code for one kind of error, in every command (9.6, 15.19)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from assessment_helpers import Cli, new_assessment
from conftest import REPO

from yhdyspinta_cli.exit_codes import ExitCode

BAD_CONFIGS = {
    "invalid": "language: xx\n",
    "unparsable": "language: [fi\n",
    "not a mapping": "- fi\n",
    "unknown key": "colour: blue\n",
}


def commands(folder: Path, file: Path) -> dict[str, list[str | Path]]:
    """Every command that reads the project configuration, on `file`."""
    return {
        "status": ["status", file],
        "report gaps": ["report", "gaps", file],
        "new": ["new", folder / "b.yaml", "--region", "R", "--org", "tre:kunta"],
        "check": ["check", file],
        "summary": ["summary", file],
        "diff": ["diff", file, file],
        "migrate": ["migrate", file],
        "answer": ["answer", file, "S1.2", "--level", "3"],
    }


@pytest.mark.parametrize("config", BAD_CONFIGS, ids=list(BAD_CONFIGS))
def test_a_bad_config_is_a_usage_error_in_every_command(
    cli: Cli, tmp_path: Path, config: str
) -> None:
    file = new_assessment(cli, tmp_path / "a.yaml")
    (tmp_path / "yhdyspinta.yaml").write_text(BAD_CONFIGS[config], encoding="utf-8")
    for name, args in commands(tmp_path, file).items():
        run = cli(*args)
        assert run.code == ExitCode.USAGE == 2, (name, run.output)
        assert re.match(r"yhdyspinta\.yaml:\d+:\d+: \[error\] ", run.err), (name, run.err)
        assert "Traceback" not in run.output


@pytest.mark.parametrize("bad", ["version: [1]", "language: [fi"], ids=["invalid", "unparsable"])
def test_a_bad_assessment_is_a_problem_in_every_command(cli: Cli, tmp_path: Path, bad: str) -> None:
    file = new_assessment(cli, tmp_path / "a.yaml")
    old = "version: 1" if bad.startswith("version") else "language: fi"
    file.write_text(file.read_text().replace(old, bad, 1), encoding="utf-8")
    for name, args in commands(tmp_path, file).items():
        if name == "new":
            continue
        run = cli(*args)
        assert run.code == ExitCode.PROBLEMS == 1, (name, run.output)
        assert re.search(rf"^{re.escape(str(file))}:\d+:\d+: \[error\] ", run.output, re.M), name


def test_a_bad_option_is_a_usage_error(cli: Cli, tmp_path: Path) -> None:
    file = new_assessment(cli, tmp_path / "a.yaml")
    assert cli("status", file, "--no-such-option").code == ExitCode.USAGE
    assert cli("check", "--format", "yaml").code == ExitCode.USAGE


def test_paths_are_shown_as_given(cli: Cli, tmp_path: Path) -> None:
    """Relative stays relative (no absolute path appears), in every command."""
    new_assessment(cli, tmp_path / "a.yaml")
    text = (tmp_path / "a.yaml").read_text().replace("language: fi", "language: [fi")
    (tmp_path / "a.yaml").write_text(text, encoding="utf-8")
    for args in (["status", "a.yaml"], ["check", "a.yaml"], ["report", "gaps", "a.yaml"]):
        run = cli(*args)
        assert re.match(r"a\.yaml:\d+:\d+: \[error\] ", run.err or run.out), (args, run.output)
        assert str(tmp_path) not in run.output


def test_no_command_module_exits_with_a_literal_code() -> None:
    """Exit codes are named: commands raise typer.Exit(ExitCode.X), never typer.Exit(1)."""
    for module in sorted((REPO / "yhdyspinta_cli" / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and ast.unparse(node.func) == "typer.Exit":
                literal = [a for a in node.args if isinstance(a, ast.Constant)]
                assert not literal, f"{module.name}:{node.lineno}: typer.Exit({literal[0].value})"


def test_the_readme_lists_every_exit_code() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Exit codes\n", 1)[1].split("\n## ", 1)[0]
    rows = re.findall(r"^\| (\d+) \| `(\w+)` \|", section, re.MULTILINE)
    assert rows == [(str(code.value), code.name) for code in ExitCode]
