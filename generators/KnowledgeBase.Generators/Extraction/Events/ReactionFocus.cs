using System.Collections.Generic;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// "Tomas Vell, a former minister, died on Sunday. / The president, Ana Kors, paid tribute to Vell. Kors tweeted, "We have
    /// lost a great man." / Last year he stepped down.": a paragraph that gives the words of someone first named there, about the
    /// person the headline names, is an aside; the pronoun opening the next paragraph goes back to the headline's person, not
    /// to the one who spoke.
    /// </summary>
    internal static class ReactionFocus
    {
        /// <summary>
        /// The person in focus for the paragraph after sentence <paramref name="s"/>: the headline's person when <paramref name="s"/>
        /// ends a paragraph of <paramref name="salient"/>'s words about that person, <paramref name="salient"/> having been named
        /// first in that paragraph, and the next paragraph opens with a pronoun that may be the headline's person, before any
        /// name and in a sentence that reports no words ("He added that ...": the speaker still); <paramref name="salient"/> otherwise.
        /// </summary>
        internal static EntityDraft? AfterParagraph(SentenceInfo s, EntityDraft? salient, List<SentenceInfo> sentences, List<QuoteDraft> quotes)
        {
            if (salient is null || s.Index + 1 >= sentences.Count || sentences[s.Index + 1] is not { Block: BlockKind.Paragraph } next || next.BlockIndex == s.BlockIndex) return salient;
            if (HeadlinePerson(sentences) is not { } topic || topic == salient || OpeningPronoun(next) is not { } pronoun || !EventRoles.Agrees(topic, pronoun)) return salient;
            bool spoke = false, namesTopic = false;
            foreach (var p in sentences)
            {
                if (p.Index > s.Index) break;
                if (p.Block != BlockKind.Paragraph) continue;
                var names = Names(p, salient);
                if (p.BlockIndex != s.BlockIndex)
                {
                    if (names) return salient; // named in an earlier paragraph: a party of the story, not a passing voice
                    continue;
                }
                namesTopic |= Names(p, topic);
                foreach (var q in quotes)
                    if (q.Sentence == p && q.Speaker.Entity == salient) spoke = true;
            }
            return spoke && namesTopic && !Reports(next, quotes) ? topic : salient;
        }

        // The first person the title names.
        private static EntityDraft? HeadlinePerson(List<SentenceInfo> sentences)
        {
            foreach (var s in sentences)
            {
                if (s.Block != BlockKind.Title) break;
                foreach (var m in s.Mentions)
                    if (m.Entity.Kind == EntityKind.Person) return m.Entity;
            }
            return null;
        }

        // "he" or "she" for the first of "he", "she", "his", "her", "him" in the sentence, when no person is named before it.
        private static string? OpeningPronoun(SentenceInfo s)
        {
            var firstName = s.Tokens.Count;
            foreach (var m in s.Mentions)
                if (m.Entity.Kind == EntityKind.Person && m.TokenStart < firstName) firstName = m.TokenStart;
            for (var i = 0; i < s.Tokens.Count && i < firstName; i++)
                if (ClauseReader.SubjectFormOf(s.Tokens[i]) is { } pronoun) return pronoun;
            return null;
        }

        private static bool Names(SentenceInfo s, EntityDraft person)
        {
            foreach (var m in s.Mentions)
                if (m.Entity == person) return true;
            return false;
        }

        private static bool Reports(SentenceInfo s, List<QuoteDraft> quotes)
        {
            foreach (var q in quotes)
                if (q.Sentence == s) return true;
            return false;
        }
    }
}
