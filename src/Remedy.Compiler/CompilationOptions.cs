namespace Remedy.Compiler;

/// <summary>Options of a <see cref="Compilation"/>.</summary>
/// <param name="IncludeStandardLibrary">Whether the embedded standard library is compiled with the documents (default true; tests may turn it off).</param>
public sealed record CompilationOptions(bool IncludeStandardLibrary = true)
{
    /// <summary>The default options: the standard library included.</summary>
    public static CompilationOptions Default { get; } = new();
}
