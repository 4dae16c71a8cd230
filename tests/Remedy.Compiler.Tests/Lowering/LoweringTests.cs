using System.Collections.Immutable;
using Remedy.Compiler.Emit;
using Remedy.Compiler.Lowering;
using Remedy.Compiler.Tests.Emit;
using Remedy.Compiler.Workspace;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Journal;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Providers.Notify;
using Remedy.Runtime.Storage;
using Remedy.Syntax.Text;

namespace Remedy.Compiler.Tests.Lowering;

public sealed class LoweringTests
{
    private static IrPlaybook Lower(string source)
    {
        var compilation = Compilation.Create([new SourceDocument("main.remedy", source)]);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
        var result = PlaybookLowerer.LowerAll(compilation);
        Assert.Empty(result.Diagnostics);
        return Assert.Single(result.Playbooks);
    }

    private const string Header = "module m\n\nimport std.files\n\n/// Test.\nplaybook p {\n    trigger alert \"A\"\n    autonomy supervised\n    blast_radius { max_targets 4; max_percent 50% }\n    timeout 1h\n";

    [Fact]
    public void A_target_loop_declares_its_list_with_the_population_of_the_query_it_came_from()
    {
        var playbook = Lower(Header + "    let logs = files.list(path: \"/var/log\", pattern: \"*.1\") | take 4\n    step s { for log in logs { files.compress(log.path) } }\n}\n");

        var source = Assert.IsType<IrLet>(playbook.Body[0]);
        Assert.Equal("logs_source", source.Local);
        Assert.IsType<IrQuery>(source.Value);
        var step = Assert.IsType<IrStep>(playbook.Body[2]);
        var loop = Assert.IsType<IrForEach>(Assert.Single(step.Body));
        Assert.NotNull(loop.Targets);
        Assert.Equal(4, loop.Targets!.StaticBound);
        Assert.Null(loop.Targets.GuardLimit);
        var population = Assert.IsType<IrBuiltin>(loop.Targets.Population);
        Assert.Equal("count", population.Function);
        Assert.Equal("logs_source", Assert.IsType<IrLocal>(Assert.Single(population.Arguments)).Name);
        var invoke = Assert.IsType<IrInvoke>(Assert.Single(loop.Body));
        Assert.Equal("std.files.compress", invoke.Action);
        Assert.False(invoke.DeclareTarget);
        Assert.Equal(loop.Variable, Assert.IsType<IrLocal>(invoke.Target).Name);
        Assert.Equal(4, playbook.Manifest.Bounds.MaxTargets);
    }

    [Fact]
    public void A_list_without_a_proven_bound_gets_a_runtime_guard()
    {
        var playbook = Lower(Header + "    let logs = files.list(path: \"/var/log\", pattern: \"*.1\") | where it.bytes > 10\n    step s { for log in logs { files.compress(log.path) } }\n}\n");

        var loop = Assert.IsType<IrForEach>(Assert.Single(Assert.IsType<IrStep>(playbook.Body[2]).Body));
        Assert.Null(loop.Targets!.StaticBound);
        Assert.Equal(4, loop.Targets.GuardLimit);
        Assert.Null(playbook.Manifest.Bounds.MaxTargets);
    }

    [Fact]
    public void A_read_only_loop_declares_no_targets_and_reused_names_stay_distinct()
    {
        var playbook = Lower(Header + "    let xs = [1, 2]\n    step s {\n        for x in xs { notify \"ops\" \"${x}\" }\n        let y = xs | map it * 2\n        let z = xs | where it > 1 | map it + 1\n    }\n}\n");

        var step = Assert.IsType<IrStep>(playbook.Body[1]);
        Assert.Null(Assert.IsType<IrForEach>(step.Body[0]).Targets);
        var z = Assert.IsType<IrLet>(step.Body[2]);
        var map = Assert.IsType<IrPipe>(z.Value);
        var where = Assert.IsType<IrPipe>(map.Source);
        Assert.NotEqual(map.Parameter, where.Parameter);
        Assert.Equal(Effect.ReadOnly, Assert.Single(playbook.Manifest.Steps).Effect);
    }

