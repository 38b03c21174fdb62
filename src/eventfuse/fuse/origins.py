"""Origins: the first known source behind each claim, the unit of independent corroboration.

A claim's attribution runs from the outlet to its first known source: ("Newsweek", "Kyiv Post",
"Interfax-Ukraine", "unnamed intelligence sources"). Two claims share an origin when their last
links name the same source: the same named body, or unnamed sources of the same kind and
nationality ("intelligence sources" told to two Ukrainian outlets are one Ukrainian
intelligence origin). A syndicated copy inherits its original's outlet as the origin of what
it reports first-hand, so copies never add origins. Outlets and carriers are the `via`.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from dataclasses import dataclass

from eventfuse.extract.countries import alpha2, country_code, demonym
from eventfuse.model import Article, Claim, Origin

_ANONYMOUS = re.compile(r"\b(?:unnamed|anonymous|unidentified|sources?|officials?|witnesses|residents|insiders?)\b", re.I)
# Kinds of unnamed source, most specific first; the first that matches names the origin.
_KINDS = ["intelligence", "military", "security", "police", "government", "diplomatic", "medical", "hospital",
          "local", "witnesses", "residents", "officials"]


# Offices named by their role, in several languages. Inside one event, "the governor", "the Kharkiv
# regional governor's Telegram channel" and "der Gouverneur des Gebiets Charkiw" are one origin.
_ROLES: list[tuple[str, str]] = [
    ("governor", r"governor|gouverneur|gobernador|governatore|губернатор\w*|голова \w+ ова|начальник \w+ ова"),
    ("mayor", r"mayor|bürgermeister\w*|maire|alcalde|sindaco|мэр\w*|мер\w*|міськ\w+ голова"),
    ("emergency service", r"emergency service|emergencies ministry|rettungsdienst|katastrophenschutz|protection civile|дснс|мчс|гснс"),
    ("prosecutor", r"prosecutor\w*|staatsanwalt\w*|parquet|procureur|fiscal\w*|procura|прокурат\w*|прокуратур\w*"),
    ("police", r"police|polizei|policía|polizia|полици\w*|поліці\w*"),
    ("health ministry", r"health ministry|ministry of health|gesundheitsministerium|ministère de la santé|ministerio de salud|минздрав\w*|моз"),
    ("defence ministry", r"defen[cs]e ministry|ministry of defen[cs]e|verteidigungsministerium|ministère des armées|ministerio de defensa|минобороны|міноборони"),
    ("general staff", r"general staff|generalstab|état-major|генштаб\w*|генеральн\w+ штаб\w*"),
    ("organisers", r"organi[sz]ers|organisateurs|veranstalter|organizadores|organizzatori"),
]
_ROLE_RE = [(role, re.compile(rf"\b(?:{pattern})\b", re.I)) for role, pattern in _ROLES]
# National bodies differ by country ("Russia's defence ministry" is not Ukraine's); local offices do not need it.
_NATIONAL = {"defence ministry", "health ministry", "general staff", "emergency service"}


def _role(name: str) -> str | None:
    return next((role for role, pattern in _ROLE_RE if pattern.search(name)), None)


@dataclass(frozen=True)
class OriginRef:
    key: str
    name: str
    via: tuple[str, ...]


def _norm(name: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.I)).casefold()


def _country_of_name(name: str) -> str | None:
    """The country a source's name points to: "Kyiv Post" → UKR, "Interfax-Ukraine" → UKR."""
    words = re.split(r"[\s\-–/]+", name)
    for size in (2, 1):
        for i in range(len(words) - size + 1):
            code = country_code(" ".join(words[i : i + size]))
            if code:
                return code
    return None


def origin_of(claim: Claim, article: Article | None, original: Article | None = None) -> OriginRef:
    """The origin behind one claim, with the carriers it came through."""
    chain = list(claim.attribution)
    countries = list(claim.attribution_countries) + [None] * (len(chain) - len(claim.attribution_countries))
    if len(chain) <= 1:
        # First-hand reporting: the outlet is the origin; a copy's origin is its original's outlet.
        source_article = original or article
        outlet = (source_article.outlet if source_article and source_article.outlet else None) or (chain[0] if chain else claim.article)
        return OriginRef(f"named:{_norm(outlet)}", outlet, ())
    source = chain[-1]
    # "Residents told the Post": the outlet naming itself is not a carrier.
    outlet = _norm(chain[0])
    via = tuple(c for c in chain[1:-1] if _norm(c) not in outlet)
    role = _role(source)
    if role and not re.search(r"\b(?:unnamed|anonymous|sources?)\b", source, re.I):
        country = countries[-1] or _country_of_name(source) if role in _NATIONAL else None
        return OriginRef(f"role:{role}:{alpha2(country) or ''}", source, via)
    if not _ANONYMOUS.search(source):
        return OriginRef(f"named:{_norm(source)}", source, via)
    # Unnamed sources: their own nationality, else the nearest carrier's.
    country = countries[-1] or _country_of_name(source)
    for name, stated in zip(reversed(chain[1:-1]), reversed(countries[1:-1])):
        if country:
            break
        country = stated or _country_of_name(name)
    lowered = source.casefold()
    kind = next((k for k in _KINDS if k in lowered), "sources")
    plural = "sources" if re.search(r"sources|officials|witnesses|residents", lowered) else "source"
    label = {"witnesses": "witnesses", "residents": "residents", "officials": "officials"}.get(kind, f"{kind} {plural}")
    name = f"{demonym(country) + ' ' if country else ''}{label} (unnamed)"
    return OriginRef(f"unnamed:{alpha2(country) or '?'}:{kind}", name, via)


def origins(claims: list[Claim], articles: dict[str, Article]) -> list[Origin]:
    """The independent origins behind a set of claims, in order of first appearance."""
    merged: OrderedDict[str, dict] = OrderedDict()
    for claim in claims:
        article = articles.get(claim.article)
        original = articles.get(article.copy_of) if article and article.copy_of else None
        ref = origin_of(claim, article, original)
        entry = merged.setdefault(ref.key, {"name": ref.name, "via": [], "articles": []})
        if ref.key.startswith("role:") and len(ref.name) > len(entry["name"]) and ref.name.isascii() == entry["name"].isascii():
            entry["name"] = ref.name  # the fullest naming of the office: "Kharkiv regional governor"
        for carrier in ref.via:
            if _norm(carrier) not in {_norm(v) for v in entry["via"]}:
                entry["via"].append(carrier)
        if claim.article not in entry["articles"]:
            entry["articles"].append(claim.article)
    return [Origin(name=v["name"], via=tuple(v["via"]), articles=tuple(sorted(v["articles"])), key=k) for k, v in merged.items()]
