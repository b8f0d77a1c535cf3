"""Shortcuts taken for speed give the answers the full work would: the appeal's word hint never
skips a paragraph the `ask` pattern reads as asking, remembered sentence splits are Punkt's, a
unit read without pint is the one pint names, and one alternation of currency names finds what
trying each name in turn finds."""

from __future__ import annotations

import ast
import inspect
import itertools
import textwrap
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.tokenize.punkt import PunktSentenceTokenizer

from helpers import furniture, units
from helpers.segment import sentence_spans, sentence_tokenizer

_ASK = furniture._tables()["appeal"]["ask"]
_VOCABULARY = sorted(set(re.findall(r"[a-z]+(?:-[a-z]+)?", re.sub(r"\\[A-Za-z]", " ", _ASK.pattern))) | {"the", "news"})
"""Every word the pattern names (and two fillers): any three of them reach each of its branches."""


def _spellings(text: str) -> list[str]:
    return [text, text.upper(), text.title(), text.replace("s", "ſ"), text.replace("i", "ı"), text.replace(" ", "\n")]


def test_the_ask_hint_never_misses_a_text_the_pattern_reads_as_asking() -> None:
    asking = 0
    for words in itertools.product(_VOCABULARY, repeat=3):
        text = " ".join(words)
        if _ASK.search(furniture.outlet_voice(text)):
            asking += 1
            for spelled in _spellings(text):
                assert furniture._may_ask(spelled) or not _ASK.search(spelled), spelled
    assert asking > 1000  # the texts do reach the pattern


def test_the_ask_hint_keeps_the_case_insensitive_letters_outside_ascii() -> None:
    text = "Pleaſe ſupport our journalism"  # a long s reads as "s" to a case-insensitive pattern
    assert _ASK.search(text)
    assert furniture._may_ask(text)
    assert not furniture._may_ask("The council said it would rebuild the bridge by May.")


def test_an_appeal_across_short_paragraphs_is_still_found_and_news_is_not() -> None:
    texts = [
        "The bridge reopened on Monday after two years of work, the council said.",
        "Dear reader, we rely on readers like you to keep our journalism free for everyone.",
        "Please consider a monthly contribution to support us.",
        "Traffic was light on the first morning.",
    ]
    appeals = [e.appeal for e in furniture.evidence(texts)]
    assert appeals == [False, True, True, False]


def test_remembered_sentence_splits_are_punkts_and_cannot_be_changed_by_a_caller() -> None:
    text = 'Prices rose 5% in May. Mr. Smith said so. "It is over," she said. The end.'
    plain = list(PunktSentenceTokenizer(sentence_tokenizer()._params).span_tokenize(text))
    first = sentence_spans(text)
    assert [text[s:e] for s, e in first] == ["Prices rose 5% in May.", "Mr. Smith said so.", '"It is over," she said.', "The end."]
    assert len(plain) >= len(first)  # the project joins Punkt's split after a title ("Mr.")
    first.append((0, 1))
    assert sentence_spans(text) == first[:-1]


@pytest.mark.parametrize("value", [0.0, 1.0, 2.5, 12.0, 1e-3, 3.75e9, -4.0])
def test_units_without_a_conversion_read_as_pint_reads_them(value: float) -> None:
    for form in units.unit_forms():
        quantity = units.registry().Quantity(value, form.unit)
        if form.to:
            quantity = quantity.to(form.to)
        assert units.normalize(value, form) == (float(quantity.magnitude), str(quantity.units)), form


@pytest.mark.parametrize(
    "text",
    ["5 US dollars in", "5 Hong Kong dollar", "5 dollars", "5 pounds sterling", "5 pounds", "50p each", "50 pence",
     "5 New Taiwan dollars", "5 Taiwan dollars", "5 rands", "5 yuan.", "5 USD", "5 people", "5 per cent", "5pence"],
)
def test_one_alternation_of_currency_names_finds_what_trying_each_in_turn_finds(text: str) -> None:
    def one_by_one(position: int) -> tuple[str, float, int] | None:
        m = units.money()
        for pattern, code, factor in m.names:
            if match := pattern.match(text, position):
                return code, factor, match.end()
        if match := m.suffix.match(text, position):
            return match.group("code"), 1.0, match.end()
        return None

    for position in range(len(text) + 1):
        assert units.currency_after(text, position) == one_by_one(position), (text, position)


@pytest.mark.parametrize(
    "line", ["", "   ", "\t\u00a0", "\u200b", " \u200b\ufeff ", "\u00ad x", "x", "  Text here ", "\u3000\u200d\u3000", "\u200bA"]
)
def test_a_line_is_kept_exactly_when_its_normalized_text_is_not_empty(line: str) -> None:
    from helpers.clean import _lines, normalize_space

    assert bool(_lines(line, 0, len(line))) == bool(normalize_space(line))


