using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace LK3.Benchmarks;

/// <summary>A temporary database, removed afterwards: a SQLite file, or a database of its own on a PostgreSQL server.</summary>
internal sealed class BenchDatabase(string provider, string connectionString, Func<ValueTask> drop) : IAsyncDisposable
{
    public string Provider { get; } = provider;
    public string ConnectionString { get; } = connectionString;

    public static BenchDatabase Sqlite()
    {
        var path = Path.Combine(Path.GetTempPath(), $"lk3-bench-{Guid.NewGuid():N}.db");
        return new BenchDatabase("Sqlite", $"Data Source={path}", () =>
        {
            SqliteConnection.ClearAllPools();
            // The database, its WAL and shared-memory files, and Hangfire's companion file beside it.
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(path)!, $"{Path.GetFileNameWithoutExtension(path)}*")) File.Delete(file);
            return ValueTask.CompletedTask;
        });
    }

    /// <param name="server">A connection string of a user who may create databases; by default LK3_TEST_POSTGRES.</param>
    public static async Task<BenchDatabase> PostgreSqlAsync(string? server = null)
    {
        server ??= Environment.GetEnvironmentVariable("LK3_TEST_POSTGRES")
            ?? throw new InvalidOperationException("--postgres needs a connection string, or LK3_TEST_POSTGRES: one of a user who may create databases.");
        var name = $"lk3_bench_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        return new BenchDatabase("PostgreSql", new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var dropCommand = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await dropCommand.ExecuteNonQueryAsync();
        });
    }

    /// <summary>A count read straight from the database (the app under test runs in a process of its own).</summary>
    public async Task<long> CountAsync(string sql)
    {
        await using DbConnection connection = Provider == "Sqlite"
            ? new SqliteConnection(ConnectionString)
            : new NpgsqlConnection(new NpgsqlConnectionStringBuilder(ConnectionString) { Pooling = false }.ConnectionString);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await connection.OpenAsync();
                break;
            }
            catch (PostgresException exception) when (exception.SqlState == PostgresErrorCodes.TooManyConnections && attempt < 20)
            {
                await Task.Delay(500); // the bot's pool and Hangfire's took every connection the server allows
            }
        }
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync() => drop();
}
