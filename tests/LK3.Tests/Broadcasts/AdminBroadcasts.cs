using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using LK3.Tests.EndToEnd;

namespace LK3.Tests.Broadcasts;

/// <summary>A broadcast made as staff make one: the bootstrap admin's bearer token, then <c>POST /api/broadcasts</c>.</summary>
internal static class AdminBroadcasts
{
    public const string Text = "Kelas parenting hari Sabtu pukul 09.00.";

    /// <returns>The new broadcast's id; it goes to the subscribers of parenting classes, now.</returns>
    public static async Task<int> CreateAsync(HttpClient client)
    {
        using var token = await client.PostAsJsonAsync("/api/token", new { email = BotApp.AdminEmail, password = BotApp.AdminPassword });
        token.EnsureSuccessStatusCode();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/broadcasts")
        {
            Content = JsonContent.Create(new { text = Text, topics = new[] { "ParentingClasses" } }),
        };
        request.Headers.Authorization =
            new AuthenticationHeaderValue("Bearer", (await token.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString());
        using var created = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32();
    }
}
