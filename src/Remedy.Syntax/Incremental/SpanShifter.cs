using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Linq.Expressions;
using System.Reflection;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Text;
using Remedy.Syntax.Tree;
using Expr = System.Linq.Expressions.Expression;

namespace Remedy.Syntax.Incremental;

/// <summary>
/// Copies a subtree that an edit moved without changing it: every span moves by the same
/// number of characters and lines. Only used for nodes that start on a line after the edit, so
/// columns never change. The copy is built by one compiled constructor call per node, so reusing
/// a declaration costs a fraction of parsing it again.
/// </summary>
internal sealed class SpanShifter(int offsetDelta, int lineDelta)
{
    // Built once from the node types' constructors and never changed afterwards.
    private static readonly Lazy<FrozenDictionary<Type, Func<SyntaxNode, SpanShifter, SyntaxNode>>> Copiers = new(BuildCopiers);

    /// <summary>Whether the shift moves nothing, so nodes can be reused as they are.</summary>
    public bool IsIdentity => offsetDelta == 0 && lineDelta == 0;

    public SourceSpan Shift(SourceSpan span) =>
        new(span.Start + offsetDelta, span.Length, span.Line + lineDelta, span.Column, span.EndLine + lineDelta, span.EndColumn);

    public T Shift<T>(T node) where T : SyntaxNode => IsIdentity ? node : (T)Copiers.Value[node.GetType()](node, this);

    public Diagnostic Shift(Diagnostic diagnostic) => IsIdentity ? diagnostic : diagnostic with { Span = Shift(diagnostic.Span) };

    public SyntaxNode? ShiftNode(SyntaxNode? node) => node is null ? null : Copiers.Value[node.GetType()](node, this);

    public DocComment? ShiftDoc(DocComment? doc) => doc is null ? null : new DocComment(doc.Text, Shift(doc.Span));

    public ImmutableArray<T> ShiftAll<T>(ImmutableArray<T> items) where T : class
    {
        if (items.IsDefaultOrEmpty) return items;
        var builder = ImmutableArray.CreateBuilder<T>(items.Length);
        foreach (var item in items) builder.Add((T)(object)ShiftNode((SyntaxNode)(object)item)!);
        return builder.MoveToImmutable();
    }

    private static FrozenDictionary<Type, Func<SyntaxNode, SpanShifter, SyntaxNode>> BuildCopiers() =>
        typeof(SyntaxNode).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(SyntaxNode).IsAssignableFrom(t))
            .ToFrozenDictionary(t => t, BuildCopier);

    /// <summary>Compiles <c>(node, shifter) => new T(shift(node.A), shift(node.B), ...)</c> from the record's primary constructor.</summary>
    private static Func<SyntaxNode, SpanShifter, SyntaxNode> BuildCopier(Type type)
    {
        var constructor = type.GetConstructors().MaxBy(c => c.GetParameters().Length)
            ?? throw new InvalidOperationException($"{type.Name} has no public constructor");
        var node = Expr.Parameter(typeof(SyntaxNode), "node");
        var shifter = Expr.Parameter(typeof(SpanShifter), "shifter");
        var typed = Expr.Variable(type, "typed");
        var arguments = constructor.GetParameters().Select(p => ShiftedValue(type, p, Expr.Property(typed, p.Name!), shifter));
        var body = Expr.Block([typed],
            Expr.Assign(typed, Expr.Convert(node, type)),
            Expr.Convert(Expr.New(constructor, arguments), typeof(SyntaxNode)));
        return Expr.Lambda<Func<SyntaxNode, SpanShifter, SyntaxNode>>(body, node, shifter).Compile();
    }

    private static Expr ShiftedValue(Type owner, ParameterInfo parameter, Expr value, ParameterExpression shifter)
    {
        var type = parameter.ParameterType;
        if (type == typeof(SourceSpan)) return Expr.Call(shifter, nameof(Shift), null, value);
        if (type == typeof(DocComment)) return Expr.Call(shifter, nameof(ShiftDoc), null, value);
        if (IsNodeType(type)) return Expr.Convert(Expr.Call(shifter, nameof(ShiftNode), null, Expr.Convert(value, typeof(SyntaxNode))), type);
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(ImmutableArray<>) && IsNodeType(type.GetGenericArguments()[0]))
            return Expr.Call(shifter, nameof(ShiftAll), type.GetGenericArguments(), value);
        if (type == typeof(string) || type.IsPrimitive || type.IsEnum || type == typeof(TimeSpan)) return value;
        // A new kind of child that holds spans must be taught here, or reused trees would keep stale spans.
        throw new InvalidOperationException($"{owner.Name}.{parameter.Name}: cannot shift a {type.Name}");
    }

    // The member interfaces (IPlaybookMember, IStepMember...) are implemented by nodes only.
    private static bool IsNodeType(Type type) => typeof(SyntaxNode).IsAssignableFrom(type) || type.IsInterface && type.Namespace == typeof(SyntaxNode).Namespace;
}
