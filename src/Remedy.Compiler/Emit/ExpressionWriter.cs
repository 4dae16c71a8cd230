using Remedy.Compiler.Lowering;

namespace Remedy.Compiler.Emit;

/// <summary>
/// Writes an IR expression as one C# expression of type <c>RValue</c>, calling the runtime's expression library
/// (<c>Remedy.Runtime.Expressions</c>) for every operation, so the C# stays short and every rule of the
/// language lives in one tested place.
/// </summary>
internal static class ExpressionWriter
{
    /// <summary>The C# text of an expression.</summary>
    /// <param name="expression">The expression.</param>
    /// <param name="scope">The token in scope, for queries.</param>
    /// <returns>The C# text.</returns>
    public static string Write(IrExpression expression, EmitScope scope)
    {
        string W(IrExpression e) => Write(e, scope);
        return expression switch
        {
            IrLiteral literal => Literal(literal),
            IrLocal local => CSharpText.Identifier(local.Name),
            IrAlert => "ctx.Input",
            IrKept kept => $"ctx.Kept({CSharpText.String(kept.Local)})",
            IrField field => $"Access.Field({W(field.Target)}, {CSharpText.String(field.Name)})",
            IrIndex index => $"Access.Index({W(index.Target)}, {W(index.Index)}, {W(index.Missing)})",
            IrBinary { Operator: IrBinaryOperator.And } b => $"(RValue)(Logic.IsTrue({W(b.Left)}) && Logic.IsTrue({W(b.Right)}))",
            IrBinary { Operator: IrBinaryOperator.Or } b => $"(RValue)(Logic.IsTrue({W(b.Left)}) || Logic.IsTrue({W(b.Right)}))",
            IrBinary b => $"{Operator(b.Operator)}({W(b.Left)}, {W(b.Right)})",
            IrUnary { Negate: true } u => $"Arithmetic.Neg({W(u.Operand)})",
            IrUnary u => $"Logic.Not({W(u.Operand)})",
            IrList list => $"Build.List({string.Join(", ", list.Items.Select(W))})",
            IrMap map => $"Build.Map({string.Join(", ", map.Keys.Zip(map.Values, (k, v) => $"({W(k)}, {W(v)})"))})",
            IrInterpolation text => $"Text.Interpolate({string.Join(", ", text.Parts.Select(W))})",
            IrPipe { Kind: IrPipeKind.Take } pipe => $"Pipeline.Take({W(pipe.Source)}, {W(pipe.Argument)})",
            IrPipe { Kind: IrPipeKind.Where } pipe => $"Pipeline.Where({W(pipe.Source)}, {Lambda(pipe.Parameter)} => {W(pipe.Argument)})",
            IrPipe { Kind: IrPipeKind.SortBy } pipe => $"Pipeline.SortBy({W(pipe.Source)}, {Lambda(pipe.Parameter)} => {W(pipe.Argument)}, descending: {(pipe.Descending ? "true" : "false")})",
            IrPipe pipe => $"Pipeline.Map({W(pipe.Source)}, {Lambda(pipe.Parameter)} => {W(pipe.Argument)})",
            IrQuantifier q => $"Pipeline.{(q.All ? "All" : "Any")}({W(q.Source)}, {Lambda(q.Variable)} => {W(q.Condition)})",
            IrQuery query => $"await ctx.QueryAsync({CSharpText.String(query.Query)}, {Record(query.Arguments.Select(a => (a.Name, a.Value)), scope)}, {scope.Token})",
            IrBuiltin { Function: "count" } call => $"Pipeline.Count({W(call.Arguments[0])})",
            IrBuiltin { Function: "contains" } call => $"Pipeline.Contains({W(call.Arguments[0])}, {W(call.Arguments[1])})",
            IrBuiltin { Function: "min" } call => $"Pipeline.Min(Build.List({string.Join(", ", call.Arguments.Select(W))}))",
            IrBuiltin call => $"Pipeline.Max(Build.List({string.Join(", ", call.Arguments.Select(W))}))",
            _ => "RValue.Null",
        };
    }

    /// <summary>A record of named values: <c>Build.Record(("path", path), ("keep", 3))</c>.</summary>
    /// <param name="fields">The fields.</param>
    /// <param name="scope">The scope.</param>
    /// <returns>The C# text.</returns>
    public static string Record(IEnumerable<(string Name, IrExpression Value)> fields, EmitScope scope)
    {
        var list = fields.ToList();
        return list.Count == 0 ? "MapValue.Empty" : $"Build.Record({string.Join(", ", list.Select(f => $"({CSharpText.String(f.Name)}, {Write(f.Value, scope)})"))})";
    }

    /// <summary>A condition as a C# bool.</summary>
    /// <param name="expression">The condition.</param>
    /// <param name="scope">The scope.</param>
    /// <returns>The C# text.</returns>
    public static string Condition(IrExpression expression, EmitScope scope) => $"Logic.IsTrue({Write(expression, scope)})";

    private static string Lambda(string parameter) => "(RValue " + CSharpText.Identifier(parameter) + ")";

    private static string Literal(IrLiteral literal) => literal.Kind switch
    {
        // RValue converts implicitly from these, wherever the library expects a value.
        IrLiteralKind.Int => $"{CSharpText.Int((long)literal.Value!)}L",
        IrLiteralKind.Number => CSharpText.Number((double)literal.Value!),
        IrLiteralKind.String => CSharpText.String((string)literal.Value!),
        IrLiteralKind.Bool => (bool)literal.Value! ? "true" : "false",
        IrLiteralKind.Duration => $"Build.Duration({CSharpText.Int((long)literal.Value!)})",
        IrLiteralKind.Percent => $"Build.Percent({CSharpText.Number((double)literal.Value!)})",
        _ => "RValue.Null",
    };

    private static string Operator(IrBinaryOperator op) => op switch
    {
        IrBinaryOperator.Equal => "Compare.Eq",
        IrBinaryOperator.NotEqual => "Compare.Ne",
        IrBinaryOperator.Less => "Compare.Lt",
        IrBinaryOperator.LessOrEqual => "Compare.Le",
        IrBinaryOperator.Greater => "Compare.Gt",
        IrBinaryOperator.GreaterOrEqual => "Compare.Ge",
        IrBinaryOperator.Add => "Arithmetic.Add",
        IrBinaryOperator.Subtract => "Arithmetic.Sub",
        IrBinaryOperator.Multiply => "Arithmetic.Mul",
        _ => "Arithmetic.Div",
    };
}
