using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Whom a case is brought against when the case, not a party, is the passive's subject.</summary>
    internal static partial class EventRoles
    {
        /// <summary>
        /// "A complaint was filed against Tomas Vell", "charges were filed against him by prosecutors": a complaint or a charge
        /// told in the passive with no named agent has its one party after "against", the accused (a named person or
        /// organization, or "him"/"her" standing for the person last named); null when none is there.
        /// </summary>
        internal static EntityDraft? AccusedAfterAgainst(SentenceInfo s, int t, EventTrigger trigger, int clauseEnd, List<SentenceInfo> sentences)
        {
            if (trigger.IsNoun || trigger.Kind is not ("complaint" or "charge")) return null;
            var tokens = s.Tokens;
            for (var i = t + 1; i < clauseEnd && i <= t + 8; i++)
            {
                if (tokens[i].IsPunct(',') || tokens[i].IsPunct('.') || tokens[i].IsPunct(';')) return null;
                if (!tokens[i].Is("against")) continue;
                for (var j = i + 1; j < clauseEnd && j <= i + 4; j++)
                {
                    if (tokens[j].Is("him") || tokens[j].Is("her")) return ObjectPronounPerson(s, t, clauseEnd, null, false, sentences);
                    if (s.MentionAt(j) is { } m) return m.Entity.Kind is EntityKind.Person or EntityKind.Organization ? m.Entity : null;
                }
                return null;
            }
            return null;
        }
    }
}
