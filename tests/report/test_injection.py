"""User text is text: HTML, CSS, template syntax and URLs print literally and nothing is fetched."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from pypdf import PdfReader
from tests.report.conftest import FIRM, make_case, render_and_read, squeeze

from liability_wizard.core.firm import FirmProfile
from liability_wizard.paths import resources_dir
from liability_wizard.report.fetcher import FetchLog, RefusedURLError, make_fetcher
from liability_wizard.report.letter import LetterRenderer

pytestmark = pytest.mark.slow

HOSTILE = [
    '<img src="file:///etc/passwd">',
    "{{ 7*7 }}",
    "{% if true %}X{% endif %}",
    '<link rel="attachment" href="file:///etc/hosts">',
    "<style>@import url(http://127.0.0.1:9/x.css); body{display:none}</style>",
    '<div style="background:url(https://example.com/track.png)">x</div>',
    "<script>alert(1)</script>",
    "file:///etc/shadow",
    "&lt;b&gt; &amp;",
]
# A 1×1 PNG for the logo test.
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9aw"
                       "AAAABJRU5ErkJggg==")


@pytest.fixture(scope="module")
def hostile_letter(tmp_path_factory: pytest.TempPathFactory):
    renderer = LetterRenderer()
    notes = "\n".join(HOSTILE)
    case = make_case(
        title='<h1>标题</h1>{{ 7*7 }}',
        notes=notes,
        client={"name": '<b>张三</b>', "contact": "http://example.com/"},
        seller={"name": "<iframe src='http://example.com'></iframe>", "address": None, "contact": None},
        promise={"made": True, "text": '<img src="http://example.com/p.png">假一赔十', "performed": False},
        platform={"name": "某平台<!-- 注释 -->"},
    )
    firm = FirmProfile(name='<img src="file:///etc/passwd">律所', address="{{ config }}", phone="", lawyer="")
    letter = render_and_read(case, tmp_path_factory.mktemp("hostile") / "letter.pdf", renderer, firm=firm)
    return letter, renderer.fetch_log


def test_hostile_text_printed_literally(hostile_letter) -> None:
    letter, _ = hostile_letter
    for text in [*HOSTILE, "<h1>标题</h1>{{ 7*7 }}", "<b>张三</b>", "<iframe src='http://example.com'></iframe>",
                 '<img src="http://example.com/p.png">假一赔十', "某平台<!-- 注释 -->",
                 '<img src="file:///etc/passwd">律所', "{{ config }}"]:
        assert squeeze(text) in letter.text, text
    assert "root:" not in letter.text  # /etc/passwd was not inlined anywhere


def test_nothing_outside_the_resources_fetched(hostile_letter) -> None:
    _, log = hostile_letter
    assert log.refused == []
    assert log.served
    fonts = resources_dir() / "fonts"
    for url in log.served:
        assert url.startswith(fonts.as_uri()), url


def test_no_attachment_embedded(hostile_letter) -> None:
    letter, _ = hostile_letter
    assert not PdfReader(letter.path).attachments
    assert b"/EmbeddedFile" not in letter.pdf


def test_fetcher_refuses_everything_but_resources_and_logo(tmp_path: Path) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    (tmp_path / "other.png").write_bytes(PNG)
    link = tmp_path / "sneaky.txt"
    link.symlink_to("/etc/hostname")
    log = FetchLog()
    fetcher = make_fetcher(logo, log)
    assert fetcher(logo.as_uri()).read() == PNG
    assert fetcher((resources_dir() / "fonts" / "OFL.txt").as_uri()).read().startswith(b"Noto")
    for url in ["file:///etc/passwd", (tmp_path / "other.png").as_uri(), link.as_uri(),
                (resources_dir() / ".." / ".." / "etc" / "passwd").as_uri(),
                "http://127.0.0.1:9/x.png", "https://example.com/", "data:text/plain,hi", "ftp://example.com/x"]:
        with pytest.raises(RefusedURLError):
            fetcher(url)
    assert len(log.served) == 2 and len(log.refused) == 8


def test_raw_html_with_outside_urls_is_refused_by_the_fetcher(tmp_path: Path) -> None:
    """Second wall: even markup that reached WeasyPrint could not load outside files."""
    renderer = LetterRenderer()
    outside = tmp_path / "secret.png"
    outside.write_bytes(PNG)
    html = (f'<html lang="zh-CN"><body><p>测试</p><img src="{outside.as_uri()}">'
            '<img src="http://127.0.0.1:9/x.png"><link rel="attachment" href="file:///etc/hosts"></body></html>')
    pdf = renderer.render(html)
    assert outside.as_uri() in renderer.fetch_log.refused
    assert "http://127.0.0.1:9/x.png" in renderer.fetch_log.refused
    assert "file:///etc/hosts" in renderer.fetch_log.refused
    assert b"/EmbeddedFile" not in pdf


def test_chosen_logo_is_the_one_outside_file_loaded(tmp_path: Path) -> None:
    logo = tmp_path / "徽标.png"
    logo.write_bytes(PNG)
    renderer = LetterRenderer()
    firm = FirmProfile(name=FIRM.name, logo_path=str(logo))
    letter = render_and_read(make_case(), tmp_path / "logo.pdf", renderer, firm=firm)
    outside = [u for u in renderer.fetch_log.served if not u.startswith(resources_dir().as_uri())]
    assert outside == [logo.resolve().as_uri()]
    assert renderer.fetch_log.refused == []
    assert b"/Subtype /Image" in letter.pdf
