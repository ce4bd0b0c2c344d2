namespace LK3.Tests.EndToEnd;

/// <summary>For state the bot reaches on its own (a row written after a message went out): asked again until it is there, at most 10 s.</summary>
public static class Poll
{
    public static async Task<T?> UntilAsync<T>(Func<Task<T?>> probe)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            if (await probe() is { } value || DateTime.UtcNow > deadline) return await probe();
            await Task.Delay(50);
        }
    }
}
