// Python string semantics that score.py relies on and .NET's built-ins do not share: norm(),
// the \w and \s classes, str.lower(), str.split()/strip(), unicodedata.combining and '%.Nf'.
using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using System.Text;

namespace KnowledgeBase.Tests.Gold;

public static partial class GoldScorer
{
    internal static double TokenF1(string? a, string? b)
    {
        var ta = Tokens(a);
        var tb = Tokens(b);
        if (ta.Count == 0 || tb.Count == 0)
        {
            return 0.0;
        }
        var ca = ta.CountBy(t => t, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        var cb = tb.CountBy(t => t, StringComparer.Ordinal).ToDictionary(StringComparer.Ordinal);
        int common = ca.Sum(kv => Math.Min(kv.Value, cb.GetValueOrDefault(kv.Key)));
        if (common == 0)
        {
            return 0.0;
        }
        double p = (double)common / tb.Count, r = (double)common / ta.Count;
        return 2 * p * r / (p + r);
    }

    // re.findall(r"[\w']+", norm(s))
    internal static List<string> Tokens(string? s)
    {
        var result = new List<string>();
        var current = new StringBuilder();
        foreach (var r in Norm(s).EnumerateRunes())
        {
            if (IsWord(r) || r.Value == '\'')
            {
                AppendRune(current, r);
            }
            else if (current.Length > 0)
            {
                result.Add(current.ToString());
                current.Clear();
            }
        }
        if (current.Length > 0)
        {
            result.Add(current.ToString());
        }
        return result;
    }

    // Python 3.11 norm(); see the helpers below for where .NET's built-ins differ from Python's.
    internal static string Norm(string? s)
    {
        if (s is null)
        {
            return "";
        }
        if (!NormalizationWorks)
        {
            throw new InvalidOperationException("Unicode normalization is unavailable (globalization-invariant mode); the scorer needs ICU.");
        }
        // .NET refuses to normalize U+FFFE; it is a starter without decomposition, so normalizing
        // the pieces around it is exact.
        s = string.Join('\uFFFE', s.Split('\uFFFE').Select(piece => piece.Normalize(NormalizationForm.FormKD)));
        var sb = new StringBuilder(s.Length);
        foreach (var r in s.EnumerateRunes())
        {
            if (!IsCombining(r))
            {
                AppendRune(sb, r);
            }
        }
        s = PyLower(sb.ToString().Replace('\u2019', '\'').Replace('\u2018', '\''));
        s = StripTitle(PyStrip(s));
        sb.Clear();
        foreach (var r in s.EnumerateRunes()) // re.sub(r"[^\w\s'-]", " ", s), one space per code point
        {
            if (IsWord(r) || (r.IsBmp && IsSpace((char)r.Value)) || r.Value == '\'' || r.Value == '-')
            {
                AppendRune(sb, r);
            }
            else
            {
                sb.Append(' ');
            }
        }
        return string.Join(' ', PySplit(sb.ToString())); // re.sub(r"\s+", " ", s).strip()
    }

    // In globalization-invariant mode Normalize leaves non-ASCII text alone, which would silently
    // change scores.
    private static readonly bool NormalizationWorks = "\u00e9".Normalize(NormalizationForm.FormD).Length == 2;

    // re.sub(r"^(the|president|president-elect|former president|u\.s\.|us)\s+", "", s): the
    // alternatives are tried in order and only \s+ follows, so the first title followed by
    // whitespace is the match.
    private static readonly string[] Titles = ["the", "president", "president-elect", "former president", "u.s.", "us"];

    private static string StripTitle(string s)
    {
        foreach (var title in Titles)
        {
            if (s.Length > title.Length && s.StartsWith(title, StringComparison.Ordinal) && IsSpace(s[title.Length]))
            {
                int i = title.Length;
                while (i < s.Length && IsSpace(s[i]))
                {
                    i++;
                }
                return s[i..];
            }
        }
        return s;
    }

    // Python's str \w: Unicode letters and numbers (isalnum) plus '_'. .NET's \w instead has
    // Mn and Pc and lacks Nl/No, and it sees surrogate halves rather than code points.
    private static bool IsWord(Rune r) => r.Value == '_' || Rune.GetUnicodeCategory(r) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
        _ => false,
    };

