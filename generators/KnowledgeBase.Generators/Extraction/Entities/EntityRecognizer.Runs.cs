using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction
{
    // Splitting a run of capitalized words into organizations, places, titles and name chunks.
    internal sealed partial class EntityRecognizer
    {
        private void ProcessRun(SentenceInfo s, int start, int end, bool restricted)
        {
            if (TryAdvocacyGroupRun(s, start, end, restricted) || TryPluralTitleRun(s, start, end, restricted)) return;
            start = SkipClauseStartWord(s.Tokens, start, end);
            if (start >= end) return;

            // Names of events and things ("Hurricane Maria", "James Webb Space Telescope", "World Cup"): no entity but those inside.
            if (NamesAThing(s.Tokens, start, end))
            {
                AddNamesInsideThing(s, start, end, restricted);
                return;
            }
            if (TryNewspaperRun(s, start, end, restricted) || TryMissionRun(s, start, end, restricted) || TryDivisionFirstRun(s, start, end, restricted)) return;
            if (TryAgedPerson(s, start, end, restricted) || TryGivenNameBeforePlace(s, start, end, restricted)
                || TryGivenNameBeforeHeadWord(s, start, end, restricted)) return;
            if (TrySplitPersonOfOrganization(s, start, end, restricted)) return;
            if (TryCountryInstitutionRun(s, start, end) || TryNationalBranchRun(s, start, end, restricted)) return;
            if (TryDescribedOrganizationRun(s, start, end, restricted)) return;
            if (TryNameCompound(s, start, end)) return;
            if (TryOrganizationRun(s, start, end, restricted)) return;
            if (TryPlaceWordRun(s, start, end, restricted)) return;
            SplitRun(s, start, end, restricted);
        }

        /// <summary>A capital at a clause start proves nothing: the run starts after a common first word.</summary>
        private int SkipClauseStartWord(List<Token> tokens, int start, int end)
        {
            if (IsClauseStart(tokens, start) && !StartsGazetteerName(tokens, start, end))
            {
                var first = tokens[start];
                // A role noun capitalized only by the sentence start ("Actor Brendan Fraser") is a title.
                if (CommonWords.IsFunctionWord(first) && !ModalNamedPerson(tokens, start, end) || Titles.IsRoleNoun(first) && !Titles.IsTitleWord(first) || (end - start == 1 && !IsKnownCapitalized(first) && !IsCamelCaseWord(first.Text))
                    || DescribesTheNameAfter(tokens, start, end))
                {
                    start++;
                    if (start < end && tokens[start].IsWord && CommonWords.IsNameConnector(tokens[start])) start++;
                }
            }
            return start;
        }

        /// <summary>
        /// "Professor Mira Holt of Velden University": a person's name (a given name and one or two more words, no title or
        /// organization word) joined by "of" to an organization is two names, the person's and the organization's.
        /// </summary>
        private bool TrySplitPersonOfOrganization(SentenceInfo s, int start, int end, bool restricted)
        {
            var tokens = s.Tokens;
            var first = start; // after the person's titles ("Professor", "Dr.")
            while (first < end && Titles.IsTitleWord(tokens[first])) first++;
            var of = first + 2;
            while (of < end && !tokens[of].Is("of")) of++;
            if (of >= end - 1 || of - first > 3 || !GivenNames.Contains(tokens[first])) return false;
            for (var i = first; i < of; i++)
                if (!tokens[i].IsCapitalized || Titles.IsTitleWord(tokens[i]) || Gazetteer.IsOrganizationHead(tokens[i])) return false;
            var organization = false;
            for (var i = of + 1; i < end && !organization; i++) organization = Gazetteer.IsOrganizationHead(tokens[i]);
            if (!organization) return false;
            ProcessRun(s, start, of, restricted);
            ProcessRun(s, of + 1, end, restricted);
            return true;
        }

        private void AddNamesInsideThing(SentenceInfo s, int start, int end, bool restricted)
        {
            var tokens = s.Tokens;
            for (var i = start; i < end; i++)
            {
                var n = MatchGazetteer(tokens, i, end, out var inside);
                // "US National Medal of Science": the country or organization that names the thing is mentioned.
                if (n > 0 && inside!.Kind is GazetteerKind.Organization or GazetteerKind.Country) { AddGazetteerMention(s, i, i + n, inside, isDemonym: false); i += n - 1; }
                else if (n > 0) i += n - 1;
                else if (tokens[i].IsAllCaps && !IsCommonAcronym(tokens[i].Text) && !restricted) AddAcronym(s, i);
            }
        }

        /// <summary>"as quoted by Freedonian Reporter": a run a newspaper word ends is the newspaper, never a person.</summary>
        private bool TryNewspaperRun(SentenceInfo s, int start, int end, bool restricted)
        {
            var tokens = s.Tokens;
            if (end - start < 2 || !(CommonWords.IsNewspaperHead(tokens[end - 1].Text) || NamesPlaceNewspaper(tokens, start, end))) return false;
            // "The Times" after "the Velden Times": the article's one newspaper of that last word, named short.
            if (end - start == 2 && tokens[start].Is("The") && OnlyNewspaperEndingWith(tokens[end - 1].Text) is { } paper)
            {
                if (!restricted) Mention(s, start + 1, end, paper, isDemonym: false, null);
                return true;
            }
            if (IsGazetteerName(tokens, start, end)) return false;
            for (var i = start; i < end; i++)
                if (Titles.IsTitleWord(tokens[i]) || tokens[i].IsAllCaps) return false;
            // "Zara Velk of The Harbour Times": a name, then the newspaper it writes for.
            for (var of = start + 1; of < end - 2; of++)
                if (tokens[of].Is("of") && tokens[of + 1].Is("The"))
                {
                    if (!restricted && LooksLikePersonName(tokens, start, of)) AddPerson(s, start, of, -1);
                    else ProcessRun(s, start, of, restricted);
                    return TryNewspaperRun(s, of + 1, end, restricted);
                }
            var nameStart = tokens[start].Is("The") ? start + 1 : start; // "The Harbour Herald" is "Harbour Herald"
            if (!restricted) AddForm(AddMention(s, nameStart, end, EntityKind.Organization, Join(tokens, nameStart, end), isDemonym: false), Join(tokens, start, end));
            return true;
        }

        /// <summary>
        /// A run whose head word makes it an organization ("Munich Security Conference", "Ministry of Foreign Affairs",
        /// "University of Oxford") is one organization, unless a known name ends it ("leaders of the African Union").
        /// </summary>
        private bool TryOrganizationRun(SentenceInfo s, int start, int end, bool restricted)
        {
            var tokens = s.Tokens;
            if (TryRegionalInstitution(s, start, end, restricted)) return true;
            var head = OrganizationHead(tokens, start, end);
            if (head >= 0 && TitledPersonAfter(tokens, head, end) is var title and > 0) { ProcessRun(s, start, title, restricted); ProcessRun(s, title, end, restricted); return true; }
            if (head >= 0 && IsMembersOf(tokens, start, end, head)) return true; // "Labour Members of Parliament", though "Parliament" is known
            if (head >= 0 && !IsGazetteerName(tokens, start, end) && !KnownNameEnds(tokens, start, end, head))
            {
                var orgStart = start;
                // A title before the name is no part of it; a qualifier is ("National" of "National Crime Agency") unless a title follows it.
                // "Saint Vella Hospital": a saint's name names the organization.
                while (orgStart < head && (tokens[orgStart].Is("The") || Titles.IsTitleWord(tokens[orgStart]) && !IsSaint(tokens[orgStart].Text) && !Gazetteer.IsOrganizationHead(tokens[orgStart])
                    && (Titles.IsPersonTitle(tokens[orgStart]) || TitleFollows(tokens, orgStart + 1, head)) && !TitleOpensName(tokens, orgStart, head))) orgStart++;
                if (orgStart > start && orgStart < end && (tokens[orgStart].Is("of") || tokens[orgStart].Is("for"))) return true; // "Member of Parliament"
                // "U.S. House of Representatives": the country names which one; the gazetteer knows it.
                var country = MatchGazetteer(tokens, orgStart, head, out var owner);
                if (country > 0 && owner!.Kind == GazetteerKind.Country && Gazetteer.TryGetPlaceOrOrganization(tokens, orgStart + country, end, out var institution))
                {
                    if (!restricted) AddGazetteerMention(s, orgStart, end, institution, isDemonym: false);
                    return true;
                }
                if (!restricted && head > orgStart || !restricted && head == orgStart && head < end - 1)
                {
                    AddMention(s, orgStart, end, EntityKind.Organization, Join(tokens, orgStart, end), isDemonym: false);
                    return true;
                }
            }
            return false;
        }

        /// <summary>
        /// "the Vella Supreme Court", "the Vella Senate", "the Vellan Parliament": a state or region (or its adjective) before
        /// a national institution's name has an institution of its own ("Vella Supreme Court"), not the nation's.
        /// </summary>
        private bool TryRegionalInstitution(SentenceInfo s, int start, int end, bool restricted)
        {
            var tokens = s.Tokens;
            if (end - start < 2 || !Gazetteer.IsOrganizationHead(tokens[end - 1])) return false; // most runs: no look-up
            var from = tokens[start].Is("The") ? start + 1 : start;
            var region = MatchGazetteer(tokens, from, end, out var place);
            if (region == 0) region = MatchDemonym(tokens, from, end, out place);
            if (region == 0 || place!.Kind != GazetteerKind.Region || from + region >= end) return false;
            if (!Gazetteer.TryGetPlaceOrOrganization(tokens, from + region, end, out var institution) || institution.Kind != GazetteerKind.Organization) return false;
            if (!restricted) AddMention(s, from, end, EntityKind.Organization, Join(tokens, from, end), isDemonym: false);
            return true;
        }

        private static bool IsSaint(string word) => word is "Saint" or "St." or "St" or "Sainte";

        /// <summary>"the law firm Varga Austin": after an organization noun the run is one organization, though a word of it names a place.</summary>
        private bool TryDescribedOrganizationRun(SentenceInfo s, int start, int end, bool restricted)
        {
            var tokens = s.Tokens;
            if (restricted || end - start < 2 || start == 0 || !tokens[start - 1].IsWord || !char.IsLower(tokens[start - 1].Text[0]) || !CommonWords.IsOrganizationDescriptor(tokens[start - 1].Text)
                || MatchGazetteer(tokens, start, end, out _) > 0 || TypeEvidence.At(tokens, start, end) == NameEvidence.Person || NamesPersonByOccupation(tokens, start, end)) return false; // "its operator Jon Varga"
            for (var i = start; i < end; i++)
                if (!tokens[i].IsCapitalized || Titles.IsTitleWord(tokens[i]) || CommonWords.IsNameConnector(tokens[i]) || MatchDemonym(tokens, i, end, out _) > 0) return false;
            AddMention(s, start, end, EntityKind.Organization, Join(tokens, start, end), isDemonym: false);
            return true;
        }

        /// <summary>"Freedonia-based retailer", "Vella-born singer": the name before the hyphen is a mention of its own.</summary>
        private bool TryNameCompound(SentenceInfo s, int start, int end)
        {
            // Asked of every run: the one-word test and the form's kept answer come before the word's text is read.
            if (end - start != 1 || !IsNameCompound(s.Tokens[start])) return false;
            var word = s.Tokens[start].Text;
            if (!Gazetteer.TryGetPlaceOrOrganization(word.Substring(0, word.LastIndexOf('-')), out var entry)) return false;
            var kind = entry.Kind == GazetteerKind.Organization ? EntityKind.Organization : EntityKind.Place;
            // An adjective, as a demonym is: it describes who acts, it does not act.
            var entity = AddMention(s, start, end, kind, entry.Name, isDemonym: true);
            entity.Forms.Remove(word); // "Freedonia-based" is no name of Freedonia
            entity.NamedBesidesDemonym = true; // though its name is written out
            if (entry.Kind == GazetteerKind.Country) entity.IsCountry = true;
            if (entry.IsCapital) entity.CapitalOf = entry.Country;
            return true;
        }

        // Asked of every word of every capitalized run: the answer is kept on the word's form.
        private static bool IsNameCompound(in Token token) => token.Length >= 5 && (token.Form?.Has(WordTrait.NameCompound) ?? IsNameCompound(token.Text));

        internal static bool IsNameCompound(string word)
        {
            // Asked of every word of every capitalized run: one too short for a name, a hyphen and a suffix is no compound.
            if (word.Length < 5) return false;
            var dash = word.LastIndexOf('-');
            return dash > 0 && dash < word.Length - 3 && char.IsLower(word[dash + 1]) && IsCompoundSuffix(word.Substring(dash + 1));
        }

        private static bool IsCompoundSuffix(string suffix) =>
            suffix is "based" or "born" or "led" or "backed" or "owned" or "headquartered" or "made" or "bound" or "funded" or "run" or "controlled" or "held" or "allied" or "brokered";

        // A word that is a title, a known name or a demonym has its own meaning before a name.
        private static bool IsKnownCapitalizedElsewhere(in Token token) => token.Form?.Has(WordTrait.KnownCapitalizedElsewhere) ?? IsKnownCapitalizedElsewhere(token.Text);

        internal static bool IsKnownCapitalizedElsewhere(string word) =>
            Titles.IsTitleWord(word) || Titles.IsRoleNoun(word) || Gazetteer.TryGetPlaceOrOrganization(word, out _) || Gazetteer.TryGetByDemonym(word, out _) || CommonWords.IsFunctionWord(word);

        private static bool IsMembersOf(List<Token> tokens, int start, int end, int head) =>
            head == end - 1 && head - start >= 2 && tokens[head - 1].Is("of") && IsTitleOrPlural(tokens[head - 2].Text);

        private static bool IsTitleOrPlural(string word) =>
            Titles.IsTitleWord(word) || word.Length > 3 && word[word.Length - 1] == 's' && Titles.IsTitleWord(word.Substring(0, word.Length - 1));

        private static bool TitleFollows(List<Token> tokens, int from, int head)
        {
            for (var i = from; i < head; i++)
            {
                if (Titles.IsPersonTitle(tokens[i])) return true;
                if (!Titles.IsTitleWord(tokens[i])) return false;
            }
            return false;
        }

        /// <summary>
        /// "Santa Cruz Island", "Fath Airport", "Santa Barbara County": a place word ends the name; "Mount Ostrel", "Fort Vella
        /// Dorna": a place word opens a short name of plain words.
        /// </summary>
        private bool TryPlaceWordRun(SentenceInfo s, int start, int end, bool restricted)
        {
            var tokens = s.Tokens;
            if (end - start < 2 || IsGazetteerName(tokens, start, end)) return false;
            var placeStart = PlaceAfterTitle(tokens, tokens[start].Is("The") ? start + 1 : start, end); // "Governor of Velka Oblast"
            if (!IsCapitalizedPlaceWord(tokens[end - 1]) && !(end - placeStart is 2 or 3 && Gazetteer.IsPlacePrefix(tokens[placeStart].Text) && PlainNameWords(tokens, placeStart + 1, end, !IsCommonWord(tokens[placeStart].Text)))) return false;
            if (restricted || end - placeStart < 2) return false;
            if (PlaceWordNamesNoPlace(tokens, placeStart, end)) return false;
            AddMention(s, placeStart, end, EntityKind.Place, Join(tokens, placeStart, end), isDemonym: false);
            return true;
        }

        // Capitalized words that are no title, given name, head word nor known name ("Ostrel", not "Jon" or "Kenya"); after a
        // place prefix that is no English word a given name too ("Ain Issa", "Deir Hafer": Arabic for a spring, a monastery).
        private static bool PlainNameWords(List<Token> tokens, int start, int end, bool givenNamesToo = false)
        {
            for (var i = start; i < end; i++)
                if (!tokens[i].IsCapitalized || tokens[i].IsAllCaps || Titles.IsTitleWord(tokens[i]) || !givenNamesToo && GivenNames.Contains(tokens[i]) || Gazetteer.IsOrganizationHead(tokens[i])
                    || MatchGazetteer(tokens, i, end, out _) > 0) return false;
            return true;
        }

        /// <summary>The rest of a run, left to right: gazetteer names, demonyms, titles, acronyms and name chunks.</summary>
        private void SplitRun(SentenceInfo s, int start, int end, bool restricted)
        {
            var k = start;
            var titleStart = -1;
            while (k < end)
            {
                var next = ParticlePlaceAt(s, k, end, restricted);
                if (next < 0) next = KnownPartAt(s, k, end, restricted, ref titleStart);
                if (next < 0) next = NameChunkAt(s, k, end, restricted, ref titleStart);
                k = next;
            }
        }

        /// <summary>The end of the gazetteer name, demonym, title, region or acronym at <paramref name="k"/>, or -1 when none starts there.</summary>
        private int KnownPartAt(SentenceInfo s, int k, int end, bool restricted, ref int titleStart)
        {
            var tokens = s.Tokens;
            var matched = MatchGazetteer(tokens, k, end, out var entry);
            if (PersonNameAt(s, k, end, restricted, matched, entry, ref titleStart) is var person and >= 0) return person;
            if (matched > 0) return GazetteerPartAt(s, k, end, restricted, matched, entry!);
            matched = MatchDemonym(tokens, k, end, out entry);
            if (matched > 0)
            {
                var next = k + matched;
                var beforeName = next < end && tokens[next].IsCapitalized;
                if (beforeName)
                {
                    // "French President Emmanuel Macron": part of the title, not a mention of Russia.
                    if (titleStart < 0) titleStart = k;
                }
                else
                {
                    AddGazetteerMention(s, k, next, entry!, isDemonym: true);
                }
                return next;
            }
            if (Titles.IsTitleWord(tokens[k]) && k + 1 < end && !(Gazetteer.IsOrganizationHead(tokens[end - 1])))
            {
                if (titleStart < 0) titleStart = k;
                k++;
                // "Secretary of State", "Governor of New South Wales": the whole place the office is of, however many words.
                // "Speaker of the House": "the" before the place or body is the title's too.
                if (k < end && tokens[k].Is("of") && k + 1 < end)
                {
                    var at = tokens[k + 1].Is("the") && k + 2 < end ? k + 2 : k + 1;
                    k = at + Math.Max(1, MatchGazetteer(tokens, at, end, out _));
                }
                return k;
            }
            // "Southern Poland", "Eastern Mediterranean": a part of a place, named as a place.
            if (IsA(tokens[k], EntityWords.Direction) && k + 1 < end && MatchGazetteer(tokens, k + 1, end, out var region) is var n and > 0 && region!.Kind != GazetteerKind.Organization)
            {
                if (!restricted) AddMention(s, k, k + 1 + n, EntityKind.Place, Join(tokens, k, k + 1 + n), isDemonym: false);
                return k + 1 + n;
            }
            if (titleStart < 0 && CampusNameEnd(s, k, end, restricted) is var campus and > 0) return campus; // "UC Ostrel"
            if (tokens[k].IsAllCaps && tokens[k].Text.Length <= 6 && titleStart < 0)
            {
                if (!restricted && !IsCommonAcronym(tokens[k].Text)) AddAcronym(s, k);
                return k + 1;
            }
            return -1;
        }

        /// <summary>A gazetteer name at <paramref name="k"/>: a place with its place word, a person's surname, a product, or a mention.</summary>
        private int GazetteerPartAt(SentenceInfo s, int k, int end, bool restricted, int matched, GazetteerEntry entry)
        {
            var tokens = s.Tokens;
            var after = k + matched;
            // "Santa Barbara County", "Kherson region": a known name with a place word is a place of its own.
            if (entry.Kind != GazetteerKind.Organization && entry.Kind != GazetteerKind.Country && after < tokens.Count
                && (after < end && IsCapitalizedPlaceWord(tokens[after]) || after == end && tokens[after].IsWord && char.IsLower(tokens[after].Text[0]) && CommonWords.IsDivisionNoun(tokens[after].Text)))
            {
                var name = Join(tokens, k, after + 1);
                if (!restricted || _byKey.ContainsKey(Key(EntityKind.Place, NameVariants.Key(name))))
                {
                    var place = AddMention(s, k, after + 1, EntityKind.Place, name, isDemonym: false);
                    AddForm(place, Join(tokens, k, after));
                }
                return after + 1;
            }
            // "Tomas Lima ... Lima said", "Karel Bloomberg ... Bloomberg said": once a person is named, their lone surname is theirs, not a city's or a firm's.
            if (matched == 1 && end - k == 1 && entry.Kind is GazetteerKind.City or GazetteerKind.Organization && !restricted && PersonWithSurname(tokens[k]) is { } person)
            {
                Mention(s, k, k + 1, person, isDemonym: false, null);
                return after;
            }
            // "a Vellair 737", "the Dornacorp X5": a maker with a model number names the product.
            if (entry.Kind == GazetteerKind.Organization && after < tokens.Count && HasDigit(tokens[after].Text)) return after;
            // A country before a title names the title-holder's country ("U.S. President"): still a mention.
            AddGazetteerMention(s, k, after, entry, isDemonym: false);
            return after;
        }

        /// <summary>A name chunk at <paramref name="k"/>: up to the next gazetteer hit, acronym or connector. Returns where the run goes on.</summary>
        private int NameChunkAt(SentenceInfo s, int k, int end, bool restricted, ref int titleStart)
        {
            var tokens = s.Tokens;
            var chunkEnd = k + 1;
            // "Karim bin Fadel", "Ursula von der Velde": a given name, a surname particle and a capitalized surname are one name.
            if (ParticleSurnameEnd(tokens, k, end) is var withParticle && withParticle > 0)
            {
                ClassifyChunk(s, k, withParticle, titleStart, restricted);
                titleStart = -1;
                return withParticle;
            }
            // "Van der Velde said": a capitalized particle opens a surname with its particles. Else the words end before a title and its qualifiers ("Velland | Interior Minister").
            if (CapitalizedParticleSurnameEnd(tokens, k, end) is var surnameEnd && surnameEnd > 0) chunkEnd = surnameEnd;
            else while (chunkEnd < end && tokens[chunkEnd].IsCapitalized && !tokens[chunkEnd].IsAllCaps && MatchGazetteer(tokens, chunkEnd, end, out _) == 0 && MatchDemonym(tokens, chunkEnd, end, out _) == 0
                && !Gazetteer.IsOrganizationHead(tokens[chunkEnd - 1]) && !(IsCapitalizedPlaceWord(tokens[chunkEnd - 1]) && !FamilyNameBeforeHyphenatedGivenName(tokens, chunkEnd - 1, end))
                && !(Titles.IsTitleWord(tokens[chunkEnd]) && !Titles.IsTitleWord(tokens[chunkEnd - 1]) && (Titles.IsPersonTitle(tokens[chunkEnd]) ? chunkEnd + 1 < end : TitleFollows(tokens, chunkEnd + 1, end - 1)))) chunkEnd++;
            // "Santa Barbara County Sheriff Bill Brown": the place ends at its place word, then a title and a name follow.
            if (chunkEnd - k >= 2 && IsCapitalizedPlaceWord(tokens[chunkEnd - 1]) && titleStart < 0 && !PlaceWordNamesNoPlace(tokens, k, chunkEnd))
            {
                if (!restricted) AddMention(s, k, chunkEnd, EntityKind.Place, Join(tokens, k, chunkEnd), isDemonym: false);
                return chunkEnd;
            }
            // "House Intelligence Committee Representative Adam Schiff": the organization ends at its head word.
            if (chunkEnd - k >= 2 && Gazetteer.IsOrganizationHead(tokens[chunkEnd - 1]) && titleStart < 0)
            {
                if (!restricted) AddMention(s, k, chunkEnd, EntityKind.Organization, Join(tokens, k, chunkEnd), isDemonym: false);
                return chunkEnd;
            }
            // "the Democratic Labour Party": a party's creed words before a known party's name name another party.
            if (titleStart < 0 && PartyNameEnd(tokens, k, chunkEnd, end) is var partyEnd && partyEnd > 0) return AddPartyName(s, k, partyEnd, restricted);
            // "a Vella Hezbollah official": an unknown word before a known group's name is part of the name (a faction of it).
            if (chunkEnd == k + 1 && chunkEnd < end && titleStart < 0 && !restricted && MatchGazetteer(tokens, chunkEnd, end, out var group) == end - chunkEnd && group!.Kind == GazetteerKind.Organization
                && !GivenNames.Contains(tokens[k]) && !IsKnownCapitalizedElsewhere(tokens[k]) && !Gazetteer.IsNonEntityAdjective(tokens[k].Text) && !tokens[k].IsAllCaps && !IsClauseStart(tokens, k) && !tokens[k - 1].Is("to")) // "a coalition to Defeat Hamas"
            {
                AddMention(s, k, end, EntityKind.Organization, Join(tokens, k, end), isDemonym: false);
                return end;
            }
            ClassifyChunk(s, k, chunkEnd = WithRegnalNumeral(tokens, k, chunkEnd, end, titleStart), titleStart, restricted);
            titleStart = -1;
            return chunkEnd < end && tokens[chunkEnd].IsWord && CommonWords.IsNameConnector(tokens[chunkEnd]) ? chunkEnd + 1 : chunkEnd;
        }
    }
}
