"""Figures in series: figures whose meaning comes from the structure they share (nine readings, below).

The reading rules read each figure from its own neighbourhood. Where several figures of a sentence
(or of sentences that go on from one another) are members of one series, what a member means can
come from the series instead:

- "respectively" after a run of figures ("Ben Carson and Ted Cruz raised $23m and $20m,
  respectively"): the i-th figure is the i-th name's (`respective_holders`);
- a member that repeats an earlier member's verb with a bare number ("X had 1,317 homicides; Y
  had 3,797; and Z, which has 847,735 citizens, had 883"): the noun is left out after the first,
  so the bare number counts what the first member counted (`parallel_counts`);
- shares listed after a first share of a group with the verb left out ("54 percent of the
  electorate was 45 or older, 72 percent white, 13 percent African American") are of that group,
  not of the word after each (`gapped_shares`);
- a list of labelled figures, a name and a noun before each ("Wyoming (Obama approval 26 percent,
  Clinton support 27 percent)"): the name holds each figure, the noun is what it measures
  (`labelled_members`);
- a change that measures the very words an earlier figure of the paragraph measures (a change's
  ends, a restated change carried to the next sentence: "... in Wales has fallen by 9.8%.
  Statistics showed a decline from 785 to 708") is that figure's holder's (`shared_holders`);
- a pair of shares set as two sides with neither side named goes on with the paragraph's last
  named pair ("Clinton led Trump 47 percent to 39 percent ... Among non-white voters, her edge was
  massive: 69 percent to 21 percent") (`continued_sides`);
- a change that "also" moved goes on in the frame of the change the sentence before reported, and
  has its holder when it names none ("... in Wales has fallen by 9.8%. ... The number waiting over
  12 months also fell from 7,613 to 6,630") (`also_changed`);
- a figure that measures what a figure of its sentence or of the two before in the paragraph measured
  (the same head noun), when that figure is a place's by name, is the place's: the group or things
  counted there go on being counted there ("In the Florida primary, 74 percent of voters were 45 or
  older. Seventy-eight percent were white") (`placed_again`);
- a figure whose measured words a demonstrative points back with ("the Browns had 11 hits. 8 of those
  hits came from the line"; "raised $58m. 40 percent of that money arrived in May") is the holder's of
  the nearest figure before it that measured the same thing (`pointed_back`).

Each rule changes a figure only where the structure is unambiguous; elsewhere the existing reading
stays. `read_series` applies them to one article's figures (called in `figures.article_figures`
after the holder passes over pairs of figures and before points and table cells are read).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .holders import names_other_place, names_place
from .meaning import head_noun
from .syntax import _tagger, has_finite

if TYPE_CHECKING:
    from .figures import Figure

_QUALIFIER = r"(?:(?:about|around|nearly|almost|just|roughly|some|more\s+than|less\s+than|over|under|up\s+to|plus\s+or\s+minus)\s+)?"
_SERIES_GAP = re.compile(rf"\s*(?:,\s*(?:(?:and|or)\s+)?|\s(?:and|or|to)\s+)(?:(?:by|at|with|of)\s+)?{_QUALIFIER}")
"""What stands between two members of a run of figures: a comma, 'and', 'or' or 'to', perhaps a
preposition repeated and a qualifier ("$23m and $20m", "40%, 35% and 20%", "by 5 and 10 points")."""
_RESPECTIVELY = re.compile(r"(?:\s+of\s+(?:the\s+)?[a-z]+)?\s*,?\s*respectively\b")
"""'respectively' right after a run's last figure, perhaps past an 'of' phrase ("20% of the vote respectively")."""
_NAME = r"[A-Z][\w.'’&/-]*(?:\s+(?:[A-Z][\w.'’&/-]*|(?:de|van|von|der|al)(?=\s)))*"
_COORDINATION = re.compile(rf"(?P<names>{_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})")
"""Names coordinated with commas and 'and' ("Ben Carson and Sen. Ted Cruz", "Lee, Roy and Hart")."""
_PREPOSITION_BEFORE = re.compile(
    r"(?i)\b(?:from|by|of|according\s+to|between|among|in|at|for|against|over|than|with|on|to|about|behind|ahead\s+of|versus|vs\.?|like|including|which|who|whom|that)\s+(?:the\s+)?$"
)
"""A preposition or relative pronoun before a list of names: the names are a source, a place, an object
or the subject of an aside ("polls from Quinnipiac and Fox News", "in Ohio and Iowa", "Acme and Bolt,
which Lee and Roy run, earned ..."), not the members' holders."""
_AFTER_NAMES = re.compile(r"\s*(?:,|—|–|\(|['’]s?\s)|\s+(?P<word>[a-z]+)\b")
_OPENING_WORD = re.compile(r"^(?:Both|And|But|So|Yet|Then|Now|Only|Even|While|Meanwhile|However)\s+")
_POSSESSIVE_END = re.compile(r"['’]s?$")


