using System;
using System.Collections.Generic;
using System.Threading;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Generators.Reading;
using KnowledgeBase.Storage;

namespace KnowledgeBase.Generators.Extraction
{
    // Creating entities and recording their mentions, forms and roles.
    internal sealed partial class EntityRecognizer
    {
        private EntityDraft AddPerson(SentenceInfo s, int start, int end, int titleStart)
        {
            var tokens = s.Tokens;
            // "Twelve-year-old Ilse said": an age before the name, capitalized by the sentence start, is no word of the name.
            if (end - start >= 2 && IsAgeAdjective(tokens[start])) return AddPerson(s, start + 1, end, titleStart);
            string? name = null; // joined only for a new name: a person named again has it among its forms
            var key = Key(EntityKind.Person, PersonKey(tokens, start, end));
            var firstSurname = FirstOfTwoSurnames(tokens, start, end);
            if (!_byKey.TryGetValue(key, out var entity) && firstSurname is not null && _byKey.TryGetValue(firstSurname.Value, out var shorter))
            {
                // "Pedro Vela Ruiz" after "Pedro Vela": the given name and the first of two surnames are the person.
                entity = shorter;
                _byKey.Add(key, entity);
            }
            if (entity is null && PersonOfShortGivenName(tokens, start, end) is { } named)
            {
                // "Stan Vell" after "Stanislav Vell": the short form of the given name is the same person.
                entity = named;
                _byKey.Add(key, entity);
            }
            if (entity is null && HasSurnameParticle(tokens, start, end) && PersonEndingWith(name = Join(tokens, start, end)) is { } longer)
            {
                // "Tomás Vieira da Costa" after "Paulo Tomás Vieira da Costa": the last words of a longer name, with its particle, are that person.
                entity = longer;
                _byKey.Add(key, entity);
            }
            if (entity is null)
            {
                // A surname-only person seen before ("Biden") grows into the full name.
                entity = new EntityDraft(name ??= Join(tokens, start, end), EntityKind.Person);
                _byKey.Add(key, entity);
                if (firstSurname is { } alsoKey && !_byKey.ContainsKey(alsoKey)) _byKey.Add(alsoKey, entity); // "Pedro Vela" later
                _entities.Add(entity);
                KnowWordKeys(entity, tokens, start, end);
                IndexPerson(entity);
            }
            else if (JoinLength(tokens, start, end) > entity.Name.Length)
            {
                entity.Name = name ??= Join(tokens, start, end);
                KnowWordKeys(entity, tokens, start, end);
                IndexPerson(entity);
            }
            Mention(s, start, end, entity, isDemonym: false, TitleForm(tokens, titleStart, start, end));
            if (name is not null) entity.AddForm(name);
            else if (!HasFormJoined(entity, tokens, start, end)) entity.AddForm(Join(tokens, start, end));
            // Remember the roles the text gives ("Foreign Minister X", "commissioner X") so "the minister said" can find X.
            for (var r = (titleStart >= 0 ? titleStart : start) - 1; r < start; r++)
                if (r >= 0 && tokens[r].IsWord && (Titles.IsTitleWord(tokens[r]) || Titles.IsRoleNoun(tokens[r]))) entity.AddRole(tokens[r].Lower);
            if (start > 0 && tokens[start - 1].IsWord && Titles.IsRoleNoun(tokens[start - 1])) entity.AddRole(tokens[start - 1].Lower);
            // "police officers Jan Kowal and Piet Osten": a plural role before two names is the role of both.
            var roleAt = start > 1 && tokens[start - 1].Is("and") && s.MentionAt(start - 2) is { } first ? first.TokenStart - 1 : start - 1;
            if (roleAt >= 0 && PluralRole(tokens[roleAt]) is { } role) entity.AddRole(role);
            AddAppositiveRoles(tokens, end, entity);
            // The surname alone: the last word, or the first of a name written family name first ("Chen" of "Chen Shui-bian").
            if (end - start >= 2) entity.AddForm(tokens[IsFamilyNameFirstName(tokens, start, end) ? start : SurnameAt(tokens, start, end)].Text);
            if (ParticleSurnameStart(tokens, start, end) is var particle && particle < end - 1) entity.AddForm(Join(tokens, particle, end));
            return entity;
        }

