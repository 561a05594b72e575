using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Analysis
{
    /// <summary>
    /// One clause per verb group. Its kind comes from what stands between it and the group before: a subordinator
    /// ("because"), a relative word after a noun ("who"), "that" or nothing after a speech verb (reported), "to" or a
    /// gerund (non-finite), else main. Its subject is the nearest chunk before the verb that is neither governed by a
    /// preposition nor an apposition, looking past relative clauses; roles after the verb are in <see cref="ClauseRoles"/>.
    /// </summary>
    internal static class ClauseBuilder
    {
        // Only punctuation has "," for lemma: its tag, at hand, is tested before the lemma's string is read from memory.
        private static bool IsComma(TokenTags tags, int i) => tags.Tags[i] == Tag.Punctuation && tags.Lemmas[i] == ",";

        // Prepositions that also introduce a clause: "after Berg resigned".
        private static bool IsClausalPreposition(string lemma) => lemma is "after" or "before" or "since" or "until" or "till" or "as";

        public static Clause[] Build(List<Token> tokens, TokenTags tags, NounChunk[] chunks, VerbGroup[] groups)
        {
            var clauses = groups.Length == 0 ? System.Array.Empty<Clause>() : ScratchLists.Take<Clause>(groups.Length);
            for (var g = 0; g < groups.Length; g++)
            {
                var previous = g > 0 ? clauses[g - 1] : null;
                clauses[g] = Classify(tokens, tags, chunks, groups[g], previous);
            }
            ClauseRoles.Assign(tokens, tags, chunks, clauses);
            return clauses;
        }

        private static Clause Classify(List<Token> tokens, TokenTags tags, NounChunk[] chunks, VerbGroup group, Clause? previous)
        {
            var clause = ClassifyUnmarked(tokens, tags, chunks, group, previous);
            clause.IsSpeech = IsCue(tokens, tags, group);
            return clause;
        }

        private static Clause ClassifyUnmarked(List<Token> tokens, TokenTags tags, NounChunk[] chunks, VerbGroup group, Clause? previous)
        {
            var from = previous?.Verb.End ?? 0;
            var introducer = FindIntroducer(tags, chunks, from, group);
            if (introducer >= 0) return Introduced(tokens, tags, chunks, group, previous, introducer);
            var main = Clause.Make(ClauseKind.Main, group, group.Start);
            if (!group.IsFinite && previous is not null)
            {
                main.Kind = ClauseKind.Nonfinite;
                main.Parent = previous;
                return main;
            }
            // Past a relative clause: "The minister who met Lind resigned" — "Lind" is the relative clause's, and so is what
            // it reports: "The minister who said that Lind left resigned".
            var relative = previous;
            while (relative is { Kind: ClauseKind.Reported or ClauseKind.Nonfinite, Parent: { } parent }) relative = parent;
            if (relative?.Kind != ClauseKind.Relative) relative = previous;
            var walkFrom = relative is { Kind: ClauseKind.Relative, Introducer: >= 0 } ? relative.Introducer - 1 : group.Start - 1;
            var limit = relative is { Kind: ClauseKind.Relative } ? 0 : from;
            if (relative is { Kind: ClauseKind.Relative, Antecedent: { } antecedent }) walkFrom = antecedent.End - 1;
            main.Subject = SubjectBefore(tokens, tags, chunks, walkFrom, limit);
            if (main.Subject is not null) main.Start = main.Subject.Start;
            if (previous is not null && main.Subject is not null && previous.IsSpeech && group.IsFinite && OnlyAddresseeBetween(chunks, from, main.Subject))
            {
                main.Kind = ClauseKind.Reported;
                main.Parent = previous;
            }
            return main;
        }

        private static int FindIntroducer(TokenTags tags, NounChunk[] chunks, int from, VerbGroup group)
        {
            var verbStart = group.Start;
            var p = verbStart - 1;
            // At most the clause's subject between the introducer and the verb, with its "of" phrases, appositions and conjuncts.
            var chunk = SubjectBeforeVerb(tags, chunks, verbStart);
            if (chunk is not null) p = chunk.Start - 1;
            while (p >= from && tags.Tags[p] == Tag.Adverb) p--;
            // "that over the last decade, only two ships reached", "where on Sunday Berg signed": past a phrase put before
            // the subject (with its comma, or right after the introducer).
            if (chunk is not null && chunk.Preposition == p && p > from && !IsClausalPreposition(tags.Lemmas[p]) && tags.Tags[p - 1] is Tag.WhWord or Tag.Subordinator) p--;
            var comma = p > from && IsComma(tags, p) ? 1 : 0;
            if (chunk is not null && p > from && FirstPart(chunks, p + 1 - comma) is { Preposition: > 0 } fronted && !IsClausalPreposition(tags.Lemmas[fronted.Preposition])
                && (comma == 1 || tags.Tags[fronted.Preposition - 1] is Tag.WhWord or Tag.Subordinator))
            {
                p = fronted.Preposition - 1;
                while (p >= from && tags.Tags[p] == Tag.Adverb) p--;
            }
            if (p < from || p < 0) return -1;
            var tag = tags.Tags[p];
            if (tag == Tag.WhWord || tag == Tag.Subordinator) return p;
            // "after Berg resigned", but not "as a platform for talks involving Berg": a preposition introduces a finite clause only.
            if (tag == Tag.Preposition && chunk is not null && group.IsFinite && IsClausalPreposition(tags.Lemmas[p])) return p;
            return -1;
        }

        /// <summary>
        /// The subject chunk that ends right before a verb, walked back to its first part: "the members" in "the members of
        /// the project asked", "consensus" in "consensus among scientists says", "Berg" in "Berg and Lind met".
        /// </summary>
        private static NounChunk? SubjectBeforeVerb(TokenTags tags, NounChunk[] chunks, int verbStart)
        {
            var chunk = ChunkEndingAt(chunks, verbStart);
            // "some analysts, like Tomas Vell of the Velden Institute, called": a phrase between commas before the verb.
            if (chunk is null && verbStart > 0 && IsComma(tags, verbStart - 1) && ChunkEndingAt(chunks, verbStart - 1) is { } inner
                && (inner.Preposition >= 0 || inner.AttachedTo is not null || inner.AppositionOf is not null)) chunk = inner;
            var parenthetical = chunk is not null && chunk.End < verbStart;
            while (chunk is not null)
            {
                var owner = chunk.AttachedTo ?? chunk.AppositionOf ?? chunk.ConjunctOf;
                if (owner is null && chunk.Preposition > 0 && !IsClausalPreposition(tags.Lemmas[chunk.Preposition]))
                    owner = ChunkEndingAt(chunks, chunk.Preposition) ?? (IsComma(tags, chunk.Preposition - 1) ? ChunkEndingAt(chunks, chunk.Preposition - 1) : null);
                if (owner is null || owner.Start >= chunk.Start) break;
                chunk = owner;
            }
            // "who holds a permit as a trader's partner, was involved": a phrase between commas needs a subject before it.
            return parenthetical && chunk!.Preposition >= 0 ? null : chunk;
        }

        // The chunk ending at a token with the chunks its phrases hang on: "the last decade" for "of the war" in "over the
        // last decade of the war", "a trip" for "to Velden" in "during a trip to Velden".
        private static NounChunk? FirstPart(NounChunk[] chunks, int end)
        {
            var chunk = ChunkEndingAt(chunks, end);
            while (chunk is not null && (chunk.AttachedTo ?? (chunk.Preposition > 0 ? ChunkEndingAt(chunks, chunk.Preposition) : null)) is { } owner && owner.Start < chunk.Start) chunk = owner;
            return chunk;
        }

        private static Clause Introduced(List<Token> tokens, TokenTags tags, NounChunk[] chunks, VerbGroup group, Clause? previous, int introducer)
        {
            var clause = Clause.Make(ClauseKind.Subordinate, group, introducer);
            clause.Introducer = introducer;
            clause.Parent = previous;
            var subject = SubjectBeforeVerb(tags, chunks, group.Start);
            if (subject is not null && subject.Start <= introducer) subject = null;
            clause.Subject = subject;
            if (tags.Tags[introducer] == Tag.WhWord && tags.Lemmas[introducer] is not ("how" or "why" or "where") || (tags.Lemmas[introducer] == "that" && tags.Tags[introducer] == Tag.WhWord))
            {
                clause.Kind = ClauseKind.Relative;
                var comma = introducer > 0 && tokens[introducer - 1].IsPunct(',') ? 1 : 0;
                clause.Antecedent = ChunkEndingAt(chunks, introducer - comma);
                if (clause.Antecedent?.AttachedTo is { } owner) clause.Antecedent = owner;
                if (clause.Antecedent?.AppositionOf is { } named) clause.Antecedent = named;
                // "the minister who resigned": the relative word is the subject; "the deal that Berg signed": the object.
                if (subject is null) clause.Subject = clause.Antecedent;
                clause.Parent = null;
                return clause;
            }
            var lemma = tags.Lemmas[introducer];
            if (lemma is "that" or "whether" or "if" && previous is not null && previous.IsSpeech && (OnlyAddresseeBetween(chunks, previous.Verb.End, introducer)
                || !(subject is not null && ObjectIsMissing(tokens, tags, group)) && OnlyPhrasesBetween(tags, chunks, previous.Verb.End, introducer)))
            {
                clause.Kind = ClauseKind.Reported;
                return clause;
            }
            if (lemma is "if" or "unless" && group.Modality == Modality.None) group.Modality = Modality.Conditional;
            if (lemma == "that" && subject is not null && ObjectIsMissing(tokens, tags, group))
            {
                // "the deal that Berg signed": a clause after a noun that lacks its object is relative, the noun its object.
                var antecedent = ChunkEndingAt(chunks, introducer);
                if (antecedent is not null)
                {
                    clause.Kind = ClauseKind.Relative;
                    clause.Antecedent = antecedent.AttachedTo ?? antecedent;
                    clause.Parent = null;
                }
            }
            return clause;
        }

        // Nothing nominal after the verb: "signed." / "signed was" / "signed in".
        private static bool ObjectIsMissing(List<Token> tokens, TokenTags tags, VerbGroup group) =>
            group.Voice == Voice.Active && (group.End >= tokens.Count || tags.Tags[group.End] is Tag.Punctuation or Tag.Auxiliary or Tag.Verb or Tag.Modal or Tag.Preposition)
            && (group.End >= tokens.Count || !tokens[group.End].IsPunct('.'));

        /// <summary>The subject: the nearest chunk before <paramref name="p"/>, past prepositional phrases, appositions and relative clauses.</summary>
        internal static NounChunk? SubjectBefore(List<Token> tokens, TokenTags tags, NounChunk[] chunks, int p, int limit)
        {
            while (p >= limit && p >= 0)
            {
                var tag = tags.Tags[p];
                if (tag == Tag.Adverb || tokens[p].IsPunct(','))
                {
                    p--;
                    continue;
                }
                if (tokens[p].IsPunct(')'))
                {
                    // "the Security Service (FSB) said": past the parenthesis.
                    while (p >= limit && p >= 0 && !tokens[p].IsPunct('(')) p--;
                    p--;
                    continue;
                }
                var found = ChunkEndingAt(chunks, p + 1);
                if (found is null) return null;
                var chunk = found.ConjunctOf ?? found;
                if (chunk.Preposition >= 0 || chunk.AppositionOf is not null)
                {
                    if (chunk.Preposition >= 0 && chunk.AttachedTo is null && IsClausalPreposition(tags.Lemmas[chunk.Preposition])) return null;
                    p = (chunk.Preposition >= 0 ? chunk.Preposition : chunk.Start) - 1;
                    continue;
                }
                return chunk;
            }
            return null;
        }

        internal static NounChunk? ChunkEndingAt(NounChunk[] chunks, int end)
        {
            // The chunks' ends rise strictly (they do not overlap): halved, not walked back from the last (asked several times per verb).
            int low = 0, high = chunks.Length - 1;
            while (low <= high)
            {
                var middle = (low + high) >> 1;
                var middleEnd = chunks[middle].End;
                if (middleEnd == end) return chunks[middle];
                if (middleEnd < end) low = middle + 1;
                else high = middle - 1;
            }
            return null;
        }

        /// <summary>The place of the first chunk starting at <paramref name="token"/> or later (chunks.Length when none): their starts rise strictly.</summary>
        internal static int FirstChunkFrom(NounChunk[] chunks, int token)
        {
            int low = 0, high = chunks.Length;
            while (low < high)
            {
                var middle = (low + high) >> 1;
                if (chunks[middle].Start < token) low = middle + 1;
                else high = middle;
            }
            return low;
        }

        /// <summary>A speech or cognition verb: "said", "told", "believes".</summary>
        internal static bool IsCue(List<Token> tokens, TokenTags tags, VerbGroup group) =>
            CueVerbs.Lemma(tokens[group.Head]) is not null || CueVerbs.Lemma(group.Lemma) is not null
            || ClosedWordRules.IsCognitionVerb(group.Lemma);

        // "said the talks", "told reporters the talks": nothing, or one addressee chunk, before the reported subject.
        private static bool OnlyAddresseeBetween(NounChunk[] chunks, int from, NounChunk subject) => OnlyAddresseeBetween(chunks, from, subject.Start);

        /// <summary>
        /// "said on Monday that", "told reporters in Velden that", "wrote, in a letter, that": between a speech verb and the
        /// "that" of what is said, its addressee and prepositional phrases of time, place or manner, with commas and adverbs.
        /// </summary>
        private static bool OnlyPhrasesBetween(TokenTags tags, NounChunk[] chunks, int from, int to)
        {
            var p = from;
            while (p < to)
            {
                if (tags.Tags[p] is Tag.Adverb || IsComma(tags, p)) { p++; continue; }
                var phrase = tags.Tags[p] == Tag.Preposition && !IsClausalPreposition(tags.Lemmas[p]) ? ChunkAfterPreposition(chunks, p) : p == from ? ChunkStartingAt(chunks, p) : null;
                if (phrase is null || phrase.End > to) return false;
                p = phrase.End;
            }
            return true;
        }

        private static NounChunk? ChunkStartingAt(NounChunk[] chunks, int start)
        {
            foreach (var chunk in chunks)
                if (chunk.Start == start && chunk.Preposition < 0) return chunk;
            return null;
        }

        private static NounChunk? ChunkAfterPreposition(NounChunk[] chunks, int preposition)
        {
            foreach (var chunk in chunks)
                if (chunk.Preposition == preposition) return chunk;
            return null;
        }

        private static bool OnlyAddresseeBetween(NounChunk[] chunks, int from, int to)
        {
            if (from >= to) return true;
            var addressee = ChunkEndingAt(chunks, to);
            return addressee is not null && addressee.Start == from && addressee.Preposition < 0;
        }
    }
}
