using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // A plural noun for people, its bare apostrophe and a head word: one name ("Tanners' Hall", "the Nurses' Union").
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// "a fire at Tanners' Hall", "the Velden Glaziers' Union": a plural noun that names people, its bare apostrophe and a
        /// capitalized organization head or place word after it make one name, as the lexicon's "Workers' Party" does. Not
        /// after a connector ("the House of Delegates' Committee": the committee of a body named before) nor after a name the
        /// gazetteer knows.
        /// </summary>
        private static bool IsPeoplesPossessiveBeforeHead(List<Token> tokens, int i, int j)
        {
            var plural = tokens[j - 1];
            if (tokens[j].Text is not ("'" or "\u2019") || !plural.IsWord || plural.IsAllCaps || plural.Text.Length < 5) return false;
            var next = tokens[j + 1];
            if (!Gazetteer.IsOrganizationHead(next) && !Gazetteer.IsPlaceSuffix(next.Text)) return false;
            for (var k = i; k < j - 1; k++)
                if (!tokens[k].IsCapitalized) return false;
            var lower = plural.Lower;
            return lower.EndsWith("s", StringComparison.Ordinal) && NamesAPerson(lower.Substring(0, lower.Length - 1)) && !NamesPlaceOrOrganization(plural);
        }
    }
}
