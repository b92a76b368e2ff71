"""From what the user passed (a file, a folder tree, a list of either) to an ordered list of
input files, each knowing its format (from its extension, or None: sniff the content) and its
compression. The order is sorted by path, so two runs over the same tree agree."""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import os
import stat
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

_OPENERS = {".bz2": bz2.open, ".xz": lzma.open}
_COMPRESSIONS = {".gz", ".bz2", ".xz"}
_CHUNK = 1 << 16


class CorruptArchive(Exception):
    """A compressed stream ended early or holds bytes that do not decompress."""


# What a broken compressed stream raises while being read.
CORRUPT_STREAM_ERRORS = (
    CorruptArchive,
    EOFError,
    zlib.error,
    gzip.BadGzipFile,
    lzma.LZMAError,
    OSError,
)


def _gunzip(path: Path) -> Iterator[bytes]:
    """Decompressed chunks of a (possibly multi-member) gzip file. Unlike `gzip.open`, every
    byte that decompresses is delivered before CorruptArchive is raised, so the complete
    records of a truncated download are still read."""
    with open(path, "rb") as raw:
        decompressor = zlib.decompressobj(wbits=31)
        started = False
        while chunk := raw.read(_CHUNK):
            while chunk:
                try:
                    out = decompressor.decompress(chunk)
                except zlib.error as error:
                    raise CorruptArchive(str(error)) from error
                started = True
                if out:
                    yield out
                if not decompressor.eof:
                    break
                chunk = decompressor.unused_data  # the next gzip member, if any
                decompressor = zlib.decompressobj(wbits=31)
                started = bool(chunk)
        if started and not decompressor.eof:
            raise CorruptArchive("compressed stream ends before its end marker")


class _ChunkStream(io.RawIOBase):
    """A readable raw stream over an iterator of byte chunks."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._pending = b""

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        while not self._pending:
            self._pending = next(self._chunks, b"")
            if not self._pending:
                return 0
        n = min(len(buffer), len(self._pending))
        buffer[:n] = self._pending[:n]
        self._pending = self._pending[n:]
        return n


KINDS = {
    ".txt": "txt",
    ".text": "txt",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonlines": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "csv",
    ".rss": "feed",
    ".atom": "feed",
    ".rdf": "feed",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".shtml": "html",
}


@dataclass(frozen=True)
class InputFile:
    """One file to read. `kind` is txt|jsonl|json|csv|feed|html, or None when only the content
    can tell (unknown extension, `.xml`)."""

    path: Path
    kind: str | None
    compression: str | None

    @property
    def name(self) -> str:
        """How the file is named in `source_file` columns."""
        return str(self.path)

    @property
    def stem(self) -> str:
        """The name without compression and format extensions: the ID of a one-article file."""
        name = self.path.name
        if self.compression:
            name = name[: -len(self.compression)]
        base, ext = os.path.splitext(name)
        return base if ext and (ext.lower() in KINDS or ext.lower() == ".xml") else name

    @property
    def delimiter_hint(self) -> str | None:
        """Tab for `.tsv` files; other CSV dialects are sniffed from the header."""
        return (
            "\t"
            if self.path.name.lower().removesuffix(self.compression or "").endswith(".tsv")
            else None
        )

    def is_regular(self) -> bool:
        """Only regular files are read: a FIFO or device in the tree would block or never end."""
        return stat.S_ISREG(self.path.stat().st_mode)

    def open(self) -> IO[bytes]:
        """A binary stream of the (decompressed) content."""
        if self.compression == ".gz":
            return io.BufferedReader(_ChunkStream(_gunzip(self.path)))
        opener = _OPENERS.get(self.compression or "")
        return opener(self.path, "rb") if opener else open(self.path, "rb")

    def head(self, size: int) -> bytes:
        """The first `size` bytes of the decompressed content (for sniffing); of a truncated
        gzip, whatever decompresses, unless nothing does."""
        if self.compression != ".gz":
            with self.open() as stream:
                return stream.read(size)
        data = b""
        try:
            for chunk in _gunzip(self.path):
                data += chunk
                if len(data) >= size:
                    break
        except CorruptArchive:
            if not data:
                raise
        return data[:size]

    def read_capped(self, limit: int) -> bytes | None:
        """The whole decompressed content, or None when it is longer than `limit` bytes."""
        with self.open() as stream:
            data = stream.read(limit + 1)
        return None if len(data) > limit else data


def describe(path: Path) -> InputFile:
    """The InputFile for one path, its format and compression read from the extensions."""
    suffixes = [s.lower() for s in path.suffixes]
    compression = suffixes[-1] if suffixes and suffixes[-1] in _COMPRESSIONS else None
    if compression:
        suffixes = suffixes[:-1]
    kind = KINDS.get(suffixes[-1]) if suffixes else None
    return InputFile(path, kind, compression)


def resolve(source: str | os.PathLike | Sequence[str | os.PathLike]) -> list[InputFile]:
    """The files of `source` in reading order. Raises FileNotFoundError naming every missing
    path before anything is read, so a typo fails loudly instead of loading nothing."""
    items = [source] if isinstance(source, str | os.PathLike) else list(source)
    paths = [Path(p) for p in items]
    missing = [str(p) for p in paths if not p.exists()]
    if missing:
        raise FileNotFoundError(f"ingest source not found: {', '.join(missing)}")
    files: list[InputFile] = []
    for path in paths:
        if path.is_dir():
            files.extend(describe(p) for p in _walk(path))
        else:
            files.append(describe(path))
    return files


def _walk(root: Path) -> list[Path]:
    """Every non-hidden file under `root` (hidden files and folders such as `.git` or
    `.DS_Store` are not articles), sorted by path components; symlinked folders are not
    followed, so a link loop cannot make the walk endless."""
    found = []
    for folder, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if not d.startswith(".")]
        found.extend(Path(folder, f) for f in filenames if not f.startswith("."))
    return sorted(found, key=lambda p: p.relative_to(root).parts)
