"""Known places, read from data/places.json: towns and their countries, countries, demonyms,
capitals."""

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
    """The country a known town lies in, or the name itself when it is a country; a town of
    several words as written in other capitals, hyphens or vowels too ("Sharm El Sheikh" for
    "Sharm el-Sheikh", "Ras Lanouf" for "Ras Lanuf")."""
    if town in countries():
        return town
    return _places()["towns"].get(town) or (
        _folded_towns().get(_fold(town)) if " " in town or "-" in town else None
    )


@cache
def _folded_towns() -> dict[str, str]:
    """Towns of several words by their folded names (_fold), with their countries."""
    return {_fold(town): country for town, country in _places()["towns"].items()
            if " " in town or "-" in town}  # fmt: skip


# Vowels that transliteration writes in more than one way: "Lanouf" and "Lanuf", "Syrte".
_VOWEL_SPELLINGS = (("ou", "u"), ("oo", "u"), ("o", "u"), ("ee", "i"), ("e", "i"), ("y", "i"))


def _fold(name: str) -> str:
    """A place's name without case, with hyphens as spaces and its vowels as one spelling
    writes them: "sharm il shiikh"."""
    folded = " ".join(name.replace("-", " ").lower().split())
    for written, vowel in _VOWEL_SPELLINGS:
        folded = folded.replace(written, vowel)
    return folded


def country_of_word(word: str) -> str | None:
    """The country one word names: its name, perhaps in the possessive ("Syria", "Syria's"),
    or a demonym, perhaps plural ("Syrian", "Syrians")."""
    return _country_words().get(word)


@cache
def _country_words() -> dict[str, str]:
    words = {f"{name}{ending}": name for name in countries() for ending in ("", "'s", "’s")}
    for demonym, country in _places()["demonyms"].items():
        words.setdefault(demonym, country)
        words.setdefault(f"{demonym}s", country)
    return words


def demonym_country(word: str) -> str | None:
    """The country a demonym stands for: "Sudanese", "Russian" and "Russians" all give one."""
    demonyms = _places()["demonyms"]
    return demonyms.get(word) or (demonyms.get(word[:-1]) if word.endswith("s") else None)


@cache
def country_acronyms() -> dict[str, str]:
    """Initials of the countries named in several words: "UAE", "US"."""
    return {"".join(word[0] for word in name.split()): name for name in countries() if " " in name}


def country_named_by(word: str) -> str | None:
    """The country a word stands for as an adjective: a demonym ("Italian") or initials
    ("U.S.", "UAE")."""
    return demonym_country(word) or country_acronyms().get(word.replace(".", ""))


def capital_of(country: str) -> str | None:
    """A country's capital, where one city is it beyond dispute ("the Russian capital")."""
    return _places()["capitals"].get(country)


@cache
def _capitals_countries() -> dict[str, str]:
    return {city: country for country, city in _places()["capitals"].items()}


def country_of_capital(city: str) -> str | None:
    """The country whose capital a city is. Not part of country_of(): capitals that are also
    given names ("Sofia", "Lima") would stop being read as people."""
    return _capitals_countries().get(city)


def country_of_place(name: str) -> str | None:
    """The country of a known town, capital or country: where a name stands for a place
    anyway (a dateline, a venue), so a capital that is also a given name is that place."""
    return country_of(name) or country_of_capital(name)
