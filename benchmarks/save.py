"""How long one save of a fully answered assessment takes, next to a plain PyYAML C dump.

Run it against the installed package:  .venv/bin/python benchmarks/save.py [--repeat N]

It builds an assessment in a temporary folder in which every item has a level, a target, a note,
two pieces of evidence and ratings from five organisations, then times, in the same run:

- save:     AssessmentFile.save(): ruamel round-trip render, conflict check, write_atomic (fsync)
- render:   AssessmentFile.render() alone
- write:    write_atomic() of the rendered text alone
- baseline: yaml.dump(data, Dumper=yaml.CSafeDumper) of the same data as plain dicts

The issue's target: a save takes under 50 ms on the project's machines.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from yhdyspinta_cli.assessment.create import NewAssessment, create_assessment
from yhdyspinta_cli.assessment.edit import AnswerUpdate, set_answer
from yhdyspinta_cli.assessment.model import Organisation
from yhdyspinta_cli.assessment.store import AssessmentFile, open_assessment
from yhdyspinta_cli.atomic import write_atomic
from yhdyspinta_cli.checklist.catalog import Catalog, load_catalog

TARGET_MS = 50.0
ORGANISATIONS = (
    Organisation("tre", "kunta", "Tampereen kaupunki"),
    Organisation("pirha", "hyvinvointialue", "Pirkanmaan hyvinvointialue"),
    Organisation("kela", "kela", "Kela"),
    Organisation("tyo", "tyollisyysalue", "Tampereen seudun työllisyysalue"),
    Organisation("jarj", "jarjesto", "Pirkanmaan järjestöverkosto"),
)
NOTE = (
    "Työpajassa todettiin, että yhteistyö toimii arjessa hyvin mutta siitä ei ole sovittu "
    "kirjallisesti. Kela ja hyvinvointialue näkevät työnjaon eri tavoin.\n"
    "Seuraava askel: kirjataan yhteyshenkilöt ja foorumit yhteiseen kuvaukseen ennen syksyä."
)


def build(folder: Path, catalog: Catalog) -> AssessmentFile:
    """A fully answered assessment on disk, open for editing."""
    path = folder / "arvio.yaml"
    new = NewAssessment("Tampereen seutu", "2026-03-14", "fi", ORGANISATIONS, "Pirkanmaa")
    create_assessment(path, new, catalog)
    file = open_assessment(path, catalog)
    for index, item in enumerate(catalog.iter_items()):
        ratings = {org.key: (index + shift) % 5 + 1 for shift, org in enumerate(ORGANISATIONS)}
        update = AnswerUpdate(
            current=index % 5 + 1,
            target=min(index % 5 + 2, 5),
            note=f"{item.id}: {NOTE}",
            evidence=(f"https://example.invalid/muistiot/{item.id}.pdf", "Yhteistyösopimus 2025"),
            ratings=ratings,
        )
        set_answer(file, item.id, update, catalog, "2026-03-14T10:00:00+02:00")
    file.save()
    return file


def plain(value: Any) -> Any:
    """The round-trip data as plain dicts, lists and strings."""
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, str):
        return str(value)
    return value


def median_ms(action: Callable[[], object], repeat: int) -> float:
    """The median wall time of `action`, in milliseconds, after one warm-up run."""
    action()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=31, help="timed runs per measure")
    repeat = parser.parse_args().repeat
    catalog = load_catalog()
    dumper: Any = getattr(yaml, "CSafeDumper", None)
    if dumper is None:
        print("PyYAML has no C dumper here (libyaml missing); the baseline would be wrong")
        return 1
    with tempfile.TemporaryDirectory() as temp:
        file = build(Path(temp), catalog)
        text = file.render()
        data = plain(file.data)
        scratch = Path(temp) / "scratch.yaml"
        results = {
            "save": median_ms(file.save, repeat),
            "render": median_ms(file.render, repeat),
            "write": median_ms(lambda: write_atomic(scratch, text), repeat),
            "baseline": median_ms(
                lambda: yaml.dump(data, Dumper=dumper, allow_unicode=True, sort_keys=False), repeat
            ),
        }
    report(results, text, len(list(catalog.iter_items())), repeat)
    return 0


def report(results: dict[str, float], text: str, items: int, repeat: int) -> None:
    baseline = results["baseline"]
    print(
        f"assessment: {items} items, {len(ORGANISATIONS)} organisations, "
        f"{len(text.splitlines())} lines, {len(text.encode()) / 1024:.1f} KB; "
        f"median of {repeat} runs; Python {sys.version.split()[0]}"
    )
    print(f"  save (render + check + write_atomic) {results['save']:8.2f} ms")
    print(f"  render alone (ruamel round-trip)     {results['render']:8.2f} ms")
    print(f"  write_atomic alone (fsync, rename)   {results['write']:8.2f} ms")
    print(f"  yaml.dump with CSafeDumper           {baseline:8.2f} ms")
    print(f"  ratio save / CSafeDumper             {results['save'] / baseline:8.1f} x")
    print(f"  ratio render / CSafeDumper           {results['render'] / baseline:8.1f} x")
    verdict = "under" if results["save"] < TARGET_MS else "OVER"
    print(f"  target: a save under {TARGET_MS:.0f} ms: {verdict} ({results['save']:.1f} ms)")


if __name__ == "__main__":
    sys.exit(main())
