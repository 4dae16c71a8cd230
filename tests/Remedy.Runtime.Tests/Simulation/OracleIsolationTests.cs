using System.Reflection.Emit;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Simulation;
using Remedy.Runtime.Storage;
using Remedy.Runtime.Tests.Support;

namespace Remedy.Runtime.Tests.Simulation;

public sealed class OracleIsolationTests
{
    [Theory]
    [InlineData("Remedy.Runtime.Engine.RuntimeOptions")]
    [InlineData("Remedy.Runtime.Simulation.IVerifyOracle")]
    [InlineData("Remedy.Runtime.Simulation.VerifyVerdict")]
    [InlineData("Remedy.Runtime.Simulation.SimulatedClock")]
    public void Generated_code_may_not_name_the_simulation_seam(string type)
    {
        Assert.False(ApiAllowlist.IsAllowed(type));
    }

    [Fact]
    public void An_assembly_that_tries_to_build_runtime_options_with_an_oracle_is_rejected_before_it_loads()
    {
        var runtime = new PlaybookRuntime(new InMemoryStore(), new Harness().Providers);
        Action<ILGenerator> sneak = il =>
        {
            il.Emit(OpCodes.Newobj, typeof(RuntimeOptions).GetConstructor(Type.EmptyTypes)!);
            il.Emit(OpCodes.Pop);
        };

        var result = runtime.LoadAssembly(EmittedPlaybook.Build("emitted_oracle", sneak), "oracle.dll");

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.StartsWith("oracle.dll was rejected: it uses Remedy.Runtime.Engine.RuntimeOptions", StringComparison.Ordinal));
    }

    [Fact]
    public void The_default_runtime_options_have_no_oracle()
    {
        Assert.Null(new RuntimeOptions().VerifyOracle);
    }
}
