"""Decide whether a /v3/mail/send body is one SendGrid would accept.

Two layers: the request schema from SendGrid's OpenAPI spec (shipped beside
this module), and the documented rules the schema cannot express (recipient
totals, a `to` in every personalization, subject and content unless a template
is used, content order, size caps).  Messages for the documented rules follow
SendGrid's published mail-send error list.  Pure: no I/O beyond loading the
schema once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from jsonschema import Draft202012Validator, FormatChecker

MAX_BODY_BYTES = 30 * 1024 * 1024  # "The total size of your email ... must be less than 30MB."
MAX_PERSONALIZATIONS = 1000
MAX_RECIPIENTS = 1000  # to + cc + bcc across all personalizations
MAX_PER_PERSONALIZATION_BYTES = 10_000  # substitutions, and custom_args, each
RESERVED_HEADERS = frozenset(
    h.lower()
    for h in (
        "x-sg-id", "x-sg-eid", "received", "dkim-signature", "Content-Type",
        "Content-Transfer-Encoding", "To", "From", "Subject", "Reply-To", "CC", "BCC",
    )
)  # fmt: skip


@dataclass(frozen=True)
class FieldError:
    """One entry of SendGrid's error response: {"message", "field", "help"}."""

    message: str
    field: str | None = None
    help: str | None = None


def error_body(errors: list[FieldError]) -> bytes:
    """SendGrid's error response document for `errors`."""
    items = []
    for error in errors:
        # `field` is nullable in SendGrid's schema; `help` is an object, so it is
        # left out rather than sent as null.
        item: dict[str, Any] = {"message": error.message, "field": error.field}
        if error.help is not None:
            item["help"] = {"text": error.help}
        items.append(item)
    return json.dumps({"errors": items}).encode("utf-8")


@cache
def _validator() -> Draft202012Validator:
    text = resources.files(__package__).joinpath("mail_send_request.schema.json").read_text()
    schema = json.loads(text)
    # The spec types the message-level custom_args as a string, yet SendGrid and
    # its own client libraries send an object of string values; accept both.
    schema["properties"]["custom_args"] = {"type": ["string", "object"]}
    return Draft202012Validator(schema, format_checker=FormatChecker())


def schema_errors(body: object) -> list[FieldError]:
    """Violations of the published request schema, field as a dotted path."""
    found = []
    for error in _validator().iter_errors(body):
        path = [str(part) for part in error.absolute_path]
        if error.validator == "required":
            # Name the missing property itself, as SendGrid does ("from", "personalizations.0.to").
            path += [p for p in error.validator_value if repr(p) in error.message][:1]
        field = ".".join(path) or None
        found.append(FieldError(error.message, field))
    return found


def _addresses(personalization: dict[str, Any]) -> list[str]:
    return [
        str(entry.get("email", "")).lower()
        for kind in ("to", "cc", "bcc")
        for entry in personalization.get(kind) or []
        if isinstance(entry, dict)
    ]


def _personalization_errors(index: int, item: dict[str, Any]) -> list[FieldError]:
    errors = []
    where = f"personalizations.{index}"
    if not item.get("to"):
        errors.append(
            FieldError(
                "The to parameter is required for all personalization objects, and must have "
                "at least one email object with a valid email address.",
                f"{where}.to",
            )
        )
    seen: set[str] = set()
    for address in _addresses(item):
        if address in seen:
            errors.append(
                FieldError(
                    "Each email address in the personalization block should be unique between "
                    f"to, cc, and bcc. We found the first duplicate instance of [{address}].",
                    where,
                )
            )
            break
        seen.add(address)
    for key in ("substitutions", "custom_args"):
        value = item.get(key)
        if value and len(json.dumps(value).encode()) > MAX_PER_PERSONALIZATION_BYTES:
            errors.append(
                FieldError(f"The {key} of a personalization may not exceed 10,000 bytes.", where)
            )
    errors.extend(_header_errors(item.get("headers"), f"{where}.headers"))
    return errors


