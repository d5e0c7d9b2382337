"""Entry script of the packaged app: the same ``briefing`` command as the installed wheel."""

import multiprocessing
import sys

from briefing.launch import main

if __name__ == "__main__":
    # A frozen app on Windows and macOS re-runs this script in any child process it spawns.
    multiprocessing.freeze_support()
    sys.exit(main())
