using System;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// "the Varrow Harbour Board ... the Harbour Board", "the Norlandic Rowing Federation ... the Rowing Federation", "the Norland
        /// Embassy in Velden ... the Norland Embassy": a body named again without the place or the adjective that opens its name,
        /// or without the city its mission sits in, is the same body when the article names no other one that way; the short name
        /// becomes a form of the long one. A known name ("Supreme Court", "Labour Party") and a party's name stay their own, as do
        /// short names two long ones end with ("the Iranian and the Norlandic Rowing Federation").
        /// </summary>
        private void JoinPlaceLedShortNames()
        {
            foreach (var shortOne in _entities.ToArray())
            {
                if (shortOne.Kind == EntityKind.Person || !_entities.Contains(shortOne) || shortOne.Name.IndexOf(' ') < 0 || IsKnownOrPartyName(shortOne.Name)) continue;
                EntityDraft? found = null;
                var ambiguous = false;
                foreach (var e in _entities)
                {
                    if (e == shortOne || e.Kind != shortOne.Kind || !IsPlaceLedLongName(shortOne.Name, e.Name)) continue;
                    ambiguous |= found is not null;
                    found = e;
                }
                if (found is null || ambiguous) continue;
                foreach (var form in shortOne.Forms) AddForm(found, form);
                MergeInto(shortOne, found);
            }
        }

        private static bool IsKnownOrPartyName(string name) =>
            Gazetteer.TryGetPlaceOrOrganization(name, out _) || Gazetteer.IsPartyHead(name.Substring(name.LastIndexOf(' ') + 1));

        // "Varrow Harbour Board" of "Harbour Board", "Norland Embassy in Velden" of "Norland Embassy"; not "Supreme Harbour Board".
        // Compared in place: asked of every pair of an article's bodies, so no string is made until one matches.
        private static bool IsPlaceLedLongName(string shortName, string longName)
        {
            var n = shortName.Length;
            if (longName.Length > n + 4 && string.CompareOrdinal(longName, 0, shortName, 0, n) == 0 && string.CompareOrdinal(longName, n, " in ", 0, 4) == 0)
                return longName.IndexOf(' ', n + 4) < 0;
            var leadLength = longName.Length - n - 1;
            if (leadLength <= 0 || longName[leadLength] != ' ' || string.CompareOrdinal(longName, leadLength + 1, shortName, 0, n) != 0) return false;
            var lead = longName.Substring(0, leadLength);
            if (Gazetteer.TryGetPlaceOrOrganization(lead, out var place)) return place.Kind != GazetteerKind.Organization;
            return lead.IndexOf(' ') < 0 && Gazetteer.TryGetByDemonym(lead, out var land) && land.Kind != GazetteerKind.Organization;
        }
    }
}
