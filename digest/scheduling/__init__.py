"""Scheduling and workers: due slots, beat ticks, locks, Celery tasks, the supervisor."""
