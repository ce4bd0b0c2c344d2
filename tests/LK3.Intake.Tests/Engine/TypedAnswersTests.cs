using LK3.Intake.Cases;
using LK3.Intake.Conversations;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Tests.Engine;

/// <summary>Answers to the intake's later questions as families type them, found by typing them into the web chat.</summary>
public sealed class TypedAnswersTests : IAsyncLifetime
{
    private const string Chat = "5400";
    private static readonly string[] UpToTheContactQuestion =
        ["/start", "consent:yes", "menu:help", "category:Economic", "recipient:Myself", "Kami kehabisan uang untuk sewa rumah.", "kecamatan:BontangUtara"];

    private EngineHarness _engine = null!;

    public async Task InitializeAsync()
    {
        _engine = await EngineHarness.CreateAsync();
        await _engine.TurnsAsync(Chat, UpToTheContactQuestion);
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Theory]
    [InlineData("masih takut")]
    [InlineData("gk tau")]
    [InlineData("blm yakin kak")]
    [InlineData("tidak aman")]
    [InlineData("blm aman bu")]
    public async Task Fear_or_doubt_at_the_danger_question_marks_the_intake_urgent(string answer)
    {
        await _engine.TurnAsync(Chat, "contact:chat");

        var replies = await _engine.TypeAsync(Chat, answer);

        Assert.Contains(replies, r => r.Text.Contains("112", StringComparison.Ordinal));
        var conversation = await ConversationAsync();
        Assert.Equal((ConversationState.ConfirmIntake, true), (conversation.State, conversation.Urgent));
    }

    [Theory]
    [InlineData("aman kok")]
    [InlineData("gak ada")]
    [InlineData("gak takut kok")]
    [InlineData("tidak, mungkin besok sy ke kantor")]
    public async Task Safe_at_the_danger_question_is_no(string answer)
    {
        await _engine.TurnAsync(Chat, "contact:chat");

        await _engine.TypeAsync(Chat, answer);

        var conversation = await ConversationAsync();
        Assert.Equal((ConversationState.ConfirmIntake, false), (conversation.State, conversation.Urgent));
    }

    [Fact]
    public async Task Dichat_chooses_this_chat()
    {
        await _engine.TypeAsync(Chat, "dichat aja kak");

        var conversation = await ConversationAsync();
        Assert.Equal((ConversationState.AskDanger, ContactMethod.ThisChat), (conversation.State, conversation.ContactMethod));
    }

    [Theory]
    [InlineData("udh")]
    [InlineData("sdh sesuai")]
    [InlineData("oke bu sy tunggu ya")]
    public async Task Already_right_at_the_summary_sends_it(string answer)
    {
        await _engine.TurnsAsync(Chat, "contact:chat", "danger:no");

        await _engine.TypeAsync(Chat, answer);

        await using var db = _engine.Database.NewContext();
        Assert.Equal(1, await db.Cases.CountAsync());
        Assert.Equal(ConversationState.MainMenu, (await db.Conversations.SingleAsync()).State);
    }

    [Theory]
    [InlineData("kurang sesuai")]
    [InlineData("blm benar")]
    public async Task Not_quite_right_at_the_summary_asks_what_to_change(string answer)
    {
        await _engine.TurnsAsync(Chat, "contact:chat", "danger:no");

        await _engine.TypeAsync(Chat, answer);

        await using var db = _engine.Database.NewContext();
        Assert.Equal(0, await db.Cases.CountAsync());
        Assert.Equal(ConversationState.ChoosingAnswer, (await db.Conversations.SingleAsync()).State);
    }

    private async Task<Conversation> ConversationAsync()
    {
        await using var db = _engine.Database.NewContext();
        return await db.Conversations.SingleAsync();
    }
}
