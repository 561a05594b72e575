namespace KnowledgeBase.Generators.Extraction
{
    // "It thanked Ana Ruiz for her work, noting ...": a participle of saying after a comma reports the subject of the sentence's
    // clause before it, which stands before that clause's verb; a name in the clause's object never speaks.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>The clause's first speaker-like phrase (tokens from <paramref name="start"/> to <paramref name="end"/>), the subject a participle cue at <paramref name="cue"/> or a cue with no nearer subject has.</summary>
        private Speaker FirstPhraseOfClause(SentenceInfo s, int start, int end, int cue)
        {
            // "X, speaking at a rally in Velden, said": no subject in the aside. "The board fined two players, Ana Ruiz and Tomas Vell,
            // citing ...": a phrase with a finite verb before the comma is no fronted phrase, but the clause the participle goes on with.
            var phrase = FrontedClause(s, start, cue) ? MainSubjectOfParticiple(s, cue).Speaker : NounPhraseSpeaker(s, start, end);
            // "Several councillors faulted the ruling, calling it a "plain mistake"": the quotation is read before the
            // sentence's reported speech, so the participle's subject is the sentence's first speaker-like phrase, before its verb.
            if (!phrase.IsFound && SharesSubject(s.Tokens, cue) && MainSubjectOfParticiple(s, cue) is var (main, verbFound) && (main.IsFound || verbFound)) return main;
            return phrase.IsFound ? phrase : UnlistedNameSubject(s, start, end);
        }

        /// <summary>
        /// The participle cue at <paramref name="cue"/> goes on with a clause that a comma closes before <paramref name="start"/>,
        /// where its subject was looked for; not past ", with" ("..., with the next town, Orvik, reporting ...": that phrase speaks).
        /// </summary>
        private static bool FrontedClause(SentenceInfo s, int start, int cue)
        {
            if (start < 2 || !s.Tokens[start - 1].IsPunct(',') || !SharesSubject(s.Tokens, cue) || MainClause(s, cue) is not { } main || main.Verb.Start >= start) return false;
            for (var k = main.Verb.Start; k < cue; k++)
                if (s.Tokens[k].Is("with") && s.Tokens[k - 1].IsPunct(',')) return false;
            return true;
        }

        /// <summary>
        /// The subject of the participle cue at <paramref name="cue"/>: the first speaker-like phrase between the sentence's main
        /// clause's start and its finite verb ("When asked, Ana Ruiz thanked ...": Ana Ruiz), or, for "it" opening the sentence,
        /// the body the sentence before is about; whether such a clause was found (without one, nothing is told).
        /// </summary>
        private (Speaker Speaker, bool VerbFound) MainSubjectOfParticiple(SentenceInfo s, int cue)
        {
            if (MainClause(s, cue) is not { } main) return (NounPhraseSpeaker(s, 0, cue - 1), false);
            var verb = main.Verb.Start;
            var subject = (main.Start == 0 ? ItBeforeVerb(s, verb) : null) ?? NounPhraseSpeaker(s, main.Start, verb);
            // "They urged Ruiz to resign, and warned ...": a "they" or "it" no body resolves speaks unnamed; Ruiz does not.
            return (subject.IsFound || !(s.Tokens[main.Start].Is("they") || s.Tokens[main.Start].Is("it")) ? subject : new Speaker(null, s.Tokens[main.Start].Text), true);
        }

        /// <summary>The sentence's first main clause with a finite verb before <paramref name="end"/>, or null.</summary>
        private static Analysis.Clause? MainClause(SentenceInfo s, int end)
        {
            foreach (var clause in s.Analysis.Clauses)
                if (clause.Kind == Analysis.ClauseKind.Main && clause.Verb.IsFinite && clause.Verb.Start < end && clause.Start < clause.Verb.Start) return clause;
            return null;
        }

        /// <summary>"it" opening the sentence with only adverbs before its verb at <paramref name="verb"/> ("It also thanked ..."): the body the sentence before is about.</summary>
        private Speaker? ItBeforeVerb(SentenceInfo s, int verb)
        {
            if (!s.Tokens[0].Is("it")) return null;
            for (var k = 1; k < verb; k++)
                if (s.Analysis.TagAt(k) != Analysis.Tag.Adverb) return null;
            return BodyBefore(s, 0) is { } body ? new Speaker(body, s.Tokens[0].Text) : null;
        }
    }
}
