"""``python -m cli ...``: the same as the ``board-assistant`` command."""

from cli import main

raise SystemExit(main())
