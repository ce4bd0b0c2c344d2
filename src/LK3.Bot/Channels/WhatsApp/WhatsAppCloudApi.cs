using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Extensions.Options;

namespace LK3.Bot.Channels.WhatsApp;

/// <summary>The one Cloud API call the bot makes: <c>POST {ApiBaseUrl}/{PhoneNumberId}/messages</c>.</summary>
public sealed class WhatsAppCloudApi(HttpClient http, IOptions<WhatsAppOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Sends one message (or a read receipt) and gives the wamid Meta answered with, if any.</summary>
    /// <exception cref="WhatsAppApiException">Meta refused it.</exception>
    public async Task<string?> PostAsync(object message, CancellationToken cancellationToken)
    {
        var current = options.Value;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{current.ApiBaseUrl.TrimEnd('/')}/{current.PhoneNumberId}/messages")
        {
            Content = JsonContent.Create(message, options: Json),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", current.AccessToken);
        using var response = await http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            var sent = await response.Content.ReadFromJsonAsync<SendResult>(Json, cancellationToken);
            return sent?.Messages?.FirstOrDefault()?.Id;
        }
        var error = await ReadErrorAsync(response, cancellationToken);
        throw new WhatsAppApiException((int)response.StatusCode, error?.Code ?? 0, error?.Message);
    }

    private static async Task<GraphError?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return (await response.Content.ReadFromJsonAsync<ErrorResult>(Json, cancellationToken))?.Error;
        }
        catch (JsonException)
        {
            return null; // a proxy's HTML error page, say: the status code alone decides
        }
    }

    private sealed record SendResult(IReadOnlyList<SentMessage>? Messages);

    private sealed record SentMessage(string? Id);

    private sealed record ErrorResult(GraphError? Error);

    private sealed record GraphError(int Code, string? Message);
}
