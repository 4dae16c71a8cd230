using System.Text.Json.Nodes;
using Remedy.LanguageServer.Tests.Support;

namespace Remedy.LanguageServer.Tests;

/// <summary>Rename and quick fixes, checked by applying their edits to the text.</summary>
public sealed class EditingTests
{
    private const string Uri = TestDocuments.Uri;

    private const string Learning = """
        module lab
        import std.k8s

        playbook leak {
            trigger alert "Leak"
            autonomy supervised
            blast_radius { max_targets 2 }
            let pods = k8s.pods(namespace: "web", selector: "app=web") | take 2
            choose remedy by fixed "restart" {
                option restart {
                    step r {
                        for pod in pods { k8s.restart_pod(pod) }
                        timeout 2m
                    }
                }
                option wait_it_out {
                    step w {
                        wait 1m
                        timeout 2m
                    }
                }
            }
        }

        simulation leak_lab for leak {
            incidents 10
            outcome restart success 80% recovery 90s
        }
        """;

    private static async Task<string> RenameAsync(string text, string marker, int delta, string newName)
    {
        await using var client = await Requests.OpenAsync(text);
        var request = Requests.At(Uri, text, marker, delta);
        request["newName"] = newName;
        var response = await client.RequestAsync("textDocument/rename", request);
        if (response["error"] is { } error) throw new InvalidOperationException((string?)error["message"]);
        return Apply(text, response["result"]!["changes"]![Uri]!.AsArray());
    }

    internal static string Apply(string text, JsonArray edits)
    {
        var source = new Syntax.Text.SourceText(text);
        foreach (var edit in edits.OrderByDescending(e => (int)e!["range"]!["start"]!["line"]!).ThenByDescending(e => (int)e!["range"]!["start"]!["character"]!))
        {
            var start = Workspace.Positions.ToOffset(source, new Protocol.Position((int)edit!["range"]!["start"]!["line"]!, (int)edit["range"]!["start"]!["character"]!));
            var end = Workspace.Positions.ToOffset(source, new Protocol.Position((int)edit["range"]!["end"]!["line"]!, (int)edit["range"]!["end"]!["character"]!));
            text = text[..start] + (string)edit["newText"]! + text[end..];
            source = new Syntax.Text.SourceText(text);
        }
        return text;
    }

    [Fact]
    public async Task Renaming_a_let_edits_its_declaration_and_uses()
    {
        var renamed = await RenameAsync(Learning, "pods =", 0, "targets");
        Assert.Contains("let targets = k8s.pods(", renamed);
        Assert.Contains("for pod in targets {", renamed);
        Assert.DoesNotContain("pods =", renamed);
        Assert.Contains("k8s.pods(", renamed);
    }

    [Fact]
    public async Task Renaming_an_option_edits_the_fixed_policy_string_and_the_simulation_outcome()
    {
        var renamed = await RenameAsync(Learning, "option restart", 7, "bounce");
        Assert.Contains("option bounce {", renamed);
        Assert.Contains("by fixed \"bounce\"", renamed);
        Assert.Contains("outcome bounce success", renamed);
        Assert.Contains("k8s.restart_pod(pod)", renamed);
    }

    [Fact]
    public async Task Renaming_a_playbook_edits_the_simulation_that_names_it()
    {
        var renamed = await RenameAsync(Learning, "simulation leak_lab for leak", 25, "memory_leak");
        Assert.Contains("playbook memory_leak {", renamed);
        Assert.Contains("simulation leak_lab for memory_leak {", renamed);
    }

    [Fact]
    public async Task Renaming_to_an_invalid_name_or_renaming_an_action_fails_with_RequestFailed()
    {
        await using var client = await Requests.OpenAsync(Learning);
        var invalid = Requests.At(Uri, Learning, "pods =", 0);
        invalid["newName"] = "2bad";
        Assert.Equal(-32803, (int)(await client.RequestAsync("textDocument/rename", invalid))["error"]!["code"]!);
        var keyword = Requests.At(Uri, Learning, "pods =", 0);
        keyword["newName"] = "step";
        Assert.Equal(-32803, (int)(await client.RequestAsync("textDocument/rename", keyword))["error"]!["code"]!);
        var action = Requests.At(Uri, Learning, "restart_pod", 0);
        action["newName"] = "bounce";
        var refused = await client.RequestAsync("textDocument/rename", action);
        Assert.Equal("""{"code":-32803,"message":"'restart_pod' is declared in the standard library, which cannot be renamed."}""", refused["error"]!.ToJsonString(Json.Compact));
        var step = Requests.At(Uri, Learning, "step r", 5);
        step["newName"] = "again";
        var notRenamable = await client.RequestAsync("textDocument/rename", step);
        Assert.Equal("""{"code":-32803,"message":"Only playbooks, lets and options can be renamed; put the cursor on one of their names."}""", notRenamable["error"]!.ToJsonString(Json.Compact));
    }

