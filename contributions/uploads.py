"""Uploads are bounded while they arrive, not after: a file that passes its limit stops the request there.

Django's own handlers store a whole upload (in memory or a temporary file) before any form can look at its
size, so a 500 MB file used to be read to the end before the 400. ``BoundedUploadHandler`` comes first in
FILE_UPLOAD_HANDLERS, counts each file's bytes as they are read and raises StopUpload as soon as one passes
its limit, without reading the rest of the request. What came before the file in the form (the typed text)
is kept; ``request.refused_upload`` tells the view which file it was.

Limits: people without admin access (the public "Share a routine" form) may send MAX_ATTACHMENTS files of
at most MAX_ATTACHMENT_BYTES each; editors with admin access get EDITOR_UPLOAD_MAX_BYTES per request. The
proxy in front should refuse bigger bodies before they reach the site (README, "Security").
"""

from dataclasses import dataclass

from django.conf import settings
from django.core.files.uploadhandler import FileUploadHandler, StopUpload

from .forms import MAX_ATTACHMENT_BYTES, MAX_ATTACHMENTS


@dataclass
class RefusedUpload:
    field_name: str
    file_name: str
    limit: int


def upload_limits(request):
    """(bytes per file, bytes of files per request) for this request's user."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated and user.has_perm("wagtailadmin.access_admin"):
        return settings.EDITOR_UPLOAD_MAX_BYTES, settings.EDITOR_UPLOAD_MAX_BYTES
    return MAX_ATTACHMENT_BYTES, MAX_ATTACHMENT_BYTES * MAX_ATTACHMENTS


class BoundedUploadHandler(FileUploadHandler):
    def handle_raw_input(self, input_data, META, content_length, boundary, encoding=None):
        self.file_limit, self.total_limit = upload_limits(self.request)
        self.total = 0

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.file_bytes = 0

    def receive_data_chunk(self, raw_data, start):
        self.file_bytes += len(raw_data)
        self.total += len(raw_data)
        if self.file_bytes > self.file_limit or self.total > self.total_limit:
            limit = self.file_limit if self.file_bytes > self.file_limit else self.total_limit
            self.request.refused_upload = RefusedUpload(self.field_name, self.file_name, limit)
            # connection_reset: Django stops reading the request body here instead of draining it.
            raise StopUpload(connection_reset=True)
        return raw_data  # on to the handler that stores it

    def file_complete(self, file_size):
        return None  # the next handler makes the file
