"""Editor accounts: password hashes, sign-in checks, login rate limits, the session key."""
