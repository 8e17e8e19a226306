"""What the letter may load: the program's own resource and template folders and the chosen logo.

User text is escaped into the letter, so it can name no URL; this fetcher is the second wall.
Anything else — other files, http(s), data: URLs — is refused (WeasyPrint then leaves the
resource out), and every request is recorded so a test can prove nothing else was asked for.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import unquote, urlsplit
from urllib.request import url2pathname

from liability_wizard.paths import resources_dir, templates_dir


class RefusedURLError(PermissionError):
    """A URL outside what the letter may load."""


@dataclass(slots=True)
class FetchLog:
    """Every URL asked for, and whether it was served."""

    served: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)

    @property
    def requested(self) -> list[str]:
        return self.served + self.refused


def _local_path(url: str) -> Path | None:
    parts = urlsplit(url)
    if parts.scheme != "file" or parts.netloc not in ("", "localhost"):
        return None
    return Path(url2pathname(unquote(parts.path))).resolve()


def _is_inside(path: Path, folder: Path) -> bool:
    return path.is_relative_to(folder.resolve())


def make_fetcher(logo: Path | None = None, log: FetchLog | None = None):  # -> weasyprint URLFetcher
    """A WeasyPrint URL fetcher serving only our folders and ``logo``; imports WeasyPrint."""
    from weasyprint.urls import URLFetcher, URLFetcherResponse

    folders = (resources_dir(), templates_dir())
    allowed_file = logo.resolve() if logo else None
    record = log if log is not None else FetchLog()

    class ResourceFetcher(URLFetcher):
        fetch_log = record

        def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
            path = _local_path(url)
            allowed = path is not None and path.is_file() and (
                path == allowed_file or any(_is_inside(path, folder) for folder in folders))
            if not allowed:
                record.refused.append(url)
                raise RefusedURLError(f"信函不加载此地址：{url}")
            record.served.append(url)
            content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
            return URLFetcherResponse(url, path.read_bytes(), {"Content-Type": content_type})

    return ResourceFetcher()
