"""Which mentions name the same actor, across the whole corpus, with rapidfuzz.

People: full names join when both surname and given name agree after transliteration folding
(Gaddafi / Qaddafi, Moammar / Muammar); a lone surname joins the person of that surname in its
article, else the only one in the corpus, else it stays out. Organisations: full names join
through a shared acronym or a near-equal spelling; acronyms and lowercase descriptors ("the UN
mission in Libya") join the organisation they fit. Places join on near-equal spelling.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz, process

from libtalks import gazetteer
from libtalks.lexicon import ORGANIZATION_HEADS, PARTICLES, SURNAME_PARTICLES
from libtalks.mentions import Mention
from libtalks.unionfind import UnionFind

# Folded surnames (or given names) of one person score at least this (rapidfuzz ratio, 0-100,
# no processor: fold() has already normalised). 85 joins one-letter variants of six-letter
# names after folding (Mahjoub / Mahjub) and keeps Hamad / Hamid apart (80).
NAME_SIMILARITY = 85
# Folded names with the same consonants are one at this lower ratio: vowels written two ways
# (Sarraj / Serraj, 80; Haftar / Hifter, 67), while Hassan / Hussein (60) and Mahmoud /
# Mohamed (62), other names, stay apart. The cost: Hamad / Hamid join too when the given
# names also agree.
VOWEL_VARIANT_SIMILARITY = 65  # and a final "h" after a vowel: Dbeibah / Dbaiba (83)
# Two organisation names, acronyms expanded and lowercased, are one body at this ratio:
# spelling variants ("Organisation" / "Organization") but not different bodies that share
# most words ("High Council of State" / "High National Elections Commission").
ORGANIZATION_SIMILARITY = 92
# Words that link an organisation's name, left out when comparing its words in any order.
ORGANIZATION_LINKS = frozenset({"of", "the", "for", "and", "in", "on"})
# Links whose initial some acronyms keep: "UNSMIL" (UN Support Mission in Libya).
_LINK_INITIALS = ORGANIZATION_LINKS - {"the"}
# Two folded place names are one place at this ratio: transliterations (Ghadames / Ghadamis)
# differ by a letter or two, different towns by much more (Sirte / Sabha: 40).
PLACE_SIMILARITY = 85
# ... or their vowels alone, when they keep this many letters without them: Sirte / Surt
# ("srt"), not Bira / Bora ("br").
PLACE_CONSONANTS_MIN = 3
VOWELS = frozenset("aeiouy")
# Place names are compared only with those whose folded consonants start with the same letters.
PLACE_KEY_LETTERS = 2

# A name that opens on "Abu" or "Umm" ("father of", "mother of") is whole: it joins only a
# person whose name holds it as written ("Abu Shahma" of "Ahmed Abu Shahma"), else it is a
# person of its own.
KUNYA = re.compile(r"(?:Abu|Abou|Umm|Um)\s", re.IGNORECASE)
# Transliteration folding, applied in order: Arabic sounds written with different Latin letters
# ("ch" is the French "sh": "Mechri"; Arabic has no "p": "Pashagha" is "Bashagha").
_FOLDS = (
    ("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "d"), ("sh", "s"), ("ch", "s"), ("ph", "f"),
    ("p", "b"), ("q", "g"), ("k", "g"), ("ou", "u"), ("oo", "u"), ("o", "u"), ("ee", "i"),
    ("e", "i"), ("y", "i"), ("w", "u"),
)  # fmt: skip


# "Abd" ("servant of") and its spellings, written as one word with the name it opens:
# "Abdulhamid" is "Abdul Hamid", whose particle fold() drops. "Abdullah" is a name whole.
_GLUED_PARTICLE = re.compile(r"^(?:abdul|abdel|abdal|abd)(?![aeiu]?l+ah?$)(?=\w{4})")
# The article glued to a family name ("Elhaddad", "Alnadori"): "al-Haddad" as one word. Only
# in a surname's place, and before a consonant: "Ali", "Alexander" and a given name keep it.
_GLUED_ARTICLE = re.compile(r"^(?:al|el)(?=[b-df-hj-np-tv-z]\w{3})")
# So is "Abu" glued to a family name ("Abushahma" is "Abu Shahma"); a given name keeps it
# ("Abubakar").
_GLUED_KUNYA = re.compile(r"^(?:abu|abou)(?=[b-df-hj-np-tv-z]\w{3})")

# Spoken Libyan Arabic says "Abu" as "Bu", glued to the family name: "Bushahma" is "Abu Shahma".
# Only a full name's surname may be read so, as another surname beside it as written, for a
# name of its own starts so too ("Bourita").
SPOKEN_KUNYA = re.compile(r"^bu(?=[b-df-hj-np-tv-z]\w{3})")


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A name reduced to what survives transliteration: no accents, particles (glued ones
    too: "Abdulhamid", "Elhaddad", "Abushahma"), digraphs, vowel variants or doubled letters.
    "Moammar al-Gaddafi" and "Muammar Qaddafi" fold alike."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    words = [w for w in re.split(r"[\s-]+", re.sub(r"[’'.]", "", text)) if w]
    words = [w for w in words if w not in PARTICLES] or words
    words = [_GLUED_PARTICLE.sub("", w) for w in words]
    words = [_GLUED_KUNYA.sub("", _GLUED_ARTICLE.sub("", w)) if at or len(words) == 1 else w
             for at, w in enumerate(words)]  # fmt: skip
    folded = []
    for word in words:
        for old, new in _FOLDS:
            word = word.replace(old, new)
        folded.append(re.sub(r"(.)\1+", r"\1", word))
    return " ".join(folded)


def name_parts(name: str) -> tuple[str, str | None]:
    """(folded surname, folded given name or None) of a person's name as written. A surname's
    particles ("Di Maio", "van der Berg") are no given name: "Di Maio" is a surname alone."""
    written = name.split()
    first_of_surname = len(written) - 1
    while first_of_surname > 0 and written[first_of_surname - 1].lower() in SURNAME_PARTICLES:
        first_of_surname -= 1
    if first_of_surname == 0:
        return fold(written[-1]) or fold(name), None
    words = fold(name).split()
    return words[-1], (words[0] if len(words) > 1 else None)


def same_name(a: str, b: str) -> bool:
    """Two folded names are one when near-equal, or when only their vowels differ and not by
    much (Sarraj / Serraj): transliteration varies vowels more than consonants."""
    score = fuzz.ratio(a, b, processor=None)
    return score >= NAME_SIMILARITY or (
        score >= VOWEL_VARIANT_SIMILARITY and _consonants(a) == _consonants(b)
    )


def _consonants(name: str) -> str:
    """A folded name's first letter (any vowel as one) and its consonants after it; a final
    "h" after a vowel is written or not ("Dbeibah", "Dbaiba"), and a "t" is the "d" that fold()
    makes of a "th" ("Bathily", "Batily")."""
    first = "a" if name[0] in "aiu" else name[0]  # an opening vowel varies too: Imraje / Amraja
    return first + re.sub(r"[aiu]", "", re.sub(r"(?<=[aiu])h$", "", name[1:])).replace("t", "d")


def same_place(a: str | None, b: str | None) -> bool:
    """Two place names are one place: equal after folding, or a transliteration apart, by a
    letter or two or by the vowels of a known town alone (Sirte / Surt)."""
    if not a or not b:
        return False
    return _near_places(a, b, fuzz.ratio(fold(a), fold(b), processor=None))


def _near_places(a: str, b: str, score: float) -> bool:
    """Whether two place names, whose folded forms are at rapidfuzz ratio `score`, are one:
    near-equal, or the vowels of a known town apart (two unknown names that differ in their
    vowels may be two towns)."""
    if score >= PLACE_SIMILARITY:
        return True
    consonants = _written_consonants(a)
    return (score >= VOWEL_VARIANT_SIMILARITY and len(consonants) >= PLACE_CONSONANTS_MIN
            and consonants == _written_consonants(b)
            and bool(gazetteer.country_of_place(a) or gazetteer.country_of_place(b)))  # fmt: skip


@lru_cache(maxsize=4096)
def _written_consonants(name: str) -> str:
    """A name's first letter (any vowel as one) and its consonants after it, as written, but
    for case, accents, doubled letters and a final "h" after a vowel: "Sirte" and "Surt" are
    "srt" (fold() would also take "w" for a vowel and "p" for "b", which makes unlike short
    names alike)."""
    text = unicodedata.normalize("NFKD", name)
    text = re.sub(r"(.)\1+", r"\1", "".join(c for c in text.lower() if c.isalpha()))
    text = re.sub(r"(?<=[aeiou])h$", "", text)  # "Darnah", "Derna"
    if not text:
        return ""
    return ("a" if text[0] in VOWELS else text[0]) + "".join(c for c in text[1:] if c not in VOWELS)


@dataclass(frozen=True)
class Group:
    """The mentions of one actor, and the names it goes by."""

    kind: str
    name: str
    mentions: tuple[Mention, ...]
    acronyms: tuple[str, ...] = ()
    country: str | None = None  # for a place: the country it lies in


def resolve(mentions: list[Mention]) -> list[Group]:
    """Every actor the mentions name, each with all its mentions; unresolvable ones dropped."""
    by_kind: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_kind[mention.kind].append(mention)
    countries = _countries(by_kind["country"])
    organizations = _organizations(by_kind["organization"])
    leftover = _attach_acronyms(by_kind["acronym"], organizations, countries)
    organizations += _orphan_acronyms(leftover)
    organizations = _attach_descriptors(by_kind["descriptor"], organizations)
    persons = _persons(by_kind["person"], by_kind["surname"])
    groups = [*persons, *organizations, *_places(by_kind["place"]), *countries.values()]
    return sorted((g for g in groups if g.mentions), key=lambda g: (g.kind, g.name))


# --- countries and places -----------------------------------------------------------------


def _countries(mentions: list[Mention]) -> dict[str, Group]:
    found: dict[str, list[Mention]] = defaultdict(list)
    acronyms: dict[str, set[str]] = defaultdict(set)
    for mention in mentions:
        name = mention.text if gazetteer.is_country(mention.text) else (
            gazetteer.demonym_country(mention.text))  # fmt: skip
        if name:
            found[name].append(mention)
            if mention.acronym:
                acronyms[name].add(mention.acronym)
    return {
        name: Group("country", name, tuple(items), tuple(sorted(acronyms[name])))
        for name, items in found.items()
    }


def place_key(name: str) -> str:
    """A coarse key for blocking place names: the first letters of the folded name's
    consonants (_consonants). Spellings of one place share their first sounds, whatever their
    vowels (Ajdabiya, Ajdabia; Sirte, Surt), so only names with the same key are compared."""
    folded = fold(name)
    return _consonants(folded)[:PLACE_KEY_LETTERS] if folded else ""


def same_places(names: Iterable[str]) -> UnionFind:
    """Place names joined when they name one place (see same_place), comparing only names
    with the same place_key; rapidfuzz finds the near names of each without a Python loop."""
    names = sorted(set(names))
    union = UnionFind(names)
    blocks: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for name in names:
        blocks[place_key(name)].append((name, fold(name)))
    for block in blocks.values():
        folded = [f for _, f in block]
        for name, f in block:
            near = process.extract(f, folded, scorer=fuzz.ratio, processor=None,
                                   score_cutoff=VOWEL_VARIANT_SIMILARITY, limit=None)  # fmt: skip
            for _, score, j in near:
                if _near_places(name, block[j][0], score):
                    union.join(name, block[j][0])
    return union


def _places(mentions: list[Mention]) -> list[Group]:
    union = same_places(m.text for m in mentions)
    groups = []
    for items in _by_group(mentions, union):
        name = _most_common(m.text for m in items)
        groups.append(Group("place", name, items, country=gazetteer.country_of(name)))
    return groups


def _by_group(mentions: list[Mention], union: UnionFind) -> list[tuple[Mention, ...]]:
    """The mentions of each group of names, groups in the order of their root name."""
    found: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        found[union.find(mention.text)].append(mention)
    return [tuple(found[root]) for root in sorted(found)]


# --- organisations ------------------------------------------------------------------------

# A word that is an acronym: "UN", "U.N.".
ACRONYM_WORD = re.compile(r"(?:[A-Z]\.){2,}|[A-Z]{2,}")


def _bare(acronym: str) -> str:
    """ "U.N." and "UN" alike; "JMC 5+5" keeps its letters: "JMC"."""
    return re.sub(r"[^A-Z]", "", acronym.split()[0])


def initials(name: str, links: bool = False) -> str:
    """ "Government of National Accord" → "GNA"; "U.N." inside a name stays "UN". With
    `links`, the initials of "of", "in", "for" … too: "UN Support Mission in Libya" → "UNSMIL"."""
    return "".join(
        _bare(w) if ACRONYM_WORD.fullmatch(w) else w[0].upper()
        for w in name.split() if w[0].isupper() or (links and w in _LINK_INITIALS)
    )  # fmt: skip


def _organizations(mentions: list[Mention]) -> list[Group]:
    names = sorted({m.text for m in mentions})
    defined = {m.text: _bare(m.acronym) for m in mentions if m.acronym}
    expansions = {initials(n): n for n in names if not re.search(r"\b[A-Z]{2,}\b|\.", n)}
    union = UnionFind(names)
    by_acronym: dict[str, str] = {}
    for name, acronym in sorted(defined.items()):  # one defined acronym, one organisation
        union.join(by_acronym.setdefault(acronym, name), name)
    expanded = [_expand(n, expansions) for n in names]
    initials_in = [{_bare(w) for w in n.split() if ACRONYM_WORD.fullmatch(w)} for n in names]
    for i, name in enumerate(expanded):
        near = process.extract(name, expanded, scorer=fuzz.ratio, processor=None,
                               score_cutoff=ORGANIZATION_SIMILARITY, limit=None)  # fmt: skip
        for _, _, j in near:
            if initials_in[i] == initials_in[j] or not (initials_in[i] and initials_in[j]):
                union.join(names[i], names[j])  # "US Support Mission" is no "UN Support Mission"
    by_words: dict[tuple[str, ...], str] = {}  # "High State Council" = "High Council of State"
    for name, words in zip(names, expanded, strict=True):
        union.join(by_words.setdefault(_content_words(words), name), name)
    _join_short_forms(names, union)
    _join_spelled_out(names, union)
    groups = []
    for items in _by_group(mentions, union):
        acronyms = sorted({m.acronym for m in items if m.acronym})
        plain = [m.text for m in items if not re.search(r"\b[A-Z]{2,}\b|\.", m.text)]
        name = _most_common(plain or [m.text for m in items])
        groups.append(Group("organization", name, items, tuple(acronyms)))
    return groups


def _join_short_forms(names: list[str], union: UnionFind) -> None:
    """A name of two words or more that is another's words before its "of" ("High Council"
    of "High Council of State") joins it, when it is the short form of one body only ("High
    Council" beside "High Council of Elders" too stays apart). Other links make other bodies:
    the "European Council" is not the "European Council on Foreign Relations"."""
    longer: dict[str, set[str]] = defaultdict(set)
    for name in names:
        words = name.split()
        link = next((at for at, word in enumerate(words) if word in _LINK_INITIALS), None)
        if link is not None and link >= 2 and words[link] == "of":
            longer[" ".join(words[:link])].add(name)
    for name in names:
        bodies = {union.find(other) for other in longer.get(name, ())}
        if len(bodies) == 1:
            union.join(name, bodies.pop())


def _join_spelled_out(names: list[str], union: UnionFind) -> None:
    """A name with initials for some of its words ("UN Support Mission in Libya") joins the
    one that spells them out ("United Nations Support Mission in Libya"), its other words the
    same; names are compared only with those ending in the same word."""
    ending_in: dict[str, list[str]] = defaultdict(list)
    for name in names:
        ending_in[name.split()[-1]].append(name)
    for name in names:
        words = name.split()
        if len(words) < 2 or not any(ACRONYM_WORD.fullmatch(word) for word in words[:-1]):
            continue
        spelled = re.compile(r"\s+".join(map(_spelled, words)))
        for other in ending_in[words[-1]]:
            if other != name and spelled.fullmatch(other):
                union.join(name, other)


def _spelled(word: str) -> str:
    """A pattern for a word of a name, or for the words its initials stand for: "UN" is
    "UN" or "United Nations"."""
    if not ACRONYM_WORD.fullmatch(word):
        return re.escape(word)
    letters = r"\s+".join(rf"{letter}[\w’'-]*" for letter in _bare(word))
    return rf"(?:{re.escape(word)}|{letters})"


def _content_words(name: str) -> tuple[str, ...]:
    """A lowercased name's words but its links, in order of the alphabet: the same body's
    name in another word order gives the same."""
    return tuple(sorted(w for w in name.split() if w not in ORGANIZATION_LINKS))


def _expand(name: str, expansions: dict[str, str]) -> str:
    words = [expansions.get(_bare(w), w) if ACRONYM_WORD.fullmatch(w) else w
             for w in name.split()]  # fmt: skip
    return " ".join(words).lower()


def _acronym_index(groups: list[Group]) -> dict[str, int]:
    """Acronym → organisation: those defined in parentheses first, then initials."""
    index: dict[str, int] = {}
    for at, group in enumerate(groups):
        for acronym in group.acronyms:
            index.setdefault(_bare(acronym), at)
    for at, group in enumerate(groups):
        for mention in group.mentions:
            index.setdefault(initials(mention.text), at)
            index.setdefault(initials(mention.text, links=True), at)
    return index


def _attach_acronyms(mentions: list[Mention], organizations: list[Group],
                     countries: dict[str, Group]) -> list[Mention]:  # fmt: skip
    """Acronyms joined to their organisation or country, in place; the rest returned."""
    index = _acronym_index(organizations)
    country_index = {_bare(a): name for name, g in countries.items() for a in g.acronyms}
    country_index.update(gazetteer.country_acronyms())
    extra: dict[int, list[Mention]] = defaultdict(list)
    leftover = []
    for mention in mentions:
        key = _bare(mention.text)
        if key in index:
            extra[index[key]].append(mention)
        elif key in country_index:
            name = country_index[key]
            group = countries.get(name) or Group("country", name, ())
            countries[name] = Group("country", name, (*group.mentions, mention), group.acronyms)
        else:
            leftover.append(mention)
    for at, items in extra.items():
        group = organizations[at]
        organizations[at] = Group(group.kind, group.name, (*group.mentions, *items),
                                  group.acronyms)  # fmt: skip
    return leftover


def _orphan_acronyms(mentions: list[Mention]) -> list[Group]:
    """Acronyms no name expands ("NATO") are organisations of their own when they have three
    capitals or more ("GoNU"), named as most often written without dots; two alone ("TV",
    "AP") say too little."""
    found: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if len(_bare(mention.text)) >= 3:
            found[_bare(mention.text)].append(mention)
    groups = []
    for items in found.values():
        name = _most_common(m.text.replace(".", "") for m in items)
        groups.append(Group("organization", name, tuple(items), (name,)))
    return groups


def _vocabulary(group: Group, expansions: dict[str, str]) -> set[str]:
    words = {w.lower() for a in group.acronyms for w in a.split()}
    for text in {m.text for m in group.mentions}:
        words.update(re.split(r"\s+", _expand(text, expansions)))
        words.add(_bare(text).lower())
    return words


def _head(name: str) -> str | None:
    """The last head noun of an organisation's name, lowercased: "mission" in "UN mission in
    Libya" and in "United Nations Support Mission in Libya"."""
    heads = [w.lower() for w in name.split() if w.capitalize() in ORGANIZATION_HEADS]
    return heads[-1] if heads else None


def _attach_descriptors(mentions: list[Mention], organizations: list[Group]) -> list[Group]:
    """A lowercase reference joins the one organisation whose words hold all of its words and
    whose name ends in the same head noun; otherwise it is dropped."""
    names = [m.text for g in organizations for m in g.mentions]
    expansions = {initials(n): n for n in names if not re.search(r"\b[A-Z]{2,}\b|\.", n)}
    vocabularies = [_vocabulary(g, expansions) for g in organizations]
    heads = [{_head(text) for text in {m.text for m in g.mentions}} for g in organizations]
    extra: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        words = set(_expand(mention.text, expansions).replace("’s", "").split())
        words -= {"in", "for", "of", "the"}
        head = _head(mention.text)
        fits = [at for at, vocabulary in enumerate(vocabularies)
                if head and head in heads[at] and words <= vocabulary]  # fmt: skip
        if len(fits) == 1:
            extra[fits[0]].append(mention)
    groups = []
    for at, group in enumerate(organizations):
        inner = extra.get(at, [])
        spans: dict[tuple[str, int], list[Mention]] = defaultdict(list)
        for d in inner:
            spans[(d.article, d.sentence_index)].append(d)
        kept = [m for m in group.mentions if not any(  # a name inside a joined description
            d.start <= m.start < d.end for d in spans[(m.article, m.sentence_index)])]  # fmt: skip
        groups.append(Group(group.kind, group.name, (*kept, *inner), group.acronyms))
    return groups


# --- people -------------------------------------------------------------------------------


def _persons(full: list[Mention], single: list[Mention]) -> list[Group]:
    # A name without a given name ("Kubis", "Di Maio") joins as a lone surname does.
    titled_single = [m for m in full if name_parts(m.text)[1] is None]
    full = [m for m in full if name_parts(m.text)[1] is not None]
    members_of = _join_full_names(sorted({m.text for m in full})).groups()
    root_of = {n: root for root, ms in members_of.items() for n in ms}
    mentions_of: dict[str, list[Mention]] = defaultdict(list)
    in_article: dict[str, set[str]] = defaultdict(set)
    for mention in full:
        mentions_of[root_of[mention.text]].append(mention)
        in_article[mention.article].add(root_of[mention.text])
    surnames_of = {root: {name_parts(n)[0] for n in ms} for root, ms in members_of.items()}
    matching: dict[str, set[str]] = {}  # folded surname → persons who bear it
    lone: dict[str, list[Mention]] = defaultdict(list)
    for mention in sorted(single + titled_single, key=_position):
        surname = name_parts(mention.text)[0]
        if surname not in matching:
            matching[surname] = {root for root, known in surnames_of.items()
                                 if any(same_name(surname, k) for k in known)}  # fmt: skip
        bearers = matching[surname]
        whole = KUNYA.match(mention.text) is not None
        if whole:  # "Abu Salim" is no one's lone "Salame"
            written = mention.text.lower()
            bearers = {root for root in bearers
                       if any(written in name.lower() for name in members_of[root])}  # fmt: skip
        here = bearers & in_article[mention.article]
        if len(here) == 1 or (not here and len(bearers) == 1):
            mentions_of[next(iter(here or bearers))].append(mention)
        elif not bearers and (mention.title or whole):
            lone[surname].append(mention)  # "General Smith", never named in full; "Abu Salim"
    groups = [
        Group(
            "person",
            _person_name(members_of[root], [m.text for m in items]),
            tuple(sorted(items, key=_position)),
        )
        for root, items in mentions_of.items()
    ]
    groups += [Group("person", items[0].text, tuple(items)) for items in lone.values()]
    return groups


def _join_full_names(names: list[str]) -> UnionFind:
    """Full names joined when surname and given name both agree; rapidfuzz finds the
    near surnames of each without comparing the rest."""
    # each name's (surname, given name), and for a name of three words or more, the same with
    # its last two words as one surname: "Fathi Bash Agha" is "Fathi Bashagha"
    read = [name_parts(name) for name in names]
    parts = [(at, surname, given) for at, (surname, given) in enumerate(read)]
    parts += [(at, glued, read[at][1]) for at, name in enumerate(names)
              if read[at][1] and (glued := _glued_surname(name))]  # fmt: skip
    parts += [(at, SPOKEN_KUNYA.sub("", surname), given) for at, (surname, given) in enumerate(read)
              if given and SPOKEN_KUNYA.match(surname)]  # fmt: skip
    surnames = [surname for _, surname, _ in parts]
    union = UnionFind(names)
    for i, surname, given in parts:
        near = process.extract(surname, surnames, scorer=fuzz.ratio, processor=None,
                               score_cutoff=VOWEL_VARIANT_SIMILARITY, limit=None)  # fmt: skip
        for other, _, k in near:
            j, other_given = parts[k][0], parts[k][2]
            if (
                i != j
                and given
                and other_given
                and same_name(surname, other)
                and same_name(given, other_given)
            ):
                union.join(names[i], names[j])
    _join_name_tails(names, union)
    _join_name_heads(names, union)
    return union


def _glued_surname(name: str) -> str | None:
    """The last two words of a name of three or more, folded as one: "Bash Agha" as
    "Bashagha" is written."""
    words = fold(name).split()
    return words[-2] + words[-1] if len(words) >= 3 else None


def _join_name_tails(names: list[str], union: UnionFind) -> None:
    """A name of two words or more that ends a longer one joins it ("Sassou Nguesso", "Denis
    Sassou Nguesso"), when it ends only one person's names."""
    folded = {name: tuple(fold(name).split()) for name in names}
    longer_by_tail: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for name, words in folded.items():
        for cut in range(1, len(words) - 1):
            longer_by_tail[words[cut:]].add(name)
    for name, words in folded.items():
        persons = {union.find(longer) for longer in longer_by_tail.get(words, ())}
        if len(words) >= 2 and len(persons) == 1:
            union.join(name, next(iter(persons)))


def _join_name_heads(names: list[str], union: UnionFind) -> None:
    """A name of two words or more that begins a longer one, each word the same name (see
    same_name), joins it ("Agila Saleh", "Aguila Saleh Issa": a given name and a father's, the
    family name left out), when it begins only one person's names."""
    folded = {name: fold(name).split() for name in names}
    longer = [name for name, words in folded.items() if len(words) > 2]
    firsts = [folded[name][0] for name in longer]
    for name, words in folded.items():
        if len(words) < 2:
            continue
        near = process.extract(words[0], firsts, scorer=fuzz.ratio, processor=None,
                               score_cutoff=VOWEL_VARIANT_SIMILARITY, limit=None)  # fmt: skip
        heads = [(longer[at], folded[longer[at]][: len(words)]) for _, _, at in near
                 if len(folded[longer[at]]) > len(words)]  # fmt: skip
        persons = {union.find(other) for other, head in heads
                   if all(same_name(a, b) for a, b in zip(words, head, strict=True))}  # fmt: skip
        if len(persons) == 1:
            union.join(name, next(iter(persons)))


def _person_name(forms: list[str], texts: list[str]) -> str:
    """The spelling that agrees most with the others: each of its given name and surname
    counted over all forms ("Muammar Gaddafi" over "Moammar al-Gaddafi", "Muammar Qaddafi"),
    then over every mention, a surname alone included ("Dbeibah said", for "Abdulhamid Dbeibah"
    over "Abdulhamid Aldbaiba"). A form that only ends another ("Sassou Nguesso") is not the
    name."""
    whole = [f for f in forms if not any(g.endswith(" " + f) for g in forms)]

    def words(form: str) -> tuple[str, str]:
        stripped = [w.split("-")[-1] if w.split("-")[0].lower() in PARTICLES else w
                    for w in form.split()]  # fmt: skip
        return stripped[0], stripped[-1]

    given = Counter(words(f)[0] for f in forms)
    family = Counter(words(f)[1] for f in forms)
    said = Counter(words(t)[1] for t in texts)
    return max(sorted(whole), key=lambda f: (given[words(f)[0]] + family[words(f)[1]],
                                             said[words(f)[1]]))  # fmt: skip


def _most_common(names: Iterable[str]) -> str:
    counts = Counter(names)
    return max(sorted(counts), key=lambda n: (counts[n], len(n)))


def _position(mention: Mention) -> tuple[str, int, int]:
    return mention.article, mention.sentence_index, mention.start
