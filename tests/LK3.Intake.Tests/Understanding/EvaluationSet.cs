using System.Text;

namespace LK3.Intake.Tests.Understanding;

/// <summary>
/// Messages as families type them, labelled (docs/understanding.md describes the format and where each set comes from):
/// the sets kept with the tests, or the one named by LK3_UNDERSTANDING_SET, so the same measurement runs on messages
/// nobody on the team has seen.
/// </summary>
public static class EvaluationSet
{
    public const string PathVariable = "LK3_UNDERSTANDING_SET";

    /// <summary>The labelled set of the issue, then two written independently of the word lists to check they generalise.</summary>
    public static IEnumerable<string> Kept => ["understanding-dev.tsv", "understanding-extra-1.tsv", "understanding-extra-2.tsv"];

    public static string PathOf(string name) => Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path
        ? path
        : System.IO.Path.Combine(AppContext.BaseDirectory, "Understanding", name);

    public static IReadOnlyList<EvaluationRow> Load(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        if (lines.Length == 0 || lines[0].Split('\t') is not ["text", "intent", "detail", "danger"])
            throw new InvalidDataException($"{path} does not start with the header text, intent, detail, danger.");
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select((line, i) =>
        {
            var columns = line.Split('\t');
            if (columns.Length != 4) throw new InvalidDataException($"{path}, row {i + 2}: four tab-separated columns expected.");
            return new EvaluationRow(i + 2, columns[0], Enum.Parse<ExpectedIntent>(columns[1], ignoreCase: true), columns[2], columns[3] == "1");
        })];
    }
}

public sealed record EvaluationRow(int Line, string Text, ExpectedIntent Intent, string Detail, bool Danger);

public enum ExpectedIntent
{
    Help,
    Info,
    Greeting,
    Yes,
    No,
    Other,
}
