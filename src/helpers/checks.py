"""What to check first in an article, computed from its tables: figures the record contradicts,
figures with no stated source, comparisons and implied bases, quotes with no named speaker, and
the voices that carry most figures. Each item names the report section that shows it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from . import reference
from .assets import word_list
from .dataset import ArticleData
from .documents import named_documents
from .display import (
    change, clip, flag_codes, gap, indefinite, kind_word, number, of_figures, plural, quantity, reading_order, stands_to, whose_what,
)
from .periods import Period, open_ended
from .relations import both_changes, directed, in_unit, stated_percent
from .timeline import dated, period_of
from .units import convert

AGREES_WITHIN = 5.0
"""A level within this many percent of the record, or a growth rate within this many points, agrees."""
AGREES_WITHIN_POINTS = 0.1
"""A rate or share in percent within this many points of the record agrees (as the article rounds it)."""
AGREES_WITHIN_RATE = 0.5
"""A rate per unit other than a year ("£5.05 an hour", "$70 a barrel") within this many percent of the record agrees:
such rates are set or quoted to the penny, so "£4.85 an hour" against £5.05 (4% lower) disagrees."""

FIGURES, COMPARISONS, RECORD, MONEY_RECORD, MONEY, VOICE_FIGURES, QUOTES, CUT = (
    "02-figures-1", "03-comparisons-1", "03-comparisons-2", "04-trade-and-growth-3", "04-trade-and-growth-2",
    "05-voices-2", "05-voices-3", "01-clean-and-segment-1",
)
"""Report sections as `<notebook>-<section number>`: the anchors the report puts on each `## N.` heading."""


@dataclass(frozen=True, slots=True)
class Check:
    """One thing to look at: a sentence in words, the section that shows it, and the article's
    sentence it comes from (empty when it has none)."""

    text: str
    section: str
    sentence: str = ""


@dataclass(frozen=True, slots=True)
class Group:
    """A kind of check, its items, and what to say when it has none."""

    title: str
    items: tuple[Check, ...]
    none: str
    note: str = ""
    count: int | None = None
    """How many things the items hold, when an item holds several (a sentence's figures); else one each."""

    @property
    def counted(self) -> int:
        return len(self.items) if self.count is None else self.count


@dataclass(frozen=True)
class Summary:
    """An article's first page: where it comes from, what was cut, and what to check."""

    headline: str
    outlet: str | None
    published: str | None
    retrieved: str | None
    author: str | None
    cut: tuple[Check, ...]
    groups: tuple[Group, ...]
    agreements: tuple[Check, ...] = field(default_factory=tuple)
    figures: int = 0
    dateline: str | None = None
    copyright: str | None = None
    quotes: int = 0
    standfirst: str | None = None
    """The summary under the headline, shown under it: its figures are weighed with the body's, a figure the body
    states again once (`ArticleData.stated_figures`)."""

    @property
    def nothing_to_check(self) -> bool:
        return not any(g.items for g in self.groups)

    @property
    def plainly(self) -> str:
        """The sentence for an article with nothing to check."""
        if not self.figures and not self.quotes:
            return "Nothing here calls for a second look: the article states no figures and quotes nobody."
        return ("Nothing here calls for a second look: no figure is contradicted by the record or lacks a source, "
                "no figures are set against each other, and every quote has a named speaker.")


def summarize(data: ArticleData, reference_folder: Path | None = None) -> Summary:
    """The first page of an article's report, from its processed tables and the reference series."""
    meta = data.record.get("meta") or {}
    matched = _record_matches(data, reference_folder)
    disagree, agree = record_checks(data, reference_folder, matched)
    unknown = _unknown_periods(data, matched)
    measured = 0 if disagree or agree else len({m.figure for m in matched} - unknown)
    inferred = inferred_speakers(data)
    unnamed = Group("Quotes with no named speaker", tuple(anonymous_quotes(data)),
                   "Every quote has a named speaker." if _spoken(data) else "The article quotes nobody.",
                   (f"{inferred} quotes take their speaker from the text around them rather than from a name beside them."
                    if inferred > 1 else "1 quote takes its speaker from the text around it rather than from a name beside it."
                    ) if inferred else "")
    figures = len(data.stated_figures)
    if not figures:  # one line, not four checks that each say it differently ("every figure is attributed")
        groups: tuple[Group, ...] = (
            Group("Figures", (), "The article states no figures: none to hold against the record, a source or each other."),
            unnamed,
        )
    else:
        groups = _figure_groups(data, disagree, agree, unnamed, measured, len(unknown))
    return Summary(
        headline=data.headline,
        outlet=data.record.get("outlet") or meta.get("outlet"),
        published=meta.get("published"),
        dateline=None if meta.get("published") else data.published,
        copyright=None if data.record.get("outlet") or meta.get("outlet") else data.copyright,
        retrieved=str(meta.get("retrieved_at") or "")[:10] or None,
        author=data.author,
        cut=tuple(cut(data)),
        groups=groups,
        agreements=tuple(agree),
        figures=figures,
        standfirst=data.standfirst[1] if data.standfirst else None,
        quotes=int((data.quotes["kind"] != "scare").sum()) if len(data.quotes) else 0,
    )


def _unknown_periods(data: ArticleData, matched: list[reference.Match]) -> set[int]:
    """The figures a reference series measures whose period is unknown: no time of their own and no date the
    article was written (which of the record's years they are, nothing says)."""
    if _written(data) is not None:
        return set()
    return {m.figure for m in matched if m.period is None and not _text(data.figures.iloc[m.figure].get("time"))}


def _figure_groups(data: ArticleData, disagree: list[Check], agree: list[Check], unnamed: Group, measured: int = 0,
                   unknown: int = 0) -> tuple[Group, ...]:
    """The checks of an article that states figures, in the order the first page lists them; `measured`:
    how many figures a reference series measures when none of them could be held against it; `unknown`: how
    many it measures whose period is unknown (`_unknown_periods`)."""
    if agree:
        none = f"No figure differs from the record by {AGREES_WITHIN:g}% or more."
    elif measured:
        it = "it" if measured == 1 else "them"
        none = (f"{measured} {plural('figure', measured)} {'matches' if measured == 1 else 'match'} a reference series, but the record "
                f"holds no period to set {it} against (the year {it} {'names is' if measured == 1 else 'name is'} missing from the "
                "record or only partly covered, or the record's years come after the article was published).")
    else:
        none = "No reference series measures its figures (add one in data/raw/reference/)."
    note = (f"{unknown} {plural('figure', unknown)} {'matches' if unknown == 1 else 'match'} a reference series but "
            f"{'gives' if unknown == 1 else 'give'} no period, and the article's date is unknown: the period is unknown, "
            f"so the record is not set against {'it' if unknown == 1 else 'them'}." if unknown else "")
    return (
        Group("Figures the record does not bear out", tuple(disagree), none, note),
        Group("Figures with no stated source", tuple(unsourced(data)), "Every figure is attributed to a voice.",
              count=len(_unsourced(data))),
        Group("Comparisons and implied bases", tuple(relations(data)), "The article sets no figures against each other."),
        unnamed,
        Group("Voices that carry most figures", tuple(figure_voices(data)), "No figure is attributed to a voice."),
    )


def _about(figure: pd.Series) -> str:
    """"the countries' trade turnover, by early 2024; according to Vladimir Putin": what a figure
    measures, whose it is, when, and who stands behind it, each said as a reader would (a bare list
    "points, O'Gara" left a stranger guessing which was the measure and which the holder)."""
    subject, holder, time = (_lower_first(str(figure[c])) if c in figure and _text(figure[c]) else "" for c in ("subject", "holder", "time"))
    whose = f"{holder}'" if holder.endswith("s") else f"{holder}'s" if holder else ""
    what = f"{whose} {subject}" if subject and holder else subject or holder  # "(age; Tom Lee)": a holder alone as named
    about = [part for part in (what, time) if part]
    voice = _text(figure.get("attributed_to"))
    said = f"according to {voice}" if voice else ""
    return ", ".join(about) + (f"; {said}" if said and about else said)


def _who(figure: pd.Series) -> str:
    inside = _about(figure)
    return f" ({inside})" if inside else ""


def _lower_first(text: str) -> str:
    """"By early 2024" -> "by early 2024" inside a sentence (names keep their capital, and so do
    abbreviations spelt like a small word: "US", "WHO", "IT" are no "us", "who", "it")."""
    first, _, rest = text.partition(" ")
    if len(first) > 1 and first.isupper():
        return text
    return f"{first.lower()} {rest}".strip() if first.lower() in word_list("stopwords.txt") else text


def _text(value: object) -> str:
    return str(value) if isinstance(value, str) and value.strip() else ""


def _what(figure: pd.Series) -> str:
    """" (U.S. crude)": whose and what a figure measures, to tell two compared figures apart."""
    what = whose_what(figure)
    return f" ({what})" if what else ""


def _surface(figure: pd.Series) -> str:
    return f"“{figure['surface']}”"


def _record_matches(data: ArticleData, folder: Path | None = None) -> list[reference.Match]:
    """The reference series that measure the article's figures, whatever their period (read once per page)."""
    record = reference.load(folder)
    if record.empty or data.figures.empty:
        return []
    return reference.matches(data.stated_figures, record, anchor=data.anchor, text=data.text, country=data.country)


def record_checks(data: ArticleData, folder: Path | None = None,
                  matched: list[reference.Match] | None = None) -> tuple[list[Check], list[Check]]:
    """(disagreements, agreements): each level the reference series measure, set against the record
    for the same period (or the latest whole year before it), and each stated growth rate against the
    record's own growth over the span the article states (`matched`: `_record_matches`, when already read)."""
    disagree: list[Check] = []
    agree: list[Check] = []
    matched = _record_matches(data, folder) if matched is None else matched
    unknown = _unknown_periods(data, matched)
    for match in matched:
        figure = data.figures.iloc[match.figure]
        section = MONEY_RECORD if figure["kind"] == "money" else RECORD
        period = match.period  # the figure's time as the record summary reads it ("last October": from the article's date)
        if period is None and (reference.relative_time(figure.get("time")) or open_ended(figure.get("time"))):
            continue  # "last year" with no date to count from, "before 2015": no period the record can be read for
        if match.figure in unknown:
            continue  # no time and no date: which of the record's years it is, nothing says
        row = _comparable_row(match.rows, period, _written(data), _per_of(match.rows.iloc[0]))
        if row is None:
            continue
        value = _in_unit(float(figure["value"]), figure["unit"], str(row["unit"]))
        if value is None:
            continue
        which = f"{row['label']}" + (" (the latest whole year in the record)" if row["_latest"] else "")
        if row["unit"] == "%":  # a rate or a share: off by points ("4.7%" against 4.9% is 0.2 points lower, not "4% lower")
            points = value - float(row["value"])
            agrees = abs(points) <= AGREES_WITHIN_POINTS + 1e-9
            how = "the same" if abs(points) < 1e-9 else f"{number(abs(points))} {plural('point', abs(points))} {'higher' if points > 0 else 'lower'}"
        else:
            within = AGREES_WITHIN_RATE if _per_of(row) not in (None, "year") else AGREES_WITHIN
            agrees = abs((value / row["value"] - 1) * 100 if row["value"] else float("inf")) < within
            how = change(value, float(row["value"]))
        text = (
            f"{_surface(figure)}{_who(figure)} against {match.series}, {quantity(float(row['value']), row['unit'], _per_of(row))} "
            f"in {which}: {how}"
        )
        sentence = data.figure_sentence(figure)
        (agree if agrees else disagree).append(Check(text, section, sentence))
        if figure["kind"] == "money":
            _growth_check(data, figure, match.rows, disagree, agree)
    return list(dict.fromkeys(disagree)), list(dict.fromkeys(agree))


def _per_of(row: pd.Series) -> str | None:
    """What a record's value is per ("hour" for GBP/hour), or None."""
    per = row.get("per")
    return per if isinstance(per, str) and per else None


def _written(data: ArticleData) -> pd.Timestamp | None:
    """When the article was written: its published date, if known and written as a date ("2019-05-10"); a date
    in words a hand-edited meta.json may hold is not guessed at."""
    found = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(data.published or ""))
    try:
        return pd.Timestamp(f"{found[1]}-{found[2]}-{found[3]}") if found else None
    except ValueError:
        return None


