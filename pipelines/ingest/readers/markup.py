"""HTML fragments (feed item bodies) to plain text, keeping paragraph breaks so the temporal
module still sees sentence and paragraph boundaries."""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table",
    "blockquote", "section", "article", "header", "footer", "pre", "hr", "dd", "dt", "figcaption",
}  # fmt: skip
_SKIP = {"script", "style", "noscript", "template", "head", "title"}
_MARKUP = re.compile(r"<[a-zA-Z!/][^>]*>")
_BLANKS = re.compile(r"[ \t\f\v]+")
_PARAGRAPHS = re.compile(r"\s*\n\s*\n\s*")


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skipping = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP:
            self._skipping += 1
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skipping = max(0, self._skipping - 1)
        elif tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self._skipping:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    """Whether a feed body carries markup (many feeds put HTML in a field typed text/plain)."""
    return _MARKUP.search(text) is not None


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment: entities decoded, scripts dropped, block elements become
    paragraph breaks, runs of blanks collapse."""
    collector = _TextCollector()
    collector.feed(fragment)
    collector.close()
    text = _BLANKS.sub(" ", "".join(collector.parts))
    lines = "\n".join(line.strip() for line in text.split("\n"))
    return _PARAGRAPHS.sub("\n\n", lines).strip()
