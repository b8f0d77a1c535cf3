"""Chart builders: each returns a plotly Figure whose title states its finding, with units and
the source sentence on hover."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pandas as pd
import plotly.graph_objects as go

from .dataset import ArticleData
from . import timeline
from .display import CURRENCY_SIGNS, clip, flag_codes, gap as gap_between, hover, moves, of_figures, plural, quantity, safe, stands_to, unit_label, whose_what
from .relations import both_changes, directed, in_unit

KIND_COLORS = {
    "money": "#1b9e77", "percent": "#d95f02", "percentage_points": "#e7298a", "quantity": "#7570b3",
    "duration": "#66a61e", "count": "#e6ab02", "number": "#a6761d",
}
_LAYOUT = dict(template="plotly_white", height=420, margin=dict(l=70, r=30, t=80, b=60), font=dict(size=13))


def _figure(title: str) -> go.Figure:
    fig = go.Figure()
    fig.update_layout(title=dict(text=safe(title), x=0.01, xanchor="left"), **_LAYOUT)
    return fig


def _whole(most: float, few: int) -> int | None:
    """A tick per whole unit on a count axis that holds few (so no 0.5 quotes); plotly's own
    spacing, already whole, beyond that."""
    return 1 if most <= few else None


def empty(title: str) -> go.Figure:
    """A chart that says there is nothing to draw: its title alone, in a short frame (not a chart's
    worth of blank page under the same words twice)."""
    fig = _figure(title)
    fig.update_layout(height=110, margin=dict(l=70, r=30, t=60, b=10))
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def paragraph_lengths(data: ArticleData) -> go.Figure:
    """Sentences and words per paragraph."""
    if data.paragraphs.empty:
        return empty("The article has no body paragraphs")
    per = data.sentences.groupby("paragraph").size().reindex(data.paragraphs["index"], fill_value=0)
    words = data.paragraphs["text"].str.split().str.len()
    longest = int(words.idxmax())
    fig = _figure(
        f"{len(data.paragraphs)} paragraphs of 1 to {int(per.max())} sentences; "
        f"the longest is paragraph {longest + 1} ({int(words.iloc[longest])} words)"
    )
    fig.add_bar(
        x=data.paragraphs["index"] + 1, y=words, name="words",
        marker_color="#7570b3",
        customdata=[hover(t) for t in data.paragraphs["text"]],
        hovertemplate="paragraph %{x}: %{y} words<br>%{customdata}<extra></extra>",
    )
    fig.update_xaxes(title="paragraph", dtick=_whole(len(data.paragraphs), 30))  # no paragraph 1.5
    fig.update_yaxes(title="words")
    return fig


def sentence_lengths(data: ArticleData) -> go.Figure:
    if data.sentences.empty:
        return empty("The article has no sentences")
    words = data.sentences["text"].str.split().str.len()
    fig = _figure(f"Sentences average {words.mean():.0f} words; the longest has {int(words.max())}")
    size = max(1, -(-(int(words.max()) - int(words.min()) + 1) // 20))  # about 20 bins of whole words
    start = int(words.min())
    bins = ((words - start) // size).value_counts().sort_index()  # each bin's count, drawn as a bar: its hover says it in words
    lows = [start + int(b) * size for b in bins.index]
    spans = [f"{low} words" if size == 1 else f"{low}-{low + size - 1} words" for low in lows]
    fig.add_bar(x=[low + (size - 1) / 2 for low in lows], y=bins.values, width=size, marker_color="#1b9e77",
                customdata=[[span, f"{n} {plural('sentence', int(n))}"] for span, n in zip(spans, bins.values)],
                hovertemplate="%{customdata[0]}: %{customdata[1]}<extra></extra>")
    fig.update_layout(bargap=0.05)
    fig.update_xaxes(title="words per sentence")
    fig.update_yaxes(title="sentences", tickformat="d", dtick=_whole(int(bins.max()), 10))  # no "1, 1, 2, 2" of half ticks
    return fig


def _body_figures(data: ArticleData) -> pd.DataFrame:
    """The figures of the body's sentences, which the position chart places by paragraph (cut boilerplate is no
    article text; the standfirst's come before paragraph 1)."""
    figures = data.figures
    return figures[figures["sentence"] >= 0] if not figures.empty else figures


