using Remedy.Syntax.Tree;

namespace Remedy.Syntax.Incremental;

/// <summary>A file parsed one declaration at a time, with what the next edit needs to reuse it (when the caller keeps it).</summary>
internal sealed record FastParse(CompilationUnit Root, IncrementalState? State);
