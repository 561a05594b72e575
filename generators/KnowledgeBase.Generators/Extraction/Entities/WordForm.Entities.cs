namespace KnowledgeBase.Generators.Extraction
{
    // The entity recognizer's marks on a spelling (read only while the article's tokens share a form exactly when they share a text).
    internal sealed partial class WordForm
    {
        private byte _entityWords;

        /// <summary>
        /// The run (<see cref="EntityRecognizer"/>) that last found this spelling to be the first or last word of a name it could
        /// not type: the person evidence around every capitalized word of the article is gathered for those words only.
        /// </summary>
        public long EvidenceInRun { get; set; }

        /// <summary>Which of the entity recognizer's word classes the spelling is in (<see cref="EntityRecognizer.ClassesOf"/>), worked out on first asking.</summary>
        internal EntityWords EntityWords =>
            (EntityWords)(_entityWords != 0 ? _entityWords : _entityWords = (byte)(EntityWords.Asked | EntityRecognizer.ClassesOf(Text)));
    }

    /// <summary>Word classes the entity recognizer asks of the words of every run (<see cref="EntityRecognizer.ClassesOf"/>).</summary>
    [System.Flags]
    internal enum EntityWords : byte
    {
        None = 0,
        Asked = 1, // set once the classes are worked out
        ThingFirstWord = 2, // "Hurricane", "Operation": the first word of an event's or a storm's name
        ThingWord = 4, // "Prize", "Telescope", "War": the head word of a thing's name
        Direction = 8, // "Northern", "East", "Upper": a part of a place
    }
}
