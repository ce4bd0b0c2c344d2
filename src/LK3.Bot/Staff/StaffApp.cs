using LK3.Bot.Staff.Api;
using LK3.Bot.Staff.Cases;
using LK3.Intake;
using LK3.Intake.Staff;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace LK3.Bot.Staff;

/// <summary>The staff web app: sign-in with roles, the case pages, and the JSON API over the same case work.</summary>
public static class StaffApp
{
    /// <summary>Pages: any member of staff, signed in by cookie.</summary>
    public const string StaffPolicy = "Staff";

    /// <summary>Pages for supervisors and admins (figures, jobs dashboard), signed in by cookie.</summary>
    public const string LeadsPolicy = "Leads";

    /// <summary>Pages for admins only (staff accounts, the audit log).</summary>
    public const string AdminPolicy = "Admin";

    /// <summary>The JSON API: any member of staff, by cookie or bearer token.</summary>
    public const string ApiPolicy = "Api";

    public static IHostApplicationBuilder AddStaffApp(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BootstrapOptions>().BindConfiguration(BootstrapOptions.SectionName);
        builder.Services.AddIdentity<StaffUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<IntakeDbContext>()
            .AddErrorDescriber<People.IndonesianIdentityErrors>()
            .AddClaimsPrincipalFactory<StaffClaimsFactory>()
            .AddDefaultTokenProviders();
        builder.Services.AddAuthentication().AddBearerToken(IdentityConstants.BearerScheme, options => options.BearerTokenExpiration = TimeSpan.FromHours(8));
        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "lk3-staff";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Strict;
            // Secure whenever the request is HTTPS, which behind the TLS proxy it is (forwarded headers).
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.LoginPath = "/masuk";
            options.LogoutPath = "/keluar";
            options.AccessDeniedPath = "/ditolak";
            // The API answers with status codes, never with a redirect to the sign-in page.
            options.Events.OnRedirectToLogin = context => ApiOrRedirect(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => ApiOrRedirect(context, StatusCodes.Status403Forbidden);
        });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(StaffPolicy, policy => policy.RequireRole(StaffRoles.All))
            .AddPolicy(LeadsPolicy, policy => policy.RequireRole(StaffRoles.Admin, StaffRoles.Supervisor))
            .AddPolicy(AdminPolicy, policy => policy.RequireRole(StaffRoles.Admin))
            .AddPolicy(ApiPolicy, policy => policy
                .AddAuthenticationSchemes(IdentityConstants.ApplicationScheme, IdentityConstants.BearerScheme)
                .RequireRole(StaffRoles.All));
        builder.Services.AddRazorPages(options =>
        {
            options.RootDirectory = "/Staff/Pages";
            options.Conventions.AuthorizeFolder("/", StaffPolicy);
            options.Conventions.AllowAnonymousToPage("/Masuk");
            options.Conventions.AllowAnonymousToPage("/Ditolak");
            options.Conventions.ConfigureFilter(new StaffPageHeaders());
        });
        builder.Services.AddOpenApi();
        // Stages, triggers and categories by name in the API, as the database keeps them.
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()));
        builder.Services.AddScoped<AuditLog>();
        builder.Services.AddScoped<FirstRun>();
        builder.Services.AddScoped<CaseWork>();
        builder.Services.AddScoped<Offers.CounsellorOffers>();
        return builder;
    }

    public static IEndpointRouteBuilder MapStaffApp(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapRazorPages();
        endpoints.MapStaffApi();
        endpoints.MapOpenApi("/openapi/{documentName}.json");
        return endpoints;
    }

    private static Task ApiOrRedirect(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api") || context.Request.Path.StartsWithSegments("/hangfire") && status == StatusCodes.Status403Forbidden)
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
