"""Which reports cover the same meeting: place, overlapping days, text similarity, with reasons.

Text similarity alone cannot decide: every report on these talks shares most of its words with
every other. So a place and days decide, and text similarity only joins a report that gives no
days to a report of the same place when it is a near copy (a wire story under a new headline).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from functools import lru_cache

from rapidfuzz import fuzz, process

from libtalks.aliases import fold, same_place, same_places
from libtalks.gazetteer import country_of_word
from libtalks.meetings import MeetingFacts
from libtalks.models import LEAD_SENTENCES, Article, CalendarDate, DateSpan, Link
from libtalks.text import slugify, sorted_tokens
from libtalks.unionfind import UnionFind

# A report whose days are unknown joins a meeting of the same place only when its lead is this
# alike (token_sort_ratio of headline and lead): a copy under a new headline, not merely a
# report on the same talks. Measured on the seeds: reports of different meetings score 57-63,
# the two reports of the Ghadames meeting 68.
WIRE_COPY_SIMILARITY = 80
# A wire report often names no year at all ("GENEVA, Feb 5 (Reuters) -" and "on Friday"), so its
# days stay unknown. It is filed while its meeting goes on or soon after: its dateline's day and
# month, in the year of a dated meeting of the same place, within this many days after that
# meeting's last day, puts it there ...
DATELINE_LAG_DAYS = 3
# ... when that meeting's days are known to at most this many (not a month, not "October 5 or
# November 3").
DATELINE_MEETING_MAX_DAYS = 14
# Two tracks may meet in one town on the same days ("the Joint Military Commission" and "the
# Constitutional Committee" in Geneva): reports naming bodies this little alike
# (token_set_ratio of the lowercased names, acronyms in brackets left out) cover two meetings.
# Spellings of one body score above it, other bodies below: "joint military committee" / "Joint
# Military Commission" 82, "Political Dialogue Forum" / "Libyan Political Dialogue Forum" 100,
# "Joint Military Commission" / "Libyan Constitutional Committee" 46.
SAME_BODY_SIMILARITY = 75
# One body's session is often reported day by day ("the forum opened on Monday", "resumed on
# Tuesday"): reports naming alike bodies in one place on days at most this far apart (1:
# consecutive days) are one meeting, whose days run from the first to the last.
SESSION_GAP_DAYS = 1
# A report whose days run open ("on or after December 2021": its year unknown) joins a meeting
# of the same place whose days its own allow when both name at least this many of the same
# people: one shared name may be a mediator's, at every meeting of a track.
SHARED_PEOPLE = 2
# A report that places its meeting in a country only ("talks in Switzerland"), or in the town
# another report locates its own by ("talks in Tunis" beside "Gammarth, a suburb of Tunis"), may
# cover that one: it joins the one such meeting its days overlap, found among the reports that
# start at most this many days before its own first day.
COUNTRY_REACH_DAYS = 31


# How alike two folded surnames score to be one name's spellings ("dbibah" / "dabaiba").
NAMED_ALIKE = 70
CAPITALISED = re.compile(r"\b[A-Z][\w'’-]+")


def lead_text(article: Article) -> str:
    return " ".join([article.title, *article.sentences[:LEAD_SENTENCES]])


@lru_cache(maxsize=65536)
def _comparable(article: Article) -> str:
    return sorted_tokens(lead_text(article))


def similarity(a: Article, b: Article) -> float:
    """token_sort_ratio of the two reports' headlines and leads."""
    return round(fuzz.ratio(_comparable(a), _comparable(b), processor=None), 1)


def _days_overlap(a: MeetingFacts, b: MeetingFacts) -> bool | None:
    """True when both reports' days are bounded and overlap, False when they cannot overlap,
    None when the days cannot say: one is unknown, or open towards the present ("on or after
    December 2021" overlaps every later meeting in that town, so it proves nothing)."""
    if not (a.days.known and b.days.known):
        return None
    if not a.days.overlaps(b.days):
        return False
    return None if a.days.end is None or b.days.end is None else True


