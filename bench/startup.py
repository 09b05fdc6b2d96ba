"""How fast the `digest` command answers `--help`, against a bare `import typer`, in one run.

Usage: .venv/bin/python bench/startup.py [--rounds 5] [-- "--help" "feeds --help" ...]
Each round runs `python -c "import typer"` (the baseline: what any Typer program pays) and
then `python -m digest ARGS`, back to back, so both see the same machine load.  Prints the
median wall time of each and their ratio for `digest --help`, `digest --version` and
`digest COMMAND --help` for every command.  Target: every ratio <= 5x.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

TARGET = 5.0
BASELINE = [sys.executable, "-c", "import typer"]


def wall(argv: list[str]) -> float:
    """Seconds one process takes from start to exit (its output is thrown away)."""
    started = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False,
                   env={**os.environ, "COLUMNS": "80"})
    return time.perf_counter() - started


def paired(args: list[str], rounds: int) -> tuple[float, float]:
    """Median seconds of the baseline and of `digest ARGS`, measured in alternation."""
    base, ours = [], []
    for _ in range(rounds):
        base.append(wall(BASELINE))
        ours.append(wall([sys.executable, "-m", "digest", *args]))
    return statistics.median(base), statistics.median(ours)


def command_names() -> list[str]:
    from digest.cli import COMMANDS

    return list(COMMANDS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("cases", nargs="*", help="Argument strings to time (after --), "
                        "e.g. 'db --help'; default: --help, --version and every command.")
    options = parser.parse_args()
    cases = options.cases or ["--help", "--version",
                             *(f"{name} --help" for name in command_names())]
    for warm_up in (BASELINE, [sys.executable, "-m", "digest", "fetch", "--help"]):
        wall(warm_up)  # load the files into the page cache before the first pair
    print(f"{'digest ...':<24} {'typer ms':>9} {'digest ms':>10} {'ratio':>6}")
    worst = 0.0
    for case in cases:
        base, ours = paired(case.split(), options.rounds)
        ratio = ours / base
        worst = max(worst, ratio)
        flag = "" if ratio <= TARGET else "  over target"
        print(f"{case:<24} {base * 1000:>9.0f} {ours * 1000:>10.0f} {ratio:>5.1f}x{flag}")
    verdict = "within" if worst <= TARGET else "OVER"
    print(f"worst ratio {worst:.1f}x: {verdict} the {TARGET:.0f}x target "
          f"({options.rounds} paired rounds each, medians)")


if __name__ == "__main__":
    main()
