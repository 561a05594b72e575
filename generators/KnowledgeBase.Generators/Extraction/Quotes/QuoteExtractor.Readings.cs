using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    // A written text that "reads" the words quoted before it: '"...," the letter read', '"...," read the warning'.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// Where a written text and "read(s)" stand after the closing mark. Each row has the order, the nouns of texts that read
        /// out words, and an invented sentence whose quotation the text speaks; the rows run as tests.
        /// </summary>
        internal static readonly ReadingRow[] Readings =
        {
            new(ReadingOrder.TextThenVerb, TextNouns, "\"Keep your distance from the fence,\" the notice read."),
            new(ReadingOrder.VerbThenText, TextNouns, "\"No entry after dark for visitors,\" read a sign at the gate of the park."),
        };

        // Texts that read out words: documents and messages, and what is posted or printed for all to read.
        private const string TextNouns = "warning notice sign note caption banner placard inscription headline letter statement message post tweet memo";

        // The same nouns as an array, split once: WriterOfTextBefore asks them per clause.
        private static readonly string[] TextNounWords = TextNouns.Split(' ');

        /// <summary>The writer of the text that reads the quotation closing at <paramref name="close"/>, with the cue, or null.</summary>
        private (Speaker Speaker, string Cue)? TextReadingAfter(SentenceInfo s, int close)
        {
            var tokens = s.Tokens;
            var at = close + 1;
            if (at < tokens.Count && tokens[at].IsPunct(',')) at++;
            foreach (var row in Readings)
            {
                var verb = row.Order == ReadingOrder.VerbThenText ? at : -1;
                var text = row.Order == ReadingOrder.VerbThenText ? TextNounAfter(tokens, at + 1, row.Nouns) : TextNounAfter(tokens, at, row.Nouns);
                if (text < 0) continue;
                if (row.Order == ReadingOrder.TextThenVerb) verb = text + 1;
                if (verb >= tokens.Count || !(tokens[verb].Is("read") || tokens[verb].Is("reads"))) continue;
                var from = row.Order == ReadingOrder.VerbThenText ? at + 1 : at;
                // '"...," read the statement from the Velland Interior Ministry': who issued the text speaks, not the text.
                var owner = OwnerOfWords(s, from, text);
                return (owner.IsFound ? owner : DocumentSpeaker(s, tokens[text].Lower, Join(tokens, from, text + 1)), tokens[verb].Text);
            }
            return null;
        }

        /// <summary>
        /// "The ministry issued a statement which said, "..."", "a letter from the council that says ...": a text's relative
        /// clause reports the words of whoever issued it, the text's owner or the subject of the clause that issued it.
        /// </summary>
        private Speaker IssuerOfText(SentenceInfo s, int cue, List<(int Open, int Close)> quoted)
        {
            var tokens = s.Tokens;
            if (cue < 3 || !(tokens[cue - 1].Is("which") || tokens[cue - 1].Is("that")) || !IsWrittenWordsNoun(tokens[cue - 2])) return default;
            if (OwnerOfWords(s, 0, cue - 2) is { IsFound: true } owner) return owner;
            return NearestSubject(s, ClauseStart(tokens, cue - 2, quoted), cue - 2);
        }

        /// <summary>
        /// Verbs whose object is a text, and who wrote it: the subject of "sent", "wrote" ("X sent a letter"), or the party after
        /// "from" for "received" ("Y received a letter from X": X wrote it, not Y). Each row has the verbs, where the writer
        /// stands, an invented pair of sentences whose quotation the writer speaks and that writer; the rows run as tests.
        /// </summary>
        internal static readonly TextWriterRow[] TextWriters =
        {
            new(TextWriterPlace.Subject, "sent wrote written issued released published posted signed penned sends writes issues releases publishes posts",
                "Mayor Ana Ruiz sent a letter to the Ostrel Water Board. It read: \"The town needs clean water before the summer.\"", "Ana Ruiz"),
            new(TextWriterPlace.AfterFrom, "received receives got gets obtained",
                "Mira Holt received a letter from Karel Brandt on Monday. It read: \"The ferry will not sail again.\"", "Karel Brandt"),
        };

        /// <summary>"Ana Ruiz sent a letter to the council. It read, "..."": the writer of the text the sentence-opening "it" that reads stands for, or null.</summary>
        private EntityDraft? WriterOfTextReading(SentenceInfo s, int pronoun) =>
            pronoun == 0 && s.Tokens[0].Is("it") && s.Tokens.Count > 1 && (s.Tokens[1].Is("read") || s.Tokens[1].Is("reads")) ? WriterOfTextBefore(s, null) : null;

        /// <summary>
        /// "Ana Ruiz sent a letter to the council. It read, "..."": the named subject of a clause in one of the two sentences before
        /// <paramref name="s"/> whose writing verb has a text noun (<paramref name="noun"/>, or any when null) for object; null when none.
        /// </summary>
        private EntityDraft? WriterOfTextBefore(SentenceInfo s, string? noun)
        {
            for (var k = s.Index - 1; k >= 0 && k >= s.Index - 2; k--)
            {
                var before = _sentences[k];
                foreach (var clause in before.Analysis.Clauses)
                {
                    if (clause.Object is not { } text || clause.Subject is not { } subject || WriterPlaceOf(before.Tokens[clause.Verb.Head].Lower) is not { } place) continue;
                    var head = before.Tokens[text.Head].Lower;
                    if (!(noun is null ? Array.IndexOf(TextNounWords, head) >= 0 : head == noun)) continue;
                    var at = place == TextWriterPlace.Subject ? subject.Head : PartyAfterFrom(before.Tokens, text.Head + 1);
                    if (at >= 0 && before.MentionAt(at) is { IsDemonym: false } writer && writer.Entity.Kind != EntityKind.Place) return writer.Entity;
                }
            }
            return null;
        }

        private static TextWriterPlace? WriterPlaceOf(string verb)
        {
            foreach (var row in TextWriters)
                if (Array.IndexOf(row.Verbs, verb) >= 0) return row.Place;
            return null;
        }

        /// <summary>"a letter from the Velden Council": the first word of the party after "from" right after the text noun (past "the"), or -1.</summary>
        private static int PartyAfterFrom(List<Token> tokens, int from)
        {
            if (from + 1 >= tokens.Count || !tokens[from].Is("from")) return -1;
            return tokens[from + 1].Is("the") ? from + 2 : from + 1;
        }

        /// <summary>"the notice", "a hand-written sign", "its short statement": the text noun after a determiner and up to two words, or -1.</summary>
        private static int TextNounAfter(List<Token> tokens, int at, string[] nouns)
        {
            if (at >= tokens.Count || !(tokens[at].Is("the") || tokens[at].Is("a") || tokens[at].Is("an") || tokens[at].Is("its") || tokens[at].Is("their"))) return -1;
            for (var i = at + 1; i < tokens.Count && i <= at + 3 && tokens[i].IsWord && !tokens[i].IsCapitalized; i++)
                if (Array.IndexOf(nouns, tokens[i].Lower) >= 0) return i;
            return -1;
        }
    }

    /// <summary>Whether the text or "read(s)" comes first after the quotation.</summary>
    internal enum ReadingOrder
    {
        TextThenVerb,
        VerbThenText,
    }

    internal sealed class ReadingRow
    {
        public ReadingRow(ReadingOrder order, string nouns, string example) => (Order, Nouns, Example) = (order, nouns.Split(' '), example);

        /// <summary>Whether the text or the verb comes first.</summary>
        public ReadingOrder Order { get; }

        /// <summary>The nouns of texts that read out words.</summary>
        public string[] Nouns { get; }

        /// <summary>An invented sentence whose quotation the text speaks.</summary>
        public string Example { get; }
    }

    /// <summary>Where the writer of a text stands in the clause that tells of it.</summary>
    internal enum TextWriterPlace
    {
        /// <summary>"X sent a letter": the subject.</summary>
        Subject,

        /// <summary>"Y received a letter from X": the party after "from".</summary>
        AfterFrom,
    }

    /// <summary>One row of <see cref="QuoteExtractor.TextWriters"/>, with its example.</summary>
    internal sealed class TextWriterRow
    {
        public TextWriterRow(TextWriterPlace place, string verbs, string example, string writer) =>
            (Place, Verbs, Example, Writer) = (place, verbs.Split(' '), example, writer);

        /// <summary>Where the writer stands.</summary>
        public TextWriterPlace Place { get; }

        /// <summary>The verbs' forms.</summary>
        public string[] Verbs { get; }

        /// <summary>Invented sentences: a text told of, then read out.</summary>
        public string Example { get; }

        /// <summary>Who wrote the text in <see cref="Example"/>.</summary>
        public string Writer { get; }
    }
}
