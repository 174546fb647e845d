"""Both reports in fi/sv/en, with and without charts and with hostile text, pass markdownlint-cli
(default rules, line length aside) and convert with pandoc without a warning."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pytest
from report_helpers import (
    LANGS,
    TEXTS,
    describe_lint,
    markdownlint,
    pandoc,
    write_baseline,
    write_sample,
)
from walk_helpers import new_file

from yhdyspinta_cli.cli import app
from yhdyspinta_cli.cli.boundary import run_for_code

VARIANTS = {
    "gaps-charts": ("gaps", "--charts"),
    "gaps-no-charts": ("gaps", "--no-charts"),
    "gaps-compare": ("gaps", "--no-charts", "--compare", "{baseline}"),
    "plan": ("plan",),
}
REPORTS = [
    f"{variant}-{lang}-{texts}"
    for variant, lang, texts in itertools.product(VARIANTS, LANGS, TEXTS)
] + ["gaps-charts-fi-empty", "plan-fi-empty"]  # nothing answered: every list says so


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every report of the matrix, written by the real command into one folder."""
    root = tmp_path_factory.mktemp("reports")
    for lang, texts in itertools.product(LANGS, TEXTS):
        source = write_sample(root / f"{lang}-{texts}.yaml", lang=lang, texts=TEXTS[texts])
        baseline = write_baseline(root / f"{lang}-{texts}-earlier.yaml", lang=lang)
        for variant, (kind, *options) in VARIANTS.items():
            output = root / "out" / f"{variant}-{lang}-{texts}.md"
            args = [o.format(baseline=baseline) for o in options]
            code = run_for_code(app, ["report", kind, str(source), "-o", str(output), *args])
            assert code == 0, output
    empty = new_file(root / "empty.yaml", lang="fi")
    for kind, name in (("gaps", "gaps-charts-fi-empty"), ("plan", "plan-fi-empty")):
        output = root / "out" / f"{name}.md"
        assert run_for_code(app, ["report", kind, str(empty.path), "-o", str(output)]) == 0
    return root / "out"


@pytest.fixture(scope="module")
def lint(folder: Path) -> dict[str, list[dict[str, Any]]]:
    """markdownlint's problems per report, from one run over all of them."""
    problems = markdownlint(*sorted(folder.glob("*.md")))
    by_file: dict[str, list[dict[str, Any]]] = {}
    for problem in problems:
        by_file.setdefault(Path(problem["fileName"]).stem, []).append(problem)
    return by_file


def test_the_matrix_is_complete(folder: Path) -> None:
    assert sorted(p.stem for p in folder.glob("*.md")) == sorted(REPORTS)
    assert len(list(folder.glob("gaps-charts-fi-plain-*.svg"))) == 6  # overview + S1..S4 + T1
    assert not list(folder.glob("gaps-no-charts-*.svg"))


@pytest.mark.parametrize("name", REPORTS)
def test_markdownlint_passes(lint: dict[str, list[dict[str, Any]]], name: str) -> None:
    assert lint.get(name, []) == [], describe_lint(lint[name])


@pytest.mark.parametrize("name", REPORTS)
def test_pandoc_converts_without_warnings(folder: Path, name: str) -> None:
    result = pandoc(folder / f"{name}.md")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "<h1" in result.stdout


def test_markdownlint_would_notice_a_problem(folder: Path, tmp_path: Path) -> None:
    """The checker is real: a report with a broken table fails it."""
    broken = tmp_path / "broken.md"
    text = (folder / "plan-en-plain.md").read_text(encoding="utf-8")
    broken.write_text(text.replace("| A1 ", "| A1 | extra ", 1), encoding="utf-8")
    assert {p["ruleNames"][0] for p in markdownlint(broken)} >= {"MD056"}
