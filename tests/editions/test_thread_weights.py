"""The thread check ships the weights its fitting bench fits on the tune split."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from digest.editions import threads

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
from bench.fit_threads import fit_both  # noqa: E402


def test_the_shipped_weights_are_the_ones_fitted_on_the_tune_split() -> None:
    # Changing a signal, the names, the background or the tune split without refitting
    # fails here.
    model, _ = fit_both()
    assert len(model.weights) == len(threads.SIGNALS)
    assert len(model.thread_weights) == len(threads.THREAD_SIGNALS)
    assert [*model.weights, model.bias] == pytest.approx(
        [*threads.FITTED_WEIGHTS, threads.FITTED_BIAS], abs=0.002)
    assert [*model.thread_weights, model.thread_bias] == pytest.approx(
        [*threads.FITTED_THREAD_WEIGHTS, threads.FITTED_THREAD_BIAS], abs=0.002)
