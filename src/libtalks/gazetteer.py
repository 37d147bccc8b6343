"""Known places, read from data/places.json: which names are towns, which are countries."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def _places() -> dict:
    return json.loads(resources.files("libtalks").joinpath("data/places.json").read_text("utf-8"))


def countries() -> frozenset[str]:
    return frozenset(_places()["countries"])


def country_of(town: str) -> str | None:
    """The country a known town lies in, or the name itself when it is a country."""
    if town in countries():
        return town
    return _places()["towns"].get(town)
