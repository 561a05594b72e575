using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using static KnowledgeBase.Cli.Html;

namespace KnowledgeBase.Cli
{
    /// <summary>
    /// The events on a time axis (SVG): a dated event at its date (a filled dot), an undated one at the day it
    /// was reported (a hollow dashed ring); events on the same spot stack upwards. Each dot links to its evidence.
    /// </summary>
    internal static class ReportTimeline
    {
        private const double Width = 1300, Left = 50, Right = 30, Dot = 9, Top = 20;

        public static void Write(Knowledge kb, TextWriter html)
        {
            var placed = kb.Events.Select(e => (Event: e, Day: e.Date?.Start ?? e.Reported?.Start)).Where(p => p.Day is not null).ToList();
            var unplaced = kb.Events.Count - placed.Count;
            if (placed.Count == 0)
            {
                html.WriteLine("<p class=\"empty\">No event has a date or a reporting date to place it on a time axis.</p>");
                return;
            }
            int first = placed.Min(p => p.Day!.Value.DayNumber), last = Math.Max(first + 1, placed.Max(p => p.Day!.Value.DayNumber));
            double X(int day) => Left + (day - first) * (Width - Left - Right) / (last - first);

            // Stack the dots that fall on the same spot.
            var heights = new Dictionary<int, int>();
            var dots = new List<(Event Event, double X, int Level, DateOnly Day)>();
            foreach (var (e, day) in placed)
            {
                var x = X(day!.Value.DayNumber);
                var slot = (int)Math.Round(x / Dot);
                heights[slot] = heights.TryGetValue(slot, out var level) ? level + 1 : 1;
                dots.Add((e, slot * Dot, heights[slot] - 1, day.Value));
            }
            var axis = Top + (heights.Values.Max() + 1) * Dot;
            html.WriteLine($"<svg id=\"timeline-svg\" class=\"timeline\" viewBox=\"0 0 {N(Width)} {N(axis + 40)}\" width=\"{N(Width)}\" height=\"{N(axis + 40)}\" role=\"img\" aria-label=\"Timeline of the events\">");
            html.WriteLine($"<line class=\"axis\" x1=\"{N(Left)}\" y1=\"{N(axis)}\" x2=\"{N(Width - Right)}\" y2=\"{N(axis)}\"/>");
            foreach (var (day, label) in Ticks(DateOnly.FromDayNumber(first), DateOnly.FromDayNumber(last)))
            {
                var x = X(day.DayNumber);
                html.WriteLine($"<line class=\"tick\" x1=\"{N(x)}\" y1=\"{N(axis)}\" x2=\"{N(x)}\" y2=\"{N(axis + 6)}\"/><text class=\"tick-label\" x=\"{N(x)}\" y=\"{N(axis + 20)}\">{Escape(label)}</text>");
            }
            foreach (var (e, x, level, day) in dots)
            {
                var y = axis - Dot * (level + 0.5) - 2;
                var undated = e.Date is null;
                var when = undated ? $"undated, reported {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : e.Date!.Value.ToString();
                html.WriteLine($"<a href=\"#ev-{e.Index}\"><circle class=\"dot q{GdeltExporter.QuadClassOrZero(e)}{(undated ? " undated" : string.Empty)}\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(Dot / 2 - 0.5)}\"><title>{Escape(when + ": " + e.Summary)}</title></circle></a>");
            }
            html.WriteLine("</svg>");
            html.WriteLine($"<p class=\"legend\"><span class=\"key q1\"></span> verbal cooperation <span class=\"key q2\"></span> material cooperation <span class=\"key q3\"></span> verbal conflict <span class=\"key q4\"></span> material conflict <span class=\"key q0\"></span> outside CAMEO &nbsp; <span class=\"key q0 undated\"></span> undated: placed at the day it was reported"
                + (unplaced > 0 ? $" &nbsp; ({CliApp.Count(unplaced, "event")} with neither a date nor a reporting date not shown)" : string.Empty) + "</p>");
        }

        /// <summary>Ticks at month starts (a span under three years) or year starts, at most about a dozen labelled.</summary>
        private static IEnumerable<(DateOnly Day, string Label)> Ticks(DateOnly first, DateOnly last)
        {
            var months = (last.Year - first.Year) * 12 + last.Month - first.Month;
            if (months < 36)
            {
                var step = Math.Max(1, (months + 11) / 12);
                for (var d = new DateOnly(first.Year, first.Month, 1); d <= last; d = d.AddMonths(step))
                    if (d >= first) yield return (d, d.ToString("yyyy-MM", CultureInfo.InvariantCulture));
                yield break;
            }
            var years = Math.Max(1, (last.Year - first.Year + 11) / 12);
            for (var year = first.Year + 1; year <= last.Year; year += years)
                yield return (new DateOnly(year, 1, 1), year.ToString(CultureInfo.InvariantCulture));
        }
    }
}
