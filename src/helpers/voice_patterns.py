"""Compiled patterns for voices: speech verbs, names, roles, attributions."""

from __future__ import annotations

import re

SPEECH_VERBS = (
    r"said|says|say|told|tells|tell|added|adds|explained|explains|argued|argues|insisted|insists|"
    r"warned|warns|noted|notes|claimed|claims|stressed|stresses|asked|asks|wrote|writes|replied|"
    r"replies|declared|declares|admitted|admits|suggested|suggests|recalled|conceded|concedes|"
    r"acknowledged|announced|announces|believes|believed|reported|reports|commented|continued|"
    r"remarked|observed|urged|urges|predicted|predicts|pointed out|went on|told reporters|"
    r"complained|confirmed|confirms|denied|denies|revealed|reveals|accused|estimated|estimates|"
    r"maintained|maintains|promised|pledged|vowed|agreed|protested|countered|responded|joked|"
    r"conceded|emphasised|emphasized|highlighted|cautioned"
)
VERB = rf"(?:{SPEECH_VERBS})"
NAME_WORD = (
    r"(?:(?:Mc|Mac|O['’]|De|Di|Le|La)?[A-Z][a-zà-ÿ'’]+(?:-[A-Z][a-zà-ÿ'’]+)?"
    r"|(?<![\w.])(?:[A-Z]\.){1,3}(?=\s+[A-Z])|[A-Z]{2,}(?=\s+[A-Z][a-z]))"
)
"""A word of a name: "Juncker", "Jean-Claude", "McCaskill", an initial or initials ("G.K.")."""
PARTICLE = r"(?:von|van|der|den|de|du|da|del|la|le|bin|al)"
"""Lower-case particles inside a name ("Ursula von der Leyen")."""
NAME = rf"(?:{NAME_WORD}(?:\s+(?:de|van|von|bin|da|del|der|la|le|al-)?\s*{NAME_WORD}){{0,3}})"
PRONOUN = r"(?:he|she|they|He|She|They)"
UNNAMED_ROLES = frozenset(
    "spokesman spokeswoman spokesperson source official aide adviser advisor insider member person someone "
    "staffer operative representative strategist".split()
)
"""Roles that stand for someone the article does not name: they resolve to no one."""
PERSON_ROLES = frozenset(
    "president minister chancellor spokesman spokeswoman spokesperson secretary leader official chief "
    "executive diplomat expert analyst aide adviser advisor economist director ambassador senator "
    "governor mayor premier general commander manager coach chairman chairwoman head lawyer judge mp "
    "mep msp campaigner activist".split()
)
EPITHET_ROLES = frozenset(
    "player footballer striker forward winger wing midfielder defender goalkeeper keeper full-back "
    "centre-back fly-half scrum-half lock flanker prop hooker captain skipper boss "
    "champion seed veteran youngster international star agent owner batsman bowler "
    "jockey trainer driver rider rookie newcomer holder winner medallist finalist sprinter runner "
    "athlete golfer boxer cyclist swimmer "
    "left-back right-back wing-back centre-half half-back centre-forward stand-off outside-half second-row "
    "back-row loosehead tighthead playmaker sweeper goalie wicketkeeper wicket-keeper all-rounder paceman "
    "quarterback left-hander right-hander shot-stopper".split()
)
"""Nouns a news or sports report uses for a person it has named ("said the Sale player", "the top
seed added", "the lock forward said"): with "the", they point back to that person, as the
PERSON_ROLES ("the manager", "the coach") do; the two are checked together."""
DESCRIBED_PERSONS = frozenset(
    "man woman candidate nominee front-runner frontrunner mogul tycoon billionaire millionaire actor actress "
    "singer neurosurgeon surgeon socialist teacher entrepreneur businessman businesswoman".split()
)
"""Nouns that describe one person, not an office ("the billionaire businessman", "the 22-cap Dragons
man", "the retired neurosurgeon"): with "the" and a modifier they point back to the person the
passage is about, unless that person holds a role the article gives them; "the man" alone is
anyone (quote_speakers._Speakers._person_described)."""
MALE_PERSONS = frozenset("man actor businessman".split())
FEMALE_PERSONS = frozenset("woman actress businesswoman".split())
ROLE = (
    r"(?:[Aa]n?|[Tt]he)\s+(?:spokesman|spokeswoman|spokesperson|source)\s+(?:for|at|from)\s+(?:the\s+)?"
    r"[A-Z][\w'’&-]*(?:\s+(?:of|for|and|the)?\s*[A-Z][\w'’&-]*)*|"
    r"(?:(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-zA-Z'’-]+\s+){0,5}"
    r"(?:president|minister|chancellor|spokesman|spokeswoman|spokesperson|secretary|leader|official|"
    r"chief|executive|diplomat|expert|analyst|source|aide|adviser|advisor|economist|director|"
    r"ambassador|senator|governor|mayor|premier|general|commander|manager|coach|chairman|"
    r"chairwoman|head|lawyer|judge|MP|MEP|MSP|campaigner|activist|statement|report|survey|study|"
    r"poll|party|government|ministry|department|union|company|firm|group|agency|police|court|"
    r"committee|commission|council|watchdog|regulator|body|inquiry|"
    r"Kremlin|Treasury|Foreign Office|Home Office|White House|Pentagon))"
)
COLLECTIVE = (
    r"(?:(?:[A-Z][a-z]+\s+)?(?:state\s+)?media(?:\s+outlets?)?|(?:[A-Z][a-z]+\s+)?officials|"
    r"(?:[A-Z][a-z]+\s+)?analysts|(?:[A-Z][a-z]+\s+)?diplomats|sources|witnesses|critics)"
)
SPEAKER = rf"(?:{NAME}|{PRONOUN}|{ROLE}|{COLLECTIVE})"
DESCRIPTOR = r"(?:[^,\"“”:;]{2,140}?)"
OPEN_QUOTES = "“\"«"
CLOSE_QUOTES = "”\"»"

