using System.Globalization;
using Remedy.Compiler.Workspace;
using Remedy.Runtime.Values;
using Remedy.Syntax.Tree;

namespace Remedy.Cli.Simulation;

/// <summary>Finds a <c>simulation</c> in a compiled workspace and reads it into a <see cref="SimulationSpec"/>.</summary>
internal static class SimulationReader
{
    /// <summary>Reads the simulation to run.</summary>
    /// <param name="workspace">The workspace (it compiled without errors).</param>
    /// <param name="name">The simulation's name; may be omitted when the workspace declares exactly one.</param>
    /// <returns>The simulation.</returns>
    /// <exception cref="SimulationException">No such simulation, or an ambiguous choice.</exception>
    public static SimulationSpec Read(RemedyWorkspace workspace, string? name)
    {
        var userTrees = workspace.Trees.Values.ToList();
        var allTrees = userTrees.Concat(workspace.StandardLibrary).ToList();
        var simulations = userTrees
            .SelectMany(t => t.Root.Declarations.OfType<SimulationDecl>().Select(s => (Module: ModuleOf(t.Root), Decl: s)))
            .ToList();
        if (simulations.Count == 0)
        {
            throw new SimulationException("the workspace declares no simulation; add a 'simulation <name> for <playbook> { ... }' declaration");
        }

        var names = string.Join(", ", simulations.Select(s => s.Decl.Name.Name).Order(StringComparer.Ordinal));
        (string Module, SimulationDecl Decl) chosen;
        if (name is null)
        {
            if (simulations.Count > 1) throw new SimulationException($"the workspace declares {simulations.Count} simulations ({names}); pick one with --simulation");
            chosen = simulations[0];
        }
        else
        {
            var matches = simulations.Where(s => s.Decl.Name.Name == name || $"{s.Module}.{s.Decl.Name.Name}" == name).ToList();
            if (matches.Count != 1) throw new SimulationException($"no simulation named '{name}' in the workspace; it declares: {names}");
            chosen = matches[0];
        }

        var (module, simulation) = chosen;
        var playbook = userTrees.Where(t => ModuleOf(t.Root) == module)
            .SelectMany(t => t.Root.Declarations.OfType<PlaybookDecl>())
            .FirstOrDefault(p => p.Name.Name == simulation.Playbook.Name)
            ?? throw new SimulationException($"simulation '{simulation.Name.Name}' names playbook '{simulation.Playbook.Name}', which module '{module}' does not declare");

        var literal0 = new SyntaxEvaluator(new Random(0), MapValue.Empty);
        var resources = new Dictionary<string, ResourceDecl>(StringComparer.Ordinal);
        var queries = new Dictionary<string, QueryDecl>(StringComparer.Ordinal);
        var actionProviders = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var tree in allTrees)
        {
            var treeModule = ModuleOf(tree.Root);
            foreach (var resource in tree.Root.Declarations.OfType<ResourceDecl>()) resources.TryAdd(resource.Name.Name, resource);
            foreach (var query in tree.Root.Declarations.OfType<QueryDecl>()) queries.TryAdd($"{treeModule}.{query.Name.Name}", query);
            foreach (var action in tree.Root.Declarations.OfType<ActionDecl>())
            {
                foreach (var provider in action.Clauses.OfType<ProviderClause>()) actionProviders.Add(literal0.Evaluate(provider.ProviderId).ToString());
            }
        }

        // Settings are literals; the compiler checked their types.
        var literal = new SyntaxEvaluator(new Random(0), MapValue.Empty);
        int incidents = 100, seed = 0;
        var populations = new List<PopulationSpec>();
        var outcomes = new List<OutcomeSpec>();
        foreach (var item in simulation.Items)
        {
            switch (item)
            {
                case IncidentsItem i: incidents = Count(literal.Evaluate(i.Count), "incidents"); break;
                case SeedItem s: seed = Count(literal.Evaluate(s.Value), "seed"); break;
                case PopulationItem p:
                    var typeName = p.Type.Name.Parts[^1].Name;
                    if (!resources.TryGetValue(typeName, out var resource))
                    {
                        throw new SimulationException($"population '{p.Name.Name}' is made of '{typeName}', which is not a declared resource");
                    }

                    populations.Add(new PopulationSpec(p.Name.Name, Count(literal.Evaluate(p.Count), "population"), resource, p.Fields?.Fields.ToList() ?? []));
                    break;
                case OutcomeItem o:
                    literal.Evaluate(o.Success).TryGetNumber(out var success);
                    literal.Evaluate(o.Recovery).TryGetDuration(out var recovery);
                    outcomes.Add(new OutcomeSpec(o.Option.Name, success, recovery, o.Condition,
                        string.Create(CultureInfo.InvariantCulture, $"outcome {o.Option.Name} success {success:0.##%} recovery {recovery}{(o.Condition is null ? string.Empty : " when …")}")));
                    break;
            }
        }