def _comparable_row(rows: pd.DataFrame, period: Period | None, written: pd.Timestamp | None = None,
                    per: str | None = None) -> pd.Series | None:
    """The record's row for the figure's own period; else, for a figure of a whole year (or "by"
    one), the whole year right before it ("by early 2024": 2023), and for a figure with no period the
    latest whole year in the record that ended before the article was `written` (a 2019 story is not
    held against 2023). Never a partial period standing in for a whole year, a whole year
    for a part of one ("in the first half of 2023"), or a year further off ("40 bcm in 2023" against
    2021, "$9bn in 2018" against 2023: another period, nothing the record can bear out). A record of
    years that are not calendar years (financial years) stands in for a figure with no period as whole
    years do; a rate in force over a row's period (`per`, GBP/hour) holds for any period within it."""
    frame = dated(rows)
    if frame.empty:
        return None
    if period is not None:
        same = frame[(frame["start"] == pd.Timestamp(period.start)) & (frame["end"] == pd.Timestamp(period.end))]
        if same.empty and per not in (None, "year"):
            same = frame[(frame["start"] <= pd.Timestamp(period.start)) & (frame["end"] >= pd.Timestamp(period.end))]
        if len(same):
            row = same.iloc[-1].copy()
            row["_latest"] = False
            return row
        if period.partial:
            return None
    whole = frame[~frame["partial"] | (frame["split_year"] if period is None else False)]
    if written is not None:
        whole = whole[whole["end"] <= written]
    if period is not None:
        year_before = pd.Timestamp(period.start) - pd.DateOffset(years=1)
        whole = whole[(whole["end"] <= pd.Timestamp(period.end)) & (whole["end"] >= year_before)]
    if whole.empty:
        return None
    row = whole.sort_values("end").iloc[-1].copy()
    row["_latest"] = True
    return row


