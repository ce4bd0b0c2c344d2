namespace LK3.Benchmarks;

/// <summary>Latency percentiles in milliseconds, over <see cref="Count"/> samples.</summary>
internal sealed record LatencySummary(long Count, double P50, double P95, double P99, double Max)
{
    public static readonly LatencySummary None = new(0, 0, 0, 0, 0);
}
