using LK3.Intake.Staff;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LK3.Bot.Staff;

/// <summary>The roles, and the first admin from <c>Bootstrap:*</c> when no staff account exists yet.</summary>
internal static class StaffBootstrap
{
    public static async Task BootstrapStaffAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StaffBootstrap).FullName!);
        foreach (var role in StaffRoles.All)
        {
            // Another instance starting at the same moment may create it first; that is fine.
            if (!await roles.RoleExistsAsync(role)) await roles.CreateAsync(new IdentityRole(role));
        }
        if (users.Users.Any()) return;

        var options = scope.ServiceProvider.GetRequiredService<IOptions<BootstrapOptions>>().Value;
        if (string.IsNullOrWhiteSpace(options.AdminEmail) || string.IsNullOrWhiteSpace(options.AdminPassword))
        {
            StaffLog.NoAccount(logger);
            return;
        }
        var admin = new StaffUser { UserName = options.AdminEmail, Email = options.AdminEmail, EmailConfirmed = true, DisplayName = "Admin" };
        var created = await users.CreateAsync(admin, options.AdminPassword);
        if (!created.Succeeded)
        {
            if (created.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.DuplicateUserName))) return;
            throw new StartupConfigurationException($"Bootstrap:AdminPassword is refused: {string.Join(" ", created.Errors.Select(e => e.Description))}");
        }
        await users.AddToRoleAsync(admin, StaffRoles.Admin);
        StaffLog.AdminCreated(logger);
    }
}
