using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using static KnowledgeBase.Cli.CliApp;

namespace KnowledgeBase.Cli
{
    /// <summary>kb events: every event, dated or not, with filters by participant, date and kind.</summary>
    internal static class EventsCommand
    {
        public static Command Create(CliContext cli)
        {
            var options = new ListingOptions("events");
            var with = new Option<string?>("--with") { Description = "Only events this entity takes part in.", HelpName = "NAME" };
            var from = new Option<string?>("--from") { Description = "Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); an undated event by the date it was reported.", HelpName = "DATE" };
            var to = new Option<string?>("--to") { Description = "Only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD); an undated event by the date it was reported.", HelpName = "DATE" };
            var kind = new Option<string?>("--kind") { Description = "Only this kind word (call, meeting, strike) or CAMEO code prefix (04, 041).", HelpName = "KIND" };
            var events = options.AddTo(new Command("events", "Events with their date (or, undated, when they were reported), CAMEO code, kind and sources.") { with, from, to, kind });
            events.SetAction(r => List(cli, r, options, r.GetValue(with), r.GetValue(from), r.GetValue(to), r.GetValue(kind)));
            return events;
        }

        private static int List(CliContext cli, ParseResult parse, ListingOptions options, string? with, string? from, string? to, string? kind)
        {
            var kb = cli.Kb;
            IEnumerable<Event> events = kb.Events;
            if (with is not null) events = Resolve(kb, with).Events;
            if (from is not null || to is not null)
            {
                var start = from is null ? new PartialDate(1) : ParseDate(from, "--from");
                var end = to is null ? new PartialDate(9999) : ParseDate(to, "--to");
                // An empty range is a mistake in the arguments, not an empty answer.
                if (start.Start > end.End) throw new UsageException($"--from {from} is after --to {to}");
                // A dated event by its date; an undated one by when it was first reported (Events.ReportedBetween).
                events = events.Where(e => e.Date is { } date ? date.IsWithin(start, end) : e.Reported is { } reported && reported.IsWithin(start, end));
            }
            if (kind is not null) events = events.OfKind(kind);
            var listing = new Listing<Event>
            {
                Json = JsonExporter.WriteEvent,
                Columns = new[] { "#", "DATE", "CAMEO", "KIND", "STATUS", "SOURCES", "SUMMARY [ID]" },
                Row = (e, n) => new[] { Num(n), DateCell(e), e.Cameo.Code, e.Kind, Status(e), Num(e.Sources.Count), $"{e.Summary} [{e.Id}]" },
                Empty = "No events match.",
                Title = (shown, total) => $"{Count(total, "event")}{Listing<Event>.Cut(shown, total)} (\"reported\": undated, placed by the earliest reporting article's date)",
            };
            return listing.Print(cli, parse, options, events.ToList());
        }

        /// <summary>The event's date, or "reported 2025-02-13" for an undated event (its earliest article's date), or "undated".</summary>
        internal static string DateCell(Event e) =>
            e.Date?.ToString() ?? (e.Reported is { } reported ? "reported " + reported.ToString() : "undated");
    }
}
