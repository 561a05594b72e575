using System;
using System.Collections.Generic;

namespace KnowledgeBase.Generators.Extraction.Lexicons
{
    /// <summary>Closed-class and very common words: what a capital letter at a sentence start does not make a name.</summary>
    internal static class CommonWords
    {
        private static readonly HashSet<string> Function = Set(
            "a an the this that these those it its he she they we i you his her their our my your him them us me " +
            "in on at by for from to of with without within into onto over under about above below after before during " +
            "since until while when where whereas whether if unless although though because as so yet but and or nor not no " +
            "however meanwhile moreover furthermore nevertheless nonetheless notably despite amid amidst among following " +
            "according unlike like beyond besides both either neither each every all any some many most much more few " +
            "several such other another same own also still even just only already again then thus therefore hence " +
            "instead otherwise perhaps indeed finally first second third last next earlier later now today tomorrow yesterday " +
            "here there what which who whom whose why how once twice alternatively conversely additionally consequently " +
            "ultimately initially overall currently previously recently reportedly experts analysts sources observers critics " +
            "officials reports plans discussions talks concerns questions one two three four five six seven eight nine ten " +
            "is are was were be been being has have had do does did will would can could may might must shall should " +
            "yes oh well whatever whoever wherever whenever nothing something everything anything nobody somebody everybody " +
            "anyone someone everyone none let let's there's it's that's amongst toward towards through throughout across " +
            "against along around behind beside between near off out past upon via per regarding concerning including " +
            "informed such looking breaking update " +
            "afterwards afterward subsequently later eventually elsewhere conclusion introduction background summary analysis opinion editorial exclusive watch video photo photos live");

        // Capitalized words that belong to names of things rather than people.
        private static readonly HashSet<string> NonNameWords = Set(
            "national federal international internal central general royal united new old great north south east west " +
            "northern southern eastern western democratic republican social public state city county district " +
            "world war day act law treaty agreement accord plan program programme project summit conference " +
            "olympic olympics games cup championship league award prize festival week month year century " +
            "street road avenue square bridge airport station park hall tower building centre center house palace " +
            "church cathedral mosque temple school university college hospital museum library zoo stadium arena " +
            "river lake sea ocean mountain mountains island islands valley bay gulf coast beach desert forest " +
            "first second third fourth fifth last final annual grand supreme high low upper lower greater little " +
            "covid coronavirus internet online digital media press news times daily weekly monthly report " +
            "english french german spanish russian chinese arabic latin greek " +
            "monday tuesday wednesday thursday friday saturday sunday january february march april june july august " +
            "september october november december christmas easter ramadan thanksgiving");

        private static readonly HashSet<string> Pronouns = Set("he she him her his hers himself herself");

        private static readonly HashSet<string> GroupNouns = Set(
            "analysts experts sources observers critics officials reports media diplomats commentators economists " +
            "scientists researchers investigators witnesses residents protesters activists lawmakers legislators " +
            "authorities police prosecutors officers leaders allies sides insiders aides advisers advisors supporters " +
            "opponents commentators scholars historians journalists reporters representatives spokespeople people " +
            "participants organizers organisers members voters citizens doctors survivors locals students teachers " +
            "parties governments ministers negotiators partners countries nations states officers defendants policemen soldiers men women " +
            "army military government ministry company spokesman spokeswoman spokesperson agency court firm airline hospital press media outlets newspaper newspapers");

        // Common nouns that introduce a company or institution by its name: "retailer Tesco", "carrier Saha".
        private static readonly HashSet<string> OrganizationDescriptors = Set(
            "retailer retailers company firm chain carrier airline bank broadcaster newspaper magazine manufacturer carmaker " +
            "automaker developer supermarket supermarkets insurer operator startup start-up conglomerate publisher network " +
            "charity brand group giant outlet website app platform");

        private static HashSet<string> Set(string words) =>
            new(words.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.OrdinalIgnoreCase);

        // Asked of most words of an article: the rest are turned away without hashing.
        private static readonly Helpers.WordFilter FunctionFilter = new(Function);
        private static readonly Helpers.WordFilter NonNameFilter = new(NonNameWords);
        private static readonly Helpers.WordFilter GroupFilter = new(GroupNouns);

        public static bool IsFunctionWord(string word) => FunctionFilter.MayContain(word) && Function.Contains(word);

        public static bool IsNonNameWord(string word) => NonNameFilter.MayContain(word) && NonNameWords.Contains(word);

        public static bool IsPersonalPronoun(string word) => Pronouns.Contains(word);

        public static bool IsGroupNoun(string word) => GroupFilter.MayContain(word) && GroupNouns.Contains(word);

        public static bool IsOrganizationDescriptor(string word) => OrganizationDescriptors.Contains(word);

        // Nouns that, after a lone name, make it a business: "the Vellamart chain", "Vellamart stores".
        private static readonly HashSet<string> OrganizationChainNouns = Set("chain chains stores supermarkets shops outlets brand franchise subsidiary");

        public static bool IsOrganizationChainNoun(string word) => OrganizationChainNouns.Contains(word);

        /// <summary>Names of newspapers by the words that make them one: "The Harbour Herald", "Gazeta Polska", "Daily Mirror".</summary>
        public static bool IsNewspaperName(string name)
        {
            foreach (var word in name.Split(' '))
                if (IsNewspaperHead(word) || word is "Gazeta" or "Daily" or "Dziennik" or "Zeitung" or "Corriere")
                    return true;
            return false;
        }

        /// <summary>The last word of a newspaper's name ("The Harbour Herald", "Freedonian Reporter").</summary>
        public static bool IsNewspaperHead(string word) =>
            word is "Herald" or "Gazette" or "Tribune" or "Chronicle" or "Telegraph" or "Journal" or "Post" or "Times" or "Courier" or "Mirror" or "Inquirer" or "Reporter" or "Observer";

        /// <summary>Words allowed inside a capitalized name ("Bank of England", "Ludwig van Beethoven").</summary>
        public static bool IsNameConnector(string word) => word is "of" or "de" or "da" or "del" or "der" or "van" or "von" or "al" or "bin" or "la" or "le" or "du" or "and" or "for" or "on";
    }
}
