"""Helpers for the `check` tests: the case files, their `# expect:` markers, projects on disk."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from conftest import DATA, Run

CASES = DATA / "check" / "cases"
COMPLETE = CASES / "complete.yaml"
BAD = DATA / "assessments" / "bad"
HYTE = DATA / "custom_checklists" / "hyte.yaml"
_MARKER = re.compile(r"# expect: ([\w, -]+)$")


def case_files() -> list[Path]:
    """Every case file, sorted."""
    return sorted(CASES.glob("*.yaml"))


def expected(path: Path) -> set[tuple[int, str]]:
    """(line, rule) for each `# expect: RULE[, RULE]` marker that ends a line of `path`."""
    found = set()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        marker = _MARKER.search(line)
        if marker:
            found |= {(number, rule.strip()) for rule in marker.group(1).split(",")}
    return found


def complete_text(**replace: str) -> str:
    """The complete assessment's text, with `old=new` pairs given as `replace={"old": "new"}`."""
    text = COMPLETE.read_text(encoding="utf-8")
    for old, new in replace.items():
        assert old in text, old
        text = text.replace(old, new)
    return text


def write(path: Path, text: str) -> Path:
    """Write `text` as UTF-8, making the folders on the way."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def json_report(run: Run) -> dict[str, Any]:
    """The parsed output of `check --format json`."""
    assert run.out.lstrip().startswith("{"), run.output
    report: dict[str, Any] = json.loads(run.out)
    return report


def problems(run: Run) -> set[tuple[str, int, str]]:
    """(file name, line, rule) of every problem in a JSON report."""
    return {(Path(p["path"]).name, p["line"], p["rule"]) for p in json_report(run)["problems"]}


def item_line(text: str, item_id: str) -> int:
    """The line number of an answer `  ITEM: {...}` in a case text."""
    lines = text.splitlines()
    return next(n for n, line in enumerate(lines, 1) if line.startswith(f"  {item_id}:"))
