namespace LK3.Tests.EndToEnd;

/// <summary>
/// For state the bot reaches on its own (a row written after a message went out): asked again until it is there; after the
/// deadline the test fails naming what it waited for, so a regression fails the run instead of hanging it.
/// </summary>
public static class Poll
{
    private static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(10);

    /// <summary>The first non-null answer of <paramref name="probe"/>.</summary>
    public static async Task<T> UntilAsync<T>(Func<Task<T?>> probe, string what)
    {
        var deadline = DateTime.UtcNow + DefaultLimit;
        while (true)
        {
            if (await probe() is { } value) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited {DefaultLimit.TotalSeconds:0} s for {what}.");
            await Task.Delay(20);
        }
    }

    /// <summary>
    /// Asks again until <paramref name="done"/> says yes; after <paramref name="limit"/>, fails naming <paramref name="what"/> it waited for.
    /// </summary>
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
