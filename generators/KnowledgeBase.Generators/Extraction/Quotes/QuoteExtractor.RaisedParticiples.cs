using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // Reduced passives: "a storm, estimated to have sunk forty boats", "two men believed to have fled": no one speaks.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "the Orlen flood, estimated to have cost ...", "three sailors believed to be missing": the past participle of a cue of
        /// <see cref="RaisedParticiples"/> right after a comma, or after a noun that a verb before it governs (adverbs skipped), and before an infinitive's "to" tells of that
        /// noun, as "is believed to" does; with no "by" agent nobody is named as saying it. A form of "have" or a pronoun before it
        /// ("have said to leave", "she expected to win") is a finite verb with a subject, not such a participle.
        /// </summary>
        private static bool RaisedAfterItsNoun(SentenceInfo s, int c)
        {
            var tokens = s.Tokens;
            if (c < 1 || c + 2 >= tokens.Count || !tokens[c + 1].Is("to") || !s.Analysis.IsInfinitiveToAt(c + 1)) return false;
            var lemma = CueVerbs.Lemma(tokens[c]);
            var listed = false;
            foreach (var row in RaisedParticiples) listed |= row.Lemma == lemma;
            if (!listed || s.Analysis.Tags.Forms[c] is not (Analysis.VerbForm.Past or Analysis.VerbForm.Participle)) return false;
            var before = c - 1;
            while (before > 0 && s.Analysis.TagAt(before) == Analysis.Tag.Adverb) before--;
            if (tokens[before].IsPunct(',')) return true;
            if (s.Analysis.TagAt(before) is not (Analysis.Tag.Noun or Analysis.Tag.ProperNoun)) return false;
            // "The council said to wait": with no verb before its noun, the cue is the clause's own verb and the noun its subject.
            for (var i = before - 1; i >= 0; i--)
                if (s.Analysis.TagAt(i) is Analysis.Tag.Verb or Analysis.Tag.Auxiliary or Analysis.Tag.Modal) return true;
            return false;
        }

        /// <summary>
        /// Cues whose past participle, after its noun and before "to", is a passive with no agent (<see cref="RaisedAfterItsNoun"/>):
        /// the lemma and an invented sentence that quotes nothing. The rows run as tests.
        /// </summary>
        internal static readonly CueLemmaRow[] RaisedParticiples =
        {
            new("estimate", "Mira Holt had not rebuilt her farm after the flood, estimated to have drowned six hundred sheep."),
            new("believe", "Velden police are searching for four men believed to have set fire to the grain barn."),
            new("think", "Police in Ostrel arrested two men thought to have started the blaze at the depot."),
            new("allege", "The council sacked a clerk alleged to have sold permits to ferry owners."),
            new("say", "The Velden Council listed nine officials said to have taken bribes from the ferry firm."),
            new("report", "Rescuers reached a village reported to be cut off by the mudslide."),
            new("fear", "Rescue teams in Norvale searched for 14 miners feared to have died in the collapse."),
            new("predict", "Farmers in Velland braced for a drought predicted to last until the spring."),
            new("expect", "The port authority named two captains expected to lead the new ferry line in May."),
        };
    }
}
