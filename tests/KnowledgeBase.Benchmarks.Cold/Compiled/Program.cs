using System;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using KnowledgeBase;
using KnowledgeBase.Benchmarks.Cold;

// Answers one query from the knowledge base compiled into this assembly, then prints how long that
// took from the first line of Main and the process's peak memory. "export" writes kb export JSON.
var started = Stopwatch.GetTimestamp();
if (args.Length == 0)
{
    Console.Error.WriteLine("usage: find NAME | quotes NAME | between FROM TO | search WORDS | stats | export");
    return 2;
}
if (args[0] == "export") return Export.Run();

var kb = Corpus.Knowledge;
string answer;
switch (args[0])
{
    case "find":
        answer = kb.Find(args[1])?.Id ?? "none";
        break;
    case "quotes":
    {
        var count = 0;
        string first = "none";
        if (kb.Find(args[1]) is { } speaker)
            foreach (var q in speaker.Quotes)
                if (count++ == 0) first = q.Text;
        answer = count.ToString(CultureInfo.InvariantCulture) + " " + first;
        break;
    }
    case "between":
    {
        var count = 0;
        foreach (var e in kb.Events.Between(Dates.Parse(args[1]), Dates.Parse(args[2]))) count++;
        answer = count.ToString(CultureInfo.InvariantCulture);
        break;
    }
    case "search":
    {
        var hits = kb.Search(string.Join(' ', args, 1, args.Length - 1));
        answer = hits.Count.ToString(CultureInfo.InvariantCulture) + " " + (hits.Count > 0 ? hits[0].Sentence.Text : "none");
        break;
    }
    case "stats":
        answer = string.Create(CultureInfo.InvariantCulture,
            $"{kb.Articles.Count + kb.Entities.Count + kb.Quotes.Count + kb.Events.Count} records: {kb.Articles.Count} articles, {kb.Entities.Count} entities, {kb.Quotes.Count} quotes, {kb.Events.Count} events");
        break;
    default:
        Console.Error.WriteLine("unknown query " + args[0]);
        return 2;
}
// The answer is in hand: stop the clock before the console (the same cost for both programs) starts.
var elapsed = Stopwatch.GetElapsedTime(started);
Console.WriteLine(answer);
Report.Print(elapsed);
return 0;

namespace KnowledgeBase.Benchmarks.Cold
{
    internal static class Export
    {
        // Its own method, so the kb assembly loads only when exporting.
        [MethodImpl(MethodImplOptions.NoInlining)]
        public static int Run() => KnowledgeBase.Cli.CliApp.Run(new[] { "export" }, Console.Out, Console.Error, Corpus.Knowledge);
    }

    internal static class Dates
    {
        public static PartialDate Parse(string text)
        {
            var parts = text.Split('-');
            var numbers = Array.ConvertAll(parts, p => int.Parse(p, CultureInfo.InvariantCulture));
            return new PartialDate(numbers[0], numbers.Length > 1 ? numbers[1] : null, numbers.Length > 2 ? numbers[2] : null);
        }
    }
}
