using LK3.Intake.Cases;
using LK3.Intake.Conversations;

namespace LK3.Intake.Tests.Engine;

/// <summary>
/// How to be reached, in words. "nomor ini aja" is the number the family writes from: WhatsApp shows it, so it is kept;
/// Telegram and the web chat do not, so the family is told and asked to write it. When and how not to be called is kept as
/// a note for the counsellor.
/// </summary>
public sealed class HowToBeReachedTests : IAsyncLifetime
{
    private const string WhatsAppNumber = "6281298765432";
    private static readonly ConversationTexts Texts = ConversationTexts.Indonesian;
    private EngineHarness _engine = null!;

    public async Task InitializeAsync() => _engine = await EngineHarness.CreateAsync();

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Theory]
    [InlineData("nomor ini aja")]
    [InlineData("no ini aja bu")]
    [InlineData("telpon ke nomor wa ini")]
    [InlineData("nmr yg ini aja")]
    public async Task On_WhatsApp_the_number_written_from_is_kept_at_the_contact_question(string answer)
    {
        await OnWhatsAppAsync("/start", "consent:yes", "menu:help", "category:Economic", "recipient:Myself", "Kami kehabisan uang untuk sewa rumah.",
            "kecamatan:BontangBarat");

        var replies = await OnWhatsAppAsync(answer);

        Assert.Equal(Texts.AskDanger, replies[^1].Text);
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ContactMethod.PhoneCall, "+6281298765432"), (conversation.ContactMethod, conversation.ContactPhone));
    }

    [Fact]
    public async Task On_WhatsApp_the_number_written_from_is_kept_when_the_number_is_asked()
    {
        await OnWhatsAppAsync("/start", "consent:yes", "menu:help", "category:Economic", "recipient:Myself", "Kami kehabisan uang untuk sewa rumah.",
            "kecamatan:BontangBarat", "contact:phone");

        await OnWhatsAppAsync("no wa ini aja");

        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskDanger, "+6281298765432"), (conversation.State, conversation.ContactPhone));
    }

    [Fact]
    public async Task On_Telegram_the_family_is_told_the_number_is_not_seen_and_asked_to_write_it()
    {
        await _engine.TurnsAsync("5400", "/start", "consent:yes", "menu:help", "category:Economic", "recipient:Myself",
            "Kami kehabisan uang untuk sewa rumah.", "kecamatan:BontangBarat");

        var replies = await _engine.TypeAsync("5400", "nomor ini aja");
        var again = await _engine.TypeAsync("5400", "nomor ini");

        Assert.Equal([Texts.OwnNumberUnseen, Texts.AskPhoneNumber], replies.Select(r => r.Text));
        Assert.Equal([Texts.OwnNumberUnseen, Texts.AskPhoneNumber], again.Select(r => r.Text));
        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskPhoneNumber, null), (conversation.State, conversation.ContactPhone));
    }

    [Fact]
    public async Task A_number_not_to_be_called_is_not_taken()
    {
        await OnWhatsAppAsync("/start", "consent:yes", "menu:help", "category:Economic", "recipient:Myself", "Kami kehabisan uang untuk sewa rumah.",
            "kecamatan:BontangBarat");

        await OnWhatsAppAsync("jgn nomor ini");

        Assert.Null((await _engine.ConversationAsync()).ContactPhone);
    }

    [Theory]
    [InlineData("telpon tp jgn siang, ada suami", "0812 3456 7890", ContactMethod.PhoneCall)]
    [InlineData("chat aja tp jgn malem", null, ContactMethod.ThisChat)]
    // No phone to call: this chat, and why.
    [InlineData("hp sy disita suami", null, ContactMethod.ThisChat)]
    [InlineData("hp sy dipegang suami", null, ContactMethod.ThisChat)]
    [InlineData("jgn wa, hp sy dipegang suami", null, ContactMethod.ThisChat)]
    // Messages to the family's number, away from WhatsApp: the number is asked for.
    [InlineData("wa aja", "0812 3456 7890", ContactMethod.PhoneCall)]
    [InlineData("sms aja bu", "0812 3456 7890", ContactMethod.PhoneCall)]
    [InlineData("wa aja ke 081234567890", null, ContactMethod.PhoneCall)]
    public async Task When_and_how_not_to_be_contacted_is_kept_as_a_note(string answer, string? number, ContactMethod method)
    {
        await _engine.TurnsAsync("5401", "/start", "consent:yes", "menu:help", "category:Economic", "recipient:Myself",
            "Kami kehabisan uang untuk sewa rumah.", "kecamatan:BontangBarat");

        await _engine.TypeAsync("5401", answer);
        if (number is not null) await _engine.TypeAsync("5401", number);

        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskDanger, method, answer), (conversation.State, conversation.ContactMethod, conversation.ContactNote));
    }

    [Theory]
    [InlineData("gk mau kasih no")]
    [InlineData("jgn hubungi sy dulu")]
    public async Task Who_does_not_want_to_give_a_number_is_told_it_is_not_needed(string answer)
    {
        await _engine.TurnsAsync("5403", "/start", "consent:yes", "menu:help", "category:Economic", "recipient:Myself",
            "Kami kehabisan uang untuk sewa rumah.", "kecamatan:BontangBarat");

        var replies = await _engine.TypeAsync("5403", answer);

        Assert.Equal([Texts.ContactWhy, Texts.AskContactMethod], replies.Select(r => r.Text));
    }

    [Fact]
    public async Task On_WhatsApp_wa_aja_is_this_chat()
    {
        await OnWhatsAppAsync("/start", "consent:yes", "menu:help", "category:Economic", "recipient:Myself", "Kami kehabisan uang untuk sewa rumah.",
            "kecamatan:BontangBarat");

        await OnWhatsAppAsync("wa aja");

        var conversation = await _engine.ConversationAsync();
        Assert.Equal((ConversationState.AskDanger, ContactMethod.ThisChat), (conversation.State, conversation.ContactMethod));
    }

    [Fact]
    public async Task A_plain_choice_leaves_no_note()
    {
        await _engine.TurnsAsync("5402", "/start", "consent:yes", "menu:help", "category:Economic", "recipient:Myself",
            "Kami kehabisan uang untuk sewa rumah.", "kecamatan:BontangBarat");

        await _engine.TypeAsync("5402", "telpon aja bu");
        await _engine.TypeAsync("5402", "0812 3456 7890");

        Assert.Null((await _engine.ConversationAsync()).ContactNote);
    }

    [Theory]
    [InlineData("telpon aja ke 0813 5000 1234")]
    [InlineData("lewat telpon ke nomor 0813 5000 1234 aja")]
    public async Task A_number_with_only_how_to_use_it_leaves_no_note(string answer)
    {
        await _engine.TurnsAsync("5403", "/start", "consent:yes", "menu:help", "category:Economic", "recipient:Myself",
            "Kami kehabisan uang untuk sewa rumah.", "kecamatan:BontangBarat");

        await _engine.TypeAsync("5403", answer);

        var conversation = await _engine.ConversationAsync();
        Assert.Equal(("+6281350001234", null), (conversation.ContactPhone, conversation.ContactNote));
    }

    private async Task<IReadOnlyList<Reply>> OnWhatsAppAsync(params string[] inputs)
    {
        IReadOnlyList<Reply> replies = [];
        foreach (var input in inputs)
        {
            replies = await _engine.HandleAsync(EngineHarness.Input("whatsapp", WhatsAppNumber, input) with { OwnPhoneNumber = WhatsAppNumber });
        }
        return replies;
    }
}
