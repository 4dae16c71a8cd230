using System.Collections.Frozen;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Remedy.Runtime.Engine;

namespace Remedy.Compiler.Roslyn;

/// <summary>
/// What generated C# may use. Types come from the runtime's own load-time allowlist (<see cref="ApiAllowlist"/>),
/// so the compiler and the runtime agree by construction; on top of it, members and types that live in an
/// allowed namespace but escape the runtime's control are refused here (starting threads, reading the wall
/// clock, parallel LINQ, compiler back doors), because the load-time check sees types only.
/// </summary>
public static class ApiPolicy
{
    private static readonly FrozenDictionary<string, string> ForbiddenTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["System.Threading.Tasks.Parallel"] = "it runs code on other threads",
        ["System.Threading.Tasks.ParallelOptions"] = "it runs code on other threads",
        ["System.Threading.Tasks.ParallelLoopState"] = "it runs code on other threads",
        ["System.Threading.Tasks.TaskFactory"] = "it starts tasks outside the runtime's control",
        ["System.Threading.Tasks.TaskFactory`1"] = "it starts tasks outside the runtime's control",
        ["System.Threading.Tasks.TaskScheduler"] = "it schedules work outside the runtime's control",
        ["System.Linq.ParallelEnumerable"] = "it runs code on other threads",
        ["System.Linq.ParallelQuery"] = "it runs code on other threads",
        ["System.Linq.ParallelQuery`1"] = "it runs code on other threads",
        ["System.Linq.Queryable"] = "it compiles expression trees at run time",
        ["System.Linq.EnumerableQuery`1"] = "it compiles expression trees at run time",
        ["System.Runtime.CompilerServices.RuntimeHelpers"] = "it reaches past the type system",
        ["System.Runtime.CompilerServices.ModuleInitializerAttribute"] = "it runs code when the assembly loads, before the runtime checks it",
        ["System.Runtime.CompilerServices.MethodImplAttribute"] = "it can bind methods to runtime internals",
        ["System.Runtime.CompilerServices.UnsafeAccessorTypeAttribute"] = "it reaches private members",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> ForbiddenMembers = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["System.Threading.Tasks.Task.Run"] = "it starts work outside the runtime's control",
        ["System.Threading.Tasks.Task.Factory"] = "it starts work outside the runtime's control",
        ["System.Threading.Tasks.Task.Start"] = "it starts work outside the runtime's control",
        ["System.Threading.Tasks.Task.RunSynchronously"] = "it runs work outside the runtime's control",
        ["System.Threading.Tasks.Task.Delay"] = "waits go through IStepContext.WaitAsync, which the runtime bounds and journals",
        ["System.Threading.Tasks.Task.Wait"] = "it blocks a thread; await instead",
        ["System.Threading.Tasks.Task.WaitAll"] = "it blocks a thread; await instead",
        ["System.Threading.Tasks.Task.WaitAny"] = "it blocks a thread; await instead",
        ["System.Threading.Tasks.Task`1.Factory"] = "it starts work outside the runtime's control",
        ["System.Threading.Tasks.Task`1.Result"] = "it blocks a thread; await instead",
        ["System.DateTimeOffset.Now"] = "it reads the wall clock; time comes from the runtime",
        ["System.DateTimeOffset.UtcNow"] = "it reads the wall clock; time comes from the runtime",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The namespaces generated code may not declare types in, because the runtime trusts names there.</summary>
    public static ImmutableArray<string> ReservedNamespaces { get; } = ["System", "Microsoft", "Remedy.Runtime"];

    /// <summary>Why a type may not be used, or null when it may.</summary>
    /// <param name="fullName">The metadata name, nested types as <c>Outer+Inner</c>, generics with their arity.</param>
    /// <returns>The reason, or null.</returns>
    public static string? WhyForbidden(string fullName)
    {
        var outer = fullName.Split('+')[0];
        if (ForbiddenTypes.TryGetValue(outer, out var reason))
        {
            return reason;
        }

        return ApiAllowlist.IsAllowed(fullName) ? null : Category(outer);
    }

    /// <summary>Why a member of an allowed type may not be used, or null when it may.</summary>
    /// <param name="typeName">The containing type's metadata name.</param>
    /// <param name="member">The member's name.</param>
    /// <returns>The reason, or null.</returns>
    public static string? WhyForbidden(string typeName, string member) =>
        ForbiddenMembers.GetValueOrDefault(typeName + "." + member);

    /// <summary>The metadata name of a named type: namespace, containing types joined with <c>+</c>, arity.</summary>
    /// <param name="type">The type (its original definition is used).</param>
    /// <returns>The name.</returns>
    public static string MetadataName(INamedTypeSymbol type)
    {
        type = type.OriginalDefinition;
        var name = type.MetadataName;
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            name = outer.MetadataName + "+" + name;
        }

        var ns = type.ContainingNamespace;
        return ns is null || ns.IsGlobalNamespace ? name : ns.ToDisplayString() + "." + name;
    }

    // What the forbidden thing gives access to, so the message says why rather than only what.
    private static string Category(string name) => name switch
    {
        _ when name.StartsWith("System.IO.", StringComparison.Ordinal) => "it reaches the file system; use the std.files actions",
        _ when name.StartsWith("System.Diagnostics.Process", StringComparison.Ordinal) => "it starts processes; use the std.process actions",
        _ when name.StartsWith("System.Net.", StringComparison.Ordinal) => "it reaches the network; use the std.http actions",
        _ when name.StartsWith("System.Reflection.", StringComparison.Ordinal) || name is "System.Type" or "System.Activator" or "System.Delegate" or "System.MulticastDelegate"
            => "it is reflection, which reaches past the playbook API",
        _ when name.StartsWith("System.Runtime.InteropServices.", StringComparison.Ordinal) => "it is native interop",
        _ when name.StartsWith("System.Threading.", StringComparison.Ordinal) => "it manages threads or timers outside the runtime's control",
        _ when name is "System.Environment" or "System.AppDomain" or "System.AppContext" or "System.GC" or "System.Console"
            => "it touches process-wide state",
        _ when name.StartsWith("Remedy.Runtime.", StringComparison.Ordinal) => "it is runtime machinery, not the playbook API",
        _ => "only the runtime's playbook API, tasks, collections, LINQ, strings, numbers, TimeSpan and Math are allowed",
    };
}
