"""The 21 wellbeing services counties and the City of Helsinki, for the county pick list."""

from __future__ import annotations

from functools import cache
from importlib.resources import files

import yaml


@cache
def _counties() -> tuple[dict[str, str], ...]:
    text = (files("yhdyspinta_cli.walk") / "counties.yaml").read_text(encoding="utf-8")
    return tuple(yaml.safe_load(text)["counties"])


def county_names(lang: str) -> list[str]:
    """The counties' names in `lang`, in the order of the act (616/2021, 7 §)."""
    return [county[lang] for county in _counties()]
