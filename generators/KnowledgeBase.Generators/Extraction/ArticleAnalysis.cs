using System;
using System.Collections.Generic;
using KnowledgeBase.Generators.Models;

namespace KnowledgeBase.Generators.Extraction
{
    /// <summary>A sentence with its tokens and the entity mentions found in it.</summary>
    internal sealed partial class SentenceInfo
    {
        public SentenceInfo(int index, SentenceModel sentence, BlockKind block, int blockIndex, List<Token> tokens)
            : this(index, sentence, block, blockIndex, tokens, new List<Mention>())
        {
        }

        /// <summary>A sentence whose mentions go into <paramref name="mentions"/> (empty): a list reused from an earlier article.</summary>
        public SentenceInfo(int index, SentenceModel sentence, BlockKind block, int blockIndex, List<Token> tokens, List<Mention> mentions)
        {
            Index = index;
            BlockIndex = blockIndex;
            Start = sentence.Start;
            Length = sentence.Length;
            Block = block;
            Tokens = tokens;
            Mentions = mentions;
        }

        /// <summary>
        /// Makes this sentence, whose lists are emptied, the <paramref name="index"/>th of another article: a sentence of an
        /// earlier article no longer in use (nothing keeps one past extraction), reused instead of a new one. Every answer
        /// worked out on first asking is forgotten.
        /// </summary>
        internal SentenceInfo Reuse(int index, SentenceModel sentence, BlockKind block, int blockIndex)
        {
            Index = index;
            BlockIndex = blockIndex;
            Start = sentence.Start;
            Length = sentence.Length;
            Block = block;
            Forget();
            return this;
        }

        /// <summary>
        /// Forgets the answers worked out on first asking (the analysis, the mention index, the event steps' answers): once
        /// the article's models are made, so that a sentence kept for reuse does not keep its article's analysis alive.
        /// </summary>
        internal void Forget()
        {
            _spareAnalysis = _analysis?.Release() ?? _spareAnalysis; // made again in place by the next article's sentence here
            _analysis = null;
            LastClause = (-1, 0, 0);
            _mentionOfToken = null;
            _wideMentionOfToken = null;
            _indexedMentions = 0;
            _indexedTokens = 0;
            ForgetEventAnswers();
        }

        public int Index { get; private set; }

        /// <summary>Which block (paragraph, heading) of the document the sentence is in.</summary>
        public int BlockIndex { get; private set; }
        public int Start { get; private set; }
        public int Length { get; private set; }
        public int End => Start + Length;
        public BlockKind Block { get; private set; }
        public List<Token> Tokens { get; }
        public List<Mention> Mentions { get; }

        /// <summary>"((Mira Holt)) I founded the firm ...", "((WN)) Why did you leave?": the sentence opens an interview transcript's turn.</summary>
        public bool OpensInterviewTurn => Tokens.Count > 2 && Tokens[0].IsPunct('(') && Tokens[1].IsPunct('(');

        private global::KnowledgeBase.Generators.Extraction.Analysis.SentenceAnalysis? _analysis;

        /// <summary>Parts of speech, noun chunks, verb groups and clauses, computed on first read (only if an extractor asks).</summary>
        public global::KnowledgeBase.Generators.Extraction.Analysis.SentenceAnalysis Analysis =>
            _analysis ??= global::KnowledgeBase.Generators.Extraction.Analysis.SentenceAnalysis.Analyze(Tokens, ref _spareAnalysis);

        private global::KnowledgeBase.Generators.Extraction.Analysis.SentenceAnalysis? _spareAnalysis; // an earlier article's, released

        /// <summary>
        /// The clause span <see cref="Events.ClauseReader.Clause"/> last read in this sentence, and the token it was read for:
        /// the steps that judge one trigger each ask it (Token -1: none yet).
        /// </summary>
        internal (int Token, int Start, int End) LastClause = (-1, 0, 0);

        // The mention of each token, once entity recognition has settled the mentions (IndexMentions), and how many there were
        // then: per token 1 + the place among the mentions of its mention (0: none). A byte per token, not a reference: the
        // index is made for every sentence that names anything. Over 254 mentions: a reference per token.
        private byte[]? _mentionOfToken;
        private Mention?[]? _wideMentionOfToken;
        private static readonly byte[] NoMentions = new byte[0];
        private int _indexedMentions;