def _in_unit(value: float, unit: str | None, target: str) -> float | None:
    if not unit:
        return None
    if unit == target:
        return value
    if len(target) == 3 and target.isupper():
        return None  # another currency: no exchange rates here
    try:
        return convert(value, unit, target)
    except Exception:  # pint cannot relate the two
        return None


def _growth_check(data: ArticleData, figure: pd.Series, rows: pd.DataFrame, disagree: list[Check], agree: list[Check]) -> None:
    """A stated percent increase about the figure's subject against the record's growth between
    whole years over the span the article gives."""
    figures = data.stated_figures
    percent, years = reference.stated_growth(figures, figure)
    if percent is None:
        return
    rising = figures[(figures["kind"] == "percent") & (figures["value"] == percent)
                     & figures["change"].fillna("").str.startswith("increase")]
    source = rising.iloc[0] if len(rising) else figure
    period = period_of(figure.get("time"), data.anchor, data.country)
    if period is not None and period.partial:
        return  # a part of a year's growth ("in the first half, up 40% on a year earlier"): whole years do not measure it
    whole = dated(rows)
    whole = whole[~whole["partial"]].sort_values("end")
    if period is not None:
        whole = whole[whole["end"] <= pd.Timestamp(period.end)]  # the growth up to the figure's own year, not the record's last
    if len(whole) < 2:
        return
    last = whole.iloc[-1]
    years = years or reference.stated_span(data.figure_sentence(source), int(last["start"].year))
    if not years:
        return  # no span stated: the record's first-to-last growth is not what the article measured
    earlier = whole[whole["start"].dt.year == last["start"].year - round(years)]
    if earlier.empty:
        return
    first = earlier.iloc[0]
    if not first["value"]:
        return
    grown = (last["value"] / first["value"] - 1) * 100
    text = (
        f"{_surface(source)} growth{_who(source)} against the record's {grown:+.0f}% for {last['series']} "
        f"from {first['label']} to {last['label']} (whole years): {abs(grown - percent):.0f} points apart"
    )
    sentence = data.figure_sentence(source)
    (agree if abs(grown - percent) < AGREES_WITHIN else disagree).append(Check(text, MONEY_RECORD, sentence))


