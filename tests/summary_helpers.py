"""Helpers for the summary tests: assessment files (real CLI or generated YAML) and Markdown tables.

The four SMALL files are made with the real `new` and `answer` commands; their figures are
computed by hand in test_summary_figures.py. Larger sets are written as YAML directly.
"""

from __future__ import annotations

import json
import random
import subprocess
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from conftest import Run
from markdown_it.token import Token
from report_helpers import MARKDOWNLINT
from report_helpers import headings as headings  # re-exported for the summary tests
from report_helpers import parse as parse  # re-exported for the summary tests
from report_helpers import plain_text as inline_text

ITEMS = {
    "S1": ["S1.1a", "S1.1b", "S1.2", "S1.2b", "S1.3", "S1.4c", "S1.4d", "S1.4b", "S1.5"],
    "S2": ["S2.1", "S2.2a", "S2.2b", "S2.2c", "S2.2d", "S2.3", "S2.4", "S2.5a", "S2.5b"],
    "S3": ["S3.1", "S3.2", "S3.3a", "S3.3b", "S3.3c", "S3.4"],
    "S4": [
        "S4.1a", "S4.1b", "S4.1c", "S4.2", "S4.2b", "S4.3a", "S4.3b", "S4.4", "S4.5", "S4.5b"
    ],
    "T1": [f"T1.{n}" for n in range(1, 11)],
}  # fmt: skip
ALL_ITEMS = [item for items in ITEMS.values() for item in items]
TYPES = ("kunta", "hyvinvointialue", "tyollisyysalue", "kela", "jarjesto")

Cli = Callable[..., Run]


@dataclass(frozen=True)
class Small:
    """One of the hand-computed files: where, when, who, and the answers given."""

    name: str
    region: str
    county: str
    date: str
    orgs: tuple[str, ...]
    answers: tuple[tuple[str, ...], ...]  # (item, answer options...) for `yhdyspinta answer`


SMALL = (
    Small(
        "a.yaml",
        "Tampereen seutu",
        "Pirkanmaa",
        "2026-03-14",
        ("tre:kunta:Tampere", "pirha:hyvinvointialue:Pirha", "kela:kela:Kela"),
        (
            (
                "S1.1a",
                "--level",
                "2",
                "--org",
                "tre",
                "--rating",
                "1",
                "--org",
                "pirha",
                "--rating",
                "3",
            ),
            (
                "S1.2",
                "--level",
                "4",
                "--org",
                "tre",
                "--rating",
                "3",
                "--org",
                "pirha",
                "--rating",
                "5",
                "--org",
                "kela",
                "--rating",
                "dont-know",
            ),
            ("S2.1", "--dont-know", "--note", "Kela | *ei* tiedä <b>"),
        ),
    ),
    Small(
        "b.yaml",
        "Oriveden seutu",
        "Pirkanmaa",
        "2026-05-02",
        ("ori:kunta:Orivesi", "pirha:hyvinvointialue:Pirha"),
        (
            (
                "S1.1a",
                "--level",
                "3",
                "--org",
                "ori",
                "--rating",
                "2",
                "--org",
                "pirha",
                "--rating",
                "4",
            ),
            ("S1.2", "--level", "5"),
            ("S2.1", "--level", "1"),
            ("S1.3", "--not-applicable", "Yksi kunta"),
        ),
    ),
    Small(
        "c.yaml",
        "Vaasan seutu",
        "Pohjanmaa",
        "2025-09-30",
        ("vaasa:kunta:Vaasa", "pohj:hyvinvointialue:Pohjanmaan hyvinvointialue"),
        (
            (
                "S1.1a",
                "--level",
                "4",
                "--org",
                "vaasa",
                "--rating",
                "3",
                "--org",
                "pohj",
                "--rating",
                "4",
            ),
            ("S1.2", "--dont-know"),
            ("S2.1", "--level", "2"),
        ),
    ),
    Small(
        "d.yaml",
        "Tampereen seutu",
        "Pirkanmaa",
        "2025-07-01",
        ("tre:kunta:Tampere", "pirha:hyvinvointialue:Pirha"),
        (
            (
                "S1.1a",
                "--level",
                "1",
                "--org",
                "tre",
                "--rating",
                "1",
                "--org",
                "pirha",
                "--rating",
                "2",
            ),
            ("S1.2", "--level", "3"),
        ),
    ),
)


