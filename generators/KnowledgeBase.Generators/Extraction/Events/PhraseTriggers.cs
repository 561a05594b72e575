using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicon;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// Fixed phrases that signal an event, the rows of event-phrases.tsv (<see cref="PhraseRowLexicon"/>): "take office",
    /// "stepped down", "called on X to", "issued a statement". A word's rows are tried in file order; the first whose words
    /// before and after it are there and whose constraints hold gives its trigger.
    /// </summary>
    internal static class PhraseTriggers
    {
        // The rows of each trigger word form in file order, each with the trigger it yields (made once).
        private static readonly Dictionary<string, (PhraseRow Row, EventTrigger Trigger)[]> RulesOfWord = Build();

        // Asked for every token of every sentence: one filter test turns most away before the look-up.
        private static readonly Helpers.WordFilter FirstWords = new(RulesOfWord.Keys);

        private static Dictionary<string, (PhraseRow, EventTrigger)[]> Build()
        {
            var lists = new Dictionary<string, List<(PhraseRow, EventTrigger)>>(StringComparer.OrdinalIgnoreCase);
            foreach (var row in PhraseRowLexicon.Instance.Rows)
            {
                // A borrowed trigger is the very one the word's row gives, as the extractor finds it for that word.
                var own = row.Trigger;
                var trigger = row.Borrows is null
                    ? new EventTrigger(own.Cameo, own.Kind, own.Pos == PartOfSpeech.Noun, CameoNames.Of(own.Cameo) ?? own.Kind)
                    : EventLexicon.Find(row.Borrows)!;
                foreach (var word in row.Words)
                {
                    if (!lists.TryGetValue(word, out var list)) lists.Add(word, list = new List<(PhraseRow, EventTrigger)>());
                    list.Add((row, trigger));
                }
            }
            var rules = new Dictionary<string, (PhraseRow, EventTrigger)[]>(StringComparer.OrdinalIgnoreCase);
            foreach (var pair in lists) rules.Add(pair.Key, pair.Value.ToArray());
            return rules;
        }

        /// <summary>The rows <paramref name="word"/> is one of, or null (kept per word on its <see cref="WordForm"/>).</summary>
        internal static (PhraseRow Row, EventTrigger Trigger)[]? RulesOf(string word) =>
            FirstWords.MayContain(word) && RulesOfWord.TryGetValue(word, out var rules) ? rules : null;

        /// <summary>The event the phrase at <paramref name="t"/> signals, or null.</summary>
        internal static EventTrigger? Find(SentenceInfo s, int t)
        {
            var token = s.Tokens[t];
            if (token.CannotTrigger) return null;
            if ((token.Form is { } form ? form.PhraseRules : RulesOf(token.Text)) is not { } rules) return null;
            foreach (var (row, trigger) in rules)
                if (Matches(s, t, row)) return trigger;
            return null;
        }

        private static bool Matches(SentenceInfo s, int t, PhraseRow row)
        {
            var after = row.Then.Match(s.Tokens, t + 1, +1);
            if (after == PhrasePattern.NoMatch) return false;
            var before = row.Before.Match(s.Tokens, t - 1, -1);
            if (before == PhrasePattern.NoMatch) return false;
            foreach (var constraint in row.Constraints)
                if (!PhraseConstraints.Hold(constraint, s, t, before, after)) return false;
            return true;
        }
    }
}