def _standfirst_figures(data: ArticleData) -> pd.DataFrame:
    """The figures of the summary under the headline (flag "standfirst"; paragraph -1, before paragraph 0)."""
    figures = data.figures
    return figures[[("standfirst" in flag_codes(f)) for f in figures["flags"]]] if not figures.empty else figures


def _source_text(data: ArticleData, figure: Any) -> str:
    """The words a figure (a row as a named tuple) came from: its sentence, or the standfirst for a figure flagged so."""
    return data.figure_sentence({"flags": figure.flags, "sentence": figure.sentence})


def _positions_title(body: pd.DataFrame, total: int, standfirst: int) -> str:
    """Where the body's figures cluster, out of all `total` placed (the standfirst's among them)."""
    if body.empty:
        return f"The only {'figure is' if total == 1 else f'{total} figures are'} in the standfirst"
    counts = body.groupby("paragraph").size()
    window = counts.reindex(range(int(counts.index.max()) + 1), fill_value=0).rolling(3, min_periods=1).sum()  # any length
    end = int(window.idxmax())
    dense = int(window.max())
    first = max(end - 2, int(counts.index.min())) + 1
    where = f"paragraph {end + 1}" if first == end + 1 else f"paragraphs {first}-{end + 1}"
    if dense > 1:
        return f"Figures cluster in {where}: {dense} of {total} figures"
    if total == 1:
        return f"The only figure is in {where}"
    return f"{total} figures spread through the article" + (" and its standfirst" if standfirst else "")


def _spread(group: pd.DataFrame) -> list[float]:
    """Each figure's place on the paragraph axis: a paragraph's figures of one kind side by side around
    its number, in reading order, so that three money figures in paragraph 4 are three dots, each with
    its own hover, not one dot hiding two (at most 0.8 of a paragraph wide, 0.15 apart)."""
    order = group.sort_values(["paragraph", "start"]) if "start" in group else group.sort_values("paragraph")
    places: dict[object, float] = {}
    for paragraph, rows in order.groupby("paragraph", sort=False):
        step = min(0.15, 0.8 / len(rows))
        for rank, index in enumerate(rows.index):
            places[index] = int(paragraph) + 1 + (rank - (len(rows) - 1) / 2) * step
    return [round(places[index], 4) for index in group.index]


def figure_positions(data: ArticleData) -> go.Figure:
    """Where in the article figures appear, by kind, with the sentence on hover."""
    body, standfirst = _body_figures(data), _standfirst_figures(data)
    figures = pd.concat([standfirst, body]) if len(standfirst) else body
    if figures.empty:
        return empty("The article states no figures")
    fig = _figure(_positions_title(body, len(figures), len(standfirst)))
    for kind, group in figures.groupby("kind", sort=True):
        fig.add_scatter(
            x=_spread(group), y=[kind] * len(group), mode="markers", name=kind,
            marker=dict(size=14, color=KIND_COLORS.get(kind, "#666")),
            customdata=[
                [hover(row.surface), quantity(row.value, row.unit, row.per), hover(_source_text(data, row))]
                for row in group.itertuples()
            ],
            hovertemplate="<b>%{customdata[0]}</b> = %{customdata[1]}<br>%{customdata[2]}<extra></extra>",
        )
    paragraphs = len(data.paragraphs)
    if len(standfirst):  # the standfirst's figures sit at 0, before paragraph 1, on a tick of their own
        step = _whole(paragraphs, 30) or -(-paragraphs // 15)
        ticks = [0, *range(1, paragraphs + 1, step)]
        fig.update_xaxes(title="paragraph", range=[-0.6, paragraphs + 1], tickmode="array", tickvals=ticks,
                         ticktext=["standfirst", *(str(t) for t in ticks[1:])])
    else:
        fig.update_xaxes(title="paragraph", range=[0, paragraphs + 1], dtick=_whole(paragraphs, 30))
    fig.update_yaxes(title="kind of figure")
    return fig


def _kind_counts(kinds: pd.Series) -> pd.Series:
    """Figures per kind, fewest first (ties by name, so the bars' order never depends on the
    order of a sort)."""
    return kinds.value_counts().sort_index().sort_values(kind="stable")


def _joined(names: Sequence[str]) -> str:
    """"A", "A and B", "A, B and C", in alphabetical order."""
    named = sorted(names)
    return named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]


