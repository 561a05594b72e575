using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // "the Ostrel Lantern Project ... Ostrel Lantern said": a body named again without its head word.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// "The Ostrel Lantern Project found the wreck on Monday. Ostrel Lantern said ...", "the Harbour 9 Party ... Harbour 9
        /// won": a project's, a party's or a society's name without its head word (<see cref="Gazetteer.IsDroppableHead"/>)
        /// names the same body when the words left are two or more, or hold a number, and are no known name of their own. The
        /// entity the short form made (taken for a person or a place) joins the body, and its mentions the scan left become the
        /// body's; a person with a known given name ("Mara Holt" beside the "Mara Holt Party") stays a person.
        /// </summary>
        private void JoinHeadlessShortNames()
        {
            foreach (var body in _entities.ToArray())
            {
                if (body.Kind != EntityKind.Organization || !_entities.Contains(body) || HeadlessShortName(body.Name) is not { } shortName) continue;
                if (OtherStartingWith(body, shortName, out var shortOne)) continue;
                if (shortOne is not null)
                {
                    if (shortOne.Kind == EntityKind.Person && GivenNames.Contains(shortName.Split(' ')[0])) continue;
                    foreach (var form in shortOne.Forms)
                        if (shortOne.Kind != EntityKind.Person || form == shortName) AddForm(body, form); // not a misread person's surname
                    MergeInto(shortOne, body);
                }
                MentionHeadless(body, shortName);
            }
        }

        // Whether an entity other than the body has a longer name that opens with the short one and a space ("Ostrel Lantern
        // Trust" beside "Ostrel Lantern Project"); if not, the first other entity named the short name, or null. Loops, not
        // lambdas: a lambda that reads the body would make an object for every entity of every article.
        private bool OtherStartingWith(EntityDraft body, string shortName, out EntityDraft? named)
        {
            named = null;
            var n = shortName.Length;
            foreach (var e in _entities)
                if (e != body && e.Name.Length > n && e.Name[n] == ' ' && string.CompareOrdinal(e.Name, 0, shortName, 0, n) == 0) return true;
            foreach (var e in _entities)
            {
                if (e == body || !string.Equals(e.Name, shortName, StringComparison.Ordinal)) continue;
                named = e;
                break;
            }
            return false;
        }

        // "Ostrel Lantern" of "Ostrel Lantern Project", "Harbour 9" of "Harbour 9 Party"; null for "Velden Project" or a known name.
        private static string? HeadlessShortName(string name)
        {
            var cut = name.LastIndexOf(' ');
            if (cut < 0 || !Gazetteer.IsDroppableHeadAt(name, cut + 1)) return null;
            var shortName = name.Substring(0, cut);
            if (shortName.StartsWith("The ", StringComparison.Ordinal) || !(shortName.IndexOf(' ') > 0 || HasDigit(shortName))) return null;
            return Gazetteer.TryGetPlaceOrOrganization(shortName, out _) ? null : shortName;
        }

        // Each run of the short name that no mention holds and no capitalized word prolongs becomes the body's mention.
        private void MentionHeadless(EntityDraft body, string shortName)
        {
            var words = shortName.Split(' ').Length;
            foreach (var s in _sentences)
            {
                var tokens = s.Tokens;
                for (var i = 0; i + words <= tokens.Count; i++)
                {
                    var end = i + words;
                    if (!JoinEquals(tokens, i, end, shortName) || s.MentionAt(i) is not null || IsProlonged(tokens, i, end)) continue;
                    Mention(s, i, end, body, isDemonym: false, null);
                }
            }
        }

        // A capitalized word right before (other than "the") or right after: the run is part of a longer name.
        private static bool IsProlonged(List<Token> tokens, int start, int end) =>
            end < tokens.Count && tokens[end].IsWord && tokens[end].IsCapitalized
            || start > 0 && tokens[start - 1].IsWord && tokens[start - 1].IsCapitalized && !tokens[start - 1].Is("the");
    }
}
