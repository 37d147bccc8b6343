"""Word lists the extractors share: event nouns by kind, and the markers of tense.

These are closed-class and general news vocabulary, not names: they hold for any report.
"""

from __future__ import annotations

# Nouns that name an event, by kind. Two dated phrases about the same kind of event in one
# report may refer to the same event ("signed last month" ... "an October 23 agreement").
EVENT_KINDS: dict[str, frozenset[str]] = {
    "agreement": frozenset(
        "agreement agreements deal deals ceasefire cease-fire truce accord accords pact "
        "treaty armistice".split()
    ),
    "meeting": frozenset(
        "meeting meetings talks summit summits conference conferences forum round rounds "
        "negotiations dialogue session sessions consultations gathering".split()
    ),
    "offensive": frozenset(
        "attack attacks offensive assault fighting campaign siege battle clashes invasion "
        "blockade".split()
    ),
    "war": frozenset("war uprising revolution revolt fall toppled coup".split()),
    "election": frozenset("election elections vote poll polls referendum ballot".split()),
}
EVENT_NOUNS = {noun: kind for kind, nouns in EVENT_KINDS.items() for noun in nouns}

# Markers that put the event a date belongs to after the time of writing.
FUTURE_MARKERS = frozenset(
    "will would 'll shall expected scheduled planned planning plans plan due upcoming next "
    "ahead slated set to-be intends intend aims forthcoming".split()
)
# Markers that put it before the time of writing ("-ed" verbs count too, see dating.py).
PAST_MARKERS = frozenset(
    "was were had did ago last earlier since after following met held took began came made "
    "went saw led left fought won lost broke rose fell struck told gave brought sought "
    "ended".split()
)
PRESENT_MARKERS = frozenset(
    "is are marks begins starts opens continues meets takes runs holds".split()
)
# Words that make a stated plan a past one ("originally set for December").
REVISED_PLAN_MARKERS = frozenset("originally initially previously".split())
# Words that undo a plan ("the collapse of elections planned for Dec. 24"), whose day may then
# have passed or still be to come: they leave the tense unknown when a plan's participle
# dates it.
PLAN_UNDONE_MARKERS = frozenset(
    "collapse collapsed postponed postponement delayed delay cancelled canceled cancellation "
    "scrapped derailed failed failure missed abandoned".split()
)
PLAN_PARTICIPLES = frozenset("planned scheduled due slated set expected".split())
# Verbs saying that an event ended at the time given ("collapsed this summer").
END_VERBS = frozenset(
    "collapsed ended ceased concluded finished failed stalled expired broke".split()
)
# Words saying that an event happens once more ("the talks will resume next week"): what
# dates it is not the date of an earlier time it happened.
RECURRENCE_WORDS = frozenset(
    "resume resumes resumed resuming reconvene reconvenes reconvened again another".split()
)
# Words that look like "-ed" verbs but are not past-tense markers.
NOT_PAST = frozenset(
    "expected scheduled planned slated proposed intended supposed united need speed red "
    "hundred bed".split()
)
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "several": 3, "few": 2,
}  # fmt: skip
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
}  # fmt: skip

