"""Compiled patterns for reading figures: context words around numbers, times, changes."""

from __future__ import annotations

import re
from functools import lru_cache

from .patterns import LETTER_AHEAD, alternation

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

QUALIFIERS = (
    "nearly", "about", "around", "some", "roughly", "almost", "approximately", "close to", "an estimated",
    "at least", "more than", "over", "up to", "under", "less than", "fewer than", "as many as", "as much as",
    "as few as", "just over", "just under", "below", "above", "in excess of", "upwards of", "upward of", "no more than",
    "no fewer than", "plus or minus", "+/-", "±", "of the order of", "in the order of", "in the region of",
    "in the area of", "at most", "not more than", "approaching", "exceeding", "nearer",
    "a bit over", "a bit more than", "a bit less than", "a little over", "a little more than", "a little less than",
    "a little under", "slightly more than", "slightly less than", "slightly over", "well over", "well above",
    "well below", "just above", "just below", "little more than",
)
"""Words written before a number that make it approximate or a bound ("more than 40")."""
QUALIFIER = re.compile(
    r"(?i)\b(?=[A-Za-z\u0130\u0131\u017f\u212a+±])(?P<q>" + alternation(sorted(QUALIFIERS, key=len, reverse=True)) + r")\s+$"
)
"""(A letter, "+" or "±" opens every qualifier: as `patterns.LETTER_AHEAD`, the lookahead spares the ends of words.)"""
QUALIFIER_ENDS = frozenset(q.split()[-1].lower() for q in QUALIFIERS)
"""The last word of every qualifier: a figure whose previous word is none of these has no qualifier."""
MINUS = re.compile(r"(?i)\bminus\s+$")
ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")
TIME_OF_DAY = re.compile(r"(?i)^(?:\s?(?:gmt|bst|cet|utc|est|hrs|local time)\b|:\d{2}|[.:]\d{2}\s?(?:am|pm|a\.m\.|p\.m\.|gmt|bst|cet|est|hrs|h)\b|\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\s?o['’]\s?clock\b)")
AT_CLOCK = re.compile(r"(?i)\b(?:at|from|until|till|by|before|after)\s+$")
REFERENCE_WORDS = tuple(word.replace("_", " ") for word in (
    "page pages article articles section chapter clause paragraph number no. no nos. nos room flight "
    "route line platform gate bus item question rule amendment schedule figure table episode "
    "series season round stage group level grade tier category class phase step version verse "
    "act part box channel radio division league formula resolution bill highway interstate "
    "exit junction district ward unit block floor apartment flat suite terminal code vol. vol "
    "issue team squad world_war the a an world_cup top size model mark mk type ranked seeded "
    "number seat sector zone version gen"
).split())
"""Words after which a number names a thing ("page 5", "Room 101", "World War 2"), not an amount."""
REFERENCE_WORD = re.compile(r"(?i)\b" + LETTER_AHEAD + "(?:" + alternation(REFERENCE_WORDS) + r")\s$")
IDENTIFIER_NAMED = re.compile(
    r"(?i)\b(?:account|registration|reference|ref|serial|charity|company|phone|telephone|policy|tracking|customer|membership|"
    r"passport|licence|license|booking|invoice|pin)\s+(?:number|no\.?|code)(?:\s+(?:is|was)|\s*:)?\s+$|\b(?:quote|reference|ref\.?)\s+$"
)
"""Before a number: an identifier's name ("his account number was 12345678", "charity number: 1089464", "quote reference
48213"): the number names a record, it measures nothing."""
YEAR_MEASURES = frozenset("levels figures rates prices totals values averages highs lows peaks budgets standards".split())
"""Plurals that measure something in a year: after a year compared ("less than 1990 levels", "just over 2019 figures")
the four digits name the year whose measure is meant, not how many there are."""
COMPARING = re.compile(r"(?i)\b(?:(?:more|less|fewer|higher|lower|greater)\s+than|over|under|below|above|beneath|exceeding)\s+$")
"""Before a number: a word that compares it with another ("less than", "over", "below")."""
NAME_BEFORE = re.compile(r"(?P<word>\b(?:[A-Z]|[a-z]+[A-Z])[\w'’.&]*)(?: |-)$")
"""A capitalized word, or one with a capital inside ("iPhone", "macOS"), right before a number: a name's number;
a tab ends the name (a table's next cell: "Ann Lee<TAB>63<TAB>85%"), as a line's end does."""
NOT_NAMES = frozenset(
    "The A An Some About Nearly Over Under Almost Around Only Just All By In On At For From With Of To "
    "And But Its Their His Her Our Those These Another Every Each Up More Less Fewer Than Roughly "
    "Approximately Between Since Until During After Before Last Next Around Within Another Of "
    "Until Until Among Nearly Almost Some Only Those Also Then Now Yet Still Even Exactly Barely "
    "While When Where If As Whereas Although Though Because Whether That This These I We You He She "
    "They It Another Another Over Under Below Above Fully Nearly Perhaps Maybe Approximately".split()
)
DATE_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s+(?:of\s+)?{MONTHS}(?!\w)")
MONTHS_ONLY = re.compile(MONTHS)
DATE_BEFORE = re.compile(rf"{MONTHS}\s+$|{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\s*(?:-|–|to|and|through|until)\s*$")
"""A month right before the day, also the second day of a span ("Sept. 19 to 22", "May 3-5")."""
DAY_PAIR = re.compile(r"^/\d{1,2}\b(?![/.,]\d)")
"""A day and month or a name written "9/11", "24/7" (not "7/32 in price" as two figures, not a date "3/4/2016")."""
YEAR_RANGE_TAIL = re.compile(r"^[-/–]\d{2,4}\b")
MATURITY_NAME = re.compile(
    r"-(?:year|month|yr)\s+(?:(?:U\.S\.|US|UK|German|British|Japanese|Italian|French|government|benchmark|Treasury|sovereign|inflation-linked)\s+){0,2}"
    r"(?:notes?|bonds?|Treasur(?:y|ies)|gilts?|yields?|bunds?|T-notes?|T-bills?)\b"
)
"""After a number: the maturity that names a benchmark bond ("the 10-year Treasury note", "10-year notes", "the
two-year yield", "30-year gilts"), no figure, as the guideline says of "10-year Treasury note"."""
INDEX_NAME = re.compile(r"(?i)-(?:stock|share|company)\s+(?:index|indices|average|benchmark)\b(?!\s+(?:futures?|options?|funds?|trackers?)\b)")
"""After a number: the size that names a market index ("the Standard & Poor's 500-stock index", "the 30-share
index"), no figure, as the guideline says of "500-stock index"."""
RACE_AFTER_METRES = re.compile(
    r"(?i)\s+(?:(?:indoor|outdoor|world|european|olympic|national|british|commonwealth|area|personal|season['’]?s?)\s+)?"
    r"(?:hurdles|races?|heats?|finals?|semi-finals?|titles?|records?|runners?|medals?|medallists?|champions?|championships?|relays?|events?"
    r"|sprints?|sprinters?|specialists?|freestyle|backstroke|breaststroke|butterfly|medley|steeplechase|bests?|gold|silver|bronze)\b"
)
"""After a number and "m": the event a distance names ("60m hurdles", "800m runners", "10,000m world records",
"200m titles"), so the "m" is metres, not million (not "5m voters")."""
PERCENT_POINTS = re.compile(r"(?i)^(?:\s?|-(?=per))(?:percentage[- ]points?\b|pp\b|(?:%|per[ -]?cent)[\s-]points?\b)")
BASIS_POINTS = re.compile(r"^(?:\s|-)(?i:basis[- ]points?\b)|^\s?(?P<abbreviation>bps?)\b")
"""A rate's move in hundredths of a percentage point: "25 basis points", "a 50-basis-point cut", "15 bps" (glued, "10bp",
the number reader gives no figure)."""
PERCENT = re.compile(r"(?i)^(?:\s?%|(?:\s?|-)per[ -]?cent\b|\s?pc\b)")
"""A percent sign or word after a number, also hyphenated as a modifier ("a 15-percent hurdle", "the
36-to-40-percent level", "a 10-per-cent rise"; not "4-percenters", a noun of its own)."""
PER = re.compile(
    r"(?i)(?:(?:\s?|-)(?:a|an|per|each|every)(?:\s+|-)(?P<period>year|annum|month|week|day|hour|quarter|person|head|capita)\b"
    r"(?!\s+(?:earlier|ago|before|later|previously|on\b))"
    r"|\s?/\s?(?P<short>year|yr|month|mo|week|day|d|hour|h)\b"
    r"|\s?/\s?(?P<slashed>barrel|bbl|ton|tonne|gallon|gal|litre|liter|kg|kilo|lb|oz|ounce|mwh|kwh|mmbtu|share|night|person|head)\b(?!/)"
    r"|\s(?P<adverb>annually|yearly|monthly|weekly|daily|hourly)\b"
    r"|\s(?:a|per)\s+(?:diluted\s+)?(?P<share>share)\b"
    r"|\s(?:a|an|per|each)\s+(?:(?:metric|square|cubic)\s+)?(?P<thing>barrel|ton|tonne|pint|gallon|litre|liter|kilo|kilogram|kg|"
    r"ounce|oz|mile|kilometre|kilometer|km|foot|feet|metre|meter|acre|hectare|kilowatt-hour|kwh|megawatt-hour|mwh|unit|bottle|"
    r"packet|pack|ticket|night|game|match|vote|pupil|student|patient|household|family|worker|employee|passenger|seat|car|vehicle|"
    r"bed|room|flight|visit|dose|prescription|pill|mouse|user|subscriber|member|child|adult|voter|resident|citizen|job)\b)"
)
_BASE_WORD = (
    r"(?!(?:a|an|the|and|or|of|in|on|at|to|for|from|by|with|than|as|is|was|are|were|per|every|each|last|this|next|one|two|"
    r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million)\b)[a-z][a-z-]*"
)
PER_BASE = re.compile(
    r"(?i:\s+(?:per|for\s+every|in\s+every|out\s+of\s+every)\s+)"
    r"(?P<base>\d{1,3}(?:,\d{3})+(?![\d.,]\d)|\d+(?![\d.,]\d)|(?:an?\s+|one\s+)?(?:hundred|thousand|million))\b(?![%-])"
    rf"(?:\s+(?P<noun>(?:{_BASE_WORD}\s+)?(?:people|children|(?:wo)?men|population|{_BASE_WORD}s)))?\b"
)
"""After a number, the counted base a rate is per: "1,057 per 100,000 people", "12 per 1,000 live births", "40 doctors for
every 100 residents", "per 100,000 population"; the base's noun, a plural, may be left out when a rate before named it ("879 per 100,000")."""
PER_ADVERBS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day", "hourly": "hour"}
PER_SHORT = {"yr": "year", "mo": "month", "d": "day", "h": "hour", "annum": "year", "head": "person", "capita": "person", "bbl": "barrel", "gal": "gallon"}
RANGE_JOIN = re.compile(r"-\s+(?:to|and)\s+|-to-|\s?(?:-|–|—|to|and)\s?|\sor\s")
"""Between the two ends of a range: "5-6", "5 to 6", "5 and 6", "5 or 6", and a suspended hyphen
("18- to 24-year-old", "10-to-15-minute")."""
BETWEEN = re.compile(r"(?i)\b(?:between|from)\s+$")
AGE = re.compile(r"(?i)^(?:-|\s(?=(?:year|month|week|day)s?-old))(?P<unit>year|month|week|day)s?-olds?\b")
"""After a number: an age, "-year-old", "-year-olds", also "20 year-old", "6 month-old" and a baby's "12-week-old", "9-month-old"."""
AGE_GROUP_AFTER = re.compile(r"(?i)[-\s]olds\b")
"""After "year": an age group written "18 to 24 year olds", "18-24 year-olds"."""
YEARS_OLD_AFTER = re.compile(r"(?i)\s+old\b")
"""After a number of years (months, weeks, days): an age written "25 years old", "six months old"."""
COUNT_WORDS = re.compile(r"(?:[^\S\t\n](?!(?:and|or|of|in|on|at|to|for|from|by|with|the|a|an)\b)(?:[A-Za-z][\w'’&-]*|\d{2,4}(?=[^\S\t\n]+[A-Za-z]))){1,4}")
"""Up to four words after a number, before any function word: "civil service jobs", "British adults",
"Fortune 500 companies" (a number inside a name); not past a tab or a line's end, a table's next cell or row
("1<TAB>Rovers", "22<NEWLINE>United")."""
HYPHEN_NOUN = re.compile(r"-(?P<noun>[a-z]{3,})\b(?!-)")
LIST_GAP = re.compile(r"^\s*(?:,|and|or|&)\s*(?:and\s+|or\s+)?$")
SHORT_YEAR = re.compile(r"['’]$")
IRREGULAR_PLURALS = {
    "people": "person", "children": "child", "men": "man", "women": "woman", "police": "police",
    "staff": "staff", "troops": "troop", "sheep": "sheep", "fish": "fish", "aircraft": "aircraft",
    "cattle": "cattle", "personnel": "personnel", "feet": "foot", "teeth": "tooth", "mice": "mouse",
    "geese": "goose", "data": "data", "media": "media", "crises": "crisis", "analyses": "analysis",
    "lives": "life", "wives": "wife", "knives": "knife", "halves": "half", "shelves": "shelf",
    "wolves": "wolf", "loaves": "loaf", "thieves": "thief", "species": "species", "series": "series",
    "news": "news",
    **{noun + "es": noun for noun in (
        "bonus bus virus campus status census consensus surplus stimulus fungus nexus prospectus apparatus "
        "syllabus thesaurus hiatus chorus circus corpus octopus walrus caucus gas atlas canvas alias bias iris"
    ).split()},
}
"""Plurals the suffix rules get wrong; a noun in -us, -is or -ss is itself singular ("bonus", "ISIS")."""
PLURAL_ONLY = frozenset(
    """clothes earnings goods proceeds winnings takings arrears belongings outskirts premises riches surroundings
    headquarters trousers jeans pyjamas scissors""".split()
)
"""Nouns used only in the plural, whose head stays plural (the guideline's "earnings", "goods"; "clothes" is no
plural of the verb "clothe"); "savings" is left out: the guideline's head for it is "saving"."""
AGE_BOUND_PEOPLE = frozenset(
    """people persons adults men women children kids boys girls teenagers youngsters those anyone everyone
    voters pensioners workers employees drivers patients students pupils smokers residents citizens users
    customers players""".split()
)
"""Plural people (and "those", "anyone") a bare whole number after "over"/"under" ages: "voters over 60", "children
under 16", "those over 65"; not things ("teams over 30 points", "bids over 50")."""
PEOPLE_OVER = re.compile(rf"(?i)\b(?:{'|'.join(sorted(AGE_BOUND_PEOPLE))})\s+(?:over|under|above|below)\s+(?:the\s+age\s+of\s+)?$")
NOT_NOUNS = frozenset(
    """a an the of in on at to for from by with and or but as than then that this these those is are
    was were be been being has have had do does did will would could should may might must can shall
    per percent cent more less most least other others times time each every all both such also only
    just about around nearly almost over under up down out off into onto upon if so not no yes its
    their his her our my your which who whom whose what where when while why how after before since
    until during between among against within without through across behind beyond said says say told
    years year months month weeks week days day hours hour minutes minute seconds second decades
    decade per cent percentage points point times hardly barely scarcely merely really simply already actually
    probably certainly clearly""".split()
)
S_ADVERBS = frozenset("indoors outdoors overseas afterwards towards backwards forwards upwards downwards always perhaps".split())
"""Words ending in -s that are not plural nouns."""
PRONOUNS = frozenset("it he she they we i you there this that which what who one".split())
VERB_ENDINGS = re.compile(r"(?:ed|ing|ly)$")
INCREASE = r"extended|extend|extends|extending|lengthened|lengthen|lengthens|lengthening|strengthened|strengthens|firmed|appreciated|rallied|rebounded|widened|widen|widens|rose|risen|rise|rises|rising|increased|increase|increases|increasing|grew|grown|grow|grows|growing|jumped|jump|jumps|climbed|climb|climbs|soared|soar|surged|surge|gained|gain|expanded|expand|doubled|tripled|raised|raise|hiked|boosted|boost|went up|gone up|up"
DECREASE = r"shortened|shorten|shortens|shortening|weakened|weakens|softened|depreciated|retreated|narrowed|narrow|narrows|eased|eases|slipped|shed|fell|fallen|fall|falls|falling|dropped|drop|drops|declined|decline|declines|decreased|decrease|decreases|shrank|shrunk|shrink|slumped|plunged|slid|tumbled|down|cut|cuts|reduced|reduce|lowered|lost|slashed|halved|dipped"
LEVEL = r"reach|reached|reaches|reaching|hit|hits|hitting|total|totalled|totaled|totals|stood|stands|amount|amounted|amounts|was|were|is|are|be"
CHANGE_VERB = re.compile(
    rf"(?i)\b{LETTER_AHEAD}(?:(?P<inc>{alternation(INCREASE.split('|'))})\b|(?P<dec>{alternation(DECREASE.split('|'))})\b"
    rf"|(?P<lvl>{alternation(LEVEL.split('|'))})\b)"
)
"""(The three word lists as trees of shared beginnings behind one \\b and a letter: the same matches as
"\\b(?P<inc>...)\\b|\\b(?P<dec>...)\\b|\\b(?P<lvl>...)\\b", each word start read once.)"""


