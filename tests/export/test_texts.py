"""Every label of the regulation exists in Russian and in English."""

from procedit.document.texts import EN, ENUMS, RU, Texts, pick_lang
from procedit.model import DocStatus, DocumentKind, PartyKind, ProcessKind, Severity
from procedit.validation import PRINCIPLES


def test_russian_and_english_have_the_same_labels():
    assert set(RU) == set(EN)
    assert all(RU[k].strip() and EN[k].strip() for k in RU)
    assert set(ENUMS["ru"]) == set(ENUMS["en"])


def test_every_model_value_printed_in_the_document_is_translated():
    for enum in (ProcessKind, DocStatus, DocumentKind, PartyKind, Severity):
        for value in enum:
            assert value.value in ENUMS["ru"] and value.value in ENUMS["en"], value
    for principle in PRINCIPLES:  # the findings appendix names the principle
        assert principle in ENUMS["ru"] and principle in ENUMS["en"], principle


def test_language_choice():
    assert pick_lang("en", "ru") == "en"
    assert pick_lang(None, "en") == "en"
    assert pick_lang(None, "de") == "ru"
    assert Texts("en")["approved"] == "APPROVED"
    assert Texts("ru")["approved"] == "УТВЕРЖДАЮ"
