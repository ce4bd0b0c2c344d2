namespace LK3.Intake.Conversations;

public static class ConversationLimits
{
    /// <summary>The longest text a family can send in one message that the bot keeps.</summary>
    public const int MaxTextLength = 1000;

    public const int MinDescriptionLength = 10;

    /// <summary>
    /// What a family or counsellor wrote, without control characters other than line breaks and tabs: they mean
    /// nothing to a reader, and PostgreSQL refuses NUL in text.
    /// </summary>
    public static string? WithoutControlCharacters(string? text) =>
        text is null || !text.Any(IsUnwanted) ? text : string.Concat(text.Where(c => !IsUnwanted(c)));

    private static bool IsUnwanted(char c) => char.IsControl(c) && c is not '\n' and not '\t';
}
