"""What a cue needs after it to report: the cue lexicon (`CueSenses`, from resources/cue_senses.yml), the one test
of a clause after a cue (`_holds_clause`), and the test of a reporting verb's form (`_saying_form`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import yaml

from . import voice_patterns as vp
from . import attribution as at
from .assets import read_text


# --- what a cue needs after it to report: the cue lexicon and one clause test -------------------------
@dataclass(frozen=True, slots=True)
class CueSenses:
    """resources/cue_senses.yml: cue verbs that also have a sense that reports nothing, by what they
    need after them to report, as Porter stems (and irregular forms as written)."""

    clause: frozenset[str]
    """Report only with a clause or a quotation ("asked whether", not "asked for a refund")."""
    statement: frozenset[str]
    """Report with a clause or a noun of speech ("denied the allegations", not "claimed the title")."""
    contest: frozenset[str]
    """Winning a contest: report only with a finite clause ("downed the top seed 6-4" reports nothing)."""
    acts: dict[str, frozenset[str]]
    """An act's verb and the object nouns that make it an act ("agreed a fee", "announced their squad")."""
    person_acts: frozenset[str]
    """The act verbs whose object may be a person named ("recalled Ann Lee")."""
    content: frozenset[str] = frozenset()
    """Report only with a reported content: no noun object of another kind than a statement noun and
    no phrase of manner or means ("showed their intent", "replied with a try")."""
    evidence: frozenset[str] = frozenset()
    """Those of `content` whose noun object is a report when their source is evidence ("the poll shows a close race")."""
    requests: frozenset[str] = frozenset()
    """Those of `content` that, with an object and an infinitive, request ("warned the side to stop")."""
    no_content: frozenset[str] = frozenset()
    """Prepositions that open no reported content after a `content` cue ('with', 'by', 'on' ...)."""
    statement_nouns: frozenset[str] = frozenset()
    """Objects of a `content` cue that are what it reports ("answered the criticism")."""
    evidence_nouns: frozenset[str] = frozenset()
    """Sources that are evidence (with voice_patterns.DOCUMENTS): what they show is their object."""
    naming: frozenset[str] = frozenset()
    """Verbs of naming: a participle of one right after a noun names it ("a group called Lashkar")."""
    addressed: frozenset[str] = frozenset()
    """Verbs whose object is the one spoken to or about ("accused Ann Lee of"): in the passive their
    subject is no speaker ("Ann Lee was accused of")."""
    made_statements: frozenset[str] = frozenset()
    """What is made by speaking ("made the case", "made no secret of"): a cue of making reports only these."""
    judged_things: frozenset[str] = frozenset()
    """Statement cues whose plan or measure object is a thing judged, not a statement ("approved plans")."""
    judged_objects: frozenset[str] = frozenset()
    """The plans and measures put to a vote that those cues judge ("plans", "budget", "bill")."""

    def sense(self, word: str) -> str | None:
        """'clause', 'statement', 'contest', 'act', 'content' or None for a cue's word."""
        lowered = word.lower()
        key = at.stem(lowered) if re.fullmatch(r"[a-z][a-z'’-]*", lowered) else ""
        for name, keys in (("clause", self.clause), ("statement", self.statement), ("contest", self.contest), ("act", self.acts),
                           ("content", self.content)):
            if key in keys or lowered in keys:
                return name
        return None


@lru_cache(maxsize=1)
def cue_senses() -> CueSenses:
    """The cue lexicon of resources/cue_senses.yml, read once."""
    data = yaml.safe_load(read_text("cue_senses.yml"))
    kinds = {kind: frozenset(words) for kind, words in data["objects"].items()} | {"role": vp.EPITHET_ROLES}

    def keys(lemmas: dict[str, list[str]] | list[str]) -> frozenset[str]:
        forms = lemmas.items() if isinstance(lemmas, dict) else ((lemma, []) for lemma in lemmas)
        return frozenset(key for lemma, irregular in forms for key in (at.stem(lemma), *irregular))

    acts = {at.stem(verb): frozenset().union(*(kinds[kind] for kind in entry["objects"])) for verb, entry in data["act"].items()}
    person = frozenset(at.stem(verb) for verb, entry in data["act"].items() if entry.get("person"))
    content = data["content"]
    return CueSenses(keys(data["clause"]), keys(data["statement"]), keys(data["contest"]), acts, person,
                     keys(list(content)), frozenset(at.stem(verb) for verb, entry in content.items() if entry.get("evidence")),
                     frozenset(at.stem(verb) for verb, entry in content.items() if entry.get("request")),
                     frozenset(data["no_content"]), frozenset(data["statement_nouns"]), vp.DOCUMENTS | frozenset(data["evidence_nouns"]),
                     keys(data.get("naming", [])), keys(data.get("addressed", [])),
                     made_statements=frozenset(data["made_statements"]), judged_things=keys(data.get("judged_things", [])),
                     judged_objects=frozenset(data.get("judged_objects", [])))


_CLAUSE_OPENERS = r"(?i)(?:(?:in\s+effect|again|also|then)[,\s]+)?(?:whether|if|what|why|how|who|whom|which|when|where|that|to\s+[a-z]+)\b"
_DETERMINERS = frozenset("the a an these those this that its their his her our my your".split())
_RELATIVES = frozenset("who which that whom whose where when".split())
_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
_REPORTED_SUBJECT = re.compile(
    r"(?i)\b(?:(?:he|she|they|it|we|i|you)\b|\w+['’](?:re|ll|ve|d|m)\b|(?:that|there|what|who)['’]s\b|\w+n['’]t\b)")
