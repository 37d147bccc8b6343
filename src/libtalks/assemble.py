"""Meetings built from groups of reports: facts merged, sources kept, disagreements shown."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from datetime import date

from rapidfuzz import fuzz, process

from libtalks import gazetteer, venue
from libtalks.aliases import same_place
from libtalks.attendance import NamedPerson
from libtalks.cluster import group, similarity, slug, unlike_bodies
from libtalks.dating import Chronology
from libtalks.meetings import MeetingFacts, bodies_named, tells_an_outcome, with_participants
from libtalks.models import Article, DateSpan, Link, Meeting
from libtalks.text import sorted_tokens, unique_slugs

# Two sentences from different reports state the same fact at this token_sort_ratio or above.
# Measured on the two Ghadames seed reports: the one rewording of a shared fact scores 75, every
# other pair of their sentences 65 or less (median 43).
SAME_FACT_SIMILARITY = 70


def _first(values):
    return next((v for v in values if v), None)


def _merge_days(members: list[MeetingFacts]) -> tuple[DateSpan, list[str]]:
    told = [m.days for m in members if m.days.known]
    # a report that tells only the first day ("began on Monday") is silent on the last
    known = [days.told_days() for days in told]
    if not known:
        return DateSpan.unknown(), []
    evidence = tuple(line for m in members if m.days.known for line in m.days.evidence)
    if _day_by_day(known):
        # one session reported day by day (cluster.SESSION_GAP_DAYS): its first day to its last
        session = ", ".join(f"{m.days.iso()} ({m.article})" for m in members if m.days.known)
        first = min(d.start for d in known if d.start)
        last = max(d.end for d in known if d.end)
        return DateSpan(first, last, "day", (*evidence, f"one session, day by day: {session}")), []
    spans = {
        (d.start, d.end) for d in known if d.precision == "day" and d.end not in (None, d.start)
    }
    if len(spans) == 1:
        # A report naming one day of the meeting ("agreed on Friday") is silent on the others
        # when another names its first and last days ("talks that began on Wednesday").
        ((first, last),) = spans
        known = [d for d in known if not (d.precision == "day" and d.end in (None, d.start)
                                          and first <= d.start <= last)]  # fmt: skip
    exact = [d for d in known if d.precision == "day"]
    loose = [d for d in known if d.precision != "day"]
    # Reports known to the day disagree on the first day, or on the last when each gives one (a
    # report that names only the first day is silent on the last); a looser span disagrees with
    # days outside it ("the week-long talks" may have run from the 19th to the 28th).
    first_disputed = len({d.start for d in exact}) > 1
    if first_disputed or len({d.end for d in exact if d.end != d.start}) > 1 or any(
        not (wide.contains(d) if d.precision == "day" else wide.overlaps(d))
        for wide in loose for d in known if d is not wide
    ):  # fmt: skip
        disagreements = ["days: " + " vs ".join(
            f"{m.days.iso()} ({m.article})" for m in members if m.days.known)]  # fmt: skip
    else:
        disagreements = []
    if first_disputed:
        # No first day can be stated when the reports dispute it: the meeting lay within the
        # first day any gives and the last. (A last day a report gives may be only the last it
        # knows of, "met for a third day on Thursday": the latest of them stands, below.)
        first = min(d.start for d in exact)
        last = max(d.end or d.start for d in exact)
        return DateSpan(first, last, "interval", evidence), disagreements
    narrowest = min(known, key=lambda d: ((d.end or d.start) - d.start).days if d.end else 10**6)
    end = narrowest.end
    if narrowest.precision == "day":
        # A report that gives the first day alone, or the days up to its own, is silent on the
        # last: a later last day that another gives ("the two-day meeting") stands, and none
        # stands when every report tells only the first ("the talks began on Monday").
        end = max((d.end for d in told if d.precision == "day" and d.end), default=None)
    return DateSpan(narrowest.start, end, narrowest.precision, evidence), disagreements


def _forecasts_overtaken(
    members: list[MeetingFacts], chronologies: dict[str, Chronology]
) -> list[MeetingFacts]:
    """The reports' facts with a last day still to come when a report was written ("the talks
    are expected to continue until Saturday") left open, when a report written no earlier tells
    the first and last days gone by ("signed on Friday after five days of talks"; not one day
    alone, which may be any of them): what happened overtakes what was expected."""

    def written(member: MeetingFacts) -> date | None:
        published = chronologies[member.article].published
        return published.start if published.precision == "day" else None

    def told_ended(member: MeetingFacts) -> bool:  # its first and last days, gone by
        days, on = member.days, written(member)
        known = days.precision == "day" and None not in (on, days.start, days.end)
        return known and days.start < days.end <= on

    ended = [(written(m), m.days.end) for m in members if told_ended(m)]
    kept = []
    for member in members:
        days, on = member.days, written(member)
        if (days.precision == "day" and days.end and on and days.end > on
                and any(later >= on and last >= days.start for later, last in ended)):  # fmt: skip
            why = (
                f"its last day, {days.end}, was still to come when written; a later report tells it"
            )
            member = replace(member, days=DateSpan(days.start, None, "day", (*days.evidence, why)))
        kept.append(member)
    return kept


def _day_by_day(known: list[DateSpan]) -> bool:
    """Whether reports' days, each known to the day at both ends, include two that do not
    overlap: grouping joined them as days of one session."""
    return all(d.precision == "day" and d.end for d in known) and any(
        not x.overlaps(y) for x in known for y in known
    )


def _attending(names: Iterable[str], absent: set[str]) -> tuple[str, ...]:
    """Each name once, in order, but those a report says stayed away: one report's "X was not
    present" outweighs another's naming X in its lead."""
    return tuple(dict.fromkeys(name for name in names if name not in absent))


