using Remedy.Compiler.Roslyn;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Storage;
using Remedy.Syntax.Diagnostics;

namespace Remedy.Compiler.Tests.Roslyn;

/// <summary>
/// Hand-edited generated C# that tries to reach past the playbook API. Every escape is rejected with an RMD
/// diagnostic that names what was used, and the same class without the escape compiles (so the rejection is
/// the escape's doing).
/// </summary>
public sealed class EscapeTests
{
    private static readonly AssemblyBuilder Builder = new();

    public static TheoryData<string, string, string, string> Escapes() => new()
    {
        { "file_delete", "System.IO.File.Delete(\"/etc/passwd\");", "", "RMD2001:System.IO.File" },
        { "file_read", "var text = System.IO.File.ReadAllText(\"/etc/shadow\");", "", "RMD2001:System.IO.File" },
        { "path_temp", "var p = System.IO.Path.GetTempPath();", "", "RMD2001:System.IO.Path" },
        { "process_start", "System.Diagnostics.Process.Start(\"rm\", \"-rf /\");", "", "RMD200" },
        { "http_client", "using var http = new System.Net.Http.HttpClient(); await http.GetStringAsync(\"http://evil\");", "", "RMD200" },
        { "socket", "var s = new System.Net.Sockets.Socket(default, default, default);", "", "RMD200" },
        { "type_gettype", "var t = Type.GetType(\"System.IO.File\");", "", "RMD2001:System.Type" },
        { "object_gettype", "var t = ctx.GetType();", "", "RMD2001:System.Type" },
        { "assembly_load", "var a = System.Reflection.Assembly.Load(new byte[0]);", "", "RMD2001:System.Reflection.Assembly" },
        { "reflection_invoke", "typeof(string).GetMethod(\"Copy\").Invoke(null, null);", "", "RMD2001:System.Type" },
        { "activator", "var o = Activator.CreateInstance(typeof(Remedy.Runtime.Storage.InMemoryStore));", "", "RMD2001:System.Activator" },
        { "environment_exit", "Environment.Exit(1);", "", "RMD2001:System.Environment" },
        { "environment_variable", "var home = Environment.GetEnvironmentVariable(\"HOME\");", "", "RMD2001:System.Environment" },
        { "appdomain", "var d = AppDomain.CurrentDomain;", "", "RMD2001:System.AppDomain" },
        { "gc", "GC.Collect();", "", "RMD2001:System.GC" },
        { "console", "Console.WriteLine(\"hi\");", "", "RMD200" },
        { "thread", "new System.Threading.Thread(() => { }).Start();", "", "RMD200" },
        { "timer", "var t = new System.Threading.Timer(_ => { }, null, 0, 1000);", "", "RMD200" },
        { "task_run", "await Task.Run(() => 1);", "", "RMD2001:System.Threading.Tasks.Task.Run" },
        { "task_delay", "await Task.Delay(1000, ct);", "", "RMD2001:System.Threading.Tasks.Task.Delay" },
        { "parallel", "Parallel.For(0, 10, i => { });", "", "RMD2003:'Parallel'" },
        { "plinq", "var n = new[] { 1, 2 }.AsParallel().Count();", "", "RMD2003:'AsParallel'" },
        { "clock", "var now = DateTimeOffset.UtcNow;", "", "RMD2001:System.DateTimeOffset.UtcNow" },
        { "marshal", "var p = System.Runtime.InteropServices.Marshal.AllocHGlobal(16);", "", "RMD200" },
        { "dynamic", "dynamic d = ctx; d.Anything();", "", "RMD2002:dynamic" },
        { "delegate_dynamic_invoke", "Func<int> f = () => 1; f.DynamicInvoke();", "", "RMD2001:System.Delegate" },
        { "unsafe_pointer", "unsafe { int x = 1; int* p = &x; *p = 2; }", "", "RMD2002:an unsafe block" },
        { "stackalloc", "Span<int> s = stackalloc int[1024];", "", "RMD2002:stackalloc" },
        { "function_pointer", "", "static unsafe void Call(delegate*<void> f) { }", "RMD2002:" },
        { "dllimport", "", "[System.Runtime.InteropServices.DllImport(\"libc\")] private static extern int kill(int pid, int sig);", "RMD2002:an extern member" },
        { "static_mutable_field", "", "private static int runs;", "RMD2002:a mutable field" },
        { "instance_mutable_field", "", "private RValue remembered;", "RMD2002:a mutable field" },
        { "static_readonly_list", "", "private static readonly System.Collections.Generic.List<RValue> seen = new();", "RMD2002:a static field of type" },
        { "readonly_instance_state", "", "private readonly RValue[] remembered = new RValue[1];", "RMD2002:an instance field" },
        { "static_property", "", "public static int Runs { get; set; }", "RMD2002:a mutable auto-property" },
        { "culture_change", "System.Globalization.CultureInfo.DefaultThreadCurrentCulture = null;", "", "RMD2002:an assignment to System.Globalization.CultureInfo.DefaultThreadCurrentCulture" },
        { "while_true", "while (true) { }", "", "RMD2002:a 'while' loop" },
        { "for_loop", "for (var i = 0; i >= 0; i++) { }", "", "RMD2002:a 'for' loop" },
        { "goto", "again: goto again;", "", "RMD2002:goto" },
        { "lock", "lock (Spec) { }", "", "RMD2002:a lock statement" },
        { "finalizer", "", "~Escape() { }", "RMD2002:a finalizer" },
        { "runtime_helpers", "var o = System.Runtime.CompilerServices.RuntimeHelpers.GetUninitializedObject(null);", "", "RMD2001:System.Runtime.CompilerServices.RuntimeHelpers" },
        { "module_initializer", "", "[System.Runtime.CompilerServices.ModuleInitializer] internal static void Init() { }", "RMD2001:System.Runtime.CompilerServices.ModuleInitializerAttribute" },
        { "runtime_store", "var store = new Remedy.Runtime.Storage.InMemoryStore();", "", "RMD2001:Remedy.Runtime.Storage.InMemoryStore" },
        { "runtime_engine", "PlaybookRuntime r = null;", "", "RMD2001:Remedy.Runtime.Engine.PlaybookRuntime" },
        { "exception_escape", "throw new Exception(\"x\");", "", "RMD2001:System.Exception" },
    };