"""A subject pronoun or a contracted verb: a clause of its own."""


_TO_WORD = re.compile(r"\bto\s+([a-z][\w'’-]*)")
_NO_VERB_TAGS = frozenset("NNS DT PDT PRP PRP$ CD IN CC WDT WP".split())


def _infinitive(word: str, lexicon: Any) -> bool:
    """Whether a word after 'to' may be an infinitive's verb: no determiner, pronoun, number or plural
    noun ("to support the winner", "to move", "to quiet down"; not "to walkers", "to the move"). The
    tagger's lexicon gives one class a word, so a verb that is also a noun ('support', 'vote') counts."""
    return word not in _DETERMINERS and str(lexicon.get(word, "")) not in _NO_VERB_TAGS


_PURPOSE_OBJECT = re.compile(r"[\w'’-]+(?:\s+[\w'’-]+){0,4}")
"""A short noun phrase with no comma, the object a purpose's infinitive follows ("his superior
strength", "admirable resolve"): longer, or set off by a comma, the words may hold a clause of
their own ("the prime minister favours a poll in order to", "his commitments, to be financed")."""


def _holds_clause(text: str, lexicon: Any, *, finite: bool = False, infinitive: bool = True) -> bool:
    """Whether a phrase holds a clause of its own: a subject pronoun or a contracted verb ("claimed
    she was", "claimed it's"), or a word the tagger's lexicon gives as a verb or modal that no
    determiner, possessive, adjective or relative word stands before past any adverbs ("denied the
    campaign was", "denies using drugs"; not "their second ever win", "a late show", "a fee, which",
    "Ireland's lead":
    nouns the lexicon also lists as verbs). What a verb of saying, asking or believing takes also
    reports with an opening wh-word, 'if', 'whether', 'that' or infinitive ("asked whether", "asked,
    in effect, if") and with an infinitive after it ("asked the council to publish", "tell voters to
    support"; _infinitive). With `finite`, for what an act's verb takes ("agreed a deal to supply",
    "beat Ann Lee to win") and for a noun phrase, only a finite verb counts, in lower case (no
    name's word: 'Harbor City') and after the phrase's first word. Without `infinitive`, for what a
    cue of showing or admitting takes, 'to' and a verb are a thing's purpose ("showed great composure
    to get", "declined the chance to consult"), no clause, and what follows belongs to the purpose
    ("showed his strength to take the set and earn a win": no clause of 'earn')."""
    if _REPORTED_SUBJECT.search(text):
        return True
    if not finite and infinitive and (re.match(_CLAUSE_OPENERS, text) or any(_infinitive(m.group(1), lexicon) for m in _TO_WORD.finditer(text))):
        return True
    if not infinitive and (purpose := next((m for m in _TO_WORD.finditer(text) if m.start() and _infinitive(m.group(1), lexicon)), None)) \
            and _PURPOSE_OBJECT.fullmatch(text[: purpose.start()].strip()) \
            and str(lexicon.get(text.split()[0].lower(), "")) in ("DT", "PRP$", "JJ", "CD"):
        if _holds_clause(text[purpose.start() :], lexicon, finite=True):
            return True  # "suggests any further deals to increase trade should be gradual": the phrase is a subject
        text = text[: purpose.start()]  # "showed his strength to take the set and earn a win": the rest is the purpose's
    words = re.findall(r"[\w'’-]+", text)
    for i, word in enumerate(words):
        tag = str(lexicon.get(word.lower(), ""))
        if not tag.startswith(_FINITE_TAGS if finite else ("VB", "MD")) or finite and (i == 0 or not word.islower() or words[i - 1].lower() == "to"):
            continue  # with `finite`, no name's word and no infinitive ("to have been")
        k = i - 1
        while k >= 0 and str(lexicon.get(words[k].lower(), "")).startswith("RB"):
            k -= 1
        if k < 0 or not (words[k].lower() in _DETERMINERS or words[k].lower() in _RELATIVES or re.search(r"\w['’]s$", words[k])
                         or str(lexicon.get(words[k].lower(), "")).startswith(("JJ", "PRP$")) and not (k and words[k][:1].isupper())
                         or not infinitive and str(lexicon.get(words[k].lower(), "")) in ("TO", "IN")):
            return True
    return False


_NO_CONTENT_TAGS = ("IN", "TO", "RB", "RP", "CC", "WDT", "WRB", "UH", "EX")
"""Word classes (the tagger's lexicon) that open no reported clause right after a reporting verb:
a preposition, an adverb or a particle ("said in a statement", "said via email", "said earlier",
"pointed out", "refused to comment")."""


def _saying_form(word: str) -> bool:
    """A form of a reporting verb (resources/reporting_verbs.txt) by its stem, or by the stem of the
    word without its '-ed' or '-ing' (the Porter stem of "added" and "adding" is 'ad', of "add" 'add')."""
    stems = at.reporting_stems()
    return at.stem(word) in stems or any(word.endswith(end) and at.stem(word[: -len(end)]) in stems for end in ("ed", "ing"))
