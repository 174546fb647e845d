"""`yhdyspinta summary` over many files, against PyYAML's C loader alone (the floor), in one run.

Run it against the installed package:  .venv/bin/python benchmarks/summary.py [--sizes 1000 5000]

For each size N it writes N synthetic assessments (28 answers, 3-6 organisations with their own
ratings, notes, evidence, actions: about 12 KB and 440 lines each, like a full workshop) into a
temporary folder, then times, each in a fresh process and taking turns so that a noisy moment
hits them alike:

- floor:     a loop that reads every file and parses it with yaml.load(CSafeLoader), 1 process
- floor x2:  the same loop split over 2 processes (a reference for "both cores")
- summary:   `yhdyspinta summary DIR` (Markdown to stdout, no charts), and as `--format json`
- charts:    `yhdyspinta summary DIR -o summary.md` (Markdown with the SVG charts)

Peak RSS comes from resource.getrusage(RUSAGE_CHILDREN) in a small runner process whose only
child is the command: the largest process in the command's tree (the parent or a worker). It is
not available on Windows. The same call gives the tree's CPU time (user + system), which a busy
machine disturbs less than the wall time.

Then, on a sample of the files, it times per file what a reader can do: the C parse alone, the
parse plus the summary's light check, and the parse plus full JSON Schema validation (what
`report` and `status` do).

Targets (issue 6): summary ≤ 1.2 × the floor, using both cores; peak memory flat in N.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

TARGET = 1.2
ITEMS = [
    *("S1.1a", "S1.1b", "S1.2", "S1.3", "S1.4a", "S1.4b", "S1.5"),
    *("S2.1", "S2.2a", "S2.2b", "S2.3", "S2.4", "S2.5a", "S2.5b"),
    *("S3.1", "S3.2", "S3.3a", "S3.3b", "S3.3c", "S3.4"),
    *("S4.1a", "S4.1b", "S4.1c", "S4.2", "S4.3a", "S4.3b", "S4.4", "S4.5"),
]
TYPES = ("kunta", "hyvinvointialue", "tyollisyysalue", "kela", "jarjesto", "oppilaitos")
NOTE = (
    "Työpajassa todettiin, että kohta toimii osittain: yhteistyöstä on sovittu suullisesti, "
    "mutta kirjaukset ja yhteyshenkilöt puuttuvat vielä."
)

FLOOR = """
import sys, yaml
from pathlib import Path
for path in sorted(Path(sys.argv[1]).glob("*.yaml")):
    yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
"""
FLOOR_TWO = """
import sys, yaml
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
def parse(paths):
    for path in paths:
        yaml.load(Path(path).read_bytes(), Loader=yaml.CSafeLoader)
    return len(paths)
if __name__ == "__main__":
    paths = [str(p) for p in sorted(Path(sys.argv[1]).glob("*.yaml"))]
    chunks = [paths[i : i + 32] for i in range(0, len(paths), 32)]
    with ProcessPoolExecutor(2) as pool:
        sum(pool.map(parse, chunks))