def rises_or_falls(word: str) -> bool:
    """Whether a single word is a verb of rising or falling ("rose", "cut", "slashed"), not of level ("reached")."""
    found = CHANGE_VERB.fullmatch(word)
    return found is not None and found.lastgroup in ("inc", "dec")
CHANGE_PREP = re.compile(r"(?i)\b" + LETTER_AHEAD + r"(?P<prep>by|to|from)\s+(?:(?:a|an|the)\s+)?$")
CHANGE_NOUN_AFTER = re.compile(
    r"(?i)^\s(?:(?P<inc>increase|rise|growth|jump|gain|hike|surge|boost)|(?P<dec>fall|drop|decline|cut|decrease|reduction|slump|loss))\b"
)
CHANGE_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:(?P<inc>increase|rise|growth|jump|gain|hike|surge|boost)|(?P<dec>fall|drop|decline|cut|decrease|reduction|slump))\s+of\s+$"
)
COUNT_WORD = r"(?:\d+|a\ few|several|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|eighteen)"
SPAN_UNIT = r"(?:years?|months?|weeks?|days?|decades?|quarters?|seasons?|centur(?:y|ies))"
SPAN_BOUND = r"(?i:more\ than|less\ than|fewer\ than|at\ least|at\ most|nearly|almost|about|around|roughly|some|just|over|under)"
"""A bound written before a span's count ("in more than 50 years", "over at least five years"): the span is still one."""
YEAR_NUMBER = r"(?:1[89]\d\d|20\d\d)(?:[-/–](?:\d{2,4}|\d(?!\d))\b)?(?:s\b)?(?![^\W\d_])"
"""A year ("2016", "2015-16", "2003/4", "the 1990s"), not one glued to letters ("1900R", "2000mAh")."""
VERB_LAST_NOT = "".join(
    rf"(?<!\b(?i:{word})\ )"
    for word in ("will", "would", "could", "should", "can", "may", "might", "must", "to", "not", "never", "even", "only", "also", "n't", "n’t", "ll", "did", "does", "do")
)
"""Before a bare 'last' (no 'the'): the words after which it is the verb ("would last four years", "do not even last a week"),
whose span is the duration's own, no period."""
RESULT_NOUN = r"(?i:profits?|sales|revenues?|earnings|results|loss(?:es)?|growth|income|figures|output|turnover|dividends?)\b"
"""What a hyphenated period before it dates in a results line ("Full-year profit", "first-half sales")."""
TIME = re.compile(
    rf"""(?x)
    \b(?:(?i:by|in|since|until|till|from|during|before|after|through|throughout|as\ of|for|at|on|of|over|
              within|between|to|up\ to|ahead\ of|compared\ with|compared\ to|than|across)\s+)?
    (?:
        (?:(?i:the\ (?=(?:early|mid|late)[\s-]))?(?:(?i:early|mid|late|end|start|the\ end\ of|the\ start\ of|the\ beginning\ of|the\ middle\ of|
             the\ (?:spring|summer|autumn|fall|winter|first\ half|second\ half|first\ quarter|
                    second\ quarter|third\ quarter|fourth\ quarter)\ of)\s+|(?i:mid|end|early|late)-))?
        (?:(?i:the\ )?(?i:financial\ year\ |fiscal\ year\ |fiscal\ |tax\ year\ |calendar\ year\ )|(?i:the\ ))?
        (?:{MONTHS}\s+(?:\d{{1,2}},?\s+)?)?{YEAR_NUMBER}
        (?:\s+(?i:financial\ year|fiscal\ year|tax\ year|season|budget))?
        (?:(?:,\s*|\s+(?i:and|to|or)\s+|,\s+(?i:and|or)\s+)(?:{MONTHS}\s+)?{YEAR_NUMBER})*
      | (?i:the\ )?(?:{COUNT_WORD}\ )?(?i:months?|weeks?|years?|quarters?|(?i:financial|fiscal)\ years?)\s+
        (?i:to|ending|ended|until|through)\s+(?:the\ end\ of\ )?(?:\d{{1,2}}\s+)?{MONTHS}(?:\s+\d{{1,2}}(?![\d,.]*\d)(?:,?\s+{YEAR_NUMBER})?|\s+{YEAR_NUMBER})?
      | (?i:the\ )?(?i:first|second|third|fourth|final|last|latest)\s+(?i:quarter|half|three\ months|six\ months|nine\ months)
        (?:\s+(?i:of)\s+(?:(?i:the|this|last|next)\s+(?:(?i:financial|fiscal|tax|calendar)\s+)?(?i:year)|{YEAR_NUMBER}))?(?:\s+{YEAR_NUMBER})?
      | Q[1-4](?:\s+{YEAR_NUMBER})? | H[12](?:\s+{YEAR_NUMBER})? | FY\s?(?:20)?\d\d(?:[-/]\d{{2,4}})?\b
      | \d{{1,2}}\s?[-–]\s?\d{{1,2}}\s+{MONTHS}(?!\w)(?:\s+{YEAR_NUMBER})?
      | (?i:between|from)\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:and|to|until|till)\s+\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS}(?!\w)(?:,?\s+{YEAR_NUMBER})?
      | (?i:between)\s+{MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\s+(?i:and)\s+(?:{MONTHS}\s+)?\d{{1,2}}(?:st|nd|rd|th)?\b(?![\d,.]*\d)(?!\s*(?:%|(?i:per\s?cent|percent|points?|million|billion)\b))(?:,?\s+{YEAR_NUMBER})?
      | {MONTHS}\s+\d{{1,2}}\s?(?:[-–]|to|\sthrough\s|\suntil\s)\s?(?:{MONTHS}\s+)?\d{{1,2}}\b(?!\s*(?:%|(?i:per\s?cent|percent|points?|million|billion)\b))(?:,?\s+{YEAR_NUMBER})?
      | {MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b
      | \d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS}(?!\w)(?:\s+{YEAR_NUMBER})?
      | (?i:a|one|two|three|four|five|six|ten|\d+)\s+(?i:year|month|week|day|decade|season)s?\s+(?i:earlier|ago|before|later|previously)\b
      | (?i:the|a)\s+(?i:year|month|week|day|quarter|season)\s+(?i:before|earlier)\b
      | (?i:the\ )?(?i:previous|preceding|prior)\s+(?i:year|month|week|quarter|season|decade)\b
      | (?i:the\ )?(?i:same)\s+(?i:period|quarter|month|time)(?:\s+(?i:last|a)\s+(?i:year))?\b(?!\s+(?i:slot|zone|frame)s?\b)
      | (?i:the\ )?(?:(?i:past|next|previous|coming|first|following)|{VERB_LAST_NOT}(?i:last))\s+(?:{COUNT_WORD}\s+)?{SPAN_UNIT}\b
      | (?<![\w-])(?i:first|second|third|fourth)-(?i:quarter)(?![\w-])
      | (?<![\w-])(?i:full|half)-(?i:year)(?![\w-])(?=\s+{RESULT_NOUN})
      | (?<![\w-])(?i:first|second)-(?i:half)(?![\w-])(?=\s+{RESULT_NOUN})
      | (?i:the)\s+(?i:year-ago|year-earlier)\s+(?i:quarter|period|month|year|level|figure)s?\b
      | (?:(?i:early|late|mid)[\s-]+|(?i:the\ (?:start|end|beginning|middle)\ of)\s+)?
        (?i:last|this|next|the\ past|the\ previous|the\ next|the\ coming|the\ current|the\ same)\s+
        (?:(?i:financial|fiscal|tax|calendar|academic|school)\s+)?
        (?i:year|month|week|decade|quarter|spring|summer|autumn|winter|weekend|century|season|term|fall(?!\s+(?i:in|of|to|from|was|is|has|had|came|would|will)\b))\b
      | (?i:earlier|later)\s+(?i:this|last|next|in\ the)\s+(?i:year|month|week|season|decade)\b
      | (?i:the|that)\s+(?i:weekend|summer|spring|autumn|winter)\b
      | (?i:in|during)\s+(?i:early|late|morning|afternoon|midday|after-hours|overnight|pre-market|premarket|Asian|European|US|U\.S\.|London|New\ York)\s+(?i:trading|trade|dealings)\b
      | (?:(?i:earlier|later|early|late)\s+)?(?i:in|for|during|over|on|throughout)\s+(?i:the)\s+(?:day|week|month|session|quarter|year|season)\b
        (?!\s+(?:of|after|before|ahead|ended|ending|to|that|when|which|earlier|ago|later|before|prior|\d)\b)(?![-'’]\w)
      | (?i:of)\s+(?i:the)\s+(?:month|quarter|year|season)\b(?!\s+(?:of|after|before|ahead|ended|ending|to|that|when|which|earlier|ago|later|before|prior|\d)\b)(?![-'’]\w)
        (?!\s+(?:awards?|prizes?|titles?|trophy|trophies|honou?rs?|accolades?|nominations?|shortlist)\b)
      | (?i:that|the\ same|that\ same)\s+(?i:year|month|week|day|season|quarter|period|time)\b(?!\s+(?i:slot|zone|frame)s?\b)
      | (?i:the|this|that|a)\s+(?:[a-z]+(?:-[a-z]+)*\s+)?(?i:period)\b(?!\s+of\b)
      | (?i:year['’]s\ end|year-end|the\ end\ of\ the\ year)
      | (?i:the\ end\ of\ (?:the|this|last|next)\ (?:year|month|decade|season))
      | (?i:the\ (?:end|start|beginning|middle)\ of\ (?:the|this|last|next|its|his|her|their)\ (?:[a-z]+\ )?
            (?:parliament|session|term|decade|century|season|campaign|war|tournament|contract|presidency|administration)s?)\b
      | (?<![\w-])(?:(?i:last|next|this|early|late|mid|until|since|from|in|by|during|before|after|through|on|of|as\ of|ahead\ of|
            the\ start\ of|the\ end\ of|the\ beginning\ of|the\ middle\ of)\s+){MONTHS}(?!\w)(?:\s+{YEAR_NUMBER})?
        (?:,?\s+(?i:and|or|to|through|until)\s+(?:(?i:early|mid|late)\s+)?{MONTHS}(?!\w)(?:\s+{YEAR_NUMBER})?)?
      | (?i:between)\s+(?:(?i:early|mid|late)\s+)?{MONTHS}(?!\w)(?:\s+{YEAR_NUMBER})?\s+(?i:and)\s+(?:(?i:early|mid|late)\s+)?{MONTHS}(?!\w)(?:\s+{YEAR_NUMBER})?
      | {MONTHS}(?!\w)\s+{YEAR_NUMBER}
      | (?<!\w)(?:(?i:late|early)\s+)?{WEEKDAYS}(?!\w)(?:['’]s(?!\w))?
      | (?i:over|within|in)\s+(?:{SPAN_BOUND}\s+)?(?:{COUNT_WORD}|\d[\d,.]*)\s+{SPAN_UNIT}\b
      | (?i:in|over|during|within|for)\s+the\s+(?:(?i:past|last|first|final|next|previous)\s+)?(?:(?i:nearly|almost|about|more\ than|over|some)\s+)?
        {COUNT_WORD}\s+{SPAN_UNIT}(?:\s+(?i:since)\s+(?:the\s+)?[\w-]+(?:\s+of\s+[A-Z]\w+)?)?
      | (?i:yesterday|today|tomorrow|tonight|currently|(?<!\w)right\ now(?!\w)|(?<!\w)now(?![\w,-])(?!\s+(?:called|known|named|renamed|dubbed|that)\b)(?!\s*:)(?!(?<=(?-i:Now))\s+[$£€])|afterwards|so\ far\ this\ year|(?<![\w-])(?:so|thus)\ far(?![\w-])(?!\s+(?:as|from|away|ahead|behind|below|above|beyond|out|off|back|down|up|removed|into|apart|short|gone|that|than|so|more|less|too|in\ advance|the\ best)\b)|(?<![\w-])(?<!up\ )to\ date(?![\w-])|(?:the\ )?year\ to\ date|a\ year\ ago)
      | (?i:at)\s+(?i:this|that|one|the\ same)\s+(?i:stage|point|moment|time)\b(?!\s+(?i:of|when|that)\b)
      | (?<![\w-])(?i:since|by|until|till|back)\s+(?i:then)(?![\w-])
      | (?<![\w-])(?i:since|by|until|till)\s+(?i:that|this)\s+(?i:date|time|day|year|point)\b
    )""",
)
"""A time reference: "by early 2024", "in March 2023", "last year", "the three months to June",
"the second quarter", "a year earlier", "the past 10 years", "on Tuesday". "now" before a colon ("See it now: Amazon")
or a capitalized "Now" before a price ("4K Smart TV, Now $549") is a shop's button or sale label, no time."""
_TIME_ANCHOR_WORDS = (
    rf"(?:{MONTHS}|{WEEKDAYS}|years?|months?|weeks?|weekends?|days?|quarters?|half|halves|decades?|"
    r"seasons?|sessions?|trading|trade|dealings|centur(?:y|ies)|spring|summer|autumn|fall|winter|period|time|term|stage|point|moment|yesterday|today|tomorrow|"
    r"tonight|currently|now|then|date|far|afterwards|end|fiscal|financial|q[1-4]|h[12])"
)
TIME_ANCHOR = re.compile(rf"\d+|(?i:\b{LETTER_AHEAD}{_TIME_ANCHOR_WORDS}(?!\w))")
"""A word every `TIME` match holds (`meaning.time_spans` tries the full pattern only around these;
`time_anchor_starts` finds where its matches start)."""
_TIME_ANCHOR_WORD = re.compile(rf"(?i:{LETTER_AHEAD}{_TIME_ANCHOR_WORDS})")
_WORD_RUN = re.compile(r"\w+")
_DIGIT_RUN = re.compile(r"\d+")


