using System.Linq;
using System.Threading;
using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Generators.Extraction.Events;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Tests.Helpers;

/// <summary>An invented rule example as an article: a headline, the dateline Sunday, July 28, 2019, and the paragraphs.</summary>
internal static class RuleArticle
{
    /// <summary>The examples' dateline, packed as the generator packs dates.</summary>
    public const int Published = 20190728;

    /// <summary>The dates <see cref="DateResolver"/> reads in one invented sentence against the examples' dateline.</summary>
    public static int[] Dates(string sentence) =>
        DateResolver.Find(Tokenizer.Tokenize(sentence, 0, sentence.Length), Published).Select(d => d.Packed).ToArray();

    public static ArticleModel Extract(string paragraphs, string file = "a.txt") => ExtractTitled("A headline", paragraphs, file);

    /// <summary>An invented article with its own headline over the examples' dateline.</summary>
    public static ArticleModel ExtractTitled(string headline, string paragraphs, string file = "a.txt") =>
        ArticleExtractor.Extract(DocumentReader.Parse(file, "/" + file, headline + "\n\nSunday, July 28, 2019\n\n" + paragraphs + "\n", 0, CancellationToken.None), CancellationToken.None);
}
