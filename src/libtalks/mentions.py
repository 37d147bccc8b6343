"""Where a sentence names an actor: people, organisations, places and countries, by general rules.

A mention here is only what one sentence says; aliases.py decides which mentions are one actor.
Capitalised runs of words are cut at titles and classified by their words: an organisation's head
noun ("Commission"), a known or context-marked place, a country or demonym, a landmark, a
platform, or else a person's name. A single capitalised word is kept as a `surname` candidate
that only counts once it joins a person named in full.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from libtalks import gazetteer
from libtalks.dates import MONTH_NAMES, MONTHS, WEEKDAYS
from libtalks.lexicon import (
    ABSTRACT_ENDINGS,
    COMPASS_WORDS,
    DOCUMENT_HEADS,
    FUNCTION_WORDS,
    LANDMARK_HEADS,
    OCCUPATION_NOUNS,
    ORGANIZATION_HEADS,
    PEOPLE_HEADS,
    PLATFORMS,
    PORTFOLIO_TITLES,
    PORTFOLIOS,
    ROLE_NOUNS,
    STATE_NOUNS,
    STYLES,
    TIME_ZONES,
    TITLE_ACRONYMS,
    TITLE_MODIFIERS,
    TITLES,
)
from libtalks.models import Article

KINDS = ("person", "organization", "place", "country")

# Letters of names: Latin, with the accented letters of Western European and Turkish,
# Polish, Czech ... spellings ("Erdoğan", "Çavuşoğlu", "Salamé").
_LOWER = "a-zß-öø-ÿ\u0100-\u017f"
_UPPER = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
# A compound ending in a particle is one word of a name: "International Follow-up Committee".
_CAP = (
    rf"(?:(?:al|el|ul|an|ad|as)-)?[{_UPPER}][{_LOWER}{_UPPER}]*[{_LOWER}]"
    rf"(?:-[{_UPPER}][{_LOWER}{_UPPER}]*[{_LOWER}])*(?:-(?:up|in|out|off|over)(?![\w-]))?"
)
_ABBREVIATED_TITLE = r"(?:Brig|Gen|Lt|Col|Maj|Capt|Dr|Mr|Mrs|Ms)\."
# Acronyms: "U.N.", "UNSMIL", "JMC 5+5", and those with lowercase letters between capitals
# ("HoR", "GoNU": not "McCain", whose capital is followed by lowercase).
_ACRONYM = r"(?:[A-Z]\.){2,}|[A-Z][A-Z0-9]{1,7}(?: \d\+\d)?|[A-Z](?:[a-z]?[A-Z])+(?!\w)"
# A name or an acronym may open a compound ("United Nations-recognised", "NATO-backed",
# "Haftar-led"): that names it too.
_WORD = rf"(?:{_ABBREVIATED_TITLE}|(?:{_CAP}|{_ACRONYM})(?=-[a-z]|(?![\w-])))"
# Lowercase words that may sit inside a name: particles ("Abdel bin Zayed", "Staffan de
# Mistura", "Ursula von der Leyen"), and "of", "for", "in" inside an organisation's name
# ("Government of National Accord").
_INNER = (
    r"(?:(?:\s+(?:bin|ibn|ben|abu|al|el|de|di|da|van|von|der|den|du|of(?: the)?|for(?: the)?"
    r"|in|on)){1,2}(?=\s+[A-Z]))?"
)
RUN = re.compile(rf"(?<![\w.-]){_WORD}(?:{_INNER}\s+{_WORD})*")
ACRONYM = re.compile(_ACRONYM)
WORD_SPAN = re.compile(r"\S+")
ACRONYM_DEFINITION = re.compile(r"\s*\((?P<acronym>" + _ACRONYM + r")\)")
POSSESSIVE = re.compile(r"^[’']s?\b")
_NOT_MODIFIER = r"(?:of|the|by|a|an|his|her|their|its|to|and|from|with|for|in|on|at|as)"
DESCRIPTOR_HEADS = ("commission", "committee", "mission", "army", "council", "government",
                    "forces", "assembly", "parliament")  # fmt: skip
# Lowercase references to an organisation named elsewhere: "the UN mission in Libya",
# "the 5+5 military commission". Resolved only against organisations found by name.
DESCRIPTOR = re.compile(
    rf"(?<![\w-])(?:(?P<owner>{_ACRONYM}|(?:[A-Z][{_LOWER}]+\s+){{0,3}}[A-Z][{_LOWER}]+)(?:[’']s)?\s+"
    r"|(?P<number>\d\+\d)\s+)?"
    rf"(?P<modifiers>(?:(?!{_NOT_MODIFIER}\b)[{_LOWER}]+\s+){{0,3}}?)"
    rf"(?P<head>{'|'.join(DESCRIPTOR_HEADS)})"
    rf"(?:\s+(?:in|for|of)\s+(?P<target>[A-Z][{_LOWER}]+))?\b"
)
# Words before a place name that mark it as one ("the oasis town of Ghadames", "met in Sirte").
PLACE_CUE = re.compile(
    r"(?:\b(?:city|town|village|resort|port|capital|oasis|region|province|district) of"
    r"|\b(?:in|at|near|outside|inside))\s+$"
)
# A lowercase noun of a place right after a name makes it the place's: "the Abu Salim
# district", "the Mitiga airport", "the Ain Zara area" (not "camp": "the Dbeibah camp").
PLACE_NOUN_AFTER = re.compile(
    r"\s+(?:district|area|neighbou?rhood|quarter|suburb|airport|airbase|base|hotel|prison"
    r"|region|province|municipality|square|road|street|highway|crossing|oilfield|field"
    r"|port|palace)\b"
)
# A name paired with a known place along a route is a place too: "the road between Abu Grein
# and Sirte", "the highway from Sirte to Abu Grein", "the road linking Misrata to Wadi Jarif"
# (not "talks between Haftar and Sarraj", whose other is no known place, nor "tensions between
# Haftar and Tripoli", where the town stands for its government).
_ROUTE = (r"\b(?i:road|highway|motorway|route|corridor|railway|flights?|convoys?|border|front"
          r"|frontline|pipeline|stretch)\b(?:\s+\w+){0,3}?\s+")  # fmt: skip
_PAIRING = rf"{_ROUTE}(?:between|from|linking|connecting|joining)\s+"
_PAIR_LINK = r"\s+(?:and|to|with)\s+"
_CAPITALS_RUN = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
PAIRED_FIRST = re.compile(rf"{_PAIRING}$")
FIRST_OF_PAIR = re.compile(rf"{_PAIR_LINK}(?P<other>{_CAPITALS_RUN})")
SECOND_OF_PAIR = re.compile(rf"{_PAIRING}(?P<other>{_CAPITALS_RUN}){_PAIR_LINK}$")
# Lowercase parts of Arabic and European names: "Fayez al-Sarraj", "Abu Bakr", "van der".
NAME_PARTICLES = frozenset("al el bin ibn ben abu de di da van von der den du".split())
# Endings of common nouns and adjectives, never of a name: "National", "Islamic", "Unity",
# "Affairs", "Defence", "Development".
COMMON_NOUN_ENDINGS = ("al", "ic", "ics", "ity", "ance", "ence", "ment", "ness", "ship", "ian",
                       "ese", "ish", "ary", "ive", "ous", "ion", "ism", "ies", "rs", "ts", "tes",
                       "ces", "ns", "ds", "ls", "ks", "gs", "ing", "ed")  # fmt: skip
# The longest of those cues, and the characters before it that show where its word begins.
PLACE_CUE_REACH = len("district of") + 1
# Lowercase words that link the parts of an organisation's name.
_LINKS = ("of", "for", "in", "on")
# Each title's words, under its first word, longest first. A title of several words may be
# written as one, with hyphens ("Lieutenant-General", "Maj-Gen", "Vice-President").
_TITLES_BY_FIRST_WORD: dict[str, list[tuple[str, ...]]] = {}
for _title in sorted((tuple(t.split()) for t in TITLES), key=len, reverse=True):
    _TITLES_BY_FIRST_WORD.setdefault(_title[0], []).append(_title)
    if len(_title) > 1 and "-".join(_title) not in TITLES:
        _TITLES_BY_FIRST_WORD.setdefault("-".join(_title), []).append(("-".join(_title),))
# Each portfolio's words, longest first ("General Staff" before "Staff").
_PORTFOLIOS = sorted((tuple(p.split()) for p in PORTFOLIOS), key=len, reverse=True)
_TITLE_WORDS = {word for title in TITLES for word in title.split()}
# Words of portfolios ("Foreign Affairs"): a title's tail, never a name ("Minister of State for
# Foreign Affairs").
_PORTFOLIO_WORDS = {word for portfolio in PORTFOLIOS for word in portfolio.split()} - {"the"}
_CALENDAR_WORDS = {w.capitalize() for w in (*MONTHS, *WEEKDAYS)}
# A month's abbreviation without its dot, before a capitalised word, is a given name ("Jan
# Kubis"): in a date it has its dot or a number after it ("Jan. 19", "Jan 19").
_ABBREVIATED_MONTHS = {w.capitalize() for w in MONTHS if w not in MONTH_NAMES}
# Role nouns that are also surnames ("Martin Luther King"): a run ending in one may be a name.
SURNAME_ROLE_NOUNS = frozenset({"king", "judge", "marshal", "speaker", "governor", "chief"})
_POST_NOUNS = ROLE_NOUNS - SURNAME_ROLE_NOUNS  # a capitalised one ends a post: "Security Adviser"
HONORIFICS = frozenset({"Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr"})


@dataclass(frozen=True)
class Mention:
    """One naming of an actor in one sentence: where it is and what the words make it.

    `kind` is one of KINDS, or `surname` (a lone capitalised word), `acronym` or
    `descriptor` (lowercase), which aliases.py resolves or drops.
    """

    article: str
    sentence_index: int
    start: int
    end: int
    text: str
    kind: str
    title: str | None = None
    title_prefix: str | None = None  # words before the title in the name's run ("Russian")
    acronym: str | None = None  # defined in parentheses right after the name
    possessive: bool = False


def in_article(article: Article) -> list[Mention]:
    """Every mention in the article's body sentences (not its headline, captions or widgets).
    The report's outlet named in it is an organisation, whatever the words around it make it
    ("X told Asharq Al-Awsat")."""
    found: list[Mention] = []
    for index, sentence in enumerate(article.sentences):
        found.extend(in_sentence(sentence, article.id, index))
    return [replace(m, kind="organization") if m.text == article.outlet else m for m in found]


def in_sentence(sentence: str, article: str = "", index: int = 0) -> list[Mention]:
    """The mentions in one sentence, in order."""
    found = []
    previous = None
    for match in RUN.finditer(sentence):
        found.extend(
            _from_run(sentence, match, article, index, _portfolio_goes_on(previous, match))
        )
        previous = match
    names = [m for m in found if m.kind in ("person", "organization")]
    # A descriptor needs one of its head nouns; most sentences hold none, and skip the search.
    descriptors = (
        DESCRIPTOR.finditer(sentence) if any(h in sentence for h in DESCRIPTOR_HEADS) else ()
    )
    for match in descriptors:
        if not (match["owner"] or match["number"] or len(match["modifiers"].split()) >= 2):
            continue  # "the armed forces": too generic to name one organisation
        if match["owner"] and not _is_owner(match["owner"]):
            continue
        owner = match.span("owner")
        if any(m.start < match.end() and match.start() < m.end and (m.start, m.end) != owner
               for m in names):  # fmt: skip
            continue
        found.append(Mention(article, index, match.start(), match.end(), match.group(),
                             "descriptor"))  # fmt: skip
    # An acronym inside its own definition's parentheses is not a second mention.
    defined = {m.acronym for m in found if m.acronym}
    found = [m for m in found if not (m.kind == "acronym" and m.text in defined
                                      and sentence[: m.start].rstrip().endswith("("))]  # fmt: skip
    return sorted(found, key=lambda m: m.start)


def _is_owner(name: str) -> bool:
    """An acronym, a demonym or an organisation's name can own a descriptor ("UN mission")."""
    return (name.isupper() or "." in name or gazetteer.demonym_country(name) is not None
            or any(word in ORGANIZATION_HEADS for word in name.split()))  # fmt: skip


