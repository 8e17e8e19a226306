"""The opinion letter (法律意见书) as HTML and PDF: the API the GUI and the CLI call.

    pdf = render_letter(case, evaluation, firm, letter_date=date.today(), draft=False)

WeasyPrint is imported on first render only (it costs half a second). Loading the fonts is the
slow part of a render, so one :class:`LetterRenderer` keeps its font configuration and
stylesheet for the life of the process; later renders only lay out the text.
"""

from __future__ import annotations

import atexit
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from liability_wizard.core.case import Case
from liability_wizard.core.evaluation import Evaluation
from liability_wizard.core.firm import FirmProfile
from liability_wizard.paths import templates_dir
from liability_wizard.report.facts import fact_label
from liability_wizard.report.fetcher import FetchLog, make_fetcher
from liability_wizard.report.fonts import (
    EVERYDAY_FACES,
    EXTENSION_FACES,
    MissingCharactersError,
    font_face_css,
    needs_extension_fonts,
    unprintable_characters,
)
from liability_wizard.report.html_letter import html_document
from liability_wizard.report.letter_content import letter_content
from liability_wizard.report.long_text import text_fields
from liability_wizard.report.outline import outline

STYLESHEET = "opinion_letter.css"


def logo_file(firm: FirmProfile) -> Path | None:
    """The firm's logo if it names an existing file; a missing logo leaves the letterhead without one."""
    if not firm.logo_path:
        return None
    path = Path(firm.logo_path).expanduser()
    return path.resolve() if path.is_file() else None


def letter_html(case: Case, evaluation: Evaluation, firm: FirmProfile, *, letter_date: date,
                draft: bool = False) -> str:
    """The letter as an HTML document (what WeasyPrint lays out)."""
    logo = logo_file(firm)
    content = letter_content(case, evaluation, firm, letter_date=letter_date, draft=draft,
                             logo_url=logo.as_uri() if logo else "")
    return html_document(outline(content))


class LetterRenderer:
    """Turns letter HTML into PDF, reusing fonts and stylesheet across renders.

    ``fetch_log`` records every URL WeasyPrint asked for, served or refused.
    """

    def __init__(self) -> None:
        from liability_wizard.report.weasyprint_import import import_weasyprint

        import_weasyprint()
        from weasyprint.text.fonts import FontConfiguration

        self.fetch_log = FetchLog()
        self._font_config = FontConfiguration()
        css = font_face_css(EVERYDAY_FACES) + "\n" + (templates_dir() / STYLESHEET).read_text(encoding="utf-8")
        self._stylesheets = [self._stylesheet(css)]
        self._extension_loaded = False

    def _stylesheet(self, css: str):  # -> weasyprint.CSS
        from weasyprint import CSS

        return CSS(string=css, base_url=templates_dir().as_uri() + "/", font_config=self._font_config,
                   url_fetcher=make_fetcher(log=self.fetch_log))

    def render(self, html: str, logo: Path | None = None) -> bytes:
        """Raise :class:`MissingCharactersError` before rendering if the fonts lack a character."""
        missing = unprintable_characters(html)
        if missing:
            raise MissingCharactersError(missing)
        if not self._extension_loaded and needs_extension_fonts(html):
            # The rare-character fonts are loaded by the first letter that has one, then kept.
            self._stylesheets.append(self._stylesheet(font_face_css(EXTENSION_FACES)))
            self._extension_loaded = True
        from weasyprint import HTML

        document = HTML(string=html, base_url=templates_dir().as_uri() + "/",
                        url_fetcher=make_fetcher(logo, self.fetch_log))
        options: dict[str, Any] = {"attachments": [], "pdf_forms": False}
        return document.write_pdf(stylesheets=self._stylesheets, font_config=self._font_config, **options)


@cache
def default_renderer() -> LetterRenderer:
    # Drop it before interpreter shutdown, while WeasyPrint can still delete its font folder.
    atexit.register(default_renderer.cache_clear)
    return LetterRenderer()


def render_letter(case: Case, evaluation: Evaluation, firm: FirmProfile, *, letter_date: date,
                  draft: bool = False, renderer: LetterRenderer | None = None) -> bytes:
    """The letter as PDF bytes. Raises :class:`MissingCharactersError` naming unprintable characters."""
    html = letter_html(case, evaluation, firm, letter_date=letter_date, draft=draft)
    try:
        return (renderer or default_renderer()).render(html, logo_file(firm))
    except MissingCharactersError as exc:
        raise MissingCharactersError(exc.characters, fields_holding(exc.characters, case, firm)) from None


def fields_holding(characters: list[str], case: Case, firm: FirmProfile) -> dict[str, list[str]]:
    """Where in the case (or the firm settings) each character is, so the user knows what to edit."""
    places = [(f"{path}（{fact_label(path)}）", value)
              for path, value in text_fields(case.model_dump(mode="json"))]
    places += [(f"律师事务所设置 {key}", value) for key, value in firm.to_json_dict().items()]
    return {c: [name for name, value in places if c in value] for c in characters}
