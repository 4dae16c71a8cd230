namespace Remedy.Compiler.Emit;

/// <summary>Where the time of a compile went.</summary>
/// <param name="FrontEnd">Parsing is done before; binding, type checking, analysis and safety verification.</param>
/// <param name="Emit">Lowering to the IR and writing C#.</param>
/// <param name="Roslyn">Compiling, checking and emitting the assembly (near zero when cached).</param>
public sealed record CompileTimings(TimeSpan FrontEnd, TimeSpan Emit, TimeSpan Roslyn);
