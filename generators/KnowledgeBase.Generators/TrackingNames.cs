namespace KnowledgeBase.Generators
{
    /// <summary>Names of the pipeline steps, so tests can assert what re-ran after an edit.</summary>
    internal static class TrackingNames
    {
        public const string Options = nameof(Options);
        public const string FilesWithOptions = nameof(FilesWithOptions);
        public const string ArticleFiles = nameof(ArticleFiles);
        public const string ArticleInputs = nameof(ArticleInputs);
        public const string Documents = nameof(Documents);
        public const string Articles = nameof(Articles);
        public const string ArticleTerms = nameof(ArticleTerms);
        public const string AllArticles = nameof(AllArticles);
        public const string Memberships = nameof(Memberships);
        public const string AllMemberships = nameof(AllMemberships);
        public const string ArticlesWithMemberships = nameof(ArticlesWithMemberships);
        public const string AllArticleTerms = nameof(AllArticleTerms);
        public const string ArticlesWithTerms = nameof(ArticlesWithTerms);
        public const string ArticlesWithOptions = nameof(ArticlesWithOptions);
        public const string Knowledge = nameof(Knowledge);
    }
}
