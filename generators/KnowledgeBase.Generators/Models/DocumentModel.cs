using KnowledgeBase.Generators.Diagnostics;
using KnowledgeBase.Generators.Helpers;

namespace KnowledgeBase.Generators.Models
{
    /// <summary>What a block of text is, as the reader classified it.</summary>
    internal enum BlockKind
    {
        Title,
        Dateline,
        Heading,
        Paragraph,
    }

    /// <summary>A sentence: UTF-16 offsets into the article text.</summary>
    internal sealed record SentenceModel(int Start, int Length);

    /// <summary>A title, dateline, heading or paragraph with its sentences.</summary>
    internal sealed record BlockModel(BlockKind Kind, int Start, int Length, EquatableArray<SentenceModel> Sentences);

    /// <summary>
    /// The reading stage's output: the text as read (offsets point into it), the title, the
    /// dateline's date, and the blocks that survive boilerplate removal.
    /// </summary>
    internal sealed record DocumentModel(
        string File,
        string Path,
        string Text,
        string Title,
        int Published,
        EquatableArray<BlockModel> Blocks,
        EquatableArray<DiagnosticInfo> Diagnostics);
}
