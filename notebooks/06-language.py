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
# # 06 · Language
# Which words carry the article, which travel together, and how does its tone move?

# %%
from helpers import charts, display, notebook, wordstats
from helpers.dataset import load

notebook.setup()

# %% tags=["parameters"]
ARTICLE = "putin-arrives-in-beijing-seeking-diplomatic-economic-support"
TOP_WORDS = 20

# %%
data = load(ARTICLE)
notebook.say(data.headline, level=2)
names = wordstats.names(data)
top = wordstats.frequencies(data.text, TOP_WORDS, names)

# %% [markdown]
# ## 1. Word frequencies
# Stop words and honorifics are left out, a multiword name counts once ("The Moscow Times", not
# "times"), under the name the voices step resolves it to ("Xi" as "Xi Jinping"; "UK", "Britain" and
# "British" as "United Kingdom"), a name keeps its capital ("China"), and a plural counts with its
# singular when the article writes both ("taxes" as "tax"); the top words are the article's subject as
# the text itself states it.

# %%
title = f"“{top[0][0]}” leads with {top[0][1]} uses" if top else "No words to count"
charts.word_frequencies(top, title)

# %% [markdown]
# ## 2. Collocations
# Pairs that occur together more than chance: names, fixed phrases, the article's framing.

# %%
pairs = wordstats.collocations(data.text, spans=names)
notebook.say(" · ".join(" ".join(p) for p in pairs) if pairs else "No word pair occurs twice.")

# %% [markdown]
# ## 3. Concordance
# The top words in context, cut from the article's own text around each occurrence.

# %%
for word, _ in top[:3]:
    notebook.say(f"{word}:", level=4)
    notebook.concordance(wordstats.keyword_in_context(data.text, word, lines=6, spans=names))

# %% [markdown]
# ## 4. Tone per paragraph
# VADER's compound score from -1 (negative) to 1 (positive); quotes of alarm pull it down.

# %%
scores = wordstats.tone(data)
if len(scores):
    low = scores.loc[scores["compound"].idxmin()]
    title = f"Tone is lowest in paragraph {int(low['paragraph']) + 1} ({display.signed(low['compound'])}); mean {display.signed(scores['compound'].mean())}"
else:
    title = "No paragraphs to score"
charts.tone(scores, title)
