using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Helpers;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Reading
{
    /// <summary>Splits a block into sentences, keeping abbreviations ("U.S.", "Mr.", "Feb.") whole.</summary>
    internal static class SentenceSplitter
    {
        // Lists, not sets: a candidate word is compared in place with the few of its length, not cut out to be hashed.
        private static readonly string[] Abbreviations =
        {
            "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "cmdr", "adm",
            "st", "jr", "sr", "inc", "ltd", "co", "corp", "vs", "etc", "no", "nos", "fig", "approx", "est", "dept",
            "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "pres",
        };

        // After an initialism such as "U.S." a new sentence usually starts with one of these.
        private static readonly string[] SentenceStarters =
        {
            "The", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "I", "In", "But", "However",
            "And", "As", "At", "On", "While", "When", "After", "Before", "His", "Her", "Their", "Its", "A", "An", "There",
        };

        private static readonly char[] Enders = { '.', '!', '?', '\u2026' };

        // A block's sentences are gathered here and copied out at their exact count: a list per block, grown by doubling,
        // was garbage as large as the arrays kept. Per thread, since generators run on many.
        [ThreadStatic] private static List<SentenceModel>? t_sentences;

        public static EquatableArray<SentenceModel> Split(string text, int start, int end)
        {
            var sentences = t_sentences ??= new List<SentenceModel>();
            try
            {
                Gather(sentences, text, start, end);
                return sentences.ToEquatableArray();
            }
            finally
            {
                sentences.Clear();
            }
        }

        private static void Gather(List<SentenceModel> sentences, string text, int start, int end)
        {
            var sentenceStart = start;
            for (var i = start; i < end; i++)
            {
                // Straight to the next mark that may end a sentence (a vectorized search, not a test per character).
                i = text.IndexOfAny(Enders, i, end - i);
                if (i < 0) break;
                var c = text[i];
                var close = i + 1;
                while (close < end && IsCloser(text[close])) close++;
                if (close < end && !char.IsWhiteSpace(text[close])) continue;
                var next = close;
                while (next < end && char.IsWhiteSpace(text[next])) next++;
                if (next < end && !StartsSentence(text[next])) continue;
                if (c == '.' && IsAbbreviation(text, start, i, next, end)) continue;
                Add(sentences, text, sentenceStart, close);
                sentenceStart = next;
                i = next - 1;
            }
            Add(sentences, text, sentenceStart, end);
        }

        private static bool IsCloser(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB';

        private static bool StartsSentence(char c) => char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\u201C' or '\'' or '\u2018' or '(' or '[';

        private static bool IsAbbreviation(string text, int blockStart, int dot, int next, int end)
        {
            var wordStart = dot;
            while (wordStart > blockStart && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '.')) wordStart--;
            var length = dot - wordStart;
            if (length == 0) return false;
            if (text.IndexOf('.', wordStart, length) >= 0 || (length == 1 && char.IsUpper(text[wordStart])))
            {
                // An initialism ("U.S.") or an initial ("J."): a sentence ends here only before a usual starter.
                var nextEnd = next;
                while (nextEnd < end && char.IsLetter(text[nextEnd])) nextEnd++;
                // "Mira B. I. Kessin": a letter and a dot after an initial is another initial, not the pronoun "I".
                if (nextEnd - next == 1 && nextEnd < end && text[nextEnd] == '.') return true;
                // 'at 9 p.m. "We are safe," she said': a quotation opening on a capital starts a sentence of its own.
                if (next + 1 < end && text[next] is '"' or '\u201C' && char.IsUpper(text[next + 1])) return false;
                return !IsOneOf(SentenceStarters, text, next, nextEnd - next, StringComparison.Ordinal);
            }
            return IsOneOf(Abbreviations, text, wordStart, length, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>Whether <paramref name="text"/>[start, start + length) is one of <paramref name="words"/>, compared as <paramref name="comparison"/> says.</summary>
        private static bool IsOneOf(string[] words, string text, int start, int length, StringComparison comparison)
        {
            foreach (var word in words)
                if (word.Length == length && string.Compare(text, start, word, 0, length, comparison) == 0) return true;
            return false;
        }

        private static void Add(List<SentenceModel> sentences, string text, int start, int end)
        {
            while (start < end && char.IsWhiteSpace(text[start])) start++;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (end > start) sentences.Add(new SentenceModel(start, end - start));
        }
    }
}
