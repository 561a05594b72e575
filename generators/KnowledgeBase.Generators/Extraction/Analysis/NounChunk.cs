using System.Collections.Generic;
using System.Text;

namespace KnowledgeBase.Generators.Extraction.Analysis
{
    /// <summary>A noun phrase without its clauses: "the foreign minister", "Russia's president", "she".</summary>
    internal sealed class NounChunk
    {
        private List<Token> _tokens = null!;

        private NounChunk()
        {
        }

        /// <summary>A chunk of the sentence <paramref name="tokens"/>: one given back by a released analysis, else a new one.</summary>
        public static NounChunk Make(List<Token> tokens, int start, int end, int head, int modifierStart)
        {
            var chunk = Spares<NounChunk>.Take() ?? new NounChunk();
            chunk._tokens = tokens;
            chunk.Start = start;
            chunk.End = end;
            chunk.Head = head;
            chunk.ModifierStart = modifierStart;
            return chunk;
        }

        /// <summary>
        /// Empties the chunk and its possessors ("Russia" of "Russia's president", made with it and owned by it alone) and
        /// keeps them for <see cref="Make"/>: the analysis that made them is released, no one reads them any longer.
        /// </summary>
        internal void GiveBack()
        {
            for (var chunk = this; chunk is not null;)
            {
                var possessor = chunk.Possessor;
                chunk.Empty();
                Spares<NounChunk>.GiveBack(chunk);
                chunk = possessor;
            }
        }

        // As made: no links (their object and a conjunct list stay, emptied, for the chunk's next sentence), no preposition.
        private void Empty()
        {
            _tokens = null!;
            Preposition = -1;
            AttachedTo = null;
            IsPlural = false;
            IsPronoun = false;
            if (_links is not { } links) return;
            links.Possessor = links.Apposition = links.AppositionOf = links.ConjunctOf = null;
            if (links.Conjuncts is { } conjuncts)
            {
                conjuncts.Clear();
                links.SpareConjuncts = conjuncts;
                links.Conjuncts = null;
            }
        }

        /// <summary>First token, possessor included.</summary>
        public int Start { get; private set; }

        /// <summary>One past the last token.</summary>
        public int End { get; private set; }
        public int Head { get; private set; }

        /// <summary>The first modifier of the head (after determiner and possessor); modifiers are ModifierStart..Head-1.</summary>
        public int ModifierStart { get; private set; }

        // The links few chunks have, apart: a chunk without them is a third smaller (most chunks; one is made per noun phrase).
        private sealed class Links
        {
            public NounChunk? Possessor;
            public NounChunk? Apposition;
            public NounChunk? AppositionOf;
            public List<NounChunk>? Conjuncts;
            public NounChunk? ConjunctOf;

            // The Conjuncts list of the chunk's earlier sentence, emptied.
            public List<NounChunk>? SpareConjuncts;
        }

        private Links? _links;

        // The links to set a value in: made for the first one that is not null.
        private Links? LinksFor(object? value) => value is null ? _links : _links ??= new Links();

        /// <summary>"Russia" in "Russia's president", "his" in "his car".</summary>
        public NounChunk? Possessor
        {
            get => _links?.Possessor;
            internal set { if (LinksFor(value) is { } links) links.Possessor = value; }
        }

        /// <summary>The preposition right before the chunk ("in" for "in Ottawa"), or -1.</summary>
        public int Preposition { get; internal set; } = -1;

        /// <summary>"the foreign minister" for "Anna Berg" in "Anna Berg, the foreign minister, said".</summary>
        public NounChunk? Apposition
        {
            get => _links?.Apposition;
            internal set { if (LinksFor(value) is { } links) links.Apposition = value; }
        }

        /// <summary>For the appositive itself: the chunk it renames.</summary>
        public NounChunk? AppositionOf
        {
            get => _links?.AppositionOf;
            internal set { if (LinksFor(value) is { } links) links.AppositionOf = value; }
        }

        /// <summary>The chunk an "of" phrase belongs to: "the head" for "of the agency" in "the head of the agency".</summary>
        public NounChunk? AttachedTo { get; internal set; }

        public bool IsPlural { get; internal set; }

        /// <summary>On the first of coordinated chunks ("Berg and Lind"), all of them, itself first; else null.</summary>
        public List<NounChunk>? Conjuncts
        {
            get => _links?.Conjuncts;
            internal set { if (LinksFor(value) is { } links) links.Conjuncts = value; }
        }

