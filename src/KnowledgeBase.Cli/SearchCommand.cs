using System.CommandLine;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using static KnowledgeBase.Cli.CliApp;

namespace KnowledgeBase.Cli
{
    /// <summary>kb search: the sentences that hold the words, best first, from the compiled index.</summary>
    internal static class SearchCommand
    {
        private const int DefaultTop = 10;

        public static Command Create(CliContext cli)
        {
            var words = new Argument<string[]>("words") { Arity = ArgumentArity.OneOrMore, Description = "Words to look for (case, a plural \"s\" and function words do not matter)." };
            var top = new Option<int>("--top") { Description = $"How many sentences to print (default {DefaultTop}); --limit is the same.", HelpName = "N", DefaultValueFactory = _ => DefaultTop, CustomParser = r => ParseCount(r, "--top", DefaultTop) };
            top.Aliases.Add("--limit");
            var json = new Option<bool>("--json") { Description = "One JSON array of hits (rank, score, kind, article, start, length, sentence, quote, event) instead of a table." };
            var search = new Command("search", "Sentences that hold the words, best first, from the compiled index, with the quote or event each carries.") { words, top, json };
            search.SetAction(r => Search(cli, string.Join(" ", r.GetValue(words)!), r.GetValue(top), r.GetValue(json)));
            return search;
        }

        private static int Search(CliContext cli, string query, int top, bool json)
        {
            var hits = cli.Kb.Search(query);
            var shown = hits.Take(top).ToList();
            if (json)
            {
                var rank = 0;
                JsonExporter.WriteArray(cli.Output, shown, (writer, hit) => WriteHit(writer, hit, ++rank));
                return 0;
            }
            if (hits.Count == 0)
            {
                cli.Output.WriteLine($"No sentence holds '{TextTable.Printable(query)}'.");
                return 0;
            }
            var table = new TextTable("#", "SCORE", "CARRIES", "SOURCE", "SENTENCE");
            var number = 0;
            foreach (var hit in shown)
            {
                var carries = hit.Kind switch
                {
                    SearchHitKind.Quote => $"quote ({hit.Quote!.Speaker?.Name ?? hit.Quote.SpeakerText})",
                    SearchHitKind.Event => $"event ({hit.Event!.Kind})",
                    _ => "-",
                };
                table.Add(Num(++number), hit.Score.ToString("0.000", CultureInfo.InvariantCulture), carries, $"{hit.Article.File}@{Num(hit.Sentence.Start)}", hit.Sentence.Text);
            }
            var verb = hits.Count == 1 ? "holds" : "hold";
            cli.Output.WriteLine($"{Count(hits.Count, "sentence")} {verb} '{TextTable.Printable(query)}'{(hits.Count > top ? $"; the best {Num(top)}" : string.Empty)}:");
            cli.Output.WriteLine();
            table.Write(cli.Output, cli.Width);
            return 0;
        }

        private static void WriteHit(Utf8JsonWriter json, SearchHit hit, int rank)
        {
            json.WriteStartObject();
            json.WriteNumber("rank", rank);
            json.WriteNumber("score", hit.Score);
            json.WriteString("kind", hit.Kind switch { SearchHitKind.Quote => "quote", SearchHitKind.Event => "event", _ => "sentence" });
            json.WriteString("article", hit.Article.File);
            json.WriteNumber("start", hit.Sentence.Start);
            json.WriteNumber("length", hit.Sentence.Length);
            json.WriteString("sentence", hit.Sentence.Text);
            if (hit.Quote is { } quote) json.WriteString("quote", quote.Id); else json.WriteNull("quote");
            if (hit.Event is { } ev) json.WriteString("event", ev.Id); else json.WriteNull("event");
            json.WriteEndObject();
        }
    }
}
