using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace Remedy.Runtime.Engine;

/// <summary>
/// What both load-time checks (generated playbooks and script providers) read from an assembly's
/// metadata before any of its code runs: type names as the allowlists spell them, and every route
/// to native code. The allowlists themselves stay apart so each can change without the other.
/// </summary>
internal static class MetadataInspection
{
    /// <summary>A referenced type's full name, nested types joined with '+'.</summary>
    public static string FullName(MetadataReader metadata, TypeReferenceHandle handle)
    {
        var type = metadata.GetTypeReference(handle);
        var name = metadata.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            return FullName(metadata, (TypeReferenceHandle)type.ResolutionScope) + "+" + name;
        }

        var ns = metadata.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>Native modules the assembly references and methods it implements in native code (P/Invoke).</summary>
    public static IEnumerable<string> NativeCodeProblems(MetadataReader metadata)
    {
        for (var row = 1; row <= metadata.GetTableRowCount(TableIndex.ModuleRef); row++)
        {
            var module = metadata.GetModuleReference(MetadataTokens.ModuleReferenceHandle(row));
            yield return $"it references the native module '{metadata.GetString(module.Name)}'";
        }

        foreach (var handle in metadata.MethodDefinitions)
        {
            var method = metadata.GetMethodDefinition(handle);
            if ((method.Attributes & MethodAttributes.PinvokeImpl) != 0)
            {
                yield return $"method '{metadata.GetString(method.Name)}' calls native code";
            }
        }
    }
}
