"""Shared fixtures for tagging tests: the built-in topic and fixture paths."""

from pathlib import Path

import pytest

from digest.tagging import Topic, load_topic

DATA = Path(__file__).resolve().parents[1] / "data" / "tagging"


@pytest.fixture(scope="session")
def syria() -> Topic:
    return load_topic("syria")


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA
