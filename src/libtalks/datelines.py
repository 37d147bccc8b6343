"""Where and when a report says it was filed: the dateline opening its lead ("TRIPOLI, Oct 19
(Reuters) -") and a date line on its own ("Published: 2 Nov 2020", "Tripoli, 25 January 2021:")."""

from __future__ import annotations

import re

from libtalks import gazetteer
from libtalks.bylines import OUTLET_BYLINE, stamp_outlet
from libtalks.dates import (
    CALENDAR_DATE,
    NUMERIC_DATE,
    CalendarDate,
    numeric_readings,
    parse_calendar,
    timestamp_line,
)

# A dateline opening a report: a place (in capitals, or a known one), perhaps its region or
# country, then a date (perhaps with its time) or an agency or both: "TRIPOLI, Oct 19 (Reuters) -",
# "GENEVA (AP) —", "GENEVA (AP) — Feb. 23, 2020 —", "Tripoli (AFP) –", "Tunis, 15 November 2020
# -", "CAIRO - 1 November 2021:", "Rome, 07 Jun 2023 12:30 - (Agenzia Nova) -", "Madrid, Jun 23
# (EFE).-", "TRIPOLI, 2021/03/21 -".
_ORDINAL = r"(?:st|nd|rd|th)?"  # "Nov. 13th"
_MONTH_WORD = r"(?:[A-Z][a-z]{2,8}|[A-Z]{3,9})"  # "Nov", "November", "NOV"
_WEEKDAY = r"(?i:(?:mon|tues|wednes|thurs|fri|satur|sun)day),? "  # "TUNIS, Sunday, Oct. 25 —"
_DATELINE_DAY = (rf"(?:{_WEEKDAY})?\d{{1,2}}{_ORDINAL} {_MONTH_WORD}\.?(?:,? \d{{4}})?"
                 rf"|(?:{_WEEKDAY})?{_MONTH_WORD}\.? \d{{1,2}}{_ORDINAL}(?:,? \d{{4}})?"
                 r"|\d{1,2}[./]\d{1,2}[./]\d{4}|\d{4}[/-]\d{1,2}[/-]\d{1,2}")  # fmt: skip
