using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Lexicons
{
    /// <summary>
    /// Every prefix of every gazetteer name, alias and demonym, so a run of tokens whose first token
    /// begins no entry is passed over without building and looking up its 1…n-token joins (the
    /// answer is the same: none of them could match).
    /// </summary>
    internal static class GazetteerPrefixes
    {
        private static readonly HashSet<string> Surfaces = new(StringComparer.Ordinal);
        private static readonly HashSet<string> Demonyms = new(StringComparer.Ordinal);

        static GazetteerPrefixes()
        {
            foreach (var entry in Gazetteer.All)
            {
                AddPrefixes(Surfaces, entry.Name);
                foreach (var alias in entry.Aliases) AddPrefixes(Surfaces, alias);
                foreach (var demonym in entry.Demonyms) AddPrefixes(Demonyms, demonym);
            }
        }

        /// <summary><see cref="MayStartSurface(string)"/> of a token's word, kept on its form.</summary>
        public static bool MayStartSurface(in Token token) => token.Form?.Has(WordTrait.GazetteerNameStart) ?? MayStartSurface(token.Text);

        /// <summary><see cref="MayStartDemonym(string)"/> of a token's word, kept on its form.</summary>
        public static bool MayStartDemonym(in Token token) => token.Form?.Has(WordTrait.DemonymStart) ?? MayStartDemonym(token.Text);

        /// <summary>False only when no place or organization name (nor "the" before one) starts with this token.</summary>
        public static bool MayStartSurface(string firstToken) =>
            Surfaces.Contains(firstToken) || firstToken is "the" or "The";

        /// <summary>False only when no demonym (nor, for a lone token, its plural) starts with this token.</summary>
        public static bool MayStartDemonym(string firstToken) =>
            Demonyms.Contains(firstToken) || firstToken.Length > 1 && firstToken[firstToken.Length - 1] == 's' && Demonyms.Contains(firstToken.Substring(0, firstToken.Length - 1));

        private static void AddPrefixes(HashSet<string> set, string text)
        {
            for (var length = 1; length <= text.Length; length++) set.Add(text.Substring(0, length));
        }
    }
}