        /// <summary>On a later one of coordinated chunks, the first ("Berg" for "Lind" in "Berg and Lind").</summary>
        public NounChunk? ConjunctOf
        {
            get => _links?.ConjunctOf;
            internal set { if (LinksFor(value) is { } links) links.ConjunctOf = value; }
        }

        public bool IsPronoun { get; internal set; }

        /// <summary>A new <see cref="Conjuncts"/> list, holding this chunk first: the chunk's emptied one when it kept one.</summary>
        internal List<NounChunk> NewConjuncts()
        {
            var conjuncts = _links?.SpareConjuncts ?? new List<NounChunk>();
            if (_links is { } links) links.SpareConjuncts = null;
            conjuncts.Add(this);
            return conjuncts;
        }

        public Token HeadToken => _tokens[Head];

        public string Text
        {
            get
            {
                var text = new StringBuilder();
                for (var i = Start; i < End; i++)
                {
                    if (i > Start && _tokens[i].Kind != TokenKind.Possessive && _tokens[i].Start > _tokens[i - 1].End) text.Append(' ');
                    text.Append(_tokens[i].Text);
                }
                return text.ToString();
            }
        }

        public bool Contains(int token) => token >= Start && token < End;

        public override string ToString() => Text;
    }

    /// <summary>
    /// Noun chunks of a tagged sentence: determiner, modifiers and head; a possessor ("Russia's", "his") opens the
    /// chunk it owns; then appositions ("Anna Berg, the foreign minister,") and "of" phrases are linked.
    /// </summary>
    internal static class NounChunker
    {
        [System.ThreadStatic] private static List<NounChunk>? _found;

        public static NounChunk[] Chunk(List<Token> tokens, TokenTags tags)
        {
            var chunks = ReadChunks(tokens, tags);
            foreach (var chunk in chunks)
            {
                if (chunk.Start > 0 && tags.Tags[chunk.Start - 1] == Tag.Preposition && !IsComparedQuantity(tokens, tags, chunk.Start)) chunk.Preposition = chunk.Start - 1;
            }
            LinkOfPhrases(tokens, chunks);
            Coordinate(tokens, tags, chunks);
            Appositions.Link(tokens, tags, chunks);
            return chunks;
        }

        private static NounChunk[] ReadChunks(List<Token> tokens, TokenTags tags)
        {
            var chunks = ScratchLists.Empty(ref _found);
            var i = 0;
            while (i < tags.Count)
            {
                if (!StartsChunk(tags, i))
                {
                    i++;
                    continue;
                }
                if (tags.Tags[i] == Tag.Adjective && !NominalFollows(tags, i))
                {
                    // "were useful": an adjective without a noun after it is no chunk.
                    i++;
                    continue;
                }
                var chunk = ReadChunk(tokens, tags, i, null);
                chunks.Add(chunk);
                i = chunk.End;
            }
            return ScratchLists.CopyOut(chunks);
        }

        private static bool StartsChunk(TokenTags tags, int i) => tags.Tags[i] is Tag.Determiner or Tag.Adjective or Tag.Number or Tag.Noun or Tag.ProperNoun or Tag.Pronoun;

        private static bool NominalFollows(TokenTags tags, int i)
        {
            while (i < tags.Count && tags.Tags[i] == Tag.Adjective) i++;
            return i < tags.Count && tags.Tags[i] is Tag.Noun or Tag.ProperNoun or Tag.Number;
        }

        private static bool IsPossessivePronoun(TokenTags tags, int i) =>
            tags.Tags[i] == Tag.Pronoun && tags.Lemmas[i] is "his" or "her" or "its" or "their" or "my" or "our" or "your"
            && i + 1 < tags.Count && tags.Tags[i + 1] is Tag.Noun or Tag.ProperNoun or Tag.Adjective or Tag.Number;

