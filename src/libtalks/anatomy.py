"""Article anatomy by general rules: headline, outlet, byline, dateline, captions, widgets.

A news file mixes the report with the page around it: a site-navigation line above the
headline, a section suffix on the headline, a byline, a timestamp, photo captions and credits,
"You may also like" widgets at the end. These rules separate them so that only the report's own
paragraphs reach the analysis. Who signs the report is read in bylines.py, where and when it was
filed in datelines.py.
"""

from __future__ import annotations

import re

from libtalks import bylines, datelines, gazetteer
from libtalks import text as textlib
from libtalks.dates import CalendarDate, parse_metadata_date, timestamp_line, url_date
from libtalks.htmltext import Page
from libtalks.lexicon import SECTION_WORDS
from libtalks.models import Article, DateSpan

# A navigation line is a handful of short segments; a longer segment is a headline clause.
NAV_MAX_SEGMENT_WORDS = 4
# A section suffix ("... | Libya") is a few words; more would be part of the headline.
SECTION_SUFFIX_MAX_WORDS = 3
# How many paragraphs after the headline may still hold a byline or a timestamp.
HEADER_ZONE = 4
# A line of a place or a section above the headline: "ISTANBUL", "MIDDLE EAST NEWS".
PLACE_LINE_MAX_WORDS = 3
# Trailing lines this short that do not end a sentence are page furniture, not report.
WIDGET_MAX_WORDS = 8

NAV_SEPARATOR = re.compile(r"\s+(?:[-–—|›»>/•·])\s+")
# A widget's label above a list of links to other stories, maybe naming the site: "Related",
# "Most Read from Bloomberg", "More from Reuters".
LINK_LIST = (
    r"(?:you (?:may|might) (?:also )?like|related(?: \w+)?|read more|more(?: stories)?"
    r"|most (?:read|popular|viewed|shared)|recommended(?: \w+)?|trending|also read|see also)"
    r"(?: (?:from|on|in|at)(?: \w+){0,3})?"
)
WIDGET = re.compile(
    rf"^(?:{LINK_LIST}|leave a (?:comment|reply)|share(?: this)?(?: \w+)?|comments?"
    r"|advertisement|subscribe\b.*|sign up\b.*|follow us\b.*|tags?:.*|also read\b.*"
    r"|click here\b.*|print|email|skip to (?:main )?content"
    r"|page \d{1,4}(?: (?:of|/) \d{1,4})?)$",  # a printed page's number: "Page 2 of 3"
    re.IGNORECASE,
)
LINK_LIST_LABEL = re.compile(rf"{LINK_LIST}:?", re.IGNORECASE)
# ... or before one link on its line, however long: "READ MORE: Egypt's Sisi Hosts Macron".
LABELLED_LINK = re.compile(rf"{LINK_LIST}\s*[:|]\s+\S", re.IGNORECASE)
# A widget's call to the reader, a sentence of any length: "Sign up for our daily briefing".
CALL_TO_READER = re.compile(r"(?i:subscribe|sign up|follow us|click here)\b")
# Photo credits and captions, each pattern searched only where its first character or word
# can be (a search over every paragraph for all of them was a fifth of reading a corpus):
# in brackets, "(AFP Photo)", "(Photo: Reuters)";
PHOTO_CREDIT_BRACKETS = re.compile(
    r"\((?:(?:[\w.' ]+\s)?(?:photo|photograph|image|file photo|picture)(?:\s*(?:[:/-]|by\b)[^)]*)?"
    r"|(?:photo|image|credit|file)\s*[:/][^)]*)\)",
    re.IGNORECASE,
)
# an agency and a photographer, "REUTERS/Jane Doe";
PHOTO_CREDIT_AGENCY = re.compile(r"\b(?:REUTERS|AFP|AP|EPA|GETTY IMAGES|ANADOLU)/[A-Z][\w.]+",
                                 re.IGNORECASE)  # fmt: skip
