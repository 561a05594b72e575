using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace KnowledgeBase.Tests.Robustness.Fuzz;

/// <summary>How the host turns an additional file's bytes into text.</summary>
internal enum Decoding
{
    /// <summary>
    /// As csc does: a byte order mark is honoured; without one, strict UTF-8, and when that fails
    /// the fallback code page (Latin-1 here); a binary file (two NULs in a row) gives no text.
    /// </summary>
    Compiler,

    /// <summary>As <see cref="SourceText.From(Stream, Encoding, SourceHashAlgorithm, bool, bool)"/> with
    /// detection: BOM or UTF-8, invalid bytes become U+FFFD; a binary file gives no text. This is also
    /// what csc does where its fallback code page is UTF-8 (Linux, macOS).</summary>
    Lenient,
}

/// <summary>An additional file given as bytes, decoded the way the host decodes files from disk.</summary>
internal sealed class ByteAdditionalText(string path, byte[] bytes, Decoding decoding) : AdditionalText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public override string Path { get; } = path;

    public byte[] Bytes { get; } = bytes;

    public override SourceText? GetText(CancellationToken cancellationToken = default) => Decode(Bytes, decoding);

    public static SourceText? Decode(byte[] bytes, Decoding decoding)
    {
        try
        {
            if (decoding == Decoding.Lenient) return From(bytes, null);
            try
            {
                return From(bytes, StrictUtf8);
            }
            catch (DecoderFallbackException)
            {
                return From(bytes, Encoding.Latin1);
            }
        }
        catch (InvalidDataException)
        {
            // What csc does for a binary file: no text (and its own error); the generator sees null.
            return null;
        }
    }

    private static SourceText From(byte[] bytes, Encoding? encoding)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        return SourceText.From(stream, encoding, SourceHashAlgorithm.Sha256, throwIfBinaryDetected: true);
    }
}
