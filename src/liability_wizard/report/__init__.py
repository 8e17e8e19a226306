"""The opinion letter (法律意见书): ``report.letter.render_letter`` turns a case and its evaluation
into a PDF with Jinja2 and WeasyPrint, in the fonts shipped in ``resources/fonts``."""
