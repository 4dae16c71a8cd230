using Remedy.Runtime.Manifest;

namespace Remedy.Compiler.Emit;

/// <summary>Writes a <see cref="PlaybookManifest"/> as the C# initializer of the class's <c>Spec</c> field.</summary>
internal static class ManifestWriter
{
    /// <summary>Writes <c>public static readonly PlaybookManifest Spec = new() { ... };</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="manifest">The manifest.</param>
    public static void Write(IndentedWriter writer, PlaybookManifest manifest)
    {
        writer.Line("public static readonly PlaybookManifest Spec = new()");
        writer.Open();
        writer.Line($"Name = {S(manifest.Name)},");
        writer.Line($"Module = {S(manifest.Module)},");
        writer.Line($"Autonomy = AutonomyLevel.{manifest.Autonomy},");
        if (manifest.Promotion is { } promotion)
        {
            writer.Line($"Promotion = new PromotionRule(AutonomyLevel.{promotion.To}, AfterRuns: {promotion.AfterRuns}, MinSuccessRate: {CSharpText.Number(promotion.MinSuccessRate)}),");
        }

        if (manifest.BlastRadius is { } blast)
        {
            writer.Line($"BlastRadius = new BlastRadiusPolicy(MaxTargets: {Int(blast.MaxTargets)}, MaxPercent: {Number(blast.MaxPercent)}, ScopeField: {NullableString(blast.ScopeField)}, ScopeValue: {NullableString(blast.ScopeValue)}),");
        }

        if (manifest.CircuitBreaker is { } breaker)
        {
            writer.Line($"CircuitBreaker = new CircuitBreakerPolicy(Failures: {breaker.Failures}, Window: {D(breaker.Window)}, Cooldown: {D(breaker.Cooldown)}),");
        }

        if (manifest.RateLimit is { } rate)
        {
            writer.Line($"RateLimit = new RateLimitPolicy(Count: {rate.Count}, Window: {D(rate.Window)}),");
        }

        if (manifest.TargetCooldown is { } cooldown)
        {
            writer.Line($"TargetCooldown = {D(cooldown)},");
        }

        writer.Line($"Timeout = {D(manifest.Timeout)},");
        writer.Line($"Approvers = {manifest.Approvers},");
        List(writer, "Triggers", "TriggerDescriptor", manifest.Triggers, trigger =>
            $"new({S(trigger.AlertName)}, OnResolved: {Bool(trigger.OnResolved)}, HasCondition: {Bool(trigger.HasCondition)})");
        if (manifest.Priority is { } priority)
        {
            writer.Line($"Priority = {CSharpText.Int(priority)}L,");
        }

        List(writer, "Steps", "StepManifest", manifest.Steps, step =>
        {
            var timeout = step.Timeout is { } t ? $", Timeout = {D(t)}" : string.Empty;
            var backoff = step.Backoff > TimeSpan.Zero ? $", Backoff = {D(step.Backoff)}" : string.Empty;
            return $"new() {{ Name = {S(step.Name)}, Title = {S(step.Title)}, Effect = Effect.{step.Effect}, Actions = {Strings(step.Actions)}, Retries = {step.Retries}{backoff}{timeout} }}";
        });
        List(writer, "Actions", "ActionDescriptor", manifest.Actions, action =>
        {
            var rollback = action.Rollback is { } r
                ? $", Rollback = new RollbackDescriptor({S(r.ProviderId)}, new RollbackArgument[] {{ {string.Join(", ", r.Arguments.Select(a => $"new({S(a.Parameter)}, {S(a.Source)})"))} }})"
                : string.Empty;
            var irreversible = action.IrreversibleReason is { } reason ? $", IrreversibleReason = {S(reason)}" : string.Empty;
            return $"new() {{ Name = {S(action.Name)}, ProviderId = {S(action.ProviderId)}, Effect = Effect.{action.Effect}, Risk = Risk.{action.Risk}{rollback}{irreversible}, Timeout = {D(action.Timeout)} }}";
        });
        List(writer, "Queries", "QueryDescriptor", manifest.Queries, query => $"new({S(query.Name)}, {S(query.ProviderId)}, {D(query.Timeout)})");
        List(writer, "Choices", "ChoiceManifest", manifest.Choices, choice =>
            $"new({S(choice.Name)}, {S(choice.Policy)}, {Strings(choice.Options)}, FixedOption: {NullableString(choice.FixedOption)}{Settings(choice.Settings)})");
        writer.Line($"Bounds = new ComputedBounds(MaxTargets: {Int(manifest.Bounds.MaxTargets)}, WorstCaseDuration: {D(manifest.Bounds.WorstCaseDuration)}),");
        writer.Line($"SourceHash = {S(manifest.SourceHash)},");
        writer.Close(";");
    }

    private static string Bool(bool value) => value ? "true" : "false";

    private static string Settings(PolicySettings? settings)
    {
        if (settings is null) return string.Empty;
        var set = new List<string>();
        void Add(string property, double? value)
        {
            if (value is { } v) set.Add($"{property} = {CSharpText.Number(v)}");
        }

        Add(nameof(PolicySettings.PriorAlpha), settings.PriorAlpha);
        Add(nameof(PolicySettings.PriorBeta), settings.PriorBeta);
        Add(nameof(PolicySettings.Commit), settings.Commit);
        if (settings.WarmStart is { } warm) set.Add($"{nameof(PolicySettings.WarmStart)} = {Bool(warm)}");
        Add(nameof(PolicySettings.Discount), settings.Discount);
        Add(nameof(PolicySettings.Alpha), settings.Alpha);
        Add(nameof(PolicySettings.Gamma), settings.Gamma);
        Add(nameof(PolicySettings.Epsilon), settings.Epsilon);
        Add(nameof(PolicySettings.Decay), settings.Decay);
        Add(nameof(PolicySettings.Exploration), settings.Exploration);
        if (settings.Neighbours is { } k) set.Add($"{nameof(PolicySettings.Neighbours)} = {Int(k)}");
        return $", Settings: new PolicySettings {{ {string.Join(", ", set)} }}";
    }

    // Arrays rather than collection expressions: those synthesize list types that implement the non-generic
    // collection interfaces, which the runtime's load-time allowlist does not admit.
    private static void List<T>(IndentedWriter writer, string property, string type, IReadOnlyList<T> items, Func<T, string> write)
    {
        if (items.Count == 0)
        {
            writer.Line($"{property} = new {type}[0],");
            return;
        }

        writer.Line($"{property} = new {type}[]");
        writer.Open();
        foreach (var item in items)
        {
            writer.Line(write(item) + ",");
        }

        writer.Close(",");
    }

    private static string S(string value) => CSharpText.String(value);

    private static string NullableString(string? value) => value is null ? "null" : S(value);

    private static string Strings(IReadOnlyList<string> values) => values.Count == 0 ? "new string[0]" : $"new[] {{ {string.Join(", ", values.Select(S))} }}";

    private static string Int(int? value) => value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) : "null";

    private static string Number(double? value) => value is { } v ? CSharpText.Number(v) : "null";

    private static string D(TimeSpan value) => CSharpText.Duration(value);
}
