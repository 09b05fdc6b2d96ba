"""The admin console: our own pages, one menu by jobs, all behind the admin session."""
