"""Start-up time of the packaged app, beside the unpacked ``python -m briefing``, under Xvfb.

Each run is a new process started with a fresh HOME, timed from launch until the X server
has its main window mapped (watched from outside with xdotool, as a user would see it).
Runs alternate between the two so both see the same machine load; the median is the
figure, and the first start of each is shown apart (it reads files the others find cached).
Also prints the unpacked size of the bundle. Budget (issue 6): <= 1.5 s and <= 150 MB.

    make package && python benchmarks/package_startup.py [--runs 9]

Needs Xvfb and xdotool (Debian: xvfb, xdotool). Starts its own X server on a free display
and stops it after.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BUNDLE = REPO / "dist" / "Briefing"
START_BUDGET_S = 1.5
SIZE_BUDGET_MB = 150
TIMEOUT_S = 60


def start_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    """An Xvfb server on the first free display; returns it and its DISPLAY value.

    -noreset: by default the server resets whenever its last client leaves, and a start
    that connects during a reset fails; between runs it has no client at all.
    """
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1400x900x24", "-nolisten", "tcp", "-noreset"],
        pass_fds=(write_end,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        raise SystemExit("package_startup: Xvfb did not start")
    return server, f":{number}"


def window_visible(pid: int, display: str) -> bool:
    """Whether process ``pid`` has a mapped window on the X server (asked with xdotool)."""
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
        env={**os.environ, "DISPLAY": display},
        capture_output=True,
        check=False,
    )
    return bool(found.stdout.strip())


def time_to_window(command: list[str], display: str) -> float:
    """Seconds from launching ``command`` until the X server shows a window of it.

    Watched from outside, as a user sees it: xdotool polls the server every few
    milliseconds for a mapped window owned by the new process.
    """
    with tempfile.TemporaryDirectory() as home:
        env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": home,
            "DISPLAY": display,
            "QT_QPA_PLATFORM": "xcb",
            "LANG": "C.UTF-8",
        }
        started = time.perf_counter()
        process = subprocess.Popen(
            command, env=env, cwd=home, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            while not window_visible(process.pid, display):
                if process.poll() is not None:
                    raise SystemExit(f"package_startup: {command[0]} exited without showing a window")
                if time.perf_counter() - started > TIMEOUT_S:
                    raise SystemExit(f"package_startup: no window from {command[0]} in {TIMEOUT_S} s")
            return time.perf_counter() - started
        finally:
            process.terminate()
            process.wait(timeout=TIMEOUT_S)


def bundle_megabytes(folder: Path) -> float:
    total = sum(f.lstat().st_size for f in folder.rglob("*") if f.is_file() or f.is_symlink())
    return total / 1e6


def summary(name: str, times: list[float]) -> str:
    rest = times[1:]
    return (
        f"{name:24} median {statistics.median(rest):5.2f} s   min {min(rest):5.2f}   max {max(rest):5.2f}"
        f"   first start {times[0]:5.2f} s"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--runs", type=int, default=9, help="timed starts of each, after the first (default 9)"
    )
    arguments = parser.parse_args()
    executable = BUNDLE / ("briefing.exe" if sys.platform == "win32" else "briefing")
    if not executable.exists():
        raise SystemExit(f"package_startup: no {executable}; run `make package` first")
    for tool, package in (("Xvfb", "xvfb"), ("xdotool", "xdotool")):
        if not shutil.which(tool):
            raise SystemExit(f"package_startup: needs {tool} (Debian package {package})")

    commands = {"packaged app": [str(executable)], "python -m briefing": [sys.executable, "-m", "briefing"]}
    times: dict[str, list[float]] = {name: [] for name in commands}
    server, display = start_xvfb()
    try:
        for _ in range(arguments.runs + 1):
            for name, command in commands.items():
                times[name].append(time_to_window(command, display))
    finally:
        server.terminate()
        server.wait()

    packaged = statistics.median(times["packaged app"][1:])
    unpacked = statistics.median(times["python -m briefing"][1:])
    size = bundle_megabytes(BUNDLE)
    print(f"Start-up to the first window, under Xvfb, {arguments.runs} runs each (+1 first start):")
    for name, measured in times.items():
        print("  " + summary(name, measured))
    print(f"  packaged / unpacked: {packaged / unpacked:.2f}x")
    print(f"Unpacked bundle {BUNDLE.relative_to(REPO)}: {size:.0f} MB")
    within = packaged <= START_BUDGET_S and size <= SIZE_BUDGET_MB
    print(f"Budget (<= {START_BUDGET_S} s, <= {SIZE_BUDGET_MB} MB): {'met' if within else 'MISSED'}")
    return 0 if within else 1


if __name__ == "__main__":
    sys.exit(main())