def _runs(text: str, spans: Sequence[tuple[int, int]]) -> list[list[int]]:
    """Runs of indices of consecutive figures (start, end) joined only by a series gap."""
    runs: list[list[int]] = []
    for k, (start, _) in enumerate(spans):
        if runs and (gap := _SERIES_GAP.fullmatch(text, spans[k - 1][1], start)) is not None and gap.group(0).strip():
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


def _verb_like(word: str) -> bool:
    """A word the lexicon tags as a verb, a modal or an adverb: what may follow a clause's subject."""

    tag = _tagger().lexicon.get(word, "")
    return tag.startswith(("VB", "MD", "RB"))


def coordinated_names(text: str, low: int, at: int) -> list[tuple[str, int, int]] | None:
    """The names of the nearest coordination of names between `low` and `at` that stands as a
    clause's subject or heads what follows it ("Ben Carson and Sen. Ted Cruz raised", "Marco Rubio and
    Ted Cruz, 11 and 8 percent", "Cruz and Trump's shares"): (name, start, end) in order. None when
    there is none, when a preposition stands before it ("polls from Quinnipiac and Fox News") or when
    a noun follows it ("Facebook and Twitter followings": the names modify a thing)."""
    from .holders import names_nothing, no_name

    found = None
    for found in _COORDINATION.finditer(text, max(low, at - 300), at):  # a bounded window: no scan of a long run of capitals
        pass
    if found is None:
        return None
    if _PREPOSITION_BEFORE.search(text, max(low, found.start() - 20), found.start()):
        return None
    after = _AFTER_NAMES.match(text, found.end(), at)
    if after is None or after.group("word") is not None and not (_verb_like(after.group("word")) or after.group("word") in ("each", "both", "all")):
        return None
    names = []
    for part in re.finditer(rf"{_NAME}", found.group("names")):
        words, start = part.group(0), found.start() + part.start()
        if words == "and":
            continue
        if (opening := _OPENING_WORD.match(words)) is not None:
            words, start = words[opening.end() :], start + opening.end()
        words = _POSSESSIVE_END.sub("", words)
        if not words or no_name(words.split()[0]) or names_nothing(words):
            return None
        names.append((words, start, start + len(words)))
    return names


def respective_holders(text: str, sentence: tuple[int, int], figures: Sequence[Figure]) -> dict[int, tuple[str, int, int]]:
    """Holders by position for a run of figures that "respectively" closes: index (into `figures`,
    one sentence's figures in reading order) -> (holder, start, end).

    The names are the coordination before the run ("Ben Carson and Sen. Ted Cruz raised $23million
    and $20million, respectively"), when it names as many as the run has figures; else, when the
    run's figures already hold as many different names as they are, each written before the run,
    those names in the order the sentence writes them ("Clinton doubles Sanders' share of support; 61
    percent to 30 percent, respectively" had them the wrong way round). Nothing else."""
    spans = [(f.start, f.end) for f in figures]
    given: dict[int, tuple[str, int, int]] = {}
    for run in _runs(text, spans):
        last = figures[run[-1]]
        if len(run) < 2 or _RESPECTIVELY.match(text, last.end) is None:
            continue
        first = figures[run[0]]
        if first.subject is not None and len(re.split(r",\s*(?:and\s+)?|\s+and\s+", first.subject)) == len(run):
            continue  # "sales and profits rose 5% and 3%, respectively": the run maps onto its subjects, not onto names
        names = coordinated_names(text, sentence[0], first.start)
        if names is not None and len(names) == len(run):
            given.update(zip(run, names))
            continue
        held = [(figures[k].holder, figures[k].holder_start, figures[k].holder_end) for k in run]
        if all(h is not None and s is not None and e is not None and sentence[0] <= s and e <= first.start for h, s, e in held) and len(
            {h for h, _, _ in held}
        ) == len(run) == len({s for _, s, _ in held}):
            given.update(zip(run, sorted(held, key=lambda h: h[1])))  # type: ignore[arg-type, return-value]
    return given


