namespace LK3.Benchmarks;

/// <summary>
/// One update a family sends: a text, or a press on a button of the bot's last question. A press names the button by
/// its callback data, whole (<c>consent:yes</c>) or by a prefix ending in ':' (<c>category:</c>, any category offered);
/// <see cref="Example"/> is pressed where the last reply offered no buttons (the echo baseline).
/// </summary>
internal sealed record ScriptStep(bool IsText, string Value, string Example)
{
    public static ScriptStep Say(string text) => new(true, text, text);

    public static ScriptStep Press(string choice, string? example = null) => new(false, choice, example ?? choice);

    public bool Matches(string callbackData) =>
        Value.EndsWith(':') ? callbackData.StartsWith(Value, StringComparison.Ordinal) : callbackData == Value;
}
