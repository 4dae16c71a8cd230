using System.Collections.Frozen;
using System.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>
/// Gives every local of a generated method a distinct C# name derived from its Remedy name, so a name reused
/// in two options or a nested <c>it</c> never shadows another (C# forbids that in lambdas).
/// </summary>
internal sealed class NameAllocator
{
    private static readonly FrozenSet<string> Reserved = new HashSet<string>(StringComparer.Ordinal)
    {
        "ctx", "ct", "stepCt", "verifyCt", "failure", "escalation", "group", "position",
        // The classes generated code calls by their simple names.
        "Access", "Arithmetic", "Build", "Compare", "Conversions", "Logic", "Pipeline", "Text", "RValue", "MapValue", "ListValue",
        "Task", "TimeSpan", "CancellationToken", "IStepContext", "RunFailure", "Spec", "Manifest",
    }.ToFrozenSet(StringComparer.Ordinal);

    private readonly Dictionary<string, int> used = new(StringComparer.Ordinal);

    /// <summary>A fresh name: <c>pods</c>, then <c>pods_2</c>, ...</summary>
    /// <param name="name">The Remedy name.</param>
    /// <returns>The C# name (verbatim-prefixed by the emitter when it is a keyword).</returns>
    public string Allocate(string name)
    {
        var clean = Clean(name);
        var count = used.GetValueOrDefault(clean);
        used[clean] = count + 1;
        var candidate = count == 0 && !Reserved.Contains(clean) ? clean : $"{clean}_{count + 1}";
        while (used.ContainsKey(candidate) && candidate != clean)
        {
            count++;
            used[clean] = count + 1;
            candidate = $"{clean}_{count + 1}";
        }

        used.TryAdd(candidate, 1);
        return candidate;
    }

    private static string Clean(string name)
    {
        var text = new StringBuilder();
        foreach (var c in name)
        {
            text.Append(char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_');
        }

        return text.Length == 0 || char.IsAsciiDigit(text[0]) ? "_" + text : text.ToString();
    }
}