@pytest.mark.parametrize("tok", ["the", "said.", "U.S.", "J.", "...", "5,000.", "-3.5", "Mr.", "it.\"", "naïve", "A", "x..", "2024"])
def test_punkts_token_reads_the_same_with_its_remembered_type_and_shape(tok: str) -> None:
    from nltk.tokenize.punkt import PunktToken

    from helpers.segment import _Token

    plain, remembered = PunktToken(tok), _Token(tok)
    assert remembered.type == plain.type
    for shape in ("is_ellipsis", "is_initial", "is_alpha", "is_non_punct", "is_number"):
        mine, theirs = getattr(remembered, shape), getattr(plain, shape)
        assert bool(mine) == bool(theirs) and getattr(mine, "span", lambda: None)() == getattr(theirs, "span", lambda: None)(), shape


_WORD_LISTS = [
    ["rise", "rises", "rising", "risen", "rose", "up", "upward", "upwards", "went up", "gone up"],
    ["upwards", "up", "upward", "u", ""],  # a word that is the start of others, before and after them, and an empty word
    ["Sea", "sea", "seas", "S.E.A.", "ſea", "+/-", "±", "sea-level", "sea level"],  # two cases of one letter, letters outside ASCII, signs
    ["seventeen", "seventy", "seven", "seventh", "sixty", "six", "sixteen"],
]


def _old_alternation(words: list[str]) -> str:
    return "|".join(re.escape(word) for word in words)


def _texts_from(words: list[str]) -> list[str]:
    pieces = [w for w in words if w] + ["x", " ", "-", "s", "ing"]
    texts = [" ".join(pair) for pair in itertools.product(pieces, repeat=2)]
    texts += ["".join(pair) for pair in itertools.product(pieces, repeat=2)]
    return [spelled for text in texts for spelled in (text, text.upper(), text.title())]


@pytest.mark.parametrize("words", _WORD_LISTS)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("after", ["", r"\b", r"(?:s|ing)?\b", r"\s+x", r"(?!\w)"])
def test_a_tree_of_shared_beginnings_matches_as_the_plain_alternation_does(words: list[str], flags: int, after: str) -> None:
    from helpers.patterns import alternation

    plain = re.compile(rf"(?:{_old_alternation(words)}){after}", flags)
    tree = re.compile(rf"(?:{alternation(words)}){after}", flags)
    assert alternation(words) != _old_alternation(words) or len(words) < 2
    for text in _texts_from(words):
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in tree.finditer(text)], text
        for position in range(len(text) + 1):
            first, second = plain.match(text, position), tree.match(text, position)
            assert (first and first.span()) == (second and second.span()), (text, position)


def test_the_figure_patterns_built_as_trees_match_as_the_word_lists_did() -> None:
    from helpers import figure_patterns as fp
    from helpers.numbers import number_pattern, scale_pattern

    change = re.compile(rf"(?i)\b(?P<inc>{fp.INCREASE})\b|\b(?P<dec>{fp.DECREASE})\b|\b(?P<lvl>{fp.LEVEL})\b")
    qualifier = re.compile(r"(?i)\b(?P<q>" + "|".join(re.escape(q) for q in sorted(fp.QUALIFIERS, key=len, reverse=True)) + r")\s+$")
    words = [*fp.INCREASE.split("|"), *fp.DECREASE.split("|"), *fp.LEVEL.split("|"), *fp.QUALIFIERS]
    sentences = [f"{a} {b} 5%" for a, b in itertools.product(words, ["by", "to", "the", "upward", "risen", "x"])]
    sentences += [f"It {w.upper()} 12 and {w.title()}s {w}ing to" for w in words]
    for sentence in sentences:
        assert [(m.span(), m.lastgroup) for m in change.finditer(sentence)] == [(m.span(), m.lastgroup) for m in fp.CHANGE_VERB.finditer(sentence)]
        for cut in range(len(sentence) + 1):
            old, new = qualifier.search(sentence[:cut]), fp.QUALIFIER.search(sentence[:cut])
            assert (old and (old.span(), old.group("q"))) == (new and (new.span(), new.group("q")))


