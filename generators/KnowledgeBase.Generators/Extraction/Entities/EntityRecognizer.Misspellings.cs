using System;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // A name the article misspells once is still the one entity ("Ostrelburg" ... "Ostrelbrug", "Tamsin Verhoeven" ... "Tamsin Verhooven").
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// Two names of one kind that differ in one word only, that word spelled alike but for one letter (dropped, added,
        /// changed or swapped with its neighbour; two in a word of ten letters or more) are one entity the article misspelled:
        /// the spelling the article writes less often joins the other. Words under six letters ("Jon"/"Jan"), a plural
        /// ("Ranger"/"Rangers"), two names the gazetteer knows apart ("Colombia"/"Columbia") and two given names
        /// ("Michael"/"Michel") are left apart.
        /// </summary>
        private void JoinMisspelledNames()
        {
            for (var i = _entities.Count - 1; i >= 0; i--)
            {
                if (i >= _entities.Count) continue;
                var e = _entities[i];
                for (var j = 0; j < i; j++)
                {
                    var other = _entities[j];
                    if (other.Kind != e.Kind || !DifferByOneMisspelledWord(e.Name, other.Name, out var word, out var otherWord)) continue;
                    if (Gazetteer.TryGetPlaceOrOrganization(e.Name, out _) && Gazetteer.TryGetPlaceOrOrganization(other.Name, out _)) continue;
                    if (GivenNames.Contains(word) && GivenNames.Contains(otherWord)) continue;
                    // The spelling written more often is the name; on a tie, the one named more often, then the one met first.
                    var (count, otherCount) = (WordCount(word), WordCount(otherWord));
                    if (count > otherCount || count == otherCount && e.Mentions > other.Mentions) JoinAsSpelling(other, e);
                    else JoinAsSpelling(e, other);
                    break;
                }
            }
        }

        // The misspelled name and its forms stay forms of the entity: the article wrote them.
        private void JoinAsSpelling(EntityDraft from, EntityDraft into)
        {
            foreach (var form in from.Forms.ToArray()) AddForm(into, form);
            AddForm(into, from.Name);
            MergeInto(from, into);
        }

        private int WordCount(string word)
        {
            var n = 0;
            foreach (var s in _sentences)
                foreach (var t in s.Tokens)
                    if (t.Text == word) n++;
            return n;
        }

        private static bool DifferByOneMisspelledWord(string a, string b, out string wordA, out string wordB)
        {
            wordA = wordB = "";
            // Asked of every pair of an article's entities: the same first letter and lengths within two, then the words
            // (split at each space) compared in place; only the two words of a pair that passes are cut out.
            if (a.Length == 0 || b.Length == 0 || a[0] != b[0] || Math.Abs(a.Length - b.Length) > 2) return false;
            if (!OneWordDiffers(a, b, out var startA, out var lengthA, out var startB, out var lengthB)) return false;
            if (lengthA < 6 || lengthB < 6 || a[startA] != b[startB] || !char.IsUpper(a[startA])) return false;
            if (IsPluralOf(a, startA, lengthA, b, startB, lengthB) || IsPluralOf(b, startB, lengthB, a, startA, lengthA)) return false;
            if (!AllLetters(a, startA, lengthA) || !AllLetters(b, startB, lengthB)) return false;
            var allowed = Math.Min(lengthA, lengthB) >= 10 ? 2 : 1;
            if (Math.Abs(lengthA - lengthB) > allowed || SpellingDistance(a, startA, lengthA, b, startB, lengthB) > allowed) return false;
            (wordA, wordB) = (a.Substring(startA, lengthA), b.Substring(startB, lengthB));
            return true;
        }

        // The names have as many words and differ in exactly one, which is at startA/startB.
        private static bool OneWordDiffers(string a, string b, out int startA, out int lengthA, out int startB, out int lengthB)
        {
            startA = startB = -1;
            lengthA = lengthB = 0;
            int atA = 0, atB = 0;
            while (true)
            {
                var endA = a.IndexOf(' ', atA) is var spaceA && spaceA >= 0 ? spaceA : a.Length;
                var endB = b.IndexOf(' ', atB) is var spaceB && spaceB >= 0 ? spaceB : b.Length;
                if (endA - atA != endB - atB || string.CompareOrdinal(a, atA, b, atB, endA - atA) != 0)
                {
                    if (startA >= 0) return false;
                    (startA, lengthA, startB, lengthB) = (atA, endA - atA, atB, endB - atB);
                }
                if (endA == a.Length || endB == b.Length) return endA == a.Length && endB == b.Length && startA >= 0;
                atA = endA + 1;
                atB = endB + 1;
            }
        }

        // "Rangers" of "Ranger": the word and an "s".
        private static bool IsPluralOf(string a, int startA, int lengthA, string b, int startB, int lengthB) =>
            lengthB == lengthA + 1 && b[startB + lengthA] == 's' && string.CompareOrdinal(a, startA, b, startB, lengthA) == 0;

        private static bool AllLetters(string text, int start, int length)
        {
            for (var i = start; i < start + length; i++)
                if (!char.IsLetter(text[i])) return false;
            return true;
        }

        [ThreadStatic] private static int[]? t_distances;

        /// <summary>Letters dropped, added or changed, and neighbours swapped, that turn one word into the other.</summary>
        private static int SpellingDistance(string a, int startA, int n, string b, int startB, int m)
        {
            // The table of distances between prefixes, a row per letter of a, in the thread's array (every cell read is written first).
            var width = m + 1;
            var d = t_distances is { } kept && kept.Length >= (n + 1) * width ? kept : t_distances = new int[(n + 1) * width];
            for (var i = 0; i <= n; i++) d[i * width] = i;
            for (var j = 0; j <= m; j++) d[j] = j;
            for (var i = 1; i <= n; i++)
                for (var j = 1; j <= m; j++)
                {
                    char x = a[startA + i - 1], y = b[startB + j - 1];
                    var cost = char.ToLowerInvariant(x) == char.ToLowerInvariant(y) ? 0 : 1;
                    var v = Math.Min(Math.Min(d[(i - 1) * width + j] + 1, d[i * width + j - 1] + 1), d[(i - 1) * width + j - 1] + cost);
                    if (i > 1 && j > 1 && x == b[startB + j - 2] && a[startA + i - 2] == y) v = Math.Min(v, d[(i - 2) * width + j - 2] + 1);
                    d[i * width + j] = v;
                }
            return d[n * width + m];
        }
    }
}
