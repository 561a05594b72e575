using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Emission
{
    /// <summary>
    /// Member names a developer can keep: made from the record's own content only (never from a counter over
    /// the whole knowledge base), so adding or removing unrelated articles renames nothing.
    /// <list type="bullet">
    /// <item>Event: its actors (a person by surname) and kind, then its date: <c>BergLindCall_2025_03_03</c>;
    /// undated, the day its first article was published: <c>BergLindCall_Reported_2025_03_05</c>; else <c>_Undated</c>.</item>
    /// <item>Quote: the speaker (a person by surname) and the first content words of what was said:
    /// <c>Lind_OnCeasefireTalks</c>.</item>
    /// <item>Article: the first four content words of its title: <c>BergLindHoldTalks</c>.</item>
    /// </list>
    /// Two records with the same name (the same speaker on the same words) take <c>_2</c>, <c>_3</c> in the order of
    /// their evidence (article file, then offset).
    /// </summary>
    internal static class MemberNames
    {
        private const int TitleWords = 4;
        private const int TopicWords = 2;

        // Words that say little about a topic or title; the others make the name.
        private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
        {
            "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as",
            "into", "onto", "over", "after", "before", "about", "than", "that", "this", "these", "those", "it", "its",
            "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would",
            "can", "could", "should", "may", "might", "must", "shall", "not", "no", "he", "she", "they", "we", "i", "you",
            "his", "her", "their", "our", "my", "your", "him", "them", "us", "me", "there", "here", "which", "who", "whom",
            "what", "when", "where", "why", "how", "if", "so", "all", "any", "some", "such", "very", "also", "just", "says", "said",
        };

        public static string ArticleTitle(string title) => string.Join(" ", ContentWords(title, TitleWords));

        public static string Event(KnowledgeModel model, LinkedEvent e)
        {
            var name = new StringBuilder();
            for (var i = 0; i < e.Participants.Count && i < 2; i++) name.Append(ShortName(model.Entities[e.Participants[i]]));
            name.Append(CSharpEscaping.Identifier(e.Kind, "Event"));
            var date = e.Date != 0 ? e.Date : Reported(model, e);
            var suffix = date == 0 ? "Undated" : (e.Date == 0 ? "Reported_" : string.Empty) + DatePart(date);
            return Compose(CSharpEscaping.Identifier(name.ToString(), "Event"), "_" + suffix);
        }

        public static string Quote(KnowledgeModel model, LinkedQuote q)
        {
            var speaker = q.Speaker >= 0 ? ShortName(model.Entities[q.Speaker]) : CSharpEscaping.Identifier(q.SpeakerText, "Someone");
            var words = ContentWords(model.Articles[q.Article].Text.Substring(q.Start, q.Length), TopicWords);
            return Compose(speaker, words.Count == 0 ? "_Quote" : "_On" + CSharpEscaping.Identifier(string.Join(" ", words), "Words"));
        }

        /// <summary>Names made unique in the order given: the first keeps its name, the next take _2, _3.</summary>
        public static string Unique(string name, HashSet<string> used)
        {
            if (used.Add(name)) return name;
            for (var n = 2; ; n++)
            {
                var candidate = name + "_" + n.ToString(CultureInfo.InvariantCulture);
                if (used.Add(candidate)) return candidate;
            }
        }

        /// <summary>Prefix and suffix within the 64-character limit: a long speaker or actor name gives way to the suffix.</summary>
        private static string Compose(string prefix, string suffix)
        {
            if (suffix.Length > CSharpEscaping.MaxNameLength / 2) suffix = suffix.Substring(0, CSharpEscaping.MaxNameLength / 2);
            var room = CSharpEscaping.MaxNameLength - suffix.Length;
            if (prefix.Length > room && char.IsHighSurrogate(prefix[room - 1])) room--; // never half a letter
            return (prefix.Length > room ? prefix.Substring(0, room) : prefix) + suffix;
        }

        private static string ShortName(LinkedEntity entity)
        {
            if (entity.Kind != EntityKind.Person) return CSharpEscaping.Identifier(entity.Name, "Someone");
            var parts = entity.Name.Split(' ');
            return CSharpEscaping.Identifier(parts[parts.Length - 1], "Someone");
        }

        private static int Reported(KnowledgeModel model, LinkedEvent e)
        {
            var earliest = 0;
            foreach (var s in e.Sources)
            {
                var published = model.Articles[s.Article].Published;
                if (published != 0 && (earliest == 0 || published < earliest)) earliest = published;
            }
            return earliest;
        }

        private static string DatePart(int packed)
        {
            int year = packed / 10000, month = packed / 100 % 100, day = packed % 100;
            var text = year.ToString("D4", CultureInfo.InvariantCulture);
            if (month != 0) text += "_" + month.ToString("D2", CultureInfo.InvariantCulture);
            if (day != 0) text += "_" + day.ToString("D2", CultureInfo.InvariantCulture);
            return text;
        }

        /// <summary>The first words of the text that are made of letters and are not function words.</summary>
        private static List<string> ContentWords(string text, int max)
        {
            var words = new List<string>(max);
            var start = -1;
            for (var i = 0; i <= text.Length && words.Count < max; i++)
            {
                var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] == '\'' || text[i] == '\u2019' || text[i] == '-' && start >= 0);
                if (inWord)
                {
                    if (start < 0) start = i;
                    continue;
                }
                if (start < 0) continue;
                var word = text.Substring(start, i - start).Trim('-');
                start = -1;
                if (word.Length > 1 && char.IsLetter(word[0]) && !FunctionWords.Contains(word) && !IsPossessiveOf(word)) words.Add(word);
            }
            return words;
        }

        private static bool IsPossessiveOf(string word) => word.Length <= 3 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal));
    }
}
