namespace LK3.Benchmarks;

/// <summary>What one bot under test did: a row of the table, and of the JSON.</summary>
internal sealed record PipelineResult
{
    public required string Run { get; init; }
    public required int Families { get; init; }

    // Throughput phase (closed loop): every family sends its next update once the last was answered.
    public required int Updates { get; init; }
    public required int Rounds { get; init; }
    public required int FamiliesCompleted { get; init; }
    public required double Seconds { get; init; }
    public required double UpdatesPerSecond { get; init; }
    public double? RatioToEcho { get; set; }
    public required LatencySummary ReplyLatency { get; init; }
    public required LatencySummary AcknowledgeLatency { get; init; }
    public required double CpuMsPerUpdate { get; init; }
    public required double GeneratorCpuMsPerUpdate { get; init; }

    // Latency phase (open loop at a fixed rate).
    public required double OpenRate { get; init; }
    public required int OpenSent { get; init; }
    public required int OpenAnswered { get; init; }
    public required double OpenSentPerSecond { get; init; }
    public required int OpenFamilies { get; init; }
    public required LatencySummary OpenReplyLatency { get; init; }
    public required LatencySummary OpenAcknowledgeLatency { get; init; }
    public required double OpenCpuMsPerUpdate { get; init; }

    // Both phases.
    public required int CasesCreated { get; init; }
    public long? CasesInDatabase { get; init; }
    public required double PeakWorkingSetMiB { get; init; }
    public required double PeakResidentSinceStartMiB { get; init; }

    /// <summary>Anything that went wrong: turns that stalled, updates not acknowledged, missing buttons, stray messages, rows left over.</summary>
    public required IReadOnlyDictionary<string, long> Problems { get; init; }
}
