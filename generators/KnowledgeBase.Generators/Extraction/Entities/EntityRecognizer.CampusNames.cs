using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // A university system's abbreviation and the town of one of its campuses are one organization.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// "a professor at UC Ostrel", "studied at SUNY Velden Harbor": a university system's abbreviation (campus-system) before a
        /// capitalized word names the campus in that town, the abbreviation and the town together; a place the gazetteer knows
        /// is taken whole ("UC San Diego"), else one word. Returns where the run goes on, or -1 when no campus is named here.
        /// </summary>
        private int CampusNameEnd(SentenceInfo s, int k, int end, bool restricted)
        {
            var tokens = s.Tokens;
            if (k + 1 >= end || !Gazetteer.IsCampusSystem(tokens[k].Text) || !tokens[k + 1].IsCapitalized || tokens[k + 1].IsAllCaps
                || Titles.IsTitleWord(tokens[k + 1]) || Gazetteer.IsOrganizationHead(tokens[k + 1])) return -1;
            var next = k + 1 + Math.Max(1, MatchGazetteer(tokens, k + 1, end, out _));
            if (!restricted) AddMention(s, k, next, EntityKind.Organization, Join(tokens, k, next), isDemonym: false);
            return next;
        }
    }
}
