"""`init`: the files of a new assessment repository, from the templates shipped in the wheel."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from yhdyspinta_cli import __version__, resources
from yhdyspinta_cli.atomic import write_atomic
from yhdyspinta_cli.problems import UserError

MERGE_DRIVER = "yhdyspinta merge %O %A %B"
GIT_CONFIG_COMMAND = f'git config merge.yhdyspinta.driver "{MERGE_DRIVER}"'
DEFAULT_PACKAGE = f"yhdyspinta=={__version__}"
SCHEMA_FOLDER = ".yhdyspinta"
# Template (in templates/init/) → where it goes. The templates have no leading dots, so this
# repository's own git, pre-commit and CI never mistake them for their configuration.
MANIFEST = (
    ("config.yaml", "yhdyspinta.yaml"),
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


def init_repository(root: Path, settings: ScaffoldSettings, configure_git: bool) -> list[str]:
    """Write the scaffold into `root`; refuse, writing nothing, if any of its files exist."""
    if root.exists() and not root.is_dir():
        raise UserError(f"{root} is a file; give a folder for the new assessment repository")
    files = scaffold_files(settings)
    clash = [f.path for f in files if (root / f.path).exists()]
    if clash:
        raise UserError(
            f"{root} already has {', '.join(clash)}; nothing was written. Move them away, "
            "or run init in another folder"
        )
    if configure_git:
        _require_repository(root)
    for file in files:
        target = root / file.path
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, file.text)
    written = [f.path for f in files] + write_schema_copies(root)
    if configure_git:
        from yhdyspinta_cli.history.git import set_config

        set_config(root, "merge.yhdyspinta.driver", MERGE_DRIVER)
    return written


def write_schema_copies(root: Path) -> list[str]:
    """The assessment and config schemas in `.yhdyspinta/`, for editors; kept current like `new`."""
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
        raise UserError(
            f"{root} is not a git repository, so --git-config cannot set the merge driver; "
            "nothing was written. Run `git init` there first, or leave out --git-config"
        )


def _render(template: str, values: dict[str, str]) -> str:
    return PLACEHOLDER.sub(lambda match: values[match.group(1)], template)
