"""Where an outlet is, read from its web address: context for the places its reports name.

A local paper names towns of its own county without saying which state they are in, and
its web address often says it for them: a country-code domain names the outlet's country
(``.co.uk``, ``.ca``), and many papers are named after their home town
(a "Duluth Herald" at ``duluthherald.com``). Both go into the ranking as one more name
the article mentions, no stronger than that:

    >>> home("https://www.duluthherald.com/local/2024/story")
    Home(country='', towns=('duluthherald', 'duluth'))
    >>> home("http://news.example.ca/today")
    Home(country='CA', towns=('example',))

Which stretches name a place, and which place, stays for the ranking to decide, with the
article's other places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

# Country-code domains that are sold as generic ones (".tv", ".io", ".co", ".fm", ...): they
# say nothing about where an outlet is.
GENERIC_CCTLDS = frozenset("ai am cc co fm gg io la ly me mu nu tk to tv ws".split())
# Second-level labels under a country code ("co.uk", "com.au") and host prefixes that are no names.
_NO_NAME_LABELS = frozenset("www www2 m mobile amp news edition en co com net org ac gov edu info".split())
# Words newspapers and broadcasters are named with, around their town's name; a network's
# local station is named by the network and its market ("nbcnewyork", "foxchicago").
_OUTLET_WORDS = sorted(
    set("""
    the daily news times herald post press online register journal gazette tribune sentinel review
    star telegram courier chronicle dispatch mercury monitor beacon item advocate citizen record
    observer bulletin echo standard examiner leader independent sun globe free democrat republican
    enterprise eagle express live today weekly county state this is local now media radio tv web my
    evening morning sunday mail telegraph guardian reporter pi and argus banner bee call clarion
    constitution inquirer ledger messenger mirror paper patriot pioneer dealer progress republic
    signal spectator statesman union voice world watchman age focus wire report journalnews
    newspaper newspapers recorder courant
    nbc abc cbs fox pbs npr cw
    """.split()),
    key=len,
    reverse=True,
)
_MIN_TOWN = 4  # shorter leftovers ("la" of latimes, "sp" of sptimes) name nothing safely


@dataclass(frozen=True)
class Home:
    """What an outlet's address says about where it is."""

    country: str  # ISO alpha-2 of its country-code domain, or "" when it has none
    towns: tuple[str, ...]  # name keys that may be its home town, longest first


NOWHERE = Home("", ())


def home(url_or_domain: str | None) -> Home:
    """The country and the possible home-town names an outlet's URL or domain gives."""
    if not url_or_domain:
        return NOWHERE
    value = url_or_domain.strip().lower()
    host = urlsplit(value if "//" in value else "//" + value).hostname or ""
    return _home(host)


@lru_cache(maxsize=4096)
def _home(host: str) -> Home:
    labels = [x for x in host.split(".") if x]
    if len(labels) < 2:
        return NOWHERE
    tld = labels[-1]
    country = ""
    if len(tld) == 2 and tld.isalpha() and tld not in GENERIC_CCTLDS:
        country = "GB" if tld == "uk" else tld.upper()
    towns: list[str] = []
    for label in labels[:-1]:
        if label in _NO_NAME_LABELS:
            continue
        for part in re.split(r"[-_\d]+", label):
            for run in _leftovers(part):
                if len(run) >= _MIN_TOWN and run not in towns:
                    towns.append(run)
    return Home(country, tuple(sorted(towns, key=len, reverse=True)))


def _leftovers(label: str) -> list[str]:
    """Every stretch of `label` that outlet words alone may stand around: "parisbeacon"
    gives "paris" and "parisbeacon", "springfieldnewssun" gives "springfield" among others.
    The ranking keeps those that name a place."""
    n = len(label)
    head = _outlet_word_prefixes(label)
    # tail[j]: label[j:] is a run of outlet words (or empty)
    tail = [False] * n + [True]
    for j in range(n - 1, -1, -1):
        tail[j] = any(label.startswith(w, j) and tail[j + len(w)] for w in _OUTLET_WORDS)
    runs = [label[i:j] for i in range(n) if head[i] for j in range(n, i, -1) if tail[j]]
    return [r for r in runs if not _only_outlet_words(r)]


def _outlet_word_prefixes(text: str) -> list[bool]:
    """For each i, whether text[:i] is a run of outlet words (the empty prefix is)."""
    head = [True] + [False] * len(text)
    for i in range(1, len(text) + 1):
        head[i] = any(i >= len(w) and head[i - len(w)] and text[i - len(w) : i] == w for w in _OUTLET_WORDS)
    return head


def _only_outlet_words(run: str) -> bool:
    return _outlet_word_prefixes(run)[-1]
