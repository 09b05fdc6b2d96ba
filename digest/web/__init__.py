"""The web app: admin console under /admin, subscriber pages, archive and webhooks.

`create_app(settings)` in `digest.web.app` builds it; `digest web` serves it.
"""
