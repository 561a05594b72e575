using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Analysis
{
    /// <summary>
    /// A thread's growable list for the items of the sentence being analysed, copied out at the end into an array of their
    /// number: a list per sentence would be an object more and, grown or guessed, mostly empty room.
    /// </summary>
    internal static class ScratchLists
    {
        /// <summary>The thread's list kept in <paramref name="kept"/> (a [ThreadStatic] field), made on first use, empty.</summary>
        public static List<T> Empty<T>(ref List<T>? kept)
        {
            var list = kept ??= new List<T>();
            list.Clear();
            return list;
        }

        /// <summary>The items as an array of their number; the list is emptied (it holds on to nothing of the sentence).</summary>
        public static T[] CopyOut<T>(List<T> list)
        {
            if (list.Count == 0) return Array.Empty<T>();
            var items = list.ToArray();
            list.Clear();
            return items;
        }
    }
}
