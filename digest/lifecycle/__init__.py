"""An edition's life, from stored items to the ledger, the same whoever starts it.

`edition.py` owns it (which slot is due, build, start, pause, resume, finish, wait);
`items.py` makes what was fetched ready for it (tagged and grouped); `queue.py` is the
small interface sends go through (this process, or the Celery workers behind
digest.scheduling.dispatch); `cycle.py` is `digest run`, one pass over all of it.
"""
