using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    // Speakers named by what they are: documents ("the statement said") and bodies ("the court said", "the company said").
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// Documents that "say" what their authors wrote ("the statement said", "the guidelines cite"); a study's write-up and its
        /// results too ("the paper suggests", "the findings indicated", "the research showed"), and the other ways research speaks:
        /// studies, investigations and evidence ("two later studies indicated", "early investigations suggest", "the
        /// investigation found", "old evidence suggests").
        /// </summary>
        private static bool IsDocumentNoun(string word) => CommonWords.IsDocumentNoun(word); // common-words.tsv, exact case

        /// <summary>
        /// "The ministry said ... . The statement also said ...": a document speaks for whoever was last quoted within two
        /// sentences, else the issuer named further back (<see cref="IssuerNamedEarlier"/>); otherwise it is an unnamed source.
        /// </summary>
        private Speaker DocumentSpeaker(SentenceInfo s, string noun, string text)
        {
            if ((AuthorNamedBefore(s, noun) ?? WriterOfTextBefore(s, noun.ToLowerInvariant())) is { } named) return new Speaker(named, text);
            for (var q = _quotes.Count - 1; q >= 0; q--)
            {
                var quote = _quotes[q];
                if (quote.Sentence.Index < s.Index - 2) break;
                if (quote.Speaker.Entity is { } author) return new Speaker(author, text);
            }
            // "The orange warning issued by the Velden Met Office ... . "...", read the warning.": its issuer named further back.
            return new Speaker(IssuerNamedEarlier(s, noun), text);
        }

        /// <summary>"Ostrel Music's official statement", "a statement from the Velden Police": whose words a document or message carries.</summary>
        private static Speaker OwnerOfWords(SentenceInfo s, int start, int noun)
        {
            var tokens = s.Tokens;
            if (noun + 2 < tokens.Count && (tokens[noun + 1].Is("from") || tokens[noun + 1].Is("by")))
            {
                var at = tokens[noun + 2].Is("the") ? noun + 3 : noun + 2;
                if (s.MentionAt(at) is { IsDemonym: false } author && author.TokenStart == at && author.Entity.Kind != EntityKind.Place) return new Speaker(author.Entity, Join(tokens, author.TokenStart, author.TokenEnd));
            }
            var k = noun - 1;
            while (k > start && tokens[k].IsWord && !tokens[k].IsCapitalized && !CommonWords.IsFunctionWord(tokens[k])) k--; // "official", "brief"
            if (k <= start || tokens[k].Kind != TokenKind.Possessive) return default;
            // A name the recognizer did not keep ("Ostrel's statement", Ostrel an acronym in brackets before) still names the owner.
            if (s.MentionAt(k - 1) is { } owner) return owner.IsDemonym || owner.Entity.Kind == EntityKind.Place ? default : new Speaker(owner.Entity, Join(tokens, owner.TokenStart, owner.TokenEnd));
            return tokens[k - 1].IsCapitalized ? new Speaker(null, tokens[k - 1].Text) : default;
        }

        /// <summary>"per Vella Fund guidelines ... The guidelines cite": the organization named before the same document noun lately.</summary>
        private EntityDraft? AuthorNamedBefore(SentenceInfo s, string noun)
        {
            for (var k = s.Index - 1; k >= 0 && k >= s.Index - 3; k--)
            {
                var tokens = _sentences[k].Tokens;
                for (var i = 1; i < tokens.Count; i++)
                {
                    if (!string.Equals(tokens[i].Text, noun, StringComparison.OrdinalIgnoreCase)) continue;
                    var before = tokens[i - 1].Kind == TokenKind.Possessive && i > 1 ? i - 2 : i - 1;
                    if (_sentences[k].MentionAt(before) is { } m && m.TokenEnd == before + 1 && m.Entity.Kind != EntityKind.Place) return m.Entity;
                }
            }
            return null;
        }

        /// <summary>Bodies a definite noun names by what they are ("the court said", "the embassy urged").</summary>
        private static bool IsInstitutionNoun(string word) =>
            word is "embassy" or "court" or "commission" or "council" or "committee" or "department" or "ministry" or "university" or "board"
                or "consulate" or "tribunal" or "regulator" or "organization" or "organisation" or "foundation" or "institute" or "union" or "party"
                // "the administration said", "the fire brigade said", "according to the academy": bodies too.
                or "administration" or "brigade" or "coastguard" or "academy" or "prosecution"
                // "the city said", "the team said", "the club said": a place's or a side's governing body speaks as one.
                or "city" or "town" or "municipality" or "county" or "team" or "club" or "school" or "prison";

        /// <summary>"the city of Lisbon announced": a place's body followed by the place's name speaks as that place.</summary>
        private static bool NamesItsPlace(SentenceInfo s, int i) =>
            CommonWords.IsPlaceNoun(s.Tokens[i]) && i + 2 < s.Tokens.Count && s.Tokens[i + 1].Is("of") && s.MentionAt(i + 2) is not null;

        // Words in the name of a public body: never what "the company" or "the firm" points back to.
        private static readonly string[] PublicBodyWords =
        {
            "court", "ministry", "department", "agency", "police", "council", "commission", "parliament", "government", "embassy", "committee", "senate",
            "congress", "assembly", "office", "university", "army", "force", "navy", "party", "united nations", "organization",
        };

        /// <summary>
        /// "the court said": the organization named lately whose name holds the noun ("Supreme Court of Norland"); "the company said":
        /// the last organization that is no public body; otherwise the unnamed body.
        /// </summary>
        private Speaker InstitutionSpeaker(SentenceInfo s, string noun, string text)
        {
            // "the court" in a story of two courts: the one the article tells most of, among those named lately.
            var named = MostMentioned(s, e => NameHolds(e, noun));
            // "the industry publication stated": the outlet named lately.
            if (named is null && IsMediaNoun(noun)) named = RecentOrganization(s, static e => e.IsMedia, media: true);
            if (named is null && IsCompanyNoun(noun) && !IsMediaNoun(noun) && noun is not ("agency" or "database"))
                named = RecentOrganization(s, static e => !IsPublicBody(e));
            return new Speaker(named, text);
        }

        private static bool IsMediaNoun(string noun) => noun is "publication" or "newspaper" or "outlet" or "broadcaster" or "website" or "magazine" or "journal";

        private EntityDraft? MostMentioned(SentenceInfo s, Func<EntityDraft, bool> fits)
        {
            EntityDraft? best = null;
            for (var k = s.Index; k >= 0 && k >= s.Index - 8; k--)
                foreach (var m in _sentences[k].Mentions)
                    if (m.Entity.Kind == EntityKind.Organization && !m.Entity.IsMedia && fits(m.Entity) && (best is null || m.Entity.Mentions > best.Mentions)) best = m.Entity;
            return best;
        }

        private static bool NameHolds(EntityDraft e, string word)
        {
            foreach (var form in e.Forms)
                if (form.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0) return true;
            return false;
        }

        private static bool IsPublicBody(EntityDraft e)
        {
            foreach (var word in PublicBodyWords)
                if (NameHolds(e, word)) return true;
            return false;
        }

        private EntityDraft? RecentOrganization(SentenceInfo s, Func<EntityDraft, bool> fits, bool media = false)
        {
            for (var k = s.Index; k >= 0 && k >= s.Index - 8; k--)
            {
                var mentions = _sentences[k].Mentions;
                for (var m = mentions.Count - 1; m >= 0; m--)
                    if (mentions[m].Entity.Kind == EntityKind.Organization && mentions[m].Entity.IsMedia == media && fits(mentions[m].Entity)) return mentions[m].Entity;
            }
            return null;
        }

        /// <summary>
        /// "the government said": the government of the article's most mentioned country, when the text names that
        /// government somewhere ("the Freedonian government"); otherwise nobody in particular.
        /// </summary>
        private EntityDraft? ArticleGovernment()
        {
            EntityDraft? country = null;
            foreach (var e in _entities)
                if (e.IsCountry && (country is null || e.Mentions > country.Mentions)) country = e;
            return country?.Government;
        }

        /// <summary>"This Thursday the Velden Council also criticized the move.": the mention heads the subject of the sentence's main clause, past a fronted phrase.</summary>
        private static bool IsMainSubject(SentenceInfo sentence, Mention mention)
        {
            foreach (var clause in sentence.Analysis.Clauses)
                if (clause.Kind == Analysis.ClauseKind.Main && clause.Subject is { } subject)
                    return subject.Head >= mention.TokenStart && subject.Head < mention.TokenEnd;
            return false;
        }

        /// <summary>
        /// "Velden Palace doctors said", "Ostra Motor engineers said": a plural group noun after an organization's name, heading the
        /// subject, is an unnamed group of its people, who speak for themselves; the organization only says where they work.
        /// Not a member who speaks for the body ("company officials", <see cref="IsMemberNoun"/>). Likewise a person's possessive
        /// before such a group ("according to Vell's critics"): the critics speak, not the person; not the person's lawyers or team,
        /// who speak for the person (<see cref="IsSpeechNoun"/>).
        /// </summary>
        private static Speaker UnnamedGroupOfBody(SentenceInfo s, Mention mention, int end)
        {
            var after = mention.TokenEnd;
            if (mention.Entity.Kind == EntityKind.Person && after + 2 == end && s.Tokens[after].Kind == TokenKind.Possessive
                && IsPluralGroupHead(s.Tokens[after + 1]) && !IsSpeechNoun(s.Tokens[after + 1].Text))
                return new Speaker(null, Join(s.Tokens, mention.TokenStart, end));
            if (mention.Entity.Kind != EntityKind.Organization || after + 1 != end || !IsPluralGroupHead(s.Tokens[after]) || IsMemberNoun(s.Tokens[after])) return default;
            return new Speaker(null, Join(s.Tokens, mention.TokenStart, after + 1));
        }

        // A lower-case plural noun of people who speak as a group ("doctors", "authorities"), not a body's own noun ("police", "ministry").
        private static bool IsPluralGroupHead(Token t) =>
            t.IsWord && !t.IsCapitalized && t.Text.Length > 3 && t.Text.EndsWith("s", StringComparison.Ordinal) && !t.Text.EndsWith("ss", StringComparison.Ordinal) && IsA(t, QuoteWords.SpeakingGroup);

        /// <summary>Who speaks for an organization without a name: "a ministry source", "company officials".</summary>
        private static bool IsMemberNoun(Token t) =>
            t.Is("source") || t.Is("sources") || t.Is("official") || t.Is("officials") || t.Is("spokesperson") || t.Is("spokesman")
                || t.Is("spokeswoman") || t.Is("representative") || t.Is("representatives") || t.Is("insider") || t.Is("insiders");

        /// <summary>
        /// "The harbour police report said", "An internal memo said", "a Velden Council report stated": a document noun with
        /// words before it or an indefinite article speaks as itself, or for the body named among its modifiers; whoever was
        /// quoted before (<see cref="DocumentSpeaker"/>, for a bare "the report") is not taken for its author.
        /// </summary>
        private static Speaker ModifiedDocument(SentenceInfo s, int start, int noun)
        {
            var tokens = s.Tokens;
            var i = noun - 1;
            EntityDraft? body = null;
            while (i >= start && i >= noun - 4)
            {
                if (s.MentionAt(i) is { } m)
                {
                    if (m.IsDemonym || m.Entity.IsCountry) return default; // "The Norvalese statement": left to the country's reading, as before
                    if (m.Entity.Kind == EntityKind.Organization) body = m.Entity;
                    i = m.TokenStart - 1;
                    continue;
                }
                if (!tokens[i].IsWord || CommonWords.IsFunctionWord(tokens[i]) || IsPreposition(tokens[i]) || tokens[i].IsCapitalized && i > start) break;
                i--;
            }
            if (BareResearch(tokens, start, i, noun)) return new Speaker(null, Join(tokens, i + 1, noun + 1));
            // "One study in the Velden Journal noted ...": "one" or "another" opens the document as "a" does.
            if (i < start || !(tokens[i].Is("the") || tokens[i].Is("a") || tokens[i].Is("an") || tokens[i].Is("one") || tokens[i].Is("another")) || i == noun - 1 && tokens[i].Is("the")) return default;
            // "X released a statement saying ...": a document after a verb, or before a participle, is an object; whoever issued it speaks.
            if (i > start && tokens[i - 1].IsWord && !tokens[i - 1].Is("and") && !tokens[i - 1].Is("but") || noun + 1 < tokens.Count && CueVerbs.IsParticiple(tokens[noun + 1].Text)) return default;
            return new Speaker(body, Join(tokens, i, noun + 1));
        }

        /// <summary>
        /// "The same study also noted ...", "this report found ...": a document the article told of before, pointed back to by
        /// "the same", "this same", "this" or "these" right before its noun (a "that" before it opens the clause); where that
        /// pointer starts, or -1. It speaks as a bare "the study" does (<see cref="DocumentSpeaker"/>).
        /// </summary>
        private static int DocumentPointedBack(List<Token> tokens, int start, int noun)
        {
            if (noun - 1 < start) return -1;
            if (tokens[noun - 1].Is("this") || tokens[noun - 1].Is("these")) return noun - 1;
            return noun - 2 >= start && tokens[noun - 1].Is("same") && (tokens[noun - 2].Is("the") || tokens[noun - 2].Is("this")) ? noun - 2 : -1;
        }

        /// <summary>
        /// "Early investigations suggest ...", "but two later studies indicated ...", "some old evidence suggests ...": research in the
        /// plural or the mass noun "evidence", with lower-case modifiers and no article, right before its finite cue, speaks as itself
        /// ("findings estimating ..." is the object of a verb before it);
        /// the walk from <paramref name="noun"/> stopped at <paramref name="stop"/>, the clause start, a comma or a function word.
        /// </summary>
        private static bool BareResearch(List<Token> tokens, int start, int stop, int noun) =>
            CommonWords.IsBareResearchNoun(tokens[noun].Lower)
                && noun + 1 < tokens.Count && CueVerbs.Lemma(tokens[noun + 1]) is not null && !CueVerbs.IsParticiple(tokens[noun + 1].Text)
                && (stop < start || !tokens[stop].IsWord || CommonWords.IsFunctionWord(tokens[stop]) && (!IsDeterminer(tokens[stop].Lower) || tokens[stop].Is("some")));

        /// <summary>"the court", "the unanimous court", "the federal appeals court": the "the" before a noun and its modifiers, or -1.</summary>
        private static int DefiniteBefore(List<Token> tokens, int start, int noun)
        {
            var i = noun - 1;
            while (i > start && i >= noun - 3 && tokens[i].IsWord && char.IsLower(tokens[i].Text[0]) && !CommonWords.IsFunctionWord(tokens[i])) i--;
            return i >= start && tokens[i].Is("the") ? i : -1;
        }

        /// <summary>
        /// "The Velden Harbour Authority closed the pier. They said (It said) the deck had rotted.": "they" or "it" with no name before it in its
        /// sentence, right after a sentence whose subject (its first words, past "the") is an organization and which names no
        /// person (for "it", which never stands for a person, a person named there does not matter), is that body. With a person named nearer, or a subject of another kind, the pronoun names no speaker here.
        /// </summary>
        private EntityDraft? BodyBefore(SentenceInfo s, int pronoun)
        {
            // "Critics of it said": a pronoun governed by a preposition is no subject.
            if (s.Index == 0 || s.Index >= _sentences.Count || s.Mentions.Count > 0 && s.Mentions[0].TokenStart < pronoun || pronoun > 0 && IsPreposition(s.Tokens[pronoun - 1])) return null;
            var before = _sentences[s.Index - 1];
            foreach (var m in before.Mentions)
                if (m.Entity.Kind == EntityKind.Person && !s.Tokens[pronoun].Is("it")) return null; // "it" never stands for a person
            if (before.Mentions.Count == 0 || before.Mentions[0] is not { IsDemonym: false } first || first.Entity.Kind != EntityKind.Organization) return null;
            var opens = first.TokenStart == 0 || first.TokenStart == 1 && before.Tokens[0].Is("the") || IsMainSubject(before, first);
            return opens && first.TokenEnd < before.Tokens.Count && before.Tokens[first.TokenEnd].Kind != TokenKind.Possessive ? first.Entity : null;
        }
    }
}