# where someone stands in the picture, "X (C) attends talks", "Y (2nd L) and Z (R)";
PHOTO_POSITION = re.compile(r"\((?:\d(?:st|nd|rd|th) )?(?:[LRC]|left|right|cent(?:er|re))\)")
# a handout passed on by an agency, "UNSMIL/Handout via REUTERS", "Handout via AFP";
PHOTO_CREDIT_VIA = re.compile(
    r"/[Hh]andout\b|\bHandout via [A-Z]|\bvia (?:REUTERS|AFP|AP|EPA|ANADOLU)\s*$"
)
# at the end, "[Jane Doe/Reuters]", "(Xinhua/Jane Doe)", "File: Jane Doe/AFP]";
PHOTO_CREDIT_END = re.compile(
    r"(?:\[[^\[\]/]{2,40}/[^\[\]/]{2,40}\]|\([A-Z][^()/]{1,30}/[A-Z][^()/]{1,40}\)"
    r"|\b(?:File|Photo|Credit):\s*[A-Z][^/:]{1,40}/[A-Z][\w .-]{1,30}\]?)$"
)
# at the start, perhaps in brackets, "Photo: ...", "Photograph: ...", "Pictured: ...", "[Photo
# caption: ...", "Image caption, ...", "Photo taken on ... shows ...", "File photo shows ...",
# "File image of ...";
PHOTO_CAPTION_START = re.compile(
    r"[\[(]?\s*(?:(?:file )?(?:photo|photograph|picture|image)(?: caption)?|pictured|caption|credit"
    r"|image (?:caption|source))\s*[:,]"
    r"|(?:an? )?(?:file )?(?:photo|picture|image)s? (?:taken|shows?|made available)\b"
    r"|file (?:photo|picture|image) of\b",
    re.IGNORECASE,
)
# anywhere, "... are seen in this combination photo", "in a file image released by ...".
PHOTO_CAPTION_PHRASE = re.compile(
    r"\bin (?:this|a) (?:[a-z]+ )?(?:photo|picture|image|photograph)"
    r"(?=\s*(?:[.,;)]|$)|\s+(?:taken|released|provided|distributed|handed|made|dated|from)\b)",
    re.IGNORECASE,
)
# Credits and rights at a report's foot: "Copyright 2020 The Associated Press. All rights
# reserved.", "(Reporting by Jane Doe; Editing by John Roe)", "Reporting by Jane Doe in Rabat
# and John Roe in Benghazi; Editing by Ann Poe", "... contributed to this report."
_CREDITED = (
    r"(?:[-–—]+\s*)?(?:(?:[Aa]dditional )?(?:[Rr]eporting|[Ww]riting|[Ee]diting)"
    r"(?: and \w+)? by|[Ww]ith assistance from|[Cc]ompiled by|[Cc]ontributing:)"
)
_NAME_WORD = r"(?:[A-Z]|(?:al|el|ad|bin|ibn|de|van|von|da|di|le|la)\b)[\w.'’-]*"  # "al-Warfalli"
_NAMES = rf"{_NAME_WORD}(?:,?\s+(?:and\s+|in\s+)?{_NAME_WORD})*"
CREDIT_START = re.compile(
    r"(?i:copyright\b|©|\((?:additional )?(?:reporting|writing|editing)\b[^()]*\)$)"
    rf"|{_CREDITED} {_NAMES}(?:;\s*{_CREDITED} {_NAMES})*\.?$"
)
# A notice of what the outlet offers its subscribers is one too: "Anadolu Agency website
# contains only a portion of the news stories offered to subscribers ...".
CREDIT_PHRASES = ("all rights reserved", "contributed to this report", "contributed to this story",
                  "trust principles", "to subscribers", "for subscribers")  # fmt: skip
