using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction
{
    internal enum TokenKind : byte
    {
        Word,
        Number,
        Possessive,
        Punctuation,
    }

    /// <summary>A word, number, possessive "'s" or punctuation mark, with its offsets in the article text.</summary>
    internal readonly struct Token
    {
        public Token(int start, WordForm form, TokenKind kind)
            : this(start, form, form.Text, 0, form.Text.Length, kind, form.Traits)
        {
        }

        /// <summary>
        /// A token of <paramref name="form"/>, which spells <paramref name="source"/>[from, from + length): its shape is read
        /// from the source, which is at hand, not from the form's string, which is elsewhere in memory.
        /// </summary>
        /// <param name="traits">The form's <see cref="TokenTraits"/>, 0 when not known.</param>
        public Token(int start, WordForm form, string source, int from, int length, TokenKind kind, byte traits = 0)
        {
            Start = start;
            _form = form;
            Kind = kind;
            _length = length < ushort.MaxValue ? (ushort)length : ushort.MaxValue;
            // Every stage asks these of every token: answered once here, while the text is at hand.
            _shape = (byte)((kind != TokenKind.Word ? 0 : WordShape(source, from, length)) | traits);
        }

        /// <summary>
        /// A token of <paramref name="form"/>, <paramref name="length"/> long, whose <paramref name="shape"/> is known: the
        /// <see cref="WordShape"/> of its spelling (a word's only) with its <see cref="TokenTraits"/>.
        /// </summary>
        internal Token(int start, WordForm form, int length, TokenKind kind, byte shape)
        {
            Start = start;
            _form = form;
            Kind = kind;
            _length = length < ushort.MaxValue ? (ushort)length : ushort.MaxValue;
            _shape = shape;
        }

        /// <summary>The bits of a word token's shape (capitalized, all capitals, first letter upper case) that spell <paramref name="source"/>[from, from + length).</summary>
        internal static byte WordShape(string source, int from, int length) =>
            (byte)((IsUpper(source[from]) ? Capitalized | FirstUpper : IsParticle(source, from, length) ? Capitalized : 0) | (HasOnlyCapitals(source, from, length) ? AllCaps : 0));

        /// <summary>The bits of a shape that are the spelling's <see cref="TokenTraits"/> (those of a token of any kind).</summary>
        internal const byte TraitBits = unchecked((byte)~(Capitalized | AllCaps | FirstUpper));

        private const int Capitalized = 1;
        private const int AllCaps = 2;
        private const int FirstUpper = 4;

        // The bits above these are the form's TokenTraits.
        private readonly byte _shape;

        // The text's length, kept in the struct's padding: Is compares it before reading the form and its string (mostly
        // another word's length). ushort.MaxValue: that long or longer.
        private readonly ushort _length;

        // The form instead of the string: the token stays 16 bytes, and the form's kept answers are one read away.
        private readonly WordForm? _form;

        public int Start { get; }

        /// <summary>The token's text (null only for a default token).</summary>
        public string Text => _form?.Text!;

        /// <summary>The spelling's form, shared with every token of the thread's recent words that spells the same (null only for a default token).</summary>
        public WordForm? Form => _form;
        public TokenKind Kind { get; }
        public int End => Start + Text.Length;

        public bool IsWord => Kind == TokenKind.Word;

        /// <summary>Starts with an upper-case letter ("Merkel", "U.S.", "NATO").</summary>
        public bool IsCapitalized => (_shape & Capitalized) != 0;

        /// <summary>A word whose first letter is upper case (char.IsUpper; unlike <see cref="IsCapitalized"/>, not "al-Fadel"); false for other tokens.</summary>
        public bool StartsUpper => (_shape & FirstUpper) != 0;

        /// <summary>The text's length, read without reading the text.</summary>
        public int Length => _length != ushort.MaxValue ? _length : Text.Length;

        /// <summary>"el-Masri", "al-Fadel": an Arabic article joined to a capitalized name.</summary>
        public bool IsNameParticle => IsParticle(Text, 0, Text.Length);

        private static bool IsParticle(string text, int from, int length) => length > 3 && text[from + 2] == '-' && (text[from] is 'a' or 'e') && text[from + 1] == 'l' && char.IsUpper(text[from + 3]);

        /// <summary>Certainly no speech cue, nor "according", "reports" or "read(s)" (<see cref="TokenTraits.NoCue"/>).</summary>
        public bool CannotCue => (_shape & TokenTraits.NoCue) != 0;

        /// <summary>Certainly no trigger word nor the first of a trigger phrase (<see cref="TokenTraits.NoTrigger"/>).</summary>
        public bool CannotTrigger => (_shape & TokenTraits.NoTrigger) != 0;

        /// <summary>Certainly no form the CAMEO verb dictionary may code (<see cref="TokenTraits.NoCodableVerb"/>).</summary>
        public bool CannotCode => (_shape & TokenTraits.NoCodableVerb) != 0;

        /// <summary>Certainly no month's nor weekday's name (<see cref="TokenTraits.NoDayWord"/>).</summary>
        public bool NamesNoDay => (_shape & TokenTraits.NoDayWord) != 0;

        /// <summary>Certainly no word a relative date is read from (<see cref="TokenTraits.NoRelativeDateWord"/>).</summary>
        public bool CannotDateRelatively => (_shape & TokenTraits.NoRelativeDateWord) != 0;

        /// <summary>Every letter upper case and at least two of them ("NATO", "U.S.").</summary>
        public bool IsAllCaps => (_shape & AllCaps) != 0;

        private static bool HasOnlyCapitals(string text, int from, int length)
        {
            var letters = 0;
            for (var i = from; i < from + length; i++)
            {
                var c = text[i];
                if (char.IsLower(c)) return false;
                if (char.IsLetter(c)) letters++;
            }
            return letters >= 2;
        }

        public string Lower => _form is { } form ? form.Lower : Text.ToLowerInvariant();

        // char.IsUpper, with ASCII (nearly every first letter) answered inline: it is asked of every word made.
        internal static bool IsUpper(char c) => c < 128 ? (uint)(c - 'A') <= 'Z' - 'A' : char.IsUpper(c);

        // Called millions of times per corpus, nearly always with a word of another length: that test comes first, inline.
        public bool Is(string text) => text is not null && (_length == text.Length || _length == ushort.MaxValue) && Text is { } own && own.Length == text.Length && string.Equals(own, text, System.StringComparison.OrdinalIgnoreCase);

        public bool IsPunct(char c) => Kind == TokenKind.Punctuation && Text.Length == 1 && Text[0] == c;

        public bool IsOpeningQuote => Kind == TokenKind.Punctuation && Text[0] is '"' or '\u201C' or '\u2018';

        public override string ToString() => Text;
    }

    /// <summary>Splits a sentence into tokens; "Merkel’s" → "Merkel" + "’s", "Franco-German" stays, "Paris-Berlin" → "Paris" "-" "Berlin".</summary>
    internal static class Tokenizer
    {
        // Tokens are gathered here and copied out at their exact count: a guessed capacity either wastes room or, for a
        // sentence of short words, doubles the list and copies it. Per thread, since generators run on many.
        [System.ThreadStatic] private static List<Token>? t_buffer;

        public static List<Token> Tokenize(string text, int start, int length)
        {
            var tokens = t_buffer ??= new List<Token>(256);
            tokens.Clear();
            Scan(tokens, WordForms.OfThread(), text, start, length);
            return new List<Token>(tokens);
        }

        /// <summary>
        /// Tokenizes into <paramref name="tokens"/>, a list of an earlier sentence no longer in use, emptied first: its room
        /// is reused instead of a new list's (the token lists were the largest allocation of extraction).
        /// </summary>
        public static void TokenizeInto(List<Token> tokens, string text, int start, int length)
        {
            tokens.Clear();
            Scan(tokens, WordForms.OfThread(), text, start, length);
        }

        private static void Scan(List<Token> tokens, WordForms forms, string text, int start, int length)
        {
            var end = start + length;
            var i = start;
            var singleQuoteOpen = false; // an apostrophe after a space opens a single quotation: one after "s" then closes it
            while (i < end)
            {
                var c = text[i];
                if (char.IsWhiteSpace(c))
                {
                    i++;
                    continue;
                }
                if (char.IsLetterOrDigit(c))
                {
                    var j = ScanWord(text, i, end);
                    AddWord(tokens, forms, text, i, j);
                    i = j;
                    continue;
                }
                if (IsApostrophe(c) && i + 1 < end && (text[i + 1] == 's' || text[i + 1] == 'S') && (i + 2 >= end || !char.IsLetter(text[i + 2])) && tokens.Count > 0)
                {
                    tokens.Add(new Token(i, forms.Find(text, i, i + 2, out _), TokenKind.Possessive));
                    i += 2;
                    continue;
                }
                if (IsApostrophe(c) && IsPluralPossessive(tokens, text, i, end, ref singleQuoteOpen))
                {
                    tokens.Add(new Token(i, forms.Find(text, i, i + 1, out _), TokenKind.Possessive));
                    i++;
                    continue;
                }
                if (char.IsSurrogate(c) && i + 1 < end)
                {
                    i += 2;
                    continue;
                }
                tokens.Add(new Token(i, forms.Find(text, i, i + 1, out _), TokenKind.Punctuation));
                i++;
            }
        }

        /// <summary>
        /// "the Velden Nations' farm agency", "the workers' union": an apostrophe right after a word ending in "s", before a
        /// space and a word, marks its possessive, unless it closes a single quotation opened before it ('called it 'hopeless'').
        /// </summary>
        private static bool IsPluralPossessive(List<Token> tokens, string text, int i, int end, ref bool singleQuoteOpen)
        {
            if (i == 0 || char.IsWhiteSpace(text[i - 1]))
            {
                singleQuoteOpen = true;
                return false;
            }
            var closes = singleQuoteOpen;
            singleQuoteOpen = false;
            return !closes && tokens.Count > 0 && tokens[tokens.Count - 1].End == i && text[i - 1] is 's' or 'S'
                && i + 2 < end && text[i + 1] == ' ' && char.IsLetter(text[i + 2]);
        }

        private static int ScanWord(string text, int i, int end)
        {
            var j = i;
            // Initialisms: U.S., D.C., U.N. keep their dots.
            if (j + 1 < end && text[j + 1] == '.' && char.IsLetter(text[j]) && j + 2 < end && char.IsLetter(text[j + 2]) && (j + 3 >= end || text[j + 3] == '.'))
            {
                while (j + 1 < end && char.IsLetter(text[j]) && text[j + 1] == '.')
                {
                    j += 2;
                    if (j >= end || !char.IsLetter(text[j]) || (j + 1 < end && char.IsLetter(text[j + 1]))) break;
                }
                return j;
            }
            // A middle initial ("Donald J. Trump") keeps its full stop.
            if (j + 2 < end && text[j + 1] == '.' && text[j + 2] == ' ' && char.IsUpper(text[j]) && j + 3 < end && char.IsUpper(text[j + 3]) && (j == 0 || !char.IsLetter(text[j - 1])))
                return j + 2;
            while (j < end)
            {
                var c = text[j];
                // Most characters of a word are ASCII letters and digits: those are told by one table look-up.
                if (c < 128)
                {
                    if (AsciiLetterOrDigit[c])
                    {
                        j++;
                        continue;
                    }
                }
                else if (char.IsLetterOrDigit(c) || char.IsSurrogate(c) || c == '\u0301' || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
                {
                    j++;
                    continue;
                }
                var inner = c is '-' or '\u2013' or '.' or ',' or '&' or '/' || IsApostrophe(c);
                if (c == '\u2013' && !(char.IsUpper(text[j + 1]) && char.IsLetter(text[j - 1]))) break; // en dash inside a name: "Harvard–Smithsonian"
                if (!inner || j + 1 >= end || !char.IsLetterOrDigit(text[j + 1])) break;
                if (IsApostrophe(c) && (text[j + 1] == 's' || text[j + 1] == 'S') && (j + 2 >= end || !char.IsLetter(text[j + 2]))) break;
                if ((c == '.' || c == ',') && !(char.IsDigit(text[j - 1]) && char.IsDigit(text[j + 1]))) break;
                if (c == '/' && !(char.IsDigit(text[j - 1]) && char.IsDigit(text[j + 1]))) break;
                j++;
            }
            return j;
        }

        private static readonly bool[] AsciiLetterOrDigit = BuildAsciiLetterOrDigit();

        private static bool[] BuildAsciiLetterOrDigit()
        {
            var table = new bool[128];
            for (var c = 0; c < table.Length; c++) table[c] = char.IsLetterOrDigit((char)c);
            return table;
        }

        private static void AddWord(List<Token> tokens, WordForms forms, string text, int start, int end)
        {
            var form = forms.Find(text, start, end, out var shape);
            var first = text[start];
            var kind = char.IsDigit(first) ? TokenKind.Number : TokenKind.Word;
            // Two capitalized names joined by a hyphen ("Paris-Berlin", "Merkel-Macron") are two names.
            var dash = kind == TokenKind.Word && Token.IsUpper(first) ? text.IndexOf('-', start, end - start) - start : -1; // only a capitalized word is looked into
            if (kind == TokenKind.Word && dash > 0 && dash < end - start - 1 && char.IsUpper(first) && char.IsUpper(text[start + dash + 1]) && JoinsKnownNames(form.Text))
            {
                var parts = form.Text.Split('-');
                var offset = start;
                for (var p = 0; p < parts.Length; p++)
                {
                    if (p > 0)
                    {
                        tokens.Add(new Token(offset, forms.Find(text, offset, offset + 1, out _), TokenKind.Punctuation));
                        offset++;
                    }
                    if (parts[p].Length > 0) tokens.Add(new Token(offset, forms.Find(text, offset, offset + parts[p].Length, out _), TokenKind.Word));
                    offset += parts[p].Length;
                }
                return;
            }
            tokens.Add(new Token(start, form, end - start, kind, kind == TokenKind.Word ? shape : (byte)(shape & Token.TraitBits)));
        }

        // "Russia-Ukraine", "U.S.-China" are two places; "Jean-Yves" and "Harvard-Smithsonian" stay one word.
        private static bool JoinsKnownNames(string word)
        {
            foreach (var part in word.Split('-'))
                if (!Lexicons.Gazetteer.TryGetPlaceOrOrganization(part, out _) && !Lexicons.Gazetteer.TryGetByDemonym(part, out _)) return false;
            return true;
        }

        public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';
    }
}
