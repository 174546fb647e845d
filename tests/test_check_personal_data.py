"""No personal data: identity codes by checksum, phone numbers, personal email addresses."""

from __future__ import annotations

from pathlib import Path

import pytest
from assessment_helpers import Cli
from check_helpers import complete_text, item_line, json_report, write

from yhdyspinta_cli.privacy.detectors import is_hetu, iter_findings, redact

# Valid by checksum: the examples the Digital and Population Data Services Agency publishes,
# and codes of every century sign.
VALID_HETU = ["131052-308T", "010101A123N", "131052+308T", "131052Y308T", "290224E987B"]
INVALID_HETU = [
    "131052-308A",  # wrong control character
    "131052-308U",
    "311352-308T",  # no 13th month
    "310252-0006",  # no 31 February, and the shape is off
    "131052-001T",  # individual number 001 is never given
    "131052G308T",  # G is no century sign
]
PHONES = [
    "040 123 4567",
    "0401234567",
    "040-1234567",
    "050 123 45 67",
    "+358 40 123 4567",
    "+358401234567",
    "+358 (0)40 123 4567",
    "00358 40 1234567",
    "(09) 310 1234",
    "09 310 1234",
    "puh.0445551234",
]
EMAILS = [
    "matti.meikalainen@tampere.fi",
    "anna-liisa.virtanen@pirha.fi",
    "m.meikalainen@kela.fi",
    "matti_meikalainen@example.fi",
    "kirjaamo@gmail.com",  # consumer mail services are personal whatever the name
]
NOT_PERSONAL = [
    "2026-03-14",
    "14.3.2026",
    "14.03.2026",
    "2026-03-14T10:15:00+02:00",
    "klo 09.00–16.00",
    "09:30",
    "2026",
    "vuosina 2023-2025",
    "381/2023",
    "611/2021 14 §",
    "laki 1429/2022",
    "HE 13/2024 vp",
    "ESAVI/0123/04.08/2023",
    "04/2026",
    "S1.2",
    "S4.1a",
    "1.0.0",
    "0.1.0",
    "A12",
    "30 000 asiakasta",
    "12 345 €",
    "0,5 milj. €",
    "00100 Helsinki",
    "Y-tunnus 0246246-0",
    "muistio-2026-02.pdf",
    "https://example.invalid/muistiot/S1.1a.pdf",
    "kirjaamo@pirha.fi",
    "info@tampere.fi",
    "tyollisyys@tampere.fi",
    "kirjaamo.pirha@pirha.fi",
    "tyollisyyspalvelut.tampere@tampere.fi",
    "0401234567890123",  # too long for a phone number
]


@pytest.mark.parametrize("code", VALID_HETU)
def test_identity_code_with_valid_checksum_is_found(code: str) -> None:
    assert is_hetu(code)
    assert [(f.kind, f.start, f.end) for f in iter_findings(f"asiakas {code}.")] == [
        ("hetu", 8, 19)
    ]


@pytest.mark.parametrize("code", INVALID_HETU)
def test_identity_code_shape_without_valid_checksum_or_date_passes(code: str) -> None:
    assert not is_hetu(code)
    assert list(iter_findings(f"viite {code}")) == []


def test_identity_code_inside_a_longer_token_is_not_one() -> None:
    assert list(iter_findings("X131052-308T")) == []
    assert list(iter_findings("1131052-308T")) == []
    assert list(iter_findings("131052-308TX")) == []


@pytest.mark.parametrize("number", PHONES)
def test_phone_number_is_found_whole(number: str) -> None:
    text = f"Soita: {number}, kiitos"
    [finding] = iter_findings(text)
    assert finding.kind == "phone"
    assert text[finding.start : finding.end] == number.removeprefix("puh.")


def test_two_phone_numbers_in_a_row_are_two() -> None:
    text = "040 123 4567 050 765 4321"
    assert [text[f.start : f.end] for f in iter_findings(text)] == ["040 123 4567", "050 765 4321"]


@pytest.mark.parametrize("address", EMAILS)
def test_personal_email_is_found(address: str) -> None:
    text = f"lähetä ({address})"
    [finding] = iter_findings(text)
    assert (finding.kind, text[finding.start : finding.end]) == ("email", address)


@pytest.mark.parametrize("text", NOT_PERSONAL)
def test_dates_laws_ids_versions_and_role_mailboxes_are_not_flagged(text: str) -> None:
    assert list(iter_findings(text)) == []


def test_redact_hides_every_finding_and_keeps_the_rest() -> None:
    text = "unknown organisation '0401234567' and 131052-308T, see 381/2023"
    assert redact(text) == "unknown organisation '[…]' and […], see 381/2023"


# Through the command: located, named, and the value never printed ----------------------------

SECRETS = ("131052-308T", "040 123 4567", "050 765 4321", "matti.meikalainen@tampere.fi")


