using System.Collections.Immutable;
using System.Globalization;
using Remedy.Compiler.Binding;
using Remedy.Compiler.Symbols;
using Remedy.Compiler.Types;
using Remedy.Syntax.Language;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Analysis;

/// <summary>Builds the <see cref="PlaybookAnalysis"/> of every playbook from the bound trees.</summary>
internal sealed class PlaybookAnalyzer
{
    private readonly BindingResult _binding;
    private readonly BoundsAnalyzer _bounds;
    private readonly DurationAnalyzer _durations;

    public PlaybookAnalyzer(BindingResult binding)
    {
        _binding = binding;
        _bounds = new BoundsAnalyzer(binding);
        _durations = new DurationAnalyzer(binding, _bounds);
    }

    public BoundsAnalyzer Bounds => _bounds;

    public CompilationAnalysis AnalyzeAll() => new([.. _binding.Playbooks.Select(Analyze)]);

    public PlaybookAnalysis Analyze(BoundPlaybook bound)
    {
        var playbook = bound.Declaration;
        var members = playbook.Members;
        var autonomy = members.OfType<AutonomyItem>().FirstOrDefault();
        var promote = members.OfType<PromoteItem>().FirstOrDefault();
        var blast = members.OfType<BlastRadiusItem>().FirstOrDefault();
        var steps = ImmutableArray.CreateBuilder<StepAnalysis>();
        foreach (var member in members)
        {
            if (member is StepDecl step) steps.Add(AnalyzeStep(step, null));
            if (member is ChooseDecl choose)
                foreach (var option in choose.Options)
                    foreach (var optionStep in option.Members.OfType<StepDecl>())
                        steps.Add(AnalyzeStep(optionStep, option));
        }
        var builtSteps = steps.ToImmutable();
        var (worstCase, breakdown) = WorstCase(members, builtSteps);
        return new PlaybookAnalysis
        {
            Declaration = playbook,
            Symbol = bound.Symbol,
            Path = bound.File.Path,
            Module = bound.File.Module.Name,
            DeclaredAutonomy = autonomy?.Value ?? AutonomyLevel.Suggest,
            PromotedAutonomy = promote?.Value,
            AutonomyItem = autonomy,
            PromoteItem = promote,
            Triggers = [.. members.OfType<TriggerItem>()],
            BlastRadius = blast,
            MaxTargets = blast?.Clauses.OfType<MaxTargetsClause>().Select(m => _bounds.ConstantInt(m.Count)).FirstOrDefault(),
            MaxPercent = blast?.Clauses.OfType<MaxPercentClause>().Select(m => m.Percent is PercentLiteral p ? p.Value : (double?)null).FirstOrDefault(),
            Scopes = blast is null ? [] : [.. blast.Clauses.OfType<ScopeClause>()
                .Where(s => !s.Field.IsMissing && s.Value.IsConstant)
                .Select(s => new ScopeRequirement(s.Field.Name, s.Value.Value, s.Span))],
            CircuitBreaker = members.OfType<CircuitBreakerItem>().FirstOrDefault(),
            RateLimit = members.OfType<RateLimitItem>().FirstOrDefault(),
            Timeout = members.OfType<TimeoutClause>().Select(t => t.Duration is DurationLiteral d ? d.Value : (TimeSpan?)null).FirstOrDefault(),
            Priority = members.OfType<PriorityItem>().Select(p => _bounds.ConstantInt(p.Value)).FirstOrDefault(),
            Approvers = members.OfType<ApproversClause>().Select(a => _bounds.ConstantInt(a.Count)).FirstOrDefault(),
            Steps = builtSteps,
            Calls = [.. builtSteps.SelectMany(s => s.Calls)],
            TargetLists = TargetLists(builtSteps, bound.File.Tree),
            WorstCase = worstCase,
            WorstCaseBreakdown = breakdown,
        };
    }

    private StepAnalysis AnalyzeStep(StepDecl step, OptionDecl? option)
    {
        var calls = ImmutableArray.CreateBuilder<ActionCall>();
        var effects = ImmutableHashSet.CreateBuilder<EffectKind>();
        foreach (var call in step.DescendantsAndSelf().OfType<CallExpression>())
        {
            switch (_binding.CallTargets.GetValueOrDefault(call))
            {
                case ActionSymbol action:
                    calls.Add(new ActionCall(call, action, step, option));
                    effects.Add(action.Effect ?? EffectKind.Mutating);
                    break;
                case QuerySymbol:
                    effects.Add(EffectKind.ReadOnly);
                    break;
            }
        }
        var worst = _durations.Step(step, out var retries);
        var approvers = step.Members.OfType<ApproversClause>().Select(a => _bounds.ConstantInt(a.Count)).FirstOrDefault();
        return new StepAnalysis(step, option, effects.ToImmutable(), calls.ToImmutable(), _durations.PerAttempt(step), worst, retries, approvers);
    }

