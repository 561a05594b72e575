using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;

namespace KnowledgeBase.Cli
{
    /// <summary>The <c>kb</c> command: browse a compiled knowledge base.</summary>
    public static class CliApp
    {
        /// <summary>Exit code for bad usage: unknown command, bad value, unknown name.</summary>
        public const int UsageError = 2;

        /// <summary>Exit code for a failure that is not the user's: the message, never a stack trace.</summary>
        public const int InternalError = 1;

        public static int Run(string[] args, TextWriter output, TextWriter error, Knowledge kb)
        {
            var root = Build(output, error, kb);
            var result = root.Parse(args);
            var command = result.CommandResult.Command;
            if (result.Errors.Count > 0)
            {
                error.WriteLine("kb: " + TextTable.Printable(ParseError(result, root)));
                error.WriteLine(Usage(command, root));
                return UsageError;
            }
            try
            {
                return result.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
            }
            catch (UsageException ex)
            {
                error.WriteLine("kb: " + TextTable.Printable(ex.Message));
                error.WriteLine(Usage(command, root));
                return UsageError;
            }
            catch (Exception ex)
            {
                error.WriteLine($"kb: {ex.GetType().Name}: {TextTable.Printable(ex.Message)}");
                return InternalError;
            }
        }

        /// <summary>The one error worth saying: an unknown word before "a command is required".</summary>
        private static string ParseError(ParseResult result, RootCommand root)
        {
            var command = result.CommandResult.Command;
            if (result.UnmatchedTokens.Count > 0)
            {
                var token = result.UnmatchedTokens[0];
                return command == root
                    ? $"unknown command '{token}'; the commands are {string.Join(", ", root.Subcommands.Select(c => c.Name))}."
                    : $"'{token}' is not an option or argument of 'kb {command.Name}'.";
            }
            if (command == root && result.Tokens.Count == 0) return $"no command given; the commands are {string.Join(", ", root.Subcommands.Select(c => c.Name))}.";
            return result.Errors[0].Message;
        }

        /// <summary>"Usage: kb events [--with NAME] …" for a command, or the list of commands.</summary>
        internal static string Usage(Command command, RootCommand root)
        {
            if (command == root) return "Usage: kb <command> [options]; 'kb --help' lists the commands.";
            var usage = new System.Text.StringBuilder("Usage: kb ").Append(command.Name);
            foreach (var argument in command.Arguments) usage.Append(" <").Append(argument.HelpName ?? argument.Name).Append('>');
            foreach (var option in command.Options)
                if (option.Name is not ("--help" or "-h" or "-?")) usage.Append(" [").Append(option.Name).Append(' ').Append(option.HelpName ?? "VALUE").Append(']');
            return usage.Append($"; 'kb {command.Name} --help' says more.").ToString();
        }

        private sealed class UsageException(string message) : Exception(message);

