using System.CommandLine;
using System.Diagnostics;
using System.IO;
using System.Text;

namespace KnowledgeBase.Cli
{
    /// <summary>kb report: one self-contained HTML page (timeline, who-met-whom network, quotes, evidence).</summary>
    internal static class ReportCommand
    {
        public static Command Create(CliContext cli)
        {
            var output = new Option<string>("--out") { Description = "The HTML file to write (default report.html).", HelpName = "FILE", DefaultValueFactory = _ => "report.html" };
            var report = new Command("report", "Writes one self-contained HTML page: a timeline, a who-met-whom network, each person's quotes and every fact with its evidence.") { output };
            report.SetAction(r =>
            {
                var path = Path.GetFullPath(r.GetValue(output)!);
                var clock = Stopwatch.StartNew();
                using (var writer = new StreamWriter(path, false, new UTF8Encoding(false)))
                    HtmlReport.Write(cli.Kb, writer);
                var size = new FileInfo(path).Length;
                cli.Output.WriteLine(TextTable.Printable(
                    $"Wrote {path} ({CliApp.Count(cli.Kb.Events.Count, "event")}, {CliApp.Count(cli.Kb.People.Count, "person", "people")}; {CliApp.Num((int)((size + 1023) / 1024))} KB in {CliApp.Num((int)clock.ElapsedMilliseconds)} ms)."));
                return 0;
            });
            return report;
        }
    }
}
