using System.Collections.Generic;
using KnowledgeBase.Generators.Extraction.Lexicons;

namespace KnowledgeBase.Generators.Extraction
{
    // Which of "he" and "she" a person named in the article takes: what the article calls them, then the given-name lists.
    internal sealed partial class QuoteExtractor
    {
        /// <summary>
        /// Honorifics and titles that tell a person's sex right before their name: "Ms. Oskarsen", "Mr Brandt". Rows: the word
        /// and the pronoun it gives.
        /// </summary>
        internal static readonly (string Word, string Pronoun)[] GenderedHonorifics =
        {
            ("Mr", "he"), ("Mr.", "he"), ("Sir", "he"), ("King", "he"), ("Prince", "he"),
            ("Mrs", "she"), ("Mrs.", "she"), ("Ms", "she"), ("Ms.", "she"), ("Miss", "she"), ("Madam", "she"), ("Madame", "she"),
            ("Dame", "she"), ("Lady", "she"), ("Queen", "she"), ("Princess", "she"), ("Duchess", "she"), ("Countess", "she"),
        };

        /// <summary>
        /// Nouns that tell a person's sex in an apposition right after their name: "Ilse Varga, the port's spokeswoman,".
        /// Rows: the noun and the pronoun it gives ("chairman", said of women too, is left out).
        /// </summary>
        internal static readonly (string Word, string Pronoun)[] GenderedAppositionNouns =
        {
            ("spokesman", "he"), ("businessman", "he"), ("congressman", "he"), ("husband", "he"), ("father", "he"), ("son", "he"),
            ("brother", "he"), ("widower", "he"), ("grandfather", "he"), ("actor", "he"), ("uncle", "he"), ("nephew", "he"),
            ("spokeswoman", "she"), ("businesswoman", "she"), ("congresswoman", "she"), ("chairwoman", "she"), ("wife", "she"),
            ("mother", "she"), ("daughter", "she"), ("sister", "she"), ("widow", "she"), ("grandmother", "she"), ("actress", "she"),
            ("aunt", "she"), ("niece", "she"), ("man", "he"), ("boy", "he"), ("woman", "she"), ("girl", "she"),
        };

        private Dictionary<EntityDraft, string?>? _pronounInText;

        /// <summary>"he" or "she" for a person: what the article calls them (a conflict tells nothing), else the English given-name lists.</summary>
        private string? PronounOfPerson(EntityDraft person)
        {
            _pronounInText ??= PronounsInText();
            if (_pronounInText.TryGetValue(person, out var told)) return told;
            var space = person.Name.IndexOf(' ');
            return GivenNames.PronounOf(space > 0 ? person.Name.Substring(0, space) : person.Name);
        }

        private Dictionary<EntityDraft, string?> PronounsInText()
        {
            var found = new Dictionary<EntityDraft, string?>();
            foreach (var s in _sentences)
                foreach (var m in s.Mentions)
                {
                    if (m.Entity.Kind != EntityKind.Person || m.IsDemonym) continue;
                    if ((HonorificBefore(s.Tokens, m) ?? NounInApposition(s.Tokens, m.TokenEnd)) is not { } pronoun) continue;
                    found[m.Entity] = found.TryGetValue(m.Entity, out var before) && before != pronoun ? null : pronoun;
                }
            return found;
        }

        /// <summary>The pronoun an honorific before the name (or opening it) gives: "Ms. Oskarsen", "Mr Brandt".</summary>
        private static string? HonorificBefore(List<Token> tokens, Mention m)
        {
            var at = m.TokenStart - 1;
            if (at >= 1 && tokens[at].IsPunct('.')) at--;
            return (at >= 0 ? RowPronoun(GenderedHonorifics, tokens[at].Text) : null) ?? RowPronoun(GenderedHonorifics, tokens[m.TokenStart].Text);
        }

        /// <summary>The pronoun a gendered noun gives in ", the port's spokeswoman," right after a name ending at <paramref name="end"/>.</summary>
        private static string? NounInApposition(List<Token> tokens, int end)
        {
            if (end >= tokens.Count || !tokens[end].IsPunct(',')) return null;
            for (var k = end + 1; k < tokens.Count && k <= end + 5; k++)
            {
                if (tokens[k].Kind == TokenKind.Punctuation || tokens[k].Is("whose") || tokens[k].Is("who") || tokens[k].Is("with")) return null;
                if (RowPronoun(GenderedAppositionNouns, tokens[k].Lower) is { } pronoun) return pronoun;
            }
            return null;
        }

        private static string? RowPronoun((string Word, string Pronoun)[] rows, string word)
        {
            foreach (var row in rows)
                if (row.Word == word) return row.Pronoun;
            return null;
        }
    }
}
