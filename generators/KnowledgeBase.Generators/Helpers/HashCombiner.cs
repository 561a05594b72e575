namespace KnowledgeBase.Generators.Helpers
{
    /// <summary>Order-sensitive hash combining (netstandard2.0 has no System.HashCode).</summary>
    internal static class HashCombiner
    {
        public static int Combine(int seed, int value) => unchecked((seed * -1521134295) + value);
    }
}
