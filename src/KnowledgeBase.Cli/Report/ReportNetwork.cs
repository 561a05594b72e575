using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using static KnowledgeBase.Cli.Html;

namespace KnowledgeBase.Cli
{
    /// <summary>
    /// Who met whom: the people and organizations that take part in an event together, as an SVG graph laid
    /// out here (a force layout from a circle, fixed steps: the same knowledge base always draws the same picture).
    /// </summary>
    internal static class ReportNetwork
    {
        private const int MaxNodes = 80, Labelled = 40, Steps = 300;

        // Pull towards the centre against the repulsion of all the others (so it grows with their number, this at
        // MaxNodes): small pieces stay on the page, not piled at its edge, and a small graph is not squeezed.
        private const double Gravity = 1.0;
        // The drawing grows with the graph up to MaxSize; labels get LabelRoom to the right of it.
        private const double MaxSize = 900, Margin = 30, LabelRoom = 170;

        public static void Write(Knowledge kb, TextWriter html)
        {
            var links = Links(kb);
            var degree = new Dictionary<Entity, int>();
            foreach (var ((a, b), count) in links)
            {
                degree[a] = degree.GetValueOrDefault(a) + count;
                degree[b] = degree.GetValueOrDefault(b) + count;
            }
            if (degree.Count == 0)
            {
                html.WriteLine("<p class=\"empty\">No event links two people or organizations.</p>");
                return;
            }
            var top = degree.OrderByDescending(d => d.Value).ThenBy(d => d.Key.Name, StringComparer.Ordinal).Take(MaxNodes).Select(d => d.Key).ToHashSet();
            // A node whose partners all fell outside the picture would stand alone: it is left out too.
            var linked = links.Keys.Where(l => top.Contains(l.A) && top.Contains(l.B)).SelectMany(l => new[] { l.A, l.B }).ToHashSet();
            var nodes = degree.Keys.Where(linked.Contains).OrderByDescending(n => degree[n]).ThenBy(n => n.Name, StringComparer.Ordinal).ToList();
            var index = nodes.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i);
            var edges = links.Where(l => index.ContainsKey(l.Key.A) && index.ContainsKey(l.Key.B)).Select(l => (A: index[l.Key.A], B: index[l.Key.B], l.Value)).ToList();
            var size = Math.Clamp(160 + 40.0 * nodes.Count, 360, MaxSize);
            var at = Layout(nodes.Count, edges.Select(e => (e.A, e.B)).ToList(), size);

            html.WriteLine($"<svg id=\"network-svg\" class=\"network\" viewBox=\"0 0 {N(size + LabelRoom)} {N(size)}\" width=\"{N(size + LabelRoom)}\" height=\"{N(size)}\" role=\"img\" aria-label=\"Who met whom\">");
            foreach (var (a, b, count) in edges)
                html.WriteLine($"<line class=\"edge\" data-a=\"{a}\" data-b=\"{b}\" x1=\"{N(at[a].X)}\" y1=\"{N(at[a].Y)}\" x2=\"{N(at[b].X)}\" y2=\"{N(at[b].Y)}\" stroke-width=\"{N(1 + Math.Log(count, 2))}\"><title>{Escape($"{nodes[a].Name} – {nodes[b].Name}: {CliApp.Count(count, "event")}")}</title></line>");
            for (var i = 0; i < nodes.Count; i++)
            {
                var node = nodes[i];
                var kind = node.Kind == EntityKind.Person ? "person" : "organization";
                var r = 4 + Math.Sqrt(degree[node]) * 2;
                html.Write($"<g class=\"node {kind}\" data-node=\"{i}\"><circle cx=\"{N(at[i].X)}\" cy=\"{N(at[i].Y)}\" r=\"{N(r)}\"><title>{Escape($"{node.Name} ({kind}): {CliApp.Count(node.Events.Count, "event")}")}</title></circle>");
                if (i < Labelled) html.Write($"<text x=\"{N(at[i].X + r + 2)}\" y=\"{N(at[i].Y + 4)}\">{Escape(node.Name)}</text>");
                html.WriteLine("</g>");
            }
            html.WriteLine("</svg>");
            var shown = nodes.Count < degree.Count ? $"the {nodes.Count} most connected of {degree.Count}" : CliApp.Count(degree.Count, "person or organization", "people and organizations");
            html.WriteLine($"<p class=\"legend\"><span class=\"key person\"></span> person <span class=\"key organization\"></span> organization; a line joins two that take part in an event together (thicker: more events). Showing {Escape(shown)}; click a dot to pick out its links.</p>");
        }

