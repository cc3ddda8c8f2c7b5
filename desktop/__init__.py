"""Rawangi: the departure desk of Pakistan's overseas-employment field offices."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("rawangi")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+checkout"
