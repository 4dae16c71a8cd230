using Remedy.LanguageServer.Workspace;
using Remedy.Syntax.Tree;

namespace Remedy.LanguageServer.Analysis;

/// <summary>The type of a value as far as the syntax shows it: enough to list a resource's fields after a dot.</summary>
internal sealed record InferredType(string Display, InferredType? Element = null, ResourceDecl? Resource = null, ModuleSource? ResourceSource = null, bool IsAlert = false)
{
    public static InferredType Alert { get; } = new("alert", IsAlert: true);

    public static InferredType Named(string name) => new(name);

    public static InferredType ListOf(InferredType element) => new($"list<{element.Display}>", element);

    public override string ToString() => Display;
}
