using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Remedy.Runtime.Tests.Support;

/// <summary>A real HTTP server on 127.0.0.1 (HttpListener), answering with a handler and recording requests.</summary>
public sealed class LocalHttpServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<RecordedRequest, (int Status, string Body)> handler;
    private readonly Task loop;

    public LocalHttpServer(Func<RecordedRequest, (int Status, string Body)> handler)
    {
        this.handler = handler;
        Port = FreePort();
        BaseUrl = $"http://127.0.0.1:{Port}/";
        listener.Prefixes.Add(BaseUrl);
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string BaseUrl { get; }

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with an exception when the listener closes.
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var request = new RecordedRequest(
                context.Request.HttpMethod,
                context.Request.Url!.AbsolutePath,
                await reader.ReadToEndAsync(),
                context.Request.Headers["Idempotency-Key"],
                context.Request.ContentType);
            Requests.Enqueue(request);
            var (status, body) = handler(request);
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/plain";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
