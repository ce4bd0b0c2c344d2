using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using LK3.Tests.EndToEnd;

namespace LK3.Tests.Telemetry;

/// <summary>An OTLP/HTTP collector on loopback that keeps every export it is sent (<c>POST /v1/traces</c>, <c>/v1/metrics</c>), body and all.</summary>
public sealed class OtlpCollectorDouble : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Path, string? ContentType, byte[] Body)> _exports = new();

    private OtlpCollectorDouble(WebApplication app) => _app = app;

    public Uri Address { get; private set; } = null!;

    public IReadOnlyList<(string Path, string? ContentType, byte[] Body)> Exports => [.. _exports];

    public static async Task<OtlpCollectorDouble> StartAsync()
    {
        var app = DoubleHosting.NewBuilder().Build();
        var collector = new OtlpCollectorDouble(app);
        app.Run(async context =>
        {
            using var body = new MemoryStream();
            await context.Request.Body.CopyToAsync(body);
            collector._exports.Enqueue((context.Request.Path, context.Request.ContentType, body.ToArray()));
            // An empty ExportTraceServiceResponse / ExportMetricsServiceResponse.
            context.Response.ContentType = "application/x-protobuf";
        });
        await app.StartAsync();
        collector.Address = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return collector;
    }

    /// <summary>Waits until exports to <paramref name="path"/> hold <paramref name="text"/> (OTLP's protobuf carries names and attributes as UTF-8).</summary>
    public async Task<byte[]> WaitForAsync(string path, string text, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (true)
        {
            var found = _exports.Where(e => e.Path == path).Select(e => e.Body).FirstOrDefault(body => Contains(body, text));
            if (found is not null) return found;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"No export to {path} held \"{text}\" within {limit.TotalSeconds:0} s ({_exports.Count} exports).");
            await Task.Delay(100);
        }
    }

    public static bool Contains(byte[] body, string text) => body.AsSpan().IndexOf(System.Text.Encoding.UTF8.GetBytes(text)) >= 0;

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
