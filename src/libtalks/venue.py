"""Where a report's meeting took place: the town (or, failing one, the country) it names.

Places are scored by where a report names them (headline, lead, dateline, body) and how: after
a meeting word ("met in X"), naming the meeting ("the Geneva talks"), or merely nearby. A
meeting the report only recalls or announces ("had previously met in X") gives none.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from libtalks import gazetteer
from libtalks import text as textlib
from libtalks.lexicon import EVENT_KINDS, FUTURE_MARKERS
from libtalks.models import LEAD_SENTENCES, ONLINE, Article

# Where a place is named counts: in the headline and the lead's first sentence most, in the
# rest of the lead and the dateline ("TUNIS (AP) —", where the report was filed) more than
# further down.
PLACE_WEIGHTS = {"title": 3, "first": 3, "lead": 2, "dateline": 2, "body": 1}
DATELINE_WEIGHT = PLACE_WEIGHTS["dateline"]
# A place right after a meeting word ("met in Egypt's Red Sea resort of X", "talks in X") is
# where the meeting was, and counts this many times more than a place merely named nearby
# ("an attack on the strategic city of Y").
MEETING_VERB_REACH_WORDS = 8
MET_THERE_FACTOR = 2
# Characters around a place that hold those words, at the most.
REACH_CHARS = 120
# A meeting the report only recalls or announces is not the one it reports: "had previously
# met in X", "will meet in X", "agreed to meet in X", "meet again in X next month", "held its
# previous meeting in X". Words marking another time, up to this many before the meeting word
# or after the place ...
OTHER_OCCASION_REACH_WORDS = 3
OTHER_OCCASION_BEFORE = frozenset(
    {"had", "will", "would", "to", "previously", "previous", "prior", "earlier", "last", "next",
     "planned"}
)  # fmt: skip
OTHER_OCCASION_AFTER = frozenset({"next", "later", "tomorrow"})
# An offset before the meeting word puts it at another time than the report's: "came days after
# the parliament, meeting in X, approved", "weeks before talks in X" (not "After talks in X").
OFFSET_WORDS = frozenset({"after", "before"})
OFFSET_UNITS = frozenset(
    "hours days weeks months years shortly soon long day week month year".split()
)
# A participle of holding describes the meeting named before it, whose words tell its time:
# "the last round of talks between the two chambers, held in X on 28 June".
PARTICIPLES = frozenset({"held", "hosted", "convened"})
# ... and words that recall an earlier meeting anywhere before its place or its day.
RECALLED = frozenset({"had", "previously", "earlier"})
# A press conference is no meeting: "speaking at a press conference in Benghazi".
BRIEFING_WORDS = frozenset({"press", "news"})
BRIEFINGS = frozenset({"conference", "briefing"})
MEETING_WORDS = re.compile(
    r"\b(?:met|meet|meets|meeting|meetings|talks|held|arrived|gather|gathered|convene|convenes"
    r"|convened|visited|hosted|summit|(?<!press )(?<!news )conference|negotiations|round|session"
    r"|sessions|consultations)\b"
)  # on lowercased text (as meetings.ROUND and OUTCOME): faster than either case
# An agreement was signed at the meeting that made it: "The plan was signed in the Swiss city of
# X" and "the commission signed on Friday in X" place the meeting as "met in X" does. A bare
# participle after what was signed recalls an earlier one ("the plan signed in X last month").
SIGNED = "signed"
SIGNING = frozenset({"sign", "signs", "signing"})  # "Rivals sign truce in X"
# So was one reached there: "The deal was reached in the Swiss town of X", "reached an agreement
# in X" (not "forces reached the outskirts of X").
REACHED = "reached"
REACHED_THINGS = EVENT_KINDS["agreement"] | frozenset({"consensus", "understanding"})
REACHED_REACH_WORDS = 3
SIGNED_AFTER = frozenset({"was", "were", "is", "are", "been"})
SIGNED_THINGS = EVENT_KINDS["agreement"] | frozenset(
    "plan plans roadmap document documents memorandum declaration protocol charter "
    "framework".split()
)
# A meeting named by its place may be one still to come: "the upcoming Paris conference", "the
# Berlin summit due in January" ...
UPCOMING_BEFORE = frozenset({"upcoming", "forthcoming", "planned", "proposed", "next", "future"})
UPCOMING_AFTER = frozenset({"due", "scheduled", "set", "planned", "expected", "next", "later"})
# ... or one the meeting discusses, prepares or carries out, named by the last word before it
# but for these links: "discussed preparations for the Paris conference", "ahead of the Paris
# conference", "the implementation of the Berlin conference's outcomes" (not "discussions at the
# Paris conference").
TOPIC_BEFORE = frozenset(
    """discuss discussed discussing preparations preparation preparing prepare prepared ahead
    run-up attend attending invitation invited participation implementation implementing
    implement outcomes outcome results conclusions follow-up decisions""".split()
)
TOPIC_LINKS = frozenset({"the", "a", "an", "of", "for", "to", "on", "about"})
# So is a meeting a place follows ("discussed the results of the commission's latest meetings
# in X"): the topic's word comes before it, past links, possessives and at most this many other
# words, none of which sets the meeting ("discussed the road at talks in X": SETTING_WORDS).
TOPIC_MODIFIERS_MAX = 2
SETTING_WORDS = frozenset("at in during with by after before from between among while".split())
# A place that ends what a meeting discussed is the topic's, not the meeting's: "held talks and
# discussed the situation in X" (a verb of discussing after the meeting word, then its object,
# opened by one of OBJECT_OPENERS); not "discussed on Monday in X".
TOPIC_VERBS = frozenset(
    "discuss discussed discusses discussing addressed addressing reviewed reviewing examined "
    "examining tackled tackling".split()
)
OBJECT_OPENERS = frozenset("the a an its their his her".split())
# A place's name, perhaps opening on the Arabic article in lowercase ("al-Qubba", "az-Zawiya").
_NAME = (
    r"(?:(?<![\w-])(?:al|el|ad|ar|as|az|ash)-)?"
    r"[A-Z][\w’'-]+(?:\s+(?:el-|al-|el\s|al\s)?[A-Z][\w’'-]+){0,2}"
)
_SETTLEMENT = r"(?:city|town|resort|capital|village|port|oasis|enclave|region|suburb)"
# Where a place is named: "the town of X", "the Egyptian capital X", "the Tunis suburb of X",
# "in X", "at X", "met near X".
PLACE_PATTERNS = [
    re.compile(rf"\b{_SETTLEMENT} (?:of )?(?P<place>{_NAME})"),
    re.compile(rf"\b(?:in|at|near|outside|visited|to) (?P<place>{_NAME})"),
]
OPENING_PLACE = re.compile(rf"(?:In|At) (?P<place>{_NAME})")  # "In Tripoli, delegates met"
# A known place that names the meeting itself: "the Geneva talks", "Berlin II Conference",
# "Morocco hosted talks". These say where the meeting was, as a place after "met in" does;
# they are looked for where a report says what it covers, its headline and lead. A country
# before a meeting noun may name what the meeting is about instead ("Libya talks" between
# "Libyan rivals"): it places the meeting only when its people go unnamed ("Libyan
# delegates ... the Morocco talks"), or when it hosts.
HOST_PATTERN = re.compile(
    rf"\b(?P<place>{_NAME}) (?:(?:[Pp]eace |[Mm]ilitary |[Pp]olitical )?(?:[Tt]alks|[Mm]eetings?"
    r"|[Ss]ummit|[Cc]onference|[Nn]egotiations|[Rr]ound|[Ff]orum)"
    r"|(?P<hosting>hosted|hosts|will host|is hosting))\b"
)
# A capital named by its country alone: "talks in the Russian capital", "Egypt's capital"
# (with its name after it, "the Egyptian capital Cairo", PLACE_PATTERNS read the name).
CAPITAL_PHRASE = re.compile(
    r"\b(?:(?:the |in )(?P<demonym>[A-Z][a-z]+)|(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)*)[’']s)"
    r" [Cc]apital\b(?!,?\s+[A-Z])"
)
# A town named by its country's adjective alone ("talks in the Swiss city") lies in that country,
# which is then all the report tells of the place.
COUNTRYS_TOWN = re.compile(
    r"\bthe (?P<demonym>[A-Z][a-z]+) (?:city|town|resort|village|port|oasis)\b"
    r"(?!,?\s+(?:of\s+)?[A-Z])"
)
# The country of a town the gazetteer does not know: "Egypt's Red Sea resort of X", "the
# Tunisian resort of X".
POSSESSIVE_COUNTRY = re.compile(
    r"\b(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)*)[’']s\b[^.]{0,40}?\bof (?P<place>[A-Z][\w-]+)"
)
DEMONYM_PLACE = re.compile(
    rf"\b(?P<demonym>[A-Z][a-z]+) (?:[a-z]+ ){{0,2}}{_SETTLEMENT} (?:of )?(?P<place>[A-Z][\w-]+)"
)
# A town followed by its country: "in Kvarnby, Norway,", "in Kvarnby (Norway)" (not "in
# Kvarnby, Norway's envoy said").
TOWN_THEN_COUNTRY = re.compile(
    rf"(?P<place>{_NAME})(?:,\s+|\s+\()(?P<country>[A-Z][a-z]+(?: [A-Z][a-z]+)*)(?=\s*[,.;)]|$)"
)
# Part of a town: "Gammarth, a seaside suburb of Tunis".
_PART_OF_TOWN = r"(?:suburb|district|neighbou?rhood)"
# A town located by another lies in that one's country: "Rimbo, about 60km north of Stockholm",
# "X, south of the capital Y", "X, outside Y".
LOCATED_BY = re.compile(
    rf"(?P<place>{_NAME})(?:,? (?:(?:about|some|around|roughly|nearly) )?(?:\d+ ?(?:km|kilometres"
    rf"|kilometers|miles) )?(?:north|south|east|west)(?:-?(?:east|west))? of|, (?:just )?"
    rf"(?:outside|near)|, (?:an? )?(?:[\w-]+ )?{_PART_OF_TOWN} of|, on the outskirts of) "
    rf"(?:the (?:[\w-]+ )?(?:capital|city|town) (?:of )?)?(?P<landmark>{_NAME})"
)
# A place that says whom a body or post serves ("the UN Support Mission in Libya", "the
# ambassador to Libya") is no place anything happened.
AFFILIATION = re.compile(
    r"\b(?:mission|missions|embassy|embassies|office|envoy|envoys|ambassador|ambassadors"
    r"|representative|coordinator|consulate)\s+$",
    re.IGNORECASE,
)
# A place that locates another is no place anything happened: "the town of X, south of the
# capital Y", "X, 60 km west of Y", "in X, outside Y" (not "Meeting near Y, the forum ...").
LANDMARK = re.compile(
    r"(?:\b(?:north|south|east|west)(?:-?(?:east|west))?\s+of"
    r"|(?-i:[A-Z])[\w'’-]*,\s+(?:just\s+)?(?:outside|near)"
    rf"|(?-i:[A-Z])[\w'’-]*,\s+(?:(?:an?\s+)?(?:[\w-]+\s+)?{_PART_OF_TOWN}|on\s+the\s+outskirts)\s+of)"
    r"\s+(?:the\s+(?:[\w-]+\s+)?)?(?:(?:capital|city|town)\s+(?:of\s+)?)?$",
    re.IGNORECASE,
)
# A place right before the event it names is that event's, not where anything met: "agree to
# Hodeidah ceasefire", "fled the Sirte offensive" (a meeting named by its place, "the Geneva
# talks", is HOST_PATTERN's).
NAMED_EVENT_NOUNS = frozenset().union(
    *(nouns for kind, nouns in EVENT_KINDS.items() if kind != "meeting")
)
NEXT_WORD = re.compile(r" (?P<word>[a-z][\w-]*)")
# A Romance particle between capitalised words makes one building's name ("Palais des Nations",
# "Hotel de Ville"), not a town's.
BUILDING_NAME_GOES_ON = re.compile(r" (?:des|de|du|di|del|della|degli|la|le|les) [A-Z]")
# A meeting held online has no town: "virtual talks", "met by video link", "held a video
# conference", "hold video call" (not "talks would continue online", a plan, nor one taking part
# "by video link" in a meeting held somewhere). Its place is ONLINE, so that reports of one
# online session still meet (a report without a place meets none).
VIRTUAL = re.compile(
    r"\b(?:virtual|online|video)\s+(?:talks|meetings?|sessions?|round|summit|conference"
    r"|consultations)"
    r"|\b(?:held|hold|holds|holding|had)\s+(?:an?\s+|their\s+|its\s+)?(?:[\w-]+\s+)?"
    r"(?:video[- ]?(?:conference|call)|videoconference|teleconference)s?\b"
    r"|\b(?:met|meet|meets|meeting|talks|held|convened|gathered)\s+"
    r"(?:(?!broadcast|streamed|posted|published|shown|will|would|could|should|may|might)\w+\s+)"
    r"{0,3}?(?:virtually"
    r"|online|by video ?link|via video ?link|by video ?conference|via video ?conference)\b",
    re.IGNORECASE,
)
# Words that may be a people's name ("Libyan"): what _about() looks up among demonyms.
CAPITALISED_WORD = re.compile(r"\b[A-Z][a-z]+\b")
NOT_PLACES = set(
    "The A An This That January February March April May June July August September October "
    "November December".split()
)


def _places(article: Article) -> tuple[dict[str, int], set[str]]:
    """Each place's score, and the places named as where a meeting was ("met in X")."""
    scores: dict[str, int] = {}
    met_in: set[str] = set()
    if article.filed_from:
        scores[article.filed_from] = DATELINE_WEIGHT
    texts = [(article.title, "title")] + [
        (s, "first" if i == 0 else "lead" if i < LEAD_SENTENCES else "body")
        for i, s in enumerate(article.sentences)
    ]
    for text, where in texts:
        if textlib.turns_to_another_story(text):  # "Meanwhile, in Tripoli, ..."
            continue
        if where == "body" and not MEETING_WORDS.search(text.lower()):
            continue
        found = [(m, False) for pattern in PLACE_PATTERNS for m in pattern.finditer(text)]
        if opening := OPENING_PLACE.match(text):
            found.append((opening, False))
        if where != "body":
            found += [(m, True) for m in HOST_PATTERN.finditer(text)]
        named = [(_trim_place(m["place"]), m.start(), m.span("place"), hosts) for m, hosts in found
                 if not (hosts and (_about(m, article) or _named_not_held(text, m)))]  # fmt: skip
        if "capital" in text or "Capital" in text:
            named += [
                (_capital(m), m.start(), m.span(), False) for m in CAPITAL_PHRASE.finditer(text)
            ]
        named += [(gazetteer.demonym_country(m["demonym"]), m.start(), m.span(), False)
                  for m in COUNTRYS_TOWN.finditer(text)]  # fmt: skip
        for place, start, span, hosts in named:
            if not place or (hosts and gazetteer.country_of(place) is None):
                continue
            if _names_no_venue(text, start, span) or (
                BUILDING_NAME_GOES_ON.match(text, span[1]) and not gazetteer.country_of_place(place)
            ):  # nor "at Palais des Nations", a building's name, unless a known town opens it
                continue
            met_there = _met_there(text, span)
            if met_there is not None:
                weight = PLACE_WEIGHTS[where] * (MET_THERE_FACTOR if met_there or hosts else 1)
                scores[place] = scores.get(place, 0) + weight
                if met_there or hosts:
                    met_in.add(place)
    # A headline's place the report never names gives way to a town the report says they met
    # in: "Rivals meet in Sirte" above "have begun talks in the desert town of Ghadames".
    text = " ".join(article.sentences)
    unnamed = {p for p in scores if p != article.filed_from and p not in text}
    if unnamed and any(p not in unnamed and p not in gazetteer.countries() for p in met_in):
        for place in unnamed:
            del scores[place]
            met_in.discard(place)
    return scores, met_in


