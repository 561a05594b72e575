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

            // Surnames and variants resolve once every full name of the article is known.
            foreach (var c in _deferred)
            {
                token.ThrowIfCancellationRequested();
                ResolveDeferred(c);
            }

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
                if (!tokens[i].IsCapitalized)
                {
                    i++;
                    continue;
                }
                var j = i + 1;
                while (j < tokens.Count)
                {
                    if (tokens[j].IsCapitalized) { j++; continue; }
                    if (tokens[j].IsWord && CommonWords.IsNameConnector(tokens[j].Text) && j + 1 < tokens.Count && tokens[j + 1].IsCapitalized) { j += 2; continue; }
                    break;
                }
                ProcessRun(s, i, j, restricted);
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

            // A whole run ending in an organization head word is one organization ("Munich Security Conference").
            if (end - start >= 2 && Gazetteer.IsOrganizationHead(tokens[end - 1].Text) && !Gazetteer.TryGetPlaceOrOrganization(Join(tokens, start, end), out _))
            {
                var orgStart = tokens[start].Is("The") ? start + 1 : start;
                if (!restricted) AddMention(s, start, end, DataLayout.KindOrganization, Join(tokens, orgStart, end), isDemonym: false);
                return;
            }

            var k = start;
            var titleStart = -1;
            while (k < end)
            {
                var matched = MatchGazetteer(tokens, k, end, out var entry);
                if (matched > 0)
                {
                    // A country before a title names the title-holder's country ("U.S. President"): still a mention.
                    AddGazetteerMention(s, k, k + matched, entry!, isDemonym: false);
                    k += matched;
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
                // A name chunk: up to the next gazetteer hit or connector.
                var chunkEnd = k + 1;
                while (chunkEnd < end && tokens[chunkEnd].IsCapitalized && MatchGazetteer(tokens, chunkEnd, end, out _) == 0 && MatchDemonym(tokens, chunkEnd, end, out _) == 0) chunkEnd++;
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
                if (!restricted) AddMention(s, start, end, DataLayout.KindOrganization, text, isDemonym: false);
                return;
            }

            if (count >= 2 && count <= 4 && LooksLikePersonName(tokens, start, end))
            {
                if (restricted)
                {
                    _deferred.Add(new Candidate(s, start, end, hasTitle, titleStart, restricted));
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
                        if (e.SurnameKey == variant && (best is null || e.Mentions > best.Mentions)) best = e;
                    }
                    else if (e.Forms.Contains(text) && best is null)
                    {
                        best = e;
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
                AddPerson(c.Sentence, c.Start, c.End, c.TitleStart);
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
            var builder = new System.Text.StringBuilder();
            for (var i = start; i < end; i++)
            {
                if (i > start && tokens[i].Start > tokens[i - 1].End) builder.Append(' ');
                builder.Append(tokens[i].Text);
            }
            return builder.ToString();
        }
    }
}
