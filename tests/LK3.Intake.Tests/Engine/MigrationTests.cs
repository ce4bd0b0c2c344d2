using LK3.Intake;
using LK3.Intake.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace LK3.Intake.Tests.Engine;

/// <summary>Each provider's migrations match the model, and SQL Server's (which cannot run here) produce the full schema.</summary>
public sealed class MigrationTests
{
    private static readonly string[] Tables =
    [
        "Clients", "ConsentRecords", "Conversations", "Cases", "CaseMessages", "CaseYearCounters", "CaseTransitions",
        "InformationTopics", "ReferralPartners", "ReceivedUpdates", "ChatLeases", "OutgoingMessages",
        "Counsellors", "CounsellorLinkCodes", "LinkAttempts", "CaseOffers", "FollowUps",
    ];

    public static TheoryData<string> Providers => ["Sqlite", "PostgreSql", "SqlServer"];

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_migrations_of_every_provider_are_up_to_date_with_the_model(string provider)
    {
        using var db = Context(provider);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model changed without a {provider} migration: run scripts/add-migration.sh <Name> to add one for every provider.");
    }

    [Fact]
    public void The_idempotent_SQL_Server_script_creates_every_table()
    {
        using var db = Context("SqlServer");

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.Contains("IF NOT EXISTS", script);
        foreach (var table in Tables) Assert.Contains($"CREATE TABLE [{table}]", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_Cases_Year_Number]", script);
        Assert.Contains("CREATE UNIQUE INDEX [IX_ReceivedUpdates_Channel_ExternalId]", script);
    }

    private static IntakeDbContext Context(string provider) => provider switch
    {
        "Sqlite" => new SqliteIntakeDbContextFactory().CreateDbContext([]),
        "PostgreSql" => new PostgreSqlIntakeDbContextFactory().CreateDbContext([]),
        _ => new SqlServerIntakeDbContextFactory().CreateDbContext([]),
    };
}
