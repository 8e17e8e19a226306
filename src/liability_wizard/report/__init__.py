"""The opinion letter (法律意见书): ``report.letter.render_letter`` turns a case and its evaluation
into HTML (``report.html_letter``) and then a PDF with WeasyPrint, in the fonts shipped in ``resources/fonts``."""
