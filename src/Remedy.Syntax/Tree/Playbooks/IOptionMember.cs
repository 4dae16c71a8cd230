using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>Something that may appear in an <c>option</c> of a <c>choose</c>.</summary>
public interface IOptionMember
{
    /// <summary>Where the member is.</summary>
    SourceSpan Span { get; }
}
