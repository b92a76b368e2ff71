"""Article identity: a content hash that ignores layout, a URL canonical form, and the stable
article ID built from both.

Two inputs are the same article when their normalised texts are equal and they come from the
same URL (or neither has one). The same text under two different URLs is two articles (two
outlets published it) that the near-duplicate index then links.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

_TRACKING = re.compile(r"^(utm_\w+|fbclid|gclid|mc_cid|mc_eid|ocid|cmpid)$", re.IGNORECASE)
_DEFAULT_PORTS = {"http": 80, "https": 443}


def normalise_text(text: str) -> str:
    """Unicode NFKC with whitespace runs collapsed: CRLF, re-wrapping or non-breaking spaces do
    not make a different article."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def content_hash(normalised: str) -> str:
    """SHA-1 of the normalised text."""
    return hashlib.sha1(normalised.encode("utf-8")).hexdigest()


def canonical_url(url: str | None) -> str | None:
    """Lower-case scheme and host, no default port, fragment, tracking parameters or trailing
    slash, so the same page reached through a newsletter link is recognised."""
    if not url or not url.strip():
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if port and port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{port}"
    query = urlencode([(k, v) for k, v in parse_qsl(parts.query) if not _TRACKING.match(k)])
    path = parts.path.rstrip("/")
    return urlunsplit((scheme, host, path, query, ""))


def article_id(content_sha1: str, url: str | None) -> str:
    """Stable 16-hex ID: the content hash alone, or with the canonical URL when there is one."""
    key = content_sha1 if url is None else f"{content_sha1}\n{url}"
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
