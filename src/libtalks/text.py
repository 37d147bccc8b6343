"""Normalising text and splitting it into paragraphs, sentences and words."""

from __future__ import annotations

import os
import re
import unicodedata

from libtalks.lexicon import NUMBER_WORDS

# C0/C1 control characters and ANSI/OSC escape sequences: never part of an article's meaning,
# and dangerous in a terminal.
_ESCAPE_SEQUENCE = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[@-Z\\-_])"
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u200b\ufeff]")  # and soft hyphens
# Hyphens other than the hyphen-minus, non-breaking ones too: "al\u2011Mangoush" is "al-Mangoush".
_HYPHENS = re.compile(r"[\u2010\u2011]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")

# Wrapped lines differ in width by a word or so; 20 % of the width allows one long word.
WRAP_WIDTH_TOLERANCE = 0.2

# Words whose trailing period does not end a sentence.
ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof gen brig lt col maj capt cpt sgt adm cmdr gov sen rep rev st no vs etc
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
    inc ltd co corp jr sr fig approx est dept""".split()
)
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_WORD = re.compile(r"[\w’'-]+")


def readable(name: str) -> str:
    """A file name as text: bytes the file system holds that are not UTF-8 become U+FFFD."""
    return os.fsencode(name).decode("utf-8", "replace")


def clean(text: str) -> str:
    """NFC-normalise, drop control characters, soft hyphens and escape sequences, write every
    hyphen as "-", collapse runs of spaces."""
    text = unicodedata.normalize("NFC", text)
    text = _ESCAPE_SEQUENCE.sub("", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = _HYPHENS.sub("-", text)
    return "\n".join(_SPACES.sub(" ", line).strip() for line in text.split("\n"))


def ends_sentence(line: str) -> bool:
    """True when a line ends the way a sentence does."""
    return bool(re.search(r"[.!?:;][\"'”’)\]]*$", line.strip()))


# A line's last word broken by a hyphen: "... concluded its meeting to-".
BROKEN_WORD = re.compile(r"(?P<fragment>\w+)-")
# A list item's bullet: "- ", "* ", "• ", "1. ".
LIST_ITEM = re.compile(r"(?:[-*•–]|\d{1,2}[.)])\s+")
# A list joined so far ends its item with ";" or ",", or "and"/"or" before the last one.
LIST_GOES_ON = re.compile(r":\s.*(?:[;,]|\b(?:and|or))$")
# A line that is only an agency's name in brackets before its dash, "(Bloomberg) --": the
# report's first words under the headline, never the headline's end.
AGENCY_LINE = re.compile(r"\((?P<outlet>[A-Z][\w. ]{1,30})\)\s*[-–—]+")


# A byline on a line of its own: "By EDITH M. LEDERER Associated Press".
HEADER_BYLINE = re.compile(r"By\s+[A-Z]")
# The time opening a live blog's entry, perhaps with the place it was filed from: "18:45 GMT -
# Merkel says ...", "9.30am: Delegates ...", "18:40 Paris - Leaders ...".
ENTRY_TIME = re.compile(
    r"^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}(?:[+-]\d{1,2})?\s*)?"
    r"(?:[A-Z][a-z][\w'’-]*(?: [A-Z][a-z][\w'’-]*)?\s*)?[-–—:|]\s+(?=\S)"
)


def split_paragraphs(text: str) -> list[str]:
    """Blocks separated by blank lines, one paragraph per line, except that hard-wrapped lines
    (a block of near-equal widths, or a line that continues mid-sentence) are joined, and so
    are the items of a list with the line that introduces it ("The JMC agreed to:")."""
    from libtalks.dates import timestamp_line  # here: text.py is on every command's start-up

    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if _hard_wrapped(lines):
            paragraphs.append(_joined(lines))
            continue
        current = lines[0]
        for line in lines[1:]:
            if (
                not ends_sentence(current)
                and re.match(r"[a-z0-9(\[,;“\"'‘-]", line)
                and not LIST_ITEM.match(line)
                and not timestamp_line(line)
                and not ENTRY_TIME.match(line)
                and not AGENCY_LINE.fullmatch(line)
            ):  # a list item, a date line ("14.05.2031"), a live entry and an agency's line
                # stand alone
                current = _joined([current, line])
            else:
                paragraphs.append(current)
                current = line
        paragraphs.append(current)
    return _with_lists_joined(paragraphs)


def _joined(lines: list[str]) -> str:
    """Lines as one text, with a word broken at a line's end mended: "to-" and "day" make
    "today", but a number's or an acronym's compound keeps its hyphen ("two-day", "UN-led")."""
    text = lines[0]
    for line in lines[1:]:
        broken = text.endswith("-") and BROKEN_WORD.fullmatch(text.rsplit(" ", 1)[-1])
        if broken and line[:1].islower():
            fragment = broken["fragment"]
            keep = fragment.isdigit() or fragment.isupper() or fragment.lower() in NUMBER_WORDS
            text = text + line if keep else text[:-1] + line
        else:
            text = f"{text} {line}"
    return text


def _with_lists_joined(paragraphs: list[str]) -> list[str]:
    """A list's items joined to the paragraph ending in a colon that introduces them: "The
    commission agreed to: open the road; exchange prisoners." is one sentence, as written."""
    joined: list[str] = []
    in_list = False  # whether the last paragraph holds a list's items
    for paragraph in paragraphs:
        item = LIST_ITEM.match(paragraph)
        if item and joined and (in_list or joined[-1].endswith(":")
                                or LIST_GOES_ON.search(joined[-1])):  # fmt: skip
            # items that end in no mark of their own are set apart as a list's are: "X, chief
            # of staff; Y, his counterpart"
            mark = (
                ""
                if joined[-1].endswith((":", ";", ",")) or LIST_GOES_ON.search(joined[-1])
                else ";"
            )
            joined[-1] = f"{joined[-1]}{mark} {paragraph[item.end() :]}"
            in_list = True
        else:
            joined.append(paragraph)
            in_list = False
    return joined


