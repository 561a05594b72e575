using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "In work released last week in the Velden Journal, a joint team of biologists say that ... "We wanted to
    /// know why," said lead author Anja Kress of Marnow University.": a study told with its team unnamed is the lead author's
    /// (the gold's discovery group: the named lead researchers and/or institutions), named with the body after "of" or "at"
    /// anywhere in the article. "Lead author", "first author", "study co-author", and "Anja Kress, the lead author"; the first
    /// such author named is taken, a study whose team the sentence names keeps its own; the journal it was published in is none of
    /// its authors ("published on Tuesday in the Velden Journal").
    /// </summary>
    internal static class LeadAuthors
    {
        /// <summary>Gives a publication that names nobody the article's lead author and the body he is of.</summary>
        internal static void Fill(EventDraft draft, List<SentenceInfo> sentences)
        {
            // "a statement released" is a publication too, but no study's.
            if (draft.Trigger.Kind != "publication" || !draft.Sentence.Tokens.Exists(static w => w.IsWord && EventLexicon.IsToldStudy(w.Text))) return;
            draft.Participants.RemoveAll(p => IsJournal(draft.Sentence, p));
            if (draft.Participants.Count > 0) return;
            foreach (var s in sentences)
            {
                if (s.OpensInterviewTurn) continue; // "((WN)) Who was the first author?": the interviewer's words
                for (var t = 1; t < s.Tokens.Count; t++)
                {
                    if (!IsAuthorWord(s.Tokens, t) || Named(s, t) is not { } author) continue;
                    draft.Participants.Add(author.Entity);
                    if (BodyAfter(s, author.TokenEnd) is { } body && !draft.Participants.Contains(body)) draft.Participants.Add(body);
                    return;
                }
            }
        }

        // "published on Tuesday in Harrow Zoology", "released in the journal Harrow Zoology": the journal that prints a study is none
        // of its authors.
        private static bool IsJournal(SentenceInfo s, EntityDraft party)
        {
            var tokens = s.Tokens;
            foreach (var m in s.Mentions)
            {
                if (m.Entity != party) continue;
                var k = m.TokenStart - 1;
                if (k >= 0 && tokens[k].Is("journal")) k--;
                if (k >= 0 && tokens[k].Is("the")) k--;
                if (k < 1 || !tokens[k].Is("in")) continue;
                for (var j = k - 1; j >= 0 && j >= k - 5; j--)
                    if (tokens[j].Is("published") || tokens[j].Is("released")) return true;
            }
            return false;
        }

        // "lead author", "co-author".
        private static bool IsAuthorWord(List<Token> tokens, int t) =>
            tokens[t].IsWord && (EventLexicon.IsAuthorNoun(tokens[t].Text) || tokens[t].Is("author") && EventLexicon.IsAuthorRank(tokens[t - 1].Text));

        // "lead author Professor Anja Kress", "Anja Kress, the lead author": the person the author word names.
        private static Mention? Named(SentenceInfo s, int t)
        {
            var tokens = s.Tokens;
            var k = t + 1;
            while (k < tokens.Count && k - t <= 3 && (Titles.IsRoleNoun(tokens[k]) || Titles.IsTitleWord(tokens[k]))) k++;
            if (s.MentionAt(k) is { Entity.Kind: EntityKind.Person } after && after.TokenStart == k) return after;
            // "Anja Kress, the lead author": the appositive after the name.
            var first = EventLexicon.IsAuthorNoun(tokens[t].Text) ? t : t - 1;
            if (first >= 1 && (tokens[first - 1].Is("the") || tokens[first - 1].Is("a"))) first--;
            return first >= 2 && tokens[first - 1].IsPunct(',') && s.MentionAt(first - 2) is { Entity.Kind: EntityKind.Person } before ? before : null;
        }

        // "Anja Kress of Marnow University", "of Norland's Marnow University", "at the Marnow Institute": the body the author is of.
        internal static EntityDraft? BodyAfter(SentenceInfo s, int i)
        {
            var tokens = s.Tokens;
            if (i + 1 >= tokens.Count || !(tokens[i].Is("of") || tokens[i].Is("at"))) return null;
            i++;
            if (tokens[i].Is("the")) i++;
            if (s.MentionAt(i) is { Entity.Kind: EntityKind.Place } place && place.TokenEnd < tokens.Count && tokens[place.TokenEnd].Text is "'s" or "’s") i = place.TokenEnd + 1;
            return s.MentionAt(i) is { Entity.Kind: EntityKind.Organization } body && body.TokenStart == i ? body.Entity : null;
        }
    }
}