# --- actors -------------------------------------------------------------------------------
# Acronyms of posts, not of bodies: "the SRSG briefed ..." names a person's title, and before
# a name is one ("Egyptian FM Sameh Shoukry", "PM Dbeibah").
TITLE_ACRONYMS = frozenset("SRSG SG PM FM DPM VP CEO DG MP".split())
# Time zones, in times of day ("10 a.m. local time (0900 GMT)"): no actor.
TIME_ZONES = frozenset("GMT UTC CET CEST EET EEST BST EST EDT PST PDT".split())
# Titles and ranks written before a name; longest first so "Brig. Gen." wins over "Gen.".
# British style drops the abbreviations' dots ("Mr Haftar", "Maj Gen X").
TITLES = (
    "Field Marshal", "Brig. Gen.", "Brig Gen", "Brigadier General", "Brigadier",
    "Lieutenant Colonel", "Lt. Gen.", "Lt Gen", "Lieutenant General", "Maj. Gen.", "Maj Gen",
    "Major General", "Gen.", "Gen", "General", "Colonel", "Col.", "Col", "Lt.", "Lt", "Capt.",
    "Capt", "Captain", "Dr", "Mr", "Mrs", "Ms", "Prof.", "Prof", "Professor",
    "Marshal", "Admiral", "Prime Minister", "Deputy Prime Minister", "Foreign Minister",
    "Defence Minister", "Defense Minister", "Interior Minister", "Minister", "President",
    "Vice President", "Ambassador", "Secretary-General", "Secretary General", "Sheikh", "Emir",
    "King", "Prince", "Dr.", "Mr.", "Mrs.", "Ms.", "Speaker", "Chancellor", "Premier",
    "Crown Prince", "Queen", "Governor", "Mayor", "Senator", "Special Envoy", "Envoy",
    "Foreign Secretary", "Defence Secretary", "Home Secretary", "Chairman", "Chairwoman",
    "Commander", "Spokesman", "Spokeswoman", "Special Adviser", "Special Representative",
    "Analyst", "Researcher", "Expert", "High Representative", "High Commissioner",
    "Spokesperson", "Commissioner", "Under-Secretary-General", "Assistant Secretary-General",
    "Counselor", "Counsellor",
    *sorted(TITLE_ACRONYMS),
)  # fmt: skip
# Words before a title that belong to it ("Acting Special Representative", "Former President").
TITLE_MODIFIERS = frozenset({"Acting", "Interim", "Former", "Deputy", "Senior", "Top"})
# Titles completed by "of" and a portfolio before a name: "Secretary of State Antony
# Blinken", "Chief of Staff Mohammed al-Haddad", "Minister of Foreign Affairs Najla Mangoush".
PORTFOLIO_TITLES = frozenset({"Secretary", "Minister", "Chief", "Director", "Commissioner"})
PORTFOLIOS = (
    "State", "Staff", "General Staff", "the General Staff", "Defence", "Defense",
    "Foreign Affairs", "Home Affairs", "Internal Affairs", "Interior", "the Interior",
    "Justice", "Finance", "Economy", "Oil", "Energy", "Health", "Planning", "Information",
    "Education", "Trade", "Foreign Relations",
)  # fmt: skip
# Nouns that make the words before or beside a name a role ("the UN's top Libya envoy").
ROLE_NOUNS = frozenset(
    """envoy envoys leader leaders commander commanders dictator official officials minister
    chief head chair chairman chairwoman spokesman spokeswoman spokesperson president general
    ambassador representative negotiator mediator secretary director coordinator adviser
    advisor deputy member delegate premier king emir marshal officer colonel strongman
    warlord ruler speaker founder analyst correspondent diplomat prosecutor judge governor
    mayor""".split()
)
# Nouns of what a person does or is, besides roles, that may open a sentence before a name
# ("Businessman X was chosen"): no part of the name.
OCCUPATION_NOUNS = frozenset(
    """businessman businesswoman tycoon magnate banker lawyer activist journalist economist
    engineer lawmaker legislator politician academic scholar writer novelist surgeon
    physician teacher student cleric veteran rebel militiaman""".split()
)
# Words that end a newspaper's name: "The Libya Observer", "Desert Herald".
PAPER_HEADS = frozenset(
    """Herald Observer Tribune Monitor Journal Gazette Review Times Post Chronicle Wire Express
    Telegraph Weekly Guardian Independent Mail Standard Mirror Courier Dispatch Sentinel""".split()
)
# ... and words of other outlets' names: "Ahram Online", "Sky News", "Radio France".
OUTLET_HEADS = PAPER_HEADS | frozenset("News Online Radio Daily Magazine TV".split())
# Words of a site's sections, a region's too: "Latest News", "Middle East", not an outlet.
SECTION_WORDS = frozenset(
    """home news world local latest section politics opinion africa europe asia americas region
    middle east west north south gulf maghreb top breaking business sport sports regional more
    related""".split()
)
# Head nouns that make a capitalised name an organisation ("Joint Military Commission").
ORGANIZATION_HEADS = OUTLET_HEADS | frozenset(
    """Nations Mission Commission Committee Council Forum Centre Center Army Forces Force
    Government Accord Ministry Department Agency Union Organization Organisation Party Front
    Bank Corporation Corp Inc Ltd Plc Court Assembly Parliament House Brigade Brigades
    Battalion Group Institute Foundation Network Company Service Services Association Alliance
    League Movement Office Authority Authorities Administration Guard Coalition Federation Fund
    Program Programme Watch Channel Television Corps Senate Congress Cabinet Press Agence Agenzia
    Agencia Representatives Deputies State Unity Command Directorate Secretariat Board
    Brotherhood Society Syndicate Chamber Academy University Bureau Navy Police Militia""".split()
)
# Styles of address before a name or a title: "His Excellency X", "H.H. Sheikh X", "Her Majesty
# Queen X". They are no one's name.
STYLES = frozenset(
    "Excellency Excellencies Highness Majesty Eminence Holiness H.E. H.H. H.M. H.R.H.".split()
)
# Seats of government that stand for their state, as its capital does ("the Kremlin's envoy",
# "Moscow's envoy"): a role they own is that state's.
GOVERNMENT_SEATS = frozenset("Kremlin Élysée Elysee Farnesina".split())
# Nouns that name a state after its people's adjective: "the Italian Republic", "the Hashemite
# Kingdom": no one's name, and part of a title ("Ambassador of the Italian Republic").
STATE_NOUNS = frozenset("Republic Kingdom Emirates Emirate Sultanate Principality".split())
# Endings of abstract nouns, which end no one's name: "African Cooperation" in "Minister of
# Foreign Affairs, African Cooperation and Moroccan Expatriates", "National Reconciliation".
ABSTRACT_ENDINGS = ("ation", "ition", "ution", "ssion", "ism")
# Heads that name people: an organisation's only inside its name ("House of Representatives"),
# not opening a run ("Representatives of Sudan met ...").
PEOPLE_HEADS = frozenset({"Representatives", "Deputies"})
# Head nouns of geographic features and landmarks: places, but not actors ("Red Sea").
LANDMARK_HEADS = frozenset(
    """Sea Gulf Ocean Desert River Mountains Mountain Valley Lake Basin Coast Peninsula Square
    Street Road Highway Bridge Airport Port Harbour Harbor Palace Hotel Stadium Mosque Heritage
    Crescent Pavilion Resort""".split()
)
# Head nouns of named agreements, documents and events: what was signed or held, not an actor
# ("the Kivu Agreement", "the Lake Tana Declaration", "the Berlin Process"). "Accord" heads
# bodies too ("Government of National Accord"): an organisation's head decides first.
DOCUMENT_HEADS = frozenset(
    """Agreement Agreements Accords Treaty Declaration Protocol Charter Pact Roadmap Memorandum
    Deal Ceasefire Truce Initiative Communique Communiqué Resolution Constitution Process
    Conference Summit Talks Dialogue Plan Framework Mechanism Strategy Map Statement Law Laws
    Principles Guidelines""".split()
)
# Social platforms are where something was said, not who said it.
PLATFORMS = frozenset(
    "Twitter Facebook Instagram YouTube Telegram WhatsApp TikTok LinkedIn Reddit".split()
)
# Compass and region words that start place names and adjectives, never people.
COMPASS_WORDS = frozenset(
    """North South East West Northern Southern Eastern Western Central Middle Upper Lower
    Greater""".split()
)
# Capitalised words that start sentences and headings but are not names.
FUNCTION_WORDS = frozenset(
    """The A An This That These Those In On At By For From With Without To Of And But Or Since
    After Before When While As According Last Next Other Both All Some Many Most Such Its Their
    His Her Our We They He She It I You There Here Then Yet Still Also Meanwhile However
    Although Though If Under Over Despite Amid Among During Speaking Commenting Asked Earlier
    Later""".split()
)
# Name particles written before a family name ("al-Sarraj", "Abdel Aziz", "bin Zayed").
PARTICLES = frozenset("al el ul ad as ash at az ar an bin ibn ben abu abd abdel abdul".split())
# Particles that open a European surname: "Luigi Di Maio", "Ursula von der Leyen".
SURNAME_PARTICLES = frozenset("di de da del della van von der den du le la dos das".split())
# Verbs of saying that attribute a quotation to its speaker.
SAY_VERBS = frozenset(
    """said says say told tells added adds stated states wrote writes tweeted tweets noted notes
    explained explains declared declares announced announces commented comments insisted
    insists warned warns stressed stresses urged urges asserted asserts confirmed confirms
    argued argues replied replies reported reports saying""".split()
)
# Pronouns that stand for the last person named before them.
PERSON_PRONOUNS = frozenset("he she He She".split())
