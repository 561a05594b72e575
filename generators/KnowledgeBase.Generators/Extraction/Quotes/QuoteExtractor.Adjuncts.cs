using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // Where reported content starts: past addressees, times, documents, occasions and the names they were given to.
    internal sealed partial class QuoteExtractor
    {
        private static int ContentStart(List<Token> tokens, int c, string lemma)
        {
            var i = PastParticle(tokens, c + 1, lemma); // "pointed out | that ..."
            // Adverbs and prepositions of manner before the content ("said on Friday that", "told reporters that").
            if (CueVerbs.TakesAddressee(lemma))
            {
                var j = i;
                while (j < tokens.Count && j < i + 4 && (tokens[j].IsCapitalized || tokens[j].Is("him") || tokens[j].Is("her") || tokens[j].Is("them") || tokens[j].Is("reporters") || tokens[j].Is("the") || tokens[j].Kind == TokenKind.Possessive)) j++;
                if (j < tokens.Count && (tokens[j].Is("of") || tokens[j].Is("that"))) i = j + 1;
                else if (j > i && j < tokens.Count && (tokens[j].Is("against") || tokens[j].Is("to"))) i = j;
            }
            i = SkipAdjuncts(tokens, i);
            if (lemma is "call" or "advocate" && i < tokens.Count && (tokens[i].Is("for") || tokens[i].Is("on"))) i++;
            if (i < tokens.Count && (tokens[i].Is("that") || tokens[i].IsPunct(':') || tokens[i].IsPunct(','))) i++;
            if (CitedSourceAside(tokens, i) is var aside && aside > 0) i = aside + 1; // "reported, citing police data, there were ..."
            return i;
        }

        /// <summary>
        /// "urged the council on the course of planning", "asked him about the vote": the content [start, end) of a cue that
        /// takes an addressee is only who was told (up to three words) and, after "on" or "about", the topic; with no infinitive
        /// or "that" after the topic nothing said is reported. "urged the council on Monday to ..." tells when.
        /// </summary>
        private static bool AddresseeAndTopic(List<Token> tokens, int start, int end)
        {
            for (var i = start + 1; i < end && i <= start + 3; i++)
            {
                var t = tokens[i];
                if (!t.IsWord || t.Is("to") || t.Is("that")) return false;
                if (!(t.Is("on") || t.Is("about"))) continue;
                if (i + 1 < end && Reading.DatelineReader.IsWeekdayOrMonth(tokens[i + 1].Text)) return false;
                for (var k = i + 1; k < end; k++)
                    if (tokens[k].Is("that") || tokens[k].Is("to") && k + 1 < end && tokens[k + 1].IsWord && char.IsLower(tokens[k + 1].Text[0]) && !CommonWords.IsFunctionWord(tokens[k + 1])) return false;
                return true;
            }
            return false;
        }

        /// <summary>
        /// "told the Velden Post, a weekly paper, that ...", "told the Velden Post, workers had been paid", "told Velden Radio News only ten boats were left", "told Velden Radio
        /// the pier had rotted": past a named addressee at <paramref name="i"/> (a name or up to four capitalized words), its
        /// apposition between commas before "that", or a word that opens a subject (<see cref="SubjectOpeners"/>, a number)
        /// with a finite verb after it, starts what was told; otherwise <paramref name="fallback"/>.
        /// </summary>
        private static int ClauseAfterNamedAddressee(SentenceInfo s, int i, int fallback)
        {
            var tokens = s.Tokens;
            if (i >= tokens.Count || !tokens[i].IsWord || !tokens[i].IsCapitalized || IsSubjectOpener(tokens[i])) return fallback;
            var end = s.MentionAt(i) is { } named && named.TokenStart == i ? named.TokenEnd : i;
            while (end < tokens.Count && end < i + 4 && tokens[end].IsWord && tokens[end].IsCapitalized && !IsSubjectOpener(tokens[end])) end++;
            end = SkipAdjuncts(tokens, end);
            if (end + 1 >= tokens.Count) return fallback;
            if (tokens[end].IsPunct(','))
            {
                // "told the Velden Post, workers had been paid": a clause after the comma is what was told.
                if (Array.IndexOf(AppositionOpeners, tokens[end + 1].Lower) < 0) return OpensFiniteClauseAt(s, end + 1) ? end + 1 : fallback;
                var close = end + 2;
                while (close < tokens.Count && close <= end + 10 && (tokens[close].IsWord || tokens[close].Kind == TokenKind.Possessive)) close++;
                return close + 1 < tokens.Count && tokens[close].IsPunct(',') && tokens[close + 1].Is("that") ? close + 2 : fallback;
            }
            if (!(IsSubjectOpener(tokens[end]) || tokens[end].Kind == TokenKind.Number)) return fallback;
            return HasVerbGroup(s, end + 1, tokens.Count, finite: true) ? end : fallback;
        }

        private static bool IsSubjectOpener(Token t) => t.IsWord && Array.IndexOf(SubjectOpeners, t.Lower) >= 0;

        /// <summary>Words that open a subject noun phrase or are one: articles, quantifiers, focus words, personal pronouns.</summary>
        private static readonly string[] SubjectOpeners =
        {
            "the", "a", "an", "only", "even", "some", "all", "most", "many", "several", "no", "about", "nearly", "almost", "more", "his", "her",
            "its", "their", "this", "these", "those", "he", "she", "it", "they", "we", "i", "there",
        };

        /// <summary>
        /// "Karel Brandt denied, though the mayor said ...", "the firm maintained and repaired the cranes": a conjunction right after
        /// the cue (or its comma) opens another clause or verb; the cue reports nothing.
        /// </summary>
        private static bool ConjunctionAfterCue(List<Token> tokens, int cue, int contentStart) =>
            (contentStart == cue + 1 || contentStart == cue + 2 && tokens[cue + 1].IsPunct(',')) && contentStart < tokens.Count
            && tokens[contentStart].IsWord && Array.IndexOf(ClauseConjunctions, tokens[contentStart].Lower) >= 0;

        private static readonly string[] ClauseConjunctions = { "and", "or", "but", "though", "although", "whereas", "while" };

        private static bool IsAudience(Token t) =>
            t.Is("journalists") || t.Is("reporters") || t.Is("press") || t.Is("media") || t.Is("supporters") || t.Is("lawmakers") || t.Is("crowd") || t.Is("audience") || t.Is("nation");

        /// <summary>
        /// "said Friday morning, local time (UTC+9).": the zone a time was told in, after its comma (and a bracket giving the
        /// offset), is part of that time; past it when it is there.
        /// </summary>
        private static int PastLocalTime(List<Token> tokens, int i)
        {
            if (i + 2 >= tokens.Count || !tokens[i].IsPunct(',') || !tokens[i + 1].Is("local") || !tokens[i + 2].Is("time")) return i;
            i += 3;
            if (i >= tokens.Count || !tokens[i].IsPunct('(')) return i;
            for (var close = i + 1; close < tokens.Count && close <= i + 8; close++)
                if (tokens[close].IsPunct(')')) return close + 1;
            return i;
        }

        /// <summary>"said on Friday that", "told reporters yesterday", "said in a statement that": when and where, not what.</summary>
        private static int SkipAdjuncts(List<Token> tokens, int i)
        {
            while (i < tokens.Count)
            {
                var t = tokens[i];
                if (PastDayPhrase(tokens, i) is var day && day > i)
                {
                    i = day;
                    continue;
                }
                if (t.Is("yesterday") || t.Is("today") || t.Is("tonight") || t.Is("earlier") || t.Is("later") || t.Is("also") || t.Is("again") || t.Is("previously") || t.Is("publicly") || t.Is("repeatedly"))
                {
                    i++;
                    continue;
                }
                if (TimeWithoutComma(tokens, i) is var time && time > i)
                {
                    i = PastLocalTime(tokens, time);
                    continue;
                }
                if ((t.Is("on") || t.Is("last") || t.Is("this")) && i + 1 < tokens.Count && (Reading.DatelineReader.IsWeekday(tokens[i + 1].Text) || tokens[i + 1].Is("week") || tokens[i + 1].Is("month") || tokens[i + 1].Is("year") || tokens[i + 1].Is("Twitter") || tokens[i + 1].Is("Facebook") || tokens[i + 1].Is("Instagram") || tokens[i + 1].Is("television")))
                {
                    // "announced on Sunday morning the pier was shut": the part of the day belongs to the time too.
                    i = PastLocalTime(tokens, i + (Reading.DatelineReader.IsWeekday(tokens[i + 1].Text) && i + 2 < tokens.Count && Events.TriggerFinder.IsAny(tokens[i + 2], PartsOfDay) ? 3 : 2));
                    continue;
                }
                // "announcing to journalists that", "said to reporters": the audience, not what was said.
                var audience = i + 1 < tokens.Count && tokens[i + 1].Is("the") ? i + 2 : i + 1;
                if (t.Is("to") && audience < tokens.Count && IsAudience(tokens[audience]))
                {
                    i = audience + 1;
                    continue;
                }
                // "said in a statement", "said in a court filing": the document it was said in (up to two modifiers before its noun).
                if (t.Is("in") && ArticledNounEnd(tokens, i + 1, DocumentNouns, namesEnd: true) is var document && document > 0)
                {
                    i = PastNamedAttachment(tokens, document);
                    continue;
                }
                // "said in a filing to the Vella Commission that": a named addressee before "that".
                if (t.Is("to") && NamedBeforeThat(tokens, i + 1) is var that && that > 0)
                {
                    i = that;
                    continue;
                }
                // "said at a press conference that", "told supporters during a rally that": where it was said.
                if ((t.Is("at") || t.Is("during")) && ArticledNounEnd(tokens, i + 1, VenueNouns, namesEnd: false) is var venue && venue > 0)
                {
                    i = PastNamedAttachment(tokens, venue);
                    continue;
                }
                // "reported in late 2018, 40 branches had shut": a short time phrase closed by a comma before the content.
                if (t.Is("in") || t.Is("on") || t.Is("at") || t.Is("during") || t.Is("after") || t.Is("before")) return FramedByComma(tokens, i);
                break;
            }
            return i;
        }

        /// <summary>
        /// "..., Lind told reporters in Velden on Monday.", "..., the mayor said at a rally near the port.": phrases of place and
        /// time run from <paramref name="i"/> to the sentence's end, with no comma and no verb of their own (not "is thought
        /// to be at large").
        /// </summary>
        private static bool PhrasesCloseTheSentence(SentenceInfo s, int i)
        {
            var tokens = s.Tokens;
            if (!Events.TriggerFinder.IsAny(tokens[i], PlaceAndTimePrepositions)) return false;
            var end = i + 1;
            while (end < tokens.Count && !IsSentenceEnd(tokens[end]))
            {
                if (tokens[end].Kind == TokenKind.Punctuation && !tokens[end].IsPunct('.')) return false;
                end++;
            }
            return end - i <= 10 && !HasVerbGroup(s, i, end);
        }

        /// <summary>
        /// "clarified in the hearing that", "explained to the paper that", "stated to the Vella Post in late June that": the
        /// "that" after a prepositional phrase of at most seven words (no punctuation, no second "that") starting at
        /// <paramref name="i"/>; 0 when there is none. Not "warned of the risk that", "called for a law that": a noun's complement
        /// or relative clause, not the content. The caller checks that a finite clause opens after it (not "at the school that was shut").
        /// </summary>
        private static int PhraseBeforeThat(List<Token> tokens, int i)
        {
            if (i >= tokens.Count || !Events.TriggerFinder.IsAny(tokens[i], PrepositionsBeforeThat)) return 0;
            for (var j = i + 1; j < tokens.Count && j <= i + 8; j++)
            {
                if (tokens[j].Is("that")) return j > i + 1 ? j : 0;
                if (!(tokens[j].IsWord || tokens[j].Kind == TokenKind.Number || tokens[j].Kind == TokenKind.Possessive) || tokens[j].Is("which") || tokens[j].Is("who")) return 0;
            }
            return 0;
        }

        /// <summary>
        /// "stated to the Velden Post in late June that the border closure between North Ostria and Velland drove up prices",
        /// "writes in a Velden Post essay that the term "harbour citizen" derived from the charter": after the "that" closing a
        /// phrase (<see cref="PhraseBeforeThat"/>) a subject longer than <see cref="OpensFiniteClauseAt"/> looks past, opening
        /// with an article, a pronoun, a name or a number, runs to a finite verb within twelve tokens, with no comma, colon,
        /// semicolon or word of another clause ("that", "which", "who") before it.
        /// </summary>
        private static bool OpensLongSubjectClause(SentenceInfo s, int start)
        {
            var tokens = s.Tokens;
            if (start >= tokens.Count || !(IsSubjectOpener(tokens[start]) || tokens[start].IsCapitalized || tokens[start].Kind == TokenKind.Number)) return false;
            foreach (var group in s.Analysis.FoundVerbGroups)
            {
                if (group.End <= start) continue;
                if (group.Start <= start || group.Start > start + 12 || !group.IsFinite) return false;
                for (var i = start + 1; i < group.Start; i++)
                    if (tokens[i].IsPunct(',') || tokens[i].IsPunct(':') || tokens[i].IsPunct(';') || IsSentenceEnd(tokens[i]) || tokens[i].Is("that") || tokens[i].Is("which") || tokens[i].Is("who")) return false;
                return true;
            }
            return false;
        }

        /// <summary>
        /// '"...," Karel Brandt wrote on Facebook.', "said via Twitter", "wrote to the harbour office": content that opens with a
        /// preposition of the medium, the time or the addressee and holds no finite verb tells where, when or to whom it was said,
        /// not what. An infinitive or a gerund after "to" is what was said ("claimed to have evidence", "admitted to taking it").
        /// </summary>
        private static bool OnlyWhereItWasSaid(SentenceInfo s, int start, int end)
        {
            var tokens = s.Tokens;
            if (start >= end || !Events.TriggerFinder.IsAny(tokens[start], MediumPrepositions)) return false;
            if (tokens[start].Is("to") && (s.Analysis.IsInfinitiveToAt(start) || start + 1 < end && tokens[start + 1].Text.EndsWith("ing", StringComparison.Ordinal))) return false;
            return !HasVerbGroup(s, start, end, finite: true);
        }

        private static readonly string[] MediumPrepositions = { "on", "via", "to", "from", "through" };

        private static readonly string[] PlaceAndTimePrepositions = { "in", "on", "at", "during", "before", "after", "near", "outside", "inside", "from", "via" };

        private static readonly string[] PrepositionsBeforeThat = { "in", "on", "at", "during", "to", "with", "before", "after", "via", "through", "from", "under", "near", "outside", "inside" };

        // After the comma a relative clause or a conjunction goes on with the phrase, not the content.
        private static readonly string[] NoClauseAfterFrame = { "and", "but", "or", "which", "where", "who", "when", "while", "as" };

        /// <summary>
        /// The comma closing a time phrase of at most five words from <paramref name="i"/> (one naming a year, month or
        /// weekday: "in mid-2019", "on Monday"), when a clause follows it; else <paramref name="i"/>.
        /// </summary>
        private static int FramedByComma(List<Token> tokens, int i)
        {
            var time = false;
            for (var j = i + 1; j < tokens.Count && j <= i + 6; j++)
            {
                if (tokens[j].IsPunct(','))
                    return time && j > i + 1 && j + 1 < tokens.Count && (tokens[j + 1].IsWord || tokens[j + 1].Kind == TokenKind.Number) && !Events.TriggerFinder.IsAny(tokens[j + 1], NoClauseAfterFrame) ? j : i;
                if (!(tokens[j].IsWord || tokens[j].Kind == TokenKind.Number) || tokens[j].Is("that")) return i;
                time |= NamesATime(tokens[j].Text);
            }
            return i;
        }

        /// <summary>
        /// "said Sunday the port ...", "..., prosecutors said Monday night.", "said in May the regatta ...", "said in March 2019 that": a bare
        /// weekday (not "Monday's vote") or "in" with a month or a year tells when, with no comma to close it; the token after
        /// it, else <paramref name="i"/>.
        /// </summary>
        private static int TimeWithoutComma(List<Token> tokens, int i)
        {
            var t = tokens[i];
            if (Reading.DatelineReader.IsWeekday(t.Text) && t.IsCapitalized)
            {
                if (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Possessive) return i;
                return i + 1 < tokens.Count && Events.TriggerFinder.IsAny(tokens[i + 1], PartsOfDay) ? i + 2 : i + 1;
            }
            if (!t.Is("in") || i + 1 >= tokens.Count) return i;
            var j = i + 1;
            if (Reading.DatelineReader.TryMonth(tokens[j].Text, out _) && tokens[j].IsCapitalized) j++;
            else if (!IsYear(tokens[j])) return i;
            if (j < tokens.Count && IsYear(tokens[j])) j++;
            return j < tokens.Count && tokens[j].Kind == TokenKind.Possessive ? i : j;
        }

        private static readonly string[] PartsOfDay = { "morning", "afternoon", "evening", "night" };

        /// <summary>
        /// "said yesterday morning the pier ...", "said late Sunday", "said early on Monday", "said on last Wednesday", "said last
        /// night": a day phrase the plainer checks of <see cref="SkipAdjuncts"/> stop inside. Past "yesterday" or "last"/"this"
        /// with a part of the day, or "on" with "last"/"this"/"next" and a weekday (and its part of the day); past "late"/"early"
        /// before a day (read on from there). Not "yesterday morning's vote", a subject. The token after it, else <paramref name="i"/>.
        /// </summary>
        private static int PastDayPhrase(List<Token> tokens, int i)
        {
            var t = tokens[i];
            if ((t.Is("yesterday") || t.Is("last") || t.Is("this")) && PartOfDayAt(tokens, i + 1)) return i + 2;
            if (t.Is("on") && i + 2 < tokens.Count && (tokens[i + 1].Is("last") || tokens[i + 1].Is("this") || tokens[i + 1].Is("next")) && Reading.DatelineReader.IsWeekday(tokens[i + 2].Text))
                return PartOfDayAt(tokens, i + 3) ? i + 4 : i + 3;
            if (!(t.Is("late") || t.Is("early")) || i + 1 >= tokens.Count) return i;
            var next = tokens[i + 1];
            var day = next.Is("on") && i + 2 < tokens.Count ? tokens[i + 2] : next;
            return Reading.DatelineReader.IsWeekday(day.Text) && day.IsCapitalized || next.Is("yesterday") || next.Is("today") || next.Is("last") ? i + 1 : i;
        }

        private static bool PartOfDayAt(List<Token> tokens, int j) =>
            j < tokens.Count && Events.TriggerFinder.IsAny(tokens[j], PartsOfDay) && !(j + 1 < tokens.Count && tokens[j + 1].Kind == TokenKind.Possessive);

        private static bool IsYear(Token t) => t.Kind == TokenKind.Number && t.Text.Length == 4 && (t.Text[0] == '1' || t.Text[0] == '2');

        private static bool NamesATime(string word) =>
            Reading.DatelineReader.IsWeekdayOrMonth(word) || word.Length >= 4 && char.IsDigit(word[word.Length - 1]) && char.IsDigit(word[word.Length - 4]);

        /// <summary>
        /// The token after "a/an/the/his/her/its/their" and a noun of <paramref name="nouns"/> within the next three words,
        /// starting at <paramref name="i"/> ("a financial filing", "a press conference"); 0 when there is none. When
        /// <paramref name="namesEnd"/>, a name or a mark before the noun ends the search ("a statement", not "a Vella statement").
        /// </summary>
        private static int ArticledNounEnd(List<Token> tokens, int i, string[] nouns, bool namesEnd)
        {
            if (i >= tokens.Count || !(tokens[i].Is("a") || tokens[i].Is("an") || tokens[i].Is("his") || tokens[i].Is("her") || tokens[i].Is("their") || tokens[i].Is("its") || tokens[i].Is("the"))) return 0;
            for (var k = i + 1; k < tokens.Count && k <= i + 3; k++)
            {
                if (namesEnd && (!tokens[k].IsWord || char.IsUpper(tokens[k].Text[0]))) return 0;
                if (Array.IndexOf(nouns, tokens[k].Lower) >= 0) return k + 1;
            }
            return 0;
        }

        /// <summary>
        /// "in a blog post", "in an interview with the Velden Post", "during a rally in Velden": past a document noun's compound
        /// ("blog post", "video message") and one preposition with a name after it (a capitalized run, "the" first), from
        /// <paramref name="i"/>, the end of the document or occasion phrase.
        /// </summary>
        private static int PastNamedAttachment(List<Token> tokens, int i)
        {
            while (i < tokens.Count && Array.IndexOf(DocumentNouns, tokens[i].Lower) >= 0) i++;
            if (i + 1 >= tokens.Count || !Events.TriggerFinder.IsAny(tokens[i], NameAttachments)) return i;
            var name = tokens[i + 1].Is("the") ? i + 2 : i + 1;
            var end = name;
            // "to the U.S. Securities and Exchange Commission": "of", "and" and abbreviation stops inside the name.
            while (end < tokens.Count && end < name + 8 && (tokens[end].IsWord && tokens[end].IsCapitalized || end > name && (tokens[end].Is("of") || tokens[end].Is("and") || tokens[end].IsPunct('.')))) end++;
            while (end > name && !tokens[end - 1].IsCapitalized) end--;
            return end > name ? end : i;
        }

        private static readonly string[] NameAttachments = { "with", "to", "on", "in", "at", "for", "from" };

        private static readonly string[] DocumentNouns = { "statement", "interview", "speech", "tweet", "post", "letter", "video", "filing", "report", "release", "email", "message", "broadcast", "blog", "column", "op-ed", "memo", "submission", "affidavit" };

        /// <summary>The "that" after "to (the) Vella Commission" starting at <paramref name="i"/>; 0 when the words are no name followed by "that".</summary>
        private static int NamedBeforeThat(List<Token> tokens, int i)
        {
            if (i < tokens.Count && tokens[i].Is("the")) i++;
            var start = i;
            while (i < tokens.Count && i < start + 8 && (tokens[i].IsCapitalized || tokens[i].Is("of") || tokens[i].Is("and") || tokens[i].Kind == TokenKind.Punctuation && tokens[i].Text == ".")) i++;
            return i > start && i < tokens.Count && tokens[i].Is("that") ? i : 0;
        }

        private static readonly string[] VenueNouns = { "conference", "briefing", "rally", "meeting", "summit", "hearing", "ceremony", "event", "vigil", "debate" };
    }
}
