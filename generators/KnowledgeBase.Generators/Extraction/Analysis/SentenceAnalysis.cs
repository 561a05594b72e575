using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Analysis
{
    /// <summary>
    /// The shared analysis of one sentence, computed once and read by every extractor: part of speech per token,
    /// noun chunks, verb groups and clauses. It reads only the tokens (never the entity mentions, which are still
    /// being filled while extractors run), so it is the same whenever it is first asked for.
    /// </summary>
    /// <remarks>
    /// In steps: the tags and verb groups when the analysis is made, the chunks on first reading of <see cref="Chunks"/>, the
    /// clauses on first reading of <see cref="Clauses"/> or <see cref="VerbGroups"/>: several questions (a passive verb, a finite
    /// clause opening, a verb group's span, the chunk after a verb) need only the first steps, the tags and groups half the
    /// cost. The chunker and the group finder read only the tags, the clause builder changes no chunk and of the groups only
    /// their modality: the order does not change the answers.
    /// </remarks>
    internal sealed partial class SentenceAnalysis
    {
        private SentenceAnalysis(List<Token> tokens, TokenTags tags, VerbGroup[] verbGroups)
        {
            Tokens = tokens;
            Tags = tags;
            _verbGroups = verbGroups;
        }

        public List<Token> Tokens { get; private set; }
        public TokenTags Tags { get; private set; }

        private VerbGroup[] _verbGroups;
        private NounChunk[]? _chunks;
        private Clause[]? _clauses;

        /// <summary>Top-level noun chunks in text order (possessors hang off the chunk they own).</summary>
        public NounChunk[] Chunks => _chunks ??= NounChunker.Chunk(Tokens, Tags);

        /// <summary>The verb groups, their modality settled by the clauses ("if" makes one conditional).</summary>
        public VerbGroup[] VerbGroups => _clauses is null ? BuildClauses()._verbGroups : _verbGroups;

        /// <summary>
        /// The verb groups as found, before the clauses are built: their spans, heads, tense and voice are final, their
        /// <see cref="VerbGroup.Modality"/> not yet (read <see cref="VerbGroups"/> for it).
        /// </summary>
        public VerbGroup[] FoundVerbGroups => _verbGroups;

        /// <summary>One clause per verb group, in the same order.</summary>
        public Clause[] Clauses => _clauses ?? BuildClauses()._clauses!;

        private SentenceAnalysis BuildClauses()
        {
            _clauses = ClauseBuilder.Build(Tokens, Tags, Chunks, _verbGroups);
            return this;
        }

        public Tag TagAt(int token) => Tags.Tags[token];

        public string LemmaAt(int token) => Tags.Lemmas[token];

        /// <summary>The token is an infinitive's "to" ("reported to have left"), as the tagger told it from the preposition.</summary>
        public bool IsInfinitiveToAt(int token) => Tags.Tags[token] == Tag.Particle && Tags.Lemmas[token] == "to";

        /// <summary>The chunk that covers a token (its possessor included), or null.</summary>
        public NounChunk? ChunkAt(int token)
        {
            foreach (var chunk in Chunks)
            {
                if (chunk.Contains(token)) return chunk;
                if (chunk.Start > token) break;
            }
            return null;
        }

        // Per token, the first clause whose verb group covers it (low byte) and the first clause it introduces (high byte),
        // each as 1 + its place in Clauses (0: none): extractors ask these of most tokens of a sentence, again for every
        // trigger. Indexed on first asking (the clauses are settled by then), both at once in one array; a sentence of
        // IndexedClauses clauses or more is scanned instead.
        private ushort[]? _clauseIndex;
        private const int IndexedClauses = 255;

        /// <summary>The clause whose verb group covers a token, or null.</summary>
        public Clause? ClauseOfVerb(int token)
        {
            if ((uint)token < (uint)Tokens.Count && Clauses.Length < IndexedClauses) return ClauseNumbered((_clauseIndex ??= IndexClauses())[token] & 0xFF);
            foreach (var clause in Clauses)
                if (clause.Verb.Contains(token)) return clause;
            return null;
        }

        private Clause? ClauseNumbered(int number) => number == 0 ? null : Clauses[number - 1];

        // The index of the analysis this one was before (Release), emptied: taken for a sentence of as many tokens or fewer.
        private ushort[]? _spareIndex;

        private ushort[] IndexClauses()
        {
            var count = Tokens.Count;
            var index = _spareIndex is { } spare && spare.Length >= count ? spare : new ushort[count];
            _spareIndex = null;
            for (var c = Clauses.Length - 1; c >= 0; c--) // the first clause marks last: it wins
            {
                var clause = Clauses[c];
                var number = c + 1;
                for (var t = System.Math.Max(0, clause.Verb.Start); t < clause.Verb.End && t < count; t++) index[t] = (ushort)((index[t] & 0xFF00) | number);
                if ((uint)clause.Introducer < (uint)count) index[clause.Introducer] = (ushort)((index[clause.Introducer] & 0xFF) | (number << 8));
            }
            return index;
        }

        /// <summary>
        /// The verb at a token is passive: "was informed", "has been told", "a statement released by the ministry", and the
        /// cue of "is expected to arrive".
        /// </summary>
        public bool IsPassiveAt(int token) =>
            FoundGroupOf(token) is { } group && (group.Head == token ? group.Voice : group.Cue == token ? group.CueVoice : Voice.Active) == Voice.Passive;

        /// <summary>
        /// Whether a verb group as found has its head in tokens [<paramref name="start"/>, <paramref name="end"/>): any, or a
        /// finite one only; read without building the clauses.
        /// </summary>
        public bool HasVerbGroupHeadIn(int start, int end, bool finite = false)
        {
            foreach (var group in _verbGroups)
                if ((!finite || group.IsFinite) && group.Head >= start && group.Head < end) return true;
            return false;
        }

        /// <summary>The verb group that holds a token, read without building the clauses; null when none does.</summary>
        public VerbGroup? FoundGroupAt(int token) => FoundGroupOf(token);

        // The verb of ClauseOfVerb(token), read without the clauses: one clause per group, in the same order.
        private VerbGroup? FoundGroupOf(int token)
        {
            foreach (var group in _verbGroups)
                if (group.Contains(token)) return group;
            return null;
        }

        /// <summary>
        /// The innermost clause around a token: the latest-starting one whose span (from its first token to its last
        /// phrase, <see cref="EndOf"/>) covers it, or null.
        /// </summary>
        public Clause? ClauseAround(int token)
        {
            Clause? around = null;
            foreach (var clause in Clauses)
                if (clause.Start <= token && (token < EndOf(clause) || clause.Verb.Contains(token)) && (around is null || clause.Start >= around.Start)) around = clause;
            return around;
        }

        /// <summary>
        /// The relative clause a token stands in, through the reported and non-finite clauses it governs ("who said Berg
        /// attacked Lind", "which plans to build"), or null.
        /// </summary>
        public Clause? RelativeClauseAround(int token)
        {
            var clause = ClauseAround(token);
            while (clause is { Kind: ClauseKind.Reported or ClauseKind.Nonfinite, Parent: { } parent }) clause = parent;
            return clause is { Kind: ClauseKind.Relative } ? clause : null;
        }

        /// <summary>
        /// The token introduces an adverbial clause with its own time and parties: "while", "because", "when", "where", "as X
        /// prepares". Not a relative word, nor "that" or "whether" before reported content, nor "if" or "unless" (a condition
        /// of the clause it hangs on), nor a preposition such as "after" (its clause shares the parties of the one before).
        /// </summary>
        public bool IntroducesAdverbialClause(int token)
        {
            var lemma = LemmaAt(token);
            return ClauseIntroducedBy(token) is { Kind: ClauseKind.Subordinate } && (TagAt(token) is Tag.Subordinator or Tag.WhWord || lemma == "as")
                && lemma is not ("that" or "whether" or "if" or "unless");
        }

        /// <summary>The clause a token introduces ("because", "that", "who", "after" before a finite clause), or null.</summary>
        public Clause? ClauseIntroducedBy(int token)
        {
            if ((uint)token < (uint)Tokens.Count && Clauses.Length < IndexedClauses) return ClauseNumbered((_clauseIndex ??= IndexClauses())[token] >> 8);
            foreach (var clause in Clauses)
                if (clause.Introducer == token) return clause;
            return null;
        }

        /// <summary>The comma at a token opens a relative clause: ", who resigned", ", whose aide said", ", with which Berg agreed".</summary>
        public bool OpensRelativeClause(int comma)
        {
            if (comma + 1 >= Tokens.Count || !Tokens[comma].IsPunct(',')) return false;
            foreach (var clause in Clauses)
                if (clause.Kind == ClauseKind.Relative && (clause.Introducer == comma + 1 || clause.Introducer == comma + 2 && TagAt(comma + 1) == Tag.Preposition)) return true;
            return false;
        }

        /// <summary>
        /// A clause with a finite verb of its own starts at a token: the first verb group from there is finite and close
        /// ("she was forced", "the attack took place", "on Monday the ban was unlawful", "what I was doing" after "said",
        /// "ruled" or "told me"), with no comma before it; not an object with an infinitive ("ordered the network to shut down").
        /// </summary>
        public bool OpensFiniteClauseAt(int start)
        {
            foreach (var group in _verbGroups)
                if (group.Start >= start) return group.IsFinite && group.Start > start && group.Start <= start + 5 && !HasComma(start, group.Start);
            return false;
        }

        // "announced investigating itself, following concerns": a comma before the verb closes the phrase it would have needed as subject.
        private bool HasComma(int start, int end)
        {
            for (var i = start; i < end; i++)
                if (Tokens[i].IsPunct(',') && !(MayOpenRelativeClause(i) && OpensRelativeClause(i))) return true; // "Ruiz, who left, was": the subject's own clause
            return false;
        }

        // OpensRelativeClause, ruled out by the words (no introducer after the comma or a word on) without building the clauses.
        private bool MayOpenRelativeClause(int comma) => WordBounds.MayIntroduceClause(Tokens, comma + 1) || WordBounds.MayIntroduceClause(Tokens, comma + 2);

        /// <summary>Where the verb group around a token starts, past its auxiliaries, modals and adverbs ("has long stated", "was later found"); the token itself when no group holds it.</summary>
        public int VerbGroupStartAt(int token)
        {
            foreach (var group in _verbGroups)
                if (group.Contains(token)) return group.Start;
            return token;
        }

        /// <summary>The clause whose object covers a token ("held talks": the clause of "held" for "talks"), or null.</summary>
        public Clause? ClauseTaking(int token)
        {
            foreach (var clause in Clauses)
                if (clause.Object?.Contains(token) == true) return clause;
            return null;
        }

        /// <summary>
        /// The relative clause whose object, by-agent or prepositional phrase covers a token ("Karel Brandt" in "X, who met
        /// Karel Brandt on Monday, resigned"), or null.
        /// </summary>
        public Clause? RelativeClauseHolding(int token)
        {
            foreach (var clause in Clauses)
            {
                if (clause.Kind != ClauseKind.Relative) continue;
                if (clause.Object?.Contains(token) == true || clause.Agent?.Contains(token) == true) return clause;
                foreach (var attachment in clause.Attachments)
                    if (attachment.Chunk.Contains(token)) return clause;
            }
            return null;
        }

        /// <summary>The end of a clause: past its verb, object, by-agent and last prepositional phrase.</summary>
        public static int EndOf(Clause clause)
        {
            var end = clause.Verb.End;
            if (clause.Object is { } o && o.End > end) end = o.End;
            if (clause.Agent is { } a && a.End > end) end = a.End;
            foreach (var attachment in clause.Attachments)
                if (attachment.Chunk.End > end) end = attachment.Chunk.End;
            return end;
        }

        public static SentenceAnalysis Analyze(List<Token> tokens)
        {
            SentenceAnalysis? none = null;
            return Analyze(tokens, ref none);
        }

        /// <summary>
        /// The analysis of <paramref name="tokens"/>, made in the one <paramref name="spare"/> holds when it holds one (an
        /// analysis no one reads any longer, emptied by <see cref="Release"/>; taken out of it): a sentence reused for the next
        /// article keeps its analysis object and clause index instead of new ones.
        /// </summary>
        public static SentenceAnalysis Analyze(List<Token> tokens, ref SentenceAnalysis? spare)
        {
            var reused = spare;
            spare = null;
            var tags = TokenTags.For(tokens);
            tags.LendEntries();
            try
            {
                PartOfSpeechTagger.Tag(tokens, tags);
                var groups = VerbGroupFinder.Find(tokens, tags);
                if (reused is null) return new SentenceAnalysis(tokens, tags, groups);
                reused.Tokens = tokens;
                reused.Tags = tags;
                reused._verbGroups = groups;
                return reused;
            }
            finally
            {
                tags.ReturnEntries();
            }
        }

        /// <summary>
        /// Gives the tags back (<see cref="TokenTags.GiveBack"/>) and lets go of everything of the sentence (nothing reads the
        /// analysis afterwards): the object and its clause index, emptied, wait for the next Analyze to reuse them.
        /// </summary>
        internal SentenceAnalysis Release()
        {
            Tags.GiveBack();
            GiveBackArrays();
            if (_clauseIndex is { } index) System.Array.Clear(index, 0, index.Length);
            _spareIndex ??= _clauseIndex;
            _clauseIndex = null;
            Tokens = null!;
            Tags = null!;
            _verbGroups = null!;
            _chunks = null;
            _clauses = null;
            return this;
        }

        // The clauses, chunks and verb groups, emptied, back to Spares, and their arrays (the clauses' attachments too), made by
        // ScratchLists, back to it: for later sentences.
        private void GiveBackArrays()
        {
            if (_clauses is { } clauses)
            {
                foreach (var clause in clauses) clause.GiveBack();
                ScratchLists.GiveBack(clauses);
            }
            if (_chunks is { } chunks)
            {
                foreach (var chunk in chunks) chunk.GiveBack();
                ScratchLists.GiveBack(chunks);
            }
            foreach (var group in _verbGroups) group.GiveBack();
            ScratchLists.GiveBack(_verbGroups);
        }
    }
}
