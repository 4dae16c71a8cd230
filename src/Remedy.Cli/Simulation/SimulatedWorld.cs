using Remedy.Runtime.Providers;
using Remedy.Runtime.Values;
using Remedy.Syntax.Tree;

namespace Remedy.Cli.Simulation;

/// <summary>
/// The simulated world of one simulation: for each incident, its alert and its populations (drawn with the
/// incident's random source), and every provider the playbook uses, answering from them.
/// </summary>
internal sealed class SimulatedWorld
{
    private readonly SimulationSpec spec;
    private readonly Dictionary<string, ListValue> populations = new(StringComparer.Ordinal);
    private readonly List<string> actions = [];

    /// <summary>Creates the world.</summary>
    /// <param name="spec">The simulation.</param>
    public SimulatedWorld(SimulationSpec spec) => this.spec = spec;

    /// <summary>The current incident's alert.</summary>
    public MapValue Alert { get; private set; } = MapValue.Empty;

    /// <summary>The actions performed in the current incident, as <c>provider(target)</c>.</summary>
    public IReadOnlyList<string> Actions => actions;

    /// <summary>Starts an incident: draws its alert and populations.</summary>
    /// <param name="random">The incident's random source.</param>
    /// <param name="startedAt">How long ago the alert started.</param>
    public void Begin(Random random, TimeSpan startedAt)
    {
        var labels = new List<(string, RValue)> { ("alertname", spec.AlertName) };
        labels.AddRange(spec.FixedLabels.Select(l => (l.Key, (RValue)l.Value)));
        labels.AddRange(spec.VariedLabels.Select(v => (v.Key, (RValue)v.Values[random.Next(v.Values.Count)])));
        var labelMap = MapValue.Of([.. labels]);
        labelMap.TryGetString("severity", out var severity);
        Alert = MapValue.Of(
            ("name", spec.AlertName),
            ("labels", labelMap),
            ("annotations", MapValue.Empty),
            ("value", spec.AlertValue),
            ("severity", severity),
            ("starts_at", startedAt),
            ("fingerprint", string.Empty));

        populations.Clear();
        actions.Clear();
        var evaluator = new SyntaxEvaluator(random, Alert);
        foreach (var population in spec.Populations)
        {
            var declared = population.Fields.ToDictionary(f => f.Name.Name, f => f.Value, StringComparer.Ordinal);
            var items = new List<RValue>(population.Count);
            for (var i = 0; i < population.Count; i++)
            {
                items.Add(MapValue.Of([.. population.Resource.Fields.Select(field => (field.Name.Name,
                    declared.TryGetValue(field.Name.Name, out var value) ? evaluator.Evaluate(value) : DefaultField(field, population.Name, i)))]));
            }

            populations[population.Name] = new ListValue(items);
        }
    }

    /// <summary>
    /// Builds a simulated provider for every query and action the workspace declares, so whatever the compiled
    /// playbook calls (its rollbacks included) is answered by the simulation and nothing reaches a real system.
    /// </summary>
    /// <returns>The providers, one per provider id.</returns>
    public IReadOnlyList<IProvider> Providers()
    {
        var providers = new Dictionary<string, IProvider>(StringComparer.Ordinal);
        var literal = new SyntaxEvaluator(new Random(0), MapValue.Empty);
        foreach (var (name, query) in spec.Queries)
        {
            foreach (var clause in query.Clauses.OfType<ProviderClause>())
            {
                var id = literal.Evaluate(clause.ProviderId).ToString();
                providers.TryAdd(id, new SimulatedQueryProvider(id, this, name));
            }
        }

        foreach (var id in spec.ActionProviders)
        {
            providers.TryAdd(id, new SimulatedActionProvider(id, this));
        }

        return [.. providers.Values];
    }

    /// <summary>What a query returns: its population (same name as the query), else a default of its declared type.</summary>
    /// <param name="query">The query's qualified name.</param>
    /// <returns>The value.</returns>
    public RValue Answer(string query)
    {
        var shortName = query[(query.LastIndexOf('.') + 1)..];
        var returnType = spec.Queries.TryGetValue(query, out var declaration) ? declaration.ReturnType : null;
        var isList = returnType is null || returnType.Name.Text == "list";
        if (populations.TryGetValue(shortName, out var population))
        {
            return isList ? population : population.Items.Count > 0 ? population.Items[0] : DefaultOf(returnType, shortName);
        }

        return DefaultOf(returnType, shortName);
    }

    /// <summary>Records a performed action.</summary>
    /// <param name="call">The call.</param>
    public void Record(ProviderCall call)
    {
        lock (actions)
        {
            var target = call.Args.Fields.Values.OfType<MapValue>().Select(m => m.TryGetString("name", out var n) ? n : "?").FirstOrDefault() ?? string.Empty;
            actions.Add($"{call.ProviderId}({target})");
        }
    }

    // A resource needs an identity for its target key and cooldowns: an unset name is its population's name and index.
    private RValue DefaultField(FieldDecl field, string population, int index) =>
        field.Name.Name == "name" && field.Type.Name.Text == "string" ? $"{population}-{index}" : DefaultOf(field.Type, field.Name.Name);

    private RValue DefaultOf(TypeRef? type, string name)
    {
        if (type is null) return RValue.Null;
        return type.Name.Text switch
        {
            "string" => string.Empty,
            "int" => 0L,
            "number" => 0.0,
            "bool" => false,
            "duration" => TimeSpan.Zero,
            "percent" => 0.0,
            "list" => ListValue.Empty,
            "map" => MapValue.Empty,
            _ when spec.Resources.TryGetValue(type.Name.Parts[^1].Name, out var resource) =>
                MapValue.Of([.. resource.Fields.Select(f => (f.Name.Name, DefaultField(f, name, 0)))]),
            _ => RValue.Null,
        };
    }
}