def _filing_days(days: DateSpan) -> tuple[date, date] | None:
    """The days a report of a meeting on `days` may be filed: from its first day to
    DATELINE_LAG_DAYS after its last; None when the days are not known closely enough."""
    if days.start is None or days.end is None:
        return None
    if (days.end - days.start).days >= DATELINE_MEETING_MAX_DAYS:
        return None
    return days.start, days.end + timedelta(days=DATELINE_LAG_DAYS)


def _filed_during(a: Article, fa: MeetingFacts, fb: MeetingFacts) -> CalendarDate | None:
    """The yearless dateline of `a`, whose days are unknown or open ("≥ 2018-11-13": no year
    but a plan's is named), when it falls in the _filing_days of `fb`'s meeting, in one of
    their years, and on or after the first day `a` allows."""
    window = None if fa.days.end is not None else _filing_days(fb.days)
    if window is None:
        return None
    first, last = window
    for stated in a.dateline:
        if stated.year is None:
            for year in range(first.year, last.year + 1):
                filed = stated.to_date(year)
                if filed and max(first, fa.days.start or first) <= filed <= last:
                    return stated
    return None


def _held_during(fa: MeetingFacts, fb: MeetingFacts) -> tuple[int, int] | None:
    """The (month, day) without a year that `fa`'s report, whose days are unknown, gives its
    meeting, when it falls on the days of `fb`'s meeting, known to the day, in one of their
    years."""
    days = fb.days
    if fa.days.known or days.precision != "day" or days.start is None:
        return None
    last = days.end or days.start
    for month, day in fa.yearless:
        for year in range(days.start.year, last.year + 1):
            held = CalendarDate(month, day, year, None, "").to_date()
            if held and days.start <= held <= last:
                return month, day
    return None


def _opens_on(open_days: DateSpan, days: DateSpan) -> str | None:
    """The first day of a meeting known to the day, when another report's days run open from
    that very day ("The talks will begin on Monday"); else None."""
    if (open_days.end is None and days.precision == "day" and days.end is not None
            and open_days.start == days.start):  # fmt: skip
        return days.start.isoformat()
    return None


def _gap(a: DateSpan, b: DateSpan) -> int | None:
    """Days from the end of the earlier span to the start of the later (1: consecutive days);
    None when either is open or unknown, or they overlap."""
    if a.start is None or a.end is None or b.start is None or b.end is None or a.overlaps(b):
        return None
    return max((b.start - a.end).days, (a.start - b.end).days)


def _one_session(a: MeetingFacts, b: MeetingFacts) -> bool:
    """Whether two reports name alike bodies on days SESSION_GAP_DAYS apart at most."""
    gap = _gap(a.days, b.days)
    left, right = _body_name(a.body), _body_name(b.body)
    return (gap is not None and gap <= SESSION_GAP_DAYS and left is not None
            and right is not None and not _unlike(left, right))  # fmt: skip


def _unsure(a: MeetingFacts, b: MeetingFacts) -> str:
    return "days open-ended" if a.days.known and b.days.known else "days unknown"


def compare(a: Article, fa: MeetingFacts, b: Article, fb: MeetingFacts) -> Link:
    """Whether two reports cover one meeting; the reason names the place, the days, the text
    similarity and the participants both reports name."""
    link = _decide(a, fa, b, fb)
    shared = sorted(set(fa.participants) & set(fb.participants))
    if shared:
        return Link(link.left, link.right, link.similarity, link.merged,
                    f"{link.reason}; both name {', '.join(shared)}")  # fmt: skip
    return link


def _strangers(a: Article, fa: MeetingFacts, b: Article, fb: MeetingFacts) -> bool:
    """Whether two reports of one place and days tell two meetings: one names a body and the
    other does not even name its head noun, both name participants, and neither report names
    any of the other's ("the Joint Military Commission met in Cairo with Sudan's liaison
    committee" beside "Sisi received Menfi in Cairo", the same day; not "the international
    committee that oversees the Berlin process" beside "the International Follow-up
    Committee")."""
    if (fa.body is None) == (fb.body is None) or not (fa.participants and fb.participants):
        return False
    named, other = (fa, b) if fa.body else (fb, a)
    head = (_body_name(named.body) or "").split()[-1:]
    if head and head[0] in " ".join([other.title, *other.sentences]).lower():
        return False
    return not (_names_any(b, fa.participants) or _names_any(a, fb.participants))


