namespace Remedy.Cli.Input;

/// <summary>A source file read from disk.</summary>
/// <param name="DisplayPath">The path as shown in messages (relative when the user gave a relative path).</param>
/// <param name="FullPath">The absolute path.</param>
/// <param name="Text">The file's text.</param>
public sealed record SourceFile(string DisplayPath, string FullPath, string Text);
