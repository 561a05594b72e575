using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction.Events
{
    internal static partial class StatementEvents
    {
        /// <summary>
        /// "Mayor Ana Ruiz wrote on Twitter ...", "..., wrote Ana Ruiz on Facebook", "The Velden Port Authority said via its
        /// website ...": words put out on a public online channel are a statement, as a tweet is. Only plain saying: "accused
        /// Y on Twitter" is an accusation (its own row); and the channel belongs to the saying, not to what is said ("said the
        /// video spread on Twitter"). A person posts as a principal only in an office the text gives them ("Mayor Ana Ruiz"):
        /// a post by a commentator, an athlete or a former official ("Former Governor Tomas Vell wrote on Twitter") is a reaction.
        /// </summary>
        internal static bool Online(QuoteDraft q)
        {
            if (q.Cue is null || q.Speaker.Entity is { } speaker && !InOffice(speaker, q.Sentence)) return false;
            var lemma = CueVerbs.Lemma(q.Cue);
            if (!IsPlainSpeech(lemma) && lemma != "post" && lemma != "announce") return false;
            var tokens = q.Sentence.Tokens;
            var cue = CueAt(q);
            for (var i = cue + 1; cue >= 0 && i < tokens.Count && i <= cue + 5; i++)
            {
                // Past the word right after the cue, a word of what is reported ends the search.
                if (i > cue + 1 && Reports(q, tokens[i])) return false;
                if (!(tokens[i].Is("on") || tokens[i].Is("via") || tokens[i].Is("through"))) continue;
                var at = i + 1;
                if (at < tokens.Count && ClauseReader.IsDeterminerOrPossessive(tokens[at].Lower)) at++;
                if (at < tokens.Count && tokens[at].Is("official")) at++;
                if (at < tokens.Count && CommonWords.IsOnlineChannel(tokens[at].Lower)) return true;
                // "on social media"
                if (at + 1 < tokens.Count && tokens[at].Is("social") && tokens[at + 1].Is("media")) return true;
            }
            return false;
        }

        // An organization or a country, or a person given an office title and not named as its former holder in the sentence.
        private static bool InOffice(EntityDraft speaker, SentenceInfo s)
        {
            if (speaker.Kind != EntityKind.Person) return true;
            var titled = false;
            foreach (var role in speaker.Roles)
                if (Titles.IsTitleWord(role)) titled = true;
            if (!titled) return false;
            var tokens = s.Tokens;
            foreach (var m in s.Mentions)
                for (var i = m.TokenStart - 1; m.Entity == speaker && i >= 0 && i >= m.TokenStart - 6; i--)
                    if (tokens[i].Is("former") || tokens[i].Is("ex")) return false;
            return true;
        }
    }
}
