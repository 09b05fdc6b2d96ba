"""The `digest` command's groups, one module each."""
