"""The store package: the only code that talks SQL. The database is the source of truth."""
