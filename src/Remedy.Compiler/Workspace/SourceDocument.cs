namespace Remedy.Compiler.Workspace;

/// <summary>One source file handed to the compiler.</summary>
/// <param name="Path">The path shown in diagnostics.</param>
/// <param name="Text">The file's text.</param>
public sealed record SourceDocument(string Path, string Text);
