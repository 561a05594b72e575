using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Analysis
{
    /// <summary>
    /// What follows each verb up to the next clause: the object (the first chunk without a preposition), the
    /// by-agent of a passive, the prepositional attachments; then subjects shared by coordination ("Berg arrived and
    /// signed"), taken by infinitives ("urged Lind to resign"), and speech told after its content ("..., Berg said.").
    /// </summary>
    internal static class ClauseRoles
    {
        public static void Assign(List<Token> tokens, TokenTags tags, NounChunk[] chunks, Clause[] clauses)
        {
            for (var k = 0; k < clauses.Length; k++)
            {
                var clause = clauses[k];
                var bound = Bound(tokens, clauses, k);
                AfterVerb(tags, chunks, clause, bound);
                if (clause.Kind == ClauseKind.Relative && clause.Subject != clause.Antecedent && clause.Object is null) clause.Object = clause.Antecedent;
                if (clause.Subject is null) SharedSubject(tokens, tags, clause, k > 0 ? clauses[k - 1] : null);
            }
            SpeechAfterContent(tokens, tags, chunks, clauses);
        }

        private static int Bound(List<Token> tokens, Clause[] clauses, int k)
        {
            if (k + 1 >= clauses.Length) return tokens.Count;
            var next = clauses[k + 1];
            return next.Start >= clauses[k].Verb.End ? next.Start : next.Verb.Start;
        }

        [System.ThreadStatic] private static List<Attachment>? _attachments;

        private static void AfterVerb(TokenTags tags, NounChunk[] chunks, Clause clause, int bound)
        {
            var verbEnd = clause.Verb.End;
            var attachments = ScratchLists.Empty(ref _attachments);
            // From the first chunk past the verb, found by halving (asked once per clause, of all the sentence's chunks).
            for (var c = ClauseBuilder.FirstChunkFrom(chunks, verbEnd); c < chunks.Length; c++)
            {
                var chunk = chunks[c];
                if (chunk.AppositionOf is not null) continue;
                if (chunk.Start >= bound) break;
                if (chunk.Preposition < 0)
                {
                    if (clause.Object is null && chunk.AttachedTo is null && attachments.Count == 0) clause.Object = chunk;
                    continue;
                }
                if (chunk.AttachedTo is not null) continue;
                var word = tags.Lemmas[chunk.Preposition];
                if (clause.Verb.Voice == Voice.Passive && clause.Agent is null && word == "by") clause.Agent = chunk;
                else attachments.Add(new Attachment(chunk.Preposition, word, chunk));
            }
            clause.Attachments = ScratchLists.CopyOut(attachments);
        }

        private static void SharedSubject(List<Token> tokens, TokenTags tags, Clause clause, Clause? previous)
        {
            if (previous is null) return;
            if (clause.Kind == ClauseKind.Nonfinite)
            {
                // "urged Lind to resign": the object of the verb before is the one who resigns.
                clause.Subject = previous.Object ?? previous.Subject;
                return;
            }
            var before = clause.Verb.Start - 1;
            if (before < 0 || tags.Tags[before] != Tag.Conjunction || clause.Kind != ClauseKind.Main) return;
            // "Brandt said the plan was fair but denied that he met Holt": a past verb after what a speaker said goes on
            // with the speaker, not with the subject of the words said ("said prices would rise and fall" stays reported).
            clause.Subject = previous is { Kind: ClauseKind.Reported, Parent: { Kind: ClauseKind.Main, IsSpeech: true, Subject: { } speaker } }
                && clause.Verb is { Tense: Tense.Past, Modality: Modality.None } && previous.Parent.Verb.Tense == Tense.Past ? speaker : previous.Subject;
        }

        // "The talks were useful, Berg said." and "..., said Berg.": the clauses before are what was said.
        private static void SpeechAfterContent(List<Token> tokens, TokenTags tags, NounChunk[] chunks, Clause[] clauses)
        {
            for (var k = 1; k < clauses.Length; k++)
            {
                var speech = clauses[k];
                if (speech.Kind != ClauseKind.Main || !speech.IsSpeech) continue;
                var inverted = speech.Subject is null && speech.Object is not null && speech.Verb.Start > 0 && IsCommaOrQuote(tokens[speech.Verb.Start - 1]);
                if (inverted)
                {
                    speech.Subject = speech.Object;
                    speech.Object = null;
                }
                var first = speech.Subject is null ? speech.Verb.Start : System.Math.Min(speech.Subject.Start, speech.Verb.Start);
                if (first == 0 || !IsCommaOrQuote(tokens[first - 1]) || !EndsSentence(tokens, speech)) continue;
                for (var c = 0; c < k; c++)
                {
                    if (clauses[c].Kind != ClauseKind.Main) continue;
                    clauses[c].Kind = ClauseKind.Reported;
                    clauses[c].Parent = speech;
                }
            }
        }

        private static bool IsCommaOrQuote(Token token) =>
            token.Kind == TokenKind.Punctuation && token.Text[0] is ',' or '"' or '\u201D' or '\u2019' or '\'';

        private static bool EndsSentence(List<Token> tokens, Clause speech)
        {
            var end = speech.Verb.End;
            if (speech.Subject is not null && speech.Subject.End > end) end = speech.Subject.End;
            if (speech.Subject?.Apposition is { } apposition && apposition.End > end) end = apposition.End;
            foreach (var a in speech.Attachments) if (a.Chunk.End > end) end = a.Chunk.End;
            if (speech.Object is not null && speech.Object.End > end) end = speech.Object.End;
            for (var i = end; i < tokens.Count; i++)
                if (tokens[i].Kind != TokenKind.Punctuation) return false;
            return true;
        }
    }
}
