"""Word statistics: multiword names count once, concordance lines are the article's own text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from helpers import wordstats
from helpers.dataset import ArticleData, load


@pytest.fixture(scope="module")
def seed() -> ArticleData:
    return load()


def test_multiword_names_count_as_one(seed: ArticleData) -> None:
    names = wordstats.names(seed)
    counts = dict(wordstats.frequencies(seed.text, 200, names))
    assert counts["The Moscow Times"] == 5
    assert "times" not in counts, "the last word of a name never ranks on its own"
    assert counts["Vladimir Putin"] == 9, "'Putin' and 'Vladimir Putin' are one voice"
    assert "Power of Siberia 2" in {label for _, _, label in names}
    assert counts["China"] == 21, "a proper name keeps its capital, and 'China's' counts as 'China'"
    assert "china" not in counts and "china's" not in counts
    assert counts["Kremlin"] == 5 and "kremlin" not in counts, "'The Kremlin' (a name the voices step found) and 'Kremlin' are one word"


def test_a_sentence_start_or_a_headline_is_not_a_name(seed: ArticleData) -> None:
    labels = {label for _, _, label in wordstats.names(seed)}
    assert not any(label.startswith(("Like ", "The Kremlin", "Putin Arrives")) for label in labels)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        ("Officials at the Bank of England said rates would rise.\n\nAnalysts expect the Bank of England to act "
         "again, and the Bank of England agrees.", "Bank of England"),
        ("He flew to New York on Monday.\n\nIn New York it was cold, and New York was loud.", "New York"),
        ("Harbor Foods said sales rose 5%.\n\nHarbor Foods expects a better year, analysts said.", "Harbor Foods"),
    ],
    ids=["a name of three words", "a name of two words", "a name written only at sentence starts"],
)
def test_names_from_runs_of_capitalized_words(tmp_path: Path, body: str, name: str) -> None:
    article = tmp_path / "article.txt"
    article.write_text(f"A quiet week\n\n{body}\n", encoding="utf-8")
    data = load(str(article), tmp_path / "processed")
    counts = dict(wordstats.frequencies(data.text, 50, wordstats.names(data)))
    assert counts[name] == body.count(name)
    assert name.split()[-1].lower() not in counts


def test_concordance_lines_are_cut_from_the_text(seed: ArticleData) -> None:
    lines = wordstats.concordance(seed.text, "Russia", width=80, lines=20)
    assert any("[Russia’s] negotiations" in line for line in lines)
    assert any("Russia's dependence on China" in line for line in lines)
    assert not any(" ' s" in line or "[ Russ" in line for line in lines), "no tokens re-joined"
    flat = " ".join(seed.text.split())
    for left, hit, right in wordstats.keyword_in_context(seed.text, "Russia", width=80, lines=20):
        assert hit == "Russia"
        around = " ".join((left + hit + right).replace("¶", " ").split())
        assert around in flat


def test_hits_line_up_in_one_column(seed: ArticleData) -> None:
    rows = wordstats.keyword_in_context(seed.text, "China", width=60, lines=8)
    assert len({len(left) for left, _, _ in rows}) == 1


def test_a_name_in_the_concordance_finds_each_of_its_mentions(seed: ArticleData) -> None:
    names = wordstats.names(seed)
    hits = [hit for _, hit, _ in wordstats.keyword_in_context(seed.text, "Vladimir Putin", lines=20, spans=names)]
    assert len(hits) == 9 and "Putin" in hits and "Vladimir Putin" in hits


@given(st.text(max_size=200), st.text(min_size=1, max_size=12))
def test_concordance_of_any_text_is_made_of_that_text(text: str, term: str) -> None:
    rows = wordstats.keyword_in_context(text, term, width=40)
    for left, hit, right in rows:
        assert hit.lower().split() == term.lower().split()
        assert "\n" not in left + hit + right
    assert len({len(left) for left, _, _ in rows}) <= 1


def test_words_count_as_a_reader_would_name_them() -> None:
    text = ("The Greens said the plan was too slow. Mr Hale of the Greens disagreed, and Dr Roy said the "
            "Greens' plan would cost UKIP's voters little.\n\nUKIP backed the plan. Greens will vote.")
    counts = dict(wordstats.frequencies(text, 50))
    assert counts["Greens"] == 4, "always capitalized and used mid-sentence: a name, counted with its possessive"
    assert counts["UKIP"] == 2 and "ukip's" not in counts
    assert counts["plan"] == 3, "a common word is lower-cased"
    assert not {"mr", "dr", "Mr", "Dr"} & set(counts), "honorifics are not words of the article"


def test_collocations_never_span_a_word_that_stood_between() -> None:
    text = ("She was glad to see the back of him. " * 3) + ("Interest rates rose. " * 3) + "Glad rates see."
    pairs = wordstats.collocations(text, min_count=2)
    assert ("interest", "rates") in pairs
    assert ("glad", "see") not in pairs and ("see", "back") not in pairs, "'to' and 'the' stood between"


def test_a_figures_unit_is_not_a_word_of_the_article() -> None:
    text = "Sales rose 2.8 per cent to $12.9bn, and costs fell 5 percent to £3m. Per capita sales rose."
    counts = dict(wordstats.frequencies(text, 50))
    assert not {"bn", "m", "cent", "percent"} & set(counts)
    assert counts["sales"] == 2 and counts["capita"] == 1


@pytest.mark.parametrize(
    ("text", "merged", "apart"),
    [
        ("A new tax on fuel. Taxes rose again, and the tax on wine too.", {"tax": 3}, {"taxes"}),
        ("One party left. The parties met, and every party agreed.", {"party": 3}, {"parties"}),
        ("The bus was late. Two buses came, then the bus broke down.", {"bus": 3}, {"buses"}),
        ("The news was new to him. Nothing new was in the news.", {"news": 2, "new": 2}, set()),
        ("Goods were good value. The good news: goods sold out.", {"goods": 2, "good": 2}, set()),
        ("The PAC spent more. Two PACs joined, and the PAC won.", {"PAC": 3}, {"PACs"}),
        ("Three MPs voted. The MP for the town abstained.", {"MP": 2}, {"MPs"}),
        ("The NHS was busy. Hospitals said the NHS needed staff.", {"NHS": 2}, set()),
    ],
)
def test_a_plural_counts_with_its_singular_when_the_article_writes_both(
        text: str, merged: dict[str, int], apart: set[str]) -> None:
    counts = dict(wordstats.frequencies(text, 50))
    assert {word: counts.get(word) for word in merged} == merged
    assert not apart & set(counts)


def test_a_plural_the_article_never_writes_in_the_singular_stays_as_written() -> None:
    counts = dict(wordstats.frequencies("Earnings rose and savings fell, as earnings often do.", 50))
    assert counts["earnings"] == 2 and counts["savings"] == 1


@given(st.lists(st.one_of(st.none(), st.sampled_from(
    ["tax", "taxes", "party", "parties", "news", "new", "bus", "buses", "goods", "good", "Greens", "green", "PAC", "PACs", "NH", "NHS"])), max_size=30))
def test_folding_keeps_every_unit_in_place_and_only_joins_forms_the_article_wrote(units: list[str | None]) -> None:
    folded = wordstats._fold_plurals(units)
    assert len(folded) == len(units)
    assert [u is None for u in folded] == [u is None for u in units]
    for before, after in zip(units, folded):
        assert after == before or (after in units and before is not None and before.startswith(after[:-1]))


def test_the_uks_nations_count_apart_from_the_uk(tmp_path: Path) -> None:
    """An article on devolution names Wales, Scotland and England as places of their own: they are not counted as
    'United Kingdom' (which Britain and the UK still are)."""
    article = tmp_path / "article.txt"
    article.write_text(
        "Seats to be cut\n\nA vote would be held in Wales on its assembly. Wales and Scotland send more MPs than England, "
        "the plan says, and Welsh voters would decide.\n\nThe UK government and Britain's parties disagree.\n",
        encoding="utf-8",
    )
    data = load(str(article), tmp_path / "processed")
    counts = dict(wordstats.frequencies(data.text, 50, wordstats.names(data)))
    assert counts.get("United Kingdom", 0) == 2
    assert counts.get("Wales", 0) >= 2 and counts.get("Scotland", 0) == 1 and counts.get("England", 0) == 1


@pytest.mark.parametrize("body", ["In the north it was 66,000 and in Scotland 53,000.", "Turnout in Wales 12.5 points up."])
def test_a_run_of_names_never_ends_inside_a_number(tmp_path: Path, body: str) -> None:
    """'in Scotland 53,000' read the name 'Scotland 5': a run may end in a one- or two-digit number ("Power of
    Siberia 2"), never in the first digits of a longer one."""
    article = tmp_path / "article.txt"
    article.write_text(f"A quiet week\n\nOfficials met. {body}\n", encoding="utf-8")
    data = load(str(article), tmp_path / "processed")
    assert not [label for _, _, label in wordstats.names(data) if label[-1:].isdigit()]


def test_a_word_is_shown_as_the_article_writes_it_and_counted_whatever_its_case(tmp_path: Path) -> None:
    """A sport report names countries only in its table of seeds, "(Russia)" after each player, so no prose
    sentence ever has "Russia" inside it: the word chart read "russia". A word is shown in its most frequent form
    inside a sentence (a bracket's first word is inside one), while counting stays by the lower-case form."""
    article = tmp_path / "article.txt"
    article.write_text(
        "Henman Draws Safin Test\n\nThe seeds were drawn on Friday. Russia's hopes rest on the Open, which opens "
        "on Monday, and the open draw favours them.\n\n1 Marat Safin (Russia)\n\n2 Nikolay Davydenko (Russia)\n\n"
        "3 Guillermo Coria (Argentina)\n\nYear after year the seeds hold, a year of upsets aside.\n",
        encoding="utf-8",
    )
    data = load(str(article), tmp_path / "processed")
    counts = dict(wordstats.frequencies(data.text, 50, wordstats.names(data)))
    assert counts.get("Russia") == 3 and "russia" not in counts, "written only as 'Russia' in a bracket and at a sentence's start"
    assert counts.get("Argentina") == 1
    assert counts.get("year") == 3 and "Year" not in counts, "a sentence's first capital is no way of writing the word"
    assert counts.get("seeds") == 2 or counts.get("seed") == 2
    opened = {word: n for word, n in counts.items() if word.lower() == "open"}
    assert opened == {"Open": 2} or opened == {"open": 2}, "one word in one form, whatever the case it is written in"


def test_every_top_word_of_the_bbc_reports_reads_as_written() -> None:
    """On BBC articles a top word shown in lower case is one the article writes in lower case inside a sentence, and
    the counts are those of the lower-case forms."""
    import re

    from .conftest import BBC

    if not BBC.is_dir():
        pytest.skip("../shared/corpora/bbc is not present")
    for path in sorted(BBC.glob("*/*.txt"))[::10]:
        text = path.read_text(encoding="utf-8", errors="replace")
        for word, _ in wordstats.frequencies(text, 20):
            if word.islower() and word.isalpha():
                inside = re.findall(rf"(?<=[a-z,;] ){re.escape(word)}(?:['’]s)?\b(?![-'’]\w)|\({re.escape(word)}\)", text, flags=re.IGNORECASE)
                assert not inside or any(form[0].islower() or form[0] == "(" and form[1].islower() for form in inside), (path.name, word)
