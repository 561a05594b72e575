using System;
using System.IO;
using System.Runtime.CompilerServices;
using System.Text;
using Xunit.Sdk;

namespace KnowledgeBase.Tests.Helpers;

/// <summary>
/// Snapshot assertions in Verify's conventions, so a later swap to Verify.SourceGenerators is
/// mechanical: <c>{Class}.{Method}.verified.{ext}</c> beside the test file is the approved
/// output; on a mismatch <c>.received.{ext}</c> is written next to it and the test fails with a
/// line diff. Set <c>KB_ACCEPT_SNAPSHOTS=1</c> to accept the received output instead.
/// </summary>
internal static class Snapshot
{
    public const string AcceptVariable = "KB_ACCEPT_SNAPSHOTS";

    public static void Verify(string actual, string extension = "cs", string? name = null,
        [CallerFilePath] string sourceFile = "", [CallerMemberName] string method = "")
    {
        var directory = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Snapshots");
        var stem = Path.GetFileNameWithoutExtension(sourceFile) + "." + (name ?? method);
        var verified = Path.Combine(directory, stem + ".verified." + extension);
        var received = Path.Combine(directory, stem + ".received." + extension);
        actual = Normalize(actual);

        var expected = File.Exists(verified) ? Normalize(File.ReadAllText(verified)) : null;
        if (expected == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        Directory.CreateDirectory(directory);
        if (Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true")
        {
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            if (File.Exists(received)) File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual, new UTF8Encoding(false));
        var message = expected is null
            ? $"No snapshot yet: review {received} and rename it to {Path.GetFileName(verified)} (or run with {AcceptVariable}=1)."
            : $"Snapshot {Path.GetFileName(verified)} differs; received output written to {received} (accept with {AcceptVariable}=1).\n{LineDiff.Format(expected, actual)}";
        throw new XunitException(message);
    }

    // Snapshots compare with \n line ends whatever git did to the checkout.
    private static string Normalize(string text) => text.Replace("\r\n", "\n");
}