def _kinds_title(counts: pd.Series, total: int) -> str:
    """"Money figures lead: 5 of 9"; a tie at the top or a single kind says so instead."""
    names = [str(kind).replace("_", " ") for kind in counts.index]
    if len(counts) == 1:
        return f"Only {names[0]} figures: {total}"
    leaders = [name for name, n in zip(names, counts.values) if n == counts.iloc[-1]]
    if len(leaders) > 1:
        return f"{_joined(leaders).capitalize()} figures tie: {counts.iloc[-1]} each of {total}"
    return f"{leaders[0].capitalize()} figures lead: {counts.iloc[-1]} of {total}"


def figures_by_kind(data: ArticleData) -> go.Figure:
    figures = data.stated_figures  # the body's and the standfirst's, one the body states again once
    if figures.empty:
        return empty("The article states no figures")
    counts = _kind_counts(figures["kind"])
    fig = _figure(_kinds_title(counts, len(figures)))
    fig.add_bar(
        y=[str(kind).replace("_", " ") for kind in counts.index], x=counts.values, orientation="h",
        marker_color=[KIND_COLORS.get(k, "#666") for k in counts.index],
        customdata=[plural("figure", int(n)) for n in counts.values],
        hovertemplate="%{y}: %{x} %{customdata}<extra></extra>",
    )
    fig.update_xaxes(title="figures", dtick=_whole(counts.max(), 10))
    return fig


def comparison(data: ArticleData, relation: pd.Series) -> go.Figure:
    """Two figures of one dimension side by side, with the share and the gap in the title."""
    left = data.figures.iloc[int(relation["left"])]
    right = data.figures.iloc[int(relation["right"])]
    unit, per = relation["unit"], relation["per"]
    left_value = directed(in_unit(left["value"], left["unit"], unit), left["change"], right["change"])  # "a fifth" against "1 percent" is 20%
    right_value = left_value / relation["ratio"] if relation["ratio"] else in_unit(right["value"], right["unit"], unit)
    smaller, larger = sorted([left_value, right_value])
    gap = gap_between(larger - smaller, unit, per)
    title = f"{moves(left_value, right_value, unit, per, both_changes(left['change'], right['change']))}: a gap of {gap}"
    fig = _figure(title)
    sentence = hover(data.figure_sentence(left))
    labels = [_measured(left), _measured(right)]
    if labels[0] == labels[1]:
        labels = [f"{labels[0]} ({side})" for side in ("first", "second")]  # one category each, never one stacked bar
    fig.add_bar(
        x=labels, y=[left_value, right_value],
        marker_color=["#d95f02", "#7570b3"],
        text=[quantity(left_value, unit, per), quantity(right_value, unit, per)], textposition="outside",
        customdata=[sentence, hover(data.figure_sentence(right))],
        hovertemplate="%{text}<br>%{customdata}<extra></extra>",
    )
    _value_axis(fig, unit, per)
    return fig


def _measured(figure: pd.Series) -> str:
    """A bar's label: whose and what the figure measures, and when, over its surface ("U.S. crude<br>$55.12"),
    escaped (article words are data); the surface alone when the figure's meaning is unknown."""
    what, time = whose_what(figure), figure.get("time")
    if what and isinstance(time, str) and time.strip():
        what = f"{what}, {time.strip()}"
    surface = hover(str(figure["surface"]))
    return f"{hover(what)}<br>{surface}" if what else surface


