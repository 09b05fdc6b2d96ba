from digest.stories.folding import entity_token, folding_for
from digest.stories.text import entities, tokens
from digest.tagging import load_topic


def test_transliterations_and_epithets_of_a_place_fold_to_one_token():
    for text in ("Rebels enter Halab", "Rebels enter Alep", "Rebels enter Syria's second city"):
        assert "aleppo" in tokens(text)


def test_a_folded_name_counts_as_a_named_entity():
    assert "deirezzor" in entities("Fighting near Dayr az-Zawr and the Euphrates")


def test_casualty_figures_and_dates_are_not_words_to_compare():
    assert tokens("At least 194 killed in 2018 raids") == tokens("At least 98 killed in raids")


def test_entity_tokens_drop_articles_and_punctuation():
    assert entity_token("Deir ez-Zor") == "deirezzor"
    assert entity_token("al-Sharaa") == "sharaa"
    assert entity_token("Asad (Spanish spelling)") == "asad"


def test_group_entities_are_not_folded_together():
    folding = folding_for([load_topic("syria").spec])
    # "Other Syrian places" lists many towns: folding them into one would merge their stories.
    assert "afrin" not in folding.table and "douma" not in folding.table
    assert folding.table["kobane"] == "kobani"
