using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Lexicons
{
    // Organizations, news media, and the words that make a capitalized run a place or an organization (format: see Gazetteer.cs).
    internal static partial class Gazetteer
    {
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
            "United States Congress=U.S. Congress;Congress",
            "United States Senate=U.S. Senate;Senate",
            "United States House of Representatives=U.S. House of Representatives;House of Representatives",
            "United States Supreme Court=U.S. Supreme Court;Supreme Court",
            "White House", "Pentagon=Department of Defense;U.S. Department of Defense;Defense Department;U.S. Defense Department",
            "Kremlin", "Downing Street=10 Downing Street;Number 10", "Élysée Palace=Élysée",
            "United States Department of State=U.S. State Department;State Department;Department of State",
            "United States Department of Justice=U.S. Department of Justice;Justice Department;Department of Justice;U.S. Justice Department;DOJ",
            "Department of Homeland Security=DHS", "U.S. Treasury=US Treasury;Treasury Department;Department of the Treasury",
            "Federal Reserve=Fed;U.S. Federal Reserve;US Federal Reserve;Federal Reserve Board",
            "FBI=Federal Bureau of Investigation", "CIA=Central Intelligence Agency", "NSA=National Security Agency",
            "Secret Service=U.S. Secret Service",
            "United States Army=U.S. Army", "United States Navy=U.S. Navy", "United States Air Force=U.S. Air Force;USAF",
            "United States Marine Corps=U.S. Marine Corps;USMC", "United States Coast Guard=U.S. Coast Guard;USCG",
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
            "Academy", "Administration", "Agency", "Airlines", "Airways", "Alliance", "Army", "Assembly", "Board",
            "Association", "Authority", "Bank", "Battalion", "Brigade", "Brigades", "Broadcasting", "Bureau",
            "Caucus", "Center", "Centre", "Chamber", "Chronicle", "Church", "Club", "Coalition", "College",
            "Command", "Commission", "Committee", "Company", "Confederation", "Conference", "Congress",
            "Consortium", "Corporation", "Corps", "Council", "Court", "Department", "Directorate", "Endowment",
            "Enterprises", "Exchange", "Federation", "Force", "Forces", "Foundation", "Front", "Fund", "Gazette",
            "Group", "Guard", "Guards", "Herald", "Holdings", "Hospital", "Industries", "Initiative", "Institute",
            "Institution", "Journal", "Laboratories", "Laboratory", "League", "Legislature", "Magazine", "Media",
            "Militia", "Ministry", "Motors", "Movement", "Museum", "Navy", "Network", "News", "Observatory",
            "Office", "Organisation", "Organization", "Parliament", "Partners", "Partnership", "Party",
            "Petroleum", "Pharmaceuticals", "Police", "Post", "Press", "Program", "Programme", "Project", "Radio", "Railways",
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
            "Pan-Arab", "Islam", "Christianity", "Judaism", "Hinduism", "Buddhism", "Sikhism",
        };
    }
}
