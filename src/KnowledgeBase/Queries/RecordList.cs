using System;
using System.Collections;
using System.Collections.Generic;

namespace KnowledgeBase
{
    /// <summary>
    /// A read-only list of records made on demand: either a run of record indices
    /// (<c>first</c>, <c>first + 1</c>, ...) or a run of the compiled list pool.
    /// </summary>
    public class RecordList<T> : IReadOnlyList<T>
    {
        private readonly Knowledge _knowledge;
        private readonly int _kind;
        private readonly int _start;
        private readonly bool _pooled;
        private readonly int _count;

        // kind: what the list holds, one of the Knowledge.List… constants (no delegate: less to JIT-compile on a cold start).
        internal RecordList(Knowledge knowledge, int kind, int start, int count, bool pooled)
        {
            _knowledge = knowledge;
            _kind = kind;
            _start = start;
            _count = count;
            _pooled = pooled;
        }

        /// <summary>The knowledge base the records belong to.</summary>
        protected Knowledge Knowledge => _knowledge;

        /// <inheritdoc/>
        public int Count => _count;

        /// <inheritdoc/>
        public T this[int index]
        {
            get
            {
                if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
                var record = _pooled ? _knowledge.Int(_start + index) : _start + index;
                // One switch instead of a delegate per list (and no extra method for a cold start to compile).
                object item = _kind switch
                {
                    Knowledge.ListArticles => _knowledge.Article(record),
                    Knowledge.ListEntities => _knowledge.Entity(record),
                    Knowledge.ListQuotes => _knowledge.Quote(record),
                    Knowledge.ListEvents => _knowledge.Event(record),
                    _ => _knowledge.String(record),
                };
                return (T)item;
            }
        }

        /// <summary>Enumerates without allocating.</summary>
        public Enumerator GetEnumerator() => new(this);

        IEnumerator<T> IEnumerable<T>.GetEnumerator()
        {
            for (var i = 0; i < Count; i++) yield return this[i];
        }

        IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

        /// <summary>A struct enumerator over a <see cref="RecordList{T}"/>.</summary>
        public struct Enumerator
        {
            private readonly RecordList<T> _list;
            private int _index;

            internal Enumerator(RecordList<T> list)
            {
                _list = list;
                _index = -1;
            }

            /// <summary>The current record.</summary>
            public readonly T Current => _list[_index];

            /// <summary>Moves to the next record.</summary>
            public bool MoveNext() => ++_index < _list._count;
        }
    }
}
