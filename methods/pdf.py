"""A method guide, or only its checklist, as a PDF: real text, DejaVu Sans (in the site's font stack, and
covering å, ä, ö), A4, boxes to tick by hand. Rendered by WeasyPrint from an HTML template."""

from django.contrib.staticfiles import finders
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

PDF_CSS = "css/pdf.css"


def guide_pdf_response(page, request, *, checklist_only=False):
    # Imported here: WeasyPrint loads Debian's Pango, which only PDFs need.
    from weasyprint import HTML

    context = page.get_context(request)
    with open(finders.find(PDF_CSS), encoding="utf-8") as css:
        context.update(checklist_only=checklist_only, pdf_css=css.read())
    html = render_to_string("methods/method_guide_pdf.html", context, request=request)
    pdf = HTML(string=html, base_url=request.build_absolute_uri(page.url)).write_pdf()
    name = f"{page.slug}-{_('checklista')}.pdf" if checklist_only else f"{page.slug}.pdf"
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response
