from hypothesis import given
from hypothesis import strategies as st

from desktop.core.search import Kind, classify, fts_query


def test_a_whole_cnic_in_any_form_is_a_cnic():
    for text in ("35202-1234567-1", "3520212345671", " 35202 1234567 1 ", "۳۵۲۰۲۱۲۳۴۵۶۷۱"):
        term = classify(text)
        assert (term.kind, term.value, term.exact) == (Kind.CNIC, "35202-1234567-1", True)


def test_digits_being_typed_are_a_cnic_prefix_in_stored_shape():
    assert classify("352021").value == "35202-1"
    assert classify("35202").value == "35202"
    assert not classify("35202").exact


def test_letters_and_digits_are_a_passport_number():
    term = classify("ab1234567")
    assert (term.kind, term.value, term.exact) == (Kind.PASSPORT, "AB1234567", True)
    assert classify("AB12").kind is Kind.PASSPORT


def test_words_are_name_prefixes():
    term = classify("muh  Ali")
    assert (term.kind, term.words) == (Kind.NAME, ("MUH", "ALI"))


def test_empty_text_shows_everything_and_symbols_match_nobody():
    assert classify("  ").kind is Kind.EMPTY
    assert classify('***"').kind is Kind.NAME and classify('***"').words == ()


def test_fts_syntax_typed_by_a_clerk_stays_text():
    assert fts_query(("OR",)) == '"OR"*'
    assert fts_query(('NEAR(A"',)) == '"NEAR(A"""*'


@given(st.text())
def test_any_text_is_classified_without_error(text):
    term = classify(text)
    assert term.kind in set(Kind)
