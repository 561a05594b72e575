// Gazetteer: a general world lexicon of countries, cities, sub-national regions, continents / world
// regions, geographic features and well-known organizations (including news media), together with
// the word lists a named-entity matcher needs (place suffixes, organization head words, and
// capitalized adjectives that are not entities on their own).
//
// This is a GENERAL lexicon. It is not tuned to any particular article or corpus and must never be:
// entries are included because they are commonly mentioned in English-language news in general.
// Sources: general knowledge (UN membership, national capitals, common English exonyms, widely used
// news-style spellings and abbreviations). No external data files are read.
//
// Table format (parsed once in the static constructor):
//   item  = "Name=alias1;alias2=demonym1;demonym2"   (empty parts may be omitted: "Name", "Name=alias")
//   group = "Country|item|item|..."                   (cities and regions; "-" means no single country)
// In each city group the national capital is listed first (except for city-states and countries whose
// capital has the same name as the country, which the country entry already covers).
//
// Every surface form (name or alias) maps to exactly ONE entry, and every demonym to exactly one entry.
// Accent-free spellings ("Sao Paulo") and typographic-apostrophe spellings ("Côte d’Ivoire") are
// generated automatically as extra aliases, unless the generated form already belongs to another entry.
//
// Ambiguity decisions (the caller is expected to resolve context-dependent readings):
//   * "Georgia" is the country; the US state is deliberately omitted (Atlanta still maps to United States).
//   * "Washington" is Washington, D.C.; the state is "Washington State". "New York" is New York City;
//     the state is "New York State".
//   * "Victoria" is the Australian state; the Seychelles capital is listed as "Victoria, Seychelles".
//   * "Congo" and "Congolese" map to the Democratic Republic of the Congo (news usage); the other Congo is
//     "Republic of the Congo" / "Congo-Brazzaville".
//   * "Central African" is the demonym of the Central African Republic, not of the region Central Africa.
//   * "Dominican" is the Dominican Republic (Dominica has no demonym here).
//   * "Congress", "Senate", "House of Representatives", "Supreme Court" map to the US institutions.
//   * "RSF" is the Rapid Support Forces (Sudan); Reporters Without Borders is "RWB".
//   * "ABC" is ABC News (US); the Australian broadcaster is only reachable by its full name.
//   * "Jerusalem" is listed under Israel; "East Jerusalem", "Kashmir", "Punjab", "Kurdistan", "Western
//     Sahara", "Golan Heights" and other disputed or multi-country areas have no country.
//   * "Amazon" is the company; the forest is "Amazon rainforest" / "Amazonia" and the river "Amazon River".
//   * Person-name collisions for US state capitals are avoided by qualified names ("Jackson, Mississippi",
//     "Madison, Wisconsin", "Lincoln, Nebraska", ...). US postal and AP state abbreviations are not aliases.
//   * "WHO" (uppercase only) is the World Health Organization; all lookups are ordinal and case-sensitive.

using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.Text;
using KnowledgeBase.Generators.Helpers;

namespace KnowledgeBase.Generators.Extraction.Lexicons
{
    /// <summary>The kind of a gazetteer entry.</summary>
    internal enum GazetteerKind
    {
        Country,
        City,
        Region,
        Continent,
        Organization,
    }

    /// <summary>One gazetteer entry: a canonical name with its surface forms and demonyms.</summary>
    internal sealed class GazetteerEntry
    {
        internal GazetteerEntry(string name, GazetteerKind kind, string? country, bool isMedia, IReadOnlyList<string> aliases, IReadOnlyList<string> demonyms, bool isCapital = false)
        {
            IsCapital = isCapital;
            Name = name;
            Kind = kind;
            Country = country;
            IsMedia = isMedia;
            Aliases = aliases;
            Demonyms = demonyms;
        }

        /// <summary>Canonical common English name.</summary>
        public string Name { get; }

        public GazetteerKind Kind { get; }

        /// <summary>Canonical country name for cities and regions; null for countries, continents, organizations and multi-country areas.</summary>
        public string? Country { get; }

        /// <summary>True for news agencies, newspapers and broadcasters.</summary>
        public bool IsMedia { get; }

        /// <summary>A national capital: as an actor it stands for its country's government ("Kyiv rejected").</summary>
        public bool IsCapital { get; }

        /// <summary>Other surface forms (excluding <see cref="Name"/>).</summary>
        public IReadOnlyList<string> Aliases { get; }

        /// <summary>Demonyms / adjectives ("Russian", "North Korean", "European").</summary>
        public IReadOnlyList<string> Demonyms { get; }

        public override string ToString() => Name;
    }

