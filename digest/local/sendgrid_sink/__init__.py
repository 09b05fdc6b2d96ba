"""A SendGrid-compatible mail-send server for tests, benchmarks and local work.

SendGrid cannot be reached from development machines or CI; this sink answers
`POST /v3/mail/send` the way SendGrid documents it, records who got what, and
can invent rate limits, server errors and latency.  See docs/sendgrid-sink.md.
"""

from digest.local.sendgrid_sink.config import SinkConfig
from digest.local.sendgrid_sink.recorder import RecipientRecord, read_records, recipients_of
from digest.local.sendgrid_sink.rules import FieldError, validate_mail_send
from digest.local.sendgrid_sink.server import serve
from digest.local.sendgrid_sink.sink import Sink

__all__ = [
    "FieldError",
    "RecipientRecord",
    "Sink",
    "SinkConfig",
    "read_records",
    "recipients_of",
    "serve",
    "validate_mail_send",
]