        // How many tokens _mentionOfToken covers: it may be a longer array reused from an earlier sentence.
        private int _indexedTokens;

        /// <summary>
        /// Records which mention covers each token: quotes and events ask that of nearly every token after entity recognition,
        /// which alone changes the mentions: they are settled from then on (a later addition or removal makes
        /// <see cref="MentionAt"/> scan the list again; a removal and an addition together would not be noticed).
        /// </summary>
        public void IndexMentions()
        {
            byte[]? index = null;
            IndexMentions(ref index);
        }

        /// <summary>
        /// <see cref="IndexMentions()"/>, with the byte index kept in <paramref name="reusable"/> when it is long enough (an
        /// array of an earlier sentence no longer in use, emptied first), else in a new array left there for the next.
        /// </summary>
        public void IndexMentions(ref byte[]? reusable)
        {
            _indexedMentions = Mentions.Count;
            if (Mentions.Count > byte.MaxValue - 1)
            {
                var wide = new Mention?[Tokens.Count];
                foreach (var m in Mentions)
                {
                    if (!m.IsDemonym || EntityRecognizer.DemonymNamesPlace(Tokens, m.TokenEnd)) m.Entity.NamedBesidesDemonym = true;
                    for (var t = Math.Max(0, m.TokenStart); t < m.TokenEnd && t < wide.Length; t++)
                        wide[t] ??= m;
                }
                _wideMentionOfToken = wide;
                _mentionOfToken = null;
                return;
            }
            // A sentence that names nothing needs no index: no token has a mention.
            var index = Mentions.Count == 0 ? NoMentions : EmptyIndex(ref reusable, Tokens.Count);
            var length = Mentions.Count == 0 ? 0 : Tokens.Count;
            for (var k = 0; k < Mentions.Count; k++)
            {
                var m = Mentions[k];
                if (!m.IsDemonym || EntityRecognizer.DemonymNamesPlace(Tokens, m.TokenEnd)) m.Entity.NamedBesidesDemonym = true;
                for (var t = Math.Max(0, m.TokenStart); t < m.TokenEnd && t < length; t++)
                    if (index[t] == 0) index[t] = (byte)(k + 1); // the first mention that covers a token is its
            }
            _mentionOfToken = index;
            _indexedTokens = length;
            _wideMentionOfToken = null;
        }

        private static byte[] EmptyIndex(ref byte[]? reusable, int length)
        {
            if (reusable is null || reusable.Length < length) return reusable = new byte[length];
            Array.Clear(reusable, 0, length);
            return reusable;
        }

        /// <summary>The mention that covers token <paramref name="token"/>, or null.</summary>
        public Mention? MentionAt(int token)
        {
            if (_indexedMentions == Mentions.Count)
            {
                // The list itself, not a copy: only entity recognition, which is over by then, changes it.
                if (_mentionOfToken is { } index) return (uint)token < (uint)_indexedTokens && index[token] is var k && k != 0 ? Mentions[k - 1] : null;
                if (_wideMentionOfToken is { } wide) return (uint)token < (uint)wide.Length ? wide[token] : null;
            }
            // Asked for nearly every token: an indexed loop, not an enumerator.
            var mentions = Mentions;
            for (var i = 0; i < mentions.Count; i++)
            {
                var m = mentions[i];
                if (token >= m.TokenStart && token < m.TokenEnd) return m;
            }
            return null;
        }
    }

    /// <summary>One place in the text that names an entity.</summary>
    internal sealed class Mention
    {
        public Mention(EntityDraft entity, SentenceInfo sentence, int tokenStart, int tokenEnd, bool isDemonym)
        {
            Entity = entity;
            Sentence = sentence;
            TokenStart = tokenStart;
            TokenEnd = tokenEnd;
            IsDemonym = isDemonym;
        }

        public EntityDraft Entity { get; }
        public SentenceInfo Sentence { get; }
        public int TokenStart { get; }
        public int TokenEnd { get; }

        /// <summary>"Russian troops": the adjective stands for the country.</summary>
        public bool IsDemonym { get; }

        public int Start => Sentence.Tokens[TokenStart].Start;
        public int End => Sentence.Tokens[TokenEnd - 1].End;
    }

    /// <summary>An entity while one article is being extracted.</summary>
    internal sealed class EntityDraft
    {
        public EntityDraft(string name, EntityKind kind)
        {
            _name = name;
            Kind = kind;
        }

