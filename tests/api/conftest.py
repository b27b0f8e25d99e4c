from tests.ui.conftest import errors_fail_only_this_test, patient_user, portal_database  # noqa: F401  (same fresh demo database per test)