"""


def assessment_text(rng: random.Random, index: int) -> str:
    """One synthetic, fully answered assessment, written the way `yhdyspinta` writes files."""
    year, month, day = rng.choice((2024, 2025, 2026)), rng.randint(1, 12), rng.randint(1, 28)
    stamp = f"{year}-{month:02d}-{day:02d}"
    orgs = [(f"org{j}", TYPES[(index + j) % len(TYPES)]) for j in range(rng.randint(3, 6))]
    lines = [
        "format: yhdyspinta/assessment",
        "version: 1",
        f"region: Työllisyysalue {index % 45:02d}",
        f"county: Hyvinvointialue {index % 21:02d}",
        f"date: '{stamp}'",
        "language: fi",
        "facilitator: kehittämispäällikkö",
        "organisations:",
    ]
    for key, org_type in orgs:
        lines += [
            f"  - key: {key}",
            f"    type: {org_type}",
            f"    name: Organisaatio {index}-{key}",
        ]
    lines += ["checklists:", *(f"  S{n}: 1.0.0" for n in range(1, 5)), "answers:"]
    for item in ITEMS:
        roll = rng.random()
        if roll < 0.05:
            continue
        current = "dont-know" if roll < 0.12 else rng.randint(1, 5)
        lines += [f"  {item}:", f"    current: {current}", f"    target: {rng.randint(3, 5)}"]
        lines.append("    ratings:")
        lines += [f"      {key}: {rng.choice((1, 2, 3, 4, 5, 'dont-know'))}" for key, _ in orgs]
        lines += ["    spread: 2", "    discuss: true"]
        if rng.random() < 0.6:
            lines.append(f"    note: '{NOTE}'")
        lines += [
            "    evidence:",
            f"      - https://example.invalid/muistiot/{item}.pdf",
            "      - Yhteistyösopimus 2025",
            f"    participants: [{', '.join(key for key, _ in orgs)}]",
            f"    changed: '{stamp}T10:15:00+02:00'",
        ]
    lines.append("actions:")
    for number in range(1, 4):
        lines += [
            f"  - id: A{number}",
            f"    items: [{ITEMS[number * 5]}]",
            "    title: Yhdyshenkilöluettelo kaikille yhdyspinnoille",
            "    owner: org0",
            "    status: planned",
            f"    due: '{year + 1}-06-30'",
        ]
    return "\n".join(lines) + "\n"


def generate(folder: Path, count: int) -> None:
    """`count` assessments in `folder`, the same ones on every run."""
    folder.mkdir(parents=True)
    rng = random.Random(2026)
    for index in range(count):
        (folder / f"arvio-{index:05d}.yaml").write_text(assessment_text(rng, index), "utf-8")


def run_child() -> int:
    """Runner mode: run the command after `--`, print its wall time and the tree's peak RSS."""
    command = sys.argv[sys.argv.index("--") + 1 :]
    start = time.perf_counter()
    result = subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=False)
    seconds = time.perf_counter() - start
    peak = cpu = None
    try:
        import resource

        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        scale = 1 if sys.platform == "darwin" else 1024  # macOS reports bytes, Linux kilobytes
        peak, cpu = usage.ru_maxrss * scale, usage.ru_utime + usage.ru_stime
    except ImportError:  # Windows has no resource module
        pass
    report = {"seconds": seconds, "peak": peak, "cpu": cpu, "code": result.returncode}
    report["stderr"] = result.stderr.decode(errors="replace")[-2000:]
    print(json.dumps(report))
    return 0


def measure(command: list[str]) -> dict[str, Any]:
    """One run of `command` through the runner."""
    runner = [sys.executable, __file__, "--run-child", "--", *command]
    out = subprocess.run(runner, capture_output=True, text=True, check=True).stdout
    report: dict[str, Any] = json.loads(out)
    if report["code"] != 0:
        sys.exit(f"{' '.join(command)} exited {report['code']}:\n{report['stderr']}")
    return report


def commands(folder: Path, scratch: Path) -> dict[str, list[str]]:
    """What to time: the floor first."""
    scripts = Path(sysconfig.get_path("scripts"))
    program = str(scripts / ("yhdyspinta.exe" if os.name == "nt" else "yhdyspinta"))
    return {
        "floor: C loader, 1 process": [sys.executable, "-c", FLOOR, str(folder)],
        "floor: C loader, 2 processes": [sys.executable, "-c", FLOOR_TWO, str(folder)],
        "summary (Markdown)": [program, "summary", str(folder)],
        "summary --format json": [program, "summary", str(folder), "--format", "json"],
        "summary -o md, with charts": [program, "summary", str(folder), "-o", str(scratch)],
    }


def time_size(folder: Path, repeat: int) -> dict[str, list[dict[str, Any]]]:
    """Every command `repeat` times, taking turns, after one untimed warm-up each."""
    named = commands(folder, folder.parent / f"{folder.name}-summary.md")
    for command in named.values():
        measure(command)
    runs: dict[str, list[dict[str, Any]]] = {name: [] for name in named}
    for _ in range(repeat):
        for name, command in named.items():
            runs[name].append(measure(command))
    return runs


def per_file_checks(folder: Path, sample: int) -> dict[str, float]:
    """CPU ms per file: the floor, the summary's reader, and two ways to check a whole file."""
    import yaml

    from yhdyspinta_cli.checklist.catalog import load_catalog
    from yhdyspinta_cli.loading.schema_validation import validator
    from yhdyspinta_cli.summary.make import SummaryRequest, read_rules
    from yhdyspinta_cli.summary.reading import facts_from_data, read_facts

    paths = sorted(folder.glob("*.yaml"))[:sample]
    rules = read_rules(load_catalog(), SummaryRequest(), None)
    schema = validator("assessment")

    def parse(path: Path) -> Any:
        return yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)

    actions: dict[str, Callable[[Path], Any]] = {
        "parse": parse,
        "reader": lambda path: read_facts(path, rules),
        "light": lambda path: facts_from_data(parse(path), rules),  # no checks at all
        "schema": lambda path: list(schema.iter_errors(parse(path))),
    }
    return {name: _ms_per_file(action, paths) for name, action in actions.items()}


