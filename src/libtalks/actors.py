"""Actors of a corpus: each person, organisation, place and country once, under all its names,
with its roles, side, quotations and every sentence that mentions it."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple

from rapidfuzz import fuzz, utils

from libtalks import aliases, gazetteer, mentions, quotes, roles
from libtalks.aliases import Group
from libtalks.lexicon import GOVERNMENT_SEATS
from libtalks.mentions import Mention
from libtalks.models import Article
from libtalks.quotes import Quote, QuoteUnit, Speaker
from libtalks.roles import RoleSpan
from libtalks.text import slugify, unique_slugs

# Two roles of one actor are one at this token_sort_ratio (default_process): word order and
# case vary ("the UN's top Libya envoy" / "top UN Libya envoy"), substance does not.
SAME_ROLE_SIMILARITY = 90
# The dot after each capital of an abbreviation ("U.N.", "U.S."), which splits it in two words.
ABBREVIATION_DOT = re.compile(r"(?<=\b[A-Z])\.")
# A side is named after these words inside a role, a few descriptive words before the name:
# "the forces loyal to eastern leader X".
SIDE_MARKERS = re.compile(
    r"\b(?:loyal to|allied with|aligned with|backed by)\s+(?:[a-z]+\s+){0,3}$"
)
# What comes between a role's owner and the role: "Egypt's President", "the UN’s envoy".
OWNER_GAP = re.compile(r"[’']s?\s+")
# A country right after these words is where a post is or what it deals with, not whom it
# serves: "Ambassador of Italy to Libya", "Special Envoy for Libya", "Italy's ambassador in
# Libya", "Special Adviser on Libya".
POSTED_IN = re.compile(r"\b(?:to|for|in|at|on|about)\s+(?:the\s+)?$")


# Roles of a go-between: envoys, mediators, facilitators, the head of a (UN, AU, EU...) mission,
# or of a UN mission by its initials, which hold the mission's M ("UNSMIL's acting head",
# "head of UNSMIL"; not "UNESCO chief").
_UN_MISSION = r"(?-i:UN(?=[A-Z]*M)[A-Z]{2,})"
MEDIATOR_ROLE = re.compile(
    r"\b(?:envoys?|mediators?|facilitators?|special representative|special advis[eo]r"
    r"|(?:head|chief) of the (?:\S+ ){0,5}mission|(?:heads|headed|leads|led) the (?:\S+ ){0,5}"
    rf"mission|{_UN_MISSION}(?:['’]s)? (?:[\w-]+ )?(?:head|chief)|(?:head|chief) of {_UN_MISSION})"
    r"\b",
    re.IGNORECASE,
)

# A role that makes its holder one side's own envoy, not the talks' go-between: "Army envoy",
# "the government's envoy", "rebel envoy", "the opposition's chief negotiator".
SIDES_OWN = re.compile(
    r"\b(?:army|armed forces|government|rebels?|militias?|opposition|movement|faction"
    r"|parliament)(?:'s|’s|s'|s’)? (?:\S+ ){0,2}?(?:envoy|mediator|negotiator)s?\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Role:
    text: str
    sources: tuple[str, ...]

    def to_json(self) -> dict:
        return {"text": self.text, "sources": list(self.sources)}


class Context(NamedTuple):
    """A sentence that names an actor (a tuple: the cast makes one per naming sentence)."""

    article: str
    sentence: str


@dataclass(frozen=True)
class Actor:
    """One actor and everything the corpus says about it."""

    id: str
    name: str
    kind: str
    aliases: tuple[str, ...]
    roles: tuple[Role, ...]
    affiliation: str | None
    articles: tuple[str, ...]
    mentions: int
    quotes: tuple[Quote, ...]
    contexts: tuple[Context, ...]
    # (article, sentence index, offset of the name with the title written before it)
    positions: tuple[tuple[str, int, int], ...] = ()


def is_mediator(actor: Actor) -> bool:
    """True for a person one of whose roles is a go-between's ("the UN's top Libya envoy",
    "AU mediator", "head of the UN support mission"), not a country's or one side's own envoy,
    nor one held no longer ("Former U.N. envoy": roles.FORMER)."""
    return actor.kind == "person" and any(
        MEDIATOR_ROLE.search(r.text) and not _national(r.text) and not SIDES_OWN.search(r.text)
        and not roles.FORMER.match(r.text)
        for r in actor.roles
    )  # fmt: skip


def _national(role: str) -> bool:
    """Whether a role names the country its holder serves, by a demonym or initials ("U.S.
    Special Envoy", "the Italian envoy") or in the possessive its name, its capital's or its
    seat of government's ("France's special envoy for Libya", "the Kremlin's envoy"): a
    country's envoy, not the talks' go-between."""
    return any(
        gazetteer.country_named_by(word)
        or (word.endswith(("'s", "’s")) and _stands_for_a_state(word[:-2]))
        for word in role.split()
    )


def _stands_for_a_state(name: str) -> bool:
    return (
        gazetteer.is_country(name)
        or gazetteer.country_of_capital(name) is not None
        or name in GOVERNMENT_SEATS
    )


def named_people(actors: Sequence[Actor]) -> dict[str, list[tuple[int, int, str, bool]]]:
    """Each article's person mentions as (sentence index, offset, actor name, mediator)."""
    people: dict[str, list[tuple[int, int, str, bool]]] = defaultdict(list)
    for actor in actors:
        if actor.kind == "person":
            mediator = is_mediator(actor)
            for article, index, start in actor.positions:
                people[article].append((index, start, actor.name, mediator))
    return dict(people)


@dataclass(frozen=True)
class Cast:
    """The actors of a corpus, and every attributed quotation (some speakers are no actor:
    "the two officials")."""

    actors: tuple[Actor, ...]
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class Reading:
    """What one report alone says of its actors: the names it mentions, the roles it gives
    each mention (roles.in_article), and its quotations (quotes.units_in)."""

    mentions: tuple[Mention, ...]
    roles: tuple[tuple[RoleSpan, ...], ...]
    quotes: tuple[QuoteUnit, ...]


def read(article: Article) -> Reading:
    """What the report says of its actors, before reports are compared."""
    names = tuple(mentions.in_article(article))
    return Reading(
        names, roles.in_article(article.sentences, names), quotes.units_in(article.sentences, names)
    )


def build(articles: Sequence[Article], readings: Sequence[Reading] | None = None) -> Cast:
    """Every actor of the articles, sorted by kind and name, with unique readable ids.
    `readings`: each article's, when already extracted."""
    if readings is None:
        readings = [read(article) for article in articles]
    role_of = {
        _key(m): spans
        for reading in readings
        for m, spans in zip(reading.mentions, reading.roles, strict=True)
    }
    found = [m for reading in readings for m in reading.mentions]
    groups = aliases.resolve(found)
    by_sentence: dict[tuple[str, int], list[Mention]] = defaultdict(list)
    for mention in found:
        by_sentence[(mention.article, mention.sentence_index)].append(mention)
    ids = _ids(groups)
    actor_of = {_key(m): at for at, g in enumerate(groups) for m in g.mentions}
    sentences = {a.id: a.sentences for a in articles}
    roles_by_actor: dict[int, list[tuple[RoleSpan, Mention]]] = defaultdict(list)
    for at, group in enumerate(groups):
        if group.kind == "person":
            for mention in group.mentions:
                roles_by_actor[at].extend((r, mention) for r in role_of[_key(mention)])

    def speaker_of(mention: Mention) -> Speaker | None:
        at = actor_of.get(_key(mention))
        if at is None or groups[at].kind not in ("person", "organization"):
            return None
        return Speaker(groups[at].name, ids[at])

    every_quote = []
    quotes_by_actor: dict[str | None, list[Quote]] = defaultdict(list)
    for article, reading in zip(articles, readings, strict=True):
        for quote in quotes.attribute(reading.quotes, article.id, speaker_of):
            quotes_by_actor[quote.actor].append(quote)
            every_quote.append(quote)
    actors = []
    for at, group in enumerate(groups):
        spans = roles_by_actor[at]
        actors.append(Actor(
            id=ids[at], name=group.name, kind=group.kind, aliases=_aliases(group),
            roles=_dedupe_roles(spans),
            affiliation=group.country or _side(spans, by_sentence, sentences, actor_of, groups,
                                               at),
            articles=tuple(sorted({m.article for m in group.mentions})),
            mentions=len(group.mentions), quotes=tuple(quotes_by_actor.get(ids[at], ())),
            contexts=_contexts(group, sentences),
            positions=tuple(_position(m) for m in group.mentions),
        ))  # fmt: skip
    return Cast(tuple(actors), tuple(every_quote))


def _key(mention: Mention) -> tuple[str, int, int]:
    return mention.article, mention.sentence_index, mention.start


def _position(mention: Mention) -> tuple[str, int, int]:
    """Where a mention starts with its title ("Acting Special Representative of the
    Secretary-General X"): the words before that describe the name, not the title's own."""
    title = " ".join(filter(None, [mention.title_prefix, mention.title]))
    start = mention.start - len(title) - 1 if title else mention.start
    return mention.article, mention.sentence_index, max(0, start)


def _ids(groups: list[Group]) -> list[str]:
    return unique_slugs([slugify(g.name) or g.kind for g in groups])


def _aliases(group: Group) -> tuple[str, ...]:
    forms = {m.text for m in group.mentions} | set(group.acronyms)
    return tuple(sorted(forms - {group.name}, key=lambda form: (form.lower(), form)))


def _role_words(role: str) -> str:
    """A role as compared: lowercase words, an abbreviation's dots dropped ("U.N." is "UN")."""
    return utils.default_process(ABBREVIATION_DOT.sub("", role))


def _dedupe_roles(spans: list[tuple[RoleSpan, Mention]]) -> tuple[Role, ...]:
    """Each role once, with its sources: a role joins the first one written alike."""
    roles: list[tuple[str, set[str]]] = []
    joined: dict[str, set[str]] = {}  # a role's text → the sources of the role it joined
    for span, mention in spans:
        sources = joined.get(span.text)
        if sources is None:
            sources = next((known for text, known in roles if fuzz.token_sort_ratio(
                text, span.text, processor=_role_words) >= SAME_ROLE_SIMILARITY),
                None)  # fmt: skip
            if sources is None:
                sources = set()
                roles.append((span.text, sources))
            joined[span.text] = sources
        sources.add(mention.article)
    return tuple(Role(text, tuple(sorted(sources))) for text, sources in roles)


def _side(spans: list[tuple[RoleSpan, Mention]], by_sentence: dict[tuple[str, int], list[Mention]],
          sentences: dict[str, tuple[str, ...]], actor_of: dict, groups: list[Group],
          me: int) -> str | None:  # fmt: skip
    """The side the roles name: who the person's forces are loyal to, else the organisation
    (or, failing one, the country) a role belongs to, or that owns it ("Egypt's President").
    Former roles do not count."""
    votes: Counter[str] = Counter()
    for span, mention in spans:
        if span.text.lower().startswith("former"):
            continue
        sentence = by_sentence[(mention.article, mention.sentence_index)]
        text = sentences[mention.article][mention.sentence_index]
        inside = [(m, actor_of[_key(m)]) for m in sentence if _key(m) in actor_of
                  and (span.start <= m.start < span.end
                       or OWNER_GAP.fullmatch(text, m.end, span.start))]  # fmt: skip
        inside = [(m, at) for m, at in inside if at != me]
        text_before = {m.start: span.text[: max(0, m.start - span.start)] for m, _ in inside}
        loyal = [at for m, at in inside if SIDE_MARKERS.search(text_before[m.start])]
        orgs = [at for _, at in inside if groups[at].kind == "organization"]
        countries = [at for m, at in inside if groups[at].kind == "country"
                     and not POSTED_IN.search(text_before[m.start])]  # fmt: skip
        choice = (loyal or orgs[-1:] or countries[-1:] or [None])[0]
        if choice is not None:
            votes[groups[choice].name] += 1
        elif named := _country_served(span.text):
            votes[named] += 1
    return max(votes, key=lambda name: (votes[name], name)) if votes else None


def _country_served(role: str) -> str | None:
    """The country a role's words name as the one it serves ("Russian Foreign Minister", "U.S.
    Special Envoy", "Ambassador of Norway to Niger"), not where its post is (POSTED_IN)."""
    for word in re.finditer(r"[^\s,]+", role):
        text = word.group()
        country = gazetteer.country_named_by(text) or (text if gazetteer.is_country(text) else None)
        if country and not POSTED_IN.search(role, 0, word.start()):
            return country
    return None


def _contexts(group: Group, sentences: dict[str, tuple[str, ...]]) -> tuple[Context, ...]:
    seen = sorted({(m.article, m.sentence_index) for m in group.mentions})
    return tuple(Context(article, sentences[article][index]) for article, index in seen)
