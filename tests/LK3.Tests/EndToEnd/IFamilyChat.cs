using LK3.Intake.Cases;

namespace LK3.Tests.EndToEnd;

/// <summary>A family writing to the bot on some channel; <typeparamref name="TMessage"/> is what that channel shows them.</summary>
public interface IFamilyChat<TMessage>
{
    /// <summary>Sends a text and returns the bot's answer: its messages up to the next question with choices.</summary>
    Task<IReadOnlyList<TMessage>> SayAsync(string text);

    /// <summary>Presses a choice of the last question and returns the bot's answer.</summary>
    Task<IReadOnlyList<TMessage>> PressAsync(string buttonId);

    string TextOf(TMessage message);

    /// <summary>Whether the last question offers the choice <paramref name="buttonId"/>.</summary>
    bool Offers(string buttonId);
}

/// <summary>The walks through the conversation that many tests start with, the same on every channel.</summary>
public static class FamilyWalks
{
    /// <summary>Walks a consenting family from the first message to the summary of a help request.</summary>
    public static async Task<IReadOnlyList<T>> WalkToSummaryAsync<T>(this IFamilyChat<T> family,
        string description = "Suami saya sering marah dan memukul saya.", bool phone = false, bool danger = false,
        ProblemCategory category = ProblemCategory.DomesticViolence, Kecamatan kecamatan = Kecamatan.BontangUtara)
    {
        await family.SayAsync("/start");
        await family.PressAsync("consent:yes");
        await family.PressAsync("menu:help");
        await family.PressAsync($"category:{category}");
        await family.PressAsync("recipient:Myself");
        await family.SayAsync(description);
        await family.PressAsync($"kecamatan:{kecamatan}");
        if (phone)
        {
            await family.PressAsync("contact:phone");
            await family.SayAsync("0812-3456-7890");
        }
        else
        {
            await family.PressAsync("contact:chat");
        }
        // A family that already told of danger is not asked about it again.
        return family.Offers("danger:no") ? await family.PressAsync(danger ? "danger:yes" : "danger:no") : [];
    }

    /// <summary>The whole help intake, sent: the case reference the family received.</summary>
    public static async Task<string> SubmitIntakeAsync<T>(
        this IFamilyChat<T> family, ProblemCategory category, string description = "Kami butuh bantuan untuk keluarga kami.")
    {
        await family.WalkToSummaryAsync(description, category: category);
        return ReferenceIn((await family.PressAsync("intake:send")).Select(family.TextOf));
    }

    public static string ReferenceIn(IEnumerable<string> texts) =>
        System.Text.RegularExpressions.Regex.Match(string.Join("\n", texts), @"LK3-\d{4}-\d{4}").Value;
}
