from digest.stories.text import entities, tokens


def test_paraphrases_fold_to_the_same_tokens():
    assert set(tokens("Rebels seize Aleppo")) <= set(
        tokens("Syrian opposition fighters take control of most of Aleppo city")
    )


def test_capital_is_means_islamic_state_but_the_verb_is_dropped():
    assert "isis" in tokens("Strike kills senior IS leader")
    assert "isis" not in tokens("The city is calm")


def test_al_prefixed_names_match_their_bare_form():
    assert entities("Troops loyal to Bashar al-Assad") >= {"assad"}
    assert "sharaa" in tokens("Ahmed al-Sharaa, once known as Jolani")


def test_words_capitalised_only_by_title_case_are_not_entities():
    assert "crosses" not in entities("Syrian Army Crosses New Threshold")
    assert "mazloum" in entities("The deal was signed by Mazloum Abdi in Damascus.")
