using Remedy.Runtime.Manifest;
using Remedy.Runtime.Values;

namespace Remedy.Runtime.Engine;

/// <summary>
/// Picks an option of a <c>choose</c> block. The learning project implements the policies; the runtime only
/// accepts an answer that is one of the verified options.
/// </summary>
public interface IRemedySelector
{
    /// <summary>Selects an option.</summary>
    /// <param name="playbook">The playbook.</param>
    /// <param name="choice">The choice, with its policy and verified options.</param>
    /// <param name="features">The features.</param>
    /// <returns>An option name.</returns>
    string Select(string playbook, ChoiceManifest choice, IReadOnlyList<RValue> features);

    /// <summary>
    /// Learns from what happened after a choice (the reward is the run's verification). Called once per
    /// choice of every run that acted or succeeded; selectors that do not learn ignore it.
    /// </summary>
    /// <param name="outcome">The outcome.</param>
    void Learn(Learning.ChoiceOutcome outcome)
    {
    }
}
