using Remedy.LanguageServer.Protocol;

namespace Remedy.LanguageServer.Features.Completion;

/// <summary>Templates for the blocks people write most, with tab stops for the parts that vary.</summary>
internal static class CompletionSnippets
{
    public static CompletionItem Playbook { get; } = Snippet("playbook", "A playbook with a trigger, autonomy, blast radius and timeout", """
        playbook ${1:name} {
            trigger alert "${2:AlertName}"
            autonomy ${3|observe_only,suggest,supervised,autonomous|}
            blast_radius {
                max_targets ${4:1}
            }
            timeout ${5:10m}

            $0
        }
        """);

    public static CompletionItem Step { get; } = Snippet("step", "A step with a title and a timeout", """
        step ${1:name} "${2:What it does}" {
            $0
            timeout ${3:5m}
        }
        """);

    public static CompletionItem Verify { get; } = Snippet("verify", "A verification window", """
        verify within ${1:2m} every ${2:15s} {
            $0
        }
        """);

    public static CompletionItem Choose { get; } = Snippet("choose", "Alternative remedies a learner picks between", """
        choose ${1:remedy} by ${2|thompson,q_learning,ucb,cases|} {
            option ${3:first} {
                $0
            }
        }
        """);

    public static CompletionItem Option { get; } = Snippet("option", "One alternative remedy", """
        option ${1:name} {
            $0
        }
        """);

    private static CompletionItem Snippet(string label, string detail, string body) =>
        new(label, CompletionItemKind.Snippet, detail, SortText: CompletionRank.Snippet + label, InsertText: body.Replace("\r\n", "\n"), InsertTextFormat: InsertTextFormat.Snippet,
            LabelDetails: new CompletionItemLabelDetails(" {…}"));
}
