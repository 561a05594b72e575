using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // "X was quoted as saying ...", "The Velden Post quoted Mira Holt, the harbour master, as saying ...": who says the words after "as saying".
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// The speaker of the cue at <paramref name="c"/>: the object of an active quoting verb before "as" ("cited the port
        /// authority as stating ..."), else the passive's subject before "was quoted as", else the cue's subject.
        /// </summary>
        private Speaker CueSpeaker(SentenceInfo s, int c, List<(int Open, int Close)> quoted, List<Speaker> speakers)
        {
            var (start, end) = QuotedObject(s.Tokens, c);
            if (start >= 0)
            {
                // "It cited X as stating ..., and claimed ...": a cue coordinated after it goes on with the outlet, not with X.
                // "It cited X ...": a subject not resolved to another speaker is the one the text last quoted.
                var cited = NounPhraseSpeaker(s, start, end); // "quoted him as saying": not the outlet, whoever he is
                _outlet = SubjectHeadOverTown(s, start - 1, SubjectOf(s, start - 1, quoted, speakers));
                if (!_outlet.IsFound || _outlet.Entity == cited.Entity) _outlet = speakers.Count > 0 ? speakers[speakers.Count - 1] : default;
                _outletSentence = s.Index;
                return cited;
            }
            if (_outletSentence == s.Index && _outlet.IsFound && SharesSubject(s.Tokens, c))
            {
                _lastGroupSentence = -1; // the cited one's group does not go on either
                return _outlet;
            }
            return SubjectHeadOverTown(s, c, SubjectOf(s, QuotedAsSaying(s.Tokens, c) ? c - 2 : c, quoted, speakers));
        }

        // The subject of the last active quoting verb ("It cited X as stating") and its sentence.
        private Speaker _outlet;
        private int _outletSentence = -1;

        /// <summary>
        /// "quoted Mira Holt, the harbour master, as saying", "cited the port authority as stating": the object between an
        /// active quoting verb and the "as" before the cue at <paramref name="cue"/>, up to an apposition's comma; (-1, -1)
        /// when there is none ("was quoted as saying" has no object).
        /// </summary>
        private static (int Start, int End) QuotedObject(List<Token> tokens, int cue)
        {
            if (cue < 3 || !tokens[cue - 1].Is("as")) return (-1, -1);
            for (var q = cue - 3; q >= 0 && q >= cue - 16; q--)
            {
                if (IsActiveQuotingVerb(tokens[q]))
                {
                    var end = q + 1;
                    while (end < cue - 1 && !tokens[end].IsPunct(',')) end++;
                    return (q + 1, end);
                }
                if (tokens[q].Kind == TokenKind.Punctuation && !tokens[q].IsPunct(',') && !tokens[q].IsPunct('.')) break;
                if (IsSentenceEnd(tokens[q]) && !(q > 0 && Titles.IsTitleWord(tokens[q - 1]))) break;
            }
            return (-1, -1);
        }

        /// <summary>"cited the port authority, which ..., as stating ...": the words after "as" and a speech participle are the object's, not the citing's.</summary>
        private static bool CitesAsSaying(List<Token> tokens, string lemma, int start)
        {
            if (lemma != "cite") return false;
            for (var i = start; i + 1 < tokens.Count && i < start + 16; i++)
                if (tokens[i].Is("as") && CueVerbs.IsParticiple(tokens[i + 1].Text) && CueVerbs.Lemma(tokens[i + 1]) is { } cue && IsSpeechLemma(cue)) return true;
            return false;
        }

        /// <summary>
        /// "told local media Karel Brandt's heart had stopped", "told the press the ship sank": an audience noun (with one lower-case
        /// word before it) after the cue at <paramref name="i"/> is the whole addressee; the token after it, or 0.
        /// </summary>
        private static int AudienceEnd(List<Token> tokens, int i)
        {
            if (OccasionEnd(tokens, i) is var occasion && occasion > 0) return occasion;
            if (i + 1 < tokens.Count && tokens[i].IsWord && char.IsLower(tokens[i].Text[0]) && IsAudience(tokens[i + 1])) i++;
            return i < tokens.Count && IsAudience(tokens[i]) ? i + 1 : 0;
        }

        /// <summary>
        /// "told a news conference", "told the rally in Velden", "told a meeting of farmers that": a gathering (a venue noun after
        /// its article, the article maybe just before <paramref name="i"/>) hears what was told; the token after it and a name
        /// attached to it, or the "that" after an "of" phrase of up to four words; 0 when no gathering is told.
        /// </summary>
        private static int OccasionEnd(List<Token> tokens, int i)
        {
            var end = ArticledNounEnd(tokens, i > 0 && tokens[i - 1].Is("the") ? i - 1 : i, VenueNouns, namesEnd: false);
            if (end <= 0) return 0;
            if (end < tokens.Count && tokens[end].Is("of"))
                for (var j = end + 2; j < tokens.Count && j <= end + 5 && tokens[j].IsWord; j++)
                    if (tokens[j].Is("that")) return j;
            return PastNamedAttachment(tokens, end);
        }

        /// <summary>
        /// "..., Karel Brandt told reporters.", "..., she told the Velden Post on Monday.": past whom the cue at <paramref name="c"/>
        /// tells (an audience noun, a name, a capitalized title or an object pronoun), so that a trailing attribution can end there;
        /// the token after the cue when no addressee follows it.
        /// </summary>
        private static int PastToldAddressee(SentenceInfo s, int c)
        {
            var tokens = s.Tokens;
            var i = c + 1;
            if (i >= tokens.Count) return i;
            if (s.MentionAt(i) is { } named && named.TokenStart == i) return named.TokenEnd;
            if (tokens[i].Is("him") || tokens[i].Is("her") || tokens[i].Is("them") || tokens[i].Is("us")) return i + 1;
            if (tokens[i].Is("the") && i + 1 < tokens.Count) i++;
            // "..., she told a meeting of dockers.": the "of" phrase says who the gathering is.
            if (AudienceEnd(tokens, i) is var heard && heard > 0)
                return heard + 1 < tokens.Count && tokens[heard].Is("of") && s.Analysis.ChunkAt(heard + 1) is { } members && members.Start == heard + 1 ? members.End : heard;
            if (s.MentionAt(i) is { } addressee && addressee.TokenStart == i) return addressee.TokenEnd;
            var end = i;
            while (end < tokens.Count && end < i + 4 && tokens[end].IsWord && tokens[end].IsCapitalized) end++;
            return end > i ? end : c + 1;
        }

        /// <summary>
        /// "Mira Holt told reporters:", "The mayor wrote in a letter:" closing a paragraph: the speaker of its last cue, who says
        /// the quotation that opens the next paragraph; none when the paragraph ends otherwise or its last sentence has no cue.
        /// </summary>
        private Speaker ColonIntroducer(SentenceInfo last, List<(int Open, int Close)> quoted, List<Speaker> speakers)
        {
            var tokens = last.Tokens;
            if (tokens.Count < 3 || !tokens[tokens.Count - 1].IsPunct(':')) return default;
            for (var c = tokens.Count - 2; c >= 0; c--)
            {
                if (Inside(quoted, c) || IsQuoteClose(tokens[c])) return default;
                if (tokens[c].CannotCue || CueAt(last, c) is null) continue;
                return IsPassiveCue(last, c) ? default : CueSpeaker(last, c, quoted, speakers);
            }
            return default;
        }

        private static bool IsActiveQuotingVerb(Token word) =>
            word.Is("quoted") || word.Is("cited") || word.Is("quotes") || word.Is("cites") || word.Is("quoting") || word.Is("citing");
    }
}
