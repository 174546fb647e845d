"""Personal data however it is written: Unicode spaces and dashes, lower case, YAML escapes, keys.

Also pins the two detector rules a hand mutation once showed no test held: the upper-casing of
the control character, and that individual numbers 000 and 001 are never given.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from assessment_helpers import Cli
from check_helpers import complete_text, json_report, write

from yhdyspinta_cli.privacy.detectors import has_personal_data, is_hetu, iter_findings, redact

# How Outlook and Word paste a phone number: no-break, narrow no-break and figure spaces, the
# non-breaking hyphen, dashes, full-width digits.
PASTED_PHONES = [
    "040\u00a0123\u00a04567",
    "040\u202f123\u202f4567",
    "040\u2007123\u20074567",
    "+358\u00a040\u00a0123\u00a04567",
    "040\u2011123\u20114567",
    "040\u2013123\u20134567",
    "040\u2212123\u22124567",
    "\uff10\uff14\uff10 123 4567",
    "(09)\u00a0310\u00a01234",
]
PASTED_CODES = ["131052\u2011308T", "131052\u2010308T", "131052\u2212308T", "131052\u2013308T"]


@pytest.mark.parametrize("number", PASTED_PHONES)
def test_a_pasted_phone_number_is_found_whole_at_its_own_place(number: str) -> None:
    text = f"Yhteyshenkilö: {number}, arkisin"
    [finding] = iter_findings(text)
    assert finding.kind == "phone"
    assert text[finding.start : finding.end] == number
    assert redact(text) == "Yhteyshenkilö: […], arkisin"


@pytest.mark.parametrize("code", PASTED_CODES)
def test_an_identity_code_with_a_unicode_dash_is_found(code: str) -> None:
    text = f"ääkköset ennen {code} ja jälkeen"
    [finding] = iter_findings(text)
    assert (finding.kind, text[finding.start : finding.end]) == ("hetu", code)


def test_positions_after_characters_that_normalise_longer_stay_right() -> None:
    text = "ﬁﬁ\u00a0 ½ soita 040\u00a0123\u00a04567 ﬁ"  # ligatures and ½ grow under NFKC
    [finding] = iter_findings(text)
    assert text[finding.start : finding.end] == "040\u00a0123\u00a04567"


def test_a_lower_case_control_character_is_caught() -> None:
    assert is_hetu("131052-308t")
    [finding] = iter_findings("asiakas 131052-308t.")
    assert (finding.kind, finding.start, finding.end) == ("hetu", 8, 19)


@pytest.mark.parametrize("code", ["131052-000V", "131052-001W"])
def test_individual_numbers_000_and_001_are_never_given(code: str) -> None:
    # The control characters are right for these numbers: only the 000/001 rule rejects them.
    assert not is_hetu(code)
    assert not has_personal_data(f"viite {code}")


def test_individual_number_002_is_the_first_given() -> None:
    assert is_hetu("131052-002X")
    assert has_personal_data("viite 131052-002X")


ESCAPED_CODE = "".join(f"\\x{ord(c):02x}" for c in "131052-308t")


@pytest.mark.parametrize(
    ("case", "replace", "where"),
    [
        ("org-key", {"key: pirha": f'key: "{ESCAPED_CODE}"'}, "organisations[1].key"),
        ("answer-key", {"  S1.2: {": f'  "{ESCAPED_CODE}": {{current: 3}}\n  S1.2: {{'},
         "a key in answers"),
        ("region", {"region: Tampereen seutu": 'region: "Tre \\u0030\\u0034\\u0030 123 4567"'},
         "region"),
        ("name", {"name: Tampereen kaupunki": "name: Tre 040\u00a0123\u00a04567"},
         "organisations[0].name"),
    ],
)  # fmt: skip
def test_check_finds_what_escapes_and_unicode_spaces_hide(
    cli: Cli, tmp_path: Path, case: str, replace: dict[str, str], where: str
) -> None:
    text = complete_text(**replace)
    path = write(tmp_path / f"{case}.yaml", text)
    first = next(iter(replace.values())).split("\n")[0]
    line = next(n for n, row in enumerate(text.splitlines(), 1) if first in row)

    run = cli("check", "--format", "json", path)

    assert run.code == 1, run.output
    found = [p for p in json_report(run)["problems"] if p["rule"] == "personal-data"]
    assert found, run.output
    assert found[0]["message"].startswith(f"{where} holds what looks like"), found
    assert found[0]["line"] == line
    for secret in ("131052-308", "040 123 4567", "0401234567", "040\u00a0123"):
        assert secret not in run.output