        /// <summary>Each pair of people or organizations that share an event, with how many events they share.</summary>
        private static Dictionary<(Entity A, Entity B), int> Links(Knowledge kb)
        {
            var links = new Dictionary<(Entity, Entity), int>();
            foreach (var e in kb.Events)
            {
                var actors = e.Participants.Where(p => p.Kind != EntityKind.Place).Distinct().OrderBy(p => p.Index).ToList();
                for (var i = 0; i < actors.Count; i++)
                    for (var j = i + 1; j < actors.Count; j++)
                        links[(actors[i], actors[j])] = links.GetValueOrDefault((actors[i], actors[j])) + 1;
            }
            return links;
        }

        /// <summary>Fruchterman–Reingold from evenly spaced points on a circle, with a cooling step; positions within the drawing.</summary>
        private static (double X, double Y)[] Layout(int count, List<(int A, int B)> edges, double size)
        {
            var x = new double[count];
            var y = new double[count];
            var center = size / 2;
            for (var i = 0; i < count; i++)
            {
                x[i] = center + (center - Margin) * Math.Cos(2 * Math.PI * i / count);
                y[i] = center + (center - Margin) * Math.Sin(2 * Math.PI * i / count);
            }
            var k = 0.6 * Math.Sqrt((size - 2 * Margin) * (size - 2 * Margin) / Math.Max(1, count));
            var gravity = Gravity * count / MaxNodes;
            var dx = new double[count];
            var dy = new double[count];
            for (var step = 0; step < Steps; step++)
            {
                Array.Clear(dx);
                Array.Clear(dy);
                for (var i = 0; i < count; i++)
                    for (var j = i + 1; j < count; j++)
                        Push(i, j, k * k / Distance(i, j), 1);
                foreach (var (a, b) in edges) Push(a, b, Distance(a, b) * Distance(a, b) / k, -1);
                // Gravity keeps pieces that nothing links from drifting off.
                for (var i = 0; i < count; i++) { dx[i] += (center - x[i]) * gravity; dy[i] += (center - y[i]) * gravity; }
                var temperature = (size / 10) * (1 - (double)step / Steps) + 1;
                for (var i = 0; i < count; i++)
                {
                    var length = Math.Max(0.01, Math.Sqrt(dx[i] * dx[i] + dy[i] * dy[i]));
                    x[i] = Math.Clamp(x[i] + dx[i] / length * Math.Min(length, temperature), Margin, size - Margin);
                    y[i] = Math.Clamp(y[i] + dy[i] / length * Math.Min(length, temperature), Margin, size - Margin);
                }
            }
            return Enumerable.Range(0, count).Select(i => (x[i], y[i])).ToArray();

            double Distance(int i, int j) => Math.Max(0.5, Math.Sqrt((x[i] - x[j]) * (x[i] - x[j]) + (y[i] - y[j]) * (y[i] - y[j])));

            // Moves i and j apart (sign 1) or together (sign -1) by force along the line between them.
            void Push(int i, int j, double force, int sign)
            {
                var d = Distance(i, j);
                var fx = (x[i] - x[j]) / d * force * sign;
                var fy = (y[i] - y[j]) / d * force * sign;
                dx[i] += fx; dy[i] += fy; dx[j] -= fx; dy[j] -= fy;
            }
        }
    }
}