# An editor's note on the story, whose corrected fact the text already holds: "Correction: An
# earlier version of this story said the commission met on Monday.", "This story has been
# corrected to ...", "Editor's note: ...".
EDITORS_NOTE = re.compile(
    r"(?i:(?:correction|corrections|clarification|editor[’']?s[’']? note)\s*[:.–—-]"
    r"|(?:an earlier|a previous) version of this (?:story|article|report)\b"
    r"|this (?:story|article|report) (?:has been|was) (?:corrected|amended)\b)"
)
# Where the writers were: "Keaten reported from Geneva. Magdy reported from Cairo."
REPORTED_FROM = re.compile(
    r"(?:(?:[A-Z][\w'’-]+(?:,? (?:and )?)?){1,6} (?:reported|wrote) from"
    r" [A-Z][\w'’-]+(?:(?:,| and)? [A-Z][\w'’-]+){0,3}\.\s*)+"
)
# A photo library's credit on a line of its own: "AFP via Getty Images".
CREDIT_ENDS = ("getty images", "shutterstock", "alamy")
# Agency caption style: "TRIPOLI, LIBYA - OCTOBER 19: Soldiers stand ...".
AGENCY_CAPTION = re.compile(
    r"^[A-Z][A-Z.'-]+(?: [A-Z.'-]+)*, [A-Z][A-Z.' -]+ [-–—] "
    r"(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)[A-Z]*\.? \d{1,2}(?:, \d{4})?:"
)
# The slugs wires put before a headline, as many as there are: "UPDATE 2-", "RPT-UPDATE 1-",
# "EXCLUSIVE-", "FACTBOX-".
WIRE_SLUG = re.compile(
    r"\A(?:(?:UPDATE|WRAPUP|RPT|REFILE|CORRECTED|CORRECTION|EXCLUSIVE|ANALYSIS|INSIGHT|FACTBOX"
    r"|EXPLAINER|FOCUS|PREVIEW|TIMELINE|BREAKINGVIEWS|BRIEF|RECAP)(?: \d+)?\s*[-–—:]\s*)+"
    r"(?=\S)"
)
# The slugs among them that label a piece reporting no one meeting (coverage.GENRE_LABEL).
GENRE_SLUG = re.compile(r"\b(ANALYSIS|FACTBOX|EXPLAINER|TIMELINE|BREAKINGVIEWS)\b")
UPDATE_STAMP = re.compile(r"\s*(?:last\s+)?(?:updated|update|modified)\b", re.IGNORECASE)
# A press release ends at its end mark ("###", "-ENDS-", "- 30 -") or where its contacts begin
# ("For more information, please contact:", "Media contacts:", "For more Human Rights Watch
# reporting on Libya, please visit:"): what follows is about the sender, not the news.
RELEASE_END = re.compile(
    r"(?:#{3,}|\*{3,}|-*\s*(?:ends?|30)\s*-*)"
    r"|(?:for (?:more|further) (?:information|details)|(?:media|press) (?:contacts?|enquiries"
    r"|inquiries))\b.*|for more\b.{0,80}\bplease visit\b.*",
    re.IGNORECASE,
)
# A line above the headline that labels the document, not its subject: "PRESS RELEASE", "For
# immediate release", "Press statement".
RELEASE_LABEL = re.compile(
    r"(?i:for immediate release|(?:press|news|media) (?:release|statement|note|advisory)"
    r"|statement|communiqu[eé]|press briefing notes?)\s*[:.]?"
)
# A first line longer than this is not a headline but the report itself.
HEADLINE_MAX_WORDS = 40
# Nor is one longer than this that ends with a full stop, as a sentence does and a headline
# seldom ("The Minister, X, today received at the ministry the President of Y, Z.").
HEADLINE_SENTENCE_MAX_WORDS = 15
# A headline below a masthead has at least this many words; a shorter line may be a motto.
MASTHEAD_MIN_HEADLINE_WORDS = 6
FRONT_MATTER = re.compile(r"\A---\s*\n(?P<body>.*?)\n---\s*\n", re.DOTALL)
# Or a block of at least two such fields opening a plain file, as scrapers write them:
# "Title: ...", "Published: 2021-03-10", "Source: Middle East Monitor".
HEADER_FIELD_NAMES = "title|headline|published|date|source|outlet|site|author|byline|url|link"
HEADER_FIELDS = re.compile(
    rf"\A(?P<body>(?:[ \t]*(?i:{HEADER_FIELD_NAMES})[ \t]*:[ \t]*\S[^\n]*\n){{2,}})"
)
MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
# Markdown's inline marks, read as the text they mark: a link and an emphasis keep their words,
# an image's alt text is a caption, a quotation's ">" goes.
MARKDOWN_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\([^)]*\)")
MARKDOWN_LINK = re.compile(r"\[(?P<text>[^\]]+)\]\([^)]*\)")
MARKDOWN_STRONG = re.compile(r"(\*\*|__)(?=\S)(?P<text>.+?)(?<=\S)\1")
MARKDOWN_EMPHASIS = re.compile(r"(?<![\w*])([*_])(?=\S)(?P<text>[^*_\n]+?)(?<=\S)\1(?![\w*])")
MARKDOWN_QUOTE = re.compile(r"^>[ \t]?", re.MULTILINE)


