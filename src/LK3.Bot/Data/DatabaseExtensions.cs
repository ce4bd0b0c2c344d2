using System.Data.Common;
using LK3.Intake;
using LK3.Intake.Conversations;
using LK3.Intake.Data;
using LK3.Intake.Privacy;
using Microsoft.EntityFrameworkCore;

namespace LK3.Bot.Data;

public static class DatabaseExtensions
{
    /// <summary>The LK3 database on the configured provider: SQLite in a file under data/ unless told otherwise.</summary>
    public static IHostApplicationBuilder AddIntakeDatabase(this IHostApplicationBuilder builder)
    {
        var database = IntakeDatabase.FromConfiguration(builder.Configuration, builder.Environment);
        builder.Services.AddSingleton(database);
        builder.Services.AddSingleton<SqliteWriteGate>();
        builder.Services.AddSingleton<FamilyStateCache>();
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                Add<SqliteIntakeDbContext>(db => db.UseSqlite(database.ConnectionString).AddInterceptors(Pragmas));
                break;
            case DatabaseProvider.PostgreSql:
                // Retries ride out a server that goes away for a few seconds (a restart, a fail-over).
                Add<PostgreSqlIntakeDbContext>(db => db.UseNpgsql(database.ConnectionString, npgsql => npgsql.EnableRetryOnFailure()));
                break;
            case DatabaseProvider.SqlServer:
                Add<SqlServerIntakeDbContext>(db => db.UseSqlServer(database.ConnectionString, sql => sql.EnableRetryOnFailure()));
                break;
        }
        builder.Services.AddHealthChecks().AddDbContextCheck<IntakeDbContext>("database", tags: [Telemetry.TelemetryExtensions.ReadyTag]);
        return builder;

        void Add<TContext>(Action<DbContextOptionsBuilder> useProvider) where TContext : IntakeDbContext =>
            builder.Services.AddDbContextPool<IntakeDbContext, TContext>((services, db) =>
            {
                useProvider(db);
                db.AddInterceptors(new FamilyStateInvalidation(services.GetRequiredService<FamilyStateCache>(), services.GetService<IFamilyStateNotices>()));
                db.UsePersonalDataEncryption();
                db.UseAsyncSeeding((context, _, cancellationToken) => IntakeSeeding.SeedAsync(context, TimeProvider.System, cancellationToken));
            });
    }

    /// <summary>
    /// Brings the schema up to date (and seeds an empty database) before the app takes traffic.
    /// False, after a plain message saying what to check, when the database cannot be reached or holds a schema this
    /// version did not make.
    /// </summary>
    public static async Task<bool> MigrateIntakeDatabaseAsync(this WebApplication app)
    {
        var database = app.Services.GetRequiredService<IntakeDatabase>();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var scope = app.Services.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<IntakeDbContext>();
                var unknown = (await db.Database.GetAppliedMigrationsAsync()).Except(db.Database.GetMigrations()).ToList();
                if (unknown.Count > 0)
                {
                    // Migrating on top would fail halfway, or worse, succeed on a schema that is not what this version expects.
                    DatabaseLog.UnknownMigrations(app.Logger, database.Describe(), unknown.Count, unknown[0]);
                    return false;
                }
                await db.Database.MigrateAsync();
                if (database.Provider == DatabaseProvider.Sqlite)
                {
                    // Write-ahead logging lets the webhook store updates while workers read; it is a property of the file, set once.
                    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
                }
                return true;
            }
            catch (DbException exception) when (attempt < MigrationAttempts)
            {
                // Instances started together may race over the same migration: the next attempt finds it applied.
                DatabaseLog.MigrationRetried(app.Logger, attempt, Innermost(exception).Message);
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
            catch (Exception exception) when (exception is DbException or InvalidOperationException or TimeoutException)
            {
                DatabaseLog.Unreachable(app.Logger, database.Describe(), Innermost(exception).Message);
                return false;
            }
        }
    }

    private const int MigrationAttempts = 3;
    private static readonly SqlitePragmas Pragmas = new();

    private static Exception Innermost(Exception exception) => exception.InnerException is { } inner ? Innermost(inner) : exception;
}