def test_the_reference_words_as_a_tree_match_as_the_written_alternation_did() -> None:
    from helpers import figure_patterns as fp

    written = re.compile(
        r"(?i)\b(?:page|pages|article|articles|section|chapter|clause|paragraph|number|no\.?|nos\.?|room|flight|"
        r"route|line|platform|gate|bus|item|question|rule|amendment|schedule|figure|table|episode|"
        r"series|season|round|stage|group|level|grade|tier|category|class|phase|step|version|verse|"
        r"act|part|box|channel|radio|division|league|formula|resolution|bill|highway|interstate|"
        r"exit|junction|district|ward|unit|block|floor|apartment|flat|suite|terminal|code|vol\.?|"
        r"issue|team|squad|world war|the|a|an|world cup|top|size|model|mark|mk|type|ranked|seeded|"
        r"number|seat|sector|zone|version|gen)\s$"
    )
    words = [*fp.REFERENCE_WORDS, "pag", "nos", "No.", "worlds", "cup", "war", "agen", "xpage", "thes", "an."]
    for before, word, space in itertools.product(["", "the ", "x", "in ", "5-", "A "], words, [" ", "\n", "", "  ", ". "]):
        for left in (f"{before}{word}{space}", f"{before}{word.upper()}{space}", f"{before}{word.title()}{space}"):
            old, new = written.search(left), fp.REFERENCE_WORD.search(left)
            assert (old and old.span()) == (new and new.span()), left


def test_the_time_anchors_as_a_tree_match_as_the_written_alternation_did() -> None:
    from helpers import figure_patterns as fp

    written = re.compile(
        rf"\d+|(?i:\b(?:{fp.MONTHS}|{fp.WEEKDAYS}|years?|months?|weeks?|weekends?|days?|quarters?|half|halves|decades?|"
        r"seasons?|centur(?:y|ies)|spring|summer|autumn|fall|winter|period|time|term|stage|point|moment|yesterday|today|tomorrow|"
        r"tonight|currently|now|date|afterwards|end|fiscal|financial|q[1-4]|h[12])(?!\w))"
    )
    words = re.findall(r"[A-Za-z]+", written.pattern) + ["January.", "Sept.5", "Jan.x", "May-", "Mayor", "decad", "Q5", "h12", "2024"]
    words += ["days.", "centurys", "endless", "ſeptember", "Kelvin", "İ", "ı", "ſpring", "5th", "_year", "-year"]
    for a, b in itertools.product(words, ["", " ", ".", "x", "5", "'s", " of 2020"]):
        for text in (f"{a}{b}", f"in {a.upper()}{b} and", f"x{a.title()}{b} {a}"):
            assert [m.span() for m in written.finditer(text)] == [m.span() for m in fp.TIME_ANCHOR.finditer(text)], text


def test_the_number_patterns_built_as_trees_match_as_the_word_lists_did(monkeypatch: pytest.MonkeyPatch) -> None:
    from helpers import numbers

    tree_numbers, tree_scales = numbers.number_pattern(), numbers.scale_pattern()
    monkeypatch.setattr(numbers, "alternation", _old_alternation)
    plain_numbers, plain_scales = numbers.number_pattern.__wrapped__(), numbers.scale_pattern.__wrapped__()
    assert plain_numbers.pattern != tree_numbers.pattern and plain_scales.pattern != tree_scales.pattern
    v = numbers.vocabulary()
    words = [*v["units"], *v["tens"], *v["scales"], "dozen", *v["fractions"], *v["abbreviated_scales"], "a", "and", "half"]
    texts = [f"{a}{sep}{b}" for a, b in itertools.product(words, repeat=2) for sep in (" ", "-", " and ", "")]
    texts += [f"{d}{sep}{w}" for d in ("5", "1,200", "4.5") for w in words for sep in ("", " ", "-")]
    for text in texts:
        for spelled in (text, text.upper(), f"about {text.title()} people"):
            assert [(m.span(), m.lastgroup) for m in plain_numbers.finditer(spelled)] == [(m.span(), m.lastgroup) for m in tree_numbers.finditer(spelled)]
            assert [(m.span(), m.group("scale")) for m in plain_scales.finditer(spelled)] == [
                (m.span(), m.group("scale")) for m in tree_scales.finditer(spelled)
            ]


_CAPITALS_TEXT = (
    "voted Labour, then McDonald and MacLeod met O'Brien and O’Neill; 5 Mc Donald, x Mac, y O' Neil, z McX "
    "Labour's plans, a Wales-based firm, Europe’s rules, 3 Oil-rich states, and Al-Qaeda. Retired Ben Carson "
    "said 'Hello' (Paris) -Rome 'Tis ‘Twas D'Arcy ABC Abc1 Ab-Cd Xy’s Zz-zz. Ok."
)


