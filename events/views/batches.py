"""Admins' uploads and the live progress of a batch."""

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from events.forms import UploadForm
from events.ingest.formats import UploadError
from events.ingest.services import batch_retry_failed, batch_upload
from events.models import ArticleState, Batch
from events.views.access import permission_required


@permission_required("events.add_batch")
def upload(request: HttpRequest) -> HttpResponse:
    form = UploadForm(request.POST or None, request.FILES or None)
    error = None
    too_large = getattr(request, "upload_too_large", None) if request.method == "POST" else None
    if too_large:
        error = f"{too_large} is larger than the upload limit of {settings.UPLOAD_MAX_BYTES:,} bytes; nothing was stored."
    elif request.method == "POST" and form.is_valid():
        uploaded = form.cleaned_data["file"]
        try:
            batch = batch_upload(
                user=request.user, name=uploaded.name, data=uploaded.read(),
                source_name=form.cleaned_data["source"], published=form.cleaned_data["published"],
            )
            return redirect("batch", pk=batch.pk)
        except UploadError as refused:
            error = str(refused)
    status = 400 if error or form.errors else 200
    return render(request, "events/upload.html", {"form": form, "error": error}, status=status)


@permission_required("events.view_batch")
def batch_detail(request: HttpRequest, pk: int) -> HttpResponse:
    batch = get_object_or_404(Batch, pk=pk)
    context = {
        "batch": batch, "progress": batch.progress(),
        "failed": batch.articles.filter(state=ArticleState.FAILED),
    }
    template = "events/batch.html#progress" if request.htmx else "events/batch.html"
    return render(request, template, context)


@require_POST
@permission_required("events.add_batch")
def batch_retry(request: HttpRequest, pk: int) -> HttpResponse:
    batch_retry_failed(get_object_or_404(Batch, pk=pk))
    return redirect("batch", pk=pk)
