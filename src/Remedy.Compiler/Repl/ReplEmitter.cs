using Remedy.Compiler.Emit;
using Remedy.Compiler.Lowering;

namespace Remedy.Compiler.Repl;

/// <summary>Writes the statements of a REPL line as C# script code (the globals hold <c>ctx</c> and <c>ct</c>).</summary>
internal static class ReplEmitter
{
    /// <summary>One lowered statement of a REPL line: lets only, since a line is an expression or a let.</summary>
    /// <param name="node">The statement.</param>
    /// <returns>The C# statement.</returns>
    public static string Statement(IrNode node) => node switch
    {
        IrLet let => $"RValue {CSharpText.Identifier(let.Local)} = {ExpressionWriter.Write(let.Value, new EmitScope("ct"))};",
        _ => string.Empty,
    };
}