def announced_place(article: Article) -> tuple[str | None, str | None]:
    """Where the headline or the lead says a meeting still to come will be held ("The chiefs
    will meet in Sirte next week"), and its country: the first place a meeting word and a word
    of the future come before. (None, None) when none is."""
    for text in (article.title, *article.sentences[:LEAD_SENTENCES]):
        for pattern in PLACE_PATTERNS:
            for match in pattern.finditer(text):
                place = _trim_place(match["place"])
                reach = text[max(0, match.start() - REACH_CHARS) : match.start()]
                if (place and FUTURE_MARKERS & set(textlib.words(reach.lower()))
                        and _met_there(text, match.span("place")) is None):  # fmt: skip
                    return place, _country_of_town(article, place)
    return None, None


def towns_named(sentence: str) -> set[str]:
    """The towns a sentence places something in ("met in X", "the town of X"), not those that
    locate another town or name whom a mission serves."""
    found = set()
    for pattern in PLACE_PATTERNS:
        for match in pattern.finditer(sentence):
            place = _trim_place(match["place"])
            if (
                place
                and not gazetteer.is_country(place)
                and not _names_no_venue(sentence, match.start(), match.span("place"))
            ):
                found.add(place)
    return found


def names_a_meeting_place(sentence: str) -> bool:
    """Whether a sentence places a meeting it reports, not one it recalls or announces: "met in
    X", "signed a ceasefire in X on Friday" (a signing is a meeting); not "the truce signed in
    X last month"."""
    return True in _occasions(sentence)


