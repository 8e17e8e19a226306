"""The opinion letter as an editable Word document (.docx), for Word and WPS.

    data = render_docx(case, evaluation, firm, letter_date=date.today(), draft=False)

It lays out the same :class:`~liability_wizard.report.outline.Outline` as the PDF, so both copies
say the same thing. python-docx builds the document in code: the letter's structure is already
decided by the outline, so a Word template (docxtpl) would only add a second layout to keep in
step. Fonts are named, never embedded: 宋体 for the body and 黑体 for headings, which every Chinese
Word and WPS installation has; the font table gives each a serif/sans class and the macOS name
(Songti SC / Heiti SC) as its alternative, so a Mac without them substitutes the right kind.
"""

from __future__ import annotations

import io
import re
from datetime import date
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Mm, Pt, RGBColor
from docx.table import _Cell
from docx.text.paragraph import Paragraph as DocxParagraph

from liability_wizard.core.case import Case
from liability_wizard.core.evaluation import Evaluation
from liability_wizard.core.firm import FirmProfile
from liability_wizard.report.blocks import Block, Heading, Items, Label, Paragraph, Quote, Table
from liability_wizard.report.letter_content import letter_content
from liability_wizard.report.outline import Outline, outline

BODY_FONT = "宋体"
HEADING_FONT = "黑体"
LATIN_FONT = "Times New Roman"
#: name → (macOS counterpart, PANOSE, family class) for the font table. Windows knows 宋体/黑体 also as
#: SimSun/SimHei; the class and PANOSE let Word pick a serif or a sans where neither name exists.
FONT_TABLE = {
    BODY_FONT: ("Songti SC", "02010600030101010101", "roman"),
    HEADING_FONT: ("Heiti SC", "02010609060101010101", "modern"),
}
#: Style ids of python-docx's default template.
STYLE_IDS = {"Title": "Title", "Heading 1": "Heading1", "Heading 2": "Heading2"}
RED = RGBColor(0x7A, 0x1D, 0x1D)
GREY = RGBColor(0x55, 0x55, 0x55)
BODY_SIZE = Pt(11.5)
SMALL_SIZE = Pt(10.5)


def _fonts(run_or_style_rpr, east_asia: str) -> None:
    """Name the East Asian font (w:eastAsia) beside the Latin one, so Word does not fall back to its theme."""
    fonts = run_or_style_rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        run_or_style_rpr.insert(0, fonts)
    for key in ("w:ascii", "w:hAnsi", "w:cs"):
        fonts.set(qn(key), LATIN_FONT)
    fonts.set(qn("w:eastAsia"), east_asia)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)


def _font_table(doc: DocxDocument) -> None:
    """Describe 宋体 and 黑体 in the font table: serif/sans class, Chinese charset, macOS alternative."""
    from lxml import etree

    part = doc.part.part_related_by(RT.FONT_TABLE)
    root = etree.fromstring(part.blob)
    for name, (mac, panose, family) in FONT_TABLE.items():
        root.append(parse_xml(
            f'<w:font {nsdecls("w")} w:name="{name}"><w:altName w:val="{mac}"/>'
            f'<w:panose1 w:val="{panose}"/><w:charset w:val="86"/><w:family w:val="{family}"/>'
            f'<w:pitch w:val="variable"/></w:font>'))
    part._blob = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _styles(doc: DocxDocument) -> None:
    defaults = doc.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    _fonts(defaults, BODY_FONT)
    normal = doc.styles["Normal"]
    normal.font.size = BODY_SIZE
    _fonts(normal.element.get_or_add_rPr(), BODY_FONT)
    fmt = normal.paragraph_format
    fmt.line_spacing = 1.5
    fmt.space_after = Pt(4)
    # Chinese text wraps anywhere; no widow control so page breaks match the PDF more closely.
    fmt.widow_control = False
    for name, size in (("Title", Pt(22)), ("Heading 1", Pt(14)), ("Heading 2", Pt(11.5))):
        style = doc.styles[name]
        style.font.size, style.font.bold = size, True
        style.font.color.rgb = RGBColor(0x11, 0x11, 0x11)
        style.font.italic = False
        _fonts(style.element.get_or_add_rPr(), HEADING_FONT)
        style.paragraph_format.keep_with_next = True
        style.paragraph_format.space_before = Pt(12 if name == "Heading 1" else 8)
        style.paragraph_format.space_after = Pt(6 if name == "Heading 1" else 4)
        style.paragraph_format.first_line_indent = 0
    doc.styles["Title"].paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    # The default Title style draws a rule under itself; the letter's title has none.
    border = doc.styles["Title"].element.pPr.find(qn("w:pBdr"))
    if border is not None:
        doc.styles["Title"].element.pPr.remove(border)


