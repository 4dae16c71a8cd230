using System.Diagnostics;
using System.Text.Json.Nodes;
using Remedy.LanguageServer.Tests.Support;
using Remedy.TestSupport;

namespace Remedy.LanguageServer.Tests;

/// <summary>The built tool, started as an editor starts it: <c>dotnet remedy.dll lsp</c> over standard input and output.</summary>
public sealed class EndToEndTests
{
    [Fact]
    public async Task Remedy_lsp_over_stdio_serves_a_whole_session()
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "remedy.dll");
        Assert.True(File.Exists(tool), $"the built tool is missing at {tool}");
        var start = new ProcessStartInfo("dotnet", [tool, "lsp"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            var client = LspTestClient.Over(new DuplexProcessStream(process));
            var initialize = await client.RequestAsync("initialize", new JsonObject { ["processId"] = Environment.ProcessId, ["capabilities"] = new JsonObject() });
            Assert.Equal("remedy-lsp", (string?)initialize["result"]!["serverInfo"]!["name"]);
            await client.NotifyAsync("initialized", new JsonObject());

            var text = TestDocuments.Playbook.Replace("autonomy supervised", "autonomy supervsed");
            await client.OpenAsync(TestDocuments.Uri, text);
            var diagnostics = await client.WaitForDiagnosticsAsync(TestDocuments.Uri, 1);
            Assert.Equal("RMD0007", (string?)diagnostics["params"]!["diagnostics"]![0]!["code"]);

            var completion = await client.RequestAsync("textDocument/completion", Requests.At(TestDocuments.Uri, text, "k8s.restart_pod", 4));
            Assert.Contains(completion["result"]!["items"]!.AsArray(), i => (string?)i!["label"] == "restart_pod");

            var hover = await client.RequestAsync("textDocument/hover", Requests.At(TestDocuments.Uri, text, "restart_pod", 2));
            Assert.Contains("**effect** `mutating`", (string?)hover["result"]!["contents"]!["value"]);

            var shutdown = await client.RequestAsync("shutdown");
            Assert.Equal("""{"jsonrpc":"2.0","id":4,"result":null}""", shutdown.ToJsonString(Json.Compact));
            await client.NotifyAsync("exit");
            Assert.True(process.WaitForExit(20_000), "the server did not exit");
            Assert.Equal(0, process.ExitCode);
            Assert.Contains("initialized", await stderr);
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
        }
    }

    /// <summary>A process's standard output and input as one stream, as the protocol client needs.</summary>
    private sealed class DuplexProcessStream(Process process) : Stream
    {
        private readonly Stream _input = process.StandardOutput.BaseStream;
        private readonly Stream _output = process.StandardInput.BaseStream;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() => _output.Flush();
        public override Task FlushAsync(CancellationToken cancellationToken) => _output.FlushAsync(cancellationToken);
        public override int Read(byte[] buffer, int offset, int count) => _input.Read(buffer, offset, count);
        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => _input.ReadAsync(buffer, cancellationToken);
        public override void Write(byte[] buffer, int offset, int count) => _output.Write(buffer, offset, count);
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default) => _output.WriteAsync(buffer, cancellationToken);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
    }
}