def from_text(article_id: str, path: str, raw: str, markdown: bool = False) -> Article:
    """An article from a plain-text or Markdown file, front matter or opening fields honoured
    (FRONT_MATTER, HEADER_FIELDS); Markdown's inline marks read as the text they mark when
    `markdown`."""
    raw = textlib.clean(raw)
    images: list[str] = []
    if markdown:
        raw, images = _plain_markdown(raw)
    fields: dict[str, str | None] = {}
    match = FRONT_MATTER.match(raw) or HEADER_FIELDS.match(raw)
    if match:
        for line in match.group("body").splitlines():
            key, _, value = line.partition(":")
            if value.strip():
                fields[key.strip().lower()] = value.strip().strip("\"'")
        raw = raw[match.end() :]
    paragraphs = [
        MARKDOWN_HEADING.sub("", paragraph) for paragraph in textlib.split_paragraphs(raw)
    ]
    return _assemble(
        article_id,
        path,
        paragraphs,
        title=fields.get("title") or fields.get("headline"),
        outlet=fields.get("outlet") or fields.get("source") or fields.get("site"),
        byline=fields.get("author") or fields.get("byline"),
        url=fields.get("url") or fields.get("link"),
        published=fields.get("published") or fields.get("date"),
        captions=tuple(images),
    )


def _plain_markdown(raw: str) -> tuple[str, list[str]]:
    """Markdown as plain text (see MARKDOWN_LINK and the like), and its images' alt texts."""
    images = [alt for match in MARKDOWN_IMAGE.finditer(raw) if (alt := match["alt"].strip())]
    raw = MARKDOWN_IMAGE.sub("", raw)
    for pattern in (MARKDOWN_LINK, MARKDOWN_STRONG, MARKDOWN_EMPHASIS):
        raw = pattern.sub(lambda match: match["text"], raw)
    return MARKDOWN_QUOTE.sub("", raw), images


def from_html(article_id: str, path: str, page: Page) -> Article:
    """An article from a parsed web page."""
    meta = page.meta
    title = meta.get("og:title") or page.h1 or page.title
    paragraphs = [textlib.clean(paragraph) for paragraph in page.paragraphs]
    paragraphs = [p for p in paragraphs if p and p != title]
    return _assemble(
        article_id,
        path,
        paragraphs,
        title=textlib.clean(title) if title else None,
        outlet=meta.get("og:site_name") or meta.get("application-name") or meta.get("ld:publisher"),
        byline=meta.get("author") or meta.get("article:author"),
        url=meta.get("og:url") or meta.get("canonical"),
        published=meta.get("article:published_time")
        or meta.get("datepublished")
        or meta.get("date")
        or page.time,
        captions=tuple(textlib.clean(caption) for caption in page.captions),
    )


def from_fields(article_id: str, path: str, fields: dict[str, str | None]) -> Article:
    """An article from a JSON record (news-please, trafilatura or plain field names)."""
    body = textlib.clean(fields.get("text") or fields.get("description") or "")
    title = fields.get("title")
    return _assemble(
        article_id,
        path,
        textlib.split_paragraphs(body),
        title=textlib.clean(title) if title else None,
        outlet=fields.get("outlet"),
        byline=fields.get("byline"),
        url=fields.get("url"),
        published=fields.get("published"),
    )


