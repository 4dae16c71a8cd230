using Remedy.Syntax.Text;

namespace Remedy.Syntax.Tree;

/// <summary>Something that may appear in a <c>step</c>: a statement or a step setting.</summary>
public interface IStepMember
{
    /// <summary>Where the member is.</summary>
    SourceSpan Span { get; }
}
