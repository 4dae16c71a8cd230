using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>A clause that may appear in an <c>action</c>.</summary>
public interface IActionClause
{
    /// <summary>Where the clause is.</summary>
    SourceSpan Span { get; }
}