def _headline_of(paragraph: str) -> str:
    """A headline for a report that has none: its first sentence, cut to a headline's length."""
    first = textlib.split_sentences(paragraph[: HEADLINE_MAX_WORDS * 20])[0]
    words = first.split()
    return " ".join(words[:HEADLINE_MAX_WORDS]) + (" …" if len(words) > HEADLINE_MAX_WORDS else "")


def _assemble(
    article_id: str,
    path: str,
    paragraphs: list[str],
    *,
    title: str | None,
    outlet: str | None,
    byline: str | None,
    url: str | None,
    published: str | None,
    captions: tuple[str, ...] = (),
) -> Article:
    boilerplate: list[str] = []
    body = list(paragraphs)
    if byline and not outlet:
        # a page's or a record's author names the outlet: "MEE staff", "Jane Doe, Reuters" (with
        # the outlet known, an agency's name is who wrote the report: "AFP" on Arab News)
        byline, outlet = bylines.writer_and_outlet(byline)
    starts_at_once = False
    if title is None:
        if len(body) > 1 and (segments := _nav_segments(body[0])):
            outlet = outlet or _nav_outlet(body[0], segments)
            boilerplate.append(body.pop(0))
        while len(body) > 1 and RELEASE_LABEL.fullmatch(body[0]):  # "PRESS RELEASE"
            boilerplate.append(body.pop(0))
        below_the_name = False
        if (len(body) > 2 and (named := bylines.outlet_line(body[0]))
                and not textlib.ends_sentence(body[1])):  # fmt: skip
            # the site's name above the headline: "Libya Review", then the headline
            outlet = outlet or named
            boilerplate.append(body.pop(0))
            below_the_name = True
        # the headline may come below a date line: "The Sahara Voice", "Tuesday, 27 October"
        below = next((at for at in range(1, len(body)) if not datelines.stamp(body[at])), 1)
        if len(body) > below + 1 and _is_masthead(body[0], body[below], below_the_name):
            # a site's name above the headline, or its motto below the name: "The National",
            # "UN News", then "Global perspective Human stories"
            outlet = outlet or _named_outlet(body[0], body[below + 1 :])
            boilerplate.append(body.pop(0))
        stamps = []  # "Published: 15 Nov 2020" or "ISTANBUL" above the headline is no headline
        while len(body) > 1 and (datelines.stamp(body[0]) or _place_or_section(body[0])):
            stamps.append(body.pop(0))
        title = body.pop(0) if body else ""
        body[:0] = stamps
        words = len(title.split())
        if words > HEADLINE_MAX_WORDS or (
            words > HEADLINE_SENTENCE_MAX_WORDS and title.rstrip("”’\"')").endswith(".")
        ):  # no headline: the report starts at once
            body.insert(0, title)
            title = _headline_of(title)
            starts_at_once = True
    slugs = WIRE_SLUG.match(title)
    labelled = GENRE_SLUG.search(slugs.group()) if slugs else None
    genre = labelled[1].title() if labelled else None
    title = strip_section_suffix(title[slugs.end() :] if slugs else title)
    repeated_title = None if starts_at_once else title  # a headline the text repeats
    published_span = parse_metadata_date(published) if published else None
    # A metadata date that may mean two days ("03/11/2020") leaves the choice to the text.
    dateline = timestamp_line(published) if published and not published_span else ()
    updated: tuple[CalendarDate, ...] = ()
    stamped_from = None  # the place of a date line of its own: "Tripoli, 25 January 2021:"
    kept: list[str] = []
    found_captions = list(captions)
    if ending := next((at for at, p in enumerate(body) if at and RELEASE_END.fullmatch(p)), None):
        boilerplate.extend(body[ending:])
        body = body[:ending]
    links = False  # below a widget's label of links ("Most Read"), until a line ends a sentence
    for index, paragraph in enumerate(body):
        link = links and not textlib.ends_sentence(paragraph)  # another story's headline
        links = link or bool(LINK_LIST_LABEL.fullmatch(paragraph))
        if live := textlib.ENTRY_TIME.match(paragraph):
            if not textlib.ends_sentence(paragraph):  # an entry's heading, as a headline is
                boilerplate.append(paragraph)
                continue
            paragraph = paragraph[live.end() :]
        # Lines before the report's first sentence (an outlet's name, a section, a standfirst
        # without its full stop) leave the header open.
        in_header = index < HEADER_ZONE and not any(map(textlib.ends_sentence, kept))
        byline_match = in_header and bylines.BYLINE.match(paragraph)
        signed, signed_on = bylines.dated_byline(byline_match) if byline_match else ("", "")
        if byline_match and len(signed.split()) < bylines.BYLINE_MAX_WORDS:
            if UPDATE_STAMP.match(signed_on):
                updated = updated or timestamp_line(signed_on)
            else:
                dateline = dateline or timestamp_line(signed_on)
            writer, signing_outlet = bylines.writer_and_outlet(signed)
            outlet = outlet or signing_outlet
            byline = byline or writer
        elif index < min(HEADER_ZONE, len(body) - 1) and (
            stamp := datelines.stamp(paragraph) or datelines.labelled_stamp(paragraph)
        ):
            # a line that is only a date, even below a standfirst: "14 Jan 2020"
            if UPDATE_STAMP.match(paragraph):
                updated = updated or stamp
            else:
                dateline = dateline or stamp
                stamped_from = stamped_from or datelines.stamped_place(paragraph)
            if signed := bylines.stamp_outlet(paragraph):
                outlet = outlet or signed["outlet"]
        elif in_header and (
            named := _place_outlet(paragraph, body[index + 1 :])
            or bylines.outlet_line(paragraph)
            or _initials_outlet(paragraph, body[index + 1 : index + 2])
        ):
            outlet = outlet or named
            boilerplate.append(paragraph)
        elif is_caption(paragraph):
            found_captions.append(paragraph)
        elif (
            (credit := _is_credit(paragraph))
            or _is_widget(paragraph)
            or EDITORS_NOTE.match(paragraph)
            or link
        ):
            boilerplate.append(paragraph)
            if credit:  # "© Copyright ANSA"
                outlet = outlet or bylines.signing_outlet(paragraph)
        elif paragraph != repeated_title:
            kept.append(paragraph)
    stamped_where = "by the headline"
    while kept and _is_furniture(kept[-1]):
        boilerplate.append(kept.pop())
        outlet = outlet or bylines.signing_outlet(boilerplate[-1])
        if not dateline and (dateline := datelines.stamp(boilerplate[-1])):
            stamped_where = "at the end of the report"
            if signed := datelines.AGENCY_BEFORE_DATE.match(boilerplate[-1]):
                outlet = outlet or signed["agency"]  # "MAP 02 October 2020"
    # Short lines above the first sentence are page furniture too ("ANKARA" on its own).
    header = next((at for at, p in enumerate(kept) if textlib.ends_sentence(p)), len(kept) - 1)
    furniture = [p for p in kept[:header] if _is_furniture(p)]
    # Short lines between paragraphs are a section's heading, not report text ("Oil output
    # steady"), unless they are a list's items.
    headings = [p for p in kept[header:] if _is_furniture(p) and not textlib.LIST_ITEM.match(p)]
    boilerplate.extend(furniture + headings)
    kept = [p for at, p in enumerate(kept)
            if (at >= header or p not in furniture) and p not in headings]  # fmt: skip
    filed_from = filed_in = None
    if kept:
        kept[0], filed_from, filed_in, agency, lead_date = datelines.strip_dateline(kept[0])
        if lead_date and not dateline:
            dateline, stamped_where = lead_date, "opening the report"
        outlet = outlet or agency
    filed_from = filed_from or stamped_from
    if not dateline and updated:
        dateline, stamped_where = updated, "of the last update"
    if published_span is None and len(dateline) == 1 and (day := dateline[0].to_date()):
        published_span = DateSpan.day(day, (f"dateline {stamped_where}: {dateline[0].text!r}",))
    if published_span is None and url and (in_url := url_date(url)) and _agrees(in_url, dateline):
        published_span = in_url
    sentences = tuple(s for paragraph in kept for s in textlib.split_sentences(paragraph))
    return Article(
        id=article_id,
        path=path,
        title=title,
        outlet=outlet,
        byline=byline,
        url=url,
        published=published_span,
        genre=genre,
        dateline=dateline if published_span is None else (),
        filed_from=filed_from,
        filed_in=filed_in,
        paragraphs=tuple(kept),
        sentences=sentences,
        captions=tuple(found_captions),
        boilerplate=tuple(boilerplate),
        words=sum(len(textlib.words(paragraph)) for paragraph in kept),
    )


