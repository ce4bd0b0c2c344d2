namespace LK3.Bot.Data;

internal static partial class DatabaseLog
{
    [LoggerMessage(3001, LogLevel.Critical,
        "LK3 Bot cannot start: the {Database} cannot be reached or prepared ({Reason}). Check ConnectionStrings:Lk3 and Database:Provider, "
        + "that the server is running and reachable from this machine, and the user name and password.")]
    public static partial void Unreachable(ILogger logger, string database, string reason);

    [LoggerMessage(3002, LogLevel.Warning, "Bringing the database up to date failed (attempt {Attempt}: {Reason}); trying again")]
    public static partial void MigrationRetried(ILogger logger, int attempt, string reason);

    [LoggerMessage(3003, LogLevel.Critical,
        "LK3 Bot cannot start: the {Database} has {Count} migration(s) this version does not know (first: {First}). "
        + "It was made by a newer version, or by a development build from before the baseline migration of docs/deploy.md step 5: "
        + "run that version, or start from an empty database.")]
    public static partial void UnknownMigrations(ILogger logger, string database, int count, string first);
}
