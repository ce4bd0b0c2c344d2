using LK3.Intake.Conversations;

namespace LK3.Intake.Tests.Engine;

/// <summary>
/// A scope's engine answers the turns of many families one after another (the pipeline's group of turns): each family's
/// answers stay its own, the tracked entities cleared between turns as the pipeline does.
/// </summary>
public sealed class OneEngineManyFamiliesTests
{
    [Fact]
    public async Task Two_families_walking_the_intake_turn_about_through_one_engine_each_get_a_summary_of_their_own_answers()
    {
        await using var harness = await EngineHarness.CreateAsync();
        await using var db = harness.Database.NewContext();
        var engine = harness.NewEngine(db);
        Dictionary<string, string[]> walks = new()
        {
            ["1"] = ["/start", "consent:yes", "menu:help", "category:Economic", "recipient:Myself", "Kami kehabisan uang untuk sewa rumah.",
                "kecamatan:BontangUtara", "contact:chat", "danger:no"],
            ["2"] = ["/start", "consent:yes", "menu:help", "category:Youth", "recipient:MyChild", "Anak saya tidak mau sekolah lagi.",
                "kecamatan:BontangBarat", "contact:phone", "0812 3456 7890", "danger:no"],
        };
        Dictionary<string, IReadOnlyList<Reply>> last = [];
        for (var step = 0; step < walks.Values.Max(w => w.Length); step++)
        {
            foreach (var (chat, walk) in walks.Where(w => step < w.Value.Length))
            {
                var input = walk[step];
                var activity = input.StartsWith('/') || !input.Contains(':', StringComparison.Ordinal)
                    ? IncomingActivity.FromText("telegram", chat, input)
                    : IncomingActivity.FromChoice("telegram", chat, input);
                last[chat] = await engine.HandleAsync(activity);
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }

        var first = last["1"][^1].Text;
        var second = last["2"][^1].Text;
        Assert.Contains("Kami kehabisan uang untuk sewa rumah.", first);
        Assert.Contains("Bontang Utara", first);
        Assert.Contains("Lewat chat ini", first);
        Assert.Contains("Anak saya tidak mau sekolah lagi.", second);
        Assert.Contains("Bontang Barat", second);
        Assert.Contains("+6281234567890", second);
        Assert.DoesNotContain("Bontang Barat", first);
        Assert.DoesNotContain("Bontang Utara", second);
    }
}
