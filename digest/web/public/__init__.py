"""Pages anyone may open: subscribe, confirm, unsubscribe, preferences, the archive."""
