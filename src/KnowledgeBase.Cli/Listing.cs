using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Linq;
using System.Text.Json;

namespace KnowledgeBase.Cli
{
    /// <summary>The options every listing command takes: <c>--json</c> and <c>--limit N</c>.</summary>
    internal sealed class ListingOptions
    {
        public ListingOptions(string rows)
        {
            Json = new Option<bool>("--json") { Description = "One JSON array (the export's shapes, docs/export-schema.md) instead of a table." };
            Limit = new Option<int?>("--limit") { Description = $"At most N {rows}.", HelpName = "N", CustomParser = r => CliApp.ParseCount(r, "--limit", int.MaxValue) };
        }

        public Option<bool> Json { get; }

        public Option<int?> Limit { get; }

        /// <summary>The command with both options added.</summary>
        public Command AddTo(Command command)
        {
            command.Options.Add(Json);
            command.Options.Add(Limit);
            return command;
        }
    }

    /// <summary>What a listing prints: its rows as a table, or as one JSON array with --json.</summary>
    /// <typeparam name="T">The record listed.</typeparam>
    internal sealed class Listing<T>
    {
        /// <summary>The JSON of one row (the export's shape).</summary>
        public required Action<Utf8JsonWriter, T> Json { get; init; }

        /// <summary>The table's column headers; the last one wraps.</summary>
        public required string[] Columns { get; init; }

        /// <summary>The cells of one row, given its 1-based number.</summary>
        public required Func<T, int, string[]> Row { get; init; }

        /// <summary>The one line an empty result prints ("No quotes by Vladimir Putin.").</summary>
        public required string Empty { get; init; }

        /// <summary>A line before the table, given the rows shown and how many there were before --limit; null for none.</summary>
        public Func<int, int, string?>? Title { get; init; }

        public int Print(CliContext cli, System.CommandLine.ParseResult parse, ListingOptions options, IEnumerable<T> items)
        {
            var all = items as IReadOnlyCollection<T> ?? items.ToList();
            var limit = parse.GetValue(options.Limit) ?? int.MaxValue;
            var shown = all.Count > limit ? all.Take(limit).ToList() : all;
            if (parse.GetValue(options.Json))
            {
                JsonExporter.WriteArray(cli.Output, shown, Json);
                return 0;
            }
            if (shown.Count == 0)
            {
                cli.Output.WriteLine(TextTable.Printable(Empty));
                return 0;
            }
            if (Title?.Invoke(shown.Count, all.Count) is { } title)
            {
                cli.Output.WriteLine(TextTable.Printable(title));
                cli.Output.WriteLine();
            }
            var table = new TextTable(Columns);
            var number = 0;
            foreach (var item in shown) table.Add(Row(item, ++number));
            table.Write(cli.Output, cli.Width);
            return 0;
        }

        /// <summary>", the first 5" when --limit cut the list, else nothing.</summary>
        public static string Cut(int shown, int total) => shown < total ? $"; the first {CliApp.Num(shown)}" : string.Empty;
    }
}
