using System.Text;
using Remedy.LanguageServer.Protocol;
using Remedy.Syntax.Text;

namespace Remedy.LanguageServer.Workspace;

/// <summary>Applies incremental edits, whose ranges count UTF-16 code units as the protocol requires.</summary>
public static class TextChanges
{
    /// <summary>Applies the edits in order; each range refers to the text left by the edits before it.</summary>
    public static string Apply(string text, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = change.Text;
                continue;
            }
            var source = new SourceText(text);
            var start = Positions.ToOffset(source, change.Range.Start);
            var end = Math.Max(start, Positions.ToOffset(source, change.Range.End));
            text = new StringBuilder(text.Length - (end - start) + change.Text.Length)
                .Append(text, 0, start).Append(change.Text).Append(text, end, text.Length - end).ToString();
        }
        return text;
    }
}
