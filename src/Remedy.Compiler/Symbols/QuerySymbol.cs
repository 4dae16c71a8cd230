using Remedy.Compiler.Types;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Symbols;

/// <summary>A <c>query</c>: a read-only call to a provider.</summary>
public sealed class QuerySymbol : CallableSymbol
{
    private RemedyType _returnType = BuiltinTypes.Error;

    internal QuerySymbol(QueryDecl declaration, string moduleName, string path, string? providerId, TimeSpan? timeout, long? maxResults)
        : base(declaration.Name.Name, moduleName, path, declaration.Name, declaration.Doc)
    {
        Declaration = declaration;
        ProviderId = providerId;
        Timeout = timeout;
        MaxResults = maxResults;
    }

    /// <inheritdoc />
    public override SymbolKind Kind => SymbolKind.Query;

    /// <summary>The declaration.</summary>
    public QueryDecl Declaration { get; }

    /// <inheritdoc />
    public override RemedyType Type => _returnType;

    /// <inheritdoc />
    public override string? ProviderId { get; }

    /// <inheritdoc />
    public override TimeSpan? Timeout { get; }

    /// <summary>The declared <c>max_results</c>: the most items the query returns, or null when unbounded.</summary>
    public long? MaxResults { get; }

    /// <summary>Whether the query returns a list (a population of targets).</summary>
    public bool ReturnsList => _returnType is ListType;

    /// <inheritdoc />
    public override string Display => $"query {QualifiedName}{Signature} -> {Type.DisplayName}";

    internal void SetReturnType(RemedyType type) => _returnType = type;
}
