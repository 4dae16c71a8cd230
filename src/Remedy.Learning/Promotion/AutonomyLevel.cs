using System.Text.Json.Serialization;

namespace Remedy.Learning.Promotion;

/// <summary>The autonomy levels of the language, from least to most autonomous.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AutonomyLevel>))]
public enum AutonomyLevel
{
    /// <summary>Queries only.</summary>
    ObserveOnly = 0,

    /// <summary>Records the plan; a human acts.</summary>
    Suggest = 1,

    /// <summary>Waits for an approval before each mutating step.</summary>
    Supervised = 2,

    /// <summary>Runs without approval.</summary>
    Autonomous = 3,
}
