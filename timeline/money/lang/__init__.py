"""Per-language data files for amounts of money (``<code>.toml``)."""