        private static RootCommand Build(TextWriter output, TextWriter error, Knowledge kb)
        {
            var root = new RootCommand($"kb: browse the knowledge base '{kb.Name}' compiled from {kb.Articles.Count} articles ({kb.Entities.Count} entities, {kb.Quotes.Count} quotes, {kb.Events.Count} events).");

            var timeline = new Command("timeline", "Dated events in date order, then undated ones.");
            timeline.SetAction(_ => Timeline(output, kb));
            root.Subcommands.Add(timeline);

            var kindFilter = new Option<string?>("--type") { Description = "Only this kind: person, organization or place.", HelpName = "TYPE" };
            var people = new Command("people", "People, organizations and places with their counts.") { kindFilter };
            people.Aliases.Add("entities");
            people.SetAction(r => Entities(output, kb, r.GetValue(kindFilter)));
            root.Subcommands.Add(people);

            var by = new Option<string?>("--by") { Description = "Only quotes of this speaker (name, alias or id).", HelpName = "NAME" };
            var quotes = new Command("quotes", "Direct quotes and reported speech with their speakers.") { by };
            quotes.SetAction(r => Quotes(output, kb, r.GetValue(by)));
            root.Subcommands.Add(quotes);

            var with = new Option<string?>("--with") { Description = "Only events this entity takes part in.", HelpName = "NAME" };
            var from = new Option<string?>("--from") { Description = "Only events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).", HelpName = "DATE" };
            var to = new Option<string?>("--to") { Description = "Only events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD).", HelpName = "DATE" };
            var kind = new Option<string?>("--kind") { Description = "Only this kind word (call, meeting, strike) or CAMEO code prefix (04, 041).", HelpName = "KIND" };
            var events = new Command("events", "Events with their CAMEO code, participants, place, date and sources.") { with, from, to, kind };
            events.SetAction(r => Events(output, kb, r.GetValue(with), r.GetValue(from), r.GetValue(to), r.GetValue(kind)));
            root.Subcommands.Add(events);

            var target = new Argument<string>("name-or-id") { Description = "An entity's name, alias or id, an event id, a quote id or an article id." };
            var show = new Command("show", "Everything known about one entity, event, quote or article.") { target };
            show.SetAction(r => Show(output, kb, r.GetValue(target)!));
            root.Subcommands.Add(show);

            var words = new Argument<string[]>("words") { Arity = ArgumentArity.OneOrMore, Description = "Words to look for (case, a plural \"s\" and function words do not matter)." };
            var top = new Option<int>("--top") { Description = "How many sentences to print (default 10).", DefaultValueFactory = _ => DefaultTop, CustomParser = ParseTop };
            var search = new Command("search", "Sentences that hold the words, best first, from the compiled index, with the quote or event each carries.") { words, top };
            search.SetAction(r => Search(output, kb, r.GetValue(words)!, r.GetValue(top)));
            root.Subcommands.Add(search);

            var export = new Command("export", "The whole knowledge base as JSON (export-schema.md) on standard output.");
            export.SetAction(_ =>
            {
                output.Flush();
                using var stdout = output == Console.Out ? Console.OpenStandardOutput() : null;
                if (stdout is not null)
                {
                    JsonExporter.Write(kb, stdout);
                    stdout.WriteByte((byte)'\n');
                }
                else
                {
                    using var buffer = new MemoryStream();
                    JsonExporter.Write(kb, buffer);
                    output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                }
                return 0;
            });
            root.Subcommands.Add(export);
            _ = error;
            return root;
        }

        private const int DefaultTop = 10;