# after a closing quote: `Krutikhin said.` / `said Alexander Gabuev, a ..., to The Moscow Times.`
AFTER_SPEAKER_FIRST = re.compile(
    rf"^\s*,?\s*(?P<speaker>{SPEAKER})(?:,\s+(?P<desc>{DESCRIPTOR}),?)?\s+(?P<verb>{VERB})\b"
    rf"(?:\s+(?P<addressee>(?:The\s+)?{NAME}|the\s+[A-Z]\w+|reporters|journalists))?"
)
AFTER_VERB_FIRST = re.compile(
    rf"^\s*,?\s*(?P<verb>{VERB})\s+(?P<speaker>{NAME}|{ROLE})(?:,\s+(?P<desc>{DESCRIPTOR})(?=[,.]))?"
    rf"(?:,?\s+(?:to|told)\s+(?P<addressee>(?:The\s+)?{NAME}|the\s+[A-Z]\w+))?"
)
# before an opening quote: `Ms Hewitt said: "` / `She told GMTV: "` / `He added "`
BEFORE = re.compile(
    rf"(?:^|[.!?]\s+|,\s+|\band\s+)(?P<speaker>{SPEAKER})(?:,\s+(?P<desc>{DESCRIPTOR}),)?\s+"
    rf"(?:(?:has|had|have|also|then|later|once|previously|today|yesterday|recently)\s+)*(?P<verb>{VERB})"
    rf"(?:\s+(?P<addressee>[^:\"“,.]{{1,60}}?))?\s*[:,—–-]?\s*$"
)
# `He said Mr Blair had spoken with "such sincerity", adding: "` (the clause's subject speaks)
BEFORE_PARTICIPLE = re.compile(
    rf"(?:^|[.!?]\s+)(?P<speaker>{SPEAKER})\b[^.!?\"“”]*?,?\s*(?P<verb>adding|saying|insisting|warning|"
    rf"arguing|explaining|declaring|noting|claiming|telling\s+[^:\"“]{{1,40}}?)\s*:?\s*$"
)
# `Liberal Democrat spokeswoman for women Sandra Gidley said: "` (a role written before the name)
BEFORE_COLON = re.compile(
    rf"(?:^|[.!?]\s+)(?P<desc>[^.!?\"“”]*?)\s*,?\s*\b(?P<speaker>{NAME})(?:,\s+(?P<desc2>{DESCRIPTOR}),)?\s+"
    rf"(?P<verb>{VERB})(?:\s+(?P<addressee>[^:\"“,.]{{1,60}}?))?\s*[:,]\s*$"
)
# indirect: `..., Gabuev said.` / `..., Putin said in an interview on the eve of his visit.`
INDIRECT_END = re.compile(
    rf",\s+(?P<speaker>{SPEAKER})(?:,\s+(?P<desc>{DESCRIPTOR}(?:,\s*{DESCRIPTOR})?),)?\s+(?P<verb>{VERB})\b"
    rf"(?:\s+(?P<addressee>(?:The\s+)?{NAME}|the\s+[A-Z]\w+|reporters|journalists))?"
    rf"(?P<tail>(?:\s+(?!that\b)[^\"“”]{{0,160}}?)?)[.!?]?\s*$"
)
INDIRECT_VERB_FIRST_END = re.compile(
    rf",\s+(?P<verb>{VERB})\s+(?P<speaker>{NAME}|{ROLE})(?:,\s+(?P<desc>{DESCRIPTOR}))?"
    rf"(?:,?\s+(?:to|told)\s+(?P<addressee>(?:The\s+)?{NAME}))?[^\"“”]{{0,40}}[.!?]?\s*$"
)
ACCORDING_TO = re.compile(
    r"(?:^|,\s+|\s)according\s+to\s+(?P<who>(?:the\s+)?[^,.;\"“”]+?)\s*[.!?]?\s*$|^According\s+to\s+(?P<lead>[^,]+),"
)
INDIRECT_START = re.compile(
    rf"^(?P<speaker>{NAME}|{PRONOUN}|{ROLE})(?:,\s+(?P<desc>{DESCRIPTOR}),)?\s+"
    rf"(?:(?:has|had|have|also|then|later|once|previously)\s+)*(?P<verb>said|says|told|believes|warned|"
    rf"argued|claimed|insisted|added|wrote|predicted|suggested|admitted|denied|reported|announced|"
    rf"confirmed|stressed|accepted)\b(?P<tail>.*)$"
)
INDIRECT_APPOSITIVE = re.compile(
    rf"^(?P<desc>[A-Z][^,\"“”]{{2,80}}),\s+(?P<speaker>{NAME}),\s+(?:(?:has|had|also|then)\s+)?"
    rf"(?P<verb>said|says|told|believes|warned|argued|claimed|insisted|added|wrote|predicted|suggested|"
    rf"admitted|denied|announced|confirmed|stressed)\b(?P<tail>.*)$"
)
"""`The chief inspector of schools, David Bell, said exams should go.`"""
TRAILING_OUTLET = re.compile(rf"(?P<desc>.*?)\s*(?P<name>(?:The\s+)?{NAME})\s*$")

