using Remedy.Runtime.Values;

namespace Remedy.Runtime.Providers.Kubernetes;

/// <summary>Reads and checks the arguments the Kubernetes providers share.</summary>
internal static class KubernetesArgs
{
    public static ProviderResult? Name(MapValue args, string field, out string value)
    {
        if (!args.TryGetString(field, out value) || value.Length == 0)
        {
            return ProviderResult.BadArgument(field, "a non-empty name");
        }

        return null;
    }

    /// <summary>
    /// A label selector. The compiler rejects empty and <c>*</c> selectors (RMD1014); the runtime refuses them again
    /// because an empty selector matches everything in the namespace.
    /// </summary>
    public static ProviderResult? Selector(MapValue args, out string selector)
    {
        if (!args.TryGetString("selector", out selector) || selector.Trim().Length == 0 || selector.Trim() == "*")
        {
            return ProviderResult.BadArgument("selector", "a label selector such as app=checkout (an empty or * selector would match everything)");
        }

        return null;
    }

    /// <summary>A resource record (pod, deployment, node) passed as an argument: its name and, when namespaced, namespace.</summary>
    public static ProviderResult? Object(MapValue args, string field, bool namespaced, out string name, out string ns, out MapValue record)
    {
        name = ns = string.Empty;
        record = MapValue.Empty;
        if (args.Get(field) is not MapValue map)
        {
            return ProviderResult.BadArgument(field, $"a {field} record from a k8s query");
        }

        record = map;
        if (!map.TryGetString("name", out name) || name.Length == 0)
        {
            return ProviderResult.BadArgument(field + ".name", "a non-empty name");
        }

        if (namespaced && (!map.TryGetString("namespace", out ns) || ns.Length == 0))
        {
            return ProviderResult.BadArgument(field + ".namespace", "a non-empty namespace");
        }

        return null;
    }
}
