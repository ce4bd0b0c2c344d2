using System.Text.Json;
using LK3.Bot.Channels.WhatsApp;
using LK3.Intake.Conversations;
using LK3.Intake.Outbox;

namespace LK3.Tests.Unit;

/// <summary>How a reply becomes Cloud API messages within Meta's limits.</summary>
public sealed class WhatsAppRenderingTests
{
    [Fact]
    public void Up_to_three_short_choices_are_reply_buttons_under_the_text()
    {
        var parts = Render("<b>Privasi</b> &amp; data", ("consent:yes", "Ya, saya setuju"), ("consent:no", "Tidak setuju"));

        var part = Assert.Single(parts);
        Assert.Equal("button", part.GetProperty("interactive").GetProperty("type").GetString());
        Assert.Equal("*Privasi* & data", part.GetProperty("interactive").GetProperty("body").GetProperty("text").GetString());
        Assert.Equal(["consent:yes", "consent:no"], part.GetProperty("interactive").GetProperty("action").GetProperty("buttons").EnumerateArray()
            .Select(b => b.GetProperty("reply").GetProperty("id").GetString()));
    }

    [Fact]
    public void A_label_too_long_for_a_button_makes_a_list_with_the_whole_label_in_the_description()
    {
        var label = "Pendampingan hukum dan psikologis untuk keluarga";
        var parts = Render("Pilih", ("a", label), ("b", "Ya"));

        var interactive = Assert.Single(parts).GetProperty("interactive");
        Assert.Equal("list", interactive.GetProperty("type").GetString());
        var row = interactive.GetProperty("action").GetProperty("sections")[0].GetProperty("rows")[0];
        Assert.True(row.GetProperty("title").GetString()!.Length <= WhatsAppRendering.MaxRowTitle);
        Assert.EndsWith("…", row.GetProperty("title").GetString());
        Assert.Equal(label, row.GetProperty("description").GetString());
    }

    [Fact]
    public void More_than_ten_choices_are_numbered_lines()
    {
        var message = Message("Topik:", [.. Enumerable.Range(1, 11).Select(i => ($"topic:{i}", $"Topik <{i}>"))]);
        var parts = WhatsAppRendering.Parts(message).Select(ToJson).ToList();

        var text = Assert.Single(parts).GetProperty("text").GetProperty("body").GetString()!;
        Assert.Contains("\n1. Topik <1>\n", text);
        Assert.Contains("\n11. Topik <11>\n", text);
    }

    [Fact]
    public void A_long_text_with_buttons_goes_in_pieces_and_the_buttons_ride_on_a_last_piece_within_the_body_limit()
    {
        var text = string.Join("\n", Enumerable.Range(1, 300).Select(i => $"Baris {i} dari informasi layanan LK3."));
        var parts = Render(text, ("menu:info", "Informasi lain"));

        Assert.True(parts.Count >= 3);
        Assert.All(parts.SkipLast(1), p => Assert.True(p.GetProperty("text").GetProperty("body").GetString()!.Length <= 4096));
        Assert.True(parts[^1].GetProperty("interactive").GetProperty("body").GetProperty("text").GetString()!.Length <= WhatsAppRendering.MaxInteractiveBody);
        var joined = string.Join("\n", parts.Select(p => p.TryGetProperty("text", out var t)
            ? t.GetProperty("body").GetString()
            : p.GetProperty("interactive").GetProperty("body").GetProperty("text").GetString()));
        Assert.Equal(text.Split('\n'), joined.Split('\n'));
    }

    [Fact]
    public void A_link_button_goes_on_a_line_of_its_own_and_the_choices_stay_buttons()
    {
        var message = OutgoingMessage.To("whatsapp", "6281200000001", new Reply("Kelas Sabtu.",
            [new ReplyButton("link", "Daftar", "https://lk3.example.org/kelas?a=1&b=2"), new ReplyButton("/menu", "Menu utama")]), DateTimeOffset.UnixEpoch);

        var interactive = Assert.Single(WhatsAppRendering.Parts(message).Select(ToJson)).GetProperty("interactive");

        Assert.Equal("Kelas Sabtu.\n\nDaftar: https://lk3.example.org/kelas?a=1&b=2", interactive.GetProperty("body").GetProperty("text").GetString());
        Assert.Equal(["/menu"],
            interactive.GetProperty("action").GetProperty("buttons").EnumerateArray().Select(b => b.GetProperty("reply").GetProperty("id").GetString()));
    }

    [Fact]
    public void A_template_names_the_approved_template_and_its_language()
    {
        var template = ToJson(WhatsAppRendering.Template("6281200000001", new WhatsAppTemplate { Name = "lk3_check_in", Language = "id" }));

        Assert.Equal("whatsapp", template.GetProperty("messaging_product").GetString());
        Assert.Equal("lk3_check_in", template.GetProperty("template").GetProperty("name").GetString());
        Assert.Equal("id", template.GetProperty("template").GetProperty("language").GetProperty("code").GetString());
    }

    private static List<JsonElement> Render(string text, params (string Id, string Label)[] buttons) =>
        [.. WhatsAppRendering.Parts(Message(text, buttons)).Select(ToJson)];

    private static OutgoingMessage Message(string text, (string Id, string Label)[] buttons) => OutgoingMessage.To(
        "whatsapp", "6281200000001", new Reply(text, [.. buttons.Select(b => new ReplyButton(b.Id, b.Label))]), DateTimeOffset.UnixEpoch);

    private static JsonElement ToJson(object part) =>
        JsonSerializer.SerializeToElement(part, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower });
}