def _ms_per_file(action: Callable[[Path], Any], paths: list[Path]) -> float:
    for path in paths[:20]:
        action(path)
    times = []
    for _ in range(3):
        start = time.process_time()
        for path in paths:
            action(path)
        times.append((time.process_time() - start) * 1000 / len(paths))
    return min(times)


def print_size(count: int, folder: Path, runs: dict[str, list[dict[str, Any]]]) -> None:
    files = list(folder.glob("*.yaml"))
    size = sum(p.stat().st_size for p in files) / len(files) / 1024
    repeat = len(next(iter(runs.values())))
    print(f"\nN = {count} files, {size:.1f} KB each; best and median of {repeat} runs")
    floor = min(r["seconds"] for r in runs["floor: C loader, 1 process"])
    floor_two = min(r["seconds"] for r in runs["floor: C loader, 2 processes"])
    for name, results in runs.items():
        seconds = [r["seconds"] for r in results]
        best = min(seconds)
        peak = results[0]["peak"]
        memory = f"peak RSS {peak / 1_048_576:6.1f} MB" if peak else "peak RSS n/a (Windows)"
        ratios = f"{best / floor:5.2f}x floor  {best / floor_two:5.2f}x floor x2"
        median = statistics.median(seconds)
        cpu = min(r["cpu"] for r in results) if results[0]["cpu"] is not None else float("nan")
        print(
            f"  {name:30} {best:6.2f} s (median {median:6.2f}, CPU {cpu:6.2f})  {ratios}  {memory}"
        )


def verdict(sizes: list[int], all_runs: dict[int, dict[str, list[dict[str, Any]]]]) -> None:
    print("\nTargets")
    for count in sizes:
        runs = all_runs[count]
        best = {name: min(r["seconds"] for r in results) for name, results in runs.items()}
        for floor_name in ("floor: C loader, 1 process", "floor: C loader, 2 processes"):
            ratio = best["summary (Markdown)"] / best[floor_name]
            status = "met" if ratio <= TARGET else f"MISSED by {(ratio / TARGET - 1) * 100:.0f} %"
            versus = f"summary / {floor_name[7:]:22}"
            print(f"  N={count}: {versus} {ratio:5.2f}x (target ≤ {TARGET}x): {status}")
    peaks = [all_runs[c]["summary (Markdown)"][0]["peak"] for c in sizes]
    if all(peaks) and len(sizes) > 1:
        growth = (peaks[-1] - peaks[0]) / 1_048_576
        print(f"  peak RSS of summary from N={sizes[0]} to N={sizes[-1]}: {growth:+.1f} MB")


def main() -> int:
    if "--run-child" in sys.argv:
        return run_child()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes", type=int, nargs="+", default=[1000, 5000], help="numbers of files"
    )
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per command and size")
    parser.add_argument(
        "--sample", type=int, default=200, help="files for the per-file check timing"
    )
    parser.add_argument("--keep", type=Path, help="generate into this folder and keep it")
    args = parser.parse_args()
    import yaml

    print(
        f"Python {sys.version.split()[0]}, PyYAML {yaml.__version__} "
        f"(libyaml {'yes' if yaml.__with_libyaml__ else 'NO: the floor is wrong'}), "
        f"{os.cpu_count()} CPU(s)"
    )
    with tempfile.TemporaryDirectory() as temp:
        root = args.keep or Path(temp)
        all_runs = {}
        for count in args.sizes:
            folder = root / f"n{count}"
            if not folder.exists():
                generate(folder, count)
            all_runs[count] = time_size(folder, args.repeat)
            print_size(count, folder, all_runs[count])
        checks = per_file_checks(root / f"n{args.sizes[0]}", args.sample)
    verdict(args.sizes, all_runs)
    print(f"\nPer file, {args.sample} files in one process (CPU ms):")
    print(f"  C loader, whole file (the floor)              {checks['parse']:6.2f}")
    print(f"  summary's reader: whole file + the validation {checks['reader']:6.2f}")
    print(f"  whole file + collecting the facts, unchecked   {checks['light']:6.2f}")
    print(f"  whole file + full JSON Schema validation      {checks['schema']:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
