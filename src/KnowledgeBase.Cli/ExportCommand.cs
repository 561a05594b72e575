using System;
using System.CommandLine;
using System.IO;
using System.Text;

namespace KnowledgeBase.Cli
{
    /// <summary>kb export: the whole knowledge base as JSON (export-schema.md), or its events as GDELT 2.0 rows.</summary>
    internal static class ExportCommand
    {
        public static Command Create(CliContext cli)
        {
            var format = new Option<string>("--format") { Description = "json (default: docs/export-schema.md) or gdelt (the events as the GDELT 2.0 Events table, tab-separated).", HelpName = "FORMAT", DefaultValueFactory = _ => "json" };
            format.AcceptOnlyFromAmong("json", "gdelt");
            var export = new Command("export", "The whole knowledge base as JSON (export-schema.md), or its CAMEO events as GDELT 2.0 rows, on standard output.") { format };
            export.SetAction(r =>
            {
                if (r.GetValue(format) == "gdelt") GdeltExporter.Write(cli.Kb, cli.Output);
                else WriteJson(cli);
                return 0;
            });
            return export;
        }

        private static void WriteJson(CliContext cli)
        {
            var output = cli.Output;
            output.Flush();
            using var stdout = output == Console.Out ? Console.OpenStandardOutput() : null;
            if (stdout is not null)
            {
                JsonExporter.Write(cli.Kb, stdout);
                stdout.WriteByte((byte)'\n');
            }
            else
            {
                using var buffer = new MemoryStream();
                JsonExporter.Write(cli.Kb, buffer);
                output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
            }
        }
    }
}