    private const string Shadowed = """
        module lab
        import std.k8s as kube

        playbook p {
            trigger alert "A"
            autonomy supervised
            let n = 2
            step s {
                let n = 3
                notify "ops" "inner ${n}"
                timeout 5m
            }
            step t {
                notify "ops" "outer ${n}"
                timeout 1m
            }
        }
        """;

    [Fact]
    public async Task Renaming_a_shadowing_let_edits_only_the_uses_the_compiler_binds_to_it()
    {
        var inner = await RenameAsync(Shadowed, "let n = 3", 4, "m");
        Assert.Contains("let m = 3", inner);
        Assert.Contains("\"inner ${m}\"", inner);
        Assert.Contains("let n = 2", inner);
        Assert.Contains("\"outer ${n}\"", inner);
        var outer = await RenameAsync(Shadowed, "outer ${n}", 8, "count");
        Assert.Contains("let count = 2", outer);
        Assert.Contains("\"outer ${count}\"", outer);
        Assert.Contains("let n = 3", outer);
        Assert.Contains("\"inner ${n}\"", outer);
    }

    [Fact]
    public async Task Prepare_rename_gives_the_name_and_its_range_or_the_reason_it_cannot_be_renamed()
    {
        await using var client = await Requests.OpenAsync(Learning);
        // The range is the name under the cursor (here a use of the let), which the editor lets the user edit.
        var let = await client.RequestAsync("textDocument/prepareRename", Requests.At(Uri, Learning, "for pod in pods", 12));
        Assert.Equal("""{"range":{"start":{"line":11,"character":27},"end":{"line":11,"character":31}},"placeholder":"pods"}""", let["result"]!.ToJsonString(Json.Compact));
        var option = await client.RequestAsync("textDocument/prepareRename", Requests.At(Uri, Learning, "outcome restart", 9));
        Assert.Equal("""{"range":{"start":{"line":26,"character":12},"end":{"line":26,"character":19}},"placeholder":"restart"}""", option["result"]!.ToJsonString(Json.Compact));
        var keyword = await client.RequestAsync("textDocument/prepareRename", Requests.At(Uri, Learning, "playbook leak", 2));
        Assert.Equal("""{"code":-32803,"message":"'playbook' is a keyword of the language and cannot be renamed."}""", keyword["error"]!.ToJsonString(Json.Compact));
        var stdlib = await client.RequestAsync("textDocument/prepareRename", Requests.At(Uri, Learning, "k8s.pods", 5));
        Assert.Equal("""{"code":-32803,"message":"'pods' is declared in the standard library, which cannot be renamed."}""", stdlib["error"]!.ToJsonString(Json.Compact));
        var module = await client.RequestAsync("textDocument/prepareRename", Requests.At(Uri, Learning, "k8s.pods", 1));
        Assert.Equal("""{"code":-32803,"message":"'k8s' is declared in the standard library, which cannot be renamed."}""", module["error"]!.ToJsonString(Json.Compact));
        var literal = await client.RequestAsync("textDocument/prepareRename", Requests.At(Uri, Learning, "incidents 10", 11));
        Assert.Equal("""{"code":-32803,"message":"Only playbooks, lets and options can be renamed; put the cursor on one of their names."}""", literal["error"]!.ToJsonString(Json.Compact));
    }

