"""The role a sentence gives a person: a title, the words before the name, or an apposition.

"Russian Foreign Minister Sergei Lavrov", "the UN's top Libya envoy Stephanie Williams",
"Khalid al-Mishri, the chair of Libya's High Council of State, said", "the head of the UN
mission, Stephanie Williams, arrived". Each role keeps its span, so that the side it names
("forces loyal to X") can be read from the mentions inside it.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from libtalks.lexicon import PAST_MARKERS, PRESENT_MARKERS, ROLE_NOUNS, SAY_VERBS
from libtalks.mentions import HONORIFICS, Mention

# Words before a name that can hold a role: "the UN's top Libya envoy" is four.
MAX_ROLE_WORDS_BEFORE = 6
# An apposition is a role when one of its first words is a role noun ("the deputy chief of").
ROLE_NOUN_REACH = 4
# Words that end the walk back from a name: the role starts after them.
_BOUNDARY = frozenset(
    """the a an of by to with for from and or in on at his her their its that who which said
    says told as between than while whereas but under against over after before about into
    through among including today yesterday tonight monday tuesday wednesday thursday friday
    saturday sunday alongside beside besides like unlike via toward towards upon within without
    behind near across around beyond amid amidst despite during except per until onto outside
    inside opposite versus when where whom whose whether if because since once unless although
    though""".split()
)  # a day: "received on Sunday Libyan commander X"; "serves under commander X", "alongside
# Libya's Presidential Council head X"
# Words in "-ing" or "-ed" that qualify a role noun, no verbs: "UNSMIL acting head X".
ROLE_QUALIFIERS = frozenset("acting outgoing incoming presiding ruling governing retired".split())
# A role its holder is to take up: "prime minister-designate", "President-elect".
ROLE_TO_BE = re.compile(r"-(?:designate|elect)$")
# A role its holder no longer has: "former U.N. envoy", "ex-minister", "then-envoy".
FORMER = re.compile(r"(?i:former|ex-|then-)")
# A body's initials right before a title, perhaps after a word that qualifies it: "UN Special
# Envoy X", "Acting UN Special Envoy X", "GNA Interior Minister X" (a country's initials are the
# title's prefix already: "U.S. Special Envoy").
BODY_BEFORE_TITLE = re.compile(
    r"(?:\b(?:Acting|Interim|Deputy|Senior|Top|Former)\s+)?(?<![\w.])(?:[A-Z]\.?){2,6}\s+$"
)
# A title joined to the one before a name: "U.S. Ambassador and Special Envoy X" holds both.
COORDINATED_TITLE = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}?(?P<noun>[A-Z][\w’'-]*)\s+and\s+$")
# Verbs that end in no "-ed" ("met", "told", "holds"): the tense markers that are verbs.
_TENSED_VERBS = (PAST_MARKERS | PRESENT_MARKERS) - {"ago", "last", "earlier", "since", "after",
                                                    "following"}  # fmt: skip
# Words that follow a verb, not a noun it qualifies: "signed the", "agreed on".
_VERB_OBJECT_STARTS = frozenset({"the", "a", "an", "on", "to", "in", "at", "with", "by"})
# What closes an aside a name ends: "The talks, facilitated by the adviser X, bring together
# ...": the comma after the name opens the sentence's predicate, no apposition.
ASIDE_OPENING = re.compile(r",\s+(?:[a-z]+ed|led|held|run|chaired|overseen|who|which)\b[^,;]*$")
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whose", "whom"})
# Words that open the next item of a list, not a role: "X, and the President of Y, Z".
_LIST_OPENERS = frozenset({"and", "or", "but", "while", "whereas", "with", "nor"})
_ONE_OF = re.compile(r"(?:one|each|among) of (?:the |its |their )?")
# Words of a clause, not of a role: "According to X, the 75 delegates will meet again".
_MODALS = frozenset("will would can could may might must shall should".split())
_ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+(?:\S+\s+){0,4}$")
# What opens a role phrase before a name's comma: an article, or a possessor ("France's").
DETERMINER = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+|\b(?P<possessor>(?:[A-Z][\w.-]*\s+)*[A-Z][\w.-]*)[’']s\s+"
)
# A role noun and the body it is of, right before a name, the body's initials perhaps between:
# "the Speaker of the House of Representatives (HoR) X", "head of the Presidential Council X".
_BODY_NAME = r"[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and)\s+(?:the\s+)?)?[A-Z][\w’'-]*)*"
ROLE_OF_BODY = re.compile(
    rf"\b(?P<role>(?P<noun>[A-Za-z]+) of (?:the )?{_BODY_NAME})(?:\s+\([A-Za-z]{{2,8}}\))?\s+$"
)
# A body's initials in brackets after its name, before an apposition's comma.
BODY_INITIALS_END = re.compile(r"\s+\([A-Za-z]{2,8}\)$")
# How far before a name ROLE_OF_BODY looks.
ROLE_OF_BODY_REACH_CHARS = 120
_APPOSITION_AFTER = re.compile(r",\s+(?:(?:the|a|an)\s+)?(?P<role>[^,;:“”\"()]+?)\s*(?:[,;]|\.?$)")


@dataclass(frozen=True)
class RoleSpan:
    """A role as written, and where it lies in its sentence."""

    text: str
    start: int
    end: int


def in_article(
    sentences: Sequence[str], mentions: Sequence[Mention]
) -> tuple[tuple[RoleSpan, ...], ...]:
    """Each mention's roles, in order: those of a person's or a surname's mention (the
    mentions aliases.py may make a person), none for others."""
    persons: dict[int, list[Mention]] = {}
    for mention in mentions:
        if mention.kind == "person":
            persons.setdefault(mention.sentence_index, []).append(mention)
    return tuple(
        tuple(roles_of(m, sentences[m.sentence_index], persons.get(m.sentence_index, [])))
        if m.kind in ("person", "surname") else ()
        for m in mentions
    )  # fmt: skip


def roles_of(mention: Mention, sentence: str, persons: list[Mention]) -> list[RoleSpan]:
    """The roles the sentence gives the person it mentions; `persons` are all the sentence's
    person mentions, to tell a role of this person from a role of the next one."""
    roles = []
    name_start = _title_start(mention, sentence)
    if mention.title and not mention.title_prefix:
        reach = max(0, name_start - 30)
        if body := BODY_BEFORE_TITLE.search(sentence, reach, name_start):
            name_start = body.start()
    joined = COORDINATED_TITLE.search(sentence, 0, name_start) if mention.title else None
    if joined and _is_role_noun(joined["noun"]) and joined.end() == name_start:
        name_start = joined.start()
    if mention.title and mention.title not in HONORIFICS:
        at = sentence.rfind(mention.title, name_start, mention.start)  # not a rank after it
        text = sentence[name_start : at + len(mention.title) if at >= 0 else mention.start].strip()
        roles.append(RoleSpan(text, name_start, name_start + len(text)))
    before = role_before(sentence, name_start) or _role_of_body(sentence, name_start)
    if before:
        roles.append(before)
    outer = before.start if before else name_start
    apposed = _apposition_before(sentence, outer, mention.end)
    if apposed:
        roles.append(apposed)
    after = _apposition_after(sentence, mention, persons)
    if after:
        roles.append(after)
    return roles


def _title_start(mention: Mention, sentence: str) -> int:
    """Where the title and its prefix ("Russian Foreign Minister") begin, or the name does."""
    if not mention.title:
        return mention.start
    title = " ".join(filter(None, [mention.title_prefix, mention.title]))
    at = sentence.rfind(title, 0, mention.start)
    return at if at >= 0 else mention.start


def _is_role_noun(word: str) -> bool:
    word = ROLE_TO_BE.sub("", word.lower())  # "minister-designate", "president-elect"
    return word in ROLE_NOUNS or (word.endswith("s") and word[:-1] in ROLE_NOUNS)


def _opens_on_a_role(words: Sequence[str], reach: int) -> bool:
    """Whether a role noun comes within the phrase's first `reach` words, or after capitalised
    words only, which make one title ("the Acting UN Special Envoy"). A plural in capitals is
    a word of a body's name ("the House of Representatives"), not a role."""
    for at, word in enumerate(words):
        if _is_role_noun(word) and not (word[:1].isupper() and word.lower() not in ROLE_NOUNS):
            return True
        if at + 1 >= reach and not word[:1].isupper():
            return False
    return False