@lru_cache(maxsize=4096)
def _anchor_word(word: str) -> bool:
    return _TIME_ANCHOR_WORD.fullmatch(word) is not None


def time_anchor_starts(text: str) -> list[int]:
    """Where `TIME_ANCHOR`'s matches start, read a run of word characters at a time rather than the
    pattern tried at every character (tests/test_speed.py compares both). A word pattern can only match
    a whole run (a word boundary before it, none after), so a run is one anchor when it is an anchor word
    ("quarter", "Q1"); else each run of digits inside it is one ("2024", the "20" of "G20")."""
    starts = []
    for run in _WORD_RUN.finditer(text):
        word = run.group()
        if word[0].isalpha() and _anchor_word(word):
            starts.append(run.start())
        elif not word.isalpha():
            starts.extend(digits.start() for digits in _DIGIT_RUN.finditer(text, run.start(), run.end()))
    return starts
BARE_YEAR = re.compile(rf"^{YEAR_NUMBER}$")
"""A year written alone ("1997"), with no preposition or month."""
MEASURE_OF = re.compile(
    r"(?i)(?:\b(?:a|an|the|its|their|his|her|total)\s+)?(?P<measure>(?:total\s+)?(?:capacity|volume|value|level|"
    r"total|cost|costs|price|prices|budget|size|population|output|production|rate|share|turnover|"
    r"revenue|revenues|sales|exports|imports|debt|deficit|surplus|spending|investment|income|"
    r"profit|profits|loss|losses|bill|fine|fee|salary|wage|wages|sum|amount|figure|number|tally|"
    r"majority|score|turnout|length|distance|area|weight|speed|growth|inflation|unemployment))"
    r"\s+(?:of|at|was|is|stood at|reached|totalled)\s+(?:(?:about|around|nearly|some|almost|roughly|over|more than|up to)\s+)?$"
)
OWNER_WITH = re.compile(r"(?i)(?:\b(?:a|an|the|such\s+a|this|that|its|their)\s+)?(?P<owner>[a-z][\w-]*)\s*,?\s+with\s+$")
CLAUSE_BREAK = re.compile(r"[,;:()\[\]—–]|\s-\s|[“”\"]")
NP_LEAD = re.compile(
    r"(?i)^(?:(?:the|a|an|this|that|these|those|its|their|his|her|our|such|already|also|now|and|but|"
    r"so|while|however|meanwhile|overall|total|annual|nonetheless)\s+)+"
)
NP_CUT = re.compile(
    r"(?i)\s+(?:between|among|in|since|during|by|after|before|which|that|who|as|at|on|with|over|"
    r"could|would|will|may|might|has|have|had|is|was|are|were|be|been|already|still|now|also|"
    rf"can|must|should|is|{INCREASE}|{DECREASE}|{LEVEL})\b.*$"
)
NP_TAIL = re.compile(r"(?i)\b(?:the|a|an|its|their|his|her|our)\s+(?P<np>(?:[\w'’-]+\s+){0,4}[\w'’-]+)\s*$")
OF_AFTER = re.compile(r"(?i)\s+of\s+(?:(?:the|a|an|its|their|his|her)\s+)?(?P<np>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2})")

