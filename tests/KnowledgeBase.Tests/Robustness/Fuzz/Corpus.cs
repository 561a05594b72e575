using System.Collections.Generic;
using System.Linq;
using System.Text;
using KnowledgeBase.Tests.Helpers;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Tests.Robustness.Fuzz;

/// <summary>
/// One generated file: a name under the seeds folder and either text handed over as a string
/// (it may hold lone surrogates, as a host's in-memory buffer can) or bytes the host decodes.
/// </summary>
internal sealed record FuzzFile(string Name, string? Text, byte[]? Bytes, Decoding Decoding, string? Published)
{
    public string Path => Name.StartsWith('/') ? Name : GeneratorHarness.SeedsRoot + Name;

    public AdditionalText ToAdditionalText() =>
        Bytes is not null ? new ByteAdditionalText(Path, Bytes, Decoding) : new MemoryAdditionalText(Path, Text!);

    public override string ToString()
    {
        var body = Text ?? Encoding.UTF8.GetString(Bytes!);
        var kind = Text is not null ? "text" : $"{Bytes!.Length} bytes, {Decoding}";
        return $"{Escape(Name)} ({kind}{(Published is null ? "" : ", published " + Escape(Published))}): {Escape(body.Length > 160 ? body[..160] + "…" : body)}";
    }

    /// <summary>Non-printable-ASCII as \uXXXX, so a failure message shows exactly what was fed.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (c is >= ' ' and < '\x7f' && c != '\\') builder.Append(c);
            else builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }
        return builder.ToString();
    }
}

/// <summary>A generated set of articles with the MSBuild options of one knowledge base.</summary>
internal sealed record Corpus(FuzzFile[] Files, string? Name, string? Namespace, string? MaxBytes)
{
    public override string ToString() =>
        $"name={FuzzFile.Escape(Name ?? "(none)")} namespace={FuzzFile.Escape(Namespace ?? "(none)")} maxBytes={MaxBytes ?? "(default)"}\n  "
        + string.Join("\n  ", Files.Select(f => f.ToString()));

    public static string Describe(IEnumerable<Corpus> corpora) => string.Join("\n---\n", corpora.Select(c => c.ToString()));
}
