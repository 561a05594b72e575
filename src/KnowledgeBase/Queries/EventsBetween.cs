using System.Collections;
using System.Collections.Generic;

namespace KnowledgeBase
{
    /// <summary>
    /// The events of a list whose dates lie within a range, in list order; enumerating it
    /// allocates nothing (on the whole timeline the range is found by binary search).
    /// </summary>
    public readonly struct EventsBetween : IEnumerable<Event>
    {
        private readonly EventList _events;
        private readonly PartialDate _from;
        private readonly PartialDate _to;
        private readonly int _first;
        private readonly int _last;

        internal EventsBetween(EventList events, PartialDate from, PartialDate to, int first, int last)
        {
            _events = events;
            _from = from;
            _to = to;
            _first = first;
            _last = last;
        }

        /// <summary>Enumerates without allocating.</summary>
        public Enumerator GetEnumerator() => new(this);

        IEnumerator<Event> IEnumerable<Event>.GetEnumerator()
        {
            foreach (var e in this) yield return e;
        }

        IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<Event>)this).GetEnumerator();

        /// <summary>A struct enumerator over <see cref="EventsBetween"/>.</summary>
        public struct Enumerator
        {
            private readonly EventsBetween _range;
            private int _index;
            private Event? _current;

            internal Enumerator(EventsBetween range)
            {
                _range = range;
                _index = range._first - 1;
                _current = null;
            }

            /// <summary>The current event.</summary>
            public readonly Event Current => _current!;

            /// <summary>Moves to the next event within the range.</summary>
            public bool MoveNext()
            {
                while (++_index < _range._last)
                {
                    var e = _range._events[_index];
                    if (e.Date is { } date && date.IsWithin(_range._from, _range._to))
                    {
                        _current = e;
                        return true;
                    }
                }
                return false;
            }
        }
    }
}