@pytest.mark.parametrize(
    "old, new",
    [
        (r"(?<![\w'’-])[A-Z][a-z]+(?![\w'’-])", "holder_names._OPENING_CAPITAL"),
        (r"(?<=[a-z0-9,;’'] )([A-Z][a-z]+)(?:['’]s?|-[a-z]+)(?= [a-z])", "holder_names._INSIDE_STEM"),
        (r"(?=[A-Z])(?<=[a-z0-9,;’'] )(?:Mc|Mac|O['’])?[A-Z][a-z]+(?:['’-][A-Za-z]+)*", "syntax._MIDDLE_CAPITAL"),
    ],
)
def test_capital_patterns_that_open_with_the_capital_match_as_their_look_back_forms(old: str, new: str) -> None:
    from helpers import holder_names, syntax

    module, name = new.split(".")
    fast, slow = getattr({"holder_names": holder_names, "syntax": syntax}[module], name), re.compile(old)
    words = _CAPITALS_TEXT.split(" ")
    texts = [_CAPITALS_TEXT, _CAPITALS_TEXT.lower(), _CAPITALS_TEXT.upper()]
    texts += [f"{a} {b}" for a, b in itertools.product(words, repeat=2)] + [f"{a}{b}" for a, b in itertools.product(words[:30], repeat=2)]
    for text in texts:
        assert [(m.span(), m.groups()) for m in slow.finditer(text)] == [(m.span(), m.groups()) for m in fast.finditer(text)], text


def _page_lines() -> list[str]:
    """Invented lines in the shapes the finder reads: prose, initials, apostrophes, code, quotes, captions."""
    base = [
        "The U.S. and U.K. agreed on Tuesday, officials said.", "It's the council's plan — isn't it?", "var x = {a: 1};",
        "He said. (AP)", "Done!) ", "Really…” ", "A.B", "x. (Photo: Jane Doe)", "/* note */", "Share   this\tstory",
        "ÉCOLE d'été 2024", "ſupport İstanbul ı K", "5,000 people_fled", "  ", "", "Q.E.D. and e.g. or i.e.", "l'état’s café",
    ]
    return base + [f"{a} {b}" for a, b in itertools.product(base, repeat=2)]


def test_the_finders_faster_patterns_read_lines_as_their_first_forms_did() -> None:
    old_word = re.compile(r"(?:[^\W\d_]\.){2,}|[^\W\d_]+(?:['’][^\W\d_]+)?")
    old_end = re.compile(r"""[.!?…]["'”’»)\]]*\s*$|[.!?]\s*\(\w[^()]{0,40}\)\s*$""")
    for line in _page_lines():
        assert furniture._WORD.findall(line) == old_word.findall(line), line
        assert bool(furniture._SENTENCE_END.search(line)) == bool(old_end.search(line)), line
        assert furniture.fold(line) == re.sub(r"\W+", " ", line.casefold()).strip(), line
        assert bool(furniture._CODE_CHARS.search(line)) == (not frozenset("{};=<>").isdisjoint(line)), line
        assert bool(furniture._FOLDS_TO_ASCII.search(line)) == (not frozenset("\u0130\u0131\u017f\u212a").isdisjoint(line)), line


def test_the_lexicon_tags_are_the_taggers() -> None:
    from helpers.syntax import WORD, _lexicon_tags, _tagger

    text = (
        "Acme Corp's profits rose 5 today, but U.S. voters didn't care; Mr. Smith said the Frobnicated "
        "widgets (unknownword) sold 1,200 units at 3.5 each -- quickly. Retired neurosurgeon Ben Carson trails."
    )
    words = [m.group(0) for m in WORD.finditer(text)]
    for sample in (words, [w.lower() for w in words], [w.upper() for w in words], words[::-1], words[:1], ["5"], ["today"]):
        assert _lexicon_tags(sample, _tagger()) == _tagger().find_tags(sample)


def test_the_stop_first_and_word_first_scans_find_what_their_first_forms_found() -> None:
    from helpers import meaning

    old_break = re.compile(r"[a-z]{2}[.!?][\"”’]?\s+[A-Z]")
    old_start = re.compile(r"\b\w")
    for line in _page_lines() + ['He left.” Then', "ab! C", "a. B", "xy?\nZ", "x.y. Z", "é5_x-y ’z"]:
        assert bool(furniture._SENTENCE_BREAK.search(line)) == bool(old_break.search(line)), line
        assert [m.start() for m in meaning._WORD_START.finditer(line)] == [m.start() for m in old_start.finditer(line)], line


def test_the_mark_first_quotation_scan_finds_what_its_first_form_found() -> None:
    old_quotation = re.compile(r"""(?<![^\s(\[])(?:"[^"]{1,120}"|“[^”]{1,120}”|[‘'](?:[^'’]|['’](?=[^\W\d_])){1,120}?['’](?![^\W\d_]))""")
    quoted = ['"Vote." Now', 'a"b" c', '(“Yes” he said)', "'We're done,' she said", "x 'a' y", "'tis", "[‘q’] r", '\n"new"',
              "“unclosed", "''", '""', "'a'b'", "Sanders' 'big' day", "“" + "w " * 70 + "”"]
    for line in _page_lines() + quoted + [f"{a} {b}" for a, b in itertools.product(quoted, repeat=2)]:
        assert [m.span() for m in furniture._QUOTATION.finditer(line)] == [m.span() for m in old_quotation.finditer(line)], line


