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
# # 07 · Corpus
# Across a whole corpus: which kinds of figures and units dominate, who is cited most, what is
# said about one subject over time, and which articles are densest with figures?

# %%
from pathlib import Path

from helpers import charts, notebook, query

notebook.setup()

# %% tags=["parameters"]
CORPUS = "data/processed/corpus"
SUBJECT = "tax"
TOP = 15

# %%
db = query.connect(Path(CORPUS))
totals = db.execute("SELECT (SELECT count(*) FROM articles) AS articles, (SELECT count(*) FROM failures) AS failed").fetchdf()
notebook.say(f"{int(totals['articles'][0])} articles in the corpus; {int(totals['failed'][0])} could not be read.")

# %% [markdown]
# ## 1. Figure kinds and units
# The balance of money, counts and durations says what kind of reporting the corpus is.

# %%
charts.corpus_kinds(db.execute(query.KINDS_SQL).fetchdf())

# %%
notebook.table(db.execute(query.UNITS_SQL).fetchdf())

# %% [markdown]
# ## 2. The most cited sources
# Who the corpus listens to: the sources cited in the most articles.

# %%
charts.corpus_sources(db.execute(query.SOURCES_SQL.format(limit=TOP)).fetchdf())

# %% [markdown]
# ## 3. Every figure about one subject
# Figures whose subject names the `SUBJECT` parameter, placed at the year their sentence names.

# %%
about = query.figures_about(SUBJECT, Path(CORPUS))
charts.corpus_subject(about, SUBJECT)

# %%
if len(about):  # none: the chart's title says so, without an empty table after it
    notebook.table(about, ["article", "surface", "kind", "value", "unit", "time", "sentence_text"])

# %% [markdown]
# ## 4. Articles densest with figures
# Figures per 100 words: the articles a fact-checker should read first.

# %%
ranked = db.execute(query.DENSITY_SQL.format(limit=TOP)).fetchdf()
charts.corpus_density(ranked)
