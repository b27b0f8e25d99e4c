from tests.ui.conftest import patient_user, portal_database  # noqa: F401  (same fresh demo database per test)
