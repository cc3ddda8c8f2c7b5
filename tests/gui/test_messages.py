"""The rules' messages in the window: every key has its template, in English and in Urdu."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication

from desktop import services
from desktop.core import messages as core
from desktop.core.errors import PermissionDenied
from desktop.core.roles import Action, Actor, Role, require
from desktop.gui import dialogs
from desktop.gui import messages as gui
from desktop.gui.departure_form import DepartureForm
from desktop.gui.language import apply_language
from tests.core.test_messages import sample
from tests.factories import person

ARABIC_LETTER = re.compile("[\u0600-\u06ff]")
COUNTED = sorted(key for key, text in core.TEMPLATES.items() if isinstance(text, tuple))


@pytest.fixture
def urdu(qapp: QApplication):
    apply_language(qapp, "ur")
    yield qapp
    apply_language(qapp, "en")


def test_every_key_of_core_has_a_template_in_the_window():
    assert sorted(set(core.TEMPLATES) - set(gui.TEMPLATES) - set(COUNTED)) == []
    assert sorted(set(gui.TEMPLATES) - set(core.TEMPLATES)) == []
    for key in COUNTED:
        assert gui.Counted().say(key, 2), key


@pytest.mark.parametrize("key", sorted(core.TEMPLATES))
@pytest.mark.parametrize("count", [1, 3])
def test_in_english_the_window_says_what_core_says(key, count):
    params = {**sample(key), **({"count": count} if "count" in sample(key) else {})}
    english = core.Message(key, **params)
    assert gui.text(key, params) == english


@pytest.mark.parametrize("key", sorted(core.TEMPLATES))
def test_in_urdu_every_message_is_translated(key, urdu):
    english = core.Message(key, **sample(key))
    said = gui.said(english)
    assert said != english
    if key != "char.quoted":  # a character in quotes: no words to translate
        assert ARABIC_LETTER.search(said), said


def test_in_urdu_the_words_inside_a_message_are_translated_too(urdu):
    assert gui.word("field", "passport_expiry") == "پاسپورٹ کی میعاد"
    assert gui.word("field", "flight_no") == "پرواز نمبر"
    assert gui.word("status", "departed") == "روانہ"
    assert gui.word("role", "clerk") == "کلرک"
    assert gui.word("roles", ("supervisor", "admin")) == "سپروائزر یا ایڈمن"
    assert gui.word("action", Action.TAKE_BACKUP.value) == "بیک اپ لینا"
    assert gui.word("country", "SA") == "سعودی عرب"
    assert gui.word("countries", ("SA", "AE")) == "سعودی عرب، متحدہ عرب امارات"
    assert gui.word("checks", ("document_number", "composite")) == "پاسپورٹ نمبر اور پوری پٹی"


def test_a_refusal_of_the_role_table_reaches_the_window_in_urdu(urdu):
    with pytest.raises(PermissionDenied) as refused:
        require(Actor("amina", Role.CLERK, "ISB"), Action.TAKE_BACKUP)
    said = gui.error_text(refused.value)
    assert "بیک اپ لینا" in said and "سپروائزر یا ایڈمن" in said
    assert "amina" in said
    assert str(refused.value).startswith("amina (clerk) may not take a backup")  # logs: English


def test_a_message_without_a_key_is_shown_as_it_is(urdu):
    assert gui.said("The disk is full.") == "The disk is full."
    assert gui.error_text(OSError("disk")) == "disk"


def test_the_urdu_form_says_its_refusals_in_urdu(qtbot, db, clerk, urdu, monkeypatch):
    asked = []

    def ask(parent, title, text, **kwargs):
        asked.append((title, text, kwargs.get("details", ())))
        return False

    monkeypatch.setattr(dialogs, "ask", ask)
    services.record_departure(db, clerk, person())
    form = DepartureForm(db, clerk)
    qtbot.addWidget(form)
    form.resize(1100, 760)
    form.show()
    form.set_values(person(passport_no="CD7654321"))  # the same CNIC, still pending
    assert form.save(next_person=False) is None
    under_cnic = form.problem_text("cnic")
    assert ARABIC_LETTER.search(under_cnic) and "MUHAMMAD IMRAN KHAN" in under_cnic
    assert "منتظر" in under_cnic  # "still waiting to depart"
    assert ARABIC_LETTER.search(form.message())

    form.set_values(person(cnic="35202-7654321-1", passport_no="EF1234567",
                           passport_expiry="2026-08-01", visa_profession="Mason"))  # fmt: skip
    assert form.save(next_person=False) is None
    ((title, text, details),) = asked
    assert ARABIC_LETTER.search(title) and ARABIC_LETTER.search(text)
    assert len(details) == 2
    assert all(ARABIC_LETTER.search(line) for line in details)
    assert any("2026-08-01" in line and "مہینوں" in line for line in details)


def test_in_urdu_typing_a_choices_letter_picks_it(qtbot, db, clerk, urdu):
    form = DepartureForm(db, clerk)
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.ui.channelCombo, "O")  # shown after a right-to-left mark
    assert form.values()["channel"] == "OEC"
    qtbot.keyClicks(form.ui.sexCombo, "F")
    assert form.values()["sex"] == "F"


def test_the_users_window_says_its_refusal_in_urdu(qtbot, db, clerk, urdu):
    from desktop.gui.users_window import UsersWindow

    window = UsersWindow(db, clerk)
    qtbot.addWidget(window)
    window.show()
    said = window.message()
    assert "صارفین کا انتظام کرنا" in said and "ایڈمن" in said  # "manage users", "admins"
