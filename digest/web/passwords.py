"""Admin users: argon2 password hashes, creation and sign-in checks."""

from __future__ import annotations

from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session

from digest.models import AdminUser, AuditEntry, utcnow

MIN_PASSWORD_LENGTH = 10
_HASHER = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """Verified against when the username is unknown, so both answers take the same time.

    Made on first use: hashing costs ~100 ms, which every CLI command and worker would
    otherwise pay at import time.
    """
    return _HASHER.hash("not a real password, only for timing")


class AdminUserError(ValueError):
    """The username or password cannot be used (the message says why)."""


def hash_password(password: str) -> str:
    return _HASHER.hash(password)


def create_admin_user(
    session: Session, username: str, password: str, *, replace: bool = False
) -> AdminUser:
    """Store an admin user with a hashed password; with `replace`, reset an existing one."""
    username = username.strip()
    if not username or len(username) > 100 or any(c.isspace() for c in username):
        raise AdminUserError("the username must be 1-100 characters without spaces")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AdminUserError(f"the password must be at least {MIN_PASSWORD_LENGTH} characters")
    user = session.scalar(select(AdminUser).where(AdminUser.username == username))
    if user is not None and not replace:
        raise AdminUserError(f"admin user {username!r} already exists (use --reset)")
    if user is None:
        user = AdminUser(username=username, password_hash="")
        session.add(user)
    user.password_hash = hash_password(password)
    session.flush()
    session.add(AuditEntry(actor="cli", action="admin_user_reset" if replace else
                           "admin_user_created", subject_type="admin_user", subject_id=user.id,
                           detail={"username": username}))
    return user


def check_password(session: Session, username: str, password: str) -> AdminUser | None:
    """The admin user when the password matches, else None (timing does not leak users)."""
    user = session.scalar(select(AdminUser).where(AdminUser.username == username.strip()))
    try:
        _HASHER.verify(user.password_hash if user else _dummy_hash(), password)
    except (VerificationError, InvalidHashError):
        return None
    if user is None:
        return None
    if _HASHER.check_needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_login_at = utcnow()
    return user