        /// <summary>
        /// The person key of a name's given name and the first of two surnames ("Pedro R. Vela Ruiz" → "pedro vela"): news
        /// writes a Spanish or Portuguese name with both surnames once and with the first after; null for a name of fewer than
        /// three words or whose word before the last is an initial.
        /// </summary>
        private static EntityKey? FirstOfTwoSurnames(List<Token> tokens, int start, int end)
        {
            if (end - start < 3) return null;
            var first = tokens[end - 2];
            if (!first.IsWord || !first.IsCapitalized || first.Text.Length < 3 || first.Text.EndsWith(".", System.StringComparison.Ordinal)
                || !tokens[end - 1].IsCapitalized || tokens[end - 1].Start <= first.End) return null;
            return Key(EntityKind.Person, NameVariants.Key(tokens[start]) + " " + NameVariants.Key(first));
        }

        /// <summary>"officers" → "officer": the singular of a plural role noun, or null.</summary>
        private static string? PluralRole(Token t)
        {
            if (!t.IsWord || t.Text.Length < 4 || !t.Text.EndsWith("s", System.StringComparison.Ordinal)) return null;
            var singular = t.Lower.Substring(0, t.Lower.Length - 1);
            return Titles.IsRoleNoun(singular) ? singular : null;
        }

        private EntityDraft? PersonWithSurname(in Token word)
        {
            var key = NameVariants.Key(word); // kept on the word's form
            foreach (var e in _entities)
                if (e.Kind == EntityKind.Person && e.FirstSpace > 0 && e.SurnameKey == key) return e; // the key of the name's last word, kept on the entity
            return null;
        }

        /// <summary>
        /// "Vella" of "Vella Group", "Vella Institute of Oceanography", "Vella Airport", "Vella International Airport":
        /// the name before the organization's head word or the building's word is the short form.
        /// </summary>
        private static bool IsNameBeforeHead(string text, EntityDraft e)
        {
            var name = e.Name;
            if (e.Kind == EntityKind.Person || name.Length <= text.Length + 1 || name[text.Length] != ' ' || !name.StartsWith(text, StringComparison.Ordinal)) return false;
            // The words after the short form, read in place (asked of every entity for every lone word): the first ends at
            // firstEnd, the second at secondEnd, the last starts at lastStart.
            var rest = text.Length + 1;
            var firstEnd = name.IndexOf(' ', rest);
            var secondEnd = firstEnd < 0 ? -1 : name.IndexOf(' ', firstEnd + 1);
            if (e.Kind == EntityKind.Organization)
                return Gazetteer.IsOrganizationHead(firstEnd < 0 ? name.Substring(rest) : name.Substring(rest, firstEnd - rest))
                    && (firstEnd < 0 || secondEnd >= 0 && secondEnd - firstEnd == 3 && string.CompareOrdinal(name, firstEnd + 1, "of", 0, 2) == 0);
            // A building is called by its name alone; a road, county or district is not the place it is named after.
            var lastStart = name.LastIndexOf(' ') + 1;
            return secondEnd < 0 && IsBuildingWord(name, lastStart, name.Length - lastStart);
        }

        private static bool IsBuildingWord(string text, int start, int length)
        {
            foreach (var word in BuildingWords)
                if (word.Length == length && string.CompareOrdinal(text, start, word, 0, length) == 0) return true;
            return false;
        }

        private static readonly string[] BuildingWords = { "Airport", "Palace", "Castle", "Stadium", "Arena", "Cathedral", "Abbey", "Prison", "Mosque" };

        /// <summary>The one person of the article whose full name opens with this given name, if only one does.</summary>
        private EntityDraft? PersonWithGivenName(string given)
        {
            EntityDraft? found = null;
            foreach (var e in _entities)
            {
                if (e.Kind != EntityKind.Person || e.Name.Length <= given.Length || e.Name[given.Length] != ' ' || !e.Name.StartsWith(given, StringComparison.Ordinal)) continue;
                if (found is not null && found != e) return null;
                found = e;
            }
            return found;
        }

