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
        /// "Against" joins the members to their cause as "for" does, and may take "the" ("Velden Veterans Against the Quarry");
        /// the first of two or more member words may be a place ("Ostrel Nurses for Clean Harbours": the place is no entity of its own).
        /// </summary>
        private bool TryAdvocacyGroupRun(SentenceInfo s, int start, int end, bool restricted)
        {
            var tokens = s.Tokens;
            if (tokens[start].Is("The")) start++; // "The Nurses for Clean Harbours": the article is no part of the name
            var f = start + 1;
            while (f < end && !IsCauseLink(tokens[f])) f++;
            var cause = f + 1 < end && tokens[f].Is("against") && tokens[f + 1].Is("the") ? f + 2 : f + 1; // "Against the Quarry"
            if (cause >= end || f - start > 3 || end - cause > 3 || IsClauseStart(tokens, start) && f - start < 2) return false;
            for (var i = start; i < end; i++)
                if (i != f && i != cause - 1 && (!tokens[i].IsWord || !tokens[i].IsCapitalized || IsCalendarWord(tokens, i) || IsCauseLink(tokens[i]))) return false;
            for (var i = start; i < f; i++)
                if (Titles.IsTitleWord(tokens[i]) || NamesPlaceOrOrganization(tokens[i]) && !(i == start && f - start >= 2 && NamesPlace(tokens[i]))
                    || GivenNames.Contains(tokens[i]) || IsA(tokens[i], EntityWords.ThingWord)) return false;
            // "Women for Velden First": a title word may end the cause, never open it ("Collins for Vice President").
            if (!IsCommonPlural(tokens[f - 1].Text) || Titles.IsTitleWord(tokens[cause]) || Titles.IsRoleNoun(tokens[cause])) return false;
            if (!restricted) AddMention(s, start, end, EntityKind.Organization, Join(tokens, start, end), isDemonym: false);
            return true;
        }

        // "Voices", "Parliamentarians", "Women": a plural noun, a known common word, a speaking group's noun or the plural of a role noun.
        private static bool IsCommonPlural(string word) =>
            word is "Women" or "Men" or "People" or "Children"
            || word.Length > 3 && word.EndsWith("s", StringComparison.Ordinal) && !word.EndsWith("ss", StringComparison.Ordinal) && !word.EndsWith("us", StringComparison.Ordinal)
                && !word.EndsWith("is", StringComparison.Ordinal) && (IsCommonWord(word) || CommonWords.IsSpeakingGroup(word.ToLowerInvariant())
                    || Titles.IsRoleNoun(word.Substring(0, word.Length - 1).ToLowerInvariant()));

        // "for" or a capitalized "Against" (a lower-case "against" ends a run): what links the members to their cause.
        private static bool IsCauseLink(in Token t) => t.Is("for") || t.Is("against");

        // "Ostrel Nurses for ...", "Velden Veterans Against ...": a place, not an organization, opening the members' words.
        private static bool NamesPlace(in Token t) => Gazetteer.TryGetPlaceOrOrganization(t.Text, out var entry) && entry.Kind != GazetteerKind.Organization;

        // ScanRuns: "the" after a capitalized "Against" that follows a plural goes on with an advocacy group's name
        // ("Velden Veterans Against the Quarry"), before a capitalized word.
        private static bool IsAgainstTheInGroupName(List<Token> tokens, int runStart, int j) =>
            tokens[j].Is("the") && j - 2 >= runStart && j + 1 < tokens.Count && tokens[j + 1].IsCapitalized && tokens[j - 1].Text == "Against"
            && IsCommonPlural(tokens[j - 2].Text);
    }
}
