"""Content-Encoding decoders that never produce more than a byte budget (no bombs)."""

from __future__ import annotations

import zlib
from collections.abc import Iterable

import brotli

CHUNK = 64 * 1024


class BodyTooLarge(Exception):
    """The (decoded) body is larger than the budget."""


class _Identity:
    def feed(self, data: bytes, limit: int) -> bytes:
        return data

    def flush(self) -> bytes:
        return b""


class _Zlib:
    """gzip, or deflate with or without the zlib wrapper (servers send both)."""

    def __init__(self, encoding: str) -> None:
        self.encoding = encoding
        self._d = zlib.decompressobj(16 + zlib.MAX_WBITS if encoding == "gzip" else zlib.MAX_WBITS)
        self._first = True

    def feed(self, data: bytes, limit: int) -> bytes:
        if self._first and self.encoding == "deflate":
            self._first = False
            try:
                return self._run(data, limit)
            except zlib.error:  # raw deflate without the zlib header
                self._d = zlib.decompressobj(-zlib.MAX_WBITS)
        return self._run(data, limit)

    def _run(self, data: bytes, limit: int) -> bytes:
        out = bytearray(self._d.decompress(data, limit + 1))
        while self._d.unconsumed_tail and len(out) <= limit:
            out += self._d.decompress(self._d.unconsumed_tail, limit + 1 - len(out))
        return bytes(out)

    def flush(self) -> bytes:
        return self._d.flush(CHUNK)


class _Brotli:
    def __init__(self) -> None:
        self._d = brotli.Decompressor()

    def feed(self, data: bytes, limit: int) -> bytes:
        out = bytearray(self._d.process(data, output_buffer_limit=limit + 1))
        while not self._d.can_accept_more_data() and len(out) <= limit:
            out += self._d.process(b"", output_buffer_limit=limit + 1 - len(out))
        return bytes(out)

    def flush(self) -> bytes:
        return b""


def decode_body(raw_chunks: Iterable[bytes], content_encoding: str, max_bytes: int) -> bytes:
    """Decode the chunks per `content_encoding`; BodyTooLarge once past `max_bytes`.

    Each step asks the decompressor for at most the bytes still allowed, so a small
    compressed bomb never expands in memory beyond the budget.
    """
    decoder = _make(content_encoding.strip().lower())
    body = bytearray()
    for chunk in raw_chunks:
        body += decoder.feed(chunk, max_bytes - len(body))
        if len(body) > max_bytes:
            raise BodyTooLarge(f"body larger than {max_bytes} bytes")
    body += decoder.flush()
    if len(body) > max_bytes:
        raise BodyTooLarge(f"body larger than {max_bytes} bytes")
    return bytes(body)


def _make(encoding: str) -> _Identity | _Zlib | _Brotli:
    if encoding in ("", "identity"):
        return _Identity()
    if encoding in ("gzip", "x-gzip"):
        return _Zlib("gzip")
    if encoding == "deflate":
        return _Zlib("deflate")
    if encoding == "br":
        return _Brotli()
    raise ValueError(f"unsupported Content-Encoding {encoding}")