        /// <summary>
        /// "sentenced Jan and Mira Kowal": a given name alone before "and" and a full name shares its surname, and is a
        /// person of its own ("Jan Kowal").
        /// </summary>
        private void AddSharedSurnames(SentenceInfo s)
        {
            var tokens = s.Tokens;
            var count = s.Mentions.Count;
            for (var k = 0; k < count; k++)
            {
                var m = s.Mentions[k];
                var given = m.TokenStart - 2;
                if (m.Entity.Kind != EntityKind.Person || m.TokenEnd - m.TokenStart < 2 || given < 0 || !tokens[given + 1].Is("and")) continue;
                if (!GivenNames.Contains(tokens[given]) || !GivenNames.Contains(tokens[m.TokenStart]) || s.MentionAt(given) is not null) continue;
                var name = tokens[given].Text + " " + Join(tokens, m.TokenStart + 1, m.TokenEnd);
                var key = Key(EntityKind.Person, NameVariants.PersonKey(name.Split(' ')));
                if (!_byKey.TryGetValue(key, out var person))
                {
                    person = new EntityDraft(name, EntityKind.Person);
                    _byKey.Add(key, person);
                    _entities.Add(person);
                    IndexPerson(person);
                }
                Mention(s, given, given + 1, person, isDemonym: false, null);
                person.AddForm(name);
            }
        }

        /// <summary>
        /// The one newspaper of the article so far whose name of two or more words ends with <paramref name="head"/> ("Velden Times"
        /// for "Times"); null when none or more than one.
        /// </summary>
        private EntityDraft? OnlyNewspaperEndingWith(string head)
        {
            EntityDraft? found = null;
            foreach (var e in _entities)
            {
                if (e.Kind != EntityKind.Organization || !e.IsMedia || e.Name.Length <= head.Length + 1 || e.Name[e.Name.Length - head.Length - 1] != ' '
                    || !e.Name.EndsWith(head, StringComparison.Ordinal)) continue;
                if (found is not null) return null;
                found = e;
            }
            return found;
        }

        private static string? TitleForm(List<Token> tokens, int titleStart, int start, int end) =>
            titleStart >= 0 && titleStart < start ? Join(tokens, titleStart, end) : null;

        /// <param name="nameKey">The variant key of <paramref name="name"/> when known (<see cref="GazetteerEntry.NameKey"/>).</param>
        private EntityDraft AddMention(SentenceInfo s, int start, int end, EntityKind kind, string name, bool isDemonym, string? nameKey = null)
        {
            // A name that is its tokens' words has its variant key put together from theirs, each kept on the token's form.
            // "Ministry of Fisheries" and "Fisheries Ministry", "Siemens AG" and "Siemens": one key.
            if (nameKey is null && kind == EntityKind.Organization && SharedOrganizationName(name) is { } shared) nameKey = NameVariants.Key(shared);
            var key = Key(kind, nameKey ?? ((end - start == 1 ? ReferenceEquals(name, s.Tokens[start].Text) : JoinEquals(s.Tokens, start, end, name)) ? VariantKey(s.Tokens, start, end) : NameVariants.Key(name)));
            if (!_byKey.TryGetValue(key, out var entity))
            {
                entity = new EntityDraft(name, kind);
                _byKey.Add(key, entity);
                _entities.Add(entity);
                // "The Harbour Herald", "Gazeta Polska": a newspaper reports, it does not act.
                if (kind == EntityKind.Organization && CommonWords.IsNewspaperName(name)) entity.IsMedia = true;
            }
            AddForm(entity, name);
            Mention(s, start, end, entity, isDemonym, null);
            return entity;
        }

        private void AddGazetteerMention(SentenceInfo s, int start, int end, GazetteerEntry entry, bool isDemonym)
        {
            var kind = entry.Kind == GazetteerKind.Organization ? EntityKind.Organization : EntityKind.Place;
            var entity = AddMention(s, start, end, kind, entry.Name, isDemonym, entry.NameKey);
            if (!_mentionAdded) AddFormOf(entity, s.Tokens, start, end); // a mention added has added its words as a form
            if (entry.Kind == GazetteerKind.Country) entity.IsCountry = true;
            if (entry.IsCapital) entity.CapitalOf = entry.Country;
            if (entry.IsMedia) entity.IsMedia = true;
            if (entry.IsPlatform) entity.IsPlatform = true;
        }

        // Whether the last Mention call added the mention (none overlapped it).
        private bool _mentionAdded;

        /// <param name="addForm">Whether the mention's words are a form of the entity (not when a nickname in quotation marks is between them).</param>
        private void Mention(SentenceInfo s, int start, int end, EntityDraft entity, bool isDemonym, string? titleForm, bool addForm = true)
        {
            _mentionAdded = false;
            foreach (var m in s.Mentions)
                if (m.TokenStart < end && start < m.TokenEnd) return;
            _mentionAdded = true;
            s.Mentions.Add(new Mention(entity, s, start, end, isDemonym));
            entity.Mentions++;
            entity.First ??= s;
            if (addForm) AddFormOf(entity, s.Tokens, start, end);
            if (titleForm is not null) AddForm(entity, titleForm);
        }