def tells_another_meeting(sentence: str, place: str | None) -> bool:
    """Whether a sentence recalls or announces a meeting elsewhere than `place`, the report's,
    and does not name `place` ("the forum would meet in Tunisia", "the commission had met in
    Geneva", in a report of a meeting in Sirte). Never when the place is unknown."""
    if place is None or place in sentence or (place == ONLINE and VIRTUAL.search(sentence)):
        return False
    return None in _occasions(sentence)


def towns_met_in(sentence: str) -> set[str]:
    """The places a sentence tells a meeting was held in ("voted on March 10 during a session
    in Sirte"), not those it recalls or announces one in."""
    return {place for pattern in PLACE_PATTERNS for match in pattern.finditer(sentence)
            if (place := _trim_place(match["place"]))
            and _met_there(sentence, match.span("place"))}  # fmt: skip


def _occasions(sentence: str) -> list[bool | None]:
    """What _met_there makes of each place the sentence names: a meeting held there (True),
    one recalled or announced there (None), or none (False)."""
    return [_met_there(sentence, match.span("place"))
            for pattern in PLACE_PATTERNS for match in pattern.finditer(sentence)
            if _trim_place(match["place"])]  # fmt: skip


def _names_no_venue(text: str, match_start: int, span: tuple[int, int]) -> bool:
    """Whether a place found at `match_start` (its name at `span`) only says whom a body or post
    serves (AFFILIATION), locates another place (LANDMARK) or names an event (NAMED_EVENT_NOUNS)."""
    after = NEXT_WORD.match(text, span[1])
    return bool(AFFILIATION.search(text, max(0, match_start - 20), match_start)
                or LANDMARK.search(text, max(0, span[0] - 40), span[0])
                or (after and after["word"] in NAMED_EVENT_NOUNS))  # fmt: skip


