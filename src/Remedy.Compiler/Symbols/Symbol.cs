using Remedy.Compiler.Types;
using Remedy.Syntax.Text;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Symbols;

/// <summary>
/// A named thing a program refers to. Symbols are compared by reference: two symbols are the
/// same only when they are the same object.
/// </summary>
public abstract class Symbol
{
    /// <summary>Creates a symbol.</summary>
    protected Symbol(string name, string? path, Identifier? nameNode, DocComment? doc)
    {
        Name = name;
        Path = path;
        NameNode = nameNode;
        Doc = doc;
    }

    /// <summary>The simple name.</summary>
    public string Name { get; }

    /// <summary>What the symbol names.</summary>
    public abstract SymbolKind Kind { get; }

    /// <summary>The file that declares the symbol, or null for a built-in.</summary>
    public string? Path { get; }

    /// <summary>The identifier that declares the symbol, or null for a built-in.</summary>
    public Identifier? NameNode { get; }

    /// <summary>Where the symbol is declared (the declaring identifier), if it is declared in source.</summary>
    public SourceSpan? DeclarationSpan => NameNode?.Span;

    /// <summary>The <c>///</c> documentation of the symbol, if any.</summary>
    public DocComment? Doc { get; }

    /// <summary>The type of the symbol's value (for a query or action: its result).</summary>
    public abstract RemedyType Type { get; }

    /// <summary>A short description for hovers and messages, e.g. <c>query std.k8s.pods(namespace: string, selector: string) -&gt; list&lt;std.k8s.Pod&gt;</c>.</summary>
    public virtual string Display => $"{KindText} {Name}: {Type.DisplayName}";

    /// <summary>The kind as users read it in messages.</summary>
    public virtual string KindText => Kind switch
    {
        SymbolKind.LoopVariable => "loop variable",
        SymbolKind.QuantifierVariable => "quantifier variable",
        SymbolKind.BuiltinFunction => "built-in function",
        SymbolKind.ImportAlias => "import",
        _ => Kind.ToString().ToLowerInvariant(),
    };

    /// <inheritdoc />
    public override string ToString() => Display;
}
