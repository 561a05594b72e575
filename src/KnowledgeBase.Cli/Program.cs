using System;
using KnowledgeBase;
using KnowledgeBase.Cli;

// The generated knowledge base registers itself (KnowledgeBaseRegister in the csproj), whatever KnowledgeBaseName calls it.
var names = KnowledgeRegistry.Names;
if (names.Count != 1)
{
    Console.Error.WriteLine($"kb: this build holds {names.Count} knowledge bases ({string.Join(", ", names)}); kb serves exactly one.");
    return CliApp.InternalError;
}
return CliApp.Run(args, Console.Out, Console.Error, KnowledgeRegistry.Get(names[0])!);
