namespace LK3.Intake.Understanding;

/// <summary>A typed message as the bot understood it: danger first, then what the family wants.</summary>
public sealed record Understood(ReadText Text, Danger Danger, Intent Intent, TopicMatch? Topic, CategoryGuess? Category)
{
    /// <summary>Greeted with "assalamualaikum", which is answered in kind.</summary>
    public bool Salam => Text.Has(Concept.Salam);

    /// <summary>Written in English rather than Indonesian (most of its words are English ones).</summary>
    public bool LooksEnglish => Text.Tokens.Count >= 3
        && Text.Tokens.Count(t => EnglishWords.Contains(t.Word)) * 2 >= Text.Tokens.Count;

    /// <summary>
    /// Written in Indonesian, whatever the phone's language: "halo bu, sy mau tanya", "anak sy susah diatur" (a third of its
    /// words among the commonest Indonesian ones).
    /// </summary>
    public bool LooksIndonesian => Text.Tokens.Count >= 2 && !LooksEnglish
        && Text.Tokens.Count(t => IndonesianWords.Contains(t.Word)) * 3 >= Text.Tokens.Count;

    private static readonly HashSet<string> IndonesianWords =
    [
        "saya", "aku", "kami", "mau", "tidak", "ada", "apa", "yang", "dan", "di", "ke", "dari", "ini", "itu", "sudah", "belum", "bisa",
        "tolong", "anak", "suami", "istri", "ibu", "kakak", "bapak", "bu", "pak", "kak", "tanya", "minta", "bagaimana", "kenapa", "dengan", "untuk", "buat",
        "iya", "juga", "sama", "lagi", "sekarang", "tadi", "dia", "mereka", "kalau", "karena", "tapi", "banget", "sekali",
    ];

    private static readonly HashSet<string> EnglishWords =
        [.. CommonWords.English.Split(' '), "feel", "like", "life", "help", "please", "husband", "wife", "child", "son", "daughter", "hitting", "need", "any"];
}
