using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Lexicons
{
    /// <summary>Words that make up personal titles and roles ("Foreign Minister", "President-elect").</summary>
    internal static class Titles
    {
        // Capitalized words that compose a title before a name.
        private static readonly HashSet<string> TitleWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "President", "President-elect", "Vice", "Prime", "Minister", "Foreign", "Defense", "Defence", "Secretary",
            "Chancellor", "King", "Queen", "Prince", "Princess", "Pope", "Cardinal", "Archbishop", "Bishop", "Rev.", "Reverend",
            "Senator", "Sen.", "Representative", "Rep.", "Congressman", "Congresswoman", "Governor", "Gov.", "Mayor",
            "General", "Gen.", "Admiral", "Adm.", "Colonel", "Col.", "Lieutenant", "Lt.", "Major", "Maj.", "Captain", "Capt.",
            "Sergeant", "Sgt.", "Commander", "Marshal", "Ambassador", "Envoy", "Special", "Speaker", "Leader", "Chairman",
            "Chairwoman", "Chair", "CEO", "Director", "Judge", "Justice", "Chief", "Deputy", "Former", "Ex-President",
            "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Prof.", "Professor", "Sheikh", "Crown", "Emir", "Sultan",
            "Commissioner", "Spokesperson", "Spokesman", "Spokeswoman", "Minority", "Majority", "Whip", "Attorney",
            "Interior", "Finance", "Health", "Economy", "Trade", "Energy", "Education", "Home", "Treasury", "Agriculture",
            "Transport", "Culture", "Environment", "Labor", "Labour", "Justice", "Security", "National", "Acting", "Incoming",
            "Outgoing", "Premier", "Lord", "Lady", "Sir", "Dame", "Senior", "Advisor", "Adviser", "Officer", "Executive",
            "Founder", "Coach", "Manager", "Captain", "Anchor", "Correspondent", "Editor", "Patriarch", "Rabbi", "Imam",
            "Ayatollah", "Supreme", "Army", "Navy", "Air", "Force", "Police", "Inspector", "Detective", "Constable",
            "Superintendent", "Head", "First", "Lady", "Mx.", "Dean", "Rector", "Provost", "Astronaut", "Chef", "Sister",
            "Brother", "Father", "Saint", "St.", "Member", "Current", "Then", "Late", "Presidents", "Ministers", "Senators", "Governors", "Sheriff", "Commissioner", "Councillor", "Councilor", "Alderman", "Mme", "Mme.", "Mlle", "Monsieur", "Madame", "Herr", "Frau", "Señor", "Sr.", "Sra.", "Shahid", "Shaheed",
        };

        // Lower-case role nouns that stand before a name ("envoy Jane Doe") or for a person ("the president").
        private static readonly HashSet<string> RoleNouns = new(StringComparer.OrdinalIgnoreCase)
        {
            "president", "president-elect", "vice-president", "minister", "secretary", "chancellor", "envoy", "ambassador",
            "spokesperson", "spokesman", "spokeswoman", "leader", "premier", "governor", "mayor", "senator", "official",
            "diplomat", "general", "commander", "king", "queen", "prince", "pope", "chief", "director", "chairman", "ceo",
            "teacher", "journalist", "reporter", "lawyer", "judge", "prosecutor", "professor", "scientist", "researcher",
            "analyst", "activist", "student", "doctor", "nurse", "player", "coach", "singer", "actor", "actress", "writer",
            "author", "candidate", "lawmaker", "legislator", "representative", "congressman", "congresswoman", "officer",
            "founder", "owner", "manager", "executive", "advisor", "adviser", "aide", "negotiator", "astronaut", "pilot",
            "captain", "head", "speaker", "economist", "historian", "expert", "spokesperson", "pastor", "priest", "bishop",
            "cardinal", "investigator", "detective", "sheriff", "deputy", "mother", "father", "son", "daughter", "wife", "husband", "administrator", "advisors", "advisers", "actor", "actress", "officials",
        };

        public static bool IsTitleWord(string word) => TitleFilter.MayContain(word) && TitleWords.Contains(word);

        // Asked of most capitalized words: names are turned away without hashing.
        private static readonly Helpers.WordFilter TitleFilter = new(TitleWords);
        private static readonly Helpers.WordFilter RoleFilter = new(RoleNouns);

        // Words that qualify a title ("Trade" in "Trade Minister") but are no title alone.
        private static readonly HashSet<string> Qualifiers = new(StringComparer.OrdinalIgnoreCase)
        {
            "Foreign", "Defense", "Defence", "Interior", "Finance", "Health", "Economy", "Trade", "Energy", "Education", "Home",
            "Treasury", "Agriculture", "Transport", "Culture", "Environment", "Labor", "Labour", "Justice", "Security", "National",
            "Special", "Senior", "Chief", "Deputy", "Acting", "Incoming", "Outgoing", "First", "Head", "Supreme", "Army", "Navy",
            "Air", "Force", "Police", "Crown", "Vice", "Prime", "Minority", "Majority", "Former", "Executive", "Lady", "Current", "Then", "Late",
        };

        /// <summary>A title word that stands for a person's rank by itself ("Sheriff", "President"), not a qualifier ("Trade").</summary>
        public static bool IsPersonTitle(string word) => IsTitleWord(word) && !Qualifiers.Contains(word);

        public static bool IsRoleNoun(string word) => RoleFilter.MayContain(word) && RoleNouns.Contains(word);
    }
}
