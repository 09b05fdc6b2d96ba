"""Small charts drawn on the server as inline SVG: no JavaScript, readable by screen readers
(each chart has a title and the page shows the same numbers in a table)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from markupsafe import Markup, escape

WIDTH, HEIGHT, PAD = 640, 220, 32
# Distinguishable colours with enough contrast on white.
PALETTE = ("#0b4f8a", "#b3261e", "#1b7a3a", "#7a4fb0", "#8a5a00", "#333333")


def _scale(value: float, top: float) -> float:
    return HEIGHT - PAD - (value / top) * (HEIGHT - 2 * PAD) if top else HEIGHT - PAD


def line_chart(title: str, labels: Sequence[str], series: Mapping[str, Sequence[int]]) -> Markup:
    """One line per series over the labels (e.g. days), with a legend."""
    top = max((max(values, default=0) for values in series.values()), default=0) or 1
    step = (WIDTH - 2 * PAD) / max(len(labels) - 1, 1)
    parts = [_frame(title, top)]
    for index, (name, values) in enumerate(series.items()):
        colour = PALETTE[index % len(PALETTE)]
        points = " ".join(f"{PAD + i * step:.1f},{_scale(v, top):.1f}"
                          for i, v in enumerate(values))
        parts.append(f'<polyline fill="none" stroke="{colour}" stroke-width="2" '
                     f'points="{points}"><title>{escape(name)}</title></polyline>')
        parts.append(f'<text x="{PAD + index * 100}" y="14" fill="{colour}" '
                     f'font-size="12">&#9632; {escape(name)}</text>')
    if labels:
        parts.append(_label(PAD, labels[0], "start"))
        parts.append(_label(WIDTH - PAD, labels[-1], "end"))
    return _svg(title, parts)


def bar_chart(title: str, labels: Sequence[str], values: Sequence[int]) -> Markup:
    """One bar per label, its value written above it."""
    top = max(values, default=0) or 1
    slot = (WIDTH - 2 * PAD) / max(len(values), 1)
    parts = [_frame(title, top)]
    for i, (label, value) in enumerate(zip(labels, values, strict=True)):
        x, y = PAD + i * slot + slot * 0.15, _scale(value, top)
        parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{slot * 0.7:.1f}" '
                     f'height="{HEIGHT - PAD - y:.1f}" fill="{PALETTE[0]}">'
                     f'<title>{escape(label)}: {value}</title></rect>')
        parts.append(f'<text x="{x + slot * 0.35:.1f}" y="{y - 4:.1f}" font-size="11" '
                     f'text-anchor="middle">{value}</text>')
        parts.append(_label(x + slot * 0.35, str(label)[:14], "middle"))
    return _svg(title, parts)


def _frame(title: str, top: float) -> str:
    return (f'<line x1="{PAD}" y1="{HEIGHT - PAD}" x2="{WIDTH - PAD}" y2="{HEIGHT - PAD}" '
            f'stroke="#555"/><text x="4" y="{PAD}" font-size="11">{top:g}</text>')


def _label(x: float, text: str, anchor: str) -> str:
    return (f'<text x="{x:.1f}" y="{HEIGHT - 10}" font-size="11" '
            f'text-anchor="{anchor}">{escape(text)}</text>')


def _svg(title: str, parts: list[str]) -> Markup:
    return Markup(f'<svg role="img" aria-label="{escape(title)}" viewBox="0 0 {WIDTH} {HEIGHT}" '
                  f'width="100%" xmlns="http://www.w3.org/2000/svg"><title>{escape(title)}'
                  f'</title>{"".join(parts)}</svg>')
