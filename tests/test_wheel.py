"""The built wheel works on its own: a fresh venv, outside the checkout, no network.

The fresh venv gets the runtime dependencies from this venv through a .pth file, but only the
ones the wheel declares (and what they declare in turn): an undeclared import fails here as it
would on a user's machine.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from importlib import metadata
from pathlib import Path

import pytest
from conftest import REPO
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from yhdyspinta_cli import resources

pytestmark = pytest.mark.slow


def run(*args: str | Path, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(arg) for arg in args],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
        check=False,
    )


def runtime_closure(project: str) -> list[metadata.Distribution]:
    """The installed distributions `project` needs at run time, without its extras."""
    seen: dict[str, metadata.Distribution] = {}
    pending = [project]
    while pending:
        name = canonicalize_name(pending.pop())
        if name in seen:
            continue
        distribution = metadata.distribution(name)
        seen[name] = distribution
        for text in distribution.requires or []:
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                pending.append(requirement.name)
    del seen[canonicalize_name(project)]
    return list(seen.values())


def link_dependencies(target: Path) -> None:
    """Make `target` hold exactly the runtime dependencies' packages, as links into this venv."""
    target.mkdir()
    for distribution in runtime_closure("yhdyspinta"):
        tops = {Path(str(f)).parts[0] for f in distribution.files or [] if ".." not in str(f)}
        for top in tops - {"__pycache__"}:
            source = Path(str(distribution.locate_file(top)))
            if source.exists() and not (target / top).exists():
                try:
                    (target / top).symlink_to(source, target_is_directory=source.is_dir())
                except OSError:  # Windows without the right to make links
                    copy = shutil.copytree if source.is_dir() else shutil.copy2
                    copy(source, target / top)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = run(
        sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-w", out, REPO,
        cwd=out,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    [built] = out.glob("yhdyspinta-*.whl")
    return built


@pytest.fixture(scope="module")
def fresh_venv(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("fresh")
    env_dir = home / "venv"
    venv.EnvBuilder(with_pip=True, symlinks=os.name != "nt").create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    query = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
    purelib = Path(run(python, "-c", query, cwd=home).stdout.strip())
    link_dependencies(home / "deps")
    (purelib / "yhdyspinta-test-deps.pth").write_text(f"{home / 'deps'}\n", encoding="utf-8")
    result = run(python, "-m", "pip", "install", "--no-deps", "--no-index", wheel, cwd=home)
    assert result.returncode == 0, result.stdout + result.stderr
    return env_dir


def test_wheel_ships_the_data_and_schemas(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in (
        "s1.yaml",
        "s2.yaml",
        "s3.yaml",
        "s4.yaml",
        "t1.yaml",
        "scale.yaml",
        "vocabulary.yaml",
    ):
        assert f"yhdyspinta_cli/data/checklists/{name}" in names
    for name in resources.SCHEMA_NAMES:
        assert f"yhdyspinta_cli/schemas/{name}.schema.json" in names
    for template in (REPO / "templates").rglob("*"):
        if template.is_file() and not template.name.startswith("."):
            relative = template.relative_to(REPO / "templates").as_posix()
            assert f"yhdyspinta_cli/data/templates/{relative}" in names
    assert "yhdyspinta_cli/render/docx_tables.lua" in names  # the Word output's column widths
    for catalog in (REPO / "messages").glob("*.yaml"):
        assert f"yhdyspinta_cli/data/messages/{catalog.name}" in names
    top = ("tests/", "checklists/", "templates/", "messages/")
    assert not any(name.startswith(top) for name in names)


def test_installed_wheel_lists_the_checklists_outside_the_checkout(
    fresh_venv: Path, tmp_path: Path
) -> None:
    scripts = fresh_venv / ("Scripts" if os.name == "nt" else "bin")
    program = scripts / ("yhdyspinta.exe" if os.name == "nt" else "yhdyspinta")
    assert REPO not in tmp_path.parents
    result = run(program, "checklists", "--lang", "en", cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    for checklist_id in ("S1", "S2", "S3", "S4"):
        assert f"│ {checklist_id} " in result.stdout
    assert "Leading the cooperation" in result.stdout


def test_installed_wheel_is_the_one_imported(fresh_venv: Path, tmp_path: Path) -> None:
    """The .pth also reaches this venv's copy of yhdyspinta_cli; the wheel's must win."""
    python = fresh_venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    code = "import yhdyspinta_cli, sys; print(yhdyspinta_cli.__file__)"
    result = run(python, "-c", code, cwd=tmp_path)
    assert Path(result.stdout.strip()).resolve().is_relative_to(fresh_venv.resolve())


def test_installed_wheel_validates_and_prints_schemas(fresh_venv: Path, tmp_path: Path) -> None:
    python = fresh_venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    checklist = tmp_path / "s2.yaml"
    checklist.write_bytes((REPO / "checklists" / "s2.yaml").read_bytes())
    result = run(python, "-m", "yhdyspinta_cli", "validate", checklist, cwd=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    result = run(python, "-m", "yhdyspinta_cli", "schema", "checklist", cwd=tmp_path)
    assert result.returncode == 0
    assert '"$schema": "https://json-schema.org/draft/2020-12/schema"' in result.stdout