    /// <summary>General world lexicon; see the file header for format, sources and ambiguity decisions.</summary>
    internal static class Gazetteer
    {
        // ------------------------------------------------------------------------------------------
        // 1. Countries: all 193 UN member states, plus Taiwan, Kosovo, Palestine, Vatican City and
        //    three historical states that are still frequently mentioned.
        // ------------------------------------------------------------------------------------------
        private static readonly string[] CountryData =
        {
            "Afghanistan=Islamic Republic of Afghanistan;Islamic Emirate of Afghanistan=Afghan",
            "Albania==Albanian", "Algeria==Algerian", "Andorra==Andorran", "Angola==Angolan",
            "Antigua and Barbuda=Antigua=Antiguan",
            "Argentina=Argentine Republic=Argentine;Argentinian;Argentinean",
            "Armenia==Armenian", "Australia=Commonwealth of Australia=Australian;Aussie",
            "Austria==Austrian", "Azerbaijan==Azerbaijani;Azeri",
            "Bahamas==Bahamian", "Bahrain==Bahraini", "Bangladesh==Bangladeshi", "Barbados==Barbadian;Bajan",
            "Belarus=Byelorussia;Belorussia=Belarusian;Belarussian;Byelorussian",
            "Belgium==Belgian", "Belize==Belizean", "Benin==Beninese", "Bhutan==Bhutanese",
            "Bolivia=Plurinational State of Bolivia=Bolivian",
            "Bosnia and Herzegovina=Bosnia;Bosnia-Herzegovina;Bosnia & Herzegovina;BiH=Bosnian",
            "Botswana==Botswanan", "Brazil=Federative Republic of Brazil=Brazilian", "Brunei=Brunei Darussalam=Bruneian",
            "Bulgaria==Bulgarian", "Burkina Faso==Burkinabe;Burkinabè", "Burundi==Burundian",
            "Cambodia=Kampuchea=Cambodian", "Cameroon==Cameroonian", "Canada==Canadian",
            "Cape Verde=Cabo Verde=Cape Verdean;Cabo Verdean",
            "Central African Republic==Central African", "Chad==Chadian", "Chile==Chilean",
            "China=People's Republic of China;PRC;Mainland China;mainland China=Chinese",
            "Colombia==Colombian", "Comoros=Union of the Comoros=Comorian",
            "Democratic Republic of the Congo=DRC;D.R.C.;DR Congo;D.R. Congo;Democratic Republic of Congo;Congo-Kinshasa;Congo;Zaire=Congolese",
            "Republic of the Congo=Republic of Congo;Congo-Brazzaville;Congo Republic",
            "Costa Rica==Costa Rican", "Ivory Coast=Côte d'Ivoire=Ivorian", "Croatia==Croatian;Croat",
            "Cuba==Cuban", "Cyprus==Cypriot", "Czech Republic=Czechia=Czech",
            "Denmark==Danish", "Djibouti==Djiboutian", "Dominica", "Dominican Republic==Dominican",
            "East Timor=Timor-Leste=Timorese;East Timorese",
            "Ecuador==Ecuadorian;Ecuadorean", "Egypt=Arab Republic of Egypt=Egyptian", "El Salvador==Salvadoran;Salvadorean",
            "Equatorial Guinea==Equatorial Guinean;Equatoguinean", "Eritrea==Eritrean", "Estonia==Estonian",
            "Eswatini=Swaziland=Swazi", "Ethiopia==Ethiopian",
            "Fiji==Fijian", "Finland==Finnish", "France=French Republic=French",
            "Gabon==Gabonese", "Gambia=The Gambia=Gambian", "Georgia==Georgian",
            "Germany=Federal Republic of Germany=German", "Ghana==Ghanaian", "Greece=Hellenic Republic=Greek",
            "Grenada==Grenadian", "Guatemala==Guatemalan", "Guinea=Guinea-Conakry=Guinean",
            "Guinea-Bissau==Bissau-Guinean", "Guyana==Guyanese",
            "Haiti==Haitian", "Honduras==Honduran", "Hungary==Hungarian",
            "Iceland==Icelandic;Icelander", "India=Republic of India;Bharat=Indian", "Indonesia==Indonesian",
            "Iran=Islamic Republic of Iran;Persia=Iranian", "Iraq==Iraqi",
            "Ireland=Republic of Ireland;Éire=Irish", "Israel=State of Israel=Israeli", "Italy==Italian",
            "Jamaica==Jamaican", "Japan==Japanese", "Jordan=Hashemite Kingdom of Jordan=Jordanian",
            "Kazakhstan==Kazakh;Kazakhstani", "Kenya==Kenyan", "Kiribati", "Kuwait==Kuwaiti",
            "Kyrgyzstan=Kyrgyz Republic;Kirghizia=Kyrgyz;Kyrgyzstani",
            "Laos=Lao PDR;Lao People's Democratic Republic=Laotian;Lao", "Latvia==Latvian", "Lebanon==Lebanese",
            "Lesotho", "Liberia==Liberian", "Libya==Libyan", "Liechtenstein==Liechtensteiner", "Lithuania==Lithuanian",
            "Luxembourg==Luxembourgish;Luxembourger",
            "Madagascar==Malagasy", "Malawi==Malawian", "Malaysia==Malaysian", "Maldives==Maldivian", "Mali==Malian",
            "Malta==Maltese", "Marshall Islands==Marshallese", "Mauritania==Mauritanian", "Mauritius==Mauritian",
            "Mexico=United Mexican States=Mexican", "Micronesia=Federated States of Micronesia=Micronesian",
            "Moldova=Republic of Moldova=Moldovan", "Monaco==Monegasque", "Mongolia==Mongolian",
            "Montenegro==Montenegrin", "Morocco==Moroccan", "Mozambique==Mozambican", "Myanmar=Burma=Burmese",
            "Namibia==Namibian", "Nauru==Nauruan", "Nepal==Nepali;Nepalese", "Netherlands=Holland=Dutch",
            "New Zealand=Aotearoa=New Zealander", "Nicaragua==Nicaraguan", "Niger==Nigerien", "Nigeria==Nigerian",
            "North Korea=DPRK;Democratic People's Republic of Korea=North Korean",
            "North Macedonia=Macedonia;Republic of North Macedonia=Macedonian", "Norway==Norwegian",
            "Oman==Omani",
            "Pakistan=Islamic Republic of Pakistan=Pakistani", "Palau==Palauan", "Panama==Panamanian",
            "Papua New Guinea=PNG=Papua New Guinean", "Paraguay==Paraguayan", "Peru==Peruvian",
            "Philippines==Filipino;Philippine", "Poland==Polish", "Portugal==Portuguese",
            "Qatar==Qatari",
            "Romania=Rumania=Romanian", "Russia=Russian Federation=Russian", "Rwanda==Rwandan",
            "Saint Kitts and Nevis=St. Kitts and Nevis;St Kitts and Nevis=Kittitian",
            "Saint Lucia=St. Lucia;St Lucia=Saint Lucian",
            "Saint Vincent and the Grenadines=St. Vincent and the Grenadines;St Vincent and the Grenadines=Vincentian",
            "Samoa==Samoan", "San Marino==Sammarinese", "Sao Tome and Principe=São Tomé and Príncipe",
            "Saudi Arabia=Kingdom of Saudi Arabia;KSA=Saudi;Saudi Arabian", "Senegal==Senegalese",
            "Serbia==Serbian;Serb", "Seychelles==Seychellois", "Sierra Leone==Sierra Leonean",
            "Singapore==Singaporean", "Slovakia==Slovak;Slovakian", "Slovenia==Slovenian;Slovene",
            "Solomon Islands", "Somalia==Somali", "South Africa=Republic of South Africa=South African",
            "South Korea=Republic of Korea;ROK=South Korean", "South Sudan==South Sudanese",
            "Spain==Spanish;Spaniard", "Sri Lanka=Ceylon=Sri Lankan", "Sudan==Sudanese",
            "Suriname=Surinam=Surinamese", "Sweden==Swedish;Swede", "Switzerland==Swiss",
            "Syria=Syrian Arab Republic=Syrian",
            "Tajikistan==Tajik;Tajikistani", "Tanzania=United Republic of Tanzania=Tanzanian",
            "Thailand=Siam=Thai", "Togo==Togolese", "Tonga==Tongan",
            "Trinidad and Tobago=Trinidad=Trinidadian;Tobagonian", "Tunisia==Tunisian",
            "Turkey=Türkiye;Turkiye=Turkish;Turk", "Turkmenistan==Turkmen", "Tuvalu==Tuvaluan",
            "Uganda==Ugandan", "Ukraine==Ukrainian",
            "United Arab Emirates=UAE;U.A.E.=Emirati",
            "United Kingdom=UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland=British;Briton",
            "United States=U.S.;US;USA;U.S.A.;United States of America;America=American",
            "Uruguay==Uruguayan", "Uzbekistan==Uzbek;Uzbekistani",
            "Vanuatu==Ni-Vanuatu", "Venezuela=Bolivarian Republic of Venezuela=Venezuelan", "Vietnam=Viet Nam=Vietnamese",
            "Yemen==Yemeni", "Zambia==Zambian", "Zimbabwe==Zimbabwean",
            // Not UN members (or observers) but routinely treated as countries in news.
            "Taiwan=Republic of China=Taiwanese",
            "Kosovo==Kosovar;Kosovan",
            "Palestine=State of Palestine;Palestinian territories;Palestinian Territories;Occupied Palestinian Territories=Palestinian",
            "Vatican City=Vatican;Holy See",
            // Historical states.
            "Soviet Union=USSR;U.S.S.R.;Union of Soviet Socialist Republics",
            "Yugoslavia==Yugoslav;Yugoslavian", "Czechoslovakia==Czechoslovak;Czechoslovakian",
        };