# --- what a figure measures, whose it is (helpers.meaning) ---
CONTAINER_NOUNS = frozenset(
    "volume value level amount total size sum tally quantity proportion percentage share"
    " figure figures count rate average maximum minimum forecast estimate majority minority"
    " dozens scores hundreds thousands millions billions tens part bulk rest portion remainder fraction"
    " string series raft spate host wave handful couple pair batch slew flurry litany manner array variety assortment"
    " bottle bottles pint pints packet packets pack packs glass glasses cup cups can cans bag bags box boxes".split()
)
"""Nouns that only measure another: "the volume of trade" measures trade."""
FRACTION_NOUNS = frozenset("half third thirds quarter quarters fifth fifths sixth sixths seventh sevenths eighth eighths ninth ninths tenth tenths".split())
"""Fractions written as nouns ("a third of independents")."""
PROPERTY_NOUNS = frozenset(
    "capacity population value budget size area length height weight depth width revenue revenues turnover debt debts"
    " workforce staff price cost worth salary income stake membership audience readership circulation market"
    " valuation reserves assets output range".split()
)
"""Nouns that name a property of the thing "with" one ("a city with a population of 5m", "a firm with a
turnover of £2bn"), unlike a manner or means ("won the jump with a leap of 8m")."""
MARK_NOUNS = frozenset("mark threshold barrier milestone".split())
AGED_THINGS = frozenset(
    "ban embargo law rule policy treaty agreement deal pact accord contract charter constitution regime system"
    " programme program scheme tradition custom practice institution occupation war conflict dispute feud rivalry"
    " record case mystery file building bridge house home church chapel school stadium ground arena theatre theater"
    " hall tower castle palace facade facades mural statue monument plant factory mine pipeline reactor plane jet"
    " aircraft airliner car vehicle ship boat vessel fleet tree forest company firm business brand shop store".split()
)
"""Nouns of things an "N-year-old" before them dates ("the 15-year-old ban", "a 200-year-old facade", "its 48-year-old
occupation"): the figure measures the thing, as "a 60,000-seat stadium" measures the stadium. Ages are a person's
unless the noun is one of these: the person nouns an age comes before ("girl", "widow", "diplomat", "wild card")
are too many to list."""
"""Nouns a figure names a level of, not a thing ("the $1bn mark"): the figure measures what reaches it."""
COMPARATIVE_CHANGES = frozenset("higher lower more less bigger smaller greater larger cheaper dearer costlier".split())
"""Comparatives after a figure that make it a difference from another amount ("£50bn - 14% higher than planned")."""
GENERIC_MEASURES = frozenset("amount sum total figure figures number average maximum minimum peak high low quantity tally count forecast estimate equivalent".split())
"""Measure words that say nothing of what is measured: in "an average of 4%" the clause names it; an
informative measure stays the subject ("a value of $35m", "a majority of 160", "a rate of 1.6%")."""
CHANGE_NOUNS = frozenset(
    "rise rises increase increases fall falls drop drops decline declines cut cuts growth jump jumps gain gains"
    " hike hikes surge boost decrease reduction reductions slump rebound slowdown climb".split()
)
LEVEL_VERBS = frozenset(
    """be is are was were been being 's reach reached reaches reaching hit hits hitting total totalled totaled
    totals totalling stand stood stands standing weigh weighs weighed weighing measure measures measured amount amounted amounts come came comes exceed exceeded
    exceeds top topped tops surpass surpassed near neared approach approached average averaged averages
    remain remained remains stay stayed stays account accounted accounts represent represented represents
    equal equalled equals hover hovered run ran cost costs costing grow grew grown grows growing rise rose
    risen rises rising increase increased increases increasing fall fell fallen falls falling drop dropped
    drops decline declined declines decrease decreased decreases jump jumped jumps climb climbed climbs
    soar soared surge surged gain gained slip slipped slide slid plunge plunged tumble tumbled sink sank
    shrink shrank shrunk ease eased dip dipped double doubled treble trebled triple tripled halve halved
    widen widened narrow narrowed expand expanded contract contracted slow slowed accelerate accelerated
    worth become became becomes edge edged inch inched take took taken takes last lasted lasts span spanned
    strengthened strengthens weakened weakens firmed softened appreciated depreciated rallied
    rebounded retreated nearing nears approaching approaches topping exceeding surpassing equalling
    equaling hovering hovers slump slumped slumps
    plummet plummeted plummets plummeting skyrocket skyrocketed skyrockets skyrocketing spike spiked spikes spiking
    collapse collapsed collapses crumble crumbled crumbles balloon ballooned balloons swell swelled swollen swells
    sag sagged sags leap leapt leaped leaps rocket rocketed rockets tank tanked tanks nosedive nosedived nosedives
    dive dived dove dives tick ticked ticks dwindle dwindled dwindles quadruple quadrupled mushroom mushroomed
    spiral spiralled spiraled fluctuate fluctuated""".split()
)
"""Verbs whose subject is what the figure measures: "sales rose 5%", "turnover could reach $200bn"; the
intransitive verbs of change only (not "recover", "advance" or "erode", whose object may be what moved)."""
CHANGE_PARTICIPLES = frozenset(
    """dropping declining decreasing jumping climbing soaring surging slipping sliding plunging tumbling sinking
    shrinking dipping widening narrowing edging inching slumping""".split()
)
"""The -ing forms of the verbs of change that `LEVEL_VERBS` lacks: in a participle clause after a comma they move
the main clause's subject ("It declined in most states, dropping 50 percent in Texas"); not for money, which
"dropping $2.5m on ads" spends."""
TRANSFER_VERBS = frozenset("paid given awarded offered granted lent loaned fined charged owed promised handed".split())
"""Passive verbs of payment: "X was paid £5m" says who received the money, not what it measures."""
SPENDING_VERBS = frozenset("spent spend spends spending invested invest invests investing".split())
"""Verbs whose money is measured by what it goes "on": "$5m was spent on ads", "invested $2bn on roads"."""
GIVING_NOUNS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("give", "gives", "gave", "given", "giving"), ("gift", "donation", "contribution")),
    **dict.fromkeys(("donate", "donates", "donated", "donating"), ("donation", "gift", "contribution")),
    **dict.fromkeys(("contribute", "contributes", "contributed", "contributing"), ("contribution", "donation", "gift")),
    **dict.fromkeys(("pay", "pays", "paid", "paying"), ("payment", "fee")),
    **dict.fromkeys(("lend", "lends", "lent", "lending", "loaned"), ("loan",)),
    **dict.fromkeys(("invest", "invests", "invested", "investing"), ("investment",)),
}
"""Verbs that measure money only by the act, and the nouns an article names that act with: "gave
$5,000" in a paragraph about donations measures the donations."""
DITRANSITIVE_VERBS = frozenset(
    """cost costs costing give gives gave given giving pay pays paid paying offer offers offered owe owes owed
    lend lends lent award awards awarded grant grants granted promise promises promised save saves saved
    charge charges charged earn earns earned bring brings brought hand hands handed send sends sent""".split()
)
"""Verbs with two objects ("would cost taxpayers £3bn"): the one before the figure is its recipient."""
CHANGE_PREPOSITIONS = frozenset("by to from at of around about over under than on against".split())
CONTINUATIONS = frozenset("from to up down compared against versus vs than on while by at".split())
"""Words that open a comma-separated continuation of the same clause: "..., from $3.75bn"."""
CLAUSE_OPENERS = frozenset("and but while whereas although though because which who whom where when if unless as so".split())
SUBJECT_PREPOSITIONS = frozenset("to into on for".split())
"""A prepositional phrase that stays in the subject: "supplies to Europe", "spending on schools"."""
CHAIN_PREPOSITIONS = frozenset("of in at between among for to into on during from per outside excluding across".split())
"""Prepositions whose phrase stays inside the noun phrase before it ("the volume of trade between
the countries", "spending on schools", "the donation during the quarter", "revenue from slot machines"),
walking back to its head."""
HOLDER_PREPOSITIONS = frozenset("of in at between by across among within for".split())
HOLDER_NOUNS = frozenset(
    """company firm group government country countries nation nations state states bank banks club team side party
    council city airline carrier retailer chain business operator manufacturer maker insurer lender giant
    industry sector economy region union ministry department authority agency board university school
    hospital charity organisation organization administration treasury exchequer parliament""".split()
)
"""Common nouns that name a holder: "the company", "the government", "both countries"."""
PERSONAL_PRONOUNS = frozenset("it they he she this these we".split())
POSSESSIVE_PRONOUNS = frozenset("its their his her our".split())
REPORTING_VERBS = frozenset(
    """said says say told tells announced announces announce reported reports added adds stated claimed
    confirmed revealed disclosed wrote writes argued insisted warned""".split()
)
"""Verbs whose time is when a thing was said ("said on Thursday"), not the time of its figures."""
POLL_VERBS = frozenset("polled surveyed interviewed questioned sampled quizzed canvassed".split())
"""Verbs whose object is a poll's sample ("YouGov polled 1,981 voters")."""
POLL_NOUNS = frozenset("poll polls survey surveys sample questionnaire".split())
"""Nouns a poll's sample follows with "of" ("a survey of 1,000 adults")."""
COMMITMENT_VERBS = frozenset(
    """announced announces unveiled unveils pledged pledges promised promises vowed vows agreed agrees proposed proposes
    committed commits""".split()
)
"""Verbs that commit to a figure to come: the time they are dated by is the commitment's ("Last week I
announced an additional £419m"), not the figure's."""
SPEECH_VERBS = frozenset("said says say told tells added adds".split())
"""Verbs that only report speech: a time phrase whose nearest verb is one of them dates the saying."""

