"""The portal's rules: plain functions over a Session, shared by pages, API and tests."""
