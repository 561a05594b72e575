using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using KnowledgeBase.Generators.Diagnostics;
using KnowledgeBase.Generators.Helpers;
using KnowledgeBase.Generators.Models;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeBase.Generators.Reading
{
    /// <summary>
    /// Reading stage: text → <see cref="DocumentModel"/> (title, dateline, headings, paragraphs,
    /// sentences). Boilerplate is dropped from the blocks but the text is kept whole, so every
    /// offset points into the file as the generator read it.
    /// </summary>
    internal static class DocumentReader
    {
        private const int LeadLines = 6;

        public static DocumentModel Read(ArticleInput input, CancellationToken token)
        {
            var path = input.Text.Path;
            SourceText? source;
            try
            {
                source = input.Text.GetText(token);
            }
            catch (OperationCanceledException)
            {
                throw;
            }
            catch (Exception ex)
            {
                // The host could not give us the text; that is one bad file, not a broken build.
                return Failed(input, DiagnosticInfo.AtFile(DiagnosticDescriptors.UnreadableArticle, path, input.File, ex.Message));
            }
            if (source is null)
                return Failed(input, DiagnosticInfo.AtFile(DiagnosticDescriptors.UnreadableArticle, path, input.File, "the build could not read it (a binary file, or no access)"));

            // Measured before the text is copied out, so an oversized file costs one pass and no copy.
            var bytes = Utf8Length(source, token);
            if (bytes > input.MaxBytes)
                return Failed(input, DiagnosticInfo.AtFile(DiagnosticDescriptors.ArticleTooLarge, path, input.File,
                    bytes.ToString(CultureInfo.InvariantCulture), input.MaxBytes.ToString(CultureInfo.InvariantCulture)));

            var decoded = source.ToString();
            var notText = NotText(decoded, out var badAt);
            if (notText is not null)
                return Failed(input, DiagnosticInfo.At(DiagnosticDescriptors.UnreadableArticle, path, source, badAt, 1, input.File, notText));
            var text = TextSanitizer.ReplaceLoneSurrogates(decoded);
            if (IsBlank(text))
                return Failed(input, DiagnosticInfo.AtFile(DiagnosticDescriptors.EmptyArticle, path, input.File));

            return Parse(input.File, path, text, input.PublishedOverride, token);
        }

        /// <summary>The UTF-8 size of the text as it will be stored (a lone surrogate as U+FFFD, three bytes).</summary>
        internal static long Utf8Length(SourceText source, CancellationToken token)
        {
            var encoder = Encoding.UTF8.GetEncoder();
            var buffer = new char[16 * 1024];
            long bytes = 0;
            for (var start = 0; start < source.Length; start += buffer.Length)
            {
                token.ThrowIfCancellationRequested();
                var count = Math.Min(buffer.Length, source.Length - start);
                source.CopyTo(start, buffer, 0, count);
                // The encoder keeps a high surrogate that ends one chunk for the next one.
                bytes += encoder.GetByteCount(buffer, 0, count, flush: start + count == source.Length);
            }
            return bytes;
        }

        private static bool IsBlank(string text)
        {
            foreach (var c in text)
                if (!char.IsWhiteSpace(c)) return false;
            return true;
        }

        // An article's blocks are gathered here and copied out at their exact count, not in a list per article grown by
        // doubling. Per thread, since generators run on many; emptied after each article.
        [ThreadStatic] private static List<BlockModel>? t_blocks;

        internal static DocumentModel Parse(string file, string path, string text, int publishedOverride, CancellationToken token)
        {
            var blocks = t_blocks ??= new List<BlockModel>();
            try
            {
                return ReadBlocks(blocks, file, path, text, publishedOverride, token);
            }
            finally
            {
                blocks.Clear();
            }
        }

        private static DocumentModel ReadBlocks(List<BlockModel> blocks, string file, string path, string text, int publishedOverride, CancellationToken token)
        {
            var published = publishedOverride;
            var title = string.Empty;
            var leadSeen = 0;
            var inLead = true;
            var skipNextShort = false;

            foreach (var (start, end) in Lines(text))
            {
                token.ThrowIfCancellationRequested();
                // Lines are read in place; only the few that need it (the lead, a heading) are cut out.
                if (end == start) continue;
                if (Boilerplate.IsCounter(text, start, end) || Boilerplate.IsFurniture(text, start, end) || Boilerplate.IsPhotoCaption(text, start, end)) continue;
                if (Boilerplate.IsLinkLead(text, start, end))
                {
                    skipNextShort = true;
                    continue;
                }
                if (skipNextShort)
                {
                    skipNextShort = false;
                    if (end - start < 160 && !EndsSentence(text, end)) continue;
                }

                if (inLead && leadSeen < LeadLines)
                {
                    leadSeen++;
                    // The line is read in place too: only a dateline's (short) and the headline are cut out.
                    var date = end - start <= DatelineReader.MaxLineLength ? DatelineReader.ReadLine(text.Substring(start, end - start)) : 0;
                    if (date != 0)
                    {
                        if (published == 0) published = date;
                        blocks.Add(new BlockModel(BlockKind.Dateline, start, end - start, EquatableArray<SentenceModel>.Empty));
                        continue;
                    }
                    if (title.Length == 0 && LooksLikeHeadline(text, start, end))
                    {
                        title = text.Substring(start, end - start);
                        blocks.Add(Block(BlockKind.Title, text, start, end));
                        continue;
                    }
                    // Leading one-sentence summaries may stand above the headline; a real paragraph ends the lead.
                    if (end - start > 250) inLead = false;
                }

                var kind = !EndsSentence(text, end) && LooksLikeHeading(text, start, end) ? BlockKind.Heading : BlockKind.Paragraph;
                blocks.Add(Block(kind, text, start, end));
            }

            if (title.Length == 0) title = FallbackTitle(text, blocks, file);
            return new DocumentModel(file, path, text, title, published, blocks.ToEquatableArray(), EquatableArray<DiagnosticInfo>.Empty);
        }

        private static BlockModel Block(BlockKind kind, string text, int start, int end) =>
            new(kind, start, end - start, SentenceSplitter.Split(text, start, end));

        // Not U+2028 LINE SEPARATOR: it breaks a line inside a paragraph (a soft return), so it stays
        // in the block as white space and a quote or sentence across it is read whole.
        private static readonly char[] LineBreaks = { '\n', '\r', '\u2029', '\u0085', '\f', '\v' };
        private static readonly char[] RareLineBreaks = { '\u2029', '\u0085', '\f', '\v' };
        private static readonly char[] CommonLineBreaks = { '\n', '\r' };

        /// <summary>Lines (paragraphs) with their surrounding white space trimmed; every Unicode paragraph-ending break counts.</summary>
        internal static IEnumerable<(int Start, int End)> Lines(string text)
        {
            var lineStart = 0;
            // Most texts break lines only with \n and \r: then a search for those two alone is enough (and faster).
            var breaks = text.IndexOfAny(RareLineBreaks) < 0 ? CommonLineBreaks : LineBreaks;
            for (var i = 0; i <= text.Length; i++)
            {
                // Straight to the next line break (a vectorized search, not a test per character).
                i = i < text.Length ? text.IndexOfAny(breaks, i) : i;
                if (i < 0) i = text.Length;
                var atEnd = i == text.Length;
                var c = atEnd ? '\n' : text[i];
                int s = lineStart, e = i;
                while (s < e && char.IsWhiteSpace(text[s])) s++;
                while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
                yield return (s, e);
                if (!atEnd && c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                lineStart = i + 1;
            }
        }

        /// <summary>Whether the line ending at <paramref name="end"/> (not empty) ends as a sentence does.</summary>
        private static bool EndsSentence(string text, int end)
        {
            var last = text[end - 1];
            return last is '.' or '!' or '?' or ':' or ';' or ',' or '"' or '\u201D' or '\u2026' or ')';
        }

        private static int Words(string text, int start, int end)
        {
            var words = 0;
            var inWord = false;
            for (var i = start; i < end; i++)
            {
                if (char.IsWhiteSpace(text[i])) inWord = false;
                else if (!inWord) { inWord = true; words++; }
            }
            return words;
        }

        /// <summary>A headline: the line [start, end) (not empty) is short, has no sentence-final full stop, starts with a capital or digit.</summary>
        private static bool LooksLikeHeadline(string text, int start, int end) =>
            end - start <= 200 && Words(text, start, end) <= 25 && (char.IsUpper(text[start]) || char.IsDigit(text[start]) || text[start] is '"' or '\u201C' or '\'')
            && text[end - 1] != '.';

        /// <summary>
        /// A section heading: at most twelve words (separated by spaces), and short or in title case. Read in place: every
        /// line that ends without a sentence's end is asked.
        /// </summary>
        private static bool LooksLikeHeading(string text, int start, int end)
        {
            int words = 0, content = 0, capitalized = 0;
            for (var i = start; i < end;)
            {
                if (text[i] == ' ')
                {
                    i++;
                    continue;
                }
                var wordStart = i;
                while (i < end && text[i] != ' ') i++;
                if (++words > 12) return false;
                var first = text[wordStart];
                if (i - wordStart <= 3 && char.IsLower(first)) continue; // of, the, and, in, on, for
                content++;
                if (char.IsUpper(first) || char.IsDigit(first)) capitalized++;
            }
            if (words == 0 || !char.IsUpper(text[start]) && !char.IsDigit(text[start])) return false;
            return words <= 3 || capitalized * 4 >= content * 3;
        }

        private static string FallbackTitle(string text, List<BlockModel> blocks, string file)
        {
            foreach (var block in blocks)
            {
                if (block.Kind != BlockKind.Paragraph || block.Sentences.Count == 0) continue;
                var first = block.Sentences[0];
                var sentence = text.Substring(first.Start, first.Length);
                return sentence.Length <= 120 ? sentence : sentence.Substring(0, 119).TrimEnd() + "\u2026";
            }
            return file;
        }

        /// <summary>Why the decoded text is no article's text (with the first bad character), or null.</summary>
        private static string? NotText(string text, out int at)
        {
            // The compiler decodes the file itself and hands over U+FFFD for bytes that are not UTF-8
            // (a Windows-1252 "René" comes as "Ren\uFFFD"): that text would be compiled wrong, not read.
            at = text.IndexOf('\uFFFD');
            if (at >= 0) return "it is not UTF-8 (a byte that is not UTF-8 was read as U+FFFD)";
            return LooksBinary(text, out at) ? "it is binary, or UTF-16 without a byte order mark" : null;
        }

        private static bool LooksBinary(string text, out int at)
        {
            var bad = 0;
            at = -1;
            var limit = Math.Min(text.Length, 65536);
            for (var i = 0; i < limit; i++)
            {
                var c = text[i];
                var isBad = c == '\0' || (char.IsControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != '\v' && c != '\u0085');
                if (!isBad) continue;
                bad++;
                if (at < 0) at = i;
            }
            // A stray control character is noise; many mean not text (UTF-16 read as UTF-8 is every other one NUL).
            return limit > 0 && (bad * 20 > limit || bad > 64);
        }

        private static DocumentModel Failed(ArticleInput input, DiagnosticInfo diagnostic) =>
            new(input.File, input.Text.Path, string.Empty, input.File, input.PublishedOverride, EquatableArray<BlockModel>.Empty,
                new[] { diagnostic }.ToEquatableArray());
    }
}
