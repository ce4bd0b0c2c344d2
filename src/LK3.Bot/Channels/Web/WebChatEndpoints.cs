using System.Text.Json;
using System.Text.RegularExpressions;
using LK3.Intake.Clients;
using LK3.Intake;
using LK3.Intake.Outbox;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Channels.Web;

/// <summary>The page at <c>/chat</c> and the two calls it makes: post what the family wrote, read the bot's answers.</summary>
internal static partial class WebChatEndpoints
{
    /// <summary>Room for a long text (the engine answers those kindly), far below anything harmful.</summary>
    public const int MaxBodyBytes = 64 * 1024;
    private const int MaxRepliesPerRead = 50;

    public static IResult Page(HttpContext context, IWebHostEnvironment environment)
    {
        var page = environment.WebRootFileProvider.GetFileInfo("chat/index.html");
        if (!page.Exists) return TypedResults.NotFound();
        SecurityHeaders.AddTo(context.Response.Headers);
        context.Response.Headers.CacheControl = "no-cache";
        return TypedResults.File(page.CreateReadStream(), "text/html; charset=utf-8");
    }

    public static async Task<IResult> PostAsync(
        HttpContext context, InboxWriter inbox, TimeProvider time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        if (await WebhookRequests.ReadBodyAsync(context.Request, MaxBodyBytes, cancellationToken) is not { } body)
        {
            return WebhookRequests.TooLarge();
        }
        var message = WebhookRequests.TryRead(() => JsonSerializer.Deserialize<WebChatMessage>(body), out _);
        if (Problem(message) is { } problem) return WebhookRequests.BadRequest(problem);

        var chat = new ChatKey(ChannelNames.Web, WebChatIdentity.EnsureChat(context));
        var language = message!.Language is { Length: <= 35 } given ? given : null;
        var payload = JsonSerializer.Serialize(message with { Id = null, Language = language });
        try
        {
            // The page sends a message again with the same id when it got no answer: stored once.
            await inbox.StoreAsync(chat, $"{chat.ChatId}:{message.Id}", time.GetUtcNow().ToUnixTimeMilliseconds(), payload, cancellationToken);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            ChannelLog.StoreFailed(loggers.CreateLogger(typeof(WebChatEndpoints).FullName!), exception, chat.Channel, WebhookRequests.StoreFailure(exception));
            return WebhookRequests.NotStored(context);
        }
        return TypedResults.Accepted((string?)null, new { });
    }

    public static async Task<Ok<WebChatReplies>> ReadAsync(HttpContext context, IntakeDbContext db, long? after, CancellationToken cancellationToken)
    {
        if (WebChatIdentity.ChatIdOf(context.Request) is not { } chatId) return TypedResults.Ok(new WebChatReplies([]));
        // The cursor is the time a reply was delivered, not its id: a reply written by another chat's turn can get a
        // lower id yet be delivered later, and must still be read.
        var since = DateTimeOffset.UnixEpoch + TimeSpan.FromMicroseconds(Math.Max(0, after ?? 0));
        var replies = await db.OutgoingMessages
            .Where(m => m.Channel == ChannelNames.Web && m.ChatId == chatId && m.SentAt > since)
            .OrderBy(m => m.SentAt).ThenBy(m => m.Id)
            .Take(MaxRepliesPerRead)
            .ToListAsync(cancellationToken);
        context.Response.Headers.CacheControl = "no-store";
        return TypedResults.Ok(new WebChatReplies([.. replies.Select(m => new WebChatReply(CursorOf(m.SentAt!.Value), m.Text, m.Buttons))]));
    }

    /// <summary>The browser forgets its chat (a shared phone): the next visit starts a new one. Nothing is erased: that is /hapus.</summary>
    public static NoContent End(HttpContext context)
    {
        WebChatIdentity.Forget(context);
        return TypedResults.NoContent();
    }

    /// <summary>Microseconds since 1970: exact in a JavaScript number, and later for every reply delivered later.</summary>
    private static long CursorOf(DateTimeOffset sentAt) => (sentAt - DateTimeOffset.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond;

    private static string? Problem(WebChatMessage? message) => message switch
    {
        null => "The body is not a chat message in JSON.",
        { Id: var id } when id is null || !MessageId().IsMatch(id) => "The message needs an id of 1–64 letters, digits, '-' or '_'.",
        { Text: null, Choice: null } or { Text: not null, Choice: not null } => "A message has either a text or a choice.",
        { Choice.Length: > 256 } => "The choice is not one the bot offered.",
        _ => null,
    };

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex MessageId();
}