def _is_verb(word: str) -> bool:
    """ "killing", "toppled", "met": a verb ends a role; "self-styled", "UN-backed" and the
    words that qualify a role ("acting envoy", "outgoing head") do not."""
    return (
        word.islower()
        and "-" not in word
        and word not in ROLE_QUALIFIERS
        and (word.endswith(("ing", "ed")) or word in _TENSED_VERBS)
    )


def _acts(words: list[str]) -> bool:
    """Whether a phrase holds a verb with its object: "members signed the agreement", "met
    in"; not "acting envoy", whose "-ing" word qualifies a noun."""
    return any(
        _is_verb(word) and (word in _TENSED_VERBS or following.lower() in _VERB_OBJECT_STARTS)
        for word, following in zip(words, [*words[1:], ""], strict=True)
    )


def _goes_on_to_act(words: list[str]) -> bool:
    """Whether a phrase after a name goes on to a verb with an article after it, outside a
    relative clause: "the members of the JMC discussed the road" is the sentence's predicate,
    not a role (but "the general who led the delegation" is one, "the envoy appointed by the
    council" too)."""
    for word, following in itertools.pairwise(words):
        if word.lower() in RELATIVE_PRONOUNS:
            return False
        if _is_verb(word) and following in ("the", "a", "an"):
            return True
    return False