def _from_run(sentence: str, match: re.Match, article: str, index: int,
              after_portfolio: bool = False) -> list[Mention]:  # fmt: skip
    """The mentions of a run of capitalised words; `after_portfolio` when it goes on naming a
    minister's portfolio (`_portfolio_goes_on`): then its words up to a comma after it ("and
    International Cooperation, X"), or its portfolio words ("and Finance X"), name no one."""
    spans = [(m.group(), m.start() + match.start()) for m in WORD_SPAN.finditer(match.group())]
    if after_portfolio:
        if match.string.startswith(",", match.end()):
            return []
        while spans and spans[0][0] in _PORTFOLIO_WORDS:
            spans = spans[1:]
    return _without_calendar_words(sentence, spans, article, index)


def _portfolio_goes_on(previous: re.Match | None, match: re.Match) -> bool:
    """Whether a run follows "and" after a run that ends in a minister's portfolio ("Minister of
    Foreign Affairs and International Cooperation", "Minister of Planning and Finance X")."""
    if previous is None or match.string[previous.end() : match.start()] != " and ":
        return False
    words = previous.group().split()
    return words[-1] in _PORTFOLIO_WORDS and any(link in words[:-1] for link in ("of", "for"))


def _without_calendar_words(sentence: str, spans: list[tuple[str, int]], article: str,
                            index: int) -> list[Mention]:  # fmt: skip
    """Leading function words ("The", "According") and styles ("His Excellency"), people named
    by their role ("Members", "Delegates") and a description before a full name ("Businessman X
    Y", "Strongman X Y") are not names; weekdays and months end one ("Monday October")."""
    while spans and (
        spans[0][0] in FUNCTION_WORDS
        or spans[0][0] in STYLES
        or _plural_role(spans[0][0])
        or (len(spans) > 2 and _describes_a_person(spans[0][0]) and spans[1][0][0].isupper())
    ):
        spans = spans[1:]
    for cut, (word, _) in enumerate(spans):
        if word in _CALENDAR_WORDS and not (word in _ABBREVIATED_MONTHS and cut + 1 < len(spans)):
            return _from_run_words(sentence, spans[:cut], article, index) + (
                _without_calendar_words(sentence, spans[cut + 1 :], article, index)
            )
    return _from_run_words(sentence, spans, article, index)


