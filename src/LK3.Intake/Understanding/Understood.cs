namespace LK3.Intake.Understanding;

/// <summary>A typed message as the bot understood it: danger first, then what the family wants.</summary>
public sealed record Understood(ReadText Text, Danger Danger, Intent Intent, TopicMatch? Topic, CategoryGuess? Category)
{
    /// <summary>Greeted with "assalamualaikum", which is answered in kind.</summary>
    public bool Salam => Text.Has(Concept.Salam);

    /// <summary>Written in English rather than Indonesian (most of its words are English ones).</summary>
    public bool LooksEnglish => Text.Tokens.Count >= 3
        && Text.Tokens.Count(t => EnglishWords.Contains(t.Word)) * 2 >= Text.Tokens.Count;

    private static readonly HashSet<string> EnglishWords =
        [.. CommonWords.English.Split(' '), "feel", "like", "life", "help", "please", "husband", "wife", "child", "son", "daughter", "hitting", "need", "any"];
}
