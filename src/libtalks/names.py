"""Finding people's names in a sentence by general rules: titles, particles, capitals."""

from __future__ import annotations

import re

from libtalks import gazetteer

TITLES = (
    r"(?:Field Marshal|Brig\. Gen\.|Lt\. Gen\.|Maj\. Gen\.|Gen\.|General|Colonel|Col\.|"
    r"Prime Minister|Foreign Minister|Defence Minister|Defense Minister|Minister|President|"
    r"Ambassador|Dr\.|Mr\.|Mrs\.|Ms\.|Sheikh|Marshal)"
)
_TOKEN = r"(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|(?:[Aa]l|[Ee]l|Abdel|Abdul|bin|ben)-[A-Z][a-z]+)"
PERSON = re.compile(rf"(?:{TITLES}\s+)?(?P<name>{_TOKEN}(?:\s+(?:bin\s+|ibn\s+)?{_TOKEN}){{1,2}})")
# Words that make a capitalised sequence an organisation, a place or a phrase, not a person.
NOT_NAME_WORDS = frozenset(
    """United Nations Commission Committee Council Military Army Forces Force Government Mission
    Support National Joint Arab African Africa North South East West Eastern Western State
    Department Ministry Minister Foreign Security Agency News Local Accord Agreement Libya Libyan
    Red Sea Gulf World Heritage Desert Pearl High Television Twitter Photo Republic Party
    Front Union European International Organization Office Court Bank Oil Corporation Ceasefire
    The This That These Those Monday Tuesday Wednesday Thursday Friday Saturday Sunday January
    February March April May June July August September October November December General Prime
    Political Economic Presidential Parliamentary Brig Gen Lt""".split()
)
DEMONYM_ENDINGS = ("ian", "ese", "ish", "an")


def persons_in(sentence: str) -> list[tuple[str, int]]:
    """Each person's name in the sentence with its offset, titles left off."""
    found = []
    for match in PERSON.finditer(sentence):
        name = match["name"]
        words = [w.split("-")[-1] for w in name.split()]
        if any(w in NOT_NAME_WORDS for w in name.replace("-", " ").split()):
            continue
        if any(gazetteer.country_of(w) for w in name.split()):
            continue
        if words[0].endswith(DEMONYM_ENDINGS) and len(words[0]) > 5 and words[0][0] != "A":
            continue
        found.append((name, match.start("name")))
    return found
