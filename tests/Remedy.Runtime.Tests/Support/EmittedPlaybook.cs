using System.Reflection;
using System.Reflection.Emit;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Manifest;

namespace Remedy.Runtime.Tests.Support;

/// <summary>
/// Emits a real playbook assembly (IL, saved to bytes) as a compiler would, so loading is tested on a genuine
/// separate assembly: <c>Manifest</c> returns <c>new PlaybookManifest { Name = …, SourceHash = … }</c> plus an
/// optional query, and <c>ExecuteAsync</c> notifies a channel, optionally after a forbidden call.
/// </summary>
public static class EmittedPlaybook
{
    public static byte[] Build(string playbookName, Action<ILGenerator>? beforeNotify = null, string? queryProvider = null)
    {
        var assembly = new PersistedAssemblyBuilder(new AssemblyName("Emitted." + playbookName), typeof(object).Assembly);
        var module = assembly.DefineDynamicModule("Emitted." + playbookName);
        var type = module.DefineType("Generated." + playbookName, TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class, typeof(CompiledPlaybook));
        type.DefineDefaultConstructor(MethodAttributes.Public);

        var getter = type.DefineMethod("get_Manifest",
            MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.HideBySig | MethodAttributes.SpecialName,
            typeof(PlaybookManifest), Type.EmptyTypes);
        var il = getter.GetILGenerator();
        il.Emit(OpCodes.Newobj, typeof(PlaybookManifest).GetConstructor(Type.EmptyTypes)!);
        SetProperty(il, "Name", () => il.Emit(OpCodes.Ldstr, playbookName));
        SetProperty(il, "SourceHash", () => il.Emit(OpCodes.Ldstr, new string('e', 64)));
        SetProperty(il, "Autonomy", () => il.Emit(OpCodes.Ldc_I4, (int)AutonomyLevel.ObserveOnly));
        if (queryProvider is not null)
        {
            SetProperty(il, "Queries", () =>
            {
                il.Emit(OpCodes.Ldc_I4_1);
                il.Emit(OpCodes.Newarr, typeof(QueryDescriptor));
                il.Emit(OpCodes.Dup);
                il.Emit(OpCodes.Ldc_I4_0);
                il.Emit(OpCodes.Ldstr, "q");
                il.Emit(OpCodes.Ldstr, queryProvider);
                il.Emit(OpCodes.Ldc_R8, 5.0);
                il.Emit(OpCodes.Call, typeof(TimeSpan).GetMethod(nameof(TimeSpan.FromSeconds), [typeof(double)])!);
                il.Emit(OpCodes.Newobj, typeof(QueryDescriptor).GetConstructors().Single(c => c.GetParameters().Length == 3));
                il.Emit(OpCodes.Stelem_Ref);
            });
        }

        il.Emit(OpCodes.Ret);
        var property = type.DefineProperty("Manifest", PropertyAttributes.None, typeof(PlaybookManifest), null);
        property.SetGetMethod(getter);

        var execute = type.DefineMethod("ExecuteAsync",
            MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.HideBySig,
            typeof(Task), [typeof(IStepContext), typeof(CancellationToken)]);
        il = execute.GetILGenerator();
        beforeNotify?.Invoke(il);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldstr, "ops");
        il.Emit(OpCodes.Ldstr, "hello from " + playbookName);
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Callvirt, typeof(IStepContext).GetMethod(nameof(IStepContext.NotifyAsync))!);
        il.Emit(OpCodes.Ret);

        type.CreateType();
        using var stream = new MemoryStream();
        assembly.Save(stream);
        return stream.ToArray();
    }

    private static void SetProperty(ILGenerator il, string name, Action pushValue)
    {
        il.Emit(OpCodes.Dup);
        pushValue();
        il.Emit(OpCodes.Callvirt, typeof(PlaybookManifest).GetProperty(name)!.SetMethod!);
    }
}