def test_line_breaks_found_from_one_character_set_are_the_written_alternations() -> None:
    from helpers import patterns

    written = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
    pieces = ["a", "\r", "\n", "\r\n", "\u2028", "\u2029", "\x0b", "\x0c", "\x85", " "]
    for text in ("".join(p) for p in itertools.product(pieces, repeat=3)):
        assert patterns.LINE_BREAK.sub("\n", text) == written.sub("\n", text), repr(text)
        assert [m.span() for m in patterns.LINE_BREAK.finditer(text)] == [m.span() for m in written.finditer(text)], repr(text)


def test_attribution_keeps_a_figure_whose_voice_does_not_change_and_copies_one_that_does() -> None:
    from helpers.figures import Figure
    from helpers.voices import attribute

    figure = Figure("5%", 0, 2, "percent", 5.0, "%", sentence=-1)
    assert attribute([figure], ()) == (figure,)
    voiced = Figure("5%", 0, 2, "percent", 5.0, "%", sentence=-1, attributed_to="Ann Smith")
    assert attribute([voiced], ())[0].attributed_to is None  # a figure outside any quote states no one's view


def test_closing_quotes_spaces_and_change_prepositions_read_as_their_first_forms() -> None:
    from helpers import figure_patterns as fp
    from helpers import patterns
    from helpers.clean import normalize_space

    quote_end = re.compile(r"""[.!?,…-]["'”’»]\s*$""")
    prep = re.compile(r"(?i)\b(?P<prep>by|to|from)\s+(?:(?:a|an|the)\s+)?$")
    pieces = ["said", ".", ",", "!", "-", "…", '"', "'", "”", "’", "»", " ", "  ", "\n", "\t", "\u00a0", "\u200b", "by", "To", "FROM", "the", "x"]
    for text in ("".join(p) for p in itertools.product(pieces, repeat=3)):
        assert bool(patterns.CLOSING_QUOTE_END.search(text)) == bool(quote_end.search(text)), repr(text)
        old, new = prep.search(text), fp.CHANGE_PREP.search(text)
        assert (old and (old.span(), old.group("prep"))) == (new and (new.span(), new.group("prep"))), repr(text)
        spaced = patterns.ODD_SPACE.sub(" ", patterns.ZERO_WIDTH.sub("", text).replace("\n", " "))
        # as the first forms, but for one tab kept between a table row's cells ("Rovers<TAB>22")
        assert normalize_space(text).replace("\t", " ") == patterns.SPACE_RUN.sub(" ", spaced).strip(), repr(text)


_PROMO_WRITTEN = (
    r"(?i)\b(?:click|tap)(?:ing)?\s+here\b|\bget\s+(?:the|our)\s+(?:\w+\s+){0,3}app\b|\b(?:sign\s+up|subscribe)\s+(?:for|to)\b"
    r"|\bdelivered\s+(?:to\s+your\s+inbox|weekday|daily|every)|\bfollow\s+(?:us|@)|\bin\s+your\s+inbox\b|\bnewsletter\b"
    r"|^(?:follow|like|listen\s+to|watch)\s+(?:\w+\s+){1,3}(?:on|live)\s+(?:facebook|twitter|instagram|youtube|tiktok|snapchat|linkedin|at\s+\d)"
)
_ASK_WRITTEN = (
    r"(?i)\b(?:support|supporting|donate|donating|contribute|contributing|give|giving|subscribe|subscribing|pledge|chip\s+in)\b"
    r"(?:\s+[\w'’]+){0,3}?\s+(?:us|our|to\s+us|to\s+our|independent|journalism|reader-funded)\b"
    r"|\b(?:please|consider|can\s+you|will\s+you|would\s+you|you\s+can|help\s+us|join\s+us|join\s+our)\s+(?:[\w'’]+\s+){0,3}?"
    r"(?:support|donat|contribut|subscrib|becom\w*\s+a\s+(?:member|patron|supporter|subscriber|friend))"
    r"|\bbecome\s+a\s+(?:member|patron|supporter|subscriber|friend)\b|\bmake\s+a\s+(?:donation|contribution|gift)\b"
)