# --- what kind of source a noun phrase is -----------------------------------------------------------
DETERMINERS = frozenset("the a an one another some many several most his her its their our this that these those".split())
DOCUMENTS = frozenset(
    "report statement ad ads advert advertisement email e-mail letter memo poll survey study filing complaint "
    "lawsuit suit video clip tweet post book document documents transcript release editorial article story "
    "analysis data website site page platform bill order ruling decision indictment spot commercial message "
    "note notes column op-ed speech remarks text excerpt excerpts audit review findings investigation records "
    "figures estimates numbers results research paper papers memoir chart map forecast projection index "
    "guidance proposal plan agreement resolution petition brief motion opinion verdict warrant affidavit "
    "testimony notice guidelines manifesto platform website caption headline narrator".split()
)
"""The last word of a document, publication or broadcast that carries a claim ("the report", "the ad")."""
BROADCASTS = frozenset("network newspaper paper station magazine channel outlet broadcaster show program programme".split())
ORGANIZATION_WORDS = frozenset(
    "campaign committee party government administration department agency company firm group organization "
    "organisation union court commission council ministry office bureau board institute foundation center "
    "centre team staff police army military embassy parliament congress senate house legislature "
    "corporation bank fund association coalition alliance network pac caucus delegation white".split()
)
GROUPS = frozenset(
    "aides officials sources people voters critics advisers advisors supporters analysts experts observers "
    "insiders allies members residents protesters demonstrators leaders lawmakers legislators republicans "
    "democrats conservatives liberals activists economists scientists researchers witnesses investigators "
    "prosecutors authorities diplomats donors strategists operatives staffers others some many most "
    "americans citizens officers agents employees workers students parents women men many".split()
)
"""Plural nouns for groups of people: a source that is a group names no one in particular."""
STATEMENT_WORDS = frozenset(
    "message statement remarks comments words view views reply response answer argument point warning "
    "verdict advice assurance assurances claim claims position explanation account speech letter email "
    "tweet post spokesman spokeswoman spokesperson campaign aides aide office lawyer lawyers".split()
)
"""What a person's possessive introduces when it stands for them ("His message was", "her spokesman said")."""
SPEECH_OBJECTS = STATEMENT_WORDS | DOCUMENTS | frozenset(
    "claim claims allegation allegations charge charges accusation accusations report reports rumour rumours "
    "rumor rumors suggestion suggestions story stories involvement wrongdoing responsibility knowledge "
    "existence truth idea notion theory assertion assertions credit joke jokes lie lies news "
    "it this that them all everything anything nothing".split()
)
"""What a cue of claiming or telling takes as a noun object when it reports speech ("claimed
responsibility", "claimed credit", "told a joke"), as against its other senses ("claimed her
first title", "told us more about the side")."""

RESULT_MEASURE = re.compile(
    r"(?<![\w£$€.,:])(?:\d{1,2}:\d{2}(?::\d{2})?(?:\.\d{1,2})?(?![\d:])"  # a race time: "9:05.73", "2:06:34"
    r"|\d{1,2}\.\d{1,2}\s?(?:s|secs?|seconds)\b"  # "9.58secs"
    r"|\d{1,3}(?:,\d{3})?(?:m|km)\b)"  # a distance as a race names it: "the last 200m", "3,000m" (not "50 meters away")
    r"|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th)|top|runners?-up|podium|medal|qualifying)"
    r"\s+(?:spot|place|position|finish)\b"  # a finishing place: "the runners-up spot", "third place"
    r"|\b(?:personal|season['’]s)\s+best\b|\b(?:world|national|British|European|championship|course)\s+record\b",  # "a personal best"
    re.I,
)
"""A result in a contest: a time, a distance run, a finishing place or a best. A cue whose object holds one and no clause
("claimed the runners-up spot in 9:05.73", "attacked the last 200m") reports nothing: it is a race, not speech."""
