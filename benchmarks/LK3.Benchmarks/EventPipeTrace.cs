using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;

namespace LK3.Benchmarks;

/// <summary>
/// A CPU-sampling EventPipe trace of another .NET process, written to a .nettrace file (what <c>dotnet-trace collect
/// --profile cpu-sampling</c> records): read it with <c>dotnet-trace report FILE topN</c>, or convert it for speedscope/PerfView.
/// </summary>
internal sealed class EventPipeTrace : IAsyncDisposable
{
    /// <summary>The runtime's default keywords (GC, JIT, loader, exceptions...), as dotnet-trace's cpu-sampling profile asks for them.</summary>
    private const long RuntimeKeywords = 0x14C14FCCBD;

    private readonly EventPipeSession _session;
    private readonly Task _copy;

    private EventPipeTrace(EventPipeSession session, string path)
    {
        _session = session;
        _copy = CopyAsync(session.EventStream, path);
    }

    public static EventPipeTrace Start(int processId, string path)
    {
        var session = new DiagnosticsClient(processId).StartEventPipeSession(
            [
                new EventPipeProvider("Microsoft-DotNETCore-SampleProfiler", EventLevel.Informational),
                new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, RuntimeKeywords),
            ],
            requestRundown: true);
        return new EventPipeTrace(session, path);
    }

    private static async Task CopyAsync(Stream events, string path)
    {
        await using var file = File.Create(path);
        await events.CopyToAsync(file);
    }

    public async ValueTask DisposeAsync()
    {
        await _session.StopAsync(CancellationToken.None);
        await _copy;
        _session.Dispose();
    }
}
