"""How long `yhdyspinta check` takes over 500 assessments, next to check-jsonschema and the floor.

Run it against the installed package:  .venv/bin/python benchmarks/check.py [--files N] [--repeat N]

It writes N complete assessments to a temporary folder: every item answered with a level and a
target, five organisations' ratings, a two-line note and two pieces of evidence per item, and an
action with an owner and a due date for every gap, about 19 KB each. `check` must pass them (it
says so, or the benchmark stops). Then it times, in turns so that a noisy moment hits all alike:

- check:            the installed `yhdyspinta check FOLDER`, a real process (start-up included);
- check-jsonschema: `check-jsonschema --schemafile <yhdyspinta schema assessment> FILES...`;
- floor:            reading and parsing each file with PyYAML's C loader (yaml.CSafeLoader) in
                    this process, one file after another: no start-up, no checks.

It prints the best wall time of each, both ratios to the floor, and check's CPU time over its
wall time (above 1: more than one core at work). The issue's target: check <= 1.5 x the floor.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

from yhdyspinta_cli.checklist.catalog import Catalog, load_catalog

TARGET = 1.5
SCRIPTS = Path(sysconfig.get_path("scripts"))
ORGANISATIONS = (
    ("tre", "kunta", "Tampereen kaupunki"),
    ("pirha", "hyvinvointialue", "Pirkanmaan hyvinvointialue"),
    ("kela", "kela", "Kela"),
    ("tyo", "tyollisyysalue", "Tampereen seudun työllisyysalue"),
    ("jarj", "jarjesto", "Pirkanmaan järjestöverkosto"),
)
NOTE = (
    "Työpajassa todettiin, että yhteistyö toimii arjessa hyvin mutta siitä ei ole sovittu "
    "kirjallisesti (laki 381/2023). Kela ja hyvinvointialue näkevät työnjaon eri tavoin.\n"
    "Seuraava askel: kirjataan yhteyshenkilöt ja foorumit yhteiseen kuvaukseen ennen syksyä."
)


def assessment(number: int, catalog: Catalog) -> dict[str, Any]:
    """A complete assessment: every item answered, an owned and dated action for every gap."""
    answers: dict[str, Any] = {}
    actions: list[dict[str, Any]] = []
    keys = [key for key, _, _ in ORGANISATIONS]
    for index, item in enumerate(catalog.iter_items()):
        current = (index + number) % 5 + 1
        target = min(current + (index % 2), 5)
        answers[item.id] = {
            "current": current,
            "target": target,
            "ratings": {key: (index + shift) % 5 + 1 for shift, key in enumerate(keys)},
            "note": f"{item.id}: {NOTE}",
            "evidence": [f"https://example.invalid/muistiot/{item.id}.pdf", "Sopimus 2025"],
            "participants": list(keys),  # a shared list would be dumped as an alias
            "changed": "2026-03-14T10:00:00+02:00",
        }
        if target > current:
            actions.append(action(len(actions) + 1, item.id, keys[index % 5]))
    return {
        "format": "yhdyspinta/assessment",
        "version": 1,
        "region": f"Alue {number}",
        "date": "2026-03-14",
        "language": "fi",
        "organisations": [{"key": k, "type": t, "name": n} for k, t, n in ORGANISATIONS],
        "checklists": {checklist.id: checklist.version for checklist in catalog.checklists},
        "answers": answers,
        "actions": actions,
    }


def action(number: int, item_id: str, owner: str) -> dict[str, Any]:
    """An open action with an owner and a due date."""
    return {
        "id": f"A{number}",
        "items": [item_id],
        "title": f"Kehitetään {item_id}",
        "owner": owner,
        "status": "planned",
        "responsible": "kehittämispäällikkö",
        "due": "2099-12-31",
        "measure": "Kuvaus on julkaistu ja käsitelty yhteistyöryhmässä.",
    }


def write_files(folder: Path, count: int, catalog: Catalog) -> list[Path]:
    """`count` assessment files in `folder`."""
    dumper: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    folder.mkdir(parents=True)
    paths = []
    for number in range(count):
        path = folder / f"arvio-{number:04}.yaml"
        text = yaml.dump(assessment(number, catalog), Dumper=dumper, allow_unicode=True,
                         sort_keys=False, width=4096)  # fmt: skip
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def run_timed(command: list[str], cwd: Path) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of the child and its workers, exit code)."""
    before = _children_cpu()
    start = time.perf_counter()
    result = subprocess.run(command, cwd=cwd, capture_output=True, check=False)
    wall = time.perf_counter() - start
    return wall, _children_cpu() - before, result.returncode


