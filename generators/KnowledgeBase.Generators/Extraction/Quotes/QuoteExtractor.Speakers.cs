using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    // Who speaks: the subject of the cue, a noun phrase resolved to a named entity, a role-holder or an unnamed group.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>The speaker of the cue at <paramref name="cue"/>: the subject of its clause.</summary>
        private Speaker SubjectOf(SentenceInfo s, int cue, List<(int Open, int Close)> quoted, List<Speaker> earlier)
        {
            var tokens = s.Tokens;
            if ((SubjectPastRelativeClause(s, cue, quoted) is { IsFound: true } own ? own : IssuerOfText(s, cue, quoted)) is { IsFound: true } subject) return subject;
            // A participle or a coordinated cue shares the subject of the cue before it in its sentence (SpeechBefore), once that
            // cue's quote is taken: a quotation is read before its sentence's reported speech, so for 'X said ..., adding "..."'
            // the last speaker may still be the previous sentence's, and the subject is looked for below.
            if (SharesSubject(tokens, cue) && earlier.Count > 0 && SpeechBefore(s, cue) && _quotes.Count > 0 && _quotes[_quotes.Count - 1].Sentence == s)
                return earlier[earlier.Count - 1];
            if (SubjectOfFirstConjunct(s, cue, quoted) is { IsFound: true } conjunct) return conjunct;
            // "the head of the Vella Fund, Ana Ruiz, said the mayor had ...": a person closing an apposition right before the cue is its subject.
            if (cue > 2 && tokens[cue - 1].IsPunct(',') && s.MentionAt(cue - 2) is { } closing && closing.Entity.Kind == EntityKind.Person
                && closing.TokenEnd == cue - 1 && closing.TokenStart > 0 && tokens[closing.TokenStart - 1].IsPunct(',') && !Inside(quoted, cue - 2))
                return new Speaker(closing.Entity, Join(tokens, closing.TokenStart, closing.TokenEnd));
            if (DescribedPerson(s, cue, quoted) is { } described) return new Speaker(described.Entity, Join(tokens, described.TokenStart, described.TokenEnd));

            // "..., said Merkel." / "\"...\" said the minister": the subject may follow the cue.
            // Not "X, the CEO, explained that ...": a subject after the cue is never followed by "that".
            // A participle ("..., saying before the call for Y, "..."") never has its subject after it.
            // "X, of Velden Radio, stated, "..."": a quotation opening right after the cue holds no speaker of it.
            // (The word tests first: whether a clause is told before the comma is read from the sentence's analysis.)
            if (cue + 1 < tokens.Count && cue > 0 && !tokens[cue + 1].Is("that") && !tokens[cue].Text.EndsWith("ing", StringComparison.Ordinal) && !QuotationOpensAfter(tokens, cue)
                && CueVerbs.Lemma(tokens[cue]) is "say" or "add" or "write" or "explain" or "reply" or "ask" or "continue" or "insist" or "remark" or "state"
                && (tokens[cue - 1].IsPunct(',') && (cue >= 2 && IsQuoteClose(tokens[cue - 2]) || TellsAClauseBefore(s, cue - 1)) || Inside(quoted, cue - 1) || IsQuoteClose(tokens[cue - 1])))
            {
                // "said about X:" names the topic, not the speaker.
                if (IsPreposition(tokens[cue + 1])) return default;
                // '"...," said UCL astronomer Jane Doe', '"...," said Vella University's chancellor, Jane Doe.':
                // the person in the phrase after the cue, through its appositions.
                if (PersonAfterCue(s, cue) is { } person) return new Speaker(person.Entity, Join(tokens, person.TokenStart, person.TokenEnd));
                var after = NounPhraseSpeaker(s, cue + 1, Math.Min(tokens.Count, cue + 4));
                if (after.IsFound) return after;
                // '"...," said the report.': a document after the cue, ending the sentence, says it.
                if (cue + 3 < tokens.Count && (tokens[cue + 1].Is("the") || tokens[cue + 1].Is("its")) && IsDocumentNoun(tokens[cue + 2].Text) && IsSentenceEnd(tokens[cue + 3]))
                    return DocumentSpeaker(s, tokens[cue + 2].Text, Join(tokens, cue + 1, cue + 3));
                // '"...," said a protester using the pseudonym Katya.': an unnamed person described to the sentence's end.
                if (tokens[cue + 1].Is("a") || tokens[cue + 1].Is("an") || tokens[cue + 1].Is("one"))
                    return new Speaker(null, Join(tokens, cue + 1, PhraseEnd(tokens, cue + 1, 10)));
            }

            // "The Norvale Army, which includes the Rebel Front, declared": the relative clause describes the subject; it holds none.
            var subjectEnd = BeforeRelativeClause(s, cue);
            var clauseStart = PastReportingVerb(s, ClauseStart(tokens, subjectEnd, quoted), subjectEnd);
            // A finite verb's subject is the nearest subject-like phrase before it; a participle's is the clause's first.
            if (OneOfGroup(s, clauseStart, subjectEnd) is { IsFound: true } member) return member;
            if (FirstPersonSubject(s, clauseStart, cue) is var first && first >= 0) return PersonBefore(s, clauseStart, first);
            if (IntervieweeAddressed(s, clauseStart, cue) is { IsFound: true } asked) return asked;
            _blocked = false;
            var nearest = NearestSubject(s, clauseStart, subjectEnd);
            if (_blocked) return default;
            // "Brandt, they said, wanted no funeral": a "they" no group or body before it resolves speaks unnamed; the noun before it does not speak.
            if (!nearest.IsFound && UnresolvedThey(s, clauseStart, cue)) return default;
            if (nearest.IsFound && (!CueVerbs.IsParticiple(tokens[cue].Text) || WithBefore(tokens, clauseStart, cue))) return nearest;
            // "X issued a statement saying ...": the participle tells what the document says, and who issued it speaks.
            if (nearest.IsFound && cue > 0 && IsWrittenWordsNoun(tokens[cue - 1])) return nearest;
            return FirstPhraseOfClause(s, clauseStart, subjectEnd, cue);
        }

        // A group or role noun that heads its phrase: not one before "'s" ("his sister's death"), which owns the noun after it.
        private static bool HeadsGroupOrRole(List<Token> tokens, int i, int cue) =>
            (IsA(tokens[i], QuoteWords.SpeakingGroup) || Titles.IsRoleNoun(tokens[i])) && !(i + 1 < cue && tokens[i + 1].Kind == TokenKind.Possessive);

        /// <summary>
        /// "they" right before the verb group of the cue at <paramref name="cue"/>, its subject, with no cue before it in the sentence
        /// ("Police said they believe ...": that "they" is the police).
        /// </summary>
        private static bool UnresolvedThey(SentenceInfo s, int start, int cue)
        {
            var they = s.Analysis.VerbGroupStartAt(cue) - 1;
            if (they < start || they >= s.Tokens.Count || !s.Tokens[they].Is("they")) return false;
            for (var k = 0; k < they; k++)
                if (CueAt(s, k) is not null) return false;
            return true;
        }

        /// <summary>
        /// "The league fined the club, with officials saying ...": a participle after ", with" and a phrase of words has that
        /// phrase as its subject, not the sentence's.
        /// </summary>
        private static bool WithBefore(List<Token> tokens, int start, int cue)
        {
            for (var k = cue - 2; k >= start && k >= cue - 7; k--)
            {
                if (tokens[k].Is("with")) return k > 0 && tokens[k - 1].IsPunct(','); // not "met with leaders advocating ...": their meeting's "with"
                if (!(tokens[k].IsWord || tokens[k].Kind == TokenKind.Possessive)) return false;
            }
            return false;
        }

        /// <summary>
        /// The comma opening ", which/who ... ," or a prepositional aside (", in its statement,", ", on Monday,") right before
        /// <paramref name="cue"/>, or the cue when there is none.
        /// </summary>
        internal static int BeforeRelativeClause(SentenceInfo s, int cue)
        {
            var tokens = s.Tokens;
            if (PrepositionalAsideBefore(tokens, cue) is var aside && aside > 0) return aside;
            if (InterruptingAsideBefore(tokens, cue) is var dashed && dashed > 0) return dashed; // "two towns —including X— declared"
            // "X, which opposes Y, has stated": the auxiliaries and adverbs of the cue stand after the comma.
            if (!Analysis.WordBounds.MayFollowComma(tokens, cue) || !HasRelativeCommaBefore(tokens, cue)) return cue; // read without the sentence's analysis
            var group = s.Analysis.VerbGroupStartAt(cue);
            if (group < 3 || !tokens[group - 1].IsPunct(',')) return cue;
            for (var k = group - 2; k > 0 && k >= group - 24; k--)
            {
                if (tokens[k].IsOpeningQuote || IsQuoteClose(tokens[k]) || IsSentenceEnd(tokens[k])) return cue;
                if (tokens[k].IsPunct(',')) return tokens[k + 1].Is("which") || tokens[k + 1].Is("who") || tokens[k + 1].Is("whom") || tokens[k + 1].Is("whose") ? k : cue;
            }
            return cue;
        }

        /// <summary>Where a phrase from <paramref name="start"/> ends: at a comma, a quotation or the sentence end, at most <paramref name="max"/> tokens on.</summary>
        private static int PhraseEnd(List<Token> tokens, int start, int max)
        {
            var end = start;
            while (end < tokens.Count && end < start + max && !tokens[end].IsPunct(',') && !IsSentenceEnd(tokens[end]) && !IsOpeningQuote(tokens[end])) end++;
            return end;
        }

        private static bool IsOpeningQuote(Token t) => t.Kind == TokenKind.Punctuation && t.IsOpeningQuote;

        private static bool IsQuoteClose(Token t) => t.Kind == TokenKind.Punctuation && t.Text is "\"" or "\u201D";

        private static int ClauseStart(List<Token> tokens, int cue, List<(int Open, int Close)> quoted)
        {
            var start = 0;
            for (var i = cue - 1; i >= 0; i--)
            {
                var t = tokens[i];
                if (Inside(quoted, i) || IsQuoteClose(t)) { start = i + 1; break; }
                // "..., where Dr. X was met with applause upon announcing": a relative clause has its own subject ("(WHO) declared": an acronym).
                if (t.Is("that") || t.IsPunct(';') || t.Is("which") || (t.Is("who") && !t.IsAllCaps || t.Is("where")) && i < cue - 1)
                {
                    start = i + 1;
                    break;
                }
            }
            // A fronted phrase ("Following a call with X, Merkel said") is not the subject.
            if (start == 0 && tokens.Count > 0 && tokens[0].IsWord && (CommonWords.IsFunctionWord(tokens[0]) && !CommonWords.IsSpeakingGroup(tokens[0].Text) || tokens[0].Text.EndsWith("ing", StringComparison.Ordinal) || tokens[0].Text.EndsWith("ed", StringComparison.Ordinal)))
            {
                for (var i = 1; i < cue; i++)
                {
                    if (tokens[i].IsPunct(','))
                    {
                        if (CitedSourceAside(tokens, i + 1) < 0) start = i + 1; // "The Velden Post, citing X, reported": no fronted phrase
                        break;
                    }
                }
            }
            return start;
        }

        /// <summary>The subject before an apposition that closes right before the cue ("X, a lawyer for Y, said"), or null.</summary>
        private Speaker? ApposedSubject(SentenceInfo s, int start, int cue)
        {
            var tokens = s.Tokens;
            // "The mayor of Dunmore, Ostland, said": the region after a place's comma is no subject; read on before the place.
            if (PlaceRegionComma(s, start, cue) is var placeEnd && placeEnd > 0) return s.MentionAt(placeEnd - 1) is null ? RoleOfUnknownPlace(s, placeEnd) : NearestSubject(s, placeEnd > start ? start : 0, placeEnd);
            for (var j = cue - 2; j > Math.Max(0, start - 2) && j >= cue - 14; j--)
            {
                if (!tokens[j].IsPunct(',')) continue;
                var opens = tokens[j + 1].Is("a") || tokens[j + 1].Is("an") || tokens[j + 1].Is("the") || Titles.IsRoleNoun(tokens[j + 1]) || tokens[j + 1].Kind == TokenKind.Number;
                if (opens && s.MentionAt(j - 1) is { } head && head.Entity.Kind != EntityKind.Place) // "Ana Ruiz of Velco, a firm in Ostrel, said": Ana Ruiz
                    return head.Entity.Kind != EntityKind.Person && PersonBeforeAffiliation(s, start, head.TokenStart) is { } member
                        ? new Speaker(member.Entity, Join(tokens, member.TokenStart, member.TokenEnd)) : new Speaker(head.Entity, Join(tokens, head.TokenStart, head.TokenEnd));
                // "The governor of Eastvale, a U.S. state on the coast, said": the apposition describes the place; the subject stands before it.
                // (A fronted-phrase reading may have put the clause start past "The governor of Eastvale,": the subject is before the comma.)
                if (opens && s.MentionAt(j - 1) is { Entity.Kind: EntityKind.Place }) return NearestSubject(s, j - 1 > start ? start : 0, j);
                // "Shipvault, a register of merchant ships, states ...": a name no entity was made of, opening the sentence, speaks unlinked.
                if (opens && s.MentionAt(j - 1) is null && OpeningName(s, j) is var name && name >= 0) return new Speaker(null, Join(tokens, name, j));
                return null;
            }
            return null;
        }

        /// <summary>Where the capitalized words (at most three, no function word) that open the sentence and end before <paramref name="end"/> start, or -1.</summary>
        private static int OpeningName(SentenceInfo s, int end)
        {
            if (end < 1 || end > 3) return -1;
            // "Meanwhile, a spokesman for the port, says ...": an opening adverb is no name.
            for (var i = 0; i < end; i++)
                if (!s.Tokens[i].IsWord || !s.Tokens[i].IsCapitalized || CommonWords.IsFunctionWord(s.Tokens[i]) || s.Analysis.TagAt(i) == Analysis.Tag.Adverb) return -1;
            return 0;
        }

        /// <summary>
        /// The nearest phrase before the cue that can be its subject: a named entity not governed by
        /// a preposition nor possessive, a pronoun, a group noun, or a role ("the U.S. defense secretary").
        /// </summary>
        private Speaker NearestSubject(SentenceInfo s, int start, int cue)
        {
            var tokens = s.Tokens;
            // "Ana Ruiz, in a statement read by her spokesman, announced ...": a prepositional phrase between commas is no subject.
            if (cue > 1 && tokens[cue - 1].IsPunct(',') && ParentheticalStart(tokens, start, cue - 1) is var open && open > start)
                return NearestSubject(s, start, open);
            // "Ana Ruiz, a Velden lawyer representing Tomas Vell, told ...": the subject stands before the apposition.
            if (cue > 1 && tokens[cue - 1].IsPunct(',') && ApposedSubject(s, start, cue) is { } apposed) return apposed;
            for (var i = cue - 1; i >= start; i--)
            {
                var t = tokens[i];
                if (t.IsPunct(',') && i < cue - 1) break; // an appositive or fronted phrase: let the left-first scan decide
                var mention = s.MentionAt(i);
                if (mention is not null && !ClosesOrganizationName(s, mention)) // "researchers at Velden College Peru": the place closes the name, read on
                {
                    // "Jane Doe of Freedonia's Crime Agency (FCA) said", "Dr. Jane Doe at Vella Hospital said": the person speaks.
                    if (mention.Entity.Kind != EntityKind.Person && PersonBeforeAffiliation(s, start, mention.TokenStart) is { } member)
                        return new Speaker(member.Entity, Join(tokens, member.TokenStart, member.TokenEnd));
                    int after = mention.TokenEnd, before = mention.TokenStart - 1;
                    if (before > 0 && tokens[before - 1].Is("the") && s.Analysis.TagAt(before) == Analysis.Tag.Adjective && !tokens[before].IsCapitalized) before--; // "within the central Treasury"
                    if (before >= 0 && tokens[before].Is("the")) before--;
                    // "Trump's remarks indicated": the possessor speaks; "Trump's call indicates": nobody does.
                    if (after < tokens.Count && tokens[after].Kind == TokenKind.Possessive) return OwnerOfSpeechNoun(tokens, mention, after, cue);
                    if (before >= 0 && (IsPreposition(tokens[before]) || ConjoinedToPrepositionObject(s, before))) { if (MemberSpeakingFor(s, mention, before) is { } forBody) return forBody; i = mention.TokenStart; continue; } // "a spokesman for the X": X speaks
                    return NounPhraseSpeaker(s, mention.TokenStart, cue);
                }
                if (!t.IsWord) { if (AgeDescribedSpeaker(s, start, i, cue) is { IsFound: true } aged) return aged; continue; } // "The 45-year-old said"
                if ((t.Is("his") || t.Is("her")) && SpeechNounEnd(tokens, i + 1, cue) is var nounEnd && nounEnd > 0 && OwnerOfPossessive(s, i) is { } possessorOwner)
                    return new Speaker(possessorOwner, Join(tokens, i, nounEnd)); // "His legal team argued": the owner, with the team in the text
                if ((t.Is("they") || t.Is("it")) && (BodyBefore(s, i) ?? WriterOfTextReading(s, i)) is { } body) return new Speaker(body, t.Text); // "The Velden Harbour Authority closed the pier. They said ..."
                if (t.Is("they") && TheySpeaker(s, i, start, cue) is { } they) return they; // "Residents of Velden protested. They said"; "the ships they said were lost": no noun before "they" speaks
                if (IsA(t, QuoteWords.PersonalPronoun) && !t.Is("his") && !t.Is("her") && !t.Is("him"))
                    return PronounSpeaker(s, i);
                if (t.Is("media") && i > 0 && tokens[i - 1].Is("social")) continue; // a channel, not a speaker
                if (IsWrittenWordsNoun(t) && OwnerOfWords(s, start, i) is { IsFound: true } owner) return owner;
                if (i + 1 < cue && IsWrittenWordsNoun(tokens[i + 1])) continue; // "an official statement": no official speaks
                if (RoleOwnedSpeechNoun(s, start, i) is { IsFound: true } owned) return owned;
                if (Titles.IsRoleNoun(t) || Titles.IsTitleWord(t) && t.IsCapitalized)
                {
                    // "Jane Doe, the country's governor, said": the role describes the person before it.
                    var edge = LeftEdge(s, start, i);
                    while (edge > start && tokens[edge - 1].Kind == TokenKind.Possessive) edge = LeftEdge(s, start, edge - 2);
                    if (edge > 1 && tokens[edge - 1].IsPunct(',') && s.MentionAt(edge - 2) is { } named && named.Entity.Kind == EntityKind.Person)
                        return new Speaker(named.Entity, Join(tokens, named.TokenStart, named.TokenEnd));
                }
                if (IsA(t, QuoteWords.SpeakingGroup) && i > 0 && (tokens[i - 1].Is("both") || tokens[i - 1].Is("two")) && t.Text.EndsWith("s", StringComparison.Ordinal) && LastTwoPeople(s, i).Count == 2)
                    return new Speaker(null, "both " + t.Text); // expanded to both people by Coordinated
                // "Residents of the town said": the group with its complement speaks; "the mayor of the town": the role, read on.
                if (HeadBeforeComplement(s, start, i) is var head && head >= 0) { if (IsA(tokens[head], QuoteWords.SpeakingGroup)) return new Speaker(null, Join(tokens, LeftEdge(s, start, head), i + 1)); i = head + 1; continue; }
                if (HeadsGroupOrRole(tokens, i, cue)) return GroupOrRoleSpeaker(s, start, i, cue);
                if (IsA(t, QuoteWords.DocumentNoun) && i > start && (tokens[i - 1].Is("the") || tokens[i - 1].Is("its") || tokens[i - 1].Is("their") || tokens[i - 1].Is("his") || tokens[i - 1].Is("her")))
                    return DocumentSpeaker(s, t.Text, Join(tokens, i - 1, i + 1));
                if (IsA(t, QuoteWords.DocumentNoun) && DocumentPointedBack(tokens, start, i) is var back && back >= 0) return DocumentSpeaker(s, t.Text, Join(tokens, back, i + 1));
                if (IsA(t, QuoteWords.DocumentNoun) && ModifiedDocument(s, start, i) is { IsFound: true } document) return document;
                if (IsA(t, QuoteWords.InstitutionNoun) && i > start && tokens[i - 1].Is("the") && !NamesItsPlace(s, i)) return InstitutionSpeaker(s, t.Text, Join(tokens, i - 1, i + 1));
            }
            return default;
        }

        /// <summary>The comma opening ", in a statement read by her spokesman," (or ", citing X,") that closes at <paramref name="close"/>, or -1.</summary>
        private static int ParentheticalStart(List<Token> tokens, int start, int close)
        {
            for (var j = close - 1; j > start && j >= close - 12; j--)
            {
                if (!tokens[j].IsPunct(',')) continue;
                var first = tokens[j + 1];
                return IsPreposition(first) || first.Is("via") || first.Is("through") || first.Is("during") || first.Is("after") || first.Is("under") || CitedSourceAside(tokens, j + 1) == close ? j : -1;
            }
            return -1;
        }

        // Set when the nearest subject is a thing someone owns ("Trump's call"): such a subject says nothing.
        private bool _blocked;

        /// <summary>
        /// The owner before the possessive at <paramref name="possessive"/> when a speech noun follows it; the text keeps the noun
        /// ("Ana Ruiz's legal team argued"), so the team is named as well as its owner. Otherwise nobody, and the subject is blocked.
        /// </summary>
        private Speaker OwnerOfSpeechNoun(List<Token> tokens, Mention owner, int possessive, int cue)
        {
            var end = SpeechNounEnd(tokens, possessive + 1, cue);
            _blocked = end < 0;
            return _blocked ? default : new Speaker(owner.Entity, Join(tokens, owner.TokenStart, end));
        }

        /// <summary>The index after the last speech noun among the three words from <paramref name="from"/> before the cue ("campaign rhetoric"), or -1.</summary>
        private static int SpeechNounEnd(List<Token> tokens, int from, int cue)
        {
            var end = -1;
            for (var i = from; i < cue && i < from + 3; i++)
                if (tokens[i].IsWord && IsSpeechNoun(tokens[i].Text)) end = i + 1;
            return end;
        }

        private static bool IsSpeechNoun(string word) =>
            word is "remarks" or "remark" or "statement" or "statements" or "comments" or "comment" or "post" or "posts" or "speech" or "letter"
                or "message" or "tweet" or "tweets" or "announcement" or "words" or "rhetoric" or "testimony" or "interview" or "spokesperson"
                or "spokesman" or "spokeswoman" or "office" or "campaign" or "lawyer" or "lawyers" or "team"
                // "a notice on the council's site warned", "the agency's report states": what an organization publishes is its word.
                or "website" or "site" or "report" or "study" or "account" or "blog" or "release" or "filing" or "editorial"
                or "attorney" or "attorneys" or "representative" or "representatives" or "spokespeople";

        private static bool IsCompanyNoun(string word) =>
            word is "company" or "firm" or "airline" or "carrier" or "retailer" or "chain" or "manufacturer" or "group" or "corporation" or "operator" or "publisher" or "bank"
                or "publication" or "newspaper" or "outlet" or "broadcaster" or "website" or "database" or "agency" or "magazine" or "journal";

        // "both officers", "some residents", "many dock workers": a function word that stays in a speaking group's name.
        private static bool IsGroupQuantifier(Token t) => t.Is("both") || t.Is("some") || t.Is("many");

        private static int LeftEdge(SentenceInfo s, int start, int head)
        {
            var i = head;
            while (i > start && (s.Tokens[i - 1].IsWord && !CommonWords.IsFunctionWord(s.Tokens[i - 1]) && !IsPreposition(s.Tokens[i - 1]) && !IsFrontedDay(s.Tokens, i - 1) || s.MentionAt(i - 1) is not null || s.Tokens[i - 1].Is("the") || IsGroupQuantifier(s.Tokens[i - 1]))) i--;
            return i;
        }

        private static bool IsPreposition(Token t) =>
            t.Is("in") || t.Is("from") || t.Is("at") || t.Is("of") || t.Is("with") || t.Is("to") || t.Is("by") || t.Is("for") || t.Is("on") || t.Is("about") || t.Is("against") || t.Is("toward") || t.Is("towards") || t.Is("into") || t.Is("over") || t.Is("between")
            || t.Is("within") || t.Is("among") || t.Is("amongst") || t.Is("inside") || t.Is("across") || t.Is("throughout"); // "sources within the party said": the party is where they are

        /// <summary>
        /// "a Velnish government source said", "Velnish army officials said": an unnamed member after a country's body speaks for
        /// it, and the text keeps who speaks; not before a named person ("the Velnish army spokesman Jon Rask").
        /// </summary>
        private static int BodyTextEnd(SentenceInfo s, int after, int end) =>
            after < end && (IsMemberNoun(s.Tokens[after]) || IsPluralGroupHead(s.Tokens[after]) && after + 1 == end) && !(s.MentionAt(after + 1) is { } named && named.Entity.Kind == EntityKind.Person) ? after + 1 : after;

        /// <summary>The first speaker-like head in tokens [start, end): a named entity, a pronoun, a role or a group.</summary>
        private Speaker NounPhraseSpeaker(SentenceInfo s, int start, int end)
        {
            var tokens = s.Tokens;
            for (var i = start; i < end; i++)
            {
                var t = tokens[i];
                if (CountryInstitutionSpeaker(s, start, i, end) is { IsFound: true } institution) return institution;
                var mention = s.MentionAt(i);
                if (mention is not null)
                {
                    // "Russian media", "European officials": a demonym before a group noun is an unnamed group.
                    // "US authorities": a country before a government or group noun is that country's unnamed body.
                    // "the Freedonian parliament": the country's institution, when the text names it as one.
                    if ((mention.IsDemonym || mention.Entity.IsCountry) && mention.TokenEnd < tokens.Count && (IsGovernmentNoun(tokens[mention.TokenEnd].Text) || !mention.IsDemonym && CommonWords.IsGroupNoun(tokens[mention.TokenEnd].Text)))
                        return new Speaker(mention.Entity.Institution(EntityRecognizer.InstitutionName(tokens[mention.TokenEnd].Text)) ?? mention.Entity, Join(tokens, i, BodyTextEnd(s, mention.TokenEnd + 1, end)));
                    if (mention.IsDemonym && mention.TokenEnd < tokens.Count && CommonWords.IsSpeakingGroup(tokens[mention.TokenEnd].Text))
                        return new Speaker(null, Join(tokens, i, mention.TokenEnd + 1));
                    // "Germany's Foreign Minister": the role, resolved to the person who holds it.
                    if (mention.TokenEnd < end && tokens[mention.TokenEnd].Kind == TokenKind.Possessive && mention.Entity.Kind != EntityKind.Person)
                    {
                        var roleEnd = mention.TokenEnd + 1;
                        while (roleEnd < end && (Titles.IsTitleWord(tokens[roleEnd]) || Titles.IsRoleNoun(tokens[roleEnd]))) roleEnd++;
                        roleEnd = PastRoleNoun(tokens, roleEnd, end);
                        if (roleEnd > mention.TokenEnd + 1)
                            return RoleSpeaker(tokens, i, roleEnd, mention.TokenEnd + 1);
                        i = mention.TokenEnd;
                        continue;
                    }
                    if (CountryRoleSpeaker(s, start, end, i, mention) is { } roleHolder) return roleHolder;
                    if (mention.IsDemonym) { i = mention.TokenEnd - 1; continue; }
                    // "an Interior Ministry source said": an unnamed member speaks for the organization; the text keeps who.
                    if (mention.Entity.Kind == EntityKind.Organization && mention.TokenEnd < end && IsMemberNoun(tokens[mention.TokenEnd]))
                        return new Speaker(mention.Entity, Join(tokens, mention.TokenStart, mention.TokenEnd + 1));
                    if (UnnamedGroupOfBody(s, mention, end) is { IsFound: true } group) return group;
                    if (PersonAgentEnd(s, mention, end) is var agentEnd && agentEnd > mention.TokenEnd) return new Speaker(mention.Entity, Join(tokens, mention.TokenStart, agentEnd));
                    return CountryPersonNoun(s, mention, end) ?? new Speaker(mention.Entity, Join(tokens, mention.TokenStart, mention.TokenEnd));
                }
                if (!t.IsWord) continue;
                if (IsA(t, QuoteWords.PersonalPronoun) && !t.Is("his") && !t.Is("her") && !t.Is("him"))
                    return PronounSpeaker(s, i);
                if (DescribedOrganization(s, i, end) is { IsFound: true } described) return described; // "newspaper The Velden Courier"
                // "the court clerk", "the company director": a role after the body's noun is a person who speaks, not the body.
                if ((IsA(t, QuoteWords.CompanyNoun) || IsA(t, QuoteWords.InstitutionNoun)) && !NamesItsPlace(s, i) && !HeldRoleAfter(tokens, i + 1, end) && DefiniteBefore(tokens, start, i) is var the && the >= 0)
                    return InstitutionSpeaker(s, t.Text, Join(tokens, the, i + 1));
                if (t.Is("government") && i > start && tokens[i - 1].Is("the") && !(i + 1 < tokens.Count && tokens[i + 1].Is("of")) && ArticleGovernment() is { } government)
                    return new Speaker(government, Join(tokens, i - 1, i + 1));
                // "Coles, in its media release, called ...": a group before a written-words noun names the kind of text, not who speaks;
                // "a court clerk", "a police officer": a group before a role noun names where the person works; the role speaks.
                if (IsA(t, QuoteWords.SpeakingGroup) && !(i + 1 < end && IsWrittenWordsNoun(tokens[i + 1])) && !HeldRoleAfter(tokens, i + 1, end) || (t.Is("some") || t.Is("others")) && i + 1 == end)
                {
                    var groupStart = i;
                    while (groupStart > start && tokens[groupStart - 1].IsWord && !CommonWords.IsFunctionWord(tokens[groupStart - 1]) && !IsFrontedDay(tokens, groupStart - 1) || groupStart > start && IsGroupQuantifier(tokens[groupStart - 1])) groupStart--;
                    // "the leaders": the people the article has been about. "a hospital official": the member after the group speaks, and the text keeps it.
                    return new Speaker(null, Join(tokens, groupStart, BodyTextEnd(s, GroupEnd(tokens, i + 1, end), end)));
                }
                if (Titles.IsRoleNoun(t) || Titles.IsTitleWord(t) && t.IsCapitalized)
                    return RoleNounSpeaker(s, start, end, i);
            }
            return default;
        }
    }
}
