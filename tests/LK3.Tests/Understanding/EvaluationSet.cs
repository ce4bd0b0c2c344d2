using System.Text;

namespace LK3.Tests.Understanding;

/// <summary>
/// Messages as families type them, labelled (docs/understanding.md describes the format): the project's own set, or the one
/// named by LK3_UNDERSTANDING_SET, so the same measurement runs on messages nobody on the team has seen.
/// </summary>
public static class EvaluationSet
{
    public const string PathVariable = "LK3_UNDERSTANDING_SET";

    public static string Path => Environment.GetEnvironmentVariable(PathVariable) is { Length: > 0 } path
        ? path
        : System.IO.Path.Combine(AppContext.BaseDirectory, "Understanding", "understanding-dev.tsv");

    public static IReadOnlyList<EvaluationRow> Load()
    {
        var lines = File.ReadAllLines(Path, Encoding.UTF8);
        if (lines.Length == 0 || lines[0].Split('\t') is not ["text", "intent", "detail", "danger"])
            throw new InvalidDataException($"{Path} does not start with the header text, intent, detail, danger.");
        return [.. lines.Skip(1).Where(l => l.Length > 0).Select((line, i) =>
        {
            var columns = line.Split('\t');
            if (columns.Length != 4) throw new InvalidDataException($"{Path}, row {i + 2}: four tab-separated columns expected.");
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