def _agrees(in_url: DateSpan, dateline: tuple[CalendarDate, ...]) -> bool:
    """Whether the date in a report's address may date it beside its date line: any day when
    there is none, its own day ("PARIS, Nov 12 (Reuters)" under ".../2021/11/12/...")."""
    if not dateline:
        return True
    day = in_url.start
    return (
        in_url.precision == "day"
        and day is not None
        and any(
            (d.month, d.day) == (day.month, day.day) and d.year in (None, day.year)
            for d in dateline
        )
    )


def strip_section_suffix(title: str) -> str:
    """ "Headline | Libya" -> "Headline": a short segment after a bar is a section or site."""
    parts = [part.strip() for part in title.split(" | ")]
    while len(parts) > 1 and len(parts[-1].split()) <= SECTION_SUFFIX_MAX_WORDS:
        parts.pop()
    return " | ".join(parts)


def _nav_segments(line: str) -> list[str]:
    """The segments of a site-navigation line ("Iraq News - Local News - Baghdadpost", "Home »
    Africa » Libya"); none when the line is not one."""
    segments = NAV_SEPARATOR.split(line)
    if len(segments) < 3 or textlib.ends_sentence(line):
        return []
    if any(len(segment.split()) > NAV_MAX_SEGMENT_WORDS or not segment for segment in segments):
        return []
    return segments


