namespace LK3.Bot.Staff;

/// <summary>Log events of the staff web app; never names, e-mail addresses or case contents.</summary>
internal static partial class StaffLog
{
    [LoggerMessage(6001, LogLevel.Warning, "No staff account exists: set Bootstrap:AdminEmail and Bootstrap:AdminPassword to create the first admin")]
    public static partial void NoAccount(ILogger logger);

    [LoggerMessage(6002, LogLevel.Information, "The first admin account was created from Bootstrap:AdminEmail")]
    public static partial void AdminCreated(ILogger logger);

    [LoggerMessage(6004, LogLevel.Warning,
        "No staff account exists: open /masuk in a browser on this machine to create the first admin, or set Bootstrap:AdminEmail and Bootstrap:AdminPassword")]
    public static partial void NoAccountFirstRun(ILogger logger);

    [LoggerMessage(6005, LogLevel.Information, "The first admin account was created on the sign-in page (first run)")]
    public static partial void FirstRunAdminCreated(ILogger logger);

    [LoggerMessage(6003, LogLevel.Warning, "A staff sign-in failed (locked out: {LockedOut})")]
    public static partial void SignInFailed(ILogger logger, bool lockedOut);
}
