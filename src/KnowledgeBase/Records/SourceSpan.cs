namespace KnowledgeBase
{
    /// <summary>
    /// Evidence: where in which article a fact is stated, as UTF-16 offsets into the
    /// article's text exactly as the generator read it.
    /// </summary>
    /// <param name="Article">The article.</param>
    /// <param name="Start">UTF-16 offset of the first character.</param>
    /// <param name="Length">Length in UTF-16 code units.</param>
    public readonly record struct SourceSpan(Article Article, int Start, int Length)
    {
        /// <summary>The text the span covers.</summary>
        public string Text => Article.Text.Substring(Start, Length);

        /// <summary>Where the span stands: <c>file@start+length</c>.</summary>
        public string Location => $"{Article.File}@{Start}+{Length}";

        /// <summary>The text the span covers (<see cref="Location"/> says where it stands).</summary>
        public override string ToString() => Text;
    }
}
