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

        /// <summary>
        /// Whether the run from i to j is "[The] University of" and one to three capitalized words, so that "at" and a town
        /// after it name one campus of the university ("the University of Norland at Eastbridge"), not where it is.
        /// </summary>
        private static bool IsUniversityOfBefore(List<Token> tokens, int i, int j)
        {
            var k = tokens[i].Is("The") ? i + 1 : i;
            if (j - k < 3 || j - k > 5 || !tokens[k].Is("University") || !tokens[k + 1].Is("of")) return false;
            for (var m = k + 2; m < j; m++)
                if (!tokens[m].IsCapitalized || Gazetteer.IsOrganizationHead(tokens[m])) return false;
            return true;
        }

        /// <summary>
        /// "the University of Norland at Eastbridge (NU Eastbridge)": the initials of the university's words, in any order (the
        /// state's initial often comes first), and the campus town, its last word, are the campus's short form.
        /// </summary>
        private static bool IsCampusShortForm(string name, string form)
        {
            var space = form.IndexOf(' ');
            return space >= 2 && name.EndsWith(form.Substring(space), StringComparison.Ordinal) && SpellsCampusInitials(name, form.Substring(0, space));
        }

        /// <summary>
        /// Whether the acronym is the initials of a campus's university, in any order: "CU" or "UC" of "University of Colorado at
        /// Velden" (a later "CU said" is the campus named before).
        /// </summary>
        internal static bool SpellsCampusInitials(string name, string acronym)
        {
            var at = name.IndexOf(" at ", StringComparison.Ordinal);
            if (at < 0 || acronym.Length < 2) return false;
            var initials = new List<char>();
            foreach (var word in name.Substring(0, at).Split(' '))
                if (word.Length > 0 && char.IsUpper(word[0])) initials.Add(word[0]);
            if (initials.Count != acronym.Length) return false;
            foreach (var c in acronym)
                if (!initials.Remove(c)) return false;
            return true;
        }
    }
}
