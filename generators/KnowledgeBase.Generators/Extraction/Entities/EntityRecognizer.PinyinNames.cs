using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction
{
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// "Xi Jinping", "Li Na", "Deng Xiaoping": a Chinese family name written first, then a given name of one or two pinyin
        /// syllables, is a person's name though neither word is a listed given name.
        /// </summary>
        internal static bool IsPinyinFamilyFirstName(List<Token> tokens, int start, int end) =>
            end - start == 2 && PinyinFamilyNames.Contains(tokens[start].Text) && IsPinyinGivenName(tokens[start + 1].Text);

        /// <summary>
        /// "Chen Shui-bian", "Moon Jae-in", "Wang Qiming": two words, a hyphenated given name or a pinyin one after a Chinese
        /// family name, are written family name first, so the first word is the surname the article calls the person by.
        /// </summary>
        internal static bool IsFamilyNameFirstName(List<Token> tokens, int start, int end) =>
            end - start == 2 && (IsHyphenatedGivenName(tokens[start + 1].Text) || IsPinyinFamilyFirstName(tokens, start, end))
            || end - start == 3 && IsKoreanSplitName(tokens[start].Text, tokens[start + 1].Text, tokens[start + 2].Text);

        // The same shape read from a person's name ("Chen Shui-bian"): the name's words are its tokens' texts joined by one space.
        private static bool IsFamilyNameFirstName(string name)
        {
            var space = name.IndexOf(' ');
            if (space <= 0) return false;
            if (name.IndexOf(' ', space + 1) is var second && second >= 0)
                return name.IndexOf(' ', second + 1) < 0 && IsKoreanSplitName(name.Substring(0, space), name.Substring(space + 1, second - space - 1), name.Substring(second + 1));
            var given = name.Substring(space + 1);
            return IsHyphenatedGivenName(given) || PinyinFamilyNames.Contains(name.Substring(0, space)) && IsPinyinGivenName(given);
        }

        /// <summary>
        /// "Chen Shui-bian was arrested. Chen denied it.": a capitalized word at a clause start that is the family name of a
        /// person named family name first is that person, though the text never writes it mid-sentence.
        /// </summary>
        private bool IsFamilyNameOfNamedPerson(in Token token)
        {
            var key = NameVariants.Key(token);
            foreach (var e in _entities)
                if (e.Kind == EntityKind.Person && e.FirstSpace == token.Text.Length && e.FirstWordKey == key && IsFamilyNameFirstName(e.Name)) return true;
            return false;
        }

        // A capital, then lower-case letters that read as one or two pinyin syllables ("Jinping": jin-ping), and no English word.
        private static bool IsPinyinGivenName(string word)
        {
            if (word.Length < 2 || word.Length > 9 || !char.IsUpper(word[0]) || IsCommonWord(word)) return false;
            for (var k = 1; k < word.Length; k++)
                if (!char.IsLower(word[k])) return false;
            return Syllables(word.ToLowerInvariant(), 0, 0);
        }

        // Whether word[from..] splits into at most two syllables in all (initial + final); a final alone opens a word only.
        private static bool Syllables(string word, int from, int count)
        {
            if (from == word.Length) return count > 0;
            if (count == 2) return false;
            foreach (var initial in PinyinInitials)
            {
                if (initial.Length == 0 && from > 0 || string.CompareOrdinal(word, from, initial, 0, initial.Length) != 0) continue;
                foreach (var final in PinyinFinals)
                    if (string.CompareOrdinal(word, from + initial.Length, final, 0, final.Length) == 0 && from + initial.Length + final.Length <= word.Length
                        && Syllables(word, from + initial.Length + final.Length, count + 1)) return true;
            }
            return false;
        }

        // Longer spellings first within each list: "zh" before "z", "iang" before "ian" and "an".
        private static readonly string[] PinyinInitials = { "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", "" };

        private static readonly string[] PinyinFinals =
        {
            "iang", "iong", "uang", "ueng", "iao", "ian", "ang", "eng", "ing", "ong", "uai", "uan", "ai", "ei", "ao", "ou", "an", "en", "in", "un",
            "ia", "ie", "iu", "ua", "uo", "ui", "ue", "er", "a", "o", "e", "i", "u",
        };

        // The most common Chinese family names in pinyin, as news writes them (a lexicon of the world, not of any article).
        private static readonly HashSet<string> PinyinFamilyNames = new HashSet<string>(StringComparer.Ordinal)
        {
            "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo", "He", "Gao", "Lin",
            "Luo", "Zheng", "Liang", "Xie", "Song", "Tang", "Han", "Feng", "Deng", "Cao", "Peng", "Zeng", "Xiao", "Tian", "Dong", "Yuan", "Pan", "Yu",
            "Jiang", "Cai", "Jia", "Ding", "Wei", "Xue", "Ye", "Yan", "Lu", "Du", "Su", "Cheng", "Xi", "Meng", "Qin", "Bai", "Wen", "Kong", "Mao",
            "Shi", "Qian", "Jin", "Fu", "Tan", "Hou", "Zou", "Xiong", "Qiu", "Yin", "Shen", "Ren", "Yao", "Fang", "Kang", "Liao", "Zhong", "Lei",
            "Wan", "Duan", "Lai", "Gu", "Hao", "Shao", "Mo", "Long", "Chang", "Qi", "Niu", "Bo", "Geng", "Zhai", "Xing", "Lou",
        };
    }
}
