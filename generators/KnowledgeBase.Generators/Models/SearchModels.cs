using KnowledgeBase.Generators.Helpers;

namespace KnowledgeBase.Generators.Models
{
    /// <summary>
    /// The search terms of one article, sentence by sentence (cached per file like extraction).
    /// Kept flat so a large corpus costs a few arrays per article, not an object per term:
    /// <see cref="Sentences"/> holds, per sentence, <c>start, length, termCount, n</c> followed by
    /// <c>n</c> pairs of (index into <see cref="Vocabulary"/>, occurrences).
    /// </summary>
    internal sealed record ArticleTerms(string File, EquatableArray<string> Vocabulary, EquatableArray<int> Sentences);

    /// <summary>
    /// The inverted index, ready to lay out: terms sorted by UTF-8 bytes, each with a run
    /// (start, count) of <see cref="Postings"/> (sentence index, score; best score first), and the
    /// <see cref="Sentences"/> they point to; both flat, in <see cref="KnowledgeBase.Storage.DataLayout"/>'s row shapes.
    /// </summary>
    internal sealed record SearchIndexModel(EquatableArray<string> Terms, EquatableArray<int> Runs, EquatableArray<int> Postings, EquatableArray<int> Sentences)
    {
        public static readonly SearchIndexModel Empty = new(EquatableArray<string>.Empty, EquatableArray<int>.Empty, EquatableArray<int>.Empty, EquatableArray<int>.Empty);
    }
}
