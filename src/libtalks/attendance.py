"""Who attended the meeting a report covers, as the report tells it: participants, mediators,
and those it says stayed away."""

from __future__ import annotations

import re
from collections.abc import Sequence

from libtalks import gazetteer
from libtalks import text as textlib
from libtalks.aliases import same_place
from libtalks.lexicon import EVENT_KINDS, ORGANIZATION_HEADS
from libtalks.mentions import RUN
from libtalks.models import LEAD_SENTENCES, Article
from libtalks.quotes import SAYING
from libtalks.roles import FORMER, RoleSpan, role_before
from libtalks.venue import AFFILIATION, MEETING_WORDS, ends_a_topic

# A name counts as a participant unless the words just before it make it part of someone
# else's description ("forces loyal to ...", "the army of ...", "who serves under ...":
# DESCRIBING_WORDS), it is in the possessive ("Haftar's spokesman"), or its clause says the
# person stayed away ("X, who was named prime minister last month, was not present").
DESCRIPTION_REACH_WORDS = 4
DESCRIBING_WORDS = frozenset({"to", "of", "by", "from", "under", "against"})
# ... but "attended by X", "chaired by X", "signed by X", "represented at the talks by X", "in
# the presence of X", "under the chairmanship of X" place X at the meeting, and so does "led by
# X" of a delegation or of the people who met ("The officers, led by X and Y, agreed"; not of
# an army: "the army, led by General X", nor of a body named after its people: "the House of
# Representatives is led by X").
ATTENDED_BY = re.compile(
    r"\b(?:attended|chaired|co-chaired|hosted|co-hosted|facilitated|mediated|brokered|opened"
    r"|convened|overseen|supervised|moderated|presided over|joined|represented|accompanied"
    r"|signed|initialled|initialed)"
    r"(?:\s+(?:at|in)\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?\s+by\s+(?:\S+\s+){0,4}$"
    r"|\b(?:in the presence|in front|with the participation|under the (?:co-)?(?:chairmanship"
    r"|presidency)) of\s+(?:\S+\s+){0,4}$"
    r"|\b(?:(?i:delegations?|team|talks|meeting|session|officers|delegates|negotiators"
    r"|envoys|participants|members)|representatives|(?<! of )Representatives)\b"
    r"[^.;]{0,80}\b(?:led|headed)\s+by\s+(?:\S+\s+){0,4}$"
)
# Beyond the lead, a person counts where the sentence names the meeting's place, or where the
# words around the name say the person took part: a negotiator's or a delegation head's title
# before it ("Houthi negotiator X", "the chief negotiator, X"), or after it, before any
# saying, a delegation's lead or an attendance ("X, who heads the government delegation, said",
# "X led the government delegation", "X and Y attended the signing", "X signed on behalf of",
# "X signed the agreement", "X attended for Libya", "X represented the United States", "X met
# the two delegations").
_DELEGATION = r"(?:the |a |their |his |her )?(?:[\w'’-]+ ){0,3}?(?:delegations?|team|negotiators)\b"
NEGOTIATOR_BEFORE = re.compile(
    rf"\b(?:negotiators?|delegates?|(?:head|chief|leader)s? of {_DELEGATION})[,\s]+$",
    re.IGNORECASE,
)
TOOK_PART_AFTER = re.compile(
    rf"\b(?:(?:led|leads|leading|headed|heads|heading) {_DELEGATION}"
    r"|(?:attended|attends) (?:the |a |an |its |their )?(?:[\w-]+ ){0,3}?(?:talks|meetings?"
    r"|signing|ceremony|session|conference|summit|negotiations|consultations|round)"
    r"|took part|takes part|participated|participates|shook hands|signed (?:on behalf of|for)"
    r"|signed (?:the |a |an |their |its )?(?:[\w-]+ ){0,3}?(?:agreement|deal|accord|text"
    r"|document|memorandum|declaration|ceasefire|cease-fire|truce|protocol)"
    r"|attended (?:on behalf of|for)|represented"
    r"|met (?:the |both |each of the )?(?:[\w-]+ ){0,2}?delegations)\b"
)
NEGOTIATOR_REACH_CHARS = 40
# Words that put such a part at another time than the meeting's.
OTHER_TIME = re.compile(r"\b(?:[Ff]ormer|[Ee]x-|previous|next|upcoming|will|would|had)\b")
# "led by X" right after an armed body or a government is its leader's, even after "talks
# between": "talks between representatives of the military, led by General X, and ...".
LED_ARMED_BODY = re.compile(
    r"\b(?:military|army|armies|forces|militias?|troops|brigades?|fighters|rebels|government)"
    r",?\s+(?:led|headed|commanded)\s+by\s+(?:\S+\s+){0,4}$"
)
# Nor one the subject only addresses, alone or in a list of names: "X thanked Russian President
# Y and Ukrainian President Z for their support", "X phoned Y"; unless for their part in the
# meeting ("X thanked Y for hosting the talks").
ADDRESSING = re.compile(
    r"\b(?:thanked|thanks|praised|congratulated|urged|called on|phoned|telephoned|criticised"
    r"|criticized|accused|blamed)\s"
)
FOR_THEIR_PART = re.compile(
    r"\bfor\s+(?:hosting|chairing|mediating|brokering|facilitating|organi[sz]ing|attending"
    r"|taking part|joining)\b"
)
# Whatever their roles, the words before a name may make them the meeting's go-between: "under
# the mediation of X", "mediated by X", "brokered by X".
MEDIATED_BY = re.compile(
    r"\b(?:(?:mediated|brokered|facilitated|co-mediated)\s+by|under\s+the\s+mediation\s+of)\s+"
    r"(?:\S+\s+){0,4}$"
)
# One who stays away from a part of the meeting ("refused to attend the plenary session") is
# still at it.
ABSENT = re.compile(
    r"\b(?:not present|absent|boycott(?:ed|s|ing)|did not (?:attend|take part|join|participate)"
    r"|did not come|stayed away|refused to (?:attend|join|take part)|skipped|not invited"
    r"|not (?:in attendance|participating)|not (?:part of|among|involved in) (?:the )?(?:[\w-]+ )"
    r"{0,2}?(?:talks|meetings?|delegations?|negotiations|discussions|dialogue|participants))\b"
    r"(?!\s+(?:in\s+)?(?:the|a)\s+(?:[\w-]+\s+){0,2}?(?:session|plenary|dinner|lunch|ceremony"
    r"|reception|photo|press conference)s?\b)"
)
# A clause ends at a semicolon, a linking word after a comma, or the sentence's full stop (a
# dot inside a sentence is an abbreviation's: "Gen. X", "U.S.").
CLAUSE_END = re.compile(r";|\.(?=[\"'”’)\]]*$)|,\s+(?:while|but|whereas|and)\s")
# Nor does a person who reacts to what the meeting did, or is asked to, perhaps after an
# aside ("X, head of the council, welcomed the agreement", "X described the meeting as
# positive", "X ... did not comment on the talks", "X said in a statement", "X wrote on
# Twitter"): that is said from afar. An aside that places them at it ("X, who chaired the
# talks, welcomed ...") still does, and a mediator's welcome is that of the talks' broker ("UN
# envoy X welcomed the outcome") when the report tells that the talks were brokered (BROKERED);
# of a parliament's vote it is a reaction; one who welcomes the delegations receives them
# there. Nor one who only relays such a reaction ("X welcomed the outcome, his spokesman Y
# said"), nor one who sends others ("X sent a delegation").
REACTING = (
    r"(?:(?:welcomed|welcomes)(?!\s+(?:[\w’'-]+\s+){0,3}?(?:delegations|delegates|participants"
    r"|guests)\b)|praised|hailed|hails|lauded|applauded|commended|congratulated"
    r"|condemned|critici[sz]ed|denounced|rejected|described)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:agreement|agreements|deal|plan|accord|decision|outcome|results?|progress|signing|step"
    r"|move|talks|meeting|ceasefire|truce|announcement|statement|roadmap|conclusion|holding"
    r"|leaders|parties|sides|delegations|delegates|participants|efforts)\b"
    r"|(?:did not|declined to|refused to|would not) comment\b|could not be reached\b"
    r"|was not available for comment\b"
    r"|said in an? (?!joint\b)(?:[\w-]+ )?statement\b"
    r"|(?:said|wrote|posted) on (?:Twitter|X|Facebook)\b|tweeted\b"
    r"|sent (?:a|an|his|her|its|their) (?:[\w-]+ ){0,2}?(?:delegation|team|representatives?)\b"
)
# What may stand between a name and its verb: an aside set off by commas, an auxiliary.
_AFTER_THE_NAME = r"(?P<aside>,[^,.;]{1,80},)?,?\s+(?:has\s+|had\s+|also\s+)?"
REACTION = re.compile(rf"{_AFTER_THE_NAME}(?:{REACTING})")
REACTED = re.compile(REACTING)
# A report's first sentence whose subject, a body or a country, reacts to the meeting: "The
# European Union welcomes the conclusion of ...", "France hailed the agreement".
REACTION_LEAD = re.compile(
    rf"(?:The\s+)?(?:[A-Z][\w'’.-]*\s+){{1,4}}(?:has\s+|have\s+)?(?:{REACTING})"
)
# Of a meeting still to come, one who only announces it is no participant, nor of any meeting
# a spokesperson (SPOKESPEOPLE) or the holder of a role no longer held ("Former U.N. envoy X
# said": roles.FORMER) who only tells of it: the speaker of a saying, after its name
# ("X, the league's deputy head, said": SPEAKING) or before it ("said X", "according to the
# league's deputy head X": SPOKEN_BY), unless they say they will take part ("X said she would
# chair the talks": SELF_TO_ATTEND).
SPEAKING = re.compile(_AFTER_THE_NAME + SAYING.pattern)
SELF_TO_ATTEND = re.compile(
    r"\b(?:he|she|they)\s+(?:would|will)\s+(?:also\s+)?(?:attend|chair|co-chair|host|lead|join"
    r"|take part|meet)\b"
)
SPOKEN_BY = re.compile(rf"(?:{SAYING.pattern}|\baccording to)\s+(?:[^\s,;.]+\s+){{0,6}}$")
# Of a meeting held, one the sentence only places at a later step is no participant: "X and Y
# are expected to sign the agreement later this week", "the laws would be signed in the
# presence of X" (FUTURE_BEFORE, with no comma between).
_FUTURE = r"(?:will|would|(?:is|are)\s+(?:expected|due|set|scheduled|slated)\s+to)\b"
FUTURE_AFTER = re.compile(_AFTER_THE_NAME + _FUTURE)
FUTURE_BEFORE = re.compile(rf"\b{_FUTURE}[^,;.]*$")
# Nor one asked to act, a list of them perhaps: "The envoy invited Speaker X and council head Y
# to meet within ten days", "urged X to sign" (not "invited X to Cairo").
ASKED_BEFORE = re.compile(
    r"\b(?:invited|invites|urged|urges|called on|calls on|asked|asks|encouraged|encourages"
    r"|pressed|presses)\s+(?:[^,;.]*\s)?$"
)
TO_ACT = re.compile(r"\s+to\s+(?!the\b|a\b|an\b|this\b|that\b|its\b|their\b)[a-z]+")
# A go-between under whose auspices the meeting was held oversaw it ("held ... under the
# auspices of the Special Envoy of the Secretary-General X"); a king or a secretary-general
# under whose auspices it was held need not have been there.
AUSPICES = re.compile(r"\bunder the auspices of\s+(?:\S+\s+){0,6}$")
BROKERED = re.compile(
    r"\b(?:brokered|mediat(?:ed|ion|ing|ors?)|facilitat(?:ed|ion|ing|ors?)|auspices|aegis"
    r"|convened|chaired|sponsored|(?:UN|U\.N\.|United Nations)[- ](?:led|organi[sz]ed|hosted))\b"
)
# How far after those words the broker's name may come: "auspices of Foreign Minister X".
BROKER_REACH_CHARS = 40
RELAYED = re.compile(r"\s+" + SAYING.pattern)  # "..., his spokesman Y said"
# A spokesperson who speaks relays what others did ("..., presidential spokesman Y said"), and
# one named right after a statement's opening speaks from afar ("In a statement issued by his
# spokesperson, X called on the parties ..."; not a joint one).
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "spokespeople"})
STATEMENT_OPENING = re.compile(
    r"\s*(?:In|in) an? (?!joint\b)(?:[\w-]+ )?(?:statement|tweet|post|message)\b[^,;.]*,\s*"
)
# Nor one whose clause puts them in another known place ("two days after X met Y in Istanbul",
# "before flying to the capital, Tripoli, where he met Y"), on their way to one ("X will travel
# to Tripoli next week") or speaking from one ("said X, speaking by phone from Benghazi"),
# before any verb of saying ("X said a committee would meet in Geneva") and unless the place is
# whom a post serves ("X, head of the UN mission in Libya, said").
_PLACE_NAME = r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?"
PLACED_AT = re.compile(
    r"(?:\b(?:[Ii]n|[Aa]t|(?:travel\w*|fl(?:y|ies|ew|ying)|head(?:s|ed|ing)?|return\w*|went"
    r"|go(?:es)?) to|visit(?:s|ed|ing)?|(?:speaking|calling|by (?:tele)?phone|by video(?: link)?)"
    rf" from) |(?<=, )(?={_PLACE_NAME}, where\b))(?P<place>{_PLACE_NAME})"
)
# Who is met on a visit to a place is met there: "his recent visit to Benghazi, during which he
# met with X" (the name comes after the match).
MET_ON_A_VISIT = re.compile(
    rf"\b(?:visit|trip|tour|stop)s? (?:to|of|in) (?P<place>{_PLACE_NAME}),? (?:during which|where)"
    r" [^.;]*?\bmet\b"
)
# ... but where one speaks from places them: "X told reporters in New York", "X said at a news
# conference in Rome" (matched at the verb of saying).
SPOKEN_FROM = re.compile(
    r"\w+(?:\s+(?:reporters|journalists|the press|the media"
    r"|(?:at |to )?(?:an? |the )?(?:news |press )?(?:conference|briefing)))?"
    r"\s+(?=(?:in|at)\s+[A-Z])"
)
# A clause that may place someone ends at a new clause's conjunction too: "met in Ubari with
# X, after talks in Tripoli", "..., two days after Y met Z in Istanbul" (not a list of names,
# "the heads of the chambers, X Y and Z Q, would meet in Geneva").
PLACE_CLAUSE_END = re.compile(
    r"[;.]|,\s+(?:[a-z\d]\w*\s+){0,2}?(?:while|but|whereas|and|after|before|following|when|as)\s"
)
# A place that ends what someone tells about, a meeting held there: "X briefed them on the talks
# held in Tunis in November" (not where X is). Before the place's name.
MEETING_TOLD_ABOUT = re.compile(
    r"\b(?:on|about)\s+(?:the\s+|an?\s+|its\s+|their\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:talks|meetings?|conferences?|forum|sessions?|negotiations|rounds?|summits?"
    r"|consultations)\s+(?:(?:held|hosted)\s+)?(?:in|at)\s+$"
)
# Speaking to an outlet: "X told Desert Wire", "X told the Desert Herald".
TOLD_OUTLET = re.compile(r"\btold\s+(?:the\s+)?[A-Z]")
# Nor, after the lead's first sentence, one whose clause recalls another time: "She had met X
# in Kano last week", "the first meeting since Y's talks with X in March", "The previous round
# ended with the deal signed by X".
RECALLED_BEFORE = re.compile(
    r"\b(?:[Ss]ince|previously|[Pp]revious|had (?:met|held|hosted|visited|talked|spoken))\b"
)
RECALLED_AFTER = re.compile(  # not "in the last week of September"
    r"(?<!the )\b(?:last (?:week|month|year)|ago|earlier this (?:week|month|year))\b"
)
# ... or whose verb, after an aside, is in the past perfect: "X, the former envoy, had tried to
# bring them together" (not "X had talks with Y").
PAST_PERFECT_AFTER = re.compile(
    r"(?:,[^,.;]{1,80},)?\s+had\s+(?:already\s+|previously\s+|also\s+|long\s+)?"
    r"(?:\w+ed|been|met|held|made|brought|sought|taken|given|led|spoken|gone|won|lost|begun)\b"
)
# ... or whose sentence opens on another time: "Earlier this year, on September 28, Y met X".
RECALLED_OPENING = re.compile(
    r"(?:[Ee]arlier|[Pp]reviously|[Ll]ast (?:week|month|year)|[\w-]+ (?:days|weeks|months|years)"
    r" ago)\b[^,;]{0,30},"
)
# Nor one the text describes as a commentator: "analyst X", "critics such as X", "X, a
# researcher at the institute".
COMMENTATORS = frozenset(
    """analyst analysts researcher researchers expert experts critic critics observer observers
    commentator commentators scholar scholars""".split()
)
COMMENTATOR_AFTER = re.compile(
    rf",\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){{0,3}}?(?:{'|'.join(sorted(COMMENTATORS))})\b"
)
# Nor one in an aside about something else than the meeting, that tells no meeting nor who it
# brought together: "Egypt, which backs X, has hosted ..." (not "The talks, which brought
# together X and Y", "Egypt, which hosted X", "the team, which was led by X").
OTHERS_ASIDE = re.compile(r"\b(?P<subject>[\w'’-]+),\s+(?:which|whose)\s+(?P<aside>[^,;:()]*)$")
GATHERING = re.compile(r"\b(?:brought together|bringing together|includ\w*|comprised|grouped)\b")
# A name in the possessive ends in "'s", or in "'" alone ("Reuters' reporter").
POSSESSIVE_END = re.compile(r"[’']s?(?![\w’'])")
# What joins names listed together: "X, Y and Z", "X and Y", "X or Y", perhaps after an
# item's apposition in lowercase ("X, speaker of the House, and Y"), or with a possessive and
# a noun before the next name ("X and his rival Y").
LIST_LINK = re.compile(
    r"(?:,\s+[a-z][^,;:()“”\"]{0,60}?)?"
    r"(?:,?\s+(?:and|or|nor)\s+(?:(?:his|her|their|its)\s+[a-z][\w-]*\s+)?|,\s+)"
)
# A person mention by its actor's name: (sentence index, offset in the sentence, name, and
# whether the person's roles make them a mediator; see actors.is_mediator).
NamedPerson = tuple[int, int, str, bool]


