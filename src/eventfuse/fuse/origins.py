"""Origins: the first known source behind each claim, the unit of independent corroboration.

A claim's attribution runs from the outlet to its first known source: ("Newsweek", "Kyiv Post",
"Interfax-Ukraine", "unnamed intelligence sources"). Two claims share an origin when their last
links name the same source: the same named body, or unnamed sources of the same kind and
nationality ("intelligence sources" told to two Ukrainian outlets are one Ukrainian
intelligence origin). A syndicated copy inherits its original's outlet as the origin of what
it reports first-hand, so copies never add origins. Outlets and carriers are the `via`.

The chains of one event's claims form a graph: each link cites the next (Newsweek → Kyiv Post →
unnamed intelligence sources). When the graph has a cycle (A cites B, and B cites A), no first
source is known: every claim that ends in the cycle has one origin, the loop itself, marked as
circular reporting, and counts once however many outlets took part.

A partisan origin is a party to the fighting speaking of it: the defence ministry, the general
staff, or the military, intelligence, security or government sources of a country that is an
actor or a recipient in the event. Its claims are kept, flagged (`partisan`), and reconcile
prefers neutral figures when there are any.
"""

from __future__ import annotations

import re
from collections import OrderedDict, defaultdict
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


def citations(claims: list[Claim]) -> list[tuple[str, str, tuple[str, ...]]]:
    """The citation graph of a set of claims: (carrier, the source it cites, articles), one per edge.

    >>> c = Claim("killed", "20", "a1", (0, 2), attribution=("Newsweek", "Kyiv Post", "unnamed sources"))
    >>> [(a, b) for a, b, _ in citations([c])]
    [('Newsweek', 'Kyiv Post'), ('Kyiv Post', 'unnamed sources')]
    """
    edges: OrderedDict[tuple[str, str], dict] = OrderedDict()
    for claim in claims:
        chain = list(claim.attribution)
        for carrier, source in zip(chain, chain[1:]):
            if _norm(carrier) == _norm(source):
                continue
            entry = edges.setdefault((_norm(carrier), _norm(source)), {"names": (carrier, source), "articles": set()})
            entry["articles"].add(claim.article)
    return [(v["names"][0], v["names"][1], tuple(sorted(v["articles"]))) for v in edges.values()]


def circular(claims: list[Claim]) -> list[tuple[str, ...]]:
    """Groups of sources that cite one another in a loop (A cites B cites A), by name, each sorted."""
    graph: dict[str, set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    for carrier, source, _ in citations(claims):
        graph[_norm(carrier)].add(_norm(source))
        names.setdefault(_norm(carrier), carrier)
        names.setdefault(_norm(source), source)
    return [tuple(sorted(names[n] for n in group)) for group in _cycles(graph)]


def _cycles(graph: dict[str, set[str]]) -> list[set[str]]:
    """Strongly connected components with more than one node (Tarjan; graphs here are small)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[set[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = set()
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.add(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(group)

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def claim_origins(claims: list[Claim], articles: dict[str, Article]) -> list[OriginRef]:
    """The origin of each claim, in order, with circular reporting resolved across all of them."""
    loops = circular(claims)
    member = {_norm(name): loop for loop in loops for name in loop}
    refs = []
    for claim in claims:
        article = articles.get(claim.article)
        original = articles.get(article.copy_of) if article and article.copy_of else None
        ref = origin_of(claim, article, original)
        chain = [_norm(c) for c in claim.attribution]
        loop = next((member[c] for c in reversed(chain) if c in member), None)
        if loop is not None:
            ref = OriginRef("circular:" + "|".join(_norm(n) for n in loop), f"circular reporting: {' ⇄ '.join(loop)}", ())
        refs.append(ref)
    return refs


def origins(claims: list[Claim], articles: dict[str, Article], refs: list[OriginRef] | None = None) -> list[Origin]:
    """The independent origins behind a set of claims, in order of first appearance.

    `refs` are the claims' `claim_origins`, when the caller has already worked them out.
    """
    merged: OrderedDict[str, dict] = OrderedDict()
    for claim, ref in zip(claims, refs if refs is not None else claim_origins(claims, articles)):
        entry = merged.setdefault(ref.key, {"name": ref.name, "via": [], "articles": []})
        if ref.key.startswith("role:") and len(ref.name) > len(entry["name"]) and ref.name.isascii() == entry["name"].isascii():
            entry["name"] = ref.name  # the fullest naming of the office: "Kharkiv regional governor"
        for carrier in ref.via:
            if _norm(carrier) not in {_norm(v) for v in entry["via"]}:
                entry["via"].append(carrier)
        if claim.article not in entry["articles"]:
            entry["articles"].append(claim.article)
    return [Origin(name=v["name"], via=tuple(v["via"]), articles=tuple(sorted(v["articles"])), key=k) for k, v in merged.items()]


_PARTISAN_ROLES = {"defence ministry", "general staff"}
_PARTISAN_KINDS = {"military", "intelligence", "security", "government"}
_OFFICIAL_ROLES = {"governor", "mayor", "emergency service", "prosecutor", "police", "health ministry"}


def is_partisan(origin_key: str | None, parties: set[str]) -> bool:
    """Whether an origin is a party to the event speaking of it; `parties` are alpha-3 country codes.

    >>> is_partisan("role:defence ministry:RU", {"RUS", "UKR"}), is_partisan("role:mayor:", {"RUS"})
    (True, False)
    """
    if not origin_key:
        return False
    parts = origin_key.split(":")
    countries = {alpha2(p) for p in parties} - {None}
    if parts[0] == "role" and len(parts) >= 3 and parts[1] in _PARTISAN_ROLES:
        return not parts[2] or parts[2] in countries
    if parts[0] == "unnamed" and len(parts) >= 3 and parts[2] in _PARTISAN_KINDS:
        return parts[1] in countries
    return False


def is_official(origin_key: str | None) -> bool:
    """Whether an origin is a civil authority that counts casualties (governor, emergency service, ...)."""
    parts = (origin_key or "").split(":")
    return parts[0] == "role" and len(parts) >= 2 and parts[1] in _OFFICIAL_ROLES


def value_key(claim: Claim) -> tuple:
    """What two claims must share to state the same value ("20" and "twenty" do; "20" and "over 20" do not)."""
    if claim.field in ("killed", "injured"):
        return (claim.field, claim.low, claim.high, (claim.who_country or claim.who or "").casefold())
    return (claim.field, (claim.normalized or claim.value).casefold())


def support(claims: list[Claim]) -> list[int]:
    """For each claim (with `origin` set), how many independent origins state the same value."""
    by_value: dict[tuple, set[str]] = defaultdict(set)
    for claim in claims:
        by_value[value_key(claim)].add(claim.origin or f"article:{claim.article}")
    return [len(by_value[value_key(c)]) for c in claims]
