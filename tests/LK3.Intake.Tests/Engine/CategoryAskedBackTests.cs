using LK3.Intake.Cases;
using LK3.Intake.Conversations;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Tests.Engine;

/// <summary>"Apakah ini tentang ekonomi …?" answered by naming a category rather than yes or no.</summary>
public sealed class CategoryAskedBackTests : IAsyncLifetime
{
    private const string Chat = "5600";
    private EngineHarness _engine = null!;

    public async Task InitializeAsync()
    {
        _engine = await EngineHarness.CreateAsync();
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "suami sy udh 3 bln gk kasih nafkah, sy sama 2 anak");
        Assert.Equal((ConversationState.ConfirmCategory, ProblemCategory.Economic), await StateAsync());
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Theory]
    [InlineData("lebih ke ekonomi", ConversationState.AskRecipient, ProblemCategory.Economic)]
    [InlineData("soal anak", ConversationState.AskRecipient, ProblemCategory.ChildProtection)]
    [InlineData("bukan ekonomi", ConversationState.AskCategory, null)]
    [InlineData("iya ekonomi, suami gk kerja", ConversationState.AskRecipient, ProblemCategory.Economic)]
    // Unsure: the categories are shown to choose from.
    [InlineData("gk tau", ConversationState.AskCategory, null)]
    // More or less, "you could say so": yes.
    [InlineData("kurang lebih", ConversationState.AskRecipient, ProblemCategory.Economic)]
    [InlineData("bisa dibilang gitu", ConversationState.AskRecipient, ProblemCategory.Economic)]
    [InlineData("ya kurang lebih seperti itu", ConversationState.AskRecipient, ProblemCategory.Economic)]
    [InlineData("bukan seperti itu", ConversationState.AskCategory, null)]
    // Another problem told clearly instead of yes or no.
    [InlineData("suami sering mukul sy kalo mabuk", ConversationState.AskRecipient, ProblemCategory.DomesticViolence)]
    // Told on in the words of the problem asked about: a yes.
    [InlineData("dia jg gk kerja, utang numpuk", ConversationState.AskRecipient, ProblemCategory.Economic)]
    public async Task A_category_named_is_taken_as_the_answer(string answer, ConversationState next, ProblemCategory? category)
    {
        await _engine.TypeAsync(Chat, answer);

        Assert.Equal((next, category), await StateAsync());
    }

    [Fact]
    public async Task Asking_how_to_report_starts_the_help_intake()
    {
        await _engine.TurnsAsync(Chat, "/menu");

        await _engine.TypeAsync(Chat, "gmn caranya lapor");

        Assert.Equal((ConversationState.AskCategory, null), await StateAsync());
    }

    private async Task<(ConversationState, ProblemCategory?)> StateAsync()
    {
        await using var db = _engine.Database.NewContext();
        var conversation = await db.Conversations.SingleAsync();
        return (conversation.State, conversation.Category);
    }
}
