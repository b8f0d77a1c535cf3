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

from helpers import charts, cleaning, notebook
from helpers.dataset import load

notebook.setup()

# %% tags=["parameters"]
ARTICLE = "putin-arrives-in-beijing-seeking-diplomatic-economic-support"

# %%
data = load(ARTICLE)
notebook.say(data.headline, level=2)

# %% [markdown]
# ## 1. What was cut and why
# Each removed span names what removed it: an outlet's or the generic rules
# (`the-moscow-times/...`, `generic/...`), or the article finder (`finder/<kind>` for furniture it
# recognized, `finder/before-article` and `finder/after-article` for the rest of the page). Look
# for article text among them: a paragraph cut by the finder here is a miss worth reporting.

# %%
notebook.say(cleaning.cut_summary(data.removed))
if len(data.removed):  # nothing cut: the sentence says so, without two empty tables after it
    notebook.table(cleaning.cuts_by_rule(data.removed))
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
# numbered from 1, as the charts above number paragraphs
numbered = data.sentences.assign(sentence=data.sentences["index"] + 1, paragraph=data.sentences["paragraph"] + 1)
notebook.table(numbered, ["sentence", "paragraph", "text"])
