using System.Text.Json;
using Remedy.Learning.Promotion;

namespace Remedy.Learning.Snapshots;

/// <summary>The one JSON shape for learning state, so what the runtime writes today it can read after an upgrade.</summary>
public static class LearningJson
{
    /// <summary>The serializer settings: camelCase names, no indentation.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    /// <summary>Serialises a policy snapshot, including its <c>policy</c> discriminator.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(PolicySnapshot snapshot) => JsonSerializer.Serialize(snapshot, Options);

    /// <summary>Reads a policy snapshot written by <see cref="Serialize(PolicySnapshot)"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The snapshot.</returns>
    public static PolicySnapshot DeserializePolicy(string json) =>
        JsonSerializer.Deserialize<PolicySnapshot>(json, Options) ?? throw new JsonException("The JSON holds no policy snapshot.");

    /// <summary>Serialises a case base snapshot.</summary>
    /// <param name="snapshot">The snapshot.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(CaseBaseSnapshot snapshot) => JsonSerializer.Serialize(snapshot, Options);

    /// <summary>Reads a case base snapshot.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The snapshot.</returns>
    public static CaseBaseSnapshot DeserializeCaseBase(string json) =>
        JsonSerializer.Deserialize<CaseBaseSnapshot>(json, Options) ?? throw new JsonException("The JSON holds no case base.");

    /// <summary>Serialises a playbook's autonomy state (level and promotion evidence).</summary>
    /// <param name="state">The state.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(AutonomyState state) => JsonSerializer.Serialize(state, Options);

    /// <summary>Reads an autonomy state.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The state.</returns>
    public static AutonomyState DeserializeAutonomy(string json) =>
        JsonSerializer.Deserialize<AutonomyState>(json, Options) ?? throw new JsonException("The JSON holds no autonomy state.");
}
