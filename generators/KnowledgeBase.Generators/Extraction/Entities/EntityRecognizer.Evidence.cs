using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;
using KnowledgeBase.Generators.Helpers;

namespace KnowledgeBase.Generators.Extraction
{
    // Whether the article treats an uncertain name as a person's: the words around the capitalized words the names start or end with.
    internal sealed partial class EntityRecognizer
    {
        private sealed partial class Scratch
        {
            /// <summary>The article's capitalized tokens, by sentence and index there, in order (<see cref="NoteCapitalized"/>).</summary>
            public List<(SentenceInfo Sentence, int Token)> Capitalized { get; } = new();
        }

        /// <summary>
        /// Records the sentence's capitalized tokens, and puts the texts of those capitalized mid-sentence in the set: the one
        /// pass over every token, so that the evidence pass (<see cref="ActsAsPerson"/>) reads the capitalized ones only.
        /// </summary>
        private void NoteCapitalized(SentenceInfo s)
        {
            var tokens = s.Tokens;
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].IsCapitalized) continue;
                _capitalized.Add((s, i));
                if (!IsClauseStart(tokens, i) && FirstInRun(tokens[i])) _capitalizedMidSentence?.Add(tokens[i].Text);
            }
        }

        /// <summary>
        /// ", the province's finance minister,", ", a spokesman for the port,", ", the opposition leader.": an apposition whose head is a
        /// person's role says the name before it is a person's.
        /// </summary>
        private static bool DescribedByRole(List<Token> tokens, int start)
        {
            if (!(tokens[start].Is("the") || tokens[start].Is("a") || tokens[start].Is("an") || tokens[start].Is("his") || tokens[start].Is("her"))) return false;
            for (var j = start + 1; j < tokens.Count && j <= start + 7; j++)
            {
                if (tokens[j].Kind == TokenKind.Punctuation) return (tokens[j].IsPunct(',') || tokens[j].IsPunct('.')) && Titles.IsRoleNoun(tokens[j - 1]);
                if (Titles.IsRoleNoun(tokens[j]) && j + 1 < tokens.Count && (tokens[j + 1].Is("of") || tokens[j + 1].Is("for") || tokens[j + 1].Is("at"))) return true;
            }
            return false;
        }

        /// <summary>
        /// Whether the article treats a name as a person's: a title or role before it ("Dr. X", "teacher X"),
        /// "X, who" or "X, 45,", or a pronoun-like speech verb after it ("X said", "X told").
        /// </summary>
        private bool ActsAsPerson(string name)
        {
            if (_titledBefore is null || _actsAfter is null)
            {
                // One pass over the article, so deciding many names costs no more than deciding one; only the
                // words the uncertain names start or end with are asked about, so only theirs are looked at.
                _titledBefore = t_scratch!.TitledBefore; // the thread's sets, emptied after the article
                _actsAfter = t_scratch.ActsAfter;
                foreach (var at in _capitalized)
                {
                    var tokens = at.Sentence.Tokens;
                    if (MayBeEvidenceWord(tokens[at.Token].Length) && IsEvidenceWord(tokens[at.Token])) NoteEvidenceAround(tokens, at.Token);
                }
            }
            return _titledBefore.Contains(FirstWord(name)) || _actsAfter.Contains(LastWord(name));
        }

        private void NoteEvidenceAround(List<Token> tokens, int i)
        {
            int before = i - 1, after = i + 1;
            // "teacher X", "Dr. X"; "the victim was identified as X": the police identify people.
            if (before >= 0 && tokens[before].IsWord && (Titles.IsRoleNoun(tokens[before]) || Titles.IsTitleWord(tokens[before])
                || before > 0 && tokens[before].Is("as") && tokens[before - 1].Is("identified"))) _titledBefore!.Add(tokens[i].Text);
            if (ActsAfter(tokens, after)) _actsAfter!.Add(tokens[i].Text);
        }

        /// <summary>"X said", "X, who", "X, 45,", "X, the port's mayor,", "X's wife": the words from <paramref name="after"/> on show the name before them a person's.</summary>
        private static bool ActsAfter(List<Token> tokens, int after) =>
            after < tokens.Count && tokens[after].IsWord && CueVerbs.Lemma(tokens[after]) is "say" or "tell" or "add" or "explain" or "claim" or "insist" or "write" or "admit" or "deny" or "call" or "question" or "warn" or "urge"
            || after + 1 < tokens.Count && tokens[after].IsPunct(',') && (tokens[after + 1].Is("who") || tokens[after + 1].Kind == TokenKind.Number || DescribedByRole(tokens, after + 1))
            || after + 1 < tokens.Count && tokens[after].Kind == TokenKind.Possessive && (tokens[after + 1].Is("wife") || tokens[after + 1].Is("husband") || tokens[after + 1].Is("lawyer") || tokens[after + 1].Is("family"));

        // Capitalized words with a title or role before them, and those a speech verb, "who" or an age follows.
        private HashSet<string>? _titledBefore;
        private HashSet<string>? _actsAfter;
        private readonly HashSet<string> _evidenceWords;
        private readonly List<(SentenceInfo Sentence, int Token)> _capitalized;

        // The lengths of the evidence words (LengthBits): a capitalized word of no such length is not
        // hashed. The article's few uncertain names have few lengths; its capitalized words have all of them.
        private ulong _evidenceLengths;

        // Whether an evidence word is found by its text rather than by its form's mark: when a text may have more than one
        // form, or a word is no one token's text ("O'Neil" joined from three).
        private bool _evidenceByText;

        /// <summary>The name of an uncertain candidate, its first and last words made evidence words.</summary>
        private string AddEvidenceWords(in Candidate c)
        {
            var tokens = c.Sentence.Tokens;
            var name = Join(tokens, c.Start, c.End);
            AddEvidenceWord(FirstWord(name), tokens[c.Start]);
            AddEvidenceWord(LastWord(name), tokens[c.End - 1]);
            return name;
        }

        private void AddEvidenceWord(string word, in Token token)
        {
            _evidenceWords.Add(word);
            _evidenceLengths |= LengthBits.Of(word.Length);
            if (token.Form is { } form && form.Text == word) form.EvidenceInRun = _run;
            else _evidenceByText = true;
        }

        private bool MayBeEvidenceWord(int length) => LengthBits.Has(_evidenceLengths, length);

        // The form's mark when every evidence word marked the one form of its text; else the set of texts.
        private bool IsEvidenceWord(in Token token) =>
            _evidenceByText || _capitalizedMidSentence is not null ? _evidenceWords.Contains(token.Text) : token.Form!.EvidenceInRun == _run;

        private static string FirstWord(string name)
        {
            var space = name.IndexOf(' ');
            return space < 0 ? name : name.Substring(0, space);
        }

        private static string LastWord(string name) => name.Substring(name.LastIndexOf(' ') + 1);
    }
}
