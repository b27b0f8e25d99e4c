"""A provincial public-service portal that logs citizens in with the national portal (an example client)."""
