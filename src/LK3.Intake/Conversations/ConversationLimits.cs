namespace LK3.Intake.Conversations;

public static class ConversationLimits
{
    /// <summary>The longest text a family can send in one message that the bot keeps.</summary>
    public const int MaxTextLength = 1000;

    public const int MinDescriptionLength = 10;
}
