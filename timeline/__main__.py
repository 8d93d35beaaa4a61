"""``python -m timeline``: the ``timeline`` command."""

from timeline.cli import main

if __name__ == "__main__":
    raise SystemExit(main())
