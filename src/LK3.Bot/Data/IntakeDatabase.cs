using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LK3.Bot.Data;

/// <summary>The database this instance works on: which provider and where, resolved once from configuration.</summary>
public sealed record IntakeDatabase(DatabaseProvider Provider, string ConnectionString)
{
    public static IntakeDatabase FromConfiguration(IConfiguration configuration, IHostEnvironment environment)
    {
        var providerName = configuration[$"{DatabaseOptions.SectionName}:{nameof(DatabaseOptions.Provider)}"];
        var provider = DatabaseProvider.Sqlite;
        if (!string.IsNullOrWhiteSpace(providerName) && !Enum.TryParse(providerName, ignoreCase: true, out provider))
        {
            throw new StartupConfigurationException($"Database:Provider '{providerName}' is not known: use Sqlite, PostgreSql or SqlServer.");
        }
        var connectionString = configuration.GetConnectionString("Lk3");
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            if (provider != DatabaseProvider.Sqlite)
            {
                throw new StartupConfigurationException(
                    $"Database:Provider is {provider}: set ConnectionStrings:Lk3 (environment variable ConnectionStrings__Lk3) to its connection string.");
            }
            connectionString = $"Data Source={Path.Combine(DataFolder(environment), "lk3.db")}";
        }
        return new IntakeDatabase(provider, provider == DatabaseProvider.PostgreSql ? WithAutomaticPreparation(connectionString) : connectionString);
    }

    /// <summary>
    /// Every update runs the same few statements, so PostgreSQL keeps them prepared (Npgsql's automatic preparation): in the
    /// pipeline benchmark a third more updates a second for a fifth less CPU. A connection string that sets Max Auto Prepare
    /// itself is left as it is (0 behind a connection pooler that cannot keep prepared statements).
    /// </summary>
    private static string WithAutomaticPreparation(string connectionString)
    {
        var keys = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys.Cast<string>();
        if (keys.Any(k => k.Replace(" ", "", StringComparison.Ordinal).Equals("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase)))
        {
            return connectionString;
        }
        return new NpgsqlConnectionStringBuilder(connectionString) { MaxAutoPrepare = 64, AutoPrepareMinUsages = 2 }.ConnectionString;
    }

    /// <summary>Where the database is, for people reading an error: never the password.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.Sqlite => $"SQLite database file '{new SqliteConnectionStringBuilder(ConnectionString).DataSource}'",
        DatabaseProvider.PostgreSql => new NpgsqlConnectionStringBuilder(ConnectionString) is var pg
            ? $"PostgreSQL database '{pg.Database}' on {pg.Host}:{pg.Port} as user '{pg.Username}'"
            : "",
        _ => new SqlConnectionStringBuilder(ConnectionString) is var sql
            ? $"SQL Server database '{sql.InitialCatalog}' on '{sql.DataSource}'"
            : "",
    };

    /// <summary>A file beside the SQLite database that goes with it: lk3.db → lk3.hangfire.db.</summary>
    public string SqliteCompanionFile(string name)
    {
        var file = Path.GetFullPath(new SqliteConnectionStringBuilder(ConnectionString).DataSource);
        return Path.Combine(Path.GetDirectoryName(file)!, $"{Path.GetFileNameWithoutExtension(file)}.{name}.db");
    }

    private static string DataFolder(IHostEnvironment environment)
    {
        var folder = Path.Combine(environment.ContentRootPath, "data");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
