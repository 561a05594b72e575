using System.Threading;
using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Tests.Helpers;

/// <summary>An invented rule example as an article: a headline, the dateline Sunday, July 28, 2019, and the paragraphs.</summary>
internal static class RuleArticle
{
    public static ArticleModel Extract(string paragraphs, string file = "a.txt") =>
        ArticleExtractor.Extract(DocumentReader.Parse(file, "/" + file, "A headline\n\nSunday, July 28, 2019\n\n" + paragraphs + "\n", 0, CancellationToken.None), CancellationToken.None);
}
