using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Doers named by a description: "was shot dead by police", "was sued by the company", "a police raid".</summary>
    internal static partial class EventRoles
    {
        /// <summary>
        /// The by-agent of a passive named by a description, as the article names it: "police" the one police force the article
        /// names (anywhere in it: a lead's "police" is the force named further on), "the company", "the ministry" the fitting
        /// party the article names most (<see cref="Analysis.Discourse.SalientReferent"/>); null when the agent is no such word.
        /// </summary>
        internal static EntityDraft? DescribedAgentAfterBy(SentenceInfo s, int t, int end, List<SentenceInfo> sentences)
        {
            var tokens = s.Tokens;
            for (var i = t + 1; i + 1 < end && i <= t + 3; i++)
            {
                if (!tokens[i].Is("by")) continue;
                var at = tokens[i + 1].Is("the") && i + 2 < end ? i + 2 : i + 1;
                return DescribedParty(s, at, sentences);
            }
            return null;
        }

        /// <summary>
        /// "the police shooting of X", "a police raid": a noun act "police" modifies is the police's, when the article names one
        /// force; null otherwise.
        /// </summary>
        internal static EntityDraft? PoliceModifying(SentenceInfo s, int t, List<SentenceInfo> sentences) =>
            t > 0 && s.Tokens[t - 1].Is("police") ? NamedPoliceForce(sentences, sentences[sentences.Count - 1]) : null;

        // The party a description at token i stands for: "police", or a definite description of an organization or a country.
        private static EntityDraft? DescribedParty(SentenceInfo s, int i, List<SentenceInfo> sentences)
        {
            var tokens = s.Tokens;
            if (tokens[i].Is("police")) return NamedPoliceForce(sentences, sentences[sentences.Count - 1]);
            if (Analysis.Discourse.ClassOf(tokens, i, out var definite, out var role) is not { } referent || !definite || role is not null
                || referent is Analysis.ReferentClass.Place or Analysis.ReferentClass.Person) return null;
            // "by the company's lawyers", "by ministry officials": the description tells whose the agent is; it is none.
            if (i + 1 < tokens.Count && (tokens[i + 1].Kind == TokenKind.Possessive || tokens[i + 1].IsWord && (Titles.IsRoleNoun(tokens[i + 1]) || IsRoleNounPlural(tokens[i + 1].Text) || CommonWords.IsGroupNoun(tokens[i + 1].Text)))) return null;
            return Analysis.Discourse.Of(sentences).SalientReferent(s, i);
        }
    }
}
