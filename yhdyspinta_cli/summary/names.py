"""Names as the summary shows them: grouping keys, half-year rounds and stable pseudonyms.

A pseudonym is the first six hex digits of HMAC-SHA256(salt, kind + name), after the name's
case, spaces and Unicode form are normalised: the same name and salt give the same pseudonym on
every run and machine ("Alue 7F3A2C"). Without a secret salt anyone holding a list of real names
can recompute the mapping, so a summary that leaves the organisation should use its own salt.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import unicodedata
from dataclasses import dataclass

DEFAULT_SALT = "yhdyspinta"
HEX_DIGITS = 6


def name_key(name: str) -> str:
    """The key two spellings of one name share: NFC, single spaces, case folded."""
    return " ".join(unicodedata.normalize("NFC", name).split()).casefold()


def round_of(date: str) -> str:
    """The half-year round of an ISO date: January–June is H1, July–December H2."""
    return f"{date[:4]} H{1 if int(date[5:7]) <= 6 else 2}"


@dataclass(frozen=True)
class Pseudonyms:
    """Stable pseudonyms: one prefix per kind of name (region, county, organisation, file)."""

    salt: str
    prefixes: dict[str, str]

    def of(self, kind: str, name: str) -> str:
        """`Alue 7F3A2C` for a region; the same input always gives the same pseudonym."""
        message = f"{kind}\x00{name_key(name)}".encode()
        digest = hmac.new(self.salt.encode(), message, hashlib.sha256).hexdigest()
        return f"{self.prefixes[kind]} {digest[:HEX_DIGITS].upper()}"

    def replace_in(self, text: str, names: dict[str, str]) -> str:
        """`text` with every real name in `names` (name → kind) replaced, longest first."""
        for name in sorted(names, key=len, reverse=True):
            if name.strip():
                pattern = re.compile(re.escape(name.strip()), re.IGNORECASE)
                text = pattern.sub(self.of(names[name], name), text)
        return text
