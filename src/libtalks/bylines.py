"""Who signs a report: its byline and writer, the outlet it names (under the headline, in a
byline, after a date line), and an agency signing off at its foot."""

from __future__ import annotations

import re

from libtalks import gazetteer
from libtalks import text as textlib
from libtalks.dates import timestamp_line
from libtalks.lexicon import PAPER_HEADS, SECTION_WORDS

# Bylines are a few names and a title or an outlet: "by MCR Correspondent", "By Jane Doe and
# John Roe", "By JANE DOE, JOHN ROE and ALI BAKO Associated Press".
BYLINE_MAX_WORDS = 12
BYLINE = re.compile(
    r"(?i:by|written by|posted by|reporting by|words by)\s*:?\s+(?P<name>[^\d].{1,80}?)\s*$"
    # or a name and the writer's post: "Jane Doe, Middle East correspondent", "Jane Doe
    # Diplomatic editor"
    r"|(?P<signed>[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}?),?(?: [\w-]+){0,3} (?i:editor|"
    r"correspondent|reporter|writer|journalist|columnist|contributor|bureau chief)$"
)
BYLINE_DATE_SEPARATOR = re.compile(r"\s*(?:[|,·•]|\s[-–—])\s*")
_PAPER_HEADS = "(?:" + "|".join(sorted(PAPER_HEADS)) + ")"
_AGENCIES = "(?:Reuters|AFP|AP|Xinhua|Anadolu|ANSA|EFE|TASS|Bloomberg|UPI)"
# A byline that names an outlet, not a writer: "By Morocco World News", "By Reuters", "By TRT
# World and agencies".
OUTLET_BYLINE = re.compile(
    rf"\b(?:{_PAPER_HEADS}|News|Press|Agency|Agencies|agencies|Today|Daily|Magazine|Television"
    rf"|TV|Radio|Network|{_AGENCIES})\b"
)
# A writer and the outlet they write for: "CARA ANNA Associated Press" (a name in capitals, the
# outlet's in title case; "JAMEY KEATEN and SAMY MAGDY Associated Press", more names),
# "Jane Doe, Reuters", "Jane Doe | AFP".
_CAPITALS_NAME = r"[A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){1,3}"
WRITER_AND_OUTLET = re.compile(
    rf"(?P<capitals>{_CAPITALS_NAME}(?:(?:,| and| AND) {_CAPITALS_NAME})*) (?=[A-Z][a-z])"
    r"|(?P<writer>[^,|]+?)\s*[,|]\s*(?=\S)"
)
# An agency signing off on the report's last line: "MAP", "(MAP)", "-- APS" (not "END").
SIGN_OFF = re.compile(r"[-–—\s]*\(?(?P<agency>(?!(?:END|ENDS|MORE)\b)[A-Z]{2,6})\)?\.?\s*")
# A line under the headline that is only an outlet's name: "The Libya Observer", "Desert Herald",
# a site's, "Ahram Online" (not "Latest News": a section's), an agency's, "AFP", "State
# Information Service", "Libya News Agency".
OUTLET_LINE = re.compile(
    rf"(?:The )?(?:[A-Z][\w'’.-]*\s+){{0,3}}(?:{_PAPER_HEADS}|Online|Agency|Service)|{_AGENCIES}"
)
# A line naming a news outlet: "Arab News", "Morocco World News" (not a section's "Latest News"
# or "Middle East News", nor a country's "Libya News" or "Libyan News": SECTION_WORDS,
# gazetteer).
NEWS_LINE = re.compile(r"(?:The )?(?P<words>(?:[A-Z][\w'’.-]*\s+){1,3})News")
# An outlet's initials alone on a line ("RFI", "MEE"), not a section's word in capitals.
INITIALS_LINE = re.compile(
    r"(?!(?:NEWS|LIVE|HOME|WORLD|VIDEO|PHOTOS?|MORE|TOP|LATEST)\b)[A-Z]{2,5}"
)
# Where the writer wrote from, after their name: "By Justin Huggler in Berlin".
WRITING_FROM = re.compile(r"\s+in\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?$")
# A date line signed by its outlet, after it or before it: "Monday January 20 2020, 12.01am,
# The Times", "The Libya Observer | 16 October 2022", "Libya Observer - 12 April 2021".
_STAMP_SEPARATOR = r"(?:\s*[,|·•]\s*|\s+[-–—]\s+)"
STAMP_OUTLET = re.compile(rf"{_STAMP_SEPARATOR}(?P<outlet>[A-Z][\w'’. -]{{1,40}})$")
OUTLET_BEFORE_STAMP = re.compile(rf"(?P<outlet>[A-Z][\w'’. -]{{1,40}}?){_STAMP_SEPARATOR}")
# ... or in brackets after it: "Tripoli, 27 April 2022 (Libya Herald)", "Riyadh, 15 March 2022
# (SPA)" (an agency's initials).
BRACKETED_STAMP_OUTLET = re.compile(r"\s*\((?P<outlet>[A-Z][\w'’. -]{1,40})\)\s*[:–—-]*$")
# An outlet's staff signs for it, or the outlet with the agencies it draws on: "By Libya Review
# staff", "By the Herald's news desk", "TRT World and agencies", "Euronews with AFP".
STAFF_BYLINE = re.compile(
    r"^(?:[Tt]he\s+)?(?P<outlet>[^,]+?)(?:[’']s)?\s+"
    r"(?i:staff(?:\s+(?:writers?|reporters?))?|newsroom|news\s+desk|desk|editors"
    r"|editorial(?:\s+(?:board|team))?|team|(?:and|with|&)\s+(?:news\s+)?agencies)$"
    rf"|^(?P<drawing>[^,]+?)\s+(?:with|and|&)\s+{_AGENCIES}(?:(?:,\s*|\s+and\s+){_AGENCIES})*$"
)
# The post of an outlet's writer after its name: "By Libya Herald reporter".
WRITERS_POST = re.compile(r"\s+(?i:reporters?|correspondents?|writers?)$")
# A name in capitals, as an outlet's is written: "Al-Monitor", "TRT World", "France 24".
CAPITALISED_NAME = re.compile(r"[A-Z][\w'’.-]*(?: (?:[A-Z][\w'’.-]*|\d+)){0,3}")
# A line signing the report that names its outlet: its source ("Source: Middle East Monitor")
# or the copyright's holder ("© Copyright ANSA", "Copyright 2020 The Associated Press. All
# rights reserved.").
SIGNING_OUTLET = re.compile(
    r"(?i:source|courtesy(?: of)?)\s*:\s*(?P<source>.+?)\.?"
    r"|(?i:all rights reserved\.?\s*)?(?:©|\([Cc]\)|(?i:copyright))\s*(?:(?i:copyright)\s*)?"
    r"(?:©\s*)?(?:(?:19|20)\d\d\s+)?(?P<holder>.+?)[.,]?(?:\s*(?i:all rights reserved)\.?)?"
)


