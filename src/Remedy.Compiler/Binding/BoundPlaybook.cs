using Remedy.Compiler.Symbols;
using Remedy.Syntax.Tree;

namespace Remedy.Compiler.Binding;

/// <summary>A playbook declaration with the file and symbol it belongs to.</summary>
internal sealed record BoundPlaybook(PlaybookDecl Declaration, FileContext File, DeclarationSymbol Symbol);
