using System.Text.Json.Nodes;
using Remedy.LanguageServer.Tests.Support;

namespace Remedy.LanguageServer.Tests;

/// <summary>The compiler's real safety diagnostics, fixed by the quick fixes the client is offered, until none is left.</summary>
public sealed class SafetyFixTests
{
    private const string Uri = TestDocuments.Uri;

    private const string Unsafe = """
        module payments
        import std.k8s

        action drain(node: string) {
            effect mutating
            risk medium
            provider "ops.drain"
        }

        playbook leak {
            trigger alert "Leak"
            autonomy supervised
            timeout 10m

            let pods = k8s.pods(namespace: "payments", selector: "app=checkout")
                | where it.memory_ratio > 0.9

            step restart "Restart" {
                for pod in pods batch 1 pause 30s {
                    k8s.restart_pod(pod)
                }
                drain("n1")
                timeout 3m
            }

            verify within 2m every 15s {
                count(pods) < 1
            }
        }
        """;

    [Fact]
    public async Task Each_safety_error_gets_its_quick_fix_and_applying_them_leaves_a_clean_file()
    {
        await using var client = await LspTestClient.StartInitializedAsync();
        var text = Unsafe;
        await client.OpenAsync(Uri, text);
        var version = 1;
        var applied = new List<string>();
        while (true)
        {
            var diagnostics = (await client.WaitForDiagnosticsAsync(Uri, version))["params"]!["diagnostics"]!.AsArray();
            if (diagnostics.Count == 0) break;
            Assert.True(applied.Count < 6, $"still {diagnostics.ToJsonString(Json.Compact)} after {string.Join(", ", applied)}");
            var first = diagnostics[0]!;
            var response = await client.RequestAsync("textDocument/codeAction", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = Uri },
                ["range"] = first["range"]!.DeepClone(),
                ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(first.DeepClone()) },
            });
            var action = response["result"]!.AsArray().FirstOrDefault() ?? throw new InvalidOperationException($"no fix for {first.ToJsonString(Json.Compact)}");
            applied.Add((string)action["title"]!);
            text = EditingTests.Apply(text, action["edit"]!["changes"]![Uri]!.AsArray());
            version++;
            await client.NotifyAsync("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = Uri, ["version"] = version },
                ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
            });
        }
        Assert.Equal(["Mark 'drain' irreversible", "Add a blast_radius block (max_targets 1; no target list has a `take`)", "Add '| take 1'"], applied);
        Assert.Contains("    irreversible \"explain why this cannot be undone\"\n}", text);
        Assert.Contains("| where it.memory_ratio > 0.9 | take 1\n", text);
    }

    [Fact]
    public async Task A_misspelt_module_member_from_the_binder_is_fixed_from_its_did_you_mean()
    {
        const string text = "module m\nimport std.k8s\nplaybook p {\n    trigger alert \"A\"\n    autonomy suggest\n    timeout 5m\n    let pods = k8s.podz(namespace: \"a\", selector: \"b\") | take 1\n}\n";
        await using var client = await LspTestClient.StartInitializedAsync();
        await client.OpenAsync(Uri, text);
        var diagnostic = (await client.WaitForDiagnosticsAsync(Uri, 1))["params"]!["diagnostics"]![0]!;
        Assert.Equal("RMD0104", (string?)diagnostic["code"]);
        var response = await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri },
            ["range"] = diagnostic["range"]!.DeepClone(),
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(diagnostic.DeepClone()) },
        });
        var action = response["result"]![0]!;
        Assert.Equal("Change to 'pods'", (string?)action["title"]);
        Assert.Contains("let pods = k8s.pods(namespace:", EditingTests.Apply(text, action["edit"]!["changes"]![Uri]!.AsArray()));
    }
}