def floor(paths: list[Path]) -> float:
    """Read and parse every file with the C loader, one after another."""
    loader: Any = yaml.CSafeLoader
    start = time.perf_counter()
    for path in paths:
        yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    return time.perf_counter() - start


def program(name: str) -> str:
    """An installed console script of this environment."""
    return str(SCRIPTS / f"{name}{'.exe' if os.name == 'nt' else ''}")


def write_schema(path: Path) -> Path:
    """The schema exactly as `yhdyspinta schema assessment` prints it."""
    command = [program("yhdyspinta"), "schema", "assessment"]
    path.write_bytes(subprocess.run(command, capture_output=True, check=True).stdout)
    return path


def _children_cpu() -> float:
    try:
        import resource
    except ImportError:  # Windows: no CPU figure
        return 0.0
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=500, help="assessment files to generate")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs of each")
    args = parser.parse_args()
    if not hasattr(yaml, "CSafeLoader"):
        print("PyYAML has no C loader here (libyaml missing); the floor would be wrong")
        return 1
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        paths = write_files(folder / "assessments", args.files, load_catalog())
        schema = write_schema(folder / "assessment.schema.json")
        check = [program("yhdyspinta"), "check", "--format", "json", "assessments"]
        other = [program("check-jsonschema"), "--schemafile", str(schema)]
        other += [str(path.relative_to(folder)) for path in paths]
        results = measure(check, other, paths, folder, args.repeat)
        size = sum(path.stat().st_size for path in paths) / len(paths) / 1024
    report(results, len(paths), size, args.repeat)
    return 0 if results["check"][0] <= TARGET * results["floor"][0] else 1


def measure(
    check: list[str], other: list[str], paths: list[Path], folder: Path, repeat: int
) -> dict[str, tuple[float, float]]:
    """Best (wall, CPU) of each measure over `repeat` turns; stops if a validator fails a file."""
    best: dict[str, tuple[float, float]] = {}
    for _ in range(repeat):
        for name, command in (("check", check), ("check-jsonschema", other)):
            wall, cpu, code = run_timed(command, folder)
            if code != 0:
                raise SystemExit(f"{name} failed the generated files (exit {code}); fix that first")
            best[name] = min(best.get(name, (wall, cpu)), (wall, cpu))
        wall = floor(paths)
        best["floor"] = min(best.get("floor", (wall, 0.0)), (wall, 0.0))
    return best


def report(results: dict[str, tuple[float, float]], files: int, size: float, repeat: int) -> None:
    """The table: wall time, time per file, CPU use; both ratios; the verdict."""
    print(
        f"{files} complete assessments, {size:.1f} KB each; best of {repeat} runs; "
        f"{os.cpu_count()} cores; Python {sys.version.split()[0]}"
    )
    base = results["floor"][0]
    for name, label in (
        ("check", "yhdyspinta check (all files, passes)"),
        ("check-jsonschema", "check-jsonschema --schemafile"),
        ("floor", "PyYAML C loader alone (the floor)"),
    ):
        wall, cpu = results[name]
        usage = f"   CPU/wall {cpu / wall:.2f}" if cpu else ""
        print(f"  {label:38} {wall:7.2f} s  {wall * 1000 / files:6.2f} ms/file{usage}")
    check, other = results["check"][0], results["check-jsonschema"][0]
    print(f"  ratio check / floor                    {check / base:7.2f} x")
    print(f"  ratio check-jsonschema / floor         {other / base:7.2f} x")
    verdict = "met" if check <= TARGET * base else "NOT met"
    print(f"  target: check <= {TARGET} x the floor: {verdict} ({check / base:.2f} x)")


if __name__ == "__main__":
    sys.exit(main())
