using LK3.Intake.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace LK3.Bot.Staff;

/// <summary>The first admin from <c>Bootstrap:*</c> when no staff account exists yet (the roles are seeded with the database).</summary>
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
            StaffLog.NoAccount(logger);
            return;
        }
        var admin = new StaffUser { UserName = options.AdminEmail, Email = options.AdminEmail, EmailConfirmed = true, DisplayName = "Admin" };
        IdentityResult created;
        try
        {
            created = await users.CreateAsync(admin, options.AdminPassword);
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
        await users.AddToRoleAsync(admin, StaffRoles.Admin);
        StaffLog.AdminCreated(logger);
    }

    /// <summary>An instance starting at the same moment may insert the same account between our look and our insert.</summary>
    private static async Task<bool> AnotherInstanceCreatedTheAdminAsync(WebApplication app, string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        return await users.FindByNameAsync(email) is not null;
    }
}
