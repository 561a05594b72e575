namespace KnowledgeBase
{
    /// <summary>
    /// A CAMEO event code (the taxonomy of GDELT, ICEWS and PETRARCH), such as <c>041</c>
    /// "Discuss by telephone". Occurrences outside CAMEO carry <c>000</c>.
    /// </summary>
    /// <param name="Code">The code as written, leading zeros kept.</param>
    /// <param name="Name">The code's description.</param>
    public readonly record struct CameoCode(string Code, string Name)
    {
        /// <summary>The two-digit root the code belongs to, or <see cref="CameoRoot.None"/> for <c>000</c>.</summary>
        public CameoRoot Root => Code.Length >= 2 ? (CameoRoot)((Code[0] - '0') * 10 + (Code[1] - '0')) : CameoRoot.None;

        /// <summary>True for occurrences outside CAMEO (death, accident, election, ...).</summary>
        public bool IsOutsideCameo => Root == CameoRoot.None;

        /// <inheritdoc/>
        public override string ToString() => Code;
    }

    /// <summary>The twenty CAMEO root classes.</summary>
    public enum CameoRoot
    {
        /// <summary>Outside CAMEO (code 000).</summary>
        None = 0,
        /// <summary>01 Make public statement.</summary>
        Statement = 1,
        /// <summary>02 Appeal.</summary>
        Appeal = 2,
        /// <summary>03 Express intent to cooperate.</summary>
        IntendToCooperate = 3,
        /// <summary>04 Consult (calls, meetings, visits).</summary>
        Consult = 4,
        /// <summary>05 Engage in diplomatic cooperation.</summary>
        DiplomaticCooperation = 5,
        /// <summary>06 Engage in material cooperation.</summary>
        MaterialCooperation = 6,
        /// <summary>07 Provide aid.</summary>
        ProvideAid = 7,
        /// <summary>08 Yield (including releases).</summary>
        Yield = 8,
        /// <summary>09 Investigate.</summary>
        Investigate = 9,
        /// <summary>10 Demand.</summary>
        Demand = 10,
        /// <summary>11 Disapprove.</summary>
        Disapprove = 11,
        /// <summary>12 Reject.</summary>
        Reject = 12,
        /// <summary>13 Threaten.</summary>
        Threaten = 13,
        /// <summary>14 Protest.</summary>
        Protest = 14,
        /// <summary>15 Exhibit force posture.</summary>
        ExhibitForce = 15,
        /// <summary>16 Reduce relations.</summary>
        ReduceRelations = 16,
        /// <summary>17 Coerce.</summary>
        Coerce = 17,
        /// <summary>18 Assault.</summary>
        Assault = 18,
        /// <summary>19 Fight.</summary>
        Fight = 19,
        /// <summary>20 Use unconventional mass violence.</summary>
        MassViolence = 20,
    }
}
