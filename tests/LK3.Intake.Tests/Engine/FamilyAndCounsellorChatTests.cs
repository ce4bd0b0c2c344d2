using LK3.Intake.Clients;
using LK3.Intake.Conversations;
using LK3.Intake.Counsellors;
using Microsoft.EntityFrameworkCore;

namespace LK3.Intake.Tests.Engine;

/// <summary>
/// A family's first read also says whether their chat is a counsellor's, so the counsellors' table is read only then:
/// a chat that once wrote as a family and is now a counsellor's is the counsellor's, and a family's chat that is a
/// counsellor's contact on a channel counsellors do not work on stays the family's.
/// </summary>
public sealed class FamilyAndCounsellorChatTests
{
    [Fact]
    public async Task A_chat_that_wrote_as_a_family_and_is_then_linked_to_a_counsellor_is_answered_as_the_counsellor()
    {
        await using var harness = await EngineHarness.CreateAsync();
        await harness.TurnsAsync("501", "/start", "consent:yes");
        await AddCounsellorAsync(harness, new ChannelAddress(ChannelNames.Counsellors, "501"));

        var replies = await harness.TypeAsync("501", "halo");

        Assert.Equal(CounsellorTexts.Help, Assert.Single(replies).Text);
    }

    [Fact]
    public async Task A_family_whose_chat_is_a_counsellors_contact_on_another_channel_keeps_their_conversation()
    {
        await using var harness = await EngineHarness.CreateAsync();
        var onWhatsApp = (string text) => harness.HandleAsync(IncomingActivity.FromText(ChannelNames.WhatsApp, "6281200000501", text));
        await onWhatsApp("/start");
        await harness.HandleAsync(IncomingActivity.FromChoice(ChannelNames.WhatsApp, "6281200000501", "consent:yes"));
        await AddCounsellorAsync(harness, new ChannelAddress(ChannelNames.WhatsApp, "6281200000501"));

        var replies = await onWhatsApp("halo");

        Assert.DoesNotContain(replies, r => r.Text == CounsellorTexts.Help);
        await using var db = harness.Database.NewContext();
        var client = await db.Clients.Include(c => c.Conversation).SingleAsync();
        Assert.Equal("6281200000501", client.ChatId);
        Assert.True(await db.ConsentRecords.AnyAsync(r => r.ClientId == client.Id && r.Granted), "the consent given before stays the family's");
    }

    private static async Task AddCounsellorAsync(EngineHarness harness, ChannelAddress contact)
    {
        await using var db = harness.Database.NewContext();
        db.Counsellors.Add(new Counsellor { Name = "Konselor Uji", DisplayName = "Bu Uji", Contact = contact });
        await db.SaveChangesAsync();
    }
}
