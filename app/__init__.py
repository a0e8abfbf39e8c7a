"""newsarchive: a searchable archive of conflict-related news."""

__version__ = "0.1.0"
