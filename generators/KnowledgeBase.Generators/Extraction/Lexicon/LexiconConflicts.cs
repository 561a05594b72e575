using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Lexicon
{
    /// <summary>
    /// What a loader refused: a key given twice, or a line it could not read. The converter writes each
    /// key once, so a correct build has none; the tests assert that every list is empty.
    /// </summary>
    internal sealed class LexiconConflicts
    {
        private readonly List<string> _messages = new List<string>();

        public IReadOnlyList<string> Messages => _messages;

        public void Duplicate(string file, int line, string key) =>
            _messages.Add(file + ":" + line + ": duplicate key '" + key + "' (the first one is kept)");

        public void Unreadable(string file, int line, string reason) =>
            _messages.Add(file + ":" + line + ": " + reason);
    }
}
