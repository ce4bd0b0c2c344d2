using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace LK3.Benchmarks;

/// <summary>
/// The baseline: the least a Telegram webhook bot can be, a minimal ASP.NET Core app with Telegram.Bot that checks the
/// secret, reads the update and sends its text (or a button's data) back. No database, nothing stored.
/// <c>echo-server --port N --api URL --token T --secret S</c>; the pipeline benchmark starts it in a process of its own.
/// </summary>
internal static class EchoBaseline
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? port = null, api = null, token = null, secret = null;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--port": port = args[i + 1]; break;
                case "--api": api = args[i + 1]; break;
                case "--token": token = args[i + 1]; break;
                case "--secret": secret = args[i + 1]; break;
            }
        }
        if (port is null || api is null || token is null || secret is null)
        {
            await Console.Error.WriteLineAsync("usage: LK3.Benchmarks echo-server --port N --api URL --token T --secret S");
            return 2;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls($"http://127.0.0.1:{int.Parse(port, CultureInfo.InvariantCulture)}");
        builder.Services.ConfigureTelegramBot<Microsoft.AspNetCore.Http.Json.JsonOptions>(o => o.SerializerOptions);
        builder.Services.AddHttpClient("telegram")
            .AddTypedClient<ITelegramBotClient>(http => new TelegramBotClient(new TelegramBotClientOptions(token, api), http));
        var app = builder.Build();
        var expected = Encoding.UTF8.GetBytes(secret);
        app.MapGet("/healthz", () => "Healthy");
        app.MapPost("/webhooks/telegram", async (HttpRequest request, Update update, ITelegramBotClient bot, CancellationToken cancellationToken) =>
        {
            if (!CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(request.Headers["X-Telegram-Bot-Api-Secret-Token"].ToString()), expected))
            {
                return Results.Unauthorized();
            }
            var (chatId, text) = update switch
            {
                { Message: { Text: { } said } message } => (message.Chat.Id, said),
                { CallbackQuery: { Data: { } data, From.Id: var from } } => (from, data),
                _ => (0L, ""),
            };
            if (chatId != 0) await bot.SendMessage(chatId, text, cancellationToken: cancellationToken);
            return Results.Ok();
        });
        await app.RunAsync();
        return 0;
    }
}
