using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using Remedy.Runtime.Engine;

namespace Remedy.Runtime.Providers.Scripting;

/// <summary>
/// Reads every type a compiled script references from its metadata, before any of its code is loaded, and reports
/// each one outside the script allowlist, plus any route to native code. It mirrors the playbook check in
/// <see cref="Remedy.Runtime.Engine.ApiAllowlist"/> but is kept apart so each list can change without the other.
/// </summary>
internal static class ScriptImageCheck
{
    public static IReadOnlyList<string> Check(byte[] image, Func<string, bool> isAllowed)
    {
        try
        {
            using var pe = new PEReader(new MemoryStream(image));
            if (!pe.HasMetadata)
            {
                return ["the file is not a .NET assembly"];
            }

            var metadata = pe.GetMetadataReader();
            var problems = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var handle in metadata.TypeReferences)
            {
                var name = MetadataInspection.FullName(metadata, handle);
                if (!isAllowed(name))
                {
                    problems.Add($"it uses {name}, which script providers may not use");
                }
            }

            problems.UnionWith(MetadataInspection.NativeCodeProblems(metadata));

            return problems.ToArray();
        }
        catch (BadImageFormatException e)
        {
            return [$"the file is not a valid assembly: {e.Message}"];
        }
    }
}
