using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Analysis
{
    /// <summary>A preposition and the noun chunk it governs, attached to a verb: "in Ottawa".</summary>
    internal readonly struct Attachment
    {
        public Attachment(int preposition, string word, NounChunk chunk)
        {
            Preposition = preposition;
            Word = word;
            Chunk = chunk;
        }

        public int Preposition { get; }

        /// <summary>The preposition, lower case.</summary>
        public string Word { get; }
        public NounChunk Chunk { get; }
    }

    /// <summary>A verb group with its subject, object, by-agent and prepositional attachments.</summary>
    internal sealed class Clause
    {
        private Clause()
        {
        }

        /// <summary>A clause of <paramref name="verb"/>: one given back by a released analysis, else a new one.</summary>
        public static Clause Make(ClauseKind kind, VerbGroup verb, int start)
        {
            var clause = Spares<Clause>.Take() ?? new Clause();
            clause.Kind = kind;
            clause.Verb = verb;
            clause.Start = start;
            return clause;
        }

        /// <summary>
        /// Empties the clause, whose analysis is released, and keeps it for <see cref="Make"/>; its attachments' array goes
        /// back to <see cref="ScratchLists"/>.
        /// </summary>
        internal void GiveBack()
        {
            ScratchLists.GiveBack(Attachments);
            Attachments = System.Array.Empty<Attachment>();
            IsSpeech = false;
            Verb = null!;
            Introducer = -1;
            Subject = Object = Agent = Antecedent = null;
            Parent = null;
            Spares<Clause>.GiveBack(this);
        }

        public ClauseKind Kind { get; internal set; }

        /// <summary>The verb says or thinks something ("said", "told", "believes"): its reported clause is what.</summary>
        public bool IsSpeech { get; internal set; }
        public VerbGroup Verb { get; private set; } = null!;

        /// <summary>The first token: the introducer, the subject or the verb.</summary>
        public int Start { get; internal set; }

        /// <summary>"because", "who", "that", or -1.</summary>
        public int Introducer { get; internal set; } = -1;
        public NounChunk? Subject { get; internal set; }
        public NounChunk? Object { get; internal set; }

        /// <summary>"a man" in "The mayor was stabbed by a man".</summary>
        public NounChunk? Agent { get; internal set; }

        /// <summary>For a relative clause, the noun it describes ("the minister" in "the minister who resigned").</summary>
        public NounChunk? Antecedent { get; internal set; }

        /// <summary>The clause this one depends on: the speech clause of a reported clause, the main clause of a subordinate one.</summary>
        public Clause? Parent { get; internal set; }
        /// <summary>The verb's prepositional phrases in text order ("in Ottawa", "on Monday"); "of" phrases belong to their noun.</summary>
        /// <remarks>An array of their number (most clauses have none or one): read with foreach, it allocates no enumerator.</remarks>
        public Attachment[] Attachments { get; internal set; } = System.Array.Empty<Attachment>();

        public override string ToString() => Kind + ": " + Subject + " | " + Verb + " | " + Object;
    }
}
