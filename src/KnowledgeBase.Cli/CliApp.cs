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

        /// <param name="width">The width tables fit; null: the terminal's <c>COLUMNS</c>, else 100.</param>
        public static int Run(string[] args, TextWriter output, TextWriter error, Knowledge kb, int? width = null)
        {
            var root = Build(new CliContext(output, error, kb, width ?? TextTable.TerminalWidth()));
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
            {
                if (option.Name is "--help" or "-h" or "-?") continue;
                usage.Append(" [").Append(option.Name);
                if (option.ValueType != typeof(bool)) usage.Append(' ').Append(option.HelpName ?? "VALUE");
                usage.Append(']');
            }
            return usage.Append($"; 'kb {command.Name} --help' says more.").ToString();
        }

        private static RootCommand Build(CliContext cli)
        {
            var kb = cli.Kb;
            var root = new RootCommand($"kb: browse the knowledge base '{kb.Name}' compiled from {Count(kb.Articles.Count, "article")} ({Count(kb.Entities.Count, "entity", "entities")}, {Count(kb.Quotes.Count, "quote")}, {Count(kb.Events.Count, "event")}).");
            foreach (var command in ListingCommands.Create(cli)) root.Subcommands.Add(command);
            root.Subcommands.Add(SearchCommand.Create(cli));
            root.Subcommands.Add(ShowCommand.Create(cli));
            root.Subcommands.Add(ExportCommand.Create(cli));
            root.Subcommands.Add(ReportCommand.Create(cli));
            return root;
        }

        internal static Entity Resolve(Knowledge kb, string name)
        {
            // Every name is "close" to an empty one: say what is wrong instead of suggesting anyone.
            if (string.IsNullOrWhiteSpace(name)) throw new UsageException("the name is empty: give a name, alias or id ('kb people' lists them).");
            if (kb.Find(name) is { } entity) return entity;
            var closest = kb.FindClosest(name);
            var hint = closest.Count == 0 ? "run 'kb people' for the list." : "did you mean " + string.Join(", ", closest.Select(c => $"'{c.Name}' ({c.Id})")) + "?";
            throw new UsageException($"no person, organization or place is called '{name}'; {hint}");
        }

        internal static PartialDate ParseDate(string text, string option) =>
            PartialDate.TryParse(text, out var date) ? date : throw new UsageException($"{option} '{text}' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.");

        /// <summary>A count from 1 to int.MaxValue for an option, with a message a person reads rather than a .NET type name.</summary>
        internal static int ParseCount(System.CommandLine.Parsing.ArgumentResult result, string option, int fallback)
        {
            if (result.Tokens.Count == 0) return fallback;
            var text = result.Tokens[0].Value;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count >= 1) return count;
            result.AddError($"{option} must be a whole number from 1 to {int.MaxValue.ToString(CultureInfo.InvariantCulture)}, not '{text}'.");
            return 0;
        }

        internal static string Status(Event e) => e.Status == EventStatus.Planned ? "planned" : "occurred";

        internal static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

        /// <summary>"1 sentence", "2 sentences", "0 entities".</summary>
        internal static string Count(int n, string singular, string? plural = null) => $"{Num(n)} {(n == 1 ? singular : plural ?? singular + "s")}";

        internal static string Clip(string text, int max) => text.Length <= max ? text : text.Substring(0, max - 1) + "…";
    }

    /// <summary>A mistake in the arguments: kb says it in one line with the command's usage and exits 2.</summary>
    internal sealed class UsageException(string message) : Exception(message);

    /// <summary>What every command writes to and reads from.</summary>
    /// <param name="Width">The width tables fit.</param>
    internal sealed record CliContext(TextWriter Output, TextWriter Error, Knowledge Kb, int Width);
}
