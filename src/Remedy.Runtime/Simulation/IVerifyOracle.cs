using Remedy.Runtime.Learning;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Simulation;

/// <summary>
/// Decides the result of <c>verify</c> in a simulation, where the world the condition would look at does not
/// exist. It is set only through <see cref="Engine.RuntimeOptions.VerifyOracle"/> by whoever builds the runtime;
/// generated playbook code cannot reach it, because <see cref="Engine.ApiAllowlist"/> rejects any assembly that
/// names this namespace or the runtime options.
/// </summary>
public interface IVerifyOracle
{
    /// <summary>Judges one <c>verify</c> of a run.</summary>
    /// <param name="manifest">The playbook being run.</param>
    /// <param name="alert">The run's trigger input.</param>
    /// <param name="choices">The options the run chose so far, in order.</param>
    /// <returns>Whether the verification holds and how long recovery takes.</returns>
    VerifyVerdict Judge(PlaybookManifest manifest, MapValue alert, IReadOnlyList<ChoiceMade> choices);
}
