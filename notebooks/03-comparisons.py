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
# # 03 · Comparisons
# Which figures does the article set against each other, and how large is the gap between them?

# %%
from helpers import charts, notebook, reference, timeline
from helpers.dataset import load

notebook.setup()

# %% tags=["parameters"]
ARTICLE = "putin-arrives-in-beijing-seeking-diplomatic-economic-support"

# %%
data = load(ARTICLE)
pairs = data.relations[data.relations["kind"] == "comparison"]
notebook.say(data.headline, level=2)
notebook.say(f"{len(pairs)} comparison{'s' if len(pairs) != 1 else ''} between figures of one dimension." if len(pairs) else
             "The article sets no two figures of one dimension side by side.")

# %% [markdown]
# ## 1. Each comparison
# The title gives the share and the gap; hover a bar for the sentence it comes from.

# %%
if not len(pairs):
    notebook.say("Nothing to compare: no two figures of one dimension stand side by side in the article.")
for _, relation in pairs.iterrows():
    charts.comparison(data, relation).show()

# %%
if len(pairs):
    notebook.table(pairs, ["left_surface", "right_surface", "ratio", "difference", "unit", "per", "text"], what="comparison")

# %% [markdown]
# ## 2. Against the record
# Reference series (`data/raw/reference/*.csv`) that measure the same thing (subject and holder) and,
# where they cover it, the period the figure's sentence names; the dashed line is the article's
# figure. Add a CSV there to add context.

# %%
found = reference.figure_matches(data.stated_figures, "quantity", anchor=data.anchor, text=data.text, country=data.country)
if not found:
    notebook.say("No reference series matches the quantities in this article.")
for match, figure in found:
    summary = reference.level_summary(match.rows, figure["value"], figure["surface"])
    notebook.say(f"{summary}. {reference.period_summary(match, figure)} {timeline.record_note(match.rows)}")
    charts.reference_series(match.rows, figure, summary).show()
