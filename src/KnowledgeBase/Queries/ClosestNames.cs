using System;
using System.Collections.Generic;
using KnowledgeBase.Storage;

namespace KnowledgeBase
{
    public sealed partial class Knowledge
    {
        /// <summary>The longest text <see cref="FindClosest"/> looks for: ten times a long name.</summary>
        public const int MaxClosestLength = 256;

        /// <summary>
        /// Entities whose name or alias is closest to <paramref name="text"/> (for "did you mean"),
        /// best first.
        /// </summary>
        /// <param name="text">A name as typed; one over <see cref="MaxClosestLength"/> characters, or empty, is close to none.</param>
        /// <param name="max">How many entities at most.</param>
        public IReadOnlyList<Entity> FindClosest(string text, int max = 3)
        {
            ArgumentNullException.ThrowIfNull(text);
            // Far longer than any name: no misspelling of one, and each alias would be searched in it.
            if (text.Length > MaxClosestLength) return Array.Empty<Entity>();
            var key = NameKey.Normalize(text);
            // Every alias contains the empty key: it is close to no one.
            if (key.Length == 0) return Array.Empty<Entity>();
            var limit = Math.Max(2, key.Length / 3);
            var best = new Dictionary<int, int>();
            for (var i = 0; i < _header[DataLayout.HeaderAliases + 1]; i++)
            {
                var row = _header[DataLayout.HeaderAliases] + i * DataLayout.AliasWidth;
                var alias = String(Int(row));
                // One containing the other is 1 (0 when equal); past the limit, the exact distance does not matter.
                var distance = alias.Contains(key, StringComparison.Ordinal) || key.Contains(alias, StringComparison.Ordinal)
                    ? (alias.Length == key.Length ? 0 : 1)
                    : EditDistance.Within(key, alias, limit);
                var entity = Int(row + 1);
                if (!best.TryGetValue(entity, out var d) || distance < d) best[entity] = distance;
            }
            var ranked = new List<KeyValuePair<int, int>>();
            foreach (var pair in best)
                if (pair.Value <= limit) ranked.Add(pair);
            ranked.Sort(static (a, b) => a.Value != b.Value ? a.Value.CompareTo(b.Value) : a.Key.CompareTo(b.Key));
            var result = new List<Entity>();
            for (var i = 0; i < ranked.Count && i < max; i++) result.Add(Entity(ranked[i].Key));
            return result;
        }
    }
}