def _nav_outlet(line: str, segments: list[str]) -> str | None:
    """The outlet a site-navigation line's segments name: a domain, else the one that is no
    section's (not "Local News", a region's "Africa" or a country's "Libya"); None when all are
    sections'."""
    domains = [s for s in segments if re.search(r"\w\.[a-z]{2,}$", s)]
    if domains:
        return domains[0]
    specific = [s for s in segments if not set(s.lower().split()) & SECTION_WORDS
                and not gazetteer.country_of(s)]  # fmt: skip
    if not specific:
        return None
    # Page titles put the site last ("Story - Section - Site"); breadcrumbs put it first.
    return specific[-1] if re.search(r"\s[-–—|]\s", line) else specific[0]


def is_caption(paragraph: str) -> bool:
    """A photo caption or credit rather than report text."""
    return bool(
        PHOTO_CAPTION_START.match(paragraph)
        or AGENCY_CAPTION.match(paragraph)
        or (
            ("photo" in paragraph or "picture" in paragraph or "image" in paragraph)
            and PHOTO_CAPTION_PHRASE.search(paragraph)
        )
        or (
            "(" in paragraph
            and (PHOTO_CREDIT_BRACKETS.search(paragraph) or PHOTO_POSITION.search(paragraph))
        )
        or ("/" in paragraph and PHOTO_CREDIT_AGENCY.search(paragraph))
        or (("andout" in paragraph or "via" in paragraph) and PHOTO_CREDIT_VIA.search(paragraph))
        or ("/" in paragraph and PHOTO_CREDIT_END.search(paragraph[-90:]))
    )


def _is_credit(paragraph: str) -> bool:
    """A credit, rights or subscribers' line: "Copyright ...", "(Reporting by ...)", "All rights
    reserved", "Keaten reported from Geneva.", "... offered to subscribers"."""
    lowered = paragraph.lower()
    return (bool(CREDIT_START.match(paragraph)) or any(p in lowered for p in CREDIT_PHRASES)
            or lowered.endswith(CREDIT_ENDS)
            or REPORTED_FROM.fullmatch(paragraph) is not None)  # fmt: skip