_BARE = re.compile(r"[\d.,]+")
_VERB_BEFORE = re.compile(rf"\b(?P<verb>[a-z]+)\s+{_QUALIFIER}$")
_BE_FORMS = frozenset("is are was were be been being am".split())
_RELATIVE_BEFORE = re.compile(r"\b(?:which|who|that)\s+(?:[a-z]+\s+)?[a-z]+\s+(?:[a-z]+\s+)?$")
"""A relative clause's verb right before a figure ("which had 77,000 citizens")."""


def _verb_before(text: str, low: int, at: int) -> str | None:
    found = _VERB_BEFORE.search(text, max(low, at - 40), at)
    if found is None or found.group("verb") in _BE_FORMS:
        return None
    verb = found.group("verb")
    return verb if _verb_like(verb) and not verb.endswith("ly") else None


def parallel_counts(text: str, sentence: tuple[int, int], figures: Sequence[Figure]) -> dict[int, tuple[str, int, int]]:
    """Subjects for bare numbers that repeat an earlier member's verb: index -> (subject, start, end).

    "San Mateo, which has 769,025 people, had 1,317 burglaries; Oxnard had 3,797; and Napa, which has
    84,735 residents, had 883": each "had" after the first leaves the noun out, so 883 counts
    burglaries, not the residents its own aside counts. A member is a number written bare (no noun of
    its own) right after a verb (past a qualifier) that is no form of "be"; the member it repeats is
    the nearest earlier figure of the sentence after the same verb whose subject is its own counted
    noun."""
    given: dict[int, tuple[str, int, int]] = {}
    verbs: dict[str, int] = {}  # each verb's latest count with a noun of its own, by index
    for k, figure in enumerate(figures):
        verb = _verb_before(text, sentence[0], figure.start)
        if verb is None:
            continue
        own = figure.kind == "count" and figure.subject_start is not None and figure.subject_end is not None and (
            figure.start <= figure.subject_start and figure.subject_end <= figure.end
        )
        if own and not _RELATIVE_BEFORE.search(text, max(sentence[0], figure.start - 60), figure.start):
            verbs[verb] = k  # (not "Napa, which has 84,735 residents": an aside's count is no model)
        elif figure.kind in ("count", "number") and _BARE.fullmatch(figure.surface) and set(figure.flags) <= {"unit_missing"}:
            if verb in verbs:
                model = figures[verbs[verb]]
                if model.subject is not None and model.subject_start is not None and model.subject_end is not None and model.subject != figure.subject:
                    given[k] = (model.subject, model.subject_start, model.subject_end)
    return given


def shared_holders(figures: Sequence[Figure]) -> dict[int, tuple[str, int, int]]:
    """Holders for changes that measure the very words an earlier figure of the paragraph measures
    (the same subject, at the same offsets: a change's ends, a restated change whose subject was
    carried from the sentence before) and hold nothing of their own: index -> (holder, start, end),
    when every such earlier figure that has a holder has the same one. Only a change: figures that
    change nothing share a subject without sharing a holder ("Four in 10 voters see Lee's campaign as
    unfair, and a third said that of Roy's"; "a tax cut of $275,000 [for the top 1 percent], compared
    with $2,700 for those in the middle")."""
    given: dict[int, tuple[str, int, int]] = {}
    held: dict[tuple[int, int, int], set[tuple[str, int, int]]] = {}
    for k, figure in enumerate(figures):
        if figure.subject_start is None or figure.subject_end is None:
            continue
        key = (figure.paragraph, figure.subject_start, figure.subject_end)
        if figure.holder is not None and figure.holder_start is not None and figure.holder_end is not None:
            held.setdefault(key, set()).add((figure.holder, figure.holder_start, figure.holder_end))
        elif figure.holder is None and figure.change is not None and len(owners := held.get(key, set())) == 1:
            given[k] = next(iter(owners))
    return given


_SIDES_TO = re.compile(r"\s+to\s+")
_NOT_SIDES = re.compile(r"(?i)\b(?:from|between|of|by\s+about)\s+$")
_SIDES_GO_ON = re.compile(r"\b(?:[Aa]mong|lead|edge|advantage|margin|ahead)\b")
"""Words that say a pair of shares goes on with the sides before ("Among women, her edge was ...",
"His lead among undeclared voters is larger -- 64% to 27%"); without one a pair may be anything
("approve 40 percent to 55 percent")."""


