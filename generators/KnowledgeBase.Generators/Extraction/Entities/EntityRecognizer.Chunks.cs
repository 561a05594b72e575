using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Helpers;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction
{
    // Deciding what a name chunk is: a person, an organization, a place, or a later form of a name already met.
    internal sealed partial class EntityRecognizer
    {
        private void ClassifyChunk(SentenceInfo s, int start, int end, int titleStart, bool restricted)
        {
            var tokens = s.Tokens;
            // "the Chilean Rowing Team", "the National Velden Archive": a nationality or a title's qualifier with no rank after
            // it ("Iranian President", "Deputy Mayor") makes no title, and what follows no person by it; before words ending
            // in a common noun, no title nor role ("Senior Staff Attorney"), that no title word follows ("Deputy Velden Affairs
            // Minister") it is the name's first word.
            if (titleStart >= 0 && !HasRankTitle(tokens, titleStart, start) && !HasGivenName(tokens, start, end))
            {
                if (end - start >= 2 && IsCommonWord(tokens[end - 1].Text) && !Titles.IsPersonTitle(tokens[end - 1]) && !Titles.IsRoleNoun(tokens[end - 1])
                    && !(end < tokens.Count && Titles.IsTitleWord(tokens[end])))
                {
                    if (!restricted) _uncertain.Add(new Candidate(s, titleStart, end, false, -1, restricted));
                    return;
                }
                titleStart = -1;
            }
            var count = end - start;
            var hasTitle = titleStart >= 0;

            // A one-word chunk's text is its token's: the month, weekday and function-word answers are kept on its form.
            if (count == 1 && !hasTitle && (Gazetteer.IsNonEntityAdjective(tokens[start].Text) || IsMonth(tokens[start]) || IsWeekday(tokens[start])))
                return;
            if (count == 1 && CommonWords.IsFunctionWord(tokens[start])) return;
            if (NamesAThing(tokens, start, end)) return; // "... Task Force Operation Vella Dawn": the operation is no person

            // "Kherson region", "Lviv oblast": a lower-case place word after the name.
            if (end < tokens.Count && tokens[end].IsWord && char.IsLower(tokens[end].Text[0]) && CommonWords.IsDivisionNoun(tokens[end].Text) && !hasTitle)
            {
                var text = Join(tokens, start, end);
                if (restricted && !_byKey.ContainsKey(Key(EntityKind.Place, text + " " + tokens[end].Text))) return;
                var place = AddMention(s, start, end + 1, EntityKind.Place, text + " " + tokens[end].Text, isDemonym: false);
                AddForm(place, text);
                return;
            }

            if (count == 1 && tokens[start].IsAllCaps && tokens[start].Text.Length <= 6 && !hasTitle)
            {
                if (!restricted && !IsCommonAcronym(tokens[start].Text)) AddAcronym(s, start);
                return;
            }

            // The name's words are joined only where a mention is named by them (most chunks are deferred or named otherwise).
            if (count >= 2 && (count <= 4 || count <= 6 && HasSurnameParticle(tokens, start, end)) && LooksLikePersonName(tokens, start, end))
            {
                ClassifyNameLike(s, start, end, titleStart, restricted);
                return;
            }

            if (count <= 2)
                _deferred.Add(new Candidate(s, start, end, hasTitle, titleStart, restricted));
        }

        /// <summary>Two to four name-like words: a person, a place or organization the evidence or the article shows, or an uncertain name.</summary>
        private void ClassifyNameLike(SentenceInfo s, int start, int end, int titleStart, bool restricted)
        {
            var tokens = s.Tokens;
            var count = end - start;
            var hasTitle = titleStart >= 0;
            if (restricted)
            {
                _deferred.Add(new Candidate(s, start, end, hasTitle, titleStart, restricted));
                return;
            }
            // A name the article already made a place or an organization ("in Fort Vela, Texas" ... "Fort Vela").
            if (!hasTitle && KnownNonPerson(tokens, start, end) is { } known)
            {
                Mention(s, start, end, known, isDemonym: false, null);
                return;
            }
            var evidence = hasTitle ? NameEvidence.None : TypeEvidence.At(tokens, start, end);
            if (evidence is NameEvidence.Place or NameEvidence.Organization) // "in Vella Dorna, Texas", "published in Ostrel Letters"
            {
                AddMention(s, start, end, evidence == NameEvidence.Place ? EntityKind.Place : EntityKind.Organization, Join(tokens, start, end), isDemonym: false);
                return;
            }
            if (evidence == NameEvidence.Person)
            {
                AddPerson(s, start, end, titleStart);
                return;
            }
            // "Truth Aquatics", "Civic Platform": two capitalized words are a person's name only with a
            // given name, a title, or a person's behaviour somewhere in the article.
            // "Represenative Adam Schiff": an unknown word before a given name is a title the lexicon lacks.
            // Not "Choi Jae Hwan": a Korean family name before its given name's syllables; not "G. Ilse Varno" nor "Abu Karim
            // al-Fadel": an initial or an Arabic kunya opens the name.
            if (!hasTitle && count >= 3 && !GivenNames.Contains(tokens[start]) && GivenNames.Contains(tokens[start + 1]) && !IsFamilyNameFirstName(tokens, start, end)
                && !OpensNameBeforeGivenName(tokens[start]))
            {
                if (NamesTownWithPersonsWords(tokens, start, end))
                {
                    AddMention(s, start, end, EntityKind.Place, Join(tokens, start, end), isDemonym: false);
                    return;
                }
                AddPerson(s, start + 1, end, start);
                return;
            }
            var anyGivenName = false;
            // "Park Min-seo", "Xi Jinping": a hyphenated or pinyin given name after the family name is a given name too.
            for (var g = start; g < end && !anyGivenName; g++) anyGivenName = GivenNames.Contains(tokens[g]) || g == start + 1 && (IsHyphenatedGivenName(tokens[g].Text) || IsPinyinFamilyFirstName(tokens, start, end));
            // "Karim bin Fadel": a surname particle between capitalized words marks a person's name.
            if (!hasTitle && !anyGivenName && !tokens[start].IsNameParticle && !HasSurnameParticle(tokens, start, end) && !EndsWithGenerationalSuffix(tokens, start, end))
            {
                _uncertain.Add(new Candidate(s, start, end, hasTitle, titleStart, restricted));
                return;
            }
            var person = AddPerson(s, start, end, titleStart);
            _ = person;
            return;
        }

        private static bool HasGivenName(List<Token> tokens, int start, int end)
        {
            for (var k = start; k < end; k++)
                if (GivenNames.Contains(tokens[k])) return true;
            return false;
        }

        private static bool HasRankTitle(List<Token> tokens, int start, int end)
        {
            for (var k = start; k < end; k++)
                if (Titles.IsPersonTitle(tokens[k])) return true;
            return false;
        }

        // "G." of "G. Ilse Varno", "Abu"/"Umm" of "Abu Karim al-Fadel": a word that opens a name before its given name (a bare
        // letter does not: the sentence start and the name written without it read as two people).
        private static bool OpensNameBeforeGivenName(in Token word) =>
            word.Length == 2 && char.IsUpper(word.Text[0]) && word.Text[1] == '.' || word.Text is "Abu" or "Umm";

        private void ResolveDeferred(in Candidate c)
        {
            var tokens = c.Sentence.Tokens;
            var text = Join(tokens, c.Start, c.End);
            var count = c.End - c.Start;

            // A full name already known (a heading repeating it).
            if (count >= 2 && _byKey.TryGetValue(Key(EntityKind.Person, PersonKey(tokens, c.Start, c.End)), out var known))
            {
                Mention(c.Sentence, c.Start, c.End, known, isDemonym: false, TitleForm(tokens, c.TitleStart, c.Start, c.End));
                return;
            }

            if (TryTownBeforeRegion(c, count)) return; // "the mayor of North Dunmore", "of Allenby, Texas" with a "Mira Allenby" elsewhere
            // "the Varga administration": the government a leader heads is an organization of its own.
            if (count == 1 && !c.HasTitle && c.Start > 0 && tokens[c.Start - 1].Is("the") && c.End < tokens.Count && tokens[c.End].Is("administration") && KnownEntityFor(text, NameVariants.Key(tokens[c.Start])) is { Kind: EntityKind.Person })
            {
                AddMention(c.Sentence, c.Start, c.End + 1, EntityKind.Organization, Join(tokens, c.Start, c.End + 1), isDemonym: false);
                return;
            }
            // "the Post said" after "the Ostrel Post reported": the article's one newspaper of that last word, named short.
            if (count == 1 && !c.HasTitle && c.Start > 0 && tokens[c.Start - 1].Is("the") && CommonWords.IsNewspaperHead(text) && OnlyNewspaperEndingWith(text) is { } paper)
            {
                Mention(c.Sentence, c.Start, c.End, paper, isDemonym: false, null);
                return;
            }
            if (count == 1 && KnownEntityFor(text, NameVariants.Key(tokens[c.Start])) is { } best)
            {
                if (NamesPlaceOfItsInstitution(tokens, c.Start, best, text))
                {
                    AddMention(c.Sentence, c.Start, c.End, EntityKind.Place, text, isDemonym: false); // "in Velden", not "Velden Council"
                    return;
                }
                Mention(c.Sentence, c.Start, c.End, best, isDemonym: false, TitleForm(tokens, c.TitleStart, c.Start, c.End));
                return;
            }

            // "Saint Orvel said" after "Saint Orvel Hospital": the title is part of the short form.
            if (c.HasTitle && count == 1 && KnownEntityFor(Join(tokens, c.TitleStart, c.End)) is { Kind: not EntityKind.Person } titled)
            {
                Mention(c.Sentence, c.TitleStart, c.End, titled, isDemonym: false, null);
                return;
            }
            // "President Biden" with no full name anywhere: the title makes it a person.
            if (c.HasTitle && !c.Restricted && LooksLikePersonName(tokens, c.Start, c.End, allowSingle: true))
            {
                AddPerson(c.Sentence, c.Start, c.End, c.TitleStart);
                return;
            }
            if (c.Restricted || count != 1 || tokens[c.Start].IsAllCaps) return;
            ResolveLoneName(c, text);
        }

        /// <summary>A lone unknown capitalized word: a person by a role before it, a place, an organization, or nothing.</summary>
        private void ResolveLoneName(in Candidate c, string text)
        {
            var tokens = c.Sentence.Tokens;
            // An unknown name after "in"/"near" is a place; one that speaks or is cited is an organization
            // (people are introduced by their full names).
            var before = c.Start > 0 ? tokens[c.Start - 1] : default;
            var after = c.End < tokens.Count ? tokens[c.End] : default;
            if (c.Start > 0 && before.IsWord && char.IsLower(before.Text[0]) && (Titles.IsRoleNoun(before) || Titles.IsPersonTitle(before)) && LooksLikePersonName(tokens, c.Start, c.End, allowSingle: true))
            {
                AddPerson(c.Sentence, c.Start, c.End, c.Start - 1); // "president Norland", "envoy Smith"
                return;
            }
            // The one word's answers are kept on its form (text is its text).
            var word = tokens[c.Start];
            if (Gazetteer.IsOrganizationHead(word) || Titles.IsTitleWord(word)) return; // "according to Dr Jane Doe": "Dr" names nobody
            var evidence = TypeEvidence.At(tokens, c.Start, c.End);
            if (evidence == NameEvidence.Place || OpensRegionName(text))
            {
                AddMention(c.Sentence, c.Start, c.End, PlaceUnlessProduct(text), text, isDemonym: false); // "of Allenby, Texas"
                return;
            }
            if (evidence == NameEvidence.Organization && !CommonWords.IsNonNameWord(text))
            {
                AddMention(c.Sentence, c.Start, c.End, EntityKind.Organization, text, isDemonym: false); // "published in Nature"
                return;
            }
            if (GivenNames.Contains(word))
            {
                // "asked Jon for his resignation" after "Jon Varga": the one person of the article with that first name.
                if (PersonWithGivenName(text) is { } named) Mention(c.Sentence, c.Start, c.End, named, isDemonym: false, null);
                // "found nine-year-old Marit": a given name alone after an age is a person named without a surname (a child).
                else if (c.Start > 0 && IsAgeAdjective(before)) AddPerson(c.Sentence, c.Start, c.End, -1);
                return;
            }
            if (c.Start > 0 && before.IsWord && char.IsLower(before.Text[0]) && CommonWords.IsOrganizationDescriptor(before.Text) && !CommonWords.IsNonNameWord(text))
            {
                AddMention(c.Sentence, c.Start, c.End, EntityKind.Organization, text, isDemonym: false); // "retailer Tesco"
                return;
            }
            // "the Vellamart chain", "Vellamart stores": an organization noun after a lone name.
            if (c.End < tokens.Count && after.IsWord && char.IsLower(after.Text[0]) && CommonWords.IsOrganizationChainNoun(after.Text) && !CommonWords.IsNonNameWord(text))
            {
                AddMention(c.Sentence, c.Start, c.End, EntityKind.Organization, text, isDemonym: false);
                return;
            }
            // "Ostrel, a shipping company based in Velden": an apposition saying what the name is; "told KestrelNews": a brand (BrandNameRows).
            if ((AppositionNamesOrganization(tokens, c.End) || NamesBrand(tokens, c.Start, c.End)) && !CommonWords.IsNonNameWord(text))
            {
                AddMention(c.Sentence, c.Start, c.End, EntityKind.Organization, text, isDemonym: false);
                return;
            }
            var endsPhrase = c.End >= tokens.Count || !after.IsWord || CommonWords.IsFunctionWord(after);
            if (c.Start > 0 && (before.Is("in") || before.Is("near") || before.Is("outside") || before.Is("across")) && !CommonWords.IsNonNameWord(text)
                && endsPhrase && !(before.Is("in") && c.Start > 1 && TakesInOfNoPlace(tokens[c.Start - 2])) && !(text.EndsWith("s", StringComparison.Ordinal) && !text.EndsWith("ss", StringComparison.Ordinal)))
                AddMention(c.Sentence, c.Start, c.End, PlaceUnlessProduct(text), text, isDemonym: false);
            else if (c.End < tokens.Count && after.IsWord && Lexicons.CueVerbs.Lemma(after) is "say" or "announce" or "state" or "report" or "confirm" or "tell"
                || c.Start > 1 && tokens[c.Start - 1].Is("to") && tokens[c.Start - 2].Is("according"))
                AddMention(c.Sentence, c.Start, c.End, EntityKind.Organization, text, isDemonym: false);
        }

        /// <summary>
        /// "they believe in Orvanu", "a tool written in Kestrel": a word whose "in" takes a faith, a language or a field, never
        /// where something is; a lone name after it is no place.
        /// </summary>
        private static bool TakesInOfNoPlace(in Token word) => word.IsWord && CommonWords.IsNoPlaceInHead(word.Text);

        /// <summary>", a shipping company", ", an Ostrelian airline": an indefinite apposition headed by an organization noun.</summary>
        private static bool AppositionNamesOrganization(List<Token> tokens, int end)
        {
            if (end + 2 >= tokens.Count || !tokens[end].IsPunct(',') || !(tokens[end + 1].Is("a") || tokens[end + 1].Is("an"))) return false;
            for (var k = end + 2; k < tokens.Count && k <= end + 5; k++)
            {
                var word = tokens[k];
                if (!word.IsWord || CommonWords.IsFunctionWord(word)) return false;
                if (!word.IsCapitalized && CommonWords.IsOrganizationDescriptor(word.Text)) return true;
            }
            return false;
        }

        /// <summary>The place or organization named by tokens [start, end) the article already has (by spelling variant), if any.</summary>
        private EntityDraft? KnownNonPerson(List<Token> tokens, int start, int end)
        {
            var key = VariantKey(tokens, start, end);
            if (_byKey.TryGetValue(Key(EntityKind.Place, key), out var place)) return place;
            return _byKey.TryGetValue(Key(EntityKind.Organization, key), out var organization) ? organization : null;
        }

        /// <summary>The entity a single word names again: a person's surname (the best-known one), else a form of an organization or place.</summary>
        private EntityDraft? KnownEntityFor(string text) => KnownEntityFor(text, NameVariants.Key(text));

        /// <summary>
        /// "Jong Woo Son ... Jong was arrested", "Xi Jinping ... Xi said": a lone word that is the first of a person's name and
        /// no given name the lexicon knows is a family name written first.
        /// </summary>
        private static bool IsFamilyNameFirst(EntityDraft person, string text, string variant)
        {
            var space = person.FirstSpace;
            return space > 0 && space == text.Length && person.FirstWordKey == variant;
        }

        // "Ostrel Bank cut jobs. Ostrel said ...": the short form of an organization the article named is known at a sentence start too.
        // The word's variant key is its form's (NameVariants.Key(in Token)), kept there.
        // Asked of the first word of most runs at a clause start: the word's answers are read from its form, not hashed again.
        private bool IsKnownCapitalized(in Token token) =>
            CapitalizedMidSentence(token) || NamesPlaceOrOrganization(token) || NamesDemonym(token) || Titles.IsTitleWord(token)
            || KnownEntityFor(token.Text, NameVariants.Key(token)) is { Kind: EntityKind.Organization } || IsJoinedArticleSurname(token)
            || IsFamilyNameOfNamedPerson(token);

        private static bool NamesPlaceOrOrganization(in Token token) =>
            token.Form is { } form ? form.PlaceOrOrganization is not null : Gazetteer.TryGetPlaceOrOrganization(token.Text, out _);

        private static bool NamesDemonym(in Token token) => token.Form is { } form ? form.DemonymOf is not null : Gazetteer.TryGetByDemonym(token.Text, out _);

        // The form's mark when a form is its text's only one; else the set of texts.
        private bool CapitalizedMidSentence(in Token token) =>
            _capitalizedMidSentence is null ? token.Form!.CapitalizedInRun == _run : _capitalizedMidSentence.Contains(token.Text);

        private static bool StartsGazetteerName(List<Token> tokens, int start, int end) =>
            MatchGazetteer(tokens, start, end, out _) > 0 || MatchDemonym(tokens, start, end, out _) > 0;
    }
}
