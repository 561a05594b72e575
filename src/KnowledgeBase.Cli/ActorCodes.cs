using System;
using System.Collections.Generic;
using System.Text;

namespace KnowledgeBase.Cli
{
    /// <summary>A country as CAMEO actor codes (ISO 3166 alpha-3) and GDELT's geography (FIPS 10-4) name it.</summary>
    internal sealed record Country(string Iso3, string Fips);

    /// <summary>
    /// CAMEO actor codes for an entity from a small table of country names, adjectives and role words in
    /// its name and aliases: "Russian President Vladimir Putin" is RUS + GOV. A stopgap: the Phoenix actor
    /// dictionaries will give real codes once the generator carries them. Unknown parts stay empty.
    /// </summary>
    internal static class ActorCodes
    {
        // ISO3 FIPS: names and adjectives, lower case, dots dropped ("U.S." is "us").
        private const string CountryTable = """
            USA US: united states, united states of america, us, usa, america, american, americans, washington
            RUS RS: russia, russian, russians, russian federation, moscow, kremlin
            UKR UP: ukraine, ukrainian, ukrainians, kyiv, kiev
            CHN CH: china, chinese, beijing, people's republic of china
            GBR UK: united kingdom, uk, britain, great britain, british, england, english, scotland, scottish, wales, welsh, london
            FRA FR: france, french, paris
            DEU GM: germany, german, germans, berlin
            ITA IT: italy, italian, rome
            ESP SP: spain, spanish, madrid
            POL PL: poland, polish, warsaw
            JPN JA: japan, japanese, tokyo
            KOR KS: south korea, south korean, korean, seoul
            PRK KN: north korea, north korean, pyongyang
            IND IN: india, indian, new delhi
            PAK PK: pakistan, pakistani, islamabad
            AFG AF: afghanistan, afghan, kabul
            IRN IR: iran, iranian, tehran
            IRQ IZ: iraq, iraqi, baghdad
            SYR SY: syria, syrian, damascus
            ISR IS: israel, israeli, israelis, jerusalem
            PSE WE: palestine, palestinian, palestinians, gaza, west bank
            LBN LE: lebanon, lebanese, beirut
            TUR TU: turkey, turkish, turkiye, ankara
            EGY EG: egypt, egyptian, cairo
            SAU SA: saudi arabia, saudi, riyadh
            YEM YM: yemen, yemeni
            QAT QA: qatar, qatari, doha
            ARE AE: united arab emirates, uae, emirati
            CAN CA: canada, canadian, ottawa
            MEX MX: mexico, mexican
            BRA BR: brazil, brazilian
            ARG AR: argentina, argentine, argentinian
            VEN VE: venezuela, venezuelan
            COL CO: colombia, colombian
            CUB CU: cuba, cuban
            AUS AS: australia, australian, canberra
            NZL NZ: new zealand
            ZAF SF: south africa, south african
            NGA NI: nigeria, nigerian
            ETH ET: ethiopia, ethiopian
            SDN SU: sudan, sudanese
            KEN KE: kenya, kenyan
            BLR BO: belarus, belarusian, minsk
            HUN HU: hungary, hungarian
            GRC GR: greece, greek
            NLD NL: netherlands, dutch
            BEL BE: belgium, belgian
            SWE SW: sweden, swedish
            NOR NO: norway, norwegian
            FIN FI: finland, finnish
            DNK DA: denmark, danish
            CHE SZ: switzerland, swiss
            AUT AU: austria, austrian
            IRL EI: ireland, irish
            PRT PO: portugal, portuguese
            TWN TW: taiwan, taiwanese, taipei
            VNM VM: vietnam, vietnamese
            THA TH: thailand, thai
            PHL RP: philippines, philippine, filipino
            IDN ID: indonesia, indonesian
            MYS MY: malaysia, malaysian
            GEO GG: georgia, georgian
            ARM AM: armenia, armenian
            AZE AJ: azerbaijan, azerbaijani
            KAZ KZ: kazakhstan
            """;

        // CAMEO role codes (actor type) and the words that signal them.
        private const string RoleTable = """
            GOV: president, prime minister, minister, ministry, government, chancellor, king, queen, senator, governor, mayor, parliament, congress, cabinet, white house, secretary of state, foreign minister, spokesperson, spokesman, official, officials, department, administration, premier, leader
            MIL: military, army, armed forces, troops, soldiers, navy, air force, defense forces, defence forces, general, commander, pentagon
            COP: police, policeman, police officer, officers
            JUD: court, judge, supreme court, prosecutor, justice
            REB: rebels, rebel, insurgents, militants, militia
            OPP: opposition
            LEG: lawmakers, legislature, house of representatives, senate
            BUS: company, corporation, inc, ltd, business, bank
            MED: news, newspaper, television, broadcaster, press agency, journalist, reporter
            EDU: university, school, college
            HLH: hospital, health
            IGO: united nations, un, nato, european union, eu, world health organization, imf, world bank, african union
            """;

        private static readonly (string Words, Country Country)[] Countries = Load(CountryTable, fields => new Country(fields[0], fields[1]));
        private static readonly (string Words, string Role)[] Roles = Load(RoleTable, fields => fields[0]);

        private static (string, T)[] Load<T>(string table, Func<string[], T> value)
        {
            var rows = new List<(string, T)>();
            foreach (var line in table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var colon = line.IndexOf(':');
                var key = value(line.Substring(0, colon).Split(' '));
                foreach (var words in line.Substring(colon + 1).Split(',', StringSplitOptions.TrimEntries)) rows.Add((" " + words + " ", key));
            }
            // Longest first: "south korean" before "korean", "prime minister" before "minister".
            rows.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
            return rows.ToArray();
        }

        /// <summary>The country a place is, when the place is one the table knows by its name.</summary>
        public static Country? CountryNamed(string name)
        {
            var key = Key(name);
            foreach (var (words, country) in Countries)
                if (words == key) return country;
            return null;
        }

        /// <summary>The entity's country (a place: the country it is; else the first country word in its name and aliases) and its role code.</summary>
        public static (Country? Country, string? Role) Of(Entity entity)
        {
            if (entity.Kind == EntityKind.Place) return (CountryNamed(entity.Name) ?? Find(Countries, entity), null);
            return (Find(Countries, entity), Find(Roles, entity));
        }

        private static T? Find<T>((string Words, T Value)[] table, Entity entity) where T : class
        {
            foreach (var text in Names(entity))
            {
                var key = Key(text);
                foreach (var (words, value) in table)
                    if (key.Contains(words, StringComparison.Ordinal)) return value;
            }
            return default;
        }

        private static IEnumerable<string> Names(Entity entity)
        {
            yield return entity.Name;
            foreach (var alias in entity.Aliases) yield return alias;
        }

        /// <summary>" russian president vladimir putin ": lower case, dots dropped, other punctuation a space, padded with spaces.</summary>
        private static string Key(string text)
        {
            var key = new StringBuilder(" ");
            foreach (var c in text)
            {
                if (c == '.') continue;
                if (char.IsLetterOrDigit(c) || c == '\'') key.Append(char.ToLowerInvariant(c));
                else if (key[^1] != ' ') key.Append(' ');
            }
            if (key[^1] != ' ') key.Append(' ');
            return key.ToString();
        }
    }
}
