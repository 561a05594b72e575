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
        private const double Width = 1300, Left = 110, Right = 30, Dot = 9, Top = 20, EarlierX = 45;

        // The axis starts at the day this share of the events is older than: a few events of decades ago
        // (a building "of 1973") would squeeze everything else into one column. Those stand apart, at the left.
        private const double EarlierShare = 0.08;

        // Dots stack at most this high; a "+N" says how many more stand on that spot.
        private const int MaxLevel = 40;

        public static void Write(Knowledge kb, TextWriter html)
        {
            var placed = kb.Events.Select(e => (Event: e, Day: e.Date?.Start ?? e.Reported?.Start)).Where(p => p.Day is not null).Select(p => (p.Event, Day: p.Day!.Value)).ToList();
            var unplaced = kb.Events.Count - placed.Count;
            if (placed.Count == 0)
            {
                html.WriteLine("<p class=\"empty\">No event has a date or a reporting date to place it on a time axis.</p>");
                return;
            }
            var days = placed.Select(p => p.Day.DayNumber).OrderBy(d => d).ToList();
            int first = days[(int)(days.Count * EarlierShare)], last = Math.Max(first + 1, days[^1]);
            double X(int day) => day < first ? EarlierX : Left + (day - first) * (Width - Left - Right) / (last - first);

            // Stack the dots that fall on the same spot.
            var heights = new Dictionary<int, int>();
            var dots = new List<(Event Event, double X, int Level, DateOnly Day)>();
            foreach (var (e, day) in placed)
            {
                var slot = (int)Math.Round(X(day.DayNumber) / Dot);
                heights[slot] = heights.GetValueOrDefault(slot) + 1;
                dots.Add((e, slot * Dot, heights[slot] - 1, day));
            }
            var axis = Top + (Math.Min(heights.Values.Max(), MaxLevel) + 3) * Dot;
            html.WriteLine($"<svg id=\"timeline-svg\" class=\"timeline\" viewBox=\"0 0 {N(Width)} {N(axis + 40)}\" width=\"{N(Width)}\" height=\"{N(axis + 40)}\" role=\"img\" aria-label=\"Timeline of the events\">");
            WriteAxis(html, axis, DateOnly.FromDayNumber(first), DateOnly.FromDayNumber(last), X, earlier: days[0] < first);
            foreach (var (e, x, level, day) in dots)
            {
                if (level >= MaxLevel) continue;
                var y = axis - Dot * (level + 0.5) - 2;
                var undated = e.Date is null;
                var when = undated ? $"undated, reported {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : e.Date!.Value.ToString();
                html.WriteLine($"<a href=\"#ev-{e.Index}\"><circle class=\"dot q{GdeltExporter.QuadClassOrZero(e)}{(undated ? " undated" : string.Empty)}\" cx=\"{N(x)}\" cy=\"{N(y)}\" r=\"{N(Dot / 2 - 0.5)}\"><title>{Escape(when + ": " + e.Summary)}</title></circle></a>");
            }
            foreach (var (slot, height) in heights.Where(h => h.Value > MaxLevel))
                html.WriteLine($"<text class=\"more\" x=\"{N(slot * Dot)}\" y=\"{N(axis - Dot * MaxLevel - 4 - slot % 2 * 10)}\">+{height - MaxLevel}</text>");
            html.WriteLine("</svg>");
            html.WriteLine($"<p class=\"legend\"><span class=\"key q1\"></span> verbal cooperation <span class=\"key q2\"></span> material cooperation <span class=\"key q3\"></span> verbal conflict <span class=\"key q4\"></span> material conflict <span class=\"key q0\"></span> outside CAMEO &nbsp; <span class=\"key q0 undated\"></span> undated: placed at the day it was reported"
                + (unplaced > 0 ? $" &nbsp; ({CliApp.Count(unplaced, "event")} with neither a date nor a reporting date not shown)" : string.Empty) + "</p>");
        }

        private static void WriteAxis(TextWriter html, double axis, DateOnly first, DateOnly last, Func<int, double> x, bool earlier)
        {
            html.WriteLine($"<line class=\"axis\" x1=\"{N(Left)}\" y1=\"{N(axis)}\" x2=\"{N(Width - Right)}\" y2=\"{N(axis)}\"/>");
            if (earlier)
                html.WriteLine($"<line class=\"axis\" x1=\"{N(EarlierX - 20)}\" y1=\"{N(axis)}\" x2=\"{N(EarlierX + 20)}\" y2=\"{N(axis)}\"/><text class=\"tick-label\" x=\"{N(EarlierX)}\" y=\"{N(axis + 20)}\">before {first.ToString("yyyy-MM", CultureInfo.InvariantCulture)}</text>");
            foreach (var (day, label) in Ticks(first, last))
            {
                var at = x(day.DayNumber);
                html.WriteLine($"<line class=\"tick\" x1=\"{N(at)}\" y1=\"{N(axis)}\" x2=\"{N(at)}\" y2=\"{N(axis + 6)}\"/><text class=\"tick-label\" x=\"{N(at)}\" y=\"{N(axis + 20)}\">{Escape(label)}</text>");
            }
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
