"""Per-language temporal lexicons (TOML data files)."""