def _describes_a_person(word: str) -> bool:
    """ "Businessman", "Strongman", "Lawyer": a role or an occupation that is no title."""
    lowered = word.lower()
    return (lowered in ROLE_NOUNS or lowered in OCCUPATION_NOUNS) and word not in _TITLE_WORDS


def _plural_role(word: str) -> bool:
    """ "Members", "Officials", "Delegates": a role noun in the plural, no one's name."""
    lowered = word.lower()
    return lowered.endswith("s") and (lowered in ROLE_NOUNS or lowered[:-1] in ROLE_NOUNS)


def _from_run_words(sentence: str, spans: list[tuple[str, int]], article: str,
                    index: int) -> list[Mention]:  # fmt: skip
    if not spans:
        return []
    words = [w for w, _ in spans]
    title_at, title_len = _title_in(words)
    if title_at is None:
        title_at, title_len = _post_in(words)
    after = spans[title_at + title_len :] if title_at is not None else []
    complement = _complement_length(after) if after and after[0][0] in _LINKS else 0
    # An organisation named after the title makes the run its name ("General National
    # Congress"), unless it completes the title ("Commander of the Libyan National Army X");
    # one named before it is its own mention ("Presidential Council President X").
    if title_at is not None and not any(w in ORGANIZATION_HEADS for w, _ in after[complement:]):
        before = spans[:title_at]
        title = " ".join(words[title_at : title_at + title_len + complement])
        name, rest = _cut_at_link(after[complement:])
        while (stacked := _title_in([w for w, _ in name]))[0] == 0 and stacked[1] < len(name):
            name = name[stacked[1] :]  # a rank after a post, "Chief of General Staff Gen. X"
        if not name or all(word in _PORTFOLIO_WORDS or word in STATE_NOUNS
                           or word.lower() in _POST_NOUNS for word, _ in name):  # fmt: skip
            # "Minister of State for Foreign Affairs", "General Commander": a post, no name
            return _from_run_words(sentence, before, article, index)
        prefix = " ".join(w for w, _ in before) or None
        mentions = []
        if prefix and not (gazetteer.country_named_by(prefix) or gazetteer.country_of(prefix)
                           or prefix in TITLE_MODIFIERS):  # fmt: skip
            mentions = _from_run_words(sentence, before, article, index)
            prefix = None
        elif prefix and ACRONYM.fullmatch(prefix):  # "U.S. Special Envoy": it names the country
            mentions = _from_run_words(sentence, before, article, index)
        person = _mention(sentence, name, article, index, "person")
        person = replace(person, title=title, title_prefix=prefix)
        return [*mentions, person, *_from_run_words(sentence, rest, article, index)]
    # An organisation ends at its last head noun; "of/in X" after it stays when X is a country
    # or the name goes on with capitals ("Government of National Accord").
    kind = _kind(sentence, spans)
    if kind == "organization" and (start := _organization_start(words)):
        # "Delegates for the Government of National Accord": the words before the link hold
        # no head noun, so they are not the organisation's ("Supporters of the ... Army").
        return [*_from_run_words(sentence, spans[: start - 1], article, index),
                *_from_run_words(sentence, spans[start:], article, index)]  # fmt: skip
    if kind == "organization" and (name := _person_after_head(sentence, spans)):
        # "the Libyan National Army Khalifa Haftar": a name right after the last head noun
        return [*_from_run_words(sentence, spans[: -len(name)], article, index),
                *_from_run_words(sentence, name, article, index)]  # fmt: skip
    if kind is None and len(spans) > 1 and any(w in _LINKS for w in words):
        # "the Follow-up Committee on Libya in Berlin": the organisation ends before its town
        last_link = max(at for at, word in enumerate(words) if word in _LINKS)
        if last_link > 1 and _kind(sentence, spans[:last_link]) == "organization":
            return [*_from_run_words(sentence, spans[:last_link], article, index),
                    *_from_run_words(sentence, spans[last_link + 1 :], article, index)]  # fmt: skip
        parts = _split_at_links(spans)
        return [m for part in parts for m in _from_run_words(sentence, part, article, index)]
    if kind is None:
        return []
    mention = _mention(sentence, spans, article, index, kind)
    definition = ACRONYM_DEFINITION.match(sentence, mention.end)
    if definition and kind in ("organization", "country"):
        mention = replace(mention, acronym=definition["acronym"])
    return [mention]


