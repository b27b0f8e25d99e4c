"""Example systems that use the portal from outside: they import nothing of it."""
