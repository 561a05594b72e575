using System;
using System.Collections.Generic;

namespace KnowledgeBase
{
    /// <summary>Filters that chain over any sequence of events: <c>Events.Between(a, b).OfKind(CameoRoot.Consult)</c>.</summary>
    public static class EventQueries
    {
        /// <summary>Events whose date lies wholly within <paramref name="from"/>…<paramref name="to"/>; undated events never do.</summary>
        public static IEnumerable<Event> Between(this IEnumerable<Event> events, PartialDate from, PartialDate to)
        {
            ArgumentNullException.ThrowIfNull(events);
            foreach (var e in events)
                if (e.Date is { } date && date.IsWithin(from, to)) yield return e;
        }

        /// <summary>
        /// Events first reported within <paramref name="from"/>…<paramref name="to"/>: those whose
        /// <see cref="Event.Reported"/> date (the earliest reporting article's) lies wholly within the range,
        /// dated or not. This is how an undated event is found by time.
        /// </summary>
        public static IEnumerable<Event> ReportedBetween(this IEnumerable<Event> events, PartialDate from, PartialDate to)
        {
            ArgumentNullException.ThrowIfNull(events);
            foreach (var e in events)
                if (e.Reported is { } reported && reported.IsWithin(from, to)) yield return e;
        }

        /// <summary>Events of a CAMEO root class.</summary>
        public static IEnumerable<Event> OfKind(this IEnumerable<Event> events, CameoRoot root)
        {
            ArgumentNullException.ThrowIfNull(events);
            foreach (var e in events)
                if (e.Cameo.Root == root) yield return e;
        }

        /// <summary>Events of a kind word ("call", "election") or CAMEO code prefix ("04", "041").</summary>
        public static IEnumerable<Event> OfKind(this IEnumerable<Event> events, string kindOrCode)
        {
            ArgumentNullException.ThrowIfNull(events);
            ArgumentNullException.ThrowIfNull(kindOrCode);
            foreach (var e in events)
                if (string.Equals(e.Kind, kindOrCode, StringComparison.OrdinalIgnoreCase) || e.Cameo.Code.StartsWith(kindOrCode, StringComparison.Ordinal))
                    yield return e;
        }

        /// <summary>Events the entity takes part in or that happened there.</summary>
        public static IEnumerable<Event> Involving(this IEnumerable<Event> events, Entity entity)
        {
            ArgumentNullException.ThrowIfNull(events);
            ArgumentNullException.ThrowIfNull(entity);
            foreach (var e in events)
            {
                if (e.Place == entity) { yield return e; continue; }
                foreach (var p in e.Participants)
                    if (p == entity) { yield return e; break; }
            }
        }
    }
}
