"""`yhdyspinta init [DIR]`: scaffold a region's assessment repository, or complete one."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from yhdyspinta_cli.cli.options import LangOption

if TYPE_CHECKING:
    from yhdyspinta_cli.scaffold.init import InitOutcome
from yhdyspinta_cli.cli.output import say, tell


def init(
    directory: Annotated[
        Path,
        typer.Argument(metavar="DIR"),
    ] = Path(),
    lang: LangOption = None,
    git_config: Annotated[
        bool,
        typer.Option(
            "--git-config",
        ),
    ] = False,
    package: Annotated[
        str,
        typer.Option(
            "--package",
            show_default=False,
        ),
    ] = "",
) -> None:
    """The command; its help is `help_cmd_init` in the message catalogs."""
    from yhdyspinta_cli.config import find_config, load_config
    from yhdyspinta_cli.i18n import message, resolve_language
    from yhdyspinta_cli.scaffold.init import CI_FILES, ScaffoldSettings, init_repository
    from yhdyspinta_cli.scaffold.package import PackageSource, installed_source

    config = find_config(directory.resolve()) if directory.is_dir() else None
    configured = load_config(config).language if config else None
    language = resolve_language(lang, configured)
    source = PackageSource(package) if package else installed_source()
    settings = ScaffoldSettings(language, source.spec)
    outcome = init_repository(directory, settings, sys.executable if git_config else None)
    for line in _report(directory, outcome, language):
        tell(line)
    if source.local is not None and set(CI_FILES) & set(outcome.written):
        warning = message("init_package_local", language)
        say(warning.format(path=source.local, spec=source.spec))


def _report(directory: Path, outcome: InitOutcome, lang: str) -> list[str]:
    from yhdyspinta_cli.i18n import message

    lines = [message("init_created", lang).format(path=directory / p) for p in outcome.written]
    if outcome.kept:
        lines.append(message("init_kept", lang).format(paths=", ".join(outcome.kept)))
    lines += [
        message("init_attribute_added", lang).format(line=line) for line in outcome.attributes_added
    ]
    driver = outcome.driver
    if driver is None:
        lines.append(message("init_next_git", lang).format(dir=directory))
    elif not driver.changed:
        lines.append(message("init_driver_kept", lang))
    elif driver.previous is not None:
        lines.append(message("init_driver_replaced", lang).format(previous=driver.previous))
    else:
        lines.append(message("init_driver_set", lang))
    lines.append(message("init_next_new", lang))
    return lines
