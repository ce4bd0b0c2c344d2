using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LK3.Tests.WhatsApp;

public sealed class GraphApiDoubleTests
{
    private const string User = "6281234567890";

    private static async Task<(HttpStatusCode Status, JsonElement Body)> SendAsync(
        HttpClient http, GraphApiDouble api, object body, string? token = null, string? url = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url ?? api.MessagesUrl)
        {
            Content = new StringContent(JsonSerializer.Serialize(body), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token ?? api.AccessToken);
        using var response = await http.SendAsync(request);
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, doc.RootElement.Clone());
    }

    private static object TextMessage(string to, string text) =>
        new { messaging_product = "whatsapp", recipient_type = "individual", to, type = "text", text = new { body = text } };

    private static object Buttons(string to, int count) => new
    {
        messaging_product = "whatsapp",
        to,
        type = "interactive",
        interactive = new
        {
            type = "button",
            body = new { text = "Pilih satu" },
            action = new
            {
                buttons = Enumerable.Range(1, count).Select(i => new { type = "reply", reply = new { id = $"b{i}", title = $"Pilihan {i}" } }),
            },
        },
    };

    /// <summary>A list message asking "Topik apa?" behind the list button <paramref name="button"/>.</summary>
    private static object List(string to, string button, object sections) => new
    {
        messaging_product = "whatsapp",
        to,
        type = "interactive",
        interactive = new
        {
            type = "list",
            body = new { text = "Topik apa?" },
            action = new { button, sections },
        },
    };

    private static int ErrorCode(JsonElement body) => body.GetProperty("error").GetProperty("code").GetInt32();

    [Fact]
    public async Task Valid_text_send_is_answered_like_the_real_api_and_recorded()
    {
        await using var api = await GraphApiDouble.StartAsync();
        using var http = new HttpClient();

        var (status, body) = await SendAsync(http, api, TextMessage(User, "Halo \"Ibu\" ✓"));
        var (_, second) = await SendAsync(http, api, TextMessage(User, "lagi"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.EndsWith("/v23.0", api.BaseUrl, StringComparison.Ordinal);
        Assert.Equal("whatsapp", body.GetProperty("messaging_product").GetString());
        Assert.Equal(User, body.GetProperty("contacts")[0].GetProperty("wa_id").GetString());
        var wamid = body.GetProperty("messages")[0].GetProperty("id").GetString();
        Assert.StartsWith("wamid.", wamid, StringComparison.Ordinal);
        Assert.NotEqual(wamid, second.GetProperty("messages")[0].GetProperty("id").GetString());

        var sent = api.MessagesTo("+62 812-3456-7890");
        Assert.Equal(2, sent.Count);
        Assert.Equal(("text", "Halo \"Ibu\" ✓", wamid), (sent[0].Type, sent[0].Text, sent[0].Id));
        Assert.Empty(sent[0].Buttons);
        Assert.Equal(2, api.Calls.Count);
        Assert.All(api.Calls, c => Assert.Equal(200, c.Status));
    }

    [Fact]
    public async Task Reply_buttons_and_list_rows_are_recorded()
    {
        await using var api = await GraphApiDouble.StartAsync();
        using var http = new HttpClient();
        var list = List(User, "Lihat topik", new object[]
        {
            new { title = "Bantuan", rows = new object[] { new { id = "t1", title = "Konseling", description = "Bicara dengan konselor" } } },
            new { title = "Info", rows = new object[] { new { id = "t2", title = "Hukum" } } },
        });

        var (buttonStatus, _) = await SendAsync(http, api, Buttons(User, 3));
        var (listStatus, _) = await SendAsync(http, api, list);

        Assert.Equal(HttpStatusCode.OK, buttonStatus);
        Assert.Equal(HttpStatusCode.OK, listStatus);
        var sent = api.MessagesTo(User);
        Assert.Equal("button", sent[0].InteractiveType);
        Assert.Equal("Pilih satu", sent[0].Text);
        Assert.Equal(["b1", "b2", "b3"], sent[0].Buttons.Select(b => b.Id));
        Assert.Null(sent[0].ListButton);
        Assert.Equal("list", sent[1].InteractiveType);
        Assert.Equal("Lihat topik", sent[1].ListButton);
        Assert.Equal(
            [new GraphButton("t1", "Konseling", "Bicara dengan konselor"), new GraphButton("t2", "Hukum", null)],
            sent[1].Buttons);
    }

    [Fact]
    public async Task Four_reply_buttons_are_refused_with_131009_and_not_recorded_as_a_message()
    {
        await using var api = await GraphApiDouble.StartAsync();
        using var http = new HttpClient();

        var (status, body) = await SendAsync(http, api, Buttons(User, 4));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(131009, ErrorCode(body));
        Assert.Equal("OAuthException", body.GetProperty("error").GetProperty("type").GetString());
        Assert.Equal("whatsapp", body.GetProperty("error").GetProperty("error_data").GetProperty("messaging_product").GetString());
        Assert.Empty(api.Messages);
        var call = Assert.Single(await api.WaitForCallsAsync(c => c.ErrorCode == 131009));
        Assert.Equal((400, User), (call.Status, call.To));
    }

    [Theory]
    [InlineData(11, 20, 24)] // eleven rows in all
    [InlineData(2, 21, 24)]  // list button label longer than 20
    [InlineData(2, 20, 25)]  // row title longer than 24
    public async Task Lists_beyond_meta_limits_are_refused_with_131009(int rows, int labelLength, int rowTitleLength)
    {
        await using var api = await GraphApiDouble.StartAsync();
        using var http = new HttpClient();
        var list = List(User, new string('x', labelLength),
            new[] { new { title = "A", rows = Enumerable.Range(0, rows).Select(i => new { id = $"r{i}", title = new string('t', rowTitleLength) }) } });

        var (status, body) = await SendAsync(http, api, list);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal(131009, ErrorCode(body));
        Assert.Empty(api.Messages);
    }

    [Fact]
    public async Task Wrong_or_missing_token_is_refused_with_401_and_190()
    {
        await using var api = await GraphApiDouble.StartAsync();
        using var http = new HttpClient();

        var (status, body) = await SendAsync(http, api, TextMessage(User, "hi"), token: "expired-token");
        using var noToken = await http.PostAsync(api.MessagesUrl,
            new StringContent(JsonSerializer.Serialize(TextMessage(User, "hi")), Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal(190, ErrorCode(body));
        Assert.Equal(463, body.GetProperty("error").GetProperty("error_subcode").GetInt32());
        Assert.Equal(HttpStatusCode.Unauthorized, noToken.StatusCode);
        Assert.Empty(api.Messages);
        Assert.Equal(2, api.Calls.Count);
    }

    [Fact]
    public async Task Wrong_phone_number_id_or_missing_fields_are_refused_with_100()
    {
        await using var api = await GraphApiDouble.StartAsync();
        using var http = new HttpClient();

        var (wrongId, wrongIdBody) = await SendAsync(http, api, TextMessage(User, "hi"), url: $"{api.BaseUrl}/999/messages");
        var (noProduct, noProductBody) = await SendAsync(http, api, new { to = User, type = "text", text = new { body = "hi" } });
        var (noTo, noToBody) = await SendAsync(http, api, new { messaging_product = "whatsapp", type = "text", text = new { body = "hi" } });

        Assert.Equal((HttpStatusCode.BadRequest, 100), (wrongId, ErrorCode(wrongIdBody)));
        Assert.Equal((HttpStatusCode.BadRequest, 100), (noProduct, ErrorCode(noProductBody)));
        Assert.Equal((HttpStatusCode.BadRequest, 100), (noTo, ErrorCode(noToBody)));
        Assert.Empty(api.Messages);
    }

    [Fact]
    public async Task FailNext_answers_the_scripted_error_once_then_the_send_succeeds()
    {
        await using var api = await GraphApiDouble.StartAsync();
        using var http = new HttpClient();
        api.FailNext(User, 400, 131047);

        var (failed, error) = await SendAsync(http, api, TextMessage(User, "satu"));
        var (other, _) = await SendAsync(http, api, TextMessage("6289999999999", "lain"));
        var (succeeded, _) = await SendAsync(http, api, TextMessage(User, "dua"));

        Assert.Equal(HttpStatusCode.BadRequest, failed);
        Assert.Equal(131047, ErrorCode(error));
        Assert.Equal("(#131047) Re-engagement message", error.GetProperty("error").GetProperty("message").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("error").GetProperty("error_data").GetProperty("details").GetString()));
        Assert.False(string.IsNullOrEmpty(error.GetProperty("error").GetProperty("fbtrace_id").GetString()));
        Assert.Equal(HttpStatusCode.OK, other);
        Assert.Equal(HttpStatusCode.OK, succeeded);
        Assert.Equal(["dua"], api.MessagesTo(User).Select(m => m.Text));
        Assert.Equal([400, 200], api.CallsTo(User).Select(c => c.Status));
    }

    [Fact]
    public async Task WaitForMessagesAsync_completes_when_the_message_arrives_and_explains_a_timeout()
    {
        await using var api = await GraphApiDouble.StartAsync();
        using var http = new HttpClient();

        var waiting = api.WaitForMessagesAsync(User, 1);
        Assert.False(waiting.IsCompleted);
        await SendAsync(http, api, TextMessage(User, "akhirnya"));
        var sent = await waiting;
        var timeout = await Assert.ThrowsAsync<TimeoutException>(() => api.WaitForMessagesAsync(User, 2, TimeSpan.FromMilliseconds(100)));

        Assert.Equal("akhirnya", Assert.Single(sent).Text);
        Assert.Contains("akhirnya", timeout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_receipts_are_answered_with_success_and_listed()
    {
        await using var api = await GraphApiDouble.StartAsync();
        using var http = new HttpClient();
        var wamid = WhatsAppPayloads.NewWamid(User);

        var (status, body) = await SendAsync(http, api, new { messaging_product = "whatsapp", status = "read", message_id = wamid });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(body.GetProperty("success").GetBoolean());
        Assert.Equal([wamid], api.MarkedAsRead);
        Assert.Empty(api.Messages);
    }

    [Fact]
    public void Sign_matches_an_independently_computed_hmac_sha256()
    {
        // Expected values from: printf '%s' "$body" | openssl dgst -sha256 -hmac "$secret"
        Assert.Equal(
            "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
            WhatsAppSignature.Sign("The quick brown fox jumps over the lazy dog", "key"));
        Assert.Equal(
            "sha256=50a2c767c99c0787e1aa8db366773dfb93a9509103ba0127d78b0e357545fcf0",
            WhatsAppSignature.Sign("{\"text\":\"Halo, saya butuh bantuan ✓\"}", "rahasia-aplikasi"));
    }

    [Fact]
    public async Task Webhook_request_is_signed_over_the_exact_body_and_handshake_is_escaped()
    {
        var payload = WhatsAppPayloads.Text(User, "hi");

        using var signed = WhatsAppSignature.WebhookRequest(payload, "secret");
        using var unsigned = WhatsAppSignature.WebhookRequest(payload, null);
        using var handshake = WhatsAppSignature.Handshake("subscribe", "a token&x=1", "12345");

        Assert.Equal(HttpMethod.Post, signed.Method);
        Assert.Equal("/webhooks/whatsapp", signed.RequestUri!.OriginalString);
        Assert.Equal(payload.Json, await signed.Content!.ReadAsStringAsync());
        Assert.Equal("application/json", signed.Content.Headers.ContentType!.MediaType);
        Assert.Equal([WhatsAppSignature.Sign(payload.Json, "secret")], signed.Headers.GetValues("X-Hub-Signature-256"));
        Assert.False(unsigned.Headers.Contains("X-Hub-Signature-256"));
        Assert.Equal("/webhooks/whatsapp?hub.mode=subscribe&hub.verify_token=a%20token%26x%3D1&hub.challenge=12345",
            handshake.RequestUri!.OriginalString);
    }

    [Fact]
    public void Payloads_have_metas_shape_escape_user_text_and_batch_into_one_post()
    {
        const string Other = "6281111111111";
        var text = WhatsAppPayloads.Text(User, "kata \"kutip\" </script> \\ ✓");
        var button = WhatsAppPayloads.ButtonReply(Other, "yes", "Ya");
        var status = WhatsAppPayloads.Status(User, "wamid.sent1", "failed", errorCode: 131047);

        var batch = WhatsAppPayloads.Batch(text, button, WhatsAppPayloads.Text(User, "lagi"), status);

        var single = JsonNode.Parse(text.Json)!;
        Assert.Equal("whatsapp_business_account", (string?)single["object"]);
        var message = single["entry"]![0]!["changes"]![0]!["value"]!["messages"]![0]!;
        Assert.Equal("kata \"kutip\" </script> \\ ✓", (string?)message["text"]!["body"]);
        Assert.Equal(text.Wamid, (string?)message["id"]);
        Assert.StartsWith("wamid.HBgN", text.Wamid, StringComparison.Ordinal);
        Assert.NotEqual(text.Wamid, button.Wamid);

        var value = JsonNode.Parse(batch.Json)!["entry"]![0]!["changes"]![0]!["value"]!;
        Assert.Equal(3, value["messages"]!.AsArray().Count);
        Assert.Equal([User, Other], value["contacts"]!.AsArray().Select(c => (string?)c!["wa_id"]));
        var failed = Assert.Single(value["statuses"]!.AsArray())!;
        Assert.Equal(131047, (int)failed["errors"]![0]!["code"]!);
        Assert.Equal(4, batch.Wamids.Count);
        Assert.Equal(text.Wamid, batch.Wamid);
    }
}