def _about(host: re.Match[str], article: Article) -> bool:
    """Whether a HOST_PATTERN match names the country the meeting is about, not where it was:
    a country before a meeting noun, whose people the report names ("Libyan rivals", "Libya's
    rivals"), or a possessive, which names whose meeting it is ("Libya's forum")."""
    country = host["place"]
    if host["hosting"]:
        return False
    if country.endswith(("'s", "’s")):  # "Libya's forum": whose forum, not where it met
        return True
    if not gazetteer.is_country(country):
        return False
    texts = (article.title, *article.sentences)
    return any(gazetteer.demonym_country(word) == country
               for text in texts for word in CAPITALISED_WORD.findall(text)) or any(
        f"{country}'s" in text or f"{country}’s" in text for text in texts)  # fmt: skip


def _named_not_held(text: str, host: re.Match[str]) -> bool:
    """Whether a HOST_PATTERN match names a meeting not held there and then: one still to come
    ("the upcoming Paris conference", "the Paris conference due in November") or one the
    meeting is about (TOPIC_BEFORE: "preparations for the Paris conference")."""
    before = textlib.words(text[max(0, host.start() - 40) : host.start()].lower())
    after = textlib.words(text[host.end() : host.end() + 30].lower())[:2]
    topic = next((word for word in reversed(before) if word not in TOPIC_LINKS), None)
    return bool(UPCOMING_BEFORE & set(before[-2:]) or UPCOMING_AFTER & set(after)
                or topic in TOPIC_BEFORE)  # fmt: skip


