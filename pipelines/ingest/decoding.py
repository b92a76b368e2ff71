"""Bytes to clean text: BOMs, invalid UTF-8, binary sniffing and characters a database or a
downstream regex should never see. Repairs are reported as flags, never done silently."""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator

SNIFF_BYTES = 8192
FLAG_INVALID_UTF8 = "invalid_utf8_replaced"
FLAG_CONTROL_CHARS = "control_chars_removed"

# File signatures of formats that are never article text.
_MAGIC = (
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"%PDF",
    b"PK\x03\x04",
    b"\x7fELF",
    b"\x1f\x8b",
    b"\xfd7zXZ",
    b"SQLite format 3",
    b"\xd0\xcf\x11\xe0",
)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")
# C0 controls except tab/newline/CR/form feed, DEL, lone surrogates and non-characters.
_BAD_CHARS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_EXCERPT_BAD = re.compile("[\x00-\x08\x0b-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
EXCERPT_CHARS = 200


def looks_binary(sample: bytes) -> bool:
    """Whether the first bytes of a (decompressed) file are not text: a known file signature,
    NUL bytes outside UTF-16, many control bytes, or bytes that are mostly not UTF-8."""
    if not sample:
        return False
    if sample.startswith(_UTF16_BOMS):
        return False
    if sample.startswith(_MAGIC):
        return True
    if b"\x00" in sample:
        return True
    if len(_CONTROL_BYTES.findall(sample)) > 0.1 * len(sample):
        return True
    decoded = sample.decode("utf-8", "replace")
    return decoded.count("\ufffd") > 0.25 * max(len(decoded), 1)


def decode(data: bytes, flags: list[str] | None = None, encoding: str = "utf-8") -> str:
    """Decode bytes as text, honouring a UTF-8/UTF-16 BOM; undecodable bytes become U+FFFD and
    `invalid_utf8_replaced` is added to `flags`. Newlines become LF."""
    if data.startswith(codecs.BOM_UTF8):
        data, encoding = data[3:], "utf-8"
    elif data.startswith(_UTF16_BOMS):
        encoding = "utf-16"
    elif not _known(encoding):
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        text = data.decode(encoding, "replace")
        if flags is not None and FLAG_INVALID_UTF8 not in flags:
            flags.append(FLAG_INVALID_UTF8)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text


def _known(encoding: str) -> bool:
    try:
        codecs.lookup(encoding)
    except LookupError:
        return False
    return True


def decoded_lines(lines: Iterable[bytes], flags_out: list[str]) -> Iterator[str]:
    """Decode a stream line by line (as `csv` wants it), stripping a leading UTF-8 BOM; each
    repaired line appends its flag to `flags_out`, so the consumer can attribute it."""
    first = True
    for raw in lines:
        if first:
            first = False
            if raw.startswith(codecs.BOM_UTF8):
                raw = raw[3:]
        try:
            line = raw.decode("utf-8")
        except UnicodeDecodeError:
            line = raw.decode("utf-8", "replace")
            flags_out.append(FLAG_INVALID_UTF8)
        yield line


def clean_text(text: str, flags: list[str]) -> str:
    """Remove control characters, lone surrogates and non-characters (JSON can smuggle them
    in; DuckDB and UTF-8 encoders refuse them) and flag the repair."""
    if _BAD_CHARS.search(text) is None:
        return text
    if FLAG_CONTROL_CHARS not in flags:
        flags.append(FLAG_CONTROL_CHARS)
    return _BAD_CHARS.sub("", text)


def excerpt(value: bytes | str | None) -> str:
    """The first characters of a rejected input, safe to store and print."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        value = value[: EXCERPT_CHARS * 4].decode("utf-8", "replace")
    return _EXCERPT_BAD.sub("\ufffd", value[:EXCERPT_CHARS].rstrip())
