using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;

namespace KnowledgeBase.Tests.Robustness.Fuzz;

/// <summary>
/// CsCheck generators of corpora: real sentences (seeds, Wikinews) mixed with content that has
/// broken generators and escaped string literals elsewhere.
/// </summary>
internal static class CorpusGen
{
    /// <summary>Text that must never end or disguise a literal, a comment or a doc tag.</summary>
    public static readonly string[] HostileFragments =
    {
        "\"", "\\", "\"\"\"", "\\\"", "\"u8", "@\"", "$\"{x}\"", "{", "}", "{{", "}}", "{0}", "*/", "/*", "//", "///",
        "/// <summary>", "#error boom", "\n#error boom\n", "#if X", "#endif", "#line 1 \"x.cs\"", "#pragma warning disable",
        "</summary>", "<summary>", "</remarks>", "<see cref=\"X\"/>", "&", "&amp;", "&#0;", "<", ">", "<!--", "]]>",
        "\0", "\0\0", "\u0001", "\u001B[31m", "\u007F", "\u2028", "\u2029", "\u0085", "\f", "\v", "\t",
        "\uD800", "\uDC00", "\uDBFF\uDBFF", "\uDFFF\uD800", "\U0001F600", "\U0001D504lpha",
        "\u202E", "\u202B", "\u202A", "\u202C", "\u2066", "\u2067", "\u2069", "\u200F", "\u200E", "\u061C",
        "\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\uFFFE", "\uFFFF", "\uFFFD", "\u00A0", "\u3000",
        "e\u0301", "\u0130stanbul", "\u0131", "stra\u00DFe", "\uFB01", "\u0645\u0631\u062D\u0628\u0627", "\u05E9\u05DC\u05D5\u05DD",
        "\u7FD2\u8FD1\u5E73", "\u0928\u092E\u0938\u094D\u0924\u0947", "'", "\u2019", "\u201C", "\u201D", "\u00AB", "\u00BB", "\u2026",
        "class", "namespace", "global::", "static", "=>", ";", "u8", "\\u0022", "\\U0001F600", "\\x41",
    };

    /// <summary>Names that are keywords, members every class inherits, names the generator uses, start with digits or collide once made identifiers.</summary>
    public static readonly string[] HostileNames =
    {
        "Equals", "ToString", "GetHashCode", "GetType", "ReferenceEquals", "MemberwiseClone", "Finalize",
        "Class", "Namespace", "Object", "String", "Int32", "Null", "True", "Void", "Dynamic", "Var", "Value", "Record", "Global",
        "Data", "Knowledge", "All", "Find", "Articles", "People", "Organizations", "Places", "Quotes", "Events", "Timeline", "Seeds", "News",
        "class", "namespace", "string", "event", "@class", "__arglist", "nameof", "var", "record",
        "2024 Group", "3M", "7-Eleven", "1st Brigade", "100 Club", "9/11 Commission",
        "Anne-Marie Dupont", "Anne Marie Dupont", "AnneMarie Dupont", "Jean Paul Martin", "Jean-Paul Martin",
        "Caf\u00E9 Noir", "Cafe Noir", "Cafe\u0301 Noir", "O'Neil Smith", "ONeil Smith", "New York Times", "New-York Times",
        "Zo\u00EB \u202Ekcab", "Ali\u200BBaba Holdings", "\U0001D504lpha Group", "\u0645\u062D\u0645\u062F \u0639\u0644\u064A",
        "\u7FD2\u8FD1\u5E73", "Ivan \"The Hammer\" Petrov", "Mr. Back\\Slash", "Dr. <Script> Jones", "Amp & Sons",
    };

