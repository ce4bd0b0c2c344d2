using System.ComponentModel.DataAnnotations;

namespace LK3.Bot.Telemetry;

/// <summary>The "Telemetry" section: who may read <c>/metrics</c>, where traces and metrics are pushed, how often the backlogs are counted.</summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>A secret a Prometheus server sends as <c>Authorization: Bearer …</c> to read <c>/metrics</c>; empty: only signed-in admins may.</summary>
    [MinLength(16)]
    public string? ScrapeToken { get; set; }

    /// <summary>An OTLP collector (HTTP/protobuf, e.g. <c>http://collector:4318</c>) that gets traces and metrics; empty: none is sent.</summary>
    public Uri? OtlpEndpoint { get; set; }

    /// <summary>How often the backlogs (inbox, outbox, broadcasts, follow-ups, leases) are counted in the database for the gauges.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "01:00:00")]
    public TimeSpan SampleInterval { get; set; } = TimeSpan.FromSeconds(15);
}
