"""`yhdyspinta new`: create an empty assessment without prompting."""

from __future__ import annotations

import re
from datetime import date as Date
from pathlib import Path
from typing import Annotated, Optional

import typer

from yhdyspinta_cli.cli.options import ChecklistsOption, LangOption, load_project
from yhdyspinta_cli.cli.output import tell
from yhdyspinta_cli.i18n import msg, say
from yhdyspinta_cli.problems import UsageError

ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def new(
    file: Annotated[
        Path,
        typer.Argument(metavar="FILE", show_default=False),
    ],
    region: Annotated[str, typer.Option(show_default=False)],
    org: Annotated[
        list[str],
        typer.Option(
            metavar="KEY:TYPE[:NAME]",
            show_default=False,
        ),
    ],
    lang: LangOption = None,
    date: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(),
    ] = None,
    county: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(),
    ] = None,
    facilitator: Annotated[
        Optional[str],  # noqa: UP045
        typer.Option(),
    ] = None,
    checklist_dirs: ChecklistsOption = None,
) -> None:
    """The command; its help is `help_cmd_new` in the message catalogs."""
    from yhdyspinta_cli.assessment.create import NewAssessment, create_assessment, parse_org

    project = load_project(lang, checklist_dirs, near=file)
    new_assessment = NewAssessment(
        region=region,
        date=_iso_date(date),
        language=project.lang,
        organisations=tuple(parse_org(spec, project.catalog.vocabulary) for spec in org),
        county=county,
        facilitator=facilitator,
    )
    create_assessment(file, new_assessment, project.catalog)
    tell(say("cli_new_created", file=file))


def _iso_date(value: str | None) -> str:
    if value is None:
        return Date.today().isoformat()
    try:
        # Python 3.11's fromisoformat also takes 20260314 and 2026-W11-6; 3.10 does not.
        if not ISO_DATE.fullmatch(value):
            raise ValueError(value)
        return Date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError(msg("cli_new_bad_date", value=value)) from None
