"""What the CI templates install: where the running tool came from, pinned, with pip cached."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from assessment_helpers import Cli

from yhdyspinta_cli import __version__
from yhdyspinta_cli.scaffold.package import PackageSource, installed_source, source_from_direct_url

COMMIT = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"


@pytest.mark.parametrize(
    ("direct_url", "source"),
    [
        (None, PackageSource("yhdyspinta==1.2.0")),
        (
            {
                "url": "https://git.example.invalid/alue/yhdyspinta.git",
                "vcs_info": {"vcs": "git", "commit_id": COMMIT, "requested_revision": "v1.2.0"},
            },
            PackageSource(
                f"yhdyspinta @ git+https://git.example.invalid/alue/yhdyspinta.git@{COMMIT}"
            ),
        ),
        (
            {"url": "https://files.example.invalid/yhdyspinta-1.2.0.tar.gz", "archive_info": {}},
            PackageSource("yhdyspinta @ https://files.example.invalid/yhdyspinta-1.2.0.tar.gz"),
        ),
        (
            {"url": "file:///home/a/yhdyspinta-1.2.0-py3-none-any.whl", "archive_info": {}},
            PackageSource("yhdyspinta==1.2.0", local="/home/a/yhdyspinta-1.2.0-py3-none-any.whl"),
        ),
        (
            {"url": "file:///home/a/src/yhdyspinta", "dir_info": {"editable": True}},
            PackageSource("yhdyspinta==1.2.0", local="/home/a/src/yhdyspinta"),
        ),
    ],
    ids=["index", "vcs", "archive-url", "local-wheel", "local-folder"],
)
def test_the_source_follows_the_installers_record(
    direct_url: dict[str, Any] | None, source: PackageSource
) -> None:
    assert source_from_direct_url(direct_url, "1.2.0") == source


def ci_installs(root: Path) -> list[str]:
    workflow = yaml.safe_load((root / ".github/workflows/yhdyspinta.yml").read_text("utf-8"))
    github = [
        step["run"] for step in workflow["jobs"]["check"]["steps"] if "pip" in step.get("run", "")
    ]
    gitlab = yaml.safe_load((root / ".gitlab-ci.yml").read_text("utf-8"))["yhdyspinta-check"]
    return [*github, *(line for line in gitlab["script"] if "pip install" in line)]


def test_a_local_install_is_named_with_the_option_that_fixes_it(cli: Cli, tmp_path: Path) -> None:
    """The tests run from an editable install of this checkout: a path CI cannot reach."""
    local = installed_source().local
    assert local is not None

    run = cli("init", tmp_path / "alue", "--lang", "en")

    assert run.code == 0, run.output
    assert f"installed from the local path {local}, which CI cannot reach" in run.err
    assert "--package" in run.err
    pin = f'python -m pip install "yhdyspinta=={__version__}"'
    assert ci_installs(tmp_path / "alue") == [pin, pin]


def test_the_package_option_is_used_without_a_warning(cli: Cli, tmp_path: Path) -> None:
    spec = f"yhdyspinta @ git+https://git.example.invalid/yhdyspinta.git@{COMMIT}"

    run = cli("init", tmp_path / "alue", "--package", spec)

    assert run.code == 0, run.output
    assert run.err == ""
    assert ci_installs(tmp_path / "alue") == [f'python -m pip install "{spec}"'] * 2


def test_the_ci_templates_cache_pip_keyed_by_the_pinned_file(cli: Cli, tmp_path: Path) -> None:
    assert cli("init", tmp_path / "alue").code == 0
    root = tmp_path / "alue"

    workflow = yaml.safe_load((root / ".github/workflows/yhdyspinta.yml").read_text("utf-8"))
    [setup] = [
        step
        for step in workflow["jobs"]["check"]["steps"]
        if "setup-python" in step.get("uses", "")
    ]
    gitlab = yaml.safe_load((root / ".gitlab-ci.yml").read_text("utf-8"))["yhdyspinta-check"]

    assert setup["with"]["cache"] == "pip"
    assert setup["with"]["cache-dependency-path"] == ".github/workflows/yhdyspinta.yml"
    assert gitlab["variables"]["PIP_CACHE_DIR"] == "$CI_PROJECT_DIR/.cache/pip"
    assert gitlab["cache"] == {"key": {"files": [".gitlab-ci.yml"]}, "paths": [".cache/pip"]}
