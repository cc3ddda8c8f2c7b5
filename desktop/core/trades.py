"""Trades and professions offered by the completer (free text is allowed too)."""

from __future__ import annotations

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