def _side_pairs(text: str, figures: Sequence[Figure]) -> list[int]:
    """Indices i of the pairs (i, i + 1) of shares of one sentence joined by "to" that set two sides
    against each other ("47 percent to 39 percent"), not a change's ends ("from 5 percent to 7
    percent", "rose 5 percent to 7 percent")."""
    return [
        i for i in range(len(figures) - 1)
        if figures[i].kind == figures[i + 1].kind == "percent" and figures[i].sentence == figures[i + 1].sentence
        and figures[i].change is None and figures[i + 1].change is None
        and _SIDES_TO.fullmatch(text, figures[i].end, figures[i + 1].start) is not None
        and _NOT_SIDES.search(text, max(0, figures[i].start - 12), figures[i].start) is None
    ]


def continued_sides(text: str, sentences: Sequence[tuple[int, int]], figures: Sequence[Figure]) -> dict[int, tuple[str, int, int]]:
    """Holders for a pair of shares set as two sides with neither side named ("Clinton led Trump 47
    percent to 39 percent among voters ages 18 to 39. Among non-white voters, her edge was massive: 69
    percent to 21 percent"): the sides of the paragraph's last pair whose two sides are named, in the
    same order, when the words before the pair say it goes on with them (a subgroup, a lead, an edge,
    a pronoun). index -> (holder, start, end)."""
    given: dict[int, tuple[str, int, int]] = {}
    last: tuple[Figure, Figure] | None = None
    for i in _side_pairs(text, figures):
        a, b = figures[i], figures[i + 1]
        if a.holder is not None and b.holder is not None:
            if a.holder != b.holder and a.holder_start is not None and b.holder_start is not None:
                last = (a, b)
            continue
        own = sentences[a.sentence][0] if 0 <= a.sentence < len(sentences) else a.start
        if a.holder is None and b.holder is None and last is not None and last[0].paragraph == a.paragraph and _SIDES_GO_ON.search(
            text, max(last[1].end, own), a.start
        ):  # the words that say so are in the pair's own sentence
            for k, side in ((i, last[0]), (i + 1, last[1])):
                given[k] = (side.holder, side.holder_start, side.holder_end)  # type: ignore[assignment]
    return given


_CLAUSE_BREAK = re.compile(r";\s*|\b(?:while|but|whereas)\s+")
_ALSO_CHANGE = re.compile(r"\balso\s+(?:(?:has|have|had|was|were)\s+)?(?:rose|risen|fell|fallen|grew|grown|dropped|declined|increased|decreased|climbed|jumped|slipped|slid|edged|went|gone|surged|soared|plunged|tumbled)\b")


def also_changed(text: str, sentences: Sequence[tuple[int, int]], figures: Sequence[Figure]) -> dict[int, tuple[str, int, int]]:
    """Holders for a change that 'also' moved after a change of the sentence before in the same
    paragraph ("... in Wales has fallen by 9.8%. The number waiting over 12 months also fell from
    7,613 to 6,630"): the same frame, so the same holder, when the change names none of its own."""
    given: dict[int, tuple[str, int, int]] = {}
    for k, figure in enumerate(figures):
        if figure.change is None or figure.holder is not None or not 0 < figure.sentence < len(sentences):
            continue
        low = sentences[figure.sentence][0]
        clause = max((m.end() for m in _CLAUSE_BREAK.finditer(text, low, figure.start)), default=low)
        if _ALSO_CHANGE.search(text, clause, figure.start) is None:
            continue
        j = k - 1
        while j >= 0 and figures[j].sentence == figure.sentence:
            j -= 1  # back past this sentence's figures to the sentence before's last change
        while j >= 0 and figures[j].sentence == figure.sentence - 1 and figures[j].change is None:
            j -= 1
        if j < 0 or figures[j].sentence != figure.sentence - 1 or figures[j].paragraph != figure.paragraph:
            continue
        before = figures[j]
        if before.holder is not None and before.holder_start is not None and before.holder_end is not None:
            given[k] = (before.holder, before.holder_start, before.holder_end)
    return given


_NAMED_RELATIVE = re.compile(r"\s+(?:that|which|who)\s+(?:the\s+)?[A-Z]")
"""A relative clause right after a figure whose subject is a name ("the 2 percent that NATO members committed")."""


