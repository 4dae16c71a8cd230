using Remedy.Syntax.Parsing;
using Remedy.Syntax.Tree;

namespace Remedy.Syntax.Tests;

public sealed class ChooseParameterTests
{
    private static (string Text, ChooseDecl Choose) Parse(string policy)
    {
        var text = $"module m\n\nplaybook p {{\n    choose remedy by {policy} {{ option a {{ let x = 1 }} }}\n}}\n";
        var tree = SyntaxParser.Parse(text, "m.remedy");
        Assert.Empty(tree.Diagnostics);
        var playbook = Assert.IsType<PlaybookDecl>(Assert.Single(tree.Root.Declarations));
        return (text, Assert.Single(playbook.Members.OfType<ChooseDecl>()));
    }

    [Fact]
    public void Each_parameter_spans_exactly_its_name_and_value()
    {
        var (text, choose) = Parse("thompson( prior: [9, 1] ,commit:90% )");

        Assert.Equal(["prior: [9, 1]", "commit:90%"], choose.Parameters.Select(p => text[p.Span.Start..p.Span.End]));
        Assert.Equal(["prior", "commit"], choose.Parameters.Select(p => p.Name!.Name));
        Assert.Equal("90%", text[choose.Parameters[1].Value.Span.Start..choose.Parameters[1].Value.Span.End]);
        Assert.Equal("thompson", choose.Policy.Name);
    }

    [Fact]
    public void Parameters_come_before_a_fixed_option_and_an_empty_list_is_no_parameters()
    {
        Assert.Empty(Parse("thompson()").Choose.Parameters);
        var (_, choose) = Parse("fixed(k: 1) \"a\"");
        Assert.Equal("a", choose.FixedOption!.Value);
        Assert.Single(choose.Parameters);
    }
}
