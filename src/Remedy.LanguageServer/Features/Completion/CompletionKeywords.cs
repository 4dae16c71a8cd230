using System.Collections.Frozen;

namespace Remedy.LanguageServer.Features.Completion;

/// <summary>The keywords valid at the start of a line in each kind of block.</summary>
internal static class CompletionKeywords
{
    public static IReadOnlyList<string> TopLevel { get; } = ["module", "import", "resource", "query", "action", "playbook", "simulation"];

    public static IReadOnlyList<string> Playbook { get; } =
        ["trigger", "autonomy", "promote", "blast_radius", "circuit_breaker", "rate_limit", "timeout", "priority", "cooldown", "approvers", "let", "step", "verify", "choose", "on"];

    public static IReadOnlyList<string> Step { get; } = ["let", "for", "if", "wait", "require", "notify", "escalate", "retry", "timeout", "approvers"];

    public static IReadOnlyList<string> Statement { get; } = ["let", "for", "if", "wait", "require", "notify", "escalate"];

    public static IReadOnlyList<string> Handler { get; } = ["rollback", "notify", "escalate", "abort"];

    public static IReadOnlyList<string> Option { get; } = ["let", "step", "verify"];

    public static IReadOnlyList<string> Action { get; } = ["effect", "risk", "capture", "rollback", "irreversible", "timeout", "provider"];

    public static IReadOnlyList<string> Query { get; } = ["provider", "timeout", "max_results"];

    public static IReadOnlyList<string> BlastRadius { get; } = ["max_targets", "max_percent", "scope"];

    public static IReadOnlyList<string> CircuitBreaker { get; } = ["trip", "cooldown"];

    public static IReadOnlyList<string> Simulation { get; } = ["incidents", "seed", "population", "outcome"];

    public static IReadOnlyList<string> Expression { get; } = ["not", "true", "false", "count", "all", "any"];

    public static IReadOnlyList<string> Pipe { get; } = ["where", "take", "sort", "map"];

    public static IReadOnlyList<string> Types { get; } = ["string", "int", "number", "bool", "duration", "percent", "list", "map"];

    /// <summary>Words after which the user types a new name, where no completion helps.</summary>
    public static FrozenSet<string> Declaring { get; } = new[] { "playbook", "step", "let", "option", "for", "resource", "query", "action", "simulation", "module", "capture", "as" }.ToFrozenSet(StringComparer.Ordinal);
}
