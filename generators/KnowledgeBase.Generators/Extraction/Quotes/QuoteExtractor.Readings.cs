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
        /// out words, an invented sentence whose quotation the text speaks and who speaks there; the rows run as tests.
        /// </summary>
        internal static readonly ReadingRow[] Readings =
        {
            new(ReadingOrder.TextThenVerb, TextNouns, "\"Keep your distance from the fence,\" the notice read.", "the notice"),
            new(ReadingOrder.VerbThenText, TextNouns, "\"No entry after dark for visitors,\" read a sign at the gate of the park.", "a sign"),
            // The text after "reads" may carry its owner: a possessive name, or a name before the noun ("an Ostrel Rail press release").
            new(ReadingOrder.VerbThenText, TextNouns, "\"The harbour fees will rise for every vessel next year,\" reads Judge Marta Vell's ruling.", "Marta Vell"),
            new(ReadingOrder.VerbThenText, TextNouns, "\"Karel Brandt was loved by everyone who worked with him\", reads an Ostrel Rail press release.", "Ostrel Rail"),
            new(ReadingOrder.VerbThenText, TextNouns, "\"Water levels rose faster than expected in the northern valleys\", reads the report.", "the report"),
        };

        // Texts that read out words: documents and messages, and what is posted or printed for all to read.
        private const string TextNouns = "warning notice sign note caption banner placard inscription headline letter statement message post tweet memo report release ruling decree description";

        // The same nouns as an array, split once: WriterOfTextBefore asks them per clause.
        private static readonly string[] TextNounWords = TextNouns.Split(' ');

        /// <summary>
        /// The writer of the text that reads the quotation closing at <paramref name="close"/>, with the cue, or null; an unowned
        /// text's writer is looked for before the sentence the quotation <paramref name="opened"/> in (a long one may run on).
        /// </summary>
        private (Speaker Speaker, string Cue)? TextReadingAfter(SentenceInfo s, int close, SentenceInfo? opened = null)
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
                if (!owner.IsFound) owner = NameBeforeTextNoun(s, from, text);
                return (owner.IsFound ? owner : DocumentSpeaker(opened ?? s, tokens[text].Lower, Join(tokens, from, text + 1)), tokens[verb].Text);
            }
            return null;
        }

        /// <summary>
        /// '"...," reads the council's statement, "..."', '"...;" read the statement; "..."': the reading of the quotation that
        /// closes before the one opening at <paramref name="open"/>, when only the text that reads it and a comma, a semicolon or
        /// a colon stand between; the speaker, the cue and the index of "read(s)", or null.
        /// </summary>
        private (Speaker Speaker, string Cue, int Verb)? ReadingGoesOn(SentenceInfo s, List<(int Open, int Close)> quoted, int open)
        {
            var tokens = s.Tokens;
            if (open < 4 || !(tokens[open - 1].IsPunct(',') || tokens[open - 1].IsPunct(';') || tokens[open - 1].IsPunct(':'))) return null;
            var close = -1;
            foreach (var (o, c) in quoted)
                if (c < open && c > close) close = c;
            if (close < 0 || open - close > 10) return null;
            var verb = tokens[close + 1].IsPunct(',') ? close + 2 : close + 1;
            for (var i = verb + 1; i < open - 1; i++)
                if (!tokens[i].IsWord && tokens[i].Kind != TokenKind.Possessive) return null; // a clause of its own after the text
            if (TextReadingAfter(s, close) is not { } reading) return null;
            // The quotation before was read first: its speaker, found from the sentence it opened in, goes on.
            return (_lastDirect.IsFound && _lastDirectBlock == s.BlockIndex ? _lastDirect : reading.Speaker, reading.Cue, verb);
        }

        /// <summary>
        /// "The event description read, "..."": the text before a "read(s)" that reads out the quotation after it (DocumentReads)
        /// speaks for its owner, or for whoever issued such a text or was quoted lately (DocumentSpeaker); none when no text reads.
        /// </summary>
        private Speaker TextThatReads(SentenceInfo s, int verb)
        {
            var tokens = s.Tokens;
            if (DocumentReads(tokens, verb) is null || ReadingTextBefore(tokens, verb) is var i && i < 0) return default;
            var start = i;
            // Back over its modifiers to its determiner: "The event description", "a hand-written note".
            while (start > 0 && tokens[start - 1].IsWord && (!tokens[start - 1].IsCapitalized || IsDeterminer(tokens[start - 1].Lower)) && !IsDeterminer(tokens[start].Lower)) start--;
            var owner = OwnerOfWords(s, start, i);
            return owner.IsFound ? owner : DocumentSpeaker(s, tokens[i].Lower, Join(tokens, start, i + 1));
        }

        /// <summary>
        /// The noun of a text that may read out words ("the notice", "a press release", a written-words noun), within six words
        /// before "read(s)" at <paramref name="verb"/> and no punctuation between, the nearest; -1 when none.
        /// </summary>
        private static int ReadingTextBefore(List<Token> tokens, int verb)
        {
            for (var i = verb - 1; i >= 0 && i >= verb - 6 && tokens[i].Kind != TokenKind.Punctuation; i--)
                if (IsWrittenWordsNoun(tokens[i]) || Array.IndexOf(TextNounWords, tokens[i].Lower) >= 0) return i;
            return -1;
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

        /// <summary>
        /// "the notice", "a hand-written sign", "its short statement", "the council's statement", "Judge Marta Vell's ruling",
        /// "an Ostrel Rail press release": the text noun after a determiner or a possessive, and up to four words, or -1.
        /// </summary>
        private static int TextNounAfter(List<Token> tokens, int at, string[] nouns)
        {
            if (at >= tokens.Count) return -1;
            var determiner = tokens[at].Is("the") || tokens[at].Is("a") || tokens[at].Is("an") || tokens[at].Is("its") || tokens[at].Is("their");
            if (!determiner && !tokens[at].IsCapitalized) return -1;
            var possessive = false;
            for (var i = at + 1; i < tokens.Count && i <= at + 5; i++)
            {
                if (tokens[i].Kind == TokenKind.Possessive) { possessive = true; continue; }
                if (!tokens[i].IsWord) return -1;
                // A name opens the text only through its possessive ("Judge Vell's ruling"), not as a subject ("Vell's aides read").
                if (Array.IndexOf(nouns, tokens[i].Lower) >= 0 && !tokens[i].IsCapitalized) return determiner || possessive ? i : -1;
            }
            return -1;
        }

        /// <summary>"an Ostrel Rail press release": an organization or person named between the determiner and the text noun, or none.</summary>
        private static Speaker NameBeforeTextNoun(SentenceInfo s, int from, int text)
        {
            for (var i = from + 1; i < text; i++)
                if (s.MentionAt(i) is { IsDemonym: false } m && m.TokenEnd <= text && m.Entity.Kind != EntityKind.Place)
                    return new Speaker(m.Entity, Join(s.Tokens, m.TokenStart, m.TokenEnd));
            return default;
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
        public ReadingRow(ReadingOrder order, string nouns, string example, string speaker) =>
            (Order, Nouns, Example, Speaker) = (order, nouns.Split(' '), example, speaker);

        /// <summary>Whether the text or the verb comes first.</summary>
        public ReadingOrder Order { get; }

        /// <summary>The nouns of texts that read out words.</summary>
        public string[] Nouns { get; }

        /// <summary>An invented sentence whose quotation the text speaks.</summary>
        public string Example { get; }

        /// <summary>Who speaks in <see cref="Example"/>, as the sentence names them: the text, or its owner.</summary>
        public string Speaker { get; }
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
