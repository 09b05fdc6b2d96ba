"""The admin console: sqladmin's tables plus our own pages, all behind the admin session."""
