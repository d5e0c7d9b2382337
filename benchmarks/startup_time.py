"""How fast the app's window appears, next to a minimal PySide6 window measured in the same run.

Run from the repository root, with a display (or ``QT_QPA_PLATFORM=offscreen``):

    DISPLAY=:99 .venv/bin/python benchmarks/startup_time.py [--runs N]

Each run starts a fresh Python process and times it from just before the process
is created until it prints "shown": the main window has been exposed on screen
and painted once (both programs use the same expose-then-next-event-loop-turn
probe). Runs alternate between the two programs so both see the same machine
load. Prints the median of each and their ratio. Targets (issue 3): Briefing
<= 1.5 × the minimal window and <= 0.8 s absolute on the 2-core reference machine.

Briefing starts through ``python -m briefing`` (the same path as the ``briefing``
command) with no file, i.e. on the welcome page; opening a file and drawing the
first preview happen after the window is shown and are not part of this figure.
"Briefing ready" is when the work the app defers past its first paint (the data
model, settings and file commands; the recent files listed on the welcome page)
is done and painted as well: the window takes commands from then on.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = "BRIEFING_STARTUP_PROBE"

MINIMAL_WINDOW = """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication, QMainWindow

class ExposeWatcher(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Expose and isinstance(watched, QWindow) and watched.isExposed():
            watched.removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False

def report():
    print("shown", flush=True)
    app.quit()

app = QApplication([])
window = QMainWindow()
window.setWindowTitle("Minimal")
window.resize(1440, 900)
window.show()
watcher = ExposeWatcher()
window.windowHandle().installEventFilter(watcher)
app.exec()
"""


def time_to_window(command: list[str], environment: dict[str, str], last: str = "shown") -> dict[str, float]:
    """Seconds from process creation to each line it prints, up to the line ``last``."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, cwd=ROOT, env=environment, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    )
    assert process.stdout is not None
    seen: dict[str, float] = {}
    for line in process.stdout:
        seen[line.strip()] = time.perf_counter() - started
        if line.strip() == last:
            break
    else:
        raise RuntimeError(f"{command[:3]} ended without printing {last!r} (exit {process.wait()})")
    process.wait(timeout=30)
    return seen


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    options = parser.parse_args(argv)
    environment = {**os.environ, PROBE: "1", "PYTHONPATH": str(ROOT)}
    platform = environment.get("QT_QPA_PLATFORM") or ("xcb on " + environment.get("DISPLAY", "?"))
    programs = {
        "minimal QMainWindow": ([sys.executable, "-c", MINIMAL_WINDOW], "shown"),
        "Briefing": ([sys.executable, "-m", "briefing"], "ready"),
    }
    for command, last in programs.values():  # warm the file cache; not counted
        time_to_window(command, environment, last)
    times: dict[str, list[float]] = {"minimal QMainWindow": [], "Briefing": [], "Briefing ready": []}
    for _ in range(options.runs):
        for name, (command, last) in programs.items():
            seen = time_to_window(command, environment, last)
            times[name].append(seen["shown"])
            if "ready" in seen:
                times["Briefing ready"].append(seen["ready"])
    minimal = statistics.median(times["minimal QMainWindow"])
    ours = statistics.median(times["Briefing"])
    print(f"Start-up to first shown window, median of {options.runs} runs (Qt platform: {platform})")
    for name, values in times.items():
        spread = f"{min(values):.3f}–{max(values):.3f}"
        print(f"  {name:<20} {statistics.median(values):.3f} s   (range {spread} s)")
    print(f"  ratio                {ours / minimal:.2f} ×   (target <= 1.5 ×, and <= 0.8 s absolute)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