        // ------------------------------------------------------------------------------------------
        // 2. Cities: national capitals (first in each group) and other major / newsworthy cities.
        // ------------------------------------------------------------------------------------------
        private static readonly string[] CityData =
        {
            "Afghanistan|Kabul|Kandahar|Herat|Mazar-i-Sharif=Mazar-e-Sharif|Jalalabad|Kunduz",
            "Albania|Tirana", "Algeria|Algiers|Oran", "Andorra|Andorra la Vella", "Angola|Luanda",
            "Antigua and Barbuda|St. John's=Saint John's;St John's",
            "Argentina|Buenos Aires", "Armenia|Yerevan",
            "Australia|Canberra|Sydney|Melbourne|Brisbane|Perth|Adelaide|Hobart|Gold Coast",
            "Austria|Vienna|Salzburg|Graz|Innsbruck", "Azerbaijan|Baku", "Bahamas|Nassau", "Bahrain|Manama",
            "Bangladesh|Dhaka=Dacca|Chittagong=Chattogram|Cox's Bazar", "Barbados|Bridgetown", "Belarus|Minsk",
            "Belgium|Brussels|Antwerp|Ghent|Liège", "Belize|Belmopan|Belize City", "Benin|Porto-Novo|Cotonou",
            "Bhutan|Thimphu", "Bolivia|La Paz|Sucre|Santa Cruz de la Sierra",
            "Bosnia and Herzegovina|Sarajevo|Srebrenica|Mostar|Banja Luka", "Botswana|Gaborone",
            "Brazil|Brasília|São Paulo|Rio de Janeiro=Rio|Belo Horizonte|Manaus|Recife|Porto Alegre|Fortaleza|Curitiba",
            "Brunei|Bandar Seri Begawan", "Bulgaria|Sofia|Plovdiv|Varna", "Burkina Faso|Ouagadougou",
            "Burundi|Gitega|Bujumbura", "Cambodia|Phnom Penh|Siem Reap", "Cameroon|Yaoundé|Douala",
            "Canada|Ottawa|Toronto|Montreal=Montréal|Vancouver|Calgary|Edmonton|Winnipeg|Quebec City=Québec City|Halifax",
            "Cape Verde|Praia", "Central African Republic|Bangui", "Chad|N'Djamena=Ndjamena", "Chile|Santiago|Valparaíso",
            "China|Beijing=Peking|Shanghai|Shenzhen|Guangzhou=Canton|Wuhan|Chengdu|Chongqing|Tianjin|Xi'an=Xian|Hangzhou|Nanjing|Urumqi=Ürümqi|Lhasa|Harbin|Qingdao|Dalian|Zhengzhou|Kashgar",
            "Colombia|Bogotá|Medellín|Cali|Cartagena|Barranquilla", "Comoros|Moroni",
            "Democratic Republic of the Congo|Kinshasa|Goma|Lubumbashi|Bukavu|Kisangani",
            "Republic of the Congo|Brazzaville|Pointe-Noire", "Costa Rica|San José", "Ivory Coast|Yamoussoukro|Abidjan",
            "Croatia|Zagreb|Dubrovnik", "Cuba|Havana", "Cyprus|Nicosia|Limassol|Larnaca", "Czech Republic|Prague|Brno",
            "Denmark|Copenhagen|Aarhus|Nuuk", "Dominica|Roseau", "Dominican Republic|Santo Domingo", "East Timor|Dili",
            "Ecuador|Quito|Guayaquil",
            "Egypt|Cairo|Alexandria|Giza|Luxor|Aswan|Port Said|Suez|Sharm el-Sheikh=Sharm El Sheikh",
            "El Salvador|San Salvador", "Equatorial Guinea|Malabo", "Eritrea|Asmara", "Estonia|Tallinn|Tartu|Narva",
            "Eswatini|Mbabane|Lobamba", "Ethiopia|Addis Ababa|Mekelle|Gondar|Bahir Dar", "Fiji|Suva",
            "Finland|Helsinki|Tampere|Turku",
            "France|Paris|Marseille=Marseilles|Lyon=Lyons|Toulouse|Nice|Bordeaux|Strasbourg|Lille|Nantes|Montpellier|Cannes|Calais",
            "Gabon|Libreville", "Gambia|Banjul", "Georgia|Tbilisi|Batumi",
            "Germany|Berlin|Hamburg|Munich=München|Frankfurt=Frankfurt am Main|Cologne=Köln|Stuttgart|Düsseldorf|Leipzig|Dresden|Bonn|Nuremberg=Nürnberg|Hanover=Hannover|Bremen|Dortmund|Essen|Ramstein",
            "Ghana|Accra|Kumasi", "Greece|Athens|Thessaloniki|Piraeus", "Grenada|St. George's=Saint George's;St George's",
            "Guatemala|Guatemala City", "Guinea|Conakry", "Guinea-Bissau|Bissau", "Guyana|Georgetown",
            "Haiti|Port-au-Prince|Cap-Haïtien", "Honduras|Tegucigalpa|San Pedro Sula", "Hungary|Budapest", "Iceland|Reykjavík",
            "India|New Delhi|Delhi|Mumbai=Bombay|Kolkata=Calcutta|Chennai=Madras|Bengaluru=Bangalore|Hyderabad|Ahmedabad|Pune|Jaipur|Lucknow|Srinagar|Amritsar|Varanasi|Surat",
            "Indonesia|Jakarta|Surabaya|Bandung|Medan|Yogyakarta|Makassar",
            "Iran|Tehran=Teheran|Isfahan|Mashhad|Tabriz|Shiraz|Qom|Ahvaz",
            "Iraq|Baghdad|Mosul|Basra|Erbil=Irbil|Kirkuk|Fallujah|Najaf|Karbala|Sulaymaniyah|Ramadi|Tikrit",
            "Ireland|Dublin|Galway",
            "Israel|Jerusalem|Tel Aviv=Tel Aviv-Yafo|Haifa|Eilat|Ashkelon|Ashdod|Beersheba=Beersheva|Sderot|Netanya",
            "Italy|Rome|Milan|Naples|Turin|Florence|Venice|Genoa|Bologna|Palermo|Bari|Catania",
            "Jamaica|Kingston|Montego Bay",
            "Japan|Tokyo|Osaka|Kyoto|Yokohama|Nagoya|Hiroshima|Nagasaki|Sapporo|Fukuoka|Kobe|Sendai",
            "Jordan|Amman|Aqaba", "Kazakhstan|Astana=Nur-Sultan|Almaty=Alma-Ata", "Kenya|Nairobi|Mombasa|Kisumu",
            "Kiribati|South Tarawa=Tarawa", "Kuwait|Kuwait City", "Kyrgyzstan|Bishkek|Osh", "Laos|Vientiane",
            "Latvia|Riga", "Lebanon|Beirut|Sidon|Baalbek", "Lesotho|Maseru", "Liberia|Monrovia",
            "Libya|Tripoli|Benghazi|Misrata=Misurata|Sirte|Derna", "Liechtenstein|Vaduz", "Lithuania|Vilnius|Kaunas",
            "Madagascar|Antananarivo", "Malawi|Lilongwe|Blantyre", "Malaysia|Kuala Lumpur|Putrajaya",
            "Maldives|Malé", "Mali|Bamako|Timbuktu|Gao", "Malta|Valletta", "Marshall Islands|Majuro",
            "Mauritania|Nouakchott", "Mauritius|Port Louis",
            "Mexico|Mexico City=CDMX|Guadalajara|Monterrey|Tijuana|Ciudad Juárez|Cancún|Acapulco|Culiacán|Puebla",
            "Micronesia|Palikir", "Moldova|Chișinău=Chişinău;Kishinev", "Mongolia|Ulaanbaatar=Ulan Bator",
            "Montenegro|Podgorica", "Morocco|Rabat|Casablanca|Marrakesh=Marrakech|Tangier=Tangiers",
            "Mozambique|Maputo|Beira", "Myanmar|Naypyidaw=Nay Pyi Taw;Naypyitaw|Yangon=Rangoon|Mandalay",
            "Namibia|Windhoek", "Nauru|Yaren", "Nepal|Kathmandu|Pokhara",
            "Netherlands|Amsterdam|The Hague=Hague|Rotterdam|Utrecht|Eindhoven",
            "New Zealand|Wellington|Auckland|Christchurch", "Nicaragua|Managua", "Niger|Niamey|Agadez",
            "Nigeria|Abuja|Lagos|Kano|Ibadan|Port Harcourt|Maiduguri|Kaduna", "North Korea|Pyongyang",
            "North Macedonia|Skopje", "Norway|Oslo|Bergen|Trondheim|Tromsø", "Oman|Muscat",
            "Pakistan|Islamabad|Karachi|Lahore|Peshawar|Quetta|Rawalpindi|Faisalabad|Multan",
            "Palau|Ngerulmud",
            "Palestine|Ramallah|Gaza City|Rafah|Khan Younis=Khan Yunis|Jabalia|Hebron|Jenin|Nablus|Bethlehem|Jericho",
            "Panama|Panama City", "Papua New Guinea|Port Moresby", "Paraguay|Asunción", "Peru|Lima|Cusco=Cuzco|Arequipa",
            "Philippines|Manila|Quezon City|Davao|Cebu|Zamboanga|Marawi",
            "Poland|Warsaw|Kraków=Cracow|Gdańsk|Wrocław=Wroclaw|Łódź=Lodz|Poznań|Lublin|Rzeszów",
            "Portugal|Lisbon|Porto=Oporto", "Qatar|Doha", "Romania|Bucharest|Cluj-Napoca|Timișoara|Constanța",
            "Russia|Moscow|St. Petersburg=Saint Petersburg;St Petersburg;Leningrad|Novosibirsk|Yekaterinburg=Ekaterinburg|Kazan|Nizhny Novgorod|Vladivostok|Murmansk|Sochi|Kaliningrad|Belgorod|Rostov-on-Don=Rostov|Volgograd=Stalingrad|Grozny|Samara|Omsk|Krasnodar|Novorossiysk|Bryansk|Voronezh|Irkutsk|Khabarovsk|Chelyabinsk|Makhachkala",
            "Rwanda|Kigali", "Saint Kitts and Nevis|Basseterre", "Saint Lucia|Castries",
            "Saint Vincent and the Grenadines|Kingstown", "Samoa|Apia", "Sao Tome and Principe|São Tomé",
            "Saudi Arabia|Riyadh|Jeddah=Jiddah;Jedda|Mecca=Makkah|Medina=Madinah|Dammam",
            "Senegal|Dakar|Touba", "Serbia|Belgrade|Novi Sad", "Seychelles|Victoria, Seychelles",
            "Sierra Leone|Freetown", "Slovakia|Bratislava|Košice", "Slovenia|Ljubljana", "Solomon Islands|Honiara",
            "Somalia|Mogadishu|Hargeisa|Kismayo|Baidoa",
            "South Africa|Pretoria=Tshwane|Cape Town|Johannesburg|Durban|Bloemfontein|Port Elizabeth=Gqeberha|Soweto",
            "South Korea|Seoul|Busan=Pusan|Incheon=Inchon|Daegu|Gwangju|Daejeon", "South Sudan|Juba|Malakal",
            "Spain|Madrid|Barcelona|Valencia|Seville=Sevilla|Bilbao|Málaga|Zaragoza|Palma de Mallorca|Ceuta|Melilla",
            "Sri Lanka|Sri Jayawardenepura Kotte=Kotte|Colombo|Kandy|Jaffna",
            "Sudan|Khartoum|Omdurman|Port Sudan|El Fasher=Al-Fashir;El-Fasher|Wad Madani", "Suriname|Paramaribo",
            "Sweden|Stockholm|Gothenburg=Göteborg|Malmö|Uppsala",
            "Switzerland|Bern=Berne|Zurich=Zürich|Geneva=Genève|Basel|Lausanne|Davos|Lucerne",
            "Syria|Damascus|Aleppo|Homs|Idlib|Raqqa=Raqqah|Deir ez-Zor=Deir al-Zour;Deir el-Zour|Latakia|Hama|Daraa|Palmyra|Douma|Kobani",
            "Taiwan|Taipei|Kaohsiung|Taichung|Tainan", "Tajikistan|Dushanbe",
            "Tanzania|Dodoma|Dar es Salaam|Arusha|Mwanza",
            "Thailand|Bangkok|Chiang Mai|Phuket|Pattaya", "Togo|Lomé", "Tonga|Nuku'alofa",
            "Trinidad and Tobago|Port of Spain", "Tunisia|Tunis|Sfax|Sousse",
            "Turkey|Ankara|Istanbul=İstanbul|Izmir=İzmir|Antalya|Gaziantep|Diyarbakır|Adana|Bursa|Konya|Kahramanmaraş|Antakya",
            "Turkmenistan|Ashgabat=Ashkhabad", "Tuvalu|Funafuti", "Uganda|Kampala|Entebbe|Gulu",
            "Ukraine|Kyiv=Kiev|Kharkiv=Kharkov|Odesa=Odessa|Lviv=Lvov;Lemberg|Dnipro=Dnipropetrovsk|Donetsk|Luhansk=Lugansk|Mariupol|Kherson|Zaporizhzhia=Zaporizhzhya;Zaporozhye|Mykolaiv=Mykolayiv;Nikolaev|Sevastopol|Simferopol|Bakhmut=Artemivsk|Avdiivka|Bucha|Irpin|Kramatorsk|Sloviansk=Slovyansk|Pokrovsk|Chernihiv|Sumy|Poltava|Vinnytsia|Chernobyl=Chornobyl|Kryvyi Rih|Ivano-Frankivsk|Zhytomyr|Melitopol|Enerhodar|Izium=Izyum|Kupiansk",
            "United Arab Emirates|Abu Dhabi|Dubai|Sharjah",
            "United Kingdom|London|Manchester|Birmingham|Liverpool|Glasgow|Edinburgh|Leeds|Bristol|Cardiff|Belfast|Oxford|Cambridge|Sheffield|Newcastle=Newcastle upon Tyne|Nottingham|Southampton|Aberdeen|Brighton|Leicester|Coventry|Derry=Londonderry|Salisbury|Dover",
            "United States|Washington=Washington, D.C.;Washington D.C.;Washington, DC;Washington DC;D.C.|New York City=New York;NYC=New Yorker|Los Angeles=L.A.|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|San Jose|Austin|Jacksonville|Fort Worth|Columbus|Charlotte|San Francisco|Indianapolis|Seattle|Denver|Boston|Nashville|Detroit|Oklahoma City|Portland|Las Vegas|Memphis|Louisville|Baltimore|Milwaukee|Albuquerque|Tucson|Fresno|Kansas City|Atlanta|Miami|Omaha|Minneapolis|Cleveland|Tampa|New Orleans|Pittsburgh|Cincinnati|St. Louis=Saint Louis|Orlando|Anchorage|Newark|El Paso|Oakland|Long Beach|Charleston|Palm Beach|Brooklyn|Manhattan|Bronx|Hollywood|Palo Alto|Cupertino|Cambridge, Massachusetts|Birmingham, Alabama|Reno|Flint|San Juan",
            // US state capitals not already listed above (person-name collisions are qualified).
            "United States|Montgomery, Alabama|Juneau|Little Rock|Sacramento|Hartford|Dover, Delaware|Tallahassee|Honolulu|Boise|Springfield, Illinois|Des Moines|Topeka|Frankfort|Baton Rouge|Augusta, Maine|Annapolis|Lansing|Saint Paul=St. Paul|Jackson, Mississippi|Jefferson City|Helena, Montana|Lincoln, Nebraska|Carson City|Concord, New Hampshire|Trenton|Santa Fe|Albany|Raleigh|Bismarck, North Dakota|Salem, Oregon|Harrisburg|Providence|Columbia, South Carolina|Pierre, South Dakota|Richmond|Salt Lake City|Montpelier|Olympia, Washington|Charleston, West Virginia|Madison, Wisconsin|Cheyenne, Wyoming",
            "Uruguay|Montevideo", "Uzbekistan|Tashkent|Samarkand|Bukhara", "Vanuatu|Port Vila",
            "Venezuela|Caracas|Maracaibo", "Vietnam|Hanoi|Ho Chi Minh City=Saigon|Da Nang=Danang|Haiphong=Hai Phong",
            "Yemen|Sanaa=Sana'a|Aden|Hodeidah=Hudaydah|Marib|Taiz", "Zambia|Lusaka", "Zimbabwe|Harare|Bulawayo",
            "Kosovo|Pristina=Priština;Prishtina|Mitrovica",
        };

