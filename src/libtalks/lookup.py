"""Finding a named thing the user asked for: exact, unique prefix, name, row number, or fuzzy."""

from __future__ import annotations

from rapidfuzz import fuzz, process, utils

from libtalks.assemble import Meeting
from libtalks.errors import NotFoundError

# Suggestions offered for an unknown name score at least this (WRatio, 0-100).
SUGGESTION_SCORE = 60
MAX_SUGGESTIONS = 3


def meeting(meetings: list[Meeting], query: str) -> Meeting:
    """The meeting an id, unique id prefix, place name or 1-based row number names."""
    if query.isdigit() and 1 <= int(query) <= len(meetings):
        return meetings[int(query) - 1]
    exact = [m for m in meetings if m.id == query]
    prefix = [m for m in meetings if m.id.startswith(query.lower())]
    place = [m for m in meetings if (m.place or "").lower() == query.lower()]
    for matches in (exact, place, prefix):
        if len(matches) == 1:
            return matches[0]
    names = [m.id for m in meetings]
    if len(place) > 1 or len(prefix) > 1:
        raise NotFoundError("single meeting", query, [m.id for m in place or prefix])
    suggestions = process.extract(query, names, scorer=fuzz.WRatio, processor=utils.default_process,
                                  limit=MAX_SUGGESTIONS, score_cutoff=SUGGESTION_SCORE)  # fmt: skip
    raise NotFoundError("meeting", query, [name for name, _, _ in suggestions])
