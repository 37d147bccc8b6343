"""Loading every supported format from files the tests write, and bad input."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from libtalks.corpus import LoadOptions, load
from libtalks.errors import CorpusError

BODY = "Delegates met in Sabha on Tuesday to discuss the border. They agreed to meet again."


def load_with_warnings(*paths, strict=False):
    warnings: list[str] = []
    articles = load([str(p) for p in paths], LoadOptions(on_warning=warnings.append, strict=strict))
    return articles, warnings


def test_txt_headline_is_first_meaningful_line(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(f"\n\n  Envoys meet in Sabha  \n\n{BODY}\n", encoding="utf-8")
    [article], warnings = load_with_warnings(path)
    assert article.id == "a"
    assert article.title == "Envoys meet in Sabha"
    assert article.sentences == (
        "Delegates met in Sabha on Tuesday to discuss the border.",
        "They agreed to meet again.",
    )
    assert warnings == []


def test_text_is_read_in_one_form_whatever_the_page_encodes(tmp_path):
    """Decomposed accents, soft hyphens, non-breaking hyphens and spaces, as pages hold them,
    read as the plain characters: one name however the page wrote it."""
    (tmp_path / "a.txt").write_text(
        "Envoys meet\n\nEnvoy Ja\u0301n Sova\u0301k met Lina al\u2011Dar in Sa\u00adbha on "
        "Tuesday\u00a021 June 2033.\n",
        encoding="utf-8",
    )
    [article], _ = load_with_warnings(tmp_path / "a.txt")
    assert article.sentences == (
        "Envoy J\u00e1n Sov\u00e1k met Lina al-Dar in Sabha on Tuesday 21 June 2033.",
    )


def test_markdown_front_matter_is_honoured(tmp_path):
    path = tmp_path / "b.md"
    path.write_text(
        '---\ntitle: "Talks in Sabha"\npublished: 2021-03-04\nurl: https://x.test/a\n'
        f"outlet: Desert Times\n---\n# Ignored heading\n\n{BODY}\n",
        encoding="utf-8",
    )
    [article], _ = load_with_warnings(path)
    assert (article.title, article.outlet, article.url) == (
        "Talks in Sabha",
        "Desert Times",
        "https://x.test/a",
    )
    assert article.published.iso() == "2021-03-04"
    # A heading before the report, with the title given above, is furniture, not text.
    assert "Ignored heading" in article.boilerplate
    assert article.paragraphs[0].startswith(BODY.split(".")[0])


def test_fields_opening_a_plain_file_are_honoured_and_a_lone_one_is_text(tmp_path):
    path = tmp_path / "c.txt"
    path.write_text(f"Title: Talks in Sabha\nPublished: 2021-03-04T10:00:00Z\nSource: Desert "
                    f"Times\nLink: https://x.test/c\n\n{BODY}\n", encoding="utf-8")  # fmt: skip
    [article], _ = load_with_warnings(path)
    assert (article.title, article.outlet, article.url) == (
        "Talks in Sabha", "Desert Times", "https://x.test/c"
    )  # fmt: skip
    assert article.published.iso() == "2021-03-04"
    # a headline that only looks like a field is a headline
    path.write_text(f"Update: talks in Sabha\n\n{BODY}\n", encoding="utf-8")
    [article], _ = load_with_warnings(path)
    assert article.title == "Update: talks in Sabha"


def test_markdown_marks_read_as_the_text_they_mark_in_markdown_only(tmp_path):
    text = ("# Talks in Sabha\n\n*By [Amara Kone](https://x.test/k) — 4 March 2031*\n\n"
            "![Delegates in Sabha](a.jpg)\n\nThe **Sahel Commission** met in "
            "[Sabha](https://x.test/s) on Thursday.\n\n"
            '> "We agreed," said _Omar Fadil_.\n')  # fmt: skip
    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    [article], _ = load_with_warnings(tmp_path / "a.md")
    assert (article.byline, article.published.iso()) == ("Amara Kone", "2031-03-04")
    assert article.captions == ("Delegates in Sabha",)
    assert article.paragraphs == ("The Sahel Commission met in Sabha on Thursday.",
                                  '"We agreed," said Omar Fadil.')  # fmt: skip
    # a plain-text file keeps its characters as they are
    (tmp_path / "b.txt").write_text("Talks\n\nThe **Sahel Commission** met.\n", encoding="utf-8")
    [plain], _ = load_with_warnings(tmp_path / "b.txt")
    assert plain.paragraphs == ("The **Sahel Commission** met.",)


def test_html_metadata_and_body(tmp_path):
    path = tmp_path / "c.html"
    path.write_text(
        """<html><head><title>Site title</title>
        <meta property="og:title" content="Envoys meet in Sabha">
        <meta property="article:published_time" content="2021-03-04T09:00:00Z">
        <meta property="og:site_name" content="Desert Times">
        <script>var x = "not text";</script><style>p {}</style></head>
        <body><nav><p>Home | World</p></nav><h1>Envoys meet in Sabha</h1>
        <figure><img src="x.jpg"><figcaption>Delegates arrive (Photo: Agency)</figcaption></figure>
        <p>Delegates met in Sabha on <b>Tuesday</b> to discuss the border.</p>
        <p>They agreed to meet again.</p><footer><p>Copyright</p></footer></body></html>""",
        encoding="utf-8",
    )
    [article], _ = load_with_warnings(path)
    assert article.title == "Envoys meet in Sabha"
    assert article.outlet == "Desert Times"
    assert article.published.iso() == "2021-03-04"
    assert article.paragraphs == (
        "Delegates met in Sabha on Tuesday to discuss the border.",
        "They agreed to meet again.",
    )
    assert article.captions == ("Delegates arrive (Photo: Agency)",)


def test_html_text_outside_paragraph_tags_is_read_and_its_date_line_too(tmp_path):
    path = tmp_path / "f.html"
    path.write_text(
        "<html><head><title>Envoys meet | Site</title></head><body><h1>Envoys meet</h1>"
        "<div class='byline'>By Jane Doe | 30 July 2031</div><div class='share'>Share</div>"
        "<div>Delegates met in Sabha on Friday.<p>They agreed to meet again.</p>They left.</div>"
        "<div>Subscribe to our newsletter to receive the latest news from Sabha.</div>"
        "</body></html>",
        encoding="utf-8",
    )
    [article], _ = load_with_warnings(path)
    assert (article.byline, article.published.iso()) == ("Jane Doe", "2031-07-30")
    assert article.paragraphs == (
        "Delegates met in Sabha on Friday.", "They agreed to meet again.", "They left.",
    )  # fmt: skip


def test_html_time_element_and_h1_fallback(tmp_path):
    path = tmp_path / "d.htm"
    path.write_text(
        "<h1>Envoys meet</h1><time datetime='2021-05-06'>May 6</time><p>" + BODY + "</p>",
        encoding="utf-8",
    )
    [article], _ = load_with_warnings(path)
    assert (article.title, article.published.iso()) == ("Envoys meet", "2021-05-06")


@pytest.mark.parametrize("name", ["page.txt", "page.md"])
def test_a_page_saved_under_a_text_suffix_is_read_as_html(tmp_path, name):
    path = tmp_path / name
    path.write_text(
        "<!DOCTYPE html><html><head><title>Envoys meet | Site</title></head><body>"
        "<figure><figcaption>A file photo.</figcaption></figure><p>" + BODY + "</p></body></html>",
        encoding="utf-8",
    )
    [article], _ = load_with_warnings(path)
    assert (article.title, article.paragraphs, article.captions) == (
        "Envoys meet", (BODY,), ("A file photo.",)
    )  # fmt: skip


def test_html_schema_org_linked_data_gives_date_author_and_publisher(tmp_path):
    path = tmp_path / "e.html"
    article_data = {
        "@type": "NewsArticle",
        "datePublished": "2021-05-06T09:30:00+00:00",
        "author": [{"name": "Jane Doe"}],
        "publisher": {"name": "Desert Herald"},
    }
    linked = json.dumps({"@context": "https://schema.org", "@graph": [{}, article_data]})
    path.write_text(
        f"<html><head><script type='application/ld+json'>{linked}</script>"
        "<script type='application/ld+json'>{not json</script>"
        "<script type='application/ld+json'>{\"@graph\": 5}</script></head>"
        f"<body><h1>Envoys meet</h1><p>{BODY}</p></body></html>",
        encoding="utf-8",
    )
    [article], _ = load_with_warnings(path)
    assert (article.published.iso(), article.byline, article.outlet) == (
        "2021-05-06", "Jane Doe", "Desert Herald")  # fmt: skip


def test_news_please_json(tmp_path):
    path = tmp_path / "np.json"
    record = {
        "title": "Envoys meet",
        "maintext": BODY,
        "date_publish": "2021-03-04 10:00:00",
        "source_domain": "example.org",
        "url": "https://example.org/a",
        "authors": ["Jane Doe", "John Roe"],
    }
    path.write_text(json.dumps(record), encoding="utf-8")
    [article], _ = load_with_warnings(path)
    assert (article.id, article.title, article.outlet, article.byline) == (
        "np",
        "Envoys meet",
        "example.org",
        "Jane Doe, John Roe",
    )
    assert article.published.iso() == "2021-03-04"


def test_trafilatura_json_list_gets_numbered_ids(tmp_path):
    path = tmp_path / "tf.json"
    records = [
        {"title": "One", "raw_text": BODY, "date": "2021-03-04", "sitename": "Desert Times"},
        {"title": "Two", "text": BODY, "hostname": "desert.example", "author": "Jane Doe"},
    ]
    path.write_text(json.dumps(records), encoding="utf-8")
    articles, _ = load_with_warnings(path)
    assert [(a.id, a.title, a.outlet) for a in articles] == [
        ("tf#1", "One", "Desert Times"),
        ("tf#2", "Two", "desert.example"),
    ]


def test_newsapi_records_with_a_source_object(tmp_path):
    path = tmp_path / "newsapi.json"
    record = {"source": {"id": None, "name": "Desert Wire"}, "author": "Jane Doe",
              "title": "Envoys meet", "content": BODY + "… [+2114 chars]",
              "publishedAt": "2021-03-04T10:00:00Z"}  # fmt: skip
    path.write_text(json.dumps([record]), encoding="utf-8")
    [article], _ = load_with_warnings(path)
    assert (article.title, article.outlet, article.byline) == ("Envoys meet", "Desert Wire",
                                                               "Jane Doe")  # fmt: skip
    assert article.published.iso() == "2021-03-04"
    assert "chars" not in article.sentences[-1]  # NewsAPI's mark of a text cut short
    # an API's whole response, its records wrapped: NewsAPI's and the Guardian's
    other = {"title": "Envoys part", "content": BODY, "source": {"name": "Sahel Post"}}
    path.write_text(json.dumps({"status": "ok", "totalResults": 2, "articles": [record, other]}),
                    encoding="utf-8")  # fmt: skip
    articles, warnings = load_with_warnings(path)
    assert [(a.id, a.title) for a in articles] == [("newsapi#1", "Envoys meet"),
                                                   ("newsapi#2", "Envoys part")]  # fmt: skip
    assert warnings == []
    guardian = {"webTitle": "Envoys meet", "bodyText": BODY, "webPublicationDate": "2021-03-04"}
    path.write_text(json.dumps({"response": {"status": "ok", "total": 1, "results": [guardian]}}),
                    encoding="utf-8")  # fmt: skip
    [article], _ = load_with_warnings(path)
    assert (article.title, article.published.iso()) == ("Envoys meet", "2021-03-04")


def test_schema_org_news_articles_with_author_and_publisher_objects(tmp_path):
    path = tmp_path / "export.json"
    record = {"@type": "NewsArticle", "headline": "Envoys meet", "articleBody": BODY,
              "datePublished": "2021-03-04", "publisher": {"@type": "Organization",
              "name": "Desert Wire"}, "author": [{"@type": "Person", "name": "Jane Doe"},
              {"@type": "Person", "name": "John Roe"}]}  # fmt: skip
    path.write_text(json.dumps(record), encoding="utf-8")
    [article], warnings = load_with_warnings(path)
    assert warnings == []
    assert (article.title, article.outlet, article.byline) == ("Envoys meet", "Desert Wire",
                                                               "Jane Doe, John Roe")  # fmt: skip
    assert article.published.iso() == "2021-03-04" and article.sentences


def test_jsonl_with_a_broken_line_keeps_the_rest(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text(
        json.dumps({"title": "One", "text": BODY})
        + "\n{broken\n"
        + json.dumps({"title": "Three", "text": BODY, "published": "2021-01-02", "outlet": "Wire"})
        + "\n",
        encoding="utf-8",
    )
    articles, warnings = load_with_warnings(path)
    assert [a.id for a in articles] == ["feed#1", "feed#3"]
    assert len(warnings) == 1 and "line 2" in warnings[0]


@pytest.mark.parametrize(
    ("data", "warned"),
    [
        (("\ufeffEnvoys meet\n" + BODY).encode("utf-8"), False),
        (("Envoys meet\n" + BODY).encode("utf-16"), False),
        ("Envoys meet – café\n".encode("cp1252") + BODY.encode(), True),
        (b"Envoys meet\n\x00" + BODY.encode(), False),
    ],
    ids=["utf8-bom", "utf16-bom", "cp1252", "stray-nul"],
)
def test_decoding(tmp_path, data, warned):
    path = tmp_path / "e.txt"
    path.write_bytes(data)
    [article], warnings = load_with_warnings(path)
    assert article.title.startswith("Envoys meet")
    assert "\ufeff" not in article.title and "\x00" not in " ".join(article.paragraphs)
    assert bool(warnings) is warned
    if warned:
        assert article.title == "Envoys meet – café" and "cp1252" in warnings[0]


@pytest.mark.parametrize(
    ("name", "data"),
    [("empty.txt", b""), ("blank.txt", b"  \n\n "), ("binary.txt", bytes(range(256)) * 8)],
)
def test_unusable_files_are_skipped_with_one_warning(tmp_path, name, data):
    (tmp_path / name).write_bytes(data)
    (tmp_path / "good.txt").write_text("Envoys meet\n" + BODY, encoding="utf-8")
    articles, warnings = load_with_warnings(tmp_path)
    assert [a.id for a in articles] == ["good"]
    assert len(warnings) == 1 and name in warnings[0]
    with pytest.raises(CorpusError, match=name):
        load_with_warnings(tmp_path, strict=True)


def test_missing_path_and_empty_glob_raise(tmp_path):
    with pytest.raises(CorpusError, match="nowhere"):
        load_with_warnings(tmp_path / "nowhere")
    with pytest.raises(CorpusError, match="pattern"):
        load_with_warnings(tmp_path / "*.none")


def test_folders_are_walked_recursively_in_sorted_order_and_globs_expand(tmp_path):
    for name in ("b/z.txt", "a/y.md", "c.txt", "a/skip.png"):
        path = tmp_path / name
        path.parent.mkdir(exist_ok=True)
        path.write_text("Title " + name + "\n" + BODY, encoding="utf-8")
    articles, _ = load_with_warnings(tmp_path)
    assert [a.id for a in articles] == ["y", "z", "c"]
    articles, _ = load_with_warnings(tmp_path / "**" / "*.txt")
    assert [a.id for a in articles] == ["z", "c"]  # b/z.txt sorts before c.txt


def test_files_that_share_a_stem_keep_apart_by_their_folders(tmp_path):
    for name in ("2020/report.txt", "2021/report.txt", "other.txt", "x/2022/r.txt",
                 "y/2022/r.txt", "z/s.txt", "z/s.md"):  # fmt: skip
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("Title " + name + "\n" + BODY, encoding="utf-8")
    articles, warnings = load_with_warnings(tmp_path)
    assert sorted(a.id for a in articles) == [
        "2020/report", "2021/report", "other", "s.md", "s.txt", "x/2022/r", "y/2022/r"
    ]  # fmt: skip
    assert warnings == []


def test_standard_input_and_json_records_keep_apart_from_files_of_their_stem(tmp_path, monkeypatch):
    (tmp_path / "stdin.txt").write_text("Title\n" + BODY, encoding="utf-8")
    records = [{"title": "One", "text": BODY}, {"title": "Two", "text": BODY}]
    (tmp_path / "r.json").write_text(json.dumps(records), encoding="utf-8")
    (tmp_path / "r.jsonl").write_text(json.dumps(records[0]), encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Other\n" + BODY.encode())))
    articles, _ = load_with_warnings("-", tmp_path)
    # only ids that collide are qualified: "r#2" is the JSON list's alone
    assert sorted(a.id for a in articles) == ["r#2", "r.json#1", "r.jsonl#1", "stdin",
                                              "stdin.txt"]  # fmt: skip


def test_symlink_loop_does_not_hang(tmp_path):
    (tmp_path / "a.txt").write_text("Title\n" + BODY, encoding="utf-8")
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    articles, _ = load_with_warnings(tmp_path)
    assert [a.id for a in articles] == ["a"]


def test_default_corpus_is_env_then_seeds(tmp_path, monkeypatch, seeds):
    assert len(load()) == len(list(seeds.glob("*.txt"))) == 5
    (tmp_path / "one.txt").write_text("Title\n" + BODY, encoding="utf-8")
    monkeypatch.setenv("LIBTALKS_CORPUS", str(tmp_path))
    assert [a.id for a in load()] == ["one"]


@settings(max_examples=150, deadline=None)
@given(
    data=st.binary(max_size=2000),
    suffix=st.sampled_from([".txt", ".md", ".html", ".json", ".jsonl"]),
)
def test_loading_arbitrary_bytes_never_raises(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / ("f" + suffix)
    path.write_bytes(data)
    articles, _ = load_with_warnings(path)
    for article in articles:
        assert article.words > 0


def _many_reports(folder, count=260):
    """`count` small reports in several formats, with two bad files among them."""
    for n in range(count):
        text = f"Talks round {n}\n\n{BODY.replace('Sabha', f'Town{n}')}\n"
        if n % 3 == 0:
            (folder / f"r{n:03}.json").write_text(json.dumps({"title": f"T{n}", "text": text}))
        else:
            (folder / f"r{n:03}.txt").write_text(text, encoding="utf-8")
    (folder / "r100.txt").write_bytes(b"")
    (folder / "r200.json").write_text("{not json", encoding="utf-8")


def test_many_files_read_in_processes_as_in_one(tmp_path):
    _many_reports(tmp_path)
    serial, parallel = [], []
    one = load([str(tmp_path)], LoadOptions(on_warning=serial.append), jobs=1)
    two = load([str(tmp_path)], LoadOptions(on_warning=parallel.append), jobs=2)
    assert two == one and parallel == serial
    assert len(one) == 259 and len(serial) == 2  # 261 files, 2 unusable
    assert "r100.txt" in serial[0] and "r200.json" in serial[1]


def test_strict_stops_at_the_first_warning_in_processes_too(tmp_path):
    _many_reports(tmp_path)
    with pytest.raises(CorpusError, match=r"r100\.txt"):
        load([str(tmp_path)], LoadOptions(strict=True), jobs=2)