        // ------------------------------------------------------------------------------------------
        // 3. Sub-national regions, dependent territories and geographic features.
        // ------------------------------------------------------------------------------------------
        private static readonly string[] RegionData =
        {
            // US states ("Georgia" omitted: it is the country). Postal/AP abbreviations are not aliases.
            "United States|Alabama|Alaska==Alaskan|Arizona|Arkansas|California==Californian|Colorado|Connecticut|Delaware|Florida==Floridian|Hawaii==Hawaiian|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York State=New York state|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas==Texan|Utah|Vermont|Virginia|Washington State=Washington state|West Virginia|Wisconsin|Wyoming",
            "United States|Puerto Rico==Puerto Rican|Guam|U.S. Virgin Islands=US Virgin Islands;United States Virgin Islands|American Samoa|Northern Mariana Islands|Silicon Valley|Long Island|New England|Midwest|Pacific Northwest|Bay Area|Appalachia|Mississippi River|Pearl Harbor",
            "Canada|Ontario|Quebec=Québec|British Columbia|Alberta|Manitoba|Saskatchewan|Nova Scotia|New Brunswick|Newfoundland and Labrador=Newfoundland|Prince Edward Island|Yukon|Northwest Territories|Nunavut",
            "Australia|New South Wales|Victoria|Queensland|Western Australia|South Australia|Tasmania==Tasmanian|Northern Territory|Australian Capital Territory|Great Barrier Reef",
            "United Kingdom|England==English|Scotland==Scottish|Wales==Welsh|Northern Ireland==Northern Irish|Cornwall|Yorkshire|Gibraltar|Bermuda==Bermudian|Falkland Islands=Falklands;Malvinas;Islas Malvinas|Cayman Islands|British Virgin Islands|Isle of Man|Thames=River Thames",
            "Denmark|Greenland==Greenlandic|Faroe Islands=Faroes",
            "Netherlands|Aruba|Curaçao",
            "France|Corsica==Corsican|Normandy|Brittany|Provence|Alsace|Île-de-France|New Caledonia|French Polynesia|Tahiti|French Guiana|Martinique|Guadeloupe|Réunion|Mayotte",
            "Spain|Catalonia=Catalunya=Catalan|Basque Country==Basque|Andalusia=Andalucía|Canary Islands=Canaries|Balearic Islands=Balearics|Mallorca=Majorca|Ibiza|Tenerife",
            "Portugal|Madeira|Azores",
            "Italy|Sicily==Sicilian|Sardinia==Sardinian|Lombardy|Tuscany|Veneto|Calabria|Lampedusa",
            "Germany|Bavaria==Bavarian|Saxony|Thuringia|Brandenburg|North Rhine-Westphalia|Baden-Württemberg",
            "Belgium|Flanders==Flemish|Wallonia==Walloon",
            "Greece|Crete==Cretan|Lesbos|Corfu|Santorini",
            "Ukraine|Crimea=Crimean Peninsula=Crimean|Donbas=Donbass",
            "Moldova|Transnistria=Trans-Dniester;Transdniestria",
            "Georgia|Abkhazia|South Ossetia",
            "Azerbaijan|Nagorno-Karabakh=Nagorno Karabakh;Karabakh",
            "Serbia|Vojvodina",
            "Russia|Siberia==Siberian|Chechnya=Chechen Republic=Chechen|Dagestan=Daghestan|Tatarstan|Bashkortostan|Yakutia|Kamchatka|Sakhalin|Russian Far East|Volga|Lake Baikal=Baikal",
            "China|Tibet==Tibetan|Xinjiang|Inner Mongolia|Hong Kong==Hongkonger|Macau=Macao=Macanese|Guangdong|Hubei|Sichuan|Yunnan|Fujian|Zhejiang|Jiangsu|Shandong|Henan|Hebei|Hainan|Shaanxi|Liaoning|Manchuria|Yangtze=Yangtze River",
            "Japan|Okinawa==Okinawan|Hokkaido|Fukushima|Honshu|Kyushu",
            "South Korea|Jeju=Jeju Island",
            "India|Jammu and Kashmir|Ladakh|Maharashtra|Uttar Pradesh|Tamil Nadu|Kerala|Karnataka|West Bengal|Gujarat|Rajasthan|Bihar|Assam|Manipur|Andhra Pradesh|Telangana|Madhya Pradesh|Odisha=Orissa|Goa|Haryana|Uttarakhand|Himachal Pradesh|Sikkim|Nagaland|Arunachal Pradesh",
            "Pakistan|Balochistan=Baluchistan|Sindh|Khyber Pakhtunkhwa|Gilgit-Baltistan|Waziristan",
            "Afghanistan|Helmand|Panjshir",
            "Indonesia|Java|Sumatra|Bali==Balinese|Papua|West Papua|Aceh|Sulawesi|Lombok|Kalimantan",
            "Philippines|Mindanao|Luzon|Visayas",
            "Malaysia|Sabah|Sarawak|Penang",
            "Myanmar|Rakhine=Rakhine State;Arakan|Shan State|Kachin State",
            "Vietnam|Mekong Delta",
            "Iraq|Iraqi Kurdistan=Kurdistan Region|Anbar|Nineveh",
            "Israel|Negev|Galilee",
            "Palestine|Gaza Strip=Gaza|West Bank",
            "Egypt|Sinai Peninsula=Sinai",
            "Sudan|Darfur|Kordofan",
            "Ethiopia|Tigray==Tigrayan|Amhara|Oromia",
            "Somalia|Somaliland|Puntland|Jubaland",
            "Democratic Republic of the Congo|North Kivu|South Kivu|Ituri|Katanga|Kasai",
            "Nigeria|Borno|Niger Delta|Biafra|Zamfara",
            "Mozambique|Cabo Delgado", "Tanzania|Zanzibar", "Norway|Svalbard", "Ecuador|Galápagos Islands=Galápagos",
            "Mexico|Chiapas|Sinaloa|Jalisco|Baja California|Yucatán|Michoacán|Chihuahua|Sonora|Tamaulipas|Oaxaca",
            "Brazil|Rio Grande do Sul|Bahia|Minas Gerais",
            // Disputed, multi-country or stateless areas.
            "-|Kashmir|Punjab|Kurdistan|Western Sahara==Sahrawi|East Jerusalem|Golan Heights=Golan|Northern Cyprus|Senkaku Islands=Senkakus;Diaoyu Islands|Kuril Islands=Kurils;Kurile Islands|Spratly Islands=Spratlys|Paracel Islands=Paracels|Borneo|Patagonia|Korean Peninsula|Arabian Peninsula|Iberian Peninsula=Iberia",
            // Geographic features (oceans, seas, straits, rivers, mountains, deserts).
            "-|Atlantic Ocean=Atlantic|Pacific Ocean=Pacific|Indian Ocean|Arctic Ocean|Southern Ocean|Mediterranean Sea=Mediterranean|Black Sea|Red Sea|Caspian Sea|Baltic Sea|North Sea|South China Sea|East China Sea|Yellow Sea|Sea of Japan=East Sea|Sea of Azov|Arabian Sea|Caribbean Sea|Aegean Sea=Aegean|Adriatic Sea=Adriatic|Dead Sea|Gulf of Mexico=Gulf of America|Gulf of Aden|Gulf of Oman|Bay of Bengal",
            "-|Strait of Hormuz|Taiwan Strait|Strait of Malacca=Malacca Strait|Bosphorus=Bosporus|Dardanelles|Kerch Strait|English Channel|Suez Canal|Panama Canal|Strait of Gibraltar|Bab el-Mandeb=Bab al-Mandab",
            "-|Nile=Nile River;River Nile|Danube=Danube River;River Danube|Rhine=River Rhine|Dnieper=Dnieper River|Euphrates|Tigris|Jordan River|Ganges|Indus|Mekong=Mekong River|Amazon River|Rio Grande|Lake Victoria|Great Lakes",
            "-|Himalayas=Himalaya|Alps==Alpine|Andes==Andean|Rocky Mountains=Rockies|Ural Mountains=Urals|Mount Everest=Everest|Mount Kilimanjaro=Kilimanjaro|Sahara=Sahara Desert|Gobi Desert=Gobi|Amazon rainforest=Amazonia",
        };

