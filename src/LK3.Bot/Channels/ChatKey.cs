namespace LK3.Bot.Channels;

/// <summary>One chat on one channel: the unit whose messages are handled in order.</summary>
public readonly record struct ChatKey(string Channel, string ChatId);