    private static async Task<JsonArray> FixesAsync(string text, string code, string message, string marker, int length)
    {
        await using var client = await Requests.OpenAsync(text);
        var (line, character) = TestDocuments.PositionOf(text, marker);
        var range = new JsonObject
        {
            ["start"] = new JsonObject { ["line"] = line, ["character"] = character },
            ["end"] = new JsonObject { ["line"] = line, ["character"] = character + length },
        };
        var response = await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri },
            ["range"] = range.DeepClone(),
            ["context"] = new JsonObject
            {
                ["diagnostics"] = new JsonArray(new JsonObject { ["range"] = range, ["severity"] = 1, ["code"] = code, ["source"] = "remedy", ["message"] = message }),
            },
        });
        return response["result"]!.AsArray();
    }

    [Fact]
    public async Task A_misspelt_name_is_fixed_from_the_did_you_mean_in_the_message()
    {
        const string text = "module m\nplaybook p {\n    autonomy autonomus\n}\n";
        var fixes = await FixesAsync(text, "RMD0007", "unknown autonomy level 'autonomus'; expected one of observe_only, suggest, supervised, autonomous (did you mean 'autonomous'?)", "autonomus", 9);
        Assert.Equal(
            """[{"title":"Change to 'autonomous'","kind":"quickfix","edit":{"changes":{"file:///work/payments.remedy":[{"range":{"start":{"line":2,"character":13},"end":{"line":2,"character":22}},"newText":"autonomous"}]}},"diagnostics":[{"range":{"start":{"line":2,"character":13},"end":{"line":2,"character":22}},"severity":1,"message":"unknown autonomy level 'autonomus'; expected one of observe_only, suggest, supervised, autonomous (did you mean 'autonomous'?)","code":"RMD0007","source":"remedy"}],"isPreferred":true}]""",
            fixes.ToJsonString(Json.Compact));
    }

    [Fact]
    public async Task A_missing_blast_radius_is_added_with_the_computed_bound()
    {
        var text = TestDocuments.Playbook.Replace("    blast_radius {\n        max_targets 3\n        scope namespace \"payments\"\n    }\n", "");
        var fixes = await FixesAsync(text, "RMD1004", "playbook 'checkout_memory_leak' has mutating steps but no blast_radius", "checkout_memory_leak", 20);
        Assert.Equal("Add a blast_radius block (max_targets 3)", (string?)fixes[0]!["title"]);
        var fixedText = Apply(text, fixes[0]!["edit"]!["changes"]![Uri]!.AsArray());
        Assert.Contains("    autonomy supervised\n    blast_radius {\n        max_targets 3\n    }\n    timeout 10m", fixedText);
    }

    [Fact]
    public async Task A_missing_circuit_breaker_is_added_after_the_settings()
    {
        var fixes = await FixesAsync(TestDocuments.Playbook, "RMD1007", "autonomous playbook has no circuit_breaker", "checkout_memory_leak", 20);
        var fixedText = Apply(TestDocuments.Playbook, fixes[0]!["edit"]!["changes"]![Uri]!.AsArray());
        Assert.Contains("        scope namespace \"payments\"\n    }\n    circuit_breaker { trip after 3 failures within 1h; cooldown 30m }\n    timeout 10m", fixedText);
    }

    [Fact]
    public async Task An_unbounded_target_list_gets_take_with_max_targets()
    {
        var text = TestDocuments.Playbook.Replace("\n        | take 3", "");
        var fixes = await FixesAsync(text, "RMD1005", "'pods' has no static bound; max_targets is 3", "k8s.pods", 8);
        var fixedText = Apply(text, fixes[0]!["edit"]!["changes"]![Uri]!.AsArray());
        Assert.Contains("| where it.memory_ratio > 0.9 | take 3\n", fixedText);
    }

    [Fact]
    public async Task A_mutating_action_without_undo_is_marked_irreversible()
    {
        const string text = "module ops\n\naction drain(node: string) {\n    effect mutating\n    risk medium\n    provider \"ops.drain\"\n}\n\nplaybook p {\n    step s {\n        drain(\"n1\")\n        timeout 1m\n    }\n}\n";
        var fixes = await FixesAsync(text, "RMD1001", "step 's' calls mutating action 'drain', which declares neither rollback nor irreversible", "drain(\"n1\")", 11);
        Assert.Equal("Mark 'drain' irreversible", (string?)fixes[0]!["title"]);
        var fixedText = Apply(text, fixes[0]!["edit"]!["changes"]![Uri]!.AsArray());
        Assert.Contains("    provider \"ops.drain\"\n    irreversible \"explain why this cannot be undone\"\n}", fixedText);
    }

    [Fact]
    public async Task Code_actions_for_other_kinds_or_other_sources_are_empty()
    {
        const string text = "module m\nplaybook p {\n    autonomy autonomus\n}\n";
        await using var client = await Requests.OpenAsync(text);
        var response = await client.RequestAsync("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = Uri },
            ["range"] = new JsonObject { ["start"] = new JsonObject { ["line"] = 2, ["character"] = 13 }, ["end"] = new JsonObject { ["line"] = 2, ["character"] = 13 } },
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray(), ["only"] = new JsonArray("refactor") },
        });
        Assert.Equal("[]", response["result"]!.ToJsonString(Json.Compact));
    }
}