def growth(data: ArticleData, relation: pd.Series) -> go.Figure:
    """The implied level before a stated percent change, beside the stated level."""
    level = data.figures.iloc[int(relation["right"])]
    pct = data.figures.iloc[int(relation["left"])]
    unit, per = relation["unit"], relation["per"]
    base = relation["implied_base"]
    fig = _figure(
        f"A {pct['surface']} {str(pct['change']).split()[0]} ending at {quantity(level['value'], unit, per)} "
        f"implies a start near {quantity(base, unit, per)}"
    )
    fig.add_bar(
        x=["implied base", f"stated level ({safe(level['surface'])})"], y=[base, level["value"]],
        marker_color=["#bbbbbb", "#1b9e77"],
        text=[quantity(base, unit, per), quantity(level["value"], unit, per)], textposition="outside",
        customdata=[hover(relation["caveat"]), hover(data.figure_sentence(level))],
        hovertemplate="%{text}<br>%{customdata}<extra></extra>",
    )
    _value_axis(fig, unit, per)
    return fig


def reference_series(series: pd.DataFrame, figure: pd.Series, summary: str) -> go.Figure:
    """A reference series on a date axis, with the article's figure drawn across it. Whole years
    are joined where they follow one another; a partial period ("Jan-Sep 2023") is drawn apart,
    as a bar across its months, and never joined to the years around it."""
    fig = _figure(summary)
    rows = timeline.dated(series)
    unit = figure["unit"] or (str(rows["unit"].iloc[0]) if len(rows) else None)
    for number, (name, group) in enumerate(rows.groupby("series", sort=False)):
        color = _SERIES_COLORS[number % len(_SERIES_COLORS)]
        whole = group[~group["partial"]].sort_values("start")
        gaps = timeline.runs(list(whole["start"].dt.date), list(whole["end"].dt.date))
        x: list[object] = []
        y: list[object] = []
        text: list[object] = []
        for i, row in enumerate(whole.itertuples()):
            if i and gaps[i] != gaps[i - 1]:
                x.append(None), y.append(None), text.append(None)  # a missing year breaks the line
            x.append(row.midpoint), y.append(row.value), text.append(_period_hover(row))
        if x:
            fig.add_scatter(x=x, y=y, mode="lines+markers", name=f"{name}, whole years", line_color=color,
                            marker=dict(size=9, color=color), customdata=text,
                            hovertemplate="%{customdata}<extra></extra>")
        for row in group[group["partial"]].itertuples():
            fig.add_scatter(
                x=[row.start, row.midpoint, row.end], y=[row.value] * 3, mode="lines+markers",
                name=f"{name}, {row.label} ({row.span if row.split_year else 'partial'})", line=dict(color=color, width=6), opacity=0.55,
                marker=dict(size=[0, 11, 0], symbol="diamond-open", color=color, line=dict(width=2)),
                customdata=[_period_hover(row)] * 3, hovertemplate="%{customdata}<extra></extra>",
            )
    spans = _article_level(fig, figure, unit)
    _value_axis(fig, unit, None)
    if len(rows) or spans:  # a range of whole years around every period drawn, even a single one
        starts = [*rows["start"], *spans[:1]]
        ends = [*rows["end"], *spans[1:]]
        fig.update_xaxes(range=[pd.Timestamp(min(starts).year - 1, 7, 1), pd.Timestamp(max(ends).year + 1, 7, 1)])
    fig.update_xaxes(title="period (whole years at mid-year; a partial period spans its months)", type="date",
                     ticklabelmode="period", tickformat="%Y", dtick="M12")
    fig.update_layout(legend=dict(orientation="h", yanchor="top", y=-0.22, x=0), height=480, margin=dict(b=110))
    return fig


_SERIES_COLORS = ("#636efa", "#1b9e77", "#7570b3", "#e7298a", "#66a61e")