        // ------------------------------------------------------------------------------------------
        // 4. Continents and world regions.
        // ------------------------------------------------------------------------------------------
        private static readonly string[] ContinentData =
        {
            "Europe==European", "Asia==Asian", "Africa==African", "North America==North American",
            "South America==South American", "Latin America==Latin American", "Central America==Central American",
            "Americas", "Oceania", "Antarctica==Antarctic", "Arctic==Arctic", "Eurasia==Eurasian",
            "Middle East=Mideast=Middle Eastern", "Near East==Near Eastern", "Levant==Levantine",
            "Persian Gulf=Arabian Gulf;Gulf region", "Caribbean==Caribbean",
            "Sahel==Sahelian", "Horn of Africa", "Maghreb==Maghrebi", "Sub-Saharan Africa=Subsaharan Africa=Sub-Saharan",
            "West Africa==West African", "East Africa==East African", "North Africa==North African",
            "Southern Africa==Southern African", "Central Africa",
            "Balkans=Balkan Peninsula=Balkan", "Baltics=Baltic states;Baltic States=Baltic",
            "Scandinavia==Scandinavian", "Nordic countries=Nordics=Nordic",
            "Caucasus=Caucasus region", "South Caucasus", "North Caucasus",
            "Central Asia==Central Asian", "South Asia==South Asian",
            "Southeast Asia=South-East Asia;South East Asia=Southeast Asian;South-East Asian",
            "East Asia==East Asian", "Far East==Far Eastern", "Asia-Pacific", "Indo-Pacific",
            "Eastern Europe==Eastern European", "Western Europe==Western European", "Central Europe==Central European",
            "Southern Europe==Southern European", "Northern Europe==Northern European",
            "Polynesia==Polynesian", "Melanesia==Melanesian", "Western Hemisphere", "Global South",
        };