        private string _name;
        private string? _surnameKey;
        private string[]? _laterWordKeys;
        private string? _firstWordKey;
        private int _firstSpace = -2;

        public string Name
        {
            get => _name;
            set
            {
                _name = value;
                _surnameKey = null;
                _laterWordKeys = null;
                _firstWordKey = null;
                _firstSpace = -2;
                ThingState = 0;
            }
        }

        /// <summary>The variant key of the name's surname word (the last, or the one before "Jr"), kept until the name changes (looked up once per candidate surname).</summary>
        public string SurnameKey => _surnameKey ??= NameVariants.Key(SurnameWord(_name));

        // The last word, or the one before a generational suffix ("Tomas Varga Jr" is "Varga").
        private static string SurnameWord(string name)
        {
            var space = name.LastIndexOf(' ');
            var before = space > 0 ? name.LastIndexOf(' ', space - 1) : -1;
            return before > 0 && IsGenerationalSuffix(name.Substring(space + 1)) ? name.Substring(before + 1, space - before - 1) : name.Substring(space + 1);
        }

        /// <summary>
        /// "Jr", "Sr": a word that tells a father from his son is no word a later mention calls the person by, so
        /// "Luther King Jr." names no "Hale Jr" of the article ("Tomas Varga Jr" is "Varga", never "Jr").
        /// </summary>
        internal static bool IsGenerationalSuffix(string word) => word is "Jr" or "Jr." or "Sr" or "Sr.";

        /// <summary>
        /// The variant key of the name's first word, kept until the name changes: a lone word is compared with it for every
        /// person of the article. Asked only of a name with a space after its first word.
        /// </summary>
        public string FirstWordKey => _firstWordKey ??= NameVariants.Key(_name.Substring(0, FirstSpace));

        /// <summary>Where the name's first space is (-1: none), kept until the name changes: asked of every person for every lone word.</summary>
        public int FirstSpace => _firstSpace != -2 ? _firstSpace : _firstSpace = _name.IndexOf(' ');

        /// <summary>The variant keys of the name's words after the first, in order, kept until the name changes: every surname-only mention is compared with them.</summary>
        public string[] LaterWordKeys => _laterWordKeys ??= LaterKeys(_name, out _laterKeyLengths);

        // The lengths of LaterWordKeys (LengthBits), worked out with them.
        private ulong _laterKeyLengths;

        /// <summary>
        /// Whether some key of <see cref="LaterWordKeys"/> is <paramref name="length"/> long: a lone word is compared with every
        /// person's keys, and most have none of its length, so their strings need not be read.
        /// </summary>
        public bool HasLaterKeyOfLength(int length)
        {
            _ = LaterWordKeys; // works the keys out, and their lengths with them
            return Helpers.LengthBits.Has(_laterKeyLengths, length);
        }

        private static string[] LaterKeys(string name, out ulong lengths)
        {
            var parts = name.Split(' ');
            var keys = new List<string>(parts.Length);
            for (var p = 1; p < parts.Length; p++)
            {
                if (p >= 2 && IsGenerationalSuffix(parts[p])) continue;
                keys.Add(NameVariants.Key(parts[p]));
                if (HasJoinedArticle(parts[p])) keys.Add(NameVariants.Key(parts[p].Substring(3)));
            }
            lengths = LengthsOf(keys);
            return keys.ToArray();
        }

        /// <summary>"Karim al-Fadel" is "Fadel" too: an Arabic article joined to the surname may be dropped.</summary>
        internal static bool HasJoinedArticle(string word) =>
            word.Length > 4 && word[2] == '-' && (word.StartsWith("al", StringComparison.OrdinalIgnoreCase) || word.StartsWith("el", StringComparison.OrdinalIgnoreCase));

        private static ulong LengthsOf(IEnumerable<string> keys)
        {
            var lengths = 0UL;
            foreach (var key in keys) lengths |= Helpers.LengthBits.Of(key.Length);
            return lengths;
        }

        /// <summary>
        /// Sets the keys the name's words have (<see cref="FirstWordKey"/>, <see cref="LaterWordKeys"/>, <see cref="SurnameKey"/>)
        /// when the caller has them at hand, the very ones the name would give (read from its words' forms, each kept there).
        /// </summary>
        internal void KnowWordKeys(string? firstWordKey, string[] laterWordKeys, string surnameKey)
        {
            _firstWordKey = firstWordKey;
            _laterWordKeys = laterWordKeys;
            _laterKeyLengths = LengthsOf(laterWordKeys);
            _surnameKey = surnameKey;
        }

