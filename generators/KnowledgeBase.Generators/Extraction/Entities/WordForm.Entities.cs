namespace KnowledgeBase.Generators.Extraction
{
    // The entity recognizer's marks on a spelling (read only while the article's tokens share a form exactly when they share a text).
    internal sealed partial class WordForm
    {
        /// <summary>
        /// The run (<see cref="EntityRecognizer"/>) that last found this spelling to be the first or last word of a name it could
        /// not type: the person evidence around every capitalized word of the article is gathered for those words only.
        /// </summary>
        public long EvidenceInRun { get; set; }
    }
}