def _period_hover(row: object) -> str:
    split = bool(getattr(row, "split_year", False))
    kind = "partial period, " + str(getattr(row, "span")) if getattr(row, "partial") and not split else str(getattr(row, "span"))
    per = getattr(row, "per", None)
    value = quantity(float(getattr(row, "value")), getattr(row, "unit"), per if isinstance(per, str) and per else None)
    lines = [f"<b>{safe(getattr(row, 'label'))}</b> ({safe(kind)}): {safe(value)}"]
    for label, field in (("", "note"), ("source: ", "source")):
        text = getattr(row, field, None)
        if isinstance(text, str) and text:
            lines.append(hover(label + text))
    return "<br>".join(lines)


def _article_level(fig: go.Figure, figure: pd.Series, unit: str) -> list[pd.Timestamp]:
    """The article's figure: across its own period when its sentence names one (returned as
    [start, end]), else across the chart (returns [])."""
    stated = quantity(float(figure["value"]), figure["unit"], figure["per"])
    period = timeline.period_of(figure.get("time"))
    label = f"article: {figure['surface']}" + (f" ({figure['time']})" if figure.get("time") else "")
    if period is None:
        fig.add_hline(y=float(figure["value"]), line_dash="dash", line_color="#d95f02",
                      annotation_text=safe(label), annotation_position="top left")
        return []
    fig.add_scatter(
        x=[pd.Timestamp(period.start), pd.Timestamp(period.midpoint), pd.Timestamp(period.end)],
        y=[float(figure["value"])] * 3, mode="lines+markers", name=f"the article: {stated}, {period.label}",
        line=dict(color="#d95f02", dash="dash", width=3), marker=dict(size=[0, 12, 0], symbol="x", color="#d95f02"),
        customdata=[hover(label) + f"<br>{safe(stated)}"] * 3, hovertemplate="%{customdata}<extra></extra>",
    )
    return [pd.Timestamp(period.start), pd.Timestamp(period.end)]


def _value_axis(fig: go.Figure, unit: str | None, per: str | None) -> None:
    """The value axis titled with its unit in words, from zero, ticks as "$200B" for money."""
    label = {"USD": "US dollars", "GBP": "pounds sterling", "EUR": "euros"}.get(str(unit), unit_label(unit))
    sign = CURRENCY_SIGNS.get(str(unit), "")
    fig.update_yaxes(title=f"{label}{' per ' + per if per else ''}", rangemode="tozero", tickprefix=sign,
                     exponentformat="B")


def _quote_counts(direct: int, mixed: int) -> str:
    """The quotes a voice's quoted words come from: "3 direct quotes", "1 mixed quote", "2 direct and
    1 mixed quotes" (not "0 direct quotes" for words quoted inside paraphrase)."""
    kinds = [f"{n} {kind}" for n, kind in ((direct, "direct"), (mixed, "mixed")) if n]
    return f"{' and '.join(kinds)} {plural('quote', direct + mixed)}"


def _axis_labels(names: Sequence[object], size: int = 52) -> list[str]:
    """Category labels from article text for a chart's axis: escaped (plotly reads markup in tick
    labels, and article words are data) and clipped at a word, so one long source ("a 52-count civil
    complaint filed by ...") does not squeeze the bars; the whole text where clipping would make two
    labels one."""
    clipped = [safe(clip(name, size)) for name in names]
    if len(set(clipped)) < len(set(map(str, names))):
        return [safe(" ".join(str(name).split())) for name in names]
    return clipped


