
namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>Rallies that are campaigning, not protest: a politician's or a candidate's rally.</summary>
    internal static partial class TriggerSenses
    {
        private static readonly string[] CampaignWords = { "campaign", "election", "electoral", "political", "re-election", "reelection" };

        /// <summary>A rally named for a campaign, owned by a person ("Ruiz's rally", "a Ruiz rally") or held by one ("Ruiz held a rally").</summary>
        internal static bool IsCampaignRally(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            for (var i = t - 1; i >= 0 && i >= t - 4; i--)
            {
                if (TriggerFinder.IsAny(tokens[i], CampaignWords)) return true;
                if (s.MentionAt(i) is { } m) return m.Entity.Kind == EntityKind.Person;
                if (tokens[i].Is("held") || tokens[i].Is("hold") || tokens[i].Is("holds") || tokens[i].Is("holding"))
                    return i > 0 && (IsPersonAt(s, i - 1) || HeldByAPerson(s, i));
            }
            return false;
        }

        // Those who run for or hold an elected office: "the senator held a rally" (an activist's or a student's rally is a protest).
        private static readonly string[] CampaignerNouns =
        {
            "candidate", "candidates", "senator", "governor", "mayor", "president", "president-elect", "vice-president", "premier", "chancellor",
            "lawmaker", "legislator", "congressman", "congresswoman", "nominee", "incumbent", "challenger",
        };

        // A person named, "he" or "she", or one who runs for or holds an elected office ("the senator", "the candidate").
        private static bool IsPersonAt(SentenceInfo s, int i) =>
            s.MentionAt(i) is { Entity.Kind: EntityKind.Person } || s.Tokens[i].Is("he") || s.Tokens[i].Is("she") || TriggerFinder.IsAny(s.Tokens[i], CampaignerNouns);

        /// <summary>
        /// "Halden skipped the debate, holding", "In May, the senator toured the north, holding": a person, or one who holds an
        /// office, at a subject's place (opening the sentence, after its "the", or after a comma) before the participle's comma.
        /// </summary>
        private static bool SubjectBeforeIsAPerson(SentenceInfo s, int comma)
        {
            var tokens = s.Tokens;
            for (var i = 0; i < comma; i++)
            {
                var start = i == 0 || tokens[i - 1].IsPunct(',') || tokens[i - 1].Is("the") && (i == 1 || tokens[i - 2].IsPunct(','));
                if (start && IsPersonAt(s, i)) return true;
            }
            return false;
        }

        /// <summary>
        /// "Mira Halden, a candidate for the presidency, held a rally": the name before an appositive set off by commas;
        /// "Halden skipped the debate, holding rallies instead": a participle after a comma, whose subject is the sentence's,
        /// named first.
        /// </summary>
        private static bool HeldByAPerson(SentenceInfo s, int held)
        {
            var tokens = s.Tokens;
            if (held < 2 || !tokens[held - 1].IsPunct(',')) return false;
            if (tokens[held].Text.EndsWith("ing", System.StringComparison.Ordinal)) return SubjectBeforeIsAPerson(s, held - 1);
            for (var i = held - 2; i >= 1 && i >= held - 20; i--)
                if (tokens[i].IsPunct(',')) return IsPersonAt(s, i - 1);
            return false;
        }
    }
}
