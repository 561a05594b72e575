using KnowledgeBase.Generators.Extraction;
using Xunit;

namespace KnowledgeBase.Tests.Analysis;

/// <summary>
/// Quotes and events ask which mention covers a token of nearly every word, after entity recognition has indexed the
/// mentions: the index answers as the scan of the list does, and a mention added afterwards is not missed.
/// </summary>
public sealed class MentionIndexTests
{
    // Person / KindPlace (the layout is compiled into both assemblies).
    private const KnowledgeBase.Generators.EntityKind Person = KnowledgeBase.Generators.EntityKind.Person;
    private const KnowledgeBase.Generators.EntityKind Place = KnowledgeBase.Generators.EntityKind.Place;

    private static SentenceInfo Sentence() =>
        AnalysisTestKit.Article("Ana Ruiz met the envoy of Norland in Velden.",
            ("Ana Ruiz", Person, false), ("Norland", Place, true), ("Velden", Place, false))[0];

    [Fact]
    public void The_index_answers_as_the_scan_does_for_every_token()
    {
        var scanned = Sentence();
        var indexed = Sentence();
        indexed.IndexMentions();
        for (var t = -1; t <= scanned.Tokens.Count; t++)
            Assert.Equal(scanned.MentionAt(t)?.Entity.Name, indexed.MentionAt(t)?.Entity.Name);
        Assert.Equal("Ana Ruiz", indexed.MentionAt(1)?.Entity.Name);
        Assert.Null(indexed.MentionAt(2));
    }

    [Fact]
    public void A_mention_added_after_indexing_is_found()
    {
        var s = Sentence();
        s.IndexMentions();
        var envoy = s.Tokens.FindIndex(t => t.Text == "envoy");
        Assert.Null(s.MentionAt(envoy));
        s.Mentions.Add(new Mention(new EntityDraft("Tomas Vell", Person), s, envoy, envoy + 1, false));
        Assert.Equal("Tomas Vell", s.MentionAt(envoy)?.Entity.Name);
    }

    [Fact]
    public void A_sentence_that_names_nobody_has_no_mention_at_any_token()
    {
        var s = AnalysisTestKit.Article("the envoy left early.")[0];
        s.IndexMentions();
        for (var t = 0; t < s.Tokens.Count; t++) Assert.Null(s.MentionAt(t));
    }
}
