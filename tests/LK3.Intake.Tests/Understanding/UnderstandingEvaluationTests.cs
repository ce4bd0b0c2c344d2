using System.Globalization;
using System.Text;
using LK3.Intake.Tests.Engine;
using Xunit.Abstractions;

namespace LK3.Intake.Tests.Understanding;

/// <summary>
/// Every message of the evaluation set through the real engine, as the first message of a new chat, then consent typed,
/// then the intake answered in words; the figures of docs/understanding.md are what this prints.
/// </summary>
public sealed class UnderstandingEvaluationTests(ITestOutputHelper output)
{
    public static TheoryData<string> Sets => [.. EvaluationSet.Kept];

    [Theory]
    [MemberData(nameof(Sets))]
    public async Task Messages_as_families_type_them_are_understood(string set)
    {
        var path = EvaluationSet.PathOf(set);
        var rows = EvaluationSet.Load(path);
        await using var engine = await EngineHarness.CreateAsync();
        var outcomes = new List<FamilyOutcome>();
        foreach (var (row, i) in rows.Select((row, i) => (row, i)))
        {
            outcomes.Add(await new SimulatedFamily(engine, row, i).RunAsync());
        }

        var report = new EvaluationReport(outcomes);
        output.WriteLine($"Set: {path}");
        output.WriteLine(report.Table());
        output.WriteLine(report.Misses());

        Assert.True(report.Danger.Rate == 1, $"Emergency numbers not first for: {report.Danger.Failed}");
        Assert.True(report.FalseAlarms.Rate <= 0.05, $"False alarms {report.FalseAlarms}: {report.FalseAlarms.Which}");
        Assert.True(report.Information.Rate >= 0.95, $"Information answered {report.Information}: missed {report.Information.Failed}");
        Assert.True(report.Help.Rate >= 0.95, $"Help reaching a case of its category {report.Help}: missed {report.Help.Failed}");
        Assert.True(report.NotUnderstood.Rate <= 0.05, $"'Not understood' in {report.NotUnderstood} of replies");
    }
}

/// <summary>The evaluation's figures: each a count of a kind of row, and the rows that missed.</summary>
public sealed class EvaluationReport(IReadOnlyList<FamilyOutcome> outcomes)
{
    public Figure Danger => Of(o => o.Row.Danger, o => o.NumbersFirst);
    public Figure FalseAlarms => Of(o => !o.Row.Danger, o => o.UrgentAnywhere);
    public Figure Information => Of(o => o.Row.Intent == ExpectedIntent.Info, o => o.TopicAnswered);
    public Figure Help => Of(o => o.Row.Intent == ExpectedIntent.Help, o => o.CaseCategory?.ToString() == o.Row.Detail);
    public Figure HelpCase => Of(o => o.Row.Intent == ExpectedIntent.Help, o => o.CaseCategory is not null);
    public Figure CategoryFromList => Of(o => o.Row.Intent == ExpectedIntent.Help, o => o.CategoryAskedFromList);
    public Figure CategoryRightFirst => Of(o => o.Row.Intent == ExpectedIntent.Help, o => o.CategoryGuess?.ToString() == o.Row.Detail);
    public Figure CategoryAskedBack => Of(o => o.Row.Intent == ExpectedIntent.Help, o => o.CategoryAskedBack);
    public Figure Social => Of(o => o.Row.Intent is ExpectedIntent.Greeting or ExpectedIntent.Other, o => !o.FirstMisunderstood);
    public Figure YesNo => Of(o => o.Row.Intent is ExpectedIntent.Yes or ExpectedIntent.No, o => o.ConsentRead == true);

    public Figure NotUnderstood => new(outcomes.Sum(o => o.Misunderstood), outcomes.Sum(o => o.Turns), "");

    public string Table()
    {
        var table = new StringBuilder();
        table.AppendLine("| measure | result | target |");
        table.AppendLine("| --- | --- | --- |");
        table.AppendLine($"| danger rows with the emergency numbers first | {Danger} | 100 % |");
        table.AppendLine($"| false alarms (numbers for a row without danger) | {FalseAlarms} | ≤ 5 % |");
        table.AppendLine($"| information rows answered with their topic | {Information} | ≥ 95 % |");
        table.AppendLine($"| help rows reaching a case of their category | {Help} | ≥ 95 % |");
        table.AppendLine($"| help rows reaching a case at all | {HelpCase} | |");
        table.AppendLine($"| help rows whose category the bot guessed right from their words | {CategoryRightFirst} | |");
        table.AppendLine($"| help rows whose category was asked back (\"Apakah ini tentang …?\") | {CategoryAskedBack} | |");
        table.AppendLine($"| help rows whose category was asked from the list | {CategoryFromList} | |");
        table.AppendLine($"| greetings and other messages answered (not \"not understood\") | {Social} | |");
        table.AppendLine($"| typed yes/no read right at the privacy question | {YesNo} | |");
        table.AppendLine($"| replies saying \"not understood\" (family turns) | {NotUnderstood} | ≤ 5 % |");
        return table.ToString();
    }

    /// <summary>Each row that missed, with what happened, to read beside the table.</summary>
    public string Misses()
    {
        var lines = new StringBuilder("Rows that missed:\n");
        foreach (var o in outcomes)
        {
            var misses = new List<string>();
            if (o.Row.Danger && !o.NumbersFirst) misses.Add("no numbers first");
            if (!o.Row.Danger && o.UrgentAnywhere) misses.Add("false alarm");
            if (o.Row.Intent == ExpectedIntent.Info && !o.TopicAnswered) misses.Add($"topic {o.Row.Detail} not answered");
            if (o.Row.Intent == ExpectedIntent.Help && o.CaseCategory?.ToString() != o.Row.Detail)
                misses.Add($"case {o.CaseCategory?.ToString() ?? "none"} for {o.Row.Detail}");
            if (o.Misunderstood > 0) misses.Add($"{o.Misunderstood}× not understood");
            if (misses.Count > 0) lines.AppendLine($"  line {o.Row.Line}: {string.Join("; ", misses)} — {o.Row.Text}");
        }
        return lines.ToString();
    }

    private Figure Of(Func<FamilyOutcome, bool> counted, Func<FamilyOutcome, bool> hit)
    {
        var rows = outcomes.Where(counted).ToList();
        return new Figure(rows.Count(hit), rows.Count, string.Join(", ", rows.Where(o => !hit(o)).Select(o => o.Row.Line)))
        {
            Which = string.Join(", ", rows.Where(hit).Select(o => o.Row.Line)),
        };
    }
}

/// <summary>A count out of a total, shown as "12/40 (30,0 %)".</summary>
public sealed record Figure(int Count, int Total, string Failed)
{
    public string Which { get; init; } = "";
    public double Rate => Total == 0 ? 1 : (double)Count / Total;
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Count}/{Total} ({Rate * 100:0.0} %)");
}