        private static NounChunk ReadChunk(List<Token> tokens, TokenTags tags, int start, NounChunk? possessor)
        {
            if (tags.Tags[start] == Tag.Pronoun)
            {
                var pronoun = NounChunk.Make(tokens, start, start + 1, start, start);
                pronoun.IsPronoun = true;
                pronoun.IsPlural = tags.Lemmas[start] is "they" or "them" or "we" or "us" or "their";
                return IsPossessivePronoun(tags, start) ? ReadChunk(tokens, tags, start + 1, pronoun) : pronoun;
            }
            var i = start;
            if (tags.Tags[i] == Tag.Determiner) i++;
            var modifierStart = i;
            var head = -1;
            while (i < tags.Count && tags.Tags[i] is Tag.Adjective or Tag.Number or Tag.Noun or Tag.ProperNoun)
            {
                if (tags.Tags[i] != Tag.Adjective) head = i;
                i++;
            }
            if (head < 0) head = i > start ? i - 1 : start;
            var first = possessor?.Start ?? start;
            var end = System.Math.Max(head + 1, i > start ? i : start + 1);
            var chunk = NounChunk.Make(tokens, first, end, head, modifierStart);
            chunk.Possessor = possessor;
            chunk.IsPlural = tags.Entries[head]?.IsPluralNoun == true && tags.Tags[head] == Tag.Noun;
            // "Russia's president": the chunk so far owns the next one.
            if (end < tags.Count - 1 && tags.Tags[end] == Tag.Possessive && tags.Tags[end + 1] is Tag.Noun or Tag.ProperNoun or Tag.Adjective or Tag.Number)
                return ReadChunk(tokens, tags, end + 1, chunk);
            return chunk;
        }

        // "Berg and Lind", "Berg, Lind and Nord": chunks joined by "and"/"or" (and commas before the last) with the same preposition.
        private static void Coordinate(List<Token> tokens, TokenTags tags, NounChunk[] chunks)
        {
            for (var c = 1; c < chunks.Length; c++)
            {
                var left = chunks[c - 1];
                var right = chunks[c];
                var conjunction = right.Start - 1;
                if (right.Preposition >= 0 || conjunction < left.End || tags.Tags[conjunction] != Tag.Conjunction || tags.Lemmas[conjunction] is not ("and" or "or")) continue;
                // "Kurdi, his brother, and his mother": a comma may come before the conjunction.
                if (conjunction != left.End && !(conjunction == left.End + 1 && tokens[left.End].IsPunct(','))) continue;
                if (left.IsPronoun != right.IsPronoun) continue;
                var first = left.ConjunctOf ?? left;
                // "Berg, Lind and Nord": a comma-separated run before the last "and" joins too.
                for (var k = c - 2; k >= 0 && first == left && chunks[k].End + 1 == first.Start && tokens[chunks[k].End].IsPunct(',') && chunks[k].Preposition < 0 && chunks[k].Apposition is null; k--)
                    first = chunks[k];
                first.Conjuncts ??= first.NewConjuncts();
                for (var k = System.Array.IndexOf(chunks, first) + 1; k <= c; k++)
                {
                    if (chunks[k].ConjunctOf is not null || chunks[k] == first) continue;
                    chunks[k].ConjunctOf = first;
                    first.Conjuncts.Add(chunks[k]);
                }
            }
        }

        // "More than 1000 people have been arrested": "than" after "more", "less" or "fewer" makes a number a quantity, not a
        // prepositional object; the chunk is still the clause's subject. So does "at" before "least" or "most" and a number
        // ("At least 12 sailors were rescued": the chunk "least 12 sailors").
        private static bool IsComparedQuantity(List<Token> tokens, TokenTags tags, int start) =>
            start >= 2 && tokens[start - 1].Is("than") && tags.Tags[start] == Tag.Number
            && (tokens[start - 2].Is("more") || tokens[start - 2].Is("less") || tokens[start - 2].Is("fewer"))
            || tokens[start - 1].Is("at") && (tokens[start].Is("least") || tokens[start].Is("most")) && start + 1 < tokens.Count && tags.Tags[start + 1] == Tag.Number;

        // "the head of the agency": an "of" phrase right after a chunk belongs to it, not to the verb.
        private static void LinkOfPhrases(List<Token> tokens, NounChunk[] chunks)
        {
            for (var c = 1; c < chunks.Length; c++)
            {
                var chunk = chunks[c];
                if (chunk.Preposition >= 0 && tokens[chunk.Preposition].Is("of") && chunks[c - 1].End == chunk.Preposition)
                    chunk.AttachedTo = chunks[c - 1].AttachedTo ?? chunks[c - 1];
            }
        }
    }
}
