using KnowledgeBase.Generators.Extraction.Analysis;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Whose act "its" names: a body or a country, never a person.</summary>
    internal static partial class EventRoles
    {
        /// <summary>
        /// "The Velden council issued a summons to Mayor Ana Ruiz as part of its inquiry": "its" at <paramref name="its"/> is
        /// the subject's of its clause (or of the clause that clause hangs on) when that subject is an organization or a
        /// country; the person named nearer is no owner of "its", nor is the object ("Norland attacked Ostravia in its
        /// largest strike") nor a body named in a fronted phrase ("After a complaint by the union, the ministry opened its
        /// inquiry"). A town or a region is where someone acts, so it owns nothing; null when the subject is none of these.
        /// </summary>
        internal static EntityDraft? ItsOwner(SentenceInfo s, int its)
        {
            for (var clause = s.Analysis.ClauseAround(its); clause is not null; clause = clause.Parent)
            {
                if (clause.Subject is not { } subject) continue;
                if (subject.Start >= its) return null;
                foreach (var m in s.Mentions)
                    if (m.TokenStart < subject.End && m.TokenEnd > subject.Start && (m.Entity.Kind == EntityKind.Organization || m.Entity.IsCountry)) return m.Entity;
                return null;
            }
            return null;
        }
    }
}