        // ------------------------------------------------------------------------------------------
        // 6. Organizations: international bodies, governments' institutions and metonyms, armed and
        //    political groups, major companies and universities.
        // ------------------------------------------------------------------------------------------
        private static readonly string[] OrganizationData =
        {
            // International bodies.
            "United Nations=UN;U.N.", "United Nations Security Council=UN Security Council;U.N. Security Council;UNSC;Security Council",
            "United Nations General Assembly=UN General Assembly;U.N. General Assembly;UNGA;General Assembly",
            "United Nations Human Rights Council=UN Human Rights Council;U.N. Human Rights Council;UNHRC;Human Rights Council",
            "NATO=North Atlantic Treaty Organization;Nato;N.A.T.O.",
            "European Union=EU;E.U.", "European Commission", "European Parliament", "European Council",
            "European Central Bank=ECB", "Council of Europe", "European Court of Human Rights=ECHR",
            "World Health Organization=WHO;World Health Organisation", "International Monetary Fund=IMF", "World Bank",
            "World Trade Organization=WTO;World Trade Organisation",
            "OPEC=Organization of the Petroleum Exporting Countries;OPEC+",
            "African Union", "ASEAN=Association of Southeast Asian Nations;Asean", "G7=Group of Seven;G-7",
            "G20=Group of 20;Group of Twenty;G-20", "BRICS",
            "International Committee of the Red Cross=ICRC;Red Cross",
            "International Federation of Red Cross and Red Crescent Societies=IFRC;Red Crescent",
            "Amnesty International=Amnesty", "Human Rights Watch=HRW",
            "Médecins Sans Frontières=MSF;Doctors Without Borders", "Greenpeace", "Oxfam", "Save the Children",
            "Transparency International", "Reporters Without Borders=RWB;Reporters Sans Frontières",
            "Committee to Protect Journalists=CPJ",
            "International Criminal Court=ICC", "International Court of Justice=ICJ;World Court",
            "International Atomic Energy Agency=IAEA", "International Energy Agency=IEA",
            "UNICEF=Unicef;United Nations Children's Fund",
            "UNESCO=Unesco;United Nations Educational, Scientific and Cultural Organization",
            "UNHCR=United Nations High Commissioner for Refugees;UN Refugee Agency;UN refugee agency",
            "World Food Programme=WFP;World Food Program",
            "UNRWA=United Nations Relief and Works Agency", "United Nations Development Programme=UNDP",
            "Office for the Coordination of Humanitarian Affairs=OCHA",
            "Food and Agriculture Organization=FAO", "International Labour Organization=ILO;International Labor Organization",
            "International Organization for Migration=IOM",
            "OECD=Organisation for Economic Co-operation and Development;Organization for Economic Cooperation and Development",
            "OSCE=Organization for Security and Co-operation in Europe;Organization for Security and Cooperation in Europe",
            "Commonwealth of Nations=Commonwealth", "Arab League=League of Arab States", "Gulf Cooperation Council=GCC",
            "Shanghai Cooperation Organisation=SCO;Shanghai Cooperation Organization",
            "Organization of American States=OAS", "ECOWAS=Economic Community of West African States",
            "Mercosur=Mercosul", "APEC=Asia-Pacific Economic Cooperation",
            "Organisation of Islamic Cooperation=OIC;Organization of Islamic Cooperation",
            "International Olympic Committee=IOC", "FIFA", "UEFA", "World Economic Forum=WEF",
            "Interpol", "Europol", "Frontex", "European Space Agency=ESA", "NASA", "Roscosmos",
            "Indian Space Research Organisation=ISRO", "SWIFT",
            // Governments, legislatures, agencies and metonyms.
            "U.S. Congress=Congress;US Congress;United States Congress",
            "U.S. Senate=Senate;US Senate;United States Senate",
            "U.S. House of Representatives=House of Representatives;US House of Representatives;United States House of Representatives",
            "U.S. Supreme Court=Supreme Court;US Supreme Court;United States Supreme Court",
            "White House", "Pentagon=Department of Defense;U.S. Department of Defense;US Department of Defense;Defense Department",
            "Kremlin", "Downing Street=10 Downing Street;Number 10", "Élysée Palace=Élysée",
            "U.S. State Department=State Department;US State Department;Department of State",
            "U.S. Department of Justice=Justice Department;Department of Justice;US Department of Justice;DOJ",
            "Department of Homeland Security=DHS", "U.S. Treasury=US Treasury;Treasury Department;Department of the Treasury",
            "Federal Reserve=Fed;U.S. Federal Reserve;US Federal Reserve;Federal Reserve Board",
            "FBI=Federal Bureau of Investigation", "CIA=Central Intelligence Agency", "NSA=National Security Agency",
            "Secret Service=U.S. Secret Service;US Secret Service",
            "Centers for Disease Control and Prevention=CDC", "Food and Drug Administration=FDA",
            "Environmental Protection Agency=EPA", "Immigration and Customs Enforcement=ICE",
            "Federal Aviation Administration=FAA", "National Transportation Safety Board=NTSB",
            "Securities and Exchange Commission=SEC",
            "Bank of England", "Bank of Japan=BOJ", "People's Bank of China=PBOC",
            "House of Commons", "House of Lords", "Home Office",
            "Foreign, Commonwealth and Development Office=FCDO;Foreign Office",
            "MI5", "MI6=Secret Intelligence Service", "GCHQ", "Mossad", "Shin Bet=Shabak",
            "Federal Security Service=FSB", "KGB", "GRU", "Security Service of Ukraine=SBU",
            "Israel Defense Forces=IDF;Israeli Defense Forces",
            "Islamic Revolutionary Guard Corps=IRGC;Revolutionary Guards;Revolutionary Guard",
            "Bundestag", "Bundeswehr", "Knesset", "State Duma=Duma", "Verkhovna Rada=Rada",
            "National People's Congress=NPC", "Lok Sabha",
            // Political parties.
            "Chinese Communist Party=Communist Party of China;CCP;CPC", "Republican Party=GOP", "Democratic Party",
            "Conservative Party=Tories=Tory", "Labour Party=Labour", "Liberal Democrats=Lib Dems",
            "Scottish National Party=SNP", "Reform UK", "Bharatiya Janata Party=BJP",
            "Indian National Congress=Congress Party", "African National Congress=ANC", "Likud",
            "Christian Democratic Union=CDU", "Social Democratic Party of Germany=SPD",
            "Alternative for Germany=AfD;Alternative für Deutschland", "National Rally=Rassemblement National",
            "United Russia", "Muslim Brotherhood",
            // Armed groups and movements.
            "Hamas", "Hezbollah=Hizbollah;Hizballah;Hizbullah", "Taliban",
            "Islamic State=ISIS;ISIL;Daesh;Islamic State of Iraq and the Levant;Islamic State of Iraq and Syria",
            "al-Qaeda=Al-Qaeda;al-Qaida;Al-Qaida;al Qaeda;Al Qaeda", "al-Shabaab=Al-Shabaab;al-Shabab;Al-Shabab;Al Shabaab",
            "Boko Haram", "Houthis=Houthi movement;Ansar Allah;Ansarallah=Houthi",
            "Kurdistan Workers' Party=PKK", "Syrian Democratic Forces=SDF", "Hayat Tahrir al-Sham=HTS",
            "Palestinian Islamic Jihad=Islamic Jihad", "Fatah", "Palestinian Authority=Palestinian National Authority",
            "Palestine Liberation Organization=PLO", "Wagner Group=Wagner;PMC Wagner", "Irish Republican Army=IRA",
            "Rapid Support Forces=RSF", "M23=March 23 Movement", "Jaish-e-Mohammed=Jaish-e-Muhammad",
            "Lashkar-e-Taiba=Lashkar-e-Toiba", "Tehrik-i-Taliban Pakistan=TTP;Pakistani Taliban",
            "Sinaloa Cartel", "Jalisco New Generation Cartel=CJNG",
            // Companies.
            "Google", "Alphabet", "Apple", "Microsoft", "Amazon", "Meta=Meta Platforms", "Facebook", "Instagram",
            "WhatsApp", "Twitter", "YouTube", "TikTok", "ByteDance", "Telegram", "LinkedIn", "Reddit",
            "Tesla", "SpaceX", "Starlink", "OpenAI", "Nvidia=NVIDIA", "Intel", "IBM", "Samsung=Samsung Electronics",
            "Huawei", "Xiaomi", "Alibaba", "Tencent", "Baidu", "Sony", "Toyota", "Volkswagen=VW",
            "General Motors=GM", "Ford Motor Company=Ford Motor", "Boeing", "Airbus", "Lockheed Martin",
            "Raytheon=RTX", "Northrop Grumman", "BAE Systems", "Rheinmetall",
            "TSMC=Taiwan Semiconductor Manufacturing Company", "Foxconn",
            "Gazprom", "Rosneft", "Lukoil", "Rosatom", "Naftogaz", "Saudi Aramco=Aramco",
            "ExxonMobil=Exxon Mobil;Exxon", "Chevron", "Shell", "BP", "TotalEnergies",
            "Pfizer", "Moderna", "BioNTech", "AstraZeneca", "Johnson & Johnson",
            "Goldman Sachs", "JPMorgan Chase=JPMorgan;JP Morgan", "Morgan Stanley", "BlackRock",
            "HSBC", "Barclays", "UBS", "Credit Suisse", "Deutsche Bank", "Nasdaq", "New York Stock Exchange=NYSE",
            "Netflix", "Walmart", "Walt Disney Company=Disney", "Uber", "Siemens", "Nokia", "Ericsson",
            "Mastercard", "PayPal", "Nestlé", "Unilever",
            "Aeroflot", "Lufthansa", "Ryanair", "Qantas", "Air France", "British Airways", "Delta Air Lines",
            "United Airlines", "American Airlines",
            // Universities and sports bodies.
            "Harvard University=Harvard", "Yale University=Yale", "Stanford University=Stanford",
            "Massachusetts Institute of Technology=MIT", "University of Oxford=Oxford University",
            "University of Cambridge=Cambridge University", "Princeton University", "Columbia University",
            "National Football League=NFL", "National Basketball Association=NBA", "Major League Baseball=MLB",
            "Premier League",
        };

        // News agencies, newspapers and broadcasters (IsMedia = true).
        private static readonly string[] MediaData =
        {
            "Reuters=Thomson Reuters", "Associated Press=AP;The Associated Press",
            "Agence France-Presse=AFP;Agence France Presse", "BBC=British Broadcasting Corporation;BBC News;BBC World Service",
            "CNN=Cable News Network", "The New York Times=New York Times;NYT", "The Washington Post=Washington Post",
            "The Guardian=Guardian", "The Wall Street Journal=Wall Street Journal;WSJ", "Financial Times=FT",
            "The Economist=Economist", "Bloomberg=Bloomberg News", "Al Jazeera=Al-Jazeera;Aljazeera",
            "Fox News=Fox News Channel", "NBC News=NBC", "CBS News=CBS", "ABC News=ABC", "NPR=National Public Radio",
            "PBS", "MSNBC", "CNBC", "Sky News", "ITV=ITV News", "The Daily Telegraph=Daily Telegraph;The Telegraph",
            "Daily Mail", "USA Today", "Los Angeles Times=LA Times;L.A. Times", "Chicago Tribune", "New York Post",
            "Politico", "Axios", "Newsweek", "The New Yorker", "ProPublica", "Bellingcat", "HuffPost",
            "Der Spiegel=Spiegel", "Le Monde", "Le Figaro", "Deutsche Welle=DW", "Euronews", "France 24",
            "Radio France Internationale=RFI", "El País", "ANSA", "Deutsche Presse-Agentur=dpa;DPA", "EFE=Agencia EFE",
            "ZDF", "ARD",
            "TASS=ITAR-TASS;Tass", "RIA Novosti=RIA", "Interfax", "Sputnik", "RT=Russia Today", "Izvestia", "Kommersant",
            "Novaya Gazeta", "Meduza", "Kyiv Independent", "Ukrinform", "Ukrainska Pravda",
            "Xinhua=Xinhua News Agency", "CCTV=China Central Television", "CGTN", "Global Times", "People's Daily",
            "South China Morning Post=SCMP", "Kyodo News=Kyodo", "NHK", "Yonhap=Yonhap News Agency",
            "KCNA=Korean Central News Agency", "Asahi Shimbun", "Yomiuri Shimbun", "Nikkei=Nikkei Asia",
            "The Times of India=Times of India", "Hindustan Times", "The Hindu", "Press Trust of India=PTI",
            "Haaretz", "The Jerusalem Post=Jerusalem Post", "The Times of Israel=Times of Israel", "Al Arabiya",
            "Anadolu Agency=Anadolu", "IRNA=Islamic Republic News Agency",
            "Canadian Broadcasting Corporation=CBC;CBC News", "The Globe and Mail=Globe and Mail",
            "Australian Broadcasting Corporation", "The Sydney Morning Herald=Sydney Morning Herald",
            "Voice of America=VOA", "Radio Free Europe/Radio Liberty=RFE/RL;Radio Free Europe",
        };

