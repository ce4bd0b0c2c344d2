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

    /// <summary>Asks again until <paramref name="done"/> says yes; after <paramref name="limit"/>, fails naming <paramref name="what"/> it waited for.</summary>
    public static async Task UntilTrueAsync(Func<Task<bool>> done, TimeSpan limit, string what)
    {
        var deadline = DateTime.UtcNow + limit;
        while (!await done())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited {limit.TotalSeconds:0} s for {what}.");
            await Task.Delay(20);
        }
    }
}
