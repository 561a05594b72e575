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
        private static bool IsPlaceLedLongName(string shortName, string longName)
        {
            if (longName.StartsWith(shortName + " in ", StringComparison.Ordinal)) return longName.IndexOf(' ', shortName.Length + 4) < 0;
            if (longName.Length <= shortName.Length + 1 || !longName.EndsWith(" " + shortName, StringComparison.Ordinal)) return false;
            var lead = longName.Substring(0, longName.Length - shortName.Length - 1);
            if (Gazetteer.TryGetPlaceOrOrganization(lead, out var place)) return place.Kind != GazetteerKind.Organization;
            return lead.IndexOf(' ') < 0 && Gazetteer.TryGetByDemonym(lead, out var land) && land.Kind != GazetteerKind.Organization;
        }
    }
}