def _met_there(text: str, span: tuple[int, int]) -> bool | None:
    """Whether a meeting word comes shortly before the place at `span`; None when it is a
    meeting recalled or announced there ("had previously met in X", "meet in X next month")."""
    before = textlib.words(text[max(0, span[0] - REACH_CHARS) : span[0]].lower())
    reach = range(len(before) - 1, max(-1, len(before) - 1 - MEETING_VERB_REACH_WORDS), -1)
    met_at = next((at for at in reach if _names_meeting(before, at)), None)
    briefed_at = next((at for at in reach if before[at] in BRIEFINGS and at > 0
                       and before[at - 1] in BRIEFING_WORDS), -1)  # fmt: skip
    if briefed_at >= 0 and (
        met_at is None or briefed_at >= met_at - (before[met_at] in PARTICIPLES)
    ):
        return None  # "at a press conference (held at its headquarters) in X": no venue
    if met_at is None or _names_a_topic(before, met_at) or _ends_a_topic(before[met_at + 1 :]):
        return False
    after = textlib.words(text[span[1] : span[1] + REACH_CHARS].lower())[
        :OTHER_OCCASION_REACH_WORDS
    ]
    described = met_at
    if before[met_at] in PARTICIPLES:  # "the last round of talks ..., held in X": the round's
        described = next((at for at in range(met_at - 1, -1, -1) if _names_meeting(before, at)),
                         met_at)  # fmt: skip
    other_time = (
        any(
            OTHER_OCCASION_BEFORE & set(before[max(0, at - OTHER_OCCASION_REACH_WORDS) : at])
            for at in (described, met_at)
        )
        or _offset_before(before, met_at)
        or RECALLED & set(before[met_at + 1 :])
        or OTHER_OCCASION_AFTER & set(after)
    )
    return None if other_time else True


