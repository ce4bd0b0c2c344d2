using System.Diagnostics;
using HdrHistogram;

namespace LK3.Benchmarks;

/// <summary>Latencies in microseconds (1 µs to 10 minutes, 3 significant digits), recorded from any thread.</summary>
internal sealed class LatencyRecorder
{
    private readonly LongHistogram _histogram = new(TimeSpan.FromMinutes(10).Ticks / TimeSpan.TicksPerMicrosecond, 3);
    private readonly Lock _gate = new();

    /// <summary>Records the time from <paramref name="from"/> to <paramref name="to"/> (Stopwatch timestamps).</summary>
    public void Record(long from, long to)
    {
        var microseconds = Math.Max(1, (long)Stopwatch.GetElapsedTime(from, to).TotalMicroseconds);
        lock (_gate) _histogram.RecordValue(Math.Min(microseconds, _histogram.HighestTrackableValue));
    }

    public long Count
    {
        get { lock (_gate) return _histogram.TotalCount; }
    }

    /// <summary>The latency at a percentile (0–100), in milliseconds; 0 when nothing was recorded.</summary>
    public double Milliseconds(double percentile)
    {
        lock (_gate) return _histogram.TotalCount == 0 ? 0 : _histogram.GetValueAtPercentile(percentile) / 1000.0;
    }

    public double MaxMilliseconds
    {
        get { lock (_gate) return _histogram.TotalCount == 0 ? 0 : _histogram.GetMaxValue() / 1000.0; }
    }

    public LatencySummary Summary() => new(Count, Milliseconds(50), Milliseconds(95), Milliseconds(99), MaxMilliseconds);
}
