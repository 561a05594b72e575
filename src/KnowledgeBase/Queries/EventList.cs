using System;
using System.Collections.Generic;

namespace KnowledgeBase
{
    /// <summary>Events with the queries users ask of them.</summary>
    public sealed class EventList : RecordList<Event>
    {
        private readonly bool _isWholeTable;

        internal EventList(Knowledge knowledge, int start, int count, bool pooled)
            : base(knowledge, Knowledge.ListEvents, start, count, pooled)
        {
            _isWholeTable = !pooled && start == 0 && count == knowledge.EventCount;
        }

        /// <summary>
        /// Events whose date lies wholly within <paramref name="from"/>…<paramref name="to"/>
        /// (a month-precise event counts when the whole month does), in timeline order.
        /// Undated events are never included.
        /// </summary>
        public EventsBetween Between(PartialDate from, PartialDate to)
        {
            // Events are compiled in timeline order, so the whole table answers by binary search.
            if (_isWholeTable)
            {
                var (first, last) = Knowledge.TimelineRange(from, to);
                return new EventsBetween(this, from, to, first, last);
            }
            return new EventsBetween(this, from, to, 0, Count);
        }

        /// <summary>
        /// Events whose <see cref="Event.Reported"/> date (the earliest reporting article's) lies wholly within
        /// <paramref name="from"/>…<paramref name="to"/>, dated or not, in list order: how undated events are found by time.
        /// </summary>
        public IEnumerable<Event> ReportedBetween(PartialDate from, PartialDate to) => EventQueries.ReportedBetween(this, from, to);

        /// <summary>Events of a CAMEO root class.</summary>
        public IEnumerable<Event> OfKind(CameoRoot root) => EventQueries.OfKind(this, root);

        /// <summary>Events of a kind word ("call", "meeting") or CAMEO code prefix ("04", "041").</summary>
        public IEnumerable<Event> OfKind(string kindOrCode) => EventQueries.OfKind(this, kindOrCode);

        /// <summary>Events the entity takes part in or that happened there.</summary>
        public IEnumerable<Event> Involving(Entity entity) => EventQueries.Involving(this, entity);
    }
}
