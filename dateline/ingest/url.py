"""URLs given on the command line, fetched with httpx under guards.

A timeout, a size cap (the per-document limit), a limit on redirects (each hop checked again), and
hosts on private, loopback, link-local or otherwise non-public addresses refused unless
``Options.allow_private``: a URL from an untrusted list must not reach the machine's own network.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from urllib.parse import urljoin, urlsplit

from ..options import Options
from ._common import InputProblem, Item, decode_bytes
from .html import html_article
from .text import text_article

USER_AGENT = "dateline (news event extraction; +https://pypi.org/project/dateline/)"


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


class FetchRefused(Exception):
    pass


def read_url(url: str, options: Options) -> Iterator[Item]:
    import httpx

    try:
        body, final_url, content_type = _fetch(url, options)
    except FetchRefused as exc:
        yield InputProblem(url, str(exc))
        return
    except httpx.HTTPError as exc:
        yield InputProblem(url, f"could not fetch ({type(exc).__name__}: {exc or 'no detail'})")
        return
    if not body.strip():
        yield InputProblem(url, "empty response")
        return
    decoded = decode_bytes(body)
    if decoded is None:
        yield InputProblem(url, f"binary response ({content_type or 'no content type'}), not a page")
        return
    text = decoded[0]
    if "html" in content_type or text.lstrip()[:1] == "<":
        yield html_article(text, url, None, url=final_url, fmt="url")
    else:
        article = text_article(text, url, None)
        article.url = final_url
        yield article


def _fetch(url: str, options: Options) -> tuple[bytes, str, str]:
    import httpx

    timeout = httpx.Timeout(options.fetch_timeout)
    with httpx.Client(timeout=timeout, follow_redirects=False, trust_env=False,
                      headers={"User-Agent": USER_AGENT}) as client:
        for _ in range(options.max_redirects + 1):
            _check_host(url, options)
            with client.stream("GET", url) as response:
                if response.is_redirect:
                    location = response.headers.get("location")
                    if not location:
                        raise FetchRefused(f"redirect ({response.status_code}) without a location")
                    url = urljoin(url, location)
                    continue
                if response.status_code >= 400:
                    raise FetchRefused(f"server answered {response.status_code} {response.reason_phrase}")
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > options.max_input_bytes:
                    raise FetchRefused(f"page is {int(declared):,} bytes, over the limit of "
                                       f"{options.max_input_bytes:,}")
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > options.max_input_bytes:
                        raise FetchRefused(f"page is over the limit of {options.max_input_bytes:,} bytes")
                    chunks.append(chunk)
                return b"".join(chunks), url, response.headers.get("content-type", "").lower()
    raise FetchRefused(f"more than {options.max_redirects} redirects")


def _check_host(url: str, options: Options) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchRefused(f"not an http(s) URL: {url}")
    if options.allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 80, proto=socket.IPPROTO_TCP)
    except socket.gaierror as exc:
        raise FetchRefused(f"cannot resolve host '{parts.hostname}' ({exc.strerror})") from exc
    for info in infos:
        address = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not address.is_global:
            raise FetchRefused(f"host '{parts.hostname}' is a private, loopback or link-local address "
                               f"({address}); refused (use --allow-private to fetch it)")
