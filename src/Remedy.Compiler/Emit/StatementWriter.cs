using System.Collections.Immutable;
using Remedy.Compiler.Lowering;
using Remedy.Syntax.Text;

namespace Remedy.Compiler.Emit;

/// <summary>
/// Writes IR statements as C# that follows the runtime's rules for generated code: mutations only inside
/// <c>StepAsync</c>, targets declared with <c>Targets</c> before any action on them, captures passed to
/// <c>InvokeAsync</c>, waits through <c>WaitAsync</c>, messages through <c>NotifyAsync</c>/<c>EscalateAsync</c>,
/// choices through <c>Choose</c>, verification through <c>VerifyAsync</c>. Every statement is preceded by a
/// <c>#line</c> directive naming its .remedy span.
/// </summary>
internal sealed class StatementWriter(IndentedWriter writer, string sourcePath)
{
    /// <summary>Writes statements.</summary>
    /// <param name="nodes">The statements.</param>
    /// <param name="scope">The scope.</param>
    public void WriteAll(ImmutableArray<IrNode> nodes, EmitScope scope)
    {
        foreach (var node in nodes)
        {
            Write(node, scope);
        }
    }

    private void Write(IrNode node, EmitScope scope)
    {
        string E(IrExpression e) => ExpressionWriter.Write(e, scope);
        MapLine(node.Span);
        switch (node)
        {
            case IrLet let:
                writer.Line($"RValue {CSharpText.Identifier(let.Local)} = {E(let.Value)};");
                break;
            case IrEvaluate evaluate:
                writer.Line($"_ = {E(evaluate.Value)};");
                break;
            case IrStep step:
                writer.Line($"await ctx.StepAsync({CSharpText.String(step.Name)}, async stepCt =>");
                writer.Open();
                WriteAll(step.Body, new EmitScope("stepCt"));
                writer.Close($", {scope.Token});");
                break;
            case IrForEach loop:
                WriteFor(loop, scope);
                break;
            case IrIf conditional:
                writer.Line($"if ({ExpressionWriter.Condition(conditional.Condition, scope)})");
                writer.Open();
                WriteAll(conditional.Then, scope);
                writer.Close();
                if (conditional.Else.Length > 0)
                {
                    writer.Line("else");
                    writer.Open();
                    WriteAll(conditional.Else, scope);
                    writer.Close();
                }

                break;
            case IrWait wait:
                writer.Line($"await ctx.WaitAsync(Conversions.ToDuration({E(wait.Duration)}), {scope.Token});");
                break;
            case IrRequire require:
                writer.Line($"ctx.Require({ExpressionWriter.Condition(require.Condition, scope)}, Conversions.ToText({E(require.Message)}));");
                break;
            case IrAbort abort:
                writer.Line($"ctx.Abort(Conversions.ToText({E(abort.Message)}));");
                break;
            case IrNotify notify:
                writer.Line($"await ctx.{(notify.Escalate ? "EscalateAsync" : "NotifyAsync")}(Conversions.ToText({E(notify.Channel)}), Conversions.ToText({E(notify.Text)}), {scope.Token});");
                break;
            case IrInvoke invoke:
                WriteInvoke(invoke, scope);
                break;
            case IrVerify verify:
                writer.Line($"await ctx.VerifyAsync({CSharpText.String(verify.Name)}, async verifyCt =>");
                writer.Open();
                var inner = new EmitScope("verifyCt");
                var conditions = verify.Conditions.Select(c => ExpressionWriter.Condition(c, inner)).ToList();
                writer.Line($"return {(conditions.Count == 0 ? "true" : string.Join(" && ", conditions))};");
                writer.Close($", Conversions.ToDuration({E(verify.Within)}), Conversions.ToDuration({E(verify.Every)}), {scope.Token});");
                break;
            case IrChoose choose:
                WriteChoose(choose, scope);
                break;
            case IrKeep keep:
                writer.Line($"ctx.Keep({CSharpText.String(keep.Local)}, {CSharpText.Identifier(keep.Local)});");
                break;
            case IrComment comment:
                writer.Line("// " + comment.Text);
                break;
        }
    }

