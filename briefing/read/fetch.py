"""Fetching a URL input: optional, bounded in time and size, never used by offline runs or tests
of the other readers. Feeds and pages are told apart by their content type, then by sniffing."""

from __future__ import annotations

import urllib.error
import urllib.request

from briefing.errors import InputError

TIMEOUT_SECONDS = 15.0
MAX_BYTES = 10 * 1024 * 1024
_USER_AGENT = "briefing/0.1 (+daily news brief)"


def is_url(name: str) -> bool:
    return name.startswith(("http://", "https://"))


def fetch(url: str, *, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_BYTES) -> tuple[bytes, str | None]:
    """The body of ``url`` and the input kind its content type names ("feed", "html" or None)."""
    request = urllib.request.Request(url, headers={"User-Agent": _USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(max_bytes + 1)
            content_type = (response.headers.get_content_type() or "").lower()
    except urllib.error.HTTPError as error:
        raise InputError(url, f"HTTP error {error.code}") from None
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", error)
        raise InputError(url, f"cannot fetch ({reason})") from None
    if len(data) > max_bytes:
        raise InputError(url, f"response is larger than {max_bytes // 2**20} MiB")
    if "rss" in content_type or "atom" in content_type or content_type.endswith("/xml"):
        return data, "feed"
    if "html" in content_type:
        return data, "html"
    return data, None
