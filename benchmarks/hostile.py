"""Every command on a hostile file: 1.3 MB of 50,000 answers to unknown items (issue 15.15).

Run it against the installed package:  .venv/bin/python benchmarks/hostile.py [--keys 50000]

It writes a normal assessment (made by `new` and `answer`) and a copy with `--keys` answers to
items no checklist has, then times each command once on the hostile file, each on a fresh copy
where the command writes. Each time is printed as a ratio against `status` of the normal file in
the same run, so a slow machine and a fast one show the same figures. A command that takes more
than the limit (5 s, issue 15.15) is marked SLOW; one that crashes (exit 3) stops the run.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

LIMIT_SECONDS = 5.0
INTERNAL_ERROR = 3


def program() -> str:
    """The installed `yhdyspinta` beside this Python."""
    scripts = Path(sysconfig.get_path("scripts"))
    return str(scripts / ("yhdyspinta.exe" if os.name == "nt" else "yhdyspinta"))


def run(command: list[str], cwd: Path) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (nan on Windows) and exit code of one run; a crash stops it all."""
    cpu_before = _children_cpu()
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, check=False)
    seconds = time.perf_counter() - start
    if result.returncode == INTERNAL_ERROR or result.returncode < 0:
        sys.exit(f"{' '.join(command)} crashed:\n{result.stderr.decode(errors='replace')[-2000:]}")
    return seconds, _children_cpu() - cpu_before, result.returncode


def _children_cpu() -> float:
    """CPU seconds of the finished children: a busy machine disturbs it less than wall time."""
    try:
        import resource
    except ImportError:  # Windows
        return float("nan")
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def make_files(folder: Path, keys: int) -> None:
    """normal.yaml (one answer) and hostile.yaml (the same plus `keys` unknown items)."""
    yhdyspinta = program()
    new = [yhdyspinta, "new", "normal.yaml", "--region", "Tre", "--date", "2026-03-01"]
    subprocess.run(
        [*new, "--org", "tre:kunta:Tampere", "--org", "kela:kela"], cwd=folder, check=True
    )
    answer = [yhdyspinta, "answer", "normal.yaml", "S1.2", "--level", "3", "--target", "4"]
    subprocess.run(answer, cwd=folder, check=True, capture_output=True)
    text = (folder / "normal.yaml").read_text("utf-8")
    unknown = "".join(f"  X{n // 1000}.{n % 1000}:\n    current: 2\n" for n in range(keys))
    hostile = text.replace("answers:\n", f"answers:\n{unknown}", 1)
    (folder / "hostile.yaml").write_text(hostile, "utf-8")


def commands(folder: Path) -> dict[str, list[str]]:
    """What to time on the hostile file; each writing command gets its own copy."""
    for name in ("migrate", "answer", "action", "ours"):
        shutil.copyfile(folder / "hostile.yaml", folder / f"{name}.yaml")
    yhdyspinta = program()
    return {
        "status": [yhdyspinta, "status", "hostile.yaml"],
        "check": [yhdyspinta, "check", "hostile.yaml"],
        "migrate": [yhdyspinta, "migrate", "migrate.yaml"],
        "answer": [yhdyspinta, "answer", "answer.yaml", "S1.3", "--level", "2"],
        "action": [
            *(yhdyspinta, "action", "add", "action.yaml", "--item", "S1.2"),
            *("--title", "Yhteyshenkilöt", "--owner", "tre"),
        ],
        "merge": [yhdyspinta, "merge", "hostile.yaml", "ours.yaml", "normal.yaml"],
        "report gaps": [yhdyspinta, "report", "gaps", "hostile.yaml"],
        "summary": [yhdyspinta, "summary", "hostile.yaml"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keys", type=int, default=50_000, help="unknown item keys")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        make_files(folder, args.keys)
        size = (folder / "hostile.yaml").stat().st_size / 1_048_576
        run([program(), "status", "normal.yaml"], folder)  # warm-up: caches, bytecode
        base, base_cpu, _ = run([program(), "status", "normal.yaml"], folder)
        print(f"hostile.yaml: {args.keys} unknown item keys, {size:.1f} MB")
        print("  command                  wall (x status)   CPU (x status)")
        unit = f"{base:6.2f} s   1.0x     {base_cpu:6.2f} s   1.0x"
        print(f"  {'status of a normal file':24} {unit}  (the unit)")
        slow = 0
        for name, command in commands(folder).items():
            seconds, cpu, code = run(command, folder)
            mark = "SLOW" if seconds > LIMIT_SECONDS else "ok"
            slow += seconds > LIMIT_SECONDS
            figures = (
                f"{seconds:6.2f} s {seconds / base:5.1f}x     {cpu:6.2f} s {cpu / base_cpu:5.1f}x"
            )
            print(f"  {name:24} {figures}  exit {code}  {mark}")
    print(f"limit {LIMIT_SECONDS:.0f} s per command: {'met' if not slow else f'{slow} over'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
