using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Things named like entities that take no part in an event: honours and buildings.</summary>
    internal static partial class EventRoles
    {
        /// <summary>An honour named like an organization ("the Golden Lark Medal", "the Order of Merit"): a thing given, never a party.</summary>
        internal static bool IsHonour(EntityDraft entity) => HeadIn(entity.Name, HonourHeads) || OfHeadIn(entity.Name, HonourHeads);

        /// <summary>An honour, or a building ("the Grand Palace", "the White House" as the place one goes to).</summary>
        internal static bool IsThing(EntityDraft entity)
        {
            // Asked of every mention of every sentence (is it a party?): decided once per name.
            if (entity.ThingState == 0) entity.ThingState = IsHonour(entity) || HeadIn(entity.Name, BuildingHeads) ? 2 : 1;
            return entity.ThingState == 2;
        }

        private static bool HeadIn(string name, HashSet<string> heads) => heads.Contains(name.Substring(name.LastIndexOf(' ') + 1));

        // "the Legion of Honour", "the Order of Merit": the head comes before "of".
        private static bool OfHeadIn(string name, HashSet<string> heads)
        {
            var of = name.IndexOf(" of ", StringComparison.Ordinal);
            return of > 0 && HeadIn(name.Substring(0, of), heads);
        }

        private static readonly HashSet<string> HonourHeads = new(StringComparer.Ordinal)
        {
            "Medal", "Prize", "Award", "Awards", "Honour", "Honor", "Legion", "Trophy", "Order",
        };

        private static readonly HashSet<string> BuildingHeads = new(StringComparer.Ordinal)
        {
            "House", "Palace", "Building", "Tower", "Museum", "Church", "Mosque", "Cathedral", "Stadium", "Hall", "Temple", "Center", "Centre", "Arena", "Hospital", "Airport", "Prison", "Station",
        };
    }
}
