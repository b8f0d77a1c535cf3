"""Compiled patterns for reading figures: context words around numbers, times, changes."""

from __future__ import annotations

import re

MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
WEEKDAYS = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"

QUALIFIER = re.compile(
    r"(?i)\b(?P<q>nearly|about|around|some|roughly|almost|approximately|close to|an estimated|"
    r"at least|more than|over|up to|under|less than|fewer than|as many as|as much as|as few as|"
    r"just over|just under|below|above|in excess of|upwards of|no more than|no fewer than|"
    r"at most|not more than|almost|approaching|exceeding|nearer)\s+$"
)
MINUS = re.compile(r"(?i)\bminus\s+$")
ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b")
TIME_OF_DAY = re.compile(r"(?i)^(?:\s?(?:gmt|bst|cet|utc|est|hrs|local time)\b|:\d{2}|[.:]\d{2}\s?(?:am|pm|a\.m\.|p\.m\.|gmt|bst|cet|est|hrs|h)\b|\s?(?:am|pm|a\.m\.|p\.m\.)(?!\w)|\s?o'clock)")
AT_CLOCK = re.compile(r"(?i)\b(?:at|from|until|till|by|before|after)\s+$")
REFERENCE_WORD = re.compile(
    r"(?i)\b(?:page|pages|article|articles|section|chapter|clause|paragraph|number|no\.?|nos\.?|room|flight|"
    r"route|line|platform|gate|bus|item|question|rule|amendment|schedule|figure|table|episode|"
    r"series|season|round|stage|group|level|grade|tier|category|class|phase|step|version|verse|"
    r"act|part|box|channel|radio|division|league|formula|resolution|bill|highway|interstate|"
    r"exit|junction|district|ward|unit|block|floor|apartment|flat|suite|terminal|code|vol\.?|"
    r"issue|team|squad|world war|the|a|an|world cup|top|size|model|mark|mk|type|ranked|seeded|"
    r"number|seat|sector|zone|version|gen)\s$"
)
NAME_BEFORE = re.compile(r"(?P<word>\b[A-Z][\w'’.&]*)(?:\s|-)$")
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
DATE_BEFORE = re.compile(rf"{MONTHS}\s+$")
YEAR_RANGE_TAIL = re.compile(r"^[-/–]\d{2,4}\b")
PERCENT_POINTS = re.compile(r"(?i)^\s?(?:percentage[- ]points?|pp\b|(?:%|per ?cent)\s+points?\b)")
PERCENT = re.compile(r"(?i)^(?:\s?%|\s?per ?cent\b|\s?pc\b)")
PER = re.compile(
    r"(?i)(?:\s?(?:a|an|per|each|every)\s+(?P<period>year|annum|month|week|day|hour|quarter|person|head|capita)\b"
    r"|\s?/\s?(?P<short>year|yr|month|mo|week|day|d|hour|h)\b"
    r"|\s(?P<adverb>annually|yearly|monthly|weekly|daily|hourly)\b)"
)
PER_ADVERBS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day", "hourly": "hour"}
PER_SHORT = {"yr": "year", "mo": "month", "d": "day", "h": "hour", "annum": "year", "head": "person", "capita": "person"}
RANGE_JOIN = re.compile(r"\s?(?:-|–|—|to|and)\s?")
BETWEEN = re.compile(r"(?i)\b(?:between|from)\s+$")
AGE = re.compile(r"(?i)^-year-old\b|^-years?-old\b")
COUNT_WORDS = re.compile(r"(?:\s(?!(?:and|or|of|in|on|at|to|for|from|by|with|the|a|an)\b)[A-Za-z][\w'’-]*){1,4}")
"""Up to four words after a number, before any function word: "civil service jobs", "British adults"."""
HYPHEN_NOUN = re.compile(r"-(?P<noun>[a-z]{3,})\b(?!-)")
LIST_GAP = re.compile(r"^\s*(?:,|and|or|&)\s*(?:and\s+|or\s+)?$")
SHORT_YEAR = re.compile(r"['’]$")
IRREGULAR_PLURALS = {
    "people": "person", "children": "child", "men": "man", "women": "woman", "police": "police",
    "staff": "staff", "troops": "troop", "sheep": "sheep", "fish": "fish", "aircraft": "aircraft",
    "cattle": "cattle", "personnel": "personnel", "feet": "foot", "teeth": "tooth", "mice": "mouse",
    "geese": "goose", "data": "data", "media": "media", "crises": "crisis", "analyses": "analysis",
}
NOT_NOUNS = frozenset(
    """a an the of in on at to for from by with and or but as than then that this these those is are
    was were be been being has have had do does did will would could should may might must can shall
    per percent cent more less most least other others times time each every all both such also only
    just about around nearly almost over under up down out off into onto upon if so not no yes its
    their his her our my your which who whom whose what where when while why how after before since
    until during between among against within without through across behind beyond said says say told
    years year months month weeks week days day hours hour minutes minute seconds second decades
    decade per cent percentage points point times""".split()
)
S_ADVERBS = frozenset("indoors outdoors overseas afterwards towards backwards forwards upwards downwards always perhaps".split())
"""Words ending in -s that are not plural nouns."""
PRONOUNS = frozenset("it he she they we i you there this that which what who one".split())
VERB_ENDINGS = re.compile(r"(?:ed|ing|ly)$")
INCREASE = r"widened|widen|widens|rose|risen|rise|rises|rising|increased|increase|increases|increasing|grew|grown|grow|grows|growing|jumped|jump|jumps|climbed|climb|climbs|soared|soar|surged|surge|gained|gain|expanded|expand|doubled|tripled|raised|raise|hiked|boosted|boost|went up|gone up|up"
DECREASE = r"narrowed|narrow|narrows|eased|eases|slipped|shed|fell|fallen|fall|falls|falling|dropped|drop|drops|declined|decline|declines|decreased|decrease|decreases|shrank|shrunk|shrink|slumped|plunged|slid|tumbled|down|cut|cuts|reduced|reduce|lowered|lost|slashed|halved|dipped"
LEVEL = r"reach|reached|reaches|reaching|hit|hits|hitting|total|totalled|totaled|totals|stood|stands|amount|amounted|amounts|was|were|is|are|be"
CHANGE_VERB = re.compile(rf"(?i)\b(?P<inc>{INCREASE})\b|\b(?P<dec>{DECREASE})\b|\b(?P<lvl>{LEVEL})\b")
CHANGE_PREP = re.compile(r"(?i)\b(?P<prep>by|to|from)\s+(?:(?:a|an|the)\s+)?$")
CHANGE_NOUN_AFTER = re.compile(
    r"(?i)^\s(?:(?P<inc>increase|rise|growth|jump|gain|hike|surge|boost)|(?P<dec>fall|drop|decline|cut|decrease|reduction|slump|loss))\b"
)
CHANGE_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:(?P<inc>increase|rise|growth|jump|gain|hike|surge|boost)|(?P<dec>fall|drop|decline|cut|decrease|reduction|slump))\s+of\s+$"
)
TIME = re.compile(
    rf"""(?x)
    \b(?:(?i:by|in|since|until|till|from|during|before|after|through|as\ of|for|at|on|of)\s+)?
    (?:
        (?:(?:early|mid|late|the\ end\ of|the\ start\ of|the\ beginning\ of|the\ middle\ of|
             the\ (?:spring|summer|autumn|fall|winter|first\ half|second\ half|first\ quarter|
                    second\ quarter|third\ quarter|fourth\ quarter)\ of)\s+|mid-)?
        (?:{MONTHS}\s+(?:\d{{1,2}},?\s+)?)?(?:1[89]\d\d|20\d\d)(?:[-/–]\d{{2,4}})?(?:s\b)?
      | {MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?\b
      | \d{{1,2}}(?:st|nd|rd|th)?\s+{MONTHS}(?!\w)
      | (?:last|this|next|the\ past|the\ previous|the\ next|the\ coming|the\ same)\s+
        (?:year|month|week|decade|quarter|spring|summer|autumn|winter|weekend|century)\b
      | (?:earlier|later)\s+this\s+(?:year|month|week)\b
      | (?:{MONTHS}|{WEEKDAYS})(?!\w)
      | yesterday|today|tomorrow|tonight
    )""",
)
"""A time reference: "by early 2024", "in March 2023", "last year", "on Tuesday"."""
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
