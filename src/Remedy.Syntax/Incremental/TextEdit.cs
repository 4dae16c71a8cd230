namespace Remedy.Syntax.Incremental;

/// <summary>What changed between two versions of a text: the characters they share at both ends, and the differing middle.</summary>
/// <param name="Start">Where the texts start to differ (the length of their common prefix).</param>
/// <param name="OldEnd">Where the old text's differing middle ends.</param>
/// <param name="NewEnd">Where the new text's differing middle ends.</param>
internal readonly record struct TextEdit(int Start, int OldEnd, int NewEnd)
{
    /// <summary>How far the text after the edit moved.</summary>
    public int Delta => NewEnd - OldEnd;

    public static TextEdit Between(string oldText, string newText)
    {
        var prefix = oldText.AsSpan().CommonPrefixLength(newText);
        var oldRest = oldText.AsSpan(prefix);
        var newRest = newText.AsSpan(prefix);
        var suffix = 0;
        var most = Math.Min(oldRest.Length, newRest.Length);
        while (suffix < most && oldRest[oldRest.Length - 1 - suffix] == newRest[newRest.Length - 1 - suffix]) suffix++;
        return new TextEdit(prefix, oldText.Length - suffix, newText.Length - suffix);
    }
}
