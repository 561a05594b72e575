using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeBase.Generators.Diagnostics;
using KnowledgeBase.Generators.Extraction.Events;
using KnowledgeBase.Generators.Helpers;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>
    /// Extraction stage: <see cref="DocumentModel"/> → <see cref="ArticleModel"/> (entities,
    /// quotes, events). A pure function of the document, so the driver caches it per file.
    /// </summary>
    internal static class ArticleExtractor
    {
        public static ArticleModel Extract(DocumentModel document, CancellationToken token)
        {
            if (document.Text.Length == 0)
            {
                return new ArticleModel(document.Path, document.File, string.Empty, document.Title, document.Published,
                    EquatableArray<ArticleEntity>.Empty, EquatableArray<QuoteModel>.Empty, EquatableArray<EventModel>.Empty, document.Diagnostics);
            }
            try
            {
                return Run(document, token);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                // A defect in extraction must not break the user's build: keep the article, report it.
                var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.ExtractionFailed, document.Path, 0, 0, 0, 0, document.File, ex.GetType().Name + ": " + ex.Message + " " + FirstFrame(ex));
                return new ArticleModel(document.Path, document.File, document.Text, document.Title, document.Published,
                    EquatableArray<ArticleEntity>.Empty, EquatableArray<QuoteModel>.Empty, EquatableArray<EventModel>.Empty,
                    new List<DiagnosticInfo>(document.Diagnostics) { diagnostic }.ToEquatableArray());
            }
        }

        private static ArticleModel Run(DocumentModel document, CancellationToken token)
        {
            // Indexed loops: a foreach over the models' arrays would allocate an enumerator per block.
            var count = 0;
            for (var b = 0; b < document.Blocks.Count; b++) count += document.Blocks[b].Sentences.Count;
            var sentences = new List<SentenceInfo>(count);
            var forms = WordForms.OfThread();
            var restarts = forms.Restarts;
            var rooms = t_rooms ??= new List<SentenceRoom>();
            for (var b = 0; b < document.Blocks.Count; b++)
            {
                var block = document.Blocks[b];
                if (block.Kind == BlockKind.Dateline) continue;
                for (var k = 0; k < block.Sentences.Count; k++)
                {
                    token.ThrowIfCancellationRequested();
                    var sentence = block.Sentences[k];
                    sentences.Add(SentenceAt(sentences.Count, document.Text, sentence, block.Kind, b, rooms));
                }
            }

            var entities = EntityRecognizer.Recognize(sentences, formPerText: forms.Restarts == restarts, token);
            for (var i = 0; i < sentences.Count; i++) sentences[i].IndexMentions(ref rooms[i].MentionIndex);
            var quotes = QuoteExtractor.Extract(document.Text, sentences, entities, token);
            var events = EventRecognizer.Extract(sentences, quotes, document.Published, token);

            var kept = 0;
            foreach (var q in quotes)
                if (!q.InsideReport) kept++;
            var quoteModels = new QuoteModel[kept];
            kept = 0;
            foreach (var q in quotes)
            {
                if (q.InsideReport) continue; // held by the report's indirect quote
                quoteModels[kept++] = new QuoteModel(q.Start, q.End - q.Start, q.Speaker.Entity?.Name, q.Speaker.Text, (int)q.Kind, q.Cue,
                    q.Sentence.Start, q.Sentence.Length);
            }

            var article = new ArticleModel(document.Path, document.File, document.Text, document.Title, document.Published,
                EquatableArray<ArticleEntity>.Own(EntityModels(entities)), EquatableArray<QuoteModel>.Own(quoteModels),
                EquatableArray<EventModel>.Own(EventModels(events)), document.Diagnostics);
            for (var i = 0; i < sentences.Count; i++) sentences[i].Forget(); // kept for the next article's sentences
            return article;
        }

        // The models' arrays are made at their exact size and owned by the models, not gathered in lists and copied.
        private static ArticleEntity[] EntityModels(List<EntityDraft> entities)
        {
            var kept = 0;
            foreach (var e in entities)
                if (e.Mentions != 0 && e.First is not null) kept++;
            var models = new ArticleEntity[kept];
            kept = 0;
            foreach (var e in entities)
            {
                if (e.Mentions == 0 || e.First is null) continue;
                models[kept++] = new ArticleEntity(e.Name, e.Kind, e.Forms.ToEquatableArray(), e.Mentions, e.First.Start, e.First.Length,
                    DemonymOnly: e.Kind == EntityKind.Place && !e.NamedBesidesDemonym);
            }
            return models;
        }

        private static EventModel[] EventModels(List<EventDraft> events)
        {
            var models = new EventModel[events.Count];
            for (var i = 0; i < events.Count; i++)
            {
                var e = events[i];
                var names = new string[e.Participants.Count];
                for (var p = 0; p < names.Length; p++) names[p] = e.Participants[p].Name;
                models[i] = new EventModel(e.Trigger.Cameo, e.Trigger.Kind, EquatableArray<string>.Own(names), e.Place?.Name, e.Date, e.Status,
                    e.Sentence.Start, e.Sentence.Length);
            }
            return models;
        }

        // The token and mention lists of the thread's last article, by sentence: nothing keeps a sentence, nor its lists,
        // past Extract (the models it returns hold offsets and strings), so the next article's sentences reuse them, emptied
        // first. Token lists were the largest allocation of extraction: reused, they are not allocated, zeroed and collected
        // again for every article.
        [ThreadStatic] private static List<SentenceRoom>? t_rooms;

        private sealed class SentenceRoom
        {
            public SentenceRoom(List<Token> tokens) => Tokens = tokens;

            public List<Token> Tokens { get; }
            public List<Mention> Mentions { get; } = new();

            // The sentence's index of mentions by token (SentenceInfo.IndexMentions), when it needed one.
            public byte[]? MentionIndex;

            // The sentence last made here, over Tokens and Mentions: the next article's sentence at this place reuses it.
            public SentenceInfo? Sentence;
        }

        /// <summary>The <paramref name="index"/>th sentence of the article, tokenized into the thread's lists for that place.</summary>
        private static SentenceInfo SentenceAt(int index, string text, SentenceModel sentence, BlockKind block, int blockIndex, List<SentenceRoom> rooms)
        {
            if (index == rooms.Count)
            {
                // A first sentence at this place: a token list of its exact size, as tokenizing alone makes.
                var room = new SentenceRoom(Tokenizer.Tokenize(text, sentence.Start, sentence.Length));
                rooms.Add(room);
                return room.Sentence = new SentenceInfo(index, sentence, block, blockIndex, room.Tokens, room.Mentions);
            }
            var reused = rooms[index];
            Tokenizer.TokenizeInto(reused.Tokens, text, sentence.Start, sentence.Length);
            reused.Mentions.Clear();
            return reused.Sentence!.Reuse(index, sentence, block, blockIndex);
        }

        private static string FirstFrame(Exception ex)
        {
            var trace = ex.StackTrace ?? string.Empty;
            var end = trace.IndexOf('\n');
            return (end < 0 ? trace : trace.Substring(0, end)).Trim();
        }
    }
}
