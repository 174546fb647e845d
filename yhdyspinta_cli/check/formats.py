"""The output formats of `check`: text, json, github (workflow commands) and junit (XML)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping
from typing import Any
from xml.etree import ElementTree as ET

from yhdyspinta_cli.check.result import CheckResult, FileReport
from yhdyspinta_cli.i18n import DEFAULT_LANGUAGE, message
from yhdyspinta_cli.privacy.detectors import redact
from yhdyspinta_cli.problems import Problem, iter_capped, iter_problem_lines
from yhdyspinta_cli.rules import RULES, Rule
from yhdyspinta_cli.safe_text import one_line, visible

# Characters XML 1.0 cannot hold, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def pick_format(name: str, environ: Mapping[str, str]) -> str:
    """`auto` is github inside GitHub Actions and text elsewhere."""
    if name != "auto":
        return name
    return "github" if environ.get("GITHUB_ACTIONS") == "true" else "text"


def render(result: CheckResult, name: str) -> str:
    """The whole output in format `name` (not `auto`)."""
    return RENDERERS[name](result)


def summary_lines(result: CheckResult, shown: Callable[[str], str] = one_line) -> list[str]:
    """Per file (its name as `shown` writes it), its required checklists; then the totals."""
    lines = [
        f"{shown(str(report.path))}: {visible(line)}"
        for report in result.reports
        if (line := file_summary(report))
    ]
    if not result.reports:
        lines.append(message("check_none", result.language))
    totals = message("check_totals", result.language)
    lines.append(
        totals.format(files=len(result.reports), errors=result.errors, warnings=result.warnings)
    )
    return lines


def file_summary(report: FileReport) -> str | None:
    """`Recommendations: 3/4 addressed. Not addressed: S2 Title (5/7 items).`"""
    if report.coverage is None or not report.coverage:
        return None
    lang = report.language or DEFAULT_LANGUAGE
    done = sum(c.complete for c in report.coverage)
    text = message("check_addressed", lang).format(done=done, total=len(report.coverage))
    missing = [
        f"{c.checklist_id} {c.title} ("
        + message("check_items", lang).format(done=c.addressed, total=c.items)
        + ")"
        for c in report.coverage
        if not c.complete
    ]
    if missing:
        text += " " + message("check_not_addressed", lang).format(names=", ".join(missing))
    return text


def render_text(result: CheckResult) -> str:
    """Problem lines (repeats capped), then the summary."""
    problems = iter_problem_lines(result.problems, result.problem_lang)
    return "\n".join([*problems, *summary_lines(result)])


def render_json(result: CheckResult) -> str:
    """`{"meta", "ok", "strict", "summary", "files": [...], "problems": [...], "rules": [...]}`."""
    from yhdyspinta_cli.render.meta import output_meta

    data = {
        "meta": output_meta(result.checklists, result.language, files=len(result.reports)),
        "ok": result.ok,
        "strict": result.strict,
        "summary": {
            "files": len(result.reports),
            "errors": result.errors,
            "warnings": result.warnings,
        },
        "files": [_file_json(report) for report in result.reports],
        "problems": [_problem_json(problem) for problem in result.problems],
        "rules": [_rule_json(rule, result) for rule in RULES],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def render_github(result: CheckResult) -> str:
    """One workflow command per problem (an annotation on the line), then the text summary.

    No file name may start a line of its own: in the summary lines a name is escaped like a
    command's property, so `::` or a newline in it cannot become a workflow command.
    """
    commands = [_github_command(*shown) for shown in iter_capped(result.problems)]
    return "\n".join([*commands, *summary_lines(result, _github_name)])


def _github_command(problem: Problem, message: str) -> str:
    line, column = problem.position
    path = one_line(problem.path.as_posix())  # GitHub wants / also from a Windows runner
    fields = {"file": path, "line": line, "col": column, "title": problem.rule}
    properties = ",".join(f"{k}={_escape_property(str(v))}" for k, v in fields.items())
    level = "error" if problem.severity.value == "error" else "warning"
    return f"::{level} {properties}::{_escape_data(visible(redact(message)))}"


def _github_name(name: str) -> str:
    return _escape_property(one_line(name))


def render_junit(result: CheckResult) -> str:
    """JUnit XML: one test case per file, failing with its errors; warnings in its output."""
    failures = sum(1 for report in result.reports if report.errors)
    counts = {"tests": str(len(result.reports)), "failures": str(failures), "errors": "0"}
    root = ET.Element("testsuites", {"name": "yhdyspinta check", **counts})
    suite = ET.SubElement(root, "testsuite", {"name": "yhdyspinta check", **counts, "skipped": "0"})
    for report in result.reports:
        _junit_case(suite, report)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True)


def _junit_case(suite: ET.Element, report: FileReport) -> None:
    path = one_line(str(report.path))
    case = ET.SubElement(
        suite, "testcase", {"classname": "yhdyspinta.check", "name": path, "file": path}
    )
    errors = [p for p in report.problems if p.severity.value == "error"]
    if errors:
        failure = ET.SubElement(
            case,
            "failure",
            {"message": _xml(f"{len(errors)} error(s)"), "type": "yhdyspinta-check"},
        )
        failure.text = _xml("\n".join(iter_problem_lines(errors)))
    output = list(iter_problem_lines(p for p in report.problems if p.severity.value != "error"))
    summary = file_summary(report)
    if summary:
        output.append(summary)
    if output:
        ET.SubElement(case, "system-out").text = _xml("\n".join(output))


def _file_json(report: FileReport) -> dict[str, Any]:
    coverage = [
        {
            "id": c.checklist_id,
            "title": c.title,
            "items": c.items,
            "addressed": c.addressed,
            "complete": c.complete,
        }
        for c in report.coverage or ()
    ]
    return {
        "path": visible(str(report.path)),
        "language": report.language,
        "errors": report.errors,
        "warnings": report.warnings,
        "checklists": coverage if report.coverage is not None else None,
    }


def _problem_json(problem: Problem) -> dict[str, Any]:
    line, column = problem.position
    return {
        "path": visible(str(problem.path)),
        "line": line,
        "column": column,
        "rule": problem.rule,
        "severity": problem.severity.value,
        "message": visible(redact(problem.message)),
    }


def _rule_json(rule: Rule, result: CheckResult) -> dict[str, Any]:
    return {
        "id": rule.id,
        "severity": rule.severity.value,
        "phase": rule.phase,
        "check_stage": rule.stage,
        "description": rule.description,
        "enabled": rule.id not in result.disabled,
    }


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _xml(text: str) -> str:
    return _NOT_XML.sub("\ufffd", text)


# The output formats, in the order `--format` lists them: a new format is a function and a line
# here (and its name in `cli/check_cmd.py`'s choice, which a test keeps in step).
RENDERERS: dict[str, Callable[[CheckResult], str]] = {
    "text": render_text,
    "json": render_json,
    "github": render_github,
    "junit": render_junit,
}
FORMATS = tuple(RENDERERS)
