namespace Remedy.Syntax.Language;

/// <summary>How far a playbook may act without a human, from least to most.</summary>
public enum AutonomyLevel
{
    /// <summary>observe_only: runs queries only.</summary>
    ObserveOnly,
    /// <summary>suggest: records the plan and acts on nothing.</summary>
    Suggest,
    /// <summary>supervised: waits for approval before each mutating step.</summary>
    Supervised,
    /// <summary>autonomous: acts on its own.</summary>
    Autonomous,
}
