"""Per-language event lexicons (``fr.toml``, ``en.toml``) and language-neutral tables."""