def role_before(sentence: str, name_start: int) -> RoleSpan | None:
    """Lowercase words right before the name ending in a role noun, or in one and its "of"
    complement: "eastern leader", "Libya's chief of staff"."""
    words = list(re.finditer(r"[^\s,;:“”\"()]+", sentence[:name_start]))
    if not words or sentence[words[-1].end() : name_start].strip():
        return None  # punctuation between the words and the name: not a modifier
    # "chief of staff X", "minister of defence X": a role noun, "of" and its complement
    complement = (len(words) >= 3 and words[-2].group() == "of" and words[-1].group().islower()
                  and _is_role_noun(words[-3].group()))  # fmt: skip
    if not (ROLE_TO_BE.sub("", words[-1].group().lower()) in ROLE_NOUNS or complement):
        return None  # "House of Representatives Speaker X": a plural is a body's, not X's
    taken: list[re.Match[str]] = []
    for word in reversed(words):
        between = sentence[word.end() : (taken[-1].start() if taken else name_start)]
        of_complement = complement and len(taken) == 1 and word.group() == "of"
        if not of_complement and (word.group().lower() in _BOUNDARY or between.strip()
                                  or _is_verb(word.group())
                                  or len(taken) == MAX_ROLE_WORDS_BEFORE):  # fmt: skip
            break
        taken.append(word)
    if not taken or taken[-1].group() == "of":
        return None
    start, end = taken[-1].start(), taken[0].end()
    return RoleSpan(sentence[start:end], start, end)


def _role_of_body(sentence: str, name_start: int) -> RoleSpan | None:
    """A role noun "of" a body's name right before the name (ROLE_OF_BODY): "the Speaker of
    the House of Representatives (HoR) X" is "Speaker of the House of Representatives"."""
    reach = max(0, name_start - ROLE_OF_BODY_REACH_CHARS)
    match = ROLE_OF_BODY.search(sentence, reach, name_start)
    if not match or not _is_role_noun(match["noun"]):
        return None
    return RoleSpan(match["role"], match.start("role"), match.end("role"))


def _apposition_before(sentence: str, name_start: int, name_end: int) -> RoleSpan | None:
    """ "the head of the UN mission, NAME," : a role phrase closed by a comma before the name,
    with the name closed by a comma or the sentence's end."""
    head = sentence[:name_start].rstrip()
    if not head.endswith(",") or not re.match(r"\s*(?:[,;]|\.?$)", sentence[name_end:]):
        return None
    body = head[:-1]
    if initials := BODY_INITIALS_END.search(body):  # "the National Oil Corporation (NOC), NAME"
        body = body[: initials.start()]
    segment_start = max(body.rfind(c) for c in ',;:“”"(') + 1
    segment = body[segment_start:]
    # The nearest article or possessor whose phrase holds a role noun and no verb: "in the
    # presence of the Speaker of the House, NAME" is "Speaker of the House", "met with France's
    # special envoy for Libya, NAME" is "France's special envoy for Libya".
    for match in reversed(list(DETERMINER.finditer(segment))):
        words = segment[match.end() :].split()
        if _acts(words):
            break
        if _opens_on_a_role(words, ROLE_NOUN_REACH - 1):
            opens = match.start("possessor") if match["possessor"] else match.end()
            start = segment_start + opens
            text = segment[opens:].strip()
            return RoleSpan(text, start, start + len(text))
    return None


def _opens_a_predicate(word: str) -> bool:
    """Whether the first word after an aside's closing comma can open no role phrase: not an
    article, a capitalised word, a role noun, nor a word that qualifies one ("acting",
    "former")."""
    return (
        word.islower()
        and word not in ("the", "a", "an")
        and not _is_role_noun(word)
        and word not in ROLE_QUALIFIERS
        and not FORMER.match(word)
    )


def _apposition_after(sentence: str, mention: Mention, persons: list[Mention]) -> RoleSpan | None:
    """ "NAME, the deputy chief of ...," : a role phrase after the name, unless it is the role
    of a person named inside it who goes on to act ("..., the UN envoy X said")."""
    text = sentence[mention.end :]
    text = re.sub(r"^[’']s?", "", text)
    offset = len(sentence) - len(text)
    match = _APPOSITION_AFTER.match(text)
    if not match:
        return None
    words = match["role"].split()
    # "NAME, one of the AU mediators": the role of a group the person is one of
    group_words = len(one_of.group().split()) if (one_of := _ONE_OF.match(match["role"])) else 0
    # "NAME, congratulated the members": a verb after the comma opens the sentence's predicate;
    # "NAME, the presidential spokesman said": a saying of someone else about NAME.
    if (
        words[0].lower() in _LIST_OPENERS
        or _acts(words[:2])
        or _goes_on_to_act(words)  # "NAME, the members of the JMC discussed the road"
        or not _MODALS.isdisjoint(w.lower() for w in words)  # "..., the delegates will meet"
        or _ACCORDING_TO.search(sentence, 0, mention.start)  # "According to X, the ..."
        or (ASIDE_OPENING.search(sentence, 0, mention.start) and _opens_a_predicate(words[0]))
        or not SAY_VERBS.isdisjoint(w.lower() for w in words)
        or not _opens_on_a_role(words[group_words:], ROLE_NOUN_REACH)
    ):
        return None
    start, end = offset + match.start("role"), offset + match.end("role")
    for other in persons:
        if start <= other.start < end and (other.end < end or other.title):
            # someone else is named and the phrase goes on (their clause), or it is their
            # title: "Putin, Turkish President Erdogan, ..." lists people
            return None
    return RoleSpan(match["role"], start, end)
