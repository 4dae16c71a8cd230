using System.Collections.Immutable;
using Remedy.Syntax.Diagnostics;
using Remedy.Syntax.Tree;

namespace Remedy.Syntax.Incremental;

/// <summary>One top-level declaration as the parser built it.</summary>
/// <param name="FirstToken">The index of its first token.</param>
/// <param name="LastToken">The index of its last token.</param>
/// <param name="Node">Its tree; null for a misplaced <c>module</c> or <c>import</c>, which only reports.</param>
/// <param name="Diagnostics">What building it reported.</param>
/// <param name="DocTokens">The doc comment tokens it attached (to itself or its fields).</param>
internal sealed record ParsedDeclaration(int FirstToken, int LastToken, Declaration? Node, ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<int> DocTokens);
