using System.Collections.Immutable;
using Remedy.Compiler.Types;

namespace Remedy.Compiler.Symbols;

/// <summary>
/// The built-in symbols: functions, the <c>alert</c> resource and the promotion metrics. A
/// fresh set is created per compilation, so no state is shared between compilations.
/// </summary>
public sealed class BuiltinSymbols
{
    internal BuiltinSymbols()
    {
        Functions = new Dictionary<string, BuiltinFunctionSymbol>(StringComparer.Ordinal)
        {
            ["count"] = new("count", "count(list<T>) -> int", "The number of items in a list.", 1, false),
            ["min"] = new("min", "min(number, number) -> number", "The smaller of two numbers (int when both are int).", 2, false),
            ["max"] = new("max", "max(number, number) -> number", "The larger of two numbers (int when both are int).", 2, false),
            ["contains"] = new("contains", "contains(list<T> | string, T) -> bool", "Whether a list holds an item, or a string holds a substring.", 2, false),
            ["uniform"] = new("uniform", "uniform(number, number) -> number", "A value drawn uniformly between two bounds; simulation populations only.", 2, true),
            ["normal"] = new("normal", "normal(number, number) -> number", "A value drawn from a normal distribution (mean, standard deviation); simulation populations only.", 2, true),
        }.ToImmutableDictionary(StringComparer.Ordinal);

        Alert = new ResourceSymbol("alert", "", null, null, null, null);
        var map = new MapType(BuiltinTypes.String, BuiltinTypes.String);
        Alert.SetFields(
        [
            new FieldSymbol("name", BuiltinTypes.String, null, null, null),
            new FieldSymbol("labels", map, null, null, null),
            new FieldSymbol("annotations", map, null, null, null),
            new FieldSymbol("value", BuiltinTypes.Number, null, null, null),
            new FieldSymbol("severity", BuiltinTypes.String, null, null, null),
            new FieldSymbol("starts_at", BuiltinTypes.String, null, null, null),
            new FieldSymbol("fingerprint", BuiltinTypes.String, null, null, null),
        ]);
        AlertVariable = new LocalSymbol("alert", SymbolKind.Alert, Alert.Type, null, null, null, null);

        Metrics = new Dictionary<string, LocalSymbol>(StringComparer.Ordinal)
        {
            ["success_rate"] = new("success_rate", SymbolKind.Metric, BuiltinTypes.Percent, null, null, null, null),
            ["failure_rate"] = new("failure_rate", SymbolKind.Metric, BuiltinTypes.Percent, null, null, null, null),
            ["mttr"] = new("mttr", SymbolKind.Metric, BuiltinTypes.Duration, null, null, null, null),
            ["human_intervention_rate"] = new("human_intervention_rate", SymbolKind.Metric, BuiltinTypes.Percent, null, null, null, null),
            ["runs"] = new("runs", SymbolKind.Metric, BuiltinTypes.Int, null, null, null, null),
        }.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <summary>The built-in functions by name.</summary>
    public ImmutableDictionary<string, BuiltinFunctionSymbol> Functions { get; }

    /// <summary>The <c>alert</c> resource: name, labels, annotations, value, severity, starts_at, fingerprint.</summary>
    public ResourceSymbol Alert { get; }

    /// <summary>The <c>alert</c> variable of playbooks and simulations.</summary>
    public LocalSymbol AlertVariable { get; }

    /// <summary>The names a <c>promote ... when</c> condition may use.</summary>
    public ImmutableDictionary<string, LocalSymbol> Metrics { get; }
}
