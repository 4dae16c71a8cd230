namespace Remedy.Runtime.Manifest;

/// <summary>How much a playbook may do on its own. Ordered from least to most autonomous.</summary>
public enum AutonomyLevel
{
    /// <summary>Queries only; any mutation is refused.</summary>
    ObserveOnly = 0,
    /// <summary>Records the full plan and acts on nothing.</summary>
    Suggest = 1,
    /// <summary>Waits for human approval before each mutating step.</summary>
    Supervised = 2,
    /// <summary>Acts without asking, within the other guards.</summary>
    Autonomous = 3,
}