def _place_outlet(line: str, report: list[str]) -> str | None:
    """The outlet of a "Cairo - Desert Herald" line: a known place, then a short name that
    reads as an outlet's (see _named_outlet), not a writer's ("Cairo - Jamal Jawhar")."""
    parts = NAV_SEPARATOR.split(line)
    if len(parts) != 2 or textlib.ends_sentence(line) or gazetteer.country_of(parts[0]) is None:
        return None
    return (
        _named_outlet(parts[1], report) if len(parts[1].split()) <= NAV_MAX_SEGMENT_WORDS else None
    )


def _is_masthead(line: str, next_line: str, below_the_name: bool) -> bool:
    """Whether a report's first line is its site's name, a few capitalised words ("The
    National"), or its motto below the name, above a longer headline: neither a sentence, a
    date, a byline, an outlet's line nor a caption. A short headline is no name ("Envoys meet")."""
    words, next_words = len(line.split()), len(next_line.split())
    return (
        words <= NAV_MAX_SEGMENT_WORDS
        and (below_the_name or bool(bylines.CAPITALISED_NAME.fullmatch(line)))
        and MASTHEAD_MIN_HEADLINE_WORDS <= next_words <= HEADLINE_MAX_WORDS
        and not any(map(textlib.ends_sentence, (line, next_line)))
        and not any(map(datelines.stamp, (line, next_line)))
        and not any(bylines.BYLINE.match(text) for text in (line, next_line))
        and not bylines.outlet_line(next_line)
        and not is_caption(next_line)
    )


def _named_outlet(name: str, report: list[str]) -> str | None:
    """A name that is an outlet's: one that reads as one ("Desert Herald", "Ahram Online"), or
    one the report names as written and whole ("told Asharq Al-Awsat"; not "The National" in
    "The National Oil Corporation"); a writer's or a motto's is not."""
    if bylines.outlet_line(name):
        return name
    whole = re.compile(rf"\b{re.escape(name)}(?![\w’'-]| [A-Z])")
    if bylines.CAPITALISED_NAME.fullmatch(name) and any(map(whole.search, report)):
        return name
    return None


def _initials_outlet(line: str, following: list[str]) -> str | None:
    """An outlet's initials on a line of their own right above the date line ("RFI", then
    "Published on : 17/03/2021 - 18:20"); not a known place's name ("TUNIS")."""
    if (bylines.INITIALS_LINE.fullmatch(line) and following and datelines.stamp(following[0])
            and gazetteer.country_of(line.title()) is None):  # fmt: skip
        return line
    return None


def _is_widget(paragraph: str) -> bool:
    """A page widget's label: "Related Stories", "Share this", or its call to the reader or
    a link it labels, however long: "Subscribe to our newsletter to receive the latest news.",
    "Related: Envoy Says Talks Will Resume"."""
    if LABELLED_LINK.match(paragraph):
        return True
    if not WIDGET.match(paragraph):
        return False
    return len(paragraph.split()) <= WIDGET_MAX_WORDS or bool(CALL_TO_READER.match(paragraph))


def _place_or_section(line: str) -> bool:
    """A line that is only a known place or a site's section, in capitals ("ISTANBUL",
    "MIDDLE EAST"): a dateline's place or page furniture above the headline."""
    words = line.split()
    return (
        0 < len(words) <= PLACE_LINE_MAX_WORDS
        and line.isupper()
        and (gazetteer.country_of_place(line.title()) is not None
             or all(word.lower() in SECTION_WORDS for word in words))
    )  # fmt: skip


def _is_furniture(paragraph: str) -> bool:
    """A short line that ends no sentence: page furniture (a widget, a section, a site's name),
    not report text."""
    return len(paragraph.split()) <= WIDGET_MAX_WORDS and not textlib.ends_sentence(paragraph)
