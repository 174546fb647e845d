"""Shared fixtures: stable terminal output, and a guard that this checkout's source is tested."""

from __future__ import annotations

import json
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest

import yhdyspinta_cli

REPO = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
SCRIPTS = Path(sysconfig.get_path("scripts"))
YHDYSPINTA = SCRIPTS / ("yhdyspinta.exe" if sys.platform == "win32" else "yhdyspinta")


def pytest_configure(config: pytest.Config) -> None:
    """Fail early, with the fix, when the source tree shadows the installed wheel."""
    config.addinivalue_line(
        "markers", "slow: builds or installs something (seconds, not milliseconds); still runs"
    )
    package = Path(yhdyspinta_cli.__file__).resolve().parent
    if package.parent != REPO and not (package / "data" / "checklists").is_dir():
        raise pytest.UsageError(
            f"{package} is neither this checkout nor an installed wheel with its data. "
            "Run the tests with the README's command: "
            ".venv/bin/pip install -e '.[test]' && .venv/bin/pytest"
        )


@pytest.fixture(autouse=True)
def stable_terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """Fixed width, no colour, English-neutral locale and no project config from the checkout."""
    monkeypatch.setenv("COLUMNS", "100")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("TERM", "dumb")
    for name in ("LANG", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    # The JSON outputs' `meta.generated`: the same in every run, so two runs compare equal.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1773480600")
    # Crash logs and other temporary files stay with the test, not in the system's /tmp.
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.chdir(tmp_path)
    yield


@dataclass(frozen=True)
class Run:
    """What one run of the command line returned and printed."""

    code: int
    out: str
    err: str

    @property
    def output(self) -> str:
        """stdout and stderr together, for checks that must hold for both."""
        return self.out + self.err


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str]) -> Callable[..., Run]:
    """Run `yhdyspinta ARGS...` in this process, through the real error boundary."""
    from yhdyspinta_cli.cli import app
    from yhdyspinta_cli.cli.boundary import run_for_code

    def run(*args: str | Path) -> Run:
        capsys.readouterr()
        code = run_for_code(app, [str(arg) for arg in args])
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


def run_installed(
    *args: str | Path, cwd: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run the installed `yhdyspinta` console script; the timeout only guards against a hang."""
    return subprocess.run(
        [str(YHDYSPINTA), *(str(arg) for arg in args)],
        cwd=cwd,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=timeout,
        check=False,
    )


# Runs the installed entry point with ARGS, then writes which of NAMES got imported to OUT.
IMPORT_PROBE = """
import json, sys
out, names, args = sys.argv[1], sys.argv[2].split(","), sys.argv[3:]
sys.argv = ["yhdyspinta", *args]
from yhdyspinta_cli.cli import main
try:
    main()
except SystemExit as exit:
    code = exit.code
imported = sorted({name.split(".")[0] for name in sys.modules} & set(names))
with open(out, "w", encoding="utf-8") as stream:
    json.dump({"code": code, "imported": imported}, stream)
"""


def imported_modules(cwd: Path, names: Sequence[str], *args: str) -> tuple[object, list[str]]:
    """Run `yhdyspinta ARGS` in a fresh interpreter: its exit code and which `names` it imported."""
    out = cwd / "probe.json"
    result = subprocess.run(
        [sys.executable, "-c", IMPORT_PROBE, str(out), ",".join(names), *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=cwd,
    )
    assert out.exists(), result.stderr
    report = json.loads(out.read_text(encoding="utf-8"))
    return report["code"], list(report["imported"])
