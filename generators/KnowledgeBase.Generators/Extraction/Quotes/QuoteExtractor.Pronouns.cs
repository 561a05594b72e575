using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // Speakers named by a pronoun ("he said", "they said") and the first actor of a sentence.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// "President X threatened the network, and he accused it of ...": "he"/"she" after a person who is a subject
        /// earlier in the same sentence is that person; otherwise the person the text was last about.
        /// </summary>
        private Speaker PronounSpeaker(SentenceInfo s, int pronoun)
        {
            var tokens = s.Tokens;
            if (tokens[pronoun].Is("he") || tokens[pronoun].Is("she"))
            {
                // 'He said Ana Ruiz is "..."; however, "...", he added': the same pronoun as the sentence's subject before any
                // person named is that subject again, not the person named in what it reported.
                if (SamePronounBefore(s, pronoun) is var first && first >= 0) return PronounSpeaker(s, first);
                if (PersonSubjectBefore(s, pronoun, tokens[pronoun].Is("he") ? "he" : "she") is { } subject) return new Speaker(subject, tokens[pronoun].Text);
            }
            if (UnnamedSpeakerJustBefore(s, pronoun) is { IsFound: true } unnamed) return unnamed;
            if ((tokens[pronoun].Is("he") || tokens[pronoun].Is("she")) && UnnamedPersonJustBefore(s, pronoun) is { IsFound: true } one) return one;
            if (_salient is null) return default;
            // "She said" after a man the text was about: the woman named last before him.
            if (Disagrees(_salient, tokens[pronoun]))
                foreach (var person in RecentPeople.Before(_sentences, s, pronoun, 4))
                    if (!Disagrees(person, tokens[pronoun])) return new Speaker(person, tokens[pronoun].Text);
            return new Speaker(_salient, tokens[pronoun].Text);
        }

        /// <summary>
        /// The first person named before <paramref name="before"/> in its sentence whom a "he"/"she" (or "his"/"her") there can stand
        /// for: outside quotation marks, governed by no preposition, no possessor, and of <paramref name="gender"/> ("he" or "she")
        /// as far as the article tells; null when none.
        /// </summary>
        private EntityDraft? PersonSubjectBefore(SentenceInfo s, int before, string gender)
        {
            var tokens = s.Tokens;
            foreach (var m in s.Mentions)
            {
                if (m.TokenStart >= before) break;
                if (m.Entity.Kind != EntityKind.Person || InsideQuotationMarks(tokens, m.TokenStart) || IsOblique(s, m)) continue;
                if (m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Kind == TokenKind.Possessive) continue;
                if (PronounOfPerson(m.Entity) is { } expected && expected != gender) continue;
                return m.Entity;
            }
            return null;
        }

        /// <summary>
        /// "Karel Dorn's former business partner Tomas Vell": a person followed by a possessive and a few lower-case words
        /// (or titles) before another person's name, who heads the phrase.
        /// </summary>
        private static bool OwnsNamedPerson(SentenceInfo s, Mention m)
        {
            var tokens = s.Tokens;
            if (m.Entity.Kind != EntityKind.Person || m.TokenEnd >= tokens.Count || tokens[m.TokenEnd].Kind != TokenKind.Possessive) return false;
            for (var i = m.TokenEnd + 1; i < tokens.Count && i <= m.TokenEnd + 6; i++)
            {
                if (s.MentionAt(i) is { } next) return next.TokenStart == i && next.Entity.Kind == EntityKind.Person;
                if (!tokens[i].IsWord || CommonWords.IsFunctionWord(tokens[i]) || tokens[i].IsCapitalized && !Titles.IsRoleNoun(tokens[i])) return false;
            }
            return false;
        }

        /// <summary>
        /// The index of the same "he"/"she" as at <paramref name="pronoun"/> earlier in its sentence, before any person is named there
        /// (and outside quoted words), when a person is named between the two; otherwise -1.
        /// </summary>
        private static int SamePronounBefore(SentenceInfo s, int pronoun)
        {
            var firstPerson = pronoun;
            foreach (var m in s.Mentions)
                if (m.Entity.Kind == EntityKind.Person) { firstPerson = Math.Min(m.TokenStart, pronoun); break; }
            for (var i = 0; i < firstPerson; i++)
                if (s.Tokens[i].Is(s.Tokens[pronoun].Lower) && !InsideQuotationMarks(s.Tokens, i)) return firstPerson < pronoun ? i : -1;
            return -1;
        }

        /// <summary>'"Tomas Vell and I argued for years," he said': a name after an odd number of quotation marks in its sentence is quoted words, not a subject "he" can be.</summary>
        private static bool InsideQuotationMarks(List<Token> tokens, int at)
        {
            var marks = 0;
            for (var i = 0; i < at; i++)
                if (tokens[i].Kind == TokenKind.Punctuation && tokens[i].Text is "\"" or "\u201C" or "\u201D") marks++;
            return marks % 2 == 1;
        }

        /// <summary>A mention governed by a preposition, past the titles, demonyms and modifiers before the name, or listed after one.</summary>
        private static bool IsOblique(SentenceInfo s, Mention m)
        {
            var tokens = s.Tokens;
            var i = m.TokenStart - 1;
            // "advisor to Velden's Governor Emil Sorn": past a possessive place or body before the title too.
            while (i >= 0 && (tokens[i].IsWord && (tokens[i].IsCapitalized || Titles.IsRoleNoun(tokens[i]) || tokens[i].Is("former") || tokens[i].Is("the"))
                || tokens[i].Kind == TokenKind.Possessive && i > 0 && tokens[i - 1].IsCapitalized)) i--;
            if (i < 0) return false;
            return IsPreposition(tokens[i]) || tokens[i].Is("under") || tokens[i].Is("during") || tokens[i].Is("after") || tokens[i].Is("before") || tokens[i].Is("like")
                || ListedAfterOblique(s, m, i);
        }

        /// <summary>
        /// "She was married to Ana Ruiz, Tomas Vell and Jon Brant": a later name of a list whose first is a preposition's object is
        /// governed too. A list: "and"/"or" before the name, or ", and"/"and" after it; "With Ana Ruiz, Tomas Vell said" is no list.
        /// </summary>
        private static bool ListedAfterOblique(SentenceInfo s, Mention m, int i)
        {
            var tokens = s.Tokens;
            var conjoined = tokens[i].Is("and") || tokens[i].Is("or");
            var j = conjoined ? i - 1 : i;
            if (j >= 0 && tokens[j].IsPunct(',')) j--;
            if (j == i || j < 0 || s.MentionAt(j) is not { Entity.Kind: EntityKind.Person } before || before.TokenEnd != j + 1) return false;
            var next = m.TokenEnd < tokens.Count && tokens[m.TokenEnd].IsPunct(',') ? m.TokenEnd + 1 : m.TokenEnd;
            if (!conjoined && !(next < tokens.Count && (tokens[next].Is("and") || tokens[next].Is("or")))) return false;
            return IsOblique(s, before);
        }

        /// <summary>
        /// "The head of the port's divers told the court "...". She also said "..."": "he"/"she" opening the sentence (or right
        /// after the quotation that opens it: '"...," she said') right after one whose last quotation has an unnamed person for
        /// speaker (a singular role, no name) and which names no person is that speaker; a role speaking for a body ("A
        /// spokeswoman for the Velden Police said ...") is that body.
        /// </summary>
        private Speaker UnnamedSpeakerJustBefore(SentenceInfo s, int pronoun)
        {
            var tokens = s.Tokens;
            if (pronoun > 0 && !AfterOpeningQuotation(tokens, pronoun) || s.Index == 0 || _quotes.Count == 0) return default;
            var last = _quotes[_quotes.Count - 1];
            if (last.Sentence.Index != s.Index - 1 || last.Speaker.Entity is { Kind: EntityKind.Person } || !last.Speaker.IsFound) return default;
            foreach (var m in last.Sentence.Mentions)
                if (m.Entity.Kind == EntityKind.Person) return default;
            foreach (var word in last.Speaker.Text.Split(' '))
            {
                if (word == "of") break;
                if (Titles.IsRoleNoun(word.ToLowerInvariant())) return last.Speaker;
            }
            return default;
        }

        /// <summary>"she" for a man or "he" for a woman, as far as the article (<see cref="PronounOfPerson"/>) and the English name lists tell.</summary>
        private bool Disagrees(EntityDraft person, Token pronoun) =>
            (pronoun.Is("he") || pronoun.Is("she")) && PronounOfPerson(person) is { } expected && !pronoun.Is(expected);

        /// <summary>
        /// The sentence's first actor outside the quotation: a person named, a body heading the main clause, or a pronoun subject
        /// before any ("he praised X's life: "..."" is his quotation); a possessor ("X's life") acts in nothing. In a sentence that cites
        /// its source ("According to harbour officials, Vell was steering "far too fast"") only a name in the source's phrase acts: the
        /// words quoted inside the report are the source's (<see cref="QuotedWithinReported"/>), not those of whom it is about.
        /// An actor told the words by another ("he was told by X of "..."") yields to the agent (<see cref="AgentOfToldSubject"/>).
        /// </summary>
        private Speaker FirstActor(SentenceInfo s, List<(int Open, int Close)> quoted)
        {
            var tokens = s.Tokens;
            var (citedFrom, citedTo) = CitedSourcePhrase(s, quoted);
            for (var i = 0; i < tokens.Count; i++)
            {
                if (Inside(quoted, i)) continue;
                if (citedFrom >= 0 && (i < citedFrom || i >= citedTo)) continue;
                if (s.MentionAt(i) is { } m)
                {
                    var possessor = m.TokenEnd < tokens.Count && tokens[m.TokenEnd].Kind == TokenKind.Possessive;
                    if (m.Entity.Kind == EntityKind.Person && !possessor) return AgentOfToldSubject(s, m.TokenEnd) is { IsFound: true } agent ? agent : new Speaker(m.Entity, Join(tokens, m.TokenStart, m.TokenEnd));
                    // "The Velden Ferry Company defended the fare, which Mayor Ana Ruiz set, as fair: "..."": a body heading the
                    // main clause acts before any person named after it.
                    if (m.Entity.Kind == EntityKind.Organization && !m.IsDemonym && !possessor && IsMainSubject(s, m)) return new Speaker(m.Entity, Join(tokens, m.TokenStart, m.TokenEnd));
                    i = m.TokenEnd - 1;
                    continue;
                }
                if (tokens[i].IsWord && IsA(tokens[i], QuoteWords.PersonalPronoun) && !tokens[i].Is("his") && !tokens[i].Is("her") && !tokens[i].Is("him") && _salient is not null)
                    return AgentOfToldSubject(s, i + 1) is { IsFound: true } told ? told : new Speaker(_salient, tokens[i].Text);
            }
            return default;
        }

        /// <summary>
        /// The tokens of the phrase after "according to" (to its comma or the sentence end) when it names who speaks (a name, a group
        /// or a role; not "its press release"), or (-1, -1).
        /// </summary>
        private static (int From, int To) CitedSourcePhrase(SentenceInfo s, List<(int Open, int Close)> quoted)
        {
            var tokens = s.Tokens;
            for (var i = 0; i + 2 < tokens.Count; i++)
            {
                if (!tokens[i].Is("according") || !tokens[i + 1].Is("to") || Inside(quoted, i)) continue;
                var end = i + 2;
                var names = false;
                for (; end < tokens.Count && !tokens[end].IsPunct(',') && !tokens[end].IsPunct(':') && !IsSentenceEnd(tokens[end]); end++)
                    names |= s.MentionAt(end) is not null || tokens[end].IsWord && (Titles.IsRoleNoun(tokens[end]) || IsA(tokens[end], QuoteWords.SpeakingGroup) && !(end + 1 < tokens.Count && IsWrittenWordsNoun(tokens[end + 1])));
                return names ? (i + 2, end) : (-1, -1);
            }
            return (-1, -1);
        }

        /// <summary>
        /// "Residents of Velden protested. They said ...": "they" opening its sentence (or after a fronted phrase), right after a sentence
        /// that names no person and whose main clause has an unnamed group of people as its subject ("residents", "the foreign
        /// ministers"), is that group, named by its words (past the article). A sentence between whose main subject is such a
        /// "they" passes the group on ("The ministers met. They concluded ... . They called on ..."), up to three sentences back.
        /// Other "they" names no speaker here.
        /// </summary>
        private Speaker GroupBefore(SentenceInfo s, int pronoun, int depth = 0)
        {
            // "Officials said they believed ...": a "they" after its sentence's own subject is that subject; only a sentence's first
            // word, or the first after a short fronted phrase ("From this, they concluded"), points back.
            // '"The roads are closed," they said.': right after the quotation that opens its sentence, "they" opens the clause of its cue.
            var afterQuotation = AfterOpeningQuotation(s.Tokens, pronoun);
            if (s.Index == 0 || s.Index >= _sentences.Count || !afterQuotation && (pronoun > 6 || pronoun > 0 && !s.Tokens[pronoun - 1].IsPunct(',') || s.Mentions.Count > 0 && s.Mentions[0].TokenStart < pronoun)) return default;
            var before = _sentences[s.Index - 1];
            if (LeadAuthor(before) is { } lead) return lead;
            foreach (var m in before.Mentions)
                if (m.Entity.Kind == EntityKind.Person) return default;
            return GroupSubject(before, before.Tokens.Count, depth);
        }

        /// <summary>
        /// Who a "they" before the cue at <paramref name="cue"/> stands for: the group of the sentence before (<see cref="GroupBefore"/>),
        /// else the body or group that reported last (<see cref="ReporterBefore"/>); a "they" that neither resolves, with no cue before it
        /// in its sentence, names nobody (a speaker not found); otherwise null, and the subject is looked for further.
        /// </summary>
        private Speaker? TheySpeaker(SentenceInfo s, int pronoun, int start, int cue)
        {
            if (GroupBefore(s, pronoun) is { IsFound: true } group) return group;
            if (ReporterBefore(s, pronoun, cue) is { IsFound: true } reporter) return reporter;
            return UnresolvedThey(s, start, cue) ? default(Speaker) : null;
        }

        /// <summary>
        /// "Velden authorities said the market was the largest. Listed towns were: Arno and Brill. They also stated ...", "Ostrel
        /// officials said the man fell ill; his death, they reported, was ...": a "they" opening its clause (first in its sentence or
        /// after a comma or semicolon) right before the cue's verbs is whoever reported last, in its sentence or one of the two before,
        /// when that was an organization, a country or an unnamed group in the plural (not a document) opening its sentence
        /// (<see cref="OpensItsSentence"/>), and no person is named since.
        /// </summary>
        private Speaker ReporterBefore(SentenceInfo s, int pronoun, int cue)
        {
            var tokens = s.Tokens;
            if (_quotes.Count == 0 || s.Analysis.VerbGroupStartAt(cue) - 1 != pronoun || pronoun > 0 && !tokens[pronoun - 1].IsPunct(',') && !tokens[pronoun - 1].IsPunct(';')) return default;
            var last = _quotes[_quotes.Count - 1];
            if (last.Sentence.Index > s.Index || last.Sentence.Index < s.Index - 2 || !IsReportingBody(last.Speaker) || !OpensItsSentence(last.Sentence, last.Speaker.Text)) return default;
            for (var k = last.Sentence.Index + 1; k <= s.Index; k++)
                foreach (var m in _sentences[k].Mentions)
                    if (m.Entity.Kind == EntityKind.Person && (k < s.Index || m.TokenStart < pronoun)) return default;
            return last.Speaker;
        }

        /// <summary>
        /// "As of Monday, the Velden Weather Office reported ...": the words of a reporter open its sentence, past "the" and a fronted
        /// phrase's comma (or a quotation's close); "Marchers demand that the council stop ..." has the council in a clause inside.
        /// </summary>
        private static bool OpensItsSentence(SentenceInfo s, string words)
        {
            var tokens = s.Tokens;
            var count = words.Split(' ').Length;
            for (var i = 0; i + count <= tokens.Count; i++)
            {
                if (Join(tokens, i, i + count) != words) continue;
                var before = i > 0 && tokens[i - 1].Is("the") ? i - 2 : i - 1;
                if (before < 0 || IsQuoteClose(tokens[before])) return true;
                if (!tokens[before].IsPunct(',')) return false;
                for (var k = 0; k < before; k++)
                    if (tokens[k].Is("that") || CueAt(s, k) is not null) return false;
                return true;
            }
            return false;
        }

        /// <summary>An organization or country that spoke, or an unnamed group in the plural ("Ostrel officials", "police"); no document ("the report").</summary>
        private static bool IsReportingBody(Speaker speaker)
        {
            var words = speaker.Text.Split(' ');
            var head = words[words.Length - 1].ToLowerInvariant();
            if (IsDocumentNoun(head)) return false;
            if (speaker.Entity is { } entity) return entity.Kind == EntityKind.Organization || entity.IsCountry;
            return CommonWords.IsSpeakingGroup(head) && (head.EndsWith("s", StringComparison.Ordinal) || head is "police" or "people");
        }

        /// <summary>
        /// "Mira Holt et al studied the reefs. They showed ...": the first person named in a sentence, right before "et al", stands
        /// for the authors of a study; the "they" after it is them, and the lead author speaks for them. With no person named,
        /// a bare surname before "et al" ("In 2014, du Marel et al studied ...") is that author, unnamed.
        /// </summary>
        private static Speaker? LeadAuthor(SentenceInfo s)
        {
            var tokens = s.Tokens;
            foreach (var m in s.Mentions)
            {
                if (m.Entity.Kind != EntityKind.Person) continue;
                return IsEtAl(tokens, m.TokenEnd) ? new Speaker(m.Entity, Join(tokens, m.TokenStart, m.TokenEnd)) : null;
            }
            for (var i = 1; i < tokens.Count; i++)
            {
                if (!IsEtAl(tokens, i)) continue;
                // "du Marel et al": a surname the names list does not know, with its particle; a name of a place or body is no author.
                if (!tokens[i - 1].IsWord || !tokens[i - 1].StartsUpper || s.MentionAt(i - 1) is not null) return null;
                var start = i - 1 > 0 && EntityRecognizer.IsLowerSurnameParticle(tokens[i - 2]) ? i - 2 : i - 1;
                return new Speaker(null, Join(tokens, start, i));
            }
            return null;
        }

        /// <summary>"et al" ("et al.") opens at <paramref name="at"/>.</summary>
        private static bool IsEtAl(List<Token> tokens, int at) =>
            at + 1 < tokens.Count && tokens[at].Is("et") && tokens[at + 1].Lower.StartsWith("al", StringComparison.Ordinal);

        /// <summary>
        /// The unnamed group of people heading the subject of the main clause of <paramref name="s"/> that starts before
        /// <paramref name="limit"/> ("residents", "the foreign ministers"), named by its words past the article; a "they" there
        /// passes on the group before it (<see cref="GroupBefore"/>, up to three sentences back); anything else names no group.
        /// </summary>
        private Speaker GroupSubject(SentenceInfo s, int limit, int depth)
        {
            foreach (var clause in s.Analysis.Clauses)
            {
                // Before a trailing attribution the clause it closes may be read as what was said: "X charged Y, they said."
                if (!(clause.Kind == Analysis.ClauseKind.Main || clause.Kind == Analysis.ClauseKind.Reported && limit < s.Tokens.Count)) continue;
                if (clause.Subject is not { } subject || subject.Head >= limit || subject.Possessor is not null || s.MentionAt(subject.Head) is not null) return default;
                var head = s.Tokens[subject.Head];
                if (head.Is("they")) return depth < 2 ? GroupBefore(s, subject.Head, depth + 1) : default;
                if (!CommonWords.IsSpeakingGroup(head.Text) || !head.Text.EndsWith("s", StringComparison.Ordinal) && !head.Is("police") && !head.Is("people")) return default;
                var start = s.Tokens[subject.Start].Is("the") ? subject.Start + 1 : subject.Start;
                return new Speaker(null, Join(s.Tokens, start, subject.End));
            }
            return default;
        }

        /// <summary>
        /// "State prosecutors charged the driver with arson, they said Sunday.": the "they" of an attribution closing its sentence
        /// (after the comma at <paramref name="comma"/>) is the unnamed group heading the subject of the clause it closes; a
        /// "they" no such group stands for names no speaker (never the person the text was last about).
        /// </summary>
        private Speaker TrailingThey(SentenceInfo s, int comma) => GroupSubject(s, comma, 2);

        /// <summary>'"...," they said': the token at <paramref name="at"/> follows (past a comma) the closing mark of a quotation that opens its sentence.</summary>
        private static bool AfterOpeningQuotation(List<Token> tokens, int at) =>
            at > 1 && tokens[0].IsOpeningQuote && (IsQuoteClose(tokens[at - 1]) || tokens[at - 1].IsPunct(',') && IsQuoteClose(tokens[at - 2]));

        /// <summary>
        /// "Then I thought the bridge would fall", "we said no": "I" or "we" right before the verb group of the cue at
        /// <paramref name="cue"/> is its subject (its index; -1 when none): the writer, or the interviewee a transcript's
        /// "((Name))" label names (<see cref="PersonBefore"/>); a word before it ("Then") is no speaker.
        /// </summary>
        private static int FirstPersonSubject(SentenceInfo s, int start, int cue)
        {
            var found = false;
            for (var k = start; k < cue && !found; k++) found = s.Tokens[k].Is("I") || s.Tokens[k].Is("we");
            if (!found) return -1; // answered without the sentence's analysis
            var subject = s.Analysis.VerbGroupStartAt(cue) - 1;
            return subject >= start && subject < cue && (s.Tokens[subject].Is("I") || s.Tokens[subject].Is("we")) ? subject : -1;
        }

        /// <summary>
        /// "((Mira Holt)) Then I thought ...": the first person named before a first-person subject, or a transcript's "((Name))"
        /// label whatever the name was taken for, speaks; none, nobody named does.
        /// </summary>
        private static Speaker PersonBefore(SentenceInfo s, int start, int subject)
        {
            foreach (var m in s.Mentions)
                if (m.TokenStart >= start && m.TokenEnd <= subject && (m.Entity.Kind == EntityKind.Person || IsTurnLabel(s.Tokens, m)))
                    return new Speaker(m.Entity, Join(s.Tokens, m.TokenStart, m.TokenEnd));
            return default;
        }

        private static bool IsTurnLabel(List<Token> tokens, Mention m) =>
            m.TokenStart >= 2 && tokens[m.TokenStart - 1].IsPunct('(') && tokens[m.TokenStart - 2].IsPunct('(');

        /// <summary>
        /// "One of the fishermen said", "one of her sons told": one unnamed member of a group, the subject right before the
        /// cue's verb group, speaks; the whole phrase names him (the group does not speak). A name inside leaves it to the names.
        /// </summary>
        private static Speaker OneOfGroup(SentenceInfo s, int start, int cue)
        {
            var tokens = s.Tokens;
            if (start + 3 >= cue || !tokens[start].Is("one") || !tokens[start + 1].Is("of")) return default;
            var end = s.Analysis.VerbGroupStartAt(cue);
            if (end - start > 6 || end - start < 3) return default;
            for (var i = start + 2; i < end; i++)
                if (!tokens[i].IsWord || tokens[i].IsCapitalized || s.MentionAt(i) is not null) return default;
            var noun = tokens[end - 1].Lower;
            return noun.EndsWith("s", StringComparison.Ordinal) || noun.EndsWith("men", StringComparison.Ordinal) || noun is "children" or "people"
                ? new Speaker(null, Join(tokens, start, end)) : default;
        }
    }
}
