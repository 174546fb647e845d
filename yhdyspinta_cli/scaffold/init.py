"""`init`: the files of a new assessment repository, from the templates shipped in the wheel."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from yhdyspinta_cli import __version__, resources
from yhdyspinta_cli.atomic import write_atomic
from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.problems import UserError
from yhdyspinta_cli.scaffold.gitsetup import (
    ATTRIBUTES_FILE,
    DriverSetup,
    add_missing_attributes,
    configure_merge_driver,
)

DEFAULT_PACKAGE = f"yhdyspinta=={__version__}"
CONFIG_FILE = "yhdyspinta.yaml"
CI_FILES = (".github/workflows/yhdyspinta.yml", ".gitlab-ci.yml")  # they install the tool
SCHEMA_FOLDER = ".yhdyspinta"
# Template (in templates/init/) → where it goes. The templates have no leading dots, so this
# repository's own git, pre-commit and CI never mistake them for their configuration.
MANIFEST = (
    ("config.yaml", CONFIG_FILE),
    ("readme.md", "README.md"),
    ("pre-commit-config.yaml", ".pre-commit-config.yaml"),
    ("github-workflow.yml", ".github/workflows/yhdyspinta.yml"),
    ("gitlab-ci.yml", ".gitlab-ci.yml"),
    ("gitattributes", ".gitattributes"),
    ("gitignore", ".gitignore"),
    ("vscode-settings.json", ".vscode/settings.json"),
    ("vscode-extensions.json", ".vscode/extensions.json"),
    (None, "assessments/.gitkeep"),
)
PLACEHOLDER = re.compile(r"@@([a-z]+)@@")


@dataclass(frozen=True)
class ScaffoldSettings:
    """What varies between regions: the language, and how CI installs the tool."""

    language: str
    package: str = DEFAULT_PACKAGE


@dataclass(frozen=True)
class ScaffoldFile:
    """One file to write, by its path relative to the repository."""

    path: str
    text: str


def scaffold_files(settings: ScaffoldSettings) -> list[ScaffoldFile]:
    """Every file `init` writes, rendered (the schema copies aside)."""
    values = {
        "language": settings.language,
        "package": settings.package,
        "version": __version__,
        "year": str(date.today().year),
    }
    folder = resources.data_dir("templates") / "init"
    return [
        ScaffoldFile(target, _render((folder / name).read_text(encoding="utf-8"), values))
        if name
        else ScaffoldFile(target, "")
        for name, target in MANIFEST
    ]


@dataclass(frozen=True)
class InitOutcome:
    """What `init` did: files written, files left alone, and the git setup when asked for."""

    written: tuple[str, ...]
    kept: tuple[str, ...] = ()
    attributes_added: tuple[str, ...] = ()
    driver: DriverSetup | None = None


def init_repository(
    root: Path, settings: ScaffoldSettings, python: str | None = None
) -> InitOutcome:
    """Write the scaffold's missing files into `root`; with `python`, set up the merge driver.

    A folder with a yhdyspinta.yaml is an existing scaffold: what is there is left alone. In
    any other folder, a file of the scaffold that exists already refuses the whole init, so a
    region's own files never end up half mixed with a scaffold.
    """
    if root.exists() and not root.is_dir():
        raise UserError(msg("init_root_is_file", root=str(root)))
    files = scaffold_files(settings)
    kept = [f.path for f in files if (root / f.path).exists()]
    if kept and not (root / CONFIG_FILE).is_file():
        raise UserError(msg("init_files_exist", root=str(root), files=", ".join(kept)))
    if python is not None:
        _require_repository(root)
    written = [f.path for f in files if f.path not in kept]
    for file in files:
        if file.path in written:
            target = root / file.path
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(target, file.text)
    written += write_schema_copies(root)
    added = tuple(add_missing_attributes(root)) if ATTRIBUTES_FILE in kept else ()
    driver = configure_merge_driver(root, python) if python is not None else None
    return InitOutcome(tuple(written), tuple(kept), added, driver)


def write_schema_copies(root: Path) -> list[str]:
    """The assessment and config schemas in `.yhdyspinta/`, for editors; kept current like `new`.

    Returns the copies it wrote (a current copy is left as it is).
    """
    written = []
    for name in ("assessment", "config"):
        relative = f"{SCHEMA_FOLDER}/{name}.schema.json"
        target, text = root / relative, resources.schema_text(name)
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(target, text)
            written.append(relative)
    return written


def _require_repository(root: Path) -> None:
    from yhdyspinta_cli.history.git import repo_root

    if not root.is_dir() or repo_root(root) is None:
        raise UserError(msg("init_not_a_repository", root=str(root)))


def _render(template: str, values: dict[str, str]) -> str:
    return PLACEHOLDER.sub(lambda match: values[match.group(1)], template)
