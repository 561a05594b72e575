using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>What the words around a name show it to be.</summary>
    internal enum NameEvidence
    {
        None,
        Person,
        Place,

        /// <summary>A journal or magazine: what a study is published in.</summary>
        Organization,
    }

    /// <summary>Where, around a name, a rule looks for its words.</summary>
    internal enum EvidenceSite
    {
        /// <summary>The lower-case word right before the name ("the gunman Tarvo Keskel").</summary>
        WordBefore,

        /// <summary>The name in apposition after a noun phrase ending in the word ("a ministry spokesperson, Ilse Varn,").</summary>
        NounBeforeComma,

        /// <summary>The word right after "X," ("Rene Talvik, of the regional council").</summary>
        WordAfterComma,

        /// <summary>The word right after "X" and a country or "the" after it ("Rene Talvik of Kenya won bronze").</summary>
        WordAfterThenCountry,

        /// <summary>A preposition before, and a place or the sentence end after ("in Vella Dorna, Texas").</summary>
        LocativePreposition,

        /// <summary>A preposition of place before a name of two or more words, and a time after ("near Kala Dera on Tuesday").</summary>
        LocativeThenTime,

        /// <summary>A preposition before, and ", <place>" after ("the gunman of Vella Dorna, Texas").</summary>
        PlaceAfterComma,

        /// <summary>The head of an apposition after "X," ("Ostra Vela, formerly a Baroque church,").</summary>
        AppositionHead,

        /// <summary>The lower-case noun right after the name ("the Ostra Vela mosque", "left Ostra Vela station").</summary>
        NounAfter,

        /// <summary>A role or a kin noun heading an apposition after "X," and taking a complement ("Arvo Kallas, head of the Guard,", "Orsk Lavid, son of a fisherman,").</summary>
        RoleAfterComma,

        /// <summary>A noun for a person heading an indefinite apposition after "X," ("Dilo Praske, a customs official at the harbour,").</summary>
        IndefiniteAppositionHead,

        /// <summary>The lower-case verb right after the name, one only a person does ("Varnak Dosk died on Monday").</summary>
        VerbAfter,

        /// <summary>"was"/"is"/"were" after the name, then a participle only a person undergoes ("Varnak Dosk was arrested").</summary>
        ParticipleAfterBe,

        /// <summary>"of", a body's capitalized name, then a speech verb ("Rene Talvik of the Velden Fire Service said").</summary>
        OfBodyThenSpeech,

        /// <summary>A lower-case noun for a settlement or a division of land, then "of" ("the town of Vella Dorna").</summary>
        NounThenOf,

        /// <summary>"in" right before the name, a word of the rule one or two words before "in" ("published on Monday in Ostrel Letters").</summary>
        WordBeforeIn,

        /// <summary>A given name, a surname and "of" before the name, a speech verb of the rule or a comma after ("Signe Dahlberg of Orvane Research said").</summary>
        PersonOfThenSpeech,
    }

    /// <summary>A rule typing a name from the words around it, with the words it needs and an invented example.</summary>
    internal sealed class TypeEvidenceRule
    {
        public TypeEvidenceRule(NameEvidence evidence, EvidenceSite site, string words, string example, string name)
        {
            Evidence = evidence;
            Site = site;
            Words = new HashSet<string>(words.Split(' '), StringComparer.OrdinalIgnoreCase);
            Example = example;
            Name = name;
        }

        public NameEvidence Evidence { get; }
        public EvidenceSite Site { get; }
        public HashSet<string> Words { get; }

        /// <summary>An invented sentence the rule applies to; the rule tests run it.</summary>
        public string Example { get; }

        /// <summary>The name in <see cref="Example"/> and the kind it must get.</summary>
        public string Name { get; }
    }

    /// <summary>
    /// Typing from evidence: agent nouns ("gunman", "victim", "suspect") and roles name people; a name after
    /// "in" that a place follows, or one in apposition with a building word, is a place.
    /// </summary>
    internal static class TypeEvidence
    {
        // People named by what they did or what befell them; role nouns (Titles) count as well.
        private const string AgentNouns =
            "gunman gunmen victim victims suspect suspects shooter attacker assailant perpetrator killer bomber hijacker operator "
            + "witness eyewitness resident survivor teenager man woman boy girl wrestler footballer athlete photographer artist "
            + "engineer worker employee colleague friend neighbour neighbor partner cousin brother sister uncle aunt fan defendant "
            + "plaintiff inmate prisoner soldier driver passenger mp founder co-founder creator organizer organiser director "
            // Trades and arts, kin and candidates: nouns for a person only ("drummer Tarvo Keskel", "her husband, Arvo Kallas,").
            + "musician singer songwriter singer-songwriter rapper comedian actor actress novelist poet painter sculptor composer drummer "
            + "guitarist bassist pianist violinist dancer filmmaker screenwriter playwright businessman businesswoman entrepreneur billionaire "
            + "philanthropist physician surgeon paramedic firefighter barrister solicitor attorney referee umpire arbiter grandmaster "
            + "columnist blogger podcaster broadcaster presenter astronomer physicist biologist archaeologist mathematician architect "
            + "swimmer sprinter cyclist boxer golfer skier cricketer goalkeeper jockey husband wife widow widower daughter son mother "
            + "father grandson granddaughter grandmother grandfather nephew niece girlfriend boyfriend fiancé fiancée nominee incumbent";

        // The agent nouns that name a person only, never a firm or a body ("Ostrel Mining, a tour operator," is none).
        private const string PersonOnlyNouns =
            "gunman victim suspect shooter attacker assailant perpetrator killer bomber hijacker witness eyewitness resident survivor teenager "
            + "man woman boy girl wrestler footballer athlete photographer artist engineer worker employee colleague friend neighbour neighbor "
            + "cousin brother sister uncle aunt fan defendant plaintiff inmate prisoner soldier driver passenger musician singer songwriter "
            + "rapper comedian actor actress novelist poet painter sculptor composer drummer guitarist pianist dancer filmmaker screenwriter "
            + "playwright businessman businesswoman entrepreneur billionaire physician surgeon paramedic firefighter barrister solicitor attorney "
            + "referee umpire columnist blogger astronomer physicist biologist archaeologist mathematician architect swimmer cyclist boxer golfer "
            + "cricketer goalkeeper jockey husband wife widow widower daughter son mother father grandson granddaughter grandmother grandfather "
            + "nephew niece girlfriend boyfriend fiancé fiancée nominee incumbent official spokesperson spokesman spokeswoman lawyer";

        private const string BuildingNouns =
            "mosque museum church cathedral basilica temple synagogue shrine monastery palace castle fortress stadium arena mall "
            + "hotel tower bridge monument landmark building airport station park square cemetery";

        public static readonly TypeEvidenceRule[] Rules =
        {
            // What a study or a paper is published in is a journal, not a place ("in Nature on Monday" reads like "in Velden on Monday").
            new(NameEvidence.Organization, EvidenceSite.WordBeforeIn, "published", "The survey of glaciers was published in Ostrel Letters.", "Ostrel Letters"),
            new(NameEvidence.Person, EvidenceSite.WordBefore, AgentNouns, "Police said the gunman Tarvo Keskel acted alone.", "Tarvo Keskel"),
            new(NameEvidence.Person, EvidenceSite.NounBeforeComma, AgentNouns + " spokesperson spokesman spokeswoman official lawyer head chief",
                "A ministry spokesperson, Ilse Varnamo, confirmed the figures.", "Ilse Varnamo"),
            new(NameEvidence.Person, EvidenceSite.WordAfterComma, "of aged", "Rene Talvik, of the regional council, described the blast.", "Rene Talvik"),
            new(NameEvidence.Person, EvidenceSite.WordAfterThenCountry, "of", "The bronze medal went to Rene Talvik of Kenya.", "Rene Talvik"),
            new(NameEvidence.Place, EvidenceSite.LocativePreposition, "in near outside", "The storm flooded homes in Vella Dorna, Texas.", "Vella Dorna"),
            // What stands or lies "in" a name locates it: a building, a dwelling or a settlement ("a block of flats in Sant Orvel").
            new(NameEvidence.Place, EvidenceSite.WordBeforeIn, BuildingNouns + " flats apartment apartments house houses home homes village villages town towns "
                + "hospital school prison camp factory farm base checkpoint", "A second fire broke out in a block of flats in Sant Orvel on Saturday.", "Sant Orvel"),
            // Where one is born, dies, lives, is based or held: a place, whatever its words ("was born in Kalat Varsha").
            new(NameEvidence.Place, EvidenceSite.WordBeforeIn, "born died lived lives living based located situated raised grew buried arrested detained",
                "The singer was born in Kalat Varsha and grew up in the capital.", "Kalat Varsha"),
            // Not "in": "shares in Velmora Dynamics on Monday" is a firm.
            new(NameEvidence.Place, EvidenceSite.LocativeThenTime, "near outside", "Gunmen attacked a checkpoint near Kala Dera Khan on Tuesday.", "Kala Dera Khan"),
            // A settlement or a division of land, or the office that governs one, names a place by "of" ("the northern city of X", "the mayor of X").
            new(NameEvidence.Place, EvidenceSite.NounThenOf, "city town village hamlet province region district county municipality commune prefecture township "
                + "suburb island capital port mayor", "Floods cut off the mountain village of Ostra Vell on Monday.", "Ostra Vell"),
            new(NameEvidence.Place, EvidenceSite.PlaceAfterComma, "of from at", "Police named the driver, a man of Allenby, Texas.", "Allenby"),
            new(NameEvidence.Place, EvidenceSite.AppositionHead, BuildingNouns, "Crowds visited Ostra Sophia, formerly a Baroque church, on Sunday.", "Ostra Sophia"),
            new(NameEvidence.Person, EvidenceSite.RoleAfterComma, "head leader chief commander president minister director founder chairman chairwoman spokesperson spokesman spokeswoman secretary governor mayor ambassador "
                + "son daughter wife husband widow widower mother father brother sister grandson granddaughter nephew niece "
                // Professions of a person only ("Tarvi Oskanen, professor of history at Velden University,").
                + "professor lecturer researcher scientist analyst economist historian journalist reporter editor lawyer attorney judge prosecutor activist student",
                "Mourners gathered for Arvo Kallas, head of the Velden Guard, on Sunday.", "Arvo Kallas"),
            new(NameEvidence.Place, EvidenceSite.NounAfter, BuildingNouns, "Crowds gathered at the Ostra Vela mosque on Friday.", "Ostra Vela"),
            new(NameEvidence.Person, EvidenceSite.IndefiniteAppositionHead, PersonOnlyNouns,
                "Dilo Praske, a customs official at the harbour, described the raid.", "Dilo Praske"),
            // What befalls or is done only by a person (no firm "dies" or is "born"; firms plead and are convicted, so those are not listed).
            new(NameEvidence.Person, EvidenceSite.VerbAfter, "died resigned testified retired", "Varnak Dosk died at home on Monday.", "Varnak Dosk"),
            new(NameEvidence.Person, EvidenceSite.ParticipleAfterBe, "born arrested sentenced jailed imprisoned killed injured wounded stabbed shot hospitalized hospitalised murdered kidnapped abducted",
                "Ostrel Pavar was arrested at the harbour on Monday.", "Ostrel Pavar"),
            // A body speaks through a person of it: the name before "of" and the body's name is the speaker's.
            new(NameEvidence.Person, EvidenceSite.OfBodyThenSpeech, "said says told added explained stated confirmed",
                "Nils-Arve Haagstad of the Velden Fire Service said no one was hurt.", "Nils-Arve Haagstad"),
            // The body a named person speaks for is no second person, whatever its last word ("Research", "Marine") looks like.
            new(NameEvidence.Organization, EvidenceSite.PersonOfThenSpeech, "said says told added explained stated confirmed",
                "Signe Dahlberg of Orvane Research said the samples had been spoiled in transit.", "Orvane Research"),
        };

        /// <summary>The evidence the words around this occurrence of tokens [start, end) give, the first rule that holds.</summary>
        public static NameEvidence At(List<Token> tokens, int start, int end)
        {
            // The words right before and after the name, read once for all the rules (most rules look at one or the other):
            // the rules listing each if it is a lower-case word, and whether it is a comma.
            var around = new Around(tokens, start, end);
            if ((around.BeforeRules | around.AfterRules) == 0 && !around.OfBefore && !around.CommaBefore && !around.CommaAfter && !around.BeAfter) return NameEvidence.None; // no rule can hold
            for (var r = 0; r < Rules.Length; r++)
                if (Holds(r, tokens, start, end, around)) return Rules[r].Evidence;
            return NameEvidence.None;
        }

        private readonly struct Around
        {
            public Around(List<Token> tokens, int start, int end)
            {
                BeforeRules = start > 0 && IsLowerWord(tokens[start - 1]) ? RulesOf(tokens[start - 1]) : 0;
                AfterRules = end < tokens.Count && IsLowerWord(tokens[end]) ? RulesOf(tokens[end]) : 0;
                CommaBefore = start > 0 && tokens[start - 1].IsPunct(',');
                OfBefore = start > 1 && tokens[start - 1].Is("of");
                CommaAfter = end < tokens.Count && tokens[end].IsPunct(',');
                BeAfter = end + 1 < tokens.Count && (tokens[end].Is("was") || tokens[end].Is("is") || tokens[end].Is("were"));
            }

            public int BeforeRules { get; }
            public int AfterRules { get; }
            public bool CommaBefore { get; }
            public bool OfBefore { get; }
            public bool CommaAfter { get; }
            public bool BeAfter { get; }
        }

        /// <summary>The rules whose words include <paramref name="word"/>, bit r for rule r (kept on the word's form: <see cref="WordForm.EvidenceRules"/>).</summary>
        internal static int RulesListing(string word)
        {
            var rules = 0;
            for (var r = 0; r < Rules.Length; r++)
                if (Rules[r].Words.Contains(word)) rules |= 1 << r;
            return rules;
        }

        // Rule r's words include the token's: a bit of its form, not a case-blind hash of its text per rule.
        private static bool Lists(int rule, in Token token) => (RulesOf(token) & (1 << rule)) != 0;

        private static int RulesOf(in Token token) => token.Form is { } form ? form.EvidenceRules : RulesListing(token.Text);

        private static bool Holds(int r, List<Token> tokens, int start, int end, in Around around) => Rules[r].Site switch
        {
            EvidenceSite.WordBefore => (around.BeforeRules & (1 << r)) != 0,
            EvidenceSite.NounBeforeComma => start > 1 && around.CommaBefore && NounPhraseEndsIn(r, tokens, start - 2),
            EvidenceSite.WordAfterComma => end + 1 < tokens.Count && around.CommaAfter && Lists(r, tokens[end + 1]) && IsLowerWord(tokens[end + 1]),
            EvidenceSite.WordAfterThenCountry => end - start >= 2 && end + 1 < tokens.Count && (around.AfterRules & (1 << r)) != 0 && IsCountryAt(tokens, end + 1),
            EvidenceSite.LocativePreposition => (around.BeforeRules & (1 << r)) != 0 && PlaceOrEndAfter(tokens, end),
            EvidenceSite.LocativeThenTime => end - start >= 2 && (around.BeforeRules & (1 << r)) != 0 && TimeAfter(tokens, end),
            EvidenceSite.WordBeforeIn => start > 1 && tokens[start - 1].Is("in") && WordBeforeTimeThenIn(r, tokens, start - 2),
            EvidenceSite.NounThenOf => start > 1 && tokens[start - 1].Is("of") && IsLowerWord(tokens[start - 2]) && Lists(r, tokens[start - 2]),
            EvidenceSite.PlaceAfterComma => (around.BeforeRules & (1 << r)) != 0 && around.CommaAfter && PlaceOrEndAfter(tokens, end),
            EvidenceSite.AppositionHead => around.CommaAfter && AppositionHeadIn(r, tokens, end + 1),
            EvidenceSite.RoleAfterComma => end + 2 < tokens.Count && around.CommaAfter && RoleHeadsApposition(r, tokens, end + 1),
            // Not after "a"/"an": "a Pentecostal church" is a kind of church, no named one.
            EvidenceSite.NounAfter => (around.AfterRules & (1 << r)) != 0 && !(start > 0 && (tokens[start - 1].Is("a") || tokens[start - 1].Is("an"))),
            EvidenceSite.IndefiniteAppositionHead => end + 2 < tokens.Count && around.CommaAfter && IndefiniteHeadIn(r, tokens, end + 1),
            EvidenceSite.VerbAfter => (around.AfterRules & (1 << r)) != 0,
            EvidenceSite.ParticipleAfterBe => around.BeAfter && Lists(r, tokens[end + 1]) && IsLowerWord(tokens[end + 1]),
            // Not a firm named by a common word ("Velden Trading of the Ostrel Group said").
            EvidenceSite.OfBodyThenSpeech => end - start >= 2 && end + 2 < tokens.Count && tokens[end].Is("of") && !EntityRecognizer.IsCommonWord(tokens[end - 1].Text)
                && SpeechAfterBody(r, tokens, end + 1),
            EvidenceSite.PersonOfThenSpeech => around.OfBefore && GivenNameThenSurname(tokens, start - 2)
                && ((around.AfterRules & (1 << r)) != 0 || around.CommaAfter),
            _ => false,
        };

        // "a spokesperson, X", "the director of Freedonia's Civic Fund, X" or "the delegate to the Ulvan Assembly, X": the role
        // (a rule's word or any role noun) heads the phrase before the comma. A capitalized title or role heads it too when no
        // name stands between it and the comma but one after "of", "for" or "to" ("the Foreign Minister of Velland, X", "the
        // Chairman of the Board, X"); not "Minister Arvo Kallas, X", where the title is Kallas's.
        private static bool NounPhraseEndsIn(int rule, List<Token> tokens, int last)
        {
            var namesAfterTitle = 0; // capitalized words between a capitalized title and the comma, not after a connector
            for (var i = last; i >= 0 && i >= last - 8; i--)
            {
                var t = tokens[i];
                if (t.Kind == TokenKind.Possessive) continue;
                if (!t.IsWord) return false;
                if (IsLowerWord(t) && (Lists(rule, t) || Titles.IsRoleNoun(t))) return true;
                if (IsLowerWord(t) && !t.Is("of") && !t.Is("the") && !t.Is("for") && !t.Is("to")) return false;
                if (t.Is("of") || t.Is("for") || t.Is("to")) namesAfterTitle = 0;
                else if (t.IsCapitalized && (Titles.IsPersonTitle(t) || Titles.IsRoleNoun(t))) { if (namesAfterTitle == 0) return true; }
                else if (t.IsCapitalized) namesAfterTitle++;
            }
            return false;
        }

        // "of Kenya", "of the United States": a country, not a city or an organization ("of Vella Bank").
        private static bool IsCountryAt(List<Token> tokens, int at)
        {
            if (tokens[at].Is("the") && at + 1 < tokens.Count) at++;
            for (var n = Gazetteer.LongestPossibleSurface(tokens, at, Math.Min(Gazetteer.MaxSurfaceTokens, tokens.Count - at)); n >= 1; n--)
                if (Gazetteer.TryGetPlaceOrOrganization(tokens, at, at + n, out var entry))
                    return entry.Kind == GazetteerKind.Country && (at + n >= tokens.Count || !tokens[at + n].IsCapitalized);
            return false;
        }

        private static bool IsLowerWord(Token t) => t.IsWord && char.IsLower(t.Text[0]);

        /// <summary>A comma at <paramref name="end"/> and a known place after it ("Allenby, Texas").</summary>
        internal static bool PlaceAfterCommaAt(List<Token> tokens, int end) => end < tokens.Count && tokens[end].IsPunct(',') && PlaceOrEndAfter(tokens, end);

        // "in Vella Dorna, Texas" or "in Vella Dorna." — not "in Vella Dorna's report".
        private static bool PlaceOrEndAfter(List<Token> tokens, int end)
        {
            if (end >= tokens.Count) return true;
            var next = tokens[end];
            if (next.Kind == TokenKind.Punctuation && next.Text is "." or ";") return true;
            if (!next.IsPunct(',') || end + 1 >= tokens.Count || !tokens[end + 1].IsCapitalized) return false;
            for (var n = Gazetteer.LongestPossibleSurface(tokens, end + 1, Math.Min(Gazetteer.MaxSurfaceTokens, tokens.Count - end - 1)); n >= 1; n--)
                if (Gazetteer.TryGetPlaceOrOrganization(tokens, end + 1, end + 1 + n, out var entry) && entry.Kind != GazetteerKind.Organization) return true;
            return false;
        }

        // "published in", "published Wednesday in", "published on May 8 in": the rule's word, then up to three words of a time.
        private static bool WordBeforeTimeThenIn(int rule, List<Token> tokens, int last)
        {
            for (var i = last; i >= 0 && i >= last - 3; i--)
            {
                if (Lists(rule, tokens[i]) && IsLowerWord(tokens[i])) return true;
                if (!(tokens[i].IsCapitalized || tokens[i].Kind == TokenKind.Number || tokens[i].Is("on"))) return false;
            }
            return false;
        }

        // "on Tuesday", "on March 3", "yesterday", "overnight", "last week", "later that day": a time right after the name.
        private static bool TimeAfter(List<Token> tokens, int end)
        {
            if (end >= tokens.Count || !IsLowerWord(tokens[end])) return false;
            if (tokens[end].Is("on")) return end + 1 < tokens.Count && tokens[end + 1].IsCapitalized && Reading.DatelineReader.IsWeekdayOrMonth(tokens[end + 1].Text);
            return tokens[end].Text is "yesterday" or "overnight" or "last" or "earlier" or "later" or "today" or "tonight";
        }

        // "head of the Velden Guard", "the former commander of the army", "ambassador to Kenya": an optional article and modifiers, then
        // the role and "of"/"at"/"in"/"to".
        private static bool RoleHeadsApposition(int rule, List<Token> tokens, int from)
        {
            var i = from;
            if (tokens[i].Is("a") || tokens[i].Is("an") || tokens[i].Is("the")) i++;
            for (var j = i; j + 1 < tokens.Count && j <= i + 3; j++)
            {
                var t = tokens[j];
                if (!t.IsWord) return false;
                if (Lists(rule, t) && char.IsLower(t.Text[0])) return IsRoleComplement(tokens[j + 1]);
                if (CommonWords.IsFunctionWord(t)) return false;
            }
            return false;
        }

        // "the Velden Fire Service said", "Rogmark Fire and Rescue told": an optional "the", capitalized words (with "and",
        // "of" or "for" inside), then a lower-case speech verb of the rule.
        private static bool SpeechAfterBody(int rule, List<Token> tokens, int from)
        {
            var i = tokens[from].Is("the") ? from + 1 : from;
            var words = 0;
            for (; i < tokens.Count && words <= 8; i++, words++)
                if (!tokens[i].IsCapitalized && !(words > 0 && i + 1 < tokens.Count && tokens[i + 1].IsCapitalized && (tokens[i].Is("and") || tokens[i].Is("of") || tokens[i].Is("for")))) break;
            return words > 0 && i < tokens.Count && IsLowerWord(tokens[i]) && Lists(rule, tokens[i]);
        }

        // "Signe Dahlberg" ending at the token: a given name, then a capitalized surname that is no title nor role.
        private static bool GivenNameThenSurname(List<Token> tokens, int last) =>
            last >= 1 && tokens[last].IsWord && tokens[last].IsCapitalized && !tokens[last].IsAllCaps && !Titles.IsTitleWord(tokens[last])
            && !Titles.IsRoleNoun(tokens[last]) && tokens[last - 1].IsCapitalized && GivenNames.Contains(tokens[last - 1]);

        private static bool IsRoleComplement(in Token t) => t.Is("of") || t.Is("at") || t.Is("in") || t.Is("to") || t.Is("for") || t.Is("from");

        // "a customs official at the harbour", "a former boyfriend,": "a"/"an", up to three modifiers, then the noun for a
        // person, which ends the phrase or takes a complement ("who" too).
        private static bool IndefiniteHeadIn(int rule, List<Token> tokens, int from)
        {
            if (!(tokens[from].Is("a") || tokens[from].Is("an"))) return false;
            for (var j = from + 1; j < tokens.Count && j <= from + 4; j++)
            {
                var t = tokens[j];
                if (!t.IsWord && t.Kind != TokenKind.Number) return false;
                if (Lists(rule, t) && char.IsLower(t.Text[0]))
                    return j + 1 >= tokens.Count || !tokens[j + 1].IsWord || IsRoleComplement(tokens[j + 1]) || tokens[j + 1].Is("who") || tokens[j + 1].Is("with");
                if (CommonWords.IsFunctionWord(t)) return false;
            }
            return false;
        }

        // "formerly a Greek Orthodox church": an optional time word, an article, modifiers, the head noun, then the phrase ends.
        private static bool AppositionHeadIn(int rule, List<Token> tokens, int from)
        {
            var i = from;
            if (i < tokens.Count && (tokens[i].Is("formerly") || tokens[i].Is("once") || tokens[i].Is("now") || tokens[i].Is("originally"))) i++;
            if (i >= tokens.Count || !(tokens[i].Is("a") || tokens[i].Is("an") || tokens[i].Is("the"))) return false;
            for (var j = i + 1; j < tokens.Count && j <= i + 5; j++)
            {
                var t = tokens[j];
                if (!t.IsWord) return false;
                if (Lists(rule, t) && char.IsLower(t.Text[0]))
                    return j + 1 >= tokens.Count || !tokens[j + 1].IsWord || tokens[j + 1].Is("and");
                if (CommonWords.IsFunctionWord(t)) return false;
            }
            return false;
        }
    }
}
