using System.Text.Json.Serialization;
using LK3.Intake.Conversations;

namespace LK3.Bot.Channels.Web;

/// <summary>What the chat page posts: a text the family wrote or the id of a button they pressed.</summary>
public sealed record WebChatMessage(
    [property: JsonPropertyName("id")] string? Id,
    [property: JsonPropertyName("text")] string? Text,
    [property: JsonPropertyName("choice")] string? Choice,
    [property: JsonPropertyName("language")] string? Language);

/// <summary>What the chat page reads: the bot's messages to this browser after the last one it has.</summary>
public sealed record WebChatReplies([property: JsonPropertyName("messages")] IReadOnlyList<WebChatReply> Messages);

/// <param name="Id">The reply's place in the chat, in delivery order: the page reads on <c>after</c> it.</param>
public sealed record WebChatReply(
    [property: JsonPropertyName("id")] long Id,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("buttons")] IReadOnlyList<ReplyButton> Buttons);
