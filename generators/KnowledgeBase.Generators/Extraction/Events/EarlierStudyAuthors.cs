using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "Researchers at the Velden Institute built a model of the lake. The model was published in the Ostrel Journal on October
    /// 22.": a study told again as "the model/study/work was published" with nobody named is the work of the researchers the
    /// nearest earlier sentence of the same paragraph names (the gold's discovery group: the named researchers and/or the bodies
    /// they are of): a person followed by "of"/"at" a body ("biologist Anja Kress of the Velden Institute"), or a team or group
    /// noun of researchers followed by "from"/"at"/"of" the bodies ("researchers at the Velden Institute and Ostrel University").
    /// </summary>
    internal static class EarlierStudyAuthors
    {
        private const int SentencesBack = 2;

        /// <summary>The researchers named just before a publication told as "the model was published", or null.</summary>
        internal static List<EntityDraft>? Of(SentenceInfo sentence, int t, List<SentenceInfo> sentences)
        {
            if (!IsToldStudyPassive(sentence.Tokens, t)) return null;
            var at = sentences.IndexOf(sentence);
            for (var i = at - 1; i >= 0 && i >= at - SentencesBack; i--)
            {
                var s = sentences[i];
                if (s.BlockIndex != sentence.BlockIndex || s.OpensInterviewTurn) return null;
                if (Researchers(s) is { } found) return found;
            }
            return null;
        }

        // "The model was published", "this work was published": a told-study noun after "the" or "this", then "was"/"were".
        private static bool IsToldStudyPassive(List<Token> tokens, int t) =>
            t >= 3 && tokens[t].Is("published") && (tokens[t - 1].Is("was") || tokens[t - 1].Is("were")) && tokens[t - 2].IsWord
            && EventLexicon.IsToldStudy(tokens[t - 2].Text) && (tokens[t - 3].Is("the") || tokens[t - 3].Is("this"));

        // The first researcher named with his body, or the bodies a group of researchers is from.
        private static List<EntityDraft>? Researchers(SentenceInfo s)
        {
            var tokens = s.Tokens;
            for (var k = 0; k < tokens.Count; k++)
            {
                if (s.MentionAt(k) is { Entity.Kind: EntityKind.Person } person && person.TokenStart == k && LeadAuthors.BodyAfter(s, person.TokenEnd) is { } body)
                    return new List<EntityDraft> { person.Entity, body };
                if (k + 2 < tokens.Count && (EventLexicon.IsTeamNoun(tokens[k].Text) || CommonWords.IsGroupNoun(tokens[k].Text))
                    && TriggerFinder.IsAny(tokens[k + 1], StudyAuthors.AffiliationWords) && StudyAuthors.Named(s, k + 2) is { } bodies)
                    return bodies;
            }
            return null;
        }
    }
}
