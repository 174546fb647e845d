"""Shared work of the report commands: load, score, render, write."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import typer

from yhdyspinta_cli.cli.options import Lang, load_project, report_warnings


def run_report(
    kind: str,
    file: Path,
    fmt: str,
    output: Path | None,
    compare: Path | None,
    show: bool,
    template: Path | None,
    charts: bool | None,
    lang: Lang | None,
    checklist_dirs: list[Path] | None,
) -> None:
    """Build one report and write it to `output`, the terminal or stdout."""
    from yhdyspinta_cli.analysis.scoring import score_assessment
    from yhdyspinta_cli.assessment.actions import actions_from_data
    from yhdyspinta_cli.assessment.store import read_assessment
    from yhdyspinta_cli.render.templates import labels
    from yhdyspinta_cli.report.context import ReportInput
    from yhdyspinta_cli.report.make import ReportRequest, build_report

    project = load_project(lang, checklist_dirs, near=file)
    assessment, warnings = read_assessment(file, project.catalog)
    report_warnings(warnings)
    baseline = None
    if compare is not None:
        baseline, earlier_warnings = read_assessment(compare, project.catalog)
        report_warnings(earlier_warnings)
    language = lang.value if lang else assessment.language
    source = ReportInput(
        assessment=assessment,
        catalog=project.catalog,
        scores=score_assessment(assessment, project.catalog, baseline),
        actions=actions_from_data(assessment.actions),
        lang=language,
        labels=labels(template, language),
        today=date.today(),
        baseline=baseline,
    )
    draw = charts if charts is not None else (output is not None and fmt != "json")
    stem = output.stem if output is not None else kind
    report = build_report(source, ReportRequest(kind, fmt, draw, stem, template))
    deliver(report.text, report.files, output, show, fmt)


def deliver(text: str, files: dict[str, str], output: Path | None, show: bool, fmt: str) -> None:
    """Write the report (and its charts) to `output`, render it in the terminal, or print it."""
    from yhdyspinta_cli.atomic import write_atomic

    if output is not None:
        output.parent.mkdir(parents=True, exist_ok=True)
        for name, svg in files.items():
            write_atomic(output.parent / name, svg)
        write_atomic(output, text)
        typer.echo(f"wrote {output}" + (f" and {len(files)} chart(s) beside it" if files else ""))
    if show and fmt == "md":
        from rich.console import Console
        from rich.markdown import Markdown

        Console().print(Markdown(text))
    elif output is None:
        typer.echo(text, nl=False)
