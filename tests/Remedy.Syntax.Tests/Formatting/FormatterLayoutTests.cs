using Remedy.Syntax.Formatting;
using Remedy.Syntax.Parsing;

namespace Remedy.Syntax.Tests.Formatting;

/// <summary>Single layout rules, each shown on the smallest input that exercises it.</summary>
public sealed class FormatterLayoutTests
{
    private static string Format(string text) => FormatInvariants.Check(text, "test.remedy");

    private static string Playbook(params string[] members) =>
        "module m\n\nplaybook p {\n" + string.Concat(members.Select(m => "    " + m + "\n")) + "}\n";

    [Fact]
    public void A_file_with_syntax_errors_is_refused_and_nothing_is_returned()
    {
        var result = new Formatter().Format("module m\nplaybook p {\n    autonomy supervised\n");

        Assert.False(result.Succeeded);
        Assert.Null(result.Text);
        Assert.Equal(Formatter.SyntaxErrorsReason, result.FailureReason);
        Assert.Equal("the file has syntax errors; fix them before formatting", result.FailureReason);
    }

    [Theory]
    [MemberData(nameof(FormatCases.ErrorCases), MemberType = typeof(FormatCases))]
    public void Every_malformed_case_is_refused_unless_it_has_only_warnings(string name)
    {
        var path = Path.Combine(FormatCases.ErrorRoot, name, "main.remedy");
        var text = File.ReadAllText(path);
        var tree = SyntaxParser.Parse(text, path);

        if (tree.HasErrors)
        {
            var result = new Formatter().Format(tree);
            Assert.False(result.Succeeded);
            Assert.Null(result.Text);
            Assert.Equal(Formatter.SyntaxErrorsReason, result.FailureReason);
        }
        else
        {
            FormatInvariants.Check(text, path);
        }
    }

    [Fact]
    public void Messy_indentation_and_spacing_become_canonical()
    {
        var input = "module   m\nimport a.b   as  c\nplaybook p{\n  autonomy    supervised\n        timeout 10m ;\n}";

        Assert.Equal("module m\n\nimport a.b as c\n\nplaybook p {\n    autonomy supervised\n    timeout 10m\n}\n", Format(input));
    }

    [Fact]
    public void A_short_block_written_on_one_line_stays_on_one_line()
    {
        var formatted = Format(Playbook("circuit_breaker {trip after 3 failures within 1h ; cooldown 30m}", "on failure { rollback; escalate \"x\" }"));

        Assert.Contains("\n    circuit_breaker { trip after 3 failures within 1h; cooldown 30m }\n", formatted);
        Assert.Contains("\n    on failure { rollback; escalate \"x\" }\n", formatted);
    }

    [Fact]
    public void A_block_written_over_several_lines_stays_over_several_lines()
    {
        var formatted = Format(Playbook("on failure {", "rollback", "}"));

        Assert.Contains("\n    on failure {\n        rollback\n    }\n", formatted);
    }

    [Fact]
    public void A_one_line_block_that_would_exceed_the_width_is_expanded()
    {
        var message = new string('x', 90);
        var formatted = Format(Playbook($"on success {{ notify \"ops\" \"{message}\" }}"));

        Assert.Contains($"\n    on success {{\n        notify \"ops\" \"{message}\"\n    }}\n", formatted);
    }

    [Fact]
    public void A_member_after_a_braced_member_on_one_line_is_separated_by_a_space_only()
    {
        var formatted = Format(Playbook("step s { for x in xs { a(x) } b() }"));

        Assert.Contains("\n    step s { for x in xs { a(x) } b() }\n", formatted);
    }

    [Fact]
    public void Empty_bodies_are_printed_as_a_space_between_braces()
    {
        var formatted = Format("module m\nresource R {\n\n}\nplaybook p { step s {} }\n");

        Assert.Equal("module m\n\nresource R { }\n\nplaybook p {\n    step s { }\n}\n", formatted);
    }

    [Fact]
    public void A_pipeline_that_fits_stays_on_one_line()
    {
        var formatted = Format(Playbook("let pods = k8s.pods(namespace: \"a\") | where it.ready | take 3"));

        Assert.Contains("\n    let pods = k8s.pods(namespace: \"a\") | where it.ready | take 3\n", formatted);
    }

    [Fact]
    public void A_pipeline_the_source_broke_is_printed_one_stage_per_line()
    {
        var formatted = Format(Playbook("let pods = k8s.pods(namespace: \"a\")\n | where it.ready | take 3"));

        Assert.Contains("\n    let pods = k8s.pods(namespace: \"a\")\n        | where it.ready\n        | take 3\n", formatted);
    }

    [Fact]
    public void A_pipeline_longer_than_the_width_is_broken()
    {
        var selector = new string('s', 60);
        var formatted = Format(Playbook($"let pods = k8s.pods(namespace: \"payments\", selector: \"{selector}\") | where it.memory_ratio > 0.9 | take 3"));

        Assert.Contains($"\n    let pods = k8s.pods(namespace: \"payments\", selector: \"{selector}\")\n        | where it.memory_ratio > 0.9\n        | take 3\n", formatted);
    }

