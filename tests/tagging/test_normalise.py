from digest.tagging.normalise import normalise


def test_it_folds_case_accents_and_punctuation():
    folded = normalise("Syrie : «Bachar al-Assad» à Lattaquié!")
    assert folded == "syrie bachar al assad a lattaquie"


def test_it_turns_typographic_quotes_and_dashes_into_word_breaks():
    assert normalise("Syria’s leader — “al-Sharaa”") == "syria s leader al sharaa"


def test_it_folds_german_sharp_s_and_umlauts():
    assert normalise("Golanhöhen Straße") == "golanhohen strasse"


def test_it_folds_arabic_hamza_and_ta_marbuta_variants():
    assert normalise("الأسد") == normalise("الاسد")
    assert normalise("سورية") == normalise("سوريه")


def test_it_repairs_double_encoded_utf8():
    assert normalise("Syrien: Autobombe tÃ¶tet Dutzende") == "syrien autobombe totet dutzende"


def test_it_strips_html_tags_and_entities():
    assert normalise("<p>Aleppo &amp; Idlib</p>") == "aleppo idlib"


def test_empty_text_stays_empty():
    assert normalise("") == ""
    assert normalise(" ... ") == ""
