"""The Markdown reports read back with markdown-it-py: headings, tables, lists, their figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from assessment_helpers import Cli
from markdown_it.token import Token
from report_helpers import (
    DECLINING_BASELINE,
    SAMPLE_DIVERGENT,
    SAMPLE_GAPS_WITHOUT_ACTION,
    SAMPLE_PRIORITY_ORDER,
    SAMPLE_TIMELINE,
    bullets,
    headings,
    only_table,
    parse,
    plain_text,
    section,
    tables,
    write_baseline,
    write_sample,
)
from walk_helpers import catalog, item_ids

Tokens = list[Token]
TITLES = {c.id: f"{c.id} {c.title['en']}" for c in catalog().checklists}
SUMMARY_HEADER = [
    "Recommendation",
    "Coverage",
    "Mean level",
    "Of target reached",
    "Not in place",
    "Partly",
    "In place",
    "Don't know",
    "Unanswered",
]
# The sample's hand-computed figures (report_helpers.SAMPLE_FIGURES) as the report writes them.
SUMMARY_EN = {
    "S1": ["50%", "3.5", "82%", "1", "1", "2", "1", "3"],
    "S2": ["33%", "2.7", "50%", "1", "1", "1", "0", "6"],
    "S3": ["0%", "–", "–", "0", "0", "0", "0", "6"],
    "S4": ["0%", "–", "–", "0", "0", "0", "0", "9"],
    "T1": ["0%", "–", "–", "0", "0", "0", "0", "10"],
    "Total": ["17%", "3.1", "72%", "2", "2", "3", "1", "34"],
}
SUMMARY_FI_TOTAL = ["17 %", "3,1", "72 %", "2", "2", "3", "1", "34"]
ANSWERED = {"S1.1a", "S1.1b", "S1.2", "S1.3", "S1.4c", "S1.4b", "S2.1", "S2.2a", "S2.3", "S4.5"}


def report(cli: Cli, kind: str, path: Path, *options: str | Path) -> str:
    run = cli("report", kind, path, *options)
    assert run.code == 0, run.output
    assert run.err == ""
    return run.out


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    return write_sample(tmp_path / "a.yaml")


@pytest.fixture
def gaps(cli: Cli, sample: Path) -> Tokens:
    return parse(report(cli, "gaps", sample))


def test_the_gap_analysis_has_its_sections_in_order(gaps: Tokens) -> None:
    assert headings(gaps, 1) == ["Gap analysis: Pirkanmaa"]
    assert headings(gaps, 2) == [
        "Where to start",
        "Summary",
        "Levels and targets",
        *TITLES.values(),
        "Where views differ",
        "Don't know",
        "Unanswered",
        "Missing target",
        "Not applicable",
        "How the figures are computed",
    ]


def test_the_summary_table_has_a_row_per_recommendation_and_the_total(gaps: Tokens) -> None:
    table = only_table(section(gaps, "Summary"))
    assert table.header == SUMMARY_HEADER
    assert [row[0] for row in table.rows] == [*TITLES.values(), "Total"]
    for key, figures in SUMMARY_EN.items():
        assert table.cells(key)[1:] == figures, key
    # at target: S1.4c 4/4 and S1.4b 5/5 of S1's four; S2.2a (no target) is not counted in S2
    summary = section(gaps, "Summary")
    paragraphs = [t.content for t in summary if t.type == "inline" and t.level == 1]
    assert "Items at target: 2/6 (S1 2/4, S2 0/2)." in paragraphs
    assert bullets(summary)[3].startswith("Items at target counts the items")


def test_finnish_writes_decimal_commas_and_spaced_percents(cli: Cli, tmp_path: Path) -> None:
    path = write_sample(tmp_path / "fi.yaml", lang="fi")
    table = only_table(section(parse(report(cli, "gaps", path)), "Yhteenveto"))
    assert table.header[0] == "Suositus"
    assert table.cells("Yhteensä")[1:] == SUMMARY_FI_TOTAL


@pytest.mark.parametrize("recommendation", ["S1", "S2", "S3", "S4", "T1"])
def test_each_recommendation_lists_every_item(gaps: Tokens, recommendation: str) -> None:
    """The table holds the id and the figures; the list after it each id with its question."""
    part = section(gaps, TITLES[recommendation])
    ids = item_ids(recommendation)
    questions = [i.question["en"] for i in catalog().iter_items() if i.id in ids]
    listed = [line for line in bullets(part) if line.split(" ")[0] in ids]
    assert listed == [f"{i} {q}" for i, q in zip(ids, questions, strict=True)]
    if not ANSWERED & set(ids):  # a table of dashes would say nothing
        assert tables(part) == []
        assert part[1].content == "These items have not been answered yet."
        return
    table = tables(part)[0]
    assert table.header == ["Item", "Current", "Target", "Gap", "Band"]
    assert table.column("Item") == ids
    for item_id in set(ids) - ANSWERED:
        assert list(table.row(item_id).values())[1:] == ["–", "–", "–", "–"]


@pytest.mark.parametrize(
    ("item_id", "current", "target", "gap", "band"),
    [
        ("S1.1a", "2", "4", "2", "Not in place"),
        ("S1.1b", "3", "4", "1", "Partly"),
        ("S1.2", "Don't know", "–", "–", "Don't know"),
        ("S1.3", "Not applicable", "–", "–", "–"),
        ("S1.4b", "5", "5", "0", "In place"),
        ("S2.1", "1", "3", "2", "Not in place"),
        ("S2.2a", "4", "not set", "–", "In place"),
    ],
)
def test_item_rows_show_current_target_gap_and_band(
    gaps: Tokens,
    item_id: str,
    current: str,
    target: str,
    gap: str,
    band: str,
) -> None:
    row = tables(section(gaps, TITLES[item_id[:2]]))[0].row(item_id)
    assert (row["Current"], row["Target"], row["Gap"], row["Band"]) == (current, target, gap, band)


def test_notes_and_evidence_follow_their_item(gaps: Tokens) -> None:
    lines = bullets(section(gaps, TITLES["S1"]))
    at = lines.index(f"S1.1a {catalog().item('S1.1a').question['en']}")  # type: ignore[union-attr]
    assert lines[at + 1 : at + 3] == [
        "Note: Verkostot kartoitettu.",
        "Evidence: Verkostokartta 2026 (intranet); TYM-sopimus 2025",
    ]
    assert lines[at + 3].startswith("S1.1b ")
    assert not any(line.startswith(("Note:", "Evidence:")) for line in lines[at + 3 :])


def test_the_header_names_the_participants_and_the_facilitator(gaps: Tokens) -> None:
    paragraphs = [plain_text(t) for t in gaps if t.type == "inline" and t.level == 1]
    header = paragraphs[: paragraphs.index("Where to start")]
    assert header[2:] == [
        # the type is left out where the name says it (Kela), and has no parenthesis of its own
        "Participants: Tampere (Municipality), "
        "Pirkanmaan hyvinvointialue (Wellbeing services county), Kela",
        "Facilitator: kehittämispäällikkö",
    ]


def test_items_with_a_level_but_no_target_are_counted_under_the_summary(gaps: Tokens) -> None:
    summary = section(gaps, "Summary")
    paragraphs = [t.content for t in summary if t.type == "inline" and t.level == 1]
    assert "Missing target: 1 (S2 1)." in paragraphs
    assert bullets(section(gaps, "Missing target"))[0].startswith("S2.2a: ")


def test_the_divergence_list_holds_exactly_the_items_two_levels_apart(gaps: Tokens) -> None:
    table = only_table(section(gaps, "Where views differ"))
    assert table.header == ["Item", "Ratings", "Spread"]
    assert table.column("Item") == SAMPLE_DIVERGENT  # not S1.1b (1 apart), not S1.3 (n/a)
    assert table.column("Spread") == ["2", "3"]
    assert table.row("S1.1a")["Ratings"] == "Tampere 1, Pirkanmaan hyvinvointialue 3"


def test_the_dont_know_and_unanswered_lists(gaps: Tokens) -> None:
    question = next(i.question["en"] for i in catalog().iter_items() if i.id == "S1.2")
    assert bullets(section(gaps, "Don't know")) == [f"S1.2: {question}"]
    unanswered = [line.split(":")[0] for line in bullets(section(gaps, "Unanswered"))]
    assert unanswered == [i for i in item_ids() if i not in ANSWERED]
    assert len(unanswered) == 34


def test_not_applicable_items_are_listed_with_their_reasons(gaps: Tokens) -> None:
    table = only_table(section(gaps, "Not applicable"))
    assert table.rows == [
        ["S1.3", "Ei alueellista rakennetta."],
        ["S4.5", "Ei alueellista rakennetta."],
    ]


def test_empty_lists_say_none(cli: Cli, tmp_path: Path) -> None:
    from walk_helpers import new_file

    new_file(tmp_path / "empty.yaml", lang="en")
    tokens = parse(report(cli, "gaps", tmp_path / "empty.yaml"))
    for title in ("Where views differ", "Don't know"):
        assert tables(section(tokens, title)) == []
        assert bullets(section(tokens, title)) == []
    assert "Not applicable" not in headings(tokens, 2)
    assert only_table(section(tokens, "Summary")).cells("Total")[1:4] == ["0%", "–", "–"]


def test_compare_adds_the_changes_and_the_progress(cli: Cli, sample: Path, tmp_path: Path) -> None:
    earlier = write_baseline(tmp_path / "earlier.yaml")
    markdown = report(cli, "gaps", sample, "--compare", earlier)
    tokens = parse(markdown)
    assert headings(tokens, 2)[-2:] == [
        "Changes since the earlier assessment",
        "How the figures are computed",
    ]
    changes = section(tokens, "Changes since the earlier assessment")
    intro = changes[1].content
    assert intro == "Compared with the assessment of 2025-10-01. Progress: 22%."  # 2/9
    assert bullets(section(tokens, "Items that declined", level=3)) == []
    table = only_table(section(tokens, "Changed answers", level=3))
    assert table.header == ["Item", "Earlier", "Now", "Target", "Progress"]
    changed = ["S1.1a", "S1.2", "S1.3", "S1.4c", "S1.4b", "S2.2a", "S2.3", "S4.5"]
    assert table.column("Item") == changed  # S1.1b and S2.1 did not move
    assert table.row("S1.1a") == {
        "Item": "S1.1a",
        "Earlier": "1",
        "Now": "2",
        "Target": "4",
        "Progress": "33%",
    }
    assert table.row("S1.2")["Now"] == "Don't know"  # labels, not the file's keys
    assert table.row("S1.3")["Now"] == "Not applicable"


# --- The action plan --------------------------------------------------------------------------


@pytest.fixture
def plan(cli: Cli, sample: Path) -> Tokens:
    return parse(report(cli, "plan", sample))


def action_ids(table_cells: list[str]) -> list[str]:
    return [cell.split()[0] for cell in table_cells]


def test_the_plan_has_its_sections_in_order(plan: Tokens) -> None:
    assert headings(plan, 1) == ["Action plan: Pirkanmaa"]
    assert headings(plan, 2) == [
        "By recommendation",
        "By owner",
        "Timeline",
        "Overdue",
        "Actions check does not accept",
        "What the actions are about",
        "Gaps without an action",
    ]


def test_actions_are_grouped_by_recommendation(plan: Tokens) -> None:
    by_recommendation = section(plan, "By recommendation")
    assert headings(by_recommendation, 3) == [TITLES["S1"], TITLES["S2"]]
    s1, s2 = tables(by_recommendation)
    header = ["Action", "Items", "Owner", "Responsible", "Due", "Status"]
    assert s1.header == s2.header == header
    assert action_ids(s1.column("Action")) == ["A2", "A3", "A5"]
    assert action_ids(s2.column("Action")) == ["A1", "A2", "A4"]  # A2 is in both
    assert s2.row("A2")["Items"] == "S1.1a, S2.1"
    assert s2.row("A1") == {
        "Action": "A1 TYM-johtoryhmän työjärjestys",
        "Items": "S2.3",
        "Owner": "Tampere",
        "Responsible": "kehittämispäällikkö",
        "Due": "2020-06-30 OVERDUE",
        "Status": "planned",
    }


def test_actions_are_grouped_by_owner(plan: Tokens) -> None:
    by_owner = section(plan, "By owner")
    assert headings(by_owner, 3) == [
        "Tampere (tre)",
        "Pirkanmaan hyvinvointialue (pirha)",
        "Kela (kela)",
    ]
    groups = [action_ids(t.column("Action")) for t in tables(by_owner)]
    assert groups == [["A1", "A5"], ["A2"], ["A3", "A4"]]
    for table in tables(by_owner):  # the heading names the owner: no column repeats it
        assert table.header == ["Action", "Items", "Responsible", "Due", "Status"]


def test_the_timeline_is_sorted_by_due_date(plan: Tokens) -> None:
    table = only_table(section(plan, "Timeline"))
    assert table.header == ["Due", "Action", "Owner", "Status"]
    assert action_ids(table.column("Action")) == SAMPLE_TIMELINE
    assert table.column("Due") == [
        "2020-01-01",  # cancelled: not overdue
        "2020-06-30 OVERDUE",
        "2021-05-01",  # done: not overdue
        "2099-01-31",
        "no due date",
    ]
    assert table.column("Status") == ["cancelled", "planned", "done", "in progress", "planned"]


def test_overdue_actions_are_flagged(plan: Tokens) -> None:
    [line] = bullets(section(plan, "Overdue"))
    assert line == "OVERDUE A1 TYM-johtoryhmän työjärjestys (Due 2020-06-30, Tampere, planned)"


def test_every_gap_without_an_open_action_is_listed(plan: Tokens) -> None:
    lines = bullets(section(plan, "Gaps without an action"))
    assert [line.split(" ")[0] for line in lines] == SAMPLE_GAPS_WITHOUT_ACTION
    question = catalog().item("S1.1b").question["en"]  # type: ignore[union-attr]
    assert lines[0] == f"S1.1b {question} — gap 1, priority 2"  # whole numbers (issue 14.7)


def test_actions_check_would_refuse_are_flagged(plan: Tokens) -> None:
    """A5 has no due date: check does not count it against its gap (gap-without-action)."""
    [line] = bullets(section(plan, "Actions check does not accept"))
    assert line == "not accepted by check: no due date A5 Action 5 (Tampere, planned)"
    due = only_table(section(plan, "Timeline")).row("no due date")
    assert due["Action"] == "A5 Action 5"


def test_a_plan_without_actions_lists_every_gap_by_priority(cli: Cli, tmp_path: Path) -> None:
    path = write_sample(tmp_path / "a.yaml", actions=False)
    tokens = parse(report(cli, "plan", path))
    for title in ("By recommendation", "By owner", "Timeline", "Overdue"):
        assert tables(section(tokens, title)) == []
        assert section(tokens, title)[1].content == "None."
    lines = bullets(section(tokens, "Gaps without an action"))
    assert [line.split(" ")[0] for line in lines] == ["S1.1a", "S2.1", "S2.3", "S1.1b"]
    assert [line.rsplit(" ", 1)[1] for line in lines] == ["6", "5", "5", "2"]


@pytest.mark.parametrize(
    ("lang", "overdue", "status"),
    [("fi", "MYÖHÄSSÄ", "suunniteltu"), ("sv", "FÖRSENAD", "planerad")],
)
def test_the_plan_speaks_the_files_language(
    cli: Cli, tmp_path: Path, lang: str, overdue: str, status: str
) -> None:
    path = write_sample(tmp_path / "a.yaml", lang=lang)
    tokens = parse(report(cli, "plan", path))
    assert bullets(tokens)[0].startswith(f"{overdue} A1 ")
    assert status in bullets(tokens)[0]
    english = parse(report(cli, "plan", path, "--lang", "en"))
    assert headings(english, 2)[0] == "By recommendation"


@pytest.mark.parametrize(
    "options",
    [
        ["gaps", "--charts", "-o", "out/gaps.md"],
        ["gaps", "--format", "html", "--charts"],
        ["gaps", "--format", "json"],
        ["plan"],
        ["plan", "--format", "html"],
        ["plan", "--format", "json"],
    ],
    ids=" ".join,
)
def test_an_empty_assessment_makes_every_report(
    cli: Cli, tmp_path: Path, options: list[str]
) -> None:
    from walk_helpers import new_file

    new_file(tmp_path / "empty.yaml", lang="en")
    run = cli("report", options[0], tmp_path / "empty.yaml", *options[1:])
    assert run.code == 0, run.output
    assert run.err == ""


def test_show_renders_the_markdown_in_the_terminal(cli: Cli, sample: Path) -> None:
    run = cli("report", "gaps", sample, "--show")
    assert run.code == 0
    assert "Gap analysis: Pirkanmaa" in run.out
    assert "# Gap analysis" not in run.out  # rendered, not the Markdown source
    assert "| ---" not in run.out


def test_the_plan_says_what_the_actions_are_about(cli: Cli, tmp_path: Path) -> None:
    path = write_sample(tmp_path / "a.yaml")
    edited = cli(
        "action", "edit", path, "A2", "--description", "Yhteinen | työpaja", "--measure", "Visio",
    )  # fmt: skip
    assert edited.code == 0, edited.output

    run = cli("report", "plan", path)

    details = only_table(section(parse(run.out), "What the actions are about"))
    rows = {row[0].split()[0]: row for row in details.rows}
    assert details.header == ["Action", "Description", "Success measure", "Start", "Notes"]
    assert rows["A2"][1:3] == ["Yhteinen | työpaja", "Visio"]
    assert rows["A4"][3] == "2020-01-01"  # the sample's only start date
    assert "A1" not in rows  # nothing to say beyond its title


def test_compare_counts_the_declines_and_lists_each(cli: Cli, sample: Path, tmp_path: Path) -> None:
    earlier = write_baseline(tmp_path / "earlier.yaml", answers=DECLINING_BASELINE)
    tokens = parse(report(cli, "gaps", sample, "--compare", earlier))
    changes = section(tokens, "Changes since the earlier assessment")
    assert changes[1].content == "Compared with the assessment of 2025-10-01. Progress: 25%."
    movement = tables(changes)[0]
    assert movement.header == [
        "Recommendation", "Improved", "Unchanged", "Declined", "Mean change", "Progress"
    ]  # fmt: skip
    assert movement.cells("S1")[1:] == ["1", "0", "1", "−0.5", "33%"]  # (1 + 0) / (3 + 0)
    assert movement.cells("S2")[1:] == ["1", "1", "1", "0.0", "20%"]  # (0 + 1) / (2 + 3)
    assert movement.cells("Total")[1:] == ["2", "1", "2", "−0.2", "25%"]
    declined = section(tokens, "Items that declined", level=3)
    lines = bullets(declined)
    assert [line.split(":")[0] for line in lines] == ["S1.1b", "S2.2a"]  # at target, no target
    assert lines[0].endswith("(5 → 3)") and lines[1].endswith("(5 → 4)")
    changed = only_table(section(tokens, "Changed answers", level=3))
    assert changed.row("S1.1b")["Progress"] == "–"  # no room at the baseline, yet listed above


def test_the_gap_report_opens_with_the_top_priorities(gaps: Tokens) -> None:
    lines = bullets(section(gaps, "Where to start"))
    assert [line.split(":")[0] for line in lines] == SAMPLE_PRIORITY_ORDER  # only 4 gaps < 5
    # S1.1a: gap 2 (4), spread 2 (+1), legal (+1); A2 addresses it. A3 on S1.1b is cancelled.
    assert lines[0].endswith(
        "— gap 2, priority 6: a gap of 2 levels, the views differ, a legal obligation."
        " Action: A2 Action 2."
    )
    assert "— gap 2, priority 5: a gap of 2 levels, a legal obligation. Action: A1 " in lines[2]
    assert lines[2].endswith(", A4 Action 4.")  # A1 and A4 both address S2.3
    assert lines[3].endswith("— gap 1, priority 2: a gap of 1 level.")  # singular