def dated_byline(match: re.Match[str]) -> tuple[str, str]:
    """A byline's name, and the date line written after it ("By Jane Doe | 23 October 2020",
    "By Reuters Staff April 8, 2021"), else ""."""
    signed = match["name"] or match["signed"]
    for separator in BYLINE_DATE_SEPARATOR.finditer(signed):
        if timestamp_line(signed[separator.end() :]):
            return signed[: separator.start()], signed[separator.end() :]
    for space in re.finditer(r"\s+", signed):  # a page's fields run together: "By X April 8, 2021"
        if timestamp_line(signed[space.end() :]):
            return signed[: space.start()], signed[space.end() :]
    return signed.rstrip(" .,;:"), ""


def writer_and_outlet(signed: str) -> tuple[str | None, str | None]:
    """Who signs a byline and for which outlet: ("Jane Doe", None) for "Jane Doe" or "Jane Doe
    in Berlin", (None, "Morocco World News") when the outlet or its staff sign ("By Libya Review
    staff"), ("Cara Anna", "Associated Press") for "CARA ANNA Associated Press"; neither for
    "our staff"."""
    if staff := STAFF_BYLINE.match(signed):
        named = staff["outlet"] or staff["drawing"]
        return None, named if named[0].isupper() else None
    if signed[:1].islower():  # "By staff reporter": no name
        return None, None
    signed = WRITING_FROM.sub("", signed)  # "Justin Huggler in Berlin"
    if not OUTLET_BYLINE.search(signed):
        return signed, None
    split = WRITER_AND_OUTLET.match(signed)
    if split:
        writer, outlet = split.group().strip(" ,|"), signed[split.end() :]
        if OUTLET_BYLINE.search(outlet) and not OUTLET_BYLINE.search(writer):
            return " ".join(
                "and" if w == "AND" else w.title() if w.isupper() else w for w in writer.split()
            ), outlet
    return None, WRITERS_POST.sub("", signed)


def stamp_outlet(paragraph: str) -> re.Match[str] | None:
    """The outlet's name ending a date line after its last comma or bar (", The Times") or in
    brackets ("(Libya Herald)", or an agency's initials: "(SPA)"), or opening it ("The Libya
    Observer | ")."""
    if (bracketed := BRACKETED_STAMP_OUTLET.search(paragraph)) and INITIALS_LINE.fullmatch(
        bracketed["outlet"]
    ):
        return bracketed
    for signed in (STAMP_OUTLET.search(paragraph), bracketed,
                   OUTLET_BEFORE_STAMP.match(paragraph)):  # fmt: skip
        if signed and OUTLET_LINE.fullmatch(signed["outlet"]):
            return signed
    return None


def outlet_line(line: str) -> str | None:
    """The outlet a line names when it holds nothing else: "The Libya Observer", in brackets
    before a dash, "(Bloomberg) --", or signing for its staff, "Al-Monitor Staff"."""
    name = line.strip()
    if (staff := STAFF_BYLINE.match(name)) and CAPITALISED_NAME.fullmatch(
        named := staff["outlet"] or staff["drawing"]
    ):
        return named
    if bracketed := textlib.AGENCY_LINE.fullmatch(name):
        name = bracketed["outlet"]
    if OUTLET_LINE.fullmatch(name):
        return name
    news = NEWS_LINE.fullmatch(name)
    words = news["words"].split() if news else []
    if not words or all(w.lower() in SECTION_WORDS for w in words):
        return None
    if len(words) == 1 and (gazetteer.country_of(words[0]) or gazetteer.demonym_country(words[0])):
        return None
    return name


def signing_outlet(line: str) -> str | None:
    """The outlet a line signing the report names, at its foot or in its credits: an agency
    signing off ("MAP", "-- APS"), the source ("Source: Middle East Monitor") or the
    copyright's holder ("© Copyright ANSA")."""
    if signed := SIGN_OFF.fullmatch(line):
        return signed["agency"]
    named = SIGNING_OUTLET.fullmatch(line.strip())
    outlet = named and (named["source"] or named["holder"])
    return outlet if outlet and CAPITALISED_NAME.fullmatch(outlet) else None
