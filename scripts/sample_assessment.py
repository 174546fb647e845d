"""Write a fully answered sample assessment with actions, for screenshots and benchmarks.

Run it with the project's venv:

    .venv/bin/python scripts/sample_assessment.py OUT.yaml [--actions 30]

Every item is answered (two with don't know, one not applicable) with a target, three
organisations' ratings (three items diverge by two levels or more), notes on some items, and the
given number of actions spread over the gaps, owners, statuses and due dates (some overdue). The
values come from a fixed seed, so the file is the same on every run.
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

from yhdyspinta_cli.assessment.actions import STATUSES, ActionChange, add_action
from yhdyspinta_cli.assessment.create import NewAssessment, create_assessment
from yhdyspinta_cli.assessment.edit import AnswerUpdate, set_answer
from yhdyspinta_cli.assessment.model import Organisation
from yhdyspinta_cli.assessment.store import AssessmentFile
from yhdyspinta_cli.checklist.catalog import Catalog, load_catalog
from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE

STAMP = "2026-03-14T10:00:00+02:00"
ORGANISATIONS = (
    Organisation("tre", "tyollisyysalue", "Tampereen seudun työllisyysalue"),
    Organisation("pirha", "hyvinvointialue", "Pirkanmaan hyvinvointialue"),
    Organisation("kela", "kela", "Kela"),
)
DONT_KNOW_ITEMS = ("S1.2", "S3.3c")
NOT_APPLICABLE_ITEMS = {"S4.5": "Palveluprosessit sovitetaan yhteen maakunnan tasolla."}
DIVERGENT_ITEMS = ("S1.1a", "S2.4", "S4.2")
NOTES = {
    "S1.1a": "Ydintoimijat kuvattu TYM-sopimuksessa, Kela puuttuu kuvauksesta.",
    "S2.3": "Johtoryhmän työjärjestys on luonnos (ks. muistio 12.2.).",
    "S3.2": "Tietopohja on kolmessa eri Excelissä.",
}
ACTION_TITLES = (
    "Yhdyshenkilöluettelo kaikille yhdyspinnoille",
    "TYM-johtoryhmän työjärjestys",
    "Yhteinen tilannekuvaraportti kahdesti vuodessa",
    "Asiakasohjauksen pelisäännöt",
    "Yhteinen koulutuspäivä ammattilaisille",
    "Palvelupolkujen kuvaus nuorille",
)


def write_sample(path: Path, actions: int = 30, lang: str = "fi") -> Path:
    """Write the sample to `path` (which must not exist) and return it."""
    catalog = load_catalog()
    new = NewAssessment("Pirkanmaa", "2026-03-14", lang, ORGANISATIONS)
    file = create_assessment(path, new, catalog)
    chance = random.Random(2026)
    for item in catalog.iter_items():
        set_answer(file, item.id, _answer(item.id, chance), catalog, STAMP)
    _add_actions(file, catalog, actions, chance)
    file.save()
    return path


def _answer(item_id: str, chance: random.Random) -> AnswerUpdate:
    if item_id in NOT_APPLICABLE_ITEMS:
        return AnswerUpdate(current=NOT_APPLICABLE, reason=NOT_APPLICABLE_ITEMS[item_id])
    if item_id in DONT_KNOW_ITEMS:
        return AnswerUpdate(current=DONT_KNOW, target=4)
    level = chance.randint(1, 4)
    target = min(5, level + chance.randint(0, 2))
    spread = 2 if item_id in DIVERGENT_ITEMS else chance.randint(0, 1)
    low = max(1, level - spread // 2)
    ratings = {"tre": low, "pirha": min(5, low + spread), "kela": level}
    return AnswerUpdate(current=level, target=target, ratings=ratings, note=NOTES.get(item_id))


def _add_actions(file: AssessmentFile, catalog: Catalog, count: int, chance: random.Random) -> None:
    gaps = [
        item_id
        for item_id, answer in file.view().answers.items()
        if answer.level is not None and answer.target is not None and answer.target > answer.level
    ]
    first_due = date(2025, 9, 30)
    for number in range(count):
        items = tuple(sorted({gaps[number % len(gaps)], chance.choice(gaps)}))
        due = first_due + timedelta(days=45 * number)
        change = ActionChange(
            items=items,
            title=f"{ACTION_TITLES[number % len(ACTION_TITLES)]} ({number + 1})",
            owner=ORGANISATIONS[number % len(ORGANISATIONS)].key,
            status=STATUSES[number % 3] if number % 7 else "cancelled",
            responsible="kehittämispäällikkö" if number % 2 else "TYM-koordinaattori",
            start=(due - timedelta(days=120)).isoformat(),
            due=due.isoformat(),
            measure="Hyväksytty johtoryhmässä" if number % 3 == 0 else None,
        )
        add_action(file, change, catalog, STAMP)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path, help="the assessment file to write (must not exist)")
    parser.add_argument("--actions", type=int, default=30, help="how many actions (default 30)")
    parser.add_argument("--lang", default="fi", choices=("fi", "sv", "en"))
    args = parser.parse_args()
    print(write_sample(args.output, args.actions, args.lang))


if __name__ == "__main__":
    main()
