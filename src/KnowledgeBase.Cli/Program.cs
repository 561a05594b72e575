using System;
using KnowledgeBase.Cli;

return CliApp.Run(args, Console.Out, Console.Error, Seeds.Knowledge);
