using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    // A country's government, parliament or cabinet named by the country: an organization of its own.
    internal sealed partial class EntityRecognizer
    {
        /// <summary>
        /// "the Freedonian government", "the government of Freedonia", "the Freedonian parliament": the country's
        /// institution is an organization of its own ("Government of Freedonia", "Parliament of Freedonia"); the
        /// country keeps the mention. A headline only names again an institution the body names.
        /// </summary>
        private void AddGovernments()
        {
            if (!_entities.Exists(static e => e.IsCountry)) return; // only a country's mention names an institution with it
            foreach (var s in _sentences)
                if (s.Block is not (BlockKind.Title or BlockKind.Heading)) AddInstitutions(s, create: true);
            foreach (var s in _sentences)
                if (s.Block is BlockKind.Title or BlockKind.Heading) AddInstitutions(s, create: false);
        }

        private void AddInstitutions(SentenceInfo s, bool create)
        {
            // An entity without a sentence mention: the country stays the actor of what the sentence tells.
            if (InstitutionsIn(s) is not { } institutions) return;
            foreach (var (institution, country, surface) in institutions)
            {
                var name = institution + " of " + (TakesThe(country.Name) ? "the " : string.Empty) + country.Name;
                var key = Key(EntityKind.Organization, NameVariants.Key(name));
                if (!_byKey.TryGetValue(key, out var organization))
                {
                    if (!create) continue;
                    organization = new EntityDraft(name, EntityKind.Organization);
                    _byKey.Add(key, organization);
                    _entities.Add(organization);
                    organization.First = s;
                    Indexed(organization, name);
                }
                organization.Mentions++;
                AddForm(organization, surface);
                country.AddInstitution(institution, organization);
            }
        }

        /// <summary>The institutions a sentence names with a country, or null when it names none (most sentences).</summary>
        private List<(string Institution, EntityDraft Country, string Surface)>? InstitutionsIn(SentenceInfo s)
        {
            var tokens = s.Tokens;
            List<(string, EntityDraft, string)>? found = null;
            foreach (var m in s.Mentions)
            {
                if (!m.Entity.IsCountry) continue;
                // "the Freedonian government", "the U.S. government", "the Freedonian Parliament", "Freedonia's parliament": an
                // institution word after the country (capitalized only after its adjective or possessive: "the U.S. Congress"
                // is the gazetteer's).
                if (InstitutionAfter(tokens, m, out var at) is { } after && (m.IsDemonym || at > m.TokenEnd || char.IsLower(tokens[at].Text[0])))
                    (found ??= new List<(string, EntityDraft, string)>()).Add((after, m.Entity, Join(tokens, m.TokenStart, at + 1)));
                if (!m.IsDemonym && InstitutionBefore(tokens, m, out var from) is { } before)
                    (found ??= new List<(string, EntityDraft, string)>()).Add((before, m.Entity, Join(tokens, from, m.TokenEnd)));
            }
            return found;
        }

        /// <summary>"Freedonian Parliament": the adjective is a mention of the country, the institution is named with it.</summary>
        /// <summary>
        /// "the Norland Embassy in Velden", "the Embassy of Norland in Velden": a mission abroad named with its city is one
        /// organization, the whole run (the scan keeps "in" and the city in the run only after "Embassy" or "Consulate").
        /// </summary>
        private bool TryMissionRun(SentenceInfo s, int start, int end, bool restricted)
        {
            var tokens = s.Tokens;
            var i = start + 1;
            while (i < end - 1 && !(tokens[i].Is("in") && MissionHeadAt(tokens, start, i) >= 0)) i++;
            if (i >= end - 1) return false;
            var nameStart = tokens[start].Is("The") ? start + 1 : start;
            if (!restricted) AddMention(s, nameStart, end, EntityKind.Organization, Join(tokens, nameStart, end), isDemonym: false);
            return true;
        }

        // Whether the word at j, before a capitalized word, goes on with the name begun at i: "at" and a town after a university
        // of a state ("the University of Norland at Eastbridge"), "in" and a city after an embassy
        // ("the Norland Embassy in Velden"; "in Norland", a country, is another name of it, left out) or the possessive of a
        // people's noun ("the People's Party", "the Ostrel Workers' Party").
        private static bool GoesOnWithName(List<Token> tokens, int i, int j) =>
            tokens[j].Is("at") ? IsUniversityOfBefore(tokens, i, j)
            : tokens[j].Is("in") ? MissionHeadAt(tokens, i, j) >= 0 && !(MatchGazetteer(tokens, j + 1, tokens.Count, out var country) > 0 && country!.Kind == GazetteerKind.Country)
            : tokens[j].Kind == TokenKind.Possessive && (Gazetteer.IsPossessiveNameWord(tokens[j - 1].Text) || IsPeoplesPossessiveBeforeHead(tokens, i, j));

        // The "Embassy" or "Consulate" of "the Norland Embassy", "the Embassy of Norland" between start and end (no "in" after it yet), or -1.
        private static int MissionHeadAt(List<Token> tokens, int start, int end)
        {
            for (var k = end - 1; k >= start && k >= end - 3; k--)
            {
                if (tokens[k].Is("in")) return -1;
                if (tokens[k].Is("Embassy") || tokens[k].Is("Consulate")) return k;
            }
            return -1;
        }

        private bool TryCountryInstitutionRun(SentenceInfo s, int start, int end)
        {
            if (end - start != 2 || InstitutionName(s.Tokens[start + 1].Text) is null || MatchDemonym(s.Tokens, start, start + 1, out var entry) != 1 || entry!.Kind != GazetteerKind.Country) return false;
            AddGazetteerMention(s, start, start + 1, entry, isDemonym: true);
            return true;
        }

        // The institutions the gazetteer gives the bare words to ("the Senate", "Congress", "the Supreme Court" are the US's;
        // "Parliament" is no one country's): the entity's name, the bare word, the country it is the institution of.
        private static readonly (string Name, string Institution, string? Country)[] BareInstitutions =
        {
            ("United States Senate", "Senate", "United States"),
            ("United States Congress", "Congress", "United States"),
            ("United States House of Representatives", "House of Representatives", "United States"),
            ("United States Supreme Court", "Supreme Court", "United States"),
            ("Parliament", "Parliament", null),
        };

        /// <summary>
        /// "the Senate" in a story about Norland that never names the United States is Norland's senate ("Senate of Norland"),
        /// and "Parliament" in a story about Norland is Norland's parliament: an institution named only by its bare word takes
        /// the article's most named country; "the Chilean House of Representatives" takes the country named right before it,
        /// whatever else the article names.
        /// </summary>
        // The row of BareInstitutions that names the entity, -1 for none: a loop, not a lambda, whose capture of the entity
        // cost an object for every entity of every article.
        private static int BareInstitutionRow(string name)
        {
            for (var r = 0; r < BareInstitutions.Length; r++)
                if (BareInstitutions[r].Name == name) return r;
            return -1;
        }

        private void LocalizeBareInstitutions()
        {
            EntityDraft? main = null;
            foreach (var e in _entities)
                if (e.IsCountry && (main is null || e.Mentions > main.Mentions)) main = e;
            if (main is not null && main.Mentions < 2) main = null;
            foreach (var e in _entities.ToArray())
            {
                if (e.Kind != EntityKind.Organization) continue;
                if (IsBareForce(e.Name))
                {
                    LocalizeBareForce(e, NamesCountry("United States") ? null : main);
                    continue;
                }
                var row = BareInstitutionRow(e.Name);
                if (row < 0) continue;
                var (_, institution, home) = BareInstitutions[row];
                if (!NamedOnlyBare(e, institution)) continue;
                // "the Parliament of Vella State ... in the Parliament", "the Texas Senate passed it ... the Senate then": the one
                // such body the article names (a country's own, named before its bare word) is the bare word's.
                if (NamedInFull(e, institution, mustComeFirst: home is not null) is { } full)
                {
                    if (home is null) Detach(e);
                    RenameOrMerge(e, full.Name, null, institution);
                    continue;
                }
                var country = CountryBefore(e, out var surface) ?? (home is not null && NamesCountry(home) ? null : main?.Name);
                if (country is null || country == home || country == "United States") // the US has no parliament
                {
                    if (home is null) Remove(new HashSet<EntityDraft> { e }); // "Parliament" of no country the article tells
                    continue;
                }
                var name = institution + " of " + (TakesThe(country) ? "the " : string.Empty) + country;
                if (home is null) Detach(e);
                RenameOrMerge(e, name, surface, institution);
            }
        }

        /// <summary>
        /// "in Parliament", "dissolving Parliament", "Members of Parliament": the bare word is mostly where a thing happens or
        /// what is done to the body, not the body acting; as with a country's institution named with it, the entity keeps the
        /// name and its count, and the sentences keep no mention of it.
        /// </summary>
        private void Detach(EntityDraft e)
        {
            foreach (var s in _sentences)
                if (s.Mentions.Count > 0) s.Mentions.RemoveAll(m => m.Entity == e);
        }

        private EntityDraft? NamedInFull(EntityDraft bare, string institution, bool mustComeFirst)
        {
            var full = _entities.FindAll(o => o != bare && o.Kind == EntityKind.Organization
                && (o.Name.StartsWith(institution + " of ", StringComparison.Ordinal) || IsPlaceBefore(o.Name, institution)));
            if (full.Count != 1) return null;
            return !mustComeFirst || _entities.IndexOf(full[0]) < _entities.IndexOf(bare) ? full[0] : null;
        }

        // "Texas Senate", "Puerto Rico House of Representatives": a place's name, then the institution's word.
        private static bool IsPlaceBefore(string name, string institution)
        {
            if (name.Length <= institution.Length + 1 || !name.EndsWith(" " + institution, StringComparison.Ordinal)) return false;
            var place = name.Substring(0, name.Length - institution.Length - 1);
            return Gazetteer.TryGetPlaceOrOrganization(place, out var entry) && entry.Kind != GazetteerKind.Organization;
        }

        private bool NamesCountry(string name) => _entities.Exists(e => e.IsCountry && e.Name == name);

        /// <summary>
        /// Gives a body named by its bare word its country's name; when the article already names that body ("the Norlandic
        /// Congress ... Congress"), it takes the bare word's mentions instead. The bare word stays a form of it (the
        /// article's "the Senate"), one the linker does not join on: across articles the bare word stays the US institution's.
        /// </summary>
        private void RenameOrMerge(EntityDraft bare, string name, string? surface, string? bareWord = null)
        {
            if (_entities.Find(o => o.Name == name) is { } named)
            {
                MergeInto(bare, named);
                if (bareWord is not null) AddForm(named, bareWord);
                return;
            }
            bare.Forms.Clear();
            bare.Name = name;
            bare.Forms.Add(name);
            Indexed(bare, name);
            if (surface is not null) AddForm(bare, surface);
            if (bareWord is not null) AddForm(bare, bareWord);
        }

        // Armed forces named by the bare word: "the Air Force said", "the Army".
        private static readonly string[] BareForces = { "Air Force", "Army", "Navy" };

        /// <summary>"Air Force" of "Norlandic Air Force": the article's name for its country's force, no key to join another article's on.</summary>
        internal static bool IsBareForce(string name) => Array.IndexOf(BareForces, name) >= 0;

        /// <summary>
        /// "the Air Force" in a story about Norland is Norland's: named as the field names a country's forces, by its adjective
        /// ("Norlandic Air Force"); the country is the one named right before it, else the article's most named country.
        /// </summary>
        private void LocalizeBareForce(EntityDraft force, EntityDraft? main)
        {
            // "the United States Air Force ... the Air Force": the one force the article names in full.
            var full = _entities.FindAll(o => o != force && o.Kind == EntityKind.Organization && o.Name.EndsWith(" " + force.Name, StringComparison.Ordinal));
            if (full.Count == 1)
            {
                AddForm(full[0], force.Name);
                MergeInto(force, full[0]);
                return;
            }
            var country = CountryBefore(force, out var surface) ?? main?.Name;
            if (country is null || !Gazetteer.TryGetPlaceOrOrganization(country, out var entry) || entry.Kind != GazetteerKind.Country) return;
            var name = country == "United States" ? "United States " + force.Name : entry.Demonyms.Count > 0 ? entry.Demonyms[0] + " " + force.Name : force.Name + " of " + country;
            RenameOrMerge(force, name, surface, force.Name);
        }

        /// <summary>The country whose name or adjective stands right before a mention of the institution ("Chilean House of Representatives").</summary>
        private string? CountryBefore(EntityDraft institution, out string? surface)
        {
            surface = null;
            foreach (var s in _sentences)
                foreach (var m in s.Mentions)
                {
                    if (m.Entity != institution || m.TokenStart == 0) continue;
                    // "Chile's Supreme Court", "Peru's Congress": the country's possessive names it as the adjective does.
                    var at = m.TokenStart >= 2 && s.Tokens[m.TokenStart - 1].Kind == TokenKind.Possessive ? m.TokenStart - 2 : m.TokenStart - 1;
                    var before = s.Tokens[at];
                    var named = s.MentionAt(at);
                    var country = named is { Entity.IsCountry: true } ? named.Entity.Name
                        : before.IsCapitalized && Gazetteer.TryGetByDemonym(before.Text, out var entry) && entry.Kind == GazetteerKind.Country ? entry.Name : null;
                    if (country is null || country == "United States") continue; // "the American Senate" is the US institution already
                    surface = Join(s.Tokens, named?.TokenStart ?? at, m.TokenEnd);
                    return country;
                }
            return null;
        }

        private static bool NamedOnlyBare(EntityDraft e, string institution)
        {
            foreach (var form in e.Forms)
                if (!(form == institution || form == e.Name || form.Length == institution.Length + 4 && form.EndsWith(institution, StringComparison.Ordinal) && form.StartsWith("the ", StringComparison.OrdinalIgnoreCase))) return false;
            return true;
        }

        /// <summary>
        /// "the Brazilian Open Free Trade Area": a "person" of three or more words, every one a common English word and
        /// none a given name, names a body or a thing, not someone; it becomes an organization with its mentions and forms.
        /// </summary>
        private void RetypeCommonWordNames()
        {
            // By index: an entity retyped is replaced in place, and the list keeps its length.
            for (var i = 0; i < _entities.Count; i++)
            {
                var e = _entities[i];
                if (e.Kind != EntityKind.Person || !HasTwoSpaces(e.Name)) continue; // most names: one or two words, not split
                var words = e.Name.Split(' ');
                if (words.Length < 3 || Array.Exists(words, GivenNames.Contains) || !Array.TrueForAll(words, IsCommonWord)) continue;
                var organization = new EntityDraft(e.Name, EntityKind.Organization) { First = e.First };
                foreach (var form in e.Forms)
                    if (form.IndexOf(' ') > 0) AddForm(organization, form); // not "Area", taken as a surname
                Indexed(organization, organization.Name);
                _entities[i] = organization;
                MergeInto(e, organization);
            }
        }

        private static bool HasTwoSpaces(string name)
        {
            var first = name.IndexOf(' ');
            return first >= 0 && name.IndexOf(' ', first + 1) >= 0;
        }

        private void MergeInto(EntityDraft from, EntityDraft into)
        {
            into.Mentions += from.Mentions;
            foreach (var s in _sentences)
                for (var i = 0; i < s.Mentions.Count; i++)
                    if (s.Mentions[i].Entity == from) s.Mentions[i] = new Mention(into, s, s.Mentions[i].TokenStart, s.Mentions[i].TokenEnd, s.Mentions[i].IsDemonym);
            _entities.Remove(from);
        }

        /// <summary>
        /// The institution word right after a country's mention, or after its possessive ("Freedonian parliament",
        /// "Freedonia's cabinet"): the institution's name ("Parliament"), or null; <paramref name="at"/> is the word's index.
        /// </summary>
        internal static string? InstitutionAfter(List<Token> tokens, Mention m, out int at)
        {
            at = m.TokenEnd;
            if (!m.IsDemonym && at + 1 < tokens.Count && tokens[at].Kind == TokenKind.Possessive) at++;
            return at < tokens.Count ? InstitutionName(tokens[at].Text) : null;
        }

        /// <summary>"the government of Freedonia", "the cabinet of Freedonia": the institution word before "of (the)" and the country, or null.</summary>
        internal static string? InstitutionBefore(List<Token> tokens, Mention m, out int at)
        {
            at = m.TokenStart - 1;
            if (at > 0 && tokens[at].Is("the")) at--;
            if (at < 1 || !tokens[at].Is("of")) return null;
            at--;
            return InstitutionName(tokens[at].Text);
        }

        // The institutions a country's name or adjective names ("the Freedonian parliament").
        internal static string? InstitutionName(string word) => word switch
        {
            "government" or "Government" => "Government",
            "parliament" or "Parliament" => "Parliament",
            "cabinet" or "Cabinet" => "Cabinet",
            "congress" or "Congress" => "Congress",
            _ => null,
        };

        /// <summary>
        /// "House of Commons Speaker Tomas Vell", "Bank of Norland Governor Mira Holt": where a person's title, after a
        /// capitalized word that completes an "of" organization's name, stands before a capitalized word that is no title,
        /// no organization word and no connector, the organization's name ends and the titled person's begins (the index of
        /// the title); -1 when no such title ("Office of the Director of National Intelligence": "of" follows the title).
        /// </summary>
        private static int TitledPersonAfter(List<Token> tokens, int head, int end)
        {
            for (var t = head + 3; t < end - 1; t++)
            {
                var next = tokens[t + 1];
                if (Titles.IsPersonTitle(tokens[t]) && tokens[t - 1].IsCapitalized && next.IsCapitalized && !Titles.IsTitleWord(next)
                    && !Gazetteer.IsOrganizationHead(next) && !CommonWords.IsNameConnector(next)) return t;
            }
            return -1;
        }
    }
}
