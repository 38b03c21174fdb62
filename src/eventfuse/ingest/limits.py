"""How much text one article may carry.

Reports are a few kilobytes; a text of megabytes is a mis-parsed dump, a log or a book,
and would stall the NLP stages. The limit is counted in UTF-8 bytes, like the files.
"""

from __future__ import annotations

import os

DEFAULT_MAX_TEXT_BYTES = 5 * 1024 * 1024
ENV_MAX_TEXT_BYTES = "EVENTFUSE_MAX_TEXT_BYTES"


def max_text_bytes(override: int | None = None) -> int:
    """The text limit: `override` if given, else $EVENTFUSE_MAX_TEXT_BYTES, else 5 MiB."""
    if override is not None:
        return override
    value = os.environ.get(ENV_MAX_TEXT_BYTES, "").strip()
    if not value:
        return DEFAULT_MAX_TEXT_BYTES
    try:
        limit = int(value.replace("_", ""))
    except ValueError:
        limit = 0
    if limit <= 0:
        raise ValueError(
            f"{ENV_MAX_TEXT_BYTES}={value!r} is not a positive whole number of bytes; "
            f"set it like {ENV_MAX_TEXT_BYTES}={DEFAULT_MAX_TEXT_BYTES} or unset it for the default"
        )
    return limit


def too_large(size: int, limit: int, what: str = "text") -> str | None:
    """A message saying why `size` bytes of `what` is skipped, or None when it fits."""
    if size <= limit:
        return None
    return (
        f"{what} is {size:,} bytes, over the {limit:,}-byte limit; skipped "
        f"(raise {ENV_MAX_TEXT_BYTES} to read it)"
    )


def text_too_large(text: str, limit: int) -> str | None:
    """`too_large` for a decoded text, measured in UTF-8 bytes."""
    # Most texts are far under the limit; skip encoding them when even 4 bytes a character fits.
    if len(text) * 4 <= limit:
        return None
    return too_large(len(text.encode("utf-8", "surrogatepass")), limit)
