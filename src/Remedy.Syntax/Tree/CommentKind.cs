namespace Remedy.Syntax.Tree;

/// <summary>The kinds of comment the lexer keeps for the formatter and the editor.</summary>
public enum CommentKind
{
    /// <summary>A <c>//</c> comment to the end of the line.</summary>
    Line,
    /// <summary>A <c>/* */</c> comment.</summary>
    Block,
    /// <summary>A <c>///</c> documentation comment.</summary>
    Doc,
}