@pytest.fixture
def leaky(tmp_path: Path) -> Path:
    """A note with a code, a literal block with a phone number, evidence with an address."""
    text = complete_text(**{
        "  S2.3: {current: 3, target: 3}\n":
            "  S2.3:\n    current: 3\n    target: 3\n"
            "    note: |\n      Ensimmäinen rivi.\n      Asiakas 131052-308T soitti.\n"
            "      Numero 040 123 4567 on hänen.\n",
        "  S2.4: {current: 3, target: 3}": "  S2.4: {current: 3, target: 3, evidence: "
            "['Sopimus', 'matti.meikalainen@tampere.fi']}",
    })  # fmt: skip
    return write(tmp_path / "leaky.yaml", text)


@pytest.mark.parametrize("output_format", ["text", "json", "github", "junit"])
def test_value_is_never_printed_in_any_format(cli: Cli, leaky: Path, output_format: str) -> None:
    run = cli("check", "--format", output_format, leaky)

    assert run.code == 1
    assert run.output.count("personal-data") >= 3, run.output
    for secret in SECRETS:
        assert secret not in run.output
        assert secret.replace(" ", "") not in run.output.replace(" ", "")


def test_each_finding_names_its_field_and_its_own_line(cli: Cli, leaky: Path) -> None:
    run = cli("check", "--format", "json", leaky)

    found = [(p["line"], p["message"]) for p in json_report(run)["problems"]]
    lines = leaky.read_text(encoding="utf-8").splitlines()
    code_line = next(n for n, line in enumerate(lines, 1) if "131052-308T" in line)
    phone_line = next(n for n, line in enumerate(lines, 1) if "040 123 4567" in line)
    evidence_line = item_line(leaky.read_text(encoding="utf-8"), "S2.4")
    assert [line for line, _ in found] == [code_line, phone_line, evidence_line]
    assert code_line == item_line(leaky.read_text(encoding="utf-8"), "S2.3") + 5
    assert found[0][1].startswith("answers.S2.3.note holds what looks like a Finnish personal")
    assert found[1][1].startswith("answers.S2.3.note holds what looks like a phone number")
    assert found[2][1].startswith("answers.S2.4.evidence[1] holds what looks like a personal email")


def test_number_folded_over_two_lines_is_found_in_the_field(cli: Cli, tmp_path: Path) -> None:
    text = complete_text(**{
        "  S2.3: {current: 3, target: 3}\n":
            "  S2.3:\n    current: 3\n    target: 3\n"
            "    note: >\n      Yhteyshenkilön numero on 040 123\n      4567 arkisin.\n",
    })  # fmt: skip
    path = write(tmp_path / "folded.yaml", text)

    run = cli("check", "--format", "json", path)

    assert run.code == 1
    [problem] = json_report(run)["problems"]
    assert problem["rule"] == "personal-data"
    assert problem["message"].startswith("answers.S2.3.note holds what looks like a phone number")
    assert problem["line"] == item_line(text, "S2.3") + 3  # where the note starts


@pytest.mark.parametrize(
    ("where", "replace"),
    [
        ("action", {"title: Kuvataan ydintoimijat": "title: Soita 050 765 4321"}),
        ("reason", {"S2.3: {current: 3, target: 3}":
                    "S2.3: {current: not-applicable, reason: 'Ks. 131052-308T'}"}),
        ("region", {"region: Tampereen seutu": "region: Tampereen seutu 040 123 4567"}),
        ("comment", {"answers:\n": "answers:  # matti.meikalainen@tampere.fi\n"}),
        ("org-key", {"key: pirha": "key: '0401234567'", "{S1: 1.1.0,": "{S1: 1.1.0,"}),
    ],
)  # fmt: skip
def test_personal_data_anywhere_in_the_file_fails(
    cli: Cli, tmp_path: Path, where: str, replace: dict[str, str]
) -> None:
    path = write(tmp_path / f"{where}.yaml", complete_text(**replace))

    run = cli("check", "--format", "json", path)

    assert run.code == 1
    assert "personal-data" in {p["rule"] for p in json_report(run)["problems"]}, run.output
    for secret in (*SECRETS, "050 765 4321", "0401234567"):
        assert secret not in run.output


def test_values_quoted_by_other_rules_are_redacted(cli: Cli, tmp_path: Path) -> None:
    """A schema error would quote the value; the identity code in it is hidden all the same."""
    text = complete_text(**{"S2.3: {current: 3, target: 3}": "S2.3: {current: '131052-308T'}"})
    path = write(tmp_path / "quoted.yaml", text)

    run = cli("check", "--format", "json", path)

    assert run.code == 1
    assert {p["rule"] for p in json_report(run)["problems"]} == {"schema", "personal-data"}
    assert "131052-308T" not in run.output
    assert "[…]" in run.output
