"""The shipped JSON Schemas: printed by `yhdyspinta schema`, and accepted by another validator."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from conftest import DATA, REPO, Run

from yhdyspinta_cli import resources

DRAFT_2020_12 = "https://json-schema.org/draft/2020-12/schema"
SCHEMAS = list(resources.SCHEMA_NAMES)


def repo_files(kind: str) -> list[Path]:
    """The repository's data files of one kind, by their `format:` marker (not by name)."""
    paths = sorted((REPO / "checklists").glob("*.yaml"))
    found = [
        path
        for path in paths
        if yaml.safe_load(path.read_text(encoding="utf-8")).get("format") == f"yhdyspinta/{kind}"
    ]
    assert found, f"no {kind} files in checklists/"
    return found


def print_schema(cli: Callable[..., Run], name: str, folder: Path) -> Path:
    run = cli("schema", name)
    assert run.code == 0, run.output
    path = folder / f"{name}.schema.json"
    path.write_text(run.out, encoding="utf-8")
    return path


def check_jsonschema(schema: Path, *files: Path) -> subprocess.CompletedProcess[str]:
    """The independent validator the issue names, run as its own program."""
    return subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--schemafile", str(schema), *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("name", SCHEMAS)
def test_schema_command_prints_a_draft_2020_12_schema(name: str, cli: Callable[..., Run]) -> None:
    from jsonschema import Draft202012Validator

    run = cli("schema", name)
    assert run.code == 0, run.output
    schema = json.loads(run.out)
    assert schema["$schema"] == DRAFT_2020_12
    Draft202012Validator.check_schema(schema)
    assert schema == resources.schema(name)


def test_schema_command_refuses_an_unknown_name(cli: Callable[..., Run]) -> None:
    run = cli("schema", "assessmentz")
    assert run.code == 2
    assert "Traceback" not in run.output


@pytest.mark.parametrize("kind", ["checklist", "scale", "vocabulary"])
def test_check_jsonschema_accepts_the_bundled_files(
    kind: str, cli: Callable[..., Run], tmp_path: Path
) -> None:
    schema = print_schema(cli, kind, tmp_path)
    result = check_jsonschema(schema, *repo_files(kind))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok" in result.stdout


def test_check_jsonschema_accepts_a_regional_checklist(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    schema = print_schema(cli, "checklist", tmp_path)
    result = check_jsonschema(schema, DATA / "custom_checklists" / "hyte.yaml")
    assert result.returncode == 0, result.stdout + result.stderr


def test_check_jsonschema_rejects_a_broken_checklist(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    """The schema can fail: a question keyed by a language's name, not its code, is rejected.

    Which languages a text must have is the message catalogs' business (`validate` reports a
    missing one); the schema accepts any language code.
    """
    data = yaml.safe_load((REPO / "checklists" / "s1.yaml").read_text(encoding="utf-8"))
    data["items"][0]["question"]["Swedish"] = data["items"][0]["question"].pop("sv")
    data["items"][1]["actors"] = "kela"
    broken = tmp_path / "s1-broken.yaml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    schema = print_schema(cli, "checklist", tmp_path)
    result = check_jsonschema(schema, broken)
    assert result.returncode == 1, result.stdout
    assert "$.items[0].question: 'Swedish' does not match any of the regexes" in result.stdout
    assert "$.items[1].actors: 'kela' is not of type 'array'" in result.stdout


def test_check_jsonschema_rejects_a_scale_without_special_answers(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    data = yaml.safe_load((REPO / "checklists" / "scale.yaml").read_text(encoding="utf-8"))
    del data["special"]
    broken = tmp_path / "scale.yaml"
    broken.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = check_jsonschema(print_schema(cli, "scale", tmp_path), broken)
    assert result.returncode == 1
    assert "'special' is a required property" in result.stdout
