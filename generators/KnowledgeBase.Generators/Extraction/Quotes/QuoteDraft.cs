using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>A quote found in one article, before it becomes a <see cref="QuoteModel"/>.</summary>
    internal sealed class QuoteDraft
    {
        public QuoteDraft(int start, int end, Speaker speaker, QuoteKind kind, string? cue, SentenceInfo sentence)
        {
            Start = start;
            End = end;
            Speaker = speaker;
            Kind = kind;
            Cue = cue;
            Sentence = sentence;
        }

        public int Start { get; }
        public int End { get; }
        public Speaker Speaker { get; }
        public QuoteKind Kind { get; }
        public string? Cue { get; }
        public SentenceInfo Sentence { get; }

        /// <summary>
        /// Words quoted inside a report's indirect quote, which holds them (<see cref="QuoteExtractor"/>'s convention): no quote of
        /// the article's own, but still quoted words, inside which the event finders read no act of the narrative.
        /// </summary>
        public bool InsideReport { get; set; }
    }

    /// <summary>Whether a quote gives the speaker's own words (in quotation marks) or reports them; the values are the stored layout's.</summary>
    internal enum QuoteKind : byte
    {
        Direct = DataLayout.QuoteDirect,
        Indirect = DataLayout.QuoteIndirect,
    }

    /// <summary>Who a quote is attributed to: an entity, or only the words that name an unnamed speaker.</summary>
    internal readonly struct Speaker
    {
        public Speaker(EntityDraft? entity, string text)
        {
            Entity = entity;
            Text = text;
        }

        public EntityDraft? Entity { get; }
        public string Text { get; }
        public bool IsFound => !string.IsNullOrEmpty(Text);
    }
}
