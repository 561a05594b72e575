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
            // Asked of every pair of an article's entities: the same first letter and lengths within two, before splitting.
            if (a.Length == 0 || b.Length == 0 || a[0] != b[0] || Math.Abs(a.Length - b.Length) > 2) return false;
            var partsA = a.Split(' ');
            var partsB = b.Split(' ');
            if (partsA.Length != partsB.Length) return false;
            var differing = -1;
            for (var p = 0; p < partsA.Length; p++)
            {
                if (string.Equals(partsA[p], partsB[p], StringComparison.Ordinal)) continue;
                if (differing >= 0) return false;
                differing = p;
            }
            if (differing < 0) return false;
            (wordA, wordB) = (partsA[differing], partsB[differing]);
            if (wordA.Length < 6 || wordB.Length < 6 || wordA[0] != wordB[0] || !char.IsUpper(wordA[0])) return false;
            if (wordA + "s" == wordB || wordB + "s" == wordA) return false;
            foreach (var c in wordA + wordB)
                if (!char.IsLetter(c)) return false;
            var allowed = Math.Min(wordA.Length, wordB.Length) >= 10 ? 2 : 1;
            return Math.Abs(wordA.Length - wordB.Length) <= allowed && SpellingDistance(wordA, wordB) <= allowed;
        }

        /// <summary>Letters dropped, added or changed, and neighbours swapped, that turn one word into the other.</summary>
        private static int SpellingDistance(string a, string b)
        {
            var d = new int[a.Length + 1, b.Length + 1];
            for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
            for (var j = 0; j <= b.Length; j++) d[0, j] = j;
            for (var i = 1; i <= a.Length; i++)
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                    d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                    if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            return d[a.Length, b.Length];
        }
    }
}