def voices(data: ArticleData) -> go.Figure:
    """Who speaks and how: direct, mixed and indirect quotes per source."""
    sources = data.sources
    if sources.empty:
        unnamed = len(data.quotes)
        return empty(f"No quote has a speaker the article names ({unnamed} {plural('quote', unnamed)})" if unnamed
                     else "Nobody is quoted or cited in this article")
    ordered = sources.sort_values(["direct", "mixed", "indirect", "words_quoted"], ascending=True)
    top = sources.sort_values(["words_quoted", "direct"], ascending=False).iloc[0]
    title = (
        f"{top['name']} is quoted most: {int(top['words_quoted'])} {plural('word', top['words_quoted'])} in "
        + _quote_counts(int(top["direct"]), int(top["mixed"]))
        if top["words_quoted"]
        else f"{len(sources)} {plural('source', len(sources))} {'is' if len(sources) == 1 else 'are'} cited, none quoted directly"
    )
    fig = _figure(title)
    for column, color in (("direct", "#1b9e77"), ("mixed", "#7fc9b3"), ("indirect", "#bbbbbb")):
        if column == "mixed" and not ordered[column].any():
            continue  # no legend entry for a kind the article does not use
        fig.add_bar(
            y=_axis_labels(list(ordered["name"])), x=ordered[column], name=column, orientation="h", marker_color=color,
            customdata=[[int(w), k, hover(n)] for w, k, n in zip(ordered["words_quoted"], ordered["kind"], ordered["name"])],
            hovertemplate="%{customdata[2]} (%{customdata[1]}): %{x} " + column + " · %{customdata[0]} words quoted<extra></extra>",
        )
    fig.update_layout(barmode="stack", height=max(320, 40 * len(sources) + 140))
    most = int((ordered["direct"] + ordered["mixed"] + ordered["indirect"]).max())
    fig.update_xaxes(title="quotes and attributions", dtick=_whole(most, 12))
    return fig


def _voices_title(named: pd.Series, total: int) -> str:
    """"Ann Lee stands behind 3 of 9 figures"; voices tying at the top are all named."""
    if named.empty:
        return "The article states all its figures itself"
    leaders = [str(name) for name, n in named.items() if n == named.iloc[-1]]
    if len(leaders) == 1:
        return f"{leaders[0]} stands behind {of_figures(int(named.iloc[-1]), total)}"
    return f"{_joined(leaders)} each stand behind {named.iloc[-1]} of {total} figures"


def figures_by_voice(data: ArticleData) -> go.Figure:
    figures = data.stated_figures  # the body's and the standfirst's, one the body states again once
    if figures.empty:
        return empty("The article states no figures")
    voices_ = figures["attributed_to"].fillna("the article itself")
    counts = voices_.value_counts().sort_index(ascending=False).sort_values(kind="stable")
    named = counts.drop("the article itself", errors="ignore")
    title = _voices_title(named, len(figures))
    fig = _figure(title)
    surfaces = {v: ", ".join(figures[voices_ == v]["surface"]) for v in counts.index}
    fig.add_bar(
        y=_axis_labels(list(counts.index)), x=counts.values, orientation="h", marker_color="#7570b3",
        customdata=[[hover(v), hover(surfaces[v]), plural("figure", int(n))] for v, n in counts.items()],
        hovertemplate="%{customdata[0]}: %{x} %{customdata[2]}<br>%{customdata[1]}<extra></extra>",
    )
    fig.update_xaxes(title="figures", dtick=_whole(counts.max(), 12))
    return fig


def word_frequencies(words: Sequence[tuple[str, int]], title: str) -> go.Figure:
    if not words:
        return empty("No words to count")
    fig = _figure(title)
    labels = _axis_labels([w for w, _ in words][::-1])
    fig.add_bar(y=labels, x=[n for _, n in words][::-1], orientation="h", marker_color="#1b9e77",
                hovertemplate="%{y}: %{x}<extra></extra>")
    fig.update_layout(height=max(320, 24 * len(words) + 140))
    fig.update_xaxes(title="occurrences", dtick=_whole(max(n for _, n in words), 12))
    return fig


def tone(scores: pd.DataFrame, title: str) -> go.Figure:
    """VADER compound score per paragraph, with the paragraph on hover."""
    if scores.empty:
        return empty("No paragraphs to score")
    fig = _figure(title)
    fig.add_bar(
        x=scores["paragraph"] + 1, y=scores["compound"],
        marker_color=["#1b9e77" if v >= 0.05 else "#d95f02" if v <= -0.05 else "#bbbbbb" for v in scores["compound"]],
        customdata=[hover(t) for t in scores["text"]],
        hovertemplate="paragraph %{x}: %{y:.2f}<br>%{customdata}<extra></extra>",
    )
    fig.update_xaxes(title="paragraph", dtick=_whole(int(scores["paragraph"].max()) + 1, 30))  # no paragraph 1.5
    fig.update_yaxes(title="tone (VADER compound, -1 to 1)", range=_fitted(scores["compound"]))
    return fig