def _hard_wrapped(lines: list[str]) -> bool:
    """True for a block wrapped at a fixed width: three or more lines, all but the last
    within WRAP_WIDTH_TOLERANCE of the widest, none a header's byline or date line (a
    headline, "By JANE DOE Associated Press" and "March 24, 2021" may be of a width)."""
    from libtalks.dates import timestamp_line  # here: text.py is on every command's start-up

    if len(lines) < 3 or sum(1 for line in lines if LIST_ITEM.match(line)) > 1:
        return False  # a list's items are no wrapped paragraph
    widest = max(len(line) for line in lines)
    return all(len(line) >= widest * (1 - WRAP_WIDTH_TOLERANCE) for line in lines[:-1]) and not any(
        HEADER_BYLINE.match(line) or timestamp_line(line) for line in lines
    )


# The longest sentence analysed whole; the longest in the seeds has about 400 characters.
MAX_SENTENCE_CHARS = 2000


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph; abbreviations ("Gen.", "Oct.", "U.N.") do not end one."""
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(paragraph):
        before = paragraph[start : match.start() + 1]
        last_word = re.search(r"([\w.]+)\.$", before)
        if match.group().startswith(".") and last_word:
            word = last_word.group(1)
            if word.lower() in ABBREVIATIONS or re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word):
                continue
        sentences.append(paragraph[start : match.end()].strip())
        start = match.end()
    tail = paragraph[start:].strip()
    if tail:
        sentences.append(tail)
    return [piece for sentence in sentences for piece in _cut(sentence)]


def _cut(sentence: str) -> list[str]:
    """A run of text far longer than any sentence (a page without punctuation) in pieces of at
    most MAX_SENTENCE_CHARS, cut at spaces, so that no analysis sees an unbounded sentence."""
    pieces = []
    while len(sentence) > MAX_SENTENCE_CHARS:
        cut = sentence.rfind(" ", 0, MAX_SENTENCE_CHARS)
        cut = cut if cut > 0 else MAX_SENTENCE_CHARS
        pieces.append(sentence[:cut].strip())
        sentence = sentence[cut:].strip()
    return [*pieces, sentence] if sentence else pieces


# How a sentence turns from the report's story to another: what it says of places and days is
# not the story's meeting.
ANOTHER_STORY = re.compile(
    r"(?:Meanwhile|Separately|Elsewhere|In other (?:news|developments)|In another development"
    r"|In (?:a )?(?:separate|related) (?:development|move|statement|context))\b"
)


def turns_to_another_story(sentence: str) -> bool:
    """ "Meanwhile, in Tripoli, ...", "Separately, ...", "In other news, ...", "In a related
    context, ..."."""
    return ANOTHER_STORY.match(sentence) is not None


def words(text: str) -> list[str]:
    """The words of a text (letters, digits, inner apostrophes and hyphens)."""
    return _WORD.findall(text)


def sorted_tokens(text: str) -> str:
    """A text as rapidfuzz's token_sort_ratio compares it: normalised, its words sorted. Two
    texts' fuzz.ratio on these is their token_sort_ratio, without normalising again."""
    from rapidfuzz.utils import default_process  # here: text.py is on every command's start-up

    return " ".join(sorted(default_process(text).split()))


def slugify(name: str) -> str:
    """A name as an id: ASCII, lowercase, words joined by hyphens ("Ghadamès" → "ghadames")."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")


def unique_slugs(slugs: list[str]) -> list[str]:
    """The slugs in order, each repeat suffixed -2, -3, ... so that no two are equal."""
    taken: set[str] = set()
    next_number: dict[str, int] = {}  # where to resume counting for each base
    result = []
    for base in slugs:
        slug, n = base, next_number.get(base, 2)
        while slug in taken:
            slug, n = f"{base}-{n}", n + 1
        next_number[base] = n
        taken.add(slug)
        result.append(slug)
    return result
