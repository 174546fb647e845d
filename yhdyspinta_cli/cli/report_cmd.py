"""`yhdyspinta report gaps|plan`: the gap analysis and the action plan."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer

from yhdyspinta_cli.cli.options import ChecklistsOption, LangOption

app = typer.Typer(rich_markup_mode=None)


class Format(str, Enum):
    """Output formats."""

    md = "md"
    html = "html"
    json = "json"
    docx = "docx"


FileArgument = Annotated[Path, typer.Argument(metavar="FILE", show_default=False)]
FormatOption = Annotated[Format, typer.Option("--format")]
OutputOption = Annotated[
    Optional[str],  # noqa: UP045 - a str: Path() would drop the trailing slash of `-o sub/`
    typer.Option("-o", "--output"),
]
CompareOption = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--compare"),
]
ShowOption = Annotated[bool, typer.Option("--show")]
TemplateOption = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option("--template", file_okay=False),
]
AllowPersonalDataOption = Annotated[
    bool,
    typer.Option(
        "--allow-personal-data",
    ),
]
BenchmarkOption = Annotated[
    Optional[Path],  # noqa: UP045
    typer.Option(
        "--benchmark",
        metavar="SUMMARY.json",
    ),
]
ChartsOption = Annotated[
    Optional[bool],  # noqa: UP045
    typer.Option("--charts/--no-charts"),
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
    """The command; its help is `help_cmd_report_gaps` in the message catalogs."""
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
    """The command; its help is `help_cmd_report_plan` in the message catalogs."""
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
