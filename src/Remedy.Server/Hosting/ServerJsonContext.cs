using System.Text.Json.Serialization;
using Remedy.Server.Approvals;
using Remedy.Server.Health;
using Remedy.Server.Intake;
using Remedy.Server.KillSwitch;
using Remedy.Server.Playbooks;
using Remedy.Server.Runs;

namespace Remedy.Server.Hosting;

/// <summary>The API's JSON: camelCase, generated at compile time (no reflection at run time).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ApiError))]
[JsonSerializable(typeof(IntakeResponse))]
[JsonSerializable(typeof(IReadOnlyList<ApprovalView>))]
[JsonSerializable(typeof(DecisionResponse))]
[JsonSerializable(typeof(IReadOnlyList<RunView>))]
[JsonSerializable(typeof(IReadOnlyList<PlaybookView>))]
[JsonSerializable(typeof(StatusView))]
[JsonSerializable(typeof(KillSwitchView))]
[JsonSerializable(typeof(HealthView))]
public sealed partial class ServerJsonContext : JsonSerializerContext
{
}
