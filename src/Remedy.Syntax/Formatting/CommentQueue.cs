using System.Collections.Immutable;
using Remedy.Syntax.Tree;

namespace Remedy.Syntax.Formatting;

/// <summary>
/// The file's comments in source order, handed out as printing passes their position. Every
/// comment is taken exactly once, which is what keeps the formatter from losing or doubling any.
/// </summary>
internal sealed class CommentQueue
{
    private readonly ImmutableArray<Comment> _comments;
    private readonly Dictionary<int, Comment> _byEnd;
    private readonly Dictionary<int, Comment> _byStart;
    private int _next;

    public CommentQueue(ImmutableArray<Comment> comments)
    {
        _comments = comments.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        _byEnd = new Dictionary<int, Comment>();
        _byStart = new Dictionary<int, Comment>();
        foreach (var comment in _comments)
        {
            _byEnd[comment.Span.End] = comment;
            _byStart[comment.Span.Start] = comment;
        }
    }

    public static CommentQueue Empty { get; } = new([]);

    public Comment? Peek => _next < _comments.Length ? _comments[_next] : null;

    public bool IsEmpty => _next >= _comments.Length;

    public bool NextStartsBefore(int offset) => _next < _comments.Length && _comments[_next].Span.Start < offset;

    public Comment Take() => _comments[_next++];

    /// <summary>The untaken comments that start before <paramref name="offset"/>, without taking them.</summary>
    public IReadOnlyList<Comment> PeekBefore(int offset)
    {
        var result = new List<Comment>();
        for (var i = _next; i < _comments.Length && _comments[i].Span.Start < offset; i++) result.Add(_comments[i]);
        return result;
    }

    /// <summary>Whether any comment, taken or not, starts inside [start, end) and satisfies <paramref name="predicate"/>.</summary>
    public bool AnyStartsWithin(int start, int end, Func<Comment, bool>? predicate = null)
    {
        int low = 0, high = _comments.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (_comments[middle].Span.Start < start) low = middle + 1; else high = middle;
        }
        for (var i = low; i < _comments.Length && _comments[i].Span.Start < end; i++)
            if (predicate is null || predicate(_comments[i])) return true;
        return false;
    }

    /// <summary>The comment whose text ends just before <paramref name="offset"/>, used to scan backwards over trivia.</summary>
    public Comment? EndingAt(int offset) => _byEnd.GetValueOrDefault(offset);

    /// <summary>The comment that starts at <paramref name="offset"/>, used to scan forwards over trivia.</summary>
    public Comment? StartingAt(int offset) => _byStart.GetValueOrDefault(offset);
}