        /// <summary>Adds tokens [start, end) as a form of the entity; a form it has already (nearly always) is found without joining the tokens.</summary>
        private void AddFormOf(EntityDraft entity, List<Token> tokens, int start, int end)
        {
            foreach (var form in entity.Forms)
                if (JoinEquals(tokens, start, end, form)) return;
            AddForm(entity, Join(tokens, start, end));
        }

        // Whether the entity has Join of tokens [start, end) among its forms.
        private static bool HasFormJoined(EntityDraft entity, List<Token> tokens, int start, int end)
        {
            foreach (var form in entity.Forms)
                if (JoinEquals(tokens, start, end, form)) return true;
            return false;
        }

        /// <summary>How long <see cref="Join"/> of tokens [start, end) is, counted in place.</summary>
        private static int JoinLength(List<Token> tokens, int start, int end)
        {
            var length = 0;
            for (var i = start; i < end; i++) length += tokens[i].Text.Length + (i > start && tokens[i].Start > tokens[i - 1].End ? 1 : 0);
            return length;
        }

        /// <summary>Whether <see cref="Join"/> of tokens [start, end) equals <paramref name="text"/>, compared in place.</summary>
        private static bool JoinEquals(List<Token> tokens, int start, int end, string text)
        {
            var at = 0;
            for (var i = start; i < end; i++)
            {
                if (i > start && tokens[i].Start > tokens[i - 1].End)
                {
                    if (at >= text.Length || text[at] != ' ') return false;
                    at++;
                }
                var word = tokens[i].Text;
                if (at + word.Length > text.Length || string.CompareOrdinal(text, at, word, 0, word.Length) != 0) return false;
                at += word.Length;
            }
            return at == text.Length;
        }

        private static bool IsShouted(List<Token> tokens, int token)
        {
            var before = token > 0 ? tokens[token - 1] : default;
            var after = token + 1 < tokens.Count ? tokens[token + 1] : default;
            return before.IsWord && before.IsAllCaps && before.Text.Length >= 2 && !Gazetteer.TryGetPlaceOrOrganization(before.Text, out _)
                || after.IsWord && after.IsAllCaps && after.Text.Length >= 2 && !Gazetteer.TryGetPlaceOrOrganization(after.Text, out _);
        }

        private static readonly char[] Vowels = { 'A', 'E', 'I', 'O', 'U', 'Y' };

        private static bool IsRomanNumeral(string word)
        {
            foreach (var c in word)
                if (c is not ('I' or 'V' or 'X' or 'L' or 'C')) return false;
            return true;
        }

        /// <summary>An acronym names the organization or place whose initials it spells, if the article has one; else a new organization.</summary>
        private void AddAcronym(SentenceInfo s, int token)
        {
            var acronym = s.Tokens[token].Text;
            // "a GREAT DAY", "Chapter XXI": shouted words and Roman numerals are no organizations.
            if (IsShouted(s.Tokens, token) || IsRomanNumeral(acronym)) return;
            // "the Ostrel Water Act (OWA) ... under OWA": an acronym the article spelled out as a thing names no organization.
            if (IsSpelledThing(acronym)) return;
            foreach (var e in _entities)
            {
                if (e.Kind == EntityKind.Person || !(SpellsInitials(e.Name, acronym) || e.Kind == EntityKind.Organization && (SpellsInitialsAfterPlace(e.Name, acronym) || SpellsCampusInitials(e.Name, acronym)))) continue;
                AddForm(e, acronym);
                Mention(s, token, token + 1, e, isDemonym: false, null);
                return;
            }
            // "ballot in ALL 50 states", "the LEFT": an English word in capitals that spells no name of the article is no organization
            // (a word with a vowel: WordNet counts abbreviations too, "hp", "gm").
            if (CommonWords.IsFunctionWord(acronym) || acronym.Length >= 3 && acronym.IndexOfAny(Vowels) >= 0 && IsCommonWord(acronym)) return;
            AddMention(s, token, token + 1, EntityKind.Organization, acronym, isDemonym: false);
        }
    }
}
