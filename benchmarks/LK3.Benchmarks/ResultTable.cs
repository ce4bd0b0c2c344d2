using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace LK3.Benchmarks;

/// <summary>The pipeline benchmark's results: a table on the console, the same in a JSON file.</summary>
internal static class ResultTable
{
    public static void Print(IReadOnlyList<PipelineResult> results, double rate)
    {
        var at = rate.ToString("0.##", CultureInfo.InvariantCulture);
        string[] header =
        [
            "run", "families", "updates", "updates/s", "× echo", "p50/p95/p99 ms", $"p50/p95/p99 ms @ {at}/s", "cases", "peak WS MiB", "CPU ms/update",
        ];
        var rows = results.Select(r => new[]
        {
            r.Run,
            r.Families.ToString("N0", CultureInfo.InvariantCulture),
            r.Updates.ToString("N0", CultureInfo.InvariantCulture),
            r.UpdatesPerSecond.ToString("N0", CultureInfo.InvariantCulture),
            r.RatioToEcho is { } ratio ? ratio.ToString("P1", CultureInfo.InvariantCulture) : "",
            Percentiles(r.ReplyLatency),
            r.OpenSent == 0 ? "" : Percentiles(r.OpenReplyLatency) + $" ({r.OpenSentPerSecond.ToString("0", CultureInfo.InvariantCulture)}/s)",
            r.CasesCreated.ToString("N0", CultureInfo.InvariantCulture)
                + (r.CasesInDatabase is { } stored && stored != r.CasesCreated ? $" (db {stored:N0})" : ""),
            r.PeakWorkingSetMiB.ToString("0", CultureInfo.InvariantCulture),
            r.CpuMsPerUpdate.ToString("0.00", CultureInfo.InvariantCulture),
        }).ToList();
        var widths = header.Select((h, i) => rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        Console.WriteLine();
        Console.WriteLine("| " + string.Join(" | ", header.Select((h, i) => h.PadRight(widths[i]))) + " |");
        Console.WriteLine("|" + string.Join("|", widths.Select(w => new string('-', w + 2))) + "|");
        foreach (var row in rows)
        {
            Console.WriteLine("| " + string.Join(" | ", row.Select((c, i) => i == 0 ? c.PadRight(widths[i]) : c.PadLeft(widths[i]))) + " |");
        }
        foreach (var result in results.Where(r => r.Problems.Values.Any(v => v != 0)))
        {
            Console.WriteLine($"{result.Run}: " + string.Join(", ", result.Problems.Where(p => p.Value != 0).Select(p => $"{p.Key} {p.Value:N0}")));
        }
    }

    private static string Percentiles(LatencySummary latency) =>
        string.Create(CultureInfo.InvariantCulture, $"{latency.P50:0.0} / {latency.P95:0.0} / {latency.P99:0.0}");

    public static async Task WriteJsonAsync(string path, object document)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, document, new JsonSerializerOptions
        {
            WriteIndented = true,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        });
    }
}
