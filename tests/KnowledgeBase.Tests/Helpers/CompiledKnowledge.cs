using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using KnowledgeBase.Generators;
using KnowledgeBase.Generators.Emission;
using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Generators.Linking;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Tests.Helpers;

/// <summary>Compiled data held in arrays, so a test can open it (and tamper with it) without compiling C#.</summary>
internal sealed class ArrayKnowledgeData(string name, byte[] utf8, int[] table) : KnowledgeBase.Storage.KnowledgeData
{
    public override string Name => name;

    public byte[] Bytes { get; } = utf8;

    public int[] Ints { get; } = table;

    public override System.ReadOnlySpan<byte> Utf8 => Bytes;

    public override System.ReadOnlySpan<int> Table => Ints;
}

/// <summary>
/// The runtime's layout constants. The generator links the same DataLayout file, so its name is
/// ambiguous in this assembly; the runtime's copy is read once instead.
/// </summary>
internal static class Layout
{
    public static readonly int HeaderStrings = Of("HeaderStrings");
    public static readonly int HeaderArticles = Of("HeaderArticles");
    public static readonly int HeaderPostings = Of("HeaderPostings");
    public static readonly int StringWidth = Of("StringWidth");
    public static readonly int ArticleWidth = Of("ArticleWidth");
    public static readonly int ArticleText = Of("ArticleText");
    public static readonly int PostingWidth = Of("PostingWidth");
    public static readonly int PostingSentenceIndex = Of("PostingSentenceIndex");
    public static readonly int HeaderSentences = Of("HeaderSentences");
    public static readonly int SentenceWidth = Of("SentenceWidth");
    public static readonly int SentenceStart = Of("SentenceStart");
    public static readonly int SentenceLength = Of("SentenceLength");
    public static readonly int ScoreScale = Of("ScoreScale");

    private static int Of(string name) =>
        (int)typeof(Knowledge).Assembly.GetType("KnowledgeBase.Storage.DataLayout", throwOnError: true)!.GetField(name)!.GetRawConstantValue()!;
}

/// <summary>Runs the generator's stages on texts in memory and opens the data they lay out.</summary>
internal static class CompiledKnowledge
{
    public static (Knowledge Knowledge, ArrayKnowledgeData Data) From(params (string File, string Text)[] articles)
    {
        var models = new List<ArticleModel>();
        var terms = new List<ArticleTerms>();
        foreach (var (file, text) in articles)
        {
            var document = DocumentReader.Parse(file, "/kb/" + file, text, 0, CancellationToken.None);
            models.Add(ArticleExtractor.Extract(document, CancellationToken.None));
            terms.Add(ArticleTermCollector.Collect(document, CancellationToken.None));
        }
        var model = KnowledgeLinker.Link(models.ToImmutableArray(), terms.ToImmutableArray(), new GeneratorOptions("Test", "TestKb", "/kb/"), CancellationToken.None);
        var layout = DataTableBuilder.Build(model, CancellationToken.None);
        var data = new ArrayKnowledgeData(model.Name, layout.Utf8, layout.Table);
        return (new Knowledge(data), data);
    }

    /// <summary>Where a compiled string's UTF-8 bytes lie in the blob.</summary>
    public static (int Offset, int Length) StringBytes(ArrayKnowledgeData data, int stringId)
    {
        var row = data.Ints[Layout.HeaderStrings] + stringId * Layout.StringWidth;
        return (data.Ints[row], data.Ints[row + 1]);
    }

    /// <summary>The string id of an article's text.</summary>
    public static int ArticleTextString(ArrayKnowledgeData data, int article) =>
        data.Ints[data.Ints[Layout.HeaderArticles] + article * Layout.ArticleWidth + Layout.ArticleText];
}
