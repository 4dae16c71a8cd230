using System.Runtime.Loader;
using Remedy.Compiler.Emit;
using Remedy.Compiler.Workspace;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Expressions;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Values;

namespace Remedy.Compiler.Tests.Emit;

/// <summary>A run-time exception in generated code names the .remedy line it came from (#line and the embedded PDB).</summary>
public sealed class LineMappingTests
{
    private const string Source = "module m\n\n/// Divides by zero on line 8.\nplaybook broken {\n    trigger alert \"A\"\n    autonomy observe_only\n    let zero = 0\n    let n = 10 / zero\n    step s { notify \"ops\" \"${n}\" }\n}\n";

    [Fact]
    public async Task A_runtime_exception_points_at_the_playbook_line()
    {
        var result = new PlaybookCompiler().Compile([new SourceDocument("broken.remedy", Source)], "broken");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));

        var context = new AssemblyLoadContext("broken", isCollectible: true);
        try
        {
            var type = context.LoadFromStream(new MemoryStream(result.Image.ToArray())).GetExportedTypes().Single();
            var playbook = (CompiledPlaybook)Activator.CreateInstance(type)!;
            var error = await Assert.ThrowsAsync<ExpressionException>(() => playbook.ExecuteAsync(new NoContext(), CancellationToken.None));
            Assert.Equal("division by zero", error.Message);
            Assert.Contains("broken.remedy:line 8", error.StackTrace);
        }
        finally
        {
            context.Unload();
        }
    }

    private sealed class NoContext : IStepContext
    {
        public string RunId => "test";
        public PlaybookManifest Manifest { get; } = new() { Name = "broken" };
        public MapValue Input => MapValue.Empty;
        public AutonomyLevel Autonomy => AutonomyLevel.ObserveOnly;
        public bool PlanOnly => true;
        public Task<RValue> QueryAsync(string query, MapValue args, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task StepAsync(string step, Func<CancellationToken, Task> body, CancellationToken cancellationToken) => body(cancellationToken);
        public TargetSet Targets(IEnumerable<RValue> targets, int population) => throw new NotSupportedException();
        public Task<RValue> InvokeAsync(string action, MapValue args, RValue target, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task<RValue> InvokeAsync(string action, MapValue args, RValue target, MapValue captures, CancellationToken cancellationToken) => throw new NotSupportedException();
        public Task VerifyAsync(string name, Func<CancellationToken, Task<bool>> condition, TimeSpan within, TimeSpan every, CancellationToken cancellationToken) => throw new NotSupportedException();
        public string Choose(string decision, IReadOnlyList<RValue> features) => throw new NotSupportedException();
        public Task NotifyAsync(string channel, string text, CancellationToken cancellationToken) => Task.CompletedTask;
        public Task EscalateAsync(string channel, string text, CancellationToken cancellationToken) => Task.CompletedTask;
        public Task WaitAsync(TimeSpan duration, CancellationToken cancellationToken) => Task.CompletedTask;
        public void Require(bool condition, string message) { }
        [System.Diagnostics.CodeAnalysis.DoesNotReturn]
        public void Abort(string message) => throw new NotSupportedException();
        public void Keep(string name, RValue value) { }
        public RValue Kept(string name) => RValue.Null;
    }
}