        var trigger = playbook.Members.OfType<TriggerItem>().FirstOrDefault(t => !t.OnResolved)
            ?? throw new SimulationException($"playbook '{playbook.Name.Name}' has no alert trigger to simulate incidents for");
        var fixedLabels = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var threshold = 0.0;
        if (trigger.Condition is not null) ReadTrigger(trigger.Condition, fixedLabels, ref threshold);

        return new SimulationSpec(
            simulation.Name.Name,
            playbook.Name.Name,
            module,
            incidents,
            seed,
            populations,
            outcomes,
            new SyntaxEvaluator(new Random(0), MapValue.Empty).Evaluate(trigger.AlertName).ToString(),
            fixedLabels,
            threshold > 0 ? Math.Max(threshold * 1.05, threshold + 0.01) : 1.0,
            VariedLabels(playbook, simulation, fixedLabels),
            queries,
            resources,
            [.. actionProviders]);
    }

    private static string ModuleOf(CompilationUnit root) => root.Module?.Name.Text ?? string.Empty;

    private static int Count(RValue value, string what) =>
        value.TryGetInt(out var count) && count is >= 0 and <= int.MaxValue ? (int)count
        : throw new SimulationException($"'{what}' must be a whole number from 0 up");

    // The trigger's own equalities (labels["service"] == "checkout") hold on every simulated alert, and its
    // value threshold (alert.value > 0.9) is exceeded, so every incident is one the playbook would really get.
    private static void ReadTrigger(Expression condition, IDictionary<string, string> labels, ref double threshold)
    {
        switch (condition)
        {
            case BinaryExpression { Operator: BinaryOperator.And } and:
                ReadTrigger(and.Left, labels, ref threshold);
                ReadTrigger(and.Right, labels, ref threshold);
                break;
            case ParenthesizedExpression p:
                ReadTrigger(p.Inner, labels, ref threshold);
                break;
            case BinaryExpression { Operator: BinaryOperator.Equal } eq when LabelKey(eq.Left) is { } key && eq.Right is StringLiteral value:
                labels[key] = new SyntaxEvaluator(new Random(0), MapValue.Empty).Evaluate(value).ToString();
                break;
            case BinaryExpression { Operator: BinaryOperator.Greater or BinaryOperator.GreaterOrEqual, Left: MemberExpression { Target: NameExpression { Name.Name: "alert" }, Member.Name: "value" } } gt
                when gt.Right is NumberLiteral or IntLiteral or PercentLiteral:
                new SyntaxEvaluator(new Random(0), MapValue.Empty).Evaluate(gt.Right).TryGetNumber(out var bound);
                threshold = Math.Max(threshold, bound);
                break;
        }
    }

    private static string? LabelKey(Expression expression) =>
        expression is IndexExpression { Target: MemberExpression { Target: NameExpression { Name.Name: "alert" }, Member.Name: "labels" }, Index: StringLiteral key }
            ? new SyntaxEvaluator(new Random(0), MapValue.Empty).Evaluate(key).ToString()
            : null;

    // Every other label the playbook or the simulation reads varies between two values per incident (a value an
    // outcome condition compares with, and another), so features differ and conditional outcomes sometimes apply.
    private static List<VariedLabel> VariedLabels(PlaybookDecl playbook, SimulationDecl simulation, IReadOnlyDictionary<string, string> fixedLabels)
    {
        var compared = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var node in simulation.DescendantsAndSelf().OfType<BinaryExpression>())
        {
            if (node.Operator is BinaryOperator.Equal or BinaryOperator.NotEqual && LabelKey(node.Left) is { } key && node.Right is StringLiteral value)
            {
                compared.TryAdd(key, new SyntaxEvaluator(new Random(0), MapValue.Empty).Evaluate(value).ToString());
            }
        }

        var keys = playbook.DescendantsAndSelf().OfType<Expression>().Select(LabelKey)
            .Concat(compared.Keys)
            .OfType<string>()
            .Where(k => !fixedLabels.ContainsKey(k))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        var varied = keys.Select(k => new VariedLabel(k, compared.TryGetValue(k, out var v) ? [v, "other"] : [$"{k}-a", $"{k}-b"])).ToList();
        var readsSeverity = playbook.DescendantsAndSelf().OfType<MemberExpression>()
            .Any(m => m is { Target: NameExpression { Name.Name: "alert" }, Member.Name: "severity" });
        if (readsSeverity && !fixedLabels.ContainsKey("severity") && varied.All(v => v.Key != "severity"))
        {
            varied.Add(new VariedLabel("severity", ["critical", "warning"]));
        }

        return varied;
    }
}
