using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>
    /// Finds people, organizations and places: runs of capitalized words split into titles,
    /// gazetteer names, demonyms and names, classified by general rules. Surname-only and
    /// variant-spelled mentions are resolved against the full names the article uses.
    /// </summary>
    internal sealed class EntityRecognizer
    {
        private readonly List<SentenceInfo> _sentences;
        private readonly List<EntityDraft> _entities = new();
        private readonly Dictionary<string, EntityDraft> _byKey = new(StringComparer.Ordinal);
        private readonly HashSet<string> _capitalizedMidSentence = new(StringComparer.Ordinal);
        private readonly List<Candidate> _deferred = new();
        private readonly List<Candidate> _uncertain = new();

        private EntityRecognizer(List<SentenceInfo> sentences) => _sentences = sentences;

        public static List<EntityDraft> Recognize(List<SentenceInfo> sentences, CancellationToken token)
        {
            var recognizer = new EntityRecognizer(sentences);
            recognizer.Run(token);
            return recognizer._entities;
        }

        private sealed class Candidate
        {
            public Candidate(SentenceInfo sentence, int start, int end, bool hasTitle, int titleStart, bool restricted)
            {
                Sentence = sentence;
                Start = start;
                End = end;
                HasTitle = hasTitle;
                TitleStart = titleStart;
                Restricted = restricted;
            }

            public SentenceInfo Sentence { get; }
            public int Start { get; }
            public int End { get; }
            public bool HasTitle { get; }
            public int TitleStart { get; }
            public bool Restricted { get; }
        }

        private void Run(CancellationToken token)
        {
            foreach (var s in _sentences)
                for (var i = 1; i < s.Tokens.Count; i++)
                    if (s.Tokens[i].IsCapitalized && !IsClauseStart(s.Tokens, i)) _capitalizedMidSentence.Add(s.Tokens[i].Text);

            foreach (var s in _sentences)
            {
                token.ThrowIfCancellationRequested();
                var restricted = s.Block is BlockKind.Title or BlockKind.Heading;
                ScanSentence(s, restricted);
            }

            var names = new string[_uncertain.Count];
            for (var u = 0; u < names.Length; u++)
            {
                var c = _uncertain[u];
                names[u] = Join(c.Sentence.Tokens, c.Start, c.End);
                _evidenceWords.Add(FirstWord(names[u]));
                _evidenceWords.Add(LastWord(names[u]));
            }
            for (var u = 0; u < names.Length; u++)
            {
                token.ThrowIfCancellationRequested();
                var c = _uncertain[u];
                if (ActsAsPerson(names[u])) AddPerson(c.Sentence, c.Start, c.End, c.TitleStart);
                else AddMention(c.Sentence, c.Start, c.End, DataLayout.KindOrganization, names[u], isDemonym: false);
            }

            // Surnames and variants resolve once every full name of the article is known.
            foreach (var c in _deferred)
            {
                token.ThrowIfCancellationRequested();
                ResolveDeferred(c);
            }
            // A single word met before the sentence that made it a name ("Tesco and ..." before "Tesco stated"):
            // one more pass links it to what it has since become.
            foreach (var c in _deferred)
                if (c.End - c.Start == 1 && c.Sentence.MentionAt(c.Start) is null) ResolveDeferred(c);

            DropAdjectiveOnlyPlaces();
            foreach (var s in _sentences)
                s.Mentions.Sort(static (a, b) => a.TokenStart.CompareTo(b.TokenStart));
        }

        private static bool IsClauseStart(List<Token> tokens, int i)
        {
            if (i == 0) return true;
            var previous = tokens[i - 1];
            return previous.Kind == TokenKind.Punctuation && (previous.IsOpeningQuote || previous.Text is ":" or "(" or "\u2014" or "-");
        }

        private void ScanSentence(SentenceInfo s, bool restricted)
        {
            var tokens = s.Tokens;
            var i = 0;
            while (i < tokens.Count)
            {
                if (!tokens[i].IsCapitalized || IsCalendarWord(tokens[i]))
                {
                    i++;
                    continue;
                }
                var j = i + 1;
                while (j < tokens.Count)
                {
                    if (tokens[j].IsCapitalized && !IsCalendarWord(tokens[j])) { j++; continue; }
                    if (tokens[j].IsWord && CommonWords.IsNameConnector(tokens[j].Text) && j + 1 < tokens.Count && tokens[j + 1].IsCapitalized) { j += 2; continue; }
                    // "Parliament of the United Kingdom"
                    if (tokens[j].Is("of") && j + 2 < tokens.Count && tokens[j + 1].Is("the") && tokens[j + 2].IsCapitalized && Gazetteer.IsOrganizationHead(tokens[j - 1].Text)) { j += 3; continue; }
                    break;
                }
                ProcessRun(s, i, j, restricted);
                // "African Union (AU)": the acronym in brackets is another name of what precedes it.
                // Not when the name is only the tail of the run ("University College London (UCL)" is not London's)
                // and its initials do not spell the acronym.
                if (j + 2 < tokens.Count && tokens[j].IsPunct('(') && tokens[j + 1].IsAllCaps && tokens[j + 2].IsPunct(')') && s.MentionAt(j - 1) is { } named && named.Entity.Kind != DataLayout.KindPerson
                    && (named.TokenStart == i && j - i >= 2 || Initials(named.Entity.Name).Equals(Letters(tokens[j + 1].Text), StringComparison.Ordinal)))
                {
                    named.Entity.AddForm(tokens[j + 1].Text);
                    Mention(s, j + 1, j + 2, named.Entity, isDemonym: false, null);
                    j += 3;
                }
                i = j;
            }
        }

        private void ProcessRun(SentenceInfo s, int start, int end, bool restricted)
        {
            var tokens = s.Tokens;
            // A capital at a clause start proves nothing: drop a common first word.
            if (IsClauseStart(tokens, start) && !StartsGazetteerName(tokens, start, end))
            {
                var first = tokens[start];
                // A role noun capitalized only by the sentence start ("Actor Brendan Fraser") is a title.
                if (CommonWords.IsFunctionWord(first.Text) || Titles.IsRoleNoun(first.Text) && !Titles.IsTitleWord(first.Text) || (end - start == 1 && !IsKnownCapitalized(first.Text)))
                {
                    start++;
                    if (start < end && tokens[start].IsWord && CommonWords.IsNameConnector(tokens[start].Text)) start++;
                }
            }
            if (start >= end) return;

            // Names of events and things ("Hurricane Maria", "James Webb Space Telescope", "World Cup"): no entity but those inside.
            if (NamesAThing(tokens, start, end))
            {
                for (var i = start; i < end; i++)
                {
                    var n = MatchGazetteer(tokens, i, end, out var inside);
                    if (n > 0 && inside!.Kind == GazetteerKind.Organization) { AddGazetteerMention(s, i, i + n, inside, isDemonym: false); i += n - 1; }
                    else if (tokens[i].IsAllCaps && !IsCommonAcronym(tokens[i].Text) && !restricted) AddAcronym(s, i);
                }
                return;
            }

            // A run whose head word makes it an organization ("Munich Security Conference", "Ministry of Foreign Affairs",
            // "University of Oxford") is one organization, unless a known name ends it ("leaders of the African Union").
            var head = OrganizationHead(tokens, start, end);
            if (head >= 0 && !Gazetteer.TryGetPlaceOrOrganization(Join(tokens, start, end), out _) && !KnownNameEnds(tokens, start, end, head))
            {
                var orgStart = start;
                while (orgStart < head && (tokens[orgStart].Is("The") || Titles.IsTitleWord(tokens[orgStart].Text) && !Gazetteer.IsOrganizationHead(tokens[orgStart].Text))) orgStart++;
                var isTitlePhrase = orgStart > start && orgStart < end && (tokens[orgStart].Is("of") || tokens[orgStart].Is("for")); // "Member of Parliament"
                if (isTitlePhrase) return;
                // "U.S. House of Representatives": the country names which one; the gazetteer knows it.
                var country = MatchGazetteer(tokens, orgStart, head, out var owner);
                if (country > 0 && owner!.Kind == GazetteerKind.Country && Gazetteer.TryGetPlaceOrOrganization(Join(tokens, orgStart + country, end), out var institution))
                {
                    if (!restricted) AddGazetteerMention(s, orgStart, end, institution, isDemonym: false);
                    return;
                }
                if (!restricted && head > orgStart || !restricted && head == orgStart && head < end - 1)
                {
                    AddMention(s, orgStart, end, DataLayout.KindOrganization, Join(tokens, orgStart, end), isDemonym: false);
                    return;
                }
            }

            // "Santa Cruz Island", "Fath Airport", "Santa Barbara County": a place word ends the name.
            if (end - start >= 2 && IsCapitalizedPlaceWord(tokens[end - 1].Text) && !Gazetteer.TryGetPlaceOrOrganization(Join(tokens, start, end), out _))
            {
                var placeStart = tokens[start].Is("The") ? start + 1 : start;
                if (!restricted && end - placeStart >= 2)
                {
                    AddMention(s, placeStart, end, DataLayout.KindPlace, Join(tokens, placeStart, end), isDemonym: false);
                    return;
                }
            }

            var k = start;
            var titleStart = -1;
            while (k < end)
            {
                var matched = MatchGazetteer(tokens, k, end, out var entry);
                if (matched > 0)
                {
                    var after = k + matched;
                    // "Santa Barbara County", "Kherson region": a known name with a place word is a place of its own.
                    if (entry!.Kind != GazetteerKind.Organization && entry.Kind != GazetteerKind.Country && after < tokens.Count
                        && (after < end && IsCapitalizedPlaceWord(tokens[after].Text) || after == end && tokens[after].IsWord && char.IsLower(tokens[after].Text[0]) && IsRegionWord(tokens[after].Text)))
                    {
                        var name = Join(tokens, k, after + 1);
                        if (!restricted || _byKey.ContainsKey(Key(DataLayout.KindPlace, NameVariants.Key(name))))
                        {
                            var place = AddMention(s, k, after + 1, DataLayout.KindPlace, name, isDemonym: false);
                            place.AddForm(Join(tokens, k, after));
                        }
                        k = after + 1;
                        continue;
                    }
                    // A country before a title names the title-holder's country ("U.S. President"): still a mention.
                    AddGazetteerMention(s, k, after, entry, isDemonym: false);
                    k = after;
                    continue;
                }
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
                    k = next;
                    continue;
                }
                if (Titles.IsTitleWord(tokens[k].Text) && k + 1 < end && !(Gazetteer.IsOrganizationHead(tokens[end - 1].Text)))
                {
                    if (titleStart < 0) titleStart = k;
                    k++;
                    if (k < end && tokens[k].Is("of") && k + 1 < end) k += 2; // Secretary of State
                    continue;
                }
                // "Southern Poland", "Eastern Mediterranean": a part of a place, named as a place.
                if (IsDirection(tokens[k].Text) && k + 1 < end && MatchGazetteer(tokens, k + 1, end, out var region) > 0 && region!.Kind != GazetteerKind.Organization)
                {
                    var n = MatchGazetteer(tokens, k + 1, end, out _);
                    if (!restricted) AddMention(s, k, k + 1 + n, DataLayout.KindPlace, Join(tokens, k, k + 1 + n), isDemonym: false);
                    k += 1 + n;
                    continue;
                }
                if (tokens[k].IsAllCaps && tokens[k].Text.Length <= 6 && titleStart < 0)
                {
                    if (!restricted && !IsCommonAcronym(tokens[k].Text)) AddAcronym(s, k);
                    k++;
                    continue;
                }
                // A name chunk: up to the next gazetteer hit, acronym or connector.
                var chunkEnd = k + 1;
                while (chunkEnd < end && tokens[chunkEnd].IsCapitalized && !tokens[chunkEnd].IsAllCaps && MatchGazetteer(tokens, chunkEnd, end, out _) == 0 && MatchDemonym(tokens, chunkEnd, end, out _) == 0
                    && !Gazetteer.IsOrganizationHead(tokens[chunkEnd - 1].Text) && !IsCapitalizedPlaceWord(tokens[chunkEnd - 1].Text)
                    && !(Titles.IsPersonTitle(tokens[chunkEnd].Text) && chunkEnd + 1 < end && !Titles.IsTitleWord(tokens[chunkEnd - 1].Text))) chunkEnd++;
                // "Santa Barbara County Sheriff Bill Brown": the place ends at its place word, then a title and a name follow.
                if (chunkEnd - k >= 2 && IsCapitalizedPlaceWord(tokens[chunkEnd - 1].Text) && titleStart < 0)
                {
                    if (!restricted) AddMention(s, k, chunkEnd, DataLayout.KindPlace, Join(tokens, k, chunkEnd), isDemonym: false);
                    k = chunkEnd;
                    continue;
                }
                // "House Intelligence Committee Representative Adam Schiff": the organization ends at its head word.
                if (chunkEnd - k >= 2 && Gazetteer.IsOrganizationHead(tokens[chunkEnd - 1].Text) && titleStart < 0)
                {
                    if (!restricted) AddMention(s, k, chunkEnd, DataLayout.KindOrganization, Join(tokens, k, chunkEnd), isDemonym: false);
                    k = chunkEnd;
                    continue;
                }
                ClassifyChunk(s, k, chunkEnd, titleStart, restricted);
                titleStart = -1;
                k = chunkEnd;
                if (k < end && tokens[k].IsWord && CommonWords.IsNameConnector(tokens[k].Text)) k++;
            }
        }

        private void ClassifyChunk(SentenceInfo s, int start, int end, int titleStart, bool restricted)
        {
            var tokens = s.Tokens;
            var count = end - start;
            var text = Join(tokens, start, end);
            var hasTitle = titleStart >= 0;

            if (count == 1 && !hasTitle && (Gazetteer.IsNonEntityAdjective(text) || DatelineReader.TryMonth(text, out _) || DatelineReader.IsWeekday(text)))
                return;
            if (count == 1 && CommonWords.IsFunctionWord(text)) return;

            // "Kherson region", "Lviv oblast": a lower-case place word after the name.
            if (end < tokens.Count && tokens[end].IsWord && char.IsLower(tokens[end].Text[0]) && IsRegionWord(tokens[end].Text) && !hasTitle)
            {
                if (restricted && !_byKey.ContainsKey(Key(DataLayout.KindPlace, text + " " + tokens[end].Text))) return;
                var place = AddMention(s, start, end + 1, DataLayout.KindPlace, text + " " + tokens[end].Text, isDemonym: false);
                place.AddForm(text);
                return;
            }

            if (count == 1 && tokens[start].IsAllCaps && tokens[start].Text.Length <= 6 && !hasTitle)
            {
                if (!restricted && !IsCommonAcronym(text)) AddAcronym(s, start);
                return;
            }

            if (count >= 2 && count <= 4 && LooksLikePersonName(tokens, start, end))
            {
                if (restricted)
                {
                    _deferred.Add(new Candidate(s, start, end, hasTitle, titleStart, restricted));
                    return;
                }
                // "Truth Aquatics", "Civic Platform": two capitalized words are a person's name only with a
                // given name, a title, or a person's behaviour somewhere in the article.
                // "Represenative Adam Schiff": an unknown word before a given name is a title the lexicon lacks.
                if (!hasTitle && count >= 3 && !GivenNames.Contains(tokens[start].Text) && GivenNames.Contains(tokens[start + 1].Text))
                {
                    AddPerson(s, start + 1, end, start);
                    return;
                }
                var anyGivenName = false;
                for (var g = start; g < end && !anyGivenName; g++) anyGivenName = GivenNames.Contains(tokens[g].Text);
                if (!hasTitle && !anyGivenName && !tokens[start].IsNameParticle)
                {
                    _uncertain.Add(new Candidate(s, start, end, hasTitle, titleStart, restricted));
                    return;
                }
                var person = AddPerson(s, start, end, titleStart);
                _ = person;
                return;
            }

            if (count <= 2)
                _deferred.Add(new Candidate(s, start, end, hasTitle, titleStart, restricted));
        }

        private void ResolveDeferred(Candidate c)
        {
            var tokens = c.Sentence.Tokens;
            var text = Join(tokens, c.Start, c.End);
            var count = c.End - c.Start;

            // A full name already known (a heading repeating it).
            if (count >= 2 && _byKey.TryGetValue(Key(DataLayout.KindPerson, PersonKey(tokens, c.Start, c.End)), out var known))
            {
                Mention(c.Sentence, c.Start, c.End, known, isDemonym: false, TitleForm(tokens, c.TitleStart, c.Start, c.End));
                return;
            }

            if (count == 1)
            {
                var variant = NameVariants.Key(text);
                EntityDraft? best = null;
                foreach (var e in _entities)
                {
                    if (e.Kind == DataLayout.KindPerson)
                    {
                        // The surname, or either surname of a double one ("Ricardo Rosselló Nevares" → Rosselló).
                        foreach (var key in e.LaterWordKeys)
                            if (key == variant && (best is null || e.Mentions > best.Mentions)) best = e;
                    }
                    else if (best is null && (e.Forms.Contains(text) || e.Kind == DataLayout.KindOrganization && e.Name.Length > text.Length && e.Name[text.Length] == ' ' && e.Name.StartsWith(text, StringComparison.Ordinal)
                        && Gazetteer.IsOrganizationHead(e.Name.Substring(text.Length + 1))))
                    {
                        best = e; // "Salling" for "Salling Group", but not "Tesco" for "Tesco Polska"
                    }
                }
                if (best is not null)
                {
                    Mention(c.Sentence, c.Start, c.End, best, isDemonym: false, TitleForm(tokens, c.TitleStart, c.Start, c.End));
                    return;
                }
            }

            // "President Biden" with no full name anywhere: the title makes it a person.
            if (c.HasTitle && !c.Restricted && LooksLikePersonName(tokens, c.Start, c.End, allowSingle: true))
            {
                AddPerson(c.Sentence, c.Start, c.End, c.TitleStart);
                return;
            }
            if (c.Restricted || count != 1 || tokens[c.Start].IsAllCaps) return;

            // An unknown name after "in"/"near" is a place; one that speaks or is cited is an organization
            // (people are introduced by their full names).
            var before = c.Start > 0 ? tokens[c.Start - 1] : default;
            var after = c.End < tokens.Count ? tokens[c.End] : default;
            if (c.Start > 0 && before.IsWord && char.IsLower(before.Text[0]) && (Titles.IsRoleNoun(before.Text) || Titles.IsTitleWord(before.Text)) && LooksLikePersonName(tokens, c.Start, c.End, allowSingle: true))
            {
                AddPerson(c.Sentence, c.Start, c.End, c.Start - 1); // "president Erdoğan", "envoy Smith"
                return;
            }
            if (Gazetteer.IsOrganizationHead(text)) return;
            if (GivenNames.Contains(text)) return; // a first name alone names nobody we can tell
            if (c.Start > 0 && before.IsWord && char.IsLower(before.Text[0]) && CommonWords.IsOrganizationDescriptor(before.Text) && !CommonWords.IsNonNameWord(text))
            {
                AddMention(c.Sentence, c.Start, c.End, DataLayout.KindOrganization, text, isDemonym: false); // "retailer Tesco"
                return;
            }
            var endsPhrase = c.End >= tokens.Count || !after.IsWord || CommonWords.IsFunctionWord(after.Text);
            if (c.Start > 0 && (before.Is("in") || before.Is("near") || before.Is("outside") || before.Is("across")) && !CommonWords.IsNonNameWord(text)
                && endsPhrase && !(text.EndsWith("s", StringComparison.Ordinal) && !text.EndsWith("ss", StringComparison.Ordinal)))
                AddMention(c.Sentence, c.Start, c.End, DataLayout.KindPlace, text, isDemonym: false);
            else if (c.End < tokens.Count && after.IsWord && Lexicons.CueVerbs.Lemma(after.Text) is "say" or "announce" or "state" or "report" or "confirm" or "tell"
                || c.Start > 1 && tokens[c.Start - 1].Is("to") && tokens[c.Start - 2].Is("according"))
                AddMention(c.Sentence, c.Start, c.End, DataLayout.KindOrganization, text, isDemonym: false);
        }

        private EntityDraft AddPerson(SentenceInfo s, int start, int end, int titleStart)
        {
            var tokens = s.Tokens;
            var name = Join(tokens, start, end);
            var key = Key(DataLayout.KindPerson, PersonKey(tokens, start, end));
            if (!_byKey.TryGetValue(key, out var entity))
            {
                // A surname-only person seen before ("Biden") grows into the full name.
                entity = new EntityDraft(name, DataLayout.KindPerson, key);
                _byKey.Add(key, entity);
                _entities.Add(entity);
            }
            else if (name.Length > entity.Name.Length)
            {
                entity.Name = name;
            }
            Mention(s, start, end, entity, isDemonym: false, TitleForm(tokens, titleStart, start, end));
            entity.AddForm(name);
            // Remember the roles the text gives ("Foreign Minister X", "commissioner X") so "the minister said" can find X.
            for (var r = (titleStart >= 0 ? titleStart : start) - 1; r < start; r++)
                if (r >= 0 && tokens[r].IsWord && (Titles.IsTitleWord(tokens[r].Text) || Titles.IsRoleNoun(tokens[r].Text))) entity.Roles.Add(tokens[r].Lower);
            if (start > 0 && tokens[start - 1].IsWord && Titles.IsRoleNoun(tokens[start - 1].Text)) entity.Roles.Add(tokens[start - 1].Lower);
            if (end - start >= 2) entity.AddForm(tokens[end - 1].Text);
            return entity;
        }

        private static string? TitleForm(List<Token> tokens, int titleStart, int start, int end) =>
            titleStart >= 0 && titleStart < start ? Join(tokens, titleStart, end) : null;

        private EntityDraft AddMention(SentenceInfo s, int start, int end, int kind, string name, bool isDemonym)
        {
            var key = Key(kind, NameVariants.Key(name));
            if (!_byKey.TryGetValue(key, out var entity))
            {
                entity = new EntityDraft(name, kind, key);
                _byKey.Add(key, entity);
                _entities.Add(entity);
                // "The Harbour Herald", "Gazeta Polska": a newspaper reports, it does not act.
                if (kind == DataLayout.KindOrganization && CommonWords.IsNewspaperName(name)) entity.IsMedia = true;
            }
            entity.AddForm(name);
            Mention(s, start, end, entity, isDemonym, null);
            return entity;
        }

        private void AddGazetteerMention(SentenceInfo s, int start, int end, GazetteerEntry entry, bool isDemonym)
        {
            var kind = entry.Kind == GazetteerKind.Organization ? DataLayout.KindOrganization : DataLayout.KindPlace;
            var entity = AddMention(s, start, end, kind, entry.Name, isDemonym);
            entity.AddForm(Join(s.Tokens, start, end));
            if (entry.Kind == GazetteerKind.Country) entity.IsCountry = true;
            if (entry.IsCapital) entity.CapitalOf = entry.Country;
            if (entry.IsMedia) entity.IsMedia = true;
        }

        private void Mention(SentenceInfo s, int start, int end, EntityDraft entity, bool isDemonym, string? titleForm)
        {
            foreach (var m in s.Mentions)
                if (m.TokenStart < end && start < m.TokenEnd) return;
            s.Mentions.Add(new Mention(entity, s, start, end, isDemonym));
            entity.Mentions++;
            entity.First ??= s;
            entity.AddForm(Join(s.Tokens, start, end));
            if (titleForm is not null) entity.AddForm(titleForm);
        }

        /// <summary>
        /// Whether the article treats a name as a person's: a title or role before it ("Dr. X", "teacher X"),
        /// "X, who" or "X, 45,", or a pronoun-like speech verb after it ("X said", "X told").
        /// </summary>
        private bool ActsAsPerson(string name)
        {
            if (_titledBefore is null || _actsAfter is null)
            {
                // One pass over the article, so deciding many names costs no more than deciding one; only the
                // words the uncertain names start or end with are asked about, so only theirs are looked at.
                _titledBefore = new HashSet<string>(StringComparer.Ordinal);
                _actsAfter = new HashSet<string>(StringComparer.Ordinal);
                foreach (var s in _sentences)
                {
                    var tokens = s.Tokens;
                    for (var i = 0; i < tokens.Count; i++)
                    {
                        if (!tokens[i].IsCapitalized || !_evidenceWords.Contains(tokens[i].Text)) continue;
                        int before = i - 1, after = i + 1;
                        if (before >= 0 && tokens[before].IsWord && (Titles.IsRoleNoun(tokens[before].Text) || Titles.IsTitleWord(tokens[before].Text))) _titledBefore.Add(tokens[i].Text);
                        var acts = after < tokens.Count && tokens[after].IsWord && CueVerbs.Lemma(tokens[after].Text) is "say" or "tell" or "add" or "explain" or "claim" or "insist" or "write" or "admit" or "deny" or "call" or "question" or "warn" or "urge"
                            || after + 1 < tokens.Count && tokens[after].IsPunct(',') && (tokens[after + 1].Is("who") || tokens[after + 1].Kind == TokenKind.Number)
                            || after + 1 < tokens.Count && tokens[after].Kind == TokenKind.Possessive && (tokens[after + 1].Is("wife") || tokens[after + 1].Is("husband") || tokens[after + 1].Is("lawyer") || tokens[after + 1].Is("family"));
                        if (acts) _actsAfter.Add(tokens[i].Text);
                    }
                }
            }
            return _titledBefore.Contains(FirstWord(name)) || _actsAfter.Contains(LastWord(name));
        }

        // Capitalized words with a title or role before them, and those a speech verb, "who" or an age follows.
        private HashSet<string>? _titledBefore;
        private HashSet<string>? _actsAfter;
        private readonly HashSet<string> _evidenceWords = new(StringComparer.Ordinal);

        private static string FirstWord(string name)
        {
            var space = name.IndexOf(' ');
            return space < 0 ? name : name.Substring(0, space);
        }

        private static string LastWord(string name) => name.Substring(name.LastIndexOf(' ') + 1);

        private bool IsKnownCapitalized(string word) =>
            _capitalizedMidSentence.Contains(word) || Gazetteer.TryGetPlaceOrOrganization(word, out _) || Gazetteer.TryGetByDemonym(word, out _) || Titles.IsTitleWord(word);

        private static bool StartsGazetteerName(List<Token> tokens, int start, int end) =>
            MatchGazetteer(tokens, start, end, out _) > 0 || MatchDemonym(tokens, start, end, out _) > 0;

        private static int MatchGazetteer(List<Token> tokens, int start, int end, out GazetteerEntry? entry)
        {
            entry = null;
            if (!GazetteerPrefixes.MayStartSurface(tokens[start].Text)) return 0;
            for (var n = Math.Min(Gazetteer.MaxSurfaceTokens, end - start); n >= 1; n--)
            {
                if (Gazetteer.TryGetPlaceOrOrganization(Join(tokens, start, start + n), out var found))
                {
                    entry = found;
                    return n;
                }
            }
            entry = null;
            return 0;
        }

        private static int MatchDemonym(List<Token> tokens, int start, int end, out GazetteerEntry? entry)
        {
            entry = null;
            if (!GazetteerPrefixes.MayStartDemonym(tokens[start].Text)) return 0;
            for (var n = Math.Min(3, end - start); n >= 1; n--)
            {
                if (Gazetteer.TryGetByDemonym(Join(tokens, start, start + n), out var found))
                {
                    entry = found;
                    return n;
                }
            }
            entry = null;
            return 0;
        }

        /// <summary>An acronym names the organization or place whose initials it spells, if the article has one; else a new organization.</summary>
        private void AddAcronym(SentenceInfo s, int token)
        {
            var acronym = s.Tokens[token].Text;
            foreach (var e in _entities)
            {
                if (e.Kind == DataLayout.KindPerson || !Initials(e.Name).Equals(Letters(acronym), StringComparison.Ordinal)) continue;
                e.AddForm(acronym);
                Mention(s, token, token + 1, e, isDemonym: false, null);
                return;
            }
            AddMention(s, token, token + 1, DataLayout.KindOrganization, acronym, isDemonym: false);
        }

        private static string Initials(string name)
        {
            var builder = new System.Text.StringBuilder();
            foreach (var word in name.Split(' ', '-'))
                if (word.Length > 0 && char.IsUpper(word[0])) builder.Append(word[0]);
            return builder.ToString();
        }

        private static string Letters(string acronym)
        {
            var builder = new System.Text.StringBuilder();
            foreach (var c in acronym) if (char.IsUpper(c)) builder.Append(c);
            return builder.ToString();
        }

        /// <summary>Acronyms that name no organization (DNA, CCTV, GDP, UTC, LGBT...).</summary>
        private static bool IsCommonAcronym(string word) => HasDigit(word) || IsCommonAcronymWord(word);

        private static bool HasDigit(string word)
        {
            foreach (var c in word) if (char.IsDigit(c)) return true;
            return false;
        }

        private static bool IsCommonAcronymWord(string word) =>
            word is "DNA" or "RNA" or "CCTV" or "GDP" or "UTC" or "GMT" or "LGBT" or "LGBTQ" or "EEZ" or "CEO" or "CFO" or "HIV" or "AIDS" or "COVID"
                or "TV" or "PM" or "AM" or "EP" or "ID" or "IT" or "AI" or "UFO" or "VIP" or "DIY" or "FAQ" or "PDF" or "URL" or "USB" or "GPS" or "SUV"
                or "MP" or "MPs" or "OK" or "PR" or "HQ" or "IQ" or "CV" or "PhD" or "BA" or "MA" or "MD" or "RIP" or "ET" or "PT" or "EST" or "PST"
                or "CET" or "BST" or "ARIEL" or "III" or "II" or "IV" or "VI" or "VII" or "VIII" or "IX" or "XI" or "XII" or "NOTE" or "UPDATE";

        /// <summary>The index of the word that makes a run an organization: the last head word, or a head followed by "of"/"for".</summary>
        private static int OrganizationHead(List<Token> tokens, int start, int end)
        {
            if (end - start >= 2 && Gazetteer.IsOrganizationHead(tokens[end - 1].Text)) return end - 1;
            for (var i = start; i < end - 2; i++)
            {
                var t = tokens[i].Text;
                if ((Gazetteer.IsOrganizationHead(t) || t is "House" or "Bank" or "Ministry") && (tokens[i + 1].Is("of") || tokens[i + 1].Is("for") || tokens[i + 1].Is("on")))
                    return i;
            }
            return -1;
        }

        /// <summary>True when a gazetteer name covering the head word ends the run ("Leaders of African Union").</summary>
        private static bool KnownNameEnds(List<Token> tokens, int start, int end, int head)
        {
            for (var p = start + 1; p <= head; p++)
                for (var n = 1; p + n <= end; n++)
                    if (p + n == end && Gazetteer.TryGetPlaceOrOrganization(Join(tokens, p, end), out _)) return true;
            return false;
        }

        private static bool IsCapitalizedPlaceWord(string word) => char.IsUpper(word[0]) && Gazetteer.IsPlaceSuffix(word) && word is not ("State" or "Republic" or "City" or "Coast" or "Channel" or "Range" or "Front");

        private static bool IsDirection(string word) =>
            word is "Northern" or "Southern" or "Eastern" or "Western" or "Central" or "North" or "South" or "East" or "West" or "Northeast" or "Northwest" or "Southeast" or "Southwest" or "Upper" or "Lower";

        /// <summary>Runs that name an event, a storm, a prize or a device rather than a person, organization or place.</summary>
        private static bool NamesAThing(List<Token> tokens, int start, int end)
        {
            var first = tokens[start].Text;
            if (end - start >= 2 && first is "Hurricane" or "Typhoon" or "Cyclone" or "Storm" or "Tropical" or "Operation") return true;
            var last = tokens[end - 1].Text;
            return end - start >= 2 && last is "Telescope" or "Award" or "Awards" or "Prize" or "Act" or "Bill" or "Cup" or "Championship" or "Championships"
                or "Games" or "Olympics" or "Day" or "Festival" or "Week" or "War" or "Treaty" or "Accords" or "Accord" or "Agreement" or "Convention"
                or "Protocol" or "Doctrine" or "Award" or "Medal" or "Trophy" or "Tournament" or "Open" or "Grand" or "Prix" or "Marathon" or "Series"
                or "Mission" or "Satellite" or "Rover" or "Probe" or "Virus" or "Syndrome" or "Disease" or "Pandemic" or "Summit" or "Expo" or "Show";
        }

        private static bool IsCalendarWord(Token t) =>
            t.IsWord && (DatelineReader.IsWeekday(t.Text) && t.Text.Length > 3 || DatelineReader.TryMonth(t.Text, out _) && t.Text.Length > 3 && t.Text != "March" && t.Text != "June");

        /// <summary>
        /// An adjective that names a language or a style ("Spanish language", "in English", "Irish pub") does not
        /// name the place; a place named only that way is dropped. Elsewhere ("North Korean troops",
        /// "Malaysian stores") the adjective stands for the country.
        /// </summary>
        private void DropAdjectiveOnlyPlaces()
        {
            var keep = new HashSet<EntityDraft>();
            foreach (var s in _sentences)
                foreach (var m in s.Mentions)
                    if (!m.IsDemonym || !(m.TokenEnd < s.Tokens.Count && IsCultureWord(s.Tokens[m.TokenEnd].Text) || m.TokenStart > 0 && s.Tokens[m.TokenStart - 1].Is("in") && (m.TokenEnd >= s.Tokens.Count || !s.Tokens[m.TokenEnd].IsWord)))
                        keep.Add(m.Entity);
            foreach (var s in _sentences) s.Mentions.RemoveAll(m => !keep.Contains(m.Entity));
            _entities.RemoveAll(e => !keep.Contains(e));
        }

        private static bool IsCultureWord(string word) =>
            word is "language" or "languages" or "speaking" or "speaker" or "speakers" or "translation" or "dialect" or "literature" or "cuisine"
                or "food" or "pub" or "restaurant" or "accent" or "subtitles" or "version" or "edition" or "name" or "word" or "football" or "style";

        private static bool IsRegionWord(string word) =>
            word is "region" or "province" or "oblast" or "district" or "county" or "prefecture" or "governorate" or "state" or "territory";

        private static bool LooksLikePersonName(List<Token> tokens, int start, int end, bool allowSingle = false)
        {
            if (end - start < (allowSingle ? 1 : 2)) return false;
            var allTitles = true;
            for (var i = start; i < end; i++) allTitles &= Titles.IsTitleWord(tokens[i].Text);
            if (allTitles) return false; // "Foreign Minister" alone is a role, not a name
            for (var i = start; i < end; i++)
            {
                var t = tokens[i];
                if (!t.IsCapitalized || t.IsAllCaps && t.Text.Length > 2 || CommonWords.IsNonNameWord(t.Text) || CommonWords.IsFunctionWord(t.Text)) return false;
                if (Gazetteer.IsOrganizationHead(t.Text) || Gazetteer.IsPlaceSuffix(t.Text) || Gazetteer.IsNonEntityAdjective(t.Text)) return false;
                foreach (var c in t.Text)
                    if (char.IsDigit(c)) return false;
            }
            return true;
        }

        private static string PersonKey(List<Token> tokens, int start, int end)
        {
            var parts = new string[end - start];
            for (var i = start; i < end; i++) parts[i - start] = tokens[i].Text;
            return NameVariants.PersonKey(parts);
        }

        private static string Key(int kind, string variantKey) => kind.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + variantKey;

        internal static string Join(List<Token> tokens, int start, int end)
        {
            if (end - start == 1) return tokens[start].Text;
            // Names are joined for every look-up and mention: two words without a builder, longer ones sized once.
            if (end - start == 2)
            {
                Token first = tokens[start], second = tokens[start + 1];
                return second.Start > first.End ? string.Concat(first.Text, " ", second.Text) : string.Concat(first.Text, second.Text);
            }
            var length = 0;
            for (var i = start; i < end; i++) length += tokens[i].Text.Length + 1;
            var builder = new System.Text.StringBuilder(Math.Max(length, 0));
            for (var i = start; i < end; i++)
            {
                if (i > start && tokens[i].Start > tokens[i - 1].End) builder.Append(' ');
                builder.Append(tokens[i].Text);
            }
            return builder.ToString();
        }
    }
}
