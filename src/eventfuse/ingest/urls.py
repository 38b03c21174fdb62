"""Article URLs in one canonical form, so that one page shared twice is one URL."""

from __future__ import annotations

from urllib.parse import unquote_plus, urlsplit, urlunsplit

# Query parameters that say who shared a link, not which page it is.
TRACKING_PREFIXES = ("utm_", "mc_", "pk_", "mtm_", "__hs", "_hsenc", "hsa_", "vero_", "oly_")
TRACKING_PARAMETERS = {
    "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid",
    "igshid", "ttclid", "li_fat_id", "mkt_tok", "_ga", "_gl", "ocid", "cmpid", "ncid",
    "sr_share", "smid", "at_medium", "at_campaign", "ref_src", "s_cid", "wt.mc_id",
}
DEFAULT_PORTS = {"http": 80, "https": 443}


def normalise_url(url: str | None) -> str | None:
    """The URL with tracking parameters and the fragment removed and scheme and host lower-cased.

    >>> normalise_url("HTTPS://News.Example.COM/a/b?id=7&utm_source=tw&fbclid=x#comments")
    'https://news.example.com/a/b?id=7'

    Other parameters keep their order (some sites need it). Text that is not an http(s)
    URL is returned stripped but otherwise untouched: it is still worth keeping for audit.
    """
    if url is None:
        return None
    url = url.strip()
    if not url:
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        return url
    host = parts.hostname  # urlsplit lower-cases it
    if ":" in host:
        host = f"[{host}]"  # IPv6
    if port is not None and port != DEFAULT_PORTS[scheme]:
        host = f"{host}:{port}"
    if parts.username or parts.password:
        userinfo = parts.username or ""
        if parts.password:
            userinfo += f":{parts.password}"
        host = f"{userinfo}@{host}"
    # Filter the raw "key=value" items rather than decode and re-encode them, so the
    # parameters that stay are byte for byte what the site wrote.
    query = "&".join(
        item for item in parts.query.split("&") if item and not _is_tracking(item.split("=", 1)[0])
    )
    return urlunsplit((scheme, host, parts.path or "/", query, ""))


def _is_tracking(key: str) -> bool:
    key = unquote_plus(key).lower()
    return key in TRACKING_PARAMETERS or key.startswith(TRACKING_PREFIXES)
