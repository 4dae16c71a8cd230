using System.Reflection.Emit;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Providers.Notify;
using Remedy.Runtime.Storage;
using Remedy.Runtime.Tests.Support;

namespace Remedy.Runtime.Tests.Engine;

public sealed class AssemblyLoadingTests
{
    [Fact]
    public async Task A_clean_compiled_assembly_loads_and_runs()
    {
        using var notifications = new StringWriter();
        var runtime = new PlaybookRuntime(new InMemoryStore(), new Harness().Providers, notifications: NotificationRouter.ToWriter(notifications));

        var result = runtime.LoadAssembly(EmittedPlaybook.Build("emitted_clean"), "clean.dll");

        Assert.True(result.Succeeded, string.Join("\n", result.Errors));
        var playbook = Assert.Single(result.Playbooks);
        Assert.Equal("emitted_clean", playbook.Name);
        Assert.NotEqual(typeof(CompiledPlaybook).Assembly, playbook.Playbook.GetType().Assembly);
        var run = await runtime.RunAsync(playbook, new RunRequest { RequestedBy = "test" });
        Assert.Equal(RunOutcome.Succeeded, run.Outcome);
        Assert.Contains("notify #ops (emitted_clean", notifications.ToString());
    }

    [Theory]
    [InlineData("file", "System.IO.File")]
    [InlineData("process", "System.Diagnostics.Process")]
    [InlineData("environment", "System.Environment")]
    [InlineData("store", "Remedy.Runtime.Storage.InMemoryStore")]
    [InlineData("reflection", "System.Type.GetTypeFromHandle")]
    public void An_assembly_that_reaches_outside_the_api_is_rejected_before_it_loads(string what, string forbidden)
    {
        Action<ILGenerator> sneak = what switch
        {
            "file" => il => { il.Emit(OpCodes.Ldstr, "/tmp/important"); il.Emit(OpCodes.Call, typeof(File).GetMethod(nameof(File.Delete))!); },
            "process" => il => { il.Emit(OpCodes.Ldstr, "rm"); il.Emit(OpCodes.Call, typeof(System.Diagnostics.Process).GetMethod(nameof(System.Diagnostics.Process.Start), [typeof(string)])!); il.Emit(OpCodes.Pop); },
            "reflection" => il => { il.Emit(OpCodes.Ldtoken, typeof(File)); il.Emit(OpCodes.Call, typeof(Type).GetMethod(nameof(Type.GetTypeFromHandle))!); il.Emit(OpCodes.Pop); },
            "environment" => il => { il.Emit(OpCodes.Ldc_I4_0); il.Emit(OpCodes.Call, typeof(Environment).GetMethod(nameof(Environment.Exit))!); },
            _ => il => { il.Emit(OpCodes.Newobj, typeof(InMemoryStore).GetConstructor(Type.EmptyTypes)!); il.Emit(OpCodes.Pop); },
        };
        var runtime = new PlaybookRuntime(new InMemoryStore(), new Harness().Providers);

        var result = runtime.LoadAssembly(EmittedPlaybook.Build("emitted_" + what, sneak), what + ".dll");

        Assert.False(result.Succeeded);
        Assert.Empty(result.Playbooks);
        Assert.Contains($"{what}.dll was rejected: it uses {forbidden}, which generated playbooks may not use", result.Errors);
    }

    [Fact]
    public void An_assembly_naming_an_unknown_provider_is_a_load_error()
    {
        var runtime = new PlaybookRuntime(new InMemoryStore(), new Harness().Providers);
        var result = runtime.LoadAssembly(EmittedPlaybook.Build("emitted_k8s", queryProvider: "k8s.pods"), "k8s.dll");
        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.StartsWith("k8s.dll: playbook 'emitted_k8s': query 'q' uses provider \"k8s.pods\", which is not registered", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("not an assembly at all", "is not a valid assembly")]
    public void Garbage_is_a_clear_error(string content, string message)
    {
        var runtime = new PlaybookRuntime(new InMemoryStore(), new Harness().Providers);
        var result = runtime.LoadAssembly(System.Text.Encoding.UTF8.GetBytes(content), "junk.dll");
        Assert.Contains(result.Errors, e => e.Contains(message, StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_file_is_a_clear_error()
    {
        var runtime = new PlaybookRuntime(new InMemoryStore(), new Harness().Providers);
        var result = runtime.LoadAssembly("/nonexistent/playbooks.dll");
        Assert.StartsWith("cannot read playbook assembly '/nonexistent/playbooks.dll'", Assert.Single(result.Errors));
    }

    [Theory]
    [InlineData("Remedy.Runtime.Values.MapValue", true)]
    [InlineData("Remedy.Runtime.Engine.IStepContext", true)]
    [InlineData("Remedy.Runtime.Engine.PlaybookRuntime", false)]
    [InlineData("Remedy.Runtime.Providers.Files.MoveToTrashProvider", false)]
    [InlineData("System.Runtime.CompilerServices.AsyncTaskMethodBuilder", true)]
    [InlineData("System.Runtime.CompilerServices.Unsafe", false)]
    [InlineData("System.Func`2", true)]
    [InlineData("System.Type", false)]
    [InlineData("System.Reflection.MethodInfo", false)]
    [InlineData("System.Net.Http.HttpClient", false)]
    [InlineData("System.Collections.Generic.List`1+Enumerator", true)]
    public void The_allowlist(string type, bool allowed)
    {
        Assert.Equal(allowed, ApiAllowlist.IsAllowed(type));
    }

    [Fact]
    public void The_test_assembly_itself_would_be_rejected()
    {
        var image = File.ReadAllBytes(typeof(AssemblyLoadingTests).Assembly.Location);
        var problems = ApiAllowlist.Check([.. image]);
        Assert.Contains("it uses System.IO.File, which generated playbooks may not use", problems);
    }
}
