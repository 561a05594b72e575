using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // A name with no head word before its acronym in brackets is the full name of the organization the acronym names alone.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// "Trains of the North East Railway (NER) were late. The NER blamed a signal fault.": words with neither a head word nor a
        /// place before an acronym in brackets that spells them are left unnamed while the run is read (a system, "Harbour Tracking
        /// System (HTS)", has the same shape). Once the article is read, an organization named by that acronym alone elsewhere
        /// shows they name it: the words become its name and the acronym its other form. An acronym no entity is named by, a title
        /// ("Grand Master (GM)"), a thing ("Ostrel Water Act (OWA)") or words already named are left alone.
        /// </summary>
        private void ExpandLoneAcronyms()
        {
            foreach (var s in _sentences)
            {
                var tokens = s.Tokens;
                for (var at = 2; at < tokens.Count; at++)
                {
                    if (!IsBracketAcronymAt(tokens, at) || s.MentionAt(at - 1) is not null) continue;
                    var acronym = tokens[at + 1].Text;
                    if (AcronymOnlyOrganization(acronym) is not { } alone || SpelledNameStart(s, at, acronym) is not (>= 0 and var start)) continue;
                    var named = AddMention(s, start, at, EntityKind.Organization, Join(tokens, start, at), isDemonym: false);
                    if (named != alone) MergeInto(alone, named);
                    AddForm(named, acronym);
                    if (s.MentionAt(at + 1) is null) Mention(s, at + 1, at + 2, named, isDemonym: false, null);
                }
            }
        }

        // The organization whose name is the acronym itself ("NER" alone), or null.
        private EntityDraft? AcronymOnlyOrganization(string acronym)
        {
            foreach (var e in _entities)
                if (e.Kind == EntityKind.Organization && e.Name == acronym) return e;
            return null;
        }

        // The first of the unnamed capitalized words before the bracket at <paramref name="at"/> that spell the acronym, or -1.
        private static int SpelledNameStart(SentenceInfo s, int at, string acronym)
        {
            var tokens = s.Tokens;
            var first = NextCapital(acronym, 0);
            if (first < 0 || NextCapital(acronym, first + 1) < 0) return -1;
            var from = at;
            while (from > 0 && at - from < MaxExpansionWords && tokens[from - 1].IsWord && s.MentionAt(from - 1) is null
                   && (tokens[from - 1].IsCapitalized || AcronymOptionalWords.Contains(tokens[from - 1].Text))) from--;
            for (var k = from; k + 1 < at; k++)
            {
                if (!tokens[k].IsCapitalized || CommonWords.IsFunctionWord(tokens[k]) || !SpellsWords(tokens, k, at, acronym, first)) continue;
                var plain = !NamesAThing(tokens, k, at) && !IsTitleOrRole(tokens[k]) && !IsTitleOrRole(tokens[at - 1]) && MatchGazetteer(tokens, k, at, out _) < at - k;
                return plain ? k : -1;
            }
            return -1;
        }
    }
}
