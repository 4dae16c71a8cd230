using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>A clause that may appear in a <c>query</c>.</summary>
public interface IQueryClause
{
    /// <summary>Where the clause is.</summary>
    SourceSpan Span { get; }
}
