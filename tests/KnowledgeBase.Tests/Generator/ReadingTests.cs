using System.Threading;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

public sealed class ReadingTests
{
    [Theory]
    [InlineData("Thu 13th Feb, 2025", 20250213)]
    [InlineData("Friday, January 4, 2019", 20190104)]
    [InlineData("13 February 2025", 20250213)]
    [InlineData("2025-02-13", 20250213)]
    [InlineData("February 2025", 20250200)]
    [InlineData("The talks went well.", 0)]
    [InlineData("31 February 2025", 0)]
    public void Datelines_as_news_prints_them(string line, int packed) => Assert.Equal(packed, DatelineReader.ReadLine(line));

    [Fact]
    public void Title_dateline_and_boilerplate()
    {
        const string text = "Leaders Meet in Geneva\r\n\r\nMonday, March 3, 2025\r\n\r\n    0\r\n    0\r\nThe U.S. President met the Swiss President on Monday. They spoke for an hour.\r\nRead also:\r\nAnother Story Title\r\nMore Quick Read Articles \u00BB\r\n";
        var doc = DocumentReader.Parse("a.txt", "/a.txt", text, 0, CancellationToken.None);
        Assert.Equal("Leaders Meet in Geneva", doc.Title);
        Assert.Equal(20250303, doc.Published);
        var paragraphs = 0;
        foreach (var block in doc.Blocks)
        {
            if (block.Kind != BlockKind.Paragraph) continue;
            paragraphs++;
            Assert.Equal(2, block.Sentences.Count); // "U.S." does not end a sentence
            foreach (var s in block.Sentences) Assert.Equal(text.Substring(s.Start, s.Length).Trim(), text.Substring(s.Start, s.Length));
        }
        Assert.Equal(1, paragraphs);
    }

    [Theory]
    [InlineData("Mira B. I. Kessin, the dean, wrote to the staff. The letter was short.", "Mira B. I. Kessin, the dean, wrote to the staff.")]
    [InlineData("The envoys met in the U.S. The talks were short.", "The envoys met in the U.S.")]
    [InlineData("Ana Ruiz met John Q. A. Doe on Monday. They spoke.", "Ana Ruiz met John Q. A. Doe on Monday.")]
    [InlineData("The ferry left Ostrel at 9 p.m. \"We are safe,\" the captain said.", "The ferry left Ostrel at 9 p.m.")]
    public void A_sentence_runs_on_through_initials_and_ends_after_an_initialism_before_a_usual_starter(string text, string first)
    {
        var sentences = KnowledgeBase.Generators.Reading.SentenceSplitter.Split(text, 0, text.Length);
        Assert.Equal(2, sentences.Count);
        Assert.Equal(first, text.Substring(sentences[0].Start, sentences[0].Length).Trim());
    }

    [Theory]
    [InlineData("Mayor Ana Ruiz opens the new bridge over the Velden. Image: Karel Brandt.", true)]
    [InlineData("Players of the Velden Rovers celebrate their second goal. (Image: Mira Holt)", true)]
    [InlineData("Ana Ruiz said the Image: prefix was removed from the archive in 2019 after many complaints from readers.", false)]
    [InlineData("Ana Ruiz opened the bridge on Monday.", false)]
    public void A_photograph_caption_with_its_credit_is_no_paragraph_of_the_story(string line, bool caption)
    {
        var doc = DocumentReader.Parse("a.txt", "/a.txt", "A headline\n\nMonday, March 3, 2025\n\nTomas Vell spoke on Monday.\n\n" + line + "\n", 0, CancellationToken.None);
        var paragraphs = 0;
        foreach (var block in doc.Blocks) if (block.Kind == BlockKind.Paragraph) paragraphs++;
        Assert.Equal(caption ? 1 : 2, paragraphs);
    }
}
