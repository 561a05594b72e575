using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Analysis
{
    /// <summary>
    /// Part of speech per token: closed classes from their list, open classes from WordNet's priors chosen by the
    /// left context (<see cref="ContextRules"/>), unknown words by their ending, capitalized words inside a
    /// sentence as proper nouns; then an auxiliary with no verb after it becomes the main verb ("She is ready").
    /// </summary>
    internal static class PartOfSpeechTagger
    {
        public static TokenTags Tag(List<Token> tokens) => Tag(tokens, new TokenTags(tokens));

        /// <summary>Tags the tokens into <paramref name="tags"/> (made for them).</summary>
        public static TokenTags Tag(List<Token> tokens, TokenTags tags)
        {
            var titleCase = IsTitleCase(tokens);
            for (var i = 0; i < tokens.Count; i++) TagOne(tokens, tags, i, titleCase);
            AuxiliaryRules.Resolve(tokens, tags);
            return tags;
        }

        private static void TagOne(List<Token> tokens, TokenTags tags, int i, bool titleCase)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case TokenKind.Punctuation:
                    Set(tags, i, Analysis.Tag.Punctuation, VerbForm.None, token.Text);
                    return;
                case TokenKind.Possessive:
                    Set(tags, i, Analysis.Tag.Possessive, VerbForm.None, "'s");
                    return;
                case TokenKind.Number:
                    Set(tags, i, Analysis.Tag.Number, VerbForm.None, token.Text);
                    return;
            }
            var entry = tags.Entries[i]!;
            if (IsProperNoun(tokens, tags, i, titleCase))
            {
                Set(tags, i, Analysis.Tag.ProperNoun, VerbForm.None, token.Text);
                return;
            }
            if (entry.Closed is { } closed)
            {
                var tag = ClosedWordRules.Resolve(tokens, tags, i, closed);
                Set(tags, i, tag, tag is Analysis.Tag.Auxiliary or Analysis.Tag.Modal ? closed.Form : VerbForm.None, closed.Lemma);
                return;
            }
            // A word of one open class that every context tags alike (ContextRules.TagOfOnly): its context is not read.
            if (ContextRules.TagOfOnly(entry.Open) is { } only)
            {
                Set(tags, i, only, VerbForm.None, only == Analysis.Tag.Noun ? entry.NounLemma : entry.Lower);
                return;
            }
            var context = LeftContextOf(tokens, tags, i);
            Choose(tokens, tags, i, entry, ContextRules.For(context));
        }

        private static void Set(TokenTags tags, int i, Tag tag, VerbForm form, string lemma)
        {
            tags.Tags[i] = tag;
            tags.Forms[i] = form;
            tags.Lemmas[i] = lemma;
        }

        // Headlines capitalize every word: there capitals say nothing.
        internal static bool IsTitleCase(List<Token> tokens)
        {
            int words = 0, capitalized = 0;
            for (var i = 1; i < tokens.Count; i++)
            {
                if (!tokens[i].IsWord || tokens[i].Length < 4) continue; // the kept length: the word's string is not read
                words++;
                if (tokens[i].IsCapitalized) capitalized++;
                // Most sentences: four capitals to each other word are out of reach even were every token left one.
                else if ((words - capitalized) * 4 > capitalized + tokens.Count - 1 - i) return false;
            }
            return words >= 3 && capitalized * 5 >= words * 4;
        }

        private static bool IsProperNoun(List<Token> tokens, TokenTags tags, int i, bool titleCase)
        {
            var token = tokens[i];
            if (!token.IsCapitalized) return false;
            var entry = tags.Entries[i]!;
            // "WHO said", "the US": a word in capitals is an acronym, a closed-class one too (a headline in capitals is title case).
            if (token.IsAllCaps && token.Text.Length > 1 && !titleCase) return true;
            if (entry.Closed is { } closed && (closed.Tag != Analysis.Tag.Modal || IsSentenceStart(tokens, i))) return false;
            if (titleCase) return entry.IsGuessed;
            if (!IsSentenceStart(tokens, i)) return true;
            // "Anna Berg arrived": a capital at the start is a name when the lexicon does not know the word or a name follows.
            return entry.IsGuessed || token.IsAllCaps
                || (i + 1 < tokens.Count && tokens[i + 1].IsWord && tokens[i + 1].IsCapitalized && tags.Entries[i + 1]!.Closed is null);
        }

        public static bool IsSentenceStart(List<Token> tokens, int i)
        {
            if (i == 0) return true;
            var previous = tokens[i - 1];
            return previous.Kind == TokenKind.Punctuation && (previous.IsOpeningQuote || previous.Text[0] is ':' or '(' or '\u2014' or '\u2013' or '"' or '-' or '.' or '?' or '!');
        }

        /// <summary>The context of token <paramref name="i"/>, looking through adverbs and "not".</summary>
        internal static LeftContext LeftContextOf(List<Token> tokens, TokenTags tags, int i)
        {
            var p = i - 1;
            while (p >= 0 && (tags.Tags[p] == Analysis.Tag.Adverb || (tags.Tags[p] == Analysis.Tag.Particle && tags.Lemmas[p] != "to")) && !IsSentenceStart(tokens, p)) p--;
            if (p < 0 || (tokens[p].Kind == TokenKind.Punctuation && IsSentenceStart(tokens, p + 1))) return LeftContext.Start;
            return tags.Tags[p] switch
            {
                Analysis.Tag.Determiner or Analysis.Tag.Adjective or Analysis.Tag.Number or Analysis.Tag.Possessive => LeftContext.NounPhrase,
                Analysis.Tag.Pronoun when tags.Lemmas[p] is "his" or "its" or "their" or "my" or "our" or "your" => LeftContext.NounPhrase,
                Analysis.Tag.Pronoun when tags.Lemmas[p] == "her" && !(i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Punctuation) => LeftContext.NounPhrase,
                Analysis.Tag.Modal => LeftContext.BaseVerbExpected,
                Analysis.Tag.Particle when tags.Lemmas[p] == "to" => LeftContext.BaseVerbExpected,
                Analysis.Tag.Auxiliary => tags.Lemmas[p] switch { "be" => LeftContext.AfterBe, "have" => LeftContext.AfterHave, _ => LeftContext.BaseVerbExpected },
                Analysis.Tag.Noun or Analysis.Tag.ProperNoun or Analysis.Tag.Pronoun => LeftContext.AfterSubject,
                Analysis.Tag.Preposition => LeftContext.AfterPreposition,
                Analysis.Tag.WhWord => LeftContext.AfterWhWord,
                Analysis.Tag.Subordinator => LeftContext.AfterSubordinator,
                Analysis.Tag.Verb => LeftContext.AfterVerb,
                _ => LeftContext.Other,
            };
        }

        private static void Choose(List<Token> tokens, TokenTags tags, int i, WordEntry entry, Choice[] choices)
        {
            var next = OpenWordChoices.NextEntry(tokens, tags, i);
            foreach (var choice in choices)
            {
                if (OpenWordChoices.TryApply(tokens, tags, i, entry, next, choice, out var tag, out var form))
                {
                    Set(tags, i, tag, form, tag == Analysis.Tag.Verb ? entry.VerbLemma : tag == Analysis.Tag.Noun ? entry.NounLemma : entry.Lower);
                    return;
                }
            }
            Set(tags, i, Analysis.Tag.Noun, VerbForm.None, entry.NounLemma);
        }
    }
}
