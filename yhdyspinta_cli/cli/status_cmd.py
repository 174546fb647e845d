"""`yhdyspinta status`: progress per recommendation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from yhdyspinta_cli.cli.options import (
    ChecklistsOption,
    JsonOption,
    LangOption,
    TextFormat,
    TextFormatOption,
    load_project,
    report_warnings,
    wants_json,
)
from yhdyspinta_cli.safe_text import visible


def status(
    file: Annotated[Path, typer.Argument(metavar="FILE", show_default=False)],
    output: TextFormatOption = TextFormat.text,
    as_json: JsonOption = False,
    lang: LangOption = None,
    checklist_dirs: ChecklistsOption = None,
) -> None:
    """The command; its help is `help_cmd_status` in the message catalogs."""
    from yhdyspinta_cli.assessment.progress import assessment_progress
    from yhdyspinta_cli.assessment.store import read_assessment

    project = load_project(lang, checklist_dirs, near=file)
    assessment, warnings = read_assessment(file, project.catalog)
    report_warnings(warnings)
    progress = assessment_progress(assessment, project.catalog)
    language = lang or assessment.language
    if wants_json(output, as_json):
        from yhdyspinta_cli.render.meta import checklist_versions, output_meta

        meta = output_meta(checklist_versions(project.catalog), language, assessment=assessment)
        figures = {"file": visible(str(file)), "checklists": [p.as_json() for p in progress]}
        typer.echo(json.dumps({"meta": meta, **figures}, ensure_ascii=False, indent=2))
        return
    from yhdyspinta_cli.cli.render_status import print_status

    print_status(progress, language)
