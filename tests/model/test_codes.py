"""Process codes compare the way people read them (Latin and Cyrillic look-alikes are one letter)."""

from procedit.model.codes import code_key


def test_lookalike_letters_dashes_case_and_spaces_do_not_matter():
    assert code_key("М-07") == code_key("M-07") == code_key("m–07") == code_key(" М - 07 ")
    assert code_key("РС-1") == code_key("PC-1")  # Cyrillic Р and С, Latin P and C
    assert code_key("КТ_2") == code_key("kt-2")


def test_different_codes_stay_different():
    assert code_key("М-07") != code_key("М-08")
    assert code_key("П-1") != code_key("P-1")  # П looks like no Latin letter
    assert code_key("Б-1") != code_key("B-1")  # nor does Б (only В does)
