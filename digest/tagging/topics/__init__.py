"""Built-in topic files (TOML), one per topic."""
