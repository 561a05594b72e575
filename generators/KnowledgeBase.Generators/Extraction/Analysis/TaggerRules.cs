using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction.Analysis
{
    /// <summary>Whether an open-class word can take one <see cref="Choice"/> where it stands, and as what.</summary>
    internal static partial class OpenWordChoices
    {
        /// <summary>"the suspect shot two officers", "the official visited a school": a noun, a past verb, then its object's determiner or number.</summary>
        private static bool NounActsOnObject(List<Token> tokens, TokenTags tags, int i, WordEntry next) =>
            next.CanBeForm(VerbForm.Past) && i + 2 < tokens.Count && !tokens[i + 1].IsCapitalized
            && (tokens[i + 2].Kind == TokenKind.Number || tags.Entries[i + 2]?.Closed?.Tag is Tag.Determiner or Tag.Number);

        /// <param name="next">The entry of the open-class word after token <paramref name="i"/> (<see cref="NextEntry"/>): the same for every choice tried.</param>
        public static bool TryApply(List<Token> tokens, TokenTags tags, int i, WordEntry entry, WordEntry? next, Choice choice, out Tag tag, out VerbForm form)
        {
            if (!TryChoice(tokens, tags, i, entry, next, choice, out tag, out form)) return false;
            if (tag == Tag.Verb && form == VerbForm.Past && entry.CanBeForm(VerbForm.Participle)
                && (i + 1 < tokens.Count && tokens[i + 1].Is("by") && IsParticipleBeforeBy(tags, i) || VerbGroupFinder.IsKnowingParticiple(tags, i - 1)))
                form = VerbForm.Participle;
            return true;
        }

        private static bool TryChoice(List<Token> tokens, TokenTags tags, int i, WordEntry entry, WordEntry? next, Choice choice, out Tag tag, out VerbForm form)
        {
            tag = Tag.Noun;
            form = VerbForm.None;
            switch (choice)
            {
                case Choice.AdjectiveBeforeNoun:
                    tag = Tag.Adjective;
                    return entry.Can(OpenClass.Adjective) && next is not null && (next.Can(OpenClass.Noun | OpenClass.Adjective) || tokens[i + 1].IsCapitalized)
                        && !(entry.Can(OpenClass.Noun) && NounActsOnObject(tokens, tags, i, next));
                case Choice.NounBeforeVerb:
                    // "the bell towers were": a noun before an auxiliary or modal.
                    if (entry.Can(OpenClass.Noun) && i + 1 < tokens.Count && tags.Entries[i + 1]?.Closed?.Tag is Tag.Auxiliary or Tag.Modal) return true;
                    return entry.Can(OpenClass.Noun) && next is not null && !tokens[i + 1].IsCapitalized
                        && (next.CanBeForm(VerbForm.Past) || next.CanBeForm(VerbForm.ThirdSingular))
                        && (!next.Can(OpenClass.Noun) || entry.Priors.Noun >= entry.Priors.Verb);
                case Choice.Noun:
                    return entry.Can(OpenClass.Noun);
                case Choice.CompoundHeadInObject:
                    return IsCompoundHeadInObject(tokens, tags, i, entry);
                case Choice.Adjective:
                    tag = Tag.Adjective;
                    return entry.Can(OpenClass.Adjective);
                case Choice.VerbBase:
                    return IsVerb(entry, VerbForm.Base, out tag, out form);
                case Choice.VerbParticiple:
                    return IsVerb(entry, VerbForm.Participle, out tag, out form);
                case Choice.VerbGerund:
                    return IsVerb(entry, VerbForm.Gerund, out tag, out form);
                case Choice.VerbFinite:
                    return IsFiniteVerb(tokens, tags, i, entry, out tag, out form);
                case Choice.AdverbBeforeParticiple:
                    tag = Tag.Adverb;
                    return entry.Can(OpenClass.Adverb) && next is not null && next.Can(OpenClass.Verb) && next.CanBeForm(VerbForm.Participle);
                case Choice.Modifier:
                    tag = next is not null && next.Can(OpenClass.Noun | OpenClass.Adjective) ? Tag.Adjective : Tag.Noun;
                    return true;
                default:
                    return Likeliest(entry, out tag, out form);
            }
        }

        /// <summary>The entry of the word after token <paramref name="i"/> when it is an open-class word, else null.</summary>
        public static WordEntry? NextEntry(List<Token> tokens, TokenTags tags, int i)
        {
            if (i + 1 >= tokens.Count || !tokens[i + 1].IsWord) return null;
            var next = tags.Entries[i + 1]!;
            return next.Closed is null ? next : null;
        }

        private static bool IsVerb(WordEntry entry, VerbForm wanted, out Tag tag, out VerbForm form)
        {
            tag = Tag.Verb;
            form = wanted;
            return entry.Can(OpenClass.Verb) && entry.CanBeForm(wanted);
        }

        private static bool IsFiniteVerb(List<Token> tokens, TokenTags tags, int i, WordEntry entry, out Tag tag, out VerbForm form)
        {
            tag = Tag.Verb;
            form = VerbForm.None;
            if (!entry.Can(OpenClass.Verb)) return false;
            if (entry.CanBeForm(VerbForm.Past))
                form = VerbForm.Past;
            else if (entry.CanBeForm(VerbForm.ThirdSingular)) form = VerbForm.ThirdSingular;
            else if (entry.CanBeForm(VerbForm.Base) && TakesPlainPresent(tags, i - 1, entry)) form = VerbForm.Base;
            else if (entry.CanBeForm(VerbForm.Participle)) form = VerbForm.Participle;
            return form != VerbForm.None;
        }

        // Before "by", a participle: "the man arrested by police" (after a noun), "The talks, praised by Berg," (after a comma),
        // "often described by the press as", "as reported by the press": no subject stands before it to make it finite.
        private static bool IsParticipleBeforeBy(TokenTags tags, int i)
        {
            if (tags.IsNominal(i - 1)) return true;
            var p = i - 1;
            while (p >= 0 && tags.Tags[p] == Tag.Adverb) p--;
            return p < 0 || tags.Tags[p] == Tag.Punctuation || tags.Lemmas[p] == "as";
        }

        // "They meet", "the ministers meet": a plain present after a plural or I/you/we/they, and only when the verb
        // is the word's likeliest reading ("a cargo plane", "temperatures well below").
        private static bool TakesPlainPresent(TokenTags tags, int previous, WordEntry entry)
        {
            if (previous < 0) return false;
            if (tags.Tags[previous] == Tag.Pronoun) return tags.Lemmas[previous] is "i" or "you" or "we" or "they";
            var priors = entry.Priors;
            return tags.Tags[previous] == Tag.Noun && tags.Entries[previous]?.IsPluralNoun == true
                && priors.Verb >= priors.Noun && priors.Verb >= priors.Adjective && priors.Verb >= priors.Adverb;
        }

        private static readonly VerbForm[] FormsByLikelihood = { VerbForm.Past, VerbForm.ThirdSingular, VerbForm.Base, VerbForm.Gerund, VerbForm.Participle };

        private static bool Likeliest(WordEntry entry, out Tag tag, out VerbForm form)
        {
            form = VerbForm.None;
            // "the building", "funding": an -ing form WordNet lists as a noun is one unless the context said verb.
            var gerundNoun = entry.Can(OpenClass.Noun) && entry.VerbForms == 1 << (int)VerbForm.Gerund;
            switch (gerundNoun ? Lexicon.PartOfSpeech.Noun : entry.Priors.Total == 0 ? GuessedClass(entry) : entry.Priors.Likeliest)
            {
                case Lexicon.PartOfSpeech.Verb:
                    tag = Tag.Verb;
                    foreach (var f in FormsByLikelihood)
                    {
                        if (!entry.CanBeForm(f)) continue;
                        form = f;
                        break;
                    }
                    return true;
                case Lexicon.PartOfSpeech.Adjective:
                    tag = Tag.Adjective;
                    return true;
                case Lexicon.PartOfSpeech.Adverb:
                    tag = Tag.Adverb;
                    return true;
                default:
                    tag = Tag.Noun;
                    return true;
            }
        }

        private static Lexicon.PartOfSpeech GuessedClass(WordEntry entry) =>
            entry.Can(OpenClass.Verb) ? Lexicon.PartOfSpeech.Verb
            : entry.Can(OpenClass.Adverb) ? Lexicon.PartOfSpeech.Adverb
            : entry.Can(OpenClass.Adjective) ? Lexicon.PartOfSpeech.Adjective
            : Lexicon.PartOfSpeech.Noun;
    }

    /// <summary>The closed words with more than one class, settled by their neighbours.</summary>
    internal static class ClosedWordRules
    {
        public static Tag Resolve(List<Token> tokens, TokenTags tags, int i, ClosedWord closed)
        {
            var lower = closed.Lemma;
            var previous = i > 0 ? tags.Tags[i - 1] : Tag.Punctuation;
            switch (closed.Ambiguity)
            {
                case AmbiguousWord.That:
                    return That(tokens, tags, i);
                case AmbiguousWord.To:
                    return IsInfinitive(tokens, tags, i) ? Tag.Particle : Tag.Preposition;
                case AmbiguousWord.There:
                    return NextIsBe(tokens, tags, i) ? Tag.Pronoun : Tag.Adverb;
                case AmbiguousWord.No when i + 1 < tokens.Count && tokens[i + 1].Is("longer"):
                    return Tag.Adverb;
                // "has not yet conceded", "had never yet lost": after a negation "yet" is the adverb of time inside the verb group, not "but".
                case AmbiguousWord.Yet when i > 0 && (tokens[i - 1].Is("not") || tokens[i - 1].Is("never") || tokens[i - 1].Text.EndsWith("n't", System.StringComparison.OrdinalIgnoreCase)):
                    return Tag.Adverb;
                // "one candidate", "one Velden official": a number before its noun, not the pronoun of "one of them".
                case AmbiguousWord.One when i + 1 < tokens.Count && tokens[i + 1].IsWord && tags.Entries[i + 1] is { Closed: null } next && (next.Can(OpenClass.Noun | OpenClass.Adjective) || tokens[i + 1].IsCapitalized):
                    return Tag.Number;
            }
            // "the will": a modal after a determiner is a noun.
            if (closed.Tag == Tag.Modal && previous is Tag.Determiner or Tag.Adjective) return Tag.Noun;
            // "set up the office" vs "up the river": a particle only right after a verb.
            if (closed.Tag == Tag.Particle && lower is not ("not" or "n't") && previous != Tag.Verb)
                return lower == "off" ? Tag.Preposition : Tag.Adverb;
            return closed.Tag;
        }

        // "the minister that resigned" (relative), "said that the talks" (subordinator), "signed that deal" (determiner).
        private static Tag That(List<Token> tokens, TokenTags tags, int i)
        {
            var next = i + 1 < tokens.Count && tokens[i + 1].IsWord ? tags.Entries[i + 1] : null;
            var nextIsVerbal = next is not null && (next.Closed?.Tag is Tag.Auxiliary or Tag.Modal || (next.Closed is null && next.Can(OpenClass.Verb) && !next.CanBeForm(VerbForm.Base)));
            if (i > 0 && tags.Tags[i - 1] is Tag.Noun or Tag.ProperNoun && nextIsVerbal) return Tag.WhWord;
            // "specifies that officials are": a plural noun takes "those", so "that" before one opens a clause.
            var nextIsNominal = next is not null && next.Closed is null && next.Can(OpenClass.Noun | OpenClass.Adjective) && !tokens[i + 1].IsCapitalized && !next.IsPluralNoun;
            var afterCue = i > 0 && tags.Tags[i - 1] == Tag.Verb && (CueVerbs.Lemma(tokens[i - 1]) is not null || IsCognitionVerb(tags.Lemmas[i - 1]));
            if (nextIsNominal && !afterCue && (i == 0 || tags.Tags[i - 1] is Tag.Verb or Tag.Preposition or Tag.Punctuation)) return Tag.Determiner;
            return Tag.Subordinator;
        }

        /// <summary>Verbs of thinking and knowing that take a clause ("believes (that) ..."), beside the speech cues of <see cref="CueVerbs"/>.</summary>
        internal static bool IsCognitionVerb(string lemma) =>
            lemma is "say" or "tell" or "know" or "believe" or "think" or "ensure" or "hope" or "feel" or "learn" or "find" or "agree" or "decide" or "realize" or "understand";

        private static bool IsInfinitive(List<Token> tokens, TokenTags tags, int i)
        {
            if (i + 1 >= tokens.Count || !tokens[i + 1].IsWord || tokens[i + 1].IsCapitalized) return false;
            var next = tags.Entries[i + 1]!;
            if (next.Closed is { } closed) return closed.Tag == Tag.Auxiliary && closed.Form == VerbForm.Base;
            if (!next.Can(OpenClass.Verb) || !next.CanBeForm(VerbForm.Base)) return false;
            if (next.Priors.Verb >= next.Priors.Noun || next.IsGuessed) return true;
            // "to power the city": a verb when an object follows.
            var after = i + 2 < tokens.Count && tokens[i + 2].IsWord ? tags.Entries[i + 2] : null;
            return after?.Closed?.Tag is Tag.Determiner or Tag.Pronoun || (i + 2 < tokens.Count && tokens[i + 2].IsCapitalized);
        }

        private static bool NextIsBe(List<Token> tokens, TokenTags tags, int i) =>
            i + 1 < tokens.Count && tokens[i + 1].IsWord && tags.Entries[i + 1]!.Closed is { Lemma: "be" };
    }

    /// <summary>An auxiliary without the verb it helps is the main verb: "She is ready", "Berg has a plan".</summary>
    internal static class AuxiliaryRules
    {
        public static void Resolve(List<Token> tokens, TokenTags tags)
        {
            for (var i = 0; i < tags.Count; i++)
            {
                if (tags.Tags[i] != Tag.Auxiliary) continue;
                var j = i + 1;
                while (j < tags.Count && (tags.Tags[j] == Tag.Adverb || (tags.Tags[j] == Tag.Particle && tags.Lemmas[j] != "to"))) j++;
                if (j < tags.Count && Helps(tags, i, j)) continue;
                tags.Tags[i] = Tag.Verb;
            }
        }

        private static bool Helps(TokenTags tags, int aux, int verb)
        {
            var lemma = tags.Lemmas[aux];
            var tag = tags.Tags[verb];
            // "is to sign": be + infinitive, a plan.
            if (lemma == "be" && tag == Tag.Particle && tags.Lemmas[verb] == "to") return true;
            if (tag == Tag.Auxiliary) return lemma != "do" || tags.Forms[verb] == VerbForm.Base;
            if (tag != Tag.Verb)
            {
                // "has been", "was being": handled above; a noun or adjective after it: the auxiliary is the verb.
                return false;
            }
            var entry = tags.Entries[verb];
            if (lemma is "be" or "have" && tags.Forms[verb] == VerbForm.Past && entry is not null && entry.CanBeForm(VerbForm.Participle))
                tags.Forms[verb] = VerbForm.Participle;
            return lemma switch
            {
                "be" => tags.Forms[verb] is VerbForm.Participle or VerbForm.Gerund,
                "have" => tags.Forms[verb] == VerbForm.Participle,
                _ => true,
            };
        }
    }
}
