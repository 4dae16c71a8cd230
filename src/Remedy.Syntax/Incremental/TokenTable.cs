using Antlr4.Runtime;

namespace Remedy.Syntax.Incremental;

/// <summary>The kind, channel and place of every token of one parse, kept compactly (not the tokens themselves).</summary>
internal sealed class TokenTable
{
    private readonly int[] _types;
    private readonly int[] _starts;
    private readonly int[] _stops;
    private readonly bool[] _visible;

    public TokenTable(IReadOnlyList<IToken> tokens)
    {
        _types = new int[tokens.Count];
        _starts = new int[tokens.Count];
        _stops = new int[tokens.Count];
        _visible = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            _types[i] = token.Type;
            _starts[i] = token.StartIndex;
            _stops[i] = token.StopIndex;
            _visible[i] = token.Channel == TokenConstants.DefaultChannel;
        }
    }

    public int Count => _types.Length;

    public int Start(int index) => _starts[index];

    /// <summary>Whether <paramref name="token"/> lexed as token <paramref name="index"/> did, <paramref name="delta"/> characters later.</summary>
    public bool Matches(int index, IToken token, int delta) =>
        _types[index] == token.Type && _starts[index] + delta == token.StartIndex && _stops[index] + delta == token.StopIndex
        && _visible[index] == (token.Channel == TokenConstants.DefaultChannel);

    /// <summary>The index of the last visible token before <paramref name="index"/>, or -1.</summary>
    public int PreviousVisible(int index)
    {
        for (var i = index - 1; i >= 0; i--)
            if (_visible[i]) return i;
        return -1;
    }
}
