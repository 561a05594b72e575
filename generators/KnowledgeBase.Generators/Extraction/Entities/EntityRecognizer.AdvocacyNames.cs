using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction
{
    // Advocacy groups named "<people> for <cause>": one organization, not a cut name.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// "Nurses for Clean Harbours", "Quiet Voices for Velden", "Women for Ostrel First": capitalized words ending in a
        /// common plural noun (the members), "for" and capitalized words (the cause) name one organization; without this the
        /// run is cut at "for" and only the cause, or nothing, is kept. Guards: the members' words are no title, calendar
        /// word or known name, their last a common plural ("Collins for Vice President" is a candidacy, "Tickets for" at a
        /// sentence start no name); the cause opens with no title word; one "for" only.
        /// </summary>
        private bool TryAdvocacyGroupRun(SentenceInfo s, int start, int end, bool restricted)
        {
            var tokens = s.Tokens;
            if (tokens[start].Is("The")) start++; // "The Nurses for Clean Harbours": the article is no part of the name
            var f = start + 1;
            while (f < end && !tokens[f].Is("for")) f++;
            if (f >= end - 1 || f - start > 3 || end - f - 1 > 3 || IsClauseStart(tokens, start) && f - start < 2) return false;
            for (var i = start; i < end; i++)
                if (i != f && (!tokens[i].IsWord || !tokens[i].IsCapitalized || IsCalendarWord(tokens, i) || tokens[i].Is("for"))) return false;
            for (var i = start; i < f; i++)
                if (Titles.IsTitleWord(tokens[i]) || NamesPlaceOrOrganization(tokens[i]) || GivenNames.Contains(tokens[i]) || IsA(tokens[i], EntityWords.ThingWord)) return false;
            // "Women for Velden First": a title word may end the cause, never open it ("Collins for Vice President").
            if (!IsCommonPlural(tokens[f - 1].Text) || Titles.IsTitleWord(tokens[f + 1]) || Titles.IsRoleNoun(tokens[f + 1])) return false;
            if (!restricted) AddMention(s, start, end, EntityKind.Organization, Join(tokens, start, end), isDemonym: false);
            return true;
        }

        // "Voices", "Parliamentarians", "Women": a plural noun, a known common word or the plural of a role noun.
        private static bool IsCommonPlural(string word) =>
            word is "Women" or "Men" or "People" or "Children"
            || word.Length > 3 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
                && !word.EndsWith("is", StringComparison.Ordinal) && (IsCommonWord(word) || Titles.IsRoleNoun(word.Substring(0, word.Length - 1).ToLowerInvariant()));
    }
}
