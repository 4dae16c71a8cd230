using Remedy.Runtime.Learning;

namespace Remedy.Runtime.Storage;

/// <summary>Learning state and outcomes, held in memory.</summary>
public sealed partial class InMemoryStore
{
    private readonly Dictionary<string, string> learningState = new(StringComparer.Ordinal);
    private readonly List<LearningOutcome> outcomes = [];

    /// <inheritdoc />
    public string? GetLearningState(string key)
    {
        lock (gate)
        {
            return learningState.GetValueOrDefault(key);
        }
    }

    /// <inheritdoc />
    public void PutLearningState(string key, string json)
    {
        lock (gate)
        {
            learningState[key] = json;
        }
    }

    /// <inheritdoc />
    public void AppendOutcome(LearningOutcome outcome)
    {
        lock (gate)
        {
            outcomes.Add(outcome);
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<LearningOutcome> Outcomes(string? playbook = null)
    {
        lock (gate)
        {
            return [.. outcomes.Where(o => playbook is null || o.Playbook == playbook)];
        }
    }
}
