using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // A city's name that is its state's name too ("New York") names the state where the sentence shows a state; a capital's
    // ("Washington") stays the capital, whose name the state's bare name would share.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// The gazetteer's "New York" is the city; the state is "New York State". The bare name is the state after a town and a
        /// comma ("in Eastbridge, New York"), beside another state of the country in a list ("Ohio, New York and Vermont"), or
        /// after a legislator's title and "from" ("a senator from New York"); not before a capitalized word or a possessive
        /// ("Jo Vell, New York's governor"). Returns the state's entry there, else the entry found.
        /// </summary>
        private static GazetteerEntry StateReading(List<Token> tokens, int start, int end, GazetteerEntry entry)
        {
            if (entry.Kind != GazetteerKind.City || entry.IsCapital || entry.Country is null
                || end < tokens.Count && (tokens[end].IsCapitalized || tokens[end].Kind == TokenKind.Possessive)
                || !Gazetteer.TryGetPlaceOrOrganization(Join(tokens, start, end) + " State", out var state)
                || state.Kind != GazetteerKind.Region || state.Country != entry.Country) return entry;
            return AfterTownAndComma(tokens, start) || BesideStateOf(tokens, start, end, entry.Country)
                || start >= 2 && tokens[start - 1].Is("from") && Titles.IsTitleWord(tokens[start - 2]) ? state : entry;
        }

        // "Eastbridge, New York", "New York, New York": a capitalized name, not a country nor another country's place, then a
        // comma; not an item of a list of cities ("Paris, London, New York", "in Lyon, New York and Oslo").
        private static bool AfterTownAndComma(List<Token> tokens, int start)
        {
            if (start < 3 || !tokens[start - 1].IsPunct(',') || !tokens[start - 2].IsCapitalized) return false;
            var from = start - 2;
            while (from > 0 && tokens[from - 1].IsCapitalized) from--;
            // a word in lower case before the town ("in", "of", "the city of"): no sentence opening ("Meanwhile, New York"),
            // no list; no date ("On Tuesday, New York")
            if (from == 0 || !tokens[from - 1].IsWord || !char.IsLower(tokens[from - 1].Text[0]) || IsDateWord(tokens[start - 2])) return false;
            return !(Gazetteer.TryGetPlaceOrOrganization(tokens, from, start - 1, out var town) && town.Country != "United States");
        }

        // "Ohio, New York and Vermont", "New York and New Jersey": another state of the country right before or after, a comma,
        // "and" or "or" between.
        private static bool BesideStateOf(List<Token> tokens, int start, int end, string country)
        {
            if (start >= 2 && IsListJoint(tokens[start - 1]))
            {
                var from = start - 2;
                while (from > 0 && tokens[from - 1].IsCapitalized) from--;
                if (IsStateOf(tokens, from, start - 1, country)) return true;
            }
            if (end + 1 < tokens.Count && IsListJoint(tokens[end]))
            {
                var to = end + 1;
                while (to < tokens.Count && tokens[to].IsCapitalized) to++;
                if (IsStateOf(tokens, end + 1, to, country)) return true;
            }
            return false;
        }

        private static bool IsListJoint(Token token) => token.IsPunct(',') || token.Is("and") || token.Is("or");

        private static bool IsStateOf(List<Token> tokens, int start, int end, string country) =>
            end > start && Gazetteer.TryGetPlaceOrOrganization(tokens, start, end, out var place) && place.Kind == GazetteerKind.Region && place.Country == country;
    }
}
