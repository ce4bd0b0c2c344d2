namespace LK3.Benchmarks;

/// <summary>Samples the process's working set and the GC heap every 100 ms; keeps the peaks and a sample at each tenth of the sends.</summary>
internal sealed class MemorySampler : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<(double Progress, long WorkingSet, long Heap)> _atProgress = [];
    private Task _loop = Task.CompletedTask;

    public long PeakWorkingSet { get; private set; }
    public long PeakHeap { get; private set; }
    public IReadOnlyList<(double Progress, long WorkingSet, long Heap)> AtProgress => _atProgress;

    public static MemorySampler Start(Func<int> sent, int total)
    {
        var sampler = new MemorySampler();
        sampler._loop = sampler.RunAsync(sent, total);
        return sampler;
    }

    private async Task RunAsync(Func<int> sent, int total)
    {
        var nextTenth = 1;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                var workingSet = Environment.WorkingSet;
                var heap = GC.GetTotalMemory(false);
                PeakWorkingSet = Math.Max(PeakWorkingSet, workingSet);
                PeakHeap = Math.Max(PeakHeap, heap);
                var progress = (double)sent() / total;
                if (progress * 10 >= nextTenth && nextTenth <= 10)
                {
                    _atProgress.Add((progress, workingSet, heap));
                    nextTenth = (int)(progress * 10) + 1;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _loop;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _stop.Dispose();
    }
}
