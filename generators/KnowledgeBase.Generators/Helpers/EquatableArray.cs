using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace KnowledgeBase.Generators.Helpers
{
    /// <summary>
    /// An immutable array with value equality, so pipeline models that hold lists compare
    /// by content and the incremental driver can cache them.
    /// </summary>
    internal readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
        where T : IEquatable<T>
    {
        public static readonly EquatableArray<T> Empty = new(ImmutableArray<T>.Empty);

        private readonly T[]? _items;

        public EquatableArray(ImmutableArray<T> items) => _items = items.IsDefault ? null : ImmutableArrayAccess(items);

        public EquatableArray(IEnumerable<T> items) => _items = Copy(items);

        private EquatableArray(T[] items) => _items = items;

        /// <summary>
        /// An array over <paramref name="items"/> itself, not a copy: for a caller that has just filled a new array of the exact
        /// size and keeps no reference to it (the array must never change afterwards).
        /// </summary>
        internal static EquatableArray<T> Own(T[] items) => new(items.Length == 0 ? Array.Empty<T>() : items);

        // Lists and arrays (nearly every caller) are copied once, straight into the new array.
        private static T[] Copy(IEnumerable<T> items)
        {
            if (items is not ICollection<T> collection) return new List<T>(items).ToArray();
            if (collection.Count == 0) return Array.Empty<T>();
            var copy = new T[collection.Count];
            collection.CopyTo(copy, 0);
            return copy;
        }

        private static T[] ImmutableArrayAccess(ImmutableArray<T> items)
        {
            var copy = new T[items.Length];
            items.CopyTo(copy);
            return copy;
        }

        public int Count => _items?.Length ?? 0;

        public T this[int index] => (_items ?? Array.Empty<T>())[index];

        public bool Equals(EquatableArray<T> other)
        {
            var a = _items ?? Array.Empty<T>();
            var b = other._items ?? Array.Empty<T>();
            if (a.Length != b.Length) return false;
            for (var i = 0; i < a.Length; i++)
                if (!EqualityComparer<T>.Default.Equals(a[i], b[i])) return false;
            return true;
        }

        public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

        public override int GetHashCode()
        {
            var hash = 17;
            foreach (var item in _items ?? Array.Empty<T>())
                hash = HashCombiner.Combine(hash, item is null ? 0 : item.GetHashCode());
            return hash;
        }

        public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)(_items ?? Array.Empty<T>())).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

        public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

        public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);
    }

    internal static class EquatableArray
    {
        public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) where T : IEquatable<T> => new(items);
    }
}