    public static readonly string[] FileNames =
    {
        "a.txt", "A.TXT", "a b.txt", "a-b.txt", "x/a b.txt", "x/a-b.txt", "class.txt", "1st.txt", "123.txt", "namespace.txt",
        "\u00E9.txt", "e\u0301.txt", "\"quote\".txt", "back\\slash.txt", "*.txt", "line\u2028sep.txt", "\u0631\u0633\u0627\u0644\u0629.txt",
        "emoji\U0001F600.txt", ".txt", "..txt", "a.b.txt", "sub/dir/deep.txt", "UPPER.Txt", "</summary>.txt", "amp&.txt", "#error.txt",
        "Equals.txt", "notes.md", "data.bin", "/elsewhere/outside.txt",
    };

    private static readonly string[] LineBreaks = { "\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\n\n", "\r\n\r\n" };

    private static readonly string[] Datelines =
    {
        "Friday, January 4, 2019", "Thu 13th Feb, 2025", "13 February 2025", "2025-02-13", "Thu 31st Feb, 2025", "0000-00-00", "9999-12-31", "Monday",
    };

    private static readonly string[] Templates =
    {
        "{0} said \"{2}\".", "\"{2},\" {0} said.", "{0} met {1} in Geneva on Monday.", "President {0} said {2}", "{0} of {1} told reporters that {2}",
        "According to {0}, {2}", "{0} warned: \u201C{2}\u201D", "{0} and {1} signed an agreement on Tuesday.", "{0} said {1} would visit {0} next week.",
    };

    private static readonly string[] Whitespace = { " ", "\n\n", "\uFEFF", "\t \r\n", "\u2028\u00A0", "\u3000\u0085" };

    private static readonly string[] HostileOptionNames = { "Seeds", "class", "seeds", "1st", "my kb", "People", "Knowledge", "Caf\u00E9", "\u202Eevil", "Equals", "A\"B", "" };

    private static readonly string[] HostileNamespaces = { "", "My-App", "1App", "a..b", "global", "System", "KnowledgeBase", "class.Foo", "Caf\u00E9.\u00DCber", "A\"B", "x\u2028y", ".", "global::Foo" };

    private static readonly string[] HostileMaxBytes = { "200", "1000", "4000", "0", "-5", "abc", "99999999999999999999", " 300 " };

    private static readonly string[] HostilePublished = { "2025-02-13", "2025-02", "2025", "2025-02-30", "abc", "-1", "99999-01-01", "" };

    private static readonly Gen<string> RandomChars =
        Gen.Int[0, 0xFFFF].Select(i => (char)i).Array[1, 6].Select(chars => new string(chars));

    private static readonly Gen<string> Fragment = Gen.Frequency((6, Gen.OneOf(HostileFragments)), (1, RandomChars));

    private static readonly Gen<string> Name = Gen.Frequency(
        (3, Gen.OneOf(HostileNames)),
        (1, Gen.OneOf(RealText.Titles).Select(t => string.Join(' ', t.Split(' ').Take(2)))));

    private static readonly Gen<string> RealSentence = Gen.OneOf(RealText.Sentences);

    /// <summary>A real sentence with hostile fragments put in at random places (possibly inside a surrogate pair).</summary>
    private static readonly Gen<string> Spiked = Gen.Select(RealSentence, Fragment.Array[1, 3], Gen.Int[0, 10000].Array[3], static (sentence, fragments, positions) =>
    {
        var text = sentence;
        for (var i = 0; i < fragments.Length; i++) text = text.Insert(positions[i] % (text.Length + 1), fragments[i]);
        return text;
    });

    private static readonly Gen<string> Templated = Gen.Select(Gen.OneOf(Templates), Name, Name, Gen.Frequency((2, RealSentence), (1, Spiked), (1, Fragment)),
        static (template, a, b, content) => string.Format(System.Globalization.CultureInfo.InvariantCulture, template, a, b, content));

    private static readonly Gen<string> Sentence = Gen.Frequency((4, RealSentence), (3, Templated), (3, Spiked), (1, Fragment));

    private static readonly Gen<string> Paragraph = Gen.Frequency(
        (4, Sentence.Array[1, 4].Select(s => string.Join(' ', s))),
        (1, Gen.OneOf(RealText.Paragraphs)));

