import pytest
from email_validator import EmailNotValidError, validate_email

from digest.audience.subscribers import InvalidEmail, normalise_email

ADDRESSES = [
    "Rana@Example.ORG", "  tom.baker@example.org ", "a+tag@sub.example.co.uk",
    "o'brien@example.ie", "x@EXAMPLE.org", "user@xn--bcher-kva.example", "user@bücher.example",
    "ñandú@example.org", '"quoted@local"@example.org', "a..b@example.org", ".a@example.org",
    "a@example", "a@-bad-.org", "a@example..org", "plain", "@example.org", "a@", "a b@example.org",
    "x" * 65 + "@example.org", "a@" + "d" * 250 + ".org", "=cmd@example.org",
]


@pytest.mark.parametrize("raw", ADDRESSES)
def test_addresses_are_normalised_exactly_as_email_validator_does(raw: str) -> None:
    try:
        expected = validate_email(raw.strip(), check_deliverability=False).normalized
    except EmailNotValidError:
        with pytest.raises(InvalidEmail):
            normalise_email(raw)
        return
    assert normalise_email(raw) == expected
    assert normalise_email(raw) == expected  # and again, with the domain cached
