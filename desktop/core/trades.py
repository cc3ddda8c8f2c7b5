"""Trades and professions: the completer's list, and when two names mean the same job.

The visa states a profession in its own words ("General Labourer", "Private Driver", "A/C
Technician"); the register has the trade the Protector registered. Workers are sent back at
the airport when the two do not match, so the form warns when they differ. They differ when
their `trade_key`s differ: the words compared without case, punctuation, order, British or
American spelling and the filler word "general", and names known to stand for the same job
(`SYNONYMS`) counted as one.
"""

from __future__ import annotations

import re
from typing import Final

COMMON_TRADES = (
    "Accountant", "Architect", "Auto Mechanic", "Baker", "Barber", "Carpenter", "Cashier",
    "Chef", "Civil Engineer", "Cleaner", "Computer Operator", "Construction Labourer", "Cook",
    "Crane Operator", "Data Entry Operator", "Dentist", "Doctor", "Domestic Worker", "Driver",
    "Electrical Engineer", "Electrician", "Farm Worker", "Foreman", "Heavy Driver",
    "Helper", "HVAC Technician", "IT Professional", "Lab Technician", "Light Driver",
    "Machine Operator", "Mason", "Mechanical Engineer", "Nurse", "Painter", "Pharmacist",
    "Pipe Fitter", "Plumber", "Salesman", "Scaffolder", "Security Guard", "Shuttering Carpenter",
    "Software Engineer", "Steel Fixer", "Storekeeper", "Surveyor", "Tailor", "Teacher",
    "Technician", "Waiter", "Welder",
)  # fmt: skip

# A trade of the list -> other names of the same job, as visas and lists print them.
SYNONYMS: Final[dict[str, tuple[str, ...]]] = {
    "Auto Mechanic": (
        "Car Mechanic", "Motor Mechanic", "Automobile Mechanic", "Vehicle Mechanic",
        "Mechanic (Auto)",
    ),
    "Barber": ("Hairdresser", "Hair Dresser", "Hair Cutter"),
    "Carpenter": ("Joiner", "Furniture Carpenter", "Wood Carpenter"),
    "Cleaner": ("Cleaning Worker", "Cleaning Labourer", "Janitor", "Sweeper"),
    "Construction Labourer": (
        "Labourer", "Labour", "Construction Worker", "Building Labourer", "Worker",
        "Construction Labour",
    ),
    "Cook": ("Chef", "Kitchen Cook"),
    "Data Entry Operator": ("Data Entry Clerk", "Data Entry"),
    "Doctor": ("Physician", "Medical Doctor", "Medical Officer", "General Practitioner"),
    "Domestic Worker": (
        "Housemaid", "House Maid", "Maid", "Housekeeper", "House Keeper", "Domestic Helper",
        "Houseboy", "House Boy",
    ),
    "Driver": (
        "Light Driver", "Light Vehicle Driver", "Private Driver", "House Driver",
        "Family Driver", "Car Driver",
    ),
    "Electrician": ("Electrical Technician", "Electric Technician", "Electrical Worker"),
    "Farm Worker": ("Agricultural Worker", "Farm Labourer", "Agricultural Labourer", "Farmer"),
    "Foreman": ("Site Supervisor", "Construction Supervisor"),
    "Heavy Driver": (
        "Heavy Vehicle Driver", "Heavy Duty Driver", "Truck Driver", "Trailer Driver",
        "Bus Driver",
    ),
    "HVAC Technician": (
        "AC Technician", "A/C Technician", "Air Conditioning Technician", "AC Mechanic",
        "Refrigeration Technician", "Refrigeration and Air Conditioning Technician",
    ),
    "Lab Technician": ("Laboratory Technician", "Medical Laboratory Technician"),
    "Mason": ("Block Mason", "Brick Mason", "Bricklayer", "Brick Layer", "Stone Mason"),
    "Nurse": ("Staff Nurse", "Registered Nurse", "Nursing Staff"),
    "Painter": ("Building Painter", "House Painter"),
    "Salesman": (
        "Sales Man", "Salesperson", "Sales Person", "Sales Representative", "Sales Executive",
    ),
    "Scaffolder": ("Scaffolding Worker", "Scaffold Fixer", "Scaffolding Fixer"),
    "Security Guard": ("Guard", "Watchman", "Security Man", "Security Officer"),
    "Shuttering Carpenter": ("Formwork Carpenter", "Form Carpenter", "Shuttering Worker"),
    "Software Engineer": ("Software Developer", "Programmer", "Computer Programmer"),
    "Steel Fixer": ("Rebar Fixer", "Steel Fixer Rebar", "Reinforcement Steel Fixer"),
    "Storekeeper": ("Store Keeper", "Storeman", "Store Man", "Warehouse Keeper"),
    "Surveyor": ("Land Surveyor", "Survey Technician"),
    "Tailor": ("Dressmaker", "Dress Maker"),
    "Waiter": ("Waitress", "Food Server"),
    "Welder": ("Welding Technician", "Arc Welder", "Welding Worker"),
}  # fmt: skip

# British spelling for American (and common misspellings) word by word; words left out.
_SPELLINGS: Final = {"labor": "labour", "laborer": "labourer", "labourers": "labourer"}
_FILLER: Final = frozenset({"general"})
_WORDS: Final = re.compile(r"[a-z0-9]+")


def _words_key(text: str) -> str:
    words = (_SPELLINGS.get(word, word) for word in _WORDS.findall(text.casefold()))
    return " ".join(sorted(word for word in words if word not in _FILLER))


_SAME_JOB: Final = {
    _words_key(name): _words_key(trade) for trade, names in SYNONYMS.items() for name in names
}


def trade_key(text: str) -> str:
    """What two names of one job have in common: compare keys to compare trades.

    Args:
        text: a trade or profession as typed or printed.

    Returns:
        The name's words in lower case and in order, without punctuation or filler, with
        known other names of a trade of the list replaced by that trade's key.
    """
    key = _words_key(text)
    return _SAME_JOB.get(key, key)


def same_trade(first: str, second: str) -> bool:
    """Whether two names of a trade stand for the same job (see the module's text)."""
    return trade_key(first) == trade_key(second)
