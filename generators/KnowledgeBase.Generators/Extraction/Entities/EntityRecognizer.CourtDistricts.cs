using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // A court's district named in a judge's, a court's or a prosecutor's title is no place of its own.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// "convicted in the Northern District of Ostrel", "a Velden District judge ruled": a federal court's district, a compass
        /// word (or "Middle") and "District" before "of" and a state or city the gazetteer knows, or any district before a lower-case judge, court or
        /// attorney, is the court's territory, no place an annotator marks; the state after "of" is still a place.
        /// </summary>
        private static bool NamesCourtDistrict(List<Token> tokens, int start, int end)
        {
            if (end >= tokens.Count || !tokens[end - 1].Is("District")) return false;
            var after = tokens[end];
            if (after.Is("judge") || after.Is("court") || after.Is("attorney")) return true;
            // A state's ("of Ostrel" the gazetteer knows as a region or city): a country's district is its own place ("the Southern District of Norland").
            return end - start == 2 && after.Is("of") && (IsA(tokens[start], EntityWords.Direction) || tokens[start].Is("Middle"))
                && MatchGazetteer(tokens, end + 1, tokens.Count, out var state) > 0 && state!.Kind is GazetteerKind.Region or GazetteerKind.City;
        }
    }
}
