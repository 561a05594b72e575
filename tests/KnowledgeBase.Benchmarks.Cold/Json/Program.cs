using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text.Json;
using KnowledgeBase.Benchmarks.Cold;

// Loads a kb export JSON file at start-up, as a program without a compiled knowledge base would,
// answers one query by scanning the loaded records, and prints the same report as the compiled one.
var started = Stopwatch.GetTimestamp();
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: FILE.json (find NAME | quotes NAME | between FROM TO | search WORDS)");
    return 2;
}
ExportDocument kb;
using (var stream = File.OpenRead(args[0]))
    kb = JsonSerializer.Deserialize(stream, ExportJson.Default.ExportDocument)!;

string answer;
switch (args[1])
{
    case "find":
        answer = Find(kb, args[2])?.Id ?? "none";
        break;
    case "quotes":
    {
        var count = 0;
        var first = "none";
        if (Find(kb, args[2]) is { } speaker)
            foreach (var q in kb.Quotes)
                if (q.Speaker == speaker.Id && count++ == 0) first = q.Text;
        answer = count.ToString(CultureInfo.InvariantCulture) + " " + first;
        break;
    }
    case "between":
    {
        // ISO partial dates compare as strings once padded to their precision's end.
        string from = args[2], to = args[3] + "\uffff";
        var count = 0;
        foreach (var e in kb.Events)
            if (e.Date is { } d && string.CompareOrdinal(d, from) >= 0 && string.CompareOrdinal(d, to) <= 0) count++;
        answer = count.ToString(CultureInfo.InvariantCulture);
        break;
    }
    case "search":
    {
        var word = args[2];
        var count = 0;
        var first = "none";
        foreach (var q in kb.Quotes)
            if (q.Text.Contains(word, StringComparison.OrdinalIgnoreCase) && count++ == 0) first = q.Text;
        foreach (var e in kb.Events)
            if (e.Summary.Contains(word, StringComparison.OrdinalIgnoreCase) && count++ == 0) first = e.Summary;
        answer = count.ToString(CultureInfo.InvariantCulture) + " " + first;
        break;
    }
    default:
        Console.Error.WriteLine("unknown query " + args[1]);
        return 2;
}
// The answer is in hand: stop the clock before the console (the same cost for both programs) starts.
var elapsed = Stopwatch.GetElapsedTime(started);
Console.WriteLine(answer);
Report.Print(elapsed);
return 0;

static ExportEntity? Find(ExportDocument kb, string name)
{
    foreach (var e in kb.Entities)
    {
        if (e.Id == name || e.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) return e;
        foreach (var alias in e.Aliases)
            if (alias.Equals(name, StringComparison.OrdinalIgnoreCase)) return e;
    }
    return null;
}