def _kind(figure: pd.Series) -> str:
    """A figure's kind in words (`display.kind_word`): "percentage points", "share", "age"."""
    return kind_word(figure["kind"], figure.get("unit"), figure.get("flags"))


def _unsourced(data: ArticleData) -> pd.DataFrame:
    """The figures of the body and the standfirst (`ArticleData.stated_figures`) no voice stands behind,
    but for an event's distance (flag `event`)."""
    figures = data.stated_figures
    if figures.empty:
        return figures
    return figures[figures["attributed_to"].isna() & ~figures["flags"].map(lambda flags: "event" in list(flags if flags is not None else ()))]


def unsourced(data: ArticleData) -> list[Check]:
    """Figures nobody is said to stand behind (`attributed_to` empty): the article's own claims, one item
    per sentence (the standfirst's first, as one), of the body and the standfirst (`ArticleData.stated_figures`). A figure an unnamed group states ("Traders cited ...") has that
    group as its voice, so it is not listed here. A race's distance ("won the 60m", flag `event`) names
    the event, no claim to source, and is left out too."""
    alone = _unsourced(data)
    return [
        Check(", ".join(f"{_surface(f)} ({'; '.join(filter(None, (_kind(f), _about(f))))})"
                        for _, f in group.iterrows()), FIGURES, data.figure_sentence(group.iloc[0]))
        for _, group in alone.groupby("sentence", sort=True)
    ]


