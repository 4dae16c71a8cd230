using System.Collections.Immutable;
using Remedy.Syntax.Diagnostics;

namespace Remedy.Syntax.Incremental;

/// <summary>
/// What a parse that succeeded one declaration at a time keeps for the next edit: the tokens'
/// kinds and places (to find where the new text lexes the same) and each declaration's tree,
/// token range and what building it reported.
/// </summary>
/// <param name="Tokens">Every token of the file, the hidden ones included.</param>
/// <param name="HeaderEnd">The index of the first visible token after the module and imports.</param>
/// <param name="HeaderDiagnostics">What building the module and imports reported.</param>
/// <param name="Declarations">The top-level declarations in source order.</param>
/// <param name="Reused">How many of them this parse took over from the previous version (for tests and measurements).</param>
internal sealed record IncrementalState(TokenTable Tokens, int HeaderEnd, ImmutableArray<Diagnostic> HeaderDiagnostics, ImmutableArray<ParsedDeclaration> Declarations, int Reused);
