using System;

namespace KnowledgeBase.Generators.Helpers
{
    /// <summary>
    /// A set of word lengths in one <see cref="ulong"/>, bit min(length, 63) per length: a word of no length in the set is
    /// turned away before any string is compared or hashed.
    /// </summary>
    internal static class LengthBits
    {
        /// <summary>The bit of <paramref name="length"/> (63 or more share the last).</summary>
        public static ulong Of(int length) => 1UL << Math.Min(length, 63);

        /// <summary>Whether <paramref name="set"/> has the bit of <paramref name="length"/>.</summary>
        public static bool Has(ulong set, int length) => (set & Of(length)) != 0;
    }
}
