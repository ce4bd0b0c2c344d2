using LK3.Bot.Data;
using LK3.Intake;
using LK3.Intake.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace LK3.Tests.EndToEnd;

/// <summary>
/// A fresh, empty database for one test class: a SQLite file, or a database of its own on the PostgreSQL
/// server named by LK3_TEST_POSTGRES (.ci/run starts one and sets it; without it the PostgreSQL tests are skipped).
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "LK3_TEST_POSTGRES";

    public abstract DatabaseProvider Provider { get; }
    public abstract string ConnectionString { get; }

    /// <summary>Why this database cannot be used here; null when it can.</summary>
    public virtual string? UnavailableReason => null;

    public static TestDatabase Create(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqliteTestDatabase(),
        DatabaseProvider.PostgreSql => new PostgreSqlTestDatabase(),
        _ => throw new NotSupportedException($"{provider} cannot run here."),
    };

    public void SkipIfUnavailable() => Skip.If(UnavailableReason is not null, UnavailableReason);

    /// <summary>A context on this database outside any app, as a crashed app leaves the database behind.</summary>
    public abstract IntakeDbContext NewContext();

    public abstract ValueTask DisposeAsync();

    private sealed class SqliteTestDatabase : TestDatabase
    {
        private readonly string _path = Path.Combine(Path.GetTempPath(), $"lk3-test-{Guid.NewGuid():N}.db");

        public override DatabaseProvider Provider => DatabaseProvider.Sqlite;
        public override string ConnectionString => $"Data Source={_path}";

        public override IntakeDbContext NewContext() =>
            new SqliteIntakeDbContext(new DbContextOptionsBuilder<SqliteIntakeDbContext>().UseSqlite(ConnectionString).Options);

        public override ValueTask DisposeAsync()
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in Directory.GetFiles(Path.GetDirectoryName(_path)!, $"{Path.GetFileNameWithoutExtension(_path)}*"))
            {
                File.Delete(file);
            }
            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgreSqlTestDatabase : TestDatabase
    {
        private readonly string? _server = Environment.GetEnvironmentVariable(PostgresVariable);
        private readonly string _name = $"lk3_test_{Guid.NewGuid():N}";
        private bool _created;

        public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

        public override string ConnectionString
        {
            get
            {
                SkipIfUnavailable();
                EnsureCreated();
                return new NpgsqlConnectionStringBuilder(_server) { Database = _name }.ConnectionString;
            }
        }

        public override string? UnavailableReason => _server is null
            ? $"PostgreSQL tests need a server: set {PostgresVariable} to a connection string of a user who may create databases (.ci/run does)."
            : null;

        public override IntakeDbContext NewContext() =>
            new PostgreSqlIntakeDbContext(new DbContextOptionsBuilder<PostgreSqlIntakeDbContext>().UseNpgsql(ConnectionString).Options);

        private void EnsureCreated()
        {
            if (_created) return;
            using var connection = new NpgsqlConnection(_server);
            connection.Open();
            using var command = new NpgsqlCommand($"CREATE DATABASE {_name}", connection);
            command.ExecuteNonQuery();
            _created = true;
        }

        public override async ValueTask DisposeAsync()
        {
            if (!_created) return;
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_server);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
