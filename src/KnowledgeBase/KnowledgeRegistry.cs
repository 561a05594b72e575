using System;
using System.Collections.Generic;

namespace KnowledgeBase
{
    /// <summary>
    /// The knowledge bases an assembly's generated code registered when it loaded (MSBuild option
    /// <c>KnowledgeBaseRegister</c>), so a program can take one without naming its generated class.
    /// </summary>
    public static class KnowledgeRegistry
    {
        private static readonly object s_lock = new();
        private static readonly List<string> s_names = new();
        private static readonly Dictionary<string, Lazy<Knowledge>> s_knowledge = new(StringComparer.Ordinal);

        /// <summary>Registers a knowledge base under its class name; <paramref name="load"/> runs on the first <see cref="Get"/>.</summary>
        /// <param name="name">The generated class's name (KnowledgeBaseName).</param>
        /// <param name="load">Makes the knowledge base, once.</param>
        public static void Register(string name, Func<Knowledge> load)
        {
            ArgumentNullException.ThrowIfNull(name);
            ArgumentNullException.ThrowIfNull(load);
            lock (s_lock)
            {
                // Two assemblies may register the same name: the first keeps it.
                if (s_knowledge.ContainsKey(name)) return;
                s_knowledge.Add(name, new Lazy<Knowledge>(load));
                s_names.Add(name);
            }
        }

        /// <summary>The names registered so far, in the order they were registered.</summary>
        public static IReadOnlyList<string> Names
        {
            get
            {
                lock (s_lock) return s_names.ToArray();
            }
        }

        /// <summary>The knowledge base registered under this name, or null.</summary>
        /// <param name="name">A name from <see cref="Names"/>.</param>
        public static Knowledge? Get(string name)
        {
            ArgumentNullException.ThrowIfNull(name);
            Lazy<Knowledge>? entry;
            lock (s_lock) s_knowledge.TryGetValue(name, out entry);
            return entry?.Value;
        }
    }
}