def _header_errors(headers: object, where: str) -> list[FieldError]:
    if not isinstance(headers, dict):
        return []
    errors = []
    for name, value in headers.items():
        if name.lower() in RESERVED_HEADERS:
            errors.append(FieldError(f"The header {name} is reserved and may not be set.", where))
        elif not isinstance(value, str):
            errors.append(FieldError("Header values must be strings.", f"{where}.{name}"))
    return errors


def documented_errors(body: dict[str, Any]) -> list[FieldError]:
    """Violations of SendGrid's documented rules that the schema does not state."""
    errors: list[FieldError] = []
    personalizations = body.get("personalizations")
    if not isinstance(personalizations, list):
        personalizations = []
    items = [p for p in personalizations if isinstance(p, dict)]
    if not personalizations:
        errors.append(FieldError("You must have at least one personalization.", "personalizations"))
    if len(personalizations) > MAX_PERSONALIZATIONS:
        errors.append(
            FieldError(
                f"The personalization block is limited to {MAX_PERSONALIZATIONS} personalizations "
                f"per API request. You have provided {len(personalizations)} personalizations. "
                "Please consider splitting this into multiple requests and resending your request.",
                "personalizations",
            )
        )
    total = sum(len(_addresses(p)) for p in items)
    if total > MAX_RECIPIENTS:
        errors.append(
            FieldError(
                f"There is a limit of {MAX_RECIPIENTS} total recipients (to + cc + bcc) "
                f"per request. You have provided {total}.",
                "personalizations",
            )
        )
    for index, item in enumerate(personalizations):
        if isinstance(item, dict):
            errors.extend(_personalization_errors(index, item))
    if not isinstance(body.get("from"), dict) or not body["from"].get("email"):
        errors.append(
            FieldError(
                "The from object must be provided for every email send. It is an object that "
                "requires the email parameter, but may also contain a name parameter.",
                "from",
            )
        )
    errors.extend(_template_free_errors(body, items))
    if body.get("reply_to") and body.get("reply_to_list"):
        errors.append(
            FieldError("You can use either reply_to or reply_to_list, but not both.", "reply_to")
        )
    errors.extend(_header_errors(body.get("headers"), "headers"))
    return errors


def _template_free_errors(body: dict[str, Any], items: list[dict[str, Any]]) -> list[FieldError]:
    """Subject and content are required unless a template supplies them."""
    if body.get("template_id"):
        return []
    errors = []
    if not body.get("subject") and not (items and all(p.get("subject") for p in items)):
        errors.append(
            FieldError(
                "The subject is required. You can get around this requirement if you use a "
                "template with a subject defined or if every personalization has a subject "
                "defined.",
                "subject",
            )
        )
    content = body.get("content")
    if not isinstance(content, list) or not content:
        errors.append(
            FieldError(
                "Unless a valid template_id is provided, the content parameter is required. "
                "There must be at least one defined content block. We typically suggest both "
                "text/plain and text/html blocks are included, but only one block is required.",
                "content",
            )
        )
        return errors
    types = [c.get("type") for c in content if isinstance(c, dict)]
    expected = [t for t in ("text/plain", "text/html") if t in types]
    if types[: len(expected)] != expected:
        errors.append(
            FieldError(
                "The text/plain content type must be first, followed by the text/html content "
                "type, followed by any other content.",
                "content",
            )
        )
    return errors


def validate_mail_send(body: object, *, schema_check: bool = True) -> list[FieldError]:
    """Every reason SendGrid would answer 400 to this parsed body; empty = accept."""
    if not isinstance(body, dict):
        return [FieldError("The request body must be a JSON object.", None)]
    errors = documented_errors(body)
    if not schema_check:
        return errors
    reported = {e.field for e in errors}
    # The schema repeats some documented rules (maxItems); keep one message per field.
    errors.extend(e for e in schema_errors(body) if e.field not in reported)
    return errors
