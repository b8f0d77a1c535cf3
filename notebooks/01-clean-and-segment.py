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
# # 01 · Clean and segment
# What did cleaning cut from the article, and how is what remains built: headline, caption,
# paragraphs and sentences?

# %%
import pandas as pd

from helpers import charts, notebook
from helpers.dataset import load

notebook.setup()

# %% tags=["parameters"]
ARTICLE = "putin-arrives-in-beijing-seeking-diplomatic-economic-support"

# %%
data = load(ARTICLE)
notebook.say(data.headline, level=2)

# %% [markdown]
# ## 1. What was cut and why
# Each removed span names the rule that removed it; anything here that is really part of the
# article is a rule to fix in `resources/boilerplate/`.

# %%
notebook.say(
    f"{len(data.removed)} spans were removed ({data.removed['text'].str.len().sum() if len(data.removed) else 0} characters)."
)
notebook.table(data.removed, ["rule", "start", "end", "text"])

# %% [markdown]
# ## 2. The article's structure
# Look for a photo caption or standfirst mistaken for body text, or body text mistaken for them.

# %%
parts = {key: data.record.get(key) for key in ("headline", "standfirst", "caption", "credit", "outlet")}
notebook.table(pd.DataFrame([{"part": k, "text": v or "–"} for k, v in parts.items()]))

# %% [markdown]
# ## 3. Paragraph and sentence lengths
# Long paragraphs are where the argument is made; very long sentences are worth a second read.

# %%
charts.paragraph_lengths(data)

# %%
charts.sentence_lengths(data)

# %%
notebook.table(data.sentences, ["index", "paragraph", "text"])
