using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Models;
using KnowledgeBase.Storage;

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
                var key = Key(DataLayout.KindOrganization, NameVariants.Key(name));
                if (!_byKey.TryGetValue(key, out var organization))
                {
                    if (!create) continue;
                    organization = new EntityDraft(name, DataLayout.KindOrganization);
                    _byKey.Add(key, organization);
                    _entities.Add(organization);
                    organization.First = s;
                }
                organization.Mentions++;
                organization.AddForm(surface);
                if (institution == "Government") country.Government = organization;
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
                // "the Freedonian government", "the U.S. government", "the Freedonian Parliament": an institution word after
                // the country (capitalized only after its adjective: "the U.S. Congress" is the gazetteer's).
                if (m.TokenEnd < tokens.Count && InstitutionName(tokens[m.TokenEnd].Text) is { } after && (m.IsDemonym || char.IsLower(tokens[m.TokenEnd].Text[0])))
                    (found ??= new List<(string, EntityDraft, string)>()).Add((after, m.Entity, Join(tokens, m.TokenStart, m.TokenEnd + 1)));
                var of = m.TokenStart - 1;
                if (of > 0 && tokens[of].Is("the")) of--;
                if (!m.IsDemonym && of > 0 && tokens[of].Is("of") && tokens[of - 1].Is("government"))
                    (found ??= new List<(string, EntityDraft, string)>()).Add(("Government", m.Entity, Join(tokens, of - 1, m.TokenEnd)));
            }
            return found;
        }

        /// <summary>"Freedonian Parliament": the adjective is a mention of the country, the institution is named with it.</summary>
        private bool TryCountryInstitutionRun(SentenceInfo s, int start, int end)
        {
            if (end - start != 2 || InstitutionName(s.Tokens[start + 1].Text) is null || MatchDemonym(s.Tokens, start, start + 1, out var entry) != 1 || entry!.Kind != GazetteerKind.Country) return false;
            AddGazetteerMention(s, start, start + 1, entry, isDemonym: true);
            return true;
        }

        // The institutions a country's name or adjective names ("the Freedonian parliament").
        private static string? InstitutionName(string word) => word switch
        {
            "government" or "Government" => "Government",
            "parliament" or "Parliament" => "Parliament",
            "cabinet" or "Cabinet" => "Cabinet",
            "congress" or "Congress" => "Congress",
            _ => null,
        };
    }
}
