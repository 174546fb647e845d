"""`yhdyspinta init [DIR]`: scaffold a region's assessment repository."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from yhdyspinta_cli.cli.options import LangOption
from yhdyspinta_cli.cli.output import tell
from yhdyspinta_cli.i18n import say


def init(
    directory: Annotated[
        Path,
        typer.Argument(metavar="DIR", help="Folder of the new repository (created if missing)."),
    ] = Path(),
    lang: LangOption = None,
    git_config: Annotated[
        bool,
        typer.Option("--git-config", help="Also set up the merge driver in DIR's git repository."),
    ] = False,
    package: Annotated[
        str,
        typer.Option(
            "--package",
            help="What CI installs with pip, e.g. a version pin or a git URL.",
            show_default=False,
        ),
    ] = "",
) -> None:
    """Create yhdyspinta.yaml, assessments/, a README, pre-commit, GitHub and GitLab CI,
    .gitattributes for the merge driver and editor settings. Existing files are never
    overwritten: if any is there, nothing is written.
    """
    from yhdyspinta_cli.i18n import resolve_language
    from yhdyspinta_cli.scaffold.init import (
        DEFAULT_PACKAGE,
        GIT_CONFIG_COMMAND,
        ScaffoldSettings,
        init_repository,
    )

    settings = ScaffoldSettings(resolve_language(lang, None), package or DEFAULT_PACKAGE)
    written = init_repository(directory, settings, git_config)
    for path in written:
        tell(say("cli_created", path=directory / path))
    if git_config:
        tell(f"merge driver set: {GIT_CONFIG_COMMAND}")
    else:
        tell(f"next, in the git repository (once per clone): {GIT_CONFIG_COMMAND}")
    tell("then start an assessment: yhdyspinta new assessments/NAME.yaml --region ... --org ...")
