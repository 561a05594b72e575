using KnowledgeBase.Generators.Extraction.Analysis;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Whose act "its" names: a body or a country, never a person.</summary>
    internal static partial class EventRoles
    {
        /// <summary>
        /// "The Velden council issued a summons to Mayor Ana Ruiz as part of its inquiry": the last organization or country
        /// named before "its" at <paramref name="its"/> owns the act; the person named nearer is no owner of "its". A town or a
        /// region is where someone acts ("the party in Oskar, in its statement"), so it is passed over; null when none is named.
        /// </summary>
        internal static EntityDraft? LastInstitutionBefore(SentenceInfo s, int its)
        {
            EntityDraft? owner = null;
            foreach (var m in s.Mentions)
                if (m.TokenEnd <= its && (m.Entity.Kind == EntityKind.Organization || m.Entity.IsCountry)) owner = m.Entity;
            return owner;
        }
    }
}
