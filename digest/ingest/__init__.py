"""feed -> item: fetch feeds over HTTP, parse them, store their items."""
