"""`yhdyspinta report gaps|plan`: the gap analysis and the action plan."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from yhdyspinta_cli.cli.options import ChecklistsOption, LangOption

app = typer.Typer(
    help="Gap analysis and action plan as Markdown, HTML or JSON.", rich_markup_mode=None
)


class Format(str, Enum):
    """Output formats."""

    md = "md"
    html = "html"
    json = "json"
    docx = "docx"


FileArgument = Annotated[
    Path, typer.Argument(metavar="FILE", help="The assessment file.", show_default=False)
]
FormatOption = Annotated[
    Format, typer.Option("--format", help="md, html, json, or docx (Word; needs -o).")
]
OutputOption = Annotated[
    Optional[str],  # noqa: UP045 - a str: Path() would drop the trailing slash of `-o sub/`
    typer.Option("-o", "--output", help="Write here (charts go beside it); default stdout."),
]
CompareOption = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--compare", help="An earlier assessment to show progress against."),
]
ShowOption = Annotated[bool, typer.Option("--show", help="Render the report in the terminal.")]
TemplateOption = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--template", help="Folder of the region's own templates.", file_okay=False),
]
AllowPersonalDataOption = Annotated[
    bool,
    typer.Option(
        "--allow-personal-data",
        help="Write the report even if the file holds personal data (internal use; said in its "
        "footer).",
    ),
]
BenchmarkOption = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--benchmark",
        metavar="SUMMARY.json",
        help="A `summary --format json` of other regions to compare each item with.",
    ),
]
ChartsOption = Annotated[
    Optional[bool],  # noqa: UP045
    typer.Option(
        "--charts/--no-charts", help="Draw SVG charts (default: with -o, md, html or docx)."
    ),
]


@app.command("gaps")
def gaps(
    file: FileArgument,
    fmt: FormatOption = Format.md,
    output: OutputOption = None,
    compare: CompareOption = None,
    benchmark: BenchmarkOption = None,
    show: ShowOption = False,
    template: TemplateOption = None,
    charts: ChartsOption = None,
    lang: LangOption = None,
    checklist_dirs: ChecklistsOption = None,
    allow_personal_data: AllowPersonalDataOption = False,
) -> None:
    """Where are we against the recommendations, where do we disagree, what don't we know.

    Example: yhdyspinta report gaps assessments/2026-kevat.yaml -o reports/gaps.md
    """
    from yhdyspinta_cli.cli.reporting import run_report

    run_report(
        "gaps",
        file,
        fmt.value,
        output,
        compare,
        show,
        template,
        charts,
        lang,
        checklist_dirs,
        allow_personal_data,
        benchmark=benchmark,
    )


@app.command("plan")
def plan(
    file: FileArgument,
    fmt: FormatOption = Format.md,
    output: OutputOption = None,
    compare: CompareOption = None,
    show: ShowOption = False,
    template: TemplateOption = None,
    lang: LangOption = None,
    checklist_dirs: ChecklistsOption = None,
    allow_personal_data: AllowPersonalDataOption = False,
) -> None:
    """Who does what by when: actions by recommendation and owner, timeline, overdue, open gaps.

    Example: yhdyspinta report plan assessments/2026-kevat.yaml --format html -o plan.html
    """
    from yhdyspinta_cli.cli.reporting import run_report

    run_report(
        "plan",
        file,
        fmt.value,
        output,
        compare,
        show,
        template,
        False,
        lang,
        checklist_dirs,
        allow_personal_data,
    )