def _other_subjects(a: Article, b: Article) -> tuple[str, str] | None:
    """The countries two reports are about, when they differ and neither report names the
    other's at all: talks on Syria and talks on Libya, both in Geneva on the same days. A
    report on Libyan talks hosted by Egypt names Libya too, so it stays with the others."""
    left, right = _subject(a), _subject(b)
    if left is None or right is None or left == right:
        return None
    if right in _countries_named(a) or left in _countries_named(b):
        return None
    return left, right


@lru_cache(maxsize=4096)
def _capitalised_words(article: Article) -> tuple[str, ...]:
    """The capitalised words of the report's headline and sentences, in order."""
    return tuple(CAPITALISED.findall(" ".join([article.title, *article.sentences])))


@lru_cache(maxsize=4096)
def _countries_named(article: Article) -> dict[str, int]:
    """How often the report names each country, by its name or a demonym ("Syria",
    "Syria's", "Syrian"), in its headline and sentences."""
    counts: dict[str, int] = {}
    for word in _capitalised_words(article):
        if country := country_of_word(word):
            counts[country] = counts.get(country, 0) + 1
    return counts


def _subject(article: Article) -> str | None:
    """The country the report names most often, when no other is named as often."""
    ranked = sorted(_countries_named(article).items(), key=lambda item: -item[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _names_any(article: Article, people: tuple[str, ...]) -> bool:
    """Whether the report names any of the people, by surname at least, in any spelling
    (aliases.fold, then NAMED_ALIKE: "Dbeibah" is "Aldabaiba")."""
    surnames = {fold(name.split()[-1]) for name in people}
    words = {fold(word) for word in _capitalised_words(article)}
    return any(fuzz.ratio(surname, word) >= NAMED_ALIKE for surname in surnames for word in words)


def _body_name(body: str | None) -> str | None:
    """A body's name lowercased and without its bracketed acronym; None for none or an acronym
    alone ("5+5"), which tells no body from another."""
    name = re.sub(r"\s*\([^)]*\)", "", body or "").lower()
    return name if re.search(r"[a-z]{3}", name) else None


@lru_cache(maxsize=4096)
def unlike_bodies(one: str | None, other: str | None) -> bool:
    """Whether two bodies are too unlike to be one (SAME_BODY_SIMILARITY); never when either
    is unknown or an acronym alone."""
    left, right = _body_name(one), _body_name(other)
    return left is not None and right is not None and _unlike(left, right)


def _different_bodies(a: MeetingFacts, b: MeetingFacts) -> bool:
    """Whether the two reports name bodies too unlike to be one."""
    return unlike_bodies(a.body, b.body)


@lru_cache(maxsize=4096)
def _unlike(left: str, right: str) -> bool:
    return fuzz.token_set_ratio(left, right, processor=None) < SAME_BODY_SIMILARITY


def _decide(a: Article, fa: MeetingFacts, b: Article, fb: MeetingFacts) -> Link:
    link = _by_place_and_days(a, fa, b, fb)
    if link.merged and (subjects := _other_subjects(a, b)):
        return Link(a.id, b.id, link.similarity, False, f"same place ({fa.place}) but one report "
                    f"is about {subjects[0]} and the other about {subjects[1]}")  # fmt: skip
    return link


def _by_place_and_days(a: Article, fa: MeetingFacts, b: Article, fb: MeetingFacts) -> Link:
    score = similarity(a, b)
    if not same_place(fa.place, fb.place):
        return Link(a.id, b.id, score, False, f"different places: {fa.place} / {fb.place}")
    if _different_bodies(fa, fb):
        bodies = f"{fa.body} / {fb.body}"
        return Link(a.id, b.id, score, False, f"same place ({fa.place}) but different bodies "
                    f"({bodies})")  # fmt: skip
    overlap = _days_overlap(fa, fb)
    if overlap and _strangers(a, fa, b, fb):
        return Link(a.id, b.id, score, False,
                    f"same place ({fa.place}) and overlapping days, but only one names a "
                    f"body ({fa.body or fb.body}), and neither the other's people")  # fmt: skip
    if overlap:
        return Link(a.id, b.id, score, True,
                    f"same place ({fa.place}) and overlapping days "
                    f"({fa.days.iso()} vs {fb.days.iso()})")  # fmt: skip
    if overlap is False and _one_session(fa, fb):
        return Link(a.id, b.id, score, True,
                    f"same place ({fa.place}) and body ({fa.body}) on consecutive days "
                    f"({fa.days.iso()} vs {fb.days.iso()})")  # fmt: skip
    if overlap is False:
        return Link(a.id, b.id, score, False,
                    f"same place ({fa.place}) but different days "
                    f"({fa.days.iso()} vs {fb.days.iso()})")  # fmt: skip
    if opened := _opens_on(fa.days, fb.days) or _opens_on(fb.days, fa.days):
        return Link(a.id, b.id, score, True,
                    f"same place ({fa.place}), one report's days open from the other's first day "
                    f"({opened})")  # fmt: skip
    if filed := _filed_during(a, fa, fb) or _filed_during(b, fb, fa):
        return Link(a.id, b.id, score, True,
                    f"same place ({fa.place}), one report's days unknown or open but its dateline "
                    f"({filed.text}) falls on or just after the other's days "
                    f"({(fb.days if fa.days.end is None else fa.days).iso()})")  # fmt: skip
    if held := _held_during(fa, fb) or _held_during(fb, fa):
        return Link(a.id, b.id, score, True,
                    f"same place ({fa.place}), one report's meeting day without a year "
                    f"({held[0]:02d}-{held[1]:02d}) falls on the other's days "
                    f"({(fb.days if fb.days.known else fa.days).iso()})")  # fmt: skip
    if score >= WIRE_COPY_SIMILARITY:
        return Link(
            a.id,
            b.id,
            score,
            True,
            f"same place ({fa.place}), {_unsure(fa, fb)}, near-identical text ({score})",
        )
    return Link(
        a.id,
        b.id,
        score,
        False,
        f"same place ({fa.place}) but {_unsure(fa, fb)} and text only {score} alike",
    )


def group(
    articles: list[Article], facts: dict[str, MeetingFacts]
) -> tuple[list[list[str]], list[Link]]:
    """Groups of article ids, one per meeting, and every comparison made. The result does not
    depend on the order of the input: reports are compared in id order and joined by
    union-find, which gives the same groups whatever order the links arrive in.

    Only reports of one place are compared: place names are first grouped by same_place
    (spellings of one town), and each group is a block. Within a place,
    dated reports are swept in order of their first day, so each meets only those whose days
    overlap its own, and the first one past them (which says why they stay apart); a report
    without days meets the others through one fast text search. Reports with days are joined
    first; a copy without days then joins the one meeting it copies, or none when it copies
    reports of several. Two groups never join when a report of one and a report of the other
    give days that do not overlap, or name different bodies: a report without days or body
    cannot chain two meetings together. Last, a report placed in a country only joins the one
    meeting in a town of it that fits, and one placed in the town another locates its own by
    joins that one (_area_links); a report whose days run open joins the one meeting of its
    place that names the same people (_shared_people_links). Links say whether their reports
    ended in one meeting."""
    # A meeting whose last day is not told ("the talks began on Monday") is compared with
    # another report by its first, the one day it is known to hold; but it keeps a group from
    # no report of a later day (`spans`: the days each report allows).
    spans = {key: [found.days] if found.days.known else [] for key, found in facts.items()}
    facts = {key: replace(found, days=found.days.told_days()) for key, found in facts.items()}
    ordered = sorted(articles, key=lambda a: a.id)
    places = same_places(f.place for f in facts.values() if f.place)
    blocks: dict[str, list[Article]] = {}
    for article in ordered:  # a report that names no place is a meeting of its own
        if facts[article.id].place:
            blocks.setdefault(places.find(facts[article.id].place), []).append(article)
    links = [link for block in blocks.values() for link in _block_links(block, facts)]
    union = UnionFind(a.id for a in ordered)
    bodies = {a.id: {name} if (name := _body_name(facts[a.id].body)) else set() for a in ordered}
    merged = sorted((x for x in links if x.merged), key=lambda x: _join_order(x, facts))
    refused: dict[tuple[str, str], str] = {}  # why a link's reports stayed apart
    for link in merged:  # first the reports with days, into meetings
        if spans[link.left] and spans[link.right]:
            _join(union, spans, bodies, link, refused)
    ambiguous = _copies_of_several_meetings(merged, union, spans)
    for link in merged:  # then the copies without days
        if not (spans[link.left] and spans[link.right]):
            if {link.left, link.right} & ambiguous:
                refused[link.left, link.right] = "the copy matches reports of several meetings"
            else:
                _join(union, spans, bodies, link, refused)
    for area, lies in ((_country_around, "is in"), (_town_beside, "lies by")):
        links += _area_links(ordered, facts, union, spans, bodies, refused, area, lies)
    by_people = _shared_people_links(blocks, facts, union, spans, bodies, refused)
    pairs = {(x.left, x.right) for x in by_people}
    links = [x for x in links if (x.left, x.right) not in pairs] + by_people
    return sorted(union.groups().values()), [_as_joined(x, union, refused) for x in links]


def _shared_people_links(
    blocks: dict[str, list[Article]],
    facts: dict[str, MeetingFacts],
    union: UnionFind,
    spans: dict[str, list[DateSpan]],
    bodies: dict[str, set[str]],
    refused: dict[tuple[str, str], str],
) -> list[Link]:
    """Join each report whose days run open ("on or after December 2021": its year unknown),
    alone or with reports as open, to the one meeting of its place whose bounded days its own
    allow and whose report names SHARED_PEOPLE or more of the people it names; to none when
    several do, as the text cannot say which."""
    links = []
    for block in blocks.values():
        for article in block:
            found = facts[article.id]
            root = union.find(article.id)
            if (found.days.start is None or found.days.end is not None
                    or len(found.participants) < SHARED_PEOPLE
                    or any(days.end is not None for days in spans[root])):  # fmt: skip
                continue
            fitting: dict[str, tuple[Article, list[str]]] = {}
            for other in block:
                days = facts[other.id].days
                if days.end is None or not found.days.overlaps(days):
                    continue
                shared = sorted(set(found.participants) & set(facts[other.id].participants))
                group = union.find(other.id)
                if (len(shared) >= SHARED_PEOPLE and group != root
                        and _refusal(root, group, spans, bodies) is None):  # fmt: skip
                    fitting.setdefault(group, (other, shared))
            if len(fitting) != 1:
                continue
            [(other, shared)] = fitting.values()
            left, right = sorted((article, other), key=lambda a: a.id)
            link = Link(left.id, right.id, similarity(left, right), True,
                        f"same place ({found.place}), days open ({found.days.iso()}) and "
                        f"allowing the other's ({facts[other.id].days.iso()}), and both name "
                        f"{', '.join(shared)}")  # fmt: skip
            _join(union, spans, bodies, link, refused)
            links.append(link)
    return links


def _country_around(found: MeetingFacts) -> str | None:
    """The country of a report's town ("Geneva": Switzerland)."""
    return found.country if found.place and found.place != found.country else None


def _town_beside(found: MeetingFacts) -> str | None:
    """The town a report locates its own by ("Gammarth, a suburb of Tunis": Tunis)."""
    return found.near


def _area_links(
    ordered: list[Article],
    facts: dict[str, MeetingFacts],
    union: UnionFind,
    spans: dict[str, list[DateSpan]],
    bodies: dict[str, set[str]],
    refused: dict[tuple[str, str], str],
    area: Callable[[MeetingFacts], str | None],
    lies: str,
) -> list[Link]:
    """Join each dated report that places its meeting in the `area` of other reports' towns
    only (a country, "talks in Switzerland", or the town another locates its own by, "talks in
    Tunis" beside "Gammarth, a suburb of Tunis") to the one meeting there whose days fit its
    own and whose body is not another; to none when several fit, as the text cannot say
    which. `lies` says how the area holds the town, in the link's reason."""
    by_id = {article.id: article for article in ordered}
    in_area: dict[str, list[tuple[date, str]]] = {}  # area → its towns' reports by day
    for article in ordered:
        found = facts[article.id]
        if found.days.start and (around := area(found)):
            in_area.setdefault(around, []).append((found.days.start, article.id))
    for reports in in_area.values():
        reports.sort()
    links = []
    for article in ordered:
        found = facts[article.id]
        if not (found.place in in_area and area(found) is None and found.days.start
                and found.days.end):  # fmt: skip
            continue
        reports = in_area[found.place]
        low = bisect_left(reports, (found.days.start - timedelta(days=COUNTRY_REACH_DAYS), ""))
        high = bisect_right(reports, (found.days.end, "\uffff"))
        root = union.find(article.id)
        fitting = {union.find(other): other for _, other in reports[low:high]}
        fits = [other for group, other in fitting.items()
                if group != root and _refusal(root, group, spans, bodies) is None]  # fmt: skip
        if len(fits) != 1:
            continue
        [other] = fits
        town = facts[other].place
        link = Link(article.id, other, similarity(article, by_id[other]), True,
                    f"{town} {lies} {found.place}, and the days overlap "
                    f"({found.days.iso()} vs {facts[other].days.iso()})")  # fmt: skip
        _join(union, spans, bodies, link, refused)
        links.append(link)
    return links


def _join(
    union: UnionFind,
    spans: dict[str, list[DateSpan]],
    bodies: dict[str, set[str]],
    link: Link,
    refused: dict[tuple[str, str], str],
) -> None:
    """Join the link's two groups unless a report of one and a report of the other give days
    that do not overlap, or name different bodies; else say why in `refused`."""
    left, right = union.find(link.left), union.find(link.right)
    if left == right:
        return
    if why := _refusal(left, right, spans, bodies):
        refused[link.left, link.right] = why
    else:
        union.join(left, right)
        root = union.find(left)
        spans[root] = spans[left] + spans[right]
        bodies[root] = bodies[left] | bodies[right]


def _refusal(
    left: str, right: str, spans: dict[str, list[DateSpan]], bodies: dict[str, set[str]]
) -> str | None:
    """Why two groups (by their roots) cannot be one meeting: a report of one and a report of
    the other give days that do not overlap, or name different bodies; None when they can."""
    if not _days_fit(spans[left], spans[right], bool(bodies[left] and bodies[right])):
        return "reports already grouped with them give other days"
    if any(_unlike(x, y) for x in bodies[left] for y in bodies[right]):
        return "reports already grouped with them name other bodies"
    return None


def _days_fit(left: list[DateSpan], right: list[DateSpan], both_named: bool) -> bool:
    """Whether two groups' days may be one meeting's: every report's days overlap every other's,
    or, when both groups name a body, their days taken whole are at most SESSION_GAP_DAYS
    apart (one session reported day by day)."""
    if all(x.overlaps(y) for x in left for y in right):
        return True
    if not both_named:
        return False
    gap = _gap(_whole(left), _whole(right))
    return gap is not None and gap <= SESSION_GAP_DAYS


def _whole(spans: list[DateSpan]) -> DateSpan:
    """The days from the first to the last of the spans (unknown when one is open)."""
    starts = [s.start for s in spans if s.start is not None]
    ends = [s.end for s in spans if s.end is not None]
    if not spans or len(starts) < len(spans) or len(ends) < len(spans):
        return DateSpan.unknown()
    return DateSpan(min(starts), max(ends), "interval")


def _as_joined(link: Link, union: UnionFind, refused: dict[tuple[str, str], str]) -> Link:
    """The link as grouping ended: one that would join two reports left in two meetings says
    why."""
    if not link.merged or union.find(link.left) == union.find(link.right):
        return link
    why = refused.get((link.left, link.right), "")
    return Link(link.left, link.right, link.similarity, False, f"{link.reason}, but {why}")


def _copies_of_several_meetings(
    merged: list[Link], union: UnionFind, spans: dict[str, list[DateSpan]]
) -> set[str]:
    """Reports without days that copy reports of two or more dated meetings: the text does not
    say which of them they report, so they join none (a meeting of their own)."""
    meetings: dict[str, set[str]] = {}
    for link in merged:
        for report, other in ((link.left, link.right), (link.right, link.left)):
            if not spans[report] and spans[other]:
                meetings.setdefault(report, set()).add(union.find(other))
    return {report for report, found in meetings.items() if len(found) > 1}


def _join_order(link: Link, facts: dict[str, MeetingFacts]) -> tuple[bool, float, str, str]:
    """Links on overlapping days first, then text matches, most alike first."""
    on_days = _days_overlap(facts[link.left], facts[link.right]) is True
    return (not on_days, -link.similarity, link.left, link.right)


def _block_links(block: list[Article], facts: dict[str, MeetingFacts]) -> list[Link]:
    dated = sorted((a for a in block if facts[a.id].days.known),
                   key=lambda a: (facts[a.id].days.start, a.id))  # fmt: skip
    links = []
    for i, a in enumerate(dated):
        for b in dated[i + 1 :]:
            links.append(compare(a, facts[a.id], b, facts[b.id]))
            gap = _gap(facts[a.id].days, facts[b.id].days)
            if gap is not None and gap > SESSION_GAP_DAYS:
                break  # b starts after a ends, and so do all that follow
    undated = [a for a in block if not facts[a.id].days.known]
    if undated:
        texts = [_comparable(a) for a in block]
        by_day = _by_day_of_year(dated, facts)
        for a in undated:
            matches = process.extract(_comparable(a), texts, scorer=fuzz.ratio, processor=None,
                                      score_cutoff=WIRE_COPY_SIMILARITY, limit=None)  # fmt: skip
            found = {block[at].id: block[at] for _, _, at in matches}
            for stated in (d for d in a.dateline if d.year is None):
                found.update((b.id, b) for b in by_day.get((stated.month, stated.day), ()))
            for month_day in facts[a.id].yearless:  # "held in Paris on Nov. 12"
                found.update((b.id, b) for b in by_day.get(month_day, ()))
            for b in found.values():
                if b.id != a.id and (facts[b.id].days.known or a.id < b.id):
                    links.append(compare(a, facts[a.id], b, facts[b.id]))
    return links


def _by_day_of_year(
    dated: list[Article], facts: dict[str, MeetingFacts]
) -> dict[tuple[int, int], list[Article]]:
    """Dated reports by each (month, day) of their meeting's _filing_days."""
    found: dict[tuple[int, int], list[Article]] = {}
    for article in dated:
        window = _filing_days(facts[article.id].days)
        if window is None:
            continue
        first, last = window
        for offset in range((last - first).days + 1):
            day = first + timedelta(days=offset)
            found.setdefault((day.month, day.day), []).append(article)
    return found


def slug(place: str | None, days: DateSpan) -> str:
    """A readable id: the place and the month (or year) the days fall in, when they do (the
    first day's, when only the first is told)."""
    base = slugify(place or "") or "unknown-place"
    start, end = days.start, days.told_days().end
    if start is None or end is None:
        return base
    if (start.year, start.month) == (end.year, end.month):
        return f"{base}-{start:%Y-%m}"
    if start.year == end.year:
        return f"{base}-{start:%Y}"
    return base
