"""Which group and which question a share (a percent level, a fraction) was read over: a poll's shares
compare only within one matchup or question and one group ("7% undecided" is of all asked, "27% of those
who named a candidate" of some of them; "48 percent chose Clinton while 45 percent chose Cruz" in "a closer
match-up" is no part of the match-up the sentence before gave)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .figures import Figure
from .models import Article

WHOLE_SAMPLE = frozenset(
    "respondents voters voter adults people americans participants registered likely all overall vote votes ballots "
    "electorate public sample poll survey nationally nationwide polled surveyed asked questioned interviewed sampled".split()
)
"""Words for everyone a poll asked (or every vote cast): a share "of voters" or "of the vote" is of the
whole sample, as a share that names no group is."""

ANSWERED = frozenset("supporters backers supporter backer".split())
"""Words for a group that an earlier answer made ("61 percent of Trump supporters"), as "those who named a
candidate" is: a share of it answers a question put to them alone. A group the sample holds whatever it
answers ("of Democrats", "of women") is asked the same question as the rest: its share is weighed."""

_GROUP_AFTER = re.compile(r"\s+(?:of|among)\s+(?P<words>[^,;:.()\[\]\"“”—–]+)")
"""The group a share is of, written right after it ("27% of those who named a candidate", "61 percent of
Trump supporters said ...", "44 percent among independents")."""
_GROUP_WORDS = 5
_CLAUSE_WORDS = frozenset("who that which whom whose while but and or than".split())
_STOP = frozenset("the a an of to in on for and or with its their this these".split())

NEW_SCOPE = re.compile(
    r"(?:(?:but|and|yet|still|meanwhile|however|now)\W+)?"
    r"(?:among|against|versus|vs\.?|asked|pitted|matched|paired|head[- ]to[- ]head"
    r"|when\s+(?:it\s+came\s+to|(?:\w+\s+){0,2}(?:asked|matched|paired|pitted|put)\b)"
    r"|in\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,4}?(?:match-?ups?|races?|contests?|head-to-heads?|pairings?|primary|general\s+election|question))\b",
    re.IGNORECASE,
)
"""A sentence that opens on a new group or question of a poll ("Among those who named a candidate, ...",
"In a closer match-up, ...", "When it came to Rubio, ...", "Against Cruz, ...", "Asked about the tax, ..."):
its shares are of that group or question, not the sentence before's."""


def _lexicon() -> dict[str, str]:
    from .syntax import _tagger  # textblob's lexicon, loaded on first use

    return _tagger().lexicon  # type: ignore[no-any-return]


ASKED_ALL: frozenset[str] = frozenset()
"""The group of a share of everyone asked the question, said so ("of voters", "of women")."""


def own_group(text: str, figure: Figure) -> frozenset[str] | None:
    """The group made by an earlier answer that a share says it is of, by its words ("61 percent of Trump
    supporters": {"trump", "supporters"}; "27% of those who named a candidate": {"those", "named", "candidate"});
    `ASKED_ALL` for one of the whole sample ("50 percent of respondents", "45 percent of the vote") or of a part
    of it any answer holds ("72 percent of Democrats"); None for a share that names no group."""
    found = _GROUP_AFTER.match(text, figure.end)
    if found is None:
        return None
    words = found.group("words").split()[:_GROUP_WORDS]
    lexicon = _lexicon()
    kept: list[str] = []
    if [word.lower() for word in words[:1]] == ["them"]:
        return None  # "55 percent of Trump supporters ...; 86 percent of them": the group before
    restricted = bool(words) and words[0].lower() == "those"  # "of those who ...", "62 percent of those": those who answered
    for n, word in enumerate(words):
        low = re.sub(r"[^\w-]", "", word.lower())
        if not restricted and n and (low in _CLAUSE_WORDS or lexicon.get(low, "")[:2] in ("VB", "MD")):
            break  # "61 percent of Trump supporters said yes": the group ends at its verb
        if low and low not in _STOP:
            kept.append(low)
    if restricted and len(kept) > 1 and kept[1] in WHOLE_SAMPLE:
        return ASKED_ALL  # "of those polled": everyone asked
    if not restricted and not ANSWERED & set(kept):
        return ASKED_ALL  # "of Democrats", "of women": a part of the sample asked the same question
    return frozenset(kept) - WHOLE_SAMPLE or ASKED_ALL


def share_groups(article: Article, figures: Sequence[Figure], indices: Sequence[int]) -> dict[int, frozenset[str]]:
    """The group of each share among the figures `indices` of one sentence, in order: its own, or, when it
    names none, the group of the share before it in the sentence ("61 percent of Trump supporters said yes and 30
    percent said no": both of Trump supporters), else everyone asked."""
    groups: dict[int, frozenset[str]] = {}
    last = ASKED_ALL
    for i in indices:
        own = own_group(article.text, figures[i])
        last = own if own is not None else last
        groups[i] = last
    return groups


_MATCH_UP_IN_CLAUSE = re.compile(r"(?:^|[,;]|\bwhile|\bwhereas|\bbut)\s*(?:against|versus|vs\.?|when\s+(?:matched|paired|pitted)\s+(?:up\s+)?(?:against|with))\s+[A-Z]",
                                 re.IGNORECASE)
"""A clause that opens on a match-up of its own ("Against Clinton, Kasich earned 51 percent to her 35 percent, while
against Sanders, he prevailed 46 percent to 40 percent")."""


def match_ups(article: Article, figures: Sequence[Figure], indices: Sequence[int]) -> dict[int, int]:
    """Which match-up of its sentence each of the figures `indices` (of one sentence) is in: how many clauses
    opening on a match-up (`_MATCH_UP_IN_CLAUSE`) come before it in the sentence."""
    if not indices or not 0 <= figures[indices[0]].sentence < len(article.sentences):
        return {i: 0 for i in indices}
    sentence = article.sentences[figures[indices[0]].sentence]
    opens = [m.start() + sentence.start for m in _MATCH_UP_IN_CLAUSE.finditer(sentence.text)]
    return {i: sum(1 for at in opens if at < figures[i].start) for i in indices}


def opens_new_scope(article: Article, sentence: int) -> bool:
    """Whether the sentence opens on a group or a question of its own (`NEW_SCOPE`) that the sentence before
    does not name: "In a Trump-Clinton matchup, 21 percent ..." after "54 percent would vote for Trump ... 25
    percent for Clinton" goes on with that match-up; "When it came to Rubio, ..." after a Carson-Clinton one
    opens another."""
    if not 0 <= sentence < len(article.sentences):
        return False
    text = article.sentences[sentence].text.lstrip(" \"“‘'—–-")
    frame = NEW_SCOPE.match(text)
    if frame is None:
        return False
    opening = text[: frame.end() + 60].split(",")[0]  # "In a Trump-Clinton matchup", "When it came to Rubio"
    names = set(re.findall(r"\b[A-Z][\w'’.]*[a-z]\w*", opening.replace("-", " ")[1:]))
    before = article.sentences[sentence - 1].text if sentence > 0 else ""
    return not (names and all(re.search(rf"\b{re.escape(name)}\b", before) for name in names))