def _offset_before(before: list[str], met_at: int) -> bool:
    """Whether an offset ("days after", "weeks before") comes within
    OTHER_OCCASION_REACH_WORDS words before the meeting word at `met_at`."""
    return any(
        before[at] in OFFSET_WORDS and before[at - 1] in OFFSET_UNITS
        for at in range(max(1, met_at - OTHER_OCCASION_REACH_WORDS), met_at)
    )


def _names_a_topic(before: list[str], met_at: int) -> bool:
    """Whether the meeting word at `met_at` names what the meeting discusses, prepares or
    carries out (TOPIC_BEFORE, TOPIC_MODIFIERS_MAX): "discussed the results of the commission's
    latest meetings in X", not "discussed the road at talks in X"."""
    modifiers = 0
    for word in reversed(before[:met_at]):
        if word in TOPIC_BEFORE:
            return True
        if word in TOPIC_LINKS or word.endswith(("'s", "’s")):
            continue
        modifiers += 1
        if word in SETTING_WORDS or modifiers > TOPIC_MODIFIERS_MAX:
            return False
    return False


def ends_a_topic(text: str, at: int) -> bool:
    """Whether the place at `at` in `text` ends what someone discussed ("held talks and
    discussed the situation in X"), not where they met."""
    return _ends_a_topic(textlib.words(text[max(0, at - REACH_CHARS) : at].lower()))