    // Python's \s, str.strip() and str.split() whitespace (str.isspace). Unlike .NET's \s and
    // char.IsWhiteSpace it includes U+001C..U+001F. All of these are in the BMP.
    private static bool IsSpace(char c) => c switch
    {
        >= '\t' and <= '\r' or >= '\u001c' and <= ' ' or '\u0085' or '\u00a0' or '\u1680'
            or >= '\u2000' and <= '\u200a' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000' => true,
        _ => false,
    };

    private static string PyStrip(string s)
    {
        int start = 0, end = s.Length;
        while (start < end && IsSpace(s[start]))
        {
            start++;
        }
        while (end > start && IsSpace(s[end - 1]))
        {
            end--;
        }
        return s[start..end];
    }

    private static List<string> PySplit(string s)
    {
        var parts = new List<string>();
        int i = 0;
        while (i < s.Length)
        {
            while (i < s.Length && IsSpace(s[i]))
            {
                i++;
            }
            int start = i;
            while (i < s.Length && !IsSpace(s[i]))
            {
                i++;
            }
            if (i > start)
            {
                parts.Add(s[start..i]);
            }
        }
        return parts;
    }

    // unicodedata.combining(c) != 0, i.e. a non-zero canonical combining class, which .NET does
    // not expose (and which differs from the Mn/Mc/Me categories: many Mn and all Me have class 0).
    // Canonical reordering reveals it: NFD sorts adjacent non-starters by class, so U+0345 (class
    // 240) before c and U+0334 (class 1) after it stay put only when c is a starter. The probe is
    // exact for characters NFD leaves alone, which holds for everything in NFKD output.
    private static readonly ConcurrentDictionary<int, bool> CombiningCache = new();

    private static bool IsCombining(Rune r) => r.Value >= 0x300 && r.Value != 0xFFFE && CombiningCache.GetOrAdd(r.Value, static cp =>
    {
        string probe = "\u0345" + char.ConvertFromUtf32(cp) + "\u0334";
        return !string.Equals(probe.Normalize(NormalizationForm.FormD), probe, StringComparison.Ordinal);
    });

