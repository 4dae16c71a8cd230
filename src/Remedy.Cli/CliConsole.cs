namespace Remedy.Cli;

/// <summary>The writers a command prints to.</summary>
/// <param name="Output">Results.</param>
/// <param name="Error">Problems with the invocation or its inputs.</param>
public sealed record CliConsole(TextWriter Output, TextWriter Error);