def _person_after_head(sentence: str, spans: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """The words after an organisation's last head noun when they name a person in full
    ("House of Representatives Aguila Saleh"); empty when they do not."""
    last_head = max(at for at, (word, _) in enumerate(spans) if word in ORGANIZATION_HEADS)
    after = spans[last_head + 1 :]
    if len(after) < 2 or after[0][0] in _LINKS or _title_in([w for w, _ in after])[0] is not None:
        return []
    return after if _kind(sentence, after) == "person" else []


def _organization_start(words: list[str]) -> int:
    """Where an organisation's name starts when a link comes before its first head noun: after
    that link and a "the" ("Delegates for the Government of ..."); 0 when none does."""
    first_head = next(at for at, word in enumerate(words) if word in ORGANIZATION_HEADS)
    links = [at for at, word in enumerate(words[:first_head]) if word in _LINKS]
    if not links:
        return 0
    start = links[-1] + 1
    return start + 1 if words[start] == "the" else start


def _title_in(words: list[str]) -> tuple[int | None, int]:
    """Where the first title of a run of words starts, and its length in words."""
    for at, word in enumerate(words):
        if word in PORTFOLIO_TITLES and words[at + 1 : at + 2] == ["of"]:
            for portfolio in _PORTFOLIOS:
                if tuple(words[at + 2 : at + 2 + len(portfolio)]) == portfolio:
                    return at, 2 + len(portfolio)
        for title in _TITLES_BY_FIRST_WORD.get(word, ()):
            if tuple(words[at : at + len(title)]) == title:
                return at, len(title)
    return None, 0


def _post_in(words: list[str]) -> tuple[int | None, int]:
    """A post no title lists, written in capitals and ending in a role noun, that opens a run
    before a name ("UN Resident Coordinator X", "Senior Libyan Official X", "National Security
    Adviser X"): (0, its length); (None, 0) when there is none, when the run names an
    organisation (it is the organisation's run), or when what follows the post is no name
    ("Head of UNSMIL")."""
    ends = [at for at, word in enumerate(words[:-1])
            if word[0].isupper() and word.lower() in _POST_NOUNS]  # fmt: skip
    if not ends or any(word in ORGANIZATION_HEADS for word in words):
        return None, 0
    name = words[ends[-1] + 1 :]
    if name[0] in _LINKS or any(ACRONYM.fullmatch(word) for word in name):
        return None, 0
    return 0, ends[-1] + 1


def _complement_length(spans: list[tuple[str, int]]) -> int:
    """How many words after a title complete it ("for Libya", "of the Secretary-General", "of
    the Libyan National Army"): through the last that names a country, a people, an acronym, an
    organisation or a title, so long as a name still follows; 0 when none does."""
    words = [w for w, _ in spans]
    ends = [at + 1 for at, word in enumerate(words[:-1]) if _completes_title(word)]
    return ends[-1] if ends else 0


def _completes_title(word: str) -> bool:
    return bool(gazetteer.country_of(word) or gazetteer.demonym_country(word)
                or word in ORGANIZATION_HEADS or word in _TITLE_WORDS
                or word in _PORTFOLIO_WORDS or word in STATE_NOUNS
                or ACRONYM.fullmatch(word))  # fmt: skip


def _cut_at_link(spans: list[tuple[str, int]]) -> tuple[list, list]:
    """A person's name ends at "of", "in", "for" or "on": what follows is another name."""
    for at, (word, _) in enumerate(spans):
        if word in _LINKS:
            return spans[:at], spans[at + 1 :]
    return spans, []


def _split_at_links(spans: list[tuple[str, int]]) -> list[list[tuple[str, int]]]:
    parts: list[list[tuple[str, int]]] = [[]]
    for word, start in spans:
        if word in (*_LINKS, "the", "bin", "ibn", "ben", "abu", "al", "el"):
            parts.append([])
        else:
            parts[-1].append((word, start))
    return [part for part in parts if part]


def _kind(sentence: str, spans: list[tuple[str, int]]) -> str | None:
    words = [w for w, _ in spans]
    name = " ".join(words)
    bare = [w for w in words if w not in (*_LINKS, "the")]
    if gazetteer.is_country(name) or (len(words) == 1 and gazetteer.demonym_country(name)):
        return "country"
    if words[-1] in PLATFORMS or words[-1] in LANDMARK_HEADS:
        return None
    # A head noun alone ("Council") names no one; with other words, even heads ("House of
    # Representatives"), it does.
    heads = [w for at, w in enumerate(bare) if w in ORGANIZATION_HEADS
             and (at > 0 or w not in PEOPLE_HEADS)]  # fmt: skip
    if heads and len(bare) > 1:
        return "organization" if _links_fit(words) else None
    if words[-1] in DOCUMENT_HEADS or words[-1] in STATE_NOUNS:  # a document, a state
        return None
    if len(words) > 1 and words[-1].endswith(ABSTRACT_ENDINGS):  # "African Cooperation"
        return None
    if len(words) > 1 and words[-1].lower() in _POST_NOUNS:
        return None  # a post without its holder's name: "National Security Adviser"
    if any(w in _LINKS for w in words):
        return None
    if gazetteer.country_of(name):
        return "place"
    if len(words) == 1 and ACRONYM.fullmatch(name):
        return None if name in TITLE_ACRONYMS or name in TIME_ZONES else "acronym"
    if any(w in COMPASS_WORDS or gazetteer.demonym_country(w) or gazetteer.country_of(w)
           or w in FUNCTION_WORDS for w in words):  # fmt: skip
        return None
    end = spans[-1][1] + len(words[-1])
    if _place_cue_before(sentence, spans[0][1]) and not POSSESSIVE.match(sentence[end:]):
        return "place"
    if PLACE_NOUN_AFTER.match(sentence, end) or _paired_with_a_place(sentence, spans[0][1], end):
        return "place"
    if any(ACRONYM.fullmatch(w) for w in words):
        return None
    return "surname" if len(words) == 1 else "person"


def _place_cue_before(sentence: str, at: int) -> bool:
    """Whether PLACE_CUE ends right before `at`; only the text's last words are searched."""
    before = sentence[:at]
    words_end = len(before.rstrip())
    return PLACE_CUE.search(before, max(0, words_end - PLACE_CUE_REACH)) is not None


def _paired_with_a_place(sentence: str, start: int, end: int) -> bool:
    """Whether the name at `start`-`end` is paired with a known place (PAIRED_FIRST,
    SECOND_OF_PAIR): "between Abu Grein and Sirte", "from Sirte to Abu Grein"."""
    before = sentence[max(0, start - 80) : start]
    pair = (FIRST_OF_PAIR.match(sentence, end) if PAIRED_FIRST.search(before) else None) or (
        SECOND_OF_PAIR.search(before)
    )
    if pair is None:
        return False
    words = pair["other"].split()
    return any(gazetteer.country_of_place(" ".join(words[:count]))
               for count in range(len(words), 0, -1))  # fmt: skip


def _links_fit(words: list[str]) -> bool:
    """An organisation's inner "in X" holds only when X is a country ("Mission in Libya"), and
    its "of X" when X names no person ("Government of National Accord", not "Libyan National
    Army of Khalifa Haftar")."""
    for at, word in enumerate(words[:-1]):
        if word == "in" and not gazetteer.is_country(words[at + 1]):
            return False
        if word == "of" and _names_a_person(words[at + 1 :]):
            return False
    return words[-1] not in (*_LINKS, "the")


def _names_a_person(words: list[str]) -> bool:
    """Whether the words after an organisation's "of" name a person: a title and a name, or
    two to four capitalised words that are no head, title, portfolio, place or people, and
    end in no ending of a common noun or adjective ("National Accord", "Foreign Affairs",
    "Public Security", "Arab States" do not)."""
    if _title_in(words)[0] == 0:
        return True
    names = [word for word in words if word.lower() not in NAME_PARTICLES]
    return 2 <= len(names) <= 4 and all(
        word[0].isupper()
        and word not in ORGANIZATION_HEADS
        and word not in _TITLE_WORDS
        and word not in _PORTFOLIO_WORDS
        and not gazetteer.country_of_place(word)
        and not gazetteer.demonym_country(word)
        and not word.lower().endswith(COMMON_NOUN_ENDINGS)
        for word in names
    )


def _mention(sentence: str, spans: list[tuple[str, int]], article: str, index: int,
             kind: str) -> Mention:  # fmt: skip
    start = spans[0][1]
    last, last_start = spans[-1]
    end = last_start + len(last)
    text = sentence[start:end]
    if kind == "organization" and text.split()[-1] in _LINKS:
        text = " ".join(text.split()[:-1])
        end = start + len(text)
    return Mention(article, index, start, end, text, kind,
                   possessive=bool(POSSESSIVE.match(sentence[end:])))  # fmt: skip
