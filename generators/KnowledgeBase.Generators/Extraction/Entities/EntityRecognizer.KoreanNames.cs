using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // Korean names written family name first, the given name's two syllables as two words.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// "Kim Jong Un", "Yoon Suk Yeol": a Korean family name, then the two syllables of the given name as two short words
        /// (no English word nor listed given name, unless a syllable of <see cref="KoreanGivenSyllables"/>), is written family
        /// name first: the first word is the surname.
        /// </summary>
        private static bool IsKoreanSplitName(string family, string first, string second) =>
            KoreanFamilyNames.Contains(family) && IsGivenNameSyllable(first) && IsGivenNameSyllable(second);

        private static bool IsGivenNameSyllable(string word) => IsKoreanSyllable(word) || KoreanGivenSyllables.Contains(word);

        // Syllables of Korean given names that are listed given names or English words too ("Jae", "Young"): in a name of
        // three short words after a Korean family name they are the given name's, not a Western first name.
        private static readonly HashSet<string> KoreanGivenSyllables = new HashSet<string>(StringComparer.Ordinal)
        {
            "Jae", "Seung", "Hyun", "Min", "Jun", "Dong", "Tae", "Yong", "Young", "Sung", "Jin", "Hee", "Soo", "Jong", "Ho", "Won", "Woo",
        };

        private static bool IsKoreanSyllable(string word)
        {
            if (word.Length < 2 || word.Length > 5 || !char.IsUpper(word[0])) return false;
            for (var k = 1; k < word.Length; k++)
                if (!char.IsLower(word[k])) return false;
            return !IsCommonWord(word) && !GivenNames.Contains(word);
        }

        // The most common Korean family names as news romanizes them (a lexicon of the world, not of any article).
        private static readonly HashSet<string> KoreanFamilyNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "Kim", "Lee", "Park", "Choi", "Jung", "Jeong", "Kang", "Cho", "Yoon", "Yun", "Jang", "Lim", "Oh", "Seo", "Shin", "Kwon", "Hwang",
            "Ahn", "Yoo", "Hong", "Jeon", "Ko", "Moon", "Son", "Bae", "Baek", "Heo", "Nam", "Roh", "Noh", "Ban", "Chung", "Chun", "Ri", "Rhee",
        };
    }
}
