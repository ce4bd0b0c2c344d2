using LK3.Bot.Data;

namespace LK3.Tests.EndToEnd;

/// <summary>What an operator sees when the database is not there.</summary>
public sealed class DatabaseStartupTests
{
    [Fact]
    public async Task An_unreachable_database_stops_the_bot_with_one_clear_line_and_no_stack_trace()
    {
        var (exitCode, output) = await BotProcess.RunToExitAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = nameof(DatabaseProvider.PostgreSql),
            // Nothing listens on port 1 of loopback.
            ["ConnectionStrings__Lk3"] = "Host=127.0.0.1;Port=1;Database=lk3;Username=lk3;Password=secret-not-to-show;Timeout=3",
        });

        Assert.Equal(1, exitCode);
        Assert.Contains("cannot start", output);
        Assert.Contains("PostgreSQL database 'lk3' on 127.0.0.1:1", output);
        Assert.Contains("ConnectionStrings:Lk3", output);
        Assert.DoesNotContain("secret-not-to-show", output);
        Assert.DoesNotContain("   at ", output);
    }

    [Fact]
    public async Task A_server_provider_without_a_connection_string_says_which_setting_is_missing()
    {
        var (exitCode, output) = await BotProcess.RunToExitAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = nameof(DatabaseProvider.SqlServer),
        });

        Assert.NotEqual(0, exitCode);
        Assert.Contains("ConnectionStrings__Lk3", output);
    }
}
