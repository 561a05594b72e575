using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    // Where a cue is a speech verb, and where the reported content starts and ends.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// The words read as cues that the cue lexicon does not list: "according" (to), "reports" after a name
        /// (<see cref="ReportsAfterName"/>), "report" after a group (<see cref="ReportAfterGroup"/>), "reports" after a document (<see cref="ReportsAfterDocument"/>), "read(s)" after a written text (<see cref="DocumentReads"/>). A token that is none of
        /// them nor a lexicon cue is skipped by its <see cref="TokenTraits.NoCue"/> bit.
        /// </summary>
        internal static readonly string[] CueWordsBeyondLexicon = { "according", "report", "reports", "read", "reads" };

        /// <summary>The lemma when token <paramref name="c"/> is used as a speech cue verb.</summary>
        private static string? CueAt(SentenceInfo s, int c)
        {
            var tokens = s.Tokens;
            var t = tokens[c];
            if (!t.IsWord || t.CannotCue || t.StartsUpper && c > 0) return null;
            var lemma = CueVerbs.Lemma(t) ?? ReportsAfterName(tokens, c) ?? ReportAfterGroup(s, c) ?? ReportsAfterDocument(s, c) ?? DocumentReads(tokens, c);
            if (lemma is null) return null;
            if (lemma == "think" && c + 1 < tokens.Count && tokens[c + 1].Is("tank")) return null; // a think tank
            var participle = CueVerbs.IsParticiple(t.Text); // asked three times below
            if (PerformsAnAct(tokens, c, lemma) || NegatedAct(s, c, lemma) || LacksItsTarget(tokens, c, lemma) || LacksItsParticle(tokens, c, lemma)) return null;
            // "The vote passed, signaling a shift": what an event shows nobody said.
            if (participle && CueVerbs.IsEvidenceOnly(lemma)) return null;
            var previous = c > 0 ? tokens[c - 1] : default;
            // "the call", "a report"; but "a statement that said ...": "that" after a text noun opens its relative clause (IssuerOfText).
            if (c > 0 && previous.IsWord && IsDeterminer(previous.Text) && !(previous.Is("that") && c >= 2 && IsWrittenWordsNoun(tokens[c - 2]))) return null;
            if (DescribesANoun(tokens, c) || OpensTheObjectOfAVerb(s, c) || HasRelativeObject(tokens, c)) return null;
            if (lemma == "call" && c + 1 < tokens.Count && (tokens[c + 1].Is("with") || tokens[c + 1].Is("on") && !AppealTo(tokens, c + 2) || tokens[c + 1].Is("off"))) return null;
            // "continued to emphasize", "went on to say": the infinitive reports speech.
            if (c >= 2 && previous.Is("to") && t.Text.Equals(lemma, StringComparison.OrdinalIgnoreCase) && (IsContinuation(tokens[c - 2].Text) || GoesOn(tokens, c - 2))) return lemma;
            // "state law", "a state representative", "the largest Norvalese state, made", "states with elections": the noun.
            if (lemma == "state" && (t.Is("state") || t.Is("states")) && IsStateNoun(tokens, c)) return null;
            if (!participle && CueVerbs.IsPresent(t.Text, lemma))
            {
                // "analysts warn", "Merkel says": a present form counts only after its subject.
                if (c == 0) return null;
                var ok = previous.IsCapitalized || previous.Kind == TokenKind.Possessive ? false : IsA(previous, QuoteWords.SpeakingGroup) || IsA(previous, QuoteWords.DocumentNoun) || previous.Is("some") || previous.Is("others") || CommonWords.IsPersonalPronoun(previous.Text) || previous.Is("they");
                // "a U.S. state, said": after "a" and a name the form is the noun.
                // "the two Baltic states centers": after a determiner or a number and a name, "states" is the noun.
                if (!ok && previous.IsCapitalized && !NameModifiesBaseForm(tokens, c, lemma) && !(c >= 2 && (tokens[c - 2].Is("a") || tokens[c - 2].Is("an") || lemma == "state" && (tokens[c - 2].Kind == TokenKind.Number || IsDeterminer(tokens[c - 2].Lower) || tokens[c - 2].Is("two") || tokens[c - 2].Is("both"))))) ok = true;
                if (!ok && (previous.Is("and") || previous.Is("but")) && c > 1) ok = true; // "lists X as Y and states that ..."
                if (!ok && previous.Is("that") && c >= 2 && IsWrittenWordsNoun(tokens[c - 2])) ok = true; // "a notice that says ..."
                if (!ok && previous.IsPunct(',') && ClosesApposition(tokens, c - 1)) ok = true; // "Velco, a ferry firm, states that ..."
                if (!ok && previous.IsPunct(',') && SpeakerAfterInvertedCue(tokens, c)) ok = true; // "The pier is unsafe, says the report."
                // "The Velden Port Authority website warns ...": an organization's pages say what it says.
                if (!ok && c >= 2 && Array.IndexOf(PageNouns, previous.Lower) >= 0 && tokens[c - 2].IsCapitalized) ok = true;
                if (!ok) return null;
            }
            if (participle && c > 0 && !(previous.IsPunct(',') || IsContinuation(previous.Text) || IsA(previous, QuoteWords.SpeakingGroup) || previous.Is("by") || previous.Is("while") || previous.Is("after") || previous.Is("upon") || previous.Is("is") || previous.Is("was") || previous.Is("were") || previous.Is("are") || QuotedAsSaying(tokens, c) || QuotedObject(tokens, c).Start >= 0 || IsWrittenWordsNoun(previous))) return null;
            return lemma;
        }

        /// <summary>
        /// Cue verbs that, with one of their words shortly after, perform an act and report no words: "declared a state of
        /// emergency", "declared war", "recalled its ambassador from Norway" (the envoy is called home, nothing is remembered),
        /// "proposed to cap the terms of judges", "proposed a bill" (a motion to act, no words reported), "claimed responsibility for the attack", "claimed
        /// victory", "claimed forty lives" (a deed owned, a win asserted as a result, deaths caused: no statement reported).
        /// Each row has the lemma, the words after it, how far they may stand and an invented sentence that quotes nothing;
        /// the rows run as tests.
        /// </summary>
        internal static readonly CueActRow[] CueActs =
        {
            new("declare", "emergency martial war independence curfew", 4, "The government of Canada declared martial law in two provinces on Monday."),
            new("recall", string.Join(" ", Events.EventBuilder.EnvoyNouns), 3, "Canada recalled its ambassador to Norway on Monday."),
            new("propose", "to", 1, "Senator Mira Holt and two colleagues proposed to cap the terms of judges at twelve years."),
            // "proposed a bill to ...", "proposed an amendment to the law": a motion tabled, an act of legislating, no words reported.
            new("propose", "bill bills legislation amendment amendments law laws", 3, "Councillor Ana Ruiz has proposed legislation that would cap ferry fares in Velden."),
            new("claim", "responsibility credit", 1, "The Ostrel Front claimed responsibility for the two bombings in Velden on Monday."),
            new("claim", "victory", 1, "Both Tomas Vell and Ana Ruiz claimed victory in the mayoral race in Norvale."),
            new("claim", "lives", 3, "Cyclone Marra flattened two harbours in Norway and claimed about forty lives."),
        };

        /// <summary>
        /// "people accused of crimes", "a coach criticized for the loss", "was blamed for the fire": a judgement's past form right
        /// before "of" or "for" lacks the object the verb needs ("accused the mayor of fraud"), so it is passive or describes the noun
        /// before it; whoever judged goes unnamed there.
        /// </summary>
        private static bool LacksItsTarget(List<Token> tokens, int c, string lemma) =>
            c + 1 < tokens.Count && (tokens[c + 1].Is("of") || tokens[c + 1].Is("for")) && tokens[c].Text.EndsWith("ed", StringComparison.OrdinalIgnoreCase)
                && CueVerbs.IsJudgement(lemma);

        private static bool PerformsAnAct(List<Token> tokens, int c, string lemma)
        {
            foreach (var row in CueActs)
                if (row.Lemma == lemma && Events.ClauseReader.HasWordAfter(tokens, c, row.Window, row.Words)) return true;
            return false;
        }

        /// <summary>
        /// "Velco, a ferry firm based in Velden, states that ...": the comma at <paramref name="comma"/> closes an apposition that opens
        /// with an article after a capitalized name and a comma, with no other punctuation between; the present form after it
        /// has the name for subject.
        /// </summary>
        private static bool ClosesApposition(List<Token> tokens, int comma)
        {
            for (var j = comma - 2; j >= 1 && j >= comma - 12; j--)
            {
                if (tokens[j].Kind != TokenKind.Punctuation) continue;
                return tokens[j].IsPunct(',') && tokens[j - 1].IsCapitalized && Array.IndexOf(AppositionOpeners, tokens[j + 1].Lower) >= 0;
            }
            return false;
        }

        private static readonly string[] AppositionOpeners = { "a", "an", "the" };

        private static readonly string[] PageNouns = { "website", "site", "webpage" };

        /// <summary>
        /// "called on the council to resign", "calls on Velland to "stop the war"": after "on", who is appealed to and an infinitive
        /// within eight words (no punctuation between) make an appeal; "called on Monday", "called on the way to the port" do not.
        /// </summary>
        private static bool AppealTo(List<Token> tokens, int i)
        {
            if (i >= tokens.Count || Reading.DatelineReader.IsWeekdayOrMonth(tokens[i].Text)) return false;
            for (var j = i + 1; j + 1 < tokens.Count && j <= i + 8; j++)
            {
                if (tokens[j].Is("to"))
                    return tokens[j + 1].IsOpeningQuote || tokens[j + 1].IsWord && char.IsLower(tokens[j + 1].Text[0]) && !CommonWords.IsFunctionWord(tokens[j + 1]);
                if (!(tokens[j].IsWord || tokens[j].Kind == TokenKind.Possessive)) return false;
            }
            return false;
        }

        /// <summary>
        /// "Karel Brandt runs a firm called Velco", "set up a stall in a square called the Old Market", "a unit (jokingly called Drain Busters)":
        /// the past form of a naming cue right after a noun that a finite verb before it governs, with only that verb's objects and
        /// prepositional phrases between (no conjunction, comma or relative word), or right after an opening parenthesis, is a
        /// participle naming the noun, not a second verb with the noun for subject. Before "for" or "on" it appeals ("the
        /// campaign called for"); after a weekday or month the noun is a time, not what is named ("a report released Monday called").
        /// </summary>
        private static bool NamesTheNounBefore(SentenceInfo s, int c)
        {
            var tokens = s.Tokens;
            if (c < 2 || c + 1 >= tokens.Count || tokens[c + 1].Is("for") || tokens[c + 1].Is("on")) return false;
            if (NamingParticipleAfterItsNoun(s, c)) return true;
            if (!CueVerbs.Names(CueVerbs.Lemma(tokens[c]) ?? "")) return false;
            var a = s.Analysis;
            if (a.Tags.Forms[c] is not (Analysis.VerbForm.Past or Analysis.VerbForm.Participle)) return false;
            var before = c - 1;
            while (before > 0 && a.TagAt(before) == Analysis.Tag.Adverb) before--;
            if (tokens[before].IsPunct('(')) return true;
            if (a.TagAt(c - 1) is not (Analysis.Tag.Noun or Analysis.Tag.ProperNoun) || Reading.DatelineReader.IsWeekdayOrMonth(tokens[c - 1].Text)) return false;
            var groups = a.VerbGroups;
            var k = 0;
            while (k < groups.Length && !groups[k].Contains(c)) k++;
            if (k == 0 || k == groups.Length || groups[k].Start != c) return false;
            var governing = a.Clauses[k - 1];
            if (!groups[k - 1].IsFinite || governing.IsSpeech) return false;
            for (var i = groups[k - 1].End; i < c; i++)
                if (a.TagAt(i) is not (Analysis.Tag.Noun or Analysis.Tag.ProperNoun or Analysis.Tag.Determiner or Analysis.Tag.Adjective or Analysis.Tag.Preposition or Analysis.Tag.Possessive or Analysis.Tag.Number or Analysis.Tag.Pronoun)) return false;
            return true;
        }

        /// <summary>
        /// "Tarn Vell, also called Grey Rock", "a man, later identified as Tomas Vell, ...", "a woman in her thirties identified only
        /// as Ana R.": the past form of a cue of <see cref="NamingParticiples"/> after a comma and an adverb, or right after a noun that a
        /// verb or preposition governs (<see cref="Events.TriggerSenses.NamesRatherThanCalls"/>), with the row's word (if any) within
        /// two words after it, names that noun; nobody speaks. A determiner or pronoun after it opens an object of its own ("called
        /// the plan a waste"): a subject speaks.
        /// </summary>
        private static bool NamingParticipleAfterItsNoun(SentenceInfo s, int c)
        {
            var tokens = s.Tokens;
            var lemma = CueVerbs.Lemma(tokens[c]);
            if (CueVerbs.IsParticiple(tokens[c].Text) || s.Analysis.TagAt(c + 1) is Analysis.Tag.Determiner or Analysis.Tag.Possessive or Analysis.Tag.Pronoun) return false;
            foreach (var row in NamingParticiples)
                if (row.Lemma == lemma && (row.Window == 0 || Events.ClauseReader.HasWordAfter(tokens, c, row.Window, row.Words)))
                    return Events.TriggerSenses.NamesRatherThanCalls(s, c);
            return false;
        }

        /// <summary>
        /// Cues whose past form also names a noun before it (<see cref="NamingParticipleAfterItsNoun"/>): the lemma, the word that
        /// must follow within the window ("identified as"; none for "called") and an invented sentence that quotes nothing. The rows
        /// run as tests.
        /// </summary>
        internal static readonly CueActRow[] NamingParticiples =
        {
            new("call", "", 0, "Divers mapped the reefs off the island of Tarn Vell, also called Grey Rock."),
            new("identify", "as", 2, "Guards at the Velden depot held a man, later identified as Tomas Vell, for two hours."),
            new("identify", "as", 2, "Police in Norvale detained a woman in her thirties identified only as Ana R. near the burnt mill."),
        };

        /// <summary>"issued a statement saying", "posted a message stating": a document or message whose words the participle reports.</summary>
        private static bool IsWrittenWordsNoun(Token word) => word.IsWord && IsA(word, QuoteWords.WrittenWords); // a document noun, "message", "tweet", "post"

        /// <summary>
        /// "37 confirmed cases", "an inquiry into alleged abuses", "the party's pledged delegates", "more reported cases": a past form
        /// between a number, a possessive, a preposition or a degree word and the noun after it describes that noun; nobody's words are reported.
        /// </summary>
        private static bool DescribesANoun(List<Token> tokens, int c)
        {
            if (c == 0 || c + 1 >= tokens.Count || !tokens[c].Text.EndsWith("ed", StringComparison.Ordinal)) return false;
            var previous = tokens[c - 1];
            // A year is an adjunct of the verb after it ("Velden Council in 2020 announced plans"), not a count of its noun.
            var count = previous.Kind == TokenKind.Number && !(previous.Text.Length == 4 && previous.Text[0] is '1' or '2');
            if (!(count || previous.Kind == TokenKind.Possessive || IsPreposition(previous) && !previous.Is("to") && !previous.Is("by") || previous.Lower is "more" or "fewer" or "other" || previous.Is("most") && c >= 2 && tokens[c - 2].Is("the"))) return false;
            var next = tokens[c + 1];
            if (!next.IsWord || CommonWords.IsFunctionWord(next) || next.Text.EndsWith("ing", StringComparison.Ordinal)) return false;
            var words = Lexicon.WordClassLexicon.Instance;
            return next.IsCapitalized || words.Has(words.Lemmatize(next.Text, Lexicon.PartOfSpeech.Noun), Lexicon.PartOfSpeech.Noun);
        }

        /// <summary>
        /// "The report, which the council rejected, was filed in May": a cue closing a relative clause between commas has the
        /// relative word for object; the words after the comma are the main clause's, not said.
        /// </summary>
        private static bool HasRelativeObject(List<Token> tokens, int c)
        {
            if (c + 1 >= tokens.Count || !tokens[c + 1].IsPunct(',')) return false;
            for (var i = c - 1; i >= 1 && i >= c - 6; i--)
            {
                if (tokens[i].Is("which") || tokens[i].Is("whom")) return tokens[i - 1].IsPunct(',') && i < c - 1;
                if (!tokens[i].IsWord || CueVerbs.Lemma(tokens[i]) is not null) return false;
            }
            return false;
        }

        /// <summary>
        /// "state" or "states" before punctuation, a preposition or conjunction, an "-ing" form or a noun that compounds with it
        /// ("state law", "state representative") is the noun; before "that", a colon, a pronoun or a quantity it reports.
        /// </summary>
        private static bool IsStateNoun(List<Token> tokens, int c)
        {
            if (c + 1 >= tokens.Count) return true;
            var next = tokens[c + 1];
            if (next.IsPunct(':') || next.IsOpeningQuote) return false;
            if (!next.IsWord) return true;
            return next.Text.EndsWith("ing", StringComparison.Ordinal) || Array.IndexOf(StateNounFollowers, next.Lower) >= 0;
        }

        private static readonly string[] StateNounFollowers =
        {
            "of", "with", "and", "or", "as", "in", "to", "for", "from", "on", "law", "laws", "representative", "representatives", "senator",
            "senators", "legislature", "legislatures", "legislator", "legislators", "police", "department", "media", "television", "officials",
            "government", "governments", "capital", "level", "funeral", "visit", "elections", "election", "house", "senate", "assembly", "secretary",
        };

        /// <summary>"The statement yesterday read "..."", "a statement from X read: "..."": a document reads out the words quoted after it.</summary>
        private static string? DocumentReads(List<Token> tokens, int c)
        {
            if (!(tokens[c].Is("read") || tokens[c].Is("reads")) || c + 1 >= tokens.Count) return null;
            // "It read, "..."", "It read: "..."": a sentence opening on the text just told of reads out the quotation after its comma or colon.
            if (c == 1 && tokens[0].Is("it") && c + 2 < tokens.Count && (tokens[c + 1].IsPunct(',') || tokens[c + 1].IsPunct(':')) && tokens[c + 2].IsOpeningQuote) return "say";
            // "The notice read, "..."": a comma before the opening mark as well.
            var comma = tokens[c + 1].IsPunct(',') && c + 2 < tokens.Count && tokens[c + 2].IsOpeningQuote;
            if (!(tokens[c + 1].IsOpeningQuote || tokens[c + 1].IsPunct(':') || comma)) return null;
            return ReadingTextBefore(tokens, c) >= 0 ? "say" : null;
        }

        /// <summary>"Gazeta Prawna reports only 0.5% ...": after a name and before its content "reports" is the verb, not the noun.</summary>
        private static string? ReportsAfterName(List<Token> tokens, int c)
        {
            if (!tokens[c].Is("reports") || c == 0 || !tokens[c - 1].IsCapitalized || c + 1 >= tokens.Count) return null;
            var next = tokens[c + 1];
            return next.Is("that") || next.Is("the") || next.Is("a") || next.Is("an") || next.Is("only") || next.Is("some") || next.Is("its") || next.Is("their")
                || next.Kind == TokenKind.Number || next.IsCapitalized ? "report" : null;
        }

        private static int ObjectEnd(List<Token> tokens, int start, int end)
        {
            for (var i = start + 1; i < end; i++)
            {
                var t = tokens[i];
                if (t.Length is not (2 or 4 or 5 or 6 or 7 or 9)) continue; // the lengths of the words below: most words are passed by it
                if (t.Is("after") || t.Is("before") || t.Is("following") || t.Is("amid") || t.Is("shortly") || t.Is("during") || t.Is("until") || t.Is("since")) return i;
                // "the memoranda between X and Y in which they agreed": the object ends before its relative clause ("a way by which" needs it).
                if ((t.Is("in") || t.Is("under") || t.Is("by")) && i + 1 < end && (tokens[i + 1].Is("which") || tokens[i + 1].Is("whom")) && !(tokens[start].Is("a") || tokens[start].Is("an"))) return i;
                if (t.Is("on") && i + 1 < end && Reading.DatelineReader.IsWeekday(tokens[i + 1].Text) || AdjunctClosesObject(tokens, start, i, end)) return i;
            }
            return end;
        }

        /// <summary>
        /// "promised boats and Velland is building piers": the "and" in [start, end) after a common noun and before a name of up to three
        /// capitalized words and a singular finite auxiliary (a name coordinated into the subject would take a plural one), or -1.
        /// </summary>
        private static int AndNamedClause(List<Token> tokens, int start, int end)
        {
            for (var i = start + 1; i + 2 < end; i++)
            {
                if (!tokens[i].Is("and") || !(tokens[i - 1].IsWord && char.IsLower(tokens[i - 1].Text[0]))) continue; // not "between Karel Brandt and Mira Holt was"
                var j = i + 1;
                while (j < end && j < i + 4 && tokens[j].IsWord && tokens[j].IsCapitalized) j++;
                if (j > i + 1 && j < end && (tokens[j].Is("is") || tokens[j].Is("was") || tokens[j].Is("has"))) return i;
            }
            return -1;
        }

        /// <summary>"said at least 40 boats sank", "counted at most 12 piers": "at least"/"at most" before a number or a noun phrase opens a quantity, no adjunct of place.</summary>
        private static bool OpensQuantity(List<Token> tokens, int i) =>
            i + 2 < tokens.Count && tokens[i].Is("at") && (tokens[i + 1].Is("least") || tokens[i + 1].Is("most")) && (tokens[i + 2].Kind == TokenKind.Number || tokens[i + 2].IsWord);

        private static bool IsAdjunct(Token t) => t.Is("during") || t.Is("for") || t.Is("by") || t.Is("after") || t.Is("before") || t.Is("at") || t.Is("since") || t.Is("until") || t.Is("in");

        /// <summary>
        /// A clause of speech before the cue in its sentence: only then is the last speaker the one a coordinated cue or a
        /// participle goes on with. "The ministry turned down the offer and said ..." after a sentence quoting someone else has
        /// its subject in its own sentence.
        /// </summary>
        private static bool SpeechBefore(SentenceInfo s, int cue)
        {
            foreach (var clause in s.Analysis.Clauses)
            {
                if (clause.Verb.Start >= cue) return false;
                if (clause.IsSpeech) return true;
            }
            return false;
        }

        private static bool SharesSubject(List<Token> tokens, int cue) =>
            cue > 0 && (tokens[cue - 1].IsPunct(',') && CueVerbs.IsParticiple(tokens[cue].Text) || tokens[cue - 1].Is("and") || tokens[cue - 1].Is("but"));

        private static bool IsContinuation(string word) =>
            word is "continued" or "continues" or "continue" or "continuing" or "kept" or "keeps" or "began" or "begins" or "went" or "goes" or "wanted" or "sought" or "tried" or "used" or "moved" or "rushed" or "hastened";

        /// <summary>"went on to say", "goes on to add": "on" after a form of "go" continues the talk as "continued to" does.</summary>
        private static bool GoesOn(List<Token> tokens, int on) =>
            on >= 1 && tokens[on].Is("on") && tokens[on - 1].Lower is "went" or "goes" or "go" or "going" or "gone";

        private static bool IsDeterminer(string word) =>
            word is "a" or "an" or "the" or "this" or "that" or "his" or "her" or "their" or "its" or "our" or "my" or "your" or "whose" or "every" or "each" or "no" or "any" or "some" or "first" or "follow-up";

        /// <summary>The content runs to the sentence end, a semicolon, a coordinated cue or a concessive clause.</summary>
        private static int ContentEnd(List<Token> tokens, int start, bool endsAtComma = false)
        {
            for (var i = start; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (endsAtComma && t.IsPunct(',')) return i;
                // "said the ferry — the oldest in the fleet — would be retired": a pair of dashes encloses an aside, and the clause goes on.
                if (t.IsPunct('\u2014') && ClosingDash(tokens, i) is var close && close > 0) { i = close; continue; }
                if (t.IsPunct(';') || t.IsPunct('\u2014') || IsSentenceEnd(t) && i == tokens.Count - 1) return i;
                // "noted the need for calm: "All workers ..."": the quotation after the colon is a statement of its own.
                if (t.IsPunct(':') && i + 1 < tokens.Count && tokens[i + 1].IsOpeningQuote) return i;
                if (t.IsPunct(',') && i + 1 < tokens.Count)
                {
                    var n = tokens[i + 1];
                    if (n.Is("despite") || n.Is("even") || n.Is("if") || n.Is("although") || n.Is("though") || n.Is("while") || n.Is("whereas") || n.Is("but") || n.Is("as") || n.Is("according")) return i;
                    if (CueVerbs.Lemma(n) is not null && CueVerbs.IsParticiple(n.Text)) return i;
                    // "X called the race for Y, giving him the lead": a participle clause after the comma is the writer's, not the speaker's.
                    if (Events.ClauseReader.IsIngForm(n) && n.Text.Length > 5 && !CommonWords.IsFunctionWord(n) && !n.Is("including") && !n.Is("according")) return i;
                    if ((n.Is("which") || n.Is("who")) && i + 3 < tokens.Count && (CueVerbs.Lemma(tokens[i + 3]) is not null || CueVerbs.Lemma(tokens[i + 2]) is not null))
                    {
                        // "said the bridge, which engineers called unsafe, would be rebuilt": the content's verb follows the relative clause.
                        if (RelativeClosedBeforeVerb(tokens, i + 1) is var closed && closed > 0) { i = closed; continue; }
                        return i;
                    }
                }
                if ((t.Is("and") || t.Is("but") || t.Is("or")) && i + 1 < tokens.Count && i > start + 1 && CueVerbs.Lemma(tokens[i + 1]) is not null && !CueVerbs.IsParticiple(tokens[i + 1].Text)) return i;
            }
            return tokens.Count;
        }

        /// <summary>
        /// The dash closing the aside the dash at <paramref name="open"/> opens: the next dash within twelve tokens, with no
        /// semicolon, colon or quotation mark between, and a word after it that goes on with the clause. -1 when there is none.
        /// </summary>
        private static int ClosingDash(List<Token> tokens, int open)
        {
            for (var i = open + 2; i < tokens.Count && i <= open + 12; i++)
            {
                var t = tokens[i];
                if (t.IsPunct('\u2014')) return i + 1 < tokens.Count && tokens[i + 1].IsWord ? i : -1;
                if (t.IsPunct(';') || t.IsPunct(':') || t.IsOpeningQuote || IsQuoteClose(t) || IsSentenceEnd(t)) return -1;
            }
            return -1;
        }

        /// <summary>
        /// The comma closing the relative clause whose pronoun is at <paramref name="pronoun"/> ("which engineers said was unsafe,")
        /// within twelve words, when an auxiliary or a modal after it goes on with the clause the relative one interrupts
        /// ("..., would be rebuilt"); -1 when the clause is not closed so.
        /// </summary>
        private static int RelativeClosedBeforeVerb(List<Token> tokens, int pronoun)
        {
            for (var j = pronoun + 2; j < tokens.Count && j <= pronoun + 13; j++)
            {
                if (tokens[j].IsPunct(',')) return j + 1 < tokens.Count && Events.TriggerFinder.IsAny(tokens[j + 1], Auxiliaries) ? j : -1;
                if (!(tokens[j].IsWord || tokens[j].Kind is TokenKind.Number or TokenKind.Possessive)) return -1;
            }
            return -1;
        }

        private static bool IsSentenceEnd(Token t) => t.Kind == TokenKind.Punctuation && t.Text is "." or "!" or "?";
    }
}
