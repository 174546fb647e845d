"""The edges of each detection rule, one test each: what the mutation pass
(scripts/mutate_detectors.py) showed no other test held."""

from __future__ import annotations

import pytest

from yhdyspinta_cli.privacy.detectors import iter_findings


def found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in iter_findings(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("soita 040 1234", []),  # 6 digits after the trunk zero: too short
        ("soita 040 12345", ["040 12345"]),  # 7: the shortest
        ("soita 040 12345678", ["040 12345678"]),  # 10: the longest
        ("soita 040 123 4567 89", ["040 123 4567"]),  # an 11th digit's group is left off
        ("soita 040123456789", []),  # 11 digits in one group: no phone number
    ],
)
def test_a_national_number_has_7_to_10_digits_after_the_zero(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("soita +358 40 12", []),  # 4 digits after +358: too short
        ("soita +358 40 123", ["+358 40 123"]),  # 5: the shortest
        ("soita +358 4012 3456 7890", ["+358 4012 3456 7890"]),  # 12: the longest
        ("soita +358 4012 3456 78901", ["+358 4012 3456"]),  # a 13th digit's group is left off
    ],
)
def test_an_international_number_has_5_to_12_digits_after_358(
    text: str, expected: list[str]
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ﬁ soita 040 123 4567",  # one character that grows (fi) before the number
        "½ soita 040 123 4567",  # one that grows by two (1, fraction slash, 2)
        "puh\u00a0040 123 4567",  # a changed character right before the number
        "040 123 4567\u00a0ﬁ",  # and right after it
    ],
)
def test_findings_keep_their_place_around_normalised_characters(text: str) -> None:
    assert found(text) == ["040 123 4567"]


def test_a_finding_that_ends_inside_a_grown_character_takes_all_of_it() -> None:
    # ½ reads as 1, fraction slash, 2: the last digit is that 1; the finding ends after the ½.
    assert found("soita 040 123 456½ kpl") == ["040 123 456½"]


@pytest.mark.parametrize("code", ["131052-0106", "131052-1003", "131052-1014", "131052-200A"])
def test_every_three_digits_of_the_individual_number_count(code: str) -> None:
    # 010, 100, 101: a rule that read only two of the digits would call these 000 or 001.
    assert found(f"asiakas {code}") == [code]


@pytest.mark.parametrize("code", ["101052-308V", "301052-308S", "290296-3081", "290200A3088"])
def test_every_digit_of_the_date_counts(code: str) -> None:
    # Day and month 10, day 30, and 29 February of 1996 and 2000 (leap years) are real dates.
    assert found(f"asiakas {code}") == [code]


# Right control characters, impossible dates (29.2.1900 too): only the date rule rejects them.
@pytest.mark.parametrize(
    "code",
    ["311352-308U", "290297-3089", "310452-308K", "000152-3085", "150052-3081", "290200-3088"],
)
def test_an_impossible_date_is_no_identity_code(code: str) -> None:
    assert found(f"viite {code}") == []


@pytest.mark.parametrize(
    ("address", "personal"),
    [
        ("matti@tampere.fi", False),  # one word before the @: cannot be told from a role mailbox
        ("matti.2026@tampere.fi", False),  # a part without letters is no name
        ("Matti@Gmail.COM", True),  # a consumer mail service, whatever the case
        ("Kirjaamo.Pirha@pirha.fi", False),  # a role word, whatever the case
        ("Matti.Meikalainen@Tampere.fi", True),
    ],
)
def test_email_rules_hold_in_any_case(address: str, personal: bool) -> None:
    assert found(f"lähetä {address} tänään") == ([address] if personal else [])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("soita (09 310 1234", []),  # an area code without its closing parenthesis
        ("soita (09) 3101 2345 67", ["(09) 3101 2345"]),  # the area code's digit counts too
        ("soita (09) 3101 2345 6", ["(09) 3101 2345 6"]),  # 1 + 9 digits: the longest
    ],
)
def test_an_area_code_in_parentheses(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("x+358 40 123 4567", []),  # +358 right after a letter: inside a word
        ("1.00358 40 123 4567 ok", []),  # after a digit and a separator: part of a number
        (".+358 40 123 4567 9", ["+358 40 123 4567 9"]),  # a separator alone is no number
    ],
)
def test_where_an_international_number_may_start(text: str, expected: list[str]) -> None:
    assert found(text) == expected


def test_an_email_local_part_is_read_up_to_64_characters_back() -> None:
    local = "m" * 70 + ".meikalainen"
    [address] = found(f"lähetä {local}@tampere.fi")
    assert address == f"{local[-64:]}@tampere.fi"
