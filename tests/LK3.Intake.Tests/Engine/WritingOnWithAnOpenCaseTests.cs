using LK3.Intake.Conversations;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Tests.Engine;

/// <summary>A family whose request was sent writes on, as families do: asks when they will be called, thanks, tells more.</summary>
public sealed class WritingOnWithAnOpenCaseTests : IAsyncLifetime
{
    private const string Chat = "5700";
    private EngineHarness _engine = null!;

    public async Task InitializeAsync()
    {
        // Saturday 5 December 2026, 10:00 WITA: the office is closed.
        _engine = await EngineHarness.CreateAsync(new DateTimeOffset(2026, 12, 5, 2, 0, 0, TimeSpan.Zero));
        await _engine.TurnsAsync(Chat, "/start", "consent:yes", "menu:help", "category:FamilyConflict", "recipient:Myself",
            "Suami sering marah dan membentak anak.", "kecamatan:BontangUtara", "contact:chat", "danger:no", "intake:send");
    }

    public async Task DisposeAsync() => await _engine.DisposeAsync();

    [Fact]
    public async Task When_will_I_be_called_is_answered_with_the_case_who_will_call_and_when_the_office_opens()
    {
        var replies = await _engine.TypeAsync(Chat, "kapan sy dihubungi?");

        var status = replies[0].Text;
        Assert.Contains("LK3-2026-0001", status);
        Assert.Contains("Seorang konselor LK3 akan menghubungi Anda", status);
        Assert.Contains("Senin, 7 Desember 2026 pukul 08.00", status);
        Assert.DoesNotContain(replies, r => r.Urgent);
        Assert.Empty(await MessagesOnTheCaseAsync());
    }

    [Fact]
    public async Task An_urgent_case_asked_about_while_the_office_is_closed_is_given_the_emergency_numbers_again()
    {
        const string urgent = "5701";
        await _engine.TurnsAsync(urgent, "/start", "consent:yes", "menu:help", "category:DomesticViolence", "recipient:Myself",
            "Suami mengancam saya tadi malam.", "kecamatan:BontangUtara", "contact:chat", "danger:yes", "intake:send");

        var replies = await _engine.TypeAsync(urgent, "kapan sy dihubungi?");

        Assert.Contains("Seorang konselor LK3 akan menghubungi Anda", replies[0].Text);
        Assert.Contains(replies, r => r.Urgent && r.Text.Contains("112", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Words_after_reading_a_topic_go_to_the_case_and_the_topic_is_not_shown_again()
    {
        await _engine.TypeAsync(Chat, "biayanya brp?");

        var replies = await _engine.TypeAsync(Chat, "makasih bu");

        Assert.DoesNotContain(replies, r => r.Text.Contains("Biaya layanan", StringComparison.Ordinal));
        Assert.Contains(replies[^1].Buttons, b => b.Id == "menu:help");
        Assert.Equal(["makasih bu"], await MessagesOnTheCaseAsync());
    }

    [Fact]
    public async Task A_worry_about_privacy_goes_to_the_counsellor()
    {
        await _engine.TypeAsync(Chat, "jgn sampe suami tau ya bu");

        Assert.Equal(["jgn sampe suami tau ya bu"], await MessagesOnTheCaseAsync());
    }

    [Theory]
    [InlineData("sy mau batal")]
    [InlineData("gk jadi bu")]
    [InlineData("tolong batalkan kasus sy")]
    public async Task A_wish_to_cancel_goes_to_the_case_for_the_counsellor(string words)
    {
        var replies = await _engine.TypeAsync(Chat, words);

        Assert.DoesNotContain(replies, r => r.Text == ConversationTexts.Indonesian.NothingToCancel);
        Assert.Contains("LK3-2026-0001", replies[0].Text);
        Assert.Equal([words], await MessagesOnTheCaseAsync());
    }

    private async Task<List<string>> MessagesOnTheCaseAsync()
    {
        await using var db = _engine.Database.NewContext();
        return await db.CaseMessages.Select(m => m.Text).ToListAsync();
    }
}
