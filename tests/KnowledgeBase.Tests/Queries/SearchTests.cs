using System;
using System.Collections.Generic;
using System.Linq;
using KnowledgeBase.Tests.Helpers;
using Xunit;

namespace KnowledgeBase.Tests.Queries;

/// <summary>Search answers from the inverted index compiled with the articles, ranked by BM25.</summary>
public sealed class SearchTests
{
    private const string Talks =
        "Ceasefire talks resumed in Geneva\n\nMonday, March 3, 2025\n\n"
        + "Ceasefire talks resumed.\n\n"
        + "The long report about the region mentions the ceasefire only once among many other words about roads, bridges, schools, hospitals, farms and markets.\n\n"
        + "Diplomats said the talks would go on for a week.\n\n"
        + "Farmers in the valley planted wheat and barley before the rain came.\n";

    [Fact]
    public void Seeds_search_returns_the_matching_sentences_best_first()
    {
        var hits = Seeds.Search("ceasefire");
        Assert.True(hits.Count > 0);
        foreach (var hit in hits)
            Assert.Contains("ceasefire", hit.Sentence.Text, StringComparison.OrdinalIgnoreCase);
        var scores = hits.Select(h => h.Score).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }

    [Fact]
    public void A_hit_carries_the_quote_or_event_of_its_sentence()
    {
        var hits = Seeds.Search("peace").ToList();
        Assert.Contains(hits, h => h.Kind == SearchHitKind.Quote);
        foreach (var hit in hits)
        {
            if (hit.Quote is { } quote) Assert.Equal(quote.Sentence, hit.Sentence);
            if (hit.Event is { } e) Assert.Contains(hit.Sentence, e.Sources);
            Assert.Equal(hit.Kind == SearchHitKind.Quote, hit.Quote is not null);
            Assert.Equal(hit.Kind == SearchHitKind.Event, hit.Event is not null);
        }
    }

    [Fact]
    public void Case_plurals_and_function_words_do_not_matter()
    {
        var (kb, _) = CompiledKnowledge.From(("a.txt", Talks));
        var plain = kb.Search("talk").Select(h => h.Sentence).ToList();
        Assert.Equal(3, plain.Count);
        Assert.Equal(plain, kb.Search("TALKS").Select(h => h.Sentence));
        Assert.Equal(plain, kb.Search("the talks of").Select(h => h.Sentence));
        Assert.Empty(kb.Search("the of and"));
        Assert.Empty(kb.Search("submarine"));
    }

    [Fact]
    public void A_short_sentence_outranks_a_long_one_with_the_word_once()
    {
        var (kb, _) = CompiledKnowledge.From(("a.txt", Talks));
        var hits = kb.Search("ceasefire");
        Assert.Equal(3, hits.Count);
        // Three terms, then the four-term headline, then nineteen terms.
        Assert.Equal("Ceasefire talks resumed.", hits[0].Sentence.Text);
        Assert.Equal("Ceasefire talks resumed in Geneva", hits[1].Sentence.Text);
        Assert.StartsWith("The long report", hits[2].Sentence.Text, StringComparison.Ordinal);
        Assert.True(hits[0].Score > hits[1].Score && hits[1].Score > hits[2].Score);
    }

    [Fact]
    public void Scores_are_bm25_over_sentences()
    {
        // Terms per sentence: headline 4 (ceasefire talk resumed geneva), 3, 19 (the long one),
        // 6 (diplomat said talk would go week), 8 (farmer valley planted wheat barley before rain came).
        var (kb, _) = CompiledKnowledge.From(("a.txt", Talks));
        var hits = kb.Search("diplomats");
        var sentence = Assert.Single(hits);
        var termCounts = new[] { 4, 3, 19, 6, 8 };
        double n = termCounts.Length, average = termCounts.Average(), df = 1, tf = 1, length = 6;
        var idf = Math.Log(1 + (n - df + 0.5) / (df + 0.5));
        var expected = idf * tf * 2.2 / (tf + 1.2 * (1 - 0.75 + 0.75 * length / average));
        Assert.Equal(Math.Round(expected * Layout.ScoreScale) / Layout.ScoreScale, sentence.Score, 4);
    }

    [Fact]
    public void Several_words_sum_their_scores_per_sentence()
    {
        var (kb, _) = CompiledKnowledge.From(("a.txt", Talks));
        var both = kb.Search("ceasefire talks");
        var ceasefire = kb.Search("ceasefire").ToDictionary(h => h.Sentence.Start, h => h.Score);
        var talks = kb.Search("talks").ToDictionary(h => h.Sentence.Start, h => h.Score);
        Assert.Equal(ceasefire.Keys.Union(talks.Keys).Count(), both.Count);
        foreach (var hit in both)
        {
            var expected = ceasefire.GetValueOrDefault(hit.Sentence.Start, 0) + talks.GetValueOrDefault(hit.Sentence.Start, 0);
            Assert.Equal(expected, hit.Score, 4);
        }
        Assert.StartsWith("Ceasefire talks resumed", both[0].Sentence.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Answers_come_from_the_postings_not_from_the_text()
    {
        var (kb, data) = CompiledKnowledge.From(("a.txt", Talks));
        var before = kb.Search("barley").Select(h => (h.Sentence.Start, h.Sentence.Length, h.Score)).ToList();
        Assert.Single(before);

        // Blank the article's text: a search that scanned text would now find nothing.
        var (offset, length) = CompiledKnowledge.StringBytes(data, CompiledKnowledge.ArticleTextString(data, 0));
        Array.Fill(data.Bytes, (byte)'x', offset, length);
        var reopened = new Knowledge(data);
        var after = reopened.Search("barley");
        Assert.Equal(before, after.Select(h => (h.Sentence.Start, h.Sentence.Length, h.Score)));
        Assert.All(after, h => Assert.DoesNotContain("barley", h.Sentence.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void One_word_yields_exactly_its_posting_run()
    {
        var (kb, data) = CompiledKnowledge.From(("a.txt", Talks));
        // Point every posting of the index at the first sentence: the results must follow.
        var postings = data.Ints[Layout.HeaderPostings];
        var count = data.Ints[Layout.HeaderPostings + 1];
        for (var p = 0; p < count; p++) data.Ints[postings + p * Layout.PostingWidth + Layout.PostingSentenceIndex] = 0;
        var first = data.Ints[Layout.HeaderSentences];
        var (start, length) = (data.Ints[first + Layout.SentenceStart], data.Ints[first + Layout.SentenceLength]);
        var reopened = new Knowledge(data);
        var hits = reopened.Search("farmers");
        Assert.Equal(kb.Search("farmers").Count, hits.Count);
        Assert.All(hits, h => Assert.Equal((start, length), (h.Sentence.Start, h.Sentence.Length)));
        Assert.Equal("Ceasefire talks resumed in Geneva", hits[0].Sentence.Text);
    }
}
