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
# # 02 · Figures
# Which numbers does the article state, what do they measure, and where do they cluster?

# %%
from helpers import charts, display, notebook
from helpers.dataset import load

notebook.setup()

# %% tags=["parameters"]
ARTICLE = "putin-arrives-in-beijing-seeking-diplomatic-economic-support"

# %%
data = load(ARTICLE)
notebook.say(data.headline, level=2)
notebook.say(display.figures_where(data.figures))

# %% [markdown]
# ## 1. Every figure
# Check each value and unit against its surface and the sentence it came from (a standfirst's figures,
# when the article has one, first); `subject` says what it measures, `holder` whose it is, `time` when, and `attributed to` whose
# claim it is.

# %%
figures = display.with_sentences(display.reading_order(data.figures), data.sentences, standfirst=data.standfirst)
notebook.table(
    figures,
    ["surface", "subject", "holder", "time", "kind", "value", "unit", "per", "qualifier", "change", "attributed_to", "flags",
     "sentence"],
    what="figure",
)

# %% [markdown]
# ## 2. Where figures cluster
# A cluster of figures marks the passage the article's argument rests on; hover for the sentence.

# %%
charts.figure_positions(data)

# %% [markdown]
# ## 3. What kinds of figure
# Many durations and few money figures is a story about time, not money; and the other way round.

# %%
charts.figures_by_kind(data)