_CLOCK = r"(?: \d{1,2}[:.]\d{2})?"  # "08 Oct 2021 17:45"
LEAD_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{0,2}})(?:, (?P<country>[A-Z][\w.'’ ]+?))??"
    rf"(?:(?:,? (?P<date>{_DATELINE_DAY}){_CLOCK})?(?: [-–—])?"
    rf" \((?P<agency>[A-Za-z][\w. ]{{1,30}})\)\.?(?: [-–—]+ (?P<after>{_DATELINE_DAY}){_CLOCK})?"
    rf"|(?:,| [-–—]) (?P<dated>{_DATELINE_DAY}){_CLOCK})\s*[-–—:]+\s+"
)
# The date first, then the place or the agency in brackets: "May 12, 2023 (KHARTOUM) –" (the
# Sudan Tribune's style), "12 May 2023 (Wire) -".
DATE_FIRST_DATELINE = re.compile(
    rf"^(?P<date>{_DATELINE_DAY}){_CLOCK} \((?P<bracketed>[A-Za-z][\w.' ’-]{{1,30}})\)\s*[-–—:]+\s+"
)
# Agencies' initials are this long at most: "AFP", "MENA", "KUNA".
AGENCY_INITIALS_MAX = 5
# The agency first, perhaps alone: "(ANSA) - ROME, SEP 28 -", "(Bloomberg) --".
AGENCY_FIRST_DATELINE = re.compile(
    r"^\((?P<agency>[A-Za-z][\w. ]{1,30})\)\s*[-–—]+\s*"
    r"(?:(?P<place>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}),\s+"
    rf"(?P<date>[A-Za-z]{{3,9}}\.? \d{{1,2}}{_ORDINAL}(?:, \d{{4}})?)\s*[-–—]+\s+)?"
)
# The agency between slashes after the place or the date: "MOSCOW, June 7. /TASS/.",
# "Doha /QNA/".
SLASHED_AGENCY_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{0,2}})(?:,\s+(?P<date>{_DATELINE_DAY})\.?)?\s+"
    r"/(?P<agency>[A-Z][\w-]{1,20})/\.?\s+"
)
# The agency's initials after the place, or after its date, set off by a comma: "Damascus,
# SANA -", "Jeddah, May 12, 2023, SPA --" (not a country: "TRIPOLI, LIBYA -").
INITIALS_DATELINE = re.compile(
    rf"^(?P<place>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{0,2}})(?:, (?P<date>{_DATELINE_DAY}))?"
    rf", (?P<agency>[A-Z]{{3,{AGENCY_INITIALS_MAX}}})\s*[-–—]+\s+"
)
# The place and the date in brackets: "(Beirut, October 20, 2020) –" (press releases of rights
# groups).
BRACKETED_DATELINE = re.compile(
    rf"^\((?P<place>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{0,2}}), (?P<date>{_DATELINE_DAY})\)"
    r"\s*[-–—:]+\s+"
)
DATELINES = (
    LEAD_DATELINE,
    BRACKETED_DATELINE,
    AGENCY_FIRST_DATELINE,
    SLASHED_AGENCY_DATELINE,
    DATE_FIRST_DATELINE,
    INITIALS_DATELINE,
)
# A dateline without date or agency: "BOUZNIKA, Morocco —", "Rabat - ", "GENEVA--The",
# "CAIRO: Libya's ...", "CAIRO–Delegations ..." (the place, a town or capital, or the country
# after it, known; a colon, or an en dash without spaces, after a place in capitals only).
BARE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w.'’]+(?:[ -][A-Z][\w.'’]+){0,2})(?:, (?P<country>[A-Z][\w.'’ ]+?))?"
    r"(?:\s+[-–—]+\s+|\s*(?:--|—)\s*|(?<=[A-Z])(?::\s+|–\s*))(?=[A-Z“\"])"
)
# A dateline on a line of its own, or a site's name before the date: "Tripoli, 25 January
# 2021:", "Desert Online , Saturday 6 Jun 2031", "Gammarth, Tunisia, 9 November 2020" (the
# place's country before the date, when it is one).
PLACE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})\s*,\s+"
    r"(?:(?P<country>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?),\s+)?(?P<date>.+?)\s*[:–—-]*$"
)
# A date that ends a line after a label and a comma or a dash: "Crisis Watch brief, 1 December
# 2020", "Desert Voice - Wednesday 18 Rabi al-Awwal 1442 AH, 4 November 2020" (a Hijri date
# before the Gregorian one).
LABELLED_DATE = re.compile(r"(?:,|\s[-–—|])\s+(?P<date>[^,|–—]+?)\s*$")
# A date line holds a date and at most a few more words (a time, a section, a place).
STAMP_MAX_WORDS = 12
# An agency's initials before a date line's date: "MAP 02 October 2020", "(APS) - 3 May 2021".
AGENCY_BEFORE_DATE = re.compile(
    r"^\(?(?P<agency>(?!(?:END|ENDS|MORE)\b)[A-Z]{2,6})\)?\s*[-–—:|]?\s+(?=\d|[A-Z][a-z])"
)


def stamp(paragraph: str) -> tuple[CalendarDate, ...]:
    """What the date of a line that holds nothing else may mean: "March 4, 2021 at 9:22 am",
    "Published: 2 Nov 2020", "Sunday, 24 January, 2021", "Tripoli, 25 January 2021:", "Monday
    January 20 2020, 12.01am, The Times", "The Libya Observer | 16 October 2022", "Tripoli, 27
    April 2022 (Libya Herald)", "MAP 02 October 2020"."""
    if len(paragraph.split()) > STAMP_MAX_WORDS or BRACKETED_DATELINE.match(paragraph):
        return ()  # a long line, or a lead's dateline: "(Beirut, May 3, 2031) – Text"
    stamp = timestamp_line(paragraph)
    if not stamp and (placed := _placed_date(paragraph)):
        stamp = timestamp_line(placed)
    if not stamp and (signed := stamp_outlet(paragraph)):
        unsigned = paragraph[: signed.start()] + paragraph[signed.end() :]
        placed = _placed_date(unsigned)  # "Tripoli, 27 April 2022 (Desert Herald)"
        stamp = (timestamp_line(placed) if placed else ()) or timestamp_line(unsigned)
    if not stamp and (agency := AGENCY_BEFORE_DATE.match(paragraph)):
        stamp = timestamp_line(paragraph[agency.end() :])
    return stamp


