using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // A town and the institution named after it: "Velden Council" and "in Velden" are two entities, not one.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// The words of an institution or building named after the place it stands in ("Velden Council", "Velden Police",
        /// "Velden City Council", "Velden Cathedral", "Velden Airport"): after its first word, one of these follows.
        /// </summary>
        private static readonly HashSet<string> PlaceBoundWords = new(StringComparer.Ordinal)
        {
            "Council", "Police", "Constabulary", "Municipality", "Assembly", "Legislature", "Court", "City", "County", "Borough", "Town",
            "Fire", "Cathedral", "Airport", "Abbey", "Palace", "Castle", "Stadium", "Arena", "Prison", "Mosque", "Hospital", "Port",
        };

        /// <summary>
        /// "Velden Council approved the plan ... homes in Velden": a lone word that opens the name of an institution bound to a
        /// place, after a preposition of place or of belonging ("in", "near", "of", "to"), names the place itself.
        /// </summary>
        private static bool NamesPlaceOfItsInstitution(List<Token> tokens, int start, EntityDraft found, string text)
        {
            // The word alone, not the first of the institution's own name written out ("at Velden Airport").
            if (found.Kind == EntityKind.Person || start == 0 || !IsPlacePreposition(tokens[start - 1]) || start + 1 < tokens.Count && tokens[start + 1].IsCapitalized) return false;
            var name = found.Name;
            if (name.Length <= text.Length + 1 || name[text.Length] != ' ' || !name.StartsWith(text, StringComparison.Ordinal)) return false;
            var rest = text.Length + 1;
            var space = name.IndexOf(' ', rest);
            return PlaceBoundWords.Contains(space < 0 ? name.Substring(rest) : name.Substring(rest, space - rest));
        }

        /// <summary>
        /// "Velmora Province ... residents of Velmora": a lone word that a place of the article ("Velmora Province", "Velmora
        /// County") opens with a place word after it names a place of its own, the town the region is named after.
        /// </summary>
        private bool OpensRegionName(string text)
        {
            for (var entry = _nonPersons.First(text); entry >= 0; entry = _nonPersons.Next(entry))
            {
                var e = _nonPersons.EntityAt(entry);
                var name = e.Name;
                if (e.Kind != EntityKind.Place || name.Length <= text.Length + 1 || name[text.Length] != ' ' || !name.StartsWith(text, StringComparison.Ordinal)) continue;
                var rest = name.Substring(text.Length + 1);
                if (rest.IndexOf(' ') < 0 && char.IsUpper(rest[0]) && CommonWords.IsDivisionNoun(rest.ToLowerInvariant())) return true;
            }
            return false;
        }

        private static bool IsPlacePreposition(in Token t) =>
            t.Is("in") || t.Is("near") || t.Is("outside") || t.Is("across") || t.Is("of") || t.Is("to") || t.Is("from") || t.Is("throughout") || t.Is("around");
    }
}
