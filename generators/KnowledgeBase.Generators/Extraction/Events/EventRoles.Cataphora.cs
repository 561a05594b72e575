using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>A group of people counted before it is named ("two officers were convicted ... officers X and Y").</summary>
    internal static partial class EventRoles
    {
        /// <summary>
        /// "Two officers were convicted of fraud on Friday. ... The bank had hired officers Karel Brandt and Tomas Vell": a counted group
        /// of people heading the clause, when no group was named before, is the group the article names later after the same noun.
        /// Null when the word is no such group or no such group is named later.
        /// </summary>
        internal static List<EntityDraft>? CountedGroupNamedLater(SentenceInfo s, int i, List<SentenceInfo> sentences)
        {
            var tokens = s.Tokens;
            var noun = tokens[i].Text;
            if (!(PluralPeople.Contains(noun) || IsRoleNounPlural(noun)) || i + 1 < tokens.Count && tokens[i + 1].Is("of")) return null;
            // The count right before the noun and its modifiers ("two Chilean security officers"), with no name but a demonym between.
            var k = i - 1;
            while (k >= 0 && k >= i - 3 && tokens[k].IsWord && Array.IndexOf(GroupCountWords, tokens[k].Lower) < 0 && s.MentionAt(k) is not { IsDemonym: false }) k--;
            if (k < 0 || k < i - 3 || Array.IndexOf(GroupCountWords, tokens[k].Lower) < 0 || k > 0 && tokens[k - 1].Is("of")) return null;
            if (LastGroup(sentences, s).Count >= 2) return null;
            return GroupNamedAfter(sentences, s, noun, GroupCount(tokens[k].Lower));
        }

        /// <summary>
        /// "Two officers were convicted of fraud on Friday. Both received prison terms.": "both" alone opening a sentence is the people
        /// the sentence before names together, or the group it counts, named later (<see cref="CountedGroupNamedLater"/>). Null otherwise.
        /// </summary>
        internal static List<EntityDraft>? BothOfACountedGroup(SentenceInfo s, int i, List<SentenceInfo> sentences)
        {
            var tokens = s.Tokens;
            if (i != 0 || !tokens[0].Is("both") || s.Index == 0 || s.Index > sentences.Count || tokens.Count < 2 || tokens[1].Is("of")
                || PluralPeople.Contains(tokens[1].Text) || IsRoleNounPlural(tokens[1].Text)) return null;
            // "X and Y were arrested on Monday. Both were released on Tuesday.": the pair the sentence before names.
            if (LastGroup(sentences, s, 1) is { Count: >= 2 } named) return named;
            var before = sentences[s.Index - 1];
            for (var k = 0; k < before.Tokens.Count; k++)
                if (before.Tokens[k].IsWord && CountedGroupNamedLater(before, k, sentences) is { } group) return group;
            return null;
        }

        // The first group of people the next sentences of the article name together right after the noun ("officers X and Y").
        private static List<EntityDraft>? GroupNamedAfter(List<SentenceInfo> sentences, SentenceInfo s, string noun, int count)
        {
            for (var k = s.Index + 1; k < sentences.Count && k <= s.Index + LaterSentences; k++)
            {
                var later = sentences[k];
                foreach (var m in later.Mentions)
                {
                    if (m.Entity.Kind != EntityKind.Person || m.TokenStart == 0 || !string.Equals(later.Tokens[m.TokenStart - 1].Text, noun, StringComparison.OrdinalIgnoreCase)) continue;
                    var group = PeopleJoinedFrom(later, m);
                    if (group.Count == count) return group;
                }
            }
            return null;
        }

        // How far ahead a counted group may be named: the next paragraph or two.
        private const int LaterSentences = 6;

        // The people joined by "and" or commas from the mention on ("X, Y and Z").
        private static List<EntityDraft> PeopleJoinedFrom(SentenceInfo s, Mention first)
        {
            var group = new List<EntityDraft> { first.Entity };
            var last = first;
            foreach (var m in s.Mentions)
            {
                if (m.TokenStart <= last.TokenStart) continue;
                if (m.Entity.Kind != EntityKind.Person || !OnlyConjunctionsBetween(s.Tokens, last.TokenEnd, m.TokenStart)) break;
                if (!group.Contains(m.Entity)) group.Add(m.Entity);
                last = m;
            }
            return group;
        }

        /// <summary>
        /// "before she dropped out, Mira Holt led every survey", "Wednesday, the day that he dropped out, Karel Brandt endorsed
        /// Holt": "he" or "she" in a time clause set before the main one, with no person named before it in the sentence (asked only then), is the
        /// person the main clause opens with right after the clause's comma. Null otherwise.
        /// </summary>
        internal static EntityDraft? PersonAfterFrontedTimeClause(SentenceInfo s, int pronoun)
        {
            var tokens = s.Tokens;
            var opener = pronoun - 1;
            if (opener < 0 || !(TriggerFinder.IsAny(tokens[opener], FrontedTimeOpeners) || tokens[opener].Is("that") && opener > 0 && TriggerFinder.IsAny(tokens[opener - 1], TimeNouns))) return null;
            for (var k = pronoun + 1; k + 1 < tokens.Count; k++)
            {
                if (tokens[k].IsPunct('.') || tokens[k].IsPunct(';')) return null;
                if (!tokens[k].IsPunct(',')) continue;
                return s.MentionAt(k + 1) is { Entity.Kind: EntityKind.Person } m && m.TokenStart == k + 1 ? m.Entity : null;
            }
            return null;
        }

        private static readonly string[] FrontedTimeOpeners = { "before", "after", "when", "while", "once", "until", "since" };
        private static readonly string[] TimeNouns = { "day", "week", "month", "year", "time", "night", "morning", "evening", "afternoon" };

        private static readonly string[] GroupCountWords = { "two", "three", "four", "both" };

        private static int GroupCount(string word) => word == "both" ? 2 : Array.IndexOf(GroupCountWords, word) + 2;
    }
}