    [Fact]
    public async Task Emission_works_from_hand_built_ir_alone()
    {
        var span = new SourceSpan(0, 1, 3, 1, 3, 10);
        var manifest = new PlaybookManifest
        {
            Name = "hand_built",
            Module = "ir",
            Autonomy = AutonomyLevel.ObserveOnly,
            Steps = [new StepManifest { Name = "hello" }],
            SourceHash = new string('a', 64),
        };
        ImmutableArray<IrNode> body =
        [
            new IrLet("n", new IrBinary(IrBinaryOperator.Add, new IrLiteral(IrLiteralKind.Int, 2L, span), new IrLiteral(IrLiteralKind.Int, 3L, span), span), span),
            new IrStep("hello", [new IrNotify(false, new IrLiteral(IrLiteralKind.String, "ops", span), new IrInterpolation([new IrLiteral(IrLiteralKind.String, "n is ", span), new IrLocal("n", span)], span), span)], span),
        ];
        var playbook = new IrPlaybook("Remedy.Playbooks.Ir", "HandBuiltPlaybook", "hand.remedy", manifest, body, [], [], span);

        var source = PlaybookEmitter.Emit(playbook);
        var built = new PlaybookCompiler().Builder.Build("hand_built", [source]);

        Assert.True(built.Succeeded, string.Join("\n", built.Diagnostics));
        Assert.Contains("#line (3, 1) - (3, 10) 13 \"hand.remedy\"", source.Text);
        using var notifications = new StringWriter();
        var runtime = new PlaybookRuntime(new InMemoryStore(), Runtime.Providers.ProviderRegistry.Create(), notifications: NotificationRouter.ToWriter(notifications));
        var loaded = runtime.LoadAssembly(built.Image.ToArray(), "hand.dll");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
        var run = await runtime.RunAsync(Assert.Single(loaded.Playbooks), new RunRequest { RequestedBy = "test" }, CancellationToken.None);
        Assert.Equal(RunOutcome.Succeeded, run.Outcome);
        Assert.Contains("n is 5", notifications.ToString());
    }

    [Fact]
    public void A_query_inside_a_pipeline_stage_is_refused_with_rmd2006()
    {
        var compilation = Compilation.Create([new SourceDocument("main.remedy", Header + "    let xs = [\"/a\", \"/b\"] | where files.disk_usage(it).used_ratio > 0.5\n    step s { notify \"ops\" \"${xs}\" }\n}\n")]);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);

        var result = new PlaybookCompiler().Compile(compilation);

        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("RMD2006", diagnostic.Code);
        Assert.Equal(11, diagnostic.Span.Line);
        Assert.Contains("bind its result with let first", diagnostic.Message);
    }

    [Fact]
    public void Triggers_and_priority_go_into_the_manifest_with_one_condition_per_trigger()
    {
        var playbook = Lower("module m\n\n/// Test.\nplaybook p {\n    trigger alert \"A\" where alert.labels[\"env\"] == \"prod\"\n    trigger resolved \"A\"\n    autonomy observe_only\n    priority 7\n}\n");

        Assert.Equal([new TriggerDescriptor("A", false, true), new TriggerDescriptor("A", true, false)], playbook.Manifest.Triggers);
        Assert.Equal(7, playbook.Manifest.Priority);
        Assert.Equal(2, playbook.TriggerConditions.Length);
        Assert.IsType<IrBinary>(playbook.TriggerConditions[0]);
        Assert.Null(playbook.TriggerConditions[1]);
    }

    [Fact]
    public void A_query_in_a_trigger_condition_is_refused_with_rmd2006()
    {
        var compilation = Compilation.Create([new SourceDocument("main.remedy", "module m\n\nimport std.files\n\n/// Test.\nplaybook p {\n    trigger alert \"A\" where files.disk_usage(\"/var\").used_ratio > 0.5\n    autonomy observe_only\n}\n")]);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);

        var result = new PlaybookCompiler().Compile(compilation);

        var diagnostic = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("RMD2006", diagnostic.Code);
        Assert.Contains("a query in a trigger condition", diagnostic.Message);
    }
}