def _ends_a_topic(before: list[str]) -> bool:
    """Whether the words before a place end the object of a verb of discussing (TOPIC_VERBS,
    OBJECT_OPENERS) that no meeting word follows: "... and discussed the situation in"."""
    for at in range(len(before) - 2, -1, -1):
        word = before[at]
        if MEETING_WORDS.fullmatch(word):
            return False
        if word in TOPIC_VERBS and (
            before[at + 1] in OBJECT_OPENERS or before[at + 1].endswith(("'s", "’s"))
        ):
            return True
    return False


def _capital(match: re.Match[str]) -> str | None:
    """The capital a CAPITAL_PHRASE match names, when its country has one beyond dispute."""
    if match["demonym"]:
        country = gazetteer.demonym_country(match["demonym"])
    else:
        country = match["country"] if gazetteer.is_country(match["country"]) else None
    return gazetteer.capital_of(country) if country else None


def _names_meeting(words: list[str], at: int) -> bool:
    """Whether words[at] says a meeting took place: "met", "talks", "was signed", "sign"."""
    word = words[at]
    if word == REACHED:
        return (at > 0 and words[at - 1] in SIGNED_AFTER) or bool(
            REACHED_THINGS & set(words[at + 1 : at + 1 + REACHED_REACH_WORDS])
        )
    if word == SIGNED:
        return at > 0 and (words[at - 1] in SIGNED_AFTER or words[at - 1] not in SIGNED_THINGS)
    if at > 0 and words[at - 1] in BRIEFING_WORDS:  # "a press conference in X"
        return False
    return word in SIGNING or bool(MEETING_WORDS.fullmatch(word))


def _trim_place(name: str) -> str | None:
    """The place a name after "in" or "town of" is, if any: "Switzerland's Montreux" is
    Montreux (a town the gazetteer knows; else Switzerland), "Geneva Palais" Geneva, "UN-backed
    talks" none."""
    owner, _, owned = name.replace("’s ", "'s ").partition("'s ")
    if gazetteer.is_country(owner) and gazetteer.country_of(owned) == owner:
        return owned  # a town named with its country's possessive
    words = name.replace("’s", "").replace("'s", "").split()
    while words and (words[0] in NOT_PLACES):
        words.pop(0)
    if not words or words[0].lower() == words[0]:
        return None
    if any(word.rsplit("-", 1)[-1].islower() for word in words):
        return None  # an adjective: "in UN-backed talks", "in Turkish-brokered talks"
    name = " ".join(words)
    if gazetteer.country_of(name):
        return name
    if len(words) == 1:  # not "at UN talks" (initials no gazetteer knows), "in Egyptian capital"
        return None if name.isupper() or gazetteer.demonym_country(name) else name
    first = words[0]
    return first if gazetteer.country_of(first) else None