def placed_again(text: str, sentences: Sequence[tuple[int, int]], figures: Sequence[Figure]) -> dict[int, tuple[str, int, int]]:
    """Holders for a figure with none that measures what a figure of its own sentence or of the two
    before in its paragraph measured (the same head noun), when every such figure with a holder has one
    place by name (`holders.names_place`): a group or things counted in a place go on being the
    place's ("In the Florida primary, 74 percent of voters were 45 or older. Seventy-eight percent were
    white"; "Italy have recorded three wins, but two of those came against Scotland"). Not a duration
    (a length of time is no place's), nor a body's or a person's holder (shares and counts of one thing
    are others' as often as theirs: "Lee won 40 percent of the vote ... 35 percent of the vote went to
    Roy"), nor a figure whose relative clause names its own subject ("the 2 percent that NATO members
    committed") or whose sentence names another place before it ("... in Louisiana, which covered 400,000
    residents. In the Mississippi race, 100,000 residents ..."). index -> (holder, start, end)."""
    given: dict[int, tuple[str, int, int]] = {}
    heads = [head_noun(f.subject) for f in figures]
    for k, figure in enumerate(figures):
        if figure.holder is not None or figure.kind == "duration" or heads[k] is None or _NAMED_RELATIVE.match(text, figure.end):
            continue
        owners: dict[str, tuple[str, int, int]] = {}
        j = k - 1
        while j >= 0 and figures[j].paragraph == figure.paragraph and figures[j].sentence >= figure.sentence - 2:
            earlier = figures[j]
            if heads[j] == heads[k] and earlier.holder is not None and earlier.holder_start is not None and earlier.holder_end is not None:
                owners.setdefault(earlier.holder, (earlier.holder, earlier.holder_start, earlier.holder_end))  # the nearest mention
            j -= 1
        if len(owners) == 1 and names_place(holder := next(iter(owners))) and not (
            0 <= figure.sentence < len(sentences) and (
                names_other_place(text, sentences[figure.sentence][0], figure.start, owners[holder][1:])
                or _another_scope(text[sentences[figure.sentence][0] : figure.start])
            )
        ):
            given[k] = owners[holder]
    return given


_POINTING_BACK = re.compile(r"(?i)\s*(?:of\s+(?:this|that|these|those)|these|those)\s+(?:[a-z][\w-]*\s+){0,2}")
"""Between a figure and the words it measures: a demonstrative, perhaps before a modifier or two ("8 of
those hits", "40 percent of that money", "half those pupils"): the words stand for what a figure
before measured. A singular one only after "of": a bare "that" opens a clause ("the 2 percent that
members pay")."""
_PLURAL_POINTING_BEFORE = re.compile(r"(?i)\b(?:these|those)\s+$")
"""Right before a figure that restates a count: "those 500 jobs" (not "that", which may open a clause)."""
_OPENS_POINTING = re.compile(r"(?i)(?:this|that|these|those)\s")
"""The measured words open with a demonstrative ("those 500 jobs")."""
_AMOUNT_WORDS = frozenset("money sum amount cash total funds figure".split())
"""Heads that stand for a sum already given, whatever it measured ("raised $58m. 40 percent of that money")."""


def _points_back(text: str, figure: Figure) -> bool:
    """The figure's measured words point back with a demonstrative, written between the figure and them
    or opening them; not a "that" before the figure ("found that 63% backed it", "donations that totaled
    $2m"), which opens a clause."""
    at = figure.subject_start
    if at is None:
        return False
    if at < figure.start:
        return _OPENS_POINTING.match(text, at) is not None
    between = at >= figure.end and _POINTING_BACK.fullmatch(text, figure.end, at) is not None
    return between or _PLURAL_POINTING_BEFORE.search(text[max(0, figure.start - 8) : figure.start]) is not None