    [Fact]
    public void Trailing_comments_stay_on_their_line_after_one_space()
    {
        var formatted = Format("module m\naction a() {\n    effect mutating        // read_only | mutating\n    risk low /* why */\n    irreversible \"x\"\n}\n");

        Assert.Contains("\n    effect mutating // read_only | mutating\n    risk low /* why */\n", formatted);
    }

    [Fact]
    public void Comments_in_empty_blocks_and_at_the_end_of_the_file_survive()
    {
        var formatted = Format("module m\nplaybook p {\n  step s {\n     // nothing yet\n  }\n}\n\n// the end\n");

        Assert.Equal("module m\n\nplaybook p {\n    step s {\n        // nothing yet\n    }\n}\n\n// the end\n", formatted);
    }

    [Fact]
    public void Doc_comments_stay_attached_to_their_declaration()
    {
        var formatted = Format("module m\n/// A pod.\n///   Second line.\nresource Pod { name: string }\n");

        Assert.Equal("module m\n\n/// A pod.\n///   Second line.\nresource Pod {\n    name: string\n}\n", formatted);
    }

    [Fact]
    public void A_semicolon_is_kept_where_the_next_statement_would_continue_the_previous_one()
    {
        var formatted = Format(Playbook("step s {", "a(); (b)", "let x = 1; [2]", "wait 5m; -1", "let y = xs | sort by it; desc()", "c(); d()", "}"));

        Assert.Contains("        a();\n        (b)\n        let x = 1;\n        [2]\n        wait 5m;\n        -1\n        let y = xs | sort by it;\n        desc()\n        c()\n        d()\n", formatted);
    }

    [Fact]
    public void Parentheses_and_literals_are_printed_as_written()
    {
        var formatted = Format(Playbook("let n = ((1+2))*-(3) + 1_000 + 0.50 + 1.5h + 25.0%", "let s = \"a\\tb ${x+1} \\$ {y}\""));

        Assert.Contains("let n = ((1 + 2)) * -(3) + 1_000 + 0.50 + 1.5h + 25.0%\n", formatted);
        Assert.Contains("let s = \"a\\tb ${x+1} \\$ {y}\"\n", formatted);
    }

    [Fact]
    public void An_empty_file_stays_empty_and_a_comment_only_file_keeps_its_comments()
    {
        Assert.Equal("", Format(""));
        Assert.Equal("", Format("  \n\n"));
        Assert.Equal("// just a note\n\n/* and a block */\n", Format("   // just a note   \n\n\n/* and a block */"));
    }

    [Fact]
    public void Windows_line_endings_can_be_requested()
    {
        var result = new Formatter(new FormatterOptions { NewLine = "\r\n" }).Format("module m\r\nresource R {\r\n  a: int\r\n}\r\n");

        Assert.True(result.Succeeded, result.FailureReason);
        Assert.Equal("module m\r\n\r\nresource R {\r\n    a: int\r\n}\r\n", result.Text);
    }

    [Fact]
    public void The_indent_size_can_be_changed()
    {
        var result = new Formatter(new FormatterOptions { IndentSize = 2 }).Format("module m\nplaybook p {\nstep s {\nwait 1s\n}\n}\n");

        Assert.Equal("module m\n\nplaybook p {\n  step s {\n    wait 1s\n  }\n}\n", result.Text);
    }

    [Fact]
    public void Changed_says_whether_the_file_was_already_canonical()
    {
        var formatter = new Formatter();

        Assert.True(formatter.Format("module  m\n").Changed);
        Assert.False(formatter.Format("module m\n").Changed);
    }

    [Fact]
    public void Invalid_options_are_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Formatter(new FormatterOptions { IndentSize = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Formatter(new FormatterOptions { NewLine = "\r" }));
    }

    [Fact]
    public void A_doc_comment_separated_by_a_blank_line_stays_separated()
    {
        var input = "module m\n\n/// Not attached.\n\nresource R {\n    /// Attached.\n    a: int\n}\n";

        var formatted = Format(input);

        Assert.Equal(input, formatted);
        Assert.Null(((Remedy.Syntax.Tree.ResourceDecl)SyntaxParser.Parse(formatted).Root.Declarations[0]).Doc);
    }

    [Fact]
    public void A_doc_comment_never_trails_a_member()
    {
        var formatted = Format("module m\nresource R { a: int /// about b\n  b: int }\n");

        Assert.Equal("module m\n\nresource R {\n    a: int\n    /// about b\n    b: int\n}\n", formatted);
    }

    [Fact]
    public void A_comment_between_a_closing_brace_and_else_if_moves_into_the_else_if_body()
    {
        var formatted = Format(Playbook("step s {", "if a { wait 1s } // first", "else if b { wait 2s }", "}"));

        Assert.Contains("        if a {\n            wait 1s\n        } else if b {\n            // first\n            wait 2s\n        }\n", formatted);
    }

    [Fact]
    public void A_line_comment_inside_an_expression_continues_it_on_the_next_line()
    {
        var formatted = Format(Playbook("let x = f(a, // why a\n b)"));

        Assert.Contains("\n    let x = f(a, // why a\n        b)\n", formatted);
    }

    [Fact]
    public void An_empty_block_holding_a_block_comment_on_one_line_stays_on_one_line()
    {
        var formatted = Format(Playbook("step later { /* to do */ }"));

        Assert.Contains("\n    step later { /* to do */ }\n", formatted);
    }
}
