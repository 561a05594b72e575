using System;

namespace KnowledgeBase.Storage
{
    /// <summary>
    /// The compiled data of one knowledge base: a UTF-8 blob and an integer table laid out as
    /// <see cref="DataLayout"/> describes. Generated code derives from it and returns spans over
    /// data stored in the assembly image, so nothing is parsed or copied at start-up.
    /// </summary>
    public abstract class KnowledgeData
    {
        /// <summary>The knowledge base's name (the generated class name).</summary>
        public abstract string Name { get; }

        /// <summary>All text of the knowledge base, UTF-8 encoded.</summary>
        public abstract ReadOnlySpan<byte> Utf8 { get; }

        /// <summary>The integer table: header, record rows, lists and indexes.</summary>
        public abstract ReadOnlySpan<int> Table { get; }
    }
}
