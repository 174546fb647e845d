"""Shared work of the report commands: load, score, render, write."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from yhdyspinta_cli.cli.options import Project, load_project, report_warnings
from yhdyspinta_cli.cli.output import tell
from yhdyspinta_cli.i18n import msg, say

if TYPE_CHECKING:
    from yhdyspinta_cli.analysis.benchmark import Benchmark
    from yhdyspinta_cli.render.document import Rendered

OUTPUT_HINT = "'-o' / '--output'"


def run_report(
    kind: str,
    file: Path,
    fmt: str,
    output_text: str | None,
    compare: Path | None,
    show: bool,
    template: Path | None,
    charts: bool | None,
    lang: str | None,
    checklist_dirs: list[Path] | None,
    allow_personal_data: bool = False,
    benchmark: Path | None = None,
) -> None:
    """Build one report and write it to `output`, the terminal or stdout."""
    from yhdyspinta_cli.analysis.scoring import score_assessment
    from yhdyspinta_cli.assessment.actions import actions_from_data
    from yhdyspinta_cli.assessment.store import read_checked
    from yhdyspinta_cli.privacy.publishing import refuse_personal_data
    from yhdyspinta_cli.render.templates import labels
    from yhdyspinta_cli.report.context import ReportInput
    from yhdyspinta_cli.report.make import ReportRequest, build_report

    if fmt == "docx":
        require_docx(output_text)
    project = load_project(lang, checklist_dirs, near=file)
    compared = [p for p in (compare, benchmark) if p is not None]
    inputs = [file, *compared, *files_read(project, template, checklist_dirs)]
    output = checked_output(output_text, f"{kind}.{fmt}", inputs)
    others = read_benchmark_file(benchmark, project) if benchmark is not None else None
    checked, assessment, warnings = read_checked(file, project.catalog)
    report_warnings(warnings)
    scanned, baseline = [checked], None
    if compare is not None:
        earlier, baseline, earlier_warnings = read_checked(compare, project.catalog)
        report_warnings(earlier_warnings)
        scanned.append(earlier)
    for read in scanned if not allow_personal_data else ():
        refuse_personal_data(read.document, read.text)
    language = lang or assessment.language
    source = ReportInput(
        assessment=assessment,
        catalog=project.catalog,
        scores=score_assessment(assessment, project.catalog, baseline),
        actions=actions_from_data(assessment.actions),
        lang=language,
        labels=labels(template, language),
        today=date.today(),
        baseline=baseline,
        benchmark=others,
    )
    draw = charts if charts is not None else (output is not None and fmt != "json")
    stem = output.stem if output is not None else kind
    request = ReportRequest(kind, fmt, draw, stem, template, allow_personal_data)
    report = build_report(source, request)
    deliver(report, output, inputs, show, fmt)


def require_docx(output_text: str | None) -> None:
    """Word needs `-o` (it never goes to the terminal) and pandoc: said before any work."""
    if output_text is None:
        raise typer.BadParameter(msg("docx_needs_output"), param_hint=OUTPUT_HINT)
    from yhdyspinta_cli.render.docx import require_pandoc

    require_pandoc()


def read_benchmark_file(path: Path, project: Project) -> Benchmark:
    """The `--benchmark` summary; a warning when its checklist versions differ from ours."""
    from yhdyspinta_cli.analysis.benchmark import read_benchmark, version_mismatch
    from yhdyspinta_cli.render.meta import checklist_versions

    benchmark = read_benchmark(path)
    mismatch = version_mismatch(benchmark, checklist_versions(project.catalog))
    report_warnings([mismatch] if mismatch else [])
    return benchmark


def files_read(
    project: Project, template: Path | None, checklist_dirs: list[Path] | None
) -> list[Path]:
    """The files besides the assessments that a report reads: config, checklists, templates."""
    checklists = checklist_dirs or project.config.checklist_dirs
    folders = [*checklists, *([template] if template else [])]
    config = [project.config.path] if project.config.path else []
    return [*config, *(p for folder in folders if folder.is_dir() for p in folder.iterdir())]


def checked_output(raw: str | None, example: str, inputs: Iterable[Path | str]) -> Path | None:
    """The `-o` path, checked before any work; a usage error (exit 2) when it must not be used."""
    if raw is None:
        return None
    from yhdyspinta_cli.render.destination import check_destination, output_path

    with output_refusals():
        output = output_path(raw, example)
        check_destination(output, inputs)
    return output


@contextmanager
def output_refusals() -> Iterator[None]:
    """A refused `-o` as typer's usage error, so the boundary exits 2."""
    from yhdyspinta_cli.render.destination import OutputRefused

    try:
        yield
    except OutputRefused as refusal:
        said = refusal.args[0] if refusal.args else str(refusal)  # a catalog message
        raise typer.BadParameter(said, param_hint=OUTPUT_HINT) from None


def deliver(
    document: Rendered,
    output: Path | None,
    inputs: Sequence[Path | str],
    show: bool,
    fmt: str,
) -> None:
    """Write the document (and its charts) to `output`, render it in the terminal, or print it."""
    if output is not None:
        from yhdyspinta_cli.render.destination import write_rendered

        with output_refusals():
            write_rendered(output, document, inputs)
        files = document.files
        wrote = say("cli_wrote_charts", output=output, charts=len(files)) if files else None
        tell(wrote or say("cli_wrote", output=output))
    if show and fmt == "md":
        from rich.console import Console

        from yhdyspinta_cli.cli.terminal_markdown import show_markdown
        from yhdyspinta_cli.safe_text import visible

        show_markdown(Console(), visible(document.text))
    elif output is None:
        typer.echo(document.text, nl=False)