@pytest.mark.parametrize("group, name, written", [("marks", "promo", _PROMO_WRITTEN), ("appeal", "ask", _ASK_WRITTEN)])
def test_the_finders_word_led_patterns_match_as_their_written_forms(group: str, name: str, written: str) -> None:
    import random

    loaded, plain = furniture._tables()[group][name], re.compile(written)
    vocabulary = sorted(set(re.findall(r"[a-z]+", re.sub(r"\\[A-Za-z]", " ", written))) | {"@", "5", "x", "_a", "the", "news"})
    texts = [" ".join(words) for words in itertools.product(vocabulary, repeat=2)] + _page_lines()
    pick = random.Random(11)
    for _ in range(20000):
        words = pick.choices(vocabulary, k=pick.randint(3, 7))
        texts.append(pick.choice([" ", "  ", "\n", "-"]).join(words))
    for text in texts:
        for spelled in (text, text.upper(), text.title(), "x" + text, "ſ" + text.replace("s", "ſ")):
            assert bool(loaded.search(spelled)) == bool(plain.search(spelled)), spelled
            found, expected = loaded.search(spelled), plain.search(spelled)
            assert (found and found.span()) == (expected and expected.span()), spelled


def test_quick_init_builds_the_records_the_dataclass_init_builds() -> None:
    import dataclasses

    from helpers.figures import Figure
    from helpers.holders import Name
    from helpers.meaning import Meaning, Phrase, Topic
    from helpers.models import Paragraph, Sentence, Span
    from helpers.models import Token as WordToken
    from helpers.records import quick_init
    from helpers.syntax import Chunk, Parse, Token

    def plain(cls: type) -> type:  # the same fields, built by dataclasses' own __init__
        fields = [(f.name, f.type, dataclasses.field(default=f.default) if f.default is not dataclasses.MISSING else dataclasses.field())
                  for f in dataclasses.fields(cls)]
        return dataclasses.make_dataclass(f"Plain{cls.__name__}", fields, frozen=True, slots=True)

    cases = {
        Token: [("a", 1, 2, "NN"), ("b", 3, 4, "FIG", 0, "b")], Chunk: [(0, 2, 1)], Parse: [((), (), ())],
        Span: [(0, 3, "abc")], Paragraph: [(0, 0, 3, "abc")], Sentence: [(0, 0, 0, 3, "abc")], WordToken: [(0, 0, 0, 0, 3, "abc")],
        Figure: [("5%", 0, 2, "percent", 5.0), ("£5m", 3, 6, "money", 5e6, "GBP", None, "about", None, None, "increase by", "2020")],
        Phrase: [("the rate", 4, 12)], Meaning: [(), (Phrase("rate", 0, 4), None, None, "it", True, True)], Topic: [(Phrase("x", 0, 1), None)],
        Name: [("Ann Smith", 0, 9, "person"), ("Acme", 3, 7, "group", None)],
        furniture.Evidence: [(5, 30, 0.4, True, 0.2, 1, False, None, None, False, 0, True, "T", False, 0.0, False, False)],
    }
    for cls, arguments in cases.items():
        twin = plain(cls)
        for args in arguments:
            quick, slow = cls(*args), twin(*args)
            assert dataclasses.astuple(quick) == dataclasses.astuple(slow), cls
            names = [f.name for f in dataclasses.fields(cls)][: len(args)]
            assert cls(**dict(zip(names, args))) == quick
            first = dataclasses.fields(cls)[0].name
            with pytest.raises(dataclasses.FrozenInstanceError):
                setattr(quick, first, getattr(quick, first))
            assert dataclasses.replace(quick, **{first: getattr(quick, first)}) == quick and hash(quick) == hash(cls(*args))
        if dataclasses.fields(cls)[0].default is dataclasses.MISSING:
            with pytest.raises(TypeError):
                cls()  # a record without a first field's value is no record

    @dataclasses.dataclass(slots=True)
    class Loose:
        x: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Listed:
        items: list[int] = dataclasses.field(default_factory=list)

    for cls in (Loose, Listed):
        with pytest.raises(TypeError):
            quick_init(cls)


_PROMO = furniture._tables()["marks"]["promo"]
_PROMO_WORDS = ["click", "tap", "here", "get", "the", "our", "news", "app", "sign", "up", "subscribe", "for", "to", "delivered",
                "daily", "your", "inbox", "follow", "us", "@bbc", "in", "newsletter", "like", "listen", "watch", "on", "live",
                "facebook", "youtube", "twitter", "at", "9"]


@pytest.mark.parametrize("text", ["Like us on Facebook", "Watch us live on YouTube", "Follow BBC News on Twitter", "Get the BBC News app"])
def test_the_promo_hint_lets_every_promo_branch_through(text: str) -> None:
    """`furniture.evidence` tries the promo pattern only on lines holding a hint word; a line the
    pattern reads as a promotion is flagged ("Like us on Facebook" was not, before "like" was a hint)."""
    assert _PROMO.search(text)
    assert furniture.evidence([text])[0].promo


def test_the_promo_hint_never_misses_a_text_the_pattern_reads_as_promotion() -> None:
    promos = 0
    for words in itertools.product(_PROMO_WORDS, repeat=3):
        for text in (" ".join(words), " ".join(words) + " on facebook", "follow " + " ".join(words)):
            if _PROMO.search(text):
                promos += 1
                assert any(hint in text.lower() for hint in furniture._PROMO_HINTS), text
    assert promos > 500  # the texts do reach the pattern


