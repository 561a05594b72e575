using System.Collections.Generic;
using System.Linq;
using System.Text;
using KnowledgeBase.Generators.Extraction;
using KnowledgeBase.Generators.Extraction.Analysis;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Tests.Analysis;

/// <summary>One invented sentence analysed, with look-ups by word for the assertions and a dump for their messages.</summary>
internal static class AnalysisTestKit
{
    public static SentenceAnalysis Analyze(string sentence) => SentenceAnalysis.Analyze(Tokenizer.Tokenize(sentence, 0, sentence.Length));

    public static int IndexOf(this SentenceAnalysis a, string word, int nth = 0)
    {
        for (var i = 0; i < a.Tokens.Count; i++)
            if (a.Tokens[i].Text == word && nth-- == 0) return i;
        throw new KeyNotFoundException(word + " not in: " + a.Dump());
    }

    public static Tag TagOf(this SentenceAnalysis a, string word, int nth = 0) => a.TagAt(a.IndexOf(word, nth));

    public static Clause ClauseOf(this SentenceAnalysis a, string verb) =>
        a.ClauseOfVerb(a.IndexOf(verb)) ?? throw new KeyNotFoundException("no clause for " + verb + ": " + a.Dump());

    public static string Dump(this SentenceAnalysis a)
    {
        var text = new StringBuilder();
        for (var i = 0; i < a.Tokens.Count; i++) text.Append(a.Tokens[i].Text).Append('/').Append(a.TagAt(i)).Append(a.Tags.Forms[i] == VerbForm.None ? "" : ":" + a.Tags.Forms[i]).Append(' ');
        text.Append("| chunks: ").Append(string.Join("; ", a.Chunks.Select(c => c.Text)));
        text.Append(" | clauses: ").Append(string.Join("; ", a.Clauses.Select(c => c.ToString())));
        return text.ToString();
    }

    /// <summary>The sentences of a small article, with the mentions of the given names (kind per name) filled in as entity recognition would.</summary>
    public static List<SentenceInfo> Article(string text, params (string Name, KnowledgeBase.Generators.EntityKind Kind, bool IsCountry)[] names)
    {
        var sentences = new List<SentenceInfo>();
        var entities = names.ToDictionary(n => n.Name, n => new EntityDraft(n.Name, n.Kind) { IsCountry = n.IsCountry });
        var start = 0;
        foreach (var part in SplitSentences(text))
        {
            var offset = text.IndexOf(part, start, System.StringComparison.Ordinal);
            start = offset + part.Length;
            var model = new SentenceModel(offset, part.Length);
            var info = new SentenceInfo(sentences.Count, model, BlockKind.Paragraph, 0, Tokenizer.Tokenize(text, offset, part.Length));
            foreach (var (name, _, _) in names) AddMentions(info, entities[name], name);
            sentences.Add(info);
        }
        return sentences;
    }

    private static IEnumerable<string> SplitSentences(string text) =>
        text.Split(new[] { "|" }, System.StringSplitOptions.RemoveEmptyEntries).Select(s => s.Trim());

    private static void AddMentions(SentenceInfo s, EntityDraft entity, string name)
    {
        var words = Tokenizer.Tokenize(name, 0, name.Length).Select(t => t.Text).ToArray();
        for (var i = 0; i + words.Length <= s.Tokens.Count; i++)
        {
            var match = true;
            for (var w = 0; w < words.Length && match; w++) match = s.Tokens[i + w].Text == words[w];
            if (match) s.Mentions.Add(new Mention(entity, s, i, i + words.Length, false));
        }
    }
}
