using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "The Velden Party nominated the ticket of Ana Ruiz for president and Karel Brandt for vice president", "when its
    /// ticket of Ana Ruiz for governor and Karel Brandt for deputy governor first stood in Arlon": a ticket of candidates, each
    /// named with the office they run for, runs in the election or the primary its sentence tells, the running mate as much as
    /// the head of the ticket (the gold lists them both). A ticket named otherwise ("the Ruiz-Brandt ticket", "joined a ticket
    /// with Ana Ruiz") names no office run for and adds no one.
    /// </summary>
    internal static class TicketMembers
    {
        // How far after "ticket of" the ticket's candidates may stand: "a ticket of the former mayor and union organizer Ana Ruiz
        // for president and the retired nurse Karel Brandt for vice president".
        private const int Reach = 30;

        /// <summary>Adds to an election's or a primary's participants every person a ticket of its sentence names with an office.</summary>
        internal static void Add(SentenceInfo s, List<EntityDraft> participants)
        {
            var tokens = s.Tokens;
            for (var i = 0; i + 2 < tokens.Count; i++)
            {
                if (!tokens[i].Is("ticket") || !tokens[i + 1].Is("of")) continue;
                for (var k = i + 2; k < tokens.Count && k <= i + Reach && !tokens[k].IsPunct(';') && !tokens[k].IsPunct(','); k++)
                {
                    // "Ana Ruiz for president": a person's name and the office after "for".
                    if (s.MentionAt(k) is not { IsDemonym: false, Entity.Kind: EntityKind.Person } m || m.TokenEnd >= tokens.Count || !tokens[m.TokenEnd].Is("for")) continue;
                    if (!participants.Contains(m.Entity)) participants.Add(m.Entity);
                    k = m.TokenEnd;
                }
            }
        }
    }
}