    private static readonly Gen<string> Title = Gen.Frequency(
        (3, Gen.OneOf(RealText.Titles)), (2, Name), (1, Fragment), (1, Spiked), (1, Gen.Const("")));

    /// <summary>An article: maybe a headline and a dateline, then paragraphs, each line ended by any line break.</summary>
    private static readonly Gen<string> ArticleText = Gen.Select(Title, Gen.OneOf(Datelines).Array[0, 1], Paragraph.Array[0, 6], Gen.OneOf(LineBreaks).Array[8],
        static (title, dateline, paragraphs, breaks) =>
        {
            var lines = new List<string> { title };
            lines.AddRange(dateline);
            lines.AddRange(paragraphs);
            var builder = new StringBuilder();
            for (var i = 0; i < lines.Count; i++) builder.Append(lines[i]).Append(breaks[i % breaks.Length]);
            return builder.ToString();
        });

    private enum Form { Text, Utf8, Utf8Bom, Utf16Bom, Utf8Corrupted }

    private static readonly byte[][] BadBytes =
    {
        new byte[] { 0xFF }, new byte[] { 0xC0, 0x80 }, new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xE2, 0x82 }, new byte[] { 0x80 },
        new byte[] { 0xF4, 0x90, 0x80, 0x80 }, new byte[] { 0xFE, 0xFF }, new byte[] { 0x00 }, new byte[] { 0x00, 0x00 },
    };

    private static byte[] Encode(string text, Form form) => form switch
    {
        Form.Utf8Bom => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(),
        Form.Utf16Bom => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray(),
        _ => Encoding.UTF8.GetBytes(text),
    };

    private static readonly Gen<(string? Text, byte[]? Bytes)> TextContent = Gen.Select(ArticleText, Gen.Enum<Form>(), Gen.OneOf(BadBytes).Array[1, 4], Gen.Int[0, 100000].Array[4],
        static (text, form, bad, positions) =>
        {
            if (form == Form.Text) return ((string?)text, (byte[]?)null);
            var bytes = Encode(text, form).ToList();
            if (form == Form.Utf8Corrupted)
                for (var i = 0; i < bad.Length; i++) bytes.InsertRange(positions[i] % (bytes.Count + 1), bad[i]);
            return (null, bytes.ToArray());
        });

    private static readonly Gen<(string? Text, byte[]? Bytes)> Content = Gen.Frequency(
        (14, TextContent),
        (1, Gen.OneOf<(string?, byte[]?)>((string.Empty, null), (null, Array.Empty<byte>()), (null, Encoding.UTF8.GetPreamble()))),
        (1, Gen.OneOf(Whitespace).Select(w => ((string?)w, (byte[]?)null))),
        (1, Gen.Byte.Array[1, 600].Select(b => ((string?)null, (byte[]?)b))));

    private static readonly Gen<FuzzFile> File = Gen.Select(
        Gen.Frequency((3, Gen.OneOf(FileNames)), (2, Gen.Int[0, 99].Select(i => $"f{i}.txt"))),
        Content, Gen.Enum<Decoding>(), Gen.Frequency((6, Gen.Const((string?)null)), (1, Gen.OneOf(HostilePublished).Select(p => (string?)p))),
        static (name, content, decoding, published) => new FuzzFile(name, content.Text, content.Bytes, decoding, published));

    public static readonly Gen<Corpus> Corpus = Gen.Select(
        File.Array[1, 6],
        Gen.Frequency((3, Gen.Const((string?)null)), (1, Gen.OneOf(HostileOptionNames).Select(n => (string?)n))),
        Gen.Frequency((2, Gen.Const((string?)null)), (1, Gen.OneOf(HostileNamespaces).Select(n => (string?)n))),
        Gen.Frequency((4, Gen.Const((string?)null)), (1, Gen.OneOf(HostileMaxBytes).Select(n => (string?)n))),
        static (files, name, ns, max) => new Corpus(files.DistinctBy(f => f.Path, StringComparer.Ordinal).ToArray(), name, ns, max));
}