    private (TimeSpan? Total, string Breakdown) WorstCase(IEnumerable<object> members, ImmutableArray<StepAnalysis> steps)
    {
        TimeSpan? total = TimeSpan.Zero;
        var parts = new List<string>();
        foreach (var member in members)
        {
            switch (member)
            {
                case StepDecl step:
                {
                    var analysis = steps.First(s => ReferenceEquals(s.Step, step));
                    total = DurationAnalyzer.Add(total, analysis.WorstCase);
                    parts.Add($"step {step.Name.Name} {DurationText.Format(analysis.WorstCase)}");
                    break;
                }
                case VerifyDecl verify:
                {
                    var within = Within(verify);
                    total = DurationAnalyzer.Add(total, within);
                    parts.Add($"verify {DurationText.Format(within)}");
                    break;
                }
                case ChooseDecl choose:
                {
                    TimeSpan? longest = TimeSpan.Zero;
                    string? longestName = null;
                    foreach (var option in choose.Options)
                    {
                        var (optionTotal, _) = WorstCase(option.Members, steps);
                        if (longestName is null || optionTotal is null || (longest is { } l && optionTotal > l)) longestName = option.Name.Name;
                        longest = DurationAnalyzer.Max(longest, optionTotal);
                    }
                    total = DurationAnalyzer.Add(total, longest);
                    parts.Add($"choose {DurationText.Format(longest)}" + (longestName is null ? "" : $" (option {longestName})"));
                    break;
                }
            }
        }
        return (total, parts.Count == 0 ? "no steps" : string.Join(" + ", parts));
    }

    private static TimeSpan? Within(VerifyDecl verify) => verify.Within switch
    {
        DurationLiteral d => d.Value,
        _ => null,
    };

    private ImmutableArray<TargetList> TargetLists(ImmutableArray<StepAnalysis> steps, SyntaxTree tree)
    {
        var result = ImmutableArray.CreateBuilder<TargetList>();
        var seen = new HashSet<object>(ReferenceEqualityComparer.Instance);
        foreach (var step in steps)
        {
            var mutating = step.Calls.Where(c => c.IsMutating).ToList();
            if (mutating.Count == 0) continue;
            // The source of every loop whose body makes a mutating call.
            foreach (var loop in step.Step.DescendantsAndSelf().OfType<ForStatement>())
            {
                var call = mutating.FirstOrDefault(c => loop.Body.DescendantsAndSelf().Any(n => ReferenceEquals(n, c.Call)));
                if (call is null) continue;
                Add(loop.Source, call);
            }
            // Every resource argument of a mutating call that is not a loop variable.
            foreach (var call in mutating)
            {
                foreach (var (parameter, value) in BoundsAnalyzer.ArgumentsOf(call.Call, call.Action))
                {
                    if (!IsTargetType(parameter.Type)) continue;
                    if (Unwrap(value) is NameExpression name && _binding.SymbolOf(name) is LocalSymbol { Kind: SymbolKind.LoopVariable }) continue;
                    Add(value, call);
                }
            }

            void Add(Expression source, ActionCall call)
            {
                object key = Unwrap(source) is NameExpression n && _binding.SymbolOf(n) is { } symbol ? symbol : source;
                if (!seen.Add(key)) return;
                result.Add(new TargetList(source, Display(source, tree), _bounds.BoundOf(source), _bounds.ProvenanceOf(source), call.Call, call.Action, step.Step));
            }
        }
        return result.ToImmutable();
    }

    private static Expression Unwrap(Expression e) => e is ParenthesizedExpression p ? Unwrap(p.Inner) : e;

    private static bool IsTargetType(RemedyType type) => type switch
    {
        ResourceType => true,
        ListType { Element: ResourceType } => true,
        OptionalType { Underlying: var u } => IsTargetType(u),
        _ => false,
    };

    /// <summary>How messages name an expression: its source text in backquotes, shortened.</summary>
    public static string Display(SyntaxNode node, SyntaxTree tree)
    {
        var text = tree.Source.Text;
        var span = node.Span;
        if (span.Start < 0 || span.End > text.Length) return "the targets";
        var snippet = string.Join(' ', text.Substring(span.Start, span.Length).Split((char[])['\n', '\r', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
        if (snippet.Length > 60) snippet = snippet[..57] + "...";
        return "`" + snippet + "`";
    }

    /// <summary>Formats a count for messages.</summary>
    public static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);
}