def _retag_rule_opening(test: ast.expr) -> ast.expr:
    """The first test of one rule of `syntax._retag` (the left of its "and")."""
    return test.values[0] if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else test


def _lets_through(opening: ast.expr) -> bool:
    """The opening test can be true only for a token `_retag`'s hint lets through."""
    from helpers import syntax

    if isinstance(opening, ast.BoolOp) and isinstance(opening.op, ast.Or):
        return all(_lets_through(part) for part in opening.values)
    if isinstance(opening, ast.Call) and ast.unparse(opening) == "tag.startswith('VB')":
        return True
    if isinstance(opening, ast.Compare) and len(opening.ops) == 1 and isinstance(opening.ops[0], (ast.Eq, ast.In)):
        subject, values = ast.unparse(opening.left), ast.literal_eval(opening.comparators[0])
        values = {values} if isinstance(values, str) else set(values)
        allowed = {
            "tag": {t for t in values if t.startswith("VB")} | syntax._RETAGGED_TAGS,
            "token.lower": syntax._RETAGGED_WORDS,
            "token.text": syntax._RETAGGED_MARKS,
        }.get(subject, set())
        return values <= allowed
    return False


def test_every_retag_rule_opens_with_a_test_the_hint_lets_through() -> None:
    from helpers import syntax

    function = ast.parse(textwrap.dedent(inspect.getsource(syntax._retag))).body[0]
    loop = next(node for node in function.body if isinstance(node, ast.For))
    rule = next(node for node in loop.body if isinstance(node, ast.If) and "_RETAGGED_TAGS" not in ast.unparse(node.test))
    openings = []
    while rule is not None:
        openings.append(_retag_rule_opening(rule.test))
        rule = rule.orelse[0] if len(rule.orelse) == 1 and isinstance(rule.orelse[0], ast.If) else None
    assert len(openings) > 40
    assert [ast.unparse(o) for o in openings if not _lets_through(o)] == []


class _Everything:
    def __contains__(self, item: object) -> bool:
        return True


@pytest.mark.parametrize(
    "text",
    [
        "Acme's chief executive, Ann Lee, said the firm was last trading up 0.4% at $5.20 on Monday.",
        "Rates were held steady at 0.5% and the two-goal lead cost the club £80m, Lee said.",
        "Households face a £500 rise as the bridge, which took four years, cost £12m.",
        "Sanders' campaign raised $5m; Wells’ 33 percent trails well behind the 578 voters surveyed.",
        "He would double aid to the poor, and the Tax Foundation estimates that it would cost $1.1 trillion.",
    ],
)
def test_the_retag_hint_changes_no_tag(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from helpers import syntax

    figures = [m.span() for m in re.finditer(r"[$£]?\d[\d.,]*(?:%| percent|m| trillion)?", text)]
    hinted = syntax.parse(text, figures)
    monkeypatch.setattr(syntax, "_RETAGGED_TAGS", _Everything())
    assert syntax.parse(text, figures) == hinted


_SPLIT_PIECES = [
    "He said", ".", "?", "!", "...", " ", "  ", "\n", "\u00a0", "\u2028", "\x1c", "\x1f", "\"", "'", ")", "(", "]", "--",
    "\u2018", "\u2019", "\u201c", "\u201d", "\u00bb", "Mr", "U.S", "5", "Then", "it", "rose", ",", ";", ":",
]


@pytest.mark.parametrize(
    "text",
    [
        "He said.\x1cThen she left.",
        "Yes.\x1f No.",
        "(It rose 5%.) Then it fell.",
        "\"It's done.\"  He left. 'Fine.' She said -- no.",
        "Wait... what? No!  Yes.\u00a0Maybe.\u2028Then.",
        "End.--Start. Mr. Smith went to the U.S. on Monday. “Quite.” » Done.",
    ],
)
def test_the_sentence_split_with_re_patterns_is_punkts_with_its_regex_patterns(text: str) -> None:
    ours = sentence_tokenizer()
    stock = PunktSentenceTokenizer(ours._params)
    assert list(ours.span_tokenize(text)) == list(stock.span_tokenize(text))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_SPLIT_PIECES), max_size=30))
def test_any_sentence_split_with_re_patterns_is_punkts(pieces: list[str]) -> None:
    text = "".join(pieces)
    ours = sentence_tokenizer()
    stock = PunktSentenceTokenizer(ours._params)
    assert list(ours.span_tokenize(text)) == list(stock.span_tokenize(text))


