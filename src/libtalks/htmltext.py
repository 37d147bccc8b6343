"""Reading a saved web page with the standard library's html.parser: metadata and paragraphs.

Metadata comes from `<meta>` tags, `<time>`, and the schema.org JSON-LD many news sites put
in a script (`datePublished`, `author`, `publisher`): the only date some pages give.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

# Elements whose text is never article text.
SKIPPED = {
    "script",
    "style",
    "nav",
    "footer",
    "header",
    "aside",
    "noscript",
    "form",
    "template",
    "svg",
    "button",
    "select",
}
# Elements that hold one paragraph of text each.
BLOCKS = {"p", "h2", "h3", "h4", "blockquote", "li", "pre"}
# Elements that end a run of text outside any block ("<div class=byline>By X | 30 July
# 2021</div>"), which is a paragraph of its own.
BREAKS = BLOCKS | {"h1", "title", "figcaption", "figure", "div", "section", "article", "main"}
BREAKS |= {"body", "table", "tr", "td", "th", "ul", "ol", "dl", "dt", "dd", "br", "hr"}
# Elements that never have an end tag, so they must not enter the open-element stack.
VOID = {
    "area",
    "base",
    "br",
    "col",
    "embed",
    "hr",
    "img",
    "input",
    "link",
    "meta",
    "source",
    "track",
    "wbr",
}


@dataclass
class Page:
    """What a page says about itself, and its visible paragraphs in document order."""

    meta: dict[str, str] = field(default_factory=dict)
    title: str = ""
    h1: str = ""
    time: str = ""
    paragraphs: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)


class _PageParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.page = Page()
        self.skip_depth = 0
        self.stack: list[str] = []
        self.open_counts: dict[str, int] = {}
        self.buffer: list[str] = []
        self.capture: str | None = None
        self.loose: list[str] = []  # text outside any block, since the last break
        self.linked_data: list[str] | None = None  # a JSON-LD script's text, while in it

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        if tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop") or ""
            if key and values.get("content"):
                self.page.meta.setdefault(key.lower(), values["content"].strip())
            return
        if tag == "link" and values.get("rel") == "canonical" and values.get("href"):
            self.page.meta.setdefault("canonical", values["href"])
            return
        if tag == "time" and values.get("datetime") and not self.page.time and not self.skip_depth:
            self.page.time = values["datetime"]
        if tag in BREAKS:
            self._flush_loose()
        if tag in VOID:
            return
        if tag == "script" and values.get("type", "").lower() == "application/ld+json":
            self.linked_data = []
        self.stack.append(tag)
        self.open_counts[tag] = self.open_counts.get(tag, 0) + 1
        if tag in SKIPPED:
            self.skip_depth += 1
        elif (
            not self.skip_depth
            and self.capture is None
            and tag in BLOCKS | {"h1", "title", "figcaption"}
        ):
            self.capture = tag
            self.buffer = []

    def handle_endtag(self, tag: str) -> None:
        if not self.open_counts.get(tag):
            return
        if tag in BREAKS:
            self._flush_loose()
        while self.stack:
            open_tag = self.stack.pop()
            self.open_counts[open_tag] -= 1
            if open_tag in SKIPPED:
                self.skip_depth -= 1
            if open_tag == self.capture:
                self._flush()
            if open_tag == "script" and self.linked_data is not None:
                _read_linked_data("".join(self.linked_data), self.page.meta)
                self.linked_data = None
            if open_tag == tag:
                break

    def handle_data(self, data: str) -> None:
        if self.linked_data is not None:
            self.linked_data.append(data)
        if self.capture is not None and not self.skip_depth:
            self.buffer.append(data)
        elif self.capture is None and not self.skip_depth and self.linked_data is None:
            self.loose.append(data)

    def _flush_loose(self) -> None:
        text = " ".join("".join(self.loose).split())
        self.loose = []
        if text:
            self.page.paragraphs.append(text)

    def _flush(self) -> None:
        text = " ".join("".join(self.buffer).split())
        kind, self.capture, self.buffer = self.capture, None, []
        if not text:
            return
        if kind == "title":
            self.page.title = self.page.title or text
        elif kind == "h1":
            self.page.h1 = self.page.h1 or text
        elif kind == "figcaption":
            self.page.captions.append(text)
        else:
            self.page.paragraphs.append(text)

    def close(self) -> None:
        super().close()
        if self.capture is not None:
            self._flush()
        self._flush_loose()


def _read_linked_data(text: str, meta: dict[str, str]) -> None:
    """A news article's date, author and publisher from schema.org JSON-LD, where the page's
    own tags do not give them; anything unreadable is passed over."""
    import json  # here: only pages with JSON-LD need it

    try:
        data = json.loads(text)
    except ValueError:
        return
    items = data if isinstance(data, list) else [data]
    graphs = [item.get("@graph") for item in items if isinstance(item, dict)]
    items += [node for graph in graphs if isinstance(graph, list) for node in graph]
    for item in items:
        if not isinstance(item, dict) or "datePublished" not in item:
            continue
        for key, field_name in (("datePublished", "datepublished"), ("author", "author"),
                                ("publisher", "ld:publisher")):  # fmt: skip
            value = item.get(key)
            value = value[0] if isinstance(value, list) and value else value
            value = value.get("name") if isinstance(value, dict) else value
            if isinstance(value, str) and value.strip():
                meta.setdefault(field_name, value.strip())
        return


def parse_html(markup: str) -> Page:
    """Parse a page; malformed markup gives what could be read, never an exception."""
    parser = _PageParser()
    try:
        parser.feed(markup)
        parser.close()
    except (AssertionError, ValueError, RecursionError):  # html.parser on broken declarations
        pass
    return parser.page
