"""Transports by name, and how many readers a ledger batch of each holds."""

from __future__ import annotations

import pytest

from digest.config import Settings
from digest.delivery.transports.registry import batch_size, make_transport


def test_smtp_batches_hold_at_most_a_hundred_readers(settings: Settings) -> None:
    # One SMTP connection per batch: a connection lost mid-batch leaves its copies
    # undecided (reported, never resent), so SMTP batches stay small.
    smtp = settings.model_copy(update={"transport": "smtp", "send_batch_size": 1000})
    assert batch_size(smtp) == 100
    assert batch_size(smtp.model_copy(update={"send_batch_size": 40})) == 40


def test_sendgrid_batches_are_the_setting_up_to_its_thousand(settings: Settings) -> None:
    sendgrid = settings.model_copy(update={"transport": "sendgrid", "send_batch_size": 1000})
    assert batch_size(sendgrid) == 1000  # no API key needed to ask


def test_an_unknown_transport_names_the_known_ones(settings: Settings) -> None:
    with pytest.raises(ValueError, match="choose from"):
        make_transport(settings, "pigeon")
    with pytest.raises(ValueError, match="choose from"):
        batch_size(settings, "pigeon")