_ANCHOR_PIECES = st.sampled_from(
    ["Jan", "Jan.", "Sept.5", "May", "Mayor", "q1", "Q5", "h12", "H2", "2024", "G20", "_2020", "²", "İ", "ı", "ſpring", "\u212aelvin",
     "year", "YEARS", "yearly", "1990s", "5bn", "far", "then", "٣", " ", ".", "-", "'s", "\n", "é", "_", "x"]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(_ANCHOR_PIECES, max_size=12))
def test_time_anchors_read_by_word_runs_start_where_the_pattern_matches(pieces: list[str]) -> None:
    from helpers import figure_patterns as fp

    text = "".join(pieces)
    assert fp.time_anchor_starts(text) == [m.start() for m in fp.TIME_ANCHOR.finditer(text)], text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["one", "Two", "half", "a", "dozen", "-", " ", "and", "1", "2,500", ".5", "½", "−", "x", "thirds"]), max_size=6))
def test_a_remembered_number_is_the_number_read_again(pieces: list[str]) -> None:
    from helpers.numbers import parse_number

    text = "".join(pieces)
    assert parse_number(text) == parse_number.__wrapped__(text) and parse_number(text) == parse_number.__wrapped__(text), text


def test_a_numbers_exclusion_read_once_is_the_one_read_each_time() -> None:
    from helpers import figures
    from helpers.numbers import number_pattern

    text = "In 2004, 401k plans held 12 of the 529 plans; Windows 10 sold 5m on 3 March, H-1B visas rose 7%, and six Six Nations games 1."
    known: dict[re.Match[str], str | None] = {}
    for match in number_pattern().finditer(text):
        for _ in range(2):
            assert figures._excluded_as_zero(known, text, match) == figures._excluded(text, match, 0.0), match.group(0)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["The", "the", "Frobnicated", "widgets", "1,200", "3.5%", "-", "quickly", "U.S.", "Acme", "unknownword", "sold",
                                 "walking", "famous", "de-risk", "realise", "ACME", "5", "today", "'s", "—"]), max_size=10))
def test_the_one_pass_lexicon_tags_are_textblobs(words: list[str]) -> None:
    from helpers.syntax import _lexicon_tags, _tagger

    assert _lexicon_tags(words, _tagger()) == _tagger().find_tags(words)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([("two-goal", "FIG"), ("5", "FIG"), ("losing", "VBG"), ("big", "JJ"), ("lead", "NN"), ("the", "DT")]), min_size=3, max_size=8))
def test_a_modifier_count_stands_where_retag_looks_before_asking(pairs: list[tuple[str, str]]) -> None:
    from helpers.syntax import Token, _modifier_count_before

    tokens = [Token(word, 0, 0, tag, -1, word) for word, tag in pairs]
    for k in range(1, len(tokens) - 1):
        if _modifier_count_before(tokens, k):
            assert "FIG" in (tokens[k - 1].tag, tokens[k - 2].tag)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Home", "home", "»", "|", "News", "Straße", "STRASSE", "İstanbul", "ﬁre", "don’t", "U.S.", "5", "—", " ", "\t", "ǅ"]), max_size=12))
def test_the_fold_a_page_keeps_with_its_evidence_is_folds_own(parts: list[str]) -> None:
    """The finder compares lines by the fold `furniture.evidence` keeps for each (worked out once per
    page from the line's one casefold), not by folding the line again: it is the line's `fold`."""
    texts = ["".join(parts), " ".join(parts), "Home News " + " ".join(parts)]
    assert [item.folded for item in furniture.evidence(texts)] == [furniture.fold(text) for text in texts]


_LINES = ["Share", "Home", "Dear reader, we rely on readers like you to keep our journalism free for everyone.",
          "Please consider a monthly contribution to support us.", "By Jane Doe", "Follow us on Twitter",
          "The council said it would rebuild the bridge by May, and the work began on Monday.", "Advertisement",
          "Comments (3)", "ACME UNVEILS A NEW PLAN", "“We will not stop,” she said.", "function x() { var y = 1; }"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_LINES), min_size=1, max_size=9))
def test_a_pages_marks_and_the_evidence_read_on_demand_are_the_whole_evidence(texts: list[str]) -> None:
    """The finder decides whether a page is furnished from each line's marks and reads a line's whole
    evidence only when it looks at it: in any order, each is what `evidence` gives for the page."""
    whole = furniture.evidence(texts)
    page = furniture.PageEvidence(texts)
    for index in reversed(range(len(texts))):
        marks = page.marks[index]
        assert {name: getattr(marks, name) for name in furniture.Marks.__dataclass_fields__} == {
            name: getattr(whole[index], name) for name in furniture.Marks.__dataclass_fields__
        }
        assert marks.junk == whole[index].junk
        assert page[index] == whole[index]
    assert page.folded == [furniture.fold(text) for text in texts]