    [Theory]
    [MemberData(nameof(Escapes))]
    public void An_escape_is_rejected_with_a_clear_diagnostic(string name, string statement, string member, string expected)
    {
        var result = Builder.Build("escape_" + name, [new GeneratedSource(name + ".cs", Class(statement, member))]);

        Assert.False(result.Succeeded, $"{name} compiled");
        Assert.True(result.Image.IsDefaultOrEmpty);
        var parts = expected.Split(':', 2);
        var messages = result.Diagnostics.Select(d => d.ToString()).ToList();
        Assert.Contains(result.Diagnostics, d => d.Code.StartsWith(parts[0], StringComparison.Ordinal)
            && (parts.Length == 1 || d.Message.Contains(parts[1], StringComparison.Ordinal)));
        Assert.All(result.Diagnostics, d => Assert.StartsWith("RMD2", d.Code));
        Assert.All(result.Diagnostics, d => Assert.Equal(name + ".cs", d.Path));
        Assert.All(result.Diagnostics, d => Assert.DoesNotContain("error CS", d.Message));
        Assert.Contains(messages, m => m.Contains("playbooks", StringComparison.Ordinal) || m.Contains("compiler bug", StringComparison.Ordinal));
    }

    [Fact]
    public void The_escape_class_without_an_escape_compiles_and_loads()
    {
        var result = Builder.Build("escape_none", [new GeneratedSource("none.cs", Class("", ""))]);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var runtime = new PlaybookRuntime(new InMemoryStore(), Runtime.Providers.ProviderRegistry.Create());
        var loaded = runtime.LoadAssembly(result.Image.ToArray(), "none.dll");
        Assert.True(loaded.Succeeded, string.Join("\n", loaded.Errors));
    }

    [Fact]
    public void Unsafe_code_names_the_construct_and_the_line()
    {
        var result = Builder.Build("escape_line", [new GeneratedSource("line.cs", Class("unsafe { int x = 1; int* p = &x; }", ""))]);
        var unsafeBlock = Assert.Single(result.Diagnostics, d => d.Message.Contains("an unsafe block", StringComparison.Ordinal));
        Assert.Equal("line.cs(21,9): error RMD2002: the generated C# uses an unsafe block, which playbooks may not use: it bypasses type and memory safety", unsafeBlock.ToString());
    }

    [Fact]
    public void Errors_in_generated_code_map_back_to_remedy_lines_through_line_directives()
    {
        var body = "#line (7, 5) - (7, 30) \"ops/restart.remedy\"\n        var x = Access.Field(ctx.Input, 42);\n#line default\n";
        var result = Builder.Build("escape_map", [new GeneratedSource("map.cs", Class(body, ""))], p => p == "ops/restart.remedy" ? string.Join("\n", Enumerable.Repeat("0123456789012345678901234567890", 10)) : null);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("RMD2004", error.Code);
        Assert.Equal("ops/restart.remedy", error.Path);
        Assert.Equal(7, error.Span.Line);
        Assert.Equal(6 * 32 + error.Span.Column - 1, error.Span.Start);
        Assert.Contains("compiler bug", error.Message);
    }

    [Fact]
    public void Every_emit_code_that_generated_code_can_trigger_is_triggered_here()
    {
        var codes = Escapes().Select(row => ((string)row[3]).Split(':')[0]).ToHashSet();
        Assert.Contains(DiagnosticCatalog.ForbiddenApi.Code, codes);
        Assert.Contains(DiagnosticCatalog.ForbiddenConstruct.Code, codes);
        var unavailable = Builder.Build("escape_unavailable", [new GeneratedSource("u.cs", Class("Console.WriteLine(1);", ""))]);
        Assert.Contains(unavailable.Diagnostics, d => d.Code == DiagnosticCatalog.UnavailableApi.Code && d.Message.Contains("'Console'", StringComparison.Ordinal));
    }

    private static string Class(string statement, string member) => $$"""
using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Remedy.Runtime.Engine;
using Remedy.Runtime.Expressions;
using Remedy.Runtime.Manifest;
using Remedy.Runtime.Values;

namespace Remedy.Playbooks.Escapes
{
    public sealed class Escape : CompiledPlaybook
    {
        public static readonly PlaybookManifest Spec = new() { Name = "escape", SourceHash = new string('0', 64) };

        public override PlaybookManifest Manifest => Spec;

        public override async Task ExecuteAsync(IStepContext ctx, CancellationToken ct)
        {
            await ctx.NotifyAsync("ops", "hello", ct);
        {{statement}}
        }

        {{member}}
    }
}
""";
}
