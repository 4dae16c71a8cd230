using System.CommandLine;
using Remedy.LanguageServer.Server;

namespace Remedy.Cli.Commands;

/// <summary><c>remedy lsp</c>: runs the language server over standard input and output for an editor.</summary>
internal static class LspCommand
{
    public static Command Create()
    {
        var stdlib = new Option<string?>("--stdlib") { Description = "The folder of the standard library's .remedy files (found automatically when omitted)." };
        var command = new Command("lsp", "Run the Remedy language server over standard input and output (the editor starts this).") { stdlib };
        command.SetAction(async (parse, cancellationToken) =>
        {
            // Standard output carries the protocol and nothing else; the server's own log goes to standard error.
            await using var input = Console.OpenStandardInput();
            await using var output = Console.OpenStandardOutput();
            var host = new LanguageServerHost(input, output, new LanguageServerOptions { StandardLibraryFolder = parse.GetValue(stdlib), Log = Console.Error });
            return await host.RunAsync(cancellationToken);
        });
        return command;
    }
}
