"""One run of `check`: the config and its policy, the checklists, the files, every problem."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from yhdyspinta_cli.check.policy import config_error, policy_from_config, shown
from yhdyspinta_cli.check.pool import check_paths
from yhdyspinta_cli.check.result import CheckResult, FileReport
from yhdyspinta_cli.check.runner import CheckContext
from yhdyspinta_cli.check.stages import DEFAULT_STAGE
from yhdyspinta_cli.check.targets import display_path, find_assessments
from yhdyspinta_cli.checklist.catalog import load_catalog
from yhdyspinta_cli.config import Config, find_config, load_config
from yhdyspinta_cli.i18n import msg, resolve_language
from yhdyspinta_cli.loading.files import folder_of
from yhdyspinta_cli.problems import ConfigError, Problem, ProblemError, Severity
from yhdyspinta_cli.render.meta import checklist_versions
from yhdyspinta_cli.rules import Stage


@dataclass(frozen=True)
class CheckRequest:
    """What the command line asked for."""

    paths: tuple[Path, ...] = ()
    checklist_dirs: tuple[Path, ...] = ()
    strict: bool = False
    jobs: int | None = None
    stage: Stage = DEFAULT_STAGE
    lang: str | None = None  # --lang; else the config's, then the locale's


def run_check(request: CheckRequest, cwd: Path, today: date | None = None) -> CheckResult:
    """Check every assessment; a bad config raises ConfigError, bad checklists are the result."""
    try:
        return _run(request, cwd, today or date.today())
    except ConfigError as error:
        raise ConfigError(relative(error.problems, cwd)) from None


def _run(request: CheckRequest, cwd: Path, today: date) -> CheckResult:
    config = _load_config(request.paths, cwd)
    language = resolve_language(request.lang, config.language)
    dirs = request.checklist_dirs or config.checklist_dirs
    _check_folders(config, dirs)
    try:
        catalog = load_catalog(dirs)
    except ProblemError as error:  # a regional checklist is broken: report it, check nothing else
        return CheckResult(_by_file(error, cwd), language, problem_lang=request.lang)
    policy = policy_from_config(config.policy, catalog, config.path)
    strict = request.strict or policy.strict
    files = find_assessments(request.paths, config, cwd)
    context = CheckContext(catalog, policy, today.isoformat(), strict, request.stage)
    reports = check_paths(files, context, request.jobs)
    if request.stage == "commit" and config.path is not None:
        reports += _setup_reports(config.path.parent, language, context, cwd)
    versions = checklist_versions(catalog)
    return CheckResult(tuple(reports), language, strict, policy.disabled, request.lang, versions)


def _setup_reports(root: Path, language: str, context: CheckContext, cwd: Path) -> list[FileReport]:
    """What `doctor` finds in the repository, as warnings (errors when strict)."""
    from yhdyspinta_cli.scaffold.doctor import setup_problems

    severity = Severity.ERROR if context.strict else Severity.WARNING
    problems = [
        replace(problem, severity=severity)
        for problem in setup_problems(root, language)
        if context.reports(problem)
    ]
    return list(_by_file(ProblemError(problems), cwd)) if problems else []


def _load_config(paths: Sequence[Path], cwd: Path) -> Config:
    """The nearest yhdyspinta.yaml from here, else from the first path given; errors are usage."""
    found = find_config(cwd)
    if found is None and paths:
        found = find_config(folder_of(paths[0]))
    try:
        return load_config(found)
    except ProblemError as error:
        raise ConfigError(error.problems) from None


def _check_folders(config: Config, dirs: Sequence[Path]) -> None:
    """A missing checklist folder is a usage error, located in the config when it is from there."""
    for folder in dirs:
        if folder.is_dir():
            continue
        if folder not in config.checklist_dirs:
            text = msg("check_folder_option_missing", folder=folder)
            raise ConfigError([Problem(folder, None, None, "folder-missing", text)])
        index = config.checklist_dirs.index(folder)
        text = msg("check_folder_config_missing", folder=shown(folder, config.path))
        raise config_error(config.path, ("checklists", index), "folder-missing", text)


def _by_file(error: ProblemError, cwd: Path) -> tuple[FileReport, ...]:
    problems = relative(error.problems, cwd)
    paths = dict.fromkeys(problem.path for problem in problems)
    return tuple(FileReport(path, tuple(p for p in problems if p.path == path)) for path in paths)


def relative(problems: Sequence[Problem], cwd: Path) -> list[Problem]:
    """The problems with their paths shown relative to `cwd` where possible."""
    return [replace(problem, path=display_path(problem.path, cwd)) for problem in problems]