#: Characters XML 1.0 cannot hold (C0 controls but tab and line feeds, lone surrogates, U+FFFE/U+FFFF);
#: the case format accepts them in free text, Word cannot store them, so they print as U+FFFD.
NOT_IN_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def _run(paragraph: DocxParagraph, text: str, *, bold: bool = False, size: Pt | None = None,
         color: RGBColor | None = None, font: str = BODY_FONT) -> None:
    run = paragraph.add_run(NOT_IN_XML.sub("\ufffd", text))
    run.bold = bold or None
    if size:
        run.font.size = size
    if color:
        run.font.color.rgb = color
    if bold or font != BODY_FONT:
        _fonts(run._r.get_or_add_rPr(), HEADING_FONT if bold else font)


def _border(paragraph: DocxParagraph, sides: tuple[str, ...], spec: str) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:pBdr {nsdecls("w")}>' + "".join(f"<w:{s} {spec}/>" for s in sides) + "</w:pBdr>"))


def _shade(paragraph: DocxParagraph, fill: str) -> None:
    paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="{fill}"/>'))


def _field(paragraph: DocxParagraph, instruction: str) -> None:
    """A field Word updates when it lays out the page (PAGE, NUMPAGES), with a placeholder result."""
    paragraph._p.append(parse_xml(
        f'<w:fldSimple {nsdecls("w")} w:instr=" {instruction} "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def _watermark(text: str) -> str:
    # A VML WordArt shape in the header, as Word itself writes a watermark; LibreOffice and WPS read it too.
    return (
        f'<w:p {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:o="urn:schemas-microsoft-com:office:office"><w:r><w:pict>'
        '<v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" '
        'path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/>'
        '<v:textpath on="t" fitshape="t"/></v:shapetype>'
        '<v:shape id="DraftWatermark" o:spid="_x0000_s2049" type="#_x0000_t136" '
        'style="position:absolute;margin-left:0;margin-top:0;width:360pt;height:140pt;rotation:330;'
        "z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;"
        'mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" '
        'fillcolor="#b40000" stroked="f"><v:fill opacity="0.12"/>'
        f'<v:textpath style="font-family:&quot;{HEADING_FONT}&quot;;font-size:1pt" string="{text}"/>'
        "</v:shape></w:pict></w:r></w:p>")


def _page_furniture(doc: DocxDocument, o: Outline) -> None:
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin, section.right_margin, section.bottom_margin, section.left_margin = (
        Mm(25), Mm(25), Mm(22), Mm(28))
    section.header_distance, section.footer_distance = Mm(12), Mm(10)
    section.different_first_page_header_footer = True  # the first page carries the letterhead instead
    for footer in (section.footer, section.first_page_footer):
        p = footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _run(p, "第 ", size=Pt(9))
        _field(p, "PAGE")
        _run(p, " 页 共 ", size=Pt(9))
        _field(p, "NUMPAGES")
        _run(p, " 页", size=Pt(9))
    header = section.header.paragraphs[0]
    header.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(header, o.running_header, size=Pt(8.5), color=GREY)
    if o.watermark:
        for part in (section.header, section.first_page_header):
            part._element.append(parse_xml(_watermark(o.watermark)))


def _letterhead(doc: DocxDocument, o: Outline, logo: Path | None) -> None:
    head = o.content.letterhead
    p = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
    if logo is not None:
        p.add_run().add_picture(str(logo), height=Mm(14))
        p.add_run(" ")
    _run(p, head.firm, bold=True, size=Pt(17), color=RED)
    contact = doc.add_paragraph()
    _run(contact, head.contact, size=Pt(9))
    _border(contact, ("bottom",), 'w:val="double" w:sz="12" w:space="4" w:color="7A1D1D"')
    _styled(doc, o.title, "Title").paragraph_format.space_before = Pt(24)
    for key, value in o.meta:
        p = doc.add_paragraph()
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.left_indent, p.paragraph_format.first_line_indent = Mm(16), Mm(-16)
        p.paragraph_format.tab_stops.add_tab_stop(Mm(16))
        _run(p, key + "\t", bold=True, size=Pt(10))
        _run(p, value, size=SMALL_SIZE)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)
    _run(doc.add_paragraph(), o.salutation)


def _indented(p: DocxParagraph) -> DocxParagraph:
    p.paragraph_format.first_line_indent = Pt(23)  # two characters
    return p


def _paragraph(doc: DocxDocument, b: Paragraph) -> None:
    p = doc.add_paragraph()
    kind = b.kind.split()[0] if b.kind else ""
    if kind in ("", "note", "fact", "definitions"):
        _indented(p)
    if b.label:
        _run(p, b.label, bold=True, color=RED if b.kind == "conclusion liable" else None)
    small = kind in ("note", "warning", "notes")
    _run(p, b.text, size=SMALL_SIZE if small else None,
         color=RGBColor(0xAA, 0x11, 0x11) if kind == "warning" else None)
    if kind == "summary":
        _border(p, ("left",), 'w:val="single" w:sz="18" w:space="8" w:color="7A1D1D"')
    elif kind == "warning":
        _border(p, ("top", "left", "bottom", "right"), 'w:val="single" w:sz="8" w:space="4" w:color="AA1111"')
    elif kind == "notes":
        _border(p, ("top", "left", "bottom", "right"), 'w:val="single" w:sz="4" w:space="4" w:color="BBBBBB"')


def _quote(doc: DocxDocument, b: Quote) -> None:
    for n, text in enumerate((b.reference, *b.lines)):
        p = doc.add_paragraph()
        fmt = p.paragraph_format
        fmt.left_indent, fmt.space_after, fmt.line_spacing = Pt(23), Pt(1), 1.35
        if n and not b.see_above:
            fmt.first_line_indent = Pt(21)
        fmt.keep_with_next = n == 0
        _shade(p, "F4F1EA")
        _border(p, ("left",), 'w:val="single" w:sz="12" w:space="6" w:color="B9AC8E"')
        _run(p, text, size=SMALL_SIZE, color=RGBColor(0x5A, 0x4A, 0x26) if n == 0 or b.see_above else None)


def _items(doc: DocxDocument, b: Items) -> None:
    # Numbers are typed, not Word list numbering: they then survive copy and paste between letters
    # and print the same in every Word and WPS version.
    for n, item in enumerate(b.items, start=1):
        p = doc.add_paragraph()
        fmt = p.paragraph_format
        fmt.left_indent, fmt.first_line_indent, fmt.space_after = Pt(25), Pt(-16), Pt(2)
        _run(p, f"{n}.\u2002{item}", size=SMALL_SIZE if b.kind == "declaration" else None)


def _cell_text(cell: _Cell, text: str, detail: str = "", *, bold: bool = False) -> None:
    p = cell.paragraphs[0]
    p.paragraph_format.space_after, p.paragraph_format.line_spacing = Pt(0), 1.3
    _run(p, text, bold=bold, size=Pt(10) if bold else SMALL_SIZE)
    if detail:
        d = cell.add_paragraph()
        d.paragraph_format.space_after = Pt(0)
        _run(d, detail, size=Pt(9))


def _table(doc: DocxDocument, b: Table) -> None:
    table = doc.add_table(rows=1, cols=len(b.head))
    table.style = doc.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    width = Mm(210 - 28 - 25)
    for cell, text in zip(table.rows[0].cells, b.head, strict=True):
        _cell_text(cell, text, bold=True)
        cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="EEEEEE"/>'))
    header_row = table.rows[0]._tr.get_or_add_trPr()
    header_row.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
    for row in b.rows:
        added = table.add_row()
        added._tr.get_or_add_trPr().append(parse_xml(f'<w:cantSplit {nsdecls("w")}/>'))
        cells = added.cells
        for cell, value in zip(cells, row, strict=True):
            _cell_text(cell, value.text, value.detail)
    for column, percent in zip(table.columns, b.widths, strict=True):
        for cell in column.cells:
            cell.width = int(width * percent / 100)
    doc.add_paragraph().paragraph_format.space_after = Pt(0)


def _styled(doc: DocxDocument, text: str, style: str) -> DocxParagraph:
    # The style id set directly: python-docx looks a style name up by XPath over all styles on every
    # call, which was most of the time a letter took.
    p = doc.add_paragraph()
    _run(p, text)
    p._p.style = STYLE_IDS[style]
    return p


def _block(doc: DocxDocument, b: Block) -> None:
    if isinstance(b, Heading):
        _styled(doc, b.text, "Heading 1" if b.level == 2 else "Heading 2")
    elif isinstance(b, Paragraph):
        _paragraph(doc, b)
    elif isinstance(b, Label):
        p = doc.add_paragraph()
        p.paragraph_format.keep_with_next = True
        p.paragraph_format.space_after = Pt(2)
        _run(p, b.text, bold=True, size=SMALL_SIZE)
    elif isinstance(b, Quote):
        _quote(doc, b)
    elif isinstance(b, Items):
        _items(doc, b)
    else:
        _table(doc, b)


def _signature(doc: DocxDocument, o: Outline) -> None:
    # One block kept on one page: the seal placeholder, then each line; a signer gets a line to sign on.
    p = doc.add_paragraph()
    p.paragraph_format.space_before, p.paragraph_format.keep_with_next = Pt(24), True
    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    _run(p, o.seal, size=Pt(8.5), color=RGBColor(0x99, 0x99, 0x99))
    for n, (key, value) in enumerate(o.signature):
        line = doc.add_paragraph()
        fmt = line.paragraph_format
        fmt.left_indent, fmt.keep_with_next, fmt.line_spacing, fmt.space_after = (
            Mm(20), n < len(o.signature) - 1, 1.5, Pt(2))
        fmt.tab_stops.add_tab_stop(Mm(45))
        _run(line, key + "\t", bold=True, size=SMALL_SIZE)
        _run(line, value, size=Pt(11))
        if n in o.signers:
            sign = doc.add_paragraph()
            sign.paragraph_format.left_indent, sign.paragraph_format.keep_with_next = Mm(45), True
            _run(sign, "＿" * 12 + o.sign_here, size=Pt(8.5), color=RGBColor(0x99, 0x99, 0x99))


def outline_docx(o: Outline, logo: Path | None = None) -> bytes:
    """The outline as .docx bytes."""
    doc = Document()
    doc.core_properties.title = NOT_IN_XML.sub("\ufffd", f"{o.title} {o.running_header}")
    doc.core_properties.author = NOT_IN_XML.sub("\ufffd", o.content.letterhead.firm[:255])
    _styles(doc)
    _font_table(doc)
    _page_furniture(doc, o)
    _letterhead(doc, o, logo)
    for block in o.blocks:
        _block(doc, block)
    _signature(doc, o)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def render_docx(case: Case, evaluation: Evaluation, firm: FirmProfile, *, letter_date: date,
                draft: bool = False) -> bytes:
    """The letter as .docx bytes, from the same content and outline as the PDF."""
    from liability_wizard.report.letter import logo_file

    logo = logo_file(firm)
    content = letter_content(case, evaluation, firm, letter_date=letter_date, draft=draft,
                             logo_url=logo.as_uri() if logo else "")
    return outline_docx(outline(content), logo)