def relations(data: ArticleData) -> list[Check]:
    """Each comparison with its share and gap, and each growth with the base it implies, among the figures the
    article states (`ArticleData.stated_figures`: a standfirst figure the body states again is weighed there)."""
    found = []
    figures = data.stated_figures
    for _, relation in data.relations.iterrows():
        if int(relation["left"]) not in figures.index or int(relation["right"]) not in figures.index:
            continue  # a restated standfirst figure (`restated` itself, or a pair of the standfirst's own)
        left, right = figures.loc[int(relation["left"])], figures.loc[int(relation["right"])]
        unit, per = relation["unit"], relation["per"]
        sentence = data.figure_sentence(left)
        if relation["kind"] == "comparison" and relation["ratio"]:
            left_value = directed(in_unit(left["value"], left["unit"], unit), left["change"], right["change"])
            right_value = left_value / relation["ratio"]
            found.append(Check(
                f"{_surface(left)}{_what(left)} {stands_to(relation['ratio'], unit, both_changes(left['change'], right['change']))} {_surface(right)}{_what(right)}: "
                f"a gap of {gap(abs(right_value - left_value), unit, per)}", COMPARISONS, sentence,
            ))
        elif relation["kind"] == "change" and (said := _stated_change(figures, left, right, relation["ratio"])) is not None:
            found.append(Check(said, MONEY, sentence))
        elif relation["kind"] == "growth" and relation["implied_base"] == relation["implied_base"] and not _both_ends_stated(data.relations, relation):
            found.append(Check(
                f"{_surface(left)} growth ending at {_surface(right)} implies a start near "
                f"{quantity(relation['implied_base'], unit, per)}: {relation['caveat']}", MONEY, sentence,
            ))
    return found


_NUMERAL = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _half_step(figure: pd.Series) -> float | None:
    """How far the figure's true value may lie from its value, as written: half a unit of its last
    digit ("$2.8bn": 0.05bn; "$300m", three significant figures read as one: 50m); none for words."""
    written = _NUMERAL.search(str(figure["surface"]))
    if written is None or not figure["value"]:
        return None
    digits = written.group(0).replace(",", "")
    number = float(digits)
    if not number:
        return None
    if written.group(1):
        step = 10.0 ** -len(written.group(1))
    else:
        whole = digits.rstrip("0") or "0"
        step = 10.0 ** (len(digits) - len(whole))
    return abs(step / 2 * float(figure["value"]) / number)


def _percent_half_step(figure: pd.Series) -> float:
    """A stated percent's rounding: half a unit of its last decimal ("5%": 0.5 points; "4.6%": 0.05)."""
    written = _NUMERAL.search(str(figure["surface"]))
    decimals = len(written.group(1)) if written is not None and written.group(1) else 0
    return 10.0 ** -decimals / 2


