"""The thread check ships the weights its fitting bench fits on the tune split."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from digest.editions import threads

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.fit_threads import examples, fit  # noqa: E402


def test_the_shipped_weights_are_the_ones_fitted_on_the_tune_split() -> None:
    # Changing a signal, the names or the tune split without refitting fails here.
    weights, bias = fit(examples("tune"))
    assert len(weights) == len(threads.SIGNALS)
    assert [*weights, bias] == pytest.approx(
        [*threads.FITTED_WEIGHTS, threads.FITTED_BIAS], abs=0.002)
