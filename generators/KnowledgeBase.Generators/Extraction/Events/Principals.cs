using System;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// Whose words are a statement event (CAMEO 010): a principal's (a government, an organization, a court, a leader or an
    /// official speaking for one). Experts, witnesses and commentators, whom the text presents by such a role or an academic
    /// title, get quotes only.
    /// </summary>
    internal static class Principals
    {
        // Roles of people who comment on events rather than act in them ("analyst X", "X, a professor of law").
        private static readonly string[] CommentatorRoles =
        {
            "professor", "scientist", "researcher", "analyst", "economist", "historian", "expert", "student", "teacher", "doctor", "nurse",
            "journalist", "reporter", "writer", "author", "commentator", "witness", "resident", "neighbour", "neighbor", "mother", "father",
            "son", "daughter", "wife", "husband", "actor", "actress", "singer", "musician", "performer", "comedian", "astrophysicist", "physicist",
            "astronomer", "biologist", "epidemiologist", "virologist", "psychologist", "columnist", "blogger", "critic",
        };

        // Academic titles: "Professor X", "Dr. X" speak as experts unless an office says otherwise.
        private static readonly string[] AcademicTitles = { "professor", "prof.", "dr.", "dr" };

        /// <summary>Whether <paramref name="speaker"/>, as the sentence of the words presents them, speaks as a principal.</summary>
        public static bool IsPrincipal(EntityDraft speaker, SentenceInfo sentence)
        {
            if (speaker.Kind != EntityKind.Person) return !IsDocument(speaker);
            if (PresentedAsCommentator(speaker, sentence)) return false;
            foreach (var role in speaker.Roles)
                if (Array.IndexOf(CommentatorRoles, role) >= 0) return false;
            foreach (var form in speaker.Forms)
                if (StartsWithAcademicTitle(form)) return false;
            return true;
        }

        // "analyst X", "Professor X", "X, an analyst at Y,": the role the sentence gives the speaker, before the name or in apposition.
        private static bool PresentedAsCommentator(EntityDraft speaker, SentenceInfo s)
        {
            var tokens = s.Tokens;
            foreach (var m in s.Mentions)
            {
                if (m.Entity != speaker) continue;
                if (m.TokenStart > 0 && IsCommentatorWord(tokens[m.TokenStart - 1])) return true;
                if (m.TokenEnd >= tokens.Count || !tokens[m.TokenEnd].IsPunct(',')) continue;
                for (var i = m.TokenEnd + 1; i < tokens.Count && i <= m.TokenEnd + 5 && !tokens[i].IsPunct(','); i++)
                    if (IsCommentatorWord(tokens[i])) return true;
            }
            return false;
        }

        // "The Fifth Amendment states", "the Charter says": a text quoted acts in nothing.
        private static readonly string[] DocumentHeads = { "Amendment", "Act", "Constitution", "Charter", "Treaty", "Declaration", "Report", "Law", "Bill", "Article", "Code", "Statute", "Resolution" };

        private static bool IsDocument(EntityDraft speaker)
        {
            // "the Charter of Norvale": the head stands before "of".
            var name = speaker.Name;
            var of = name.IndexOf(" of ", StringComparison.Ordinal);
            if (of > 0) name = name.Substring(0, of);
            return Array.IndexOf(DocumentHeads, name.Substring(name.LastIndexOf(' ') + 1)) >= 0;
        }

        private static bool IsCommentatorWord(Token w) =>
            w.IsWord && (TriggerFinder.IsAny(w, CommentatorRoles) || TriggerFinder.IsAny(w, AcademicTitles));

        // Asked of every form of every speaker: the first word is compared in place, any case, not copied and lowered.
        private static bool StartsWithAcademicTitle(string name)
        {
            var space = name.IndexOf(' ');
            foreach (var title in AcademicTitles)
            {
                var k = 0;
                while (k < space && k < title.Length && char.ToLowerInvariant(name[k]) == title[k]) k++;
                if (space > 0 && k == space && k == title.Length) return true;
            }
            return false;
        }
    }
}
