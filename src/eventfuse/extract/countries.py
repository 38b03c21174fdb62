"""Country names and demonyms → ISO 3166-1 alpha-3 codes, as CAMEO/PLOVER actor codes use.

pycountry supplies the official and common names; the demonyms and short forms that news
text actually uses ("North Korean", "Russian", "the US") are listed here, since no
package ships them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import pycountry

# Demonyms and everyday names that pycountry does not carry. Lower-case keys.
_EXTRA = {
    "PRK": "north korea|north korean|north koreans|dprk|pyongyang",
    "KOR": "south korea|south korean|south koreans|seoul",
    "RUS": "russia|russian|russians|kremlin|moscow|russische|russischen|russischer|russe|russes|ruso|rusos|russo|russi|россия|российский|российские|российских|росія|російський|російські|російських",
    "UKR": "ukraine|ukrainian|ukrainians|kyiv|kiev|ukrainische|ukrainischen|ukrainischer|ukrainien|ukrainienne|ukrainiens|ucraniano|ucranianos|ucraino|ucraini|украина|украинский|украинские|україна|український|українські|українських|зсу",
    "USA": "us|u.s.|usa|u.s.a.|united states|america|american|americans|washington|pentagon|amerikanische|américain|américaine|américains|estadounidense|americano|americani",
    "GBR": "uk|u.k.|britain|great britain|british|britons|england|english|scotland|scottish|wales|welsh|london",
    "IRN": "iran|iranian|iranians|tehran",
    "ISR": "israel|israeli|israelis|idf",
    "PSE": "palestine|palestinian|palestinians|gaza|west bank",
    "SYR": "syria|syrian|syrians|damascus",
    "IRQ": "iraq|iraqi|iraqis|baghdad",
    "AFG": "afghanistan|afghan|afghans|kabul",
    "PAK": "pakistan|pakistani|pakistanis|islamabad",
    "IND": "india|indian|indians",
    "CHN": "china|chinese|beijing",
    "TUR": "turkey|turkish|turks|türkiye|ankara",
    "YEM": "yemen|yemeni|yemenis|houthi|houthis",
    "SAU": "saudi|saudis|saudi arabia|saudi arabian",
    "LBN": "lebanon|lebanese|hezbollah|beirut",
    "EGY": "egypt|egyptian|egyptians",
    "LBY": "libya|libyan|libyans",
    "SDN": "sudan|sudanese",
    "SSD": "south sudan|south sudanese",
    "ETH": "ethiopia|ethiopian|ethiopians",
    "SOM": "somalia|somali|somalis|al-shabaab",
    "KEN": "kenya|kenyan|kenyans|nairobi",
    "NGA": "nigeria|nigerian|nigerians",
    "MLI": "mali|malian|malians",
    "BFA": "burkina faso|burkinabe|burkinabè",
    "NER": "niger|nigerien|nigeriens",
    "TCD": "chad|chadian|chadians",
    "CMR": "cameroon|cameroonian|cameroonians",
    "COD": "congo|congolese|drc|dr congo|democratic republic of congo|democratic republic of the congo",
    "COG": "republic of congo|congo-brazzaville",
    "BDI": "burundi|burundian|burundians",
    "RWA": "rwanda|rwandan|rwandans",
    "UGA": "uganda|ugandan|ugandans",
    "SEN": "senegal|senegalese|dakar",
    "MOZ": "mozambique|mozambican|mozambicans",
    "ZAF": "south africa|south african|south africans",
    "ZWE": "zimbabwe|zimbabwean|zimbabweans",
    "DZA": "algeria|algerian|algerians",
    "MAR": "morocco|moroccan|moroccans",
    "TUN": "tunisia|tunisian|tunisians",
    "MMR": "myanmar|burma|burmese",
    "PHL": "philippines|philippine|filipino|filipinos",
    "IDN": "indonesia|indonesian|indonesians",
    "THA": "thailand|thai",
    "COL": "colombia|colombian|colombians",
    "MEX": "mexico|mexican|mexicans",
    "VEN": "venezuela|venezuelan|venezuelans",
    "BRA": "brazil|brazilian|brazilians",
    "HTI": "haiti|haitian|haitians",
    "FRA": "france|french|frenchman|paris|frankreich|französische|français|française|francés|francese",
    "DEU": "germany|german|germans|berlin|deutschland|deutsche|deutschen|allemand|allemande|alemán|tedesco",
    "POL": "poland|polish|poles|warsaw",
    "BLR": "belarus|belarusian|belarusians|minsk",
    "GEO": "georgia|georgian|georgians|tbilisi",
    "ARM": "armenia|armenian|armenians|yerevan",
    "AZE": "azerbaijan|azerbaijani|azerbaijanis|azeri|baku",
    "MDA": "moldova|moldovan|moldovans",
    "SRB": "serbia|serbian|serbs",
    "BIH": "bosnia|bosnian|bosnians",
    "JPN": "japan|japanese|tokyo",
    "TWN": "taiwan|taiwanese|taipei",
    "VNM": "vietnam|vietnamese",
    "NLD": "netherlands|the netherlands|dutch|holland",
    "ITA": "italy|italian|italians|rome",
    "ESP": "spain|spanish|spaniards|madrid",
    "CAN": "canada|canadian|canadians",
    "AUS": "australia|australian|australians",
    "JOR": "jordan|jordanian|jordanians",
    "QAT": "qatar|qatari|qataris",
    "ARE": "uae|emirati|emiratis|united arab emirates",
    "KWT": "kuwait|kuwaiti",
    "BHR": "bahrain|bahraini",
    "OMN": "oman|omani",
    "CAF": "central african republic|central african",
    "LKA": "sri lanka|sri lankan",
    "BGD": "bangladesh|bangladeshi",
    "NPL": "nepal|nepalese|nepali",
    "ERI": "eritrea|eritrean|eritreans",
    "HUN": "hungary|hungarian|hungarians",
    "ROU": "romania|romanian|romanians",
    "GRC": "greece|greek|greeks",
    "PER": "peru|peruvian|peruvians",
    "ECU": "ecuador|ecuadorian|ecuadorians",
    "BOL": "bolivia|bolivian|bolivians",
    "ARG": "argentina|argentine|argentinian|argentines",
    "CHL": "chile|chilean|chileans",
    "CUB": "cuba|cuban|cubans",
    "NIC": "nicaragua|nicaraguan",
    "HND": "honduras|honduran",
    "GTM": "guatemala|guatemalan",
    "SLV": "el salvador|salvadoran",
}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().strip()
    return re.sub(r"^(the|der|die|das|le|la|les|l'|el|los|las|il|lo)\s+", "", text)


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                table.setdefault(_fold(value), country.alpha_3)
    for code, names in _EXTRA.items():
        for name in names.split("|"):
            table[_fold(name)] = code
    return table


def country_code(text: str) -> str | None:
    """The alpha-3 code for a country name or demonym, else None.

    >>> country_code("North Korean")
    'PRK'
    """
    folded = _fold(text)
    code = _table().get(folded)
    if code is None and folded.endswith("s"):
        code = _table().get(folded[:-1])
    return code


def alpha2(alpha3: str | None) -> str | None:
    if not alpha3:
        return None
    country = pycountry.countries.get(alpha_3=alpha3)
    return country.alpha_2 if country else None


_DEMONYM = {
    "PRK": "North Korean", "KOR": "South Korean", "RUS": "Russian", "UKR": "Ukrainian", "USA": "US",
    "GBR": "British", "IRN": "Iranian", "ISR": "Israeli", "PSE": "Palestinian", "SYR": "Syrian",
    "IRQ": "Iraqi", "AFG": "Afghan", "FRA": "French", "DEU": "German", "CHN": "Chinese",
    "TUR": "Turkish", "KEN": "Kenyan", "SEN": "Senegalese", "MLI": "Malian", "NGA": "Nigerian",
    "SDN": "Sudanese", "SOM": "Somali", "YEM": "Yemeni", "LBN": "Lebanese", "BFA": "Burkinabe",
    "NER": "Nigerien", "COD": "Congolese", "BDI": "Burundian", "POL": "Polish", "BLR": "Belarusian",
}


def demonym(alpha3: str | None) -> str | None:
    """An adjective for a country ("Ukrainian"), falling back to its common name."""
    if not alpha3:
        return None
    if alpha3 in _DEMONYM:
        return _DEMONYM[alpha3]
    country = pycountry.countries.get(alpha_3=alpha3)
    return getattr(country, "common_name", None) or (country.name if country else None)
