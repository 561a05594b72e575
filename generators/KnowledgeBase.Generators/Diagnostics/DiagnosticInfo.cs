using KnowledgeBase.Generators.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeBase.Generators.Diagnostics
{
    /// <summary>
    /// A diagnostic as plain data (descriptor id, file path, position, arguments): pipeline
    /// models must stay equatable, so the <see cref="Location"/> is built only when reporting.
    /// An empty path means the diagnostic has no file (an MSBuild option, say).
    /// </summary>
    internal sealed record DiagnosticInfo(string Id, string Path, int Start, int Length, int Line, int Column, int EndLine, int EndColumn, EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string path, int start, int length, int line, int column, params string[] arguments) =>
            new(descriptor.Id, path, start, length, line, column, line, column, arguments.ToEquatableArray());

        /// <summary>A diagnostic at a span of a file's text, with the lines and columns the compiler would give it.</summary>
        public static DiagnosticInfo At(DiagnosticDescriptor descriptor, string path, string text, int start, int length, params string[] arguments) =>
            At(descriptor, path, SourceText.From(text), start, length, arguments);

        public static DiagnosticInfo At(DiagnosticDescriptor descriptor, string path, SourceText text, int start, int length, params string[] arguments)
        {
            start = start < 0 ? 0 : start > text.Length ? text.Length : start;
            length = length < 0 ? 0 : length > text.Length - start ? text.Length - start : length;
            var span = text.Lines.GetLinePositionSpan(new TextSpan(start, length));
            return new(descriptor.Id, path, start, length, span.Start.Line, span.Start.Character, span.End.Line, span.End.Character, arguments.ToEquatableArray());
        }

        /// <summary>A diagnostic about a whole file: it points at the file's start.</summary>
        public static DiagnosticInfo AtFile(DiagnosticDescriptor descriptor, string path, params string[] arguments) =>
            Create(descriptor, path, 0, 0, 0, 0, arguments);

        /// <summary>A diagnostic with no file.</summary>
        public static DiagnosticInfo Global(DiagnosticDescriptor descriptor, params string[] arguments) =>
            Create(descriptor, string.Empty, 0, 0, 0, 0, arguments);

        public Diagnostic ToDiagnostic()
        {
            var location = Path.Length == 0
                ? Location.None
                : Location.Create(Path, new TextSpan(Start, Length), new LinePositionSpan(new LinePosition(Line, Column), new LinePosition(EndLine, EndColumn)));
            var args = new object[Arguments.Count];
            for (var i = 0; i < args.Length; i++) args[i] = Arguments[i];
            return Diagnostic.Create(DiagnosticDescriptors.ById(Id)!, location, args);
        }
    }
}
