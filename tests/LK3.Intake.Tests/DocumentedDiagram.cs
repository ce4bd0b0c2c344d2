using System.Text.RegularExpressions;

namespace LK3.Intake.Tests;

/// <summary>Compares the ```mermaid block of a document in docs/ with the diagram the code draws now.</summary>
public static partial class DocumentedDiagram
{
    /// <param name="howToRefresh">What to run to get the new diagram, shown with it when the document is out of date.</param>
    public static void AssertMatches(string docPath, string diagram, string howToRefresh)
    {
        var doc = File.ReadAllText(Path.Combine(Repository.Root, docPath));
        var block = MermaidBlock().Match(Normalize(doc));
        Assert.True(block.Success, $"{docPath} has no ```mermaid fenced block.");

        var expected = Normalize(diagram);
        Assert.True(expected == block.Groups["diagram"].Value.Trim(),
            $"The diagram in {docPath} is out of date. Replace the contents of its ```mermaid block with the output of {howToRefresh}, "
            + $"which is:\n\n{expected}\n");
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").Trim();

    [GeneratedRegex(@"```mermaid\n(?<diagram>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex MermaidBlock();
}
