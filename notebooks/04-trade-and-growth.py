# ---
# jupyter:
#   jupytext:
#     formats: ipynb,py:percent
#     text_representation:
#       extension: .py
#       format_name: percent
#       format_version: '1.3'
#       jupytext_version: 1.19.6
#   kernelspec:
#     display_name: articlelab
#     language: python
#     name: articlelab
# ---

# %% [markdown]
# # 04 · Money and growth
# What money levels does the article state, what growth does it claim, and does the record agree?

# %%
from helpers import charts, display, notebook, reference, timeline
from helpers.dataset import load

notebook.setup()

# %% tags=["parameters"]
ARTICLE = "putin-arrives-in-beijing-seeking-diplomatic-economic-support"

# %%
data = load(ARTICLE)
stated = display.reading_order(data.stated_figures)  # the body's and the standfirst's (first), one said twice once
money = stated[stated["kind"] == "money"]
growth = data.relations[data.relations["kind"] == "growth"]
notebook.say(data.headline, level=2)

# %% [markdown]
# ## 1. Money levels
# Every sum of money the article states, with its rate, who stands behind it and the words it came from.

# %%
if money.empty:
    notebook.say("The article states no sums of money.")
else:
    sums = display.with_sentences(money, data.sentences, standfirst=data.standfirst)
    notebook.table(
        sums, ["surface", "subject", "holder", "time", "value", "unit", "per", "change", "attributed_to", "sentence"], what="sum"
    )

# %% [markdown]
# ## 2. Growth and the level it implies
# A percent change and a level about one subject imply where the change started; read the caveat.

# %%
if growth.empty:
    notebook.say("The article gives no percent change that can be tied to a level.")
for _, relation in growth.iterrows():
    charts.growth(data, relation).show()
    notebook.say(f"Caveat: {relation['caveat']}")

# %% [markdown]
# ## 3. What the record shows
# Reference series for the same subject, holder and unit on a time axis; their own growth is set
# against the article's between whole years only (a partial year is drawn apart), and the value for
# the period the article names is set beside its figure.

# %%
found = reference.figure_matches(data.stated_figures, "money", anchor=data.anchor, text=data.text, country=data.country)
if not found:
    notebook.say("No reference series matches the money figures in this article.")
for match, figure in found:
    summary = reference.growth_summary(match.rows, *reference.stated_growth(data.stated_figures, figure, data.figure_sentence))
    notebook.say(f"{summary}. {reference.period_summary(match, figure)} {timeline.record_note(match.rows)}")
    charts.reference_series(match.rows, figure, summary).show()