def make_small(cli: Cli, folder: Path) -> Path:
    """The four hand-computed assessments, made with `yhdyspinta new` and `yhdyspinta answer`."""
    folder.mkdir(parents=True, exist_ok=True)
    for small in SMALL:
        path = folder / small.name
        orgs = [arg for spec in small.orgs for arg in ("--org", spec)]
        run = cli(
            "new",
            path,
            "--region",
            small.region,
            "--county",
            small.county,
            "--date",
            small.date,
            "--lang",
            "fi",
            *orgs,
        )
        assert run.code == 0, run.output
        for item, *options in small.answers:
            run = cli("answer", path, item, *options)
            assert run.code == 0, run.output
    return folder


def assessment_data(
    region: str,
    date: str,
    county: str | None = None,
    orgs: Sequence[tuple[str, str, str]] = (),
    answers: dict[str, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """An assessment as plain data, shaped like the files `new` writes."""
    data: dict[str, Any] = {"format": "yhdyspinta/assessment", "version": 1, "region": region}
    if county is not None:
        data["county"] = county
    data |= {
        "date": date,
        "language": "fi",
        "organisations": [{"key": k, "type": t, "name": n} for k, t, n in orgs],
        "checklists": {"S1": "1.1.0", "S2": "1.1.0", "S3": "1.1.0", "S4": "1.1.0", "T1": "1.1.0"},
        "answers": answers or {},
        "actions": [],
    }
    return data


def write_yaml(path: Path, data: Any) -> Path:
    """Write data as YAML (dates quoted, as the tool writes them)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def generate(folder: Path, count: int, seed: int = 1, notes: bool = False) -> list[Path]:
    """`count` random but reproducible assessments: 7 regions, 3 counties, 2024-2026."""
    rng = random.Random(seed)
    paths = []
    for index in range(count):
        orgs = [
            (f"o{j}", TYPES[(index + j) % len(TYPES)], f"Org {index}-{j}")
            for j in range(rng.randint(2, 4))
        ]
        answers: dict[str, dict[str, Any]] = {}
        for item in rng.sample(ALL_ITEMS, rng.randint(10, len(ALL_ITEMS))):
            roll = rng.random()
            current: Any = (
                "dont-know"
                if roll < 0.1
                else "not-applicable"
                if roll < 0.15
                else rng.randint(1, 5)
            )
            answer: dict[str, Any] = {"current": current}
            if current == "not-applicable":
                answer["reason"] = "Ei koske"
            if rng.random() < 0.7:
                answer["ratings"] = {
                    k: rng.choice([1, 2, 3, 4, 5, "dont-know"]) for k, _, _ in orgs
                }
            if notes and rng.random() < 0.3:
                answer["note"] = f"Muistiinpano {index} {item}"
            answers[item] = answer
        date = f"{rng.choice([2024, 2025, 2026])}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        data = assessment_data(f"Alue {index % 7}", date, f"Maakunta {index % 3}", orgs, answers)
        paths.append(write_yaml(folder / f"f{index:04d}.yaml", data))
    return paths


# --- Markdown -----------------------------------------------------------------------------------


def tables_under(tokens: Sequence[Token], heading: str) -> list[list[list[str]]]:
    """The tables (rows of cell texts, header first) under a heading, up to the next heading."""
    start = next(
        i
        for i, t in enumerate(tokens)
        if t.type == "inline" and tokens[i - 1].type == "heading_open" and inline_text(t) == heading
    )
    tables: list[list[list[str]]] = []
    row: list[str] | None = None
    for index in range(start + 2, len(tokens)):
        token = tokens[index]
        if token.type == "heading_open":
            break
        if token.type == "table_open":
            tables.append([])
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            tables[-1].append(row)
        elif (
            token.type == "inline"
            and tokens[index - 1].type in ("th_open", "td_open")
            and row is not None
        ):
            row.append(inline_text(token))
    return tables


def as_dicts(table: list[list[str]]) -> dict[str, dict[str, str]]:
    """A table keyed by its first column, each row keyed by the header."""
    header, *rows = table
    return {row[0]: dict(zip(header, row, strict=True)) for row in rows}


def number(cell: str) -> float | None:
    """A figure as the summary writes it (2,25 · 50 % · 50%) back as a number; None for a dash."""
    text = cell.replace("%", "").replace(",", ".").strip()
    return None if text in ("–", "") else float(text)


def markdownlint(*paths: Path) -> subprocess.CompletedProcess[str]:
    """markdownlint-cli on the files, with line length off (tables are wide)."""
    return subprocess.run(
        [str(MARKDOWNLINT), "--disable", "MD013", "--", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def summary_json(cli: Cli, *args: str | Path) -> tuple[Run, dict[str, Any]]:
    """`yhdyspinta summary ... --format json`, parsed."""
    run = cli("summary", *args, "--format", "json")
    return run, json.loads(run.out)