        // ------------------------------------------------------------------------------------------
        // 5. Place-kind words that make a preceding capitalized name a place. Both "Region" and
        //    "region" forms are accepted (news writes "Kherson region"). "State" is weak evidence
        //    ("Islamic State" is an organization; look the whole name up in the gazetteer first).
        // ------------------------------------------------------------------------------------------
        private static readonly string[] PlaceSuffixData =
        {
            "Region", "Province", "Oblast", "Krai", "Kray", "Raion", "Prefecture", "Governorate", "Canton", "State",
            "County", "District", "Municipality", "Borough", "Township", "Parish", "Territory", "Territories",
            "Republic", "Emirate", "City", "Town", "Village", "Island", "Islands", "Isles", "Archipelago", "Atoll",
            "Peninsula", "Coast", "Delta", "River", "Creek", "Lake", "Lakes", "Sea", "Ocean", "Bay", "Gulf",
            "Strait", "Straits", "Channel", "Canal", "Harbor", "Harbour", "Mountains", "Mountain", "Hills",
            "Heights", "Range", "Ridge", "Valley", "Basin", "Plateau", "Plain", "Plains", "Highlands", "Desert",
            "Forest", "Glacier", "Volcano", "Reef", "Falls", "Gorge", "Canyon", "Fjord", "Steppe", "Dam",
            "Reservoir", "Bridge", "Airport", "Square", "Street", "Avenue", "Boulevard", "Road", "Park", "Beach",
            "Springs", "Oasis", "Camp", "Mall", "Mosque", "Cathedral", "Palace", "Stadium", "Arena", "Castle", "Plaza",
        };

        // ------------------------------------------------------------------------------------------
        // 7. Organization head words: ending a capitalized sequence, they make it an organization.
        // ------------------------------------------------------------------------------------------
        private static readonly string[] OrganizationHeadData =
        {
            "Academy", "Administration", "Agency", "Airlines", "Airways", "Alliance", "Army", "Assembly",
            "Association", "Authority", "Bank", "Battalion", "Brigade", "Brigades", "Broadcasting", "Bureau",
            "Caucus", "Center", "Centre", "Chamber", "Chronicle", "Church", "Club", "Coalition", "College",
            "Command", "Commission", "Committee", "Company", "Confederation", "Conference", "Congress",
            "Consortium", "Corporation", "Corps", "Council", "Court", "Department", "Directorate", "Endowment",
            "Enterprises", "Exchange", "Federation", "Force", "Forces", "Foundation", "Front", "Fund", "Gazette",
            "Group", "Guard", "Guards", "Herald", "Holdings", "Hospital", "Industries", "Initiative", "Institute",
            "Institution", "Journal", "Laboratories", "Laboratory", "League", "Legislature", "Magazine", "Media",
            "Militia", "Ministry", "Motors", "Movement", "Museum", "Navy", "Network", "News", "Observatory",
            "Office", "Organisation", "Organization", "Parliament", "Partners", "Partnership", "Party",
            "Petroleum", "Pharmaceuticals", "Police", "Post", "Press", "Program", "Programme", "Radio", "Railways",
            "Regiment", "School", "Secretariat", "Senate", "Service", "Services", "Society", "Studios", "Systems",
            "Technologies", "Telegraph", "Television", "Times", "Tribunal", "Tribune", "Trust", "TV", "Union",
            "University",
            "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "LLP", "PLC", "plc", "Corp", "Corp.", "Co.", "AG", "GmbH",
            "S.A.", "N.V.", "Limited",
        };

        // ------------------------------------------------------------------------------------------
        // 8. Capitalized adjectives (religious, ethnic, political, directional) that are not entities
        //    and not country demonyms.
        // ------------------------------------------------------------------------------------------
        private static readonly string[] NonEntityAdjectiveData =
        {
            "Western", "Eastern", "Northern", "Southern", "Central", "Soviet", "Arab", "Arabic", "Muslim",
            "Christian", "Jewish", "Kurdish", "Islamic", "Islamist", "Jihadist", "Catholic", "Orthodox",
            "Protestant", "Evangelical", "Anglican", "Lutheran", "Baptist", "Methodist", "Mormon", "Hindu",
            "Buddhist", "Sikh", "Sunni", "Shia", "Shiite", "Shi'ite", "Alawite", "Druze", "Yazidi", "Coptic",
            "Salafi", "Latino", "Latina", "Hispanic", "Latin", "Allied", "Communist", "Socialist", "Marxist",
            "Leninist", "Maoist", "Nazi", "Fascist", "Zionist", "Bolshevik", "Republican", "Democratic",
            "Democrat", "Conservative", "Liberal", "Royal", "Imperial", "Federal", "Indigenous", "Aboriginal",
            "Native", "Pashtun", "Tamil", "Uyghur", "Uighur", "Rohingya", "Tatar", "Berber", "Bedouin",
            "Persian", "Slavic", "Celtic", "Anglo-Saxon", "Anglophone", "Francophone", "Hebrew", "Mandarin",
            "Cantonese", "Swahili", "Ottoman", "Byzantine", "Transatlantic", "Trans-Atlantic", "Pan-African",
            "Pan-Arab",
        };

        private static readonly Dictionary<string, GazetteerEntry> SurfaceIndex = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        private static readonly Dictionary<string, GazetteerEntry> DemonymIndex = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        private static readonly HashSet<string> PlaceSuffixSet = new HashSet<string>(StringComparer.Ordinal);
        private static readonly HashSet<string> OrganizationHeadSet = new HashSet<string>(StringComparer.Ordinal);
        private static readonly HashSet<string> NonEntityAdjectiveSet = new HashSet<string>(StringComparer.Ordinal);
        private static readonly ReadOnlyCollection<GazetteerEntry> Entries;
        private static readonly int MaxTokens;

        // Asked of most capitalized words: names are turned away without hashing (built once the sets are full).
        private static readonly Helpers.WordFilter PlaceSuffixFilter;
        private static readonly Helpers.WordFilter OrganizationHeadFilter;
        private static readonly Helpers.WordFilter NonEntityAdjectiveFilter;

