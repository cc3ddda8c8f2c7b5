"""Reads the records, turns them into words: departures, rules, roles. No Qt, SQL or PDF here."""