def pointed_back(text: str, figures: Sequence[Figure]) -> dict[int, tuple[str, int, int]]:
    """Holders for a figure with none whose measured words a demonstrative points back with ("the
    Browns had 11 hits. 8 of those hits came from the line"; "Acme raised $58m. 40 percent of that
    money arrived in May"): the holder of the nearest figure before it in its sentence or the two before
    (same paragraph) that measured the same head noun, or any sum when the head is a word for an amount
    ("money", "sum"). index -> (holder, start, end)."""
    given: dict[int, tuple[str, int, int]] = {}
    heads = [head_noun(f.subject) for f in figures]
    for k, figure in enumerate(figures):
        if figure.holder is not None or heads[k] is None or not _points_back(text, figure):
            continue
        j = k - 1
        while j >= 0 and figures[j].paragraph == figure.paragraph and figures[j].sentence >= figure.sentence - 2:
            earlier = figures[j]
            if heads[j] == heads[k] or heads[k] in _AMOUNT_WORDS and earlier.kind == "money":
                if earlier.holder is not None and earlier.holder_start is not None and earlier.holder_end is not None:
                    given[k] = (earlier.holder, earlier.holder_start, earlier.holder_end)
                break  # the nearest such figure is the one pointed back at, held or not ("Ford sold 100 cars. Across
                # the industry, 4,000 cars were sold. Half of those cars ...": the industry's, so no holder)
            j -= 1
    return given


_WIDER_SCOPE = re.compile(
    r"(?i)\b(?:nationally|nationwide|overall|globally|worldwide|elsewhere|across\s+the\s+(?:country|nation|world|board)"
    r"|in\s+(?:a|an|most|many|other|every)\s|(?:the|their|our)\s+(?:hosts|visitors|tourists|opponents|home\s+side|away\s+side)\b)"
)


def _another_scope(before: str) -> bool:
    """The words of a figure's sentence before it leave the place an earlier figure was counted in for a
    wider or general scope ("Nationally, 60 percent were"; "In a typical state, about 60 percent are") or a
    side of a match ("The hosts were all out for 210"), found by a read-only review. A name of the clause's
    own ("Trump needs 270") is left: a capitalized word before the figure also opens "In the Republican
    primary, 603,000 people voted" and "Seventy-eight percent were white, while 16 percent were Latino"."""
    return _WIDER_SCOPE.search(before) is not None


_MEMBER_END = re.compile(r"(?:,\s*(?:and\s+)?|,?\s+and\s+)$")
_OWN_GROUP_OR_VERB = re.compile(r"\s+(?:of\b|(?P<word>[a-z]+)\b)")


def gapped_shares(text: str, figures: Sequence[Figure]) -> dict[int, tuple[str, int, int]]:
    """Subjects for shares listed after a first share of a group, with the verb left out ("In 2012,
    54 percent of the electorate was 45 or older, 72 percent white, 13 percent African American and
    10 percent Latino"; "60 percent of pupils were boys, 20 percent Irish and 20 percent Polish"): each
    later share is of the first one's group, not the word that follows it. The first share's group is
    its subject, written after it with "of" or before it ("Of the staff, 40 percent are women, ...");
    its clause goes on to a comma or "and"; each later share follows a comma or "and" with no finite
    verb since the share before, and no "of" or verb of its own right after it. index -> (subject,
    start, end), one sentence's figures in reading order."""
    given: dict[int, tuple[str, int, int]] = {}
    shares = [k for k, f in enumerate(figures) if f.kind == "percent"]
    for n, k in enumerate(shares):
        first = figures[k]
        if first.subject is None or first.subject_start is None or first.subject_end is None or first.change is not None:
            continue
        if first.subject_start >= first.end and not re.fullmatch(r"\s+of\s+(?:the\s+|those\s+|all\s+)?", text[first.end : first.subject_start]):
            continue  # "40 percent white": the share's own word is no group
        run: list[int] = []
        for i in shares[n + 1 :]:
            previous = figures[run[-1]] if run else first
            member = figures[i]
            between = text[max(previous.end, first.subject_end if not run else previous.end) : member.start]
            if member.sentence != first.sentence or member.change is not None or any(mark in between for mark in ";:.!?()\n\"“”"):
                break
            if not _MEMBER_END.search(between) or run and has_finite(between) or not run and not has_finite(between):
                break  # the first share's clause has its verb; the later ones leave it out
            if member.subject_start is not None and member.subject_start != first.subject_start and previous.end <= member.subject_start < member.start and re.search(
                r"\bof\s+(?:the\s+|those\s+|all\s+)?$", text[previous.end : member.subject_start]
            ):
                break  # "..., and of the managers, 25 percent": a group of its own, written before it
            after = _OWN_GROUP_OR_VERB.match(text, member.end)
            if after is not None and (after.group("word") is None or has_finite(after.group("word"))):
                break  # "30 percent of men", "30 percent said ...": a share with its own group or clause
            run.append(i)
        for i in run:
            if figures[i].subject != first.subject or figures[i].subject_start != first.subject_start:
                given[i] = (first.subject, first.subject_start, first.subject_end)
    return given


