"""Finding a named thing the user asked for: exact, unique prefix, name, row number, or fuzzy."""

from __future__ import annotations

from rapidfuzz import fuzz, process, utils

from libtalks.actors import Actor
from libtalks.errors import NotFoundError
from libtalks.models import Article, Meeting

# Suggestions offered for an unknown name score at least this (WRatio, 0-100).
SUGGESTION_SCORE = 60
MAX_SUGGESTIONS = 3
# A misspelt name finds its actor at this ratio against a name, alias or single name word
# ("Wiliams" / "Williams" scores 93), when no other actor comes within MISSPELLING_MARGIN.
MISSPELLING_SCORE = 85
MISSPELLING_MARGIN = 5


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


def article(articles: list[Article], query: str) -> Article | None:
    """The article an id or unique id prefix names, or None when none does."""
    exact = [a for a in articles if a.id == query]
    prefix = [a for a in articles if a.id.startswith(query)]
    if exact or len(prefix) == 1:
        return (exact or prefix)[0]
    return None


def actor(actors: list[Actor], query: str) -> Actor:
    """The actor a name, alias, id, unique prefix, single name word or misspelling names."""
    wanted = query.strip().lower()
    names = {a.id: [a.name, *a.aliases] for a in actors}
    by_id = {a.id: a for a in actors}
    words = {a.id: {w.lower() for n in names[a.id] for w in n.replace("-", " ").split()}
             for a in actors}  # fmt: skip
    for test in (
        lambda a: wanted in (a.id, a.name.lower()),
        lambda a: wanted in (n.lower() for n in names[a.id]),
        lambda a: a.id.startswith(wanted) or a.name.lower().startswith(wanted),
        lambda a: wanted in words[a.id],
    ):
        matches = [a for a in actors if test(a)]
        if len(matches) == 1:
            return matches[0]
        if len(matches) > 1:
            raise NotFoundError(
                "single actor", query, [a.name for a in matches][: MAX_SUGGESTIONS * 2]
            )
    choices = {(a.id, form): form for a in actors for form in {*names[a.id], *words[a.id]}}
    scored = process.extract(query, choices, scorer=fuzz.ratio, processor=utils.default_process,
                             limit=None, score_cutoff=SUGGESTION_SCORE)  # fmt: skip
    best: dict[str, float] = {}
    for _, score, (actor_id, _) in scored:
        best[actor_id] = max(best.get(actor_id, 0), score)
    ranked = sorted(best, key=lambda i: (-best[i], i))
    if (
        ranked
        and best[ranked[0]] >= MISSPELLING_SCORE
        and (len(ranked) == 1 or best[ranked[1]] < best[ranked[0]] - MISSPELLING_MARGIN)
    ):
        return by_id[ranked[0]]
    raise NotFoundError("actor", query, [by_id[i].name for i in ranked[:MAX_SUGGESTIONS]])