    // str.lower(): full case mapping, so U+0130 becomes "i\u0307" and a capital sigma at the end of
    // a word becomes final sigma; ToLowerInvariant does neither (and its simple mappings agree with
    // Python's for every other code point).
    internal static string PyLower(string s)
    {
        if (s.All(char.IsAscii))
        {
            return s.ToLowerInvariant();
        }
        var runes = s.EnumerateRunes().ToArray();
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < runes.Length; i++)
        {
            switch (runes[i].Value)
            {
                case 0x3A3:
                    sb.Append(IsFinalSigma(runes, i) ? '\u03C2' : '\u03C3');
                    break;
                case 0x130:
                    sb.Append("i\u0307");
                    break;
                default:
                    AppendRune(sb, Rune.ToLowerInvariant(runes[i]));
                    break;
            }
        }
        return sb.ToString();
    }

    // CPython's handle_capital_sigma: \p{cased}\p{case-ignorable}* Σ !(\p{case-ignorable}* \p{cased})
    private static bool IsFinalSigma(Rune[] runes, int i)
    {
        int j = i - 1;
        while (j >= 0 && IsCaseIgnorable(runes[j]))
        {
            j--;
        }
        if (j < 0 || !IsCased(runes[j]))
        {
            return false;
        }
        j = i + 1;
        while (j < runes.Length && IsCaseIgnorable(runes[j]))
        {
            j++;
        }
        return j == runes.Length || !IsCased(runes[j]);
    }

    // Unicode Cased as it acts in the sigma rule (case-ignorable wins): Lu, Ll, Lt plus the
    // Other_Lowercase/Other_Uppercase letters that are neither Lm nor Mn.
    private static bool IsCased(Rune r) => r.Value is 0xAA or 0xBA or (>= 0x2160 and <= 0x217F) or (>= 0x24B6 and <= 0x24E9)
            or (>= 0x1F130 and <= 0x1F149) or (>= 0x1F150 and <= 0x1F169) or (>= 0x1F170 and <= 0x1F189)
        || Rune.GetUnicodeCategory(r) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter;

    // Unicode Case_Ignorable: Mn, Me, Cf, Lm, Sk and the Word_Break MidLetter, MidNumLet and
    // Single_Quote characters.
    private static bool IsCaseIgnorable(Rune r) => r.Value is '\'' or '.' or ':' or 0xB7 or 0x387 or 0x55F or 0x5F4
            or 0x2018 or 0x2019 or 0x2024 or 0x2027 or 0xFE13 or 0xFE52 or 0xFE55 or 0xFF07 or 0xFF0E or 0xFF1A
        || Rune.GetUnicodeCategory(r) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            or UnicodeCategory.Format or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;


    // Python's '%.Nf': the exact binary value rounded half to even. .NET's "F" format rounds
    // midpoints away from zero (0.125 -> "0.13" where Python prints "0.12").
    internal static string FormatFixed(double v, int digits)
    {
        if (!double.IsFinite(v))
        {
            return double.IsNaN(v) ? "nan" : v > 0 ? "inf" : "-inf";
        }
        long bits = BitConverter.DoubleToInt64Bits(v);
        int exponent = (int)((bits >> 52) & 0x7FF);
        long mantissa = bits & 0xF_FFFF_FFFF_FFFFL;
        if (exponent == 0)
        {
            exponent = 1; // subnormal
        }
        else
        {
            mantissa |= 1L << 52;
        }
        exponent -= 1075; // |v| = mantissa * 2^exponent
        BigInteger scaled = mantissa * BigInteger.Pow(10, digits);
        BigInteger q;
        if (exponent >= 0)
        {
            q = scaled << exponent;
        }
        else
        {
            BigInteger den = BigInteger.One << -exponent;
            q = BigInteger.DivRem(scaled, den, out var rem);
            int half = (rem * 2).CompareTo(den);
            if (half > 0 || (half == 0 && !q.IsEven))
            {
                q += 1;
            }
        }
        string s = q.ToString(CultureInfo.InvariantCulture).PadLeft(digits + 1, '0');
        string body = digits == 0 ? s : s[..^digits] + "." + s[^digits..];
        return bits < 0 ? "-" + body : body;
    }


    private static void AppendRune(StringBuilder sb, Rune r)
    {
        if (r.IsBmp)
        {
            sb.Append((char)r.Value);
        }
        else
        {
            sb.Append(r.ToString());
        }
    }

    private static int[] CodePoints(string s) => s.EnumerateRunes().Select(r => r.Value).ToArray();

    private static int CodePointCount(string s) => s.EnumerateRunes().Count();

    // s[:n] in code points.
    private static string Prefix(string s, int n)
    {
        int end = 0;
        foreach (var r in s.EnumerateRunes())
        {
            if (n-- == 0)
            {
                break;
            }
            end += r.Utf16SequenceLength;
        }
        return s[..end];
    }

    private static void AddDistinct(List<string> list, string item)
    {
        if (!list.Contains(item))
        {
            list.Add(item);
        }
    }

    // Python's str ordering: by code point. Ordinal comparison of UTF-16 units differs where a
    // surrogate pair (U+10000 and up) meets a BMP character from U+E000 on.
    private static int CompareCodePoints(string a, string b)
    {
        var x = a.EnumerateRunes();
        var y = b.EnumerateRunes();
        while (true)
        {
            bool hasX = x.MoveNext(), hasY = y.MoveNext();
            if (!hasX || !hasY)
            {
                return hasX ? 1 : hasY ? -1 : 0;
            }
            int c = x.Current.Value.CompareTo(y.Current.Value);
            if (c != 0)
            {
                return c;
            }
        }
    }
}
