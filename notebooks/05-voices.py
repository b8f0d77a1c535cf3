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
# # 05 · Voices
# Who speaks in the article, how much, and which figures does each voice stand behind?

# %%
from helpers import charts, display, notebook, voices
from helpers.dataset import load

notebook.setup()

# %% tags=["parameters"]
ARTICLE = "putin-arrives-in-beijing-seeking-diplomatic-economic-support"

# %%
data = load(ARTICLE)
notebook.say(data.headline, level=2)
notebook.say(voices.summary(data.sources, data.quotes))

# %% [markdown]
# ## 1. Who speaks and how much
# Direct quotes carry a voice's own words; indirect ones are the article's paraphrase, and mixed
# quotes are a voice's own words quoted inside that paraphrase (they count towards its words quoted).

# %%
charts.voices(data)

# %%
notebook.table(data.sources.assign(first_paragraph=display.first_heard(data.sources["first_paragraph"])), what="source")

# %% [markdown]
# ## 2. Who stands behind the figures
# A figure with no voice is the article's own claim.

# %%
charts.figures_by_voice(data)

# %% [markdown]
# ## 3. The quotes
# Every quote with its speaker as written and resolved (a standfirst's quotes, when the article has
# them, first); a mixed quote repeats the source of the paraphrase around it, and scare quotes have no speaker.

# %%
quotes = display.reading_order(data.quotes)
notebook.table(
    quotes, ["kind", "speaker", "speaker_as_written", "cue", "addressee", "descriptor", "flags", "text"], what="quote"
)

# %% [markdown]
# ## 4. Who and what is mentioned
# Names are merged ("Xi" and "Xi Jinping" are one); the most mentioned come first.

# %%
if len(data.mentions):
    counts = data.mentions.groupby(["kind", "name"]).size().rename("mentions").reset_index()
    notebook.table(counts.sort_values("mentions", ascending=False))
else:
    notebook.say("No people, organizations or places are named.")