def attendees(
    article: Article,
    place: str | None,
    people: Sequence[NamedPerson],
    absent: set[str],
    to_come: bool = False,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """People the report places at the meeting, and which of them mediate; never the
    `absent`, nor, of a meeting `to_come`, one who only announces it. `people` are the
    article's person mentions by their actor names (actors.py)."""
    found: dict[str, bool] = {}
    starts: dict[int, list[int]] = {}
    described: set[tuple[int, int]] = set()  # (sentence, offset) of names in a description
    brokered = _brokers(article, people)
    # a report of a reaction ("The European Union welcomes the conclusion of the meeting ...")
    # places no one its lead names at the meeting but by the words around them
    reaction_report = bool(article.sentences and REACTION_LEAD.match(article.sentences[0]))
    for index, start, _, _ in sorted(people):
        starts.setdefault(index, []).append(start)
    for index, start, name, mediator in sorted(people):
        sentence = article.sentences[index]
        if textlib.turns_to_another_story(sentence):  # "Separately, in Tripoli, X met Y"
            continue
        beyond_lead = index >= LEAD_SENTENCES and not (place and place in sentence)
        if beyond_lead and not _took_part(sentence, start):
            continue
        if reaction_report and not (_took_part(sentence, start) or _attended_by(sentence, start)):
            continue
        clause = re.split(r"[,;:(]", sentence[:start])[-1]
        before = clause.split()[-DESCRIPTION_REACH_WORDS:]
        # the words before the name's role ("with Libya's chief of staff X" is X at it), in
        # its item of a list: in "signed by X for the Government of National Accord and Y",
        # "of" is not Y's (an item after a described one is described: `described` below)
        role = role_before(sentence, start)
        described_by = _own_item(
            re.split(r"[,;:(]", sentence[: role.start])[-1].split()[-DESCRIPTION_REACH_WORDS:]
            if role
            else before
        )
        previous = [at for at in starts[index] if at < start][-1:]
        if (
            DESCRIBING_WORDS & {w.lower() for w in described_by}
            and described_by[-1] not in ORGANIZATION_HEADS  # "chairman of the House X"
            and not _attended_by(sentence, start)
            and not (mediator and AUSPICES.search(sentence, max(0, start - 120), start))
        ) or (previous and (index, previous[0]) in described
              and _listed_together(sentence, previous[0], start)):  # fmt: skip
            # part of someone else's description, not an attendee, as is the next item of its
            # list: "Representatives of Prime Minister X and commander Y met"
            described.add((index, start))
            continue
        broker = mediator and brokered is not None and (not brokered or name in brokered)
        if (_reacts(sentence, start, role) and not broker) or _placed_elsewhere(
            sentence, _subjects_end(sentence, start, starts[index]), place
        ):
            continue
        if _interviewed(sentence, start, place) or _commentator(sentence, start, before):
            continue
        if (
            to_come
            or _spokesperson(role)
            or _set_off_as_spokesperson(sentence, start)
            or (role and FORMER.match(role.text) and not mediator)
        ) and _announces(sentence, start):
            continue  # ... and "Former U.N. envoy X said the process had stalled"
        if not to_come and _at_a_later_step(sentence, start, starts[index]):
            continue
        if _addressed(sentence, start):
            continue
        if index > 0 and _recalled(sentence, start):
            continue
        if _in_an_aside_about_another(sentence, start):
            continue
        if _possessive(sentence, start):
            continue  # "Haftar's army", "Haftar's spokesman": someone or something of theirs
        found[name] = found.get(name, False) or mediator or _mediates(sentence, start)
    found = {name: mediator for name, mediator in found.items() if name not in absent}
    return tuple(found), tuple(name for name, is_mediator in found.items() if is_mediator)


def _brokers(article: Article, people: Sequence[NamedPerson]) -> set[str] | None:
    """Who the report says brokered the talks (BROKERED, a name right after: "under the
    auspices of Foreign Minister X"): None when it tells no brokering, empty when it names no
    one ("the UN-brokered talks")."""
    told = False
    brokers = set()
    for index, sentence in enumerate(article.sentences):
        for found in BROKERED.finditer(sentence):
            told = True
            brokers.update(
                name for at, start, name, _ in people
                if at == index and 0 <= start - found.end() <= BROKER_REACH_CHARS
            )  # fmt: skip
    return brokers if told else None


def _own_item(words: list[str]) -> list[str]:
    """The words after the last "and" or "or": those of the list item that ends them."""
    links = [at for at, word in enumerate(words) if word in ("and", "or")]
    return words[links[-1] + 1 :] if links else words


def _addressed(sentence: str, start: int) -> bool:
    """Whether the name at `start` is, alone or in a list, whom the subject addresses
    (ADDRESSING), not for their part in the meeting (FOR_THEIR_PART)."""
    verbs = list(ADDRESSING.finditer(sentence, 0, start))
    if not verbs:
        return False
    between = re.findall(r"[\w’'.-]+", sentence[verbs[-1].end() : start])
    if not all(word[0].isupper() or word in ("and", "the", "of") for word in between):
        return False
    clause_end = CLAUSE_END.search(sentence, start)
    end = clause_end.start() if clause_end else len(sentence)
    return not FOR_THEIR_PART.search(sentence, start, end)


def _mediates(sentence: str, start: int) -> bool:
    """Whether the words before the name at `start` make the person a go-between (MEDIATED_BY)."""
    return MEDIATED_BY.search(sentence, max(0, start - 80), start) is not None


def _attended_by(sentence: str, start: int) -> bool:
    """Whether the words before the name at `start` place the person at the meeting: "attended
    by X", a delegation "headed by X" (ATTENDED_BY), not "the military, led by X"."""
    reach = max(0, start - 160)
    return bool(ATTENDED_BY.search(sentence, reach, start)
                and not LED_ARMED_BODY.search(sentence, reach, start))  # fmt: skip


def _took_part(sentence: str, start: int) -> bool:
    """Whether the words around the name at `start` say the person took part in the meeting:
    a negotiator's title before it, a delegation's lead or an attendance after it; not at
    another time ("former chief negotiator X", "X, who led the delegation last year", "X, who
    will head the team next month")."""
    reach = max(0, start - NEGOTIATOR_REACH_CHARS)
    if NEGOTIATOR_BEFORE.search(sentence, reach, start):
        return not OTHER_TIME.search(sentence, reach, start)
    name = RUN.match(sentence, start)
    end = name.end() if name else start
    said = SAYING.search(sentence, end)
    before_saying = said.start() if said else len(sentence)
    took = TOOK_PART_AFTER.search(sentence, end, before_saying)
    if took is None:
        return False
    clause_end = PLACE_CLAUSE_END.search(sentence, took.end(), before_saying)
    told = sentence[end : clause_end.start() if clause_end else before_saying]
    return not (OTHER_TIME.search(told) or RECALLED_AFTER.search(told))


def _interviewed(sentence: str, start: int, place: str | None) -> bool:
    """Whether the name at `start` only speaks to a news outlet ("..., X told Desert Wire") in
    a sentence that tells no meeting nor names its place, and is no negotiator or delegate
    ("delegate X told AFP"): said from afar."""
    return (TOLD_OUTLET.search(sentence, start) is not None
            and not MEETING_WORDS.search(sentence.lower())
            and not (place and place in sentence)
            and not NEGOTIATOR_BEFORE.search(sentence, 0, start))  # fmt: skip


def _commentator(sentence: str, start: int, before: list[str]) -> bool:
    """Whether the name at `start` is a commentator's, by its title or the words just before
    it in its clause ("analyst X", "critics such as X") or its apposition ("X, a researcher
    at ...")."""
    name = RUN.match(sentence, start)
    title = sentence[start:].split()[:1]  # a mention may open with its title: "Analyst X"
    return bool(COMMENTATORS & {w.lower() for w in before + title}) or bool(
        name and COMMENTATOR_AFTER.match(sentence, name.end())
    )


def _recalled(sentence: str, start: int) -> bool:
    """Whether the clause of the name at `start`, or its sentence's opening, recalls another
    time than the meeting's."""
    name = RUN.match(sentence, start)
    clause_before = re.split(r"[,;:(]", sentence[:start])[-1]
    clause_after = re.split(r"[,;:)]", sentence[name.end() if name else start :])[0]
    return bool(RECALLED_BEFORE.search(clause_before) or RECALLED_AFTER.search(clause_after)
                or RECALLED_OPENING.match(sentence)
                or (name and PAST_PERFECT_AFTER.match(sentence, name.end())))  # fmt: skip


def _in_an_aside_about_another(sentence: str, start: int) -> bool:
    """Whether the name at `start` is told in an aside about something else than the meeting
    (OTHERS_ASIDE): "Egypt, which backs X, ..."."""
    aside = OTHERS_ASIDE.search(sentence, max(0, start - 120), start)
    if aside is None or aside["subject"].lower() in EVENT_KINDS["meeting"]:
        return False
    told = aside["aside"].lower()
    return not (MEETING_WORDS.search(told) or GATHERING.search(told)
                or _attended_by(sentence, start))  # fmt: skip


def _placed_elsewhere(sentence: str, start: int, place: str | None) -> bool:
    """Whether the place named nearest the name at `start`, in its clause, is another known
    place than the meeting's or its country: "two days after X met Y in Istanbul", "Meanwhile,
    in Tripoli, X met Y" (of talks in Bouznika); not "delegates met in Ubari with X, after
    talks in Tripoli", whose nearest place is the meeting's. So is a place visited where the
    name is met after it ("his visit to Benghazi, during which he met with X")."""
    if not place:
        return False
    for visit in MET_ON_A_VISIT.finditer(sentence, 0, start):
        if not is_meeting_place(visit["place"], place) and gazetteer.country_of_place(
            visit["place"]
        ):
            return True
    clause_start = max((m.end() for m in PLACE_CLAUSE_END.finditer(sentence, 0, start)),
                       default=0)  # fmt: skip
    clause_end = PLACE_CLAUSE_END.search(sentence, start)
    end = clause_end.start() if clause_end else len(sentence)
    said = SAYING.search(sentence, start, end)  # what one says places no one ...
    if said and not SPOKEN_FROM.match(sentence, said.start()):  # ... where one says it does
        end = said.start()
    named = []  # (distance from the name, whether another place than the meeting's)
    for found in PLACED_AT.finditer(sentence, clause_start, end):
        if (
            AFFILIATION.search(sentence, max(0, found.start() - 20), found.start())
            or ends_a_topic(sentence, found.start("place"))
            or MEETING_TOLD_ABOUT.search(sentence, max(0, found.start() - 80), found.start("place"))
        ):
            continue  # "the UN mission in Libya", "discussed the situation in Libya", "briefed
            # them on the talks held in Tunis"
        at_home = is_meeting_place(found["place"], place)
        if at_home or gazetteer.country_of_place(found["place"]):
            named.append((abs(found.start() - start), not at_home))
    return min(named)[1] if named else False


def is_meeting_place(name: str, place: str) -> bool:
    """Whether `name` is the meeting's `place` or the country it lies in, however spelt."""
    return any(same_place(name, p) for p in (place, gazetteer.country_of_place(place)) if p)


def _possessive(sentence: str, start: int) -> bool:
    """Whether the name at `start` is in the possessive ("Khalifa Haftar's army")."""
    name = RUN.match(sentence, start)
    return bool(name) and POSSESSIVE_END.match(sentence, name.end()) is not None


def _announces(sentence: str, start: int) -> bool:
    """Whether the name at `start` only tells of the meeting: the speaker of a saying
    ("..., the league's deputy head X said on Tuesday", "X told reporters", "according to X"),
    not one the sentence places at the meeting ("chaired by X", "X, who will chair the talks,
    said")."""
    name = RUN.match(sentence, start)
    if not name or _attended_by(sentence, start):
        return False
    if SELF_TO_ATTEND.search(sentence, start):
        return False  # "X said she would chair the talks"
    spoken = SPEAKING.match(sentence, name.end())
    if spoken:
        return not MEETING_WORDS.search((spoken["aside"] or "").lower())
    return SPOKEN_BY.search(sentence, max(0, start - 80), start) is not None


def _at_a_later_step(sentence: str, start: int, starts: Sequence[int]) -> bool:
    """Whether the sentence places the name at `start` (or the list it opens) at a step still
    to come: its verb after it or before it is in the future (FUTURE_AFTER, FUTURE_BEFORE), or
    it is asked to act (ASKED_BEFORE, TO_ACT after the list it is in)."""
    name = RUN.match(sentence, _subjects_end(sentence, start, starts))
    if FUTURE_BEFORE.search(sentence, 0, start) or (
        name and FUTURE_AFTER.match(sentence, name.end())
    ):
        return True
    last = RUN.match(sentence, _list_end(sentence, start, starts))
    return bool(ASKED_BEFORE.search(sentence, max(0, start - 80), start) and last
                and TO_ACT.match(sentence, last.end()))  # fmt: skip


def _spokesperson(role: RoleSpan | None) -> bool:
    """Whether the role right before a name is a spokesperson's."""
    return role is not None and bool(SPOKESPEOPLE & set(role.text.lower().split()))


def _set_off_as_spokesperson(sentence: str, start: int) -> bool:
    """Whether an aside after the name makes it a spokesperson's before a saying: "X, the
    spokesman of the Foreign Ministry, said"."""
    name = RUN.match(sentence, start)
    spoken = SPEAKING.match(sentence, name.end()) if name else None
    aside = (spoken["aside"] or "") if spoken else ""
    return bool(SPOKESPEOPLE & set(re.findall(r"\w+", aside.lower())))


def _reacts(sentence: str, start: int, role: RoleSpan | None) -> bool:
    """Whether the name at `start` reacts to what the meeting did ("welcomed the deal"), speaks
    from a statement's opening ("In a statement, X called on ..."), or relays a reaction told
    before it ("X welcomed the deal, his spokesman Y said"). `role` is the one right before
    the name, if any."""
    name = RUN.match(sentence, start)
    if not name:
        return False
    if RELAYED.match(sentence, name.end()) and REACTED.search(sentence, 0, start):
        return True
    if STATEMENT_OPENING.fullmatch(sentence, 0, role.start if role else start):
        return True
    reaction = REACTION.match(sentence, name.end())
    return bool(reaction) and not MEETING_WORDS.search((reaction["aside"] or "").lower())


def stayed_away(article: Article, people: Sequence[NamedPerson]) -> set[str]:
    """People a report says stayed away: the person named last before "was not present",
    "boycotted", ... in its clause ("Dbeibah's rival, X, who ..., was not present": X), and
    those listed with them ("X and Y, were in Berlin but did not attend": both)."""
    absent = set()
    for index, sentence in enumerate(article.sentences):
        for marker in ABSENT.finditer(sentence):
            clause_start = max((m.end() for m in CLAUSE_END.finditer(sentence, 0, marker.start())),
                               default=0)  # fmt: skip
            named = sorted((start, name) for at, start, name, _ in people
                           if at == index and clause_start <= start < marker.start())  # fmt: skip
            absent.update(name for _, name in _listed_last(sentence, named))
    return absent


def _listed_last(sentence: str, named: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The last of the names (by offset) and those listed with it: "X, Y and Z", "Army chief
    X and RSF commander Y" (a role before a name is part of its item)."""
    listed = named[-1:]
    for start, name in reversed(named[:-1]):
        if not _listed_together(sentence, start, listed[0][0]):
            break
        listed.insert(0, (start, name))
    return listed


def _listed_together(sentence: str, start: int, following: int) -> bool:
    """Whether the name at `following` is the next item of a list after the one at `start`."""
    run = RUN.match(sentence, start)
    role = role_before(sentence, following)
    item_start = role.start if role else following
    return bool(run and LIST_LINK.fullmatch(sentence, run.end(), item_start))


def _subjects_end(sentence: str, start: int, starts: Sequence[int]) -> int:
    """Where the last name starts of a list that opens its clause with the name at `start`
    ("X, speaker of the House, and Y will meet in Geneva": Y's), else `start`: the clause that
    places the list's last name places them all."""
    role = role_before(sentence, start)
    before = sentence[: role.start if role else start].rstrip()
    if before and before[-1] not in ",;:":
        return start
    return _list_end(sentence, start, starts)


def _list_end(sentence: str, start: int, starts: Sequence[int]) -> int:
    """Where the last name starts of the list whose item is the name at `start` ("X, Y and Z":
    Z's), else `start`."""
    last = start
    for following in (at for at in starts if at > start):
        if not _listed_together(sentence, last, following):
            break
        last = following
    return last