def unique_facts(sentences: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """Sentences that say the same thing, once each with all their sources: each joins the
    kept sentence most like it, if any is SAME_FACT_SIMILARITY alike (token_sort_ratio) and
    tells an agreement as it does or not ("held talks in X on Monday" is not "agreed during
    talks in X on Monday on the criteria")."""
    merged: list[tuple[str, list[str]]] = []
    # each kept sentence as token_sort_ratio compares it, and its index in `merged`, apart by
    # whether it tells an agreement
    comparable: dict[bool, tuple[list[str], list[int]]] = {True: ([], []), False: ([], [])}
    for text, source in sentences:
        key = sorted_tokens(text)
        keys, at = comparable[tells_an_outcome(text.lower())]
        best = process.extractOne(key, keys, scorer=fuzz.ratio, processor=None,
                                  score_cutoff=SAME_FACT_SIMILARITY)  # fmt: skip
        if best is None:
            keys.append(key)
            at.append(len(merged))
            merged.append((text, [source]))
        elif source not in merged[at[best[2]]][1]:
            merged[at[best[2]]][1].append(source)
    return merged


def build(articles: list[Article], chronologies: dict[str, Chronology],
          people: dict[str, list[NamedPerson]],
          found: dict[str, MeetingFacts]) -> list[Meeting]:  # fmt: skip
    """Every meeting the reports cover, oldest first; `people` are each article's person
    mentions by actor name, `found` each article's facts (meetings.facts). A report
    whose headline and lead never speak of a meeting (talks, met, summit, ...) covers none."""
    by_id = {a.id: a for a in articles}
    all_facts = {a.id: with_participants(found[a.id], a, people.get(a.id, ())) for a in articles}
    reporting = [a for a in articles if all_facts[a.id].reports_meeting]
    groups, links = group(reporting, all_facts)
    links_of: dict[str, list[Link]] = {}
    for link in links:
        links_of.setdefault(link.left, []).append(link)
        links_of.setdefault(link.right, []).append(link)
    meetings = []
    for ids in groups:
        members = [all_facts[i] for i in ids]
        days, disagreements = _merge_days(_forecasts_overtaken(members, chronologies))
        # a town over its country: "talks in Switzerland" and "talks in Geneva" met in Geneva,
        # and over the town another locates it by ("Gammarth, a suburb of Tunis"); the spelling
        # most reports give, the gazetteer's among as many ("Sirte" over "Sirt")
        named = [m for m in members if m.place]
        beside = {m.near for m in named}
        places = Counter(m.place for m in named if m.place != m.country and m.place not in beside)
        places = places or Counter(m.place for m in named)
        place = max(places, key=lambda p: (places[p], gazetteer.country_of_place(p) is not None),
                    default=None)  # fmt: skip
        disagreements += _disagreements(members)
        outcomes = unique_facts([(o, m.article) for m in members for o in m.outcomes])
        first = by_id[ids[0]]
        absent = {name for m in members for name in m.absent}
        meetings.append(
            Meeting(
                id=slug(place, days),
                place=place,
                country=_first(m.country for m in members if m.place == place),
                days=days,
                round=_first(m.round for m in members),
                body=_body(m.body for m in members),
                participants=_attending((p for m in members for p in m.participants), absent),
                mediators=_attending((p for m in members for p in m.mediators), absent),
                topics=tuple(sorted({t for m in members for t in m.topics})),
                outcomes=tuple(text for text, _ in outcomes),
                reports=tuple(
                    (i, 100.0 if i == ids[0] else similarity(first, by_id[i])) for i in ids
                ),
                mentioned_in=(),
                disagreements=tuple(disagreements),
                links=tuple(dict.fromkeys(x for i in ids for x in links_of.get(i, ()))),
            )
        )
    meetings = _with_mentions(meetings, chronologies)
    return sorted(_unique_ids(meetings), key=lambda m: (m.days.start is None, m.days.start, m.id))


def _with_mentions(meetings: list[Meeting], chronologies: dict[str, Chronology]) -> list[Meeting]:
    """Reports outside a meeting that date an agreement or meeting inside its days, in a
    sentence that does not place it in another town ("an emergency meeting in Cairo on
    Thursday" is another meeting than the one in Geneva that day) nor give it to another body
    only (_of_other_bodies), nor tell their own meeting (_of_its_own)."""
    dated = sorted(
        (m.span.start, article_id, frozenset(venue.towns_named(m.sentence)),
         tuple(bodies_named(m.sentence)))
        for article_id, chron in chronologies.items()
        for m in chron.mentions
        if m.span.precision == "day" and m.event_kind in ("agreement", "meeting")
    )  # fmt: skip
    own = {article_id: meeting for meeting in meetings for article_id, _ in meeting.reports}
    result = []
    for meeting in meetings:
        days = meeting.days
        mentioned: set[str] = set()
        if days.known and days.end:
            members = {i for i, _ in meeting.reports}
            at = bisect_left(dated, (days.start, ""))
            while at < len(dated) and dated[at][0] <= days.end:
                day, article_id, towns, bodies = dated[at]
                if (article_id not in members and not _elsewhere(towns, meeting.place)
                        and not _of_other_bodies(bodies, meeting.body)
                        and not _of_its_own(own.get(article_id), day, towns)):  # fmt: skip
                    mentioned.add(article_id)
                at += 1
        result.append(replace(meeting, mentioned_in=tuple(sorted(mentioned))))
    return result


def _of_other_bodies(named: tuple[str, ...], body: str | None) -> bool:
    """Whether every body a sentence names is unlike the meeting's `body`: "The High Council of
    State held a session in X on Monday" mentions no meeting of a commission in X that day."""
    return bool(named) and all(unlike_bodies(n, body) for n in named)


def _of_its_own(meeting: Meeting | None, day: date, towns: frozenset[str]) -> bool:
    """Whether a report's sentence dating a meeting on `day` tells the report's own `meeting`:
    a day of it, in its place or in none named ("The two-day meeting in Cairo ended on Monday",
    not another meeting in that town that day)."""
    return bool(meeting and meeting.days.known and meeting.days.start <= day
                and day <= (meeting.days.end or day)
                and not _elsewhere(towns, meeting.place))  # fmt: skip


def _elsewhere(towns: frozenset[str], place: str | None) -> bool:
    """Whether the towns a sentence places its event in (venue.towns_named) are all other
    than `place` (and none lies in it, when `place` is a country)."""
    return bool(towns) and not any(
        same_place(town, place) or gazetteer.country_of_place(town) == place for town in towns
    )


def _body(bodies: Iterable[str | None]) -> str | None:
    """The fullest of the bodies the reports name ("Joint Military Commission (5+5)"); as a
    name rather than lowercase when some report writes it so."""
    return max(filter(None, bodies), key=lambda body: (len(body), body != body.lower()),
               default=None)  # fmt: skip


def _disagreements(members: list[MeetingFacts]) -> list[str]:
    """Where the reports of one meeting differ: its round, who attended, and numbers of the
    same thing ("300 delegates" / "250 delegates"); each version with its report."""
    found = []
    rounds = {m.round for m in members if m.round}
    if len(rounds) > 1:
        found.append(
            "round: " + " vs ".join(f"{m.round} ({m.article})" for m in members if m.round)
        )
    named = [m for m in members if m.participants]
    if len({frozenset(m.participants) for m in named}) > 1:
        found.append("participants: " + " vs ".join(
            f"{', '.join(m.participants)} ({m.article})" for m in named))  # fmt: skip
    counts: dict[str, dict[str, set[str]]] = {}
    for member in members:
        for noun, value in member.counts:
            counts.setdefault(noun, {}).setdefault(value, set()).add(member.article)
    for noun, values in sorted(counts.items()):
        if len(values) > 1 and len({s for ids in values.values() for s in ids}) > 1:
            versions = [
                f"{value} ({', '.join(sorted(ids))})" for value, ids in sorted(values.items())
            ]
            found.append(f"{noun}: " + " vs ".join(versions))
    return found


def _unique_ids(meetings: list[Meeting]) -> list[Meeting]:
    """Meetings that share a slug keep it in order of their first report, then -2, -3, ..."""
    ordered = sorted(meetings, key=lambda m: m.reports[0][0])
    ids = unique_slugs([m.id for m in ordered])
    return [replace(m, id=i) for m, i in zip(ordered, ids, strict=True)]
