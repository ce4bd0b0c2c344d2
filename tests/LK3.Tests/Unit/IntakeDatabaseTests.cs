using LK3.Bot.Data;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting.Internal;
using Npgsql;

namespace LK3.Tests.Unit;

/// <summary>The database resolved from configuration: on PostgreSQL the statements every update runs are kept prepared.</summary>
public sealed class IntakeDatabaseTests
{
    [Fact]
    public void PostgreSql_keeps_the_statements_it_runs_again_prepared()
    {
        var database = Resolve("Host=db;Database=lk3;Username=lk3;Password=secret");

        var settings = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        Assert.Equal(64, settings.MaxAutoPrepare);
        Assert.Equal(2, settings.AutoPrepareMinUsages);
        Assert.Equal("db", settings.Host);
        Assert.Equal("secret", settings.Password);
    }

    [Theory]
    [InlineData("Host=db;Database=lk3;Max Auto Prepare=0")]
    [InlineData("Host=db;Database=lk3;maxautoprepare=10")]
    public void A_connection_string_that_sets_preparation_itself_is_left_as_it_is(string connectionString)
    {
        Assert.Equal(connectionString, Resolve(connectionString).ConnectionString);
    }

    private static IntakeDatabase Resolve(string connectionString)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "PostgreSql",
            ["ConnectionStrings:Lk3"] = connectionString,
        }).Build();
        return IntakeDatabase.FromConfiguration(configuration, new HostingEnvironment { ContentRootPath = Path.GetTempPath() });
    }
}
