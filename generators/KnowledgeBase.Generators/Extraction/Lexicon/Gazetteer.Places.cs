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

using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Lexicons
{
    // The world's countries, cities, regions and continents (format: see Gazetteer.cs).
    internal static partial class Gazetteer
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
            "Americas", "Oceania", "Earth", "Antarctica==Antarctic", "Arctic==Arctic", "Eurasia==Eurasian",
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
    }
}
