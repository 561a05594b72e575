using System.IO;
using System.Linq;
using static KnowledgeBase.Cli.Html;

namespace KnowledgeBase.Cli
{
    /// <summary>
    /// kb report's page: one self-contained HTML file (styles and script inline, nothing fetched) with a
    /// timeline, a who-met-whom network, each person's quotes and every event with its evidence sentences.
    /// </summary>
    internal static class HtmlReport
    {
        public static void Write(Knowledge kb, TextWriter html)
        {
            var title = $"{kb.Name}: what {CliApp.Count(kb.Articles.Count, "article")} report";
            html.WriteLine("<!DOCTYPE html>");
            html.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\">");
            html.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">");
            html.WriteLine($"<title>{Escape(title)}</title>");
            html.WriteLine($"<style>{ReportAssets.Style}</style>");
            html.WriteLine($"<script>{ReportAssets.ErrorScript}</script>");
            html.WriteLine("</head><body>");
            html.WriteLine($"<header><h1>{Escape(title)}</h1>");
            html.WriteLine($"<p class=\"summary\">{CliApp.Count(kb.Events.Count, "event")} ({CliApp.Num(kb.Timeline.Count)} dated), {CliApp.Count(kb.People.Count, "person", "people")}, {CliApp.Count(kb.Organizations.Count, "organization")}, {CliApp.Count(kb.Places.Count, "place")}, {CliApp.Count(kb.Quotes.Count, "quote")}.</p>");
            html.WriteLine("<p id=\"page-status\">Shown: <span id=\"shown-events\">?</span> events, <span id=\"shown-people\">?</span> people; script <span id=\"script-status\">not run</span>. <span id=\"script-errors\"></span></p>");
            html.WriteLine("<nav><a href=\"#timeline\">Timeline</a> <a href=\"#network\">Who met whom</a> <a href=\"#people\">People and their quotes</a> <a href=\"#events\">Events and evidence</a></nav></header>");

            html.WriteLine("<section id=\"timeline\"><h2>Timeline</h2>");
            ReportTimeline.Write(kb, html);
            html.WriteLine("</section>");
            html.WriteLine("<section id=\"network\"><h2>Who met whom</h2>");
            ReportNetwork.Write(kb, html);
            html.WriteLine("</section>");
            WritePeople(kb, html);
            WriteEvents(kb, html);

            html.WriteLine($"<script>{ReportAssets.PageScript}</script>");
            html.WriteLine("</body></html>");
        }

        private static void WritePeople(Knowledge kb, TextWriter html)
        {
            html.WriteLine("<section id=\"people\"><h2>People and their quotes</h2>");
            if (kb.People.Count == 0) html.WriteLine("<p class=\"empty\">No people.</p>");
            html.WriteLine("<ul class=\"people\">");
            foreach (var person in kb.People.OrderByDescending(p => p.Quotes.Count).ThenBy(p => p.Name, System.StringComparer.Ordinal))
            {
                var aliases = person.Aliases.Count == 0 ? string.Empty : $" <span class=\"aliases\">({Escape(string.Join(", ", person.Aliases))})</span>";
                html.WriteLine($"<li class=\"person\" id=\"p-{person.Index}\"><h3>{Escape(person.Name)}{aliases}</h3>");
                html.WriteLine($"<p class=\"counts\">{CliApp.Count(person.MentionCount, "mention")} in {CliApp.Count(person.Articles.Count, "article")}, {CliApp.Count(person.Events.Count, "event")}, {CliApp.Count(person.Quotes.Count, "quote")}.</p>");
                if (person.Quotes.Count > 0)
                {
                    html.WriteLine("<ul class=\"quotes\">");
                    foreach (var quote in person.Quotes) WriteQuote(quote, html);
                    html.WriteLine("</ul>");
                }
                html.WriteLine("</li>");
            }
            html.WriteLine("</ul></section>");
        }

        /// <summary>The quote's sentence with the quoted words marked, its cue and its article.</summary>
        private static void WriteQuote(Quote quote, TextWriter html)
        {
            var sentence = quote.Sentence;
            var marked = Marked(sentence.Text, new[] { (quote.Span.Start - sentence.Start, quote.Span.Length) });
            var kind = quote.Kind == QuoteKind.Direct ? "direct" : "indirect";
            html.WriteLine($"<li class=\"quote {kind}\" id=\"q-{quote.Index}\"><blockquote>{marked}</blockquote><p class=\"source\">{kind}, cue “{Escape(quote.Cue ?? "-")}” — <span class=\"file\">{Escape(quote.Article.File)}</span> · {Escape(quote.Article.Title)}</p></li>");
        }

        private static void WriteEvents(Knowledge kb, TextWriter html)
        {
            html.WriteLine("<section id=\"events\"><h2>Events and their evidence</h2>");
            if (kb.Events.Count == 0) html.WriteLine("<p class=\"empty\">No events.</p>");
            html.WriteLine("<ol class=\"events\">");
            foreach (var e in kb.Events)
            {
                var undated = e.Date is null;
                var when = undated
                    ? $"<span class=\"date undated\">undated{(e.Reported is { } r ? $" · reported {r}" : string.Empty)}</span>"
                    : $"<span class=\"date\">{e.Date}</span>";
                var place = e.Place is { } p ? $" · at {Escape(p.Name)}" : string.Empty;
                html.WriteLine($"<li class=\"event q{GdeltExporter.QuadClassOrZero(e)}{(undated ? " undated" : string.Empty)}\" id=\"ev-{e.Index}\">{when} <span class=\"cameo\" title=\"{Escape(e.Cameo.Name)}\">{Escape(e.Cameo.Code)} {Escape(e.Kind)}</span> {Escape(e.Summary)}");
                html.WriteLine($"<p class=\"who\">{Escape(string.Join(", ", e.Participants.Select(x => x.Name)))}{place} · {CliApp.Status(e)}</p>");
                // The words that name the participants and the place, marked in each evidence sentence.
                var names = e.Participants.Append(e.Place).OfType<Entity>().SelectMany(x => x.Aliases.Prepend(x.Name)).Distinct().ToList();
                foreach (var source in e.Sources)
                {
                    var text = source.Text;
                    html.WriteLine($"<blockquote class=\"evidence\">{Marked(text, Occurrences(text, names))}<span class=\"file\">{Escape(source.Article.File)}@{source.Start}</span></blockquote>");
                }
                html.WriteLine("</li>");
            }
            html.WriteLine("</ol></section>");
        }
    }
}