def _stated_change(figures: pd.DataFrame, start: pd.Series, end: pd.Series, ratio: float) -> str | None:
    """A change whose both ends and percent the article states in one sentence ("rose 5% to $3bn from $2.8bn"):
    the percent the two levels give, the range their rounding allows, and whether the stated percent falls
    in it. A fact-checker's first sum; none without a stated percent or with levels written in words."""
    sentence = figures[figures["sentence"] == start["sentence"]]
    stated = [(figures.index.get_loc(k), "fraction" if row["unit"] == "fraction" else row["kind"], row["change"]) for k, row in sentence.iterrows()]
    here, there = figures.index.get_loc(start.name), figures.index.get_loc(end.name)
    said_at = stated_percent(stated, here, there, start["change"])
    shares = start["kind"] == "percent" and end["kind"] == "percent"
    if shares:  # shares are rounded to their last digit: "20%" is 19.5% to 20.5%
        start_step, end_step = _percent_half_step(start), _percent_half_step(end)
    else:
        start_step, end_step = _half_step(start), _half_step(end)
    if start_step is None or end_step is None or not ratio or ratio != ratio:
        return None
    if shares and (points := _stated_points(figures, stated, here, there, start, end)):
        return points
    if said_at is None:
        return None
    percent = figures.iloc[said_at]
    fraction = percent["unit"] == "fraction"
    said = float(percent["value"]) * (100 if fraction else 1) * (-1 if percent["change"] == "decrease by" else 1)
    start_error, end_error = start_step / abs(float(start["value"])), end_step / abs(float(end["value"]))
    if start_error >= 1:
        return None
    low = (ratio * (1 - end_error) / (1 + start_error) - 1) * 100
    high = (ratio * (1 + end_error) / (1 - start_error) - 1) * 100
    slack = 2.5 if fraction else _percent_half_step(percent)  # "a fifth" stands for 17.5% to 22.5%, as fifths and quarters are told apart
    verdict = (
        "within what the rounding of the figures allows" if said + slack >= low and said - slack <= high
        else "outside what the rounding of the figures allows: the stated change and the stated levels disagree"
    )
    if verdict.startswith("outside") and not fraction and shares:
        points = float(end["value"]) - float(start["value"])
        if abs(said - points) <= slack + start_step + end_step:  # "rose 3% from 58% to 61%": points written as a percent
            verdict = f"not the relative change, but the change in percentage points ({points:+.1f}): the article may mean points"
    return (
        f"{_surface(start)} to {_surface(end)}{_what(end)} is a change of {(ratio - 1) * 100:+.1f}% "
        f"({low:+.1f}% to {high:+.1f}% as the figures are rounded); the article states {_surface(percent)}, {verdict}"
    )


def _stated_points(figures: pd.DataFrame, stated: list[tuple[int, str, str | None]], start_at: int, end_at: int,
                   start: pd.Series, end: pd.Series) -> str | None:
    """A change of a share stated in percentage points, with both its levels ("turnout rose 3 points from 58% to
    61%"): the points the two levels give, the range their rounding allows, and whether the stated points fall in it."""
    said_at = stated_percent(stated, start_at, end_at, start["change"], kinds=("percentage_points",))
    if said_at is None:
        return None
    said_row = figures.iloc[said_at]
    said = float(said_row["value"]) * (-1 if said_row["change"] == "decrease by" else 1)
    gap = float(end["value"]) - float(start["value"])
    rounding = _percent_half_step(start) + _percent_half_step(end)
    slack = _percent_half_step(said_row)
    verdict = (
        "within what the rounding of the figures allows" if abs(said - gap) <= rounding + slack
        else "outside what the rounding of the figures allows: the stated change and the stated levels disagree"
    )
    return (
        f"{_surface(start)} to {_surface(end)}{_what(end)} is a change of {gap:+.1f} percentage points "
        f"({gap - rounding:+.1f} to {gap + rounding:+.1f} as the figures are rounded); the article states {_surface(said_row)} points, {verdict}"
    )


def _both_ends_stated(relations: pd.DataFrame, growth: pd.Series) -> bool:
    """A growth's level that a change in the same sentence starts from a stated level: the change, with the
    article's own start, says more than the start the growth implies."""
    return bool(((relations["kind"] == "change") & (relations["right"] == growth["right"])).any())