SUPPORT_VERBS = frozenset(
    "back backs backed support supports supported favor favors favored favour favours favoured prefer prefers preferred"
    " choose chose chosen pick picks picked vote votes voted endorse endorsed".split()
)
"""Verbs a poll share gives to a candidate or party: "48 percent chose Clinton", "37% would vote for
Sanders": the share is the candidate's support, so the candidate holds it."""

FRACTION_OF = re.compile(r"(?i)^\s+(?:of|the|a|an)\b")
"""A fraction of something: "half of the MPs", "a third the size"."""
FRACTION_ALONE_AFTER = re.compile(
    r"(?i)^(?:\s*(?:[,;:.!?)\]]|\(|—|–|\s-\s|$)|\s+(?:those|these|their|its|his|her|our|my|your|them|all|from|"
    r"said|say|says|were|was|are|is|would|will|had|have|has|did|do|backed|supported|opposed|agreed|"
    r"voted|think|thought|believe|believed|want|wanted)\b)"
)
"""What may follow a fraction that stands alone ("by a third,", "nearly half those polled",
"Three-quarters said"): punctuation, a determiner or a verb; not a noun ("a third term")."""
FRACTION_NOT_BEFORE = re.compile(
    r"(?i)(?:\b(?:the|first|second|third|fourth|final|last|each|every|this|that|per|other|their|his|her|its|our|my|your)\s+|-"
    r"|\b(?:years?|months?|weeks?|days?|hours?|decades?|centur(?:y|ies))\s+and\s+(?:an?\s+)?)$"
)
"""Words before "half"/"quarter" that make it a period or a place ("the second half", "this quarter",
"in their half", "fly-half"), or the end of a span ("a year and a half", as vague as "a year")."""
PARTITIVE = re.compile(
    r"(?i)\s+(?:of\s+(?:the|his|her|their|its|our|your|my|whom|which|them|those|these|us)\b|others\b)"
)
"""After a number word whose noun is left unsaid: "four of the five", "two of whom", "two others"."""
RACE_TIME = re.compile(r":(?P<seconds>[0-5]\d\.\d{1,3})(?![\d:])")
"""The seconds of a race time after its minutes ("3:46.04"): a clock never shows hundredths."""
NOT_PARTITIVE_BEFORE = re.compile(r"(?i)\b(?:the|last|first|top|final|next|parts?)\s+$")
"""Before a number word that is a rank or a name, not a count: "the last eight of the cup", "parts one and two"."""
MARGIN_OF_ERROR = re.compile(r"(?i)\b(?P<margin>margins?\s+of\s+(?:sampling\s+)?error)\b(?P<gap>(?:[^.;!?]|(?<=\d)\.(?=\d)){0,45})$")
"""A poll's margin of error written before its figure ("a margin of error of plus or minus 3 points",
"the margin of error for all three polls was +/-3 points")."""
EVENT_TIME_PREPOSITIONS = frozenset("during throughout since before after ahead until following".split())
"""Prepositions that make an event a period ("during the campaign", "since the crash", "ahead of the vote",
"following the convention")."""
NOT_EVENT_NOUNS = frozenset(
    "committee court house parliament panel judge people public voters board council audience camera cameras "
    "way fact case rest others one tax taxes deductions costs inflation expenses income schedule time target "
    "targets expectations expectation forecasts forecast estimates plan rivals rival".split()
)
"""Nouns after those prepositions that name no period ("before the committee", "after tax")."""
EVENT_NOUNS = frozenset(
    "season seasons campaign campaigns game games match matches outing outings fixture fixtures final finals "
    "semi-final semi-finals semifinal semifinals quarter-final quarter-finals quarterfinal quarterfinals "
    "tournament championship championships war wars election elections primary primaries caucus caucuses "
    "recession downturn crisis pandemic term tenure presidency stretch spell window cycle".split()
)
"""Nouns that name a stretch of time by what happened in it, so that "in" before them dates a figure as
"during" does ("ran 20.13secs in the quarter-finals", "13 million votes in the Republican primaries",
"£1.2m in the close season"): an event, a contest, a season or a term of office."""
_SMALL = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|\d{1,3}(?:,\d{3})*)"
PROPORTION = re.compile(
    rf"(?i)(?P<x>{_SMALL})(?:\s+(?:times\s+)?(?:in|out\s+of|of(?=\s+(?:10|ten|100)\b))\s+|-in-)(?P<y>{_SMALL}|a\s+hundred|a\s+thousand)(?![\w.,]\d|\w)"
    r"(?!\s+(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|per|percent|%))(?:\s+times\b)?"
)
"""A proportion written "X in Y" or "X out of Y" ("one in four", "a one-in-five chance", "nine times out of ten", "13 out of 659"):
a figure whose value is X/Y; not "18 in 1969" or "2 in 10 years"."""
