using System.Collections.Immutable;
using Remedy.Syntax.Diagnostics;

namespace Remedy.Syntax.Incremental;

/// <summary>
/// What a parse that succeeded one declaration at a time keeps for the next edit: the tokens'
/// kinds and places (to find where the new text lexes the same) and each declaration's tree,
/// token range and what building it reported.
/// </summary>
/// <param name="Tokens">Every token of the file, the hidden ones included, compactly.</param>
/// <param name="Lexed">The tokens themselves, which the next version's lexing keeps or moves.</param>
/// <param name="LexicalDiagnostics">What lexing reported.</param>
/// <param name="HeaderEnd">The index of the first visible token after the module and imports.</param>
/// <param name="HeaderDiagnostics">What building the module and imports reported.</param>
/// <param name="Declarations">The top-level declarations in source order.</param>
/// <param name="Reused">How many of them this parse took over from the previous version (for tests and measurements).</param>
internal sealed record IncrementalState(TokenTable Tokens, IReadOnlyList<Antlr4.Runtime.IToken> Lexed, ImmutableArray<Diagnostic> LexicalDiagnostics, int HeaderEnd, ImmutableArray<Diagnostic> HeaderDiagnostics, ImmutableArray<ParsedDeclaration> Declarations, int Reused);