        static Gazetteer()
        {
            var raws = new List<RawEntry>();
            AddItems(raws, CountryData, GazetteerKind.Country, null, isMedia: false);
            AddGroups(raws, CityData, GazetteerKind.City);
            AddGroups(raws, RegionData, GazetteerKind.Region);
            AddItems(raws, ContinentData, GazetteerKind.Continent, null, isMedia: false);
            AddItems(raws, OrganizationData, GazetteerKind.Organization, null, isMedia: false);
            AddItems(raws, MediaData, GazetteerKind.Organization, null, isMedia: true);

            // Explicit forms first (first registration wins), then generated spelling variants that
            // do not collide with any explicit form.
            var surfaceOwner = new Dictionary<string, RawEntry>(StringComparer.Ordinal);
            var demonymOwner = new Dictionary<string, RawEntry>(StringComparer.Ordinal);
            foreach (var raw in raws)
            {
                TryOwn(surfaceOwner, raw.Name, raw);
                foreach (var alias in raw.Aliases)
                {
                    TryOwn(surfaceOwner, alias, raw);
                }

                foreach (var demonym in raw.Demonyms)
                {
                    TryOwn(demonymOwner, demonym, raw);
                }
            }

            foreach (var raw in raws)
            {
                var explicitSurfaces = new List<string>(raw.Aliases.Count + 1) { raw.Name };
                explicitSurfaces.AddRange(raw.Aliases);
                foreach (var surface in explicitSurfaces)
                {
                    foreach (var variant in SpellingVariants(surface))
                    {
                        if (TryOwn(surfaceOwner, variant, raw))
                        {
                            raw.Aliases.Add(variant);
                        }
                    }
                }

                foreach (var demonym in raw.Demonyms.ToArray())
                {
                    foreach (var variant in SpellingVariants(demonym))
                    {
                        if (TryOwn(demonymOwner, variant, raw))
                        {
                            raw.Demonyms.Add(variant);
                        }
                    }
                }
            }

            var entries = new List<GazetteerEntry>(raws.Count);
            var maxTokens = 1;
            foreach (var raw in raws)
            {
                raw.Entry = new GazetteerEntry(
                    raw.Name,
                    raw.Kind,
                    raw.Country,
                    raw.IsMedia,
                    new ReadOnlyCollection<string>(raw.Aliases.ToArray()),
                    new ReadOnlyCollection<string>(raw.Demonyms.ToArray()),
                    raw.IsCapital);
                entries.Add(raw.Entry);
                maxTokens = Math.Max(maxTokens, CountTokens(raw.Name));
                foreach (var alias in raw.Aliases)
                {
                    maxTokens = Math.Max(maxTokens, CountTokens(alias));
                }

                foreach (var demonym in raw.Demonyms)
                {
                    maxTokens = Math.Max(maxTokens, CountTokens(demonym));
                }
            }

            foreach (var pair in surfaceOwner)
            {
                SurfaceIndex[pair.Key] = pair.Value.Entry!;
            }

            foreach (var pair in demonymOwner)
            {
                DemonymIndex[pair.Key] = pair.Value.Entry!;
            }

            foreach (var word in PlaceSuffixData)
            {
                PlaceSuffixSet.Add(word);
                PlaceSuffixSet.Add(char.ToLowerInvariant(word[0]) + word.Substring(1));
            }

            foreach (var word in OrganizationHeadData)
            {
                OrganizationHeadSet.Add(word);
            }

            foreach (var word in NonEntityAdjectiveData)
            {
                NonEntityAdjectiveSet.Add(word);
                foreach (var variant in SpellingVariants(word))
                {
                    NonEntityAdjectiveSet.Add(variant);
                }
            }

            Entries = new ReadOnlyCollection<GazetteerEntry>(entries);
            MaxTokens = maxTokens;
            PlaceSuffixFilter = new Helpers.WordFilter(PlaceSuffixSet);
            OrganizationHeadFilter = new Helpers.WordFilter(OrganizationHeadSet);
            NonEntityAdjectiveFilter = new Helpers.WordFilter(NonEntityAdjectiveSet);
        }

        /// <summary>
        /// Looks up a country, city, region, continent or organization by its exact surface form
        /// (canonical name or alias, ordinal and case-sensitive). If the exact form is unknown and it
        /// starts with "the " or "The ", the remainder is tried ("the Kremlin" → Kremlin).
        /// </summary>
        public static bool TryGetPlaceOrOrganization(string surface, out GazetteerEntry entry)
        {
            if (string.IsNullOrEmpty(surface))
            {
                entry = null!; // Only meaningful when the method returns true.
                return false;
            }

            if (Lookup(SurfaceIndex, surface, out entry))
            {
                return true;
            }

            if (surface.Length > 4 && (surface.StartsWith("the ", StringComparison.Ordinal) || surface.StartsWith("The ", StringComparison.Ordinal)))
            {
                return Lookup(SurfaceIndex, surface.Substring(4), out entry);
            }

            return false;
        }

        /// <summary>
        /// Looks up the place (or, rarely, organization) a demonym / adjective refers to:
        /// "Russian" → Russia, "North Korean" → North Korea, "European" → Europe. A simple plural
        /// ("Russians", "Britons") is accepted when the singular is a known demonym.
        /// </summary>
        public static bool TryGetByDemonym(string demonym, out GazetteerEntry entry)
        {
            if (string.IsNullOrEmpty(demonym))
            {
                entry = null!; // Only meaningful when the method returns true.
                return false;
            }

            if (Lookup(DemonymIndex, demonym, out entry))
            {
                return true;
            }

            if (demonym.Length > 3 && demonym[demonym.Length - 1] == 's')
            {
                return Lookup(DemonymIndex, demonym.Substring(0, demonym.Length - 1), out entry);
            }

            return false;
        }

        /// <summary>True for place-kind words such as "Region"/"region", "Oblast", "River", "Islands".</summary>
        public static bool IsPlaceSuffix(string word) => word != null && PlaceSuffixFilter.MayContain(word) && PlaceSuffixSet.Contains(word);

        /// <summary>True for organization head words such as "Ministry", "Council", "University", "Inc.".</summary>
        public static bool IsOrganizationHead(string word) => word != null && OrganizationHeadFilter.MayContain(word) && OrganizationHeadSet.Contains(word);

        /// <summary>True for capitalized adjectives that are not entities ("Western", "Soviet", "Muslim").</summary>
        public static bool IsNonEntityAdjective(string word) => word != null && NonEntityAdjectiveFilter.MayContain(word) && NonEntityAdjectiveSet.Contains(word);

        /// <summary>Longest name, alias or demonym in whitespace-separated tokens.</summary>
        public static int MaxSurfaceTokens => MaxTokens;

        /// <summary>All entries in table order (countries, cities, regions, continents, organizations, media).</summary>
        public static IEnumerable<GazetteerEntry> All => Entries;

        private static bool Lookup(Dictionary<string, GazetteerEntry> index, string key, out GazetteerEntry entry)
        {
            if (index.TryGetValue(key, out GazetteerEntry? found) && found != null)
            {
                entry = found;
                return true;
            }

            entry = null!; // Only meaningful when the method returns true.
            return false;
        }

        private static void AddGroups(List<RawEntry> raws, string[] groups, GazetteerKind kind)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var group in groups)
            {
                var parts = group.Split('|');
                var country = parts[0] == "-" ? null : parts[0];
                // The national capital is the first city of a country's first group.
                var capitalFirst = kind == GazetteerKind.City && country is not null && seen.Add(country);
                for (var i = 1; i < parts.Length; i++)
                {
                    var raw = ParseItem(parts[i], kind, country, isMedia: false);
                    raw.IsCapital = capitalFirst && i == 1;
                    raws.Add(raw);
                }
            }
        }

        private static void AddItems(List<RawEntry> raws, string[] items, GazetteerKind kind, string? country, bool isMedia)
        {
            foreach (var item in items)
            {
                raws.Add(ParseItem(item, kind, country, isMedia));
            }
        }

        private static RawEntry ParseItem(string item, GazetteerKind kind, string? country, bool isMedia)
        {
            var parts = item.Split('=');
            var raw = new RawEntry(parts[0], kind, country, isMedia);
            if (parts.Length > 1)
            {
                AddList(raw.Aliases, parts[1], raw.Name);
            }

            if (parts.Length > 2)
            {
                AddList(raw.Demonyms, parts[2], null);
            }

            return raw;
        }

        private static void AddList(List<string> target, string list, string? exclude)
        {
            foreach (var value in list.Split(';'))
            {
                if (value.Length > 0 && !string.Equals(value, exclude, StringComparison.Ordinal) && !target.Contains(value))
                {
                    target.Add(value);
                }
            }
        }

        private static bool TryOwn(Dictionary<string, RawEntry> owners, string key, RawEntry raw)
        {
            if (owners.ContainsKey(key))
            {
                return false;
            }

            owners.Add(key, raw);
            return true;
        }

        /// <summary>Accent-free and apostrophe-swapped spellings of a form (excluding the form itself).</summary>
        private static IEnumerable<string> SpellingVariants(string text)
        {
            var results = new List<string>(3);
            var folded = FoldDiacritics(text);
            AddVariant(results, text, folded);
            AddVariant(results, text, SwapApostrophes(text));
            AddVariant(results, text, SwapApostrophes(folded));
            return results;
        }

        private static void AddVariant(List<string> results, string original, string variant)
        {
            if (!string.Equals(variant, original, StringComparison.Ordinal) && !results.Contains(variant))
            {
                results.Add(variant);
            }
        }

        private static string SwapApostrophes(string text)
        {
            if (text.IndexOf('\'') >= 0)
            {
                return text.Replace('\'', '\u2019');
            }

            return text.IndexOf('\u2019') >= 0 ? text.Replace('\u2019', '\'') : text;
        }

        private static string FoldDiacritics(string text) => Helpers.AccentFolding.Fold(text);

        private static int CountTokens(string text)
        {
            var count = 0;
            var inToken = false;
            foreach (var c in text)
            {
                if (char.IsWhiteSpace(c))
                {
                    inToken = false;
                }
                else if (!inToken)
                {
                    inToken = true;
                    count++;
                }
            }

            return count;
        }

        private sealed class RawEntry
        {
            public RawEntry(string name, GazetteerKind kind, string? country, bool isMedia)
            {
                Name = name;
                Kind = kind;
                Country = country;
                IsMedia = isMedia;
            }

            public string Name { get; }

            public GazetteerKind Kind { get; }

            public string? Country { get; }

            public bool IsMedia { get; }

            public bool IsCapital { get; set; }

            public List<string> Aliases { get; } = new List<string>();

            public List<string> Demonyms { get; } = new List<string>();

            public GazetteerEntry? Entry { get; set; }
        }
    }
}
