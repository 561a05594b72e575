using System;
using System.CommandLine;
using System.Linq;
using static KnowledgeBase.Cli.CliApp;

namespace KnowledgeBase.Cli
{
    /// <summary>kb show: everything known about one entity, event, quote or article.</summary>
    internal static class ShowCommand
    {
        public static Command Create(CliContext cli)
        {
            var target = new Argument<string>("name-or-id") { Description = "An entity's name, alias or id, an event id, a quote id, or an article's id or file name." };
            var show = new Command("show", "Everything known about one entity, event, quote or article.") { target };
            show.SetAction(r => Show(cli, r.GetValue(target)!));
            return show;
        }

        private static int Show(CliContext cli, string target)
        {
            var kb = cli.Kb;
            void Say(string line) => cli.Output.WriteLine(TextTable.Printable(line));

            if (kb.FindEvent(target) is { } ev) ShowEvent(ev, Say);
            else if (kb.FindQuote(target) is { } q) ShowQuote(q, Say);
            else if (kb.FindArticle(target) is { } a) ShowArticle(kb, a, Say);
            else ShowEntity(Resolve(kb, target), Say);
            return 0;
        }

        private static void ShowEvent(Event ev, Action<string> say)
        {
            say($"{ev.Id}: {ev.Summary}");
            say($"  CAMEO     {ev.Cameo.Code} {ev.Cameo.Name}");
            say($"  kind      {ev.Kind} ({Status(ev)})");
            say($"  date      {ev.Date?.ToString() ?? "unknown"}");
            say($"  reported  {ev.Reported?.ToString() ?? "unknown"}");
            say($"  place     {ev.Place?.Name ?? "unknown"}");
            say($"  with      {string.Join(", ", ev.Participants.Select(p => p.Name))}");
            foreach (var s in ev.Sources) say($"  source    {s.Article.File}@{s.Start}: {s.Text}");
        }

        private static void ShowQuote(Quote q, Action<string> say)
        {
            say($"{q.Id} ({(q.Kind == QuoteKind.Direct ? "direct" : "indirect")}, cue: {q.Cue ?? "-"})");
            say($"  speaker   {q.Speaker?.Name ?? "(unnamed)"} — \"{q.SpeakerText}\"");
            say($"  text      {q.Text}");
            say($"  sentence  {q.Sentence.Text}");
            say($"  source    {q.Span.Location}");
        }

        private static void ShowArticle(Knowledge kb, Article a, Action<string> say)
        {
            say($"{a.Id}: {a.Title}");
            say($"  file      {a.File}");
            say($"  published {a.Published?.ToString() ?? "no dateline"}");
            var entities = kb.Entities.Where(e => e.Articles.Any(x => x == a)).ToList();
            say($"  {Count(entities.Count, "entity", "entities")}{(entities.Count == 0 ? "." : ":")}");
            foreach (var e in entities) say($"    {JsonExporter.TypeName(e.Kind),-12} {e.Name}");
            say($"  {Count(a.Quotes.Count, "quote")}{(a.Quotes.Count == 0 ? "." : ":")}");
            foreach (var q in a.Quotes) say($"    {q.Id,-12} {q.Speaker?.Name ?? q.SpeakerText}: {Clip(q.Text, 110)}");
            var events = ListingCommands.EventsByArticle(kb)[a.Index];
            say($"  {Count(events.Count, "event")}{(events.Count == 0 ? "." : ":")}");
            foreach (var e in events) say($"    {EventsCommand.DateCell(e),-19} {e.Cameo.Code,-5} {e.Summary}");
        }

        private static void ShowEntity(Entity e, Action<string> say)
        {
            say($"{e.Name} ({JsonExporter.TypeName(e.Kind)}, id {e.Id})");
            if (e.Aliases.Count > 0) say($"  aliases   {string.Join(", ", e.Aliases)}");
            say($"  mentions  {Num(e.MentionCount)} in {Count(e.Articles.Count, "article")}: {string.Join(", ", e.Articles.Select(x => x.File))}");
            say($"  first     {e.FirstMention.Article.File}: {e.FirstMention.Text}");
            if (e.Quotes.Count > 0)
            {
                say($"  {Count(e.Quotes.Count, "quote")}:");
                foreach (var quote in e.Quotes) say($"    {quote.Id,-12} {quote.Cue ?? "-",-12} {Clip(quote.Text, 110)}");
            }
            if (e.Events.Count > 0)
            {
                say($"  {Count(e.Events.Count, "event")}:");
                foreach (var x in e.Events) say($"    {EventsCommand.DateCell(x),-19} {x.Cameo.Code,-5} {x.Summary}");
            }
        }
    }
}