    private void WriteFor(IrForEach loop, EmitScope scope)
    {
        var variable = CSharpText.Identifier(loop.Variable);
        var items = loop.Variable + "_items";
        writer.Line($"var {items} = Pipeline.Items({ExpressionWriter.Write(loop.Source, scope)});");
        var source = items;
        if (loop.Targets is { } targets)
        {
            if (targets.GuardLimit is { } limit)
            {
                // The verifier proved no bound for this list: check it here, before Targets, with the reason.
                writer.Line($"ctx.Require({items}.Count <= {limit}, {CSharpText.String($"{targets.Display} holds more than max_targets ({limit}) items; no static bound was proven")} + \" (\" + {items}.Count + \" found)\");");
            }

            var declared = loop.Variable + "_targets";
            writer.Line($"var {declared} = ctx.Targets({items}, population: Conversions.ToCount({ExpressionWriter.Write(targets.Population, scope)}));");
            source = declared + ".Items";
        }

        if (loop.Batch is null && loop.Pause is null)
        {
            writer.Line($"foreach (RValue {variable} in {source})");
            writer.Open();
            WriteAll(loop.Body, scope);
            writer.Close();
            return;
        }

        var batch = loop.Variable + "_batch";
        var index = loop.Variable + "_index";
        var size = loop.Batch is null ? "1" : $"Conversions.ToBatchSize({ExpressionWriter.Write(loop.Batch, scope)})";
        writer.Line($"foreach (var ({batch}, {index}) in Conversions.Batches({source}, {size}).Select((group, position) => (group, position)))");
        writer.Open();
        if (loop.Pause is { } pause)
        {
            writer.Line($"if ({index} > 0)");
            writer.Open();
            writer.Line($"await ctx.WaitAsync(Conversions.ToDuration({ExpressionWriter.Write(pause, scope)}), {scope.Token});");
            writer.Close();
        }

        writer.Line($"foreach (RValue {variable} in {batch})");
        writer.Open();
        WriteAll(loop.Body, scope);
        writer.Close();
        writer.Close();
    }

    private void WriteInvoke(IrInvoke invoke, EmitScope scope)
    {
        writer.Open();
        foreach (var binding in invoke.Arguments)
        {
            writer.Line($"RValue {CSharpText.Identifier(binding.Local)} = {ExpressionWriter.Write(binding.Value, scope)};");
        }

        var target = ExpressionWriter.Write(invoke.Target, scope);
        if (invoke.DeclareTarget)
        {
            writer.Line($"ctx.Targets(new[] {{ {target} }}, population: 1);");
        }

        var args = ExpressionWriter.Record(invoke.Arguments.Select(a => (a.Parameter, (IrExpression)new IrLocal(a.Local, invoke.Span))), scope);
        var captures = invoke.Captures.Length == 0 ? string.Empty
            : ", " + ExpressionWriter.Record(invoke.Captures.Select(c => (c.Name, c.Value)), scope);
        writer.Line($"await ctx.InvokeAsync({CSharpText.String(invoke.Action)}, {args}, {target}{captures}, {scope.Token});");
        writer.Close();
    }

    private void WriteChoose(IrChoose choose, EmitScope scope)
    {
        var option = "option_" + choose.Decision;
        var features = string.Join(", ", choose.Features.Select(f => ExpressionWriter.Write(f, scope)));
        writer.Line($"var {option} = ctx.Choose({CSharpText.String(choose.Decision)}, new RValue[] {{ {features} }});");
        for (var i = 0; i < choose.Options.Length; i++)
        {
            var candidate = choose.Options[i];
            MapLine(candidate.Span);
            writer.Line($"{(i == 0 ? "if" : "else if")} ({option} == {CSharpText.String(candidate.Name)})");
            writer.Open();
            WriteAll(candidate.Body, scope);
            writer.Close();
        }
    }

    // The enhanced #line form maps the next line's code, from its first column, onto the .remedy span, so a C#
    // error in it is reported at the right column of the playbook.
    private void MapLine(SourceSpan span)
    {
        var endLine = Math.Max(span.EndLine, span.Line);
        var endColumn = endLine == span.Line ? Math.Max(span.EndColumn, span.Column) : Math.Max(span.EndColumn, 1);
        writer.Directive($"#line ({span.Line}, {span.Column}) - ({endLine}, {endColumn}) {writer.CodeColumn} {CSharpText.String(sourcePath)}");
    }
}
