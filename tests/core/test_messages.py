import pickle
import string

import pytest

from desktop.core import cnic, messages, mrz
from desktop.core.errors import PermissionDenied, ValidationError
from desktop.core.messages import TEMPLATES, WORD_PARAMETERS, Message
from desktop.core.roles import Action, Actor, Role, require

# A value for each placeholder, of the kind its name says.
SAMPLES = {
    "field": "passport_expiry",
    "status": "departed",
    "new_status": "withdrawn",
    "role": "clerk",
    "roles": ("supervisor", "admin"),
    "action": Action.FINALIZE.value,
    "country": "SA",
    "visa_country": "AE",
    "destination": "QA",
    "countries": ("SA", "AE"),
    "check": "birth_date",
    "checks": ("document_number", "composite"),
}


def placeholders(template):
    texts = template if isinstance(template, tuple) else (template,)
    return {name for text in texts for _, name, _, _ in string.Formatter().parse(text) if name}


def sample(key):
    # Names, codes and numbers typed by people stand at the start of some sentences.
    return {
        name: SAMPLES.get(name, 3 if name == "count" else "ISB-20260315-01")
        for name in placeholders(TEMPLATES[key])
    }


@pytest.mark.parametrize("key", sorted(TEMPLATES))
def test_every_message_is_an_english_sentence_with_its_key(key):
    said = Message(key, **sample(key))
    assert said.key == key and said.params == sample(key)
    assert "{" not in said and "(s)" not in said
    if not key.startswith("char."):  # these name a character inside another sentence
        assert said[0].isupper(), said
        assert said.endswith("."), said


def test_word_parameters_are_said_as_words():
    said = Message("contingent.destination", name="ALI", country="SA", countries=("AE", "QA"))
    assert said == "ALI goes to Saudi Arabia, not to United Arab Emirates, Qatar."
    assert Message("field.required", field="oep_licence_no") == "OEP licence no. is required."
    assert set(WORD_PARAMETERS) <= set(SAMPLES)


def test_a_count_of_one_is_said_in_the_singular():
    assert "this has 1 line:" in Message("mrz.lines", count=1)
    assert "this has 3 lines:" in Message("mrz.lines", count=3)


def test_a_message_survives_pickling_with_its_key():
    said = Message("cnic.region", digit="9")
    again = pickle.loads(pickle.dumps(said))
    assert (again, again.key, again.params) == (said, "cnic.region", {"digit": "9"})


def test_an_error_raised_with_a_message_carries_its_key():
    with pytest.raises(ValidationError) as error:
        cnic.normalize("95202-1234567-1")
    assert error.value.key == "cnic.region" and error.value.params == {"digit": "9"}
    assert str(error.value) == "CNIC cannot start with 9: the first digit is the region, 1 to 8."
    assert ValidationError("plain text").key == ""


def test_the_checks_of_a_strip_are_listed_in_words():
    strip = mrz.Mrz(
        "P", "PAK", "KHAN", "ALI", "AB1234567", "PAK", mrz.dt.date(1990, 1, 1), "M",
        mrz.dt.date(2030, 1, 1), "", failed_checks=("document_number", "birth_date", "composite"),
    )  # fmt: skip
    assert mrz.message(strip).params == {"checks": strip.failed_checks}
    assert "the passport number, the date of birth and the strip as a whole" in mrz.message(strip)


@pytest.mark.parametrize(
    ("role", "action", "only"),
    [
        (Role.CLERK, Action.TAKE_BACKUP, "only supervisors or admins may."),
        (Role.CLERK, Action.MANAGE_USERS, "only admins may."),
        (Role.ADMIN, Action.RECORD_DEPARTURE, "only clerks or supervisors may."),
    ],
)
def test_a_refusal_names_who_may(role, action, only):
    with pytest.raises(PermissionDenied) as refused:
        require(Actor("someone", role, "ISB"), action)
    assert str(refused.value) == f"someone ({role.value}) may not {action.value}; {only}"
    assert refused.value.key == "permission.denied"


def test_an_and_list():
    assert messages.and_list(["a"]) == "a"
    assert messages.and_list(["a", "b", "c"]) == "a, b and c"
