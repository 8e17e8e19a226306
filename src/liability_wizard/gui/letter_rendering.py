"""The bridge from the wizard to the report package: what to render, run on a worker thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date

from liability_wizard.core.case import Case
from liability_wizard.core.evaluation import Evaluation
from liability_wizard.core.firm import FirmProfile

#: One letter at a time: the shared WeasyPrint renderer keeps font state that is not thread-safe.
_RENDERING = threading.Lock()


def letter_renderer(case: Case, evaluation: Evaluation, firm: FirmProfile, *,
                    word: bool = False) -> Callable[[bool], bytes]:
    """``render(draft) -> PDF bytes`` (or the editable Word copy's .docx bytes) for this case; touches
    no widget, so it may run in the background."""

    def render(draft: bool) -> bytes:
        # WeasyPrint and python-docx: loaded off the GUI thread
        if word:
            from liability_wizard.report.docx_letter import render_docx as make
        else:
            from liability_wizard.report.letter import render_letter as make
        with _RENDERING:
            return make(case, evaluation, firm, letter_date=date.today(), draft=draft)

    return render


def warm_up_letter_renderer() -> None:
    """Import WeasyPrint and load the letter's fonts ahead of the first preview (background thread)."""
    from liability_wizard.report.letter import default_renderer

    with _RENDERING:
        default_renderer()


_warming: list[bool] = []  # one warm-up per process


def warm_up_letter_renderer_soon() -> None:
    """Warm the renderer on a worker when a case wizard opens: ~45 MB that a session without any
    letter never needs, so not at start; the first preview is warm after a second in the wizard."""
    from liability_wizard.gui.background import run_in_background

    if not _warming:
        _warming.append(True)
        run_in_background(warm_up_letter_renderer, lambda _result: None, lambda _error: None)