        /// <summary>--top as a count from 1 to int.MaxValue, with a message a person reads rather than a .NET type name.</summary>
        private static int ParseTop(System.CommandLine.Parsing.ArgumentResult result)
        {
            if (result.Tokens.Count == 0) return DefaultTop;
            var text = result.Tokens[0].Value;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var top) && top >= 1) return top;
            result.AddError($"--top must be a whole number from 1 to {int.MaxValue.ToString(CultureInfo.InvariantCulture)}, not '{text}'.");
            return 0;
        }

        private static int Timeline(TextWriter output, Knowledge kb)
        {
            var table = new TextTable("DATE", "CAMEO", "KIND", "STATUS", "SUMMARY");
            foreach (var e in kb.Events)
                table.Add(e.Date?.ToString() ?? "undated", e.Cameo.Code, e.Kind, Status(e), e.Summary);
            output.WriteLine($"{kb.Name}: {kb.Events.Count} events ({kb.Timeline.Count} dated) from {kb.Articles.Count} articles");
            output.WriteLine();
            table.Write(output);
            return 0;
        }

        private static int Entities(TextWriter output, Knowledge kb, string? type)
        {
            EntityKind? only = type?.ToLowerInvariant() switch
            {
                null => null,
                "person" or "people" => EntityKind.Person,
                "organization" or "organisation" or "org" => EntityKind.Organization,
                "place" or "places" => EntityKind.Place,
                _ => throw new UsageException($"unknown type '{type}': use person, organization or place."),
            };
            var table = new TextTable("ID", "TYPE", "MENTIONS", "ARTICLES", "QUOTES", "EVENTS", "NAME (ALIASES)");
            foreach (var e in kb.Entities)
            {
                if (only is not null && e.Kind != only) continue;
                var aliases = e.Aliases.Count == 0 ? string.Empty : " (" + string.Join(", ", e.Aliases) + ")";
                table.Add(e.Id, e.Kind.ToString().ToLowerInvariant(), Num(e.MentionCount), Num(e.Articles.Count), Num(e.Quotes.Count), Num(e.Events.Count), e.Name + aliases);
            }
            table.Write(output);
            return 0;
        }

        private static int Quotes(TextWriter output, Knowledge kb, string? by)
        {
            IEnumerable<Quote> quotes = kb.Quotes;
            if (by is not null)
            {
                var speaker = Resolve(kb, by);
                quotes = speaker.Quotes;
            }
            var table = new TextTable("ID", "KIND", "SPEAKER", "CUE", "TEXT");
            foreach (var q in quotes)
                table.Add(q.Id, q.Kind == QuoteKind.Direct ? "direct" : "indirect", q.Speaker?.Name ?? q.SpeakerText, q.Cue ?? "-", Clip(q.Text, 140));
            table.Write(output);
            return 0;
        }

        private static int Events(TextWriter output, Knowledge kb, string? with, string? from, string? to, string? kind)
        {
            IEnumerable<Event> events = kb.Events;
            if (with is not null) events = Resolve(kb, with).Events;
            if (from is not null || to is not null)
            {
                var start = from is null ? new PartialDate(1) : ParseDate(from, "--from");
                var end = to is null ? new PartialDate(9999) : ParseDate(to, "--to");
                // An empty range is a mistake in the arguments, not an empty answer.
                if (start.Start > end.End) throw new UsageException($"--from {from} is after --to {to}");
                events = events.Where(e => e.Date is { } d && d.IsWithin(start, end));
            }
            if (kind is not null) events = events.Where(e => string.Equals(e.Kind, kind, StringComparison.OrdinalIgnoreCase) || e.Cameo.Code.StartsWith(kind, StringComparison.Ordinal));
            var table = new TextTable("ID", "DATE", "CAMEO", "KIND", "STATUS", "PARTICIPANTS", "PLACE", "SOURCES");
            foreach (var e in events)
                table.Add(e.Id, e.Date?.ToString() ?? "-", e.Cameo.Code, e.Kind, Status(e), string.Join(", ", e.Participants.Select(p => p.Name)), e.Place?.Name ?? "-", Num(e.Sources.Count));
            table.Write(output);
            return 0;
        }

        private static int Show(TextWriter output, Knowledge kb, string target)
        {
            void Say(string line) => output.WriteLine(TextTable.Printable(line));

            if (kb.FindEvent(target) is { } ev)
            {
                Say($"{ev.Id}: {ev.Summary}");
                Say($"  CAMEO     {ev.Cameo.Code} {ev.Cameo.Name}");
                Say($"  kind      {ev.Kind} ({Status(ev)})");
                Say($"  date      {ev.Date?.ToString() ?? "unknown"}");
                Say($"  place     {ev.Place?.Name ?? "unknown"}");
                Say($"  with      {string.Join(", ", ev.Participants.Select(p => p.Name))}");
                foreach (var s in ev.Sources) Say($"  source    {s.Article.File}@{s.Start}: {s.Text}");
                return 0;
            }
            if (kb.FindQuote(target) is { } q)
            {
                Say($"{q.Id} ({(q.Kind == QuoteKind.Direct ? "direct" : "indirect")}, cue: {q.Cue ?? "-"})");
                Say($"  speaker   {q.Speaker?.Name ?? "(unnamed)"} — \"{q.SpeakerText}\"");
                Say($"  text      {q.Text}");
                Say($"  sentence  {q.Sentence.Text}");
                Say($"  source    {q.Article.File}@{q.Span.Start}+{q.Span.Length}");
                return 0;
            }
            if (kb.FindArticle(target) is { } a)
            {
                Say($"{a.Id}: {a.Title}");
                Say($"  file      {a.File}");
                Say($"  published {a.Published?.ToString() ?? "no dateline"}");
                Say($"  quotes    {a.Quotes.Count}");
                return 0;
            }
            var e = Resolve(kb, target);
            Say($"{e.Name} ({e.Kind.ToString().ToLowerInvariant()}, id {e.Id})");
            if (e.Aliases.Count > 0) Say($"  aliases   {string.Join(", ", e.Aliases)}");
            Say($"  mentions  {e.MentionCount} in {e.Articles.Count} articles: {string.Join(", ", e.Articles.Select(x => x.File))}");
            Say($"  first     {e.FirstMention.Article.File}: {e.FirstMention.Text}");
            if (e.Quotes.Count > 0)
            {
                Say($"  quotes ({e.Quotes.Count}):");
                foreach (var quote in e.Quotes) Say($"    {quote.Id,-28} {quote.Cue ?? "-",-12} {Clip(quote.Text, 110)}");
            }
            if (e.Events.Count > 0)
            {
                Say($"  events ({e.Events.Count}):");
                foreach (var x in e.Events) Say($"    {x.Date?.ToString() ?? "undated",-10} {x.Cameo.Code,-5} {x.Summary}");
            }
            return 0;
        }

        private static int Search(TextWriter output, Knowledge kb, string[] words, int top)
        {
            var query = string.Join(" ", words);
            var hits = kb.Search(query);
            if (hits.Count == 0)
            {
                output.WriteLine($"No sentence holds '{TextTable.Printable(query)}'.");
                return 0;
            }
            var table = new TextTable("#", "SCORE", "KIND", "SOURCE", "SENTENCE");
            var rank = 0;
            foreach (var hit in hits)
            {
                if (++rank > top) break;
                var kind = hit.Kind switch
                {
                    SearchHitKind.Quote => $"quote {hit.Quote!.Id} ({hit.Quote.Speaker?.Name ?? hit.Quote.SpeakerText})",
                    SearchHitKind.Event => $"event {hit.Event!.Id}",
                    _ => "sentence",
                };
                table.Add(Num(rank), hit.Score.ToString("0.000", CultureInfo.InvariantCulture), kind, $"{hit.Article.File}@{Num(hit.Sentence.Start)}", Clip(hit.Sentence.Text, 160));
            }
            output.WriteLine($"{Num(hits.Count)} sentences hold '{TextTable.Printable(query)}'{(hits.Count > top ? $"; the best {Num(top)}" : string.Empty)}:");
            output.WriteLine();
            table.Write(output);
            return 0;
        }

        private static Entity Resolve(Knowledge kb, string name)
        {
            // Every name is "close" to an empty one: say what is wrong instead of suggesting anyone.
            if (string.IsNullOrWhiteSpace(name)) throw new UsageException("the name is empty: give a name, alias or id ('kb people' lists them).");
            if (kb.Find(name) is { } entity) return entity;
            var closest = kb.FindClosest(name);
            var hint = closest.Count == 0 ? "run 'kb people' for the list." : "did you mean " + string.Join(", ", closest.Select(c => $"'{c.Name}' ({c.Id})")) + "?";
            throw new UsageException($"no person, organization or place is called '{name}'; {hint}");
        }

        private static PartialDate ParseDate(string text, string option)
        {
            var parts = text.Split('-');
            var ok = parts.Length is >= 1 and <= 3 && parts[0].Length == 4;
            var numbers = new int[parts.Length];
            for (var i = 0; ok && i < parts.Length; i++) ok = int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]);
            try
            {
                if (ok) return new PartialDate(numbers[0], parts.Length > 1 ? numbers[1] : null, parts.Length > 2 ? numbers[2] : null);
            }
            catch (ArgumentOutOfRangeException)
            {
            }
            throw new UsageException($"{option} '{text}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.");
        }

        private static string Status(Event e) => e.Status == EventStatus.Planned ? "planned" : "occurred";

        private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

        private static string Clip(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 1) + "…";
    }
}