def labelled_stamp(paragraph: str) -> tuple[CalendarDate, ...]:
    """The whole date, day and year, ending a short line below the headline after a label
    (LABELLED_DATE): "Crisis Watch brief, 1 December 2020"; empty when there is none."""
    if len(paragraph.split()) > STAMP_MAX_WORDS or not (found := LABELLED_DATE.search(paragraph)):
        return ()
    whole = timestamp_line(found["date"])
    return whole if len(whole) == 1 and whole[0].to_date() else ()


def _placed_date(paragraph: str) -> str | None:
    """The date of a dateline on a line of its own, after its place and the place's country
    (PLACE_DATELINE); None when the line opens on no place."""
    placed = PLACE_DATELINE.match(paragraph)
    if placed is None:
        return None
    if placed["country"] and not gazetteer.is_country(placed["country"]):
        return paragraph[placed.end("place") :].lstrip(" ,")  # "Tripoli, Sunday, 24 January"
    return placed["date"]


def stamped_place(paragraph: str) -> str | None:
    """The known place a date line of its own names before its date: "Rome, 12/05/2022" (not
    a site's name, "Desert Online , Saturday 6 Jun 2031")."""
    placed = PLACE_DATELINE.match(paragraph)
    if placed is None:
        return None
    place = placed["place"].title() if placed["place"].isupper() else placed["place"]
    return place if gazetteer.country_of_place(place) or gazetteer.is_country(place) else None


def strip_dateline(
    paragraph: str,
) -> tuple[str, str | None, str | None, str | None, tuple[CalendarDate, ...]]:
    """ "TRIPOLI, Libya, Oct 19 (Reuters) - Text" -> ("Text", "Tripoli", "Libya", "Reuters",
    Oct 19): the text, the place, its country when named and known, the agency, the date. A
    place in title case must be a known one ("Tripoli (AFP) –"), or "Fighting, 12 May 2021 - "
    would be one."""
    match = next((found for pattern in DATELINES if (found := pattern.match(paragraph))
                  and not _initials_of_a_country(found)), None)  # fmt: skip
    if not match:
        bare = BARE_DATELINE.match(paragraph)
        if bare and (gazetteer.country_of_place(bare["place"].title()) or _country(bare)):
            return paragraph[bare.end() :], bare["place"].title(), _country(bare), None, ()
        return paragraph, None, None, None, ()
    place, agency = _place_and_agency(match)
    if place and not place.isupper() and gazetteer.country_of_place(place) is None:
        return paragraph, None, None, None, ()
    stated: tuple[CalendarDate, ...] = ()
    groups = match.groupdict()
    written = match["date"] or groups.get("dated") or groups.get("after") or ""
    written = written.title() if written.isupper() else written  # "SEP 28"
    if numeric := NUMERIC_DATE.fullmatch(written):
        stated = numeric_readings(numeric)
    elif (date_match := CALENDAR_DATE.fullmatch(written)) and (
        parsed := parse_calendar(date_match)
    ):
        stated = (parsed,)
    if written and not stated:  # "Tripoli, 4 Things" is no dateline
        return paragraph, None, None, None, ()
    filed_from = place.title() if place and place.isupper() else place
    return paragraph[match.end() :], filed_from, _country(match), agency, stated


def _place_and_agency(dateline: re.Match[str]) -> tuple[str | None, str | None]:
    """A dateline's place and agency. What a date-first dateline brackets is a place when known
    or in capitals and longer than an agency's initials ("(KHARTOUM)"), else an agency ("(AFP)",
    "(Wire)", "(Reuters)")."""
    groups = dateline.groupdict()
    place, agency = groups.get("place"), groups.get("agency")
    if bracketed := groups.get("bracketed"):
        known = gazetteer.country_of_place(bracketed.title() if bracketed.isupper() else bracketed)
        if known or (bracketed.isupper() and len(bracketed) > AGENCY_INITIALS_MAX
                     and not OUTLET_BYLINE.search(bracketed.title())):  # fmt: skip
            place = bracketed
        else:
            agency = bracketed
    return place, agency.strip() if agency else None


def _initials_of_a_country(dateline: re.Match[str]) -> bool:
    """Whether what stands as an agency's initials names a country: "TRIPOLI, LIBYA -"."""
    return dateline.re is INITIALS_DATELINE and gazetteer.is_country(dateline["agency"].title())


def _country(dateline: re.Match[str]) -> str | None:
    """The country a dateline names after its place, when it is a known one."""
    country = dateline.groupdict().get("country")
    country = country.title() if country and country.isupper() else country  # "SIRTE, LIBYA"
    return country if country and gazetteer.is_country(country) else None