def _spoken(data: ArticleData) -> bool:
    return bool(len(data.quotes)) and bool((data.quotes["kind"] != "scare").any())


def anonymous_quotes(data: ArticleData) -> list[Check]:
    """Direct and indirect quotes with no speaker (scare quotes apart), as a reader meets them: those of the
    standfirst first, said to be there ("An indirect quote with no speaker in the standfirst"). A quote a named
    poll, survey, report or study gives ("A Marist poll released Tuesday shows ...") has a source: not listed."""
    quotes = data.quotes
    if quotes.empty:
        return []
    spoken = reading_order(quotes[quotes["kind"] != "scare"])
    return [
        Check(f"{indefinite(q['kind']).capitalize()} {q['kind']} quote {_unnamed_source(q)}{_where(q)}", QUOTES, _quoted(q))
        for _, q in spoken[spoken["speaker"].isna()].iterrows() if not _from_document(q)
    ]


def _from_document(quote: pd.Series) -> bool:
    """The quote's source as written names a poll, survey, report or study ("A Marist poll released")."""
    written = quote.get("speaker_as_written")
    return isinstance(written, str) and bool(named_documents(written))


_BARE_PRONOUNS = frozenset("it they he she we i you him her them us me this that these those one".split())


def _unnamed_source(quote: pd.Series) -> str:
    """'from “MPs”, no one named' where the text gives the words of an unnamed source ("..., say MPs.",
    "one parent said"), so a reader sees whom to ask about; "with no speaker" where it gives none or a
    bare pronoun."""
    written = quote.get("speaker_as_written")
    if isinstance(written, str) and written.strip() and written.strip().lower() not in _BARE_PRONOUNS:
        return f"from “{written.strip()}”, no one named"
    return "with no speaker"


def _where(quote: pd.Series) -> str:
    """" in the standfirst" for a quote flagged so (a table written before quotes had flags has none)."""
    return " in the standfirst" if "standfirst" in flag_codes(quote.get("flags")) else ""


def inferred_speakers(data: ArticleData) -> int:
    """Quotes whose speaker comes from the text around them, with no name beside the quote."""
    quotes = data.quotes
    if quotes.empty:
        return 0
    spoken = quotes[quotes["kind"] != "scare"]
    return int((spoken["speaker"].notna() & spoken["speaker_as_written"].isna()).sum())


def _quoted(quote: pd.Series) -> str:
    text = " ".join(str(quote["text"]).split())
    return text if quote["kind"] == "indirect" else f"“{text}”"


def figure_voices(data: ArticleData, top: int = 3) -> list[Check]:
    """The voices behind the most figures, with those figures: named ones, and groups the article
    does not name by their noun ("unnamed group (traders)")."""
    figures = data.stated_figures
    if figures.empty:
        return []
    named = figures[figures["attributed_to"].notna()]
    if named.empty:
        return []
    counts = named.groupby("attributed_to", sort=False).size().sort_values(ascending=False, kind="stable")
    found = []
    for voice, count in counts.head(top).items():
        surfaces = ", ".join(f"“{s}”" for s in named[named["attributed_to"] == voice]["surface"])
        found.append(Check(f"{voice} stands behind {of_figures(int(count), len(figures))}: {surfaces}", VOICE_FIGURES))
    return found


CUT_LISTED = 6
"""Up to this many removed passages are listed one by one; more are grouped by rule."""


def cut(data: ArticleData) -> list[Check]:
    """What cleaning removed: each passage with its rule, or, for a page with many (menus,
    teasers, footers), one line per rule with its count and first passages."""
    removed = data.removed
    if len(removed) <= CUT_LISTED:
        return [Check(f"{r['rule']}: “{clip(r['text'], 90)}”", CUT) for _, r in removed.iterrows()]
    found = []
    for rule, rows in removed.groupby("rule", sort=False):
        texts = [f"“{clip(t, 40)}”" for t in rows["text"].head(2)]
        more = f" and {len(rows) - 2} more" if len(rows) > 2 else ""
        found.append(Check(f"{rule} ×{len(rows)}: {', '.join(texts)}{more}", CUT))
    return found
