"""The walk's logic, driven by a scripted Prompter: navigation, answers on disk, progress."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from walk_helpers import (
    DEFAULT,
    ORGS,
    STAMP,
    Asked,
    ScriptedPrompter,
    answer_steps,
    answers_on_disk,
    catalog,
    item_ids,
    make_walk,
    new_file,
    prefill,
)

from yhdyspinta_cli.assessment.edit import AnswerUpdate, set_answer
from yhdyspinta_cli.assessment.model import Answer
from yhdyspinta_cli.assessment.store import open_assessment
from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.walk.prompter import BACK, INFO, JUMP, QUIT, SKIP
from yhdyspinta_cli.walk.walk import Outcome

S1 = item_ids("S1")
S2 = item_ids("S2")
ALL_KEYS = [org.key for org in ORGS]


def fi(key: str) -> str:
    return message(key, "fi")


def walk_file(
    tmp_path: Path, script: list[Any], **options: Any
) -> tuple[Outcome, ScriptedPrompter]:
    """Walk a.yaml (created if missing) with everyone present, answering from `script`."""
    path = tmp_path / "a.yaml"
    if not path.exists():
        new_file(path)
    prompter = ScriptedPrompter([DEFAULT, *script])
    outcome = make_walk(open_assessment(path, catalog()), prompter, **options).run()
    return outcome, prompter


def test_the_walk_resumes_at_the_first_unanswered_item(tmp_path: Path) -> None:
    new_file(tmp_path / "a.yaml")
    prefill(tmp_path / "a.yaml", {S1[0]: 3, S1[1]: 2, S1[3]: 4})
    _, prompter = walk_file(tmp_path, [QUIT])
    assert prompter.shown == [S1[2]]


def test_a_new_file_starts_at_the_first_item_and_asks_who_is_present(tmp_path: Path) -> None:
    _, prompter = walk_file(tmp_path, [QUIT])
    assert prompter.shown == [S1[0]]
    present = prompter.asked[0]
    assert (present.kind, present.question) == ("choose_many", fi("ask_present"))
    assert present.values == ALL_KEYS
    assert present.default == ",".join(ALL_KEYS), "everyone is preselected"


def test_every_part_of_an_answer_is_on_disk_before_the_next_question(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    new_file(path)
    on_disk: dict[str, Answer] = {}

    def look(prompter: ScriptedPrompter, asked: Asked) -> None:
        on_disk[f"{len(prompter.asked)}:{asked.question}"] = answers_on_disk(path).get(
            S1[0], Answer()
        )

    script = [
        DEFAULT,
        *answer_steps(3, 4, "Kela mukana åäö", "pöytäkirja 3/2026; https://x.fi/a"),
        QUIT,
    ]
    prompter = ScriptedPrompter(script, on_ask=look)
    make_walk(open_assessment(path, catalog()), prompter).run()

    seen = list(on_disk.values())
    # Asked: present, current, target, note, evidence, the next item's current.
    assert seen[1] == Answer()
    assert (seen[2].current, seen[2].target) == (3, None)
    assert (seen[3].current, seen[3].target, seen[3].note) == (3, 4, None)
    assert seen[4].note == "Kela mukana åäö"
    assert seen[4].evidence == ()
    assert seen[5] == Answer(
        current=3,
        target=4,
        note="Kela mukana åäö",
        evidence=("pöytäkirja 3/2026", "https://x.fi/a"),
        participants=tuple(ALL_KEYS),
        changed=STAMP,
    )


def test_back_goes_to_the_previous_item_with_its_answers_as_defaults(tmp_path: Path) -> None:
    script = [*answer_steps(3, 4, "eka", "liite"), BACK, DEFAULT, DEFAULT, DEFAULT, DEFAULT, QUIT]
    outcome, prompter = walk_file(tmp_path, script)
    assert outcome is Outcome.QUIT
    assert prompter.shown == [S1[0], S1[1], S1[0], S1[1]]
    second_visit = prompter.asked[6:10]
    assert [asked.default for asked in second_visit] == ["3", "4", "eka", "liite"]
    assert answers_on_disk(tmp_path / "a.yaml")[S1[0]].level == 3


def test_back_on_the_first_item_stays_there(tmp_path: Path) -> None:
    _, prompter = walk_file(tmp_path, [BACK, QUIT])
    assert prompter.shown == [S1[0], S1[0]]


def test_skip_leaves_the_item_unanswered(tmp_path: Path) -> None:
    _, prompter = walk_file(tmp_path, [SKIP, *answer_steps(2, 3), QUIT])
    assert prompter.shown == [S1[0], S1[1], S1[2]]
    answers = answers_on_disk(tmp_path / "a.yaml")
    assert S1[0] not in answers
    assert (answers[S1[1]].current, answers[S1[1]].target) == (2, 3)


def test_jump_goes_to_the_first_item_of_the_chosen_recommendation(tmp_path: Path) -> None:
    _, prompter = walk_file(tmp_path, [JUMP, "S3", QUIT])
    jump = prompter.asked_for(fi("ask_jump"))
    assert len(jump) == 1
    assert jump[0].suggestions == (*(c.id for c in catalog().checklists), *item_ids())
    assert prompter.shown == [S1[0], item_ids("S3")[0]]


def test_dont_know_is_saved_and_the_target_still_asked(tmp_path: Path) -> None:
    _, prompter = walk_file(tmp_path, [*answer_steps(DONT_KNOW, 4), QUIT])
    assert fi("ask_target") in prompter.questions
    answer = answers_on_disk(tmp_path / "a.yaml")[S1[0]]
    assert (answer.current, answer.target) == (DONT_KNOW, 4)


def test_not_applicable_asks_for_a_reason_until_one_is_given(tmp_path: Path) -> None:
    script = [NOT_APPLICABLE, "", "   ", " Ei koske meitä ", "", "", QUIT]
    _, prompter = walk_file(tmp_path, script)
    assert len(prompter.asked_for(fi("ask_reason"))) == 3
    assert fi("ask_target") not in prompter.questions
    assert prompter.shown == [S1[0], S1[1]]
    answer = answers_on_disk(tmp_path / "a.yaml")[S1[0]]
    assert (answer.current, answer.reason, answer.target) == (
        NOT_APPLICABLE,
        "Ei koske meitä",
        None,
    )


def test_quit_returns_quit_and_keeps_what_was_answered(tmp_path: Path) -> None:
    outcome, _ = walk_file(tmp_path, [*answer_steps(4, 5, "hyvä"), *answer_steps(1, 2), QUIT])
    assert outcome is Outcome.QUIT
    answers = answers_on_disk(tmp_path / "a.yaml")
    assert [answers[i].level for i in S1[:2]] == [4, 1]
    assert answers[S1[0]].note == "hyvä"
    assert set(answers) == set(S1[:2])


def test_a_walk_to_the_end_finishes_and_says_so(tmp_path: Path) -> None:
    outcome, prompter = walk_file(tmp_path, [SKIP] * len(S2), recommendation="S2")
    assert outcome is Outcome.FINISHED
    assert prompter.messages[-1] == (fi("done"), True)


@pytest.mark.parametrize("wanted", ["S2", "s2"])
def test_recommendation_walks_only_that_recommendation(tmp_path: Path, wanted: str) -> None:
    _, prompter = walk_file(tmp_path, [SKIP] * len(S2), recommendation=wanted)
    assert prompter.shown == S2


def test_only_unanswered_skips_answered_items(tmp_path: Path) -> None:
    new_file(tmp_path / "a.yaml")
    prefill(tmp_path / "a.yaml", {S2[0]: 2, S2[2]: DONT_KNOW, S2[5]: 5})
    _, everything = walk_file(tmp_path, [SKIP] * (len(S2) - 1), recommendation="S2")
    assert everything.shown == S2[1:], "without the option, answered items after the start show"
    remaining = [i for i in S2 if i not in (S2[0], S2[2], S2[5])]
    _, prompter = walk_file(
        tmp_path, [SKIP] * len(remaining), recommendation="S2", only_unanswered=True
    )
    assert prompter.shown == remaining


def test_progress_counts_recommendation_item_and_answers(tmp_path: Path) -> None:
    new_file(tmp_path / "a.yaml")
    prefill(tmp_path / "a.yaml", {S1[0]: 3})
    _, prompter = walk_file(tmp_path, [*answer_steps(2, 3), JUMP, "S2", QUIT])
    total = len(item_ids())
    recommendations = len(catalog().checklists)
    progress = [
        (p.recommendation, p.recommendations, p.item, p.items, p.answered, p.total)
        for p in (screen.progress for screen in prompter.screens)
    ]
    assert progress == [
        (1, recommendations, 2, len(S1), 1, total),
        (1, recommendations, 3, len(S1), 2, total),
        (2, recommendations, 1, len(S2), 2, total),
    ]


def test_answers_name_the_organisations_present(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    new_file(path)
    prompter = ScriptedPrompter([["kela", "tre"], *answer_steps(3, 4), QUIT])
    make_walk(open_assessment(path, catalog()), prompter).run()
    assert answers_on_disk(path)[S1[0]].participants == ("tre", "kela")


def test_the_level_question_offers_levels_special_answers_and_navigation(tmp_path: Path) -> None:
    _, prompter = walk_file(tmp_path, [QUIT])
    question = prompter.asked[1]
    levels = [str(v) for v in catalog().scale.values]
    assert question.values == [*levels, DONT_KNOW, NOT_APPLICABLE, BACK, SKIP, JUMP, INFO, QUIT]
    shortcuts = [c.shortcut for c in question.choices]
    assert shortcuts == [*levels, "d", "n", "b", "s", "g", "i", "q"]
    item = catalog().item(S1[0])
    assert item is not None
    assert question.choice("3").description == item.levels[3]["fi"]


def test_going_over_an_answer_again_leaves_it_as_it_was(tmp_path: Path) -> None:
    # Evidence set with `yhdyspinta answer` may itself contain the separator.
    path = tmp_path / "a.yaml"
    new_file(path)
    file = open_assessment(path, catalog())
    evidence = ("Pöytäkirja 2/2026; liite 3", "https://example.invalid/a;b")
    update = AnswerUpdate(3, None, 4, "rivi 1\nrivi 2", evidence, {}, tuple(ALL_KEYS))
    set_answer(file, S1[0], update, catalog(), "2026-01-01T09:00:00+02:00")
    file.save()
    before = path.read_text(encoding="utf-8")
    walk_file(tmp_path, [JUMP, "S1", DEFAULT, DEFAULT, DEFAULT, DEFAULT, QUIT])
    assert path.read_text(encoding="utf-8") == before
    after = answers_on_disk(path)[S1[0]]
    assert (after.evidence, after.note) == (evidence, "rivi 1\nrivi 2")


def test_passing_over_an_answered_item_keeps_who_answered_it(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    new_file(path)
    first = make_walk(
        open_assessment(path, catalog()),
        ScriptedPrompter([["tre", "pirha"], *answer_steps(3, 4), QUIT]),
    )
    first.run()
    # Another day, another group: back over the answered item, confirming every default.
    script = [["kela"], BACK, DEFAULT, DEFAULT, DEFAULT, DEFAULT, QUIT]
    make_walk(open_assessment(path, catalog()), ScriptedPrompter(script)).run()

    kept = answers_on_disk(path)[S1[0]]
    assert kept.current == 3
    assert kept.participants == ("tre", "pirha")
