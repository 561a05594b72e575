using KnowledgeBase.Generators.Extraction.Analysis;

namespace KnowledgeBase.Generators.Extraction
{
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// Whether a finite clause opens at <paramref name="start"/>: its verb within five words (<see cref="OpensFiniteClauseAt"/>),
        /// or after a subject that a participle phrase describes ("concluded farmers living in Norvale long ago were skilled").
        /// </summary>
        private static bool OpensReportedClauseAt(SentenceInfo s, int start) => OpensFiniteClauseAt(s, start) || OpensClauseAfterReducedRelative(s, start);

        /// <summary>
        /// "Researchers concluded farmers living in Norvale thousands of years ago were skilled", "The fire service indicated an
        /// inquiry working with police was under way": the first verb after <paramref name="start"/> is a participle right after
        /// a noun (within four words), and a finite verb follows it within nine words with only words between (no comma,
        /// conjunction, relative or subordinating word): the noun is the subject of that verb, and the whole is a clause.
        /// "found the man lying dead in his home" (no finite verb), "found the boat drifting and called the coast guard",
        /// "found the dog sleeping when they came in" open none.
        /// </summary>
        private static bool OpensClauseAfterReducedRelative(SentenceInfo s, int start)
        {
            var tokens = s.Tokens;
            var a = s.Analysis;
            var participle = -1;
            for (var p = start + 1; p <= start + 4 && p < tokens.Count && participle < 0; p++)
            {
                if (!tokens[p].IsWord) return false;
                if (IsParticipleForm(tokens[p]) && a.TagAt(p - 1) is Tag.Noun or Tag.ProperNoun) participle = p;
            }
            if (participle < 0) return false;
            foreach (var group in a.FoundVerbGroups)
            {
                if (group.End <= start || group.Contains(participle)) continue;
                if (group.Start < participle || !group.IsFinite || group.Start > participle + 9) return false;
                for (var i = participle + 1; i < group.Start; i++)
                    if (!(tokens[i].IsWord || tokens[i].Kind == TokenKind.Number) || a.TagAt(i) is Tag.Conjunction or Tag.Subordinator or Tag.WhWord or Tag.Pronoun || tokens[i].Is("that")) return false;
                return true;
            }
            return false;
        }

        // "living", "working", "taken": a verb's -ing or past participle form, whatever the tagger made of it after a noun.
        private static bool IsParticipleForm(Token word)
        {
            var entry = word.Form?.Entry ?? WordEntry.Of(word.Text);
            return entry.Closed is null && entry.Can(OpenClass.Verb) && (entry.CanBeForm(VerbForm.Gerund) || entry.CanBeForm(VerbForm.Participle) && !entry.CanBeForm(VerbForm.Base));
        }
    }
}
