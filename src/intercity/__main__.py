"""``python -m intercity`` runs the ``intercity`` command (for environments where the script is not on PATH)."""

import sys

from intercity.cli import main

sys.exit(main())
