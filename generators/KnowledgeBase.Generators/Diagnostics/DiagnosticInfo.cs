using KnowledgeBase.Generators.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeBase.Generators.Diagnostics
{
    /// <summary>
    /// A diagnostic as plain data (descriptor id, file path, position, arguments): pipeline
    /// models must stay equatable, so the <see cref="Location"/> is built only when reporting.
    /// </summary>
    internal sealed record DiagnosticInfo(string Id, string Path, int Start, int Length, int Line, int Column, EquatableArray<string> Arguments)
    {
        public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string path, int start, int length, int line, int column, params string[] arguments) =>
            new(descriptor.Id, path, start, length, line, column, arguments.ToEquatableArray());

        public Diagnostic ToDiagnostic()
        {
            var position = new LinePosition(Line, Column);
            var location = Path.Length == 0
                ? Location.None
                : Location.Create(Path, new TextSpan(Start, Length), new LinePositionSpan(position, position));
            var args = new object[Arguments.Count];
            for (var i = 0; i < args.Length; i++) args[i] = Arguments[i];
            return Diagnostic.Create(DiagnosticDescriptors.ById(Id)!, location, args);
        }
    }
}
