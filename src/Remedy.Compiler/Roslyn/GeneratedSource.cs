namespace Remedy.Compiler.Roslyn;

/// <summary>One C# file of a playbook assembly.</summary>
/// <param name="Path">Its name (used in diagnostics for lines without a <c>#line</c> back to a .remedy file).</param>
/// <param name="Text">The C# text.</param>
public sealed record GeneratedSource(string Path, string Text);
