"""Infrastructure shared by every layer: settings, database, security, i18n, clock."""
