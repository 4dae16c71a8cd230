using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Remedy.Runtime.Engine;

/// <summary>
/// Checks, before loading, that a compiled playbook assembly uses nothing but the runtime's playbook API and a
/// small set of framework types (tasks, collections, LINQ, strings, numbers). Every type the assembly references
/// is read from its metadata and compared with the allowlist, so file, process, network, reflection, interop
/// and the runtime's own stores and providers are all out of reach, whatever the code does with them.
/// </summary>
public static class ApiAllowlist
{
    private static readonly string[] AllowedNamespaces =
    [
        "Remedy.Runtime.Manifest",
        "Remedy.Runtime.Values",
        "System.Collections.Generic",
        "System.Linq",
        "System.Threading.Tasks",
    ];

    private static readonly HashSet<string> AllowedTypes = new(StringComparer.Ordinal)
    {
        "Remedy.Runtime.Engine.CompiledPlaybook", "Remedy.Runtime.Engine.IStepContext", "Remedy.Runtime.Engine.TargetSet",
        "Remedy.Runtime.Engine.RunFailure", "Remedy.Runtime.Journal.RunOutcome", "Remedy.Runtime.Journal.CompensationReport",
        "Remedy.Runtime.Safety.Refusal", "Remedy.Runtime.Safety.GuardKind", "Remedy.Runtime.Providers.ProviderFailure",
        "Remedy.Runtime.Providers.FailureKind",
        "Remedy.Runtime.Expressions.Access", "Remedy.Runtime.Expressions.Arithmetic", "Remedy.Runtime.Expressions.Build",
        "Remedy.Runtime.Expressions.Compare", "Remedy.Runtime.Expressions.Conversions", "Remedy.Runtime.Expressions.Logic",
        "Remedy.Runtime.Expressions.Pipeline", "Remedy.Runtime.Expressions.Text",
        "System.Object", "System.ValueType", "System.Enum", "System.Attribute", "System.AttributeUsageAttribute", "System.AttributeTargets",
        "System.String", "System.Char", "System.Boolean", "System.Int32", "System.Int64", "System.Double", "System.Decimal",
        "System.TimeSpan", "System.DateTimeOffset", "System.Math", "System.Nullable`1", "System.Array", "System.Span`1", "System.ReadOnlySpan`1",
        "System.StringComparison", "System.StringComparer", "System.IFormatProvider", "System.IEquatable`1", "System.IDisposable",
        "System.Globalization.CultureInfo",
        "System.Threading.CancellationToken",
        "System.Collections.IEnumerable", "System.Collections.IEnumerator",
        "System.Diagnostics.DebuggableAttribute", "System.Diagnostics.DebuggerBrowsableAttribute", "System.Diagnostics.DebuggerBrowsableState",
        "System.Diagnostics.DebuggerHiddenAttribute", "System.Diagnostics.DebuggerStepThroughAttribute", "System.Diagnostics.DebuggerNonUserCodeAttribute",
        "System.Runtime.Versioning.TargetFrameworkAttribute",
        "System.Reflection.AssemblyCompanyAttribute", "System.Reflection.AssemblyConfigurationAttribute", "System.Reflection.AssemblyFileVersionAttribute",
        "System.Reflection.AssemblyInformationalVersionAttribute", "System.Reflection.AssemblyProductAttribute", "System.Reflection.AssemblyTitleAttribute",
        "System.Reflection.AssemblyVersionAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Reflection.DefaultMemberAttribute",
    };

    // Async methods compiled by C# name these in signatures only: the state machine's attribute takes a Type, its
    // catch clause an Exception. Any member of them (Type.GetMethod, typeof's GetTypeFromHandle, Exception's
    // constructor) is a member reference, which Check rejects, so reflection stays out of reach.
    private static readonly HashSet<string> SignatureOnlyTypes = new(StringComparer.Ordinal) { "System.Type", "System.Exception" };

    // Compiler plumbing (async state machines, interpolated strings, nullable and required-member attributes)
    // lives here; Unsafe and UnsafeAccessor would reach past the type system, so they stay out.
    private const string CompilerServices = "System.Runtime.CompilerServices";

    private static readonly HashSet<string> ForbiddenCompilerServices = new(StringComparer.Ordinal)
    {
        "System.Runtime.CompilerServices.Unsafe",
        "System.Runtime.CompilerServices.UnsafeAccessorAttribute",
        "System.Runtime.CompilerServices.UnsafeAccessorKind",
    };

    /// <summary>Checks an assembly image.</summary>
    /// <param name="image">The assembly file's bytes.</param>
    /// <returns>One message per forbidden use; empty when the assembly may be loaded.</returns>
    public static IReadOnlyList<string> Check(ImmutableArray<byte> image)
    {
        try
        {
            using var pe = new PEReader(image);
            if (!pe.HasMetadata)
            {
                return ["the file is not a .NET assembly"];
            }

            var metadata = pe.GetMetadataReader();
            var problems = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var handle in metadata.TypeReferences)
            {
                var name = MetadataInspection.FullName(metadata, handle);
                if (!IsAllowed(name) && !SignatureOnlyTypes.Contains(name))
                {
                    problems.Add($"it uses {name}, which generated playbooks may not use");
                }
            }

            foreach (var handle in metadata.MemberReferences)
            {
                var member = metadata.GetMemberReference(handle);
                if (member.Parent.Kind == HandleKind.TypeReference
                    && MetadataInspection.FullName(metadata, (TypeReferenceHandle)member.Parent) is var owner && SignatureOnlyTypes.Contains(owner))
                {
                    problems.Add($"it uses {owner}.{metadata.GetString(member.Name)}, which generated playbooks may not use");
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

    /// <summary>Whether generated code may use a type.</summary>
    /// <param name="fullName">The type's full name (nested types as <c>Outer+Inner</c>).</param>
    /// <returns>True when allowed.</returns>
    public static bool IsAllowed(string fullName)
    {
        var outer = fullName.Split('+')[0];
        if (AllowedTypes.Contains(outer) || outer.StartsWith("System.Func`", StringComparison.Ordinal)
            || outer.StartsWith("System.Action", StringComparison.Ordinal) || outer.StartsWith("System.ValueTuple", StringComparison.Ordinal))
        {
            return true;
        }

        var dot = outer.LastIndexOf('.');
        var ns = dot < 0 ? string.Empty : outer[..dot];
        if (ns == CompilerServices)
        {
            return !ForbiddenCompilerServices.Contains(outer);
        }

        return AllowedNamespaces.Contains(ns, StringComparer.Ordinal);
    }
}
