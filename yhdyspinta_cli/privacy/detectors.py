"""Finding personal data in free text: identity codes, phone numbers, personal email addresses.

Client data must never land in git. These detectors are deliberately narrow, so that dates,
years, law numbers (381/2023), item ids and versions pass:

- a Finnish personal identity code (henkilötunnus) counts only with a real date and the right
  control character, so a made-up `010101-1234` passes;
- a phone number starts with +358, 00358 or a trunk zero and a non-zero digit (040, 050, 09,
  (09)), in groups separated by one space or hyphen, 7-10 digits after the zero (5-12 after
  +358); a number right after another digit, a slash or a date separator is not one;
- an email address is personal at a consumer mail service (gmail.com, ...), or when its local
  part is two or more name parts joined by `.`, `_` or `-` (matti.meikalainen@), unless one of
  the parts is a role word (kirjaamo, info, tyollisyys, palvelut, ...). A single word before
  the @ (kirjaamo@, info@) passes: it cannot be told from a role mailbox.

Every detector sees the text normalised first: NFKC (no-break, narrow and figure spaces become
spaces, full-width digits digits) and the dash family (U+2010-U+2015, U+2011 non-breaking hyphen,
U+2212 minus, ...) made `-`, so a number pasted from Outlook or Word is found like a typed one.
The positions of the findings are those of the text as given.

The values found are only ever used to locate a problem, never printed.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

HETU_CONTROL = "0123456789ABCDEFHJKLMNPRSTUVWXY"
CENTURIES = {"+": 1800, **dict.fromkeys("-YXWVU", 1900), **dict.fromkeys("ABCDEF", 2000)}
# The kinds of personal data found; their names are `personal_kind_KIND` in the message catalogs.
KINDS = ("hetu", "phone", "email")

# Where to look closer. Each pattern starts with a rare character or is rejected within a few
# characters, because Python's regex engine costs ~8 ns per character a pattern must try.
_HETU_SIGN = re.compile(r"[-+A-FU-Y](?=[0-9]{3}[0-9A-Ya-y](?![0-9A-Za-z]))")
_PHONE_START = re.compile(
    r"\+358(?=[ -]?(?:\(0\)[ -]?)?[1-9])|00358(?=[ -]?(?:\(0\)[ -]?)?[1-9])|\(0[1-9]"
    # A trunk zero not after a word character, digit, + or / (checked only at each 0).
    r"|0(?<![\w+/]0)(?<![0-9][-.,:]0)[1-9](?=(?:[ -]?[0-9]){5})"
)
_PHONE = re.compile(
    r"(?P<prefix>(?:\+|00)358[ -]?(?:\(0\)[ -]?)?|\(0[1-9][0-9]{0,2}\)[ -]?|0(?=[1-9]))"
    r"(?P<rest>[0-9]+(?:[ -][0-9]+)*)"
)
_BUSINESS_ID = re.compile(r"\d{7}-\d")  # Y-tunnus, an organisation's id: not personal
_EMAIL_LOCAL = re.compile(r"[\w.%+-]+\Z")
_EMAIL_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")
_ASCII_ALNUM = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_NAME_SEPARATORS = re.compile(r"[._-]+")
CONSUMER_DOMAINS = frozenset(
    {
        "gmail.com", "googlemail.com", "hotmail.com", "hotmail.fi", "outlook.com",
        "outlook.fi", "live.com", "live.fi", "msn.com", "yahoo.com", "icloud.com", "me.com",
        "protonmail.com", "proton.me", "luukku.com", "suomi24.fi", "kolumbus.fi",
        "elisanet.fi", "saunalahti.fi", "netti.fi", "pp.inet.fi", "welho.com", "dnainternet.net",
    }
)  # fmt: skip
# A part of the local part that contains a stem, or is a word, makes the address a role mailbox.
ROLE_STEMS = (
    "kirjaamo", "registrator", "neuvonta", "palvelu", "helpdesk", "noreply", "tyollisyys",
    "työllisyys", "sysselsattning", "ohjaamo", "hallinto", "viestint", "palaute", "toimisto",
    "kontakt", "contact", "webmaster", "postmaster", "asiakas", "verkosto", "yksikko", "yksikkö",
)  # fmt: skip
ROLE_WORDS = frozenset(
    {
        "info", "tuki", "support", "posti", "vaihde", "admin", "rekry", "tiimi", "team", "hanke",
        "yhteys", "kansli", "keskus", "reply", "no", "office", "toimisto", "hr", "it",
    }
)  # fmt: skip
DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\ufe58\ufe63\uff0d"
_TO_HYPHEN = dict.fromkeys(map(ord, DASHES), "-")
_DASH = re.compile(f"[{DASHES}]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
NATIONAL_DIGITS = (7, 10)
INTERNATIONAL_DIGITS = (5, 12)


@dataclass(frozen=True)
class Finding:
    """Personal data of one kind at `start:end` of the text searched."""

    kind: str
    start: int
    end: int


def iter_findings(text: str) -> Iterator[Finding]:
    """Every identity code, phone number and personal email address in `text`."""
    normal = Normalised.of(text)
    for finding in _raw_findings(normal.text):
        yield Finding(
            finding.kind, normal.original(finding.start), normal.original_end(finding.end)
        )


def _raw_findings(text: str) -> Iterator[Finding]:
    yield from _hetu_findings(text)
    yield from _phone_findings(text)
    if "@" in text:
        yield from _email_findings(text)


@dataclass(frozen=True)
class Normalised:
    """A text with spaces and dashes normalised, and the way back to positions in the original.

    For each character that normalising changed, `starts` has its position in the normalised
    text and `changes` (position in the original, length it became); everything between is
    copied as it is.
    """

    text: str
    starts: tuple[int, ...] = ()
    changes: tuple[tuple[int, int], ...] = ()

    @classmethod
    def of(cls, text: str) -> Normalised:
        """Normalise `text` (NFKC, dashes to `-`); ASCII and normalised text cost one scan."""
        if text.isascii() or (
            unicodedata.is_normalized("NFKC", text) and _DASH.search(text) is None
        ):
            return cls(text)
        pieces: list[str] = []
        starts: list[int] = []
        changes: list[tuple[int, int]] = []
        copied = length = 0
        for match in _NON_ASCII.finditer(text):
            index = match.start()
            piece = _normal_char(match.group())
            if piece == match.group():
                continue
            pieces.append(text[copied:index])
            length += index - copied
            starts.append(length)
            changes.append((index, len(piece)))
            pieces.append(piece)
            length += len(piece)
            copied = index + 1
        pieces.append(text[copied:])
        return cls("".join(pieces), tuple(starts), tuple(changes))

    def original(self, position: int) -> int:
        """Where the character at `position` of the normalised text was in the original."""
        index = bisect_right(self.starts, position) - 1
        if index < 0:
            return position
        start, (origin, size) = self.starts[index], self.changes[index]
        return origin if position < start + size else origin + 1 + position - start - size

    def original_end(self, end: int) -> int:
        """The original position just after the character before `end` (a finding is never
        empty)."""
        return self.original(end - 1) + 1


@lru_cache(maxsize=4096)
def _normal_char(char: str) -> str:
    return unicodedata.normalize("NFKC", char).translate(_TO_HYPHEN)


def has_personal_data(text: str) -> bool:
    """Whether `text` holds anything `iter_findings` would report."""
    return next(iter_findings(text), None) is not None


def redact(text: str) -> str:
    """`text` with every finding replaced by `[…]`, for messages that quote a value."""
    for finding in sorted(iter_findings(text), key=lambda f: f.start, reverse=True):
        text = f"{text[: finding.start]}[…]{text[finding.end :]}"
    return text


def is_hetu(code: str) -> bool:
    """A henkilötunnus with a real date and the right control character."""
    code = code.upper()
    if len(code) != 11 or code[6] not in CENTURIES:
        return False
    try:
        date(CENTURIES[code[6]] + int(code[4:6]), int(code[2:4]), int(code[0:2]))
    except ValueError:
        return False
    if int(code[7:10]) < 2:  # 000 and 001 are never given
        return False
    return HETU_CONTROL[int(code[0:6] + code[7:10]) % 31] == code[10]


def is_personal_email(local: str, domain: str) -> bool:
    """firstname.lastname@ anywhere, and anything at a consumer mail service."""
    if domain.lower().rstrip(".") in CONSUMER_DOMAINS:
        return True
    parts = [part for part in _NAME_SEPARATORS.split(local.lower()) if part]
    if len(parts) < 2 or not all(any(c.isalpha() for c in part) for part in parts):
        return False
    return not any(_is_role_word(part) for part in parts)


def _is_role_word(part: str) -> bool:
    return part in ROLE_WORDS or any(stem in part for stem in ROLE_STEMS)


def _hetu_findings(text: str) -> Iterator[Finding]:
    for sign in _HETU_SIGN.finditer(text):
        start = sign.start() - 6
        code = text[max(start, 0) : sign.start() + 5]
        before = text[start - 1] if start > 0 else " "
        if start >= 0 and before not in _ASCII_ALNUM and is_hetu(code):
            yield Finding("hetu", start, start + 11)


def _phone_findings(text: str) -> Iterator[Finding]:
    done = 0
    for start in (m.start() for m in _PHONE_START.finditer(text)):
        match = _PHONE.match(text, start)
        if start < done or match is None or not _phone_may_start(text, start):
            continue
        area, (low, high) = _prefix_digits(match.group("prefix"))
        end, digits = _take_groups(text, match.start("rest"), match.end("rest"), high - area)
        if low <= area + digits and not _BUSINESS_ID.fullmatch(text[start:end]):
            yield Finding("phone", start, end)
            done = end


def _phone_may_start(text: str, start: int) -> bool:
    """Not inside a word, a number, a law number (381/2023) or a date (14.03.2026, 2026-03-14)."""
    before = text[start - 1] if start > 0 else " "
    if before.isalnum() or before in "_+/":
        return False
    return not (before in "-.,:" and start > 1 and text[start - 2].isdigit())


def _email_findings(text: str) -> Iterator[Finding]:
    for at in (m.start() for m in re.finditer("@", text)):
        local = _EMAIL_LOCAL.search(text, max(0, at - 64), at)
        domain = _EMAIL_DOMAIN.match(text, at + 1)
        if local and domain and is_personal_email(local.group(), domain.group()):
            yield Finding("email", local.start(), domain.end())


def _prefix_digits(prefix: str) -> tuple[int, tuple[int, int]]:
    """Digits of the number inside the prefix (the area code of `(09)`), and the length range."""
    if prefix.startswith(("+", "00")):
        return 0, INTERNATIONAL_DIGITS
    if prefix.startswith("("):
        return sum(c.isdigit() for c in prefix) - 1, NATIONAL_DIGITS
    return 0, NATIONAL_DIGITS


def _take_groups(text: str, start: int, stop: int, most: int) -> tuple[int, int]:
    """Where the number ends and its digits: whole groups while they add up to at most `most`.

    Two numbers written one after the other (`040 123 4567 050 765 4321`) then count as two; a
    first group that alone is too long is no phone number (0 digits).
    """
    end, count = start, 0
    for group in re.finditer(r"\d+", text[start:stop]):
        size = len(group.group())
        if count + size > most:
            return end, count
        count += size
        end = start + group.end()
    return end, count
