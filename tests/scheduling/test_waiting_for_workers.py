"""`digest run` on workers waits for each edition and re-queues a send that stalls."""

from __future__ import annotations

from digest.delivery.send import finish_if_done, prepare_send, send_batch
from digest.delivery.transports.outbox import OutboxTransport
from digest.runtime import Runtime
from digest.scheduling.dispatch import sent_count, wait_for_edition
from tests.scheduling.test_ticks import MORNING, _list_with_news


def _sending_edition(rt: Runtime) -> tuple[int, list[int]]:
    from digest.scheduling.ticks import send_tick

    _list_with_news(rt, MORNING)
    started: list[int] = []
    send_tick(rt.sessions, rt.settings, MORNING, start=started.append)
    (edition_id,) = started
    return edition_id, prepare_send(rt.sessions, edition_id, 1000)


def test_a_send_whose_batches_stop_moving_is_requeued_then_finishes(rt: Runtime) -> None:
    edition_id, batch_ids = _sending_edition(rt)  # its tasks were lost with a dead worker
    outbox = OutboxTransport(rt.settings.data_dir / "outbox")
    requeued: list[int] = []

    def requeue() -> None:  # what start_send does on a worker: send what is pending
        requeued.append(edition_id)
        for batch_id in prepare_send(rt.sessions, edition_id, 1000):
            send_batch(rt.sessions, batch_id, outbox, rt.settings)
        finish_if_done(rt.sessions, edition_id)

    status = wait_for_edition(rt, edition_id, timeout=20, on_stall=requeue, stall_after=0.5)
    assert (status, requeued, len(batch_ids)) == ("sent", [edition_id], 1)
    assert sent_count(rt, edition_id) == 1


def test_waiting_gives_up_at_the_timeout_with_the_edition_still_open(rt: Runtime) -> None:
    edition_id, _ = _sending_edition(rt)
    assert wait_for_edition(rt, edition_id, timeout=0.5) == "sending"
    assert sent_count(rt, edition_id) == 0


def test_a_stall_is_called_once_per_quiet_period_and_forgotten_when_work_moves() -> None:
    from digest.delivery.progress import StallClock

    now = [0.0]
    stall = StallClock(10, clock=lambda: now[0])
    calls = []
    for at, seen in [(0, "3 sent"), (5, "3 sent"), (11, "3 sent"), (15, "3 sent"),
                     (22, "3 sent"), (25, "4 sent"), (34, "4 sent"), (36, "4 sent")]:
        now[0] = at
        calls.append(stall.stalled(seen))
    # Quiet from 0: stalled at 11, again at 22; work moves at 25, quiet again past 35.
    assert calls == [False, False, True, False, True, False, False, True]
