using Remedy.Runtime.Learning;

namespace Remedy.Runtime.Storage;

/// <summary>Where learning state (policy and case-base snapshots) and recorded outcomes live, so they survive restarts.</summary>
public interface ILearningStore
{
    /// <summary>The learning state saved under <paramref name="key"/>, as JSON, or null.</summary>
    /// <param name="key">The state's key.</param>
    /// <returns>The JSON, or null.</returns>
    string? GetLearningState(string key);

    /// <summary>Saves learning state under <paramref name="key"/>, replacing what was there.</summary>
    /// <param name="key">The state's key.</param>
    /// <param name="json">The state as JSON.</param>
    void PutLearningState(string key, string json);

    /// <summary>Records an outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    void AppendOutcome(LearningOutcome outcome);

    /// <summary>The recorded outcomes, oldest first, optionally of one playbook.</summary>
    /// <param name="playbook">The playbook, or null for all.</param>
    /// <returns>The outcomes.</returns>
    IReadOnlyList<LearningOutcome> Outcomes(string? playbook = null);
}
