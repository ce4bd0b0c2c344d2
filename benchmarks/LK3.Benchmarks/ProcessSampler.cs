using System.Diagnostics;
using System.Globalization;

namespace LK3.Benchmarks;

/// <summary>Samples another process's working set every 100 ms and keeps the peak since the last <see cref="ResetPeak"/>.</summary>
internal sealed class ProcessSampler : IAsyncDisposable
{
    private readonly Process _process;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;
    private long _peak;

    private ProcessSampler(int processId)
    {
        // A Process object of its own: Refresh on one shared with another thread would race.
        _process = Process.GetProcessById(processId);
        _loop = RunAsync();
    }

    public static ProcessSampler Start(int processId) => new(processId);

    public long PeakWorkingSet => Interlocked.Read(ref _peak);

    public void ResetPeak() => Interlocked.Exchange(ref _peak, WorkingSet());

    /// <summary>The highest resident set of the process's whole life so far (VmHWM of /proc/PID/status), or 0 where there is none.</summary>
    public long PeakResidentSinceStart
    {
        get
        {
            var status = $"/proc/{_process.Id}/status";
            if (!File.Exists(status)) return 0;
            var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
    }

    private long WorkingSet()
    {
        _process.Refresh();
        return _process.HasExited ? 0 : _process.WorkingSet64;
    }

    private async Task RunAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                var workingSet = WorkingSet();
                for (var peak = PeakWorkingSet; workingSet > peak; peak = PeakWorkingSet)
                {
                    if (Interlocked.CompareExchange(ref _peak, workingSet, peak) == peak) break;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
        _process.Dispose();
    }
}
