using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using static KnowledgeBase.Cli.CliApp;

namespace KnowledgeBase.Cli
{
    /// <summary>kb timeline, people, quotes, events and articles: tables, or JSON arrays with --json.</summary>
    internal static class ListingCommands
    {
        public static IEnumerable<Command> Create(CliContext cli)
        {
            yield return Timeline(cli);
            yield return People(cli);
            yield return Quotes(cli);
            yield return EventsCommand.Create(cli);
            yield return Articles(cli);
        }

        private static Command Timeline(CliContext cli)
        {
            var kb = cli.Kb;
            var options = new ListingOptions("events");
            var timeline = options.AddTo(new Command("timeline", "Dated events in date order: the runtime's Knowledge.Timeline (undated events are in 'kb events')."));
            var undated = kb.Events.Count - kb.Timeline.Count;
            var listing = new Listing<Event>
            {
                Json = JsonExporter.WriteEvent,
                Columns = new[] { "#", "DATE", "CAMEO", "KIND", "STATUS", "SUMMARY" },
                Row = (e, n) => new[] { Num(n), e.Date!.Value.ToString(), e.Cameo.Code, e.Kind, Status(e), e.Summary },
                Empty = $"{kb.Name}: no dated events in {Count(kb.Articles.Count, "article")}{(undated > 0 ? $"; {Count(undated, "undated event")} ('kb events' lists them)" : string.Empty)}.",
                Title = (shown, total) => $"{kb.Name}: {Count(total, "dated event")} in date order{Listing<Event>.Cut(shown, total)}, from {Count(kb.Articles.Count, "article")}"
                    + (undated > 0 ? $"; {Count(undated, "undated event")} not on the timeline ('kb events' lists them)" : string.Empty),
            };
            timeline.SetAction(r => listing.Print(cli, r, options, kb.Timeline));
            return timeline;
        }

        private static Command People(CliContext cli)
        {
            var kb = cli.Kb;
            var options = new ListingOptions("entities");
            var kindFilter = new Option<string?>("--type") { Description = "Only this kind: person, organization or place.", HelpName = "TYPE" };
            var people = options.AddTo(new Command("people", "People, organizations and places with their counts.") { kindFilter });
            people.Aliases.Add("entities");
            people.SetAction(r =>
            {
                var type = r.GetValue(kindFilter);
                EntityKind? only = type?.ToLowerInvariant() switch
                {
                    null => null,
                    "person" or "people" => EntityKind.Person,
                    "organization" or "organisation" or "org" => EntityKind.Organization,
                    "place" or "places" => EntityKind.Place,
                    _ => throw new UsageException($"unknown type '{type}': use person, organization or place."),
                };
                var listing = new Listing<Entity>
                {
                    Json = JsonExporter.WriteEntity,
                    Columns = new[] { "#", "TYPE", "MENTIONS", "ARTICLES", "QUOTES", "EVENTS", "NAME (ALIASES)" },
                    Row = (e, n) => new[]
                    {
                        Num(n), JsonExporter.TypeName(e.Kind), Num(e.MentionCount), Num(e.Articles.Count), Num(e.Quotes.Count), Num(e.Events.Count),
                        e.Name + (e.Aliases.Count == 0 ? string.Empty : " (" + string.Join(", ", e.Aliases) + ")"),
                    },
                    Empty = only is null ? "No people, organizations or places." : $"No entity of type {JsonExporter.TypeName(only.Value)}.",
                };
                return listing.Print(cli, r, options, kb.Entities.Where(e => only is null || e.Kind == only).ToList());
            });
            return people;
        }

        private static Command Quotes(CliContext cli)
        {
            var kb = cli.Kb;
            var options = new ListingOptions("quotes");
            var by = new Option<string?>("--by") { Description = "Only quotes of this speaker (name, alias or id).", HelpName = "NAME" };
            var quotes = options.AddTo(new Command("quotes", "Direct quotes and reported speech with their speakers.") { by });
            quotes.SetAction(r =>
            {
                var speaker = r.GetValue(by) is { } name ? Resolve(kb, name) : null;
                var listing = new Listing<Quote>
                {
                    Json = JsonExporter.WriteQuote,
                    Columns = new[] { "#", "KIND", "SPEAKER", "CUE", "TEXT [ID]" },
                    Row = (q, n) => new[] { Num(n), q.Kind == QuoteKind.Direct ? "direct" : "indirect", q.Speaker?.Name ?? q.SpeakerText, q.Cue ?? "-", $"{q.Text} [{q.Id}]" },
                    Empty = speaker is null ? "No quotes." : $"No quotes by {speaker.Name}.",
                };
                return listing.Print(cli, r, options, speaker?.Quotes ?? (IReadOnlyList<Quote>)kb.Quotes);
            });
            return quotes;
        }

        private static Command Articles(CliContext cli)
        {
            var kb = cli.Kb;
            var options = new ListingOptions("articles");
            var articles = options.AddTo(new Command("articles", "The articles the knowledge base was compiled from, with their counts ('kb show FILE' shows one)."));
            articles.SetAction(r =>
            {
                var events = EventsByArticle(kb);
                var listing = new Listing<Article>
                {
                    Json = JsonExporter.WriteArticle,
                    Columns = new[] { "#", "PUBLISHED", "QUOTES", "EVENTS", "FILE", "TITLE" },
                    Row = (a, n) => new[] { Num(n), a.Published?.ToString() ?? "-", Num(a.Quotes.Count), Num(events[a.Index].Count), a.File, a.Title },
                    Empty = "No articles.",
                    Title = (shown, total) => $"{kb.Name}: {Count(total, "article")}{Listing<Article>.Cut(shown, total)}",
                };
                return listing.Print(cli, r, options, kb.Articles);
            });
            return articles;
        }

        /// <summary>For each article (by index), the events it reports, in timeline order.</summary>
        internal static List<Event>[] EventsByArticle(Knowledge kb)
        {
            var byArticle = new List<Event>[kb.Articles.Count];
            for (var i = 0; i < byArticle.Length; i++) byArticle[i] = new List<Event>();
            foreach (var e in kb.Events)
                foreach (var index in e.Sources.Select(s => s.Article.Index).Distinct())
                    byArticle[index].Add(e);
            return byArticle;
        }
    }
}
