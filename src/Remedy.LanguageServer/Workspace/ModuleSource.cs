using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Workspace;

/// <summary>A parsed file that declares a module: a standard library file, a workspace file or an open document.</summary>
/// <param name="Uri">The file's URI, the target of go to definition.</param>
/// <param name="Tree">Its syntax tree.</param>
/// <param name="IsStandardLibrary">Whether it is part of the standard library (never edited by fixes or renames).</param>
public sealed record ModuleSource(string Uri, SyntaxTree Tree, bool IsStandardLibrary)
{
    /// <summary>The declared module name, or empty when the file has no <c>module</c> line.</summary>
    public string ModuleName => Tree.Root.Module?.Name.Text ?? "";
}
