using KnowledgeBase.Generators.Emission;
using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Generators.Linking;
using KnowledgeBase.Generators.Reading;
using Microsoft.CodeAnalysis;

namespace KnowledgeBase.Generators
{
    /// <summary>
    /// Compiles news articles (AdditionalFiles) into a typed knowledge base:
    /// Reading → Extraction and search terms per article (cached per file), then Collect → Linking → Emission.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class KnowledgeBaseGenerator : IIncrementalGenerator
    {
        /// <inheritdoc/>
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var options = context.AnalyzerConfigOptionsProvider
                .Select(static (provider, _) => GeneratorOptions.Read(provider.GlobalOptions))
                .WithTrackingName(TrackingNames.Options);

            var inputs = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .WithTrackingName(TrackingNames.FilesWithOptions)
                .Select(static (pair, _) => ArticleInput.Create(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.ArticleFiles)
                .Where(static input => input is not null)
                .WithTrackingName(TrackingNames.ArticleInputs);

            var documents = inputs
                .Select(static (input, token) => DocumentReader.Read(input!, token))
                .WithTrackingName(TrackingNames.Documents);

            var articles = documents
                .Select(static (document, token) => ArticleExtractor.Extract(document, token))
                .WithTrackingName(TrackingNames.Articles);

            // Search terms come straight from the document, beside extraction, so each stays cached per file.
            var terms = documents
                .Select(static (document, token) => ArticleTermCollector.Collect(document, token))
                .WithTrackingName(TrackingNames.ArticleTerms);

            // Which knowledge base each article belongs to: kept apart from the articles themselves, so
            // moving an article to another knowledge base (or renaming one) re-links but re-extracts nothing.
            var memberships = context.AdditionalTextsProvider
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select(static (pair, _) => ArticleInput.Membership(pair.Left, pair.Right))
                .WithTrackingName(TrackingNames.Memberships)
                .Where(static membership => membership is not null)
                .Select(static (membership, _) => membership!)
                .Collect()
                .WithTrackingName(TrackingNames.AllMemberships);

            var knowledge = articles
                .Collect()
                .WithTrackingName(TrackingNames.AllArticles)
                .Combine(terms.Collect().WithTrackingName(TrackingNames.AllArticleTerms))
                .WithTrackingName(TrackingNames.ArticlesWithTerms)
                .Combine(memberships)
                .WithTrackingName(TrackingNames.ArticlesWithMemberships)
                .Combine(options)
                .WithTrackingName(TrackingNames.ArticlesWithOptions)
                .SelectMany(static (pair, token) => KnowledgeLinker.LinkAll(pair.Left.Left.Left, pair.Left.Left.Right, pair.Left.Right, pair.Right, token))
                .WithTrackingName(TrackingNames.Knowledge);

            context.RegisterSourceOutput(knowledge, static (output, model) => KnowledgeEmitter.Emit(output, model));
            RegistrationEmitter.Initialize(context, knowledge);
        }
    }
}
