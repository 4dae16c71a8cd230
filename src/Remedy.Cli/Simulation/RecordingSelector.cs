using Remedy.Runtime.Engine;
using Remedy.Runtime.Learning;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Values;

namespace Remedy.Cli.Simulation;

/// <summary>Passes choices through to the runtime's learner and remembers the last one, so the simulation can score it.</summary>
internal sealed class RecordingSelector(IRemedySelector inner) : IRemedySelector
{
    /// <summary>The last option chosen, or null since <see cref="Reset"/>.</summary>
    public string? LastOption { get; private set; }

    /// <summary>Forgets the last choice (a new incident starts).</summary>
    public void Reset() => LastOption = null;

    /// <inheritdoc />
    public string Select(string playbook, ChoiceManifest choice, IReadOnlyList<RValue> features)
    {
        var option = inner.Select(playbook, choice, features);
        LastOption = option;
        return option;
    }

    /// <inheritdoc />
    public void Learn(ChoiceOutcome outcome) => inner.Learn(outcome);
}