def _fitted(values: pd.Series, margin: float = 0.08) -> list[float]:
    """A value axis around zero that ends just past the longest bar on each side it has bars (a tenth of the
    bars' span or so), not at the scale's ends: a report whose paragraphs all read positive (a sport draw: 0.1
    to 0.97) drew half its chart as an empty -1 to 0. With no bars off zero the whole scale, -1 to 1."""
    low, high = min(0.0, float(values.min())), max(0.0, float(values.max()))
    if high == low:
        return [-1.0, 1.0]
    pad = margin * (high - low)
    return [low - pad if low < 0 else 0.0, high + pad if high > 0 else 0.0]


__all__ = [
    "comparison", "empty", "figure_positions", "figures_by_kind", "figures_by_voice", "growth",
    "paragraph_lengths", "reference_series", "sentence_lengths", "tone", "voices", "word_frequencies",
    "corpus_density", "corpus_kinds", "corpus_sources", "corpus_subject",
]


def corpus_kinds(kinds: pd.DataFrame) -> go.Figure:
    """Figure kinds across a corpus: `kinds` has columns kind, figures, articles."""
    if kinds.empty:
        return empty("The corpus holds no figures")
    ordered = kinds.sort_values(["figures", "kind"])
    top = ordered.iloc[-1]
    leaders = [str(k).replace("_", " ") for k in ordered.loc[ordered["figures"] == top["figures"], "kind"]]
    if len(leaders) > 1:  # not whichever the sort put last
        title = f"{_joined(leaders).capitalize()} figures tie across the corpus: {int(top['figures'])} each"
    else:
        title = f"{leaders[0].capitalize()} figures lead the corpus: {int(top['figures'])} in {int(top['articles'])} articles"
    fig = _figure(title)
    fig.add_bar(
        y=[str(kind).replace("_", " ") for kind in ordered["kind"]], x=ordered["figures"], orientation="h",
        marker_color=[KIND_COLORS.get(k, "#666") for k in ordered["kind"]],
        customdata=[[plural("figure", int(f)), f"{int(a)} {plural('article', int(a))}"] for f, a in zip(ordered["figures"], ordered["articles"])],
        hovertemplate="%{y}: %{x} %{customdata[0]} in %{customdata[1]}<extra></extra>",
    )
    fig.update_xaxes(title="figures")
    return fig


def _ranking(title: str, labels: pd.Series, values: pd.Series, customdata: list[list[object]],
             hovertemplate: str, color: str, axis: str) -> go.Figure:
    """A horizontal bar per row, largest at the top, tall enough for every label."""
    fig = _figure(title)
    fig.add_bar(y=labels, x=values, orientation="h", marker_color=color, customdata=customdata,
                hovertemplate=hovertemplate)
    fig.update_layout(height=max(320, 26 * len(labels) + 140))
    fig.update_xaxes(title=axis)
    return fig


def corpus_sources(cited: pd.DataFrame) -> go.Figure:
    """The most cited sources: `cited` has columns name, kind, articles, quotes."""
    if cited.empty:
        return empty("Nobody is quoted or cited in the corpus")
    ordered = cited.sort_values("articles")
    fig = _ranking(
        _sources_title(cited), ordered["name"], ordered["articles"],
        [[k, int(q)] for k, q in zip(ordered["kind"], ordered["quotes"])],
        "%{y} (%{customdata[0]}): %{x} articles, %{customdata[1]} quotes<extra></extra>",
        "#1b9e77", "articles citing",
    )
    fig.update_xaxes(dtick=_whole(int(ordered["articles"].max()), 12))  # whole articles, no 0.2 ticks
    return fig


