"""What was cut, summed up for notebook 01: by rule, with counts a reader can check."""

import pandas as pd

from helpers.cleaning import cut_summary, cuts_by_rule


def _removed() -> pd.DataFrame:
    return pd.DataFrame({
        "start": [0, 5, 9, 30], "end": [4, 8, 20, 40],
        "rule": ["finder/account", "finder/account", "generic/read-more", "finder/after-article"],
        "text": ["Home", "Log in", "Read more", "Most popular\nOther story"],
    })


def test_cuts_are_summed_by_rule_in_page_order() -> None:
    table = cuts_by_rule(_removed())
    assert table.to_dict("records") == [
        {"rule": "finder/account", "passages": 2, "characters": 10, "first": "Home"},
        {"rule": "generic/read-more", "passages": 1, "characters": 9, "first": "Read more"},
        {"rule": "finder/after-article", "passages": 1, "characters": 24, "first": "Most popular Other story"},
    ]


def test_the_summary_says_how_much_the_finder_cut() -> None:
    assert cut_summary(_removed()) == "4 passages (43 characters) were cut, 3 of them by the article finder."
    assert cut_summary(_removed().iloc[0:0]) == "Cleaning cut nothing: the text is all article."


def test_the_first_cut_of_a_rule_is_clipped_at_a_word_and_says_so() -> None:
    long = "Subscribe to our newsletter for the latest headlines delivered to your inbox every single morning"
    table = cuts_by_rule(pd.DataFrame({"rule": ["generic/newsletter", "finder/menu"], "text": [long, "Home\nNews"]}))
    first = dict(zip(table["rule"], table["first"]))
    assert first["generic/newsletter"].endswith(" …") and len(first["generic/newsletter"]) <= 82
    assert long.startswith(first["generic/newsletter"][:-2]) and first["finder/menu"] == "Home News"
