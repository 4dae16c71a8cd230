using Remedy.Runtime.Manifest;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Engine;

/// <summary>The selector used when no learner is attached: the <c>fixed</c> option, else the first option.</summary>
public sealed class FixedSelector : IRemedySelector
{
    /// <inheritdoc />
    public string Select(string playbook, ChoiceManifest choice, IReadOnlyList<RValue> features) =>
        choice.FixedOption ?? choice.Options[0];
}
