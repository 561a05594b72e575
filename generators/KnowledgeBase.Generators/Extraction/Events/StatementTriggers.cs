using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Reading;

namespace KnowledgeBase.Generators.Extraction.Events
{
    /// <summary>
    /// Statements made public without reported words (CAMEO 010): "issued a statement", "announced the name of the
    /// panda", "declared the drought a disaster", "confirmed the find". Words said ("announced that ...") are
    /// quotes, and their statements come from <see cref="StatementEvents"/>.
    /// </summary>
    internal static class StatementTriggers
    {
        /// <summary>A verb that makes its object public, the kind of statement it makes, and an invented example.</summary>
        internal sealed class Row
        {
            public Row(string forms, string kind, string example)
            {
                Forms = forms.Split(' ');
                Kind = kind;
                Example = example;
                Trigger = new EventTrigger("010", kind, false, CameoNames.Of("010") ?? kind);
            }

            public string[] Forms { get; }
            public string Kind { get; }
            public string Example { get; }
            public EventTrigger Trigger { get; }
        }

        internal static readonly Row[] Rows =
        {
            new("announced announces", "announcement", "The Velden Wildlife Trust announced the name of its new panda on Monday."),
            new("declared declares", "declaration", "The Velden Farm Agency declared the drought a disaster on Monday."),
            new("confirmed confirms", "confirmation", "The Norvale Museum confirmed the find on Monday."),
        };

        // Nouns of a statement one issues: "issued a joint statement", "issued a press release", "issued warnings".
        private static readonly string[] IssuedNouns = { "statement", "statements", "communique", "communiqué", "release", "declaration", "warning", "warnings", "alert", "advisory" };

        // Every verb form the rows and "issued" know: the other words phrase triggers start with are turned away here without
        // the lower-case copies the rows compare.
        private static readonly HashSet<string> Forms = AllForms();

        /// <summary>The words a statement phrase starts with.</summary>
        internal static IEnumerable<string> Starts => Forms;

        private static HashSet<string> AllForms()
        {
            var forms = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "issued", "issues" };
            foreach (var row in Rows) forms.UnionWith(row.Forms);
            return forms;
        }

        /// <summary>The statement <paramref name="t"/> opens, or null.</summary>
        internal static EventTrigger? Find(List<Token> tokens, int t)
        {
            var token = tokens[t];
            if (!Forms.Contains(token.Text)) return null;
            if ((token.Is("issued") || token.Is("issues")) && ClauseReader.HasWordAfter(tokens, t, 4, IssuedNouns) && (IsDeterminer(tokens, t + 1) || t + 1 < tokens.Count && Array.IndexOf(IssuedNouns, tokens[t + 1].Lower) >= 0))
                return EventLexicon.Statement;
            foreach (var row in Rows)
            {
                if (Array.IndexOf(row.Forms, token.Lower) < 0 || !IsDeterminer(tokens, t + 1) || OpensReportedClause(tokens, t + 1)) continue;
                // "announced his resignation", "declared a state of emergency": the act announced is the event.
                // A finding or a verdict confirmed is a statement of its own ("confirmed the find").
                // "declared the drought a disaster": naming what a thing is declares it, whatever the thing.
                if (row.Kind == "confirmation" || row.Kind == "declaration" && DeclaresItSomething(tokens, t + 1)) return row.Trigger;
                return NamesAnAct(tokens, t + 1) ? null : row.Trigger;
            }
            return null;
        }

        private static bool IsDeterminer(List<Token> tokens, int i) =>
            i < tokens.Count && i > 0 && !tokens[i - 1].IsCapitalized && tokens[i].IsWord && !tokens[i].Is("that") && ClauseReader.IsDeterminerOrPossessive(tokens[i].Lower);

        // "announced the ministry was closing": a clause reported without "that" is a quote, not an object.
        private static bool OpensReportedClause(List<Token> tokens, int i)
        {
            for (var k = i + 1; k < tokens.Count && k <= i + 8 && !tokens[k].IsPunct(','); k++)
                if (tokens[k].Is("was") || tokens[k].Is("were") || tokens[k].Is("is") || tokens[k].Is("are") || tokens[k].Is("had") || tokens[k].Is("has") || tokens[k].Is("have") || tokens[k].Is("will") || tokens[k].Is("would")) return true;
            return false;
        }

        // "the drought a disaster", "the group a banned organization": an object with its complement, before any comma.
        private static bool DeclaresItSomething(List<Token> tokens, int i)
        {
            for (var k = i + 2; k < tokens.Count && k <= i + 16 && !tokens[k].IsPunct(','); k++)
                if (tokens[k].Is("a") || tokens[k].Is("an")) return true;
            return false;
        }

        // Acts announced that other rules make events of: "a state of emergency", "his intention to negotiate", "her candidacy".
        private static readonly string[] AnnouncedActs = { "emergency", "law", "intention", "intentions", "intent", "plan", "plans", "candidacy", "bid", "retirement", "departure" };

        // Whether the noun phrase from i names an act the lexicon knows ("his resignation", "a state of emergency").
        private static bool NamesAnAct(List<Token> tokens, int i)
        {
            for (var k = i + 1; k < tokens.Count && k <= i + 4 && tokens[k].IsWord; k++)
                if (EventLexicon.Find(tokens[k].Text) is { IsNoun: true } || Array.IndexOf(AnnouncedActs, tokens[k].Lower) >= 0) return true;
            return false;
        }
    }
}
