using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace LK3.Benchmarks;

/// <summary>
/// A bot under test as a process of its own (<c>dotnet X.dll</c>) with real Kestrel on a loopback port, so that its
/// memory and CPU time are its own, apart from the load generator's. What it writes is kept (the last lines, or all of
/// it in a file).
/// </summary>
internal sealed class TargetProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _tail = new();
    private readonly StreamWriter? _log;

    private TargetProcess(Process process, Uri address, StreamWriter? log)
    {
        _process = process;
        _log = log;
        Address = address;
        process.OutputDataReceived += (_, line) => Append(line.Data);
        process.ErrorDataReceived += (_, line) => Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        Sampler = ProcessSampler.Start(process.Id);
    }

    public Uri Address { get; }
    public int Id => _process.Id;
    public ProcessSampler Sampler { get; }

    /// <summary>CPU time the process used so far, user and system.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>The last lines the process wrote.</summary>
    public string Tail
    {
        get { lock (_tail) return string.Join(Environment.NewLine, _tail); }
    }

    /// <param name="arguments">The assembly to run, then its arguments; <c>{port}</c> stands for the port it is to listen on.</param>
    /// <param name="logPath">A file for everything the process writes; otherwise only the last lines are kept.</param>
    /// <param name="cap">A CPU cap the process is put under as soon as it is started.</param>
    public static async Task<TargetProcess> StartAsync(
        IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string> environment, string? logPath, CpuCap? cap = null)
    {
        var port = FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var start = new ProcessStartInfo("dotnet", arguments.Select(a => a.Replace("{port}", port, StringComparison.Ordinal)))
        {
            WorkingDirectory = Path.GetDirectoryName(arguments[0])!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        var log = logPath is null ? null : new StreamWriter(logPath) { AutoFlush = false };
        var process = Process.Start(start)!;
        cap?.Add(process.Id);
        var target = new TargetProcess(process, new Uri($"http://127.0.0.1:{port}"), log);
        await target.WaitUntilHealthyAsync();
        return target;
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_tail)
        {
            _log?.WriteLine(line);
            _tail.Enqueue(line);
            if (_tail.Count > 40) _tail.Dequeue();
        }
    }

    private async Task WaitUntilHealthyAsync()
    {
        using var http = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.GetTimestamp() + 90 * Stopwatch.Frequency;
        while (true)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The process exited with {_process.ExitCode}:{Environment.NewLine}{Tail}");
            try
            {
                using var response = await http.GetAsync("/healthz");
                if (response.StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // not listening yet
            }
            if (Stopwatch.GetTimestamp() > deadline) throw new TimeoutException($"Not healthy within 90 s:{Environment.NewLine}{Tail}");
            await Task.Delay(200);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        await Sampler.DisposeAsync();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        if (_log is not null)
        {
            lock (_tail) _log.Flush();
            await _log.DisposeAsync();
        }
    }
}
