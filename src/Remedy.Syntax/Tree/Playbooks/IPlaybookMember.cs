using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>Something that may appear directly in a <c>playbook</c>.</summary>
public interface IPlaybookMember
{
    /// <summary>Where the member is.</summary>
    SourceSpan Span { get; }
}
