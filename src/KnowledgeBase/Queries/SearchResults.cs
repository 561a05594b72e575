using System;
using System.Collections;
using System.Collections.Generic;

namespace KnowledgeBase
{
    /// <summary>
    /// The sentences a search found, best first: a run of compiled postings (one word; nothing
    /// allocated) or the merged hits of several words.
    /// </summary>
    public readonly struct SearchResults : IReadOnlyList<SearchHit>
    {
        private readonly Knowledge? _knowledge;
        private readonly int _start;
        private readonly int _count;
        private readonly SearchHit[]? _merged;

        internal SearchResults(Knowledge knowledge, int start, int count)
        {
            _knowledge = knowledge;
            _start = start;
            _count = count;
            _merged = null;
        }

        internal SearchResults(SearchHit[] merged)
        {
            _knowledge = null;
            _start = 0;
            _count = merged.Length;
            _merged = merged;
        }

        /// <inheritdoc/>
        public int Count => _count;

        /// <inheritdoc/>
        public SearchHit this[int index]
        {
            get
            {
                if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(index));
                return _merged is not null ? _merged[index] : _knowledge!.Hit(_start + index);
            }
        }

        /// <summary>Enumerates without allocating.</summary>
        public Enumerator GetEnumerator() => new(this);

        IEnumerator<SearchHit> IEnumerable<SearchHit>.GetEnumerator()
        {
            for (var i = 0; i < _count; i++) yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<SearchHit>)this).GetEnumerator();

        /// <summary>A struct enumerator over <see cref="SearchResults"/>.</summary>
        public struct Enumerator
        {
            private readonly SearchResults _results;
            private int _index;

            internal Enumerator(SearchResults results)
            {
                _results = results;
                _index = -1;
            }

            /// <summary>The current hit.</summary>
            public readonly SearchHit Current => _results[_index];

            /// <summary>Moves to the next hit.</summary>
            public bool MoveNext() => ++_index < _results.Count;
        }
    }
}
