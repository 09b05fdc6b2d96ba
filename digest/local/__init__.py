"""Embedded and local parts: embedded Redis, loopback feed server, SendGrid sink, demo."""
