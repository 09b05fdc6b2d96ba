"""Charts drawn on the server as SVG: no JavaScript, no build step.

Each chart has a title (also shown above it by the page), labelled axes with tick values, and
is drawn in a small coordinate space with large type, so it stays legible when scaled down to
a phone and up to a desktop.  Series differ by colour and by dash pattern (never colour alone),
and every page shows the same numbers in a table.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import count
from math import floor, log10

from markupsafe import Markup, escape

WIDTH, HEIGHT = 420, 250
LEFT, RIGHT, TOP, BOTTOM = 48, 12, 16, 52  # room for the y ticks, x labels and axis titles
FONT = 12
# Distinguishable colours with enough contrast on white, and a dash pattern each.
PALETTE = ("#0b4f8a", "#b3261e", "#1b7a3a", "#7a4fb0", "#8a5a00", "#333333")
DASHES = ("", "6 3", "2 3", "8 3 2 3", "1 2", "10 4")
_ids = count(1)


def _y(value: float, top: float, plot_top: float = TOP) -> float:
    return HEIGHT - BOTTOM - (value / top) * (HEIGHT - BOTTOM - plot_top) if top else \
        HEIGHT - BOTTOM


def nice_top(value: float) -> int:
    """A round axis maximum at or above `value`: 1, 2, 5, 10, 20, 50, 100, ..."""
    if value <= 1:
        return 1
    magnitude = 10 ** floor(log10(value))
    return next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= value)


def _axes(top: int, x_title: str, y_title: str, plot_top: float = TOP) -> list[str]:
    parts = []
    for value in sorted({0, top // 2 if top % 2 == 0 else 0, top}):
        y = _y(value, top, plot_top)
        parts.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" '
                     f'stroke="{"#555" if value == 0 else "#ccc"}"/>')
        parts.append(f'<text x="{LEFT - 6}" y="{y + 4:.1f}" font-size="{FONT}" '
                     f'text-anchor="end">{value:g}</text>')
    mid_y = (plot_top + HEIGHT - BOTTOM) / 2
    parts.append(f'<text x="12" y="{mid_y:.1f}" font-size="{FONT}" text-anchor="middle" '
                 f'transform="rotate(-90 12 {mid_y:.1f})">{escape(y_title)}</text>')
    parts.append(f'<text x="{(LEFT + WIDTH - RIGHT) / 2:.1f}" y="{HEIGHT - 6}" '
                 f'font-size="{FONT}" text-anchor="middle">{escape(x_title)}</text>')
    return parts


def _x_label(x: float, text: str, anchor: str) -> str:
    return (f'<text x="{x:.1f}" y="{HEIGHT - BOTTOM + 16}" font-size="{FONT}" '
            f'text-anchor="{anchor}">{escape(text)}</text>')


def line_chart(title: str, labels: Sequence[str], series: Mapping[str, Sequence[int]], *,
               x_title: str, y_title: str) -> Markup:
    """One line per series over the labels (e.g. days); first, middle and last label shown."""
    top = nice_top(max((max(v, default=0) for v in series.values()), default=0))
    rows = -(-len(series) // 3)  # the legend: three entries a row above the plot
    plot_top = TOP + rows * 16
    step = (WIDTH - LEFT - RIGHT) / max(len(labels) - 1, 1)
    parts = _axes(top, x_title, y_title, plot_top)
    for index, (name, values) in enumerate(series.items()):
        colour, dash = PALETTE[index % len(PALETTE)], DASHES[index % len(DASHES)]
        dashed = f' stroke-dasharray="{dash}"' if dash else ""
        points = " ".join(f"{LEFT + i * step:.1f},{_y(v, top, plot_top):.1f}"
                          for i, v in enumerate(values))
        parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2.5"{dashed} '
                     f'points="{points}"/>')
        lx, ly = LEFT + (index % 3) * 120, 4 + (index // 3 + 1) * 14
        parts.append(f'<line x1="{lx}" y1="{ly - 4}" x2="{lx + 22}" y2="{ly - 4}" '
                     f'stroke="{colour}" stroke-width="2.5"{dashed}/>')
        parts.append(f'<text x="{lx + 26}" y="{ly}" font-size="{FONT}">{escape(name)}</text>')
    if labels:
        middle = len(labels) // 2
        parts.append(_x_label(LEFT, labels[0], "start"))
        if len(labels) > 2:
            parts.append(_x_label(LEFT + middle * step, labels[middle], "middle"))
        parts.append(_x_label(WIDTH - RIGHT, labels[-1], "end"))
    return _svg(title, parts)


def bar_chart(title: str, labels: Sequence[str], values: Sequence[int], *,
              x_title: str, y_title: str) -> Markup:
    """One bar per label with its value above it; labels are cut to fit their bar."""
    top = nice_top(max(values, default=0))
    slot = (WIDTH - LEFT - RIGHT) / max(len(values), 1)
    fits = max(int(slot / (FONT * 0.6)), 3)  # characters that fit under a bar
    parts = _axes(top, x_title, y_title)
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        bar = min(slot * 0.7, 48)  # one edition alone is a bar, not a wall
        centre = LEFT + (i + 0.5) * slot
        x, y = centre - bar / 2, _y(value, top)
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" '
                     f'height="{HEIGHT - BOTTOM - y:.1f}" fill="{PALETTE[0]}"/>')
        parts.append(f'<text x="{centre:.1f}" y="{y - 4:.1f}" font-size="{FONT}" '
                     f'text-anchor="middle">{value}</text>')
        text = str(label) if len(str(label)) <= fits else str(label)[:fits - 1] + "…"
        parts.append(_x_label(centre, text, "middle"))
    if not values:
        parts.append(f'<text x="{WIDTH / 2}" y="{HEIGHT / 2}" font-size="{FONT + 2}" '
                     'text-anchor="middle">Nothing to show yet</text>')
    return _svg(title, parts)


def _svg(title: str, parts: list[str]) -> Markup:
    ident = f"chart-{next(_ids)}"
    return Markup(f'<svg role="img" aria-labelledby="{ident}" viewBox="0 0 {WIDTH} {HEIGHT}" '
                  f'xmlns="http://www.w3.org/2000/svg" font-family="system-ui, sans-serif">'
                  f'<title id="{ident}">{escape(title)} (the numbers are in the table below)'
                  f'</title>{"".join(parts)}</svg>')