def place_of(article: Article) -> tuple[str | None, str | None]:
    """The town (or, failing one, the country) where the report's meeting took place; ONLINE
    for one its headline or first sentence says was held online."""
    if any(VIRTUAL.search(text) for text in (article.title, *article.sentences[:1])):
        return ONLINE, None
    scores, met_in = _places(article)
    if not scores:
        return None, None
    countries = gazetteer.countries()
    best_country = max(sorted(scores.keys() & countries & met_in), key=scores.__getitem__,
                       default=None)  # fmt: skip
    lies_in = {p: _country_of_town(article, p) for p in scores if p not in countries}
    # A town beats a country, unless it scores less than one named as the meeting's and lies in
    # another country, or in none known and is not named as the meeting's itself: "gathered in
    # Tunisia for talks ..., after a deal reached in Geneva" met in Tunisia, "a ceasefire in the
    # port city of X, at the end of talks in Sweden" in Sweden. A country merely named ("the UN
    # mission in Libya") overrules no town.
    towns = {p: s for p, s in scores.items() if p in lies_in and (
        best_country is None or s >= scores[best_country] or lies_in[p] == best_country
        or (lies_in[p] is None and (p in met_in or p == article.filed_from)))}  # fmt: skip
    pool = towns or scores
    # A tie goes to a place named as the meeting's, then to one the text names over the
    # dateline's alone (where the reporter filed from: "CAIRO — ... signed in Geneva").
    dateline_only = (
        {article.filed_from} if scores.get(article.filed_from) == DATELINE_WEIGHT else set()
    )
    best = max(sorted(pool), key=lambda p: (pool[p], p in met_in, p not in dateline_only,
                                            lies_in.get(p, p) is not None))  # fmt: skip
    # "talks in Tunis ... at a hotel in Gammarth, outside Tunis": the report locates the town
    # it says they met in by the best, so that nearer town is the meeting's
    nearer = next((p for p in sorted(met_in) if p in lies_in and p != best
                   and town_near(article, p) == best), best)  # fmt: skip
    return nearer, lies_in.get(nearer, nearer)


def town_near(article: Article, town: str | None) -> str | None:
    """The known town the report locates the meeting's `town` by: "Gammarth, a seaside suburb of
    Tunis", "Rimbo, 60 km north of Stockholm" (LOCATED_BY); None when it names none."""
    for sentence in (s for s in article.sentences if town and town in s):
        for match in LOCATED_BY.finditer(sentence):
            landmark = match["landmark"]
            if match["place"] == town and landmark != town and gazetteer.country_of_place(landmark):
                return landmark
    return None


def _country_of_town(article: Article, town: str) -> str | None:
    """The country a town lies in: the gazetteer's, the dateline's ("RIMBO, Sweden", "Rimbo")
    or the report's ("Egypt's Red Sea resort of X", "the Tunisian town of X", "X, Norway", "X,
    60 km north of Y")."""
    if country := gazetteer.country_of_place(town):
        return country
    if town == article.filed_from and article.filed_in:
        return article.filed_in
    for sentence in (s for s in article.sentences if town in s):
        for pattern, country_named in _TOWN_COUNTRY_PATTERNS:
            for match in pattern.finditer(sentence):
                if match["place"] == town and (country := country_named(match)):
                    return country
    return None


def _known_country(name: str) -> str | None:
    return name if gazetteer.is_country(name) else None


# The patterns that tell a town's country, and how each names it.
_TOWN_COUNTRY_PATTERNS: tuple[
    tuple[re.Pattern[str], Callable[[re.Match[str]], str | None]], ...
] = (
    (POSSESSIVE_COUNTRY, lambda match: _known_country(match["country"])),
    (DEMONYM_PLACE, lambda match: gazetteer.demonym_country(match["demonym"])),
    (TOWN_THEN_COUNTRY, lambda match: _known_country(match["country"])),
    (LOCATED_BY, lambda match: gazetteer.country_of_place(match["landmark"])),
)
