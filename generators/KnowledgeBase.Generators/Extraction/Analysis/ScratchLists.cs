using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Analysis
{
    /// <summary>
    /// A thread's growable list for the items of the sentence being analysed, copied out at the end into an array of their
    /// number: a list per sentence would be an object more and, grown or guessed, mostly empty room. The arrays of an
    /// analysis no one reads any longer come back (<see cref="GiveBack{T}"/>) and are handed out again at their length.
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
            var items = Take<T>(list.Count);
            list.CopyTo(items);
            list.Clear();
            return items;
        }

        // Arrays given back, by length (below PooledLengths), at most PooledPerLength of each: per thread and item type.
        private const int PooledLengths = 64;
        private const int PooledPerLength = 64;

        private static class Spare<T>
        {
            [ThreadStatic] public static List<T[]>?[]? Free;
        }

        /// <summary>An empty array of <paramref name="length"/> items: one given back of that length, else a new one.</summary>
        public static T[] Take<T>(int length)
        {
            if (length < PooledLengths && Spare<T>.Free?[length] is { Count: > 0 } free)
            {
                var items = free[free.Count - 1];
                free.RemoveAt(free.Count - 1);
                return items;
            }
            return new T[length];
        }

        /// <summary>Empties an array no one reads any longer and keeps it for <see cref="Take{T}"/> of its length.</summary>
        public static void GiveBack<T>(T[] items)
        {
            var length = items.Length;
            if (length == 0 || length >= PooledLengths) return;
            var free = (Spare<T>.Free ??= new List<T[]>?[PooledLengths])[length] ??= new List<T[]>();
            if (free.Count >= PooledPerLength) return;
            Array.Clear(items, 0, length);
            free.Add(items);
        }
    }

    /// <summary>
    /// A thread's spare objects of one kind (noun chunks, verb groups, clauses) from analyses no one reads any longer
    /// (<see cref="SentenceAnalysis.Release"/>), emptied: their lifetime is the sentence's, and made anew for every sentence
    /// they were the largest part of what the analysis allocates.
    /// </summary>
    internal static class Spares<T> where T : class
    {
        // More than the analyses of a long article hold; a thread keeps no more.
        private const int Kept = 8192;

        [ThreadStatic] private static List<T>? t_free;

        /// <summary>An object given back, or null when there is none (the caller makes one).</summary>
        public static T? Take()
        {
            var free = t_free;
            if (free is null || free.Count == 0) return null;
            var item = free[free.Count - 1];
            free.RemoveAt(free.Count - 1);
            return item;
        }

        /// <summary>Keeps an emptied object no one reads any longer for <see cref="Take"/>.</summary>
        public static void GiveBack(T item)
        {
            var free = t_free ??= new List<T>();
            if (free.Count < Kept) free.Add(item);
        }
    }
}
