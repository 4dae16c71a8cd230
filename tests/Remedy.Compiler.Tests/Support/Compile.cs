using Remedy.Compiler.Analysis;
using Remedy.Compiler.Workspace;

namespace Remedy.Compiler.Tests.Support;

/// <summary>Small helpers to compile a source text in a test.</summary>
public static class Compile
{
    public const string Header = "module cases\n\nimport std.k8s\nimport std.prometheus as prom\n\n";

    public static Compilation Source(string text, string path = "main.remedy") =>
        Compilation.Create([new SourceDocument(path, text)]);

    public static PlaybookAnalysis Playbook(string text, string name)
    {
        var compilation = Source(text);
        return compilation.Analysis.Find(name) ?? throw new InvalidOperationException($"no playbook {name}");
    }

    /// <summary>A supervised playbook around the given members, with guards that keep it otherwise clean.</summary>
    public static string Restart(string members, string guards = "blast_radius { max_targets 3; scope namespace \"payments\" }\n    timeout 30m") =>
        Header + "playbook p {\n    trigger alert \"HighMemory\"\n    autonomy supervised\n    " + guards + "\n" + members + "\n}\n";
}
