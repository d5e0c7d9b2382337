"""``python -m briefing`` runs the same ``briefing`` command."""

import sys

from .launch import main

sys.exit(main())