_LABELLED = re.compile(rf"(?:[(,;:]\s*|\band\s+)(?P<name>{_NAME})\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+$")


def _nouns(words: str) -> bool:
    lexicon = _tagger().lexicon
    return all(lexicon.get(word, "NN").startswith("NN") for word in words.split())


def labelled_members(text: str, figures: Sequence[Figure]) -> dict[int, tuple[tuple[str, int, int], tuple[str, int, int]]]:
    """Holder and subject for each member of a list of labelled figures, a name and a noun before
    each figure with no verb ("Wyoming (Lee approval 26 percent, Roy support 27 percent)"): the name
    holds the figure, the noun is what it measures. Two members or more, each after a bracket, comma,
    colon, semicolon or "and", none with a holder or subject read inside it (one read before the list
    yields: "Wyoming" of "Wyoming (Lee approval 26 percent, ...)" is where, not whose). index -> ((holder, start, end),
    (subject, start, end)), one sentence's figures in reading order."""
    from .holders import names_nothing, no_name

    found: dict[int, tuple[tuple[str, int, int], tuple[str, int, int]]] = {}
    for k, figure in enumerate(figures):
        label = _LABELLED.search(text, max(0, figure.start - 80), figure.start)
        if label is None or not _nouns(label.group("noun")):
            continue
        if any(start is not None and start >= label.start() for start in (figure.holder_start, figure.subject_start)):
            continue  # a reading from inside the member stays; one from before the list ("Wyoming (...)") yields
        name = label.group("name")
        if no_name(name.split()[0]) or names_nothing(name):
            continue
        found[k] = ((name, label.start("name"), label.end("name")), (label.group("noun"), label.start("noun"), label.end("noun")))
    return found if len(found) >= 2 else {}


def read_series(text: str, sentences: Sequence[tuple[int, int]], found: Sequence[Figure]) -> list[Figure]:
    """The article's figures (in reading order, each with its `sentence` index into `sentences`,
    given as (start, end)) with what their series says: holders by "respectively", the counted noun
    of a parallel member, the group of gapped shares, labelled members, the holder of the words a change measures, the sides a pair goes on with,
    the holder of the change an 'also' change goes on from, the place a figure's noun was counted in before,
    the holder of the figure a demonstrative points back to."""
    out = list(found)
    k = 0
    while k < len(out):
        j = k
        while j < len(out) and out[j].sentence == out[k].sentence:
            j += 1
        if j - k >= 2 and 0 <= out[k].sentence < len(sentences):
            here = out[k:j]
            bounds = sentences[out[k].sentence]
            for i, (holder, start, end) in respective_holders(text, bounds, here).items():
                out[k + i] = replace(out[k + i], holder=holder, holder_start=start, holder_end=end)
            for i, (subject, start, end) in parallel_counts(text, bounds, out[k:j]).items():
                out[k + i] = replace(out[k + i], subject=subject, subject_start=start, subject_end=end)
            for i, (subject, start, end) in gapped_shares(text, out[k:j]).items():
                out[k + i] = replace(out[k + i], subject=subject, subject_start=start, subject_end=end)
            for i, ((holder, h_start, h_end), (subject, s_start, s_end)) in labelled_members(text, out[k:j]).items():
                out[k + i] = replace(
                    out[k + i], holder=holder, holder_start=h_start, holder_end=h_end, subject=subject, subject_start=s_start, subject_end=s_end
                )
        k = j
    for i, (holder, start, end) in shared_holders(out).items():
        out[i] = replace(out[i], holder=holder, holder_start=start, holder_end=end)
    for i, (holder, start, end) in continued_sides(text, sentences, out).items():
        out[i] = replace(out[i], holder=holder, holder_start=start, holder_end=end)
    for i, (holder, start, end) in also_changed(text, sentences, out).items():
        out[i] = replace(out[i], holder=holder, holder_start=start, holder_end=end)
    for i, (holder, start, end) in placed_again(text, sentences, out).items():
        out[i] = replace(out[i], holder=holder, holder_start=start, holder_end=end)
    for i, (holder, start, end) in pointed_back(text, out).items():
        out[i] = replace(out[i], holder=holder, holder_start=start, holder_end=end)
    return out
