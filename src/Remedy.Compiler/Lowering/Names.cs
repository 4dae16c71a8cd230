using System.Text;

namespace Remedy.Compiler.Lowering;

/// <summary>How Remedy names become C# names: <c>checkout_memory_leak</c> → <c>CheckoutMemoryLeak</c>.</summary>
public static class Names
{
    /// <summary>The root namespace of generated playbooks.</summary>
    public const string RootNamespace = "Remedy.Playbooks";

    /// <summary>
    /// The class of a playbook: <c>CheckoutMemoryLeakPlaybook</c>. The suffix keeps it apart from the runtime's
    /// classes, which generated code calls by their simple names.
    /// </summary>
    /// <param name="playbook">The playbook name.</param>
    /// <returns>The C# class name.</returns>
    public static string Class(string playbook)
    {
        var name = Pascal(playbook) + "Playbook";
        return name is "CompiledPlaybook" or "LoadedPlaybook" ? name + "_" : name;
    }

    /// <summary>PascalCase of a snake_case name.</summary>
    /// <param name="name">The name.</param>
    /// <returns>The C# type name.</returns>
    public static string Pascal(string name)
    {
        var text = new StringBuilder();
        foreach (var part in name.Split('_', StringSplitOptions.RemoveEmptyEntries))
        {
            text.Append(char.ToUpperInvariant(part[0])).Append(part.AsSpan(1));
        }

        var result = text.Length == 0 ? "Playbook" : text.ToString();
        return char.IsAsciiDigit(result[0]) ? "P" + result : result;
    }

    /// <summary>The namespace of a module's playbooks: <c>payments.checkout</c> → <c>Remedy.Playbooks.Payments.Checkout</c>.</summary>
    /// <param name="module">The module name.</param>
    /// <returns>The namespace.</returns>
    public static string Namespace(string module) =>
        module.Length == 0 ? RootNamespace : RootNamespace + "." + string.Join('.', module.Split('.').Select(Pascal));
}