        public EntityKind Kind { get; }

        /// <summary>Whether a mention keeps the entity through the recognizer's drop of places named only by an adjective (set by that pass).</summary>
        internal bool KeptByMention { get; set; }

        /// <summary>Whether the name is an honour's or a building's (<see cref="Events.EventRoles.IsThing"/>): 0 not asked since the name was set, 1 no, 2 yes.</summary>
        public int ThingState { get; set; }

        /// <summary>Whether some mention names the entity other than by a nationality adjective ("Canada", not only "Canadian"); set as the sentences index their mentions.</summary>
        public bool NamedBesidesDemonym { get; set; }

        /// <summary>A country (from the gazetteer), as opposed to a city or region.</summary>
        public bool IsCountry { get; set; }

        /// <summary>A news agency, newspaper or broadcaster: it reports events, it does not take part in them.</summary>
        public bool IsMedia { get; set; }

        /// <summary>An online platform or social network (from the gazetteer): as the channel of an act it takes no part in it.</summary>
        public bool IsPlatform { get; set; }

        /// <summary>For a country whose government the text names ("the Freedonian government"), that organization.</summary>
        public EntityDraft? Government { get; private set; }

        // A country's institutions the text names with it, by institution word ("Parliament"): few, so a list.
        private List<KeyValuePair<string, EntityDraft>>? _institutions;

        /// <summary>For a country, its institution the text names ("Parliament" → "Parliament of Freedonia"), or null.</summary>
        public EntityDraft? Institution(string? institution)
        {
            if (institution is null || _institutions is null) return null;
            foreach (var named in _institutions)
                if (named.Key == institution) return named.Value;
            return null;
        }

        /// <summary>Records <paramref name="body"/> as the country's <paramref name="institution"/> (the first one named stays).</summary>
        public void AddInstitution(string institution, EntityDraft body)
        {
            if (Institution(institution) is not null) return;
            (_institutions ??= new List<KeyValuePair<string, EntityDraft>>()).Add(new KeyValuePair<string, EntityDraft>(institution, body));
            if (institution == "Government") Government = body;
        }

        /// <summary>For a national capital, its country's name: as an actor the capital stands for the country.</summary>
        public string? CapitalOf { get; set; }
        public List<string> Forms { get; } = new();

        /// <summary>Role words the text gives this person ("commissioner", "governor"), lower case, for "the commissioner said".</summary>
        public IEnumerable<string> Roles => (IEnumerable<string>?)_roles ?? System.Array.Empty<string>();

        // Made on the first role: most entities are given none.
        private HashSet<string>? _roles;

        /// <summary>Whether the text gives this person the role word <paramref name="role"/> (lower case).</summary>
        public bool HasRole(string role) => _roles is { } roles && roles.Contains(role);

        public void AddRole(string role) => (_roles ??= new HashSet<string>(System.StringComparer.Ordinal)).Add(role);
        public int Mentions { get; set; }
        public SentenceInfo? First { get; set; }

        public void AddForm(string form)
        {
            if (form.Length > 0 && !Forms.Contains(form)) Forms.Add(form);
        }
    }

    /// <summary>Who the text was last about: the people pronouns and "both leaders" refer back to.</summary>
    internal static class RecentPeople
    {
        /// <summary>Up to <paramref name="count"/> distinct people named before token <paramref name="token"/> of <paramref name="s"/>, latest first, within the four sentences before it.</summary>
        public static List<EntityDraft> Before(List<SentenceInfo> sentences, SentenceInfo s, int token, int count, int sentencesBack = 4, System.Func<EntityDraft, bool>? fits = null)
        {
            var people = new List<EntityDraft>();
            for (var k = s.Index; k >= 0 && k >= s.Index - sentencesBack && people.Count < count; k--)
            {
                var mentions = sentences[k].Mentions;
                for (var m = mentions.Count - 1; m >= 0 && people.Count < count; m--)
                {
                    if (k == s.Index && mentions[m].TokenStart >= token) continue;
                    var e = mentions[m].Entity;
                    if (e.Kind == EntityKind.Person && !people.Contains(e) && (fits is null || fits(e))) people.Add(e);
                }
            }
            return people;
        }
    }
}