def _sources_title(cited: pd.DataFrame) -> str:
    """"Ann Lee is cited in the most articles: 4"; a tie at the top names the few that tie, or
    says no source stands out, rather than whichever the sort put last."""
    most = int(cited["articles"].max())
    leaders = [str(name) for name in cited.loc[cited["articles"] == most, "name"]]
    if len(leaders) == 1:
        return f"{leaders[0]} is cited in the most articles: {most}"
    if most == 1:
        return f"No source is cited in more than one article ({len(leaders)} cited in one each)"
    if len(leaders) <= 3:
        return f"{_joined(leaders)} are each cited in {most} articles"
    return f"{len(leaders)} sources tie, each cited in {most} articles"


def corpus_subject(found: pd.DataFrame, subject: str) -> go.Figure:
    """Every figure about a subject on a date axis, at the period its sentence names (columns year,
    value, unit, surface, article, sentence_text, and `time` when known); undated figures are
    counted in the title and left to the table."""
    if found.empty:
        return empty(f"No figure in the corpus is about “{subject}”")
    times = found["time"] if "time" in found.columns else pd.Series([None] * len(found), index=found.index)
    periods = [timeline.period_of(t) or (timeline.period_of(str(int(y))) if pd.notna(y) else None)
               for t, y in zip(times, found["year"])]
    dated = found.assign(_period=periods)[[p is not None for p in periods]]
    years = [p.start.year for p in dated["_period"]]
    undated = len(found) - len(dated)
    if dated.empty:
        return empty(f"{len(found)} figure{'s are' if len(found) != 1 else ' is'} about “{subject}”, "
                     "none with a year its sentence names: see the table")
    span = "" if not years else f" {min(years)}" if min(years) == max(years) else f" {min(years)}-{max(years)}"
    fig = _figure(
        f"{len(found)} figure{'s are' if len(found) != 1 else ' is'} about “{subject}”, {len(dated)} dated{span}"
        + (f"; {undated} undated {'are' if undated != 1 else 'is'} in the table" if undated else "")
    )
    for unit, group in dated.groupby(dated["unit"].fillna("no unit"), sort=True):
        fig.add_scatter(
            x=[pd.Timestamp(p.midpoint) for p in group["_period"]], y=group["value"],
            mode="markers", name=unit_label(unit) or str(unit), marker=dict(size=10),
            customdata=[[hover(s), hover(a), hover(t), safe(f"{p.label} ({p.span})"), safe(quantity(v, u))]
                        for s, a, t, p, v, u in zip(group["surface"], group["article"], group["sentence_text"],
                                                    group["_period"], group["value"], group["unit"])],
            hovertemplate="<b>%{customdata[0]}</b> = %{customdata[4]}, %{customdata[3]} (%{customdata[1]})"
                          "<br>%{customdata[2]}<extra></extra>",
        )
    fig.update_xaxes(title="period named in the sentence", type="date", ticklabelmode="period", tickformat="%Y")
    fig.update_yaxes(title="value", type="log", exponentformat="B")
    return fig


def corpus_density(ranked: pd.DataFrame) -> go.Figure:
    """Articles ranked by figures per 100 words (columns article, headline, density, figures)."""
    if ranked.empty:
        return empty("No articles to rank")
    ordered = ranked.sort_values("density")
    # an article by its headline, as a reader knows it, with the file name that tells two apart
    labels = [hover(f"{clip(str(h), 40)} · {a}") if isinstance(h, str) and h.strip() else hover(str(a))
              for h, a in zip(ordered["headline"], ordered["article"])]
    return _ranking(
        f"The densest article states {ordered.iloc[-1]['density']:.1f} figures per 100 words",
        pd.Series(labels, index=ordered.index), ordered["density"],
        [[hover(h), int(n)] for h, n in zip(ordered["headline"], ordered["figures"])],
        "%{y}: %{x:.1f} per 100 words (%{customdata[1]} figures)<br>%{customdata[0]}<extra></extra>",
        "#7570b3", "figures per 100 words",
    )
