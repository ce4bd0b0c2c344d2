using LK3.Intake.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LK3.Bot.Staff;

/// <summary>
/// The first admin when no staff account exists yet (the roles are seeded with the database): from <c>Bootstrap:*</c> at
/// start, or, in Development only, made on the sign-in page from the machine the bot runs on (<see cref="FirstRun"/>).
/// </summary>
internal static class StaffBootstrap
{
    public static async Task BootstrapStaffAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StaffBootstrap).FullName!);
        if (users.Users.Any()) return;

        var options = scope.ServiceProvider.GetRequiredService<IOptions<BootstrapOptions>>().Value;
        if (string.IsNullOrWhiteSpace(options.AdminEmail) || string.IsNullOrWhiteSpace(options.AdminPassword))
        {
            if (app.Environment.IsDevelopment()) StaffLog.NoAccountFirstRun(logger);
            else StaffLog.NoAccount(logger);
            return;
        }
        IdentityResult created;
        try
        {
            created = await CreateAdminAsync(users, "Admin", options.AdminEmail, options.AdminPassword);
        }
        catch (DbUpdateException)
        {
            if (await AnotherInstanceCreatedTheAdminAsync(app, options.AdminEmail)) return;
            throw;
        }
        if (!created.Succeeded)
        {
            if (created.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName))) return;
            throw new StartupConfigurationException($"Bootstrap:AdminPassword is refused: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }
        StaffLog.AdminCreated(logger);
    }

    /// <summary>An admin account (Identity's password rules apply); its e-mail is its user name.</summary>
    public static async Task<IdentityResult> CreateAdminAsync(UserManager<StaffUser> users, string displayName, string email, string password)
    {
        var admin = new StaffUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName };
        var created = await users.CreateAsync(admin, password);
        return created.Succeeded ? await users.AddToRoleAsync(admin, StaffRoles.Admin) : created;
    }

    /// <summary>An instance starting at the same moment may insert the same account between our look and our insert.</summary>
    private static async Task<bool> AnotherInstanceCreatedTheAdminAsync(WebApplication app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        return await users.FindByNameAsync(email) is not null;
    }
}
