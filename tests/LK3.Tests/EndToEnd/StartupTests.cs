using LK3.Bot.Data;

namespace LK3.Tests.EndToEnd;

/// <summary>What an operator sees when the database is not there or a setting is wrong.</summary>
public sealed class StartupTests
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
    public async Task A_database_from_before_the_baseline_migration_is_refused_with_one_line_naming_it()
    {
        var file = Path.Combine(Path.GetTempPath(), $"lk3-old-{Guid.NewGuid():N}.db");
        await using (var old = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file};Pooling=False"))
        {
            await old.OpenAsync();
            await using var command = old.CreateCommand();
            command.CommandText = """
                CREATE TABLE "__EFMigrationsHistory" ("MigrationId" TEXT PRIMARY KEY, "ProductVersion" TEXT NOT NULL);
                INSERT INTO "__EFMigrationsHistory" VALUES ('20261127215653_Initial', '10.0.0'), ('20261127221608_CaseWorkflow', '10.0.0');
                """;
            await command.ExecuteNonQueryAsync();
        }
        try
        {
            var (exitCode, output) = await BotProcess.RunToExitAsync(new Dictionary<string, string> { ["ConnectionStrings__Lk3"] = $"Data Source={file}" });

            Assert.Equal(1, exitCode);
            Assert.Contains("has 2 migration(s) this version does not know (first: 20261127215653_Initial)", output);
            Assert.DoesNotContain("   at ", output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task A_server_provider_without_a_connection_string_says_which_setting_is_missing()
    {
        var (exitCode, output) = await BotProcess.RunToExitAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = nameof(DatabaseProvider.SqlServer),
        });

        Assert.Equal(1, exitCode);
        Assert.Contains("LK3 Bot cannot start: Database:Provider is SqlServer: set ConnectionStrings:Lk3", output);
        Assert.DoesNotContain("   at ", output);
    }

    [Theory]
    [InlineData("Database__Provider", "Postgres", "Database:Provider 'Postgres' is not known")]
    [InlineData("Telegram__Mode", "Webhook", "Telegram:WebhookUrl must be")]
    [InlineData("WhatsApp__AccessToken", "EAAG-test-token", "WhatsApp:AppSecret must be")]
    [InlineData("WhatsApp__AppSecret", "a-secret", "WhatsApp:AccessToken is needed")]
    [InlineData("ASPNETCORE_ENVIRONMENT", "Production", "DataProtection:CertificatePath is required")]
    [InlineData("DataProtection__CertificatePath", "/nonexistent/lk3.pfx", "DataProtection:CertificatePath /nonexistent/lk3.pfx cannot be read")]
    public async Task A_wrong_setting_stops_the_bot_with_a_message_naming_it(string key, string value, string message)
    {
        var folder = Directory.CreateTempSubdirectory("lk3-startup-");
        var (exitCode, output) = await BotProcess.RunToExitAsync(new Dictionary<string, string>
        {
            [key] = value,
            ["Telegram__BotToken"] = "123456:TEST-TOKEN",
            ["ConnectionStrings__Lk3"] = $"Data Source={Path.Combine(folder.FullName, "lk3.db")}",
        });
        folder.Delete(recursive: true);

        Assert.Equal(1, exitCode);
        Assert.Contains(message, output);
        Assert.DoesNotContain("   at ", output);
    }
}
