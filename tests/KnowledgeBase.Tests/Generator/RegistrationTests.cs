using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using KnowledgeBase.Tests.Helpers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace KnowledgeBase.Tests.Generator;

/// <summary>KnowledgeBaseRegister: the generated code registers its knowledge base in KnowledgeRegistry when the assembly loads.</summary>
public sealed class RegistrationTests
{
    /// <summary>Generates and compiles the seeds under this name and options, loads the assembly and runs its module initializer.</summary>
    private static (Compilation Output, Assembly Assembly) CompileAndLoad(string name, bool? register)
    {
        var global = GeneratorHarness.GlobalOptions(name);
        global["build_property.KnowledgeBaseNamespace"] = "Newsroom.Data";
        if (register is { } value) global["build_property.KnowledgeBaseRegister"] = value ? "True" : "false";
        var driver = GeneratorHarness.Driver(GeneratorHarness.SeedTexts(), new TestOptionsProvider(global));
        var (_, output, diagnostics) = GeneratorHarness.Run(driver, GeneratorHarness.Compilation("namespace App { public static class Program { } }"));
        Assert.DoesNotContain(diagnostics.Concat(output.GetDiagnostics()), d => d.Severity >= DiagnosticSeverity.Warning);
        using var image = new MemoryStream();
        var emitted = output.Emit(image);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var assembly = Assembly.Load(image.ToArray());
        RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
        return (output, assembly);
    }

    [Fact]
    public void KnowledgeBaseRegister_true_registers_the_knowledge_base_under_its_name()
    {
        var (output, assembly) = CompileAndLoad("RegisteredNews", register: true);

        Assert.Contains(output.SyntaxTrees, t => t.FilePath.EndsWith("RegisteredNews.Registration.g.cs", System.StringComparison.Ordinal));
        Assert.Contains("RegisteredNews", KnowledgeRegistry.Names);
        var registered = KnowledgeRegistry.Get("RegisteredNews");
        Assert.NotNull(registered);
        var generated = assembly.GetType("Newsroom.Data.RegisteredNews")!.GetProperty("Knowledge")!.GetValue(null);
        Assert.Same(generated, registered);
        Assert.Equal(GeneratorHarness.SeedTexts().Count, registered!.Articles.Count);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(false)]
    public void Without_KnowledgeBaseRegister_nothing_is_registered_or_generated(bool? register)
    {
        var name = "Unregistered" + (register is null ? "Default" : "False");
        var (output, _) = CompileAndLoad(name, register);

        Assert.DoesNotContain(output.SyntaxTrees, t => t.FilePath.Contains("Registration", System.StringComparison.Ordinal));
        Assert.DoesNotContain(name, KnowledgeRegistry.Names);
        Assert.Null(KnowledgeRegistry.Get(name));
    }
}
