namespace LK3.Bot.Channels.Web;

public static class WebChatChannel
{
    /// <summary>The web chat at <c>/chat</c>: always on, so the bot can be tried with no Telegram or WhatsApp account.</summary>
    public static IHostApplicationBuilder AddWebChat(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IChannelAdapter, WebChatAdapter>();
        return builder;
    }

    public static IEndpointRouteBuilder MapWebChat(this IEndpointRouteBuilder endpoints)
    {
        var chat = endpoints.MapGroup("/chat").DisableAntiforgery();
        chat.MapGet("", WebChatEndpoints.Page);
        chat.MapPost("/messages", WebChatEndpoints.PostAsync).RequireRateLimiting(RequestLimits.WebChat);
        chat.MapGet("/messages", WebChatEndpoints.ReadAsync);
        chat.MapPost("/end", WebChatEndpoints.End);
        return endpoints;
    }
}
