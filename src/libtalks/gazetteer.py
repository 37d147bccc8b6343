"""Known places, read from data/places.json: towns and their countries, countries, demonyms."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def _places() -> dict:
    return json.loads(resources.files("libtalks").joinpath("data/places.json").read_text("utf-8"))


@cache
def countries() -> frozenset[str]:
    return frozenset(_places()["countries"])


def is_country(name: str) -> bool:
    return name in countries()


def country_of(town: str) -> str | None:
    """The country a known town lies in, or the name itself when it is a country."""
    if town in countries():
        return town
    return _places()["towns"].get(town)


def demonym_country(word: str) -> str | None:
    """The country a demonym stands for: "Sudanese", "Russian" and "Russians" all give one."""
    demonyms = _places()["demonyms"]
    return demonyms.get(word) or (demonyms.get(word[:-1]) if word.endswith("s") else None)


@cache
def country_acronyms() -> dict[str, str]:
    """Initials of the countries named in several words: "UAE", "US"."""
    return {"".join(word[0] for word in name.split()): name for name in countries() if " " in name}
